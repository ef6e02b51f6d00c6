"""services.sources: one policy and one set of checks for the CLI, the API and the page."""

from __future__ import annotations

import pytest

from toancanh.access import Actor
from toancanh.domain.sources import NewSource
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import sources as service
from toancanh.store import Store

ADMIN = Actor("admin@bo.gov.vn", "admin")
ANALYST = Actor("analyst@bo.gov.vn", "analyst", "Vụ Truyền thông")
VIEWER = Actor("viewer@bo.gov.vn", "viewer")


def test_admins_add_and_remove_sources_and_the_audit_names_them(sqlite_store: Store) -> None:
    added = service.add_source(
        sqlite_store,
        ADMIN,
        NewSource(" HTTPS://1.1.1.1/rss?utm_source=x ", name="  Báo   Mới ", outlet=""),
    )
    assert added.warning is None
    assert (added.source.url, added.source.name, added.source.outlet) == (
        "https://1.1.1.1/rss",
        "Báo Mới",
        None,
    )
    assert service.list_sources(sqlite_store, VIEWER) == [added.source]
    with pytest.raises(Conflict, match="#1") as taken:
        service.add_source(sqlite_store, ADMIN, NewSource("https://1.1.1.1/rss"))
    assert taken.value.field == "url"
    assert service.remove_source(sqlite_store, ADMIN, added.source.id) == added.source
    with pytest.raises(NotFound):
        service.remove_source(sqlite_store, ADMIN, added.source.id)
    trail = sqlite_store.audit.entries(entity="source", limit=10)
    assert [(e.action, e.actor) for e in trail] == [
        ("delete", ADMIN.name),
        ("create", ADMIN.name),
    ]


@pytest.mark.parametrize("actor", [ANALYST, VIEWER, Actor.anonymous()])
def test_only_admins_change_sources(sqlite_store: Store, actor: Actor) -> None:
    source = sqlite_store.sources.add(NewSource("https://1.1.1.1/rss"))
    audited = sqlite_store.audit.entries(entity="source", limit=10)
    with pytest.raises(Forbidden):
        service.add_source(sqlite_store, actor, NewSource("https://1.1.1.2/rss"))
    with pytest.raises(Forbidden):
        service.remove_source(sqlite_store, actor, source.id)
    with pytest.raises(Forbidden):
        service.add_catalog(sqlite_store, actor, ["VnExpress"])
    assert sqlite_store.sources.list() == [source]
    assert sqlite_store.audit.entries(entity="source", limit=10) == audited


def test_nobody_lists_the_sources_without_signing_in(sqlite_store: Store) -> None:
    with pytest.raises(Forbidden, match="sign in"):
        service.list_sources(sqlite_store, Actor.anonymous())


@pytest.mark.parametrize(
    ("new", "field"),
    [
        (NewSource("ftp://a.vn/x"), "url"),
        (NewSource("a.vn/rss"), "url"),
        (NewSource("http://127.0.0.1/rss"), "url"),  # private, not allowed
        (NewSource("https://1.1.1.1/rss", kind="podcast"), "kind"),  # type: ignore[arg-type]
        (NewSource("https://1.1.1.1/rss", name="x" * 201), "name"),
        (NewSource("https://1.1.1.1/rss", interval_seconds=10), "interval"),
    ],
)
def test_a_bad_source_says_which_field_to_fix(
    sqlite_store: Store, new: NewSource, field: str
) -> None:
    with pytest.raises(Invalid) as refused:
        service.add_source(sqlite_store, ADMIN, new)
    assert refused.value.field == field
    assert sqlite_store.sources.list() == []


def test_a_private_address_is_added_when_allowed(sqlite_store: Store) -> None:
    added = service.add_source(
        sqlite_store, ADMIN, NewSource("http://10.0.0.5/rss", allow_private=True)
    )
    assert added.source.allow_private and added.warning is None


def test_a_host_that_does_not_resolve_now_is_added_with_a_warning(sqlite_store: Store) -> None:
    added = service.add_source(sqlite_store, ADMIN, NewSource("https://khong-co.invalid/rss"))
    assert added.warning and "khong-co.invalid" in added.warning


def test_the_catalog_is_added_once_and_an_unknown_outlet_refuses_it_all(
    sqlite_store: Store,
) -> None:
    first = service.add_catalog(sqlite_store, ADMIN, ["vnexpress"])
    assert first.added and first.skipped == 0
    again = service.add_catalog(sqlite_store, ADMIN, ["VnExpress"])
    assert (again.added, again.skipped) == ([], len(first.added))
    with pytest.raises(Invalid, match="Báo Không Có"):
        service.add_catalog(sqlite_store, ADMIN, ["VnExpress", "Báo Không Có"])
    assert len(sqlite_store.sources.list()) == len(first.added)
