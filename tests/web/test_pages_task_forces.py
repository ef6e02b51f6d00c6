"""The task force section of the incident page: the proposal with its reasons (in
Vietnamese by default), the lead's confirm form, the members, the notification outcome,
the after-action review once closed and its exports; hostile names stay inert; the API
answers the same."""

from __future__ import annotations

import json

from post_server import PostServer
from toancanh.access import Actor
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.services import channels, directory, incidents
from toancanh.services.incidents import NewIncident
from web_helpers import USERS, Web, api_client

UNIT = USERS["analyst"][1]
LEAD = Actor(USERS["analyst"][0], "analyst", UNIT)
HOSTILE = '<img src=x onerror="alert(1)">'


def _setup(web: Web, hooks: PostServer) -> tuple[int, int]:
    operator = Actor.operator("tests")
    directory.add_unit(web.store, operator, UnitSpec("Bộ Giáo dục và Đào tạo", "ministry"))
    directory.add_unit(
        web.store, operator, UnitSpec(UNIT, "other", parent="Bộ Giáo dục và Đào tạo")
    )
    person = directory.add_person(
        web.store, operator, PersonSpec(f"An {HOSTILE}", UNIT, "spokesperson")
    )
    config = {"url": hooks.url("/tf"), "secret": "một khóa ký đủ dài 2026", "allow_private": True}
    channels.add_channel(web.store, operator, "to-cong-tac", "webhook", config)
    opened = incidents.open_incident(web.store, LEAD, NewIncident(title="Học phí", unit=UNIT))
    return opened.id, person.id


def test_the_lead_proposes_confirms_notifies_and_reviews(web: Web, hooks: PostServer) -> None:
    incident_id, person_id = _setup(web, hooks)
    client = web.client("analyst")
    page = client.get(f"/incidents/{incident_id}").text
    assert "Tổ công tác theo danh bạ" in page
    assert "người phát ngôn của Vụ Truyền thông, đơn vị chịu trách nhiệm về sự cố" in page
    assert HOSTILE not in page and "&lt;img src=x" in page
    form = {
        "member": [f"{person_id}=spokesperson", ""],
        "notify": "to-cong-tac",
        "csrf_token": client.csrf,
    }  # type: ignore[attr-defined]
    done = client.post(f"/incidents/{incident_id}/taskforce", data=form, follow_redirects=False)
    assert done.status_code == 303
    assert json.loads(hooks.received[0].body)["alert"]["detail"]["role"] == "spokesperson"
    page = client.get(done.headers["location"]).text
    assert "Đã xác nhận tổ công tác." in page and "tf-notice-sent" in page
    assert "Tổ xử lý: An &lt;img" in page and "(người phát ngôn)" in page  # the timeline
    bad = {"member": [f"{person_id}=boss"], "csrf_token": client.csrf}  # type: ignore[attr-defined]
    refused = client.post(f"/incidents/{incident_id}/taskforce", data=bad)
    assert refused.status_code == 400 and "“boss” không có" in refused.text
    assert 'id="review-form"' not in page  # open: no review yet
    incidents.close_incident(web.store, LEAD, incident_id, "Đã họp báo")
    page = client.get(f"/incidents/{incident_id}").text
    assert 'id="review-form"' in page and "Đã họp báo" in page
    saved = client.post(
        f"/incidents/{incident_id}/taskforce/review",
        data={"to_change": "Phát ngôn sớm hơn", "csrf_token": client.csrf},  # type: ignore[attr-defined]
        follow_redirects=False,
    )
    assert saved.status_code == 303
    exported = client.get(f"/incidents/{incident_id}/review/export?format=html")
    assert "Phát ngôn sớm hơn" in exported.text and HOSTILE not in exported.text
    markdown = client.get(f"/incidents/{incident_id}/review/export")
    assert markdown.headers["content-type"].startswith("text/markdown")


def test_the_api_proposes_confirms_and_reviews(web: Web, hooks: PostServer) -> None:
    incident_id, person_id = _setup(web, hooks)
    viewer, analyst = api_client(web, "viewer"), api_client(web, "analyst")
    base = f"/incidents/{incident_id}/taskforce"
    proposal = viewer.get(f"{base}/proposal").json()
    assert [(p["person_id"], p["basis"], p["role"]) for p in proposal] == [
        (person_id, "unit", "spokesperson")
    ]
    body = {"members": [{"person_id": person_id, "role": "lead"}], "notify": "to-cong-tac"}
    assert viewer.post(base, json=body).status_code == 403
    done = analyst.post(base, json=body)
    assert done.status_code == 200, done.text
    assert [n["status"] for n in done.json()["notifications"]] == ["sent"]
    assert viewer.get(base).json()["members"][0]["role"] == "lead"
    early = analyst.get(f"{base}/review")
    assert early.status_code == 409
    wrong = analyst.post(base, json={"members": [{"person_id": 999, "role": "lead"}]})
    assert wrong.status_code == 404 and "no person #999" in wrong.text
    incidents.close_incident(web.store, LEAD, incident_id, "Xong")
    saved = analyst.put(f"{base}/review", json={"to_change": "Họp báo sớm"}).json()
    assert (saved["saved"], saved["what_happened"], saved["to_change"]) == (
        True,
        "Xong",
        "Họp báo sớm",
    )
