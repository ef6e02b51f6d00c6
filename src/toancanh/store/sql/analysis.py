"""SQL for analyses: one row per article, facets for filters, analysts' corrections."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    delete,
    exists,
    func,
    insert,
    select,
)

from toancanh.analyze.types import Analysis
from toancanh.domain.articles import ArticleFilters
from toancanh.store.schema import (
    article_analysis,
    article_facets,
    articles,
    label_corrections,
)
from toancanh.store.sql.watches import set_match_sentiment


def facet_rows(article_id: int, analysis: Analysis) -> list[dict[str, Any]]:
    """The facet values an analysis gives an article (deduplicated)."""
    values: set[tuple[str, str]] = set()
    if analysis.topics:
        values.add(("topic", analysis.topics[0].label))
    values.update(("policy_area", area.label) for area in analysis.policy_areas)
    for agency in analysis.agencies:
        values.update((("agency", agency.name), ("agency", agency.current)))
    for place in analysis.places:
        values.update((("place", place.name), ("place", place.current)))
    for ref in analysis.legal_refs:
        key = ref.number or ref.title
        if key:
            values.add(("legal_ref", key))
    return [
        {"kind": kind, "value": value[:300], "article_id": article_id}
        for kind, value in sorted(values)
        if value
    ]


def save_analysis(conn: Connection, article_id: int, analysis: Analysis, now: datetime) -> None:
    """Store (or replace) the analysis of an article and its facets."""
    conn.execute(delete(article_analysis).where(article_analysis.c.article_id == article_id))
    conn.execute(delete(article_facets).where(article_facets.c.article_id == article_id))
    best = analysis.topics[0] if analysis.topics else None
    conn.execute(
        insert(article_analysis),
        {
            "article_id": article_id,
            "language": analysis.language,
            "topic": best.label if best else None,
            "topic_score": best.score if best else None,
            "sentiment": analysis.sentiment.label if analysis.sentiment else None,
            "sentiment_score": analysis.sentiment.score if analysis.sentiment else None,
            "stage": analysis.stage,
            "model_version": analysis.model_version,
            "analyzed_at": now,
            "data": json.dumps(analysis.as_json(), ensure_ascii=False),
        },
    )
    rows = facet_rows(article_id, analysis)
    if rows:
        conn.execute(insert(article_facets), rows)
    # An article re-analysed after it matched watches: their trends follow its new tone.
    set_match_sentiment(conn, article_id, analysis.sentiment.label if analysis.sentiment else None)
    # An analyst's correction outlives a new analysis (a new model, `reanalyze --all`).
    for task, label in latest_corrections(conn, article_id).items():
        apply_correction(conn, article_id, task, label)


def get_analysis(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """The stored analysis, with analysts' corrections applied (the model's own label is
    kept as ``model_label``; ``corrected`` lists what an analyst changed)."""
    query = select(article_analysis.c.data).where(article_analysis.c.article_id == article_id)
    data = conn.execute(query).scalar()
    return with_corrections(json.loads(data)) if data else None


def with_corrections(data: dict[str, Any]) -> dict[str, Any]:
    corrected = data.get("corrected") or {}
    if "sentiment" in corrected:
        model = data.get("sentiment") or {}
        data["sentiment"] = {
            **model,
            "label": corrected["sentiment"],
            "model_label": model.get("label"),
            "evidence": model.get("evidence", [])
            if model.get("label") == corrected["sentiment"]
            else [],
        }
    if "topic" in corrected:
        others = [t for t in data.get("topics", []) if t.get("label") != corrected["topic"]]
        data["topics"] = [{"label": corrected["topic"], "score": 1.0, "corrected": True}, *others]
    return data


def article_ids_to_analyze(
    conn: Connection, *, missing_only: bool, model_version: str | None = None
) -> list[int]:
    """Articles without an analysis (or, with ``model_version``, with another one)."""
    query = select(articles.c.id).order_by(articles.c.id)
    if missing_only:
        analysed = select(article_analysis.c.article_id).where(
            article_analysis.c.article_id == articles.c.id
        )
        if model_version:
            analysed = analysed.where(article_analysis.c.model_version == model_version)
        query = query.where(~exists(analysed))
    return list(conn.execute(query).scalars())


def count_analysed(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(article_analysis)).scalar_one()


def filter_conditions(filters: ArticleFilters) -> list[ColumnElement[bool]]:
    """SQL conditions on ``articles`` for the analysis-based filters."""
    conditions: list[ColumnElement[bool]] = []
    if filters.sentiment:
        conditions.append(
            exists(
                select(article_analysis.c.article_id).where(
                    article_analysis.c.article_id == articles.c.id,
                    article_analysis.c.sentiment == filters.sentiment,
                )
            )
        )
    for kind, values in filters.facets():
        conditions.append(
            exists(
                select(article_facets.c.article_id).where(
                    and_(
                        article_facets.c.article_id == articles.c.id,
                        article_facets.c.kind == kind,
                        article_facets.c.value.in_(list(values)),
                    )
                )
            )
        )
    return conditions


def record_correction(
    conn: Connection,
    article_id: int,
    task: str,
    label: str,
    previous: str | None,
    author: str,
    now: datetime,
) -> None:
    conn.execute(
        insert(label_corrections),
        {
            "article_id": article_id,
            "task": task,
            "label": label,
            "previous": previous,
            "author": author,
            "at": now,
        },
    )


def latest_corrections(conn: Connection, article_id: int) -> dict[str, str]:
    """The last label an analyst gave the article, per task."""
    rows = conn.execute(
        select(label_corrections.c.task, label_corrections.c.label)
        .where(label_corrections.c.article_id == article_id)
        .order_by(label_corrections.c.id)
    )
    return {task: label for task, label in rows}


def correction_log(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    """Every correction of an article, oldest first: task, label, previous, author, at."""
    c = label_corrections.c
    query = (
        select(c.task, c.label, c.previous, c.author, c.at)
        .where(c.article_id == article_id)
        .order_by(c.id)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def apply_correction(conn: Connection, article_id: int, task: str, label: str) -> None:
    """Show the analyst's label from now on: the column, the facet and the stored JSON."""
    row = conn.execute(
        select(article_analysis.c.data).where(article_analysis.c.article_id == article_id)
    ).first()
    if row is None:
        return  # not analysed yet: the correction is kept for training only
    data = json.loads(row.data)
    data.setdefault("corrected", {})[task] = label
    values: dict[str, Any] = {"data": json.dumps(data, ensure_ascii=False)}
    if task == "sentiment":
        values["sentiment"] = label
        set_match_sentiment(conn, article_id, label)
    else:
        values["topic"] = label
        conn.execute(
            delete(article_facets).where(
                article_facets.c.article_id == article_id, article_facets.c.kind == "topic"
            )
        )
        conn.execute(
            insert(article_facets), {"kind": "topic", "value": label, "article_id": article_id}
        )
    conn.execute(
        article_analysis.update().where(article_analysis.c.article_id == article_id).values(values)
    )


