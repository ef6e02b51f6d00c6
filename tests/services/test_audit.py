"""The audit log: written by the store with each change, read by the admins only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toancanh.access import Actor
from toancanh.errors import Forbidden
from toancanh.services import audit
from toancanh.services.audit import AuditFilter
from toancanh.store import Store

ADMIN = Actor("admin@bo.gov.vn", "admin", "Văn phòng Bộ", 1)


def test_labels_and_sources_are_audited(store: Store) -> None:
    from monitoring_fixtures import Spec, store_specs
    from toancanh.domain.sources import NewSource

    [article] = store_specs(store, [Spec(datetime(2026, 11, 1, tzinfo=UTC), "Tin")]).ids
    store.analysis.correct(article, "sentiment", "negative", "an@bo.gov.vn")
    source = store.sources.add(NewSource("https://baomoi.example/rss"), actor="admin@bo.gov.vn")
    store.sources.remove(source.id, actor="admin@bo.gov.vn")
    label = store.audit.entries(entity="article")[0]
    assert (label.actor, label.before, label.after) == (
        "an@bo.gov.vn",
        {"sentiment": "neutral"},
        {"sentiment": "negative"},
    )
    assert [e.action for e in store.audit.entries(entity="source")] == ["delete", "create"]


def test_only_admins_read_the_log_with_its_filters(sqlite_store: Store) -> None:
    from toancanh.domain.sources import NewSource

    store = sqlite_store
    first = store.sources.add(NewSource("https://a.example/rss"), actor="admin@bo.gov.vn")
    store.sources.add(NewSource("https://b.example/rss"), actor="khac@bo.gov.vn")
    store.sources.remove(first.id, actor="admin@bo.gov.vn")
    everything = audit.entries(store, ADMIN, AuditFilter())
    assert [e.action for e in everything] == ["delete", "create", "create"]  # newest first
    mine = audit.entries(store, ADMIN, AuditFilter(entity="source", actor="admin@bo.gov.vn"))
    assert [e.action for e in mine] == ["delete", "create"]
    one = audit.entries(store, ADMIN, AuditFilter(entity="source", entity_id=str(first.id)))
    assert len(one) == 2
    later = datetime.now(UTC) + timedelta(hours=1)
    assert audit.entries(store, ADMIN, AuditFilter(since=later)) == []
    assert len(audit.entries(store, ADMIN, AuditFilter(until=later), limit=1, offset=1)) == 1
    for who in (
        Actor("an@bo.gov.vn", "analyst", "Văn phòng Bộ", 2),
        Actor("xem@bo.gov.vn", "viewer", None, 3),
        Actor.anonymous(),
    ):
        with pytest.raises(Forbidden):
            audit.entries(store, who, AuditFilter())
