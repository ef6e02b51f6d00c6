"""What a signed-in user may see of the units' records, and small helpers of the forms.

A unit's private watchlists, their alerts and the unit's incidents are its own (and the
admins'): everyone else gets a 404 for them, as if they did not exist.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from fastapi import HTTPException

from toancanh.domain import Alert, Incident, User, Watch
from toancanh.store import Store
from toancanh.text.dates import parse_datetime
from toancanh.trends.series import day_start, local_day
from toancanh.web.deps import can_see_unit


def visible_watches(store: Store, user: User) -> dict[int, Watch]:
    """The watches this user may see, by id."""
    return {
        w.id: w
        for w in store.watches.list(with_counts=False)
        if can_see_unit(user, w.unit, w.shared)
    }


def watch_or_404(store: Store, user: User, watch_id: int) -> Watch:
    watch = store.watches.get(watch_id)
    if watch is None or not can_see_unit(user, watch.unit, watch.shared):
        raise HTTPException(404, f"no watchlist #{watch_id}")
    return watch


def alert_visible(alert: Alert, watches: dict[int, Watch]) -> bool:
    """An alert of a watch is seen by those who see the watch (a removed watch's: nobody
    but through the CLI); an alert of no watch by everyone."""
    return alert.watch_id is None or alert.watch_id in watches


def alert_or_404(store: Store, user: User, alert_id: int) -> Alert:
    alert = store.alerts.get(alert_id)
    if alert is None or not alert_visible(alert, visible_watches(store, user)):
        raise HTTPException(404, f"no alert #{alert_id}")
    return alert


def incident_or_404(store: Store, user: User, incident_id: int) -> Incident:
    incident = store.incidents.get(incident_id)
    if incident is None or not can_see_unit(user, incident.unit):
        raise HTTPException(404, f"no incident #{incident_id}")
    return incident


def lines(text: str | None) -> list[str]:
    """The non-empty lines of a textarea (one legal document, agency or member each)."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def web_link(url: str | None) -> str | None:
    """``url`` if it may become a link (http or https), else None (shown as text)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def day_bound(value: str | None, *, end: bool = False) -> datetime | None:
    """The start of a typed day (Vietnam time), or of the day after it for ``end``;
    400 when it is not a date."""
    if not value:
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise HTTPException(400, f"{value!r} is not a date: use 2026-11-20")
    day = local_day(parsed) + (timedelta(days=1) if end else timedelta())
    return day_start(day)
