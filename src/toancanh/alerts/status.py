"""The status of an alert, and the changes a person may make to it."""

from __future__ import annotations

from toancanh.domain.alerts import Alert

ALERT_STATUSES = ("active", "acknowledged", "resolved")


class AlertStatusError(ValueError):
    """A status change an alert cannot take; the message says why."""


def check_alert_status(alert: Alert, status: str) -> None:
    """``AlertStatusError`` unless a person may move ``alert`` to ``status``."""
    if status not in ALERT_STATUSES:
        raise AlertStatusError(f"unknown status {status!r}; use {', '.join(ALERT_STATUSES)}")
    if alert.status == "resolved" and status == "acknowledged":
        raise AlertStatusError(f"alert #{alert.id} is resolved already")
