"""Who may see and who may change each kind of record: one policy for every front-end.

The services ask these questions; the CLI, the API and the pages never decide on their
own. Roles grow: a viewer reads, an analyst also changes the records of the work (watch
lists, rules, alerts, incidents, labels), an admin also runs the system (sources,
channels, accounts, the audit log) and sees every unit's records.

Units own watchlists and incidents:

* a watchlist is seen by everyone when it is shared or has no unit, else by its unit and
  the admins; its rules and alerts go with it;
* it is changed by the admins and by the analysts of its unit (a watchlist of no unit: by
  any analyst), whether shared or not: sharing lets others read, not write;
* only its unit or an admin makes it private or shared, and a private one needs a unit
  (private to nobody would be visible to everybody);
* an alert goes with its watchlist: seen by those who see it, acknowledged and resolved
  by those who may change it (an alert of no watchlist: by any analyst);
* an incident is seen and changed by its unit and the admins (one of no unit: by all);
  opening one from an alert takes the right to change the alert (it acknowledges it),
  and a private watchlist's incident is its unit's;
* alert channels are the admins' (any signed-in user may read their names);
* a statement is written, published, corrected and withdrawn by its unit's analysts and
  the admins (one of no unit: by any analyst); a draft is seen only by those who may
  change it, a statement once published by every signed-in user;
* the network directory is read by every signed-in user (its spokespersons by anyone,
  without signing in: Decree 09/2017 makes the list public); its units are the admins'
  to add, change and remove; the people of a unit are changed by the admins and by the
  analysts whose account's unit is that unit (its name or one of its aliases);
* a press order (commissioning) is read by every signed-in user and changed (edited, its
  deliveries accepted or rejected) by the analysts of the ordering unit and the admins;
  an order of no unit by the admins only.

Accounts and the audit log are the admins' alone, to read as to change; an admin cannot
disable or demote their own account (a dashboard left without an admin could be repaired
from the console only).

A record the asker may not see answers ``NotFound``, as if it did not exist (another
unit's private watchlist must not leak its name); a visible record the asker may not
change answers ``Forbidden``. The CLI runs on the server as its operator, an admin.

The claim desk: a claim found in the press belongs to its article, which has no unit, so
every signed-in user reads the review queue and a claim's review and every analyst
reviews (starts a review, accepts or rejects a suggestion, gives a verdict); a claim given
a verdict is reopened by an admin only (the editor's say: a verdict is not undone by a
peer). The queue's watchlist filter and priority count only the watchlists the reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass

from toancanh.domain.accounts import ROLES, User
from toancanh.domain.alerts import Alert
from toancanh.domain.commissions import Commission
from toancanh.domain.directory import Unit
from toancanh.domain.incidents import Incident
from toancanh.domain.statements import Statement
from toancanh.domain.watches import Watch
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound


@dataclass(frozen=True)
class Actor:
    """Who asks: a signed-in user, the operator at the console, or nobody.

    ``name`` is what the audit log records (an e-mail address, a login)."""

    name: str
    role: str | None = None  # None: anonymous
    unit: str | None = None
    user_id: int | None = None

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(user.email, user.role, user.unit, user.id)

    @classmethod
    def operator(cls, name: str) -> Actor:
        """The person at the server's console (``toancanh ...``): every right."""
        return cls(name, "admin")

    @classmethod
    def anonymous(cls) -> Actor:
        return cls("anonymous")

    def at_least(self, role: str) -> bool:
        return self.role is not None and ROLES.index(self.role) >= ROLES.index(role)

    @property
    def admin(self) -> bool:
        return self.role == "admin"


# One message per role (not "the {role} role"): a translation names the role in its own
# language, where a filled-in value would stay the English key.
ROLE_NEEDED = {
    "viewer": "this needs the viewer role",
    "analyst": "this needs the analyst role",
    "admin": "this needs the admin role",
}


def require_role(actor: Actor, role: str) -> None:
    if actor.role is None:
        raise Forbidden("sign in first")
    if not actor.at_least(role):
        raise Forbidden(ROLE_NEEDED[role])


# -- units' records --------------------------------------------------------------------


def can_see_unit(actor: Actor, unit: str | None, shared: bool = False) -> bool:
    """A unit's private records are its own and the admins'."""
    return unit is None or shared or actor.admin or (actor.unit is not None and actor.unit == unit)


def can_change_unit(actor: Actor, unit: str | None) -> bool:
    """An analyst changes the records of their unit and those of no unit; an admin all."""
    if actor.admin:
        return True
    return actor.at_least("analyst") and (unit is None or unit == actor.unit)


def can_see_watch(actor: Actor, watch: Watch) -> bool:
    return can_see_unit(actor, watch.unit, watch.shared)


def can_change_watch(actor: Actor, watch: Watch) -> bool:
    return can_change_unit(actor, watch.unit)


def visible_watch(actor: Actor, watch: Watch | None, wanted: object) -> Watch:
    """The watch, or ``NotFound`` when there is none or the actor may not see it."""
    if watch is None or not can_see_watch(actor, watch):
        raise NotFound("no watchlist {wanted}", wanted=_ident(wanted))
    return watch


