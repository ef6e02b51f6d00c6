"""The sources page and one's own account in Debian's chromium, on a desktop and a phone:
the outlets the data came from, a source and the feed catalog added by an admin, a
password changed by its owner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser_helpers import LiveServer
from toancanh.services.sources import catalog_size
from web_helpers import PASSWORD, USERS

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


@pytest.fixture(params=list(SIZES))
def tab(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    width, height = SIZES[request.param]
    context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": height})
    page = context.new_page()
    page.size = request.param
    yield page
    context.close()


def test_an_admin_sees_the_outlets_and_adds_a_source_and_the_catalog(
    live: LiveServer, tab: Any
) -> None:
    live.sign_in(tab, "admin")
    tab.goto(f"{live.url}/sources")
    outlets = tab.locator("#outlet-list tr")
    assert outlets.count() >= 4  # a header and the seeded outlets
    assert tab.locator("#outlet-list").is_visible()
    url = f"https://example.gov.vn/rss/{tab.size}.rss"
    tab.click("#new-source summary")
    tab.fill("#source-form input[name=url]", url)
    tab.fill("#source-form input[name=outlet]", "Cổng Bộ")
    tab.click("#source-form button[type=submit]")
    tab.wait_for_selector(".flash")
    assert tab.locator("#source-list tr", has_text=url).count() == 1
    tab.click("#catalog-form button")
    tab.wait_for_selector(".flash")
    assert "Đã thêm các kênh trong danh mục nguồn tin" in tab.locator(".flash").inner_text()
    assert len(live.store.sources.list()) >= catalog_size()
    added = live.store.audit.entries(entity="source", limit=10_000)
    assert added[0].actor == USERS["admin"][0]
    live.screenshot(tab, f"sources-{tab.size}")


def test_a_user_changes_their_password_from_the_account_page(live: LiveServer, tab: Any) -> None:
    email = f"doimatkhau-{tab.size}@bo.gov.vn"
    from toancanh.services.passwords import hash_password

    live.store.accounts.add_user(
        email=email, password_hash=hash_password(PASSWORD), role="viewer", unit=None, actor="tests"
    )
    tab.goto(f"{live.url}/login")
    tab.fill("input[name=email]", email)
    tab.fill("input[name=password]", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{live.url}/")
    tab.click("#account-link")
    tab.wait_for_selector("#password-form")
    new = "mật khẩu mới của tôi 2027"
    tab.fill("#password-form input[name=current]", PASSWORD)
    tab.fill("#password-form input[name=password]", new)
    tab.fill("#password-form input[name=repeat]", new)
    tab.click("#password-form button[type=submit]")
    tab.wait_for_selector(".flash")
    assert "Đã đổi mật khẩu" in tab.locator(".flash").inner_text()
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size][0], f"the account page is {width} px wide"
    live.screenshot(tab, f"account-{tab.size}")
