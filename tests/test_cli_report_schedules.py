"""``toancanh report schedule ...`` (mounted by the report group): add, list, run,
sends, disable, remove; the errors with their exit codes. The sub-app is run directly,
under a root that gives it the database as the real root does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from post_server import PostServer
from toancanh.access import Actor
from toancanh.cli.context import AppContext
from toancanh.cli.errors import ErrorMappingGroup
from toancanh.cli.report_schedules import app as schedule_app
from toancanh.config import load_settings
from toancanh.services import channels

SECRET = "một khóa ký đủ dài 2026"


@pytest.fixture
def schedule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hooks: PostServer):
    monkeypatch.chdir(tmp_path)
    context = AppContext(load_settings(database_url=f"sqlite:///{tmp_path / 'cli.db'}"))
    root = typer.Typer(cls=ErrorMappingGroup)

    @root.callback()
    def main(ctx: typer.Context) -> None:
        ctx.obj = context

    root.add_typer(schedule_app, name="schedule")
    config = {"url": hooks.url("/bc"), "secret": SECRET, "allow_private": True}
    channels.add_channel(context.store(), Actor.operator("ops"), "kenh-bc", "webhook", config)
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> Any:
        result = runner.invoke(root, ["schedule", *args])
        assert result.exit_code == code, result.output
        return result

    yield run
    context.close()


def test_schedules_from_the_command_line(schedule: Any, hooks: PostServer) -> None:
    added = json.loads(
        schedule(
            "add", "--kind", "digest", "--unit", "Vụ Truyền thông", "--at", "7:30",
            "--channel", "kenh-bc", "--format", "pdf", "--send-when-empty", "--json",
        ).stdout
    )  # fmt: skip
    assert (added["at"], added["format"], added["cadence"]) == ("07:30", "pdf", "daily")
    assert added["send_when_empty"] is True and added["channel"] == "kenh-bc"

    assert "Report schedules" in schedule("list").stdout
    [row] = json.loads(schedule("list", "--json").stdout)
    assert row["id"] == added["id"]

    # An empty digest (nothing stored) goes out all the same: the schedule says so.
    ran = json.loads(schedule("run", "--now", "2099-12-07T08:00", "--json").stdout)
    assert ran["claimed"] == 1 and ran["sent"] == 1
    [send] = json.loads(schedule("sends", "--json").stdout)
    assert (send["due_for"], send["schedule_id"]) == ("2099-12-07", added["id"])
    assert send["status"] == "sent" and send["file_name"].endswith(".pdf")
    assert len(hooks.received) == 1

    schedule("disable", str(added["id"]))
    assert json.loads(schedule("list", "--json").stdout)[0]["enabled"] is False
    schedule("remove", str(added["id"]))
    assert json.loads(schedule("list", "--json").stdout) == []


def test_refusals_have_their_exit_codes(schedule: Any) -> None:
    bad_time = schedule(
        "add", "--kind", "digest", "--unit", "X", "--at", "25:00", "--channel", "kenh-bc", code=2
    )
    assert "HH:MM" in bad_time.output
    schedule("add", "--kind", "digest", "--unit", "X", "--channel", "khong-co", code=1)
    assert "no report schedule #99" in schedule("remove", "99", code=1).output


def test_the_embedded_hooks_queue_a_new_critical_alerts_reports(sqlite_store: Any) -> None:
    from datetime import UTC, datetime

    from report_schedule_cases import ANALYST, add_watch, add_webhook
    from toancanh.alerts.live import LiveReport
    from toancanh.cli.ingest import AlertHooks
    from toancanh.domain.alerts import Alert
    from toancanh.domain.report_schedules import ScheduleSpec
    from toancanh.services import report_schedules

    store = sqlite_store
    watch_id = add_watch(store)
    add_webhook(store, "https://example.gov.vn/bc")
    spec = ScheduleSpec(kind="digest", channel="Kênh báo cáo", cadence="critical")
    report_schedules.add_schedule(store, ANALYST, spec)
    now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
    alert = Alert(
        id=7, rule_id=None, watch_id=watch_id, kind="volume_spike", dedup_key="k",
        severity="critical", status="active", title="t", detail={},
        first_at=now, last_at=now, updates=0, version=1,
    )  # fmt: skip
    AlertHooks(store, load_settings())._add(LiveReport(critical=[alert]))
    [send] = store.report_schedules.sends()
    assert (send.due_for, send.status) == ("alert:7", "pending")
