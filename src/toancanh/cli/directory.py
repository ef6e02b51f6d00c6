"""``toancanh directory ...``: the network directory's units and people."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, report
from toancanh.domain.directory import PERSON_ROLES, UNIT_KINDS, PersonSpec, UnitSpec
from toancanh.errors import Invalid
from toancanh.services import directory as service
from toancanh.services import directory_files as files
from toancanh.services.directory import PersonEdit, UnitEdit
from toancanh.shapes import person_json, unit_json

app = typer.Typer(help="The network directory: units and the people in official roles there.")
units_app = typer.Typer(help="Units: ministries, agencies, provinces, press agencies, others.")
people_app = typer.Typer(
    help="People in official roles: spokesperson, focal point, head, press contact."
)
app.add_typer(units_app, name="units")
app.add_typer(people_app, name="people")

KindOption = Annotated[str | None, typer.Option(help=", ".join(UNIT_KINDS))]
RoleOption = Annotated[str | None, typer.Option(help=", ".join(PERSON_ROLES))]
UnitId = Annotated[str, typer.Argument(help="The unit's id, name or alias.")]
PersonId = Annotated[int, typer.Argument(help="The person's id.")]
FileArgument = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="CSV (or JSONL).")
]
LangOption = Annotated[
    str | None,
    typer.Option(help="vi or en: the report's language (default: from $LANG)."),
]


def _today() -> date:
    return service.today_in_vietnam()


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return files.parse_day(value)
    except Invalid as error:
        raise typer.BadParameter(error.message, param_hint=option) from None


def _lang(wanted: str | None) -> str:
    chosen = wanted or os.environ.get("TOANCANH_LANG") or os.environ.get("LANG", "")
    return "vi" if chosen.lower().startswith("vi") else "en"


@app.command("seed")
def seed(ctx: typer.Context, by: ByOption = "", as_json: JsonOption = False) -> None:
    """Add the units of the shipped gazetteers (ministries, agencies, the 34 provinces
    since July 2025, press agencies); idempotent."""
    added = files.seed(app_context(ctx).store(), operator(by))
    report(as_json, {"added": added}, f"{len(added)} units added to the directory.")


# -- units ---------------------------------------------------------------------------


@units_app.command("add")
def add_unit(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The unit's full name.")],
    kind: Annotated[str, typer.Option(help=", ".join(UNIT_KINDS))],
    parent: Annotated[str | None, typer.Option(help="The parent unit's name.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another name (repeatable).")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a unit."""
    spec = UnitSpec(name=name, kind=kind, parent=parent, aliases=tuple(alias or ()))
    unit = service.add_unit(app_context(ctx).store(), operator(by), spec)
    report(as_json, unit_json(unit), f"Unit #{unit.id}: {unit.name} ({unit.kind}).")


