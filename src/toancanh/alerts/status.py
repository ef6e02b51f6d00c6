"""The status of an alert, and the changes a person may make to it."""

from __future__ import annotations

from toancanh.domain.alerts import Alert
from toancanh.errors import Conflict, check_choice

ALERT_STATUSES = ("active", "acknowledged", "resolved")


def check_status(status: str) -> str:
    return check_choice(
        status, ALERT_STATUSES, "unknown status “{value}”; use {choices}", field="status"
    )


def check_alert_status(alert: Alert, status: str) -> None:
    """``Invalid`` for an unknown status, ``Conflict`` for a change the alert cannot take
    (a resolved alert is not acknowledged: someone closed it, maybe for good reason)."""
    check_status(status)
    if alert.status == "resolved" and status == "acknowledged":
        raise Conflict("alert #{alert_id} is resolved already", alert_id=alert.id)
