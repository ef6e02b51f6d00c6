"""Database.change: one audit entry per change, in the change's transaction, or none."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from toancanh.domain.sources import NewSource
from toancanh.domain.watches import WatchSpec
from toancanh.errors import Conflict, NotFound
from toancanh.store import Store
from toancanh.store.schema import outlets
from toancanh.store.sources import SourceExistsError


def _outlet_names(store: Store) -> list[str]:
    with store.read() as conn:
        return list(conn.execute(select(outlets.c.name)).scalars())


def test_a_change_writes_one_entry_with_the_change(store: Store) -> None:
    with store.db.change("an", "rename", "outlet", "Báo A") as change:
        change.conn.execute(insert(outlets).values(name="Báo A", created_at=change.now))
        change.before, change.after = {"name": None}, {"name": "Báo A"}
    (entry,) = store.audit.entries()
    assert (entry.actor, entry.action, entry.entity, entry.entity_id) == (
        "an",
        "rename",
        "outlet",
        "Báo A",
    )
    assert (entry.before, entry.after) == ({"name": None}, {"name": "Báo A"})
    assert entry.at == change.now.replace(tzinfo=entry.at.tzinfo)
    assert _outlet_names(store) == ["Báo A"]


def test_a_failed_change_writes_neither_the_change_nor_an_entry(store: Store) -> None:
    with pytest.raises(RuntimeError), store.db.change("an", "create", "outlet") as change:
        change.conn.execute(insert(outlets).values(name="Báo A", created_at=change.now))
        change.after = {"name": "Báo A"}
        raise RuntimeError("interrupted")
    assert store.audit.entries() == []
    assert _outlet_names(store) == []


def test_a_skipped_change_writes_no_entry(store: Store) -> None:
    with store.db.change("an", "delete", "watch", 7) as change:
        change.skip()
    assert store.audit.entries() == []
    assert store.watches.remove(7, "an") is False
    assert store.audit.entries() == []


def test_a_change_that_records_nothing_is_a_mistake(store: Store) -> None:
    with (
        pytest.raises(RuntimeError, match="recorded no before or after"),
        store.db.change("an", "update", "watch", 7),
    ):
        pass
    assert store.audit.entries() == []


def test_missing_and_conflicting_records_raise_the_shared_errors(store: Store) -> None:
    with pytest.raises(NotFound, match="no watchlist #404"):
        store.watches.update(404, WatchSpec(name="x"), "an")
    with pytest.raises(NotFound, match="no incident #404"):
        store.incidents.change(404, actor="an", status="closed")
    with pytest.raises(NotFound, match="no user #404"):
        store.accounts.change_user(404, "an", role="viewer")
    source = store.sources.add(NewSource(url="https://a.vn/rss"), actor="an")
    with pytest.raises(Conflict) as raised:
        store.sources.add(NewSource(url="https://a.vn/rss"), actor="an")
    assert isinstance(raised.value, SourceExistsError) and raised.value.source == source
    assert str(raised.value) == f"source already added as #{source.id}: https://a.vn/rss"
    assert [e.action for e in store.audit.entries()] == ["create"]