@units_app.command("list")
def list_units(
    ctx: typer.Context,
    kind: KindOption = None,
    unit: Annotated[str | None, typer.Option(help="Only the units under this one.")] = None,
    search: Annotated[str | None, typer.Option(help="A part of the name or alias.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Units by kind, then name."""
    store = app_context(ctx).store()
    parent = service.find_unit(store, unit).id if unit else None
    found = service.list_units(store, operator(), kind=kind, parent=parent, search=search)
    print_records(
        as_json,
        found,
        unit_json,
        "Units",
        ("id", "kind", "name", "parent", "people"),
        lambda u: (u.id, u.kind, u.name, u.parent or "", u.people),
    )


@units_app.command("show")
def show_unit(ctx: typer.Context, unit: UnitId, as_json: JsonOption = False) -> None:
    """One unit with its people."""
    store = app_context(ctx).store()
    found = service.find_unit(store, unit)
    people = service.list_people(store, operator(), unit=found.id)
    today = _today()
    if as_json:
        print_json(unit_json(found) | {"people": [person_json(p, today) for p in people]})
        return
    out = console()
    out.print(f"#{found.id} {found.name} ({found.kind})", markup=False)
    if found.parent:
        out.print(f"Parent: {found.parent}", markup=False)
    if found.aliases:
        out.print("Also: " + "; ".join(found.aliases), markup=False)
    for p in people:
        out.print(_person_line(p, today), markup=False)


@units_app.command("edit")
def edit_unit(
    ctx: typer.Context,
    unit: UnitId,
    name: Annotated[str | None, typer.Option(help="A new name.")] = None,
    kind: KindOption = None,
    parent: Annotated[str | None, typer.Option(help='Another parent unit ("" for none).')] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="The aliases (repeatable; replaces).")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a unit's name, kind, parent or aliases."""
    store = app_context(ctx).store()
    edit = UnitEdit(name=name, kind=kind, parent=parent, aliases=alias)
    done = service.edit_unit(store, operator(by), service.find_unit(store, unit).id, edit)
    report(as_json, unit_json(done), f"Unit #{done.id} changed: {done.name}.")


@units_app.command("remove")
def remove_unit(
    ctx: typer.Context, unit: UnitId, by: ByOption = "", as_json: JsonOption = False
) -> None:
    """Remove a unit that has no people and no units under it."""
    store = app_context(ctx).store()
    done = service.remove_unit(store, operator(by), service.find_unit(store, unit).id)
    report(as_json, unit_json(done), f"Unit #{done.id} removed: {done.name}.")


@units_app.command("import")
def import_units(
    ctx: typer.Context,
    file: FileArgument,
    lang: LangOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Import units from a CSV file (name, kind; parent, aliases separated by ;)."""
    done = files.import_units(app_context(ctx).store(), operator(by), file)
    _print_import(done, _lang(lang), as_json)


# -- people --------------------------------------------------------------------------


def _person_line(p: Any, today: date) -> str:
    stale = " [stale: not verified for 12 months]" if p.stale(today) else ""
    contact = " · ".join(c for c in (p.phone, p.email) if c)
    title = f", {p.title}" if p.title else ""
    return f"  #{p.id} {p.role}: {p.name}{title}" + (f" · {contact}" if contact else "") + stale


@people_app.command("add")
def add_person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The person's full name.")],
    unit: Annotated[str, typer.Option(help="The unit's name or alias.")],
    role: Annotated[str, typer.Option(help=", ".join(PERSON_ROLES))],
    title: Annotated[str | None, typer.Option(help="The official title.")] = None,
    phone: Annotated[str | None, typer.Option(help="The official phone number.")] = None,
    email: Annotated[str | None, typer.Option(help="The official e-mail address.")] = None,
    verified_on: Annotated[
        str | None, typer.Option(help="When it was checked (default: today).")
    ] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a person in an official role."""
    spec = PersonSpec(
        name=name,
        unit=unit,
        role=role,
        title=title,
        phone=phone,
        email=email,
        verified_on=_day(verified_on, "--verified-on"),
    )
    person = service.add_person(app_context(ctx).store(), operator(by), spec)
    report(as_json, person_json(person, _today()), f"Person #{person.id}: {person.name}.")


@people_app.command("list")
def list_people(
    ctx: typer.Context,
    unit: Annotated[str | None, typer.Option(help="Only this unit's.")] = None,
    role: RoleOption = None,
    kind: KindOption = None,
    stale: Annotated[bool, typer.Option(help="Only those not verified for 12 months.")] = False,
    as_json: JsonOption = False,
) -> None:
    """People by unit, role and name; stale ones flagged."""
    found = service.list_people(
        app_context(ctx).store(), operator(), unit=unit, role=role, kind=kind
    )
    today = _today()
    if stale:
        found = [p for p in found if p.stale(today)]
    print_records(
        as_json,
        found,
        lambda p: person_json(p, today),
        "People",
        ("id", "unit", "role", "name", "title", "phone", "email", "verified", "stale"),
        lambda p: (
            p.id,
            p.unit,
            p.role,
            p.name,
            p.title or "",
            p.phone or "",
            p.email or "",
            p.verified_on.strftime("%d/%m/%Y") if p.verified_on else "–",
            "stale" if p.stale(today) else "",
        ),
    )


@people_app.command("show")
def show_person(ctx: typer.Context, person_id: PersonId, as_json: JsonOption = False) -> None:
    """One person."""
    p = service.get_person(app_context(ctx).store(), operator(), person_id)
    today = _today()
    if as_json:
        print_json(person_json(p, today))
        return
    out = console()
    out.print(f"#{p.id} {p.name} — {p.role}, {p.unit}", markup=False)
    for label, value in (("Title", p.title), ("Phone", p.phone), ("E-mail", p.email)):
        if value:
            out.print(f"{label}: {value}", markup=False)
    verified = p.verified_on.strftime("%d/%m/%Y") if p.verified_on else "never"
    out.print(f"Verified: {verified}", markup=False)
    if p.stale(today):
        out.print("Stale: not verified for 12 months.", markup=False)


@people_app.command("edit")
def edit_person(
    ctx: typer.Context,
    person_id: PersonId,
    name: Annotated[str | None, typer.Option(help="A new name.")] = None,
    unit: Annotated[str | None, typer.Option(help="Another unit.")] = None,
    role: RoleOption = None,
    title: Annotated[str | None, typer.Option(help='The title ("" for none).')] = None,
    phone: Annotated[str | None, typer.Option(help='The phone ("" for none).')] = None,
    email: Annotated[str | None, typer.Option(help='The e-mail ("" for none).')] = None,
    verified_on: Annotated[str | None, typer.Option(help="When it was checked.")] = None,
    verified: Annotated[bool, typer.Option(help="Checked today.")] = False,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a person (``--verified``: the record was checked today)."""
    day = _today() if verified else _day(verified_on, "--verified-on")
    edit = PersonEdit(
        name=name, unit=unit, role=role, title=title, phone=phone, email=email, verified_on=day
    )
    done = service.edit_person(app_context(ctx).store(), operator(by), person_id, edit)
    report(as_json, person_json(done, _today()), f"Person #{done.id} changed.")


@people_app.command("remove")
def remove_person(
    ctx: typer.Context, person_id: PersonId, by: ByOption = "", as_json: JsonOption = False
) -> None:
    """Remove a person from the directory."""
    done = service.remove_person(app_context(ctx).store(), operator(by), person_id)
    report(as_json, person_json(done, _today()), f"Person #{done.id} removed: {done.name}.")


@people_app.command("import")
def import_people(
    ctx: typer.Context,
    file: FileArgument,
    lang: LangOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Import people from a CSV file (name, unit, role; title, phone, email,
    verified_on)."""
    done = files.import_people(app_context(ctx).store(), operator(by), file)
    _print_import(done, _lang(lang), as_json)


@people_app.command("export")
def export_people(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option(help="The file to write.", dir_okay=False)],
    format: Annotated[str, typer.Option(help="vcard or csv.")] = "vcard",
    unit: Annotated[str | None, typer.Option(help="Only this unit's.")] = None,
    role: RoleOption = None,
) -> None:
    """Write the people as vCard 4.0 or CSV."""
    if format not in ("vcard", "csv"):
        raise typer.BadParameter("use vcard or csv", param_hint="--format")
    people = service.list_people(app_context(ctx).store(), operator(), unit=unit, role=role)
    writers = {"vcard": files.people_vcards, "csv": lambda p: files.people_csv(p, _today())}
    text = writers[format](people)
    out.write_text(text, encoding="utf-8", newline="")
    console().print(f"{len(people)} people written to {out}.", markup=False)


def _print_import(done: files.ImportReport, lang: str, as_json: bool) -> None:
    # The dashboard's catalogs give the refusals in the user's language (toancanh.web.i18n
    # is a leaf of the web package: babel and the .po files only).
    from toancanh.web.i18n import translations

    gettext = translations(lang).gettext

    def rows(outcomes: list[files.RowOutcome]) -> list[dict[str, Any]]:
        return [{"line": r.line, "reason": r.error.translated(gettext)} for r in outcomes]

    skipped, rejected = rows(done.skipped), rows(done.rejected)
    if as_json:
        print_json(
            {
                "imported": len(done.imported),
                "ids": done.imported,
                "skipped": skipped,
                "rejected": rejected,
            }
        )
        return
    words = IMPORT_WORDS[lang]
    out = console()
    out.print(
        words["summary"].format(
            imported=len(done.imported), skipped=len(skipped), rejected=len(rejected)
        ),
        markup=False,
    )
    for label, outcomes in (("skipped", skipped), ("rejected", rejected)):
        for r in outcomes:
            out.print(words[label].format(line=r["line"], reason=r["reason"]), markup=False)


IMPORT_WORDS = {
    "en": {
        "summary": "{imported} imported, {skipped} skipped, {rejected} rejected.",
        "skipped": "  line {line} skipped: {reason}",
        "rejected": "  line {line} rejected: {reason}",
    },
    "vi": {
        "summary": "Đã nhập {imported}, bỏ qua {skipped}, từ chối {rejected}.",
        "skipped": "  dòng {line} bỏ qua: {reason}",
        "rejected": "  dòng {line} bị từ chối: {reason}",
    },
}
