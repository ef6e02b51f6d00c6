"""``toancanh trends``, ``spikes``, ``emerging`` and ``forecast``: what is moving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.text import Text

from toancanh import resolve
from toancanh.cli.context import app_context, parse_when
from toancanh.cli.filters import bad_parameter
from toancanh.cli.output import JsonOption, console, print_json, table
from toancanh.cli.watch import find_watch
from toancanh.shapes import emerging_json, spike_json
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.emerging import emerging as find_emerging
from toancanh.trends.outlook import outlook, outlook_json
from toancanh.trends.scan import scan_spikes
from toancanh.trends.series import Bucket, TrendReport, local_day, report_json, trend_report

WatchArgument = Annotated[
    str | None, typer.Argument(help="A watch's name or id (or use --topic, --agency, ...).")
]
TopicOption = Annotated[str | None, typer.Option(help="The trend of a topic instead.")]
AgencyOption = Annotated[str | None, typer.Option(help="The trend of an agency instead.")]
PlaceOption = Annotated[str | None, typer.Option(help="The trend of a province instead.")]
OutletOption = Annotated[str | None, typer.Option(help="The trend of an outlet instead.")]
LegalRefOption = Annotated[
    str | None, typer.Option("--legal-ref", help="The trend of a legal document instead.")
]


def resolve_subject(
    store: Store,
    watch: str | None,
    *,
    topic: str | None = None,
    agency: str | None = None,
    place: str | None = None,
    outlet: str | None = None,
    legal_ref: str | None = None,
) -> Subject:
    """Exactly one of a watch, a topic, an agency, a place, an outlet or a document."""
    given = [v for v in (watch, topic, agency, place, outlet, legal_ref) if v]
    if len(given) != 1:
        raise typer.BadParameter(
            "give one watch (its name), or one of --topic, --agency, --place, --outlet, --legal-ref"
        )
    if watch:
        found = find_watch(store, watch)
        return Subject("watch", str(found.id), found.name)
    kind, value = next(
        (k, v)
        for k, v in zip(
            resolve.SUBJECT_KINDS, (topic, agency, place, outlet, legal_ref), strict=True
        )
        if v
    )
    with bad_parameter():
        return resolve.facet_subject(store, kind, value)


def _period(since: str | None, until: str | None, default_days: int) -> tuple[datetime, datetime]:
    with bad_parameter():
        return resolve.period(since, until, default_days)


def trends(
    ctx: typer.Context,
    watch: WatchArgument = None,
    topic: TopicOption = None,
    agency: AgencyOption = None,
    place: PlaceOption = None,
    outlet: OutletOption = None,
    legal_ref: LegalRefOption = None,
    by: Annotated[str, typer.Option(help="day or hour.")] = "day",
    since: Annotated[str | None, typer.Option(help="From (default: 30 days ago).")] = None,
    until: Annotated[str | None, typer.Option(help="Until (default: now).")] = None,
    as_json: JsonOption = False,
) -> None:
    """Volume, tone and net sentiment over time, official share of voice, top outlets,
    top stories and rising terms of a watch (or a topic, agency, place, outlet)."""
    if by not in ("day", "hour"):
        raise typer.BadParameter("use day or hour", param_hint="--by")
    bucket: Bucket = "hour" if by == "hour" else "day"
    store = app_context(ctx).store()
    subject = resolve_subject(
        store, watch, topic=topic, agency=agency, place=place, outlet=outlet, legal_ref=legal_ref
    )
    start, end = _period(since, until, 30)
    report = trend_report(store, subject, since=start, until=end, by=bucket)
    if as_json:
        print_json(report_json(report))
        return
    print_trends(report)


def _bar(value: int, top: int, width: int = 30) -> str:
    return "█" * max(1 if value else 0, round(width * value / top)) if top else ""


def print_trends(report: TrendReport) -> None:
    out = console()
    totals = report.totals
    sov = report.share_of_voice
    net = totals.net_sentiment
    out.print(
        f"{report.subject.label}: {totals.total} articles "
        f"({totals.positive} positive, {totals.neutral} neutral, {totals.negative} negative; "
        f"net sentiment {net:+.2f})"
        if net is not None
        else f"{report.subject.label}: {totals.total} articles",
        markup=False,
    )
    if sov["official"] is not None:
        out.print(
            f"Share of voice: official sources {sov['official']:.0%}, others {sov['other']:.0%}",
            markup=False,
        )
    if report.subject.kind == "watch" and totals.carried_share is not None:
        out.print(
            f"Official information carried: {totals.carried} articles "
            f"({totals.carried_share:.0%}) carry a published statement",
            markup=False,
        )
    top = max((p.total for p in report.points), default=0)
    rows = [
        (
            p.bucket,
            p.total,
            p.negative,
            "" if p.net_sentiment is None else f"{p.net_sentiment:+.2f}",
            Text(_bar(p.total, top), style="red" if (p.negative_share or 0) > 0.5 else "cyan"),
        )
        for p in report.points
    ]
    out.print(table(f"Per {report.by}", (report.by, "articles", "negative", "net", ""), rows))
    if report.top_outlets:
        out.print(
            table(
                "Top outlets",
                ("outlet", "articles", "negative", "official"),
                [
                    (o["outlet"], o["count"], o["negative"], "yes" if o["official"] else "")
                    for o in report.top_outlets
                ],
            )
        )
    if report.top_stories:
        out.print(
            table(
                "Top stories",
                ("story", "articles", "outlets", "negative", "title"),
                [
                    (s["story_id"], s["size"], s["outlets"], s["negative"], s["title"])
                    for s in report.top_stories
                ],
            )
        )
    if report.rising_terms:
        out.print(
            "Rising terms: "
            + ", ".join(f"{t.term} ({t.recent}, ×{t.ratio:g})" for t in report.rising_terms),
            markup=False,
        )
    for note in report.notes:
        out.print(f"Note: {note}", markup=False)


def spikes(
    ctx: typer.Context,
    since: Annotated[
        str | None, typer.Option(help="Report spikes from this day (default: 7 days ago).")
    ] = None,
    watches_only: Annotated[
        bool, typer.Option("--watches-only", help="Only watches, not topics and agencies.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Anomalies in volume and in negative share of each watch, topic and agency, with the
    baseline, the observed value, a score and the stories driving them."""
    store = app_context(ctx).store()
    now = datetime.now(UTC)
    start = parse_when(since)
    first_day = local_day(start) if start else local_day(now) - timedelta(days=6)
    found = scan_spikes(
        store, since=first_day, now=now, kinds=() if watches_only else ("topic", "agency")
    )
    if as_json:
        print_json([spike_json(s) for s in found])
        return
    if not found:
        console().print(f"No spikes since {first_day:%d/%m/%Y}.")
        return
    rows = [
        (
            f"{s.day:%d/%m}",
            f"{s.subject.kind}: {s.subject.label}",
            s.metric,
            _figure(s.metric, s.baseline),
            _figure(s.metric, s.observed),
            f"{s.score:.1f}",
            s.stories[0]["title"] if s.stories else "",
        )
        for s in found
    ]
    console().print(
        table(
            "Spikes",
            ("day", "subject", "metric", "baseline", "observed", "score", "driving story"),
            rows,
        )
    )


