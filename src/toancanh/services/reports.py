"""Reports as a use case: check who asks, gather, compose, render.

Every front-end (``toancanh report ...``, ``/api/v1/reports/...``, the pages' download
buttons, the schedules) asks here with a ``ReportRequest`` and gets a ``RenderedReport``.
Each kind has its composer (``COMPOSERS``): it gathers what the actor may see and returns
a ``reports.model.Report``; ``reports.render`` turns that into the file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from toancanh.access import Actor
from toancanh.config import Settings, load_settings
from toancanh.domain.directory import Unit
from toancanh.errors import Invalid, NotFound, check_choice
from toancanh.reports.model import (
    FORMATS,
    KINDS,
    MEDIA_TYPES,
    Heading,
    Report,
    ReportFormat,
    ReportKind,
    Signature,
)
from toancanh.reports.render import render
from toancanh.services.directory import find_unit, today_in_vietnam
from toancanh.store import Store

DEFAULT_PLACE = "Hà Nội"
DEFAULT_UNIT = "Toàn Cảnh"
DEFAULT_SIGNER = "THỦ TRƯỞNG ĐƠN VỊ"
# The days a report may cover: a Word file's dates are ZIP timestamps (1980-2107).
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)


@dataclass(frozen=True)
class ReportRequest:
    """What a front-end asks for. Which fields a kind reads: digest ``unit``, ``day``;
    briefing ``watch``, ``since``, ``until``; incident and plan ``subject_id``."""

    kind: ReportKind
    format: ReportFormat = "docx"
    unit: str | None = None  # default: the actor's unit
    day: date | None = None  # default: today in Vietnam
    watch: str | None = None  # a watchlist's name or id
    since: date | None = None
    until: date | None = None  # inclusive
    subject_id: int | None = None  # the incident's or the plan's id
    lang: str = "vi"


@dataclass(frozen=True)
class RenderedReport:
    filename: str  # "digest-2026-12-07.docx"
    media_type: str
    content: bytes
    title: str  # the heading's title line, for a mail's subject
    empty: bool  # nothing happened in the period
    report: Report | None = None  # what was rendered: a mail's body is the report itself


Composer = Callable[[Store, Actor, ReportRequest, Settings], Report]


def _composers() -> dict[str, Composer]:
    """Each kind's composer, imported when first asked (a kind's gathering pulls in its
    area's services)."""
    from toancanh.services.report_briefing import compose_briefing
    from toancanh.services.report_digest import compose_digest
    from toancanh.services.report_incident import compose_incident
    from toancanh.services.report_plan import compose_plan

    return {
        "digest": compose_digest,
        "briefing": compose_briefing,
        "incident": compose_incident,
        "plan": compose_plan,
    }


def check_request(request: ReportRequest) -> None:
    check_choice(request.kind, KINDS, "unknown report “{value}”; use {choices}", field="kind")
    check_choice(request.format, FORMATS, "unknown format “{value}”; use {choices}", field="format")
    check_choice(
        request.lang, ("vi", "en"), "unknown language “{value}”; use {choices}", field="lang"
    )
    if request.kind in ("incident", "plan") and request.subject_id is None:
        raise Invalid("give the {kind}'s id", field="id", kind=request.kind)
    for name, value in (("date", request.day), ("since", request.since), ("until", request.until)):
        if value is not None and not FIRST_DAY <= value <= LAST_DAY:
            raise Invalid(
                "a day between {first} and {last}, please",
                field=name,
                first=FIRST_DAY.isoformat(),
                last=LAST_DAY.isoformat(),
            )
    if request.since and request.until and request.since > request.until:
        raise Invalid("the start date is after the end date", field="since")


def compose(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings | None = None
) -> Report:
    check_request(request)
    return _composers()[request.kind](store, actor, request, settings or load_settings())


def render_report(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings | None = None
) -> RenderedReport:
    """The report the actor asked for, as a file."""
    report = compose(store, actor, request, settings)
    return RenderedReport(
        filename=f"{report.file_stem}.{request.format}",
        media_type=MEDIA_TYPES[request.format],
        content=render(report, request.format),
        title=report.heading.title,
        empty=report.empty,
        report=report,
    )


# -- the Decree 30 heading, shared by the kinds --------------------------------------------


def _initials(name: str) -> str:
    """ "Vụ Truyền thông" → "VTT": the symbol a unit signs with when none is configured."""
    letters = []
    for word in name.split():
        first = unicodedata.normalize("NFD", word)[0]
        if first.isalpha():
            letters.append("D" if word[0] in "Đđ" else first.upper())
    return "".join(letters) or "TC"


def _directory_unit(store: Store, name: str) -> Unit | None:
    try:
        return find_unit(store, name)
    except NotFound:
        return None


def heading_for(
    store: Store,
    actor: Actor,
    unit: str | None,
    *,
    title: str,
    issued: date | None = None,
    kind_name: str = "BÁO CÁO",
    place: str = DEFAULT_PLACE,
) -> tuple[Heading, Signature]:
    """The heading and the signature block of a report issued by ``unit`` (default: the
    actor's unit). The network directory gives the unit's parent and its head (title and
    name in the signature); a unit not in the directory signs with its name's initials and
    leaves the signer's name blank."""
    name = unit or actor.unit or DEFAULT_UNIT
    found = _directory_unit(store, name)
    signature = Signature(title=DEFAULT_SIGNER)
    if found is not None:
        heads = store.directory.list_people(unit_ids=[found.id], roles=["head"], limit=1)
        if heads:
            head = heads[0]
            signature = Signature(title=(head.title or DEFAULT_SIGNER).upper(), name=head.name)
    heading = Heading(
        unit=found.name if found else name,
        parent_unit=found.parent if found else None,
        issued=issued or today_in_vietnam(),
        place=place,
        symbol=f"BC-{_initials(found.name if found else name)}",
        kind_name=kind_name,
        title=title,
    )
    return heading, signature
