"""Figures read from Vietnamese sentences: what a claim and a statement can disagree on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from toancanh.claims.figures import format_amount, parse_figures, parse_number


def amounts(text: str) -> list[tuple[float, float, str]]:
    return [(a.low, a.high, a.unit) for a in parse_figures(text).amounts]


def test_money_with_multipliers_and_vietnamese_separators() -> None:
    assert amounts("Phạt 5 triệu đồng") == [(5e6, 5e6, "đồng")]
    assert amounts("vốn 2,5 tỷ") == [(2.5e9, 2.5e9, "đồng")]
    assert amounts("1.200 hộ dân") == [(1200, 1200, "")]
    assert amounts("thu 1.500.000 đồng") == [(1.5e6, 1.5e6, "đồng")]


def test_a_range_takes_the_upper_multiplier_on_both_ends() -> None:
    assert amounts("phạt từ 2 đến 3 triệu đồng") == [(2e6, 3e6, "đồng")]
    assert amounts("phạt 10-12 triệu") == [(1e7, 1.2e7, "đồng")]
    assert amounts("phạt từ 500.000 đồng đến 1 triệu đồng") == [(5e5, 1e6, "đồng")]
    assert amounts("năm học 2025-2026") == []  # years, not an amount


def test_percentages_and_other_units() -> None:
    assert amounts("học phí tăng 15%") == [(15, 15, "%")]
    assert amounts("giá điện tăng 4,8 phần trăm") == [(4.8, 4.8, "%")]
    assert amounts("tước bằng lái 2 tháng, chạy 50 km/h") == [
        (2, 2, "tháng"),
        (50, 50, "km/h"),
    ]


def test_numbers_of_legal_references_and_dates_are_not_amounts() -> None:
    text = "Theo Điều 5 Nghị định 100/2019/NĐ-CP, từ ngày 1/1/2026 phạt 4 triệu đồng"
    assert amounts(text) == [(4e6, 4e6, "đồng")]


def test_dates_as_precise_as_written_with_their_relation() -> None:
    found = parse_figures("Từ ngày 1/1/2026 và từ tháng 9, quý III năm 2025, năm 2024").dates
    parts = [(d.day, d.month, d.year, d.quarter, d.relation) for d in found]
    assert parts == [
        (1, 1, 2026, None, "tu"),
        (None, 9, None, None, "tu"),
        (None, None, 2025, 3, ""),
        (None, None, 2024, None, ""),
    ]
    assert parse_figures("ngày 1 tháng 7 năm 2025").dates[0].month == 7
    assert parse_figures("tỷ lệ 1/3 số hộ").dates == ()


def test_negation_cues_but_not_bounds_or_words_that_look_alike() -> None:
    assert parse_figures("Không được dùng điện thoại, cấm bán rượu").negations == (
        "Không được",
        "cấm",
    )
    assert parse_figures("chưa áp dụng").negations == ("chưa",)
    assert parse_figures("học sinh được miễn học phí").negations == ("miễn",)
    text = "tốc độ không quá 50 km/h, hàng không, cảm ơn, cam kết, chữa bệnh, miền Bắc"
    assert parse_figures(text).negations == ()


def test_parse_number() -> None:
    assert parse_number("1.200") == 1200
    assert parse_number("2,5") == 2.5
    assert parse_number("2.5") == 2.5
    assert parse_number("1.2.3") is None


money = st.one_of(
    st.integers(1, 999_999).map(float),
    st.tuples(st.integers(1, 9999), st.sampled_from([1e6, 1e9])).map(lambda p: p[0] * p[1]),
    st.tuples(st.integers(1, 999), st.integers(1, 9)).map(lambda p: (p[0] + p[1] / 10) * 1e6),
)


@given(money)
def test_a_formatted_amount_parses_back_to_its_value(value: float) -> None:
    text = f"Mức phạt {format_amount(value)} theo quy định."
    (amount,) = parse_figures(text).amounts
    assert abs(amount.low - value) < 1e-6 * value and amount.low == amount.high
    assert amount.unit == "đồng"


@given(st.integers(1, 999), st.integers(0, 9))
def test_a_formatted_percentage_parses_back(whole: int, tenth: int) -> None:
    value = whole + tenth / 10
    (amount,) = parse_figures(f"tăng {format_amount(value, '%')} so với năm trước").amounts
    assert abs(amount.low - value) < 1e-9 and amount.unit == "%"


@given(st.text())
def test_any_text_parses_without_raising(text: str) -> None:
    figures = parse_figures(text)
    spans = [(a.start, a.end, a.text) for a in figures.amounts]
    spans += [(d.start, d.end, d.text) for d in figures.dates]
    for start, end, written in spans:
        assert 0 <= start <= end <= len(text) and text[start:end] == written


@given(st.text(alphabet="0123456789.,/- tđồngriệuỷtháng%ừđếnkhôngcấm", max_size=60))
def test_number_like_text_parses_without_raising(text: str) -> None:
    parse_figures(text)
