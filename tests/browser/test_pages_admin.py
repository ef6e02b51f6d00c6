"""The management pages in Debian's chromium: create a watchlist, take an alert to an
incident, add an account. The only dialogs allowed are the data-confirm questions a test
expects and accepts; any other dialog (a scraped script that ran) fails the test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from browser_helpers import LiveServer
from web_helpers import HOSTILE, USERS, add_alert


class Dialogs:
    """Dialogs seen; an expected confirmation is accepted, anything else dismissed."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.expected: list[str] = []

    def __call__(self, dialog: Any) -> None:
        self.seen.append(dialog.message)
        if self.expected and dialog.type == "confirm" and dialog.message == self.expected[0]:
            self.expected.pop(0)
            dialog.accept()
        else:
            dialog.dismiss()


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = Dialogs()
    page.on("dialog", page.dialogs)
    yield page
    context.close()


def test_create_a_watchlist_through_the_form(live: LiveServer, tab: Any) -> None:
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/watches")
    tab.click("#new-watch summary")
    tab.fill("#watch-form input[name=name]", "Giá điện")
    tab.fill("#watch-form input[name=query]", '"gia dien" AND (')
    tab.click("#watch-form button[type=submit]")
    tab.wait_for_selector(".form-error mark.bad")  # the query's mistake is pointed at
    assert "ký tự thứ" in tab.locator(".form-error").inner_text()
    tab.fill("#watch-form input[name=query]", '"hoc phi" OR "gia dien"')
    tab.fill("#watch-form textarea[name=description]", "Theo dõi giá điện và học phí")
    tab.check("#watch-form input[name=private]")
    tab.click("#watch-form button[type=submit]")
    tab.wait_for_selector(".flash")
    row = tab.locator("#watch-list tr", has_text="Giá điện")
    assert row.count() == 1 and "riêng" in row.inner_text()
    assert row.locator("a", has_text="Giá điện").get_attribute("href").startswith("/watches/")
    live.screenshot(tab, "watchlists-vi")
    assert tab.dialogs.seen == []


def test_acknowledge_an_alert_and_run_an_incident(live: LiveServer, tab: Any) -> None:
    alert_id = add_alert(live.store, "Học phí", "Phụ huynh phản ứng mức học phí mới " + HOSTILE)
    live.sign_in(tab, "analyst")
    tab.goto(f"{live.url}/alerts")
    tab.select_option("select[name=status]", "active")  # htmx swaps the list in place
    tab.wait_for_url("**/alerts?status=active")
    tab.click(f"a[href='/alerts/{alert_id}']")
    tab.wait_for_selector("#ack")
    tab.click("#ack")
    tab.wait_for_selector(".flash")
    assert "đã tiếp nhận" in tab.locator(".figures").inner_text()
    tab.fill("#incident-form input[name=lead]", "Nguyễn Văn A")
    tab.fill("#incident-form textarea[name=members]", "Trần Thị B | Văn phòng | Phát ngôn")
    tab.click("#incident-form button[type=submit]")
    tab.wait_for_url("**/incidents/*")
    tab.select_option("#status-form select[name=status]", "responding")
    tab.fill("#status-form input[name=note]", "Họp báo lúc 15 giờ")
    tab.click("#status-form button[type=submit]")
    tab.wait_for_selector(".flash")
    tab.fill("#note-form textarea[name=text]", "Đã đăng thông cáo báo chí")
    tab.check("#note-form input[name=action]")
    tab.click("#note-form button[type=submit]")
    tab.wait_for_selector("#timeline tr.event-action")
    live.screenshot(tab, "incident-vi")
    question = "Đóng sự cố này? Sự cố đã đóng không thể mở lại."
    tab.dialogs.expected.append(question)
    tab.fill("#close-form textarea[name=summary]", "Đã giải thích rõ chính sách, dư luận lắng dịu")
    tab.click("#close-form button[type=submit]")
    tab.wait_for_selector("#trend")
    assert "trước sự cố" in tab.locator("#trend").inner_text()
    live.screenshot(tab, "incident-closed-vi")
    assert tab.dialogs.seen == [question]  # the confirmation only: the hostile title is inert


def test_admin_adds_a_user_and_disables_it(live: LiveServer, tab: Any) -> None:
    live.sign_in(tab, "admin")
    tab.goto(f"{live.url}/users")
    tab.click("#new-user summary")
    tab.fill("#user-form input[name=email]", "chuyenvien@so.gov.vn")
    tab.select_option("#user-form select[name=role]", "analyst")
    tab.fill("#user-form input[name=unit]", "Sở Văn hóa")
    tab.fill("#user-form input[name=password]", "mật khẩu ban đầu 2026")
    tab.click("#user-form button[type=submit]")
    tab.wait_for_selector(".flash")
    row = tab.locator("#user-list tr", has_text="chuyenvien@so.gov.vn")
    assert row.count() == 1
    question = (
        "Vô hiệu hóa tài khoản chuyenvien@so.gov.vn? "
        "Các phiên đăng nhập của tài khoản sẽ kết thúc ngay."
    )
    tab.dialogs.expected.append(question)
    row.locator("button.danger").click()
    tab.wait_for_selector("#user-list tr.disabled")
    user = live.store.accounts.find_user("chuyenvien@so.gov.vn")
    assert user is not None and user.disabled and user.role == "analyst"
    assert live.store.audit.entries(entity="user", entity_id=user.id)[0].actor == USERS["admin"][0]
    live.screenshot(tab, "users-vi")
    assert tab.dialogs.seen == [question]
