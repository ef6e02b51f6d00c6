"""SQL for trends: counts per day (or hour) of a subject's articles, by tone and source.

A *subject* is what a trend is about: a watch (its matches, one index range scan), a
facet value (a topic, an agency, a place, a legal document, a policy area) or an outlet.
Days are counted in Vietnam time (UTC+7 all year: no daylight saving), in SQL, so that
a year of a busy subject comes back as a few hundred rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    distinct,
    func,
    literal,
    select,
)

from toancanh.store.schema import (
    article_analysis,
    article_facets,
    articles,
    outlets,
    watch_matches,
)
from toancanh.store.sql.watches import local_day_number

SubjectKind = Literal[
    "watch", "topic", "agency", "place", "legal_ref", "policy_area", "outlet", "all"
]
FACET_KINDS = ("topic", "agency", "place", "legal_ref", "policy_area")
Bucket = Literal["day", "hour"]
VIETNAM_OFFSET_HOURS = 7


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    value: str  # a watch id (as text), a facet value or an outlet name
    label: str  # what to show: the watch's name, the facet value, the outlet


@dataclass(frozen=True)
class BucketCount:
    bucket: str  # "2026-11-20" or "2026-11-20 14"
    sentiment: str | None
    official: bool
    count: int


def _bucket(column: Any, conn: Connection, by: Bucket) -> ColumnElement[str]:
    """The local day (or hour) of a UTC timestamp column, as text."""
    if conn.dialect.name == "sqlite":
        fmt = "%Y-%m-%d" if by == "day" else "%Y-%m-%d %H"
        return func.strftime(fmt, column, f"+{VIETNAM_OFFSET_HOURS} hours")
    fmt = "YYYY-MM-DD" if by == "day" else "YYYY-MM-DD HH24"
    shifted = column + func.make_interval(0, 0, 0, 0, VIETNAM_OFFSET_HOURS)
    return func.to_char(shifted, fmt)


def _published() -> ColumnElement[datetime]:
    return func.coalesce(articles.c.published_at, articles.c.created_at)


def _official() -> ColumnElement[bool]:
    return func.coalesce(outlets.c.official, literal(False))


def subject_rows(subject: Subject) -> tuple[Select[Any], dict[str, ColumnElement[Any]]]:
    """A FROM clause of the subject's articles and its date/tone/official/id columns."""
    if subject.kind == "watch":
        source = select(watch_matches).where(watch_matches.c.watch_id == int(subject.value))
        matches = source.subquery("m")
        columns: dict[str, ColumnElement[Any]] = {
            "published_at": matches.c.published_at,
            "sentiment": matches.c.sentiment,
            "official": matches.c.official,
            "article_id": matches.c.article_id,
            "outlet": matches.c.outlet,
            "story_id": matches.c.story_id,
            "day": matches.c.day,
        }
        return select(matches), columns
    joined = articles.outerjoin(
        article_analysis, article_analysis.c.article_id == articles.c.id
    ).outerjoin(outlets, outlets.c.name == articles.c.outlet)
    if subject.kind == "outlet":
        where: ColumnElement[bool] = articles.c.outlet == subject.value
    elif subject.kind == "all":
        where = literal(True)
    else:
        joined = joined.join(
            article_facets,
            and_(
                article_facets.c.article_id == articles.c.id,
                article_facets.c.kind == subject.kind,
                article_facets.c.value == subject.value,
            ),
        )
        where = literal(True)
    base = (
        select(
            articles.c.id.label("article_id"),
            _published().label("published_at"),
            article_analysis.c.sentiment.label("sentiment"),
            _official().label("official"),
            articles.c.outlet.label("outlet"),
            articles.c.story_id.label("story_id"),
        )
        .select_from(joined)
        .where(where)
    )
    rows = base.subquery("s")
    columns = {
        "published_at": rows.c.published_at,
        "sentiment": rows.c.sentiment,
        "official": rows.c.official,
        "article_id": rows.c.article_id,
        "outlet": rows.c.outlet,
        "story_id": rows.c.story_id,
    }
    return select(rows), columns


def _in_period(
    c: dict[str, ColumnElement[Any]], since: datetime, until: datetime
) -> list[ColumnElement[bool]]:
    """The period's conditions; on watch matches also on the day column, so that the
    index (watch, day, ...) bounds the scan."""
    conditions = [c["published_at"] >= since, c["published_at"] < until]
    if "day" in c:
        conditions += [c["day"] >= local_day_number(since), c["day"] <= local_day_number(until)]
    return conditions


