"""Highlighting and snippets on real Vietnamese sentences, queried without diacritics."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.text.highlight import ELLIPSIS, Snippet, find_spans, snippet
from toancanh.watch.matching import positive_phrases
from toancanh.watch.query_parser import parse_query

SENTENCE = "Chính phủ ban hành Nghị định 62/2020/NĐ-CP về chính sách thuế xăng dầu."
ARTICLE = (
    "Sáng 12/3, Bộ Tài chính tổ chức họp báo thường kỳ. Đại diện Bộ cho biết tình hình "
    "thu ngân sách quý I khả quan, nhiều khoản thu tăng so với cùng kỳ năm trước. "
    "Về giá xăng dầu, liên Bộ Công Thương - Tài chính đã điều hành theo đúng lộ trình. "
    "Bộ Tài chính đang lấy ý kiến về dự thảo sửa đổi chính sách thuế bảo vệ môi trường "
    "đối với xăng dầu, dự kiến giảm thuế để hỗ trợ doanh nghiệp và người dân. "
    "Chuyển đổi số trong quản lý thuế cũng được đẩy mạnh, với hóa đơn điện tử bắt buộc."
)


def marked(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


def phrases(query: str) -> list[tuple[str, ...]]:
    return positive_phrases(parse_query(query))


def test_spans_point_at_the_display_text() -> None:
    spans = find_spans(SENTENCE, phrases('chinh sach "xang dau" 62/2020/nd-cp'))
    assert marked(SENTENCE, spans) == ["Chính", "62/2020/NĐ-CP", "chính", "sách", "xăng dầu"]


def test_whole_tokens_only() -> None:
    text = "Thuế thu nhập; thu ngân sách; thuê nhà"
    assert marked(text, find_spans(text, phrases("thu"))) == ["thu", "thu"]
    assert marked(text, find_spans(text, phrases("thue"))) == ["Thuế", "thuê"]


def test_prefix_phrases_highlight_whole_words() -> None:
    text = "Chuyển đổi số và chuyên gia; chuyển đội hình"
    assert marked(text, find_spans(text, phrases("chuyen*"))) == ["Chuyển", "chuyên", "chuyển"]
    assert marked(text, find_spans(text, phrases('"chuyen doi"*'))) == ["Chuyển đổi", "chuyển đội"]


def test_negated_terms_are_not_highlighted() -> None:
    text = "Giá xăng giảm, giá điện tăng"
    assert marked(text, find_spans(text, phrases("gia NOT dien"))) == ["Giá", "giá"]


def test_overlapping_phrases_merge() -> None:
    text = "giá xăng dầu tăng"
    assert find_spans(text, [("gia", "xang"), ("xang", "dau")]) == [(0, 12)]


def test_raw_words_with_diacritics_are_folded_too() -> None:
    assert marked(SENTENCE, find_spans(SENTENCE, [("Chính", "phủ")])) == ["Chính phủ"]
    assert find_spans(SENTENCE, [(), ("…",)]) == []
    assert find_spans("", [("a",)]) == []


def test_snippet_picks_the_densest_window() -> None:
    found = snippet(ARTICLE, phrases('"chinh sach thue" xang dau'), width=120)
    assert found.text.startswith(ELLIPSIS) and found.text.endswith(ELLIPSIS)
    shown = marked(found.text, found.highlights)
    assert "chính sách thuế" in shown and "xăng" in shown and "dầu" in shown
    assert len(found.text) <= 120 + 2
    for start, end in found.highlights:
        assert found.text[start:end].lower() in ARTICLE.lower()


def test_snippet_cuts_at_word_boundaries() -> None:
    found = snippet(ARTICLE, phrases("hoa don dien tu"), width=60)
    body = found.text.strip(ELLIPSIS)
    assert ARTICLE.endswith(body) or (" " + body + " ") in (" " + ARTICLE + " ")
    assert marked(found.text, found.highlights) == ["hóa", "đơn", "điện", "tử"]


def test_snippet_without_matches_is_the_start() -> None:
    found = snippet(ARTICLE, phrases("khong co"), width=50)
    assert found == Snippet("Sáng 12/3, Bộ Tài chính tổ chức họp báo thường kỳ.…", [])
    assert snippet("Ngắn gọn.", []) == Snippet("Ngắn gọn.", [])


def test_snippet_collapses_whitespace_and_shifts_highlights() -> None:
    found = snippet("Tin  nóng:\n\ngiá   xăng\ttăng", phrases("xang tang"))
    assert found.text == "Tin nóng: giá xăng tăng"
    assert marked(found.text, found.highlights) == ["xăng", "tăng"]


def test_a_match_longer_than_the_window_is_cut() -> None:
    text = "mở đầu " + "rất dài " * 40 + "kết thúc"
    found = snippet(text, [("rat", "dai") * 40], width=30)
    assert found.highlights and found.highlights[0][1] - found.highlights[0][0] <= 30


def test_a_text_without_spaces_is_cut_mid_word() -> None:
    found = snippet("https://baochinhphu.vn/" + "x" * 300, [("khong",)], width=40)
    assert found.text == "https://baochinhphu.vn/" + "x" * 17 + ELLIPSIS


def test_bad_width_is_a_clear_error() -> None:
    try:
        snippet("abc", [], width=0)
    except ValueError as error:
        assert "width" in str(error)
    else:
        raise AssertionError("width 0 accepted")


words = st.sampled_from(["Chính", "sách", "thuế", "xăng", "dầu", "giá", "NĐ-CP", "tăng", "đ"])
seps = st.sampled_from([" ", ", ", ".\n", " – ", "  "])
texts = st.lists(st.tuples(words, seps), max_size=80).map(lambda p: "".join(a + b for a, b in p))
phrase = st.lists(st.sampled_from(["chinh", "sach", "thue", "gia", "xa*"]), min_size=1, max_size=2)


@settings(max_examples=150)
@given(texts, st.lists(phrase, max_size=3), st.integers(1, 300))
def test_snippet_highlights_are_real_matches(text: str, query: list[list[str]], width: int) -> None:
    found = snippet(text, query, width=width)
    assert len(found.text) <= width + 2 * len(ELLIPSIS)
    assert found.text.strip(ELLIPSIS) or not text.strip()
    spans = find_spans(text, query)
    whole = {unicodedata.normalize("NFC", text[s:e]) for s, e in spans}
    for start, end in found.highlights:
        assert 0 <= start < end <= len(found.text)
        piece = found.text[start:end]
        assert any(piece in " ".join(w.split()) for w in whole)
    if spans and width >= max(e - s for s, e in spans):
        assert found.highlights  # the best window always shows at least one match
