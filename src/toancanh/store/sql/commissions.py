"""SQL for press commissioning: orders, their deliverables and watchlists, the articles
found for them and the analyst's decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, distinct, exists, func, insert, select, update

from toancanh.domain.commissions import Commission, Deliverable, Delivery
from toancanh.store.schema import (
    articles,
    commission_deliverables,
    commission_items,
    commission_watches,
    commissions,
    watch_matches,
    watches,
)
from toancanh.store.sql.rows import from_row


def add_commission(conn: Connection, values: dict[str, Any], now: datetime) -> int:
    row = values | {"created_at": now, "updated_at": now}
    return int(
        conn.execute(insert(commissions).values(**row).returning(commissions.c.id)).scalar_one()
    )


def update_commission(conn: Connection, commission_id: int, values: dict[str, Any]) -> None:
    conn.execute(update(commissions).where(commissions.c.id == commission_id).values(**values))


def set_watches(conn: Connection, commission_id: int, watch_ids: Sequence[int]) -> None:
    conn.execute(
        delete(commission_watches).where(commission_watches.c.commission_id == commission_id)
    )
    if watch_ids:
        conn.execute(
            insert(commission_watches),
            [{"commission_id": commission_id, "watch_id": w} for w in dict.fromkeys(watch_ids)],
        )


def set_deliverables(
    conn: Connection, commission_id: int, deliverables: Sequence[Deliverable]
) -> None:
    conn.execute(
        delete(commission_deliverables).where(
            commission_deliverables.c.commission_id == commission_id
        )
    )
    if deliverables:
        conn.execute(
            insert(commission_deliverables),
            [
                {"commission_id": commission_id, "kind": d.kind, "count": d.count}
                for d in deliverables
            ],
        )


def get_commission(conn: Connection, commission_id: int) -> Commission | None:
    found = list_commissions(conn, ids=[commission_id])
    return found[0] if found else None


def list_commissions(
    conn: Connection,
    *,
    ids: Sequence[int] | None = None,
    plan_id: int | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Commission]:
    query = select(commissions).order_by(commissions.c.since.desc(), commissions.c.id.desc())
    if ids is not None:
        query = query.where(commissions.c.id.in_(list(ids)))
    if plan_id is not None:
        query = query.where(commissions.c.plan_id == plan_id)
    rows = conn.execute(query.limit(limit).offset(offset)).all()
    found = [r.id for r in rows]
    if not found:
        return []
    watched: dict[int, list[tuple[int, str]]] = {}
    for r in conn.execute(
        select(commission_watches.c.commission_id, watches.c.id, watches.c.name)
        .join(watches, watches.c.id == commission_watches.c.watch_id)
        .where(commission_watches.c.commission_id.in_(found))
        .order_by(watches.c.name)
    ):
        watched.setdefault(r.commission_id, []).append((r.id, r.name))
    asked: dict[int, list[Deliverable]] = {}
    for r in conn.execute(
        select(commission_deliverables)
        .where(commission_deliverables.c.commission_id.in_(found))
        .order_by(commission_deliverables.c.kind)
    ):
        asked.setdefault(r.commission_id, []).append(Deliverable(r.kind, r._mapping["count"]))
    return [
        from_row(
            Commission,
            r,
            watch_ids=tuple(w for w, _ in watched.get(r.id, ())),
            watches=tuple(n for _, n in watched.get(r.id, ())),
            deliverables=tuple(asked.get(r.id, ())),
        )
        for r in rows
    ]


def _day(value: date) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def found_article_ids(conn: Connection, commission: Commission) -> set[int]:
    """The articles of the order's outlet, published in its period (Vietnam days), that
    one of its watchlists matched."""
    if not commission.watch_ids:
        return set()
    query = select(watch_matches.c.article_id).where(
        watch_matches.c.watch_id.in_(list(commission.watch_ids)),
        watch_matches.c.day >= _day(commission.since),
        watch_matches.c.day <= _day(commission.until),
        watch_matches.c.outlet == commission.outlet,
    )
    return {int(r[0]) for r in conn.execute(query)}


def deliveries(conn: Connection, commission: Commission) -> list[Delivery]:
    """The articles found for the order and those decided on (an accepted article stays
    even if a watchlist stops matching it), oldest first."""
    decided = {
        r.article_id: r
        for r in conn.execute(
            select(commission_items).where(commission_items.c.commission_id == commission.id)
        )
    }
    ids = found_article_ids(conn, commission) | set(decided)
    if not ids:
        return []
    rows = conn.execute(
        select(
            articles.c.id,
            articles.c.url,
            articles.c.title,
            articles.c.outlet,
            articles.c.published_at,
        )
        .where(articles.c.id.in_(sorted(ids)))
        .order_by(articles.c.published_at, articles.c.id)
    ).all()
    found = []
    for r in rows:
        item = decided.get(r.id)
        found.append(
            Delivery(
                r.id,
                r.url,
                r.title,
                r.outlet,
                r.published_at,
                item.state if item is not None else "proposed",
                item.decided_by if item is not None else None,
                item.decided_at if item is not None else None,
                item.note if item is not None else None,
            )
        )
    return found


def waiting_count(conn: Connection, unit: str) -> int:
    """How many articles found for the unit's orders no one has accepted or rejected yet
    (the deliveries ``deliveries`` shows as "proposed"), one count query per order."""
    total = 0
    for commission in list_commissions_of_unit(conn, unit):
        if not commission.watch_ids:
            continue
        decided = exists().where(
            commission_items.c.commission_id == commission.id,
            commission_items.c.article_id == watch_matches.c.article_id,
        )
        query = select(func.count(distinct(watch_matches.c.article_id))).where(
            watch_matches.c.watch_id.in_(list(commission.watch_ids)),
            watch_matches.c.day >= _day(commission.since),
            watch_matches.c.day <= _day(commission.until),
            watch_matches.c.outlet == commission.outlet,
            ~decided,
        )
        total += int(conn.execute(query).scalar_one())
    return total


def list_commissions_of_unit(conn: Connection, unit: str) -> list[Commission]:
    ids = [r[0] for r in conn.execute(select(commissions.c.id).where(commissions.c.unit == unit))]
    return list_commissions(conn, ids=ids, limit=len(ids) or 1) if ids else []


def decide(
    conn: Connection,
    commission_id: int,
    article_ids: Sequence[int],
    *,
    state: str,
    actor: str,
    now: datetime,
    note: str | None,
) -> None:
    if not article_ids:
        return
    conn.execute(
        delete(commission_items).where(
            commission_items.c.commission_id == commission_id,
            commission_items.c.article_id.in_(list(article_ids)),
        )
    )
    conn.execute(
        insert(commission_items),
        [
            {
                "commission_id": commission_id,
                "article_id": a,
                "state": state,
                "decided_by": actor,
                "decided_at": now,
                "note": note,
            }
            for a in dict.fromkeys(article_ids)
        ],
    )
