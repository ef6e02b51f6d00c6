"""The incident report: what happened, what the press said, what we said and who answered.

``compose_incident_report`` turns an ``IncidentData`` (gathered by
``services.report_incident`` from what the reader may see) into a ``Report`` with six
sections, always in this order and always present (an empty one says so): the summary,
the timeline, the press coverage over the incident's period, the statements issued and
their pickup, the task force, the after-action review.
"""

from __future__ import annotations

from toancanh.reports import vnformat as f
from toancanh.reports.incident_data import (
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
)
from toancanh.reports.incident_words import event_kind, event_text, name, words
from toancanh.reports.model import (
    Block,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Section,
    Series,
    Signature,
    Table,
)

__all__ = [
    "Coverage",
    "DayVolume",
    "IncidentData",
    "MemberRow",
    "NoticeRow",
    "OutletCount",
    "ReviewText",
    "StatementRow",
    "StoryRow",
    "TimelineEntry",
    "Tone",
    "TrendPeriod",
    "compose_incident_report",
    "report_title",
]

MAX_STORIES = 10
MAX_OUTLETS = 10
ROLE_ORDER = ("lead", "spokesperson", "liaison", "analyst", "member")


def report_title(title: str, lang: str = "vi") -> str:
    return words(lang)["title"].format(title=title)


def compose_incident_report(
    data: IncidentData, heading: Heading, signature: Signature, lang: str = "vi"
) -> Report:
    w = words(lang)
    sections = (
        Section(w["s_summary"], _summary(data, lang)),
        Section(w["s_timeline"], _timeline(data, lang)),
        Section(w["s_coverage"], _coverage(data.coverage, lang)),
        Section(w["s_statements"], _statements(data.statements, lang)),
        Section(w["s_task_force"], _task_force(data, lang)),
        Section(w["s_review"], _review(data.review, lang)),
    )
    return Report(
        kind="incident",
        heading=heading,
        sections=sections,
        signature=signature,
        summary=_opening(data, lang),
        lang="en" if lang == "en" else "vi",
        subject_id=data.id,
    )


def _opening(data: IncidentData, lang: str) -> str:
    coverage = data.coverage
    return words(lang)["summary_line"].format(
        id=data.id,
        title=data.title,
        severity=name(data.severity, lang),
        opened=f.when(data.opened_at),
        status=name(data.status, lang),
        articles=f.number(coverage.total if coverage else 0),
        outlets=f.number(len(coverage.outlets) if coverage else 0),
        statements=f.number(len(data.statements)),
        pickups=f.number(sum(s.articles for s in data.statements)),
    )


