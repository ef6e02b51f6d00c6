"""Watchlists, trends, spikes, emerging, forecasts, alerts and incidents as a user runs them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from fixture_site import FixtureSite
from monitoring_fixtures import Spec, store_specs
from post_server import PostServer
from toancanh.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)
# Today's spike must fall on today's date in Vietnam even just after local midnight: the
# twelve articles are spread over at most the part of the local day already gone.
_LOCAL = NOW.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))
_SINCE_MIDNIGHT = _LOCAL - _LOCAL.replace(hour=0, minute=0, second=0)
SPIKE_STEP = min(timedelta(minutes=1), _SINCE_MIDNIGHT / 40)
SECRET = "a-webhook-secret-for-tests"


def as_json(result: Any) -> Any:
    return json.loads(result.stdout)


@pytest.fixture
def seeded(tmp_path: Path) -> Store:
    """The cli fixture's database with 5 weeks of tuition news and a spike today."""
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    specs = [
        Spec(
            NOW - timedelta(days=back, minutes=40 * k + 30),
            f"Học phí tin {back}-{k}",
            body="học phí",
        )
        for back in range(35, 0, -1)
        for k in range(2 + back % 2)
    ]
    # Today: four stories of three copies each, twelve negative articles on four outlets.
    first = len(specs)
    specs += [
        Spec(
            NOW - SPIKE_STEP * (3 * k + 1),
            f"Phụ huynh phản đối tăng học phí {k // 3}-{k}",
            body="học phí",
            outlet=f"Báo {k % 4}",
            sentiment="negative",
            copy_of=None if k % 3 == 0 else first + k - k % 3,
        )
        for k in range(12)
    ]
    store_specs(store, specs)
    return store


def test_watch_commands(cli, seeded: Store) -> None:
    added = as_json(cli("watch", "add", "Học phí", "--query", "hoc phi", "--json", "--by", "an"))
    assert added["matches"] > 80 and added["query"] == "hoc phi"
    cli("watch", "add", "Học phí", "--query", "x", code=1)  # the name is taken
    bad = cli("watch", "add", "Sai", "--query", '"hoc phi', code=2).output
    assert "^" in bad  # the error points at the position
    assert "no body called" in cli("watch", "add", "X", "--agency", "Bộ Không Có", code=2).output
    assert "in full" in cli("watch", "add", "X", "--legal-ref", "nd 81/2021", code=2).output
    listed = as_json(cli("watch", "list", "--json"))
    assert [w["name"] for w in listed] == ["Học phí"]
    edited = as_json(
        cli(
            "watch",
            "edit",
            "hoc phí",
            "--query",
            '"phản đối"',
            "--legal-ref",
            "nghi dinh 81/2021",
            "--json",
        )
    )
    assert edited["matches"] == 12 and edited["legal_refs"] == ["81/2021/NĐ-CP"]
    shown = as_json(cli("watch", "show", str(edited["id"]), "--json"))
    assert shown["rules"] == []
    cli("watch", "remove", "Học phí")
    assert as_json(cli("watch", "list", "--json")) == []
    assert "no watchlist" in cli("watch", "show", "Học phí", code=1).output


def test_trends_spikes_emerging_and_forecast(cli, seeded: Store) -> None:
    cli("watch", "add", "Học phí", "--query", "hoc phi")
    report = as_json(cli("trends", "Học phí", "--since", "40d", "--json"))
    assert report["totals"]["total"] == sum(p["total"] for p in report["points"])
    assert report["points"][-1]["negative"] == 12
    assert set(report) >= {"points", "share_of_voice", "top_outlets", "top_stories", "rising_terms"}
    assert report["top_stories"][0]["outlets"] == 3
    hourly = as_json(cli("trends", "--outlet", "Báo 0", "--by", "hour", "--since", "1d", "--json"))
    assert sum(p["total"] for p in hourly["points"]) == 3
    cli("trends", code=2)  # no subject
    cli("trends", "Học phí", "--topic", "x", code=2)  # two subjects

    spikes = as_json(cli("spikes", "--watches-only", "--json"))
    volume = next(s for s in spikes if s["metric"] == "volume")
    assert volume["subject"]["label"] == "Học phí" and volume["observed"] == 12
    assert volume["baseline"] < 4 and volume["stories"]

    found = as_json(cli("emerging", "--json"))
    assert len(found["stories"]) == 4
    assert found["stories"][0]["outlets"] == 3 and found["stories"][0]["articles"] == 3
    assert any("phản đối" in t["term"] for t in found["terms"])

    forecast = as_json(cli("forecast", "Học phí", "--days", "5", "--threshold", "4", "--json"))
    volume_points = forecast["volume"]["points"]
    assert len(volume_points) == 5 and forecast["volume"]["method"] == "AutoETS"
    assert all(p["lo95"] <= p["lo80"] <= p["mean"] <= p["hi80"] <= p["hi95"] for p in volume_points)
    assert forecast["warning"] is not None  # 2-3 a day: a day of 4 is within reach


