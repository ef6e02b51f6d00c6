"""``toancanh claims match``: a claim against the registry's published statements."""

from __future__ import annotations

import json
from typing import Any

FINE = (
    "Người điều khiển xe ô tô vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng theo Nghị định "
    "100/2019/NĐ-CP."
)
CLAIM = "Người điều khiển xe ô tô vượt đèn đỏ bị phạt 5 triệu đồng theo Nghị định 100/2019/NĐ-CP."


def _add(cli: Any, title: str, text: str, *publish: str) -> int:
    args = ("--title", title, "--text", text, "--issuer", "Bộ Công an")
    added = cli("statements", "add", "--json", *args, "--issued-at", "2026-11-02", *publish)
    return int(json.loads(added.stdout)["id"])


def test_a_claim_is_matched_from_the_command_line(cli: Any) -> None:
    assert json.loads(cli("claims", "match", CLAIM, "--json").stdout) == []  # empty registry
    fine = _add(cli, "Mức phạt <b>vượt đèn đỏ</b>", FINE, "--publish")
    _add(cli, "Bản nháp", FINE)  # a draft: never suggested
    _add(cli, "Lịch nghỉ Tết", "Học sinh Hà Nội được nghỉ Tết 9 ngày.", "--publish")
    [found] = json.loads(cli("claims", "match", CLAIM, "--json", "--limit", "3").stdout)
    assert found["statement_id"] == fine and found["score"] >= 0.44
    [difference] = found["differences"]
    assert difference["kind"] == "amount"
    assert "5 triệu" in difference["claim"] and "3 triệu" in difference["statement"]
    shown = cli("claims", "match", CLAIM).stdout
    assert f"#{fine}" in shown and "Mức phạt <b>vượt đèn đỏ</b>" in shown and "amount" in shown
    unrelated = "Đội tuyển bóng đá Việt Nam thắng 2-0 trong trận giao hữu tối qua."
    assert json.loads(cli("claims", "match", unrelated, "--json").stdout) == []
    assert "No published statement" in cli("claims", "match", unrelated).stdout


def test_an_empty_claim_is_refused(cli: Any) -> None:
    refused = cli("claims", "match", "  ", code=2)
    assert "give the text of a claim" in refused.output
