"""The core of the access policy: who acts (``Actor``), roles, units' records
(watchlists, alerts, incidents) and accounts. The policy as a whole is described in
``toancanh.access``."""

from __future__ import annotations

from dataclasses import dataclass

from toancanh.domain.accounts import ROLES, User
from toancanh.domain.alerts import Alert
from toancanh.domain.incidents import Incident
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


def _ident(wanted: object) -> str:
    return f"#{wanted}" if isinstance(wanted, int) else repr(str(wanted))
