"""Sign in, see the overview's charts drawn, switch language — in Debian's chromium."""

from __future__ import annotations

from typing import Any

from browser_helpers import LiveServer


def test_sign_in_and_see_the_charts_drawn(live: LiveServer, page: Any) -> None:
    live.sign_in(page, "analyst")
    page.wait_for_selector("#timeline[data-drawn=true] svg")
    bars = page.locator("#timeline svg path").count()
    assert bars > 10, "the timeline has data"
    assert page.locator("#voice[data-drawn=true] svg").count() == 1
    assert page.dialogs == []  # the hostile scraped title did not run
    live.screenshot(page, "overview-vi")


def test_switch_language(live: LiveServer, page: Any) -> None:
    live.sign_in(page, "viewer")
    assert page.locator("h1").inner_text() == "Tổng quan"
    page.click("#lang-switch")
    page.wait_for_selector("h1:text('Overview')")
    live.screenshot(page, "overview-en")
    page.click("#lang-switch")
    page.wait_for_selector("h1:text('Tổng quan')")


def test_the_home_page_shows_tiles_with_sparklines_and_the_digest_links(
    live: LiveServer, tab: Any
) -> None:
    live.sign_in(tab, "analyst")
    tiles = tab.locator("#tiles .tile")
    assert tiles.count() == 2  # the unit's private watchlist and the shared one
    assert tab.locator("#tiles .tile svg.spark polyline.spark-line").count() == 2
    box = tab.locator("#tiles .tile svg.spark").first.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 10  # drawn, no script
    docx, pdf = tab.locator("#digest-docx"), tab.locator("#digest-pdf")
    assert docx.get_attribute("href") == "/api/v1/reports/digest?format=docx"
    assert pdf.get_attribute("href") == "/api/v1/reports/digest?format=pdf"
    assert "Tải điểm tin hôm nay" in tab.locator("#digest-links").inner_text()
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= tab.viewport_size["width"], "no sideways scroll"
    first, second = (tiles.nth(i).bounding_box() for i in range(2))
    assert first is not None and second is not None
    if tab.size_name == "phone":  # one column: the tiles stack
        assert first["x"] == second["x"] and second["y"] > first["y"]
    else:
        assert second["x"] > first["x"]  # side by side on a desktop
    live.screenshot(tab, f"home-{tab.size_name}")


def test_the_period_charts_appear_after_the_page_and_follow_the_date_filter(
    live: LiveServer, tab: Any
) -> None:
    live.sign_in(tab, "analyst")
    assert tab.locator("#tiles .tile").count() == 2  # the day is there at once
    tab.wait_for_selector("#period-charts #timeline[data-drawn=true] svg")
    for name in ("voice", "tones"):
        tab.wait_for_selector(f"#period-charts #{name}[data-drawn=true] svg")
    assert tab.locator("#period-charts-link").count() == 0, "the link gave way to the charts"
    assert tab.locator("#period-charts #net-sentiment").count() == 1
    box = tab.locator("#timeline").bounding_box()
    assert box is not None and box["width"] > 250 and box["height"] > 100
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"]
    assert tab.dialogs == []  # scraped titles in the swapped stories did not run
    tab.fill("#period input[name=since]", "2026-01-01")
    tab.fill("#period input[name=until]", "2026-01-03")
    tab.click("#period button[type=submit]")
    tab.wait_for_url("**/?since=2026-01-01&until=2026-01-03")
    tab.wait_for_selector("#period-charts #timeline[data-drawn=true] svg")
    days = tab.evaluate(
        "echarts.getInstanceByDom(document.getElementById('timeline')).getOption().xAxis[0].data"
    )
    assert days == ["01/01/2026", "02/01/2026", "03/01/2026"]
    live.screenshot(tab, f"home-charts-{tab.size_name}")