def _figure(metric: str, value: float) -> str:
    return f"{value:.0%}" if metric == "negative_share" else f"{value:.1f}"


def emerging(
    ctx: typer.Context,
    hours: Annotated[float, typer.Option(help="How new a story must be (hours).")] = 72,
    min_outlets: Annotated[int, typer.Option(help="Outlets a story must have reached.")] = 3,
    limit: Annotated[int, typer.Option(min=1, help="At most this many of each.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """New stories growing fast across outlets, and headline terms bursting against
    their history (log-likelihood test, one vote per story)."""
    store = app_context(ctx).store()
    found = find_emerging(store, window_hours=hours, min_outlets=min_outlets, limit=limit)
    if as_json:
        print_json(emerging_json(found))
        return
    out = console()
    if found.stories:
        rows = [
            (
                s.story_id,
                s.outlets,
                s.outlets_last_day,
                s.articles,
                f"{s.per_hour:.2f}",
                s.title,
            )
            for s in found.stories
        ]
        out.print(
            table(
                f"Stories started in the last {hours:g} h on {min_outlets}+ outlets",
                ("story", "outlets", "last 24 h", "articles", "per hour", "title"),
                rows,
            )
        )
    else:
        out.print(f"No new story on {min_outlets}+ outlets in the last {hours:g} hours.")
    if found.terms:
        out.print(
            table(
                "Bursting terms (last 48 h against the 28 days before)",
                ("term", "stories now", "before", "ratio", "G²"),
                [
                    (t.term, t.recent, t.before, f"×{t.ratio:g}", f"{t.score:.1f}")
                    for t in found.terms
                ],
            )
        )


def forecast(
    ctx: typer.Context,
    watch: WatchArgument = None,
    topic: TopicOption = None,
    agency: AgencyOption = None,
    days: Annotated[int, typer.Option(min=1, max=30, help="Days ahead.")] = 7,
    history: Annotated[int, typer.Option(min=7, help="Days of history to learn from.")] = 120,
    threshold: Annotated[
        float | None,
        typer.Option(
            help="Daily articles that would need action: warn if the 95% bound reaches it."
        ),
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Forecast as of this day (default: today).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Expected articles a day and negative share for the next days, with 80% and 95%
    intervals; an early warning when the upper bound reaches the threshold."""
    store = app_context(ctx).store()
    subject = resolve_subject(store, watch, topic=topic, agency=agency)
    today = local_day(parse_when(until, "--until") or datetime.now(UTC))
    found = outlook(store, subject, today=today, days=days, history=history, threshold=threshold)
    if as_json:
        print_json(outlook_json(found))
        return
    volume, share, warning = found.volume, found.negative_share, found.warning
    out = console()
    out.print(
        f"{subject.label}: forecast of the next {days} days from {volume.history_days} days "
        f"of history ({volume.method}).",
        markup=False,
    )
    for note in {volume.note, share.note} - {None}:
        out.print(f"Note: {note}", markup=False)
    share_by_day = {p.date: p for p in share.points}
    rows = []
    for p in volume.points:
        s = share_by_day.get(p.date)
        rows.append(
            (
                f"{p.date:%a %d/%m}",
                f"{p.mean:.1f}",
                f"{p.lo80:.0f}–{p.hi80:.0f}",
                f"{p.lo95:.0f}–{p.hi95:.0f}",
                f"{s.mean:.0%} ({s.lo80:.0%}–{s.hi80:.0%})" if s else "–",
            )
        )
    out.print(
        table(
            "Forecast",
            ("day", "articles", "80%", "95%", "negative share (80%)"),
            rows,
        )
    )
    if warning is not None:
        out.print(
            f"Early warning: on {warning.date:%d/%m} up to {warning.hi95:.0f} articles are "
            f"possible (95% bound), at or above the threshold {threshold:g}.",
            style="bold red",
            markup=False,
        )