def test_alerts_channels_rules_and_an_incident(cli, seeded: Store, hooks: PostServer) -> None:
    cli("watch", "add", "Học phí", "--query", "hoc phi")
    cli(
        "alerts",
        "channel",
        "add",
        "to-xu-ly",
        "--webhook",
        hooks.url("/hook"),
        "--secret",
        SECRET,
        "--allow-private",
    )
    cli("alerts", "channel", "add", "x", "--webhook", hooks.url("/"), "--secret", "short", code=2)
    assert as_json(cli("alerts", "channel", "list", "--json"))[0]["config"]["secret"] == "***"
    cli(
        "alerts",
        "rule",
        "add",
        "Học phí",
        "--kind",
        "volume_spike",
        "--severity",
        "high",
        "--channel",
        "to-xu-ly",
    )
    cli("alerts", "rule", "add", "Học phí", "--kind", "bogus", code=2)
    cli("alerts", "rule", "add", "Học phí", "--kind", "volume_spike", "--channel", "none", code=2)
    checked = cli("alerts", "check")
    assert "1 alerts raised" in checked.output and "1 sent" in checked.output
    assert json.loads(hooks.received[0].body)["alert"]["kind"] == "volume_spike"
    [alert] = as_json(cli("alerts", "--json"))
    assert alert["severity"] in ("high", "critical") and alert["detail"]["observed"] == 12
    shown = as_json(cli("alerts", "show", str(alert["id"]), "--json"))
    assert shown["deliveries"][0]["status"] == "sent"
    cli("alerts", "check")  # the same event again: no second alert, nobody paged twice
    assert len(as_json(cli("alerts", "--json"))) == 1 and len(hooks.received) == 1
    assert "No failed deliveries" in cli("alerts", "--failed").output

    opened = as_json(
        cli(
            "incident",
            "open",
            "--from-alert",
            str(alert["id"]),
            "--lead",
            "Nguyễn Văn An",
            "--member",
            "Trần Thị Bình | Phòng Báo chí | phát ngôn",
            "--json",
        )
    )
    incident = str(opened["id"])
    assert opened["watch_id"] == alert["watch_id"] and opened["article_ids"]
    assert as_json(cli("alerts", "show", str(alert["id"]), "--json"))["status"] == "acknowledged"
    cli(
        "incident",
        "assign",
        incident,
        "--member",
        "Lê Văn C | Văn phòng Bộ",
        "--severity",
        "critical",
    )
    cli("incident", "status", incident, "responding", "--note", "họp báo lúc 15h")
    cli("incident", "status", incident, "closed", code=2)  # closing needs a summary
    cli("incident", "note", incident, "Đã đăng thông cáo báo chí", "--action")
    cli("incident", "link", incident, "1")
    assert "no article #99999" in cli("incident", "link", incident, "99999", code=2).output
    closed = as_json(cli("incident", "close", incident, "--summary", "Đã giải thích", "--json"))
    assert closed["status"] == "closed" and closed["summary"] == "Đã giải thích"
    assert closed["closing_trend"]["before"]["per_day"] > 0
    kinds = [e["kind"] for e in closed["events"]]
    assert kinds == ["opened", "assign", "status", "action", "article", "closed"]
    assert [m["name"] for m in closed["members"]] == ["Lê Văn C"]
    assert closed["severity"] == "critical"
    cli("incident", "note", incident, "muộn", code=1)  # closed: a conflict
    assert as_json(cli("incident", "list", "--status", "closed", "--json"))[0]["id"] == opened["id"]


