"""``toancanh serve`` (the dashboard and the API) and ``toancanh run`` (everything)."""

from __future__ import annotations

import threading
from typing import Annotated

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import console

HostOption = Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every one).")]
PortOption = Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")]


def _serve(ctx: typer.Context, host: str, port: int) -> None:
    import uvicorn

    from toancanh.web.app import create_app

    app_ = app_context(ctx)
    web = create_app(app_.settings, app_.store())
    console().print(
        f"Dashboard: http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ "
        f"· API: /api/v1 (OpenAPI: /api/v1/openapi.json) · Ctrl-C stops.",
        markup=False,
    )
    uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=True)


def serve(ctx: typer.Context, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Serve the dashboard and the API on the database (no polling: see `run`)."""
    _serve(ctx, host, port)


def run(ctx: typer.Context, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """The everyday embedded mode: polling, the pipeline, alerts and the dashboard in one
    process. Ctrl-C stops the web server, then the polling loop after the current
    article: nothing is half-written."""
    from toancanh.cli.ingest import AlertHooks
    from toancanh.ingest.fetch import Fetcher
    from toancanh.ingest.runner import Ingestor, QuietObserver

    app_ = app_context(ctx)
    store, settings = app_.store(), app_.settings
    stop = threading.Event()
    hooks = AlertHooks(store, settings)

    def poll() -> None:
        with Fetcher(settings) as fetcher:
            runner = Ingestor(
                store,
                fetcher,
                settings,
                QuietObserver(),
                stop=stop,
                on_stored=hooks.stored,
                on_round=hooks.round,
            )
            runner.run_forever()

    # A source added later (dashboard or CLI) is polled at the loop's next round.
    worker = threading.Thread(target=poll, name="polling", daemon=True)
    worker.start()
    try:
        _serve(ctx, host, port)
    finally:
        stop.set()
        if worker.is_alive():
            console().print("Stopping the polling loop after the current article…")
            worker.join()
    hooks.print(console())
