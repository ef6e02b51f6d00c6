"""Scale-out commands: ``worker``, ``scheduler``, ``status`` and ``replay-dead``.

They need a broker (``TOANCANH_BROKER_URL``) and, in practice, PostgreSQL
(``TOANCANH_DATABASE_URL``); see docs/deployment.md.
"""

from __future__ import annotations

import os
import socket
from typing import TYPE_CHECKING, Annotated, Any

import typer

from toancanh.cli.context import app_context
from toancanh.cli.output import JsonOption, console, print_json, redacted_url, shown, table
from toancanh.config import Settings
from toancanh.shapes import iso, record
from toancanh.store import Store
from toancanh.workers.routes import QUEUES

if TYPE_CHECKING:
    from celery import Celery


def release(app: Celery) -> None:
    from toancanh.workers.celery_app import release as release_app

    release_app(app)


def _celery(settings: Settings) -> Celery:
    from toancanh.workers.celery_app import BrokerNotConfiguredError, make_celery

    try:
        return make_celery(settings)
    except BrokerNotConfiguredError as error:
        console(stderr=True).print(f"{error}.", markup=False)
        raise typer.Exit(2) from error


def _ready_store(settings: Settings) -> Store:
    """The store, if its schema is current (workers never migrate on their own)."""
    store = Store.open(settings.database_url, migrate=False)
    current, head = store.schema_revision()
    if current != head:
        store.close()
        console(stderr=True).print(
            f"The database is at schema {current or 'none'}, the code needs {head}: run "
            "`toancanh db upgrade` once, then start the workers.",
            markup=False,
        )
        raise typer.Exit(2)
    return store


def _queues(value: str) -> str:
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in QUEUES]
    if unknown or not names:
        raise typer.BadParameter(
            f"unknown queue {', '.join(unknown) or '(none)'}; choose among {', '.join(QUEUES)}",
            param_hint="--queues",
        )
    return ",".join(names)


def worker(
    ctx: typer.Context,
    queues: Annotated[
        str, typer.Option(help="Queues to take tasks from, comma-separated.")
    ] = ",".join(QUEUES),
    concurrency: Annotated[
        int, typer.Option(min=1, max=256, help="Tasks run at once (one process each).")
    ] = 1,
    name: Annotated[
        str | None, typer.Option(help="Worker name (default toancanh-PID@HOST).")
    ] = None,
) -> None:
    """Run tasks from the broker: fetch, extract, analyse and store, match and alert.

    Start any number, on any machines, against one PostgreSQL and one broker. A worker
    stopped with Ctrl-C (SIGTERM) finishes its task first; one that is killed loses
    nothing (its task goes to another worker). With --concurrency 1 the worker runs its
    tasks itself (no pool process to hand each task to).
    """
    from toancanh.workers.tasks import warm_up

    settings = app_context(ctx).settings
    chosen = _queues(queues)
    _ready_store(settings).close()
    app = _celery(settings)
    verbose = ctx.find_root().params.get("verbose", False)
    if settings.shared_redis_url() is None:
        console(stderr=True).print(
            "Warning: no Redis (TOANCANH_REDIS_URL): each worker keeps its own per-host "
            "request spacing, so several workers may crowd one site, and a task that kills "
            "its worker is not counted (it may come back again and again).",
            markup=False,
        )
    warm_up(settings)
    app.worker_main(
        [
            "worker",
            "--queues",
            chosen,
            "--pool",
            "solo" if concurrency == 1 else "prefork",
            "--concurrency",
            str(concurrency),
            "--hostname",
            name or f"toancanh-{os.getpid()}@{socket.gethostname()}",
            "--loglevel",
            "INFO" if verbose else "WARNING",
            "--without-gossip",
            "--without-mingle",
        ]
    )


def scheduler(ctx: typer.Context) -> None:
    """Queue each source's poll on its interval and the periodic alert passes (one is
    enough; a second one by mistake queues nothing twice)."""
    settings = app_context(ctx).settings
    _ready_store(settings).close()
    app = _celery(settings)
    verbose = ctx.find_root().params.get("verbose", False)
    console().print(
        f"Scheduler: a pass over the sources every {settings.schedule_tick:g} s, alert passes "
        f"every {settings.alerts_interval} s · broker {redacted_url(settings.broker_url)} · "
        "Ctrl-C stops.",
        markup=False,
    )
    # The in-memory scheduler: the entries are fixed intervals, nothing to persist.
    beat = app.Beat(scheduler="celery.beat:Scheduler", loglevel="INFO" if verbose else "WARNING")
    beat.run()


