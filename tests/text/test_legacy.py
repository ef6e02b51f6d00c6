"""Legacy font encodings: VNI and TCVN3 text converts back; anything else is left alone."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.text.legacy import convert_legacy, from_tcvn3, from_vni, to_tcvn3, to_vni

PASSAGE = (
    "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Người dân được "
    "hưởng lợi từ chính sách mới của Chính phủ về thuế thu nhập cá nhân."
)
VOCABULARY = """người dân được hưởng lợi từ chính sách mới của Chính phủ về thuế thu nhập
    cá nhân quyết định ban hành nghị định Thủ tướng yêu cầu các bộ ngành địa phương khẩn
    trương triển khai thực hiện Việt Nam Hà Nội Đà Nẵng Huế kinh tế xã hội phát triển bền
    vững giáo dục y tế chuyển đổi số đường bộ cao tốc Bắc Nam ưu tiên đầu tư"""
WORDS = VOCABULARY.split()
sentences = st.lists(st.sampled_from(WORDS), min_size=4, max_size=25).map(" ".join)


def test_vni_passage() -> None:
    encoded = to_vni(PASSAGE)
    assert encoded.startswith("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    assert convert_legacy(encoded) == PASSAGE


def test_tcvn3_passage() -> None:
    encoded = to_tcvn3(PASSAGE)
    assert encoded.startswith("Céng hßa x· héi chñ nghÜa ViÖt Nam")
    assert convert_legacy(encoded) == PASSAGE


def test_tcvn3_capitals_are_restored_for_all_capital_words() -> None:
    assert from_tcvn3(to_tcvn3("CỘNG HÒA XÃ HỘI")) == "CỘNG HÒA Xã HỘI"  # "X·": one letter


def test_vni_capitals() -> None:
    assert from_vni(to_vni("VIỆT NAM ĐẤT NƯỚC ƯU TIÊN")) == "VIỆT NAM ĐẤT NƯỚC ƯU TIÊN"


@given(sentences)
def test_vni_round_trip(text: str) -> None:
    assert from_vni(to_vni(text)) == text
    assert convert_legacy(to_vni(text)) in (text, None)  # None: too few changed words


@given(sentences)
def test_tcvn3_round_trip_of_lowercase_text(text: str) -> None:
    text = text.lower()
    assert from_tcvn3(to_tcvn3(text)) == text
    assert convert_legacy(to_tcvn3(text)) in (text, None)


def test_long_enough_passages_are_detected() -> None:
    text = " ".join(WORDS[:20]).lower()
    assert convert_legacy(to_vni(text)) == text
    assert convert_legacy(to_tcvn3(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        PASSAGE,  # already Unicode
        "plain ascii text",
        "Le Premier ministre a présidé une réunion à côté de l'élève",
        "Müller und Größe: Straße in Köln, Übung macht den Meister",
        "España mañana niño señor",
        "Xin chào cô, các anh",  # Unicode Vietnamese that fits windows-1252
        "Nguyễn Văn A",
        "",
    ],
)
def test_not_legacy_text(text: str) -> None:
    assert convert_legacy(text) is None


@given(st.text(max_size=300))
def test_never_crashes(text: str) -> None:
    result = convert_legacy(text)
    assert result is None or isinstance(result, str)


def test_detection_rate_on_random_passages() -> None:
    rng = random.Random(7)
    passages = [" ".join(rng.choices(WORDS, k=rng.randint(8, 25))).lower() for _ in range(200)]
    for encode in (to_vni, to_tcvn3):
        results = [convert_legacy(encode(text)) for text in passages]
        assert sum(r == t for r, t in zip(results, passages, strict=True)) >= 190
        assert all(r in (t, None) for r, t in zip(results, passages, strict=True))  # no wrong
