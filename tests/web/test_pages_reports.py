"""The reports page (``/reports``): who sees which schedules and forms, a refused new
schedule shown in Vietnamese with what was typed, pausing and removing, and the download
forms (a file, or the refusal on the page)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fastapi.testclient import TestClient

from toancanh.access import Actor
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.services import channels, report_schedules
from web_helpers import HOSTILE, USERS, Web

UNIT = USERS["analyst"][1]
OTHER_UNIT = USERS["other"][1]
CONFIG = {"url": "https://example.gov.vn/bc", "secret": "s3cret-for-tests-0123456789"}


def post(client: TestClient, path: str, data: dict[str, object] | None = None):
    form = {"csrf_token": client.csrf, **(data or {})}  # type: ignore[attr-defined]
    return client.post(path, data=form, follow_redirects=False)  # type: ignore[arg-type]


def _schedules(web: Web) -> tuple[int, int]:
    """A digest of the analysts' unit with a failed send, and one of another unit."""
    operator = Actor.operator("tests")
    channels.add_channel(web.store, operator, "kenh-bc", "webhook", CONFIG)
    ours, theirs = (
        report_schedules.add_schedule(
            web.store, operator, ScheduleSpec(kind="digest", channel="kenh-bc", unit=unit)
        )
        for unit in (UNIT, OTHER_UNIT)
    )
    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    for schedule, error in ((ours, HOSTILE), (theirs, "bí mật của tỉnh")):
        send = web.store.report_schedules.claim(schedule.id, "2026-12-07", now=now, lease_until=now)
        assert send is not None
        web.store.report_schedules.record_attempt(send.id, status="failed", error=error)
    return ours.id, theirs.id


def _section(page: str, name: str) -> str:
    found = re.search(rf'<section class="card" id="{name}">(.*?)</section>', page, re.S)
    assert found, name
    return found.group(1)


def _options(page: str, select_id: str) -> list[str]:
    found = re.search(rf'<select name="\w+" id="{select_id}">(.*?)</select>', page, re.S)
    assert found, select_id
    return re.findall(r'<option value="([^"]*)"', found.group(1))


def test_each_sees_the_schedules_of_their_unit_and_the_forms_they_may_use(web: Web) -> None:
    ours, theirs = _schedules(web)

    viewer = web.client("viewer").get("/reports")
    assert viewer.status_code == 200
    schedules = _section(viewer.text, "schedules")
    assert f'id="schedule-{ours}"' in schedules and f'id="schedule-{theirs}"' not in schedules
    assert "điểm tin báo chí" in schedules and "hằng ngày 07:30" in schedules
    assert 'action="/reports/schedules' not in viewer.text  # no button, no add form
    sends = _section(viewer.text, "sends")
    assert "gửi lỗi" in sends and "&lt;script&gt;" in sends and HOSTILE not in viewer.text
    assert "bí mật của tỉnh" not in sends
    assert 'id="digest-form"' in viewer.text and 'id="briefing-form"' in viewer.text

    analyst = web.client("analyst").get("/reports").text
    assert f'action="/reports/schedules/{ours}/pause"' in analyst
    assert f'action="/reports/schedules/{ours}/remove"' in analyst
    assert f"schedule-{theirs}" not in analyst and "bí mật của tỉnh" not in analyst
    assert 'id="schedule-form"' in analyst
    assert "Riêng của Vụ" in _options(analyst, "briefing-watch")

    other = web.client("other").get("/reports").text
    assert f"schedule-{ours}" not in other and f"schedule-{theirs}" in other
    assert "Riêng của Vụ" not in other  # another unit's private watchlist, not even named
    assert _options(other, "briefing-watch") == ["Học phí"]

    admin = web.client("admin").get("/reports").text
    assert f"schedule-{ours}" in admin and f"schedule-{theirs}" in admin
    assert 'name="unit"' in admin  # the admins choose the unit


def test_a_refused_schedule_comes_back_translated_with_what_was_typed(web: Web) -> None:
    channels.add_channel(web.store, Actor.operator("tests"), "kenh-bc", "webhook", CONFIG)
    analyst = web.client("analyst")
    typed = {
        "kind": "briefing",
        "watch": "",
        "at": "08:15",
        "cadence": "weekly",
        "weekday": "fri",
        "format": "pdf",
        "channel": "kenh-bc",
        "lang": "en",
        "send_when_empty": "true",
    }
    refused = post(analyst, "/reports/schedules", typed)
    assert refused.status_code == 400
    page = refused.text
    assert "Chưa thêm được lịch: báo cáo chuyên đề cần có danh sách theo dõi" in page
    assert '<details id="new-schedule" open>' in page
    for kept in (
        '<option value="briefing" selected>',
        'name="at" value="08:15"',
        '<option value="weekly" selected>',
        '<option value="fri" selected>',
        '<option value="pdf" selected>',
        '<option value="kenh-bc" selected>',
        '<option value="en" selected>',
        'name="send_when_empty" value="true" checked',
    ):
        assert kept in page, kept
    assert web.store.report_schedules.list() == []

    added = post(analyst, "/reports/schedules", typed | {"watch": "Riêng của Vụ"})
    assert added.status_code == 303 and added.headers["location"].endswith("#schedules")
    [schedule] = web.store.report_schedules.list()
    assert (schedule.kind, schedule.watch, schedule.unit) == ("briefing", "Riêng của Vụ", UNIT)
    assert (schedule.cadence, schedule.weekday, schedule.at) == ("weekly", 4, "08:15")
    listed = analyst.get("/reports?done=schedule_added").text
    assert "Đã thêm lịch báo cáo." in listed and "hằng tuần, Thứ Sáu 08:15" in listed

    assert post(analyst, f"/reports/schedules/{schedule.id}/pause").status_code == 303
    assert 'class="badge off">tạm dừng' in analyst.get("/reports").text
    assert post(analyst, f"/reports/schedules/{schedule.id}/resume").status_code == 303
    assert web.store.report_schedules.list()[0].enabled
    assert post(web.client("other"), f"/reports/schedules/{schedule.id}/remove").status_code == 404
    assert post(analyst, f"/reports/schedules/{schedule.id}/remove").status_code == 303
    assert web.store.report_schedules.list() == []


def test_the_download_forms_give_the_file_or_the_refusal_on_the_page(web: Web) -> None:
    analyst = web.client("analyst")
    digest = analyst.get("/reports/download?kind=digest&date=2026-12-07&format=docx")
    assert digest.status_code == 200
    assert digest.content[:2] == b"PK"  # a Word file is a ZIP
    disposition = digest.headers["content-disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith('.docx"')

    bad_day = analyst.get("/reports/download?kind=digest&date=31/02/2026&format=pdf")
    assert bad_day.status_code == 400
    assert "Chưa tạo được báo cáo: “31/02/2026” không phải là ngày" in bad_day.text
    assert 'name="date" value="31/02/2026"' in bad_day.text

    query = "kind=briefing&watch=Học phí&since=2026-12-07&until=2026-12-01&format=docx"
    backwards = analyst.get(f"/reports/download?{query}")
    assert backwards.status_code == 400
    briefing = _section(backwards.text, "briefing-download")
    assert 'role="alert"' in briefing and 'role="alert"' not in _section(
        backwards.text, "digest-download"
    )
    assert 'value="2026-12-07"' in briefing and 'value="2026-12-01"' in briefing

    hidden = web.client("other").get("/reports/download?kind=briefing&watch=Riêng của Vụ")
    assert hidden.status_code == 404 and 'role="alert"' in hidden.text
