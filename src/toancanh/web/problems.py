"""The web's mapping of errors, written once: an HTTP status, and for the API a problem
JSON (RFC 9457) that keeps the ``detail`` every answer had before.

    Invalid   400      NotFound  404
    Forbidden 403      Conflict  409

An API answer: ``{"type": "about:blank", "title": "Not Found", "status": 404,
"detail": "no watchlist #7"}`` with ``application/problem+json``; a query with a mistake
adds ``message`` and ``position``, an input at fault ``field``. The pages show the same
message in the visitor's language (``web/app.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi.responses import JSONResponse

from toancanh.errors import Conflict, Forbidden, Invalid, NotFound, ToanCanhError
from toancanh.watch.query import QuerySyntaxError

STATUSES: dict[type[ToanCanhError], int] = {
    Invalid: 400,
    NotFound: 404,
    Forbidden: 403,
    Conflict: 409,
}
PROBLEM_JSON = "application/problem+json"


def status_of(error: Exception) -> int:
    if isinstance(error, QuerySyntaxError):
        return 400
    for kind, status in STATUSES.items():
        if isinstance(error, kind):
            return status
    return 400 if isinstance(error, ValueError) else 500


def problem(
    status: int, detail: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        **{k: v for k, v in extra.items() if v is not None},
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def problem_of(error: Exception) -> JSONResponse:
    """The API's answer to an error a service (or a lower layer) raised."""
    if isinstance(error, QuerySyntaxError):
        return problem(400, str(error), message=error.message, position=error.position)
    if isinstance(error, ToanCanhError):
        return problem(status_of(error), str(error), field=error.field)
    return problem(status_of(error), str(error))
