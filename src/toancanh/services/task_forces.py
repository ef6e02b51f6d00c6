"""Task forces (tổ công tác): propose the people of the network for an incident, let its
lead confirm them, and notify them through the alert channels.

The proposal is computed, never stored: the responsible unit's spokespersons and focal
points (the incident's unit, found in the directory by name or alias), its parent unit's,
and those of the units the analysis found named in the incident's articles (the
``agency`` facets). Only people in those official roles are proposed, each with why.
Confirming is the lead's act (the incident's unit's analysts and the admins, as for every
change of the incident); notifications go out only then, to the channel the lead chose,
and each one's outcome is recorded.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from toancanh import access
from toancanh.access import Actor
from toancanh.alerts.channels import send
from toancanh.alerts.channels.base import DeliveryError, Notification
from toancanh.alerts.delivery import notify_settings
from toancanh.config import Settings, load_settings
from toancanh.domain.directory import Person, Unit
from toancanh.domain.incidents import Incident
from toancanh.domain.task_forces import ROLES, Member, Notice, Proposed
from toancanh.errors import Conflict, Invalid, NotFound, check_choice
from toancanh.incidents.workflow import check_open
from toancanh.store import Store

PROPOSED_ROLES = ("spokesperson", "focal_point")
MAX_MEMBERS = 50


@dataclass(frozen=True)
class Pick:
    """A member as the lead confirms them: a directory person and a task-force role."""

    person_id: int
    role: str


@dataclass(frozen=True)
class TaskForce:
    """An incident's task force as shown: members, notifications, whether the viewer leads."""

    incident: Incident
    members: list[Member]
    notices: list[Notice]
    can_change: bool


@dataclass(frozen=True)
class Confirmed:
    members: list[Member]
    notices: list[Notice]  # the notifications of this confirmation


def check_role(role: str) -> str:
    return check_choice(
        role.strip(), ROLES, "unknown task force role “{value}”; use {choices}", field="role"
    )


def parse_pick(text: str) -> Pick:
    """``PERSON_ID=ROLE`` as typed on the command line or in a form."""
    person, sep, role = text.partition("=")
    if not sep or not person.strip().isdigit():
        raise Invalid("give a member as PERSON_ID=ROLE, not “{text}”", field="member", text=text)
    return Pick(int(person.strip()), check_role(role))


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _unit_index(store: Store) -> dict[str, Unit]:
    """Every unit by its folded name and aliases (a name wins over another's alias)."""
    units = store.directory.list_units(limit=100_000)
    index: dict[str, Unit] = {}
    for unit in units:
        for alias in unit.aliases:
            index.setdefault(_folded(alias), unit)
    index.update({_folded(unit.name): unit for unit in units})
    return index


def _visible(store: Store, actor: Actor, incident_id: int) -> Incident:
    access.require_role(actor, "viewer")
    return access.visible_incident(actor, store.incidents.get(incident_id), incident_id)


@dataclass(frozen=True)
class _Source:
    unit: Unit
    basis: str
    reason: str
    articles: int = 0


def _sources(store: Store, incident: Incident) -> list[_Source]:
    """The units to draw people from, in order, each with the basis and the reason."""
    index = _unit_index(store)
    found: list[_Source] = []
    seen: set[int] = set()

    def take(unit: Unit | None, basis: str, reason: str, articles: int = 0) -> None:
        if unit is not None and unit.id not in seen:
            seen.add(unit.id)
            found.append(_Source(unit, basis, reason, articles))

    own = index.get(_folded(incident.unit or "")) or index.get(_folded(incident.lead_unit or ""))
    if own is not None:
        take(own, "unit", f"of {own.name}, the unit responsible for the incident")
        parent = store.directory.get_unit(own.parent_id) if own.parent_id else None
        if parent is not None:
            take(parent, "parent", f"of {parent.name}, the parent unit of {own.name}")
    named: Counter[int] = Counter()
    units_by_id: dict[int, Unit] = {}
    for facets in store.articles.facets_of(list(incident.article_ids)).values():
        hits = {index[k].id: index[k] for k in map(_folded, facets.get("agency", [])) if k in index}
        units_by_id.update(hits)
        named.update(hits.keys())
    for unit_id, count in sorted(named.items(), key=lambda item: (-item[1], item[0])):
        unit = units_by_id[unit_id]
        take(unit, "named", f"of {unit.name}, named in {count} of the incident's articles", count)
    return found


def propose(store: Store, actor: Actor, incident_id: int) -> list[Proposed]:
    """The people the directory suggests for the incident's task force, each with why."""
    return propose_for(store, _visible(store, actor, incident_id))


def propose_for(store: Store, incident: Incident) -> list[Proposed]:
    """The proposal of an incident already checked visible."""
    proposed: list[Proposed] = []
    for source in _sources(store, incident):
        people = store.directory.list_people(unit_ids=[source.unit.id], roles=PROPOSED_ROLES)
        for person in sorted(people, key=lambda p: (p.role != "spokesperson", p.name, p.id)):
            proposed.append(_proposed(person, source))
    return proposed


