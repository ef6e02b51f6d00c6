"""The network directory: units by kind with their spokespersons (``/directory``), one
unit with its people and the forms to keep them (``/directory/units/{id}``), and the
public list of spokespersons, without sign-in (``/public/spokespersons``; Decree 09/2017
asks for it to be public; focal points and heads stay signed-in only).

Who may change what is ``services.directory``'s decision, the same as ``toancanh
directory``'s and the API's; a refused input comes back on its form, in the visitor's
language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.directory import PERSON_ROLES, UNIT_KINDS, PersonSpec, UnitSpec
from toancanh.errors import Conflict, Invalid
from toancanh.services import directory as service
from toancanh.services.directory import PersonEdit, UnitEdit
from toancanh.store import Store
from toancanh.web.deps import get_store, page_actor, page_actor_at_least
from toancanh.web.problems import status_of
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
ADMIN = page_actor_at_least("admin")
REFUSED = (Invalid, Conflict)  # shown on the form; NotFound and Forbidden: the error page
# The kinds and roles as words (the templates translate them; the ids stay in the forms).
KIND_NAMES = {
    "ministry": "Ministries",
    "agency": "Ministry-level and Government agencies",
    "government": "Government",
    "province": "Provinces and cities",
    "press": "Press agencies",
    "other": "Other units",
}
ROLE_NAMES = {
    "spokesperson": "spokesperson",
    "focal_point": "communication focal point",
    "head": "head of the unit",
    "press_contact": "press contact",
}
PERSON_FIELDS = ("name", "role", "title", "phone", "email", "verified_on")


def form_day(value: str) -> date | None:
    """An ``<input type="date">`` value; empty: none."""
    typed = value.strip()
    if not typed:
        return None
    try:
        return date.fromisoformat(typed)
    except ValueError:
        raise Invalid(
            "“{value}” is not a date: use 2026-12-07 or 07/12/2026",
            field="verified_on",
            value=typed,
        ) from None


@router.get("/directory", response_class=HTMLResponse)
def directory_page(
    request: Request, q: str = "", kind: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _list_page(request, actor, q, kind)


def _list_page(
    request: Request,
    actor: Actor,
    q: str,
    kind: str,
    *,
    error: Exception | None = None,
    form: dict[str, str] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    wanted = kind if kind in UNIT_KINDS else None
    units = service.list_units(store, actor, kind=wanted, search=q[:200] or None)
    spokes: dict[int, list[object]] = {}
    for person in service.list_people(store, actor, role="spokesperson", limit=100_000):
        spokes.setdefault(person.unit_id, []).append(person)
    groups = [(k, [u for u in units if u.kind == k]) for k in UNIT_KINDS]
    return render(
        request,
        "directory.html",
        status_code=status_of(error) if error else 200,
        groups=[(k, found) for k, found in groups if found],
        spokes=spokes,
        q=q,
        kind=wanted or "",
        kinds=UNIT_KINDS,
        kind_names=KIND_NAMES,
        today=service.today_in_vietnam(),
        can_add=actor.admin,
        error=error,
        form=form or {"name": "", "kind": "other", "parent": "", "aliases": ""},
    )


@router.post("/directory/units", response_class=HTMLResponse)
def add_unit(
    request: Request,
    name: str = Form(""),
    kind: str = Form(""),
    parent: str = Form(""),
    aliases: str = Form(""),
    actor: Actor = Depends(ADMIN),
) -> Response:
    form = {"name": name, "kind": kind, "parent": parent, "aliases": aliases}
    spec = UnitSpec(name, kind, parent or None, _aliases(aliases))
    try:
        unit = service.add_unit(get_store(request), actor, spec)
    except REFUSED as error:
        return _list_page(request, actor, "", "", error=error, form=form)
    return _done(unit.id, "unit_added")


def _aliases(typed: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in typed.replace("\n", ";").split(";") if a.strip())


@router.get("/directory/units/{unit_id}", response_class=HTMLResponse)
def unit_page(
    request: Request, unit_id: int, done: str = "", actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return _unit_page(request, actor, unit_id, done=done)


def _unit_page(
    request: Request,
    actor: Actor,
    unit_id: int,
    *,
    done: str = "",
    error: tuple[str, Exception] | None = None,
    form: dict[str, str] | None = None,
) -> HTMLResponse:
    store = get_store(request)
    unit = service.get_unit(store, actor, unit_id)
    return render(
        request,
        "directory_unit.html",
        status_code=status_of(error[1]) if error else 200,
        unit=unit,
        people=service.list_people(store, actor, unit=unit.id),
        children=service.list_units(store, actor, parent=unit.id),
        can_change=access.can_change_people(actor, unit),
        is_admin=actor.admin,
        roles=PERSON_ROLES,
        role_names=ROLE_NAMES,
        kinds=UNIT_KINDS,
        kind_names=KIND_NAMES,
        today=service.today_in_vietnam(),
        done=done,
        error=error,
        form=form or dict.fromkeys(PERSON_FIELDS, "") | {"role": "spokesperson"},
    )


def _done(unit_id: int, what: str) -> RedirectResponse:
    return RedirectResponse(f"/directory/units/{unit_id}?done={what}", status_code=303)


def _act(
    request: Request,
    actor: Actor,
    unit_id: int,
    form: str,
    step: Callable[[Store], object],
    done: str,
    typed: dict[str, str] | None = None,
) -> Response:
    try:
        step(get_store(request))
    except REFUSED as error:
        return _unit_page(request, actor, unit_id, error=(form, error), form=typed)
    return _done(unit_id, done)


@router.post("/directory/units/{unit_id}/edit", response_class=HTMLResponse)
def edit_unit(
    request: Request,
    unit_id: int,
    name: str = Form(""),
    kind: str = Form(""),
    parent: str = Form(""),
    aliases: str = Form(""),
    actor: Actor = Depends(ADMIN),
) -> Response:
    edit = UnitEdit(name=name or None, kind=kind or None, parent=parent, aliases=_aliases(aliases))
    return _act(
        request,
        actor,
        unit_id,
        "unit",
        lambda store: service.edit_unit(store, actor, unit_id, edit),
        "unit_saved",
    )


@router.post("/directory/units/{unit_id}/remove", response_class=HTMLResponse)
def remove_unit(request: Request, unit_id: int, actor: Actor = Depends(ADMIN)) -> Response:
    try:
        service.remove_unit(get_store(request), actor, unit_id)
    except REFUSED as error:
        return _unit_page(request, actor, unit_id, error=("remove", error))
    return RedirectResponse("/directory?done=unit_removed", status_code=303)


@router.post("/directory/units/{unit_id}/people", response_class=HTMLResponse)
def add_person(
    request: Request,
    unit_id: int,
    name: str = Form(""),
    role: str = Form(""),
    title: str = Form(""),
    phone: str = Form(""),
    email: str = Form(""),
    verified_on: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    typed = {"name": name, "role": role, "title": title, "phone": phone, "email": email}
    typed["verified_on"] = verified_on

    def step(store: Store) -> object:
        spec = PersonSpec(
            name=name,
            unit=str(unit_id),
            role=role,
            title=title,
            phone=phone,
            email=email,
            verified_on=form_day(verified_on),
        )
        return service.add_person(store, actor, spec)

    return _act(request, actor, unit_id, "add", step, "person_added", typed)


def _person_unit(request: Request, actor: Actor, person_id: int) -> int:
    return service.get_person(get_store(request), actor, person_id).unit_id


@router.post("/directory/people/{person_id}/edit", response_class=HTMLResponse)
def edit_person(
    request: Request,
    person_id: int,
    name: str | None = Form(None),
    role: str | None = Form(None),
    title: str | None = Form(None),
    phone: str | None = Form(None),
    email: str | None = Form(None),
    verified_on: str = Form(""),
    actor: Actor = Depends(ANALYST),
) -> Response:
    unit_id = _person_unit(request, actor, person_id)

    def step(store: Store) -> object:
        edit = PersonEdit(
            name=name,
            role=role or None,
            title=title,
            phone=phone,
            email=email,
            verified_on=form_day(verified_on),
        )
        return service.edit_person(store, actor, person_id, edit)

    return _act(request, actor, unit_id, f"person-{person_id}", step, "person_saved")


@router.post("/directory/people/{person_id}/verify", response_class=HTMLResponse)
def verify_person(request: Request, person_id: int, actor: Actor = Depends(ANALYST)) -> Response:
    unit_id = _person_unit(request, actor, person_id)

    def step(store: Store) -> object:
        return service.verify_person(store, actor, person_id)

    return _act(request, actor, unit_id, f"person-{person_id}", step, "person_verified")


@router.post("/directory/people/{person_id}/remove", response_class=HTMLResponse)
def remove_person(request: Request, person_id: int, actor: Actor = Depends(ANALYST)) -> Response:
    unit_id = _person_unit(request, actor, person_id)

    def step(store: Store) -> object:
        return service.remove_person(store, actor, person_id)

    return _act(request, actor, unit_id, f"person-{person_id}", step, "person_removed")


@router.get("/public/spokespersons", response_class=HTMLResponse)
def public_spokespersons(request: Request) -> HTMLResponse:
    """No sign-in: the spokespersons of every unit with their official contact."""
    return render(
        request,
        "public_spokespersons.html",
        groups=service.public_spokespersons(get_store(request)),
        kind_names=KIND_NAMES,
        today=service.today_in_vietnam(),
    )
