"""A small corpus for press commissioning: the articles an order must find (its outlet, in
its period by Vietnam days, matched by one of its watchlists) and those it must not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from toancanh.analyze.dedupe import fingerprint
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.sources import Outlet
from toancanh.domain.watches import WatchSpec
from toancanh.store import Store

OUTLET = "Báo Sức khỏe"
OTHER_OUTLET = "Báo Khác"
SINCE, UNTIL = date(2026, 10, 1), date(2026, 10, 31)
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> Tiêm chủng'

# (key, outlet, published (UTC), watch) — the watch that matched it.
ARTICLES = (
    ("found", OUTLET, datetime(2026, 10, 5, 3, tzinfo=UTC), "Tiêm chủng"),
    ("hostile", OUTLET, datetime(2026, 10, 6, 3, tzinfo=UTC), "Tiêm chủng"),
    ("last_day", OUTLET, datetime(2026, 10, 31, 16, 30, tzinfo=UTC), "Bảo hiểm"),  # 23:30 VN
    ("after", OUTLET, datetime(2026, 10, 31, 17, 30, tzinfo=UTC), "Tiêm chủng"),  # 1 Nov VN
    ("before", OUTLET, datetime(2026, 9, 30, 3, tzinfo=UTC), "Tiêm chủng"),
    ("other_outlet", OTHER_OUTLET, datetime(2026, 10, 5, 3, tzinfo=UTC), "Tiêm chủng"),
    ("other_watch", OUTLET, datetime(2026, 10, 7, 3, tzinfo=UTC), "Giao thông"),
)
FOUND = ("found", "hostile", "last_day")


@dataclass
class Corpus:
    ids: dict[str, int]
    watches: dict[str, int]


def build(store: Store, *, unit: str | None = None) -> Corpus:
    store.sources.ensure_outlets([Outlet(OUTLET), Outlet(OTHER_OUTLET)])
    watches = {}
    for name in ("Tiêm chủng", "Bảo hiểm", "Giao thông"):  # built again: the same ids
        known = store.watches.find(name)
        watches[name] = (
            known or store.watches.add(WatchSpec(name, query=name, unit=unit), "test")
        ).id
    ids: dict[str, int] = {}
    matched: dict[str, list[int]] = {}
    for key, outlet, published, watch in ARTICLES:
        title = HOSTILE if key == "hostile" else f"Bài {key} về {watch}"
        draft = ArticleDraft(
            url=f"https://suckhoe.example/{key}",
            title=title,
            text=f"{title}. Nội dung riêng của bài {key} {' '.join([key] * 30)}.",
            outlet=outlet,
            published_at=published,
        )
        ids[key] = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5).article_id
        matched.setdefault(watch, []).append(ids[key])
    for name, article_ids in matched.items():
        store.watches.replace_matches(watches[name], article_ids)
    return Corpus(ids, watches)


def plan_for(store: Store, unit: str) -> int:
    """A communication plan of ``unit`` (added to the directory if needed): orders name
    plans that exist."""
    from toancanh.access import Actor
    from toancanh.domain.directory import UnitSpec
    from toancanh.services import directory, plans

    operator = Actor.operator("tests")
    if unit not in store.directory.unit_names():
        directory.add_unit(store, operator, UnitSpec(unit, "ministry"))
    return plans.add_plan(store, operator, unit, 2026, f"Kế hoạch truyền thông {unit}").id