def _day_text(day: int) -> str:
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def counts(
    conn: Connection,
    subject: Subject,
    *,
    since: datetime,
    until: datetime,
    by: Bucket = "day",
) -> list[BucketCount]:
    """Articles per bucket, tone and official/other, in [since, until)."""
    _, c = subject_rows(subject)
    if by == "day" and "day" in c:  # watch matches: group on the stored day, in index order
        query = (
            select(c["day"], c["sentiment"], c["official"], func.count().label("n"))
            .where(*_in_period(c, since, until))
            .group_by(c["day"], c["sentiment"], c["official"])
            .order_by(c["day"])
        )
        return [
            BucketCount(_day_text(day), tone, bool(official), int(n))
            for day, tone, official, n in conn.execute(query)
        ]
    bucket = _bucket(c["published_at"], conn, by).label("bucket")
    query = (
        select(bucket, c["sentiment"], c["official"], func.count().label("n"))
        .where(*_in_period(c, since, until))
        .group_by(bucket, c["sentiment"], c["official"])
        .order_by(bucket)
    )
    return [
        BucketCount(r.bucket, r.sentiment, bool(r.official), int(r.n)) for r in conn.execute(query)
    ]


def top_outlets(
    conn: Connection, subject: Subject, *, since: datetime, until: datetime, limit: int = 10
) -> list[dict[str, Any]]:
    _, c = subject_rows(subject)
    negative = func.sum(case((c["sentiment"] == "negative", 1), else_=0))
    # max() of a boolean: PostgreSQL has none, so count the official rows instead.
    official = func.sum(case((c["official"].is_(True), 1), else_=0))
    query = (
        select(c["outlet"], func.count().label("n"), negative.label("negative"), official)
        .where(*_in_period(c, since, until))
        .group_by(c["outlet"])
        .order_by(func.count().desc(), c["outlet"])
        .limit(limit)
    )
    return [
        {"outlet": outlet, "count": int(n), "negative": int(neg or 0), "official": bool(off)}
        for outlet, n, neg, off in conn.execute(query)
    ]


def top_stories(
    conn: Connection, subject: Subject, *, since: datetime, until: datetime, limit: int = 10
) -> list[dict[str, Any]]:
    """The subject's biggest stories in the period: articles and outlets in it."""
    _, c = subject_rows(subject)
    negative = func.sum(case((c["sentiment"] == "negative", 1), else_=0))
    query = (
        select(
            c["story_id"],
            func.count().label("n"),
            func.count(distinct(c["outlet"])).label("outlets"),
            negative.label("negative"),
            func.min(c["published_at"]).label("first"),
            func.max(c["published_at"]).label("last"),
        )
        .where(*_in_period(c, since, until))
        .group_by(c["story_id"])
        .order_by(func.count().desc(), func.max(c["published_at"]).desc())
        .limit(limit)
    )
    rows = list(conn.execute(query))
    titles = story_titles(conn, [r.story_id for r in rows])
    return [
        {
            "story_id": r.story_id,
            "title": titles.get(r.story_id, ""),
            "size": int(r.n),
            "outlets": int(r.outlets),
            "negative": int(r.negative or 0),
            "first_published": r.first,
            "last_published": r.last,
        }
        for r in rows
    ]


def story_titles(conn: Connection, story_ids: Sequence[int]) -> dict[int, str]:
    if not story_ids:
        return {}
    query = select(articles.c.id, articles.c.title).where(articles.c.id.in_(list(story_ids)))
    return {r.id: r.title for r in conn.execute(query)}


def titles(
    conn: Connection,
    subject: Subject,
    *,
    since: datetime,
    until: datetime,
    limit: int = 20000,
    every: int = 1,
) -> list[tuple[datetime, str, int]]:
    """(date, title, story id) of the subject's articles in the period, newest first;
    with ``every`` > 1 only one article id in ``every`` (an even sample of a big period)."""
    _, c = subject_rows(subject)
    query = (
        select(c["published_at"], articles.c.title, c["story_id"])
        .select_from(c["article_id"].table.join(articles, articles.c.id == c["article_id"]))
        .where(*_in_period(c, since, until))
        .order_by(c["published_at"].desc())
        .limit(limit)
    )
    if every > 1:
        query = query.where(c["article_id"] % every == 0)
    return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def watch_daily_counts(
    conn: Connection, *, since: datetime, until: datetime
) -> list[tuple[int, str, int, int]]:
    """(watch id, local day, articles, negative articles) for every watch at once."""
    m = watch_matches.c
    negative = func.sum(case((m.sentiment == "negative", 1), else_=0))
    query = (
        select(m.watch_id, m.day, func.count(), negative)
        .where(
            m.day >= local_day_number(since),
            m.day <= local_day_number(until),
            m.published_at >= since,
            m.published_at < until,
        )
        .group_by(m.watch_id, m.day)
    )
    return [(int(w), _day_text(d), int(n), int(neg or 0)) for w, d, n, neg in conn.execute(query)]


