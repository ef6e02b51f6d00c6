"""The access policy of the response half: statements, the directory's people, press
orders, records of no unit, the claim desk, plans, report schedules. The policy as a whole
is described in ``toancanh.access``."""

from __future__ import annotations

from toancanh.access.core import (
    Actor,
    can_change_unit,
    require_change,
    require_role,
)
from toancanh.domain.commissions import Commission
from toancanh.domain.directory import Unit
from toancanh.domain.statements import Statement
from toancanh.errors import Forbidden, NotFound


def can_see_statement(actor: Actor, statement: Statement) -> bool:
    if actor.role is None:
        return False
    return statement.status != "draft" or can_change_unit(actor, statement.unit)


def visible_statement(actor: Actor, statement: Statement | None, wanted: int) -> Statement:
    if statement is None or not can_see_statement(actor, statement):
        raise NotFound("no statement #{statement_id}", statement_id=wanted)
    return statement


def changeable_statement(actor: Actor, statement: Statement | None, wanted: int) -> Statement:
    """The statement, if the actor may write it (its unit's analysts and the admins; one
    of no unit: every analyst)."""
    found = visible_statement(actor, statement, wanted)
    require_change(
        actor,
        can_change_unit(actor, found.unit),
        "only the analysts of {unit} and the admins change this statement",
        unit=found.unit or "",
    )
    return found


def statement_unit(actor: Actor, wanted: str | None) -> str | None:
    """Whose a new statement is: the unit asked for, else the actor's own; another unit
    only for an admin."""
    if wanted is None:
        return actor.unit
    if not (actor.admin or wanted == actor.unit):
        raise Forbidden("only the admins write a statement for another unit ({unit})", unit=wanted)
    return wanted


def is_own_unit(actor: Actor, unit: Unit) -> bool:
    """Whether the actor's account belongs to this directory unit (its name or an alias,
    compared without regard to case)."""
    if actor.unit is None:
        return False
    mine = actor.unit.strip().casefold()
    return mine in {n.strip().casefold() for n in (unit.name, *unit.aliases)}


def can_change_people(actor: Actor, unit: Unit) -> bool:
    """The people of a directory unit: its own analysts and the admins change them."""
    return actor.admin or (actor.at_least("analyst") and is_own_unit(actor, unit))


def require_people_change(actor: Actor, unit: Unit) -> None:
    require_change(
        actor,
        can_change_people(actor, unit),
        "only the analysts of {unit} and the admins change its people in the directory",
        unit=unit.name,
    )


def can_change_commission(actor: Actor, commission: Commission) -> bool:
    """A press order: the analysts of the ordering unit and the admins."""
    if actor.admin:
        return True
    mine = commission.unit is not None and commission.unit == actor.unit
    return actor.at_least("analyst") and mine


def require_commission_change(actor: Actor, commission: Commission) -> None:
    require_change(
        actor,
        can_change_commission(actor, commission),
        "only the analysts of {unit} and the admins change this order",
        unit=commission.unit or "",
    )


def commission_unit(actor: Actor, wanted: str | None) -> str | None:
    """Whose a new order is: the actor's unit; another unit (or none) only for an admin."""
    if actor.admin:
        return wanted if wanted is not None else actor.unit
    if wanted is not None and wanted != actor.unit:
        raise Forbidden("only the admins order for another unit ({unit})", unit=wanted)
    if actor.unit is None:
        raise Forbidden("your account has no unit: an order belongs to the ordering unit")
    return actor.unit


# -- records of no unit ------------------------------------------------------------------

# The role that changes each kind of record that belongs to no unit: sources are the
# system's (every signed-in user sees them), articles' labels are the work's.
ROLE_TO_CHANGE = {"source": "admin", "label": "analyst"}


def can_change(actor: Actor, kind: str) -> bool:
    """Whether to offer the actor the forms that change records of ``kind``."""
    return actor.at_least(ROLE_TO_CHANGE[kind])


def require_right(actor: Actor, kind: str) -> None:
    """The role that changes records of ``kind``, or ``Forbidden``."""
    require_role(actor, ROLE_TO_CHANGE[kind])


# -- the claim desk --------------------------------------------------------------------


def require_claim_reader(actor: Actor) -> None:
    require_role(actor, "viewer")


def can_review_claims(actor: Actor) -> bool:
    return actor.at_least("analyst")


def require_claim_reviewer(actor: Actor) -> None:
    require_role(actor, "analyst")


def can_reopen_claim(actor: Actor) -> bool:
    return actor.admin


def require_claim_reopener(actor: Actor) -> None:
    require_role(actor, "viewer")
    if not can_reopen_claim(actor):
        raise Forbidden("only an admin reopens a claim given a verdict")


# -- communication plans ---------------------------------------------------------------


def can_change_plan(actor: Actor, unit: Unit) -> bool:
    """A plan is its unit's: its own analysts and the admins change it; viewers read."""
    return actor.admin or (actor.at_least("analyst") and is_own_unit(actor, unit))


def require_plan_change(actor: Actor, unit: Unit) -> None:
    require_change(
        actor,
        can_change_plan(actor, unit),
        "only the analysts of {unit} and the admins change its plans",
        unit=unit.name,
    )


# -- report schedules ------------------------------------------------------------------


def can_see_schedule(actor: Actor, unit: str | None) -> bool:
    """A report schedule is its unit's (every role of it reads it) and the admins'; one
    of no unit the admins' alone."""
    return actor.admin or (actor.role is not None and unit is not None and unit == actor.unit)


def can_change_schedule(actor: Actor, unit: str | None) -> bool:
    """Its unit's analysts and the admins add, pause and remove a schedule."""
    return actor.admin or (actor.at_least("analyst") and unit is not None and unit == actor.unit)


def schedule_unit(actor: Actor, wanted: str | None) -> str | None:
    """Whose a new schedule is: the actor's unit; another unit (or none) only for an admin
    (a report goes out in its unit's name)."""
    if actor.admin:
        return wanted if wanted is not None else actor.unit
    if wanted is not None and wanted != actor.unit:
        raise Forbidden("only the admins schedule reports for another unit ({unit})", unit=wanted)
    if actor.unit is None:
        raise Forbidden("your account has no unit: a scheduled report goes out in a unit's name")
    return actor.unit
