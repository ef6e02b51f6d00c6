"""The three text forms: idempotent, aligned, and blind to how the marks were typed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.text.normalize import (
    display_form,
    fold_letters,
    match_form,
    search_form,
    search_tokens,
    unify_tone_placement,
)

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE_LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | set("bcdđghklmnpqrstvx")
)
# Words and text made of Vietnamese letters, both cases, so the tone rule is exercised.
vietnamese_words = st.text(
    alphabet=st.sampled_from(VIETNAMESE_LETTERS + [c.upper() for c in VIETNAMESE_LETTERS]),
    min_size=1,
    max_size=8,
)
vietnamese_text = st.lists(vietnamese_words, max_size=12).map(" ".join)
any_text = st.text()  # hypothesis leaves out lone surrogates, which no decoder produces


def cp1258_style(text: str) -> str:
    """Split each tone mark off its letter, as windows-1258 writes Vietnamese."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in TONES[1:])
        bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES[1:]))
        out.append(bare + tone)
    return "".join(out)


@given(st.one_of(any_text, vietnamese_text))
def test_forms_are_idempotent(text: str) -> None:
    assert display_form(display_form(text)) == display_form(text)
    assert match_form(match_form(text)) == match_form(text)
    assert search_form(search_form(text)) == search_form(text)


@given(st.one_of(any_text, vietnamese_text))
def test_search_form_is_aligned_with_display_form(text: str) -> None:
    assert len(search_form(text)) == len(display_form(text))


@given(any_text)
def test_fold_letters_keeps_length(text: str) -> None:
    assert len(fold_letters(text)) == len(text)


@given(vietnamese_text)
def test_decomposed_input_has_the_same_match_form(text: str) -> None:
    expected = match_form(text)
    assert match_form(unicodedata.normalize("NFD", text)) == expected
    assert match_form(cp1258_style(text)) == expected
    assert search_form(unicodedata.normalize("NFD", text)) == search_form(text)


@given(vietnamese_text)
def test_display_form_is_nfc(text: str) -> None:
    shown = display_form(unicodedata.normalize("NFD", text))
    assert unicodedata.is_normalized("NFC", shown)


@pytest.mark.parametrize(
    ("new_style", "old_style"),
    [
        ("hoà", "hòa"),
        ("khoẻ", "khỏe"),
        ("thuý", "thúy"),
        ("uỷ ban", "ủy ban"),
        ("tuỳ", "tùy"),
        ("Hoà Bình", "Hòa Bình"),
        ("HOÀ", "HÒA"),
        ("KHOẺ", "KHỎE"),
        ("THUÝ", "THÚY"),
    ],
)
def test_two_tone_placements_give_one_match_form(new_style: str, old_style: str) -> None:
    assert match_form(new_style) == match_form(old_style)
    assert match_form(new_style) == old_style.lower()


@pytest.mark.parametrize("word", ["quý", "hoàn", "thuyền", "quỳnh", "khoáng", "toán", "hòa"])
def test_other_syllables_keep_their_tone_placement(word: str) -> None:
    assert unify_tone_placement(word) == word
    assert match_form(word) == word


def test_foreign_word_with_several_accents_is_left_alone() -> None:
    assert unify_tone_placement("àoá") == "àoá"


def test_match_form_collapses_whitespace_and_lowercases() -> None:
    assert match_form("  Chính   phủ\n\tBAN hành ") == "chính phủ ban hành"


def test_search_form_drops_marks_and_punctuation() -> None:
    assert search_form("Đà Nẵng, Việt Nam!") == "da nang  viet nam "
    assert search_tokens("Nghị định 62/2020/NĐ-CP") == ["nghi", "dinh", "62", "2020", "nd", "cp"]


def test_fold_letters_keeps_punctuation() -> None:
    assert fold_letters("Thứ Ba, 21/03/2023 (GMT+7)") == "thu ba, 21/03/2023 (gmt+7)"


def test_display_form_line_breaks_and_controls() -> None:
    assert display_form("một\r\nhai\rba\x0cbốn") == "một\nhai\nba\nbốn"
    assert display_form("a\x00b\tc\x7f") == "ab\tc"
    # A control between a letter and its mark must not block composition.
    assert display_form("e\x00\u0301") == "é"
