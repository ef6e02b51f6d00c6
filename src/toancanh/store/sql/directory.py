"""SQL for the network directory: units (with their parent's name and their counts of
people and children) and the people in official roles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.sql import Select

from toancanh.domain.directory import Person, Unit
from toancanh.store.schema import directory_people, directory_units
from toancanh.store.sql.rows import from_row

_parent = directory_units.alias("parent")


def _unit_query() -> Select[Any]:
    people = (
        select(func.count())
        .where(directory_people.c.unit_id == directory_units.c.id)
        .scalar_subquery()
    )
    children = directory_units.alias("child")
    child_count = (
        select(func.count()).where(children.c.parent_id == directory_units.c.id).scalar_subquery()
    )
    return select(
        directory_units,
        _parent.c.name.label("parent"),
        people.label("people"),
        child_count.label("children"),
    ).outerjoin(_parent, _parent.c.id == directory_units.c.parent_id)


def _unit(row: Any) -> Unit:
    return from_row(Unit, row, aliases=tuple(json.loads(row.aliases or "[]")))


def _encoded(values: dict[str, Any]) -> dict[str, Any]:
    if "aliases" in values:
        values = values | {"aliases": json.dumps(list(values["aliases"]), ensure_ascii=False)}
    return values


def add_unit(conn: Connection, values: dict[str, Any], now: datetime) -> int:
    row = _encoded(values) | {"created_at": now, "updated_at": now}
    query = insert(directory_units).values(**row).returning(directory_units.c.id)
    return int(conn.execute(query).scalar_one())


def update_unit(conn: Connection, unit_id: int, values: dict[str, Any]) -> None:
    query = update(directory_units).where(directory_units.c.id == unit_id)
    conn.execute(query.values(**_encoded(values)))


def delete_unit(conn: Connection, unit_id: int) -> None:
    conn.execute(delete(directory_units).where(directory_units.c.id == unit_id))


def get_unit(conn: Connection, unit_id: int) -> Unit | None:
    row = conn.execute(_unit_query().where(directory_units.c.id == unit_id)).first()
    return _unit(row) if row is not None else None


def unit_names(conn: Connection) -> dict[str, int]:
    """Every unit's name and alias → its id (for matching typed names)."""
    found: dict[str, int] = {}
    for row in conn.execute(
        select(directory_units.c.id, directory_units.c.name, directory_units.c.aliases)
    ):
        found.setdefault(row.name, row.id)
        for alias in json.loads(row.aliases or "[]"):
            found.setdefault(alias, row.id)
    return found


def list_units(
    conn: Connection,
    *,
    kind: str | None = None,
    parent_id: int | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Unit]:
    """By kind, then name."""
    query = _unit_query().order_by(directory_units.c.kind, directory_units.c.name)
    if kind is not None:
        query = query.where(directory_units.c.kind == kind)
    if parent_id is not None:
        query = query.where(directory_units.c.parent_id == parent_id)
    return [_unit(r) for r in conn.execute(query.limit(limit).offset(offset))]


def _person_query() -> Select[Any]:
    return select(directory_people, directory_units.c.name.label("unit")).join(
        directory_units, directory_units.c.id == directory_people.c.unit_id
    )


def add_person(conn: Connection, values: dict[str, Any], now: datetime) -> int:
    row = values | {"created_at": now, "updated_at": now}
    query = insert(directory_people).values(**row).returning(directory_people.c.id)
    return int(conn.execute(query).scalar_one())


def update_person(conn: Connection, person_id: int, values: dict[str, Any]) -> None:
    query = update(directory_people).where(directory_people.c.id == person_id)
    conn.execute(query.values(**values))


def delete_person(conn: Connection, person_id: int) -> None:
    conn.execute(delete(directory_people).where(directory_people.c.id == person_id))


def get_person(conn: Connection, person_id: int) -> Person | None:
    row = conn.execute(_person_query().where(directory_people.c.id == person_id)).first()
    return from_row(Person, row) if row is not None else None


def find_person(conn: Connection, unit_id: int, name: str, role: str) -> int | None:
    """The id of the person of that name and role in the unit (an import's duplicate)."""
    query = select(directory_people.c.id).where(
        directory_people.c.unit_id == unit_id,
        func.lower(directory_people.c.name) == name.lower(),
        directory_people.c.role == role,
    )
    return conn.execute(query.limit(1)).scalar()


def list_people(
    conn: Connection,
    *,
    unit_ids: Sequence[int] | None = None,
    roles: Sequence[str] | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Person]:
    """By unit name, role, then name."""
    query = _person_query().order_by(
        directory_units.c.name, directory_people.c.role, directory_people.c.name
    )
    if unit_ids is not None:
        query = query.where(directory_people.c.unit_id.in_(list(unit_ids)))
    if roles is not None:
        query = query.where(directory_people.c.role.in_(list(roles)))
    return [from_row(Person, r) for r in conn.execute(query.limit(limit).offset(offset))]
