"""What the API's routes share: dependencies, paging, the article filters.

Paging: every list takes ``limit`` (1-200) and ``offset`` and answers with the ``Page``
envelope. A route asks the store for ``limit + 1`` rows: the extra one only tells whether
a next page exists (no count of the whole result, which costs a scan on a big store).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.types import DecoratedCallable

from toancanh.access import Actor
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
Since = Annotated[
    str | None,
    Query(description="From this date: 2026-10-01, 01/10/2026, ISO 8601, or 7d / 24h / 2w."),
]
Until = Annotated[str | None, Query(description="Before this date (same forms as `since`).")]


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


Route = Callable[[DecoratedCallable], DecoratedCallable]


class Router(APIRouter):
    """A resource's routes, each documenting the error answers it may give.

    Every route may answer ``READ_ERRORS``; ``write`` routes ``WRITE_ERRORS`` too (or the
    ``responses`` given), so a route's decorator says only its path, summary and answer.
    """

    def __init__(self, tag: str, prefix: str = "") -> None:
        super().__init__(prefix=prefix, tags=[tag], responses=READ_ERRORS)

    def read(self, path: str, summary: str, model: Any = None, **options: Any) -> Route:
        """A GET route answering ``model`` (else the function's return annotation)."""
        if model is not None:
            options["response_model"] = model
        return self.get(path, summary=summary, **options)

    def write(
        self, method: str, path: str, summary: str, model: Any = None, **options: Any
    ) -> Route:
        """A ``method`` ("post", "patch", "delete") route that changes what is stored."""
        if model is not None:
            options["response_model"] = model
        options.setdefault("responses", WRITE_ERRORS)
        route: Route = getattr(self, method)(path, summary=summary, **options)
        return route


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