def _proposed(person: Person, source: _Source) -> Proposed:
    spokesperson = source.basis == "unit" and person.role == "spokesperson"
    return Proposed(
        person_id=person.id,
        name=person.name,
        unit=person.unit,
        official_role=person.role,
        title=person.title,
        email=person.email,
        phone=person.phone,
        role="spokesperson" if spokesperson else "liaison",
        reason=f"{person.role.replace('_', ' ')} {source.reason}",
        basis=source.basis,
        basis_unit=source.unit.name,
        articles=source.articles,
    )


def show(store: Store, actor: Actor, incident_id: int) -> TaskForce:
    incident = _visible(store, actor, incident_id)
    can = actor.at_least("analyst") and access.can_change_incident(actor, incident)
    return TaskForce(
        incident,
        store.task_forces.members(incident.id),
        store.task_forces.notices(incident.id),
        can,
    )


def _member_rows(
    store: Store, incident: Incident, picks: Sequence[Pick]
) -> list[dict[str, object]]:
    if not picks:
        raise Invalid("choose at least one member of the task force", field="member")
    if len(picks) > MAX_MEMBERS:
        raise Invalid("a task force has at most {limit} members", field="member", limit=MAX_MEMBERS)
    ids = [p.person_id for p in picks]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise Invalid("person #{person_id} is chosen twice", field="member", person_id=twice[0])
    reasons = {p.person_id: p.reason for p in propose_for(store, incident)}
    rows: list[dict[str, object]] = []
    for pick in picks:
        person = store.directory.get_person(pick.person_id)
        if person is None:
            raise NotFound(
                "no person #{person_id} in the directory", field="member", person_id=pick.person_id
            )
        rows.append(
            {
                "person_id": person.id,
                "name": person.name,
                "unit": person.unit,
                "official_role": person.role,
                "role": check_role(pick.role),
                "reason": reasons.get(person.id, "added by the lead"),
                "email": person.email,
            }
        )
    return rows


def confirm(
    store: Store,
    actor: Actor,
    incident_id: int,
    picks: Sequence[Pick],
    *,
    channel: str | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> Confirmed:
    """Set the task force (the list replaces the previous one: add or remove by
    confirming the new list) and, with ``channel``, notify each member through it."""
    access.require_role(actor, "analyst")
    incident = access.changeable_incident(actor, store.incidents.get(incident_id), incident_id)
    check_open(incident)
    rows = _member_rows(store, incident, picks)
    found = store.channels.get(channel.strip()) if channel and channel.strip() else None
    if channel and channel.strip() and found is None:
        raise NotFound("no channel “{name}”", field="channel", name=channel.strip())
    if found is not None and not found.enabled:
        raise Conflict(
            "channel “{name}” is disabled; choose another", field="channel", name=found.name
        )
    text = "task force: " + "; ".join(f"{r['name']} ({r['role']})" for r in rows)
    members = store.task_forces.confirm(incident.id, rows, actor=actor.name, text=text)
    if found is None:
        return Confirmed(members, [])
    settings = settings or load_settings()
    now = now or datetime.now(UTC)
    outcomes = []
    for member in members:
        note = _notification(incident, member, members, settings.public_url, now)
        try:
            send(found, note, notify_settings(settings))
            outcomes.append({"member": member.name, "channel": found.name, "status": "sent"})
        except DeliveryError as error:
            outcomes.append(
                {
                    "member": member.name,
                    "channel": found.name,
                    "status": "failed",
                    "error": str(error),
                }
            )
    store.task_forces.record_notices(incident.id, outcomes, actor=actor.name)
    recorded = store.task_forces.notices(incident.id)[: len(outcomes)]
    return Confirmed(members, list(reversed(recorded)))


def _notification(
    incident: Incident,
    member: Member,
    members: Sequence[Member],
    public_url: str | None,
    now: datetime,
) -> Notification:
    """What a member receives: the incident and their role in its task force (kind
    ``task_force``, carried by the alert channels as any notification)."""
    role = {"lead": "trưởng tổ", "spokesperson": "phát ngôn", "liaison": "đầu mối"}.get(
        member.role, member.role
    )
    link = f"{public_url.rstrip('/')}/incidents/{incident.id}" if public_url else None
    return Notification(
        alert_id=incident.id,
        version=1,
        kind="task_force",
        severity=incident.severity,
        status="active",
        title=f"Tổ công tác sự cố #{incident.id}: {member.name} ({role}) — {incident.title}",
        watch=None,
        first_at=incident.opened_at,
        last_at=now,
        detail={
            "incident_id": incident.id,
            "incident": incident.title,
            "member": member.name,
            "unit": member.unit,
            "role": member.role,
            "members": [{"name": m.name, "unit": m.unit, "role": m.role} for m in members],
        },
        link=link,
    )
