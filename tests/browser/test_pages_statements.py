"""Writing and publishing a statement in Debian's chromium, on a desktop and on a phone:
a refused input comes back in Vietnamese with what was typed, the draft is saved, then
published, and the page links the public feeds. A hostile title stays text (no dialog)."""

from __future__ import annotations

from typing import Any

from browser_helpers import SIZES, LiveServer
from web_helpers import HOSTILE


def test_write_and_publish_a_statement(live: LiveServer, tab: Any) -> None:
    title = f"Thông cáo học phí ({tab.size_name}) {HOSTILE}"
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/statements")
    tab.click("#new-statement")
    tab.wait_for_url("**/statements/new")
    form = "#statement-form"
    tab.fill(f"{form} input[name=title]", title)
    tab.fill(f"{form} textarea[name=text]", "Mức trần học phí theo Nghị định 81/2021/NĐ-CP.")
    tab.fill(f"{form} input[name=issuer]", "Bộ Không Có")
    tab.fill(f"{form} input[name=issued_at]", "2026-11-02T09:00")
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_selector("p.error")
    assert "không biết cơ quan" in tab.locator("p.error").inner_text()
    assert tab.input_value(f"{form} input[name=title]") == title  # what was typed stays
    tab.fill(f"{form} input[name=issuer]", "Bộ GD&ĐT")
    tab.click(f"{form} button[type=submit]")
    tab.wait_for_url("**/statements/*?done=statement_added")
    assert tab.locator("h1").inner_text() == title  # shown as text
    assert "nháp" in tab.locator(".figures").inner_text()
    assert "81/2021/NĐ-CP" in tab.locator("#legal-refs").inner_text()

    tab.click("#publish-form button[type=submit]")
    tab.wait_for_url("**?done=statement_published")
    assert "đã công bố" in tab.locator(".figures").inner_text()
    assert tab.locator("#feeds a[href^='/feeds/statements.atom?issuer=']").count() == 1
    assert tab.locator("#publish-form").count() == 0 and tab.locator("#correct-form").count() == 1
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1
    live.screenshot(tab, f"statement-published-{tab.size_name}")
    tab.goto(f"{live.url}/statements?status=published")
    assert tab.locator("#statement-list a", has_text="Thông cáo học phí").count() >= 1
    assert tab.dialogs == []
