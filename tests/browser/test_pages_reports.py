"""The reports page in Debian's chromium, on a desktop and on a phone: an analyst reaches
it from the menu, schedules the daily digest through the form, sees it listed, pauses it,
and downloads today's digest as a Word file with the form's button."""

from __future__ import annotations

import contextlib
from typing import Any

import docx

from browser_helpers import SIZES, LiveServer
from toancanh.access import Actor
from toancanh.errors import Conflict
from toancanh.services import channels

CHANNEL = "kenh-bao-cao-vu"
TIMES = {"desktop": "06:45", "phone": "06:50"}  # one schedule per run, told apart


def test_an_analyst_schedules_pauses_and_downloads_on_the_reports_page(
    live: LiveServer, tab: Any
) -> None:
    config = {"url": "https://example.gov.vn/bao-cao", "secret": "s3cret-for-tests-0123456789"}
    with contextlib.suppress(Conflict):  # the second size finds it
        channels.add_channel(live.store, Actor.operator("tests"), CHANNEL, "webhook", config)
    at = TIMES[tab.size_name]
    live.sign_in(tab, "analyst")

    tab.locator("nav.main").get_by_role("link", name="Báo cáo", exact=True).click()
    tab.wait_for_url(f"{live.url}/reports")
    assert tab.locator("h1").inner_text() == "Báo cáo"

    tab.locator("#new-schedule > summary").click()
    form = tab.locator("#schedule-form")
    form.locator("select[name=kind]").select_option("digest")
    form.locator("select[name=cadence]").select_option("daily")
    form.locator("input[name=at]").fill(at)
    form.locator("select[name=format]").select_option("docx")
    form.locator("select[name=channel]").select_option(CHANNEL)
    form.locator("button[type=submit]").click()
    tab.wait_for_url("**/reports?done=schedule_added*")
    assert "Đã thêm lịch báo cáo." in tab.locator("[role=status]").inner_text()

    row = tab.locator("#schedule-list tr").filter(has_text=f"hằng ngày {at}")
    assert row.count() == 1
    text = row.inner_text()
    assert "điểm tin báo chí" in text and "Vụ Truyền thông" in text and CHANNEL in text
    assert "đang chạy" in text
    row.get_by_role("button", name="Tạm dừng").click()
    tab.wait_for_url("**/reports?done=schedule_pause*")
    row = tab.locator("#schedule-list tr").filter(has_text=f"hằng ngày {at}")
    assert "tạm dừng" in row.inner_text()
    assert row.get_by_role("button", name="Tiếp tục").count() == 1
    width = tab.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[tab.size_name]["width"] + 1  # the table scrolls in its own box
    live.screenshot(tab, f"reports-page-{tab.size_name}")

    with tab.expect_download() as word:
        tab.locator("#digest-form button[value=docx]").click()
    assert word.value.suggested_filename.endswith(".docx")
    document = docx.Document(word.value.path())
    assert any("Điểm tin báo chí" in p.text for p in document.paragraphs)
    assert tab.dialogs == []
