"""Errors on the dashboard's pages: every one in the visitor's language, on a page.

A service's refusal is translated from its template (``i18n.error_text``). The rest come
from the web framework: an unknown address ("Not Found"), a value in the address that is
not a number (FastAPI's 422 JSON, in English, with its internals), a missing CSRF token;
their English text is a message id too, translated here, so that a Vietnamese user never
meets English or JSON. htmx requests keep a JSON answer (the script reads it); the API is
another application with its own handlers (``web/api``).
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from toancanh.errors import ToanCanhError
from toancanh.watch.query import QuerySyntaxError
from toancanh.web.deps import language
from toancanh.web.i18n import error_text, translations
from toancanh.web.problems import problem, problem_of, status_of
from toancanh.web.templating import render

# Messages of the framework a page may meet; gettext("Not Found") finds these ids.
FRAMEWORK_MESSAGES = (
    "Not Found",
    "Method Not Allowed",
    "missing or wrong CSRF token: reload the page and try again",
)
BAD_ADDRESS = "this address holds a value that cannot be read: check the link"


def _page(request: Request, status: int, detail: str) -> Response:
    return render(request, "error.html", status_code=status, status=status, detail=detail)


def install(app: FastAPI) -> None:
    """The pages' error handlers on ``app``."""

    @app.exception_handler(ToanCanhError)
    @app.exception_handler(QuerySyntaxError)
    async def refused(request: Request, error: Exception) -> Response:
        """A service's refusal on a page: its message in the visitor's language."""
        if request.headers.get("hx-request"):
            return problem_of(error)
        return _page(request, status_of(error), error_text(error, language(request)))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            # An address under /api/ that the API's mount does not take (a newline in the
            # path) answers the API's problem JSON, as documented.
            return problem(error.status_code, str(error.detail), headers=dict(error.headers or {}))
        if request.headers.get("hx-request"):
            return JSONResponse(
                {"detail": error.detail}, status_code=error.status_code, headers=error.headers
            )
        detail = translations(language(request)).gettext(str(error.detail))
        return _page(request, error.status_code, detail)

    @app.exception_handler(RequestValidationError)
    async def unreadable(request: Request, error: RequestValidationError) -> Response:
        if request.headers.get("hx-request"):
            return JSONResponse({"detail": error.errors()}, status_code=422)
        return _page(request, 400, translations(language(request)).gettext(BAD_ADDRESS))
