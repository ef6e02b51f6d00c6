"""Language guess: Vietnamese with and without diacritics, English, others, too little text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.text.language import detect_language, is_vietnamese, is_vietnamese_syllable
from toancanh.text.normalize import fold_letters

VI = (
    "Chiều 21/3, tại Trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì cuộc họp với các bộ, "
    "ngành về tình hình thực hiện các dự án đầu tư công trọng điểm. Thủ tướng yêu cầu các "
    "bộ trưởng, chủ tịch UBND các tỉnh, thành phố phải đẩy nhanh tiến độ giải ngân vốn đầu "
    "tư công, tháo gỡ khó khăn, vướng mắc về giải phóng mặt bằng, bảo đảm chất lượng công "
    "trình và chống tham nhũng, lãng phí. Theo báo cáo của Bộ Kế hoạch và Đầu tư, đến hết "
    "tháng 2, cả nước đã giải ngân được khoảng 8% kế hoạch vốn được giao."
)
EN = (
    "The Prime Minister chaired a meeting with ministries on Tuesday to review progress on "
    "key public investment projects. He asked ministers and provincial leaders to speed up "
    "disbursement of public investment capital, remove obstacles related to site clearance, "
    "and ensure the quality of works while fighting corruption and waste."
)
FR = (
    "Le Premier ministre a présidé mardi une réunion avec les ministères pour examiner "
    "l'avancement des principaux projets d'investissement public. Il a demandé aux ministres "
    "et aux dirigeants provinciaux d'accélérer le décaissement des capitaux."
)
ZH = (
    "总理周二主持召开会议，听取各部委关于重点公共投资项目进展情况的汇报。"
    "他要求各部部长和各省领导加快公共投资资金拨付进度。"
)
INDONESIAN = (
    "Perdana Menteri memimpin rapat dengan kementerian pada hari Selasa untuk meninjau "
    "kemajuan proyek investasi publik utama dan meminta para menteri untuk mempercepat."
)


@pytest.mark.parametrize(
    "text",
    [
        VI,
        fold_letters(VI),  # typed without diacritics
        "chinh phu da ban hanh nghi dinh ve quan ly thue thu nhap ca nhan",
        "Thu tuong chi dao xu ly nghiem vu viec",
        "🔥🔥 Chính phủ ban hành nghị định mới về thuế 👍👍",
        "Bộ Y tế khuyến cáo người dân không hoảng loạn",
        VI.upper(),
    ],
)
def test_vietnamese(text: str) -> None:
    guess = detect_language(text)
    assert guess.code == "vi"
    assert guess.confidence >= 0.5
    assert is_vietnamese(text)


@pytest.mark.parametrize(
    "text", [EN, "The government issued a new decree on personal income tax this week"]
)
def test_english(text: str) -> None:
    assert detect_language(text).code == "en"
    assert not is_vietnamese(text)


def test_english_with_a_vietnamese_name_is_english() -> None:
    assert detect_language(EN + " Nguyễn Thị Ánh, Phạm Minh Chính said.").code == "en"


@pytest.mark.parametrize(
    "text",
    [FR, ZH, INDONESIAN, "Правительство Вьетнама приняло новое постановление о налогах"],
)
def test_other_languages(text: str) -> None:
    assert detect_language(text).code == "other"
    assert not is_vietnamese(text)


@pytest.mark.parametrize(
    "text", ["", "Chính phủ", "🔥👍🎉", "!!! ... ???", "12/3/2023 10:20", "  \n "]
)
def test_too_short_or_symbols_only_is_unknown(text: str) -> None:
    assert detect_language(text).code == "unknown"


def test_only_the_beginning_is_read() -> None:
    assert detect_language(VI + " " + EN * 50).code == "vi"


@given(st.text(max_size=2000))
def test_never_crashes(text: str) -> None:
    guess = detect_language(text)
    assert guess.code in ("vi", "en", "other", "unknown")
    assert 0.0 <= guess.confidence <= 1.0


@pytest.mark.parametrize(
    "word", ["người", "nguoi", "Việt", "nghiêng", "khuya", "quyền", "đường", "xoong", "oà"]
)
def test_vietnamese_syllables(word: str) -> None:
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["and", "strength", "élève", "vieät", "hßa", "àá", "", "123"])
def test_not_vietnamese_syllables(word: str) -> None:
    assert not is_vietnamese_syllable(word)
