"""A report as a Word file laid out per Decree 30/2020/NĐ-CP (Appendix I).

A4 portrait, margins 20/20/30/15 mm (top, bottom, left, right: the narrow end of each
allowed range, so more text fits a page), Times New Roman everywhere (LibreOffice shows its
metric-compatible Liberation Serif), body 14 pt justified with a first-line indent. The
heading is a borderless table: the units and the number on the left, the national title,
the motto and the date on the right, so the number and the date share a line. Page numbers
are centred in the top margin from page 2 on.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from toancanh.reports.charts import chart_png
from toancanh.reports.docx_xml import (
    add_hyperlink,
    add_page_field,
    bottom_rule,
    fixed_zip,
    keep_row_together,
    repeat_as_header,
    set_fonts,
    set_language,
)
from toancanh.reports.model import (
    MOTTO,
    NATIONAL_TITLE,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Section,
    Table,
)
from toancanh.reports.text import (
    clean_text,
    date_line,
    number_line,
    safe_link,
    signature_lines,
)

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
TEXT_WIDTH = Mm(210 - 30 - 15)  # 165 mm between the margins
CHART_WIDTH = Cm(16)
UNITS_WIDTH = Cm(6.5)  # the heading's left column; the national title takes the rest
NATION_WIDTH = Length(TEXT_WIDTH - UNITS_WIDTH)
RECIPIENTS_WIDTH = Cm(7.5)  # the closing block's left column; the signature takes the rest
SIGNER_WIDTH = Length(TEXT_WIDTH - RECIPIENTS_WIDTH)
INDENT = Cm(1.27)
BODY = "Report Body"
CELL = "Report Cell"
# Style ids, set on paragraphs directly: python-docx looks a style name up by scanning the
# template's 270 styles, which made a 20-table report spend most of its time there.
BODY_ID, CELL_ID, HEADING_ID = "ReportBody", "ReportCell", "Heading1"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
TONE_MARKS = {
    "vi": {"positive": "tích cực", "neutral": "trung tính", "negative": "tiêu cực"},
    "en": {"positive": "positive", "neutral": "neutral", "negative": "negative"},
}
RECIPIENTS_LABEL = "Nơi nhận:"


def render_docx(report: Report) -> bytes:
    """The report as the bytes of a .docx file (the same report gives the same bytes)."""
    document = Document()
    _set_page(document)
    _set_styles(document)
    _set_properties(document, report.heading)
    _heading_block(document, report.heading)
    _title_block(document, report.heading)
    if report.summary:
        _text_paragraph(_add(document, BODY_ID), Paragraph(report.summary), report.lang)
    for number, section in enumerate(report.sections, start=1):
        _section(document, number, section, report.lang)
    _closing_block(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), report.heading.issued)


# Page, styles, properties


def _set_page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    # Decree 30: numbered from 1, centred in the top margin, not shown on page 1.
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False  # an empty first-page header
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(number)


def _set_styles(document: DocxDocument) -> None:
    styles = document.styles
    defaults = styles.element.find("{*}docDefaults/{*}rPrDefault/{*}rPr")
    if defaults is not None:
        set_fonts(defaults, FONT)
        set_language(defaults, "vi-VN")
    normal = styles["Normal"]
    set_fonts(normal.element, FONT)
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for name in ("Header", "Heading 1"):
        set_fonts(styles[name].element, FONT)
    body = styles.add_style(BODY, WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.paragraph_format.first_line_indent = INDENT
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.line_spacing = 1.15
    body.paragraph_format.widow_control = True
    cell = styles.add_style(CELL, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(TABLE_PT)
    cell.paragraph_format.space_before = Pt(2)
    cell.paragraph_format.space_after = Pt(2)
    heading = styles["Heading 1"]  # kept as a heading: Word's navigation pane lists sections
    heading.font.size = Pt(BODY_PT)
    heading.font.bold = True
    heading.font.color.rgb = None
    heading.paragraph_format.first_line_indent = INDENT
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.space_after = Pt(6)
    heading.paragraph_format.keep_with_next = True
    styles["Header"].font.size = Pt(13)


def _set_properties(document: DocxDocument, heading: Heading) -> None:
    # The issue date at midnight in Vietnam, as UTC: fixed, so the bytes are reproducible.
    issued = datetime.combine(heading.issued, time(0), VIETNAM).astimezone(UTC)
    issued = issued.replace(tzinfo=None)
    properties = document.core_properties
    properties.title = clean_text(heading.title)
    properties.subject = clean_text(heading.kind_name)
    properties.author = properties.last_modified_by = clean_text(heading.unit)
    properties.comments = "Toàn Cảnh"
    properties.language = "vi-VN"
    properties.created = properties.modified = issued
    properties.revision = 1


# Heading, title, closing


def _heading_block(document: DocxDocument, heading: Heading) -> None:
    table = _layout_table(document, rows=2, widths=(UNITS_WIDTH, NATION_WIDTH))
    units = table.cell(0, 0)
    if heading.parent_unit:
        _line(units, heading.parent_unit.upper(), size=12)
    _line(units, heading.unit.upper(), size=12, bold=True)
    _rule(units, width=Cm(2.5), column=UNITS_WIDTH)
    nation = table.cell(0, 1)
    _line(nation, NATIONAL_TITLE, size=12, bold=True)
    _line(nation, MOTTO, size=13, bold=True)
    _rule(nation, width=Cm(5.9), column=NATION_WIDTH)  # the motto's length at 13 pt
    _line(table.cell(1, 0), number_line(heading.number, heading.symbol), size=13, before=6)
    when = date_line(heading.place, heading.issued)
    _line(table.cell(1, 1), when, size=14, italic=True, before=6)


def _title_block(document: DocxDocument, heading: Heading) -> None:
    kind = _centred(document.add_paragraph(), before=18)
    kind.add_run(clean_text(heading.kind_name.upper())).bold = True
    title = _centred(document.add_paragraph())
    title.add_run(clean_text(heading.title)).bold = True
    # A rule ⅓–½ as long as the title's line (about 0.24 cm a letter at 14 pt bold).
    length = min(len(heading.title) * 0.24, 16.5)
    rule = _centred(document.add_paragraph(), after=12)
    _narrow_rule(rule, Cm(max(2.5, min(length * 0.4, 6.0))), TEXT_WIDTH)


def _closing_block(document: DocxDocument, report: Report) -> None:
    table = _layout_table(document, rows=1, widths=(RECIPIENTS_WIDTH, SIGNER_WIDTH))
    recipients = table.cell(0, 0)
    label = _line(recipients, RECIPIENTS_LABEL, size=12, bold=True, before=12)
    label.runs[0].italic = True
    label.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for recipient in report.recipients:
        _line(recipients, f"- {recipient}", size=11).alignment = WD_ALIGN_PARAGRAPH.LEFT
    signer = table.cell(0, 1)
    signature = report.signature
    for index, line in enumerate(signature_lines(signature)):
        _line(signer, line, size=14, bold=True, before=12 if index == 0 else 0)
    for _ in range(4):  # room for the signature and the seal
        _line(signer, "", size=14)
    if signature.name:
        _line(signer, signature.name, size=14, bold=True)


def _layout_table(document: DocxDocument, rows: int, widths: tuple[Length, Length]) -> DocxTable:
    """A borderless table that only places text side by side."""
    table = document.add_table(rows=rows, cols=2)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for index, width in enumerate(widths):
        table.columns[index].width = width
        for cell in table.columns[index].cells:
            cell.width = width
    for row in table.rows:
        keep_row_together(row)  # a signature block is never split over two pages
    return table


def _line(
    cell: _Cell,
    text: str,
    size: int,
    bold: bool = False,
    italic: bool = False,
    before: int = 0,
) -> DocxParagraph:
    """A centred line in a layout cell (its first, empty paragraph is used first)."""
    paragraphs = cell.paragraphs
    fresh = len(paragraphs) == 1 and not paragraphs[0].runs
    paragraph = paragraphs[0] if fresh else cell.add_paragraph()
    _centred(paragraph, before=before)
    run = paragraph.add_run(clean_text(text))
    run.font.size = Pt(size)
    run.bold = bold or None
    run.italic = italic or None
    return paragraph


def _rule(cell: _Cell, width: Length, column: Length) -> None:
    paragraph = cell.add_paragraph()
    _narrow_rule(paragraph, width, column)


def _narrow_rule(paragraph: DocxParagraph, width: Length, column: Length) -> None:
    """A centred line ``width`` long: a bottom border on an empty, very low paragraph
    indented from both sides (prints the same in Word and LibreOffice, unlike a shape)."""
    bottom_rule(paragraph)
    side = Length(max(0, (column - Cm(0.38) - width) // 2))  # 0.38 cm: the cell padding
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = side
    fmt.first_line_indent = 0
    fmt.line_spacing = Pt(2)
    fmt.space_before = fmt.space_after = Pt(0)


def _add(document: DocxDocument, style_id: str) -> DocxParagraph:
    paragraph = document.add_paragraph()
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _centred(paragraph: DocxParagraph, before: int = 0, after: int = 0) -> DocxParagraph:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    return paragraph


# Body


def _section(document: DocxDocument, number: int, section: Section, lang: str) -> None:
    _add(document, HEADING_ID).add_run(f"{number}. {clean_text(section.heading)}")
    for block in section.blocks:
        if isinstance(block, Paragraph):
            _text_paragraph(_add(document, BODY_ID), block, lang)
        elif isinstance(block, BulletList):
            for item in block.items:
                paragraph = _add(document, BODY_ID)
                paragraph.add_run("- ")
                _text_paragraph(paragraph, item, lang)
        elif isinstance(block, Table):
            _table(document, block)
        elif isinstance(block, Chart):
            _chart(document, block)


def _text_paragraph(paragraph: DocxParagraph, block: Paragraph, lang: str) -> None:
    text = clean_text(block.text)
    link = safe_link(block.link)
    run = add_hyperlink(paragraph, text, link) if link else paragraph.add_run(text)
    run.bold = block.emphasis == "bold" or None
    run.italic = block.emphasis == "italic" or None
    if block.tone:
        # A word, not only a colour: the report is printed in black and white.
        mark = paragraph.add_run(f" ({TONE_MARKS.get(lang, TONE_MARKS['vi'])[block.tone]})")
        mark.italic = True


def _table(document: DocxDocument, block: Table) -> None:
    columns = len(block.columns)
    if not columns:
        return
    if block.caption:
        caption = _centred(_add(document, CELL_ID), before=6)
        caption.add_run(clean_text(block.caption)).bold = True
        caption.paragraph_format.keep_with_next = True
    numeric = tuple(block.numeric) + (False,) * columns
    table = document.add_table(rows=1 + len(block.rows), cols=columns)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = _column_widths(block)
    for index, width in enumerate(widths):
        table.columns[index].width = width
    header = table.rows[0]
    repeat_as_header(header)
    for index, cell in enumerate(header.cells):
        _cell_text(
            cell, block.columns[index], widths[index], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER
        )
    for row, values in zip(table.rows[1:], block.rows, strict=True):
        keep_row_together(row)
        for index, cell in enumerate(row.cells):
            value = values[index] if index < len(values) else ""
            align = WD_ALIGN_PARAGRAPH.RIGHT if numeric[index] else WD_ALIGN_PARAGRAPH.LEFT
            _cell_text(cell, value, widths[index], align=align)
    _add(document, CELL_ID)  # a gap before the next block


def _cell_text(cell: _Cell, text: str, width: Length, align: int, bold: bool = False) -> None:
    cell.width = width
    paragraph = cell.paragraphs[0]
    paragraph._p.get_or_add_pPr().style = CELL_ID
    paragraph.alignment = align
    run = paragraph.add_run(clean_text(text))
    if bold:
        run.bold = True


def _column_widths(block: Table) -> list[Length]:
    """Widths in proportion to each column's longest text (4 to 30 letters), filling the
    text column."""
    weights = []
    for index, name in enumerate(block.columns):
        cells = [row[index] for row in block.rows if index < len(row)]
        longest = max([len(name.split()[0]) if name.split() else 1] + [len(c) for c in cells])
        weights.append(min(max(longest, 4), 30))
    total = sum(weights)
    return [Length(TEXT_WIDTH * weight // total) for weight in weights]


def _chart(document: DocxDocument, block: Chart) -> None:
    # matplotlib refuses lone surrogates: the chart is drawn from cleaned text too.
    clean = replace(
        block,
        title=clean_text(block.title),
        labels=tuple(clean_text(label) for label in block.labels),
        series=tuple(replace(s, name=clean_text(s.name)) for s in block.series),
        y_label=clean_text(block.y_label) if block.y_label else None,
    )
    document.add_picture(io.BytesIO(chart_png(clean)), width=CHART_WIDTH)
    picture = _centred(document.paragraphs[-1], before=6)
    picture.paragraph_format.keep_with_next = True
    caption = _centred(_add(document, CELL_ID), after=6)
    caption.add_run(clean_text(block.title)).italic = True
