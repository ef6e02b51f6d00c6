"""`toancanh demo`: the corpus laid out to end on the day it runs, loaded once, so that
the default views (which count back from today) show it alive."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from toancanh.cli import app as cli_app
from toancanh.cli.demo import DEMO_PASSWORD, DEMO_USER
from toancanh.config import Settings
from toancanh.ingest.demo import corpus_rows, load_demo_corpus
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.text.dates import VIETNAM
from toancanh.trends.series import local_day, trend_report
from toancanh.web.app import create_app
from toancanh.web.pages.overview import period
from web_helpers import chart_option, sign_in

PINNED = datetime(2027, 3, 10, 18, 0, tzinfo=VIETNAM)  # after the corpus's last hour (15:45)


def shipped_days() -> Counter[date]:
    return Counter(datetime.fromisoformat(r["published_at"]).date() for r in corpus_rows())


def stored_days(store: Store) -> Counter[date]:
    return Counter(
        local_day(a.published_at) for a in store.articles.list(limit=5000) if a.published_at
    )


@pytest.fixture
def quick(tmp_path: Path) -> Iterator[tuple[Store, Settings]]:
    """A fresh store and settings without analysis: the layout is what these tests read."""
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'demo.db'}", analyze=False)
    store = Store.open(settings.database_url)
    yield store, settings
    store.close()


def test_a_pinned_clock_lays_the_corpus_out_to_end_that_day(quick) -> None:
    store, settings = quick
    report, layout = load_demo_corpus(store, settings, PINNED)
    assert report.summary.new == 640 and not report.rejected
    assert layout.last_day == date(2027, 3, 10) and not layout.kept
    assert layout.first_day == date(2027, 3, 10) - timedelta(days=89)
    days = stored_days(store)
    assert max(days) == date(2027, 3, 10) and min(days) == layout.first_day
    # The same shape, moved by whole days: each shipped day's articles on its moved day
    # (stored counts are after deduplication, so each day holds at most the shipped count).
    shipped = shipped_days()
    assert all(layout.moved(day) in days or count == 0 for day, count in shipped.items())
    assert all(days[layout.moved(day)] <= count for day, count in shipped.items())
    assert set(days) <= {layout.moved(day) for day in shipped}
    spike = layout.moved(date(2026, 10, 15))  # the traffic decree's 46 articles
    assert days[spike] == max(days.values())


def test_before_the_last_hour_the_corpus_ends_the_day_before(quick) -> None:
    store, settings = quick
    morning = PINNED.replace(hour=9)
    _, layout = load_demo_corpus(store, settings, morning)
    assert layout.last_day == date(2027, 3, 9)
    newest = store.articles.list(limit=1)[0].published_at
    assert newest is not None and newest <= morning  # no news from the future


def test_running_the_demo_again_adds_nothing_and_keeps_the_days(quick) -> None:
    store, settings = quick
    _, first = load_demo_corpus(store, settings, PINNED)
    before = stored_days(store)
    report, again = load_demo_corpus(store, settings, PINNED + timedelta(days=5))
    assert report.summary.new == 0 and report.rows == 687
    assert again.kept and again.shift_days == first.shift_days
    assert store.articles.count() == 640 and stored_days(store) == before


def test_the_cli_takes_the_day_and_says_which_days_the_demo_covers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TOANCANH_ANALYZE", "false")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(cli_app, ["--db", db, "demo", "--today", "2027-03-10"])
    assert result.exit_code == 0, result.output
    assert "The demo covers 11/12/2026 to 10/03/2027." in result.output
    assert "newest 10/03/2027 15:45" in result.output
    assert "toancanh spikes --since 2027-01-29" in result.output  # three days before the spike
    assert re.search(
        r"Directory: 1\d\d units added from the gazetteers, 1 demo people", result.output
    )
    again = CliRunner().invoke(cli_app, ["--db", db, "demo"])
    assert again.exit_code == 0, again.output
    assert "0 imported" in again.output and "as laid out when it was first loaded" in again.output
    assert "Directory: 0 units added from the gazetteers, 0 demo people" in again.output
    assert re.search(r"Official information: [1-9]\d* statements added now", result.output)
    assert "Official information: 0 statements added now" in again.output


# -- the whole demo, analysed, on today's clock: what a new user sees -------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("demo")
    db = f"sqlite:///{folder / 'toancanh.db'}"
    result = CliRunner().invoke(cli_app, ["--db", db, "demo"])
    assert result.exit_code == 0, result.output
    return db


def run(db: str, *args: str) -> Any:
    result = CliRunner().invoke(cli_app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_default_views_show_the_last_week(demo_db: str) -> None:
    store = Store.open(demo_db)
    try:
        since, until = period(None, None)  # the overview's default: the last 30 days
        points = trend_report(store, Subject("all", "", "all"), since=since, until=until).points
    finally:
        store.close()
    assert sum(p.total for p in points[-7:]) >= 20
    assert sum(1 for p in points if p.total) >= 25  # no empty half of the chart
    lamha = run(demo_db, "trends", "Lam Hà Riverside", "--json")  # default: 30 days
    assert sum(p["total"] for p in lamha["points"][-7:]) > 0
    recent = run(demo_db, "articles", "list", "--since", "7d", "--json")
    assert len(recent) >= 20


def test_alerts_are_dated_inside_the_corpus_and_never_ahead(demo_db: str) -> None:
    alerts = run(demo_db, "alerts", "--json")
    assert alerts
    now = datetime.now(UTC)
    last = [datetime.fromisoformat(a["last_at"]) for a in alerts]
    assert all(moment <= now for moment in last)
    assert max(last) >= now - timedelta(days=10)  # the demo's latest alerts are recent
    spike = next(a for a in alerts if a["kind"] == "negative_spike")
    # "… hôm nay" in the text: the day the alert was raised is the day it counted.
    assert "hôm nay" in spike["title"]
    raised = local_day(datetime.fromisoformat(spike["first_at"]))
    assert spike["detail"]["day"] == raised.isoformat()


def test_emerging_finds_the_last_multi_outlet_story(demo_db: str) -> None:
    found = run(demo_db, "emerging", "--hours", "168", "--json")
    assert any("Lam Hà Riverside" in s["title"] for s in found["stories"])


def test_the_forecast_starts_right_after_the_data(demo_db: str) -> None:
    found = run(demo_db, "forecast", "Lam Hà Riverside", "--json")
    today = local_day(datetime.now(UTC))
    first = date.fromisoformat(found["volume"]["points"][0]["date"])
    assert first == today  # history is the complete days, up to yesterday
    assert found["volume"]["method"] == "AutoETS"  # weeks of history, not empty weeks


def test_the_watch_chart_draws_no_forecast_over_days_seen(demo_db: str) -> None:
    settings = Settings(database_url=demo_db)
    with TestClient(create_app(settings), base_url="http://testserver") as client:
        page = sign_in(client, DEMO_USER, DEMO_PASSWORD, next="/watches")
        assert page.status_code == 200
        ids = re.findall(r'href="/watches/(\d+)"', page.text)
        assert ids
        html = client.get(f"/watches/{ids[0]}").text
    option = chart_option(html, "timeline")
    axis = option["xAxis"]["data"]
    bars = option["series"][0]["data"]
    observed = max(i for i, value in enumerate(bars) if value is not None)
    forecast = next(s for s in option["series"] if s.get("lineStyle", {}).get("type") == "dashed")
    ahead = [i for i, value in enumerate(forecast["data"]) if value is not None]
    assert ahead and min(ahead) == observed + 1
    assert axis[observed] == local_day(datetime.now(UTC)).strftime("%d/%m/%Y")  # dd/mm/yyyy


def test_the_demo_desk_has_statements_picked_up_and_claims_to_review(demo_db: str) -> None:
    statements = run(demo_db, "statements", "list", "--json")
    assert statements and all(s["status"] == "published" for s in statements)
    tuition = next(s for s in statements if "học phí" in s["title"])
    pickup = run(demo_db, "statements", "pickup", str(tuition["id"]), "--json")
    assert pickup["articles"] > 5 and pickup["outlets"] > 3
    queue = run(demo_db, "claims", "queue", "--json", "--limit", "50")
    assert queue and all(c["suggestions"] for c in queue)
    assert not any("tôi " in c["text"].lower() for c in queue)  # testimonies are not claims
