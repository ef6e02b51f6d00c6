"""The home page, "the unit's day": tiles per watchlist (today against yesterday, the Vietnam
day), open alerts by severity, incidents in progress, what waits, the digest links."""

from __future__ import annotations

import re
from datetime import timedelta

from monitoring_fixtures import Spec, store_specs
from toancanh.access import Actor
from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.domain.watches import WatchSpec
from toancanh.services import claim_review, commissions, home
from toancanh.store import Store
from toancanh.trends.series import day_start, local_day
from toancanh.watch.watchlists import backfill, check_spec
from web_helpers import NOW, USERS, Web, add_alert

UNIT = USERS["analyst"][1]
TODAY = local_day(NOW)
MIDNIGHT = day_start(TODAY)  # 17:00 UTC of the day before


def _land_tax(store: Store) -> int:
    """A shared watchlist with 4 articles today (the first at Vietnam midnight), 3
    yesterday (the last a second before midnight), 2 a week ago; returns its id."""
    at = MIDNIGHT
    specs = [
        Spec(at, "Thuế đất hôm nay 1", body="thuế đất", outlet="Cổng Bộ", sentiment="positive"),
        Spec(
            at + timedelta(minutes=5),
            "Thuế đất hôm nay 2",
            body="thuế đất",
            outlet="Báo 1",
            sentiment="positive",
        ),
        Spec(
            at + timedelta(minutes=9),
            "Thuế đất hôm nay 3",
            body="thuế đất",
            outlet="Báo 2",
            sentiment="negative",
        ),
        Spec(
            at + timedelta(minutes=12),
            "Thuế đất hôm nay 4",
            body="thuế đất",
            outlet="Báo 3",
            sentiment="neutral",
        ),
        Spec(
            at - timedelta(seconds=1),
            "Thuế đất hôm qua 1",
            body="thuế đất",
            outlet="Cổng Bộ",
            sentiment="negative",
        ),
        Spec(
            at - timedelta(hours=5),
            "Thuế đất hôm qua 2",
            body="thuế đất",
            outlet="Cổng Bộ",
            sentiment="negative",
        ),
        Spec(
            at - timedelta(hours=9),
            "Thuế đất hôm qua 3",
            body="thuế đất",
            outlet="Báo 1",
            sentiment="neutral",
        ),
        Spec(at - timedelta(days=6, hours=2), "Thuế đất tuần trước 1", body="thuế đất"),
        Spec(at - timedelta(days=6, hours=3), "Thuế đất tuần trước 2", body="thuế đất"),
    ]
    store_specs(store, specs, official=("Cổng Bộ",), seed=91)
    watch = store.watches.add(check_spec(WatchSpec("Thuế đất", query='"thue dat"')), "tests")
    backfill(store, watch)
    return watch.id


def _tile_html(html: str, watch_id: int) -> str:
    found = re.search(
        rf'<article class="card tile[^"]*" data-watch="{watch_id}">(.*?)</article>', html, re.S
    )
    assert found, f"a tile for watchlist #{watch_id}"
    return found.group(1)


def test_a_tile_counts_today_against_yesterday_by_the_vietnam_day(web: Web) -> None:
    watch_id = _land_tax(web.store)
    actor = Actor("analyst@bo.gov.vn", "analyst", UNIT)
    [tile] = [t for t in home.watch_tiles(web.store, actor, TODAY) if t.watch.id == watch_id]
    assert (tile.today.articles, tile.yesterday.articles) == (4, 3)
    assert tile.change == 1
    assert (tile.today.positive, tile.today.negative, tile.today.official) == (2, 1, 1)
    assert tile.yesterday.official_share == 2 / 3
    assert tile.week_mean == (3 + 2) / 7
    assert len(tile.volumes) == 14 and tile.volumes[-1] == 4 and tile.volumes[-2] == 3
    assert tile.volumes[-8] == 2 and sum(tile.volumes) == 9

    html = web.client("analyst").get("/").text
    mine = _tile_html(html, watch_id)
    assert 'class="today-count">4</strong> bài hôm nay' in mine
    assert 'class="change">+1<' in mine
    assert "hôm qua (3)" in mine  # "vs yesterday (3)", in Vietnamese
    assert "trung bình 7 ngày 0,7" in mine  # numbers the Vietnamese way
    assert "50%" in mine and "25%" in mine  # tone today: 2 of 4 positive, 1 negative
    assert '<a href="/watches/' + str(watch_id) + '">Thuế đất</a>' in mine
    assert re.search(
        r'<svg class="spark"[^>]*>.*<polyline class="spark-line" points="[\d., ]+"', mine, re.S
    )


def test_another_units_private_watchlist_has_no_tile_and_own_ones_come_first(web: Web) -> None:
    ours = web.store.watches.find("Riêng của Vụ")
    shared = web.store.watches.find("Học phí")
    assert ours is not None and shared is not None
    mine = web.client("analyst").get("/").text
    theirs = web.client("other").get("/").text
    assert f'data-watch="{ours.id}"' in mine and f'data-watch="{shared.id}"' in mine
    assert mine.index(f'data-watch="{ours.id}"') < mine.index(f'data-watch="{shared.id}"')
    assert f'data-watch="{ours.id}"' not in theirs and "Riêng của Vụ" not in theirs
    assert f'data-watch="{shared.id}"' in theirs


