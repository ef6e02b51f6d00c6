"""The plans' pages and API: the list filtered by unit and year, a plan with its KPIs
against their targets, policies with stages, activities by status and budget, the yearly
calendar across units, all in Vietnamese with hostile text inert; the API's status
answers the same figures as the CLI."""

from __future__ import annotations

from plan_fixtures import build, seed_plan
from web_helpers import HOSTILE, Web


def test_the_plan_pages_show_the_plan_and_keep_hostile_text_inert(web: Web) -> None:
    corpus = build(web.store)
    plan_id = seed_plan(web.store, "Bộ Y tế", corpus.watch, HOSTILE)
    viewer = web.client("viewer")
    listed = viewer.get("/plans?year=2026&unit=B%E1%BB%99+Y+t%E1%BA%BF")
    assert listed.status_code == 200 and f'href="/plans/{plan_id}"' in listed.text
    assert "Kế hoạch truyền thông" in listed.text
    assert f'href="/plans/{plan_id}"' not in viewer.get("/plans?year=2025").text
    page = viewer.get(f"/plans/{plan_id}")
    assert page.status_code == 200, page.text[:2000]
    text = page.text
    assert '<script>alert("x")' not in text and "onerror=" not in text.replace("onerror=&#34;", "")
    assert "&lt;script&gt;" in text
    for words in ("Chỉ tiêu", "Chính sách", "Hoạt động", "Kinh phí", "Lấy ý kiến", "Đã xong"):
        assert words in text, words
    assert '<td class="value">6.0' in text  # the volume over the period, hand-checked
    assert "60.000.000" in text  # four lines of 15,000,000 đ planned
    assert "<polyline" in text  # the weekly trend
    calendar = viewer.get("/plans/calendar?year=2026")
    assert calendar.status_code == 200
    assert 'id="month-3"' in calendar.text and "Họp báo 0" in calendar.text
    assert '<script>alert("x")' not in calendar.text
    assert viewer.get("/plans/999999").status_code == 404


def test_the_api_answers_the_status(web: Web) -> None:
    corpus = build(web.store)
    plan_id = seed_plan(web.store, "Bộ Y tế", corpus.watch)
    client = web.client()
    headers = {"Authorization": f"Bearer {web.token('viewer')}"}
    status = client.get(f"/api/v1/plans/{plan_id}/status", headers=headers)
    assert status.status_code == 200, status.text
    data = status.json()
    assert data["kpis"][0]["value"] == 6.0 and data["budget"]["planned"] == 60_000_000
    assert data["commissions"] == []
    listed = client.get("/api/v1/plans?year=2026", headers=headers).json()
    assert [p["id"] for p in listed["items"]] == [plan_id]
    refused = client.post(
        "/api/v1/plans", headers=headers, json={"unit": "Bộ Y tế", "year": 2026, "title": "X"}
    )
    assert refused.status_code == 403


def test_the_unit_moves_an_activity_on_the_page(web: Web) -> None:
    corpus = build(web.store)
    admin = web.client("admin")
    plan_id = seed_plan(web.store, "Bộ Y tế", corpus.watch)
    page = admin.get(f"/plans/{plan_id}")
    first = int(page.text.split('action="/plans/activities/')[1].split("/")[0])
    data = {"csrf_token": admin.csrf, "status": "done"}  # type: ignore[attr-defined]
    moved = admin.post(f"/plans/activities/{first}/status", data=data, follow_redirects=False)
    assert moved.status_code == 303 and moved.headers["location"].startswith(f"/plans/{plan_id}")
    assert web.store.plans.get("activity", first).status == "done"
    viewer = web.client("viewer")
    assert "/status" not in viewer.get(f"/plans/{plan_id}").text.split('id="activities"')[1]
