"""The network directory: the units of the communication network and the people who hold
an official role there (spokesperson, focal point, head, press contact).

Every signed-in user reads it; the admins keep the units; the people of a unit are kept
by the admins and by that unit's own analysts (``access.can_change_people``). Only
official roles are recorded: a person has a unit and a role, a name, a title and the
role's contact, nothing else. A person not verified for 12 months is flagged ``stale``.
The spokespersons, with their official contact, are public (``public_spokespersons``):
Decree 09/2017/NĐ-CP asks for the list to be published. Every change is audited by the
store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.directory import (
    PUBLIC_ROLES,
    Person,
    PersonSpec,
    Unit,
    UnitSpec,
)
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.services import directory_fields as fields
from toancanh.store import Store
from toancanh.text.dates import to_local
from toancanh.text.normalize import search_form

MAX_UNIT_NAME = fields.MAX_UNIT_NAME
MAX_NAME = fields.MAX_NAME


@dataclass(frozen=True)
class UnitEdit:
    """What to change in a unit (None: keep); ``parent=""`` takes the parent away."""

    name: str | None = None
    kind: str | None = None
    parent: str | None = None
    aliases: Sequence[str] | None = None


@dataclass(frozen=True)
class PersonEdit:
    """What to change in a person (None: keep; "" empties an optional field)."""

    name: str | None = None
    unit: str | None = None
    role: str | None = None
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    verified_on: date | None = None


def today_in_vietnam(now: datetime | None = None) -> date:
    return to_local(now or datetime.now(UTC)).date()


# -- units ---------------------------------------------------------------------------


def find_unit(store: Store, typed: str | int) -> Unit:
    """A unit by id, name or alias (case and spaces aside), or ``NotFound``."""
    text = fields.clean(str(typed))
    unit_id = int(text) if text.isascii() and text.isdigit() else None
    if unit_id is None:
        names = store.directory.unit_names()
        unit_id = names.get(text)
        if unit_id is None:
            folded = text.casefold()
            unit_id = next((i for n, i in names.items() if n.casefold() == folded), None)
    unit = store.directory.get_unit(unit_id) if unit_id is not None else None
    if unit is None:
        raise NotFound("no unit “{typed}” in the directory", field="unit", typed=str(typed))
    return unit


def _parent_id(store: Store, parent: str | None, unit_id: int | None) -> int | None:
    if not fields.clean(parent):
        return None
    found = find_unit(store, parent or "")
    if unit_id is not None and _is_below(store, found, unit_id):
        raise Invalid("a unit cannot be placed under itself or its own units", field="parent")
    return found.id


def _is_below(store: Store, unit: Unit, ancestor_id: int) -> bool:
    """Whether ``unit`` is ``ancestor_id`` or one of its descendants."""
    seen: set[int] = set()
    current: Unit | None = unit
    while current is not None and current.id not in seen:
        if current.id == ancestor_id:
            return True
        seen.add(current.id)
        current = store.directory.get_unit(current.parent_id) if current.parent_id else None
    return False


def _name_free(store: Store, name: str, unit_id: int | None = None) -> None:
    taken = store.directory.unit_names().get(name)
    if taken is not None and taken != unit_id:
        raise Conflict("a unit called “{name}” exists already", field="name", name=name)


def add_unit(store: Store, actor: Actor, spec: UnitSpec, *, origin: str = "manual") -> Unit:
    """A new unit (admins)."""
    access.require_role(actor, "admin")
    name = fields.required(spec.name, "name", MAX_UNIT_NAME)
    values: dict[str, Any] = {
        "name": name,
        "kind": fields.check_kind(spec.kind),
        "aliases": fields.aliases(spec.aliases, name),
        "origin": origin,
        "parent_id": _parent_id(store, spec.parent, None),
    }
    _name_free(store, name)
    return store.directory.add_unit(values, actor=actor.name)


def edit_unit(store: Store, actor: Actor, unit_id: int, edit: UnitEdit) -> Unit:
    """Change a unit's name, kind, parent or aliases (admins)."""
    access.require_role(actor, "admin")
    unit = get_unit(store, actor, unit_id)
    values: dict[str, Any] = {}
    name = unit.name
    if edit.name is not None:
        name = values["name"] = fields.required(edit.name, "name", MAX_UNIT_NAME)
        _name_free(store, name, unit.id)
    if edit.kind is not None:
        values["kind"] = fields.check_kind(edit.kind)
    if edit.parent is not None:
        values["parent_id"] = _parent_id(store, edit.parent, unit.id)
    if edit.aliases is not None:
        values["aliases"] = fields.aliases(edit.aliases, name)
    if not values:
        return unit
    return store.directory.change_unit(unit.id, values, actor=actor.name)


