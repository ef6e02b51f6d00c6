"""The HTTP API under ``/api/v1``: JSON with the same shapes as the CLI's ``--json``.

Each resource is a module with a ``router``; ``build_api`` mounts them on one FastAPI
application whose OpenAPI document is ``/api/v1/openapi.json`` (browsable at
``/api/v1/docs``). Authentication: an API token (``Authorization: Bearer TOKEN``, from
``toancanh users token EMAIL``) or the dashboard's session.
"""

from __future__ import annotations

import importlib
import pkgutil

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse

from toancanh.config import Settings
from toancanh.domain.accounts import User
from toancanh.store import Store
from toancanh.watch.query import QuerySyntaxError
from toancanh.web.deps import api_user, check_csrf

API_VERSION = "1"


def routers() -> list[APIRouter]:
    """The ``router`` of every module of this package, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            found.append(router)
    return found


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
        docs_url="/docs",
        redoc_url=None,
        dependencies=[Depends(check_csrf)],
    )
    api.state.store = store
    api.state.settings = settings

    @api.get("/me", tags=["accounts"], summary="The signed-in user")
    def me(user: User = Depends(api_user)) -> dict[str, object]:
        return {"id": user.id, "email": user.email, "role": user.role, "unit": user.unit}

    @api.exception_handler(ValueError)
    async def bad_value(_: Request, error: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @api.exception_handler(QuerySyntaxError)
    async def bad_query(_: Request, error: QuerySyntaxError) -> JSONResponse:
        return JSONResponse(
            {"detail": str(error), "message": error.message, "position": error.position},
            status_code=400,
        )

    for router in routers():
        api.include_router(router)
    return api
