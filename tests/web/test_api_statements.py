"""``/api/v1/statements``: the registry through the service, as the CLI's ``--json``."""

from __future__ import annotations

from web_helpers import HOSTILE, Web, api_client

NEW = {
    "title": HOSTILE,
    "text": "Theo Nghị định 100/2019/NĐ-CP, mức phạt là 5 triệu đồng.",
    "issuer": "Bộ TT&TT",
    "issued_at": "2026-11-02T09:00:00+07:00",
    "kind": "press_answer",
    "url": "https://mic.gov.vn/tc/1",
}


def test_a_statement_through_the_api(web: Web) -> None:
    analyst, viewer = api_client(web, "analyst"), api_client(web, "viewer")
    made = analyst.post("/statements", json=NEW)
    assert made.status_code == 201, made.text
    draft = made.json()
    assert (draft["issuer"], draft["status"], draft["unit"]) == (
        "Bộ Khoa học và Công nghệ",
        "draft",
        "Vụ Truyền thông",
    )
    assert draft["title"] == HOSTILE  # stored as typed; every page and feed escapes it
    sid = draft["id"]
    assert viewer.get(f"/statements/{sid}").status_code == 404  # a draft is its writers'
    assert analyst.patch(f"/statements/{sid}", json={"spokesperson": "Ông A"}).status_code == 200
    assert analyst.post(f"/statements/{sid}/publish").json()["status"] == "published"
    refused = analyst.patch(f"/statements/{sid}", json={"title": "Khác"})
    assert refused.status_code == 409 and "correct it instead" in refused.json()["detail"]
    fixed = analyst.post(f"/statements/{sid}/correct", json={"note": "sửa", "text": "Mới."})
    assert fixed.json()["versions"][0]["text"] == NEW["text"]
    shown = viewer.get(f"/statements/{sid}").json()
    assert (shown["status"], shown["version"], shown["spokesperson"]) == ("corrected", 2, "Ông A")
    assert analyst.post(f"/statements/{sid}/withdraw", json={"reason": " "}).status_code == 400
    gone = analyst.post(f"/statements/{sid}/withdraw", json={"reason": "nhầm"}).json()
    assert (gone["status"], gone["withdrawn_reason"]) == ("withdrawn", "nhầm")
    listed = viewer.get("/statements", params={"issuer": "Bộ KH&CN"}).json()
    assert [s["id"] for s in listed["items"]] == [sid]
    bad = analyst.post("/statements", json=NEW | {"url": "javascript:alert(1)"})
    assert (bad.status_code, bad.json()["field"]) == (400, "url")
