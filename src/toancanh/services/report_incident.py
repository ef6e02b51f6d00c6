"""The incident report as a use case: the incident must be one the actor sees (the same
refusal as the incident page: another unit's incident is "no incident #N"), then what the
actor may see of it is gathered and ``reports.incident`` composes it.

The coverage is the incident's watchlist over its period (opening day to closing day, or
today), when the actor sees that watchlist; otherwise the articles linked to it. The
statements are the after-action review's once the incident is closed (as the lead chose
them, or as the review page prefills them); while it is open, the published statements of
its watchlist issued since it opened.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from toancanh import access
from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.incidents import Incident
from toancanh.domain.statements import PUBLIC_STATUSES, Statement
from toancanh.domain.watches import Watch
from toancanh.errors import NotFound
from toancanh.reports.incident import (
    Coverage,
    DayVolume,
    IncidentData,
    MemberRow,
    NoticeRow,
    OutletCount,
    ReviewText,
    StatementRow,
    StoryRow,
    TimelineEntry,
    Tone,
    TrendPeriod,
    compose_incident_report,
    report_title,
)
from toancanh.reports.model import Report
from toancanh.services import incidents, pickup, statements, task_force_review, watchlists
from toancanh.services.reports import ReportRequest, heading_for
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.text.dates import to_local
from toancanh.trends.series import bucket_keys, build_points, day_start, local_day

MAX_DAYS = 120  # the chart of a long incident shows its last four months
MAX_LINKED = 500  # linked articles read for the coverage when there is no watchlist
TOP = 10


def compose_incident(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings
) -> Report:
    assert request.subject_id is not None  # reports.check_request asks for it
    access.require_role(actor, "viewer")
    incident = incidents.get_incident(store, actor, request.subject_id)
    data = gather(store, actor, incident)
    heading, signature = heading_for(
        store, actor, incident.unit, title=report_title(incident.title, request.lang)
    )
    return compose_incident_report(data, heading, signature, request.lang)


def gather(
    store: Store, actor: Actor, incident: Incident, now: datetime | None = None
) -> IncidentData:
    """What the report says of an incident the actor sees."""
    now = now or datetime.now(UTC)
    watch = _watch(store, actor, incident)
    closed = incident.status == "closed"
    after = task_force_review.review(store, actor, incident.id) if closed else None
    if after is not None:
        said = [s for s, _ in after.said]
    else:
        said = _since_opening(store, actor, incident, watch) if watch else []
    return IncidentData(
        id=incident.id,
        title=incident.title,
        status=incident.status,
        severity=incident.severity,
        unit=incident.unit,
        lead=incident.lead,
        lead_unit=incident.lead_unit,
        opened_at=incident.opened_at,
        closed_at=incident.closed_at,
        alert_id=incident.alert_id,
        watch=watch.name if watch else None,
        summary=incident.summary,
        timeline=tuple(TimelineEntry(e.at, e.kind, e.text, e.author) for e in incident.events),
        coverage=_coverage(store, incident, watch, now),
        statements=_statements(store, actor, said),
        members=_members(store, incident),
        notices=tuple(
            NoticeRow(n.member, n.channel, n.status, n.at, n.error)
            for n in store.task_forces.notices(incident.id)
        ),
        review=ReviewText(
            after.what_happened, after.to_change, after.saved, after.updated_by, after.updated_at
        )
        if after
        else None,
    )


def _watch(store: Store, actor: Actor, incident: Incident) -> Watch | None:
    """The incident's watchlist, if the actor sees it."""
    if incident.watch_id is None:
        return None
    try:
        return watchlists.get_watch(store, actor, incident.watch_id, counted=False)
    except NotFound:
        return None


def _period(incident: Incident, now: datetime) -> tuple[datetime, datetime]:
    """[00:00 of the opening day, 24:00 of the closing day or today) in Vietnam time."""
    first = local_day(incident.opened_at)
    last = local_day(incident.closed_at or now)
    first = max(first, last - timedelta(days=MAX_DAYS - 1))
    return day_start(first), day_start(last + timedelta(days=1))


def _trend(incident: Incident) -> tuple[TrendPeriod, ...]:
    found = []
    for period in ("before", "during", "after"):
        figures = (incident.closing_trend or {}).get(period)
        if figures:
            found.append(
                TrendPeriod(
                    period,
                    int(figures.get("articles") or 0),
                    figures.get("per_day"),
                    figures.get("negative_share"),
                )
            )
    return tuple(found)