def remove_unit(store: Store, actor: Actor, unit_id: int) -> Unit:
    """Remove a unit (admins) that has no people and no units under it."""
    access.require_role(actor, "admin")
    unit = get_unit(store, actor, unit_id)
    if unit.people or unit.children:
        raise Conflict(
            "“{name}” still has people ({people}) or units under it ({children}): move or "
            "remove them first",
            name=unit.name,
            people=unit.people,
            children=unit.children,
        )
    return store.directory.remove_unit(unit.id, actor=actor.name)


def get_unit(store: Store, actor: Actor, unit_id: int) -> Unit:
    access.require_role(actor, "viewer")
    unit = store.directory.get_unit(unit_id)
    if unit is None:
        raise NotFound("no unit #{unit_id} in the directory", unit_id=unit_id)
    return unit


def list_units(
    store: Store,
    actor: Actor,
    *,
    kind: str | None = None,
    parent: int | None = None,
    search: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Unit]:
    """Units by kind then name; ``parent``: the units under that one; ``search``: a part
    of the unit's name or alias, or of the name of one of its people, with or without
    diacritics ("truyen thong" finds "Vụ Truyền thông")."""
    access.require_role(actor, "viewer")
    if kind is not None:
        fields.check_kind(kind)
    wanted = _folded(search or "")
    if not wanted:
        return store.directory.list_units(kind=kind, parent_id=parent, limit=limit, offset=offset)
    # Folded in Python: SQLite's lower() knows only ASCII, and a directory is a few
    # thousand units at most.
    named = {
        p.unit_id for p in store.directory.list_people(limit=1_000_000) if wanted in _folded(p.name)
    }
    found = [
        u
        for u in store.directory.list_units(kind=kind, parent_id=parent, limit=1_000_000)
        if u.id in named or any(wanted in _folded(n) for n in (u.name, *u.aliases))
    ]
    return found[offset : offset + limit]


def _folded(text: str) -> str:
    return " ".join(search_form(text).split())


# -- people --------------------------------------------------------------------------


def _person_columns(store: Store, actor: Actor, spec: PersonSpec, today: date) -> dict[str, Any]:
    if not fields.clean(spec.unit):
        raise Invalid(fields.NEEDED["unit"], field="unit")
    if not fields.clean(spec.role):
        raise Invalid(fields.NEEDED["role"], field="role")
    unit = find_unit(store, spec.unit)
    access.require_people_change(actor, unit)
    return {
        "unit_id": unit.id,
        "name": fields.required(spec.name, "name"),
        "role": fields.check_role(fields.clean(spec.role)),
        "title": fields.optional(spec.title, "title"),
        "phone": fields.check_phone(spec.phone),
        "email": fields.check_email(spec.email),
        "verified_on": fields.check_verified(spec.verified_on, today),
    }


def add_person(
    store: Store,
    actor: Actor,
    spec: PersonSpec,
    *,
    today: date | None = None,
    verified_now: bool = True,
) -> Person:
    """A person in an official role (the unit's analysts and the admins). Without a
    verification date the record counts as verified today by whoever types it in
    (``verified_now``; an imported file's row without one stays unverified)."""
    day = today or today_in_vietnam()
    values = _person_columns(store, actor, spec, day)
    if verified_now:
        values["verified_on"] = values["verified_on"] or day
    return store.directory.add_person(values, actor=actor.name)


