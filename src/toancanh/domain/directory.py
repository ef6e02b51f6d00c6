"""The network directory: the units of the communication network and the people who hold
an official role in them (Directive 07/CT-TTg asks every ministry, sector and province to
name the staff in charge of policy communication).

Only official roles are recorded: a spokesperson, a communication focal point (đầu mối),
a unit's head, an outlet's press contact; a person always has a unit and a role, and
nothing beyond the role's contact (no private address, no profile). A record not verified
for ``STALE_AFTER`` is flagged ``stale``: the network must be able to trust a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

# ministry: a ministry; agency: a ministry-level or Government agency (Văn phòng Chính phủ,
# Thanh tra Chính phủ, NHNN, TTXVN ...); government: the Government and its Prime Minister;
# province: one of the 34 provincial units since 1 July 2025; press: a press agency (an
# outlet of the catalog); other: anything else (a department, a Party or State body).
UNIT_KINDS = ("ministry", "agency", "government", "province", "press", "other")
PERSON_ROLES = ("spokesperson", "focal_point", "head", "press_contact")
# The roles the public sees (Decree 09/2017: the list of spokespersons is public).
PUBLIC_ROLES = ("spokesperson",)
STALE_AFTER = timedelta(days=365)  # 12 months without a check


@dataclass(frozen=True)
class Unit:
    id: int
    name: str
    kind: str
    parent_id: int | None
    parent: str | None  # the parent's name, for lists
    aliases: tuple[str, ...]
    origin: str  # "gazetteer" (seeded), "catalog" (an outlet) or "manual"
    created_at: datetime
    updated_at: datetime
    people: int = 0  # how many people it has
    children: int = 0  # how many units name it as their parent


@dataclass(frozen=True)
class UnitSpec:
    """A unit as typed; ``parent`` by name (or alias), None: none."""

    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    id: int
    unit_id: int
    unit: str  # the unit's name
    name: str
    title: str | None  # the official title ("Phó Vụ trưởng")
    role: str
    phone: str | None
    email: str | None
    verified_on: date | None  # when the record was last checked against the unit
    created_by: str
    created_at: datetime
    updated_at: datetime

    def stale(self, today: date) -> bool:
        """Not verified for 12 months (or never)."""
        return self.verified_on is None or today - self.verified_on > STALE_AFTER


@dataclass(frozen=True)
class PersonSpec:
    """A person as typed; ``unit`` by name (or alias)."""

    name: str
    unit: str
    role: str
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    verified_on: date | None = None
