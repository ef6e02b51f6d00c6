"""What the API's routes share: the router, dependencies, error answers.

Paging is in ``paging``, the period and article filters in ``filters``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path
from fastapi.types import DecoratedCallable

from toancanh.access import Actor
from toancanh.domain.accounts import User
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

MAX_ID = 2**31 - 1

StoreDep = Annotated[Store, Depends(get_store)]
ActorDep = Annotated[Actor, Depends(api_actor)]
AnalystActor = Annotated[Actor, Depends(api_actor_at_least("analyst"))]
AdminActor = Annotated[Actor, Depends(api_actor_at_least("admin"))]
UserDep = Annotated[User, Depends(api_user)]
AnalystDep = Annotated[User, Depends(api_role("analyst"))]
AdminDep = Annotated[User, Depends(api_role("admin"))]


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

    def remove(self, path: str, summary: str, description: str) -> Route:
        """A DELETE route answering 204 (no content)."""
        return self.write("delete", path, summary, status_code=204, description=description)


def not_found(what: str, ident: object) -> HTTPException:
    return HTTPException(404, f"no {what} #{ident}")


def hidden_watch_ids(store: Store, user: User) -> list[int]:
    """The watches whose existence ``user`` may not learn (other units' private ones)."""
    return watchlists.hidden_ids(store, Actor.of(user))
