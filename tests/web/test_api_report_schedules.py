"""``/api/v1/reports/schedules`` and ``/reports/sends``: an analyst schedules their unit's
digest, the unit reads it, another unit does not; refusals as problems; removal."""

from __future__ import annotations

from datetime import UTC, datetime

from toancanh.access import Actor
from toancanh.services import channels
from web_helpers import USERS, Web, api_client

UNIT = USERS["analyst"][1]


def test_schedules_through_the_api(web: Web) -> None:
    config = {"url": "https://example.gov.vn/bc", "secret": "s3cret-for-tests-0123456789"}
    channels.add_channel(web.store, Actor.operator("tests"), "kenh-bc", "webhook", config)
    analyst, viewer, other = (api_client(web, who) for who in ("analyst", "viewer", "other"))

    body = {"kind": "digest", "channel": "kenh-bc", "at": "07:30", "format": "pdf"}
    added = analyst.post("/reports/schedules", json=body)
    assert added.status_code == 201, added.text
    schedule = added.json()
    assert (schedule["unit"], schedule["cadence"], schedule["format"]) == (UNIT, "daily", "pdf")

    assert [s["id"] for s in viewer.get("/reports/schedules").json()] == [schedule["id"]]
    assert other.get("/reports/schedules").json() == []
    assert other.delete(f"/reports/schedules/{schedule['id']}").status_code == 404

    weekly = analyst.post("/reports/schedules", json=body | {"cadence": "weekly"})
    assert weekly.status_code == 400 and weekly.json()["field"] == "weekday"
    bad = analyst.post("/reports/schedules", json=body | {"at": "7h30"})
    assert bad.status_code == 422
    elsewhere = analyst.post("/reports/schedules", json=body | {"unit": "Sở khác"})
    assert elsewhere.status_code == 403

    now = datetime(2026, 12, 7, 1, 0, tzinfo=UTC)
    web.store.report_schedules.claim(schedule["id"], "2026-12-07", now=now, lease_until=now)
    [send] = viewer.get("/reports/sends").json()
    assert (send["due_for"], send["status"]) == ("2026-12-07", "pending")
    assert other.get("/reports/sends").json() == []

    assert analyst.delete(f"/reports/schedules/{schedule['id']}").status_code == 204
    assert viewer.get("/reports/schedules").json() == []
