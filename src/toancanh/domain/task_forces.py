"""Task forces (tổ công tác): the people of the network put on an incident, and the
after-action review written once it closes.

A member is always a person of the network directory in an official role (spokesperson,
focal point, head, press contact): the task force adds a role in the response (``ROLES``)
and the reason the person was proposed, never a profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ROLES = ("lead", "spokesperson", "liaison", "analyst", "member")


@dataclass(frozen=True)
class Proposed:
    """A person proposed for the task force, with why."""

    person_id: int
    name: str
    unit: str
    official_role: str  # the directory role
    title: str | None
    email: str | None
    phone: str | None
    role: str  # the suggested role in the task force
    reason: str  # in English, for the CLI and the API
    basis: str  # unit (responsible), parent (its parent unit), named (in the articles)
    basis_unit: str  # the unit of that basis (the person's own)
    articles: int = 0  # named: in how many of the incident's articles


@dataclass(frozen=True)
class Member:
    id: int
    incident_id: int
    person_id: int | None
    name: str
    unit: str | None
    official_role: str | None
    role: str
    reason: str | None
    email: str | None
    confirmed_by: str
    confirmed_at: datetime


@dataclass(frozen=True)
class Notice:
    """One notification of a member, and how it went."""

    id: int
    incident_id: int
    member: str
    channel: str
    status: str  # sent, failed
    error: str | None
    sent_by: str
    at: datetime


@dataclass(frozen=True)
class Review:
    """The after-action review as stored (the lead's words and the statements chosen)."""

    incident_id: int
    what_happened: str
    to_change: str
    statement_ids: tuple[int, ...]
    updated_by: str
    updated_at: datetime
