"""The daily press digest ("điểm tin báo chí") as a ``Report``, from gathered plain data.

Pure: ``services/report_digest.py`` gathers what the actor may see into a ``DigestData``;
this writes it: the figures of the day, each watchlist's main and new or growing stories,
the negative items needing an answer, the open alerts, the claims waiting for review and
the statements published with their pickup. Titles are kept as they were published (the
renderers escape them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from toancanh.reports import style
from toancanh.reports.model import (
    Block,
    BulletList,
    Heading,
    Paragraph,
    Report,
    Section,
    Signature,
    Table,
    Tone,
)

MAIN_STORIES = 5
NEW_STORIES = 5
NEGATIVE_ITEMS = 10

LABELS = {
    "title": ("Điểm tin báo chí ngày {day}", "Press digest of {day}"),
    "figures": ("Số liệu chung", "Figures of the day"),
    "watch": ("Danh sách theo dõi", "Watchlist"),
    "articles": ("Số tin", "Articles"),
    "positive": ("Tích cực", "Positive"),
    "negative": ("Tiêu cực", "Negative"),
    "official": ("Nguồn chính thống", "Official sources"),
    "change": ("So với hôm trước", "Change vs previous day"),
    "total": ("Tổng", "Total"),
    "main": ("Tin chính", "Main stories"),
    "new": ("Mới hoặc đang tăng", "New or growing"),
    "started": ("mới xuất hiện", "new today"),
    "grew": ("thêm {n} tin", "{n} more today"),
    "none": ("Không có.", "None."),
    "no_articles": ("Không có tin trong ngày.", "No article that day."),
    "negatives": ("Tin tiêu cực cần phản hồi", "Negative items needing an answer"),
    "alerts": ("Cảnh báo đang mở", "Open alerts"),
    "since": ("từ {when}", "since {when}"),
    "severity": ("mức {level}", "{level}"),
    "claims": ("Thông tin chờ kiểm chứng", "Claims waiting for review"),
    "appearances": ("{n} bài đăng", "in {n} articles"),
    "statements": ("Thông cáo đã công bố trong ngày", "Statements published that day"),
    "pickup": (
        "{articles} bài, {outlets} cơ quan báo chí đăng lại",
        "picked up by {articles} articles in {outlets} outlets",
    ),
    "stories_size": ("{n} tin, {k} báo", "{n} articles, {k} outlets"),
    "summary": (
        "Ngày {day} có {total} tin về {watches} danh sách theo dõi ({negative} tiêu cực); "
        "{alerts} cảnh báo đang mở.",
        "On {day}: {total} articles on {watches} watchlists ({negative} negative); "
        "{alerts} open alerts.",
    ),
    "empty": (
        "Không có tin nào về các danh sách theo dõi trong ngày và không có cảnh báo đang mở.",
        "No article on the watchlists that day and no open alert.",
    ),
}


@dataclass(frozen=True)
class StoryItem:
    """A story of the day: its first article's title, link, outlet and time, its tone."""

    title: str
    url: str | None
    outlet: str | None
    published_at: datetime | None
    tone: str | None
    articles: int  # the story's articles that day in the watchlist
    outlets: int
    negative: int = 0
    new: bool = False  # its first article appeared that day (else it grew that day)


@dataclass(frozen=True)
class WatchDay:
    name: str
    total: int = 0
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    official: int = 0
    previous: int = 0  # articles the day before
    stories: tuple[StoryItem, ...] = ()  # biggest first

    @property
    def rated(self) -> int:
        return self.positive + self.neutral + self.negative


@dataclass(frozen=True)
class AlertItem:
    title: str
    severity: str
    since: datetime
    watch: str | None = None
    stories: tuple[str, ...] = ()  # titles of the stories that drove it


@dataclass(frozen=True)
class ClaimItem:
    text: str
    article_title: str
    url: str | None
    outlet: str | None
    appearances: int
    outlets: int = 0


@dataclass(frozen=True)
class StatementItem:
    title: str
    url: str | None
    issuer: str
    published_at: datetime | None
    articles: int
    outlets: int


