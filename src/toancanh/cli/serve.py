"""``toancanh serve`` (the dashboard and the API) and ``toancanh run`` (everything)."""

from __future__ import annotations

import os
import threading
from typing import Annotated, Any

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import console

HostOption = Annotated[str, typer.Option(help="Address to listen on (0.0.0.0: every one).")]
PortOption = Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")]
WorkersOption = Annotated[
    int,
    typer.Option(
        min=1,
        max=64,
        help="Web server processes (one per core serves more readers at once).",
    ),
]


def _serve(ctx: typer.Context, host: str, port: int, workers: int) -> None:
    import uvicorn

    from toancanh.web.app import SETTINGS_ENV, create_app

    app_ = app_context(ctx)
    store = app_.store()  # creates or upgrades the schema once, before any worker starts
    web = create_app(app_.settings, store) if workers == 1 else None
    console().print(
        f"Dashboard: http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/ "
        f"· API: /api/v1 (OpenAPI: /api/v1/openapi.json) · Ctrl-C stops.",
        markup=False,
    )
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "warning"}
    if web is not None:
        uvicorn.run(web, proxy_headers=True, **options)
        return
    # Worker processes import the app by name and rebuild it from the same settings.
    os.environ[SETTINGS_ENV] = app_.settings.model_dump_json()
    uvicorn.run(
        "toancanh.web.app:app_from_environment",
        factory=True,
        workers=workers,
        proxy_headers=True,
        **options,
    )


def serve(
    ctx: typer.Context,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    workers: WorkersOption = 1,
) -> None:
    """Serve the dashboard and the API on the database (no polling: see `run`)."""
    _serve(ctx, host, port, workers)


def run(
    ctx: typer.Context,
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    workers: WorkersOption = 1,
) -> None:
    """The everyday embedded mode: polling, the pipeline, alerts and the dashboard in one
    process. Ctrl-C stops the web server, then the polling loop after the current
    article: nothing is half-written.

    Scheduled reports are sent from the same process, checked each minute."""
    from toancanh.cli.ingest import AlertHooks
    from toancanh.ingest.fetch import Fetcher
    from toancanh.ingest.runner import Ingestor, QuietObserver

    app_ = app_context(ctx)
    store, settings = app_.store(), app_.settings
    stop = threading.Event()
    hooks = AlertHooks(store, settings, app_.match_cache)

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

    def send_reports() -> None:
        from toancanh.services.report_schedules import run_every

        run_every(store, settings, stop)  # each minute: the scheduled reports that are due

    # A source added later (dashboard or CLI) is polled at the loop's next round.
    worker = threading.Thread(target=poll, name="polling", daemon=True)
    worker.start()
    reports = threading.Thread(target=send_reports, name="reports", daemon=True)
    reports.start()
    try:
        _serve(ctx, host, port, workers)
    finally:
        stop.set()
        reports.join(timeout=30)
        if worker.is_alive():
            console().print("Stopping the polling loop after the current article…")
            worker.join()
    hooks.print(console())
