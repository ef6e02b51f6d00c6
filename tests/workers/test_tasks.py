"""Tasks run in this process (``Task.apply``) against a real store, site and Redis: what
each one leaves in the broker for the next stage."""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from celery import Celery

from fixture_site import FIXTURE_ROOT, FixtureSite
from toancanh.config import Settings
from toancanh.domain.sources import NewSource
from toancanh.store import Store
from toancanh.workers.celery_app import make_celery, release
from toancanh.workers.messages import to_message

ARTICLE = "/news/thoisu/chinh-sach/an-hoa-dua-1200-thu-tuc-len-dich-vu-cong-truc-tuyen.html"


@pytest.fixture
def apps() -> Iterator[list[Celery]]:
    """Apps made by a test, released after it (a later fork must not inherit them)."""
    made: list[Celery] = []
    yield made
    for app in made:
        release(app)


@pytest.fixture
def worker_settings(tmp_path: Path, redis_url: str) -> Settings:
    database = f"sqlite:///{tmp_path / 'tasks.db'}"
    Store.open(database).close()
    return Settings(database_url=database, broker_url=redis_url, host_delay=0)


def queued(redis_url: str, queue: str) -> list[dict]:
    return [json.loads(raw) for raw in redis.Redis.from_url(redis_url).lrange(queue, 0, -1)]


def test_a_fetched_page_goes_to_extraction_compressed(
    worker_settings: Settings, site: FixtureSite, redis_url: str, apps: list[Celery]
) -> None:
    store = Store.open(worker_settings.database_url)
    source = store.sources.add(NewSource(site.url("/news/feed.rss"), allow_private=True))
    app = make_celery(worker_settings)
    apps.append(app)
    item = {"url": site.url(ARTICLE), "title": None, "published_at": None, "author": None,
            "summary": None}  # fmt: skip
    app.tasks["toancanh.fetch_article"].apply(kwargs={"source_id": source.id, "item": item})
    (message,) = queued(redis_url, "extract")
    assert message["headers"]["task"] == "toancanh.extract_article"
    assert message["headers"]["compression"] == "application/x-gzip"
    page = (FIXTURE_ROOT / ARTICLE.lstrip("/")).read_bytes()
    body = zlib.decompress(base64.b64decode(message["body"]))
    (_, kwargs, _) = json.loads(body)
    fetched = base64.b64decode(kwargs["page"]["body"])  # the site fills in {{BASE}}
    assert fetched.replace(site.url("").rstrip("/").encode(), b"{{BASE}}") == page
    assert len(message["body"]) < len(body) / 2, "the page travels compressed"
    assert queued(redis_url, "fetch") == [] and store.failures.list() == []


def test_an_unreadable_message_is_dead_lettered_not_dropped(
    worker_settings: Settings, redis_url: str, apps: list[Celery]
) -> None:
    app = make_celery(worker_settings)
    apps.append(app)
    bad = {"url": "https://a.example/1", "colour": "red"}  # from another version, say
    app.tasks["toancanh.fetch_article"].apply(kwargs={"source_id": 1, "item": bad})
    store = Store.open(worker_settings.database_url)
    (letter,) = store.work.dead_letters()
    assert letter.reason == "crash" and "colour" in (letter.detail or "")
    assert letter.url == "https://a.example/1" and letter.arguments["item"] == bad
    (failure,) = store.failures.list()  # source 1 does not exist: recorded without it
    assert failure.stage == "fetch" and failure.reason == "crash"


def test_an_analysed_draft_is_stored_once_and_queued_for_matching(
    worker_settings: Settings, redis_url: str, apps: list[Celery]
) -> None:
    from toancanh.domain.ingest import ArticleDraft

    app = make_celery(worker_settings)
    apps.append(app)
    draft = ArticleDraft(
        url="https://a.example/nha-o-xa-hoi",
        title="Hà Nội khởi công thêm ba dự án nhà ở xã hội",
        text="Sáng 12/10, UBND thành phố khởi công ba dự án nhà ở xã hội với hơn 4.500 "
        "căn hộ cho người lao động thu nhập thấp. " * 4,
    )
    task = app.tasks["toancanh.analyze_article"]
    task.apply(kwargs={"draft": to_message(draft)})
    task.apply(kwargs={"draft": to_message(draft)})  # delivered twice
    store = Store.open(worker_settings.database_url)
    assert store.articles.count() == 1
    (match,) = queued(redis_url, "alerts")
    assert match["headers"]["task"] == "toancanh.match_articles"


