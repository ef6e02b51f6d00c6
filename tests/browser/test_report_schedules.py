"""The scheduled reports in the channels' section of the sources page, in Debian's
chromium, on a desktop and on a phone: a schedule and its last send in Vietnamese, a
hostile channel name shown as text."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

from browser_helpers import LiveServer
from toancanh.access import Actor
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.errors import Conflict
from toancanh.services import channels, report_schedules
from web_helpers import HOSTILE, USERS

UNIT = USERS["analyst"][1]


def test_the_admin_sees_the_schedules_and_their_sends(live: LiveServer, tab: Any) -> None:
    operator = Actor.operator("tests")
    name = f"bc-{tab.size_name} {HOSTILE[:40]}"
    config = {"url": "https://example.gov.vn/bao-cao", "secret": "s3cret-for-tests-0123456789"}
    with contextlib.suppress(Conflict):
        channels.add_channel(live.store, operator, name, "webhook", config)
    spec = ScheduleSpec(kind="digest", channel=name, unit=UNIT, at="07:30", format="pdf")
    schedule = report_schedules.add_schedule(live.store, operator, spec)
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    send = live.store.report_schedules.claim(
        schedule.id, "2026-12-07", now=now, lease_until=now, advance=True
    )
    assert send is not None
    live.store.report_schedules.record_attempt(send.id, status="skipped_empty")

    live.sign_in(tab, "admin")
    tab.goto(f"{live.url}/sources#channels")
    row = tab.locator("#report-schedule-list tr").filter(has_text=name).first
    text = row.inner_text()
    assert "điểm tin báo chí" in text and "hằng ngày 07:30" in text and "pdf" in text
    assert name in text  # the channel's name as text, not markup
    sends = tab.locator("#report-send-list tr").filter(has_text=f"#{schedule.id}").first
    assert "bỏ qua (không có tin)" in sends.inner_text()
    assert tab.dialogs == []  # the hostile name ran no script
    # The tables scroll inside the page: the page itself stays the screen's width.
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"] + 1
