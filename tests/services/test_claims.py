"""Matching a claim against the registry: the published and corrected statements only,
best first with their differences, the index built once until the registry changes; on
SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from toancanh.access import Actor
from toancanh.domain.statements import StatementSpec
from toancanh.errors import Forbidden, Invalid
from toancanh.services import claims, statements
from toancanh.store import Store

PRESS = Actor("bao-chi@bo.gov.vn", "analyst", "Vụ Báo chí", 2)
VIEWER = Actor("xem@bo.gov.vn", "viewer", "Vụ Khác", 4)
FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."


def add(store: Store, title: str, text: str, status: str = "published", n: int = 0) -> int:
    spec = StatementSpec(
        title=title,
        text=text,
        issuer="Bộ Công an",
        issued_at=datetime(2026, 11, 2, 9, n, tzinfo=UTC),
    )
    return statements.add_statement(store, PRESS, spec, status=status).id


def registry(store: Store) -> int:
    fine = add(store, "Mức phạt vượt đèn đỏ", FINE)
    add(store, "Lịch nghỉ Tết", "Học sinh Hà Nội được nghỉ Tết Nguyên đán 9 ngày.", n=1)
    add(store, "Giá điện", "Giá bán lẻ điện bình quân tăng 4,8% từ ngày 11/10/2024.", n=2)
    return fine


def test_a_distorted_amount_is_matched_with_its_difference(store: Store) -> None:
    fine = registry(store)
    [found] = claims.match_text(store, VIEWER, CLAIM)
    assert (found["statement_id"], found["title"]) == (fine, "Mức phạt vượt đèn đỏ")
    assert found["score"] >= 0.44
    [difference] = found["differences"]
    assert difference["kind"] == "amount"
    assert "5 triệu" in difference["claim"] and "3 triệu" in difference["statement"]


def test_an_unrelated_claim_matches_nothing(store: Store) -> None:
    registry(store)
    text = "Đội tuyển bóng đá Việt Nam thắng 2-0 trong trận giao hữu tối qua."
    assert claims.match_text(store, VIEWER, text) == []


def test_drafts_and_withdrawn_statements_are_never_suggested(store: Store) -> None:
    draft = add(store, "Mức phạt (nháp)", FINE, status="draft")
    assert claims.match_text(store, PRESS, CLAIM) == []  # even for its own unit's analyst
    withdrawn = add(store, "Mức phạt (đã rút)", FINE, n=1)
    statements.withdraw_statement(store, PRESS, withdrawn, "nhầm số liệu")
    assert claims.match_text(store, PRESS, CLAIM) == []
    statements.publish_statement(store, PRESS, draft)
    assert [f["statement_id"] for f in claims.match_text(store, PRESS, CLAIM)] == [draft]


def test_a_corrected_statement_is_matched_in_its_corrected_wording(store: Store) -> None:
    fine = add(store, "Mức phạt", FINE)
    cache = claims.MatchCache()
    [before] = claims.match_text(store, VIEWER, CLAIM, cache=cache)
    assert before["differences"]
    statements.correct_statement(store, PRESS, fine, note="đúng là 5 triệu", text=CLAIM)
    [after] = claims.match_text(store, VIEWER, CLAIM, cache=cache)
    assert (after["statement_id"], after["differences"]) == (fine, [])
    assert cache.builds == 2  # the correction changed the registry: rebuilt once


def test_the_index_is_built_once_until_the_registry_changes(store: Store) -> None:
    registry(store)
    cache = claims.MatchCache()
    for _ in range(3):
        assert claims.match_text(store, VIEWER, CLAIM, cache=cache)
    assert cache.builds == 1
    add(store, "Thêm", "Thông cáo mới về phí cao tốc.", n=5)
    claims.match_text(store, VIEWER, CLAIM, cache=cache)
    assert cache.builds == 2


def test_an_empty_registry_matches_nothing(store: Store) -> None:
    assert claims.match_text(store, VIEWER, CLAIM) == []


def test_bad_claims_and_anonymous_askers_are_refused(store: Store) -> None:
    with pytest.raises(Invalid, match="give the text"):
        claims.match_text(store, VIEWER, "   ")
    with pytest.raises(Invalid, match="longer than"):
        claims.match_text(store, VIEWER, "a" * (claims.MAX_CLAIM + 1))
    with pytest.raises(Invalid):
        claims.match_text(store, VIEWER, CLAIM, limit=0)
    with pytest.raises(Forbidden):
        claims.match_text(store, Actor.anonymous(), CLAIM)


def test_hostile_text_is_inert_in_json(store: Store) -> None:
    hostile = '<script>alert("x")</script> phạt 5 triệu đồng'
    fine = add(store, "<img src=x onerror=alert(1)>", hostile + " vượt đèn đỏ ô tô")
    found = claims.match_text(store, VIEWER, hostile + " vượt đèn đỏ")
    assert found and found[0]["statement_id"] == fine
    assert json.loads(json.dumps(found)) == found  # plain data, nothing to execute
    assert found[0]["title"] == "<img src=x onerror=alert(1)>"  # as written: escaped by views
