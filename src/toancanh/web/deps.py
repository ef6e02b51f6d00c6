"""What every request needs: the store, the signed-in user, the language, CSRF checks.

A user is signed in by a session cookie (the dashboard) or an ``Authorization: Bearer``
API token. Requests that change something and come with a session cookie must carry the
session's CSRF token (the ``X-CSRF-Token`` header, which htmx sends on every request, or a
``csrf_token`` form field); token requests need none (a browser never sends them by
itself).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import HTTPException, Request

from toancanh.access import Actor, require_role
from toancanh.config import Settings
from toancanh.domain.accounts import User
from toancanh.services import sessions
from toancanh.store import Store
from toancanh.web.auth import SESSION_COOKIE, csrf_matches
from toancanh.web.cache import ComputeCache
from toancanh.web.i18n import LANGUAGE_COOKIE, pick_language

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Visitor:
    """Who is asking: a user (or nobody), how they proved it, their CSRF token."""

    user: User | None
    via: str  # session, token, none
    csrf_token: str = ""


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_cache(request: Request) -> ComputeCache:
    return request.app.state.cache


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def visitor(request: Request) -> Visitor:
    """The visitor of this request, looked up once."""
    cached = getattr(request.state, "visitor", None)
    if isinstance(cached, Visitor):
        return cached
    store = get_store(request)
    header = request.headers.get("authorization", "")
    found = Visitor(None, "none")
    if header.lower().startswith("bearer "):
        user = sessions.token_user(store, header[7:].strip())
        found = Visitor(user, "token") if user else Visitor(None, "bad_token")
    else:
        session = sessions.session_user(store, request.cookies.get(SESSION_COOKIE))
        if session is not None:
            found = Visitor(session[0], "session", session[1])
    request.state.visitor = found
    return found


def language(request: Request) -> str:
    return pick_language(request.cookies.get(LANGUAGE_COOKIE))


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def check_csrf(request: Request) -> None:
    """Refuse a state-changing request made with a session cookie but no valid token."""
    if request.method not in UNSAFE_METHODS:
        return
    who = visitor(request)
    if who.via != "session":
        return
    given = request.headers.get("x-csrf-token")
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        given = value if isinstance(value, str) else None
    if not csrf_matches(who.csrf_token, given):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


class SignInRequired(Exception):
    """A page asked for without a session: the visitor is sent to the sign-in page."""


def page_user(request: Request) -> User:
    """Dependency of every page: the signed-in user, or off to the sign-in page."""
    who = visitor(request)
    if who.user is None:
        raise SignInRequired
    return who.user


def _role(role: str, signed_in: Callable[[Request], User]) -> Callable[[Request], User]:
    """The user ``signed_in`` gives, with at least ``role`` (403 otherwise)."""

    def check(request: Request) -> User:
        user = signed_in(request)
        require_role(Actor.of(user), role)  # a Forbidden, shown in the visitor's language
        return user

    return check


def page_role(role: str) -> Callable[[Request], User]:
    """Dependency of a page that changes something: at least ``role`` (403 otherwise)."""
    return _role(role, page_user)


def api_user(request: Request) -> User:
    """Dependency of every API route: a valid token or session (401 otherwise)."""
    who = visitor(request)
    if who.user is None:
        raise HTTPException(
            401,
            "send an API token: Authorization: Bearer TOKEN (toancanh users token EMAIL)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return who.user


def api_role(role: str) -> Callable[[Request], User]:
    return _role(role, api_user)


def page_actor(request: Request) -> Actor:
    """Dependency of a page that calls a service: the signed-in user as an actor."""
    return Actor.of(page_user(request))


def api_actor(request: Request) -> Actor:
    """Dependency of an API route that calls a service (the service checks the role)."""
    return Actor.of(api_user(request))


def _actor_role(role: str, as_actor: Callable[[Request], Actor]) -> Callable[[Request], Actor]:
    """The actor ``as_actor`` gives, with at least ``role`` (403 otherwise)."""

    def check(request: Request) -> Actor:
        actor = as_actor(request)
        require_role(actor, role)
        return actor

    return check


def page_actor_at_least(role: str) -> Callable[[Request], Actor]:
    """A page that changes something: the role is checked before the form is read, so a
    viewer is told at once (the service checks it again, with the records)."""
    return _actor_role(role, page_actor)


def api_actor_at_least(role: str) -> Callable[[Request], Actor]:
    """An API route that changes something: as ``page_actor_at_least``."""
    return _actor_role(role, api_actor)