@dataclass(frozen=True)
class DigestData:
    day: date
    watches: tuple[WatchDay, ...]
    alerts: tuple[AlertItem, ...] = ()
    claims: tuple[ClaimItem, ...] = ()
    statements: tuple[StatementItem, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.alerts and not any(w.total for w in self.watches)


def digest_title(day: date, lang: str = "vi") -> str:
    return style.labels(LABELS, lang)["title"].format(day=style.day(day))


def share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _tone(value: str | None) -> Tone | None:
    return value if value in ("positive", "neutral", "negative") else None  # type: ignore[return-value]


def story_line(story: StoryItem, lang: str, note: str | None = None) -> Paragraph:
    """ "Title — Outlet, 14:05; 3 articles, 2 outlets": the title links to the story's first
    article; its tone is the paragraph's mark (each renderer shows it in the report's
    language, in colour where it can)."""
    words = style.labels(LABELS, lang)
    size = words["stories_size"].format(n=style.number(story.articles), k=story.outlets)
    tail = f"{story.outlet or '–'}, {style.time_of(story.published_at)}; {size}"
    tail += f"; {note}" if note else ""
    return Paragraph(f"{story.title} — {tail}", link=story.url, tone=_tone(story.tone))


def story_note(story: StoryItem, lang: str) -> str | None:
    """ "new today", or how much a story begun earlier grew that day."""
    words = style.labels(LABELS, lang)
    if story.new:
        return words["started"]
    return words["grew"].format(n=style.number(story.articles)) if story.articles > 1 else None


def figures_table(data: DigestData, lang: str) -> Table:
    words = style.labels(LABELS, lang)
    rows = []
    for w in data.watches:
        rows.append(_figure_row(w.name, w, lang))
    total = WatchDay(
        name=words["total"],
        total=sum(w.total for w in data.watches),
        positive=sum(w.positive for w in data.watches),
        neutral=sum(w.neutral for w in data.watches),
        negative=sum(w.negative for w in data.watches),
        official=sum(w.official for w in data.watches),
        previous=sum(w.previous for w in data.watches),
    )
    if len(data.watches) > 1:
        rows.append(_figure_row(words["total"], total, lang))
    columns = ("watch", "articles", "positive", "negative", "official", "change")
    return Table(
        columns=tuple(words[c] for c in columns),
        rows=tuple(rows),
        numeric=(False, True, True, True, True, True),
    )


def _figure_row(name: str, w: WatchDay, lang: str) -> tuple[str, ...]:
    return (
        name,
        style.number(w.total),
        style.percent(share(w.positive, w.rated)),
        style.percent(share(w.negative, w.rated)),
        style.percent(share(w.official, w.total)),
        style.change(w.total, w.previous),
    )


def new_or_growing(stories: tuple[StoryItem, ...]) -> list[StoryItem]:
    """Beyond the main stories: those that started that day, then those begun earlier
    that gained the most articles that day (at least two)."""
    stories = stories[MAIN_STORIES:]
    started = [s for s in stories if s.new]
    grew = sorted((s for s in stories if not s.new and s.articles > 1), key=lambda s: -s.articles)
    return (started + grew)[:NEW_STORIES]


def watch_section(w: WatchDay, lang: str) -> Section:
    """The watchlist's main stories (each marked new or grown that day), then the other
    stories of the day that are new or growing."""
    words = style.labels(LABELS, lang)
    if not w.total:
        return Section(w.name, (Paragraph(words["no_articles"], emphasis="italic"),))
    main = [story_line(s, lang, story_note(s, lang)) for s in w.stories[:MAIN_STORIES]]
    blocks: list[Block] = [Paragraph(words["main"], emphasis="bold"), _bullets(main, words)]
    fresh = [story_line(s, lang, story_note(s, lang)) for s in new_or_growing(w.stories)]
    if fresh:
        blocks += [Paragraph(words["new"], emphasis="bold"), BulletList(tuple(fresh))]
    return Section(w.name, tuple(blocks))


def _bullets(items: list[Paragraph], words: dict[str, str]) -> Block:
    return BulletList(tuple(items)) if items else Paragraph(words["none"], emphasis="italic")


def negative_section(data: DigestData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    found = [(w.name, s) for w in data.watches for s in w.stories if s.negative]
    found.sort(key=lambda pair: (-pair[1].negative, -pair[1].articles))
    items = [story_line(s, lang, name) for name, s in found[:NEGATIVE_ITEMS]]
    return Section(words["negatives"], (_bullets(items, words),))


def alert_line(alert: AlertItem, lang: str) -> Paragraph:
    words = style.labels(LABELS, lang)
    level = words["severity"].format(level=style.severity(alert.severity, lang))
    since = words["since"].format(when=style.when(alert.since))
    where = f" ({alert.watch})" if alert.watch else ""
    return Paragraph(f"[{level}] {alert.title}{where} — {since}")


def alerts_section(data: DigestData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    return Section(words["alerts"], (_bullets([alert_line(a, lang) for a in data.alerts], words),))


def claims_section(data: DigestData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    items = [
        Paragraph(
            f"«{c.text}» — {c.outlet or '–'}: {c.article_title}; "
            + words["appearances"].format(n=style.number(c.appearances)),
            link=c.url,
        )
        for c in data.claims
    ]
    return Section(words["claims"], (_bullets(items, words),))


def statements_section(data: DigestData, lang: str) -> Section:
    words = style.labels(LABELS, lang)
    items = [
        Paragraph(
            f"{s.title} — {s.issuer}, {style.time_of(s.published_at)}: "
            + words["pickup"].format(articles=style.number(s.articles), outlets=s.outlets),
            link=s.url,
        )
        for s in data.statements
    ]
    return Section(words["statements"], (_bullets(items, words),))


def compose_digest(
    data: DigestData,
    heading: Heading,
    signature: Signature,
    lang: Literal["vi", "en"] = "vi",
) -> Report:
    """The digest of ``data.day``: figures, one section per watchlist, then what needs an
    answer (negative items, open alerts, claims) and the statements of the day."""
    words = style.labels(LABELS, lang)
    total = sum(w.total for w in data.watches)
    summary = words["summary"].format(
        day=style.day(data.day),
        total=style.number(total),
        watches=len(data.watches),
        negative=style.number(sum(w.negative for w in data.watches)),
        alerts=len(data.alerts),
    )
    if data.empty:
        summary = words["empty"]
    sections = [
        Section(words["figures"], (figures_table(data, lang),)),
        *(watch_section(w, lang) for w in data.watches),
        negative_section(data, lang),
        alerts_section(data, lang),
        claims_section(data, lang),
        statements_section(data, lang),
    ]
    return Report(
        kind="digest",
        heading=heading,
        sections=tuple(sections),
        signature=signature,
        summary=summary,
        empty=data.empty,
        lang=lang,
    )
