"""The policy briefing of one watchlist over a period, as a ``Report``, from plain data.

Pure: ``services/report_briefing.py`` gathers the watchlist's trend (the same figures its
page shows: ``trends.series.trend_report``, the forecast and spike days of
``trends.outlook``), its alerts and incidents into a ``BriefingData``; this writes it:
volume and tone over time with the forecast, share of voice, top outlets and stories,
rising terms, agencies and legal documents named, spikes and what drove them, incidents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from toancanh.reports import style
from toancanh.reports.digest import AlertItem, StoryItem, story_line
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

NEGATIVE_COLOR = "#c0392b"
FORECAST_COLOR = "#7f8c8d"

LABELS = {
    "title": (
        "Tình hình thông tin về “{watch}” từ ngày {since} đến ngày {until}",
        "Press coverage of “{watch}” from {since} to {until}",
    ),
    "volume": ("Số lượng tin và sắc thái", "Volume and tone over time"),
    "volume_chart": ("Số tin mỗi ngày", "Articles a day"),
    "observed": ("Số tin", "Articles"),
    "forecast": ("Dự báo", "Forecast"),
    "negative_chart": ("Tỉ lệ tin tiêu cực", "Negative share"),
    "negative_series": ("Tiêu cực (%)", "Negative (%)"),
    "figures": (
        "Tổng cộng {total} tin: {positive} tích cực, {neutral} trung tính, {negative} tiêu "
        "cực (tỉ lệ tiêu cực {share}).",
        "{total} articles in all: {positive} positive, {neutral} neutral, {negative} "
        "negative (negative share {share}).",
    ),
    "forecast_line": (
        "Dự báo {days} ngày tới: trung bình {mean} tin mỗi ngày (khoảng 80%: {lo}–{hi}).",
        "Forecast for the next {days} days: {mean} articles a day on average (80% range "
        "{lo}–{hi}).",
    ),
    "voice": ("Tỉ lệ tiếng nói", "Share of voice"),
    "source": ("Nguồn", "Source"),
    "official": ("Nguồn chính thống", "Official sources"),
    "other": ("Nguồn khác", "Other sources"),
    "articles": ("Số tin", "Articles"),
    "share": ("Tỉ lệ", "Share"),
    "outlets": ("Cơ quan báo chí đăng nhiều nhất", "Top outlets"),
    "outlet": ("Cơ quan báo chí", "Outlet"),
    "negative": ("Tiêu cực", "Negative"),
    "is_official": ("Chính thống", "Official"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
    "stories": ("Các câu chuyện nổi bật", "Top stories"),
    "terms": ("Từ khóa đang tăng", "Rising terms"),
    "term_line": (
        "{term}: {recent} tin gần đây, {before} trước đó",
        "{term}: {recent} recent, {before} before",
    ),
    "named": ("Cơ quan và văn bản được nhắc đến", "Agencies and legal documents named"),
    "agencies": ("Cơ quan", "Agencies"),
    "legal": ("Văn bản pháp luật", "Legal documents"),
    "mentions": ("{name}: {n} tin", "{name}: {n} articles"),
    "spikes": ("Các đợt tăng đột biến", "Spikes and what drove them"),
    "spike_line": ("Ngày {day}: {n} tin", "{day}: {n} articles"),
    "alert_line": ("Cảnh báo", "Alert"),
    "driven": ("do: {stories}", "driven by: {stories}"),
    "incidents": ("Sự cố truyền thông", "Incidents"),
    "incident_line": (
        "#{id} {title} — mức {severity}, {status}, mở lúc {opened}",
        "#{id} {title} — {severity}, {status}, opened {opened}",
    ),
    "none": ("Không có.", "None."),
    "summary": (
        "Từ ngày {since} đến ngày {until} có {total} tin về “{watch}”; tỉ lệ tiêu cực {share}, "
        "nguồn chính thống chiếm {official}.",
        "From {since} to {until}: {total} articles on “{watch}”; negative share {share}, "
        "official sources {official}.",
    ),
}


@dataclass(frozen=True)
class DayFigure:
    day: date
    total: int
    negative_share: float | None  # of the articles rated that day


@dataclass(frozen=True)
class ForecastDay:
    day: date
    mean: float
    lo80: float
    hi80: float


@dataclass(frozen=True)
class OutletRow:
    outlet: str
    articles: int
    negative: int
    official: bool


@dataclass(frozen=True)
class Term:
    term: str
    recent: int
    before: int


@dataclass(frozen=True)
class Spike:
    day: date
    articles: int


@dataclass(frozen=True)
class IncidentItem:
    id: int
    title: str
    severity: str
    status: str
    opened_at: datetime


@dataclass(frozen=True)
class BriefingData:
    watch: str
    since: date
    until: date  # inclusive
    days: tuple[DayFigure, ...]
    total: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    official: int = 0
    forecast: tuple[ForecastDay, ...] = ()
    outlets: tuple[OutletRow, ...] = ()
    stories: tuple[StoryItem, ...] = ()
    terms: tuple[Term, ...] = ()
    agencies: tuple[tuple[str, int], ...] = ()
    legal_refs: tuple[tuple[str, int], ...] = ()
    spikes: tuple[Spike, ...] = ()
    alerts: tuple[AlertItem, ...] = ()  # raised in the period, with their stories
    incidents: tuple[IncidentItem, ...] = ()

    @property
    def rated(self) -> int:
        return self.positive + self.neutral + self.negative

    @property
    def negative_share(self) -> float | None:
        return self.negative / self.rated if self.rated else None

    @property
    def official_share(self) -> float | None:
        return self.official / self.total if self.total else None


def briefing_title(watch: str, since: date, until: date, lang: str = "vi") -> str:
    return style.labels(LABELS, lang)["title"].format(
        watch=watch, since=style.day(since), until=style.day(until)
    )


def volume_chart(data: BriefingData, words: dict[str, str]) -> Chart:
    """Articles a day, then the forecast's days as a dashed line after them."""
    labels = [style.short_day(d.day) for d in data.days]
    labels += [style.short_day(f.day) for f in data.forecast]
    observed: list[float | None] = [float(d.total) for d in data.days]
    observed += [None] * len(data.forecast)
    series = [Series(words["observed"], tuple(observed))]
    if data.forecast and data.days:
        # The dashed line starts at the last observed day so the two lines join.
        ahead: list[float | None] = [None] * (len(data.days) - 1)
        ahead.append(float(data.days[-1].total))
        ahead += [round(f.mean, 1) for f in data.forecast]
        series.append(Series(words["forecast"], tuple(ahead), color=FORECAST_COLOR, dashed=True))
    return Chart(words["volume_chart"], tuple(labels), tuple(series), y_label=words["observed"])


