"""Fixtures shared by all tests: the local fixture web site.

``site`` is one server for the whole session (fast), reset before each test: request
log, flaky counters, overrides and the in-flight maximum start empty. ``other_site`` is
a second, independent server for tests that need two sites. For "another host" on the
same server use ``site.url(path, host="localhost")``: politeness and robots.txt treat
127.0.0.1 and localhost as different hosts.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

# tests/ is not a package: make its helper modules (fixture_site, ...) importable.
_TESTS = str(Path(__file__).parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from fixture_site import FixtureSite, start_site  # noqa: E402 (needs the path above)


@pytest.fixture(scope="session")
def _site_server() -> Iterator[FixtureSite]:
    with start_site() as server:
        yield server


@pytest.fixture(scope="session")
def _other_site_server() -> Iterator[FixtureSite]:
    with start_site() as server:
        yield server


@pytest.fixture
def site(_site_server: FixtureSite) -> FixtureSite:
    """The fixture web site (tests/fixtures/site), with a fresh request log."""
    _site_server.reset()
    return _site_server


@pytest.fixture
def other_site(_other_site_server: FixtureSite) -> FixtureSite:
    """A second fixture web site on its own port, with a fresh request log."""
    _other_site_server.reset()
    return _other_site_server


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Run ``toancanh ARGS`` on a fresh database; checks the exit code (None: any)."""
    from toancanh.cli import app

    monkeypatch.chdir(tmp_path)  # no toancanh.toml from the checkout
    monkeypatch.setenv("TOANCANH_HOST_DELAY", "0")
    monkeypatch.setenv("TOANCANH_FETCH_RETRIES", "0")
    monkeypatch.setenv("TOANCANH_FETCH_MAX_BYTES", "2000000")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    runner = CliRunner()

    def run(*args: str, code: int | None = 0) -> Any:
        result = runner.invoke(app, ["--db", db, *args])
        if code is not None:
            assert result.exit_code == code, result.output
        return result

    return run


# Store fixtures (SQLite per test, PostgreSQL per session) live in their own module.
pytest_plugins = ["store_fixtures", "post_server", "scale_cluster"]
