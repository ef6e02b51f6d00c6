"""Bytes to text: BOM, header, meta, sniffing, wrong labels, and mojibake repair."""

from __future__ import annotations

import codecs
import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toancanh.text.encoding import decode_html, decode_text, repair_mojibake
from toancanh.text.normalize import display_form

VI = (
    "Thủ tướng Chính phủ yêu cầu các bộ, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư "
    "công; người dân được hưởng lợi từ chính sách mới. Việt Nam, Đà Nẵng, Huế."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def page(body_text: str, head: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>Tin</title></head>"
        f"<body><p>{body_text}</p></body></html>"
    )


def cp1258(text: str) -> bytes:
    """Encode as windows-1258 does: base letter, then the tone as a combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in TONES)
        bare = decomposed.translate({ord(t): None for t in TONES})
        out.append(unicodedata.normalize("NFC", bare) + tone)
    return "".join(out).encode("cp1258")


def as_windows_1252(data: bytes) -> str:
    """What a windows-1252 reader shows (undefined bytes as latin-1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def test_utf8_with_meta_charset() -> None:
    result = decode_html(page(VI, '<meta charset="utf-8">').encode())
    assert VI in result.text
    assert (result.encoding, result.source) == ("utf-8", "meta")


def test_header_charset_comes_before_meta() -> None:
    body = page(VI, '<meta charset="windows-1258">').encode()
    result = decode_html(body, "UTF-8")
    assert VI in result.text
    assert result.source == "header"


def test_windows_1258_from_meta_is_recomposed_to_nfc() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
    body = cp1258(page(VI, meta))
    result = decode_html(body)
    assert VI in result.text
    assert unicodedata.is_normalized("NFC", result.text)
    assert (result.encoding, result.source) == ("windows-1258", "meta")


def test_windows_1258_without_any_label_is_sniffed() -> None:
    result = decode_html(cp1258(page(VI)))
    assert VI in result.text
    assert (result.encoding, result.source) == ("windows-1258", "sniffed")


@pytest.mark.parametrize("label", ["iso-8859-1", "latin1", "windows-1252", "us-ascii"])
def test_utf8_page_mislabelled_as_western_is_read_as_utf8(label: str) -> None:
    result = decode_html(page(VI).encode(), label)
    assert VI in result.text
    assert (result.encoding, result.source) == ("utf-8", "sniffed")


def test_utf8_page_with_wrong_meta_is_read_as_utf8() -> None:
    result = decode_html(page(VI, '<meta charset="iso-8859-1">').encode())
    assert VI in result.text


def test_real_western_page_keeps_its_label() -> None:
    french = "Le Premier ministre a présidé une réunion à Hà Nội — « coûts »"
    body = page(french.replace("Hà Nội", "Hanoi")).encode("cp1252")
    result = decode_html(body, "iso-8859-1")
    assert "présidé une réunion" in result.text
    assert "— « coûts »" in result.text  # 0x97 and 0xAB as browsers show them
    assert result.encoding == "windows-1252"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8", "utf-32-le"])
def test_byte_order_mark_wins(codec: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-8": codecs.BOM_UTF8,
        "utf-32-le": codecs.BOM_UTF32_LE,
    }[codec]
    result = decode_html(bom + page(VI).encode(codec), "iso-8859-1")
    assert result.source == "bom"
    assert result.text.startswith("<!doctype html>")  # no BOM character left
    assert VI in result.text


@pytest.mark.parametrize(
    "label", ["x-garbage", "base64", "rot13", "utf-7", "", "  ", "'\"", "a" * 300]
)
def test_unknown_or_unsafe_labels_are_ignored(label: str) -> None:
    result = decode_html(page(VI, '<meta charset="utf-8">').encode(), label)
    assert VI in result.text
    assert result.source == "meta"


def test_garbage_meta_and_no_header_falls_back_to_sniffing() -> None:
    result = decode_html(page(VI, '<meta charset="no-such-thing">').encode())
    assert VI in result.text
    assert (result.encoding, result.source) == ("utf-8", "sniffed")


def test_no_charset_at_all() -> None:
    result = decode_html(page(VI).encode())
    assert VI in result.text
    assert result.source == "sniffed"


def test_xml_declaration_counts_as_meta() -> None:
    body = cp1258(f'<?xml version="1.0" encoding="windows-1258"?><rss><title>{VI}</title></rss>')
    result = decode_html(body)
    assert VI in result.text
    assert result.source == "meta"


def test_declared_utf8_with_a_few_bad_bytes_stays_utf8() -> None:
    body = page(VI).encode() + b"\xff"
    result = decode_html(body, "utf-8")
    assert VI in result.text
    assert result.encoding == "utf-8"


def test_declared_utf8_that_is_really_windows_1258() -> None:
    result = decode_html(cp1258(page(VI * 3)), "utf-8")
    assert VI in result.text
    assert result.encoding == "windows-1258"


@given(st.binary(max_size=2000), st.one_of(st.none(), st.text(max_size=20)))
def test_decode_html_never_raises_and_is_consistent(body: bytes, label: str | None) -> None:
    result = decode_html(body, label)
    codecs.lookup(result.encoding)  # a usable codec name
    assert result.text == display_form(body.decode(result.encoding, errors="replace"))


@given(st.binary(max_size=2000))
def test_decode_text_never_raises(body: bytes) -> None:
    result = decode_text(body)
    codecs.lookup(result.encoding)
    assert result.text == display_form(body.decode(result.encoding, errors="replace"))


@given(st.text(alphabet=st.sampled_from(list(VI)), min_size=1, max_size=200))
def test_utf8_round_trip(text: str) -> None:
    assert decode_html(text.encode()).text == display_form(text)
    assert decode_text(text.encode()).text == display_form(text)


def test_decode_text_windows_1258() -> None:
    result = decode_text(cp1258(VI))
    assert (result.text, result.encoding) == (VI, "windows-1258")


def test_decode_text_utf16_without_bom() -> None:
    assert decode_text(VI.encode("utf-16-le")).text == VI
    assert decode_text(VI.encode("utf-16-be")).text == VI


def test_decode_text_tolerates_a_character_cut_at_the_end() -> None:
    head = ("tiêu đề,nội dung\n" + VI).encode()
    cut = head[: head.rindex("Huế".encode()) + 2]  # inside the three bytes of "ế"
    assert decode_text(cut).encoding == "utf-8"


def test_decode_text_encoding_reopens_a_stream_without_the_bom() -> None:
    body = codecs.BOM_UTF8 + "tiêu đề,nội dung\n".encode()
    encoding = decode_text(body).encoding
    assert io.TextIOWrapper(io.BytesIO(body), encoding=encoding).read() == "tiêu đề,nội dung\n"


def test_repair_mojibake_examples() -> None:
    assert repair_mojibake("Viá»‡t Nam") == "Việt Nam"
    assert repair_mojibake("Chính phá»§ vÃ  ngÆ°á»\x9di dÃ¢n") == "Chính phủ và người dân"
    # The no-break space of "à" became a space; the 0x90 of "Đ" was dropped as a control.
    assert repair_mojibake("vÃ  thá»‹ trÆ°á»\x9dng") == "và thị trường"
    assert repair_mojibake("Äà Náºµng") == "Đà Nẵng"


VIETNAMESE_ONLY = "ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ"


@given(st.text(alphabet=st.sampled_from(list(VI)), min_size=1, max_size=200))
def test_repair_mojibake_round_trip(text: str) -> None:
    garbled = as_windows_1252(text.encode())
    accented = sum(1 for ch in text if not ch.isascii())
    vietnamese_only = sum(1 for ch in text if ch in VIETNAMESE_ONLY)
    if vietnamese_only and vietnamese_only * 10 >= accented:  # what reads as Vietnamese
        assert repair_mojibake(garbled) == display_form(text)


@given(st.text(alphabet=st.sampled_from(sorted(set(VI))), max_size=200))
def test_repair_mojibake_leaves_good_vietnamese_alone(text: str) -> None:
    assert repair_mojibake(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "cafÃ© au lait",
        "Ã©tÃ© Ã  Paris",
        "Price: 5Â£",
        "plain ascii",
        "Ô“quoted”",
        "Ärger über Äpfel",
        "",
    ],
)
def test_repair_mojibake_is_conservative(text: str) -> None:
    assert repair_mojibake(text) == text


@given(st.text())
def test_repair_mojibake_never_raises(text: str) -> None:
    assert isinstance(repair_mojibake(text), str)
