"""Incidents: a communication crisis handled by a task force, from alert to closing.

Statuses move open → responding → monitoring → closed (and may go back while not
closed). Closing records a summary written by the lead and the trend of the incident's
watch before and after: articles a day and negative share in the ``COMPARE_DAYS`` before
the incident opened, during it, and after it closed (so far).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta
from typing import Any, Protocol

from toancanh.domain import Incident, IncidentMember
from toancanh.store.trends import BucketCount, Subject
from toancanh.text.dates import isoformat_local
from toancanh.trends.series import bucket_keys, build_points

STATUSES = ("open", "responding", "monitoring", "closed")
SEVERITIES = ("low", "medium", "high", "critical")
COMPARE_DAYS = 7


class IncidentError(ValueError):
    """A change an incident cannot take; the message says why."""


class TrendCounts(Protocol):
    def trend_counts(
        self, subject: Subject, *, since: datetime, until: datetime, by: str = "day"
    ) -> list[BucketCount]: ...


def parse_member(text: str) -> IncidentMember:
    """``"Name | Unit | Role"`` (unit and role optional) as a task-force member."""
    parts = [p.strip() for p in text.split("|")]
    if not parts[0]:
        raise IncidentError(f"a member needs a name: {text!r} (write 'Name | Unit | Role')")
    if len(parts) > 3:
        raise IncidentError(f"too many '|' in {text!r} (write 'Name | Unit | Role')")
    parts += [""] * (3 - len(parts))
    return IncidentMember(parts[0], parts[1] or None, parts[2] or None)


def check_status_change(incident: Incident, status: str) -> None:
    if status not in STATUSES:
        raise IncidentError(f"unknown status {status!r}; use {', '.join(STATUSES)}")
    if incident.status == "closed":
        raise IncidentError(f"incident #{incident.id} is closed; open a new one")
    if status == "closed":
        raise IncidentError("close an incident with `incident close ID --summary ...`")


def period_figures(
    store: TrendCounts, watch_id: int, name: str, since: datetime, until: datetime
) -> dict[str, Any]:
    """Articles a day and negative share of a watch over [since, until)."""
    if until <= since:
        return {"days": 0, "articles": 0, "per_day": None, "negative_share": None}
    subject = Subject("watch", str(watch_id), name)
    _, totals = build_points(
        store.trend_counts(subject, since=since, until=until, by="day"),
        bucket_keys(since, until, "day"),
    )
    days = max((until - since).total_seconds() / 86400, 1 / 24)
    return {
        "days": round(days, 2),
        "articles": totals.total,
        "per_day": round(totals.total / days, 2),
        "negative_share": totals.negative_share,
        "from": isoformat_local(since),
        "to": isoformat_local(until),
    }


def closing_trend(
    store: TrendCounts, incident: Incident, watch_name: str, closed_at: datetime
) -> dict[str, Any] | None:
    """The watch's trend before the incident, during it, and after it closed."""
    if incident.watch_id is None:
        return None
    span = timedelta(days=COMPARE_DAYS)
    opened = incident.opened_at
    return {
        "before": period_figures(store, incident.watch_id, watch_name, opened - span, opened),
        "during": period_figures(store, incident.watch_id, watch_name, opened, closed_at),
        "after": period_figures(store, incident.watch_id, watch_name, closed_at, closed_at + span),
    }


def incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    for key in ("opened_at", "closed_at"):
        data[key] = isoformat_local(data[key]) if data[key] else None
    data["events"] = [{**e, "at": isoformat_local(e["at"])} for e in data["events"]]
    return data
