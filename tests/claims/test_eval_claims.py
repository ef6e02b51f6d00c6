"""``toancanh eval claims`` on the shipped labelled pairs, as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from toancanh.cli import app

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "eval" / "data" / "claims_pairs.jsonl"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["eval", "claims", *args])
    return result.exit_code, result.stdout


def test_the_shipped_pairs_meet_their_floors() -> None:
    code, out = run("--data", str(PAIRS), "--floors", str(ROOT / "eval" / "floors.toml"), "--json")
    report = json.loads(out)
    assert code == 0 and report["floor_section"] == "claims" and report["floor_violations"] == []
    assert report["pairs"] >= 200 and 40 <= report["statements"] <= 60
    assert report["precision"] >= 0.9 and report["recall"] >= 0.9


def test_the_shipped_set_has_paraphrases_wrong_figures_and_non_matches() -> None:
    rows = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines()]
    kinds = {row["kind"] for row in rows}
    assert {"paraphrase", "wrong_figure", "same_topic_other"} <= kinds
    assert sum(row["statement"] is None for row in rows) >= 60


def test_a_broken_file_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "x_statements.jsonl").write_text('{"id": "S1", "text": "a"}\n', encoding="utf-8")
    pairs = tmp_path / "x_pairs.jsonl"
    pairs.write_text('{"claim": "a", "statement": null}\nnot json\n', encoding="utf-8")
    code, _ = run("--data", str(pairs))
    assert code == 2
