"""``toancanh report ...``: the daily press digest, a policy briefing, an incident report
and a plan report, as a Word file (Decree 30 layout), a PDF or an HTML page.

Every command asks ``services.reports.render_report`` (as the API and the schedules do)
and writes the file: ``--out FILE``, or the report's own name in the current folder.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from pathlib import Path
from typing import Annotated, cast

import typer

from toancanh.cli.context import app_context, operator, parse_when
from toancanh.cli.output import console
from toancanh.reports.model import FORMATS, ReportFormat
from toancanh.services.reports import ReportRequest, render_report
from toancanh.trends.series import local_day

app = typer.Typer(
    help="Reports: the daily press digest, policy briefings, incident and plan reports, "
    "as Word (Decree 30 layout), PDF or HTML."
)

FormatOption = Annotated[
    str, typer.Option("--format", help=f"{' | '.join(FORMATS)} (default docx).")
]
OutOption = Annotated[
    Path | None,
    typer.Option("--out", help="Where to write the file (default: its name, in this folder)."),
]
LangOption = Annotated[
    str, typer.Option("--lang", help="vi or en: the language of the section labels.")
]
UnitOption = Annotated[
    str | None, typer.Option("--unit", help="The issuing unit (default: yours).")
]


def _day(value: str | None, option: str) -> date | None:
    """A day in Vietnam time: ``2026-12-07``, ``07/12/2026``, or ``1d`` (yesterday)."""
    moment = parse_when(value, option)
    return local_day(moment) if moment is not None else None


def _format(value: str) -> ReportFormat:
    """The format as typed: the service refuses one it does not know."""
    return cast(ReportFormat, value)


def _write(ctx: typer.Context, request: ReportRequest, out: Path | None) -> None:
    store = app_context(ctx).store()
    rendered = render_report(store, operator(), request, app_context(ctx).settings)
    target = out or Path(rendered.filename)
    if target.is_dir():
        target = target / rendered.filename
    target.write_bytes(rendered.content)
    size = len(rendered.content)
    note = " (nothing happened in the period)" if rendered.empty else ""
    console().print(f"Wrote {target} ({size:,} bytes): {rendered.title}{note}", markup=False)


@app.command("digest")
def digest(
    ctx: typer.Context,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            help="The unit: its watchlists and the shared ones, under its heading "
            "(default: every watchlist).",
        ),
    ] = None,
    day: Annotated[
        str | None, typer.Option("--date", help="The day (default: today in Vietnam).")
    ] = None,
    fmt: FormatOption = "docx",
    out: OutOption = None,
    lang: LangOption = "vi",
) -> None:
    """The daily press digest of a unit's watchlists.

    The day's figures, each watchlist's main and new or growing stories, negative items,
    open alerts, claims waiting for review, statements published and their pickup."""
    request = ReportRequest(
        "digest", format=_format(fmt), unit=unit, day=_day(day, "--date"), lang=lang
    )
    _write(ctx, request, out)


@app.command("briefing")
def briefing(
    ctx: typer.Context,
    watch: Annotated[str, typer.Option("--watch", help="The watchlist (name or id).")],
    since: Annotated[
        str | None, typer.Option("--since", help="First day (default: 30 days to --until).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Last day, included (default: today).")
    ] = None,
    unit: UnitOption = None,
    fmt: FormatOption = "docx",
    out: OutOption = None,
    lang: LangOption = "vi",
) -> None:
    """A policy briefing on one watchlist over a period.

    Volume and tone with the forecast, share of voice, top outlets and stories, rising
    terms, agencies and legal documents named, spikes and what drove them, incidents."""
    request = ReportRequest(
        "briefing",
        format=_format(fmt),
        unit=unit,
        watch=watch,
        since=_day(since, "--since"),
        until=_day(until, "--until"),
        lang=lang,
    )
    _write(ctx, request, out)


@app.command("incident")
def incident(
    ctx: typer.Context,
    incident_id: Annotated[int, typer.Argument(help="The incident's id.")],
    fmt: FormatOption = "docx",
    out: OutOption = None,
    lang: LangOption = "vi",
) -> None:
    """An incident report: timeline, coverage, statements, after-action."""
    request = ReportRequest("incident", format=_format(fmt), subject_id=incident_id, lang=lang)
    _write(ctx, request, out)


@app.command("plan")
def plan(
    ctx: typer.Context,
    plan_id: Annotated[int, typer.Argument(help="The plan's id.")],
    fmt: FormatOption = "docx",
    out: OutOption = None,
    lang: LangOption = "vi",
) -> None:
    """A plan report: activities, budget, KPIs against their targets."""
    request = ReportRequest("plan", format=_format(fmt), subject_id=plan_id, lang=lang)
    _write(ctx, request, out)


def _mount_schedules() -> None:
    """``report schedule ...`` (cli/report_schedules.py), when that area is present."""
    name = "toancanh.cli.report_schedules"
    if importlib.util.find_spec(name) is not None:
        app.add_typer(importlib.import_module(name).app, name="schedule")


_mount_schedules()
