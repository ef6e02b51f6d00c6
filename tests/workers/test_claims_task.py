"""The claims step in scale-out mode: ``analyze_article`` queues ``find_claims`` for a
new article; the task (run here with ``Task.apply``) stores its claims and suggestions
with the worker's own index; a failure is dead-lettered and holds no article back."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.statements import StatementSpec
from toancanh.services import statements
from toancanh.store import Store
from toancanh.workers.celery_app import make_celery, release
from toancanh.workers.messages import to_message

FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."


@pytest.fixture
def app(tmp_path: Path, redis_url: str) -> Iterator[Celery]:
    database = f"sqlite:///{tmp_path / 'claims.db'}"
    Store.open(database).close()
    made = make_celery(Settings(database_url=database, broker_url=redis_url, host_delay=0))
    yield made
    release(made)


def _store(app: Celery) -> Store:
    return app.tasks["toancanh.find_claims"].worker.store


def _queued_kwargs(redis_url: str, queue: str, task: str) -> list[dict[str, Any]]:
    found = []
    for raw in redis.Redis.from_url(redis_url).lrange(queue, 0, -1):
        message = json.loads(raw)
        if message["headers"]["task"] == task:
            (_, kwargs, _) = json.loads(base64.b64decode(message["body"]))
            found.append(kwargs)
    return found


def _analyse(app: Celery) -> None:
    draft = ArticleDraft(
        url="https://bao.example/phat-vuot-den-do",
        title="Phạt vượt đèn đỏ",
        text=f"{CLAIM} Tôi cho rằng mức phạt này quá cao. Liệu mức phạt có tăng không?",
    )
    app.tasks["toancanh.analyze_article"].apply(kwargs={"draft": to_message(draft)})


def test_a_stored_article_gets_its_claims_through_the_find_claims_task(
    app: Celery, redis_url: str
) -> None:
    store = _store(app)
    press = Actor("bao-chi@bo.gov.vn", "analyst")
    spec = StatementSpec("Mức phạt", FINE, "Bộ Công an", datetime(2026, 11, 2, tzinfo=UTC))
    fine = statements.add_statement(store, press, spec, status="published").id
    _analyse(app)
    (kwargs,) = _queued_kwargs(redis_url, "analyze", "toancanh.find_claims")
    for _ in range(2):  # delivered twice: stored once
        app.tasks["toancanh.find_claims"].apply(kwargs=kwargs)
    (article_id,) = kwargs["article_ids"]
    (claim,) = store.claims.of_article(article_id)
    assert claim.text == CLAIM and (claim.start, claim.end) == (0, len(CLAIM))
    (suggestion,) = store.claims.suggestions([claim.id])[claim.id]
    assert suggestion.statement_id == fine
    assert app.tasks["toancanh.find_claims"].worker.statements_index.builds == 1
    # The pickup step of the same worker process reads the same index: no second fit.
    app.tasks["toancanh.match_articles"].apply(kwargs=kwargs)
    assert app.tasks["toancanh.match_articles"].worker.statements_index.builds == 1
    assert store.work.dead_letters() == []


def test_a_failing_claims_step_is_dead_lettered_and_the_article_stays(
    app: Celery, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("a bug in the claims step")

    monkeypatch.setattr("toancanh.workers.tasks.claims_step", broken)
    _analyse(app)
    (kwargs,) = _queued_kwargs(redis_url, "analyze", "toancanh.find_claims")
    app.tasks["toancanh.find_claims"].apply(kwargs=kwargs)
    store = _store(app)
    assert store.articles.count() == 1
    (letter,) = store.work.dead_letters()
    assert letter.task == "toancanh.find_claims" and letter.reason == "crash"