def _coverage(store: Store, incident: Incident, watch: Watch | None, now: datetime) -> Coverage:
    since, until = _period(incident, now)
    first, last = local_day(since), local_day(until - timedelta(seconds=1))
    if watch is not None:
        subject = Subject("watch", str(watch.id), watch.name)
        points, totals = build_points(
            store.trends.counts(subject, since=since, until=until, by="day"),
            bucket_keys(since, until, "day"),
        )
        stories = store.trends.top_stories(subject, since=since, until=until, limit=TOP)
        outlets = store.trends.top_outlets(subject, since=since, until=until, limit=TOP)
        return Coverage(
            basis="watch",
            since=first,
            until=last,
            watch=watch.name,
            days=tuple(
                DayVolume(datetime.fromisoformat(p.bucket).date(), p.total, p.negative)
                for p in points
            ),
            tone=Tone(totals.positive, totals.neutral, totals.negative, totals.unknown),
            outlets=tuple(
                OutletCount(o["outlet"] or "—", o["count"], o["negative"]) for o in outlets
            ),
            stories=tuple(
                StoryRow(s["title"], s["size"], s["outlets"], s["negative"], s["first_published"])
                for s in stories
            ),
            trend=_trend(incident),
        )
    if incident.article_ids:
        return _linked(store, incident)
    return Coverage(basis="none", since=first, until=last)


def _linked(store: Store, incident: Incident) -> Coverage:
    """The coverage of the articles linked to an incident of no (visible) watchlist."""
    found = [a for a in map(store.articles.get, incident.article_ids[:MAX_LINKED]) if a]
    tones: Counter[str] = Counter()
    per_day: dict[date, list[int]] = {}
    outlets: dict[str, list[int]] = {}
    stories: dict[int, StoryRow] = {}
    for article in found:
        analysis = store.analysis.get(article.id) or {}
        label = (analysis.get("sentiment") or {}).get("label")
        tone = label if label in ("positive", "neutral", "negative") else "unknown"
        tones[tone] += 1
        negative = int(tone == "negative")
        moment = article.published_at or article.fetched_at or incident.opened_at
        day = per_day.setdefault(to_local(moment).date(), [0, 0])
        day[0], day[1] = day[0] + 1, day[1] + negative
        counts = outlets.setdefault(article.outlet or "—", [0, 0])
        counts[0], counts[1] = counts[0] + 1, counts[1] + negative
        story = stories.get(article.story_id)
        if story is None:
            stories[article.story_id] = StoryRow(article.title, 1, 1, negative, moment)
        else:
            stories[article.story_id] = StoryRow(
                story.title, story.articles + 1, story.outlets, story.negative + negative,
                min(story.first or moment, moment),
            )  # fmt: skip
    days = sorted(per_day)
    first = min(days) if days else local_day(incident.opened_at)
    last = max(days) if days else first
    ranked = sorted(outlets.items(), key=lambda item: (-item[1][0], item[0]))
    return Coverage(
        basis="linked",
        since=first,
        until=last,
        days=tuple(DayVolume(d, *per_day[d]) for d in days),
        tone=Tone(tones["positive"], tones["neutral"], tones["negative"], tones["unknown"]),
        outlets=tuple(OutletCount(o, n, neg) for o, (n, neg) in ranked[:TOP]),
        stories=tuple(sorted(stories.values(), key=lambda s: -s.articles)[:TOP]),
    )


def _statements(store: Store, actor: Actor, said: list[Statement]) -> tuple[StatementRow, ...]:
    rows = []
    for statement in said:
        summary = pickup.summary(store, actor, statement.id)
        rows.append(
            StatementRow(
                id=statement.id,
                title=statement.title,
                issuer=statement.issuer,
                issued_at=statement.issued_at,
                articles=summary.articles,
                outlets=summary.outlets,
                time_to_first=summary.time_to_first,
                differing=len(summary.differing),
                link=statement.url,
            )
        )
    return tuple(sorted(rows, key=lambda r: (r.issued_at, r.id)))


def _since_opening(store: Store, actor: Actor, incident: Incident, watch: Watch) -> list[Statement]:
    """The published statements of the incident's watchlist issued since it opened."""
    found: dict[int, Statement] = {}
    for status in PUBLIC_STATUSES:
        for s in statements.list_statements(store, actor, status=status, limit=500):
            if watch.id in s.watch_ids and s.issued_at >= incident.opened_at:
                found[s.id] = s
    return list(found.values())


def _members(store: Store, incident: Incident) -> tuple[MemberRow, ...]:
    """The confirmed task force (directory people); before any, the members typed in
    when assigning."""
    confirmed = store.task_forces.members(incident.id)
    if confirmed:
        return tuple(MemberRow(m.name, m.unit, m.role, m.official_role) for m in confirmed)
    return tuple(MemberRow(m.name, m.unit, m.role) for m in incident.members)
