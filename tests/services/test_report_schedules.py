"""Report schedules: checked when added, each slot claimed and sent once (two runners,
a restart, a runner down for days), retried with backoff, skipped when empty unless
asked; sent through a webhook on 127.0.0.1; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import email
import email.policy
import io
import json
import socket
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import docx
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import update

from monitoring_fixtures import Spec, store_specs
from post_server import PostServer
from report_schedule_cases import (
    ADMIN,
    ANALYST,
    FILE_NAME,
    OTHER,
    UNIT,
    VIEWER,
    FakeProduce,
    add_watch,
    add_webhook,
)
from toancanh.config import load_settings
from toancanh.domain.alerts import Alert
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.domain.watches import WatchSpec
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import channels, watchlists
from toancanh.services import report_schedules as schedules
from toancanh.store import Store
from toancanh.store.schema import channels as channel_table
from toancanh.store.schema import report_schedules as schedule_table

SETTINGS = load_settings()
CREATED = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)  # 10:00 on the 6th in Hà Nội
SLOT_7 = datetime(2026, 12, 7, 0, 30, tzinfo=UTC)  # 07:30 on the 7th in Hà Nội


def backdate(store: Store, schedule_id: int, when: datetime = CREATED) -> None:
    with store.write() as conn:
        conn.execute(
            update(schedule_table).where(schedule_table.c.id == schedule_id).values(created_at=when)
        )


def digest(store: Store, hooks: PostServer, **changes: object) -> int:
    add_webhook(store, hooks.url("/bao-cao"))
    spec = replace(ScheduleSpec(kind="digest", channel="Kênh báo cáo", at="07:30"), **changes)
    schedule = schedules.add_schedule(store, ANALYST, spec)
    backdate(store, schedule.id)
    return schedule.id


def sends(store: Store) -> list[tuple[str, str, int]]:
    return [(s.due_for, s.status, s.attempts) for s in store.report_schedules.sends()]


def test_a_daily_digest_is_sent_once_at_its_time(store: Store, hooks: PostServer) -> None:
    schedule_id = digest(store, hooks)
    produce = FakeProduce()

    early = schedules.run_due(store, SETTINGS, SLOT_7 - timedelta(minutes=1), produce)
    assert (early.claimed, early.sent, hooks.received) == (
        0,
        0,
        [],
    )  # the 6th's 07:30 was before it existed

    report = schedules.run_due(store, SETTINGS, SLOT_7, produce)
    assert (report.claimed, report.sent) == (1, 1)
    [(actor, request)] = produce.calls
    assert actor.name == ANALYST.name  # the creator's rights (no account: the operator's)
    assert (request.kind, request.unit, request.day.isoformat()) == ("digest", UNIT, "2026-12-06")
    [got] = hooks.received
    assert got.headers["x-toancanh-event"] == "report.sent"
    assert got.headers["x-toancanh-delivery"] == f"report-{schedule_id}.2026-12-07"
    body = json.loads(got.body)["report"]
    assert (body["file_name"], body["due_for"], body["kind"]) == (FILE_NAME, "2026-12-07", "digest")
    content = base64.b64decode(body["content_base64"])
    assert body["size"] == len(content)
    assert docx.Document(io.BytesIO(content)).paragraphs[0].text.startswith("Điểm tin digest")

    # A restart, another minute, the same day: nothing more.
    for later in (SLOT_7, SLOT_7 + timedelta(minutes=1), SLOT_7 + timedelta(hours=15)):
        assert schedules.run_due(store, SETTINGS, later, produce).claimed == 0
    assert len(hooks.received) == 1
    assert sends(store) == [("2026-12-07", "sent", 1)]
    [send] = store.report_schedules.sends()
    assert (send.file_name, send.size) == (FILE_NAME, len(content))
    assert store.report_schedules.get(schedule_id).last_sent_for == "2026-12-07"  # type: ignore[union-attr]


def test_two_runners_send_a_slot_once(store: Store, hooks: PostServer) -> None:
    digest(store, hooks)
    other_runner = Store(store.engine)  # another process's store on the same database
    inner = FakeProduce()
    outer_calls: list[object] = []

    def produce_while_another_runs(*args: object) -> object:
        # The other runner comes by while this one is producing: the slot is claimed.
        outer_calls.append(schedules.run_due(other_runner, SETTINGS, SLOT_7, inner))
        return FakeProduce()(*args)  # type: ignore[arg-type]

    report = schedules.run_due(store, SETTINGS, SLOT_7, produce_while_another_runs)  # type: ignore[arg-type]
    assert report.sent == 1
    assert [(r.claimed, r.sent) for r in outer_calls] == [(0, 0)]  # type: ignore[attr-defined]
    assert inner.calls == []
    assert len(hooks.received) == 1


def test_a_runner_down_for_days_catches_up_once(store: Store, hooks: PostServer) -> None:
    digest(store, hooks)
    produce = FakeProduce()
    back = SLOT_7 + timedelta(days=3, hours=2)  # the 10th, 09:30 in Hà Nội

    assert schedules.run_due(store, SETTINGS, back, produce).sent == 1
    assert schedules.run_due(store, SETTINGS, back + timedelta(hours=1), produce).sent == 0
    assert sends(store) == [("2026-12-10", "sent", 1)]
    assert produce.calls[0][1].day.isoformat() == "2026-12-09"  # type: ignore[union-attr]
    assert schedules.run_due(store, SETTINGS, back + timedelta(days=1), produce).sent == 1


def test_weekly_is_due_on_its_weekday(store: Store, hooks: PostServer) -> None:
    digest(store, hooks, cadence="weekly", weekday="mon", at="08:00")
    produce = FakeProduce()
    monday_8 = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    assert schedules.run_due(store, SETTINGS, monday_8 - timedelta(seconds=1), produce).sent == 0
    assert schedules.run_due(store, SETTINGS, monday_8, produce).sent == 1
    assert schedules.run_due(store, SETTINGS, monday_8 + timedelta(days=6), produce).sent == 0
    assert schedules.run_due(store, SETTINGS, monday_8 + timedelta(days=7), produce).sent == 1


def test_a_failure_is_retried_with_backoff_then_sent(store: Store, hooks: PostServer) -> None:
    digest(store, hooks)
    produce = FakeProduce()
    hooks.reply(503)
    first = schedules.run_due(store, SETTINGS, SLOT_7, produce)
    assert (first.sent, first.retrying) == (0, 1)
    [send] = store.report_schedules.sends()
    assert (send.status, send.attempts, send.error) == (
        "pending",
        1,
        "http_503: the webhook answered 503",
    )
    assert send.next_attempt_at == SLOT_7 + timedelta(seconds=30)

    hooks.reply(200)
    assert schedules.run_due(store, SETTINGS, SLOT_7 + timedelta(seconds=10), produce).sent == 0
    again = schedules.run_due(store, SETTINGS, SLOT_7 + timedelta(seconds=30), produce)
    assert again.sent == 1
    assert sends(store) == [("2026-12-07", "sent", 2)]
    assert [r.headers["x-toancanh-delivery"] for r in hooks.received] == [
        hooks.received[0].headers["x-toancanh-delivery"]
    ] * 2  # the receiver recognises the retry


def test_a_permanent_failure_is_not_retried(store: Store, hooks: PostServer) -> None:
    digest(store, hooks)
    hooks.reply(404)
    report = schedules.run_due(store, SETTINGS, SLOT_7, FakeProduce())
    assert report.failed == 1
    assert sends(store) == [("2026-12-07", "failed", 1)]
    assert (
        schedules.run_due(store, SETTINGS, SLOT_7 + timedelta(hours=2), FakeProduce()).failed == 0
    )


def test_a_report_that_cannot_be_made_fails_with_its_reason(
    store: Store, hooks: PostServer
) -> None:
    digest(store, hooks)
    produce = FakeProduce(fail=NotFound("no watchlist {wanted}", wanted="'x'"))
    assert schedules.run_due(store, SETTINGS, SLOT_7, produce).failed == 1
    [send] = store.report_schedules.sends()
    assert send.error == "report_error: no watchlist 'x'"
    assert hooks.received == []


@pytest.mark.parametrize("send_when_empty", [False, True])
def test_an_empty_report_is_skipped_unless_asked(
    store: Store, hooks: PostServer, send_when_empty: bool
) -> None:
    digest(store, hooks, send_when_empty=send_when_empty)
    report = schedules.run_due(store, SETTINGS, SLOT_7, FakeProduce(empty=True))
    if send_when_empty:
        assert (report.sent, report.skipped, len(hooks.received)) == (1, 0, 1)
        assert json.loads(hooks.received[0].body)["report"]["empty"] is True
        assert sends(store) == [("2026-12-07", "sent", 1)]
    else:
        assert (report.sent, report.skipped, hooks.received) == (0, 1, [])
        assert sends(store) == [("2026-12-07", "skipped_empty", 1)]


def test_a_critical_alert_sends_its_watchlists_briefing_once(
    store: Store, hooks: PostServer
) -> None:
    watch_id = add_watch(store)
    add_webhook(store, hooks.url())
    spec = ScheduleSpec(
        kind="briefing",
        channel="Kênh báo cáo",
        watch="Nhà ở xã hội",
        cadence="critical",
        format="pdf",
    )
    schedule = schedules.add_schedule(store, ANALYST, spec)
    assert schedule.cadence == "critical_alert"
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    alert = Alert(
        id=42, rule_id=None, watch_id=watch_id, kind="negative_spike", dedup_key="k",
        severity="critical", status="active", title="Tin tiêu cực tăng", detail={},
        first_at=now, last_at=now, updates=0, version=1,
    )  # fmt: skip
    assert schedules.on_critical_alert(store, replace(alert, severity="high"), now) == []
    assert len(schedules.on_critical_alert(store, alert, now)) == 1
    assert schedules.on_critical_alert(store, alert, now) == []  # the same alert again
    assert schedules.run_due(store, SETTINGS, now - timedelta(days=1), FakeProduce()).sent == 0

    produce = FakeProduce()
    assert schedules.run_due(store, SETTINGS, now + timedelta(seconds=5), produce).sent == 1
    [(_, request)] = produce.calls
    assert (request.kind, request.watch, request.format) == ("briefing", "Nhà ở xã hội", "pdf")
    assert (request.since.isoformat(), request.until.isoformat()) == ("2026-12-01", "2026-12-07")  # type: ignore[union-attr]
    assert sends(store) == [("alert:42", "sent", 1)]
    assert json.loads(hooks.received[0].body)["report"]["due_for"] == "alert:42"


def test_adding_checks_what_is_given(store: Store, hooks: PostServer) -> None:
    add_webhook(store, hooks.url())
    base = ScheduleSpec(kind="digest", channel="Kênh báo cáo")
    refused = [
        (replace(base, kind="plan"), Invalid, "kind"),
        (replace(base, format="odt"), Invalid, "format"),
        (replace(base, at="25:00"), Invalid, "at"),
        (replace(base, cadence="weekly"), Invalid, "weekday"),
        (replace(base, weekday="mon"), Invalid, "weekday"),
        (replace(base, channel="không có"), NotFound, "channel"),
        (replace(base, kind="briefing"), Invalid, "watch"),
        (replace(base, kind="briefing", watch="Không có"), NotFound, None),
        (replace(base, unit="Sở khác"), Forbidden, None),
    ]
    for spec, error, field in refused:
        with pytest.raises(error) as caught:
            schedules.add_schedule(store, ANALYST, spec)
        assert caught.value.field == field, spec
    with pytest.raises(Forbidden):
        schedules.add_schedule(store, VIEWER, base)
    with store.write() as conn:
        conn.execute(update(channel_table).values(enabled=False))
    with pytest.raises(Invalid, match="disabled"):
        schedules.add_schedule(store, ANALYST, base)


def test_a_private_watchlist_of_another_unit_cannot_be_scheduled(
    store: Store, hooks: PostServer
) -> None:
    add_watch(store, "Riêng của sở", unit="Sở Văn hóa tỉnh", shared=False)
    add_webhook(store, hooks.url())
    spec = ScheduleSpec(kind="briefing", channel="Kênh báo cáo", watch="Riêng của sở")
    with pytest.raises(NotFound):
        schedules.add_schedule(store, ANALYST, spec)
    assert schedules.add_schedule(store, OTHER, spec).unit == "Sở Văn hóa tỉnh"


def test_a_schedule_is_its_units_and_audited(store: Store, hooks: PostServer) -> None:
    schedule_id = digest(store, hooks)
    assert [s.id for s in schedules.list_schedules(store, VIEWER)] == [schedule_id]
    assert schedules.list_schedules(store, OTHER) == []
    assert [s.unit for s in schedules.list_schedules(store, ADMIN)] == [UNIT]
    with pytest.raises(NotFound):
        schedules.remove_schedule(store, OTHER, schedule_id)
    with pytest.raises(Forbidden):
        schedules.set_enabled(store, VIEWER, schedule_id, False)
    with pytest.raises(Conflict, match="report schedules #"):
        channels.remove_channel(store, ADMIN, "Kênh báo cáo")

    # What the reports page offers each one: the same answers as the calls above.
    [schedule] = schedules.list_schedules(store, ADMIN)
    assert [schedules.can_change(a, schedule) for a in (ANALYST, ADMIN, VIEWER, OTHER)] == [
        True,
        True,
        False,
        False,
    ]
    assert [schedules.can_add(a) for a in (ANALYST, ADMIN, VIEWER, OTHER)] == [
        True,
        True,
        False,
        True,  # its own unit's
    ]

    assert schedules.set_enabled(store, ANALYST, schedule_id, False).enabled is False
    assert schedules.run_due(store, SETTINGS, SLOT_7, FakeProduce()).claimed == 0  # paused
    schedules.remove_schedule(store, ADMIN, schedule_id)
    assert schedules.list_schedules(store, ADMIN) == []
    entries = store.audit.entries(entity="report_schedule")
    assert [(e.action, e.actor) for e in entries][::-1] == [
        ("create", ANALYST.name),
        ("disable", ANALYST.name),
        ("delete", ADMIN.name),
    ]


def test_a_scheduled_briefing_arrives_by_email_as_the_report_itself(
    sqlite_store: Store,
) -> None:
    """End to end: stored articles, a weekly briefing on an e-mail channel, a real SMTP
    server; the Word file opens, the body is the report with its charts inline."""

    class Inbox:
        def __init__(self) -> None:
            self.raw: list[bytes] = []

        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            self.raw.append(envelope.content)  # type: ignore[attr-defined]
            return "250 OK"

    store = sqlite_store
    day = SLOT_7 - timedelta(days=1)
    store_specs(
        store,
        [
            Spec(day - timedelta(days=2), "Nhà ở xã hội khởi công", body="nhà ở xã hội"),
            Spec(day, "Nhà ở xã hội chậm bàn giao", body="nhà ở xã hội", sentiment="negative"),
        ],
    )
    spec_watch = WatchSpec(name="Nhà ở xã hội", query="nhà ở xã hội", unit=UNIT, shared=True)
    watchlists.add_watch(store, ADMIN, spec_watch)  # matches the articles already stored
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        settings = SETTINGS.model_copy(update={"smtp_port": port, "smtp_from": "bc@tc.vn"})
        channels.add_channel(store, ADMIN, "Hộp thư lãnh đạo", "email", {"to": "ld@so.vn"})
        spec = ScheduleSpec(
            kind="briefing", watch="Nhà ở xã hội", channel="Hộp thư lãnh đạo", at="07:30"
        )
        backdate(store, schedules.add_schedule(store, ANALYST, spec).id)
        assert schedules.run_due(store, settings, SLOT_7).sent == 1
    finally:
        controller.stop()
    [raw] = inbox.raw
    message = email.message_from_bytes(raw, policy=email.policy.default)
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename().endswith(".docx")
    word = docx.Document(io.BytesIO(attachment.get_content()))
    assert any("Nhà ở xã hội" in p.text for p in word.paragraphs)
    html = message.get_body(("html",)).get_content()  # type: ignore[attr-defined]
    assert "Báo cáo đính kèm" in html and "Nhà ở xã hội chậm bàn giao" in html
    charts = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert charts and all(f"cid:{part['Content-ID'].strip('<>')}" in html for part in charts)
    plain = message.get_body(("plain",)).get_content()  # type: ignore[attr-defined]
    assert "Nhà ở xã hội chậm bàn giao" in plain


def test_the_embedded_loop_sends_what_is_due_until_stopped(
    sqlite_store: Store, hooks: PostServer
) -> None:
    store = sqlite_store
    add_webhook(store, hooks.url())
    spec = ScheduleSpec(kind="digest", channel="Kênh báo cáo", at="00:00")
    backdate(
        store, schedules.add_schedule(store, ANALYST, spec).id, datetime(2000, 1, 1, tzinfo=UTC)
    )
    stop = threading.Event()
    produce = FakeProduce()

    def once(*args: object) -> object:
        stop.set()  # one pass, then the loop sees the stop
        return produce(*args)  # type: ignore[arg-type]

    schedules.run_every(store, SETTINGS, stop, tick=0.01, produce=once)  # type: ignore[arg-type]
    assert len(produce.calls) == 1 and len(hooks.received) == 1


def test_only_new_critical_alerts_queue_reports() -> None:
    from toancanh.alerts.live import new_critical

    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    alert = Alert(
        id=1, rule_id=None, watch_id=1, kind="negative_spike", dedup_key="k",
        severity="critical", status="active", title="t", detail={},
        first_at=now, last_at=now, updates=0, version=1,
    )  # fmt: skip
    results = [
        (alert, "created"),
        (replace(alert, id=2), "updated"),
        (replace(alert, id=3, severity="high"), "created"),
    ]
    assert [a.id for a in new_critical(results)] == [1]
