"""SQL for communication plans: plans with their unit's name, policies with their stages
and watchlist, activities, budget lines, KPIs, and the KPIs' measures from the monitored
press (one index range scan of ``watch_matches`` per watchlist, grouped by day)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, case, delete, func, insert, select, update
from sqlalchemy.sql import Select

from toancanh.domain.plans import Activity, BudgetLine, DayCounts, Kpi, Plan, Policy, Stage
from toancanh.store.schema import (
    directory_people,
    directory_units,
    plan_activities,
    plan_budget_lines,
    plan_kpis,
    plan_policies,
    plan_stages,
    plans,
    statement_pickups,
    statement_watches,
    watch_matches,
    watches,
)
from toancanh.store.sql.rows import from_row
from toancanh.store.sql.watches import local_day_number

TABLES: dict[str, Table] = {
    "plan": plans,
    "policy": plan_policies,
    "activity": plan_activities,
    "budget": plan_budget_lines,
    "kpi": plan_kpis,
}


def add(conn: Connection, kind: str, values: dict[str, Any]) -> int:
    table = TABLES[kind]
    return int(conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one())


def change(conn: Connection, kind: str, row_id: int, values: dict[str, Any]) -> None:
    table = TABLES[kind]
    conn.execute(update(table).where(table.c.id == row_id).values(**values))


def set_stages(conn: Connection, policy_id: int, stages: Sequence[Stage]) -> None:
    """A policy's stages, replaced as a whole."""
    conn.execute(delete(plan_stages).where(plan_stages.c.policy_id == policy_id))
    for s in stages:
        conn.execute(
            insert(plan_stages).values(
                policy_id=policy_id, stage=s.stage, starts_on=s.starts_on, ends_on=s.ends_on
            )
        )


def _plan_query() -> Select[Any]:
    return select(plans, directory_units.c.name.label("unit")).join(
        directory_units, directory_units.c.id == plans.c.unit_id
    )


def get_plan(conn: Connection, plan_id: int) -> Plan | None:
    row = conn.execute(_plan_query().where(plans.c.id == plan_id)).first()
    return from_row(Plan, row) if row is not None else None


def list_plans(
    conn: Connection, *, unit_id: int | None = None, year: int | None = None, limit: int = 1000
) -> list[Plan]:
    query = _plan_query().order_by(plans.c.year.desc(), directory_units.c.name, plans.c.id)
    if unit_id is not None:
        query = query.where(plans.c.unit_id == unit_id)
    if year is not None:
        query = query.where(plans.c.year == year)
    return [from_row(Plan, r) for r in conn.execute(query.limit(limit))]


def policies(conn: Connection, plan_id: int) -> list[Policy]:
    rows = conn.execute(
        select(plan_policies, watches.c.name.label("watch"), watches.c.legal_refs)
        .outerjoin(watches, watches.c.id == plan_policies.c.watch_id)
        .where(plan_policies.c.plan_id == plan_id)
        .order_by(plan_policies.c.id)
    ).all()
    ids = [r.id for r in rows]
    stages: dict[int, list[Stage]] = {}
    if ids:
        query = select(plan_stages).where(plan_stages.c.policy_id.in_(ids))
        for s in conn.execute(query.order_by(plan_stages.c.starts_on, plan_stages.c.id)):
            stages.setdefault(s.policy_id, []).append(Stage(s.stage, s.starts_on, s.ends_on))
    return [
        from_row(
            Policy,
            r,
            stages=tuple(stages.get(r.id, ())),
            legal_refs=tuple(json.loads(r.legal_refs or "[]")),
        )
        for r in rows
    ]


def get_policy(conn: Connection, policy_id: int) -> Policy | None:
    plan_id = conn.execute(
        select(plan_policies.c.plan_id).where(plan_policies.c.id == policy_id)
    ).scalar()
    if plan_id is None:
        return None
    return next((p for p in policies(conn, plan_id) if p.id == policy_id), None)


def _activity_query() -> Select[Any]:
    return (
        select(
            plan_activities,
            plan_policies.c.name.label("policy"),
            directory_people.c.name.label("person"),
        )
        .outerjoin(plan_policies, plan_policies.c.id == plan_activities.c.policy_id)
        .outerjoin(directory_people, directory_people.c.id == plan_activities.c.person_id)
    )