def _summary(data: IncidentData, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    lead = data.lead or "—"
    if data.lead_unit:
        lead = f"{lead} ({data.lead_unit})"
    rows = [
        (w["status"], name(data.status, lang)),
        (w["severity"], name(data.severity, lang)),
        (w["unit"], data.unit or w["all_units"]),
        (w["lead"], lead),
        (w["opened"], f.when(data.opened_at)),
        (w["closed"], f.when(data.closed_at) if data.closed_at else w["not_closed"]),
    ]
    if data.alert_id is not None:
        rows.append((w["alert"], f"#{data.alert_id}"))
    if data.watch:
        rows.append((w["watch"], data.watch))
    blocks: list[Block] = [Table((w["field"], w["value"]), tuple(rows))]
    if data.summary:
        blocks.append(Paragraph(w["closing_summary"].format(text=data.summary)))
    return tuple(blocks)


def _timeline(data: IncidentData, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not data.timeline:
        return (Paragraph(w["no_timeline"], emphasis="italic"),)
    ordered = sorted(data.timeline, key=lambda e: e.at)  # stable: same-moment entries keep order
    rows = tuple(
        (f.when(e.at), f"{event_kind(e.kind, lang)}: {event_text(e.kind, e.text, lang)}", e.author)
        for e in ordered
    )
    return (Table((w["time"], w["what"], w["who"]), rows),)


def _coverage(coverage: Coverage | None, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if coverage is None or coverage.basis == "none":
        return (Paragraph(w["no_coverage"], emphasis="italic"),)
    period = {"since": f.day(coverage.since), "until": f.day(coverage.until)}
    total = f.number(coverage.total)
    if coverage.basis == "watch":
        intro = w["period_watch"].format(watch=coverage.watch or "", total=total, **period)
    else:
        intro = w["period_linked"].format(total=total, **period)
    blocks: list[Block] = [Paragraph(intro)]
    if coverage.days:
        blocks.append(
            Chart(
                title=w["chart"],
                labels=tuple(f.short_day(d.day) for d in coverage.days),
                series=(
                    Series(w["all"], tuple(float(d.total) for d in coverage.days)),
                    Series(
                        w["negative"], tuple(float(d.negative) for d in coverage.days), "#c0392b"
                    ),
                ),
                kind="bar",
                y_label=w["articles"],
            )
        )
    tone = coverage.tone
    blocks.append(
        Paragraph(
            f"{w['tone']}: "
            + w["tone_line"].format(
                positive=f.number(tone.positive),
                neutral=f.number(tone.neutral),
                negative=f.number(tone.negative),
                unknown=f.number(tone.unknown),
                share=f.percent(tone.negative_share),
            )
        )
    )
    if coverage.outlets:
        rows = tuple(
            (o.outlet, f.number(o.articles), f.number(o.negative))
            for o in coverage.outlets[:MAX_OUTLETS]
        )
        blocks.append(
            Table(
                (w["outlet"], w["articles"], w["negative"]),
                rows,
                (False, True, True),
                w["outlets_caption"],
            )
        )
    if coverage.stories:
        stories = tuple(
            (
                s.title,
                f.number(s.articles),
                f.number(s.outlets),
                f.number(s.negative),
                f.when(s.first),
            )
            for s in coverage.stories[:MAX_STORIES]
        )
        blocks.append(
            Table(
                (w["story"], w["articles"], w["outlets"], w["negative"], w["first"]),
                stories,
                (False, True, True, True, False),
                w["stories_caption"],
            )
        )
    if coverage.trend:
        periods = tuple(
            (w.get(t.period, t.period), f.number(t.articles), f.number(t.per_day, 1),
             f.percent(t.negative_share))
            for t in coverage.trend
        )  # fmt: skip
        blocks.append(
            Table(
                (w["period"], w["articles"], w["per_day"], w["negative_share"]),
                periods,
                (False, True, True, True),
                w["trend_caption"],
            )
        )
    return tuple(blocks)


def _statements(found: tuple[StatementRow, ...], lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not found:
        return (Paragraph(w["no_statements"], emphasis="italic"),)
    rows = tuple(
        (
            f"#{s.id} {s.title}",
            s.issuer,
            f.when(s.issued_at),
            f.number(s.articles),
            f.number(s.outlets),
            f.duration(s.time_to_first, lang) if s.time_to_first is not None else w["not_picked"],
        )
        for s in found
    )
    columns = (w["statement"], w["issuer"], w["issued"], w["articles"], w["outlets"])
    blocks: list[Block] = [
        Table((*columns, w["first_pickup"]), rows, (False, False, False, True, True, False))
    ]
    differing = [
        Paragraph(w["differing"].format(n=f.number(s.differing), id=s.id))
        for s in found
        if s.differing
    ]
    if differing:
        blocks.append(BulletList(tuple(differing)))
    return tuple(blocks)


def _role_rank(role: str | None) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def _task_force(data: IncidentData, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not data.members:
        blocks: list[Block] = [Paragraph(w["no_members"], emphasis="italic")]
    else:
        members = sorted(data.members, key=lambda m: (_role_rank(m.role), m.name))
        rows = tuple(
            (name(m.role, lang), m.name, m.unit or "—", name(m.official_role, lang))
            for m in members
        )
        blocks = [Table((w["role"], w["name"], w["member_unit"], w["official_role"]), rows)]
    if data.notices:
        rows = tuple(
            (
                n.member,
                n.channel,
                w.get(n.status, n.status) + (f" ({n.error})" if n.error else ""),
                f.when(n.at),
            )
            for n in sorted(data.notices, key=lambda n: n.at)
        )
        blocks.append(
            Table(
                (w["member"], w["channel"], w["result"], w["time"]),
                rows,
                caption=w["notices_caption"],
            )
        )
    return tuple(blocks)


def _review(review: ReviewText | None, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if review is None:
        return (Paragraph(w["review_open"], emphasis="italic"),)
    blocks: list[Block] = [
        Paragraph(w["what_happened"], emphasis="bold"),
        *(Paragraph(p) for p in _paragraphs(review.what_happened) or [w["none"]]),
        Paragraph(w["to_change"], emphasis="bold"),
        *(Paragraph(p) for p in _paragraphs(review.to_change) or [w["none"]]),
    ]
    if review.saved and review.updated_by:
        note = w["saved_by"].format(who=review.updated_by, when=f.when(review.updated_at))
        blocks.append(Paragraph(note, emphasis="italic"))
    elif not review.saved:
        blocks.append(Paragraph(w["draft_review"], emphasis="italic"))
    return tuple(blocks)


def _paragraphs(text: str) -> list[str]:
    """The lead's text, one paragraph per non-empty line (as typed, never interpreted)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
