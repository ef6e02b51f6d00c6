"""Scheduled reports: which report goes to which alert channel and when, and sending them.

A schedule is its unit's: the unit's analysts and the admins add, pause and remove it
(``access.can_change_schedule``). Each due slot is claimed once by inserting its send row
(unique per schedule and slot, ``store.report_schedules.claim``), so two runners, or one
restarted, never send a slot twice; a send that fails is retried with the alert
deliveries' backoff (``alerts.delivery.retry_delay``) until it is sent or has failed for
good. The report is produced with the rights of the schedule's creator (their account
as it is now; the console's operator for a schedule added at the console).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import cast

from toancanh import access
from toancanh.access import Actor
from toancanh.alerts.channels import send_document
from toancanh.alerts.channels.base import DeliveryError
from toancanh.alerts.delivery import MAX_ATTEMPTS, notify_settings, retry_delay
from toancanh.alerts.texts import LANGS
from toancanh.config import Settings
from toancanh.domain.alerts import Alert
from toancanh.domain.report_schedules import CADENCES, SCHEDULE_KINDS, Schedule, ScheduleSpec, Send
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound, ToanCanhError, check_choice
from toancanh.reports.model import FORMATS, ReportFormat
from toancanh.reports.slots import (
    briefing_period,
    covered_day,
    latest_slot,
    parse_at,
    parse_weekday,
)
from toancanh.services import watchlists
from toancanh.services.report_mail import document_for
from toancanh.services.reports import RenderedReport, ReportRequest, render_report
from toancanh.store import Store
from toancanh.trends.series import local_day

log = logging.getLogger(__name__)

# A runner holds a send this long while it produces and sends it; a runner that died
# mid-send leaves it to be tried again after that.
LEASE = timedelta(minutes=10)
CADENCE_ALIASES = {"critical": "critical_alert"}

Produce = Callable[[Store, Actor, ReportRequest, Settings], RenderedReport]


@dataclass(frozen=True)
class DueSlot:
    schedule: Schedule
    due_for: str  # the slot's key


@dataclass
class RunReport:
    claimed: int = 0
    sent: int = 0
    skipped: int = 0  # nothing happened and the schedule does not send empty reports
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


# -- managing schedules ------------------------------------------------------------------


def add_schedule(store: Store, actor: Actor, spec: ScheduleSpec) -> Schedule:
    """A new schedule, checked: its report, time, weekday, channel and watchlist."""
    access.require_role(actor, "analyst")
    kind = check_choice(
        spec.kind, SCHEDULE_KINDS, "unknown report “{value}”; use {choices}", field="kind"
    )
    fmt = check_choice(
        spec.format, FORMATS, "unknown format “{value}”; use {choices}", field="format"
    )
    cadence = CADENCE_ALIASES.get(spec.cadence, spec.cadence)
    check_choice(cadence, CADENCES, "unknown cadence “{value}”; use {choices}", field="cadence")
    lang = check_choice(spec.lang, LANGS, "unknown language “{value}”; use {choices}", field="lang")
    at = parse_at(spec.at)
    weekday = parse_weekday(spec.weekday)
    if cadence == "weekly" and weekday is None:
        raise Invalid(
            "a weekly schedule needs its weekday (--weekday mon ... sun)", field="weekday"
        )
    if cadence != "weekly" and weekday is not None:
        raise Invalid("only a weekly schedule takes a weekday", field="weekday")
    unit = access.schedule_unit(actor, spec.unit.strip() if spec.unit else None)
    watch_id = None
    if kind == "briefing":
        if not spec.watch:
            raise Invalid("a briefing needs its watchlist: choose one", field="watch")
        watch_id = watchlists.find_watch(store, actor, spec.watch).id
    elif spec.watch:
        raise Invalid("a digest covers its unit's watchlists: give no watchlist", field="watch")
    if kind == "digest" and unit is None:
        raise Invalid("a digest needs its unit: choose one", field="unit")
    channel = store.channels.get(spec.channel.strip())
    if channel is None:
        raise NotFound("no channel “{name}”", field="channel", name=spec.channel.strip())
    if not channel.enabled:
        raise Invalid(
            "channel “{name}” is disabled; choose another", field="channel", name=channel.name
        )
    values = {
        "kind": kind,
        "unit": unit,
        "watch_id": watch_id,
        "format": fmt,
        "cadence": cadence,
        "at": at,
        "weekday": weekday,
        "channel_id": channel.id,
        "lang": lang,
        "send_when_empty": spec.send_when_empty,
        "enabled": True,
    }
    return store.report_schedules.add(values, actor.name)


def list_schedules(store: Store, actor: Actor) -> list[Schedule]:
    access.require_role(actor, "viewer")
    return [s for s in store.report_schedules.list() if access.can_see_schedule(actor, s.unit)]


def can_add(actor: Actor) -> bool:
    """Whether to offer the actor the form for a new schedule (of their unit; an admin's
    of any unit)."""
    return actor.at_least("analyst") and access.can_change_schedule(actor, actor.unit)


def can_change(actor: Actor, schedule: Schedule) -> bool:
    """Whether to offer the actor the pause, resume and remove buttons of a schedule."""
    return actor.at_least("analyst") and access.can_change_schedule(actor, schedule.unit)


def _changeable(store: Store, actor: Actor, schedule_id: int) -> Schedule:
    found = store.report_schedules.get(schedule_id)
    if found is None or not access.can_see_schedule(actor, found.unit):
        raise NotFound("no report schedule #{schedule_id}", schedule_id=schedule_id)
    access.require_change(
        actor,
        access.can_change_schedule(actor, found.unit),
        "only the analysts of {unit} and the admins change this schedule",
        unit=found.unit or "",
    )
    return found


def remove_schedule(store: Store, actor: Actor, schedule_id: int) -> Schedule:
    found = _changeable(store, actor, schedule_id)
    store.report_schedules.remove(schedule_id, actor.name)
    return found


def set_enabled(store: Store, actor: Actor, schedule_id: int, enabled: bool) -> Schedule:
    found = _changeable(store, actor, schedule_id)
    if found.enabled == enabled:
        return found
    changed = store.report_schedules.set_enabled(schedule_id, enabled, actor.name)
    if changed is None:
        raise NotFound("no report schedule #{schedule_id}", schedule_id=schedule_id)
    return changed


def list_sends(store: Store, actor: Actor, *, limit: int = 50) -> list[Send]:
    """The recent sends of the schedules the actor sees, newest first."""
    visible = [s.id for s in list_schedules(store, actor)]
    return store.report_schedules.sends(visible, limit=limit) if visible else []


def require_runner(actor: Actor) -> None:
    """Sending what is due by hand is the operator's (it sends every unit's reports)."""
    access.require_role(actor, "viewer")
    if not actor.admin:
        raise Forbidden("only an admin sends the scheduled reports by hand")


# -- what is due ---------------------------------------------------------------------------


def due(store: Store, now: datetime) -> list[DueSlot]:
    """The enabled schedules whose latest slot has come and was not claimed yet; a slot
    from before the schedule existed is not due (no report for a morning already past)."""
    found = []
    for schedule in store.report_schedules.list(enabled_only=True):
        slot = latest_slot(schedule.cadence, schedule.at, schedule.weekday, now)
        if slot is None or slot.moment < schedule.created_at:
            continue
        if schedule.last_sent_for is None or schedule.last_sent_for < slot.key:
            found.append(DueSlot(schedule, slot.key))
    return found


def on_critical_alert(store: Store, alert: Alert, now: datetime | None = None) -> list[Send]:
    """Queue the critical-alert schedules a new critical alert concerns: the briefing of
    its watchlist, the digest of the watchlist's unit (of every unit for a watchlist of no
    unit). Only claims the slots (cheap): the next run produces and sends them."""
    if alert.severity != "critical" or alert.watch_id is None:
        return []
    watch = store.watches.get(alert.watch_id, counted=False)
    if watch is None:
        return []
    now = now or datetime.now(UTC)
    queued = []
    for schedule in store.report_schedules.list(enabled_only=True, cadence="critical_alert"):
        briefing = schedule.kind == "briefing" and schedule.watch_id == watch.id
        digest = schedule.kind == "digest" and watch.unit in (None, schedule.unit)
        if briefing or digest:
            send = store.report_schedules.claim(
                schedule.id, f"alert:{alert.id}", now=now, lease_until=now, advance=False
            )
            if send is not None:
                queued.append(send)
    return queued


def on_critical_alerts(store: Store, alerts: Iterable[Alert]) -> int:
    """``on_critical_alert`` for each new alert; a failure is logged, never raised (the
    alert itself is delivered whatever happens to its report)."""
    queued = 0
    for alert in alerts:
        try:
            queued += len(on_critical_alert(store, alert))
        except Exception:
            log.exception("queueing the critical-alert reports of alert %s failed", alert.id)
    return queued


# -- sending -------------------------------------------------------------------------------


def run_due(
    store: Store,
    settings: Settings,
    now: datetime | None = None,
    produce: Produce | None = None,
) -> RunReport:
    """Claim each due slot and send it; then retry the sends whose next try has come.
    ``produce`` makes the file (default: ``services.reports.render_report``)."""
    now = now or datetime.now(UTC)
    produce = produce or render_report
    report = RunReport()
    for slot in due(store, now):
        send = store.report_schedules.claim(
            slot.schedule.id, slot.due_for, now=now, lease_until=now + LEASE
        )
        if send is not None:
            report.claimed += 1
            _attempt(store, settings, send, now, produce, report)
    for send in store.report_schedules.due_sends(now):
        if store.report_schedules.take(send, now, now + LEASE):
            _attempt(store, settings, send, now, produce, report)
    return report


def run_every(
    store: Store,
    settings: Settings,
    stop: threading.Event,
    tick: float = 60.0,
    produce: Produce | None = None,
) -> None:
    """The embedded runner's loop (``toancanh run``): ``run_due`` now, then every ``tick``
    seconds until ``stop`` is set; a failed pass is logged and the loop goes on."""
    while not stop.is_set():
        try:
            run_due(store, settings, produce=produce)
        except Exception:  # a report must never stop the process that serves and polls
            log.exception("the scheduled reports' pass failed")
        stop.wait(tick)


def request_for(schedule: Schedule, send: Send) -> ReportRequest:
    """What report a slot sends: a digest of the day covered, or a briefing of the week
    up to it (a critical alert's: up to the alert's day)."""
    if send.due_for.startswith("alert:"):
        day = local_day(send.created_at)
    else:
        day = covered_day(send.due_for, schedule.at)
    fmt = cast(ReportFormat, schedule.format)  # checked when the schedule was added
    if schedule.kind == "digest":
        return ReportRequest("digest", fmt, unit=schedule.unit, day=day, lang=schedule.lang)
    since, until = briefing_period(day)
    return ReportRequest(
        "briefing",
        fmt,
        unit=schedule.unit,
        watch=schedule.watch,
        since=since,
        until=until,
        lang=schedule.lang,
    )


def creator(store: Store, schedule: Schedule) -> Actor:
    """The rights a schedule's report is produced with: its creator's account as it is
    now, or the console's operator when no account has that name."""
    user = store.accounts.find_user(schedule.created_by)
    if user is None:
        return Actor.operator(schedule.created_by)
    if user.disabled:
        raise DeliveryError("creator_disabled", schedule.created_by, permanent=True)
    return Actor.of(user)


