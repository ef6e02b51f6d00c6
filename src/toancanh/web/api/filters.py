"""The query parameters that select articles: the period and the article filters."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query

from toancanh.domain.articles import ArticleFilters
from toancanh.resolve import article_filters
from toancanh.web.api.common import StoreDep

Since = Annotated[
    str | None,
    Query(description="From this date: 2026-10-01, 01/10/2026, ISO 8601, or 7d / 24h / 2w."),
]
Until = Annotated[str | None, Query(description="Before this date (same forms as `since`).")]


def filters(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    outlet: Annotated[
        str | None,
        Query(description="Only this outlet: its name or part of it, diacritics optional."),
    ] = None,
    topic: Annotated[
        str | None,
        Query(description="Main topic: its label or Vietnamese name ('Giáo dục')."),
    ] = None,
    sentiment: Annotated[str | None, Query(description="positive, neutral or negative.")] = None,
    agency: Annotated[
        str | None,
        Query(description="Naming this body (full name or abbreviation; old bodies count)."),
    ] = None,
    place: Annotated[
        str | None, Query(description="Naming this province or city (old units count).")
    ] = None,
    legal_ref: Annotated[
        str | None,
        Query(description="Citing this document: '15/2020/NĐ-CP', 'nd 15/2020', 'Luật Đất đai'."),
    ] = None,
) -> ArticleFilters:
    """The article filters of a request, resolved like the CLI's (400 when unknown)."""
    return article_filters(store, since, until, outlet, topic, sentiment, agency, place, legal_ref)


FiltersDep = Annotated[ArticleFilters, Depends(filters)]
