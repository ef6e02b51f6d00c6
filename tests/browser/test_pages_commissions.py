"""A press order's page in the browser, at a desktop's and a phone's width: the analyst
of the ordering unit accepts a delivered article with its button, ticks and rejects
another, and the counts follow; a hostile title stays text (no dialog)."""

from __future__ import annotations

from typing import Any

from browser_helpers import SIZES, LiveServer
from commission_cases import HOSTILE, OUTLET, SINCE, UNTIL, build
from toancanh.access import Actor
from toancanh.domain.commissions import CommissionSpec, Deliverable
from toancanh.services import commissions


def test_accept_a_delivery_on_the_order_page(live: LiveServer, tab: Any) -> None:
    corpus = build(live.store)
    spec = CommissionSpec(
        outlet=OUTLET,
        watches=("Tiêm chủng", "Bảo hiểm"),
        since=SINCE,
        until=UNTIL,
        value=150_000_000,
        deliverables=(Deliverable("article", 8),),
        criteria=HOSTILE,
    )
    order = commissions.add_commission(
        live.store, Actor.operator("tests"), spec, unit="Vụ Truyền thông"
    )
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/commissions")
    tab.click(f"#order-list a[href='/commissions/{order.id}']")
    tab.wait_for_selector("#deliveries")
    assert tab.locator("#delivered").inner_text() == "3"
    row = f"#delivery-{corpus.ids['found']}"
    tab.click(f"{row} button[value=accepted]")
    tab.wait_for_url("**done=accepted**")
    assert tab.locator("#accepted").inner_text() == "1"
    assert tab.locator(f"{row} .badge").inner_text().strip() == "đã chấp nhận"
    hostile = f"#delivery-{corpus.ids['hostile']}"
    assert HOSTILE in tab.locator(hostile).inner_text()  # shown as text
    tab.check(f"{hostile} input[type=checkbox]")
    tab.click("#bulk-form button[value=rejected]")
    tab.wait_for_url("**done=rejected**")
    assert tab.locator("#delivered").inner_text() == "2"
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"commission-{tab.size_name}")
    assert tab.dialogs == []
