"""A plan's page in Debian's chromium, on a desktop and on a phone: KPIs against their
targets with a trend, policies with their stages, activities by status and the budget,
in Vietnamese, no wider than the screen, hostile text shown as text (no dialog)."""

from __future__ import annotations

from typing import Any

from browser_helpers import SIZES, LiveServer
from plan_fixtures import build, seed_plan


def a_plan(live: LiveServer) -> int:
    """The plan of the fixture corpus, once per server."""
    found = live.store.plans.list_plans()
    if found:
        return found[0].id
    corpus = build(live.store)
    return seed_plan(live.store, "Bộ Y tế", corpus.watch)


def test_the_plan_page(live: LiveServer, tab: Any) -> None:
    plan_id = a_plan(live)
    live.sign_in(tab, "viewer")
    tab.goto(f"{live.url}/plans?year=2026")
    tab.click(f"a[href='/plans/{plan_id}']")
    tab.wait_for_selector("#kpis")
    kpis = tab.locator("#kpis").inner_text()
    assert "Mục tiêu" in kpis and "6.0" in kpis and "Nhập tay" in kpis
    assert tab.locator("#kpis svg polyline").count() >= 4
    assert "Lấy ý kiến" in tab.locator("#policies").inner_text()
    assert "Đã xong" in tab.locator("#activities").inner_text()
    assert "60.000.000" in tab.locator("#budget").inner_text()
    assert "<script>" in tab.locator("h1").inner_text()  # the hostile title, as text
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"plan-{tab.size_name}")
    tab.goto(f"{live.url}/plans/calendar?year=2026")
    assert "Họp báo 0" in tab.locator("#month-3").inner_text()
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    assert tab.dialogs == [] and tab.evaluate("window.__pwned") is None
