"""Alerts and incidents through the API: the CLI's JSON, unit visibility, the audit trail."""

from __future__ import annotations

import pytest

from web_helpers import Web, api_client, cli_json, raise_test_alert, watch_named


@pytest.fixture
def alerts(web: Web) -> dict[str, int]:
    private = raise_test_alert(web.store, watch_named(web.store, "Riêng của Vụ"), "Riêng tăng")
    shared = raise_test_alert(web.store, watch_named(web.store, "Học phí"), "Học phí tăng")
    return {"private": private.id, "shared": shared.id}


def test_alerts_as_the_cli_and_only_of_visible_watchlists(web: Web, alerts: dict[str, int]) -> None:
    analyst = api_client(web, "analyst")
    body = analyst.get("/alerts").json()
    assert body["items"] == cli_json(web, "alerts")
    assert {a["id"] for a in body["items"]} == set(alerts.values())
    one = analyst.get(f"/alerts/{alerts['private']}").json()
    assert one == cli_json(web, "alerts", "show", str(alerts["private"]))
    assert one["deliveries"] == [] and "_figure" not in one["detail"]

    other = api_client(web, "other")
    assert [a["id"] for a in other.get("/alerts").json()["items"]] == [alerts["shared"]]
    assert other.get(f"/alerts/{alerts['private']}").status_code == 404
    assert other.post(f"/alerts/{alerts['private']}/ack").status_code == 404
    private_watch = watch_named(web.store, "Riêng của Vụ").id
    assert other.get("/alerts", params={"watch_id": private_watch}).status_code == 404
    admin = api_client(web, "admin")
    assert len(admin.get("/alerts").json()["items"]) == 2


def test_alert_paging_and_filters(web: Web, alerts: dict[str, int]) -> None:
    api = api_client(web, "admin")
    first = api.get("/alerts", params={"limit": 1}).json()
    second = api.get("/alerts", params={"limit": 1, "offset": 1}).json()
    assert first["next_offset"] == 1 and second["next_offset"] is None
    assert {first["items"][0]["id"], second["items"][0]["id"]} == set(alerts.values())
    assert api.get("/alerts", params={"status": "resolved"}).json()["items"] == []
    assert api.get("/alerts", params={"status": "closed"}).status_code == 422
    assert api.get("/alerts", params={"since": "soon"}).status_code == 400


def test_acknowledge_and_resolve_are_audited(web: Web, alerts: dict[str, int]) -> None:
    api = api_client(web, "analyst")
    acked = api.post(f"/alerts/{alerts['shared']}/ack")
    assert acked.status_code == 200 and acked.json()["status"] == "acknowledged"
    resolved = api.post(f"/alerts/{alerts['shared']}/resolve")
    assert resolved.json()["status"] == "resolved"
    again = api.post(f"/alerts/{alerts['shared']}/ack")
    assert again.status_code == 409 and "resolved already" in again.json()["detail"]
    entry = web.store.audit.entries(entity="alert")[0]
    assert (entry.action, entry.actor) == ("resolved", "analyst@bo.gov.vn")
    assert api.post("/alerts/9999/resolve").status_code == 404


def test_an_incident_from_an_alert_to_its_closing(web: Web, alerts: dict[str, int]) -> None:
    api = api_client(web, "analyst")
    opened = api.post(
        "/incidents",
        json={
            "from_alert": alerts["private"],
            "lead": "Nguyễn Văn A",
            "members": [{"name": "Trần Thị B", "unit": "Vụ Truyền thông", "role": "Phát ngôn"}],
        },
    )
    assert opened.status_code == 201, opened.text
    incident = opened.json()
    assert incident == cli_json(web, "incident", "show", str(incident["id"]))
    assert incident["title"] == "Riêng tăng" and incident["unit"] == "Vụ Truyền thông"
    assert incident["severity"] == "high" and incident["created_by"] == "analyst@bo.gov.vn"
    assert incident["article_ids"] and incident["opened_at"].endswith("+07:00")
    assert api.get(f"/alerts/{alerts['private']}").json()["status"] == "acknowledged"
    path = f"/incidents/{incident['id']}"

    status = api.post(f"{path}/status", json={"status": "responding", "note": "Họp báo"})
    assert status.status_code == 200 and status.json()["status"] == "responding"
    noted = api.post(f"{path}/notes", json={"text": "Đã ra thông cáo", "action": True}).json()
    assert noted["events"][-1] | {"at": None} == {
        "at": None,
        "kind": "action",
        "text": "Đã ra thông cáo",
        "author": "analyst@bo.gov.vn",
        "article_id": None,
    }
    linked = api.post(f"{path}/articles", json={"article_ids": [1, 2]}).json()
    assert {1, 2} <= set(linked["article_ids"])
    missing = api.post(f"{path}/articles", json={"article_ids": [99999]})
    assert missing.status_code == 400 and "no article #99999" in missing.json()["detail"]
    assigned = api.post(f"{path}/members", json={"severity": "critical", "members": []}).json()
    assert assigned["severity"] == "critical" and assigned["members"] == []
    assert api.post(f"{path}/members", json={}).status_code == 400
    closed = api.post(f"{path}/close", json={"summary": "Đã xử lý xong"})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    assert set(closed.json()["closing_trend"]) == {"before", "during", "after"}
    assert api.post(f"{path}/notes", json={"text": "muộn"}).status_code == 409
    assert api.post(f"{path}/close", json={"summary": "lần nữa"}).status_code == 409
    actors = {e.actor for e in web.store.audit.entries(entity="incident")}
    assert actors == {"analyst@bo.gov.vn"}

    listed = api.get("/incidents").json()
    assert listed["items"] == cli_json(web, "incident", "list")
    other = api_client(web, "other")
    assert other.get("/incidents").json()["items"] == []
    assert other.get(path).status_code == 404
    assert other.post(f"{path}/notes", json={"text": "x"}).status_code == 404
    assert api_client(web, "admin").get(path).status_code == 200


def test_an_incident_by_hand_and_bad_input(web: Web) -> None:
    other = api_client(web, "other")
    hand = other.post("/incidents", json={"title": "Tin sai về học phí", "severity": "low"})
    assert hand.status_code == 201 and hand.json()["unit"] == "Sở Văn hóa tỉnh"
    assert api_client(web, "analyst").get(f"/incidents/{hand.json()['id']}").status_code == 404
    empty = other.post("/incidents", json={})
    assert empty.status_code == 400 and "give a title" in empty.json()["detail"]
    private = watch_named(web.store, "Riêng của Vụ").id
    hidden = other.post("/incidents", json={"title": "x", "watch_id": private})
    assert hidden.status_code == 404
    assert other.post("/incidents", json={"title": "x", "severity": "huge"}).status_code == 422
    bad = other.post(f"/incidents/{hand.json()['id']}/status", json={"status": "closed"})
    assert bad.status_code == 422
