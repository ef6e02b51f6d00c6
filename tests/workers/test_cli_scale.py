"""`toancanh status` and `toancanh replay-dead` as an operator meets them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.cli.output import redacted_url
from toancanh.store import Store


def add_letter(db: Path, url: str = "https://a.example/1") -> int:
    store = Store.open(f"sqlite:///{db}")
    letter = store.work.add_dead_letter(
        task="toancanh.fetch_article",
        arguments={"source_id": 1, "item": {"url": url}},
        url=url,
        reason="unavailable",
        detail="OperationalError: connection refused",
        attempts=6,
    )
    store.close()
    return letter


def test_status_reports_a_broker_that_is_down_and_still_shows_the_database(
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOANCANH_BROKER_URL", "redis://127.0.0.1:9/0")  # nothing listens
    status = json.loads(cli("status", "--json", code=1).stdout)
    assert "toancanh db upgrade" in status["database_error"], "status never migrates"
    cli("db", "upgrade")
    started = time.monotonic()
    result = cli("status", "--json", code=1)
    assert time.monotonic() - started < 20, "a dead broker does not hang the command"
    status = json.loads(result.stdout)
    assert status["broker_error"] and status["database_error"] is None
    assert status["articles_per_minute"] == {"1m": 0.0, "5m": 0.0, "15m": 0.0}
    text = cli("status", code=1).stdout
    assert "Broker unreachable" in text and "Articles stored" in text


def test_status_lists_dead_letters_and_counts_no_worker_as_a_problem(
    cli, tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOANCANH_BROKER_URL", redis_url)
    cli("db", "upgrade")
    add_letter(tmp_path / "cli.db")
    status = json.loads(cli("status", "--json", code=1).stdout)
    assert status["queues"] == {"fetch": 0, "extract": 0, "analyze": 0, "alerts": 0}
    assert status["workers"] == [] and status["dead_letters"] == 1
    assert status["recent_dead_letters"][0]["reason"] == "unavailable"
    text = cli("status", code=1).stdout
    assert "Workers: 0" in text and "toancanh worker" in text
    assert "Dead letters: 1" in text and "unavailable" in text


def test_replay_dead_sends_the_task_again_once(
    cli, tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redis

    monkeypatch.setenv("TOANCANH_BROKER_URL", redis_url)
    cli("db", "upgrade")
    letter = add_letter(tmp_path / "cli.db")
    assert json.loads(cli("replay-dead", str(letter), "--json").stdout) == {"replayed": [letter]}
    assert redis.Redis.from_url(redis_url).llen("fetch") == 1, "queued on its own queue"
    assert json.loads(cli("replay-dead", "--all", "--json").stdout) == {"replayed": []}
    status = json.loads(cli("status", "--json", code=1).stdout)
    assert status["dead_letters"] == 0 and status["queues"]["fetch"] == 1


def test_discarded_dead_letters_are_closed_without_being_sent(
    cli, tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redis

    monkeypatch.setenv("TOANCANH_BROKER_URL", redis_url)
    cli("db", "upgrade")
    first = add_letter(tmp_path / "cli.db")
    second = add_letter(tmp_path / "cli.db", "https://a.example/2")
    discarded = json.loads(cli("replay-dead", str(first), "--discard", "--json").stdout)
    assert discarded == {"discarded": [first]}
    status = json.loads(cli("status", "--json", code=1).stdout)
    assert status["dead_letters"] == 1 and status["recent_dead_letters"][0]["id"] == second
    assert json.loads(cli("replay-dead", "--all", "--json").stdout) == {"replayed": [second]}
    assert redis.Redis.from_url(redis_url).llen("fetch") == 1, "only the one not discarded"
    assert "Discarded 0 task(s)" in cli("replay-dead", str(first), "--discard").stdout


def test_replay_dead_needs_ids_or_all_and_names_unknown_ids(cli) -> None:
    cli("db", "upgrade")
    assert "--all" in cli("replay-dead", code=2).output
    assert "No dead letter 99" in cli("replay-dead", "99", code=2).output


def test_worker_names_an_unknown_queue(cli) -> None:
    result = cli("worker", "--queues", "fetch,render", code=2)
    assert "render" in result.output and "alerts" in result.output


@given(
    scheme=st.sampled_from(["postgresql+psycopg", "redis", "amqp"]),
    user=st.text(alphabet=st.characters(blacklist_characters=":@/"), max_size=12),
    password=st.text(alphabet=st.characters(blacklist_characters="@/"), min_size=4, max_size=20),
    host=st.from_regex(r"[a-z][a-z0-9.-]{0,20}(:[0-9]{2,5})?", fullmatch=True),
)
def test_printed_urls_never_show_the_password(
    scheme: str, user: str, password: str, host: str
) -> None:
    url = f"{scheme}://{user}:{password}@{host}/db"
    shown = redacted_url(url)
    assert password not in shown.replace(user, "").replace(host, "").replace(scheme, "")
    assert shown.endswith(f"@{host}/db") and shown.startswith(f"{scheme}://{user}:")


def test_status_shows_work_announced_but_never_done(
    cli, tmp_path: Path, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    from toancanh.domain.ingest import FeedItem
    from toancanh.domain.sources import NewSource

    monkeypatch.setenv("TOANCANH_BROKER_URL", redis_url)
    cli("db", "upgrade")
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    source = store.sources.add(NewSource("https://bao.example.vn/rss"))
    long_ago = datetime.now(UTC) - timedelta(hours=3)
    lost = [FeedItem(f"https://bao.example.vn/tin/{n}") for n in range(3)]
    store.work.announce(source.id, lost, long_ago)  # queued 3 h ago, never stored
    store.work.announce(source.id, [FeedItem("https://bao.example.vn/moi")], datetime.now(UTC))
    store.close()
    status = json.loads(cli("status", "--json", code=1).stdout)
    assert status["unfinished"]["overdue"] == 3 and status["unfinished"]["in_flight"] == 1
    assert status["unfinished"]["oldest_announced_at"] is not None
    text = cli("status", code=1).stdout
    assert "Announced but not stored: 3 overdue" in text and "1 on their way" in text