def corrections(conn: Connection, task: str) -> list[tuple[str, str]]:
    """(article title + text, label) of every correction, the latest per article."""
    latest = (
        select(func.max(label_corrections.c.id))
        .where(label_corrections.c.task == task)
        .group_by(label_corrections.c.article_id)
    )
    query = (
        select(articles.c.title, articles.c.text, label_corrections.c.label)
        .join(articles, articles.c.id == label_corrections.c.article_id)
        .where(label_corrections.c.id.in_(latest))
        .order_by(label_corrections.c.id)
    )
    return [(f"{r.title}\n\n{r.text}", r.label) for r in conn.execute(query)]


def facet_counts(conn: Connection, kind: str, limit: int = 50) -> list[tuple[str, int]]:
    query = (
        select(article_facets.c.value, func.count().label("n"))
        .where(article_facets.c.kind == kind)
        .group_by(article_facets.c.value)
        .order_by(func.count().desc(), article_facets.c.value)
        .limit(limit)
    )
    return [(r.value, r.n) for r in conn.execute(query)]


def sentiment_counts(conn: Connection) -> dict[str, int]:
    """Articles per sentiment label (analysts' corrections included)."""
    query = (
        select(article_analysis.c.sentiment, func.count().label("n"))
        .where(article_analysis.c.sentiment.is_not(None))
        .group_by(article_analysis.c.sentiment)
    )
    return {r.sentiment: r.n for r in conn.execute(query)}


def known_values(conn: Connection, kind: str) -> list[str]:
    query = select(article_facets.c.value).where(article_facets.c.kind == kind).distinct()
    return list(conn.execute(query).scalars())
