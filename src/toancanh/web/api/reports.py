"""``/reports``: the digest, a briefing, an incident report and a plan report as a file
(Word, PDF or HTML), through ``services.reports.render_report`` like the CLI and the
schedules. The file comes back as an attachment with its own name; a refusal is a
problem+json like every route's.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.responses import Response

from toancanh.access import Actor
from toancanh.reports.model import MEDIA_TYPES
from toancanh.services.reports import ReportRequest, render_report
from toancanh.store import Store
from toancanh.web.api.common import ActorDep, Router, StoreDep, id_path
from toancanh.web.deps import get_settings

router = Router("reports", "/reports")

Format = Annotated[
    Literal["docx", "pdf", "html"],
    Query(description="docx (Word, Decree 30 layout), pdf or html."),
]
Lang = Annotated[Literal["vi", "en"], Query(description="vi, or en for English section labels.")]
Unit = Annotated[
    str | None,
    Query(max_length=200, description="The issuing unit (default: yours)."),
]
# The answer's content types, for the OpenAPI document (and the clients generated from it).
FILE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The report as a file (Content-Disposition: attachment).",
        "content": {media: {} for media in MEDIA_TYPES.values()},
    }
}


def _file(store: Store, actor: Actor, request: ReportRequest, http: Request) -> Response:
    rendered = render_report(store, actor, request, get_settings(http))
    return Response(
        rendered.content,
        media_type=rendered.media_type,
        headers={"Content-Disposition": f'attachment; filename="{rendered.filename}"'},
    )


@router.read(
    "/digest",
    "The daily press digest of a unit's watchlists",
    response_class=Response,
    responses=FILE,
)
def digest(
    http: Request,
    store: StoreDep,
    actor: ActorDep,
    unit: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Its watchlists and the shared ones, under its heading (default: "
            "every watchlist you see, under your unit).",
        ),
    ] = None,
    day: Annotated[
        date | None, Query(alias="date", description="The day (default: today in Vietnam).")
    ] = None,
    format: Format = "docx",
    lang: Lang = "vi",
) -> Response:
    return _file(
        store, actor, ReportRequest("digest", format=format, unit=unit, day=day, lang=lang), http
    )


@router.read(
    "/briefing",
    "A policy briefing on one watchlist over a period",
    response_class=Response,
    responses=FILE,
)
def briefing(
    http: Request,
    store: StoreDep,
    actor: ActorDep,
    watch: Annotated[str, Query(min_length=1, max_length=200, description="Name or id.")],
    since: Annotated[
        date | None, Query(description="First day (default: 30 days to `until`).")
    ] = None,
    until: Annotated[date | None, Query(description="Last day, included (default: today).")] = None,
    unit: Unit = None,
    format: Format = "docx",
    lang: Lang = "vi",
) -> Response:
    request = ReportRequest(
        "briefing", format=format, unit=unit, watch=watch, since=since, until=until, lang=lang
    )
    return _file(store, actor, request, http)


@router.read(
    "/incident/{incident_id}",
    "An incident report: timeline, coverage, statements, after-action",
    response_class=Response,
    responses=FILE,
)
def incident(
    http: Request,
    store: StoreDep,
    actor: ActorDep,
    incident_id: Annotated[int, id_path("incident")],
    format: Format = "docx",
    lang: Lang = "vi",
) -> Response:
    request = ReportRequest("incident", format=format, subject_id=incident_id, lang=lang)
    return _file(store, actor, request, http)


@router.read(
    "/plan/{plan_id}",
    "A plan report: activities, budget, KPIs against their targets",
    response_class=Response,
    responses=FILE,
)
def plan(
    http: Request,
    store: StoreDep,
    actor: ActorDep,
    plan_id: Annotated[int, id_path("plan")],
    format: Format = "docx",
    lang: Lang = "vi",
) -> Response:
    request = ReportRequest("plan", format=format, subject_id=plan_id, lang=lang)
    return _file(store, actor, request, http)
