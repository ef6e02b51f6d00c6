"""Accounts (admins only): add, change role or unit, disable or enable, unlock, and issue an
API token (shown once, on the page that issues it; only its hash is kept).

The pages parse the forms and call ``services.accounts``, which holds the rules, as for
``toancanh users``: a valid address, a known role, a password of at least
``MIN_PASSWORD`` characters, and no admin disabling or demoting their own account (a
409, from the app's error page). Input that cannot be taken comes back on the page, in
the visitor's language, with what was typed kept.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.domain.accounts import ROLES
from toancanh.errors import Conflict, Invalid, NotFound, ToanCanhError
from toancanh.services import accounts
from toancanh.services.accounts import NewToken, NewUser
from toancanh.services.passwords import MIN_PASSWORD
from toancanh.web.deps import get_store, page_actor_at_least
from toancanh.web.templating import render

router = APIRouter()
ADMIN = page_actor_at_least("admin")
# What the state buttons of a row ask for (``/users/{id}/{action}``).
ACTIONS: dict[str, dict[str, Any]] = {
    "disable": {"disabled": True},
    "enable": {"disabled": False},
    "unlock": {"unlock": True},
}


def _page(
    request: Request,
    actor: Actor,
    *,
    done: str = "",
    error: ToanCanhError | None = None,
    values: dict[str, Any] | None = None,
    token: NewToken | None = None,
) -> HTMLResponse:
    response = render(
        request,
        "users.html",
        status_code=400 if error else 200,
        users=accounts.list_users(get_store(request), actor),
        roles=ROLES,
        min_password=MIN_PASSWORD,
        done=done,
        error=error,
        values=values or {"role": "viewer"},
        adding=values is not None,
        token=token,
        now=datetime.now(UTC),
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, done: str = "", actor: Actor = Depends(ADMIN)) -> HTMLResponse:
    return _page(request, actor, done=done)


@router.post("/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    email: str = Form(""),
    role: str = Form("viewer"),
    unit: str = Form(""),
    password: str = Form(""),
    actor: Actor = Depends(ADMIN),
) -> Response:
    values = {"email": email, "role": role, "unit": unit}
    try:
        accounts.add_user(get_store(request), actor, NewUser(email, role, unit, password))
    except (Invalid, Conflict) as error:
        return _page(request, actor, error=error, values=values)
    return RedirectResponse("/users?done=user_added", status_code=303)


@router.post("/users/{user_id}", response_class=HTMLResponse)
def change_user(
    request: Request,
    user_id: int,
    role: str = Form(...),
    unit: str = Form(""),
    actor: Actor = Depends(ADMIN),
) -> Response:
    store = get_store(request)
    before = accounts.get_user(store, actor, user_id)
    try:
        after = accounts.change_user(store, actor, user_id, role=role, unit=unit)
    except Invalid as error:
        return _page(request, actor, error=error)
    done = "?done=user_changed" if after != before else ""
    return RedirectResponse(f"/users{done}#user-{user_id}", status_code=303)


@router.post("/users/{user_id}/{action}", response_class=HTMLResponse)
def user_action(
    request: Request,
    user_id: int,
    action: str,
    name: str = Form(""),
    actor: Actor = Depends(ADMIN),
) -> Response:
    store = get_store(request)
    if action == "token":
        try:
            issued = accounts.issue_token(store, actor, user_id, name)
        except Conflict as error:
            return _page(request, actor, error=error)
        return _page(request, actor, token=issued)
    if action not in ACTIONS:
        raise NotFound("no action {action}", action=action)
    accounts.change_user(store, actor, user_id, **ACTIONS[action])
    return RedirectResponse(f"/users?done=user_changed#user-{user_id}", status_code=303)