def test_an_unreachable_channel_is_reported(cli, seeded: Store) -> None:
    cli("watch", "add", "Học phí", "--query", "hoc phi")
    cli(
        "alerts",
        "channel",
        "add",
        "chet",
        "--webhook",
        "http://127.0.0.1:9/x",
        "--secret",
        SECRET,
        "--allow-private",
    )
    cli("alerts", "rule", "add", "Học phí", "--kind", "volume_spike", "--channel", "chet")
    cli("alerts", "check")
    failed = as_json(cli("alerts", "--failed", "--json"))
    assert failed[0]["status"] == "pending" and "connect_error" in failed[0]["last_error"]
    assert cli("alerts", "--failed", code=1).exit_code == 1
    assert "Failed: connect_error" in cli("alerts", "channel", "test", "chet", code=1).output


def test_ingest_raises_and_sends_an_alert_as_articles_arrive(
    cli, site: FixtureSite, hooks: PostServer
) -> None:
    started = datetime.now(UTC).replace(microsecond=0)
    cli("watch", "add", "Thủ tục trực tuyến", "--query", '"thu tuc" AND "truc tuyen"')
    cli(
        "alerts",
        "channel",
        "add",
        "hook",
        "--webhook",
        hooks.url("/"),
        "--secret",
        SECRET,
        "--allow-private",
    )
    # The fixture pages are from 2023: a long look-back keeps their story in the window.
    cli(
        "alerts",
        "rule",
        "add",
        "Thủ tục trực tuyến",
        "--kind",
        "story_outlets",
        "--outlets",
        "1",
        "--hours",
        "100000",
        "--channel",
        "hook",
    )
    cli("sources", "add", site.url("/pipeline/all.rss"), "--allow-private", "--outlet", "An Hòa")
    ingested = cli("ingest", "--once", code=1)  # some fixture pages fail on purpose
    assert re.search(r"Watchlists: [1-9]\d* matches", ingested.output)
    assert hooks.received, "the alert was sent while ingest ran"
    body = json.loads(hooks.received[0].body)
    assert (
        body["alert"]["kind"] == "story_outlets" and body["alert"]["watch"] == "Thủ tục trực tuyến"
    )
    [alert] = as_json(cli("alerts", "--json"))
    # Raised when ingest ran, not dated by the 2023 articles it counted.
    stored = datetime.fromisoformat(alert["first_at"])
    assert started <= stored <= datetime.now(UTC)


def test_audit_of_watch_changes(cli, seeded: Store) -> None:
    cli("watch", "add", "Học phí", "--query", "hoc phi", "--by", "an@bo.gov.vn")
    cli("watch", "edit", "Học phí", "--description", "theo dõi", "--by", "binh@bo.gov.vn")
    entries = seeded.audit.entries(entity="watch")
    assert [(e.action, e.actor) for e in entries] == [
        ("update", "binh@bo.gov.vn"),
        ("create", "an@bo.gov.vn"),
    ]
    assert entries[0].after["description"] == "theo dõi"  # type: ignore[index]


def test_channel_mistakes_are_caught_when_they_are_made(cli, seeded: Store) -> None:
    refused = cli(
        "alerts",
        "channel",
        "add",
        "noi-bo",
        "--webhook",
        "http://127.0.0.1:8/x",
        "--secret",
        SECRET,
        code=2,
    ).output
    assert "--allow-private" in refused
    cli("watch", "add", "Học phí", "--query", "hoc phi")
    cli(
        "alerts",
        "channel",
        "add",
        "hook",
        "--webhook",
        "http://127.0.0.1:9/x",
        "--secret",
        SECRET,
        "--allow-private",
    )
    cli("alerts", "rule", "add", "Học phí", "--kind", "volume_spike", "--channel", "hook")
    assert "used by rules #1" in cli("alerts", "channel", "remove", "hook", code=1).output
    cli("alerts", "rule", "remove", "1")
    cli("alerts", "channel", "remove", "hook")
