"""The network directory's repository: every change audited (``directory_unit`` and
``directory_person`` in the audit log)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.directory import Person, Unit
from toancanh.errors import NotFound
from toancanh.store.database import Database
from toancanh.store.sql import directory as sql

UNIT, PERSON = "directory_unit", "directory_person"


def _unit_audit(unit: Unit) -> dict[str, Any]:
    data = asdict(unit)
    for counted in ("people", "children"):  # counts, not the record's own values
        data.pop(counted)
    return data


def _person_audit(person: Person) -> dict[str, Any]:
    data = asdict(person)
    data["verified_on"] = person.verified_on.isoformat() if person.verified_on else None
    return data


def _missing_unit(unit_id: int) -> NotFound:
    return NotFound("no unit #{unit_id} in the directory", unit_id=unit_id)


def _missing_person(person_id: int) -> NotFound:
    return NotFound("no person #{person_id} in the directory", person_id=person_id)


@dataclass
class DirectoryRepository:
    db: Database

    # -- units ---------------------------------------------------------------------------

    def add_unit(self, values: dict[str, Any], *, actor: str) -> Unit:
        with self.db.change(actor, "create", UNIT) as change:
            unit_id = sql.add_unit(change.conn, values, change.now)
            unit = sql.get_unit(change.conn, unit_id)
            assert unit is not None
            change.entity_id, change.after = unit_id, _unit_audit(unit)
        return unit

    def add_units(self, rows: Sequence[dict[str, Any]], *, actor: str) -> list[str]:
        """Add the units of ``rows`` whose name is not taken yet, each row's ``parent`` a
        name (of a unit stored or added before it), in one transaction audited once
        (``seed``); the names added."""
        with self.db.change(actor, "seed", UNIT) as change:
            known = sql.unit_names(change.conn)
            added: list[str] = []
            for row in rows:
                if row["name"] in known:
                    continue
                parent = row.get("parent")
                values = {k: v for k, v in row.items() if k != "parent"}
                values["parent_id"] = known.get(parent) if parent else None
                known[row["name"]] = sql.add_unit(change.conn, values, change.now)
                added.append(row["name"])
            if not added:
                change.skip()
            change.after = {"added": added}
        return added

    def change_unit(self, unit_id: int, values: dict[str, Any], *, actor: str) -> Unit:
        with self.db.change(actor, "update", UNIT, unit_id) as change:
            before = sql.get_unit(change.conn, unit_id)
            if before is None:
                raise _missing_unit(unit_id)
            sql.update_unit(change.conn, unit_id, values | {"updated_at": change.now})
            after = sql.get_unit(change.conn, unit_id)
            assert after is not None
            change.before, change.after = _unit_audit(before), _unit_audit(after)
        return after

    def remove_unit(self, unit_id: int, *, actor: str) -> Unit:
        with self.db.change(actor, "delete", UNIT, unit_id) as change:
            before = sql.get_unit(change.conn, unit_id)
            if before is None:
                raise _missing_unit(unit_id)
            sql.delete_unit(change.conn, unit_id)
            change.before = _unit_audit(before)
        return before

    def get_unit(self, unit_id: int) -> Unit | None:
        with self.db.read() as conn:
            return sql.get_unit(conn, unit_id)

    def unit_names(self) -> dict[str, int]:
        with self.db.read() as conn:
            return sql.unit_names(conn)

    def list_units(
        self,
        *,
        kind: str | None = None,
        parent_id: int | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[Unit]:
        with self.db.read() as conn:
            return sql.list_units(conn, kind=kind, parent_id=parent_id, limit=limit, offset=offset)

    # -- people --------------------------------------------------------------------------

    def add_person(self, values: dict[str, Any], *, actor: str) -> Person:
        with self.db.change(actor, "create", PERSON) as change:
            person_id = sql.add_person(change.conn, values | {"created_by": actor}, change.now)
            person = sql.get_person(change.conn, person_id)
            assert person is not None
            change.entity_id, change.after = person_id, _person_audit(person)
        return person

    def change_person(self, person_id: int, values: dict[str, Any], *, actor: str) -> Person:
        with self.db.change(actor, "update", PERSON, person_id) as change:
            before = sql.get_person(change.conn, person_id)
            if before is None:
                raise _missing_person(person_id)
            sql.update_person(change.conn, person_id, values | {"updated_at": change.now})
            after = sql.get_person(change.conn, person_id)
            assert after is not None
            change.before, change.after = _person_audit(before), _person_audit(after)
        return after

    def remove_person(self, person_id: int, *, actor: str) -> Person:
        with self.db.change(actor, "delete", PERSON, person_id) as change:
            before = sql.get_person(change.conn, person_id)
            if before is None:
                raise _missing_person(person_id)
            sql.delete_person(change.conn, person_id)
            change.before = _person_audit(before)
        return before

    def get_person(self, person_id: int) -> Person | None:
        with self.db.read() as conn:
            return sql.get_person(conn, person_id)

    def find_person(self, unit_id: int, name: str, role: str) -> int | None:
        with self.db.read() as conn:
            return sql.find_person(conn, unit_id, name, role)

    def list_people(
        self,
        *,
        unit_ids: Sequence[int] | None = None,
        roles: Sequence[str] | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[Person]:
        with self.db.read() as conn:
            return sql.list_people(conn, unit_ids=unit_ids, roles=roles, limit=limit, offset=offset)
