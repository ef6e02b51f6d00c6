"""The extraction evaluator, run on the project's own gold set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from toancanh.ingest.extract_eval import (
    ExtractionReport,
    check_floors,
    evaluate_extraction,
    format_report,
    normalize_snippet,
)

FIXTURES = Path(__file__).parents[1] / "fixtures"
GOLD = FIXTURES / "extraction_gold.jsonl"
FLOORS = Path(__file__).parents[2] / "eval" / "floors.toml"
PAGE = "news/thoisu/giao-thong/tai-xe-vi-pham-nong-do-con-co-the-bi-phat-den-40-trieu-dong.html"


@pytest.fixture(scope="module")
def report() -> ExtractionReport:
    return evaluate_extraction(FIXTURES / "site", index=GOLD)


def test_gold_set_scores_full_marks(report: ExtractionReport) -> None:
    assert len(report.pages) == len(GOLD.read_text(encoding="utf-8").splitlines())
    assert report.figures() == {
        "keep_recall": 1.0,
        "drop_rate": 1.0,
        "title_accuracy": 1.0,
        "outcome_accuracy": 1.0,
        "field_accuracy": 1.0,
    }
    assert all(not page.failures for page in report.pages)
    assert report.as_dict()["keep_total"] == 33


def test_gold_set_meets_the_shipped_floors(report: ExtractionReport) -> None:
    assert check_floors(report, FLOORS) == []


def write_set(tmp_path: Path, lines: list[dict[str, object]]) -> Path:
    """A gold set in the real_pages layout: pages next to index.jsonl."""
    (tmp_path / "news").mkdir()
    shutil.copy(FIXTURES / "site" / PAGE, tmp_path / "news" / "page.html")
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    (tmp_path / "index.jsonl").write_text(text, encoding="utf-8")
    return tmp_path


def test_misses_are_counted_and_named(tmp_path: Path) -> None:
    data = write_set(
        tmp_path,
        [
            {
                "file": "news/page.html",
                "url": "https://thoisu.example.vn/a.html",
                "title": "Một tiêu đề khác",
                "author": "Hoàng Nam",
                "must_keep": [
                    "Thượng tá Phạm Đức Long,\n   Trưởng phòng Cảnh sát giao thông",  # wrapped
                    "câu này không có trong bài",
                ],
                "must_drop": ["Phạt nặng là đúng", "41 tỷ đồng"],  # the second is body text
            },
            {"file": "news/page.html", "expected": "not_vietnamese", "must_keep": []},
        ],
    )
    result = evaluate_extraction(data)
    assert result.as_dict()["kept"] == 1 and result.keep_recall == 0.5
    assert result.drop_rate == 0.5
    assert result.title_accuracy == 0.0
    assert result.outcome_accuracy == 0.5
    assert result.field_accuracy == 1.0  # the author matched
    failures = result.pages[0].failures
    assert any("lost: câu này không có trong bài" in f for f in failures)
    assert any("kept chrome: 41 tỷ đồng" in f for f in failures)
    assert "outcome ok" in result.pages[1].failures[0]
    human = format_report(result)
    assert "body kept          1/2 (50.0%)" in human
    assert "news/page.html: lost: câu này" in human


def test_floors_report_each_violation(tmp_path: Path, report: ExtractionReport) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[extraction]\nkeep_recall = 1.01\nprecision = 0.5\n", encoding="utf-8")
    violations = check_floors(report, floors)
    assert len(violations) == 2
    assert "keep_recall 1.0000 is below the floor 1.01" in violations[0]
    assert "unknown floor 'precision'" in violations[1]
    floors.write_text("[topics]\nf1 = 0.5\n", encoding="utf-8")
    assert check_floors(report, floors) == [f"{floors} has no [extraction] section"]
    assert "cannot read floors" in check_floors(report, tmp_path / "missing.toml")[0]


def test_snippets_compare_after_entities_nfc_and_whitespace() -> None:
    decomposed = "Ho\u0300a Bi\u0300nh"  # "Hòa Bình" with combining marks
    assert normalize_snippet(f"  Sở TN&amp;MT\n\t{decomposed} ") == "Sở TN&MT Hòa Bình"


@pytest.mark.parametrize("bad_line", ["{not json", '{"url": "https://b.vn/a"}', "[1, 2]"])
def test_a_broken_index_line_names_its_number(tmp_path: Path, bad_line: str) -> None:
    index = tmp_path / "index.jsonl"
    index.write_text(f'{{"file": "a.html"}}\n{bad_line}\n', encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"index\.jsonl:2"):
        evaluate_extraction(tmp_path)


def test_a_missing_page_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    line = {"file": "gone.html", "must_keep": ["a", "b"], "must_drop": ["c"]}
    (tmp_path / "index.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = evaluate_extraction(tmp_path)
    assert result.keep_recall == 0.0 and result.outcome_accuracy == 0.0
    assert result.pages[0].outcome == "missing_file"
