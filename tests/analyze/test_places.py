"""Provincial units: the 2025 merger, short forms, and names that are ordinary words."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.places import find_places, lookup_place, place_gazetteer

# Resolution 202/2025/QH15, written here independently of the gazetteer file.
MERGERS = {
    "Tuyên Quang": ["Hà Giang"],
    "Lào Cai": ["Yên Bái"],
    "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Giang"],
    "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"],
    "Ninh Bình": ["Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"],
    "Quảng Ngãi": ["Kon Tum"],
    "Gia Lai": ["Bình Định"],
    "Khánh Hòa": ["Ninh Thuận"],
    "Lâm Đồng": ["Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Phú Yên"],
    "TP.HCM": ["Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Bình Phước"],
    "Tây Ninh": ["Long An"],
    "Cần Thơ": ["Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Tiền Giang"],
    "Cà Mau": ["Bạc Liêu"],
    "An Giang": ["Kiên Giang"],
}
UNCHANGED = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh"]
UNCHANGED += ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"]


def test_the_gazetteer_has_63_old_and_34_current_units() -> None:
    places = place_gazetteer().places
    current = [p for p in places if p.valid_to is None]
    before_july = [p for p in places if p.valid_to in (None, "2025-06-30") and not p.valid_from]
    assert len(current) == 34
    assert sum(p.level == "city" for p in current) == 6
    # In force on 30 June 2025: 62 that started before the scope of the file + Huế city.
    assert len(before_july) + 1 == 63


@pytest.mark.parametrize(("new", "olds"), MERGERS.items())
def test_each_merged_unit_maps_to_its_successor(new: str, olds: list[str]) -> None:
    successor = lookup_place(new)
    assert successor is not None and successor.valid_from == "2025-07-01"
    for old in olds:
        place = lookup_place(old)
        assert place is not None and place.valid_to == "2025-06-30"
        assert place.current == successor.name


@pytest.mark.parametrize("name", UNCHANGED)
def test_unchanged_units_are_their_own_current(name: str) -> None:
    place = lookup_place(name)
    assert place is not None and place.current == place.name and place.valid_to is None


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("binh duong", "Tỉnh Bình Dương"),
        ("Tỉnh Bình Dương", "Tỉnh Bình Dương"),
        ("tp.hcm", "Thành phố Hồ Chí Minh"),
        ("TP HCM", "Thành phố Hồ Chí Minh"),
        ("Sài Gòn", "Thành phố Hồ Chí Minh"),
        ("TT-Huế", "Tỉnh Thừa Thiên Huế"),
        ("BR-VT", "Tỉnh Bà Rịa - Vũng Tàu"),
        ("Khánh Hoà", "Tỉnh Khánh Hòa"),
        ("thanh pho can tho", "Thành phố Cần Thơ"),
    ],
)
def test_lookup_accepts_what_users_type(typed: str, name: str) -> None:
    place = lookup_place(typed)
    assert place is not None and place.name == name


def test_lookup_of_an_unknown_name_is_none() -> None:
    assert lookup_place("Atlantis") is None
    assert lookup_place("") is None


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.current) for m in find_places(text)]


def test_old_names_link_to_the_current_unit_with_spans() -> None:
    text = "UBND tỉnh Bình Dương làm việc với TP.HCM về Bà Rịa – Vũng Tàu."
    found = find_places(text)
    assert [m.mention for m in found] == ["Bình Dương", "TP.HCM", "Bà Rịa – Vũng Tàu"]
    assert all(m.current == "Thành phố Hồ Chí Minh" for m in found)
    assert all(text[m.start : m.end] == m.mention for m in found)
    assert found[0].level == "province" and found[1].level == "city"


@pytest.mark.parametrize(
    "text",
    [
        "Hòa bình là khát vọng của nhân loại.",
        "Cuộc sống thái bình đã trở lại.",
        "Triều đình đem quân bình định phương Nam.",
        "Tòa nhà cao bằng 20 tầng.",
        "Nhà hàng trên phố Huế rất đông khách.",
        "Khu đô thị dọc bờ sông Sài Gòn.",
        "Tàu thuyền trên Thái Bình Dương cần tránh bão.",
        "Chiến thắng Điện Biên Phủ chấn động địa cầu.",
        "Cầu thủ Nguyễn Thái Bình ghi bàn.",
        "Anh Thái Bình cho biết nước lên nhanh.",
        "Xã Hòa Bình vừa đạt chuẩn nông thôn mới.",
        "HÒA BÌNH VÀ HỢP TÁC LÀ XU THẾ CHUNG",
        "May xay sinh to da nang gia re.",
        "Can ho co hai phong ngu.",
        "Tư tưởng Hồ Chí Minh soi đường.",
        "Nam định đi làm thêm.",
        "Báo Sài Gòn Giải Phóng ra số đặc biệt.",
    ],
)
def test_ordinary_words_streets_and_names_are_not_places(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Nông dân Thái Bình được mùa.", "Thái Bình"),
        ("Thời tiết tại Hoà Bình chuyển rét.", "Hoà Bình"),
        ("Người dân tỉnh hà giang đón tết.", "hà giang"),
        ("Nguoi dan ha noi don Tet.", "ha noi"),
        ("Du khach den Da Nang tang manh.", "Da Nang"),
        ("Ngập ở TP. Hồ Chí Minh sau mưa.", "TP. Hồ Chí Minh"),
        ("Hội nghị tại thành phố Thanh Hoá.", "Thanh Hoá"),
        ("Tỉnh Quảng Nam - Đà Nẵng cũ.", "Quảng Nam - Đà Nẵng"),
        ("HÀ NỘI VÀO MÙA THU", "HÀ NỘI"),
    ],
)
def test_names_with_capitals_cues_or_no_diacritics_are_found(text: str, mention: str) -> None:
    assert [m for m, _ in _found(text)] == [mention]


def test_a_comma_separates_two_units() -> None:
    assert [m for m, _ in _found("Quảng Nam, Đà Nẵng và Huế")] == ["Quảng Nam", "Đà Nẵng", "Huế"]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_ordered_non_overlapping_spans(text: str) -> None:
    found = find_places(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.mention
    assert all(a.end <= b.start for a, b in pairwise(found))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Hà Nội", "tỉnh", "Bình Dương", ",", "và", "TP.HCM", "hòa"])))
def test_gazetteer_words_in_any_order_never_crash(words: list[str]) -> None:
    text = " ".join(words)
    assert all(text[m.start : m.end] == m.mention for m in find_places(text))
