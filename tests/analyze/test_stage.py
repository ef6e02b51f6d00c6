"""Policy lifecycle stage: cues, negation, future markers, title weight, ties, no cue."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.analyze.document import make_document
from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.stage import detect_stage, parse_cues, stage_evidence
from toancanh.analyze.types import STAGES


def stage_of(body: str, title: str = "") -> str | None:
    text = make_document(body, title).text
    return detect_stage(text, find_legal_refs(text))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Lấy ý kiến dự thảo Luật Đất đai (sửa đổi)",
            "Bộ Tài nguyên và Môi trường công bố dự thảo để nhân dân góp ý đến hết tháng 3.",
            "drafting",
        ),
        (
            "Bộ Tư pháp thẩm định dự án Luật Dữ liệu",
            "Hội đồng thẩm định đề nghị cơ quan chủ trì soạn thảo làm rõ phạm vi điều chỉnh.",
            "drafting",
        ),
        (
            "Chính phủ ban hành Nghị định 168/2024/NĐ-CP",
            "Nghị định quy định mức phạt mới với nhiều hành vi vi phạm giao thông.",
            "issued",
        ),
        (
            "Quốc hội thông qua Luật Đất đai (sửa đổi)",
            "Với 432/477 đại biểu tán thành, luật được thông qua sáng 18/1.",
            "issued",
        ),
        (
            "Thủ tướng ký Chỉ thị 07/CT-TTg về truyền thông chính sách",
            "Chỉ thị yêu cầu các bộ, ngành chủ động cung cấp thông tin.",
            "issued",
        ),
        (
            "Luật Đất đai 2024 chính thức có hiệu lực",
            "Từ hôm nay, người dân làm thủ tục theo quy định mới.",
            "implementing",
        ),
        (
            "Hà Nội triển khai thực hiện Nghị định 168/2024/NĐ-CP",
            "Lực lượng CSGT tăng cường tuần tra, xử phạt vi phạm nồng độ cồn.",
            "implementing",
        ),
        (
            "Bộ Tài chính đề xuất xây dựng Luật Thuế tài sản",
            "Bộ đang nghiên cứu kinh nghiệm quốc tế và đánh giá tác động chính sách.",
            "planning",
        ),
        (
            "Nghiên cứu sửa đổi Luật Báo chí",
            "Bộ Văn hóa, Thể thao và Du lịch được giao nghiên cứu sửa đổi luật trong năm 2026.",
            "planning",
        ),
        ("Giá vàng tăng mạnh phiên sáng nay", "Giá vàng miếng tăng 1,2 triệu đồng/lượng.", None),
        ("", "", None),
    ],
)
def test_stage_of_an_article(title: str, body: str, expected: str | None) -> None:
    assert stage_of(body, title) == expected


def test_negation_cancels_a_cue() -> None:
    assert stage_of("Đã 6 tháng, nghị định hướng dẫn vẫn chưa ban hành.") is None
    assert stage_of("Đến nay nghị định chưa được ban hành.") is None
    assert stage_of("Nghị định vừa được ban hành.") == "issued"
    assert stage_of("Địa phương không thực hiện đúng quy định.") is None


def test_future_marker_moves_a_cue_back_one_stage() -> None:
    # Issued but not yet in force.
    assert stage_of("Luật sẽ có hiệu lực từ ngày 1/1/2026.") == "issued"
    assert stage_of("Luật có hiệu lực từ ngày 1/7/2025.") == "implementing"
    # Not issued yet: still being drafted.
    assert stage_of("Nghị định dự kiến được ban hành trong tháng 10.") == "drafting"
    assert stage_of("Nghị định vừa ban hành trong tháng 10.") == "issued"


def test_a_marker_in_the_previous_sentence_does_not_count() -> None:
    assert stage_of("Văn bản này chưa. Ban hành xong, bộ sẽ công bố.") == "issued"


def test_thong_qua_meaning_through_is_not_a_cue() -> None:
    assert stage_of("Người dân nộp hồ sơ thông qua ứng dụng VNeID.") is None
    assert stage_of("Quốc hội thông qua Nghị quyết về thí điểm.") == "issued"
    assert stage_of("Dự án luật được thông qua sáng nay.") == "issued"


def test_a_price_appraisal_is_not_drafting() -> None:
    assert stage_of("Hội đồng thẩm định giá đất lần hai.") is None


def test_weak_cues_alone_give_no_stage() -> None:
    assert stage_of("Người dân kiến nghị cơ quan chức năng vào cuộc.") is None


def test_the_title_outweighs_the_body() -> None:
    body = "Trước đó, nghị định đã được lấy ý kiến rộng rãi."
    assert stage_of(body) == "drafting"
    assert stage_of(body, title="Nghị định về nhà ở xã hội có hiệu lực") == "implementing"


def test_a_tie_goes_to_the_later_stage() -> None:
    assert stage_of("Luật được ban hành và có hiệu lực.") == "implementing"  # 1.0 + 1.2
    evidence = stage_evidence("dự thảo; ban hành")
    assert [e.weight for e in evidence] == [1.0, 1.0]
    assert detect_stage("dự thảo; ban hành") == "issued"


def test_a_cue_next_to_a_legal_reference_weighs_more() -> None:
    text = "Tỉnh triển khai Nghị định 100/2024/NĐ-CP. Nhiều nơi vẫn lấy ý kiến người dân."
    plain = {e.phrase: e.weight for e in stage_evidence(text)}
    near = {e.phrase: e.weight for e in stage_evidence(text, find_legal_refs(text))}
    assert near["triển khai"] > plain["triển khai"]
    assert near["lấy ý kiến"] == plain["lấy ý kiến"]
    assert detect_stage(text) == "drafting"  # 0.8 < 1.0 without the reference
    assert detect_stage(text, find_legal_refs(text)) == "implementing"  # 1.2 > 1.0


def test_a_cue_written_with_a_comma() -> None:
    for text in ("Bộ tiếp thu, giải trình ý kiến.", "Bo tiep thu giai trinh y kien."):
        assert [e.phrase for e in stage_evidence(text)] == [text[3:-8]]
        assert detect_stage(text) == "drafting"


def test_text_without_diacritics() -> None:
    assert stage_of("du thao nghi dinh dang duoc lay y kien nhan dan") == "drafting"
    assert stage_of("Nghi dinh 168/2024/ND-CP chinh thuc co hieu luc") == "implementing"
    assert stage_of("Bo Y te chua ban hanh thong tu huong dan") is None
    assert stage_of("Van ban nay chua. Ban hanh xong, bo se cong bo.") == "issued"


def test_signing_is_not_a_term() -> None:
    # Folding would make "kỳ" (term) look like "ký" (sign): text with diacritics is not folded.
    assert stage_of("Kỳ họp thứ 8 khai mạc, đại biểu đến dự đông đủ.") is None


def test_evidence_spans_point_into_the_text() -> None:
    text = make_document("Bộ đang lấy ý kiến dự thảo.", "Vừa ban hành Nghị định 1/2025/NĐ-CP").text
    evidence = stage_evidence(text, find_legal_refs(text))
    assert [(e.phrase, e.stage) for e in evidence] == [
        ("Vừa ban hành", "issued"),
        ("lấy ý kiến", "drafting"),
        ("dự thảo", "drafting"),
    ]
    assert all(text[e.start : e.end] == e.phrase for e in evidence)
    assert evidence[0].weight == 1.4 * 3.0 * 1.5  # cue, title, next to a reference


def test_one_phrase_counts_a_limited_number_of_times() -> None:
    text = "Tỉnh thực hiện. " * 10 + "Bộ lấy ý kiến dự thảo."
    assert len([e for e in stage_evidence(text) if e.phrase == "thực hiện"]) == 3
    assert detect_stage(text) == "drafting"  # 2.0 > 3 x 0.4


def test_cues_are_data() -> None:
    data = json.loads(
        resources.files("toancanh.data")
        .joinpath("lexicon/stage_cues.json")
        .read_text(encoding="utf-8")
    )
    assert set(data["stages"]) == set(STAGES)
    assert {c["cue"] for c in data["stages"]["drafting"]} >= {"dự thảo", "lấy ý kiến", "thẩm định"}
    custom = parse_cues({**data, "stages": {"planning": [{"cue": "ấp ủ", "weight": 1.0}]}})
    assert custom.marked.table["ấp ủ"].stage == "planning"


@given(st.text(max_size=400))
def test_never_crashes(text: str) -> None:
    assert detect_stage(text, find_legal_refs(text)) in (*STAGES, None)
    assert all(text[e.start : e.end] == e.phrase for e in stage_evidence(text))
