"""Schema migrations with Alembic, run from code (``toancanh db upgrade``).

Every command opens the store, and opening it checks that the schema is at head. That
check reads the revision table with one query and the head from the migration files'
``revision``/``down_revision`` lines, without Alembic: importing Alembic and its script
directory costs more than the rest of a command that lists articles. Alembic is loaded
only when a migration runs (or when the files are too unusual to read that way).
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py does not change it


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a no-op when it is there already.

    On SQLite the migration holds the write lock from its start (BEGIN IMMEDIATE): two
    processes opening a new file at once then migrate one after the other, the second
    finding the schema done, where a deferred transaction made one of them fail with
    "database is locked". A schema already at head is only read.
    """
    if revision == "head" and current_revision(engine) == head_revision():
        return
    from alembic import command

    config = _config()
    with engine.connect() as connection:
        connection = connection.execution_options(sqlite_immediate=True)
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None before the first migration."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        found = [row[0] for row in versions]
    if len(found) > 1:  # branches: let Alembic say what is wrong
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return found[0] if found else None


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest revision of the shipped migrations."""
    links = _revision_links()
    if links is not None:
        parents = {parent for down in links.values() for parent in down}
        heads = [revision for revision in links if revision not in parents]
        if len(heads) == 1:
            return heads[0]
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def _revision_links() -> dict[str, tuple[str, ...]] | None:
    """Each migration's revision and the revisions it follows, read from its source;
    None when a file does not spell them as plain literals."""
    links: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    try:
                        values[target.id] = ast.literal_eval(node.value)
                    except ValueError:
                        return None
        revision, down = values.get("revision"), values.get("down_revision")
        if not isinstance(revision, str):
            return None
        if down is None:
            links[revision] = ()
        elif isinstance(down, str):
            links[revision] = (down,)
        elif isinstance(down, tuple) and all(isinstance(d, str) for d in down):
            links[revision] = down
        else:
            return None
    return links or None
