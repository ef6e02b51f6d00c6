"""The scale-out side of the store, on SQLite and PostgreSQL: claims and dead letters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toancanh.domain.sources import NewSource, Source
from toancanh.store import Store

from .test_store import HOUSING, HOUSING_REWRITE, TRAFFIC, draft, save

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def add_sources(store: Store) -> list[Source]:
    return [
        store.sources.add(NewSource("https://a.example/rss")),
        store.sources.add(NewSource("https://b.example/rss", interval_seconds=60)),
    ]


def test_two_schedulers_queue_each_source_once_per_interval(store: Store) -> None:
    first, second = add_sources(store)
    sent: list[int] = []

    def send(source: Source) -> None:
        sent.append(source.id)

    assert [s.id for s in store.work.claim_due_sources(900, send, NOW)] == [first.id, second.id]
    assert store.work.claim_due_sources(900, send, NOW) == []  # the other scheduler, same tick
    assert store.work.claim_due_sources(900, send, NOW + timedelta(seconds=59)) == []
    later = store.work.claim_due_sources(900, send, NOW + timedelta(seconds=60))
    assert [s.id for s in later] == [second.id]  # its own interval
    assert sent == [first.id, second.id, second.id]
    got = store.sources.get(second.id)
    assert got is not None and got.last_enqueued_at == NOW + timedelta(seconds=60)


def test_a_claim_whose_send_fails_is_not_kept(store: Store) -> None:
    first, _ = add_sources(store)

    def broker_down(source: Source) -> None:
        raise ConnectionError("broker unreachable")

    with pytest.raises(ConnectionError):
        store.work.claim_due_sources(900, broker_down, NOW)
    got = store.sources.get(first.id)
    assert got is not None and got.last_enqueued_at is None
    assert len(store.work.claim_due_sources(900, lambda s: None, NOW)) == 2


def test_dead_letters_are_kept_with_their_arguments_until_replayed(store: Store) -> None:
    arguments = {"source_id": 3, "item": {"url": "https://a.example/1", "title": "Học phí"}}
    letter_id = store.work.add_dead_letter(
        task="toancanh.extract_article",
        arguments=arguments,
        url="https://a.example/1",
        reason="crash",
        detail="RecursionError: " + "x" * 5000,
        attempts=1,
    )
    store.work.add_dead_letter(
        task="toancanh.fetch_article", arguments={}, url=None, reason="unavailable",
        detail=None, attempts=6,
    )  # fmt: skip
    assert store.work.count_dead_letters() == 2
    (letter,) = store.work.get_dead_letters([letter_id])
    assert letter.arguments == arguments and letter.reason == "crash"
    assert letter.detail is not None and len(letter.detail) == 2000
    assert [d.task for d in store.work.dead_letters()] == [
        "toancanh.fetch_article",
        "toancanh.extract_article",
    ]
    store.work.mark_replayed(letter_id)
    assert store.work.count_dead_letters() == 1
    assert [d.id for d in store.work.dead_letters()] != [letter_id]
    assert len(store.work.dead_letters(include_replayed=True)) == 2


def test_one_open_dead_letter_per_task_and_page(store: Store) -> None:
    letter = {"task": "toancanh.extract_article", "url": "https://a.example/2", "detail": None}
    first = store.work.add_dead_letter(arguments={"n": 1}, reason="crash", attempts=1, **letter)
    again = store.work.add_dead_letter(
        arguments={"n": 2}, reason="worker_lost", attempts=4, **letter
    )
    assert again == first and store.work.count_dead_letters() == 1
    (kept,) = store.work.dead_letters()
    assert kept.attempts == 5 and kept.reason == "worker_lost" and kept.arguments == {"n": 2}
    store.work.mark_replayed(first)
    later = store.work.add_dead_letter(arguments={"n": 3}, reason="crash", attempts=1, **letter)
    assert later != first, "a page that fails again after a replay gets a new letter"


def test_throughput_counts_the_articles_stored_since_a_time(store: Store) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    assert store.work.stored_since(before) == 0
    for number, text in enumerate((HOUSING, HOUSING_REWRITE, TRAFFIC)):
        save(store, draft(f"https://a.example/{number}", text))
    assert store.work.stored_since(before) == 3
    assert store.work.stored_since(datetime.now(UTC) + timedelta(seconds=1)) == 0


def test_exclusive_lets_one_holder_in_at_a_time(pg_store: Store) -> None:
    import threading
    import time

    inside: list[str] = []
    overlaps: list[str] = []

    def hold(name: str) -> None:
        with pg_store.work.exclusive("toancanh:test"):
            if inside:
                overlaps.append(name)
            inside.append(name)
            time.sleep(0.2)
            inside.remove(name)

    threads = [threading.Thread(target=hold, args=(f"t{i}",)) for i in range(3)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [] and time.monotonic() - started >= 0.6
    with pg_store.work.exclusive("toancanh:other"), pg_store.work.exclusive("toancanh:test"):
        pass  # different names do not wait for each other; released after each block
