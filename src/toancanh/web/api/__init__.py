"""The HTTP API under ``/api/v1``: JSON with the same shapes as the CLI's ``--json``.

Each resource is a module with a ``router``; ``build_api`` mounts them on one FastAPI
application whose OpenAPI document is ``/api/v1/openapi.json`` (browsable at
``/api/v1/docs``). Authentication: an API token (``Authorization: Bearer TOKEN``, from
``toancanh users token EMAIL``) or the dashboard's session.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from toancanh.config import Settings
from toancanh.domain.accounts import User
from toancanh.errors import ToanCanhError
from toancanh.services.claims import MatchCache
from toancanh.store import Store
from toancanh.watch.query import QuerySyntaxError
from toancanh.web.api.common import READ_ERRORS
from toancanh.web.api.models import Me
from toancanh.web.deps import api_user, check_csrf
from toancanh.web.problems import PROBLEM_JSON, problem, problem_of
from toancanh.web.routers import routers_of

API_VERSION = "1"
# Swagger UI from this server (static/vendor/swagger-ui), started by static/api-docs.js:
# the Content-Security-Policy allows no CDN and no inline script.
DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Toàn Cảnh API</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
  <script src="/static/vendor/swagger-ui/swagger-ui-bundle.js" defer></script>
  <script src="/static/api-docs.js" defer></script>
</head>
<body>
  <div id="swagger-ui" data-openapi="/api/v1/openapi.json"></div>
</body>
</html>
"""


def routers() -> list[APIRouter]:
    """The ``router`` of every module of this package, in name order."""
    return routers_of(__name__, __path__)


def build_api(store: Store, settings: Settings) -> FastAPI:
    api = FastAPI(
        title="Toàn Cảnh API",
        version=API_VERSION,
        description=(
            "Policy communication monitoring for Vietnamese press and media: articles, "
            "search, stories, watchlists, trends, spikes, forecasts, alerts, incidents, "
            "sources. Times are ISO 8601 in Vietnam time. Authenticate with "
            "`Authorization: Bearer TOKEN` (`toancanh users token EMAIL`)."
        ),
        openapi_url="/openapi.json",
        docs_url=None,  # FastAPI's page loads Swagger UI from a CDN, with an inline script
        redoc_url=None,
        dependencies=[Depends(check_csrf)],
    )
    api.state.store = store
    api.state.settings = settings
    api.state.match_cache = MatchCache()  # the registry's index for /claims/match

    @api.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_PAGE)

    @api.get(
        "/me",
        tags=["accounts"],
        summary="The signed-in user",
        response_model=Me,
        responses={401: READ_ERRORS[401]},
    )
    def me(user: User = Depends(api_user)) -> dict[str, object]:
        return {"id": user.id, "email": user.email, "role": user.role, "unit": user.unit}

    # Every refusal answers a problem JSON: services' errors, a bad value from a lower
    # layer (ValueError), and FastAPI's own HTTP errors (401, 403 of a role, 404 routes).
    @api.exception_handler(ToanCanhError)
    @api.exception_handler(QuerySyntaxError)
    @api.exception_handler(ValueError)
    async def refused(_: Request, error: Exception) -> JSONResponse:
        return problem_of(error)

    @api.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, error: StarletteHTTPException) -> JSONResponse:
        return problem(error.status_code, str(error.detail), headers=error.headers)

    for router in routers():
        api.include_router(router)
    document = api.openapi

    def openapi() -> dict[str, Any]:
        """The OpenAPI document, with the refusals documented as the problem JSON they are."""
        if api.openapi_schema is None:
            api.openapi_schema = problems_documented(document())
        return api.openapi_schema

    api.openapi = openapi  # type: ignore[method-assign]  # FastAPI's documented override
    return api


def problems_documented(schema: dict[str, Any]) -> dict[str, Any]:
    """Error answers (4xx but FastAPI's 422) are ``application/problem+json``."""
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for status, answer in operation.get("responses", {}).items():
                content = answer.get("content", {})
                if status.startswith("4") and status != "422" and "application/json" in content:
                    content[PROBLEM_JSON] = content.pop("application/json")
    return schema
