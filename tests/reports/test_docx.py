"""The Word report as its reader sees it: opened with python-docx, checked for the Decree 30
layout (page, margins, fonts, heading block, number and date, recipients, signature, page
numbers) and for the report's content, whatever text a scraped title carries."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toancanh.reports.docx as docx_renderer
from toancanh.reports.docx import render_docx
from toancanh.reports.model import (
    MOTTO,
    NATIONAL_TITLE,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Section,
    Series,
    Signature,
    Table,
)
from toancanh.reports.text import clean_text, date_line

HEADING = Heading(
    unit="Vụ Truyền thông",
    parent_unit="Bộ Y tế",
    issued=date(2026, 12, 7),
    place="Hà Nội",
    symbol="BC-VTT",
    kind_name="Báo cáo",
    title="Điểm tin báo chí ngày 07/12/2026",
)
CHART = Chart(
    title="Số bài về Luật Phòng, chống tác hại của thuốc lá",
    labels=("01/12", "02/12", "03/12", "04/12"),
    series=(Series("Số bài", (12, 30, None, 18)), Series("Dự báo", (10, 14, 16, 17), dashed=True)),
)
TABLE = Table(
    columns=("Chính sách", "Số bài", "Tiêu cực"),
    rows=(("Thuốc lá", "1.234", "12,5%"), ("Rượu bia", "56", "3,0%")),
    numeric=(False, True, True),
    caption="Bảng 1. Số bài theo chính sách",
)
REPORT = Report(
    kind="digest",
    heading=HEADING,
    summary="Trong ngày có 1.290 bài viết về các chính sách của Bộ.",
    sections=(
        Section(
            "Tin chính",
            (
                Paragraph(
                    "Đề xuất tăng thuế thuốc lá 🚭",
                    link="https://vnexpress.net/a-1.html",
                    tone="negative",
                ),
                BulletList(
                    (
                        Paragraph("Báo Tuổi Trẻ, 07:30", tone="neutral"),
                        Paragraph("Báo Nhân Dân, 08:10"),
                    )
                ),
            ),
        ),
        Section("Số liệu", (TABLE, CHART)),
        Section("Cần xử lý", (Paragraph("Hai cảnh báo đang mở.", emphasis="bold"),)),
    ),
    recipients=("Bộ trưởng (để b/c);", "Lưu: VT, VTT."),
    signature=Signature(title="Phó Vụ trưởng", name="Nguyễn Văn An", authority="KT. Vụ trưởng"),
)


@pytest.fixture(scope="module")
def fast_charts() -> Iterator[None]:
    """Charts are drawn once per module: the property test renders many reports."""
    png = docx_renderer.chart_png(CHART)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docx_renderer, "chart_png", lambda chart: png)
        yield


@pytest.fixture(scope="module")
def word(fast_charts: None) -> Document:
    return docx.Document(io.BytesIO(render_docx(REPORT)))


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs]


def cell_texts(table: docx.table.Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_a4_page_with_the_decree_margins(word: Document) -> None:
    section = word.sections[0]
    sizes = (section.page_width, section.page_height)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(length.mm) for length in sizes] == [210, 297]  # Word keeps twips
    assert [round(length.mm, 1) for length in margins] == [20, 20, 30, 15]


def test_times_new_roman_14_pt_in_every_font_slot(word: Document) -> None:
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    fonts = normal.element.rPr.rFonts
    slots = ("ascii", "hAnsi", "eastAsia", "cs")
    assert {fonts.get(docx.oxml.ns.qn(f"w:{slot}")) for slot in slots} == {"Times New Roman"}


def test_heading_block_units_national_title_number_and_date(word: Document) -> None:
    heading = word.tables[0]
    left, right = heading.rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == ["BỘ Y TẾ", "VỤ TRUYỀN THÔNG"]
    assert [bool(p.runs[0].bold) for p in left.paragraphs if p.text] == [False, True]
    national = [p for p in right.paragraphs if p.text]
    assert [p.text for p in national] == [NATIONAL_TITLE, MOTTO]
    assert all(p.runs[0].bold for p in national)
    number, when = heading.rows[1].cells
    assert number.text == "Số:      /BC-VTT"
    assert when.text == "Hà Nội, ngày 07 tháng 12 năm 2026"
    assert when.paragraphs[0].runs[0].italic


def test_number_and_date_follow_the_decree() -> None:
    numbered = Report(
        kind="digest", heading=Heading(**{**HEADING.__dict__, "number": "5"}), sections=()
    )
    table = docx.Document(io.BytesIO(render_docx(numbered))).tables[0]
    assert table.rows[1].cells[0].text == "Số: 05/BC-VTT"
    assert date_line("Huế", date(2027, 2, 3)) == "Huế, ngày 03 tháng 02 năm 2027"
    assert date_line("Huế", date(2027, 3, 15)) == "Huế, ngày 15 tháng 3 năm 2027"


def test_kind_title_and_sections_in_order(word: Document) -> None:
    lines = [t for t in texts(word) if t]
    assert lines[:3] == ["BÁO CÁO", "Điểm tin báo chí ngày 07/12/2026", REPORT.summary]
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["1. Tin chính", "2. Số liệu", "3. Cần xử lý"]
    assert all(p.runs[0].bold for p in word.paragraphs[:2] if p.text)


def test_paragraph_link_tone_and_bullets(word: Document) -> None:
    story = next(p for p in word.paragraphs if p.text.startswith("Đề xuất"))
    assert story.text == "Đề xuất tăng thuế thuốc lá 🚭 (tiêu cực)"
    assert [link.url for link in story.hyperlinks] == ["https://vnexpress.net/a-1.html"]
    assert "- Báo Tuổi Trẻ, 07:30 (trung tính)" in texts(word)
    assert next(p for p in word.paragraphs if p.text.startswith("Hai cảnh")).runs[0].bold


def test_table_cells_header_repeat_and_numbers_right_aligned(word: Document) -> None:
    table = word.tables[1]
    assert cell_texts(table) == [list(TABLE.columns), *map(list, TABLE.rows)]
    assert table.style.name == "Table Grid"
    assert table.rows[0]._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    assert all(cell.paragraphs[0].runs[0].bold for cell in table.rows[0].cells)
    aligns = [cell.paragraphs[0].alignment for cell in table.rows[1].cells]
    assert aligns == [WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.RIGHT]
    assert TABLE.caption in texts(word)


def test_chart_is_an_image_the_width_of_the_text(word: Document) -> None:
    (shape,) = word.inline_shapes
    assert abs(shape.width - Mm(160)) < Mm(1)
    assert CHART.title in texts(word)


def test_recipients_and_signature(word: Document) -> None:
    recipients, signer = word.tables[-1].rows[0].cells
    lines = [p.text for p in recipients.paragraphs]
    assert lines == ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Lưu: VT, VTT."]
    label = recipients.paragraphs[0].runs[0]
    assert label.bold and label.italic
    signed = [p for p in signer.paragraphs if p.text]
    assert [p.text for p in signed] == ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "Nguyễn Văn An"]
    assert all(p.runs[0].bold for p in signed)


def test_page_number_from_page_two(word: Document) -> None:
    section = word.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert "PAGE" in header._p.xml and header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" not in section.first_page_header._element.xml


def test_core_properties(word: Document) -> None:
    properties = word.core_properties
    assert (properties.title, properties.author, properties.language) == (
        HEADING.title,
        HEADING.unit,
        "vi-VN",
    )


def test_same_report_same_bytes(fast_charts: None) -> None:
    assert render_docx(REPORT) == render_docx(REPORT)


hostile = st.text(
    st.one_of(
        st.characters(exclude_categories=()),  # any code point, surrogates too
        st.sampled_from("\x00\x01\t\n\r\x1f\ufffe\uffff\ud800ệ\u0301🚭"),
    ),
    max_size=40,
)


def visible(text: str) -> str:
    """What a reader sees of ``text``: the shared cleaning (a carriage return becomes a line
    break, controls go), which the Word file must carry through unchanged."""
    return clean_text(text)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=hostile, body=hostile, cell=hostile)
def test_any_text_renders_and_reads_back(
    fast_charts: None, title: str, body: str, cell: str
) -> None:
    report = Report(
        kind="briefing",
        heading=Heading(**{**HEADING.__dict__, "title": title}),
        sections=(Section(body, (Paragraph(body), Table(("A",), ((cell,),)))),),
    )
    document = docx.Document(io.BytesIO(render_docx(report)))
    paragraphs = texts(document)
    assert paragraphs[1] == visible(title)
    assert paragraphs[3:5] == [f"1. {visible(body)}", visible(body)]
    assert document.tables[1].rows[1].cells[0].text == visible(cell)


def test_chart_with_unprintable_title_is_still_drawn() -> None:
    chart = Chart("Số bài\x00\ud800", ("01/12\x1f", "02/12"), (Series("A\x01", (1, 2)),))
    report = Report(kind="digest", heading=HEADING, sections=(Section("Biểu đồ", (chart,)),))
    document = docx.Document(io.BytesIO(render_docx(report)))
    assert len(document.inline_shapes) == 1
    assert "Số bài" in texts(document)