def require_change(actor: Actor, allowed: bool, refusal: str, **params: str) -> None:
    """An analyst's right to change a record the actor sees (``allowed``: the record's
    policy said yes), or ``Forbidden`` with the record's ``refusal``."""
    require_role(actor, "analyst")
    if not allowed:
        raise Forbidden(refusal, **params)


def changeable_watch(actor: Actor, watch: Watch | None, wanted: object) -> Watch:
    """The watch, if the actor may change it (its rules and alerts included)."""
    found = visible_watch(actor, watch, wanted)
    require_change(
        actor,
        can_change_watch(actor, found),
        "only the analysts of {unit} and the admins change this watchlist",
        unit=found.unit or "",
    )
    return found


def check_sharing(actor: Actor, unit: str | None, shared: bool, was_shared: bool | None) -> None:
    """Whether the actor may give a watch of ``unit`` this sharing (``was_shared``: its
    sharing now, None for a new watch)."""
    changes = was_shared is not None and shared != was_shared
    if changes and not (actor.admin or (actor.unit is not None and actor.unit == unit)):
        raise Forbidden("only the owning unit or an admin can share or hide a watchlist")
    if not shared and unit is None:
        raise Invalid(
            "a private watchlist needs a unit: give one, or share it with everyone",
            field="shared",
        )


def can_see_alert(actor: Actor, alert: Alert, watch: Watch | None) -> bool:
    """An alert is seen by those who see its watch; an alert of no watch by everyone; the
    alert of a removed watch by the admins only."""
    if alert.watch_id is None:
        return True
    return can_see_watch(actor, watch) if watch is not None else actor.admin


def can_change_alert(actor: Actor, alert: Alert, watch: Watch | None) -> bool:
    if alert.watch_id is None or watch is None:
        return actor.admin or (alert.watch_id is None and actor.at_least("analyst"))
    return can_change_watch(actor, watch)


def visible_alert(actor: Actor, alert: Alert | None, watch: Watch | None, wanted: int) -> Alert:
    """The alert (``watch``: its watchlist, None when it has none or it was removed), or
    ``NotFound`` when there is none or the actor may not see it."""
    if alert is None or not can_see_alert(actor, alert, watch):
        raise NotFound("no alert #{alert_id}", alert_id=wanted)
    return alert


def changeable_alert(actor: Actor, alert: Alert | None, watch: Watch | None, wanted: int) -> Alert:
    """The alert, if the actor may acknowledge or resolve it (or open an incident from it,
    which acknowledges it)."""
    found = visible_alert(actor, alert, watch, wanted)
    allowed = can_change_alert(actor, found, watch)
    if watch is None:
        require_change(actor, allowed, "only the admins handle the alert of a removed watchlist")
    else:
        require_change(
            actor,
            allowed,
            "only the analysts of {unit} and the admins handle this alert",
            unit=watch.unit or "",
        )
    return found


def can_see_incident(actor: Actor, incident: Incident) -> bool:
    return can_see_unit(actor, incident.unit)


def can_change_incident(actor: Actor, incident: Incident) -> bool:
    return can_change_unit(actor, incident.unit)


# -- accounts ------------------------------------------------------------------------


def check_own_account(
    actor: Actor, user: User, *, role: str | None = None, disabled: bool | None = None
) -> None:
    """Refuse an admin's change that would take their own rights away."""
    if actor.user_id is None or actor.user_id != user.id:
        return
    if disabled or (role is not None and role != user.role):
        raise Conflict("you cannot disable or demote your own account")


def visible_incident(actor: Actor, incident: Incident | None, wanted: int) -> Incident:
    if incident is None or not can_see_incident(actor, incident):
        raise NotFound("no incident #{incident_id}", incident_id=wanted)
    return incident


def changeable_incident(actor: Actor, incident: Incident | None, wanted: int) -> Incident:
    """The incident, if the actor may work on it (its unit's analysts and the admins; one
    of no unit: every analyst)."""
    found = visible_incident(actor, incident, wanted)
    require_change(
        actor,
        can_change_incident(actor, found),
        "only the analysts of {unit} and the admins work on this incident",
        unit=found.unit or "",
    )
    return found


def incident_unit(actor: Actor, watch: Watch | None, wanted: str | None) -> str | None:
    """Whose a new incident is: a private watchlist's incident is its unit's (else its
    alerts would show through the incident to everyone); otherwise the unit asked for (None:
    everyone's), which must be the actor's own unless the actor is an admin."""
    if watch is not None and not watch.shared and watch.unit is not None:
        return watch.unit
    if wanted is not None and not (actor.admin or wanted == actor.unit):
        raise Forbidden("only the admins open an incident for another unit ({unit})", unit=wanted)
    return wanted


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


def _ident(wanted: object) -> str:
    return f"#{wanted}" if isinstance(wanted, int) else repr(str(wanted))


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