def test_open_alerts_come_by_severity_then_newest_each_naming_its_watchlist(web: Web) -> None:
    for title, severity in (
        ("Cảnh báo thấp", "low"),
        ("Cảnh báo cao cũ", "high"),
        ("Cảnh báo nghiêm trọng", "critical"),
        ("Cảnh báo trung bình", "medium"),
        ("Cảnh báo cao mới", "high"),
    ):
        add_alert(web.store, "Học phí", title, severity=severity)
    add_alert(web.store, "Riêng của Vụ", "Cảnh báo riêng", severity="critical")
    html = web.client("other").get("/").text
    section = html.split('id="open-alerts"')[1].split("</section>")[0]
    titles = re.findall(r'<a href="/alerts/\d+">([^<]+)</a>', section)
    assert titles == [
        "Cảnh báo nghiêm trọng",
        "Cảnh báo cao mới",
        "Cảnh báo cao cũ",
        "Cảnh báo trung bình",
        "Cảnh báo thấp",
    ]
    assert section.count(">Học phí</a>") == 5  # each names its watchlist, linked
    shared = web.store.watches.find("Học phí")
    assert shared is not None
    tile = _tile_html(html, shared.id)
    assert f'href="/alerts?watch={shared.id}">5</a>' in tile and "badge critical" in tile


def test_what_waits_for_an_analyst_counts_claims_deliveries_and_drafts(web: Web) -> None:
    from claim_desk import build_desk
    from commission_cases import OUTLET, SINCE, UNTIL, build

    analyst = Actor("analyst@bo.gov.vn", "analyst", UNIT)
    viewer = Actor("viewer@bo.gov.vn", "viewer", UNIT)
    assert home.waiting(web.store, analyst) == home.Waiting(0, 0, 0)
    build_desk(web.store, unit=UNIT)  # claims waiting, and a draft statement of the unit
    build(web.store)
    order = commissions.add_commission(
        web.store,
        analyst,
        CommissionSpec(
            OUTLET,
            ("Tiêm chủng", "Bảo hiểm"),
            SINCE,
            UNTIL,
            1_000_000,
            (Deliverable("article", 3),),
        ),
    )
    queue = claim_review.review_queue(web.store, analyst, limit=500)
    waiting = home.waiting(web.store, analyst)
    assert waiting == home.Waiting(len(queue), 3, 1) and len(queue) > 0
    found = commissions.deliveries(web.store, analyst, order.id)
    commissions.decide(web.store, analyst, order.id, "accepted", [found[0].article_id])
    assert home.waiting(web.store, analyst).deliveries == 2
    assert home.waiting(web.store, viewer) == home.Waiting()  # a viewer acts on none
    assert home.waiting(web.store, Actor("x", "analyst", "Sở Văn hóa tỉnh")).statements == 0

    html = web.client("analyst").get("/").text
    section = html.split('id="waiting"')[1].split("</section>")[0]
    assert f'href="/claims" id="waiting-claims"><strong>{len(queue)}</strong>' in section
    assert 'href="/commissions" id="waiting-deliveries"><strong>2</strong>' in section
    assert 'href="/statements?status=draft" id="waiting-statements"><strong>1</strong>' in section
    assert 'id="waiting"' not in web.client("viewer").get("/").text


def test_incidents_in_progress_and_the_digest_links(web: Web) -> None:
    from toancanh.services import incidents
    from toancanh.services.incidents import NewIncident

    analyst = Actor("analyst@bo.gov.vn", "analyst", UNIT)
    opened = incidents.open_incident(
        web.store, analyst, NewIncident(title="Khủng hoảng học phí", severity="high")
    )
    closed = incidents.open_incident(
        web.store, analyst, NewIncident(title="Sự cố đã xong", severity="low")
    )
    incidents.close_incident(web.store, analyst, closed.id, summary="xong")
    html = web.client("analyst").get("/").text
    section = html.split('id="incidents-in-progress"')[1].split("</section>")[0]
    assert f'<a href="/incidents/{opened.id}">Khủng hoảng học phí</a>' in section
    assert "Sự cố đã xong" not in section
    assert 'href="/api/v1/reports/digest?format=docx"' in html
    assert 'href="/api/v1/reports/digest?format=pdf"' in html
    assert "Tải điểm tin hôm nay" in html
    assert 'hx-get="/overview/charts?' in html  # the 30-day charts follow below


def test_the_date_filter_still_drives_the_charts(web: Web) -> None:
    client = web.client("viewer")
    page = client.get("/", params={"since": "2026-01-01", "until": "2026-01-03"})
    assert page.status_code == 200
    assert 'value="2026-01-01"' in page.text and 'value="2026-01-03"' in page.text
    assert 'hx-get="/overview/charts?since=2026-01-01&amp;until=2026-01-03"' in page.text
    assert client.get("/", params={"since": "ngày mai"}).status_code == 400


def test_a_sparkline_puts_the_highest_day_at_the_top_and_empty_days_on_the_bottom() -> None:
    from toancanh.web.charts import sparkline

    line = sparkline([0, 5, 10], width=100, height=30)
    points = [tuple(map(float, p.split(","))) for p in line.points.split()]
    assert [x for x, _ in points] == [2, 50, 98]  # evenly spread inside a 2 px margin
    assert [y for _, y in points] == [28, 15, 2]  # zero at the bottom, the peak at the top
    assert line.last == (98, 2) and line.peak == 10
    assert line.area.startswith("2,28 ") and line.area.endswith(" 98,28")
    flat = sparkline([0] * 14)
    assert {p.split(",")[1] for p in flat.points.split()} == {"30"}  # no day: a flat line
    assert sparkline([]).points == ""
