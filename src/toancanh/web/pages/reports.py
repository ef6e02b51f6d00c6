"""The reports page (``/reports``): download the daily digest or a briefing as Word or
PDF, and keep the unit's scheduled reports (add, pause, resume, remove) with their
recent sends.

The download forms are plain GET forms to ``/reports/download``, which asks
``services.reports.render_report`` exactly as ``/api/v1/reports/...`` does and answers
the file; a refused request (a bad date, a period too long, a watchlist not seen) comes
back on this page, in the visitor's language, with what was typed. Who may change a
schedule is ``services.report_schedules``'s decision; a refused new schedule comes back
on its form with every value typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, cast

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.report_schedules import WEEKDAYS, ScheduleSpec
from toancanh.errors import Conflict, Invalid, NotFound, check_choice
from toancanh.reports.model import FORMATS, ReportFormat, ReportKind
from toancanh.services import channels, report_schedules, watchlists
from toancanh.services.directory import today_in_vietnam
from toancanh.services.reports import ReportRequest, render_report
from toancanh.web.deps import get_settings, get_store, page_actor, page_actor_at_least
from toancanh.web.problems import status_of
from toancanh.web.templating import render

router = APIRouter()
ANALYST = page_actor_at_least("analyst")
REFUSED = (Invalid, NotFound, Conflict)  # shown on their form; Forbidden: the error page
SENDS_SHOWN = 20
BRIEFING_DAYS = 30  # the briefing form's period by default, as the briefing's own default
DOWNLOADS = ("digest", "briefing")
ACTIONS = ("pause", "resume", "remove")
DONE = ("schedule_added", "schedule_pause", "schedule_resume", "schedule_remove")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NEW_SCHEDULE = {"kind": "digest", "at": "07:30", "cadence": "daily", "format": "docx", "lang": "vi"}


@dataclass
class Shown:
    """What a refused form brings back: its error and the values typed."""

    download: Exception | None = None
    download_form: str = ""  # digest, briefing
    schedule: Exception | None = None
    typed: dict[str, str] = field(default_factory=dict)


def _day(value: str, field: str) -> date | None:
    """A day as a date field sends it (2026-12-07), or as typed by hand (07/12/2026)."""
    typed = value.strip()
    if not typed:
        return None
    try:
        if "/" in typed:
            day, month, year = (int(p) for p in typed.split("/"))
            return date(year, month, day)
        return date.fromisoformat(typed)
    except ValueError:
        raise Invalid(
            "“{value}” is not a date: use 2026-12-07 or 07/12/2026", field=field, value=typed
        ) from None


def _defaults(actor: Actor, typed: dict[str, str]) -> dict[str, str]:
    """The download forms' values: today's digest, the last 30 days' briefing."""
    today = today_in_vietnam()
    shown = {
        "date": today.isoformat(),
        "unit": actor.unit or "",
        "since": (today - timedelta(days=BRIEFING_DAYS - 1)).isoformat(),
        "until": today.isoformat(),
        "watch": "",
    }
    return shown | typed


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, done: str = "", actor: Actor = Depends(page_actor)) -> Response:
    return _page(request, actor, Shown(), done=done if done in DONE else "")


def _page(request: Request, actor: Actor, shown: Shown, *, done: str = "") -> HTMLResponse:
    store = get_store(request)
    schedules = report_schedules.list_schedules(store, actor)
    watches = watchlists.list_watches(store, actor, counted=False)
    error = shown.download or shown.schedule
    return render(
        request,
        "reports.html",
        status_code=status_of(error) if error else 200,
        watch_names=[w.name for w in watches],
        units=sorted({w.unit for w in watches if w.unit} | ({actor.unit} - {None})),
        download=_defaults(actor, shown.typed if shown.download else {}),
        download_error=shown.download,
        download_form=shown.download_form,
        schedules=[(s, report_schedules.can_change(actor, s)) for s in schedules],
        sends=report_schedules.list_sends(store, actor, limit=SENDS_SHOWN),
        can_add=report_schedules.can_add(actor),
        channel_names=channels.channel_names(store, actor),
        formats=FORMATS,
        weekdays=list(zip(WEEKDAYS, WEEKDAY_NAMES, strict=True)),
        weekday_names=WEEKDAY_NAMES,
        schedule_error=shown.schedule,
        schedule_form=shown.typed if shown.schedule else NEW_SCHEDULE | {"unit": actor.unit or ""},
        done=done,
    )


