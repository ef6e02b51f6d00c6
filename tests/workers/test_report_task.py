"""Scale-out: the scheduler starts ``toancanh.send_reports`` each minute; the task sends
what is due once, however often it runs (run here in-process against a real store and
Redis, the report to a webhook on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy import update

from post_server import PostServer
from report_schedule_cases import ANALYST, FakeProduce, add_webhook
from toancanh.config import Settings
from toancanh.domain.report_schedules import ScheduleSpec
from toancanh.services import report_schedules
from toancanh.store import Store
from toancanh.store.schema import report_schedules as schedule_table
from toancanh.workers.celery_app import REPORTS_TICK, make_celery, release


@pytest.fixture
def app(tmp_path: Path, redis_url: str) -> Iterator[tuple[Celery, Store]]:
    database = f"sqlite:///{tmp_path / 'reports.db'}"
    store = Store.open(database)
    made = make_celery(Settings(database_url=database, broker_url=redis_url))
    yield made, store
    release(made)
    store.close()


def test_the_scheduler_sends_due_reports_each_minute(
    app: tuple[Celery, Store], hooks: PostServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    celery, store = app
    entry = celery.conf.beat_schedule["send-reports"]
    assert (entry["task"], entry["schedule"], REPORTS_TICK) == ("toancanh.send_reports", 60.0, 60.0)
    assert celery.conf.task_routes["toancanh.send_reports"] == {"queue": "alerts"}

    add_webhook(store, hooks.url())
    spec = ScheduleSpec(kind="digest", channel="Kênh báo cáo", at="00:00")
    schedule = report_schedules.add_schedule(store, ANALYST, spec)
    with store.write() as conn:
        old = datetime(2000, 1, 1, tzinfo=UTC)
        conn.execute(update(schedule_table).values(created_at=old))
    # The composers are other work: the task's default producer is swapped for a real file.
    monkeypatch.setattr(report_schedules, "render_report", FakeProduce())

    for _ in range(2):  # a redelivered or doubled task sends nothing twice
        celery.tasks["toancanh.send_reports"].apply()
    assert len(hooks.received) == 1
    [send] = store.report_schedules.sends()
    assert (send.schedule_id, send.status) == (schedule.id, "sent")