def get_activity(conn: Connection, activity_id: int) -> Activity | None:
    row = conn.execute(_activity_query().where(plan_activities.c.id == activity_id)).first()
    return from_row(Activity, row) if row is not None else None


def activities(
    conn: Connection,
    *,
    plan_ids: Sequence[int],
    since: date | None = None,
    until: date | None = None,
) -> list[Activity]:
    query = _activity_query().where(plan_activities.c.plan_id.in_(list(plan_ids)))
    if since is not None:
        query = query.where(plan_activities.c.on_date >= since)
    if until is not None:
        query = query.where(plan_activities.c.on_date <= until)
    query = query.order_by(plan_activities.c.on_date, plan_activities.c.id)
    return [from_row(Activity, r) for r in conn.execute(query)]


def get_budget(conn: Connection, line_id: int) -> BudgetLine | None:
    row = conn.execute(select(plan_budget_lines).where(plan_budget_lines.c.id == line_id)).first()
    return from_row(BudgetLine, row) if row is not None else None


def budget(conn: Connection, plan_id: int) -> list[BudgetLine]:
    query = select(plan_budget_lines).where(plan_budget_lines.c.plan_id == plan_id)
    return [from_row(BudgetLine, r) for r in conn.execute(query.order_by(plan_budget_lines.c.id))]


def _kpi_query() -> Select[Any]:
    return select(plan_kpis, watches.c.name.label("watch")).outerjoin(
        watches, watches.c.id == plan_kpis.c.watch_id
    )


def get_kpi(conn: Connection, kpi_id: int) -> Kpi | None:
    row = conn.execute(_kpi_query().where(plan_kpis.c.id == kpi_id)).first()
    return from_row(Kpi, row) if row is not None else None


def kpis(conn: Connection, plan_id: int) -> list[Kpi]:
    query = _kpi_query().where(plan_kpis.c.plan_id == plan_id).order_by(plan_kpis.c.id)
    return [from_row(Kpi, r) for r in conn.execute(query)]


def _day_number(day: date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def _date(number: int) -> date:
    return date(number // 10000, number // 100 % 100, number % 100)


def day_counts(
    conn: Connection, watch_ids: Sequence[int], since: date, until: date
) -> dict[int, list[DayCounts]]:
    """Watchlists' matches per Vietnam day from ``since`` to ``until`` (both included):
    all, from official outlets, positive, negative; one query for every watchlist of a
    plan (the index on (watch, day, sentiment, official) answers it without the table)."""
    c = watch_matches.c
    query = (
        select(
            c.watch_id,
            c.day,
            func.count(),
            func.sum(case((c.official.is_(True), 1), else_=0)),
            func.sum(case((c.sentiment == "positive", 1), else_=0)),
            func.sum(case((c.sentiment == "negative", 1), else_=0)),
        )
        .where(
            c.watch_id.in_(list(watch_ids)),
            c.day >= _day_number(since),
            c.day <= _day_number(until),
        )
        .group_by(c.watch_id, c.day)
    )
    found: dict[int, list[DayCounts]] = {w: [] for w in watch_ids}
    for w, day, total, official, positive, negative in conn.execute(query):
        found[w].append(
            DayCounts(
                _date(day), int(total), int(official or 0), int(positive or 0), int(negative or 0)
            )
        )
    return found


def pickup_days(
    conn: Connection, watch_ids: Sequence[int], since: datetime, until: datetime
) -> dict[int, dict[int, int]]:
    """Per watchlist, the articles carrying one of its statements per Vietnam day
    (YYYYMMDD → count): each article once, however many of the statements it carries."""
    p = statement_pickups.c
    rows = conn.execute(
        select(statement_watches.c.watch_id, p.article_id, func.min(p.published_at))
        .join(statement_watches, statement_watches.c.statement_id == p.statement_id)
        .where(
            statement_watches.c.watch_id.in_(list(watch_ids)),
            p.published_at >= since,
            p.published_at < until,
        )
        .group_by(statement_watches.c.watch_id, p.article_id)
    ).all()
    found: dict[int, dict[int, int]] = {w: {} for w in watch_ids}
    for watch_id, _, published in rows:
        day = local_day_number(published)
        found[watch_id][day] = found[watch_id].get(day, 0) + 1
    return found
