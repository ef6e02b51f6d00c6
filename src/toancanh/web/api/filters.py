"""The query parameters that select articles: the period and the article filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.domain.articles import ArticleFilters
from toancanh.resolve import article_filters
from toancanh.web.api.common import StoreDep

# The forms of a day or time the API reads (``resolve.parse_when``), written out in the
# OpenAPI document: 7d / 24h / 2w, 2026-10-01 (with a time and a zone if wanted),
# 01/10/2026. The pattern documents, the server decides: another spelling, or an
# impossible day (2026-02-30), answers 400 with a message saying which forms to use, in
# the user's language (FastAPI's own 422 would only repeat the pattern).
WHEN_PATTERN = (
    r"^(?:[0-9]{1,5}[hdwHDW]"
    r"|(?:19|20|21)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    r"(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?)?"
    r"|(?:0?[1-9]|[12][0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20|21)[0-9]{2})$"
)


def when_query(description: str) -> Any:
    return Query(
        max_length=40, description=description, json_schema_extra={"pattern": WHEN_PATTERN}
    )


Since = Annotated[
    str | None,
    when_query("From this date: 2026-10-01, 2026-10-01T08:00+07:00, 01/10/2026, 7d / 24h / 2w."),
]
Until = Annotated[str | None, when_query("Before this date (same forms as `since`).")]


def _name(description: str) -> Any:
    """A name typed by the user: an outlet, a topic, a body, a place, a document."""
    return Query(min_length=1, max_length=200, description=description)


def filters(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    outlet: Annotated[
        str | None, _name("Only this outlet: its name or part of it, diacritics optional.")
    ] = None,
    topic: Annotated[
        str | None, _name("Main topic: its label or Vietnamese name ('Giáo dục').")
    ] = None,
    sentiment: Annotated[
        str | None,
        # documented, not enforced here: the server reads any case and refuses others (400)
        Query(description="The tone.", json_schema_extra={"enum": list(SENTIMENT_LABELS)}),
    ] = None,
    agency: Annotated[
        str | None, _name("Naming this body (full name or abbreviation; old bodies count).")
    ] = None,
    place: Annotated[str | None, _name("Naming this province or city (old units count).")] = None,
    legal_ref: Annotated[
        str | None, _name("Citing this document: '15/2020/NĐ-CP', 'nd 15/2020', 'Luật Đất đai'.")
    ] = None,
) -> ArticleFilters:
    """The article filters of a request, resolved like the CLI's: a name the store does
    not know answers 400 with the parameter in ``field`` (no schema can list them)."""
    return article_filters(store, since, until, outlet, topic, sentiment, agency, place, legal_ref)


FiltersDep = Annotated[ArticleFilters, Depends(filters)]
