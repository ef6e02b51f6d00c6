"""The web application: the dashboard (server-rendered pages) and the HTTP API.

``create_app(settings)`` builds both on one store:

* ``/`` and the other pages: Jinja2 + htmx, charts with the vendored ECharts, served from
  ``/static`` (no CDN, no external font); sign-in with a session cookie;
* ``/api/v1``: JSON for other systems, with its OpenAPI document at
  ``/api/v1/openapi.json``; an API token (``Authorization: Bearer``) or a session.

Every response carries a strict Content-Security-Policy (scripts and styles from this
server only, no inline script), so a scraped ``<script>`` that slipped past escaping
would not run either.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from importlib import resources
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from toancanh.config import Settings
from toancanh.ingest.unfinished import unfinished_work
from toancanh.services.passwords import HashingGate
from toancanh.store import Store
from toancanh.web import page_errors
from toancanh.web.cache import ComputeCache
from toancanh.web.deps import SignInRequired, check_csrf, get_store
from toancanh.web.directory_feed import router as directory_feed_router
from toancanh.web.feeds import router as feeds_router
from toancanh.web.i18n import LANGUAGE_COOKIE, LANGUAGES
from toancanh.web.login import router as login_router
from toancanh.web.login import safe_next

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
        "base-uri 'self'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


# Pages and API answers hold what a signed-in user may see: no browser or proxy may keep
# a copy (a shared computer's back button, a caching proxy). Static files may be cached.
NO_STORE = "no-store"


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response that does not set its own, and
    ``Cache-Control: no-store`` to every one outside ``/static``.

    Plain ASGI rather than ``BaseHTTPMiddleware``: that one runs each request through an
    extra task and memory stream, a measurable share of a cached page's time.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        static = scope["path"].startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
                if not static and "cache-control" not in headers:
                    headers["Cache-Control"] = NO_STORE
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _warm_forecaster() -> None:
    """The first forecast of a process loads statsforecast and fits once (about 2 s): do
    it before the first visitor opens a watchlist page."""
    from datetime import date, timedelta

    from toancanh.trends.forecast import forecast_series

    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(35)]
    forecast_series(days, [float(i % 7) for i in range(35)])


@asynccontextmanager
async def warm_up(_: FastAPI) -> AsyncIterator[None]:
    threading.Thread(target=_warm_forecaster, name="warm-up", daemon=True).start()
    yield


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    from toancanh.web.api import build_api
    from toancanh.web.pages import routers

    app = FastAPI(
        title="Toàn Cảnh",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(check_csrf)],
        lifespan=warm_up,
    )
    app.state.store = store or Store.open(settings.database_url)
    app.state.settings = settings
    app.state.cache = ComputeCache(ttl=settings.page_cache_seconds)
    app.state.login_gate = HashingGate(settings.login_hashing, settings.login_queue)
    app.add_middleware(SecurityHeaders)
    static = resources.files("toancanh.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.exception_handler(SignInRequired)
    async def to_sign_in(request: Request, _: SignInRequired) -> Response:
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
        return RedirectResponse(f"/login?next={target}", status_code=303)

    page_errors.install(app)

    @app.get("/lang/{lang}", include_in_schema=False)
    def switch_language(lang: str, next: str = "/") -> Response:
        response = RedirectResponse(safe_next(next), status_code=303)
        if lang in LANGUAGES:
            response.set_cookie(LANGUAGE_COOKIE, lang, max_age=365 * 86400, samesite="lax")
        return response

    @app.get("/healthz", include_in_schema=False)
    def health(request: Request) -> dict[str, object]:
        store = get_store(request)
        unfinished = unfinished_work(store, settings, datetime.now(UTC))
        return {
            "ok": True,
            "articles": store.articles.count(),
            # Items sources listed, queued and not stored `requeue_after` s later.
            "unfinished": unfinished.count,
            "unfinished_since": unfinished.oldest.isoformat() if unfinished.oldest else None,
        }

    app.include_router(login_router)
    app.include_router(feeds_router)
    app.include_router(directory_feed_router)
    for router in routers():
        app.include_router(router)
    app.mount("/api/v1", build_api(app.state.store, settings))
    return app


# How ``toancanh serve --workers N`` hands its settings to the worker processes uvicorn
# starts (each builds its own app and store from them).
SETTINGS_ENV = "_TOANCANH_SERVE_SETTINGS"


def app_from_environment() -> FastAPI:
    """The uvicorn factory for several worker processes (the parent has already brought
    the schema up to date: N processes must not race to migrate it)."""
    import os

    settings = Settings.model_validate_json(os.environ[SETTINGS_ENV])
    return create_app(settings, Store.open(settings.database_url, migrate=False))
