"""The pipeline, declared once: the stages in order, the task that runs each in scale-out
mode (and so its queue), and what a failure on each edge does.

    fetch ─> extract ─> normalize ─> dedupe ─> analyze ─> store ─> claims ─> watch ─> alert
        ─> pickup

A failure is *transient* when a later try may succeed (``is_transient``: the database
locked or unreachable, the broker or Redis unreachable, a timeout, a 503) and
*permanent* otherwise (a 404, a page without article text, a constraint violated, a
bug). On every edge a transient failure is tried again with backoff (``RetryPolicy``):
by the broker in scale-out mode, in the process in embedded mode. When the tries are
used up it is recorded as transient, so the next poll or a re-import tries the item
again. A permanent failure goes where the step's ``on_permanent`` says.

Both modes are built from this module: the embedded runner (``ingest.runner``) and the
importer (``ingest.importers``) call these stage functions under this policy;
``workers.tasks`` registers one Celery task per ``Task`` below and ``workers.routes``
reads their queues. Nothing here imports Celery: the CLI reads the queues without it.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from toancanh.alerts.evaluate import check_alerts
from toancanh.analyze.dedupe import fingerprint
from toancanh.claims.pickup import record_pickups
from toancanh.config import Settings
from toancanh.domain.ingest import Stage, StageError
from toancanh.ingest.claims import find_claims
from toancanh.ingest.extract import extract_page
from toancanh.ingest.fetch import Fetcher
from toancanh.ingest.pipeline import analyze_draft, draft_from_extracted, store_drafts
from toancanh.watch.watchlists import match_new_articles

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Task:
    """A unit of work that crosses the broker in scale-out mode (a Celery task)."""

    name: str
    queue: str
    stage: Stage | None = None  # where its item's failures are logged (None: no item)


class OnPermanent(StrEnum):
    """What a permanent failure of a step (a crash included) does."""

    # Recorded with its reason (`toancanh failures`); polls skip the page for
    # ``retry_failed_after`` hours. A task is dead-lettered as well when it crashed.
    FAILURE_LOG = "failure log"
    # The article is stored anyway and the failure logged (`reanalyze --missing`).
    STORE_WITHOUT = "stored without analysis"
    # Logged (embedded) or dead-lettered (scale-out): alerting never holds articles back.
    LOG = "logged"


@dataclass(frozen=True)
class Step:
    """One arrow of the flow: its stage function and where it runs."""

    stage: str
    function: Callable[..., Any]
    task: Task
    on_permanent: OnPermanent = OnPermanent.FAILURE_LOG

    @property
    def queue(self) -> str:
        return self.task.queue


FETCH_ARTICLE = Task("toancanh.fetch_article", "fetch", Stage.FETCH)
EXTRACT_ARTICLE = Task("toancanh.extract_article", "extract", Stage.EXTRACT)
ANALYZE_ARTICLE = Task("toancanh.analyze_article", "analyze", Stage.STORE)
# Claims: CPU work like the analysis, in a task of its own so that it never holds an
# article back (a failure is dead-lettered, the article is stored already).
FIND_CLAIMS = Task("toancanh.find_claims", "analyze")
MATCH_ARTICLES = Task("toancanh.match_articles", "alerts")
# Started by the scheduler: the polls of due sources (each queues its new items), and
# the periodic alert pass (forecast rules, delivery retries).
QUEUE_DUE_SOURCES = Task("toancanh.queue_due_sources", "fetch")
POLL_SOURCE = Task("toancanh.poll_source", "fetch")
PERIODIC_ALERTS = Task("toancanh.periodic_alerts", "alerts")
# Started by the scheduler every minute: the scheduled reports that are due, and retries.
SEND_REPORTS = Task("toancanh.send_reports", "alerts")

# fmt: off
STEPS: tuple[Step, ...] = (
    #    stage        stage function         scale-out task    a permanent failure
    Step("fetch",     Fetcher.fetch,         FETCH_ARTICLE),
    Step("extract",   extract_page,          EXTRACT_ARTICLE),
    Step("normalize", draft_from_extracted,  EXTRACT_ARTICLE),
    Step("dedupe",    fingerprint,           ANALYZE_ARTICLE),
    Step("analyze",   analyze_draft,         ANALYZE_ARTICLE,  OnPermanent.STORE_WITHOUT),
    Step("store",     store_drafts,          ANALYZE_ARTICLE),
    Step("claims",    find_claims,           FIND_CLAIMS,      OnPermanent.LOG),
    Step("watch",     match_new_articles,    MATCH_ARTICLES,   OnPermanent.LOG),
    Step("alert",     check_alerts,          MATCH_ARTICLES,   OnPermanent.LOG),
    Step("pickup",    record_pickups,        MATCH_ARTICLES,   OnPermanent.LOG),
)
# fmt: on

TASKS: tuple[Task, ...] = (
    QUEUE_DUE_SOURCES,
    POLL_SOURCE,
    *dict.fromkeys(step.task for step in STEPS),
    PERIODIC_ALERTS,
    SEND_REPORTS,
)
ROUTES: dict[str, str] = {task.name: task.queue for task in TASKS}
QUEUES: tuple[str, ...] = tuple(dict.fromkeys(task.queue for task in TASKS))


# -- failures ------------------------------------------------------------------------
def is_transient(error: BaseException) -> bool:
    """Whether ``error`` may go away on a later try, in either mode.

    Transient: the database locked, busy or unreachable (SQLAlchemy's OperationalError
    and InterfaceError, SQLite's "database is locked"), the broker or Redis unreachable,
    a timeout, a refused connection, a stage failure marked transient (a fetch timeout,
    a 429 or 5xx). Anything else (a 404, a page without text, a constraint violated, a
    bug) would fail the same way again.
    """
    if isinstance(error, StageError):
        return not error.permanent
    if isinstance(error, OperationalError | InterfaceError):
        return True
    if isinstance(error, sqlite3.OperationalError):
        message = str(error).lower()
        return "locked" in message or "busy" in message
    return isinstance(error, (ConnectionError, TimeoutError, *_broker_errors()))


def _broker_errors() -> tuple[type[BaseException], ...]:
    """The connection errors of the broker clients, among those loaded: a library this
    process never imported raised nothing, and importing kombu or redis here would load
    them into every CLI command."""
    found: list[type[BaseException]] = []
    for module, names in (
        ("kombu.exceptions", ("OperationalError",)),
        ("redis.exceptions", ("ConnectionError", "TimeoutError")),
    ):
        loaded = sys.modules.get(module)
        found += [getattr(loaded, name) for name in names if hasattr(loaded, name)]
    return tuple(found)


def failure_of(error: BaseException, stage: Stage | None) -> StageError:
    """``error`` as a failure of ``stage`` for the failure log and the dead letters:
    a stage's own error as it is; ``unavailable`` (transient) for a lock or an outage;
    ``database_error`` for a permanent database error; ``crash`` for anything else."""
    if isinstance(error, StageError):
        return error
    detail = f"{type(error).__name__}: {error}"[:2000]
    if is_transient(error):
        return StageError("unavailable", detail, permanent=False, stage=stage)
    if isinstance(error, SQLAlchemyError):
        return StageError("database_error", detail, stage=stage)
    return StageError("crash", detail, stage=stage)


@dataclass(frozen=True)
class RetryPolicy:
    """How a transient failure is tried again: ``retries`` more times, the first after
    ``backoff`` seconds, doubling (2 + 4 + 8 + 16 + 32 s with the default settings)."""

    retries: int
    backoff: float

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(retries=settings.task_retries, backoff=settings.task_backoff)

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0 for the first)."""
        return self.backoff * 2 ** min(retry, 20)


def retrying(
    call: Callable[[], T],
    policy: RetryPolicy,
    *,
    sleep: Callable[[float], object] = time.sleep,
) -> T:
    """``call()``, tried again after each transient failure as ``policy`` says (the
    embedded mode's retry; a Celery task retries through the broker instead).

    The last failure, or the first permanent one, propagates. ``sleep`` waits between
    tries; when it returns true (a stop event's ``wait``: the run is stopping) the
    failure propagates at once.
    """
    for retry in range(policy.retries + 1):
        try:
            return call()
        except Exception as error:
            if retry >= policy.retries or not is_transient(error):
                raise
            delay = policy.delay(retry)
            reason = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
            log.warning("%s; trying again in %.1f s", reason, delay)
            if sleep(delay):
                raise
    raise AssertionError("unreachable")