def get_person(store: Store, actor: Actor, person_id: int) -> Person:
    access.require_role(actor, "viewer")
    person = store.directory.get_person(person_id)
    if person is None:
        raise NotFound("no person #{person_id} in the directory", person_id=person_id)
    return person


def can_change_person(store: Store, actor: Actor, person: Person) -> bool:
    unit = store.directory.get_unit(person.unit_id)
    return unit is not None and access.can_change_people(actor, unit)


def edit_person(
    store: Store, actor: Actor, person_id: int, edit: PersonEdit, *, today: date | None = None
) -> Person:
    """Change a person; a move to another unit needs the right on both units."""
    person = get_person(store, actor, person_id)
    access.require_people_change(actor, find_unit(store, person.unit_id))
    merged = PersonSpec(
        name=edit.name if edit.name is not None else person.name,
        unit=edit.unit if edit.unit is not None else str(person.unit_id),
        role=edit.role if edit.role is not None else person.role,
        title=edit.title if edit.title is not None else person.title,
        phone=edit.phone if edit.phone is not None else person.phone,
        email=edit.email if edit.email is not None else person.email,
        verified_on=edit.verified_on or person.verified_on,
    )
    values = _person_columns(store, actor, merged, today or today_in_vietnam())
    return store.directory.change_person(person.id, values, actor=actor.name)


def verify_person(
    store: Store, actor: Actor, person_id: int, *, today: date | None = None
) -> Person:
    """The record was checked with the unit today."""
    return edit_person(
        store, actor, person_id, PersonEdit(verified_on=today or today_in_vietnam()), today=today
    )


def remove_person(store: Store, actor: Actor, person_id: int) -> Person:
    person = get_person(store, actor, person_id)
    access.require_people_change(actor, find_unit(store, person.unit_id))
    return store.directory.remove_person(person.id, actor=actor.name)


def list_people(
    store: Store,
    actor: Actor,
    *,
    unit: str | int | None = None,
    role: str | None = None,
    kind: str | None = None,
    search: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[Person]:
    """People by unit, role and name; narrowed to a unit, a role, a kind of unit."""
    access.require_role(actor, "viewer")
    unit_ids: list[int] | None = None
    if unit is not None and str(unit).strip():
        unit_ids = [find_unit(store, unit).id]
    elif kind is not None:
        unit_ids = [u.id for u in store.directory.list_units(kind=fields.check_kind(kind))]
    roles = [fields.check_role(role)] if role else None
    wanted = _folded(search or "")
    if not wanted:
        return store.directory.list_people(
            unit_ids=unit_ids, roles=roles, limit=limit, offset=offset
        )
    everyone = store.directory.list_people(unit_ids=unit_ids, roles=roles, limit=1_000_000)
    return [p for p in everyone if wanted in _folded(p.name)][offset : offset + limit]


def public_spokespersons(store: Store) -> list[tuple[Unit, list[Person]]]:
    """What anyone may read without signing in: each unit that has a spokesperson, with
    its spokespersons (their official contact only), units by kind then name."""
    people = store.directory.list_people(roles=PUBLIC_ROLES, limit=100_000)
    by_unit: dict[int, list[Person]] = {}
    for person in people:
        by_unit.setdefault(person.unit_id, []).append(person)
    units = [u for u in store.directory.list_units(limit=100_000) if u.id in by_unit]
    return [(u, by_unit[u.id]) for u in units]


def spokesperson_choices(store: Store) -> list[str]:
    """The directory's spokespersons as a statement names them ("Name, title (unit)"),
    offered when a statement is written; the field stays free text for anyone not listed."""
    people = store.directory.list_people(roles=("spokesperson",), limit=100_000)
    return [
        f"{p.name}, {p.title} ({p.unit})" if p.title else f"{p.name} ({p.unit})" for p in people
    ]