def status_json(found: Any) -> dict[str, Any]:
    return {
        "queues": found.queues,
        "workers": found.workers,
        "broker_error": found.broker_error,
        "articles_per_minute": {f"{m}m": round(v, 2) for m, v in found.per_minute.items()},
        "failing_sources": [
            {
                "id": s.id,
                "url": s.url,
                "error": s.last_error,
                "last_error_at": iso(s.last_error_at),
                "streak": s.error_streak,
            }
            for s in found.failing_sources
        ],
        "dead_letters": found.dead_letters,
        "recent_dead_letters": [dead_letter_json(d) for d in found.recent_dead],
        "unfinished": {
            "overdue": found.unfinished.count,
            "oldest_announced_at": iso(found.unfinished.oldest),
            "in_flight": found.unfinished.in_flight,
        },
        "database_error": found.database_error,
    }


def dead_letter_json(letter: Any) -> dict[str, Any]:
    return record(letter, "id task url reason detail attempts failed_at replayed_at discarded_at")


def status(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Queue depths, workers, throughput, failing sources, dead-lettered tasks, and items
    sources listed that were queued but never stored.

    Exit code 0: all well; 1: something needs a look (no worker, a broker or database
    error, dead letters, items overdue).
    """
    from toancanh.workers.status import cluster_status

    settings = app_context(ctx).settings
    # Not migrated, not even connected yet: a database that is down is reported as such.
    store = Store.open(settings.database_url, migrate=False)
    app = _celery(settings)
    try:
        found = cluster_status(app, store, settings)
    finally:
        store.close()
        release(app)
    healthy = (
        not found.broker_error
        and not found.database_error
        and bool(found.workers)
        and not found.dead_letters
        and not found.unfinished.count
    )
    if as_json:
        print_json(status_json(found))
        raise typer.Exit(0 if healthy else 1)
    out = console()
    if found.broker_error:
        out.print(f"Broker unreachable: {found.broker_error}", markup=False)
    else:
        queues = ", ".join(f"{name} {depth}" for name, depth in found.queues.items())
        out.print(f"Queues (waiting tasks): {queues}", markup=False)
        out.print(
            f"Workers: {len(found.workers)}"
            + (f" ({', '.join(found.workers)})" if found.workers else " — start `toancanh worker`"),
            markup=False,
        )
    if found.database_error:
        out.print(f"Database unreachable: {found.database_error}", markup=False)
    else:
        rates = ", ".join(f"{v:.1f}/min over {m} min" for m, v in found.per_minute.items())
        out.print(f"Articles stored: {rates}", markup=False)
        if found.failing_sources:
            rows: list[tuple[str, ...]] = [
                (str(s.id), s.url, s.last_error or "", shown(s.last_error_at), str(s.error_streak))
                for s in found.failing_sources
            ]
            columns = ("id", "url", "error", "last error at", "in a row")
            out.print(table("Failing sources", columns, rows))
        out.print(f"Dead letters: {found.dead_letters} (`toancanh replay-dead --all` resends)")
        unfinished = found.unfinished
        overdue = (
            f"{unfinished.count} overdue, listed since {shown(unfinished.oldest)} "
            "(queued again at their source's next poll)"
            if unfinished.count
            else "none overdue"
        )
        out.print(
            f"Announced but not stored: {overdue}; {unfinished.in_flight} on their way",
            markup=False,
        )
        if found.recent_dead:
            rows = [
                (
                    str(d.id),
                    shown(d.failed_at),
                    d.task.removeprefix("toancanh."),
                    d.reason,
                    d.url or "",
                    (d.detail or "")[:80],
                )
                for d in found.recent_dead
            ]
            out.print(table("Dead letters", ("id", "at", "task", "reason", "item", "detail"), rows))
    raise typer.Exit(0 if healthy else 1)


def replay_dead(
    ctx: typer.Context,
    ids: Annotated[list[int] | None, typer.Argument(help="Dead letter ids to resend.")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Resend every dead letter.")] = False,
    discard: Annotated[
        bool, typer.Option("--discard", help="Mark them handled without resending them.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Send dead-lettered tasks again (after fixing their cause: a code update, a source),
    or, with --discard, close them without sending them."""
    context = app_context(ctx)
    store = context.store()
    if all_ == bool(ids):
        console(stderr=True).print("Give dead letter ids, or --all (see `toancanh status`).")
        raise typer.Exit(2)
    letters = (
        store.work.dead_letters(limit=100_000) if all_ else store.work.get_dead_letters(ids or [])
    )
    missing = sorted(set(ids or []) - {d.id for d in letters})
    if missing:
        console(stderr=True).print(f"No dead letter {', '.join(map(str, missing))}.")
        raise typer.Exit(2)
    pending = [d for d in letters if d.replayed_at is None and d.discarded_at is None]
    done = []
    if discard:
        for letter in pending:
            store.work.mark_discarded(letter.id)
            done.append(letter.id)
    else:
        app = _celery(context.settings)
        try:
            for letter in pending:
                app.send_task(letter.task, kwargs=letter.arguments)
                store.work.mark_replayed(letter.id)
                done.append(letter.id)
        finally:
            release(app)
    if as_json:
        print_json({"discarded" if discard else "replayed": done})
        return
    what = "Discarded" if discard else "Resent"
    console().print(f"{what} {len(done)} task(s): {', '.join(map(str, done)) or '—'}.")
