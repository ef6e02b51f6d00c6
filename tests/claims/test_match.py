"""Statements ranked for a claim, and the differences a reviewer is shown."""

from __future__ import annotations

from toancanh.claims.match import SUGGEST, build_index, rank, suggest, with_synonyms

STATEMENTS = [
    (
        "fines",
        "Theo Nghị định 168/2024/NĐ-CP, người đi xe máy vượt đèn đỏ bị phạt từ 2 đến 3 triệu đồng.",
    ),
    ("fees", "Học phí đại học công lập tăng không quá 10%, áp dụng từ ngày 1/1/2026."),
    ("power", "Giá điện bán lẻ bình quân tăng 4,8% từ ngày 10/5/2025."),
    ("kids", "Trẻ em dưới 10 tuổi không được ngồi cùng hàng ghế với người lái ô tô."),
]
INDEX = build_index(STATEMENTS)


def differences(claim: str) -> list[dict[str, str]]:
    (best,) = rank(claim, INDEX, limit=1)
    return [d.as_dict() for d in best.differences]


def test_a_wrong_fine_is_matched_and_its_amount_shown() -> None:
    (best,) = suggest("Xe máy vượt đèn đỏ bị phạt 5 triệu đồng", INDEX, limit=1)
    assert best.statement_id == "fines" and SUGGEST <= best.score <= 1
    assert best.as_dict()["differences"] == [
        {"kind": "amount", "claim": "5 triệu đồng", "statement": "từ 2 đến 3 triệu đồng"}
    ]


def test_a_wrong_start_date_is_shown() -> None:
    assert differences("Học phí đại học công lập tăng 10% từ tháng 9") == [
        {"kind": "date", "claim": "từ tháng 9", "statement": "từ ngày 1/1/2026"}
    ]


def test_a_claim_that_drops_a_negation_is_shown() -> None:
    assert differences("Trẻ em dưới 10 tuổi được ngồi cùng hàng ghế với người lái ô tô") == [
        {"kind": "negation", "claim": "ngồi", "statement": "không được ngồi"}
    ]


def test_a_faithful_claim_has_no_differences_and_a_value_inside_a_range_agrees() -> None:
    assert differences("Giá điện tăng 4,8% từ ngày 10/5/2025") == []
    assert differences("Vượt đèn đỏ khi đi xe máy bị phạt 2,5 triệu đồng") == []


def test_an_amount_written_as_about_agrees_within_five_percent_and_no_further() -> None:
    assert differences("Giá điện bán lẻ bình quân tăng khoảng 4,9% từ ngày 10/5/2025") == []
    assert differences("Giá điện bán lẻ bình quân tăng hơn 4,6% từ ngày 10/5/2025") == []
    assert differences("Giá điện bán lẻ bình quân tăng khoảng 6% từ ngày 10/5/2025") == [
        {"kind": "amount", "claim": "6%", "statement": "4,8%"}
    ]
    # Without "khoảng"/"hơn"/"gần" a figure is taken as written: 4,9% is not 4,8%.
    assert differences("Giá điện bán lẻ bình quân tăng 4,9% từ ngày 10/5/2025") == [
        {"kind": "amount", "claim": "4,9%", "statement": "4,8%"}
    ]


def test_synonyms_bring_other_wordings_together() -> None:
    assert (
        with_synonyms("Rút bằng lái 2 tháng, máy lạnh") == "tước giấy phép lái xe 2 tháng, điều hòa"
    )
    (best,) = rank("Tiền điện tăng 4,8% từ ngày 10/5/2025", INDEX, limit=1)
    assert best.statement_id == "power"


def test_nothing_is_suggested_for_an_unrelated_claim_or_an_empty_registry() -> None:
    assert suggest("Đội tuyển bóng đá thắng 2-0 trong trận giao hữu", INDEX) == []
    assert rank("Giá điện tăng", build_index([])) == []
    assert rank("   ", INDEX) == []
    alike = build_index([(str(i), "Giá điện tăng 4,8%.") for i in range(25)])
    assert rank("Giá điện tăng 4,8%", alike, limit=1)[0].score > 0.9
