"""What the API's routes share: dependencies, paging, the article filters.

Paging: every list takes ``limit`` (1-200) and ``offset`` and answers with the ``Page``
envelope. A route asks the store for ``limit + 1`` rows: the extra one only tells whether
a next page exists (no count of the whole result, which costs a scan on a big store).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Depends, HTTPException, Path, Query

from toancanh.access import Actor
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.domain.accounts import User
from toancanh.domain.articles import ArticleFilters
from toancanh.resolve import article_filters
from toancanh.services import watchlists
from toancanh.store import Store
from toancanh.web.api.models import Error, SyntaxErrorAnswer
from toancanh.web.deps import (
    api_actor,
    api_actor_at_least,
    api_role,
    api_user,
    get_store,
)

T = TypeVar("T")

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000
MAX_ID = 2**31 - 1

StoreDep = Annotated[Store, Depends(get_store)]
ActorDep = Annotated[Actor, Depends(api_actor)]
AnalystActor = Annotated[Actor, Depends(api_actor_at_least("analyst"))]
AdminActor = Annotated[Actor, Depends(api_actor_at_least("admin"))]
UserDep = Annotated[User, Depends(api_user)]
AnalystDep = Annotated[User, Depends(api_role("analyst"))]
AdminDep = Annotated[User, Depends(api_role("admin"))]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT}).")]
Offset = Annotated[
    int,
    Query(ge=0, le=MAX_OFFSET, description="Items to skip: the `next_offset` of the last page."),
]
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


def id_path(what: str) -> Any:
    return Path(ge=1, le=MAX_ID, description=f"The {what}'s id.")


WatchId = Annotated[int, id_path("watchlist")]

# The error answers every route may give, for the OpenAPI document.
READ_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Error, "description": "A value that cannot be used; the message says why."},
    401: {"model": Error, "description": "No valid API token or session."},
    404: {"model": Error, "description": "Not found, or not visible to your unit."},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **READ_ERRORS,
    403: {"model": Error, "description": "Your role may not do this (or no CSRF token)."},
    409: {"model": Error, "description": "It conflicts with what is stored (a name taken ...)."},
}
SYNTAX_ERROR: dict[int | str, dict[str, Any]] = {
    400: {
        "model": SyntaxErrorAnswer,
        "description": "A value that cannot be used; a query's mistake with its position.",
    }
}


def page(
    rows: Sequence[T], limit: int, offset: int, shape: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    """The envelope of ``rows``, fetched with ``limit + 1``: the extra row means more."""
    more = len(rows) > limit
    return {
        "items": [shape(r) for r in rows[:limit]],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def page_of(
    rows: Sequence[T], limit: int, offset: int, shape: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    """The envelope of one page of a list held whole in memory."""
    return page(rows[offset : offset + limit + 1], limit, offset, shape)


def not_found(what: str, ident: object) -> HTTPException:
    return HTTPException(404, f"no {what} #{ident}")


def filters(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    outlet: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Only this outlet: its name or part of it, diacritics optional.",
        ),
    ] = None,
    topic: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Main topic: its label or Vietnamese name ('Giáo dục').",
        ),
    ] = None,
    sentiment: Annotated[
        str | None,
        # documented, not enforced here: the server reads any case and refuses others (400)
        Query(description="The tone.", json_schema_extra={"enum": list(SENTIMENT_LABELS)}),
    ] = None,
    agency: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Naming this body (full name or abbreviation; old bodies count).",
        ),
    ] = None,
    place: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Naming this province or city (old units count).",
        ),
    ] = None,
    legal_ref: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=200,
            description="Citing this document: '15/2020/NĐ-CP', 'nd 15/2020', 'Luật Đất đai'.",
        ),
    ] = None,
) -> ArticleFilters:
    """The article filters of a request, resolved like the CLI's: a name the store does
    not know answers 400 with the parameter in ``field`` (no schema can list them)."""
    return article_filters(
        store,
        since=since,
        until=until,
        outlet=outlet,
        topic=topic,
        sentiment=sentiment,
        agency=agency,
        place=place,
        legal_ref=legal_ref,
    )


FiltersDep = Annotated[ArticleFilters, Depends(filters)]


def hidden_watch_ids(store: Store, user: User) -> list[int]:
    """The watches whose existence ``user`` may not learn (other units' private ones)."""
    return watchlists.hidden_ids(store, Actor.of(user))
