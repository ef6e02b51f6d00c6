"""The PDF report: opened with pypdf as a reader's tool would, checked for the Decree 30
elements, its Vietnamese text (compared in NFC), embedded fonts, and hostile input."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from report_samples import ALL_TONES, OUTLETS, SECTIONS, TITLE, heading, report
from toancanh.reports.model import MOTTO, NATIONAL_TITLE, Paragraph, Report, Section, Table
from toancanh.reports.pdf import render_pdf

MM = 72 / 25.4


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def pages_text(data: bytes) -> list[str]:
    return [fold(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def placed_text(page: Any) -> list[tuple[float, float, str]]:
    """(x mm from the left, y mm from the top, text) of each text run on a page."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x / MM, 297 - y / MM, text.strip()))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_pdf(report(table_rows=60))


def test_long_report_has_every_part_in_vietnamese(long_pdf: bytes) -> None:
    pages = pages_text(long_pdf)
    assert len(pages) > 1
    text = " ".join(pages)
    for expected in (
        NATIONAL_TITLE,
        MOTTO,
        "BỘ Y TẾ",
        "Số: /BC-VTT",  # the number left blank for the clerk
        "Hà Nội, ngày 07 tháng 12 năm 2026",
        "BÁO CÁO",
        TITLE,
        fold(ALL_TONES),
        "Tỷ lệ tin tiêu cực tăng mạnh. (tiêu cực)",
        "- Thông cáo báo chí về giá dịch vụ khám bệnh.",
        "Nơi nhận:",
        "- Lưu: VT, VTT.",
        "KT. VỤ TRƯỞNG",
        "Nguyễn Thị Hồng Hạnh",
    ):
        assert expected in text, expected
    positions = [text.index(f"{n}. {name}") for n, name in enumerate(SECTIONS, start=1)]
    assert positions == sorted(positions)
    assert text.index(TITLE) < positions[0] < positions[-1] < text.index("Nơi nhận:")
    for cell in (*OUTLETS, "1.234", "74.040"):  # 60 × 1234 is on the last table page
        assert cell in text


def test_number_and_date_stand_on_one_line_under_the_two_heading_columns(
    long_pdf: bytes,
) -> None:
    runs = placed_text(pypdf.PdfReader(io.BytesIO(long_pdf)).pages[0])
    where = {fold(text): (x, y) for x, y, text in runs}
    number, date_line = where["Số: /BC-VTT"], where["Hà Nội, ngày 07 tháng 12 năm 2026"]
    assert abs(number[1] - date_line[1]) < 0.5 and number[0] < 100 < date_line[0]
    assert where[NATIONAL_TITLE][1] < where[MOTTO][1] < date_line[1]
    assert where["BỘ Y TẾ"][0] < 100 < where[NATIONAL_TITLE][0]


def test_table_header_repeats_on_the_next_page(long_pdf: bytes) -> None:
    pages = pages_text(long_pdf)
    continued = [p for p in pages[1:] if "Báo Nhân Dân" in p]
    assert continued
    for page in continued:
        assert "STT Tiêu đề Cơ quan báo chí Lượt chia sẻ" in page


def test_page_numbers_centred_on_top_from_page_two(long_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(long_pdf))
    assert not [run for run in placed_text(reader.pages[0]) if run[1] < 20]
    for number, page in enumerate(reader.pages[1:], start=2):
        top = [run for run in placed_text(page) if run[1] < 20]
        assert [text for _, _, text in top] == [str(number)]
        assert abs(top[0][0] - (30 + 165 / 2)) < 3  # centred on the text column


def test_fonts_are_liberation_serif_embedded(long_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(long_pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
            names.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"LiberationSerif", "LiberationSerifBold", "LiberationSerifItalic"} <= names


def test_metadata_link_and_page_size(long_pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(long_pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == f"BÁO CÁO {TITLE}"
    assert reader.metadata.author == "Vụ Truyền thông và Thi đua, khen thưởng"
    assert reader.trailer["/Root"]["/Lang"] == "vi"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
    ]
    assert "https://moh.gov.vn/tin-tuc/chi-dao" in uris


def test_a_number_is_shown_with_its_leading_zero() -> None:
    base = report(table_rows=1)
    numbered = Report(kind="digest", heading=heading(number="5"), sections=base.sections)
    assert "Số: 05/BC-VTT" in pages_text(render_pdf(numbered))[0]


def test_hostile_scraped_text_is_shown_not_dropped() -> None:
    hostile = "Tin nóng 😀 中文標題 \x00\x07\u202e ý kiến e\u0301 <b>"
    data = render_pdf(report(table_rows=2, title=hostile, paragraph=hostile))
    text = " ".join(pages_text(data))
    assert "Tin nóng" in text and "ý kiến é <b>" in text
    assert "??" in text  # the CJK letters no shipped font has are shown, not lost
    assert "\x00" not in text and "\u202e" not in text
    fonts = pypdf.PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/Font"].values()
    assert any("DejaVuSans" in str(font.get_object()["/BaseFont"]) for font in fonts)  # the 😀


VIETNAMESE = "Người dân đồng tình với chính sách"
# Any character, with emoji, CJK, controls, bidi overrides and lone marks drawn often.
ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from("😀🇻🇳中文標題\x00\x1b\u202e\u0301\ufe0f")),
    max_size=40,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=ANY_TEXT, paragraph=ANY_TEXT, cell=ANY_TEXT)
def test_any_text_renders_and_the_vietnamese_part_reads_back(
    title: str, paragraph: str, cell: str
) -> None:
    data = render_pdf(
        Report(
            kind="briefing",
            heading=heading(title=f"{VIETNAMESE} {title}"),
            sections=(
                Section(
                    "Diễn biến",
                    (
                        Paragraph(f"{paragraph} {VIETNAMESE} {paragraph}"),
                        Table(columns=("Nội dung",), rows=((f"{cell} {VIETNAMESE}",),)),
                    ),
                ),
            ),
        )
    )
    assert " ".join(pages_text(data)).count(VIETNAMESE) >= 3


def test_render_dispatches_to_the_pdf_and_html_renderers() -> None:
    from toancanh.reports.render import render

    small = report(table_rows=1)
    assert render(small, "pdf").startswith(b"%PDF-")
    assert render(small, "html").decode("utf-8").startswith("<!DOCTYPE html>")
