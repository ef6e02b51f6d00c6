"""``/api/v1/directory``: units and people through the service, as the CLI's ``--json``."""

from __future__ import annotations

from toancanh.access import Actor
from toancanh.domain.directory import UnitSpec
from toancanh.services import directory
from web_helpers import HOSTILE, Web, api_client

ADMIN = Actor.operator("tests")


def test_units_and_people_through_the_api(web: Web) -> None:
    directory.add_unit(web.store, ADMIN, UnitSpec("Bộ Y tế", "ministry"))
    directory.add_unit(web.store, ADMIN, UnitSpec("Vụ Truyền thông", "other", parent="Bộ Y tế"))
    admin, analyst = api_client(web, "admin"), api_client(web, "analyst")
    other, viewer = api_client(web, "other"), api_client(web, "viewer")
    made = admin.post("/directory/units", json={"name": "Tỉnh Mới", "kind": "province"})
    assert made.status_code == 201, made.text
    assert analyst.post("/directory/units", json={"name": "X", "kind": "other"}).status_code == 403
    taken = admin.post("/directory/units", json={"name": "Bộ Y tế", "kind": "ministry"})
    assert taken.status_code == 409 and taken.headers["content-type"].startswith(
        "application/problem+json"
    )
    person = {
        "name": HOSTILE[:200],
        "unit": "Vụ Truyền thông",
        "role": "spokesperson",
        "title": "Vụ trưởng",
        "phone": "024 3846 4416",
        "email": "phatngon@moh.gov.vn",
    }
    added = analyst.post("/directory/people", json=person)
    assert added.status_code == 201, added.text
    shown = added.json()
    assert (shown["unit"], shown["role"], shown["stale"]) == (
        "Vụ Truyền thông",
        "spokesperson",
        False,
    )
    pid = shown["id"]
    # Another unit's analyst reads it but may not change it; a viewer neither.
    assert other.get(f"/directory/people/{pid}").status_code == 200
    assert other.patch(f"/directory/people/{pid}", json={"title": "x"}).status_code == 403
    assert viewer.delete(f"/directory/people/{pid}").status_code == 403
    refused = analyst.post("/directory/people", json=person | {"unit": "Bộ Y tế"})
    assert refused.status_code == 403  # the parent is not the analyst's own unit
    old = analyst.patch(f"/directory/people/{pid}", json={"verified_on": "2024-01-02"})
    assert old.json()["stale"] is True
    bad = analyst.patch(f"/directory/people/{pid}", json={"email": "không phải thư"})
    assert (bad.status_code, bad.json()["field"]) == (400, "email")
    listed = viewer.get("/directory/people", params={"unit": "Vụ Truyền thông"}).json()
    assert [p["id"] for p in listed["items"]] == [pid]
    units = viewer.get("/directory/units", params={"kind": "ministry"}).json()["items"]
    assert [(u["name"], u["children"]) for u in units] == [("Bộ Y tế", 1)]
    unit_id = units[0]["id"]
    busy = admin.delete(f"/directory/units/{unit_id}")
    assert busy.status_code == 409 and "units under it" in busy.json()["detail"]
    assert analyst.delete(f"/directory/people/{pid}").status_code == 204
    assert viewer.get(f"/directory/people/{pid}").status_code == 404
    renamed = admin.patch(f"/directory/units/{made.json()['id']}", json={"aliases": ["TM"]})
    assert renamed.json()["aliases"] == ["TM"]
    assert admin.delete(f"/directory/units/{made.json()['id']}").status_code == 204
