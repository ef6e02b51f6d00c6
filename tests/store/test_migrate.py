"""Opening a store checks the schema without Alembic, and agrees with Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from toancanh.store import Store
from toancanh.store.migrate import _config, head_revision


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert head_revision() == ScriptDirectory.from_config(_config()).get_current_head()


def test_a_new_database_has_no_revision_until_it_is_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    store = Store.open(url, migrate=False)
    assert store.schema_revision() == (None, head_revision())
    store.upgrade()
    assert store.schema_revision() == (head_revision(), head_revision())
    store.close()


def test_a_migrated_database_is_at_alembics_revision(store: Store) -> None:
    current, head = store.schema_revision()
    with store.engine.connect() as conn:
        assert current == MigrationContext.configure(conn).get_current_revision() == head
