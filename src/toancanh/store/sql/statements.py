"""SQL for the statements registry: statements, their earlier versions, their watchlists."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from toancanh.domain.statements import Statement, StatementVersion
from toancanh.store.schema import statement_versions, statement_watches, statements
from toancanh.store.sql.rows import from_row

# The statuses the feeds show: a withdrawn statement shows as an entry saying so.
FEED_STATUSES = ("published", "corrected", "withdrawn")
# The statuses a claim is matched against: what the registry stands by today.
MATCHED_STATUSES = ("published", "corrected")


def add_statement(conn: Connection, values: dict[str, Any], now: datetime) -> int:
    row = _encoded(values) | {"version": 1, "created_at": now, "updated_at": now}
    return int(
        conn.execute(insert(statements).values(**row).returning(statements.c.id)).scalar_one()
    )


def update_statement(conn: Connection, statement_id: int, values: dict[str, Any]) -> None:
    conn.execute(
        update(statements).where(statements.c.id == statement_id).values(**_encoded(values))
    )


def _encoded(values: dict[str, Any]) -> dict[str, Any]:
    if "legal_refs" in values:
        values = values | {"legal_refs": json.dumps(list(values["legal_refs"]), ensure_ascii=False)}
    return values


def set_watches(conn: Connection, statement_id: int, watch_ids: Sequence[int]) -> None:
    conn.execute(delete(statement_watches).where(statement_watches.c.statement_id == statement_id))
    if watch_ids:
        conn.execute(
            insert(statement_watches),
            [{"statement_id": statement_id, "watch_id": w} for w in dict.fromkeys(watch_ids)],
        )


def add_version(conn: Connection, statement_id: int, version: StatementVersion) -> None:
    conn.execute(
        insert(statement_versions).values(
            statement_id=statement_id,
            version=version.version,
            title=version.title,
            text=version.text,
            note=version.note,
            changed_at=version.changed_at,
            changed_by=version.changed_by,
        )
    )


def get_statement(conn: Connection, statement_id: int) -> Statement | None:
    row = conn.execute(select(statements).where(statements.c.id == statement_id)).first()
    if row is None:
        return None
    versions = tuple(
        from_row(StatementVersion, r)
        for r in conn.execute(
            select(statement_versions)
            .where(statement_versions.c.statement_id == statement_id)
            .order_by(statement_versions.c.version)
        )
    )
    return _statement(row, _watch_ids(conn, [statement_id]).get(statement_id, ()), versions)


def _watch_ids(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    found: dict[int, list[int]] = {}
    if not ids:
        return {}
    query = (
        select(statement_watches)
        .where(statement_watches.c.statement_id.in_(list(ids)))
        .order_by(statement_watches.c.watch_id)
    )
    for r in conn.execute(query):
        found.setdefault(r.statement_id, []).append(r.watch_id)
    return {k: tuple(v) for k, v in found.items()}


def _statement(
    row: Any, watch_ids: tuple[int, ...] = (), versions: tuple[StatementVersion, ...] = ()
) -> Statement:
    return from_row(
        Statement,
        row,
        legal_refs=tuple(json.loads(row.legal_refs or "[]")),
        watch_ids=watch_ids,
        versions=versions,
    )


def _with_watches(conn: Connection, rows: list[Any]) -> list[Statement]:
    watches = _watch_ids(conn, [r.id for r in rows])
    return [_statement(r, watches.get(r.id, ())) for r in rows]


def find_duplicate(
    conn: Connection, *, url: str | None, title: str, issuer: str, issued_at: datetime
) -> int | None:
    """The id of a statement with the same URL, or the same title, issuer and time."""
    same = and_(
        statements.c.title == title,
        statements.c.issuer == issuer,
        statements.c.issued_at == issued_at,
    )
    where = or_(statements.c.url == url, same) if url else same
    return conn.execute(select(statements.c.id).where(where).limit(1)).scalar()


def list_statements(
    conn: Connection,
    *,
    status: str | None = None,
    issuer: str | None = None,
    limit: int = 50,
    offset: int = 0,
    draft_units: Sequence[str | None] | None = None,
) -> list[Statement]:
    """Newest first. ``draft_units``: the units whose drafts the asker sees (None in it:
    the drafts of no unit); None: every draft."""
    query = select(statements).order_by(statements.c.issued_at.desc(), statements.c.id.desc())
    if status is not None:
        query = query.where(statements.c.status == status)
    if issuer is not None:
        query = query.where(statements.c.issuer == issuer)
    if draft_units is not None:
        named = [u for u in draft_units if u is not None]
        mine: list[ColumnElement[bool]] = [statements.c.status != "draft"]
        if None in draft_units:
            mine.append(statements.c.unit.is_(None))
        if named:
            mine.append(statements.c.unit.in_(named))
        query = query.where(or_(*mine))
    return _with_watches(conn, list(conn.execute(query.limit(limit).offset(offset))))


def count_statements(conn: Connection, *, status: str, unit: str) -> int:
    """How many statements of this unit are in this status (its drafts to publish)."""
    query = select(func.count()).where(statements.c.status == status, statements.c.unit == unit)
    return int(conn.execute(query).scalar_one())


def feed_statements(
    conn: Connection,
    *,
    now: datetime,
    issuer: str | None = None,
    watch_id: int | None = None,
    limit: int = 50,
) -> list[Statement]:
    """What the public feeds show, last changed first: published, corrected or withdrawn
    after publication, and past any embargo."""
    query = (
        select(statements)
        .where(
            statements.c.status.in_(FEED_STATUSES),
            statements.c.published_at.is_not(None),
            or_(statements.c.embargo_until.is_(None), statements.c.embargo_until <= now),
        )
        .order_by(statements.c.updated_at.desc(), statements.c.id.desc())
    )
    if issuer is not None:
        query = query.where(statements.c.issuer == issuer)
    if watch_id is not None:
        query = query.where(
            statements.c.id.in_(
                select(statement_watches.c.statement_id).where(
                    statement_watches.c.watch_id == watch_id
                )
            )
        )
    return _with_watches(conn, list(conn.execute(query.limit(limit))))


def registry_stamp(conn: Connection) -> tuple[int, int, str]:
    """What changes whenever a statement is added or changed: their number, the highest
    id and the latest change (every change sets ``updated_at``)."""
    row = conn.execute(
        select(func.count(), func.max(statements.c.id), func.max(statements.c.updated_at))
    ).one()
    return int(row[0]), int(row[1] or 0), str(row[2] or "")
