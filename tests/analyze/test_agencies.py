"""Agencies: the 2025 Government, old names linked to successors, local bodies."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.agencies import agency_gazetteer, find_agencies, lookup_agency

MINISTRIES_2025 = {
    "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
    "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng",
    "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
}  # fmt: skip
MINISTRY_LEVEL_2025 = {"Văn phòng Chính phủ", "Thanh tra Chính phủ", "Ngân hàng Nhà nước Việt Nam"}


def test_today_there_are_14_ministries_and_3_ministry_level_agencies() -> None:
    bodies = agency_gazetteer().bodies
    in_force = {b.name for b in bodies if b.valid_to is None and b.kind == "ministry"}
    level = {b.name for b in bodies if b.valid_to is None and b.kind == "ministry_level"}
    assert in_force == MINISTRIES_2025
    assert level == MINISTRY_LEVEL_2025


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("Bộ TT&TT", "Bộ Khoa học và Công nghệ"),
        ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
        ("Bộ GTVT", "Bộ Xây dựng"),
        ("Bộ TN&MT", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ NN&PTNT", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ LĐ-TB&XH", "Bộ Nội vụ"),
        ("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"),
        ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("Ban Dân vận TW", "Ban Tuyên giáo và Dân vận Trung ương"),
        ("Ban Kinh tế Trung ương", "Ban Chính sách, chiến lược Trung ương"),
        ("Ban Đối ngoại Trung ương", "Bộ Ngoại giao"),
        ("Ủy ban Tài chính, Ngân sách", "Ủy ban Kinh tế và Tài chính"),
        ("Ủy ban Tư pháp", "Ủy ban Pháp luật và Tư pháp"),
        ("Ủy ban Xã hội", "Ủy ban Văn hóa và Xã hội"),
        ("Ủy ban Đối ngoại", "Ủy ban Quốc phòng, An ninh và Đối ngoại"),
        ("Tổng cục Thuế", "Cục Thuế"),
        ("Tổng cục Hải quan", "Cục Hải quan"),
    ],
)
def test_old_bodies_link_to_their_successor(old: str, current: str) -> None:
    body = lookup_agency(old)
    assert body is not None and body.current == current and body.valid_to is not None


def test_a_split_body_lists_every_successor_with_its_functions() -> None:
    labour = lookup_agency("bo ldtbxh")
    assert labour is not None and labour.valid_to == "2025-02-28"
    successors = {s.name: s.functions for s in labour.successors}
    assert set(successors) == {"Bộ Nội vụ", "Bộ Y tế", "Bộ Giáo dục và Đào tạo"}
    assert "vocational" in successors["Bộ Giáo dục và Đào tạo"]
    mic = lookup_agency("Bộ Thông tin và Truyền thông")
    assert mic is not None
    assert {s.name for s in mic.successors} == {
        "Bộ Khoa học và Công nghệ",
        "Bộ Văn hóa, Thể thao và Du lịch",
    }


@pytest.mark.parametrize(
    ("typed", "name", "current"),
    [
        ("NHNN", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"),
        ("vpcp", "Văn phòng Chính phủ", "Văn phòng Chính phủ"),
        (
            "UBND tỉnh Bình Dương",
            "Ủy ban nhân dân tỉnh Bình Dương",
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ),
        (
            "so gtvt binh duong",
            "Sở Giao thông vận tải tỉnh Bình Dương",
            "Sở Xây dựng Thành phố Hồ Chí Minh",
        ),
        ("Sở Y tế TP.HCM", "Sở Y tế Thành phố Hồ Chí Minh", "Sở Y tế Thành phố Hồ Chí Minh"),
    ],
)
def test_lookup_resolves_abbreviations_and_local_bodies(
    typed: str, name: str, current: str
) -> None:
    body = lookup_agency(typed)
    assert body is not None and (body.name, body.current) == (name, current)


def test_lookup_of_an_unknown_body_is_none() -> None:
    assert lookup_agency("Bộ Phép thuật") is None
    assert lookup_agency("   ") is None


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.mention, m.name, m.current) for m in find_agencies(text)]


def test_local_bodies_follow_the_province_into_its_successor() -> None:
    text = "UBND tỉnh Bình Dương và Sở GTVT Bình Dương họp với Tỉnh ủy Thái Bình."
    assert _found(text) == [
        (
            "UBND tỉnh Bình Dương",
            "Ủy ban nhân dân tỉnh Bình Dương",
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ),
        (
            "Sở GTVT Bình Dương",
            "Sở Giao thông vận tải tỉnh Bình Dương",
            "Sở Xây dựng Thành phố Hồ Chí Minh",
        ),
        ("Tỉnh ủy Thái Bình", "Tỉnh ủy Thái Bình", "Tỉnh ủy Hưng Yên"),
    ]


def test_abbreviations_and_text_without_diacritics() -> None:
    found = _found("Bo GD&DT, Bộ LĐ-TB&XH, NHNN va Ban Tổ chức TW")
    assert [name for _, name, _ in found] == [
        "Bộ Giáo dục và Đào tạo",
        "Bộ Lao động - Thương binh và Xã hội",
        "Ngân hàng Nhà nước Việt Nam",
        "Ban Tổ chức Trung ương",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Ngoại giao Trung Quốc ra tuyên bố.",
        "Quốc hội Mỹ tranh luận về ngân sách.",
        "Xây dựng Chính phủ điện tử là ưu tiên.",
        "Cục Thuế TP.HCM đôn đốc nợ thuế.",
        "Thủ tướng Chính phủ Phạm Minh Chính chủ trì.",
        "Các Phó Thủ tướng Chính phủ dự họp.",
        "toàn bộ tài chính của dự án đã được kiểm toán",
        "lực lượng Công an có mặt",
        "bộ y tế gia đình gồm nhiệt kế",
    ],
)
def test_foreign_bodies_branches_offices_and_ordinary_words_are_not_reported(text: str) -> None:
    assert _found(text) == []


def test_committees_of_the_national_assembly_keep_their_suffix() -> None:
    found = _found("Ủy ban Kinh tế của Quốc hội đã thẩm tra.")
    assert found == [
        ("Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế", "Ủy ban Kinh tế và Tài chính")
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_ordered_non_overlapping_spans(text: str) -> None:
    found = find_agencies(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.mention
    assert all(a.end <= b.start for a, b in pairwise(found))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["UBND", "tỉnh", "Bộ", "Y tế", "Sở", "TP", "Hà Nội", ",", "xã"])))
def test_gazetteer_words_in_any_order_never_crash(words: list[str]) -> None:
    text = " ".join(words)
    assert all(text[m.start : m.end] == m.mention for m in find_agencies(text))
