"""The Celery application of the scale-out mode, built from the settings.

No module-level app: ``make_celery(settings)`` builds one per process (``toancanh worker``,
``toancanh scheduler``, ``toancanh status``), so the settings come from the command line,
the environment or the TOML file as everywhere else.

Delivery is *at least once*: a task is acknowledged after it ran (``acks_late``), a task
whose worker process died is handed to another worker (``reject_on_worker_lost``; with
Redis, after ``task_visibility_timeout`` when the whole worker vanished), and each worker
takes one task at a time (prefetch 1), so a killed worker holds back nothing else. The
tasks are idempotent (see ``tasks``), so running one twice stores nothing twice.
"""

from __future__ import annotations

from celery import Celery
from kombu import Exchange, Queue

from toancanh.config import Settings
from toancanh.workers.context import WorkerContext
from toancanh.workers.routes import QUEUES, ROUTES
from toancanh.workers.tasks import register_tasks

REPORTS_TICK = 60.0  # seconds between two looks for due scheduled reports


class BrokerNotConfiguredError(ValueError):
    pass


def work_queue(name: str) -> Queue:
    return Queue(name, Exchange(name, type="direct"), routing_key=name)


def make_celery(settings: Settings) -> Celery:
    if not settings.broker_url:
        raise BrokerNotConfiguredError(
            "no broker: set TOANCANH_BROKER_URL=redis://HOST:6379/0 or "
            "amqp://USER:PASSWORD@HOST:5672// (or broker_url in toancanh.toml)"
        )
    app = Celery("toancanh", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        # One exchange and routing key per queue: a shared default would copy each task
        # into every queue.
        task_queues=[work_queue(name) for name in QUEUES],
        task_default_queue="fetch",
        task_routes={name: {"queue": queue} for name, queue in ROUTES.items()},
        broker_transport_options={"visibility_timeout": settings.task_visibility_timeout},
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,  # a broker restart is waited out, not fatal
        worker_send_task_events=False,
        worker_hijack_root_logger=False,
        timezone="UTC",
        beat_schedule={
            # A pass still waiting when the next one is due is dropped (expires): behind
            # a long fetch queue, passes would otherwise pile up and all run.
            "queue-due-sources": {
                "task": "toancanh.queue_due_sources",
                "schedule": settings.schedule_tick,
                "options": {"expires": settings.schedule_tick},
            },
            "periodic-alerts": {
                "task": "toancanh.periodic_alerts",
                "schedule": float(settings.alerts_interval),
                "options": {"expires": float(settings.alerts_interval)},
            },
            # Each minute: a 07:30 report leaves between 07:30 and 07:31.
            "send-reports": {
                "task": "toancanh.send_reports",
                "schedule": REPORTS_TICK,
                "options": {"expires": REPORTS_TICK},
            },
        },
    )
    register_tasks(app, WorkerContext(settings))
    return app


def release(app: Celery) -> None:
    """Forget the app, for a process that goes on without it (a command run in-process by
    tests or a shell). Its broker connections stay in kombu's pools, shared by every app
    on the same broker URL: closing them here would break the others."""
    app.close()
