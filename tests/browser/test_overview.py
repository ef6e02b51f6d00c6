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
