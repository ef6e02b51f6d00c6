"""Signing in and out in the browser: the sign-in form, its CSRF token, and its answers.

* Login CSRF: a page on another site must not be able to sign a browser in (into the
  attacker's account, to read what the victim then types). The form carries a token that
  also sits in a ``SameSite=Strict`` cookie set with the form; a POST without both, equal,
  is refused, and so is one whose ``Origin`` names another host or whose
  ``Sec-Fetch-Site`` says it came from another site.
* One answer for a locked account, an unknown address and a wrong password (status and
  page alike); the address's own limit (429) and a busy server (503) say so, with
  ``Retry-After``: neither tells anything about an account.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from toancanh.services import sessions
from toancanh.services.passwords import new_secret
from toancanh.web.auth import SESSION_COOKIE, clear_session_cookie, csrf_matches, set_session_cookie
from toancanh.web.deps import client_ip, get_settings, get_store
from toancanh.web.templating import render

LOGIN_COOKIE = "tc_login"
LOGIN_TOKEN_HOURS = 12
_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9_-]{43}$")  # what new_secret() gives
_STATUS = {"rate_limited": 429, "busy": 503}

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """A local path to go back to after sign-in; anything else goes home."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def login_token(request: Request) -> str:
    """The browser's sign-in form token: the one it holds already, else a new one."""
    held = request.cookies.get(LOGIN_COOKIE, "")
    return held if _TOKEN_SHAPE.match(held) else new_secret()


def same_site(request: Request) -> bool:
    """False when the browser says the POST came from another site (absent headers,
    as from a script or an old browser, are left to the token)."""
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None and fetch_site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None:
        return True
    hosts = {request.headers.get("host", "")}
    public = get_settings(request).public_url
    if public:
        hosts.add(urlsplit(public).netloc)
    return urlsplit(origin).netloc in hosts


def login_form(request: Request, status_code: int = 200, **context: object) -> Response:
    token = login_token(request)
    response = render(
        request,
        "login.html",
        status_code=status_code,
        login_token=token,
        lock_after=sessions.LOCK_AFTER,
        lock_minutes=sessions.LOCK_MINUTES,
        **context,
    )
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        max_age=LOGIN_TOKEN_HOURS * 3600,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https" or get_settings(request).cookie_secure,
        path="/login",
    )
    # Cache-Control: no-store comes with every page (app.SecurityHeaders).
    return response


@router.get("/login")
def login_page(request: Request, next: str = "/") -> Response:
    return login_form(request, next=safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request,
    email: str = Form(...),
    password: str = Form(...),
    next: str = Form("/"),
    login_token: str = Form(""),
) -> Response:
    back = safe_next(next)
    held = request.cookies.get(LOGIN_COOKIE)
    if not same_site(request) or not held or not csrf_matches(held, login_token):
        return login_form(request, 403, next=back, error="forged", email=email)
    gate = request.app.state.login_gate
    result = sessions.sign_in(get_store(request), email, password, client_ip(request), gate)
    if result.user is None:
        reason = "bad_credentials" if result.reason in sessions.REFUSED_ALIKE else result.reason
        shown_wait = result.retry_after if reason in _STATUS else 0
        response = login_form(
            request,
            _STATUS.get(reason, 401),
            next=back,
            error=reason,
            retry_after=shown_wait,
            email=email,
        )
        if shown_wait:
            response.headers["Retry-After"] = str(shown_wait)
        return response
    session = sessions.open_session(get_store(request), result.user)
    signed_in = RedirectResponse(back, status_code=303)
    secure = request.url.scheme == "https" or get_settings(request).cookie_secure
    set_session_cookie(signed_in, session, secure=secure)
    signed_in.delete_cookie(LOGIN_COOKIE, path="/login")
    return signed_in


@router.post("/logout")
def logout(request: Request) -> Response:
    sessions.end_session(get_store(request), request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response)
    return response
