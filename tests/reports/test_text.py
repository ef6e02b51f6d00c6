"""The text helpers every renderer shares: scraped text made safe, the Decree 30 lines."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from toancanh.reports.model import Signature
from toancanh.reports.text import (
    clean_text,
    date_line,
    number_line,
    safe_link,
    signature_lines,
)

UNSAFE = {*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), 0xFFFE, 0xFFFF}
UNSAFE |= {*range(0xD800, 0xE000), *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


@given(st.text())
def test_clean_text_is_nfc_safe_and_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not {ord(c) for c in cleaned} & UNSAFE
    assert "\t" not in cleaned
    assert clean_text(cleaned) == cleaned
    cleaned.encode("utf-8")  # no lone surrogate left to break a file


def test_clean_text_composes_vietnamese_and_keeps_lines() -> None:
    scraped = "Vie\u0302\u0323t Nam\x00\r\nHa\u0300 No\u0302\u0323i\x1b"
    assert clean_text(scraped) == "Việt Nam\nHà Nội"


def test_date_line_pads_days_below_ten_and_only_months_one_and_two() -> None:
    # Decree 30, Appendix I, II.4.b, and its own examples.
    assert date_line("Hà Nội", date(2020, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert date_line("Hà Nội", date(2020, 2, 29)) == "Hà Nội, ngày 29 tháng 02 năm 2020"
    assert date_line("Thành phố Hồ Chí Minh", date(2019, 6, 29)) == (
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019"
    )
    assert date_line("Hà Nội", date(2026, 12, 7)) == "Hà Nội, ngày 07 tháng 12 năm 2026"


def test_number_line() -> None:
    assert number_line("5", "bc-vtt") == "Số: 05/BC-VTT"
    assert number_line("123", "BC-VTT") == "Số: 123/BC-VTT"
    assert number_line(None, "BC-VTT") == "Số:      /BC-VTT"


def test_safe_link_keeps_web_and_dashboard_links_only() -> None:
    assert safe_link("https://moh.gov.vn/a?b=1") == "https://moh.gov.vn/a?b=1"
    assert safe_link("/articles/5") == "/articles/5"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:x", "data:text/html,x", "//evil.example", ""):
        assert safe_link(bad) is None


def test_signature_lines() -> None:
    assert signature_lines(Signature(title="Vụ trưởng", authority="KT.")) == ["KT. VỤ TRƯỞNG"]
    assert signature_lines(Signature(title="Phó Vụ trưởng", authority="KT. Vụ trưởng")) == [
        "KT. VỤ TRƯỞNG",
        "PHÓ VỤ TRƯỞNG",
    ]
    assert signature_lines(Signature(title="Vụ trưởng")) == ["VỤ TRƯỞNG"]
