"""Alert rules on stored articles: one event is one alert that updates; deliveries retried.

Deliveries go to a real local webhook server (``post_server``); the store is SQLite and
PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from monitoring_fixtures import Spec, store_specs
from post_server import PostServer
from toancanh.alerts.channels.webhook import sign
from toancanh.alerts.delivery import MAX_ATTEMPTS, deliver_due
from toancanh.alerts.evaluate import check_alerts
from toancanh.alerts.rules import RuleError, check_rule
from toancanh.config import Settings
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.store import Store
from toancanh.watch.watchlists import backfill, check_spec

# 10:00 in Hà Nội on a Wednesday.
NOW = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)
SECRET = "a-webhook-secret-for-tests"
SETTINGS = Settings(notify_timeout=2.0)


def history(days: int = 35, per_day: int = 3, today: int = 0, **today_spec: object) -> list[Spec]:
    """``per_day`` articles on each past day (with a weekly rhythm), ``today`` this morning."""
    specs = []
    for back in range(days, 0, -1):
        day = NOW - timedelta(days=back)
        count = per_day - (1 if day.weekday() >= 5 else 0)
        specs += [
            Spec(day - timedelta(hours=k), f"Học phí tin cũ {back}-{k}", body="học phí")
            for k in range(count)
        ]
    specs += [
        Spec(
            NOW - timedelta(minutes=5 * k + 1),
            f"Học phí tăng mạnh {k}",
            body="học phí",
            **today_spec,
        )  # type: ignore[arg-type]
        for k in range(today)
    ]
    return specs


def watched(store: Store, specs: list[Spec], **store_options: object) -> Watch:
    store_specs(store, specs, **store_options)  # type: ignore[arg-type]
    watch = store.watches.add(check_spec(WatchSpec("Học phí", query="hoc phi")), "t")
    backfill(store, watch)
    return watch


def webhook_channel(store: Store, url: str) -> None:
    store.channels.add(
        "hook", "webhook", {"url": url, "secret": SECRET, "allow_private": True}, "admin"
    )


def test_rule_parameters_are_checked() -> None:
    assert check_rule("volume_spike", "high", {})["threshold"] == 4.5
    with pytest.raises(RuleError, match="kinds"):
        check_rule("spike", "high", {})
    with pytest.raises(RuleError, match="takes"):
        check_rule("volume_spike", "high", {"outlets": 3})
    with pytest.raises(RuleError, match="non-negative"):
        check_rule("story_outlets", "low", {"outlets": -1})


def test_a_volume_spike_is_one_alert_that_updates(store: Store, hooks: PostServer) -> None:
    watch = watched(store, history(today=20))
    webhook_channel(store, hooks.url("/alert"))
    store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=check_rule("volume_spike", "high", {}),
        cooldown_minutes=360,
        channel_names=["hook"],
        actor="admin",
    )
    first = check_alerts(store, now=NOW)
    [(alert, outcome)] = first.alerts
    assert outcome == "created" and alert.kind == "volume_spike"
    assert alert.detail["observed"] == 20 and alert.detail["baseline"] < 5
    assert alert.detail["stories"] and "Học phí" in alert.title
    assert deliver_due(store, SETTINGS, now=NOW).sent == 1
    [received] = hooks.received
    body = json.loads(received.body)
    assert body["event"] == "alert.created" and body["alert"]["id"] == alert.id
    timestamp = received.headers["x-toancanh-timestamp"]
    assert received.headers["x-toancanh-signature"] == sign(SECRET, timestamp, received.body)

    # The same event an hour later, hardly bigger: the alert is updated, nobody is paged.
    store_specs(store, history(days=0, today=2), seed=2)
    backfill(store, watch)
    [(again, outcome)] = check_alerts(store, now=NOW + timedelta(hours=1)).alerts
    assert (again.id, outcome, again.version, again.updates) == (alert.id, "unchanged", 1, 1)
    assert deliver_due(store, SETTINGS, now=NOW + timedelta(hours=1)).sent == 0

    # Much bigger: a new version, sent again as an update.
    store_specs(store, history(days=0, today=8), seed=3)
    backfill(store, watch)
    [(grown, outcome)] = check_alerts(store, now=NOW + timedelta(hours=2)).alerts
    assert (grown.id, outcome, grown.version) == (alert.id, "updated", 2)
    assert deliver_due(store, SETTINGS, now=NOW + timedelta(hours=2)).sent == 1
    assert json.loads(hooks.received[-1].body)["event"] == "alert.updated"
    assert len(store.alerts.list()) == 1


def test_a_quiet_day_raises_nothing(store: Store) -> None:
    watch = watched(store, history(today=3))
    store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=check_rule("volume_spike", "high", {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="admin",
    )
    assert check_alerts(store, now=NOW).alerts == []


def test_a_negative_share_spike(store: Store) -> None:
    watch = watched(store, history(today=8, sentiment="negative"))
    store.rules.add(
        watch_id=watch.id,
        kind="negative_spike",
        severity="medium",
        params=check_rule("negative_spike", "medium", {}),
        cooldown_minutes=360,
        channel_names=[],
        actor="admin",
    )
    [(alert, _)] = check_alerts(store, now=NOW).alerts
    assert alert.kind == "negative_spike" and alert.detail["observed"] == 1.0


def test_a_story_on_many_outlets_and_an_official_line_contradicted(store: Store) -> None:
    specs = [
        Spec(
            NOW - timedelta(hours=6),
            "Bộ công bố học phí mới",
            outlet="Cổng Bộ",
            sentiment="positive",
        ),
        *[
            Spec(
                NOW - timedelta(hours=5 - k),
                f"Phụ huynh phản đối học phí mới {k}",
                outlet=f"Báo {k}",
                sentiment="negative",
                copy_of=0,
            )
            for k in range(3)
        ],
    ]
    watch = watched(store, specs, official=("Cổng Bộ",))
    for kind in ("story_outlets", "official_contradicted"):
        store.rules.add(
            watch_id=watch.id,
            kind=kind,
            severity="high",
            params=check_rule(kind, "high", {}),
            cooldown_minutes=720,
            channel_names=[],
            actor="admin",
        )
    found = {alert.kind: alert for alert, _ in check_alerts(store, now=NOW).alerts}
    assert found["story_outlets"].detail["outlets"] == 4
    assert found["official_contradicted"].detail["other_negative"] == 3
    assert found["story_outlets"].dedup_key == found["official_contradicted"].dedup_key.replace(
        "official_contradicted", "story_outlets"
    )


def test_a_forecast_breach_warns_before_the_spike(store: Store) -> None:
    # About 24 articles a day for six weeks: 30 a day is within the forecast's 95% band.
    specs = [
        Spec(NOW - timedelta(days=back, minutes=20 * k + 5), f"Học phí {back}-{k}", body="học phí")
        for back in range(42, 0, -1)
        for k in range(24 + (back % 3) - 1)
    ]
    watch = watched(store, specs)
    for threshold, expected in ((30, 1), (80, 0)):
        store.rules.add(
            watch_id=watch.id,
            kind="forecast_breach",
            severity="medium",
            params=check_rule("forecast_breach", "medium", {"threshold": threshold}),
            cooldown_minutes=720,
            channel_names=[],
            actor="admin",
        )
        found = check_alerts(store, now=NOW, kinds=frozenset({"forecast_breach"})).alerts
        assert len(found) == expected
        for rule in store.rules.list(watch.id):
            store.rules.remove(rule.id, "admin")
    [alert] = store.alerts.list()
    assert alert.kind == "forecast_breach" and alert.detail["upper"] >= 30
    assert alert.detail["date"] >= NOW.date().isoformat()  # today is not over: forecast too


def test_an_unreachable_channel_is_retried_then_reported(store: Store, hooks: PostServer) -> None:
    watch = watched(store, history(today=20))
    webhook_channel(store, "http://127.0.0.1:9/nobody-listens")
    store.rules.add(
        watch_id=watch.id,
        kind="volume_spike",
        severity="high",
        params=check_rule("volume_spike", "high", {}),
        cooldown_minutes=360,
        channel_names=["hook"],
        actor="admin",
    )
    check_alerts(store, now=NOW)
    report = deliver_due(store, SETTINGS, now=NOW)
    assert (report.sent, report.retrying) == (0, 1)
    [pending] = store.alerts.deliveries(failed_only=True)
    assert pending.status == "pending" and pending.attempts == 1
    assert "connect_error" in (pending.last_error or "")
    assert pending.next_attempt_at == NOW + timedelta(seconds=30)
    assert deliver_due(store, SETTINGS, now=NOW + timedelta(seconds=10)).retrying == 0  # not due
    moment = NOW
    for _ in range(MAX_ATTEMPTS - 1):
        moment += timedelta(hours=2)
        deliver_due(store, SETTINGS, now=moment)
    [given_up] = store.alerts.deliveries(failed_only=True)
    assert given_up.status == "failed" and given_up.attempts == MAX_ATTEMPTS
