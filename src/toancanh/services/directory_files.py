"""The directory's files: the seed from the shipped gazetteers, CSV imports with a report
of each row, and the export of people as vCard 4.0 (RFC 6350) or CSV.

The seed takes today's bodies only: the central bodies of ``agencies.json`` still in force
(after the 2025 reorganisation), the 34 provincial units of ``places.json`` in force since
1 July 2025, and the press agencies of the source catalog (``outlets.json``; an owner the
directory knows becomes the outlet's parent). A unit whose name exists is left as it is,
so the seed is idempotent and never undoes an edit.

An import row goes through ``services.directory`` like one typed in: validated, checked
and audited. A row whose unit (or person: same unit, name and role) exists is skipped; a
row that cannot be used is rejected with its line and the refusal, which each front-end
shows in its user's language.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.directory import Person, PersonSpec, UnitSpec
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound, ToanCanhError
from toancanh.ingest.import_reader import RejectedRow, iter_records
from toancanh.services import directory
from toancanh.services import directory_fields as fields
from toancanh.store import Store

# agencies.json's kinds → the directory's (the rest: "other").
BODY_KINDS = {
    "ministry": "ministry",
    "ministry_level": "agency",
    "government_agency": "agency",
    "government": "government",
}
# The catalog's kinds of outlet that are press agencies (portals are their body's).
PRESS_KINDS = {
    "national_daily",
    "party_organ",
    "broadcaster",
    "news_agency",
    "regional_daily",
    "business",
}
# Role names as units write them in their spreadsheets.
ROLE_WORDS = {
    "người phát ngôn": "spokesperson",
    "phát ngôn": "spokesperson",
    "đầu mối": "focal_point",
    "đầu mối truyền thông": "focal_point",
    "thủ trưởng": "head",
    "người đứng đầu": "head",
    "liên hệ báo chí": "press_contact",
}
ROLE_LABELS = {
    "spokesperson": "Người phát ngôn",
    "focal_point": "Đầu mối truyền thông",
    "head": "Thủ trưởng đơn vị",
    "press_contact": "Liên hệ báo chí",
}


def _json(package: str, name: str) -> Any:
    return json.loads(resources.files(package).joinpath(name).read_text(encoding="utf-8"))


def seed_rows() -> list[dict[str, Any]]:
    """The units of the shipped gazetteers, each parent before its children."""
    bodies = _json("toancanh.data.gazetteer", "agencies.json")["bodies"]
    current = [b for b in bodies if not b.get("valid_to")]
    names = {b["id"]: b["name"] for b in current}
    rows: list[dict[str, Any]] = []
    for body in sorted(current, key=lambda b: b.get("parent") is not None):
        rows.append(
            {
                "name": body["name"],
                "kind": BODY_KINDS.get(body.get("kind", ""), "other"),
                "parent": names.get(body.get("parent") or ""),
                "aliases": tuple(body.get("aliases", ())),
                "origin": "gazetteer",
            }
        )
    for place in _json("toancanh.data.gazetteer", "places.json")["units"]:
        if place.get("valid_to") or place.get("current") != place["id"]:
            continue
        aliases = (place.get("short"), *place.get("aliases", ()))
        rows.append(
            {
                "name": place["name"],
                "kind": "province",
                "parent": None,
                "aliases": tuple(dict.fromkeys(a for a in aliases if a and a != place["name"])),
                "origin": "gazetteer",
            }
        )
    known = {r["name"] for r in rows} | {a for r in rows for a in r["aliases"]}
    owners = {a: r["name"] for r in rows for a in (r["name"], *r["aliases"])}
    for outlet in _json("toancanh.data.catalog", "outlets.json")["outlets"]:
        if outlet.get("kind") not in PRESS_KINDS or outlet["name"] in known:
            continue
        rows.append(
            {
                "name": outlet["name"],
                "kind": "press",
                # "Bộ Nội vụ (trước 03/2025: ...)": the owner today is before the note
                "parent": owners.get((outlet.get("owner") or "").split(" (")[0]),
                "aliases": tuple(d for d in (outlet.get("domain"),) if d),
                "origin": "catalog",
            }
        )
    return rows


def seed(store: Store, actor: Actor) -> list[str]:
    """Add the gazetteers' units not in the directory yet (admins); the names added."""
    access.require_role(actor, "admin")
    return store.directory.add_units(seed_rows(), actor=actor.name)


# -- imports -------------------------------------------------------------------------


@dataclass(frozen=True)
class RowOutcome:
    line: int
    error: ToanCanhError  # the reason, translated by the front-end

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)  # the new records' ids
    skipped: list[RowOutcome] = field(default_factory=list)  # there already
    rejected: list[RowOutcome] = field(default_factory=list)  # cannot be read or used


def _values(record: dict[str, Any]) -> dict[str, str]:
    return {
        str(k).strip().lower(): str(v).strip()
        for k, v in record.items()
        if k is not None and v is not None and str(v).strip()
    }