def test_every_declared_task_is_a_module_level_adapter_routed_to_its_queue(
    worker_settings: Settings, apps: list[Celery]
) -> None:
    from toancanh import pipeline
    from toancanh.workers.tasks import StageTask

    app = make_celery(worker_settings)
    apps.append(app)
    ours = {name: task for name, task in app.tasks.items() if name.startswith("toancanh.")}
    assert set(ours) == {declared.name for declared in pipeline.TASKS}
    for declared in pipeline.TASKS:
        task = ours[declared.name]
        assert isinstance(task, StageTask) and task.declared == declared
        assert "<locals>" not in task.run.__qualname__, "a module-level function"
        assert task.acks_late and task.reject_on_worker_lost
        route = app.amqp.router.route({}, declared.name)
        assert route["queue"].name == declared.queue


def test_an_item_linking_to_another_private_host_is_refused_by_the_worker(
    worker_settings: Settings, site: FixtureSite, redis_url: str, apps: list[Celery]
) -> None:
    # --allow-private covers the feed's own host and port (127.0.0.1:port), not localhost.
    store = Store.open(worker_settings.database_url)
    source = store.sources.add(NewSource(site.url("/news/feed.rss"), allow_private=True))
    app = make_celery(worker_settings)
    apps.append(app)
    item = {"url": site.url(ARTICLE, host="localhost"), "title": None, "published_at": None,
            "author": None, "summary": None}  # fmt: skip
    app.tasks["toancanh.fetch_article"].apply(kwargs={"source_id": source.id, "item": item})
    assert queued(redis_url, "extract") == [] and site.requests == []
    (failure,) = store.failures.list()
    assert (failure.stage, failure.reason, failure.permanent) == ("fetch", "private_address", True)
    assert "only the source's own host 127.0.0.1" in (failure.detail or "")
    assert store.work.dead_letters() == []


def test_items_lost_with_the_broker_are_queued_again_despite_304(
    worker_settings: Settings,
    site: FixtureSite,
    redis_url: str,
    apps: list[Celery],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A Redis restart without persistence: the queued fetches vanish, the feed then
    # answers 304, and nothing was queued again while `status` said all was well.
    from datetime import UTC, datetime, timedelta

    from toancanh.ingest.unfinished import unfinished_work
    from toancanh.workers import tasks

    store = Store.open(worker_settings.database_url)
    source = store.sources.add(NewSource(site.url("/news/feed.rss"), allow_private=True))
    app = make_celery(worker_settings)
    apps.append(app)
    poll = app.tasks["toancanh.poll_source"]
    poll.apply(kwargs={"source_id": source.id})
    queued_urls = {m_item(m) for m in queued(redis_url, "fetch")}
    assert len(queued_urls) > 5
    redis.Redis.from_url(redis_url).flushdb()  # the broker restarts empty

    poll.apply(kwargs={"source_id": source.id})  # 304, and the items are still young
    assert queued(redis_url, "fetch") == []
    now = datetime.now(UTC)
    assert unfinished_work(store, worker_settings, now).in_flight == len(queued_urls)

    later = now + timedelta(seconds=worker_settings.requeue_after + 60)
    overdue = unfinished_work(store, worker_settings, later)
    assert overdue.count == len(queued_urls) and overdue.oldest is not None
    monkeypatch.setattr(tasks, "_now", lambda: later)
    site.reset()
    poll.apply(kwargs={"source_id": source.id})
    assert "if-none-match" not in site.requests[0].headers  # no 304 can hide them
    assert {m_item(m) for m in queued(redis_url, "fetch")} == queued_urls
    assert unfinished_work(store, worker_settings, later).in_flight == len(queued_urls)


def m_item(message: dict) -> str:
    (_, kwargs, _) = json.loads(base64.b64decode(message["body"]))
    return str(kwargs["item"]["url"])
