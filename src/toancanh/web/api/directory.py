"""``/directory``: the network directory's units and people, through ``services.directory``.

Every signed-in user reads it. The admins add, change and remove units; the people of a
unit are changed by the admins and by that unit's analysts (others: 403). A person shows
``stale: true`` when not verified for 12 months.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic import BaseModel, ConfigDict, Field

from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.services import directory as service
from toancanh.services.directory import PersonEdit, UnitEdit
from toancanh.shapes import person_json, unit_json
from toancanh.web.api.common import ActorDep, AdminActor, AnalystActor, Router, StoreDep, id_path
from toancanh.web.api.models import Page, Time
from toancanh.web.api.paging import Limit, Offset, page

router = Router("directory", "/directory")
UnitId = Annotated[int, id_path("unit")]
PersonId = Annotated[int, id_path("person")]
Kind = Literal["ministry", "agency", "government", "province", "press", "other"]
Role = Literal["spokesperson", "focal_point", "head", "press_contact"]
UnitName = Annotated[str, Field(min_length=1, max_length=300)]
Name = Annotated[str, Field(min_length=1, max_length=200)]
Short = Annotated[str, Field(max_length=200)]
Aliases = list[Annotated[str, Field(min_length=1, max_length=300)]]


class UnitOut(BaseModel):
    id: int
    name: str
    kind: str = Field(description="ministry, agency, government, province, press or other")
    parent_id: int | None
    parent: str | None = Field(description="The parent unit's name.")
    aliases: list[str]
    origin: str = Field(description="gazetteer, catalog (seeded) or manual")
    people: int
    children: int = Field(description="Units that name it as their parent.")
    updated_at: Time


class PersonOut(BaseModel):
    id: int
    unit_id: int
    unit: str
    name: str
    title: str | None
    role: str = Field(description="spokesperson, focal_point, head or press_contact")
    phone: str | None
    email: str | None
    created_by: str
    updated_at: Time
    verified_on: date | None
    stale: bool = Field(description="Not verified for 12 months.")


@router.read("/units", "Units by kind, then name", Page[UnitOut])
def list_units(
    store: StoreDep,
    actor: ActorDep,
    kind: Annotated[Kind | None, Query(description="Only this kind.")] = None,
    search: Annotated[str | None, Query(max_length=200, description="A part of a name.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_units(
        store, actor, kind=kind, search=search, limit=limit + 1, offset=offset
    )
    return page(found, limit, offset, unit_json)


class UnitIn(BaseModel):
    name: UnitName
    kind: Kind
    parent: UnitName | None = Field(default=None, description="The parent's name or alias.")
    aliases: Aliases = Field(default_factory=list, max_length=30)


@router.write("post", "/units", "Add a unit (admin)", UnitOut, status_code=201)
def add_unit(store: StoreDep, actor: AdminActor, body: UnitIn) -> dict[str, Any]:
    spec = UnitSpec(body.name, body.kind, body.parent, tuple(body.aliases))
    return unit_json(service.add_unit(store, actor, spec))


@router.read("/units/{unit_id}", "One unit", UnitOut)
def show_unit(store: StoreDep, actor: ActorDep, unit_id: UnitId) -> dict[str, Any]:
    return unit_json(service.get_unit(store, actor, unit_id))


class UnitEditIn(BaseModel):
    """Only the fields given change; ``parent: ""`` takes the parent away."""

    model_config = ConfigDict(extra="forbid")

    name: UnitName | None = None
    kind: Kind | None = None
    parent: Annotated[str, Field(max_length=300)] | None = None
    aliases: Aliases | None = Field(default=None, max_length=30)


@router.write("patch", "/units/{unit_id}", "Change a unit (admin)", UnitOut)
def edit_unit(
    store: StoreDep, actor: AdminActor, unit_id: UnitId, body: UnitEditIn
) -> dict[str, Any]:
    edit = UnitEdit(**body.model_dump(exclude_unset=True))
    return unit_json(service.edit_unit(store, actor, unit_id, edit))


@router.remove(
    "/units/{unit_id}",
    "Remove a unit (admin)",
    "A unit that still has people or units under it answers 409.",
)
def remove_unit(store: StoreDep, actor: AdminActor, unit_id: UnitId) -> Response:
    service.remove_unit(store, actor, unit_id)
    return Response(status_code=204)


@router.read("/people", "People by unit, role and name", Page[PersonOut])
def list_people(
    store: StoreDep,
    actor: ActorDep,
    unit: Annotated[str | None, Query(max_length=300, description="A unit's id or name.")] = None,
    role: Annotated[Role | None, Query(description="Only this role.")] = None,
    kind: Annotated[Kind | None, Query(description="Only units of this kind.")] = None,
    search: Annotated[str | None, Query(max_length=200, description="A part of a name.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = service.list_people(
        store,
        actor,
        unit=unit,
        role=role,
        kind=kind,
        search=search,
        limit=limit + 1,
        offset=offset,
    )
    today = service.today_in_vietnam()
    return page(found, limit, offset, lambda p: person_json(p, today))


class PersonIn(BaseModel):
    name: Name
    unit: UnitName = Field(description="The unit's name, alias or id.")
    role: Role
    title: Short | None = None
    phone: Annotated[str, Field(max_length=50)] | None = None
    email: Annotated[str, Field(max_length=320)] | None = None
    verified_on: date | None = Field(default=None, description="Default: today.")


@router.write(
    "post",
    "/people",
    "Add a person in an official role (the unit's analysts, admins)",
    PersonOut,
    status_code=201,
)
def add_person(store: StoreDep, actor: AnalystActor, body: PersonIn) -> dict[str, Any]:
    person = service.add_person(store, actor, PersonSpec(**body.model_dump()))
    return person_json(person, service.today_in_vietnam())


@router.read("/people/{person_id}", "One person", PersonOut)
def show_person(store: StoreDep, actor: ActorDep, person_id: PersonId) -> dict[str, Any]:
    person = service.get_person(store, actor, person_id)
    return person_json(person, service.today_in_vietnam())


class PersonEditIn(BaseModel):
    """Only the fields given change; "" empties title, phone or e-mail."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    unit: UnitName | None = None
    role: Role | None = None
    title: Short | None = None
    phone: Annotated[str, Field(max_length=50)] | None = None
    email: Annotated[str, Field(max_length=320)] | None = None
    verified_on: date | None = None


@router.write(
    "patch", "/people/{person_id}", "Change a person (the unit's analysts, admins)", PersonOut
)
def edit_person(
    store: StoreDep, actor: AnalystActor, person_id: PersonId, body: PersonEditIn
) -> dict[str, Any]:
    edit = PersonEdit(**body.model_dump(exclude_unset=True))
    person = service.edit_person(store, actor, person_id, edit)
    return person_json(person, service.today_in_vietnam())


@router.remove(
    "/people/{person_id}",
    "Remove a person (the unit's analysts, admins)",
    "The record is deleted; the audit log keeps what it held.",
)
def remove_person(store: StoreDep, actor: AnalystActor, person_id: PersonId) -> Response:
    service.remove_person(store, actor, person_id)
    return Response(status_code=204)