def _produce(
    store: Store, settings: Settings, schedule: Schedule, send: Send, produce: Produce
) -> RenderedReport:
    try:
        return produce(store, creator(store, schedule), request_for(schedule, send), settings)
    except DeliveryError:
        raise
    except ToanCanhError as error:  # the watchlist gone, the creator's rights gone ...
        raise DeliveryError("report_error", error.message, permanent=True) from None
    except Exception as error:
        from toancanh.pipeline import is_transient  # the stage graph: only when it fails

        if is_transient(error):  # the database busy: try again later
            raise DeliveryError("report_error", f"{type(error).__name__}: {error}") from None
        log.exception("producing the report of schedule %s failed", schedule.id)
        raise DeliveryError(
            "report_error", f"{type(error).__name__}: {error}", permanent=True
        ) from None


def _attempt(
    store: Store, settings: Settings, send: Send, now: datetime, produce: Produce, report: RunReport
) -> None:
    repo = store.report_schedules
    schedule = repo.get(send.schedule_id)
    rendered: RenderedReport | None = None
    try:
        if schedule is None or not schedule.enabled:
            raise DeliveryError("schedule_disabled", "the schedule was paused", permanent=True)
        channel = next((c for c in store.channels.list() if c.id == schedule.channel_id), None)
        if channel is None or not channel.enabled:
            raise DeliveryError("channel_disabled", schedule.channel, permanent=True)
        rendered = _produce(store, settings, schedule, send, produce)
        if rendered.empty and not schedule.send_when_empty:
            repo.record_attempt(
                send.id,
                status="skipped_empty",
                file_name=rendered.filename,
                size=len(rendered.content),
            )
            report.skipped += 1
            return
        document = document_for(schedule, send, rendered, settings.public_url)
        send_document(channel, document, notify_settings(settings))
    except DeliveryError as error:
        attempts = send.attempts + 1
        final = error.permanent or attempts >= MAX_ATTEMPTS
        wait = retry_delay(attempts)
        if error.retry_after is not None:
            wait = max(wait, timedelta(seconds=error.retry_after))
        reason = f"{error.reason}: {error.detail}" if error.detail else error.reason
        repo.record_attempt(
            send.id,
            status="failed" if final else "pending",
            error=reason[:500],
            next_attempt_at=None if final else now + wait,
            file_name=rendered.filename if rendered else None,
            size=len(rendered.content) if rendered else None,
        )
        report.errors.append(f"#{send.schedule_id} {send.due_for}: {reason[:200]}")
        if final:
            report.failed += 1
        else:
            report.retrying += 1
        return
    repo.record_attempt(
        send.id, status="sent", file_name=rendered.filename, size=len(rendered.content)
    )
    report.sent += 1


def refuse_channel_removal(store: Store, channel_id: int, name: str) -> None:
    """A channel a schedule sends to is not removed (its reports would go nowhere)."""
    used = store.report_schedules.using_channel(channel_id)
    if used:
        raise Conflict(
            "channel “{name}” is used by report schedules {schedules}: remove them first "
            "(`toancanh report schedule remove ID`)",
            name=name,
            schedules=", ".join(f"#{i}" for i in used),
        )
