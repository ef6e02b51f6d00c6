"""When a scheduled report is due: slots in Vietnam time, as plain functions.

A schedule's *slot* is one moment it should send: every day at ``at`` (daily), or on one
weekday at ``at`` (weekly), Vietnam time (UTC+7, no daylight saving), so a 07:30 daily
report is due from 00:30 UTC. A slot is named by its Vietnam day ("2026-12-07"): ISO
days sort as text, so "a slot later than the last one sent" is a string comparison the
database can make too. Only the latest slot at or before now is ever due: a runner that
was down for three days sends once, not three times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from toancanh.errors import Invalid
from toancanh.text.dates import VIETNAM

WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A report sent before noon covers the day before (the morning digest of yesterday's
# press); one sent from noon covers its own day.
MORNING_ENDS = time(12, 0)
BRIEFING_DAYS = 7  # a scheduled briefing covers the week up to its day

_AT = re.compile(r"\s*([01]?[0-9]|2[0-3])[:hH.]([0-5][0-9])\s*")


@dataclass(frozen=True)
class Slot:
    key: str  # the Vietnam day, "2026-12-07"
    moment: datetime  # aware UTC


def parse_at(text: str) -> str:
    """ "7:30", "07:30", "7h30" → "07:30"; anything else ``Invalid``."""
    found = _AT.fullmatch(text or "")
    if found is None:
        raise Invalid(
            "give the time as HH:MM in Vietnam time, e.g. 07:30 (typed: {typed})",
            field="at",
            typed=str(text)[:20],
        )
    return f"{int(found[1]):02d}:{found[2]}"


def parse_weekday(value: str | int | None) -> int | None:
    """ "mon".."sun" (any case; "monday" too) or 0..6 → 0 Monday ... 6 Sunday."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
        return value
    text = str(value).strip().lower()[:3]
    if text.isdigit() and 0 <= int(text) <= 6:
        return int(text)
    if text in WEEKDAY_NAMES:
        return WEEKDAY_NAMES.index(text)
    raise Invalid(
        "give the weekday as one of {names} (or 0 for Monday ... 6 for Sunday)",
        field="weekday",
        names=", ".join(WEEKDAY_NAMES),
    )


def _clock(at: str) -> time:
    hours, minutes = at.split(":")
    return time(int(hours), int(minutes))


def latest_slot(cadence: str, at: str, weekday: int | None, now: datetime) -> Slot | None:
    """The latest slot at or before ``now`` (None for a cadence without time slots)."""
    if cadence not in ("daily", "weekly"):
        return None
    clock = _clock(at)
    local = now.astimezone(VIETNAM)
    day = local.date()
    if cadence == "weekly":
        day -= timedelta(days=(day.weekday() - (weekday or 0)) % 7)
    step = timedelta(days=7 if cadence == "weekly" else 1)
    if datetime.combine(day, clock, VIETNAM) > local:
        day -= step
    return Slot(day.isoformat(), datetime.combine(day, clock, VIETNAM).astimezone(UTC))


def covered_day(slot_key: str, at: str) -> date:
    """The day a report of this slot covers (see ``MORNING_ENDS``)."""
    day = date.fromisoformat(slot_key)
    return day - timedelta(days=1) if _clock(at) < MORNING_ENDS else day


def briefing_period(until: date) -> tuple[date, date]:
    return until - timedelta(days=BRIEFING_DAYS - 1), until
