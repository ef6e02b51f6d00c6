"""A small corpus for plans: a unit with a spokesperson, a watchlist with eight matched
articles around a two-week KPI period (Vietnam days at the edges), and statements picked
up, so that every KPI has a hand-checked value.

In the period 2026-03-02 .. 2026-03-15 (Vietnam time): 6 articles, 2 official, 2 positive,
3 negative; by week: from 2 March 4 articles (2 official, 2 positive, 1 negative), from 9
March 2 (2 negative). Articles carrying a statement of the watchlist in the period: 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import insert

from toancanh.access import Actor
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.domain.watches import WatchSpec
from toancanh.services import directory, watchlists
from toancanh.store import Store
from toancanh.store.schema import (
    articles,
    statement_pickups,
    statement_watches,
    statements,
    watch_matches,
)
from toancanh.store.sql.watches import local_day_number

ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
OWN = Actor("tt@moh.gov.vn", "analyst", "Bộ Y tế", 2)
OTHER = Actor("khac@tinh.gov.vn", "analyst", "Tỉnh Lào Cai", 3)
VIEWER = Actor("xem@moh.gov.vn", "viewer", "Bộ Y tế", 4)
SINCE, UNTIL = date(2026, 3, 2), date(2026, 3, 15)

# (published UTC, official, sentiment)
MATCHES = [
    (datetime(2026, 3, 1, 17, 30, tzinfo=UTC), True, "positive"),  # 2 March in Vietnam
    (datetime(2026, 3, 3, 5, 0, tzinfo=UTC), True, "negative"),
    (datetime(2026, 3, 4, 5, 0, tzinfo=UTC), False, "positive"),
    (datetime(2026, 3, 5, 5, 0, tzinfo=UTC), False, "neutral"),
    (datetime(2026, 3, 10, 5, 0, tzinfo=UTC), False, "negative"),
    (datetime(2026, 3, 12, 5, 0, tzinfo=UTC), False, "negative"),
    (datetime(2026, 3, 15, 17, 30, tzinfo=UTC), True, "positive"),  # 16 March: after
    (datetime(2026, 3, 1, 16, 0, tzinfo=UTC), True, "negative"),  # 1 March: before
]


@dataclass(frozen=True)
class Corpus:
    watch: str
    person_id: int
    article_ids: list[int]


def build(store: Store) -> Corpus:
    directory.add_unit(store, ADMIN, UnitSpec("Bộ Y tế", "ministry", aliases=("BYT",)))
    directory.add_unit(store, ADMIN, UnitSpec("Tỉnh Lào Cai", "province"))
    person = directory.add_person(
        store, ADMIN, PersonSpec(name="Nguyễn Văn An", unit="Bộ Y tế", role="spokesperson")
    )
    watch = watchlists.add_watch(
        store,
        ADMIN,
        WatchSpec(name="Luật Dược", query="dược", legal_refs=("44/2024/QH15",)),
        match_history=False,
    )
    now = datetime(2026, 3, 20, tzinfo=UTC)
    ids: list[int] = []
    with store.write() as conn:
        for n, (published, official, sentiment) in enumerate(MATCHES):
            article_id = conn.execute(
                insert(articles)
                .values(
                    url=f"https://bao.vn/{n}",
                    title=f"Bài {n} <script>alert(1)</script>",
                    outlet="Báo Chính phủ" if official else "Báo Khác",
                    published_at=published,
                    created_at=now,
                    origin="feed",
                    content_hash=f"h{n}",
                    story_id=0,
                    text="dược",
                )
                .returning(articles.c.id)
            ).scalar_one()
            ids.append(article_id)
            conn.execute(
                insert(watch_matches).values(
                    watch_id=watch.id,
                    article_id=article_id,
                    published_at=published,
                    day=local_day_number(published),
                    sentiment=sentiment,
                    official=official,
                    outlet="x",
                    story_id=article_id,
                    matched_at=now,
                )
            )
        statement_ids = []
        for n in range(3):
            statement_ids.append(
                conn.execute(
                    insert(statements)
                    .values(
                        title=f"Thông cáo {n}",
                        text="t",
                        issuer="Bộ Y tế",
                        issuer_written="Bộ Y tế",
                        kind="press_release",
                        issued_at=now,
                        legal_refs="[]",
                        status="published",
                        version=1,
                        created_by="a",
                        created_at=now,
                        updated_at=now,
                    )
                    .returning(statements.c.id)
                ).scalar_one()
            )
        # Statements 0 and 1 are the watchlist's; 2 is not.
        for s in statement_ids[:2]:
            conn.execute(insert(statement_watches).values(statement_id=s, watch_id=watch.id))
        for s, n in ((0, 1), (1, 1), (0, 2), (0, 6), (2, 3)):
            conn.execute(
                insert(statement_pickups).values(
                    statement_id=statement_ids[s],
                    article_id=ids[n],
                    score=1.0,
                    differences="[]",
                    outlet="x",
                    published_at=MATCHES[n][0],
                )
            )
    return Corpus(watch.name, person.id, ids)


HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'


def seed_plan(store: Store, unit: str, watch: str, hostile: str = HOSTILE_TITLE) -> int:
    """A plan of ``unit`` with hostile text everywhere a user types, a policy with its
    stages, an activity of each status, budget lines and KPIs on ``watch``."""
    from toancanh.domain.plans import Stage
    from toancanh.services import plans

    operator = Actor.operator("tests")
    plan = plans.add_plan(
        store, operator, unit, 2026, "Kế hoạch truyền thông " + hostile, "Mục tiêu: " + hostile
    )
    plans.add_policy(
        store,
        operator,
        plan.id,
        "Chính sách " + hostile[:200],
        watch=watch,
        stages=[
            Stage("drafting", date(2026, 1, 5), date(2026, 2, 28)),
            Stage("consultation", date(2026, 3, 2), date(2026, 3, 31)),
        ],
    )
    for n, status in enumerate(("planned", "in_progress", "done", "cancelled")):
        spec = plans.ActivitySpec(
            "press_conference", f"Họp báo {n} " + hostile[:200], date(2026, 3 + n, 5),
            "Cổng thông tin " + hostile[:100], status=status,
        )  # fmt: skip
        activity = plans.add_activity(store, operator, plan.id, spec)
        plans.add_budget(
            store,
            operator,
            plan.id,
            plans.BudgetSpec(f"Hạng mục {n} " + hostile[:200], 15_000_000, 5_000_000, 1_250_000,
                             "Ngân sách " + hostile[:100], activity.id),
        )  # fmt: skip
    for metric in ("volume", "official_share", "net_sentiment", "negative_share"):
        plans.add_kpi(
            store,
            operator,
            plan.id,
            plans.KpiSpec(metric + " " + hostile[:200], metric, watch, 0.5, SINCE, UNTIL),
        )
    plans.add_kpi(
        store,
        operator,
        plan.id,
        plans.KpiSpec("Khảo sát", "manual", None, 0.7, SINCE, UNTIL, 0.8, "Nguồn " + hostile),
    )
    return plan.id