def negative_chart(data: BriefingData, words: dict[str, str]) -> Chart:
    values = tuple(
        None if d.negative_share is None else round(d.negative_share * 100, 1) for d in data.days
    )
    return Chart(
        words["negative_chart"],
        tuple(style.short_day(d.day) for d in data.days),
        (Series(words["negative_series"], values, color=NEGATIVE_COLOR),),
        y_label="%",
    )


def volume_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    blocks: list[Block] = [
        Paragraph(
            words["figures"].format(
                total=style.number(data.total),
                positive=style.number(data.positive),
                neutral=style.number(data.neutral),
                negative=style.number(data.negative),
                share=style.percent(data.negative_share),
            )
        ),
        volume_chart(data, words),
    ]
    if data.forecast:
        mean = sum(f.mean for f in data.forecast) / len(data.forecast)
        blocks.append(
            Paragraph(
                words["forecast_line"].format(
                    days=len(data.forecast),
                    mean=style.number(round(mean, 1)),
                    lo=style.number(round(min(f.lo80 for f in data.forecast), 1)),
                    hi=style.number(round(max(f.hi80 for f in data.forecast), 1)),
                ),
                emphasis="italic",
            )
        )
    blocks.append(negative_chart(data, words))
    return Section(words["volume"], tuple(blocks))


