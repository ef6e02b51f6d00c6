"""Store fixtures: a fresh SQLite file per test, and a PostgreSQL database per session.

PostgreSQL is the real server on 127.0.0.1:5432 (``TOANCANH_TEST_PG_URL`` overrides the
URL). Without it the PostgreSQL variants skip with the reason, except under ``CI=true``,
where a missing service is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from toancanh.store import Store
from toancanh.store.schema import metadata

PG_ADMIN_URL = os.environ.get(
    "TOANCANH_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {reason}")


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A throwaway database on the PostgreSQL server, migrated once, dropped at the end."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"toancanh_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # any connection problem means: no server to test against
        admin.dispose()
        _pg_unavailable(str(error).splitlines()[0])
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    Store.open(url).close()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _truncate_postgres(store: Store) -> None:
    tables = ", ".join(t.name for t in metadata.sorted_tables) + ", article_search"
    with store.write() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def sqlite_store(tmp_path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{tmp_path / 'toancanh.db'}")
    yield store
    store.close()


@pytest.fixture
def pg_store(pg_database_url: str) -> Iterator[Store]:
    store = Store.open(pg_database_url, migrate=False)
    _truncate_postgres(store)
    yield store
    store.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest) -> Store:
    """The same test on both engines."""
    fixture = "sqlite_store" if request.param == "sqlite" else "pg_store"
    return request.getfixturevalue(fixture)