def facet_daily_counts(
    conn: Connection, kinds: Sequence[str], *, since: datetime, until: datetime
) -> list[tuple[str, str, str, int, int]]:
    """(kind, value, local day, articles, negative articles) for every facet value."""
    published = _published()
    day = _bucket(published, conn, "day").label("day")
    negative = func.sum(case((article_analysis.c.sentiment == "negative", 1), else_=0))
    query = (
        select(article_facets.c.kind, article_facets.c.value, day, func.count(), negative)
        .select_from(
            article_facets.join(articles, articles.c.id == article_facets.c.article_id).outerjoin(
                article_analysis, article_analysis.c.article_id == articles.c.id
            )
        )
        .where(article_facets.c.kind.in_(list(kinds)), published >= since, published < until)
        .group_by(article_facets.c.kind, article_facets.c.value, day)
    )
    return [(k, v, d, int(n), int(neg or 0)) for k, v, d, n, neg in conn.execute(query)]


def day_stories(
    conn: Connection, subject: Subject, *, since: datetime, until: datetime, limit: int = 5
) -> list[dict[str, Any]]:
    """The stories that drove a subject's counts in a period (a spike's day)."""
    return top_stories(conn, subject, since=since, until=until, limit=limit)


def recent_stories(
    conn: Connection, *, since: datetime, min_outlets: int = 2, limit: int = 200
) -> list[dict[str, Any]]:
    """Stories whose first article is recent, with their articles' dates and outlets."""
    published = _published()
    # A story's id is its first article's id: the story is new when that article is.
    head = articles.alias("head")
    head_published = func.coalesce(head.c.published_at, head.c.created_at)
    outlet_count = func.count(distinct(articles.c.outlet))
    heads = (
        select(articles.c.story_id)
        .select_from(articles.join(head, head.c.id == articles.c.story_id))
        .where(published >= since, head_published >= since)
        .group_by(articles.c.story_id)
        .having(outlet_count >= min_outlets)
        .order_by(outlet_count.desc())
        .limit(limit)
        .subquery()
    )
    query = (
        select(
            articles.c.story_id,
            articles.c.id,
            articles.c.outlet,
            published.label("published_at"),
            func.coalesce(outlets.c.official, literal(False)).label("official"),
        )
        .select_from(
            articles.join(heads, heads.c.story_id == articles.c.story_id).outerjoin(
                outlets, outlets.c.name == articles.c.outlet
            )
        )
        .order_by(articles.c.story_id, published)
    )
    stories: dict[int, dict[str, Any]] = {}
    for r in conn.execute(query):
        story = stories.setdefault(r.story_id, {"story_id": r.story_id, "articles": []})
        story["articles"].append((r.published_at, r.outlet, bool(r.official)))
    found = story_titles(conn, list(stories))
    for story_id, story in stories.items():
        story["title"] = found.get(story_id, "")
    return list(stories.values())


def story_tones(
    conn: Connection, subject: Subject, *, since: datetime, until: datetime
) -> list[tuple[int, bool, str | None, int, int]]:
    """(story id, official, sentiment, articles, outlets) of the subject's recent stories."""
    _, c = subject_rows(subject)
    query = (
        select(
            c["story_id"],
            c["official"],
            c["sentiment"],
            func.count(),
            func.count(distinct(c["outlet"])),
        )
        .where(*_in_period(c, since, until))
        .group_by(c["story_id"], c["official"], c["sentiment"])
    )
    return [(int(s), bool(o), t, int(n), int(k)) for s, o, t, n, k in conn.execute(query)]


def story_outlet_counts(
    conn: Connection, subject: Subject, *, since: datetime, until: datetime
) -> list[tuple[int, int, int]]:
    """(story id, distinct outlets, articles) of the subject's stories in the period."""
    _, c = subject_rows(subject)
    query = (
        select(c["story_id"], func.count(distinct(c["outlet"])), func.count())
        .where(*_in_period(c, since, until))
        .group_by(c["story_id"])
    )
    return [(int(s), int(k), int(n)) for s, k, n in conn.execute(query)]
