"""The HTTP side of accounts: the session cookie and the CSRF token's comparison.

The rules themselves (passwords, lockout, sessions, tokens, roles) are the services'
(``services.sessions``, ``services.accounts``), shared with the ``toancanh users``
commands; who is asking is ``web.deps.visitor``'s.

The cookie is HTTP-only, ``SameSite=Lax`` and, behind HTTPS (or with
``TOANCANH_COOKIE_SECURE``), ``Secure``; it lives as long as its session.
"""

from __future__ import annotations

import secrets

from starlette.responses import Response

from toancanh.services.sessions import SESSION_DAYS, NewSession

SESSION_COOKIE = "tc_session"


def set_session_cookie(response: Response, session: NewSession, *, secure: bool) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        session.cookie,
        max_age=SESSION_DAYS * 86400,
        httponly=True,
        samesite="lax",
        secure=secure,
        path="/",
    )


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and secrets.compare_digest(expected, given or "")