def _rows(path: Path, report: ImportReport) -> Iterable[tuple[int, dict[str, str]]]:
    for line, record in iter_records(path, required="name"):
        if isinstance(record, RejectedRow):
            error = Invalid(
                "unreadable row ({reason}): {detail}", reason=record.reason, detail=record.detail
            )
            report.rejected.append(RowOutcome(line, error))
        else:
            yield line, _values(record)


def import_units(store: Store, actor: Actor, path: Path) -> ImportReport:
    """Units from a CSV (or JSONL) file: ``name, kind`` required, ``parent`` and
    ``aliases`` (separated by ``;``) optional. A row whose name exists is skipped."""
    access.require_role(actor, "admin")
    report = ImportReport()
    for line, values in _rows(path, report):
        try:
            name = values.get("name", "")
            if name and name in store.directory.unit_names():
                error = Conflict("“{name}” is in the directory already", name=name)
                report.skipped.append(RowOutcome(line, error))
                continue
            spec = UnitSpec(
                name=name,
                kind=values.get("kind", ""),
                parent=values.get("parent"),
                aliases=tuple(a.strip() for a in values.get("aliases", "").split(";") if a.strip()),
            )
            report.imported.append(directory.add_unit(store, actor, spec).id)
        except (Invalid, NotFound, Forbidden) as error:
            report.rejected.append(RowOutcome(line, error))
        except ToanCanhError as error:  # a Conflict: the name was taken meanwhile
            report.skipped.append(RowOutcome(line, error))
    return report


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    text = value.strip()
    try:
        if "/" in text:  # 07/12/2026, as Vietnamese spreadsheets write it
            day, month, year = (int(p) for p in text.split("/"))
            return date(year, month, day)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise Invalid(
            "“{value}” is not a date: use 2026-12-07 or 07/12/2026", field="verified_on", value=text
        ) from None


def person_spec(values: dict[str, str]) -> PersonSpec:
    role = values.get("role", "")
    return PersonSpec(
        name=values.get("name", ""),
        unit=values.get("unit", ""),
        role=ROLE_WORDS.get(role.lower(), role),
        title=values.get("title"),
        phone=values.get("phone"),
        email=values.get("email"),
        verified_on=parse_day(values.get("verified_on")),
    )


def import_people(
    store: Store, actor: Actor, path: Path, *, today: date | None = None
) -> ImportReport:
    """People from a CSV (or JSONL) file: ``name, unit, role`` required; ``title, phone,
    email, verified_on`` optional (a row without a verification date stays unverified,
    hence stale). The same person (unit, name, role) is skipped."""
    access.require_role(actor, "analyst")
    report = ImportReport()
    day = today or directory.today_in_vietnam()
    for line, values in _rows(path, report):
        try:
            spec = person_spec(values)
            if spec.unit and spec.name and spec.role:
                unit = directory.find_unit(store, spec.unit)
                same = store.directory.find_person(unit.id, fields.clean(spec.name), spec.role)
                if same is not None:
                    error = Conflict("{name} is in the directory already", name=spec.name)
                    report.skipped.append(RowOutcome(line, error))
                    continue
            added = directory.add_person(store, actor, spec, today=day, verified_now=False)
            report.imported.append(added.id)
        except (Invalid, NotFound, Forbidden) as error:
            report.rejected.append(RowOutcome(line, error))
    return report


# -- exports -------------------------------------------------------------------------

CSV_FIELDS = ("name", "title", "unit", "role", "phone", "email", "verified_on", "stale")


def people_csv(people: Sequence[Person], today: date) -> str:
    """The people as CSV (UTF-8; a cell starting with = + - @ is quoted with ' so a
    spreadsheet does not run it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for p in people:
        cells = (p.name, p.title, p.unit, p.role, p.phone, p.email, p.verified_on, p.stale(today))
        writer.writerow([_cell(c) for c in cells])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_phone(text) else text


def _is_phone(text: str) -> bool:
    return text.startswith("+") and text[1:].replace(" ", "").replace(".", "").isdigit()


def vcard_escape(text: str) -> str:
    """A text value escaped per RFC 6350 §3.4: backslash, comma, semicolon, newline."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 6350 §3.2), never inside a character."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not parts else 74  # a continuation starts with a space
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def vcard(person: Person) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{vcard_escape(person.name)}"]
    if person.title:
        lines.append(f"TITLE:{vcard_escape(person.title)}")
    lines.append(f"ORG:{vcard_escape(person.unit)}")
    lines.append(f"ROLE:{vcard_escape(ROLE_LABELS.get(person.role, person.role))}")
    if person.phone:
        lines.append(f"TEL;TYPE=work;VALUE=text:{vcard_escape(person.phone)}")
    if person.email:
        lines.append(f"EMAIL;TYPE=work:{vcard_escape(person.email)}")
    if person.verified_on:
        lines.append(f"REV:{person.verified_on.strftime('%Y%m%d')}")
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def people_vcards(people: Sequence[Person]) -> str:
    return "".join(vcard(p) for p in people)
