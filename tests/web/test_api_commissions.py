"""``/api/v1/commissions``: orders, their deliveries, decisions and the acceptance record
through the service, with the CLI's ``--json`` shapes."""

from __future__ import annotations

import csv

from commission_cases import FOUND, HOSTILE, OUTLET, build, plan_for
from web_helpers import USERS, Web, api_client

UNIT = USERS["analyst"][1]
ORDER = {
    "outlet": OUTLET,
    "watches": ["Tiêm chủng", "Bảo hiểm"],
    "since": "2026-10-01",
    "until": "2026-10-31",
    "value": 150_000_000,
    "deliverables": [{"kind": "article", "count": 8}, {"kind": "talk_show", "count": 1}],
    "contract_number": "12/2026/HĐ",
}


def test_orders_through_the_api(web: Web) -> None:
    corpus = build(web.store)
    plan = plan_for(web.store, UNIT)
    analyst, other = api_client(web, "analyst"), api_client(web, "other")
    viewer = api_client(web, "viewer")
    made = analyst.post("/commissions", json=ORDER | {"plan_id": plan})
    assert made.status_code == 201, made.text
    order = made.json()
    assert (order["unit"], order["ordered"], order["delivered"], order["accepted"]) == (
        UNIT,
        9,
        3,
        0,
    )
    oid = order["id"]
    found = viewer.get(f"/commissions/{oid}/deliveries").json()
    assert [d["article_id"] for d in found] == [corpus.ids[k] for k in FOUND]
    assert found[1]["title"] == HOSTILE
    refused = other.post(f"/commissions/{oid}/accept", json={})
    assert refused.status_code == 403
    after = analyst.post(
        f"/commissions/{oid}/reject", json={"articles": [corpus.ids["hostile"]], "note": "Lạc đề"}
    ).json()
    assert [d["state"] for d in after] == ["proposed", "rejected", "proposed"]
    analyst.post(f"/commissions/{oid}/accept", json={})
    shown = viewer.get(f"/commissions/{oid}").json()
    assert (shown["delivered"], shown["accepted"]) == (2, 2)
    listed = viewer.get("/commissions", params={"plan": plan}).json()["items"]
    assert [o["id"] for o in listed] == [oid]
    edited = analyst.patch(f"/commissions/{oid}", json={"value": "2.000.000"})
    assert edited.json()["value"] == 2_000_000
    exported = viewer.get(f"/commissions/{oid}/export")
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(exported.text.splitlines()))
    assert [r["state"] for r in rows] == ["accepted", "rejected", "accepted"]


def test_bad_orders_are_refused(web: Web) -> None:
    build(web.store)
    analyst = api_client(web, "analyst")
    for value in ("1.5", "-3", 1.5, -3):
        refused = analyst.post("/commissions", json=ORDER | {"value": value})
        assert refused.status_code in (400, 422), refused.text
    refused = analyst.post("/commissions", json=ORDER | {"value": "1.5"})
    assert (refused.json()["field"], refused.status_code) == ("value", 400)
    assert "whole đồng" in refused.json()["detail"]
    refused = analyst.post("/commissions", json=ORDER | {"until": "2026-09-01"})
    assert refused.status_code == 400 and refused.json()["field"] == "until"
    refused = analyst.post("/commissions", json=ORDER | {"unit": "Sở Khác"})
    assert refused.status_code == 403
    assert api_client(web, "viewer").post("/commissions", json=ORDER).status_code == 403
    assert analyst.get("/commissions/999").status_code == 404
