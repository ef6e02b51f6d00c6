"""Reviewing a claim in Debian's chromium, on a desktop and on a phone: open the queue,
open a claim (highlighted in its article), give a verdict with the Vietnamese labels,
find it under the queue's verdict filter. A claim of hostile markup stays text (no
dialog, no element)."""

from __future__ import annotations

from typing import Any

import pytest

from browser_helpers import SIZES, LiveServer
from claim_desk import Desk, build_desk
from web_helpers import HOSTILE

# Each size reviews its own claim (the live server is shared by the module).
REVIEWED = {
    "desktop": ("spread", "false", "sai sự thật"),
    "phone": ("lone", "misleading", "gây hiểu lầm"),
}


@pytest.fixture(scope="module")
def desk(live: LiveServer) -> Desk:
    return build_desk(live.store, hostile=HOSTILE)


def test_review_a_claim_from_the_queue(live: LiveServer, desk: Desk, tab: Any) -> None:
    name, verdict, label = REVIEWED[tab.size_name]
    claim_id = getattr(desk, name)
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/claims")
    assert tab.locator(f"#claim-{desk.hostile} a.claim-text").inner_text().startswith("<script>")
    assert tab.locator("#claim-list script, #claim-list img").count() == 0
    live.screenshot(tab, f"claims-queue-{tab.size_name}")
    tab.click(f"#claim-{claim_id} a.claim-text")
    tab.wait_for_url(f"**/claims/{claim_id}")
    assert tab.locator("#claim-mark").inner_text() == tab.locator("h1").inner_text()
    tab.check(f"#verdict-form input[name=verdict][value={verdict}]")
    assert label.capitalize() in tab.locator("#verdict-form fieldset").inner_text()
    tab.fill("#verdict-form textarea[name=note]", "Đối chiếu với thông cáo chính thức")
    tab.click("#verdict-form button[type=submit]")
    tab.wait_for_url("**?done=judged")
    assert label in tab.locator("#verdict h2").inner_text()
    assert tab.locator("#verdict-form").count() == 0  # closed until an admin reopens it
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"claim-verdict-{tab.size_name}")

    tab.goto(f"{live.url}/claims")
    tab.select_option("#claim-filter select[name=status]", "verdict")
    tab.click("#claim-filter button[type=submit]")
    tab.wait_for_url("**status=verdict**")
    assert tab.locator(f"#claim-{claim_id}").count() == 1
    assert label in tab.locator(f"#claim-{claim_id}").inner_text()

    tab.goto(f"{live.url}/claims/{desk.hostile}")
    assert "<img src=x" in tab.locator("#claim-mark").inner_text()
    assert tab.locator("#article-text script, #article-text img, main h1 img").count() == 0
    assert tab.dialogs == []
