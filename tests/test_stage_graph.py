"""The pipeline's declaration, its one classification of failures and its retry policy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from toancanh import pipeline
from toancanh.analyze.dedupe import fingerprint
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft, Stage, StageError
from toancanh.ingest.extract import ExtractError
from toancanh.ingest.fetch import FetchError
from toancanh.pipeline import RetryPolicy, failure_of, is_transient, retrying
from toancanh.store import Store


def test_the_stages_are_declared_in_the_order_of_the_flow() -> None:
    names = [step.stage for step in pipeline.STEPS]
    assert names == [
        "fetch", "extract", "normalize", "dedupe", "analyze", "store", "claims", "watch",
        "alert", "pickup",
    ]  # fmt: skip
    assert all(callable(step.function) for step in pipeline.STEPS)


def test_each_stage_runs_in_a_declared_task_whose_queue_is_routed() -> None:
    for step in pipeline.STEPS:
        assert step.task in pipeline.TASKS
        assert pipeline.ROUTES[step.task.name] == step.queue
    assert pipeline.QUEUES == ("fetch", "extract", "analyze", "alerts")
    assert set(pipeline.ROUTES) == {task.name for task in pipeline.TASKS}
    # A task's steps are consecutive: an article never comes back to a queue it left.
    tasks = [step.task for step in pipeline.STEPS]
    assert [t for i, t in enumerate(tasks) if i == 0 or tasks[i - 1] != t] == list(
        dict.fromkeys(tasks)
    )


def test_a_failure_policy_is_declared_for_every_edge() -> None:
    policies = {step.stage: step.on_permanent for step in pipeline.STEPS}
    assert policies["analyze"] is pipeline.OnPermanent.STORE_WITHOUT
    assert policies["watch"] is policies["alert"] is policies["pickup"] is pipeline.OnPermanent.LOG
    assert policies["claims"] is pipeline.OnPermanent.LOG  # claims never hold an article back
    for stage in ("fetch", "extract", "normalize", "dedupe", "store"):
        assert policies[stage] is pipeline.OnPermanent.FAILURE_LOG


def test_reading_the_declaration_does_not_load_celery() -> None:
    code = (
        "import sys, toancanh.pipeline, toancanh.workers.routes; "
        "print(sorted(m for m in ('celery', 'kombu', 'redis') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def locked_error(tmp_path: Path) -> OperationalError:
    """The error a writer gets while another process holds SQLite's write lock."""
    path = tmp_path / "locked.db"
    Store.open(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    store = Store.open(f"sqlite:///{path}?timeout=0", migrate=False)
    draft = ArticleDraft(url="https://a.example/1", title="Tiêu đề", text="Nội dung bài.")
    try:
        with pytest.raises(OperationalError) as raised:
            store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
        return raised.value
    finally:
        store.close()
        holder.close()


def test_a_locked_database_is_transient(tmp_path: Path) -> None:
    error = locked_error(tmp_path)
    assert "database is locked" in str(error)
    assert is_transient(error)
    failure = failure_of(error, Stage.STORE)
    assert failure.reason == "unavailable" and not failure.permanent
    assert failure.stage == Stage.STORE
    assert is_transient(sqlite3.OperationalError("database is locked"))
    assert is_transient(sqlite3.OperationalError("database table is busy"))


def test_a_violated_constraint_is_permanent() -> None:
    error = IntegrityError("INSERT ...", {}, sqlite3.IntegrityError("UNIQUE failed"))
    assert not is_transient(error)
    failure = failure_of(error, Stage.STORE)
    assert failure.reason == "database_error" and failure.permanent
    assert not is_transient(sqlite3.OperationalError("no such column: x"))


@pytest.mark.parametrize(
    ("error", "transient"),
    [
        (FetchError("http_404"), False),
        (FetchError("robots_disallowed"), False),
        (FetchError("http_503"), True),
        (FetchError("http_429"), True),
        (FetchError("timeout"), True),
        (ExtractError("no_article_text"), False),
        (StageError("stopped", permanent=False), True),
        (TimeoutError("read timed out"), True),
        (ConnectionRefusedError(111, "refused"), True),
        (ValueError("a bug"), False),
        (RecursionError("deep"), False),
    ],
)
def test_one_classification_for_every_failure(error: BaseException, transient: bool) -> None:
    assert is_transient(error) is transient


def test_broker_and_redis_outages_are_transient() -> None:
    from kombu.exceptions import OperationalError as BrokerError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import ResponseError

    assert is_transient(BrokerError("connection refused"))
    assert is_transient(RedisConnectionError("connection reset"))
    assert not is_transient(ResponseError("WRONGTYPE"))


def test_a_stage_error_keeps_its_own_reason_and_a_bug_is_a_crash() -> None:
    error = FetchError("http_404")
    assert failure_of(error, Stage.FETCH) is error
    crash = failure_of(KeyError("url"), Stage.EXTRACT)
    assert crash.reason == "crash" and crash.permanent and crash.stage == Stage.EXTRACT


def test_the_retry_policy_comes_from_the_settings() -> None:
    policy = RetryPolicy.from_settings(Settings(task_retries=3, task_backoff=0.5))
    assert policy == RetryPolicy(retries=3, backoff=0.5)
    assert [policy.delay(n) for n in range(3)] == [0.5, 1.0, 2.0]


class Flaky:
    """Fails with ``error`` the first ``failures`` calls, then returns "done"."""

    def __init__(self, failures: int, error: BaseException) -> None:
        self.failures, self.error, self.calls = failures, error, 0

    def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return "done"


LOCKED = OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))


def test_a_transient_failure_is_tried_again_with_backoff() -> None:
    waits: list[float] = []
    call = Flaky(2, LOCKED)
    assert retrying(call, RetryPolicy(retries=3, backoff=1.0), sleep=waits.append) == "done"
    assert call.calls == 3 and waits == [1.0, 2.0]


def test_retries_are_bounded_and_the_last_failure_propagates() -> None:
    waits: list[float] = []
    call = Flaky(10, LOCKED)
    with pytest.raises(OperationalError):
        retrying(call, RetryPolicy(retries=2, backoff=1.0), sleep=waits.append)
    assert call.calls == 3 and waits == [1.0, 2.0]


def test_a_permanent_failure_is_not_tried_again() -> None:
    waits: list[float] = []
    call = Flaky(1, FetchError("http_404"))
    with pytest.raises(FetchError):
        retrying(call, RetryPolicy(retries=5, backoff=1.0), sleep=waits.append)
    assert call.calls == 1 and waits == []


def test_a_stopping_run_gives_up_at_once() -> None:
    call = Flaky(10, LOCKED)
    with pytest.raises(OperationalError):
        retrying(call, RetryPolicy(retries=5, backoff=1.0), sleep=lambda _: True)
    assert call.calls == 1
