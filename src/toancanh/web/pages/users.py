"""Accounts (admins only): add, change role or unit, disable or enable, unlock, and issue an
API token (shown once, on the page that issues it; only its hash is kept).

The rules are ``web.auth``'s, as for ``toancanh users``: a valid address, a known role, a
password of at least ``auth.MIN_PASSWORD`` characters. An admin cannot disable or demote
their own account (a dashboard without an admin could not be repaired from it).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.domain import ROLES, User
from toancanh.store import Store
from toancanh.web import auth
from toancanh.web.deps import get_store, page_role
from toancanh.web.templating import render

router = APIRouter()
admin_only = page_role("admin")


def _page(
    request: Request,
    *,
    done: str = "",
    error: str | None = None,
    values: dict[str, Any] | None = None,
    token: tuple[User, str] | None = None,
) -> HTMLResponse:
    response = render(
        request,
        "users.html",
        status_code=400 if error else 200,
        users=get_store(request).accounts.list_users(),
        roles=ROLES,
        min_password=auth.MIN_PASSWORD,
        done=done,
        error=error,
        values=values or {"role": "viewer"},
        token=token,
        now=datetime.now(UTC),
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _user(store: Store, user_id: int) -> User:
    found = store.accounts.get_user(user_id)
    if found is None:
        raise HTTPException(404, f"no user #{user_id}")
    return found


def _not_self(admin: User, target: User) -> None:
    if admin.id == target.id:
        raise HTTPException(409, "you cannot disable or demote your own account")


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, done: str = "", admin: User = Depends(admin_only)) -> HTMLResponse:
    return _page(request, done=done)


@router.post("/users", response_class=HTMLResponse)
def add_user(
    request: Request,
    email: str = Form(""),
    role: str = Form("viewer"),
    unit: str = Form(""),
    password: str = Form(""),
    admin: User = Depends(admin_only),
) -> Response:
    store = get_store(request)
    values = {"email": email, "role": role, "unit": unit}
    if len(password) < auth.MIN_PASSWORD:
        return _page(request, error="password", values=values)
    try:
        clean = auth.check_email(email)
        auth.check_role(role)
    except auth.AccountError as error:
        return _page(request, error=str(error), values=values)
    if store.accounts.find_user(clean) is not None:
        return _page(request, error="exists", values=values)
    store.accounts.add_user(
        email=clean,
        password_hash=auth.hash_password(password),
        role=role,
        unit=unit.strip() or None,
        actor=admin.email,
    )
    return RedirectResponse("/users?done=user_added", status_code=303)


@router.post("/users/{user_id}", response_class=HTMLResponse)
def change_user(
    request: Request,
    user_id: int,
    role: str = Form(...),
    unit: str = Form(""),
    admin: User = Depends(admin_only),
) -> Response:
    store = get_store(request)
    target = _user(store, user_id)
    try:
        auth.check_role(role)
    except auth.AccountError as error:
        return _page(request, error=str(error))
    if role != target.role:
        _not_self(admin, target)
    values: dict[str, Any] = {"role": role, "unit": unit.strip() or None}
    if values["role"] == target.role and values["unit"] == target.unit:
        return RedirectResponse(f"/users#user-{target.id}", status_code=303)
    store.accounts.change_user(target.id, admin.email, **values)
    return RedirectResponse(f"/users?done=user_changed#user-{target.id}", status_code=303)


@router.post("/users/{user_id}/{action}", response_class=HTMLResponse)
def user_action(
    request: Request,
    user_id: int,
    action: str,
    name: str = Form(""),
    admin: User = Depends(admin_only),
) -> Response:
    store = get_store(request)
    target = _user(store, user_id)
    if action == "token":
        if target.disabled:
            return _page(request, error="disabled")
        token = auth.new_token(store, target, name.strip() or None, admin.email)
        return _page(request, token=(target, token))
    if action == "disable":
        _not_self(admin, target)
        store.accounts.change_user(target.id, admin.email, disabled=True)
    elif action == "enable":
        store.accounts.change_user(target.id, admin.email, disabled=False)
    elif action == "unlock":
        store.accounts.change_user(target.id, admin.email, failed_logins=0, locked_until=None)
    else:
        raise HTTPException(404, f"no action {action!r}")
    return RedirectResponse(f"/users?done=user_changed#user-{target.id}", status_code=303)
