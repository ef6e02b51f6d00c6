"""Your account: who you are, and changing your own password.

``services.accounts.change_own_password`` checks the current password and the new one;
a password change ends the account's sessions (a stolen cookie stops working), so the
page opens a new session for the browser that made the change.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.errors import Invalid
from toancanh.services import accounts, sessions
from toancanh.services.passwords import MIN_PASSWORD
from toancanh.web.auth import set_session_cookie
from toancanh.web.deps import get_store, page_actor
from toancanh.web.templating import render

router = APIRouter()


def _page(request: Request, *, done: str = "", error: Exception | None = None) -> HTMLResponse:
    response = render(
        request,
        "account.html",
        status_code=400 if error else 200,
        done=done,
        error=error,
        min_password=MIN_PASSWORD,
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, done: str = "", actor: Actor = Depends(page_actor)) -> Response:
    return _page(request, done=done)


@router.post("/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    current: str = Form(""),
    password: str = Form(""),
    repeat: str = Form(""),
    actor: Actor = Depends(page_actor),
) -> Response:
    store = get_store(request)
    try:
        if password != repeat:
            raise Invalid("the two new passwords differ: type the same one twice", field="repeat")
        user = accounts.change_own_password(store, actor, current, password)
    except Invalid as error:
        return _page(request, error=error)
    done = RedirectResponse("/account?done=password_changed", status_code=303)
    settings = request.app.state.settings
    secure = request.url.scheme == "https" or settings.cookie_secure
    set_session_cookie(done, sessions.open_session(store, user), secure=secure)
    return done