def voice_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    other = data.total - data.official
    rows = (
        (words["official"], style.number(data.official), style.percent(data.official_share)),
        (
            words["other"],
            style.number(other),
            style.percent(other / data.total if data.total else None),
        ),
    )
    table = Table((words["source"], words["articles"], words["share"]), rows, (False, True, True))
    return Section(words["voice"], (table,))


def outlets_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    if not data.outlets:
        return Section(words["outlets"], (Paragraph(words["none"], emphasis="italic"),))
    rows = tuple(
        (
            o.outlet,
            style.number(o.articles),
            style.number(o.negative),
            words["yes"] if o.official else words["no"],
        )
        for o in data.outlets
    )
    columns = (words["outlet"], words["articles"], words["negative"], words["is_official"])
    return Section(words["outlets"], (Table(columns, rows, (False, True, True, False)),))


def _list(items: list[Paragraph], words: dict[str, str]) -> Block:
    return BulletList(tuple(items)) if items else Paragraph(words["none"], emphasis="italic")


def stories_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    return Section(words["stories"], (_list([story_line(s, lang) for s in data.stories], words),))


def terms_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    items = [
        Paragraph(
            words["term_line"].format(
                term=t.term, recent=style.number(t.recent), before=style.number(t.before)
            )
        )
        for t in data.terms
    ]
    return Section(words["terms"], (_list(items, words),))


def named_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)

    def lines(found: tuple[tuple[str, int], ...]) -> Block:
        return _list(
            [Paragraph(words["mentions"].format(name=n, n=style.number(c))) for n, c in found],
            words,
        )

    blocks = (
        Paragraph(words["agencies"], emphasis="bold"),
        lines(data.agencies),
        Paragraph(words["legal"], emphasis="bold"),
        lines(data.legal_refs),
    )
    return Section(words["named"], blocks)


def spikes_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    items = [
        Paragraph(words["spike_line"].format(day=style.day(s.day), n=style.number(s.articles)))
        for s in data.spikes
    ]
    for alert in data.alerts:
        line = f"{words['alert_line']} [{style.severity(alert.severity, lang)}] {alert.title}"
        line += f" — {style.when(alert.since)}"
        if alert.stories:
            line += "; " + words["driven"].format(stories="; ".join(alert.stories))
        items.append(Paragraph(line))
    return Section(words["spikes"], (_list(items, words),))


def incidents_section(data: BriefingData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    items = [
        Paragraph(
            words["incident_line"].format(
                id=i.id,
                title=i.title,
                severity=style.severity(i.severity, lang),
                status=style.status(i.status, lang),
                opened=style.when(i.opened_at),
            )
        )
        for i in data.incidents
    ]
    return Section(words["incidents"], (_list(items, words),))


def compose_briefing(
    data: BriefingData,
    heading: Heading,
    signature: Signature,
    lang: Literal["vi", "en"] = "vi",
) -> Report:
    words = style.labels(LABELS, lang)
    summary = words["summary"].format(
        since=style.day(data.since),
        until=style.day(data.until),
        total=style.number(data.total),
        watch=data.watch,
        share=style.percent(data.negative_share),
        official=style.percent(data.official_share),
    )
    sections = (
        volume_section(data, lang),
        voice_section(data, lang),
        outlets_section(data, lang),
        stories_section(data, lang),
        terms_section(data, lang),
        named_section(data, lang),
        spikes_section(data, lang),
        incidents_section(data, lang),
    )
    return Report(
        kind="briefing",
        heading=heading,
        sections=sections,
        signature=signature,
        summary=summary,
        empty=data.total == 0 and not data.alerts,
        lang=lang,
    )
