"""``/trends``, ``/spikes``, ``/emerging``: what is moving in the press.

The trend of a watchlist is ``/watchlists/{id}/trends``; here the subjects are a topic,
an agency, a place, an outlet or a legal document, named as users type them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, Literal

from fastapi import Query

from toancanh.resolve import MAX_DAYS, FilterError, facet_subject, parse_when, period
from toancanh.shapes import emerging_json, spike_json
from toancanh.trends.emerging import emerging as find_emerging
from toancanh.trends.scan import scan_spikes
from toancanh.trends.series import local_day, report_json, trend_report
from toancanh.web.api.common import Router, StoreDep, UserDep, hidden_watch_ids
from toancanh.web.api.filters import Since, Until, when_query
from toancanh.web.api.models import Emerging, Page, Spike, TrendReport
from toancanh.web.api.paging import Limit, Offset, page_of

router = Router("trends")
SPIKE_DAYS = 60  # how far back spikes are looked for
MinOutlets = Annotated[int, Query(ge=1, le=1000, description="Outlets a story must have reached.")]


@router.read(
    "/trends",
    "The trend of a topic, agency, place, outlet or legal document",
    TrendReport,
    description="Volume, tone and net sentiment per day or hour, official share of voice, "
    "top outlets, top stories and rising terms (as `toancanh trends --topic ... --json`).",
)
def trends(
    store: StoreDep,
    _: UserDep,
    kind: Annotated[
        Literal["topic", "agency", "place", "outlet", "legal_ref"],
        Query(description="What `value` names."),
    ],
    value: Annotated[
        str,
        Query(
            min_length=1,
            max_length=300,
            description="'Giáo dục', 'Bộ Y tế', 'TP.HCM', 'VnExpress', '15/2020/NĐ-CP'.",
        ),
    ],
    by: Annotated[Literal["day", "hour"], Query(description="Bucket: day or hour.")] = "day",
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    subject = facet_subject(store, kind, value)
    start, end = period(since, until, 30, max_days=MAX_DAYS)
    return report_json(trend_report(store, subject, since=start, until=end, by=by))


@router.read(
    "/spikes",
    "Anomalies in volume and negative share",
    Page[Spike],
    description="Spikes of each watchlist you can see, topic and agency: the baseline, the "
    "observed value, a score and the stories driving them, newest and strongest first "
    f"(items as `toancanh spikes --json`). `since` goes back {SPIKE_DAYS} days at most.",
)
def spikes(
    store: StoreDep,
    user: UserDep,
    since: Annotated[str | None, when_query("Spikes from this day (default: 7 days ago).")] = None,
    watches_only: Annotated[
        bool, Query(description="Only watchlists, not topics and agencies.")
    ] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    now = datetime.now(UTC)
    start = parse_when(since)
    first_day = local_day(start) if start else local_day(now) - timedelta(days=6)
    if first_day < local_day(now) - timedelta(days=SPIKE_DAYS):
        raise FilterError(f"look back {SPIKE_DAYS} days at most", "since")
    found = scan_spikes(
        store, since=first_day, now=now, kinds=() if watches_only else ("topic", "agency")
    )
    hidden = {str(i) for i in hidden_watch_ids(store, user)}
    visible = [s for s in found if not (s.subject.kind == "watch" and s.subject.value in hidden)]
    return page_of(visible, limit, offset, spike_json)


@router.read(
    "/emerging",
    "New stories growing fast, and bursting terms",
    Emerging,
    description="Stories started in the last `hours` on `min_outlets` outlets or more, and "
    "headline terms bursting against their history (as `toancanh emerging --json`).",
)
def emerging(
    store: StoreDep,
    _: UserDep,
    hours: Annotated[float, Query(gt=0, le=720, description="How new a story must be.")] = 72,
    min_outlets: MinOutlets = 3,
    limit: Annotated[int, Query(ge=1, le=200, description="At most this many of each.")] = 20,
) -> dict[str, Any]:
    found = find_emerging(store, window_hours=hours, min_outlets=min_outlets, limit=limit)
    return emerging_json(found)