@router.get("/reports/download")
def download(
    request: Request,
    kind: str = "digest",
    format: str = "docx",
    unit: str = "",
    date: str = "",
    watch: str = "",
    since: str = "",
    until: str = "",
    actor: Actor = Depends(page_actor),
) -> Response:
    """The digest or a briefing as a file, made as the API makes it; a refusal is shown
    on the reports page with the values typed."""
    typed = {"unit": unit, "date": date, "watch": watch, "since": since, "until": until}
    try:
        check_choice(kind, DOWNLOADS, "unknown report “{value}”; use {choices}", field="kind")
        asked = ReportRequest(
            cast(ReportKind, kind),
            format=cast(ReportFormat, format),  # the service refuses one it does not know
            unit=unit.strip() or None,
            day=_day(date, "date") if kind == "digest" else None,
            watch=(watch.strip() or None) if kind == "briefing" else None,
            since=_day(since, "since") if kind == "briefing" else None,
            until=_day(until, "until") if kind == "briefing" else None,
        )
        rendered = render_report(get_store(request), actor, asked, get_settings(request))
    except REFUSED as error:
        return _page(request, actor, Shown(download=error, download_form=kind, typed=typed))
    return Response(
        rendered.content,
        media_type=rendered.media_type,
        headers={"Content-Disposition": f'attachment; filename="{rendered.filename}"'},
    )


@router.post("/reports/schedules", response_class=HTMLResponse)
def add_schedule(
    request: Request,
    kind: str = Form("digest"),
    watch: str = Form(""),
    unit: str = Form(""),
    at: str = Form("07:30"),
    cadence: str = Form("daily"),
    weekday: str = Form(""),
    format: str = Form("docx"),
    channel: str = Form(""),
    lang: str = Form("vi"),
    send_when_empty: bool = Form(False),
    actor: Actor = Depends(ANALYST),
) -> Response:
    typed: dict[str, Any] = {
        "kind": kind,
        "watch": watch,
        "unit": unit,
        "at": at,
        "cadence": cadence,
        "weekday": weekday,
        "format": format,
        "channel": channel,
        "lang": lang,
        "send_when_empty": send_when_empty,
    }
    spec = ScheduleSpec(
        kind=kind,
        channel=channel,
        at=at,
        cadence=cadence,
        unit=unit.strip() or None,
        watch=watch.strip() or None,
        weekday=weekday.strip() or None,
        format=format,
        lang=lang,
        send_when_empty=send_when_empty,
    )
    try:
        report_schedules.add_schedule(get_store(request), actor, spec)
    except REFUSED as error:
        return _page(request, actor, Shown(schedule=error, typed=typed))
    return RedirectResponse("/reports?done=schedule_added#schedules", status_code=303)


@router.post("/reports/schedules/{schedule_id}/{action}")
def change_schedule(
    request: Request, schedule_id: int, action: str, actor: Actor = Depends(ANALYST)
) -> Response:
    """Pause, resume or remove a schedule (the service checks who may)."""
    if action not in ACTIONS:
        raise NotFound("no action {action}", action=action)
    store = get_store(request)
    if action == "remove":
        report_schedules.remove_schedule(store, actor, schedule_id)
    else:
        report_schedules.set_enabled(store, actor, schedule_id, action == "resume")
    return RedirectResponse(f"/reports?done=schedule_{action}#schedules", status_code=303)
