"""The CLI starts without the heavy libraries: ``toancanh --help`` and the commands that
only read the database do not import extraction, training, forecasting or web servers.

Each case runs in a fresh interpreter and looks at ``sys.modules`` when the command is
done, so what is checked is what a user's command loads, not how long it took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

import toancanh
from toancanh.cli import COMMANDS, app
from toancanh.store import Store

SRC = str(Path(toancanh.__file__).parents[1])
# Never needed to print help or read the database (each took 0.1-1.5 s to import).
HEAVY = (
    "trafilatura",
    "scipy",
    "sklearn",
    "statsforecast",
    "pandas",
    "torch",
    "celery",
    "fastapi",
    "uvicorn",
)
# Also left out by the commands that read: numpy (dedupe, trends, models), httpx (the
# fetcher, alert channels), alembic (only when the schema needs a migration).
READ_ONLY_HEAVY = (*HEAVY, "numpy", "httpx", "alembic")

RUN = """
import json, sys
from toancanh.cli import app
try:
    app(args=sys.argv[1:], prog_name="toancanh")
except SystemExit:
    pass
names = sorted({name.split(".")[0] for name in sys.modules})
print("\\n" + json.dumps(names))
"""


def loaded_after(*args: str, cwd: Path) -> set[str]:
    """The top-level packages loaded by ``toancanh ARGS`` in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": SRC, "TOANCANH_DATABASE_URL": ""}
    env.pop("TOANCANH_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
        check=True,
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'start.db'}"
    Store.open(url).close()  # migrated here, so the commands find the schema at head
    return url


def test_help_loads_no_command_module_and_no_heavy_library(tmp_path: Path) -> None:
    loaded = loaded_after("--help", cwd=tmp_path)
    assert "typer" in loaded  # the check sees what the command imported
    assert not loaded & set(HEAVY)
    assert "sqlalchemy" not in loaded  # help does not even open the database


@pytest.mark.parametrize(
    "command",
    [
        ["articles", "list"],
        ["sources", "list"],
        ["search", "nhà ở"],
        ["db", "status"],
        ["watch", "list"],
    ],
    ids=" ".join,
)
def test_reading_commands_load_no_heavy_library(
    command: list[str], database: str, tmp_path: Path
) -> None:
    loaded = loaded_after("--db", database, *command, cwd=tmp_path)
    assert "sqlalchemy" in loaded
    assert not loaded & set(READ_ONLY_HEAVY)


def test_each_command_is_listed_with_the_summary_of_its_own_help() -> None:
    root = get_command(app)
    ctx = typer.Context(root)
    listed = CliRunner().invoke(app, ["--help"], terminal_width=200).output
    for entry in COMMANDS:
        command = root.get_command(ctx, entry.name)  # type: ignore[attr-defined]
        assert command is not None and command.name == entry.name
        first_paragraph = (command.help or "").split("\n\n")[0]
        assert " ".join(first_paragraph.split()) == entry.summary, (
            f"{entry.name}: its summary in COMMANDS (src/toancanh/cli/__init__.py) is not "
            "the first paragraph of its help"
        )
        assert entry.name in listed
    assert len({entry.name for entry in COMMANDS}) == len(COMMANDS)


def test_a_command_loaded_on_demand_runs_and_shows_its_own_help(database: str) -> None:
    runner = CliRunner()
    help_text = runner.invoke(app, ["articles", "--help"], terminal_width=200).output
    assert "Newest articles first." in help_text
    listed = runner.invoke(app, ["--db", database, "articles", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.output) == []
    unknown = runner.invoke(app, ["--db", database, "artcles", "list"])
    assert unknown.exit_code == 2
    assert "No such command" in unknown.output
