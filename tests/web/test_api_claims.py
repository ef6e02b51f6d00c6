"""``GET /api/v1/claims/match``: a claim against the published statements, as the CLI's
``claims match --json``."""

from __future__ import annotations

from web_helpers import HOSTILE, Web, api_client

FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."


def _statement(title: str, text: str, status: str = "published") -> dict[str, str]:
    return {
        "title": title,
        "text": text,
        "issuer": "Bộ Công an",
        "issued_at": "2026-11-02T09:00:00+07:00",
        "status": status,
    }


def test_a_claim_is_matched_through_the_api(web: Web) -> None:
    analyst, viewer = api_client(web, "analyst"), api_client(web, "viewer")
    assert viewer.get("/claims/match", params={"text": CLAIM}).json() == []
    fine = analyst.post("/statements", json=_statement(HOSTILE, FINE)).json()["id"]
    analyst.post("/statements", json=_statement("Nháp", FINE, "draft"))
    answer = viewer.get("/claims/match", params={"text": CLAIM})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    [found] = answer.json()
    assert (found["statement_id"], found["title"]) == (fine, HOSTILE)  # data, never markup
    [difference] = found["differences"]
    assert difference["kind"] == "amount" and "5 triệu" in difference["claim"]
    unrelated = {"text": "Đội tuyển bóng đá Việt Nam thắng 2-0 trong trận giao hữu."}
    assert viewer.get("/claims/match", params=unrelated).json() == []
    blank = viewer.get("/claims/match", params={"text": "   "})
    assert (blank.status_code, blank.json()["field"]) == (400, "text")


def test_matching_needs_a_signed_in_user(web: Web) -> None:
    anonymous = api_client(web, None)
    assert anonymous.get("/claims/match", params={"text": CLAIM}).status_code == 401
