"""``toancanh claims queue|show|start|review|reopen|accept|reject|export``: the review of
claims from the command line (the operator: every right)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from claim_desk import Desk, build_desk, check_claimreview
from toancanh.store import Store


def _desk(cli: Any, tmp_path: Path) -> Desk:
    cli("claims", "queue", "--json")  # makes the database
    store = Store.open(f"sqlite:///{tmp_path / 'cli.db'}")
    try:
        return build_desk(store)
    finally:
        store.close()


def test_the_review_flow_from_the_command_line(cli: Any, tmp_path: Path) -> None:
    desk = _desk(cli, tmp_path)
    queue = json.loads(cli("claims", "queue", "--json").stdout)
    assert {q["id"] for q in queue} == {desk.spread, desk.lone, desk.hostile}
    first = queue[0]
    assert first["id"] == desk.spread and first["article_id"] == desk.articles[0]
    assert first["text"] and first["suggestions"][0]["statement_id"] == desk.fine
    assert first["reach"]["outlets"] == 3
    assert "Claims to review" in cli("claims", "queue").stdout
    shown = json.loads(cli("claims", "show", str(desk.spread), "--json").stdout)
    assert shown["suggestions"][0]["title"] == "Mức phạt vượt đèn đỏ"
    assert (
        json.loads(cli("claims", "start", str(desk.spread), "--json").stdout)["status"]
        == "in_review"
    )
    judged = cli(
        "claims",
        "review",
        str(desk.spread),
        "--verdict",
        "false",
        "--statement",
        str(desk.fine),
        "--note",
        "Mức phạt đúng là 2-3 triệu",
        "--by",
        "kiem-chung",
    )
    assert "sai sự thật" in judged.stdout
    verdicts = json.loads(cli("claims", "queue", "--status", "verdict", "--json").stdout)
    assert [(v["id"], v["verdict"], v["reviewer"]) for v in verdicts] == [
        (desk.spread, "false", "kiem-chung")
    ]
    assert "sai sự thật" in cli("claims", "show", str(desk.spread)).stdout


def test_bulk_decisions_reopen_and_refusals(cli: Any, tmp_path: Path) -> None:
    desk = _desk(cli, tmp_path)
    done = json.loads(
        cli(
            "claims",
            "accept",
            str(desk.spread),
            str(desk.hostile),
            "--statement",
            str(desk.fine),
            "--json",
        ).stdout
    )
    assert [c["status"] for c in done] == ["in_review", "in_review"]
    assert "1 claim(s): suggestions rejected" in cli("claims", "reject", str(desk.lone)).stdout
    bad = cli(
        "claims",
        "review",
        str(desk.lone),
        "--verdict",
        "sai",
        "--statement",
        str(desk.holiday),
        code=2,
    )
    assert "unknown verdict “sai”; use true, false, misleading, unproven" in bad.output
    draft = cli(
        "claims",
        "review",
        str(desk.lone),
        "--verdict",
        "false",
        "--statement",
        str(desk.draft),
        code=2,
    )
    assert "cite a published or corrected statement" in draft.output
    cli("claims", "review", str(desk.lone), "--verdict", "unproven")
    again = cli(
        "claims",
        "review",
        str(desk.lone),
        "--verdict",
        "true",
        "--statement",
        str(desk.holiday),
        code=None,
    )
    assert again.exit_code != 0 and "already has a verdict" in again.output
    assert "in_review" in cli("claims", "reopen", str(desk.lone), "--note", "xem lại").stdout
    assert cli("claims", "show", "999", code=None).exit_code != 0


def test_the_export_as_claimreview_and_csv(cli: Any, tmp_path: Path) -> None:
    desk = _desk(cli, tmp_path)
    cli("claims", "review", str(desk.spread), "--verdict", "false", "--statement", str(desk.fine))
    cli(
        "claims",
        "review",
        str(desk.hostile),
        "--verdict",
        "misleading",
        "--statement",
        str(desk.fine),
    )
    out = tmp_path / "claims.jsonld"
    cli("claims", "export", "--format", "claimreview", "--out", str(out))
    graph = check_claimreview(json.loads(out.read_text(encoding="utf-8")))
    by_text = {r["claimReviewed"]: r for r in graph}
    spread = next(r for r in graph if r["reviewRating"]["alternateName"] == "sai sự thật")
    assert len(spread["itemReviewed"]["appearance"]) == 2  # the sentence in two articles
    assert spread["url"].startswith("https://bocongan.gov.vn/")
    assert any("<script>" in text for text in by_text)  # the data as it is: JSON, not HTML
    table = tmp_path / "claims.csv"
    cli("claims", "export", "--format", "csv", "--out", str(table))
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8"))))
    assert {(int(r["id"]), r["verdict"], r["label"]) for r in rows} == {
        (desk.spread, "false", "sai sự thật"),
        (desk.hostile, "misleading", "gây hiểu lầm"),
    }
    cli("claims", "export", "--format", "csv", "--out", str(table), "--since", "2100-01-01")
    assert table.read_text(encoding="utf-8").count("\n") == 1  # the header only
    bad = cli("claims", "export", "--format", "xml", "--out", str(table), code=2)
    assert "unknown export format" in bad.output
