"""Officials with a title, the evaluation of the three finders, and their speed."""

from __future__ import annotations

import json
import tomllib
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.entities import (
    check_entity_floors,
    evaluate_entities,
    find_agencies,
    find_people,
    find_places,
)

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "data" / "entities_test.jsonl"
FLOORS = ROOT / "eval" / "floors.toml"


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(m.mention, m.name, m.title) for m in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thủ tướng Phạm Minh Chính chủ trì.",
            [("Thủ tướng Phạm Minh Chính", "Phạm Minh Chính", "Thủ tướng")],
        ),
        (
            "Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết.",
            [("Bộ trưởng Bộ Y tế Đào Hồng Lan", "Đào Hồng Lan", "Bộ trưởng Bộ Y tế")],
        ),
        (
            "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh yêu cầu.",
            [
                (
                    "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh",
                    "Trần Sỹ Thanh",
                    "Chủ tịch Ủy ban nhân dân thành phố Hà Nội",
                )
            ],
        ),
        (
            "Thứ trưởng Nguyễn Văn A phát biểu.",
            [("Thứ trưởng Nguyễn Văn A", "Nguyễn Văn A", "Thứ trưởng")],
        ),
        (
            "Bộ trưởng Quốc phòng Phan Văn Giang dự lễ.",
            [("Bộ trưởng Quốc phòng Phan Văn Giang", "Phan Văn Giang", "Bộ trưởng Bộ Quốc phòng")],
        ),
        (
            "Tổng thống Mỹ Donald Trump tuyên bố.",
            [("Tổng thống Mỹ Donald Trump", "Donald Trump", "Tổng thống Mỹ")],
        ),
        (
            "Ông Trần Văn Hải, Giám đốc Sở GTVT Đồng Nai, thừa nhận.",
            [
                (
                    "Trần Văn Hải, Giám đốc Sở GTVT Đồng Nai",
                    "Trần Văn Hải",
                    "Giám đốc Sở Giao thông vận tải tỉnh Đồng Nai",
                )
            ],
        ),
    ],
)
def test_officials_named_with_their_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anh Nguyễn Văn Nam, 35 tuổi, đã được cứu.",
        "Giám đốc Công ty TNHH Minh Phát Nguyễn Văn Cường cho biết đơn hàng giảm.",
        "Bà Trần Thị Hoa, Giám đốc Công ty Hoa Sen Xanh, đề nghị giảm thuế.",
        "Chị Lan, công nhân may, làm việc ở đây 10 năm.",
        "Thủ tướng yêu cầu các bộ khẩn trương.",
        "Nguyễn Văn An sinh năm 1990 tại Hà Nội.",
    ],
)
def test_private_persons_and_titles_without_names_are_not_people(text: str) -> None:
    assert _people(text) == []


def test_an_office_used_as_a_title_is_a_person_not_an_agency() -> None:
    text = "Thủ tướng Chính phủ Phạm Minh Chính đã ký; Thủ tướng Chính phủ vừa ban hành chỉ thị."
    assert [m.mention for m in find_agencies(text)] == ["Thủ tướng Chính phủ"]
    assert find_agencies(text)[0].start > 40
    assert [m.name for m in find_people(text)] == ["Phạm Minh Chính"]


def test_types_may_overlap_but_one_type_does_not() -> None:
    text = "Giám đốc Sở Y tế TP.HCM Tăng Chí Thượng cho biết."
    (agency,) = find_agencies(text)
    (place,) = find_places(text)
    (person,) = find_people(text)
    assert agency.mention == "Sở Y tế TP.HCM" and place.mention == "TP.HCM"
    assert person.start <= agency.start and agency.end <= person.end


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_ordered_non_overlapping_people(text: str) -> None:
    found = find_people(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.mention
    assert all(a.end <= b.start for a, b in pairwise(found))


def _write_gold(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    return path


def test_evaluation_counts_spans_links_misses_and_false_hits(tmp_path: Path) -> None:
    text = "Bộ TT&TT làm việc với Thái Bình."
    gold = [
        {
            "id": "x1",
            "text": text,
            "mentions": [
                {"type": "agency", "start": 0, "end": 8, "text": "Bộ TT&TT",
                 "name": "Bộ Thông tin và Truyền thông", "current": "Bộ Y tế"},
                {"type": "person", "start": 9, "end": 12, "text": "làm",
                 "name": "Làm", "current": None},
            ],
        }
    ]  # fmt: skip
    report = evaluate_entities(_write_gold(tmp_path / "gold.jsonl", gold))
    agency, place, person = (report.score(t) for t in ("agency", "place", "person"))
    assert (agency.span_correct, agency.link_correct) == (1, 0)  # the gold current is wrong
    assert (place.gold, place.found, place.precision) == (0, 1, 0.0)
    assert (person.gold, person.found, person.recall) == (1, 0, 0.0)
    kinds = sorted(p.kind for p in report.problems)
    assert kinds == ["false hit", "miss", "wrong link"]
    assert "false hit" in report.format() and report.as_json()["figures"]["agency_recall"] == 1.0


def test_a_span_that_does_not_match_its_text_is_rejected(tmp_path: Path) -> None:
    bad = [{"text": "Bộ Y tế", "mentions": [{"type": "agency", "start": 0, "end": 3,
            "text": "Bộ Y tế", "name": "Bộ Y tế", "current": "Bộ Y tế"}]}]  # fmt: skip
    with pytest.raises(ValueError, match="span 0:3"):
        evaluate_entities(_write_gold(tmp_path / "bad.jsonl", bad))
    (tmp_path / "broken.jsonl").write_text("{not json", "utf-8")
    with pytest.raises(ValueError, match=r"broken\.jsonl:1"):
        evaluate_entities(tmp_path / "broken.jsonl")


def test_floors_report_what_falls_below(tmp_path: Path) -> None:
    report = evaluate_entities(GOLD)
    floors = tmp_path / "floors.toml"
    floors.write_text("[entities]\nplace_precision = 1.01\nnonsense = 0.5\n", "utf-8")
    problems = check_entity_floors(report, floors)
    assert any("place_precision" in p for p in problems)
    assert any("unknown floor 'nonsense'" in p for p in problems)


def test_the_shipped_gold_set_meets_the_pinned_floors() -> None:
    report = evaluate_entities(GOLD)
    assert report.texts >= 250
    assert "entities" in tomllib.loads(FLOORS.read_text("utf-8"))
    assert check_entity_floors(report, FLOORS) == []


ARTICLE = (
    "Chiều 14/10, Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp với Bộ Xây dựng, Bộ Tài chính, "
    "UBND TP.HCM, Đồng Nai và Tây Ninh về dự án vành đai 3 qua Bình Dương và Long An. "
    "Ông Nguyễn Văn Hòa, Phó Giám đốc Sở Tài chính tỉnh Đồng Nai, đề nghị bổ sung vốn. "
    "Giá vật liệu xây dựng tăng mạnh trong khi nguồn cát ở Đồng Tháp, Vĩnh Long còn thiếu. "
)
