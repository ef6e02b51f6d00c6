"""A report as a PDF laid out per Decree 30/2020/NĐ-CP, drawn with fpdf2 (pure Python).

A4, margins 20/20/30/15 mm, the shipped Liberation Serif (metric-compatible with Times New
Roman) embedded and subset, body 13 pt; the two-column heading, the kind and title, the
numbered sections, "Nơi nhận" beside the signature, page numbers centred in the top margin
from page 2. Scraped text may hold letters Liberation Serif lacks (emoji, CJK): matplotlib's
DejaVu Sans is the fallback font, and what neither font has becomes a visible "?".
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, time
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace

from toancanh.reports.charts import chart_png
from toancanh.reports.model import (
    MOTTO,
    NATIONAL_TITLE,
    BulletList,
    Chart,
    Paragraph,
    Report,
    Section,
    Table,
)
from toancanh.reports.text import (
    RECIPIENTS_LABEL,
    TONE_COLORS,
    clean_text,
    date_line,
    number_line,
    safe_link,
    signature_lines,
    tone_label,
)

FONTS = Path(__file__).resolve().parent.parent / "data" / "fonts"
FAMILY = "LiberationSerif"
FALLBACK = "DejaVuSans"
STYLES = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}
BODY_PT = 13
TABLE_PT = 11
LINE_MM = 6.5  # about 1.4 lines at 13 pt: within Decree 30's single to 1.5
INDENT_MM = 10  # first-line indent of body paragraphs (Decree 30: 1 or 1.27 cm)
LEFT_COLUMN_MM = 68  # the heading's left column (units, number); the right one takes the rest
CHART_MM = 160
LINK_COLOR = (11, 92, 173)


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes: same content and order as the Word file."""
    pdf = _Document(fallback=_needs_fallback(report))
    heading = report.heading
    pdf.set_title(clean_text(f"{heading.kind_name} {heading.title}"))
    pdf.set_author(clean_text(heading.unit))
    pdf.set_subject(clean_text(heading.title))
    pdf.set_creator("Toàn Cảnh")
    pdf.set_lang("vi")
    # The document's date, not the clock: the same report gives the same bytes.
    pdf.set_creation_date(datetime.combine(heading.issued, time(), tzinfo=UTC))
    pdf.add_page()
    _heading(pdf, report)
    if report.summary:
        _paragraph(pdf, Paragraph(report.summary), report.lang)
    for number, section in enumerate(report.sections, start=1):
        _section(pdf, number, section, report.lang)
    _closing(pdf, report)
    return bytes(pdf.output())


class _Document(FPDF):
    """A4 with the Decree 30 margins, the embedded fonts, and the page number on top."""

    def __init__(self, fallback: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(left=30, top=20, right=15)
        self.set_auto_page_break(auto=True, margin=20)
        for style, name in STYLES.items():
            self.add_font(FAMILY, style, fname=FONTS / f"LiberationSerif-{name}.ttf")
        if fallback:  # loading a font costs time: only when some text needs it
            folder = _fallback_dir()
            self.add_font(FALLBACK, "", fname=folder / "DejaVuSans.ttf")
            self.add_font(FALLBACK, "B", fname=folder / "DejaVuSans-Bold.ttf")
            # exact_match=False: bold or italic text may borrow the upright fallback glyph.
            self.set_fallback_fonts([FALLBACK], exact_match=False)
        self.set_font(FAMILY, size=BODY_PT)

    def header(self) -> None:
        if self.page_no() > 1:  # Decree 30: numbered from 1, the first number not shown
            self.set_font(FAMILY, "", BODY_PT)
            self.set_text_color(0)
            self.set_y(10)
            self.cell(0, 6, str(self.page_no()), align="C")
        self.set_y(self.t_margin)


@cache
def _fallback_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def _cmap(path: Path) -> frozenset[int]:
    """The code points a font file can draw."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


@cache
def _glyphs() -> frozenset[int]:
    """Code points that Liberation Serif or the fallback can draw."""
    return _cmap(FONTS / "LiberationSerif-Regular.ttf") | _cmap(_fallback_dir() / "DejaVuSans.ttf")


def _needs_fallback(report: Report) -> bool:
    """Whether some text of the report has a letter Liberation Serif lacks."""
    own = _cmap(FONTS / "LiberationSerif-Regular.ttf")
    return any(ord(c) not in own for text in _texts(report) for c in clean_text(text))


def _texts(report: Report) -> Iterator[str]:
    """Every string the PDF prints (chart text is drawn inside the chart's image)."""
    heading, signature = report.heading, report.signature
    yield from (heading.unit, heading.parent_unit or "", heading.title, heading.kind_name)
    yield from (heading.place, heading.symbol, heading.number or "", report.summary or "")
    yield from (signature.title, signature.name or "", signature.authority or "")
    yield from report.recipients
    for section in report.sections:
        yield section.heading
        for block in section.blocks:
            if isinstance(block, Paragraph):
                yield block.text
            elif isinstance(block, BulletList):
                yield from (item.text for item in block.items)
            elif isinstance(block, Table):
                yield from (block.caption or "", *block.columns)
                yield from (cell for row in block.rows for cell in row)


def _printable(text: str) -> str:
    """Clean ``text`` and show what no font can draw as "?" (invisible joiners and variation
    selectors that no font draws are dropped): a missing glyph never blanks a line."""
    glyphs = _glyphs()
    out = []
    for char in clean_text(text):
        if char == "\n" or ord(char) in glyphs:
            out.append(char)
        elif unicodedata.category(char) not in ("Mn", "Me", "Cf"):
            out.append("?")
    return "".join(out)


def _heading(pdf: FPDF, report: Report) -> None:
    """The two columns (units and number | national title, motto and date), then the kind and
    the title, centred, with the short rule under the title."""
    heading = report.heading
    top = pdf.get_y()
    left, width = pdf.l_margin, LEFT_COLUMN_MM
    right, right_width = left + width, pdf.epw - width
    pdf.set_xy(left, top)
    if heading.parent_unit:
        _centred(pdf, left, width, heading.parent_unit.upper(), "", 12)
    _centred(pdf, left, width, heading.unit.upper(), "B", 12)
    left_rule = pdf.get_y() + 0.5
    _rule(pdf, left + width / 2, left_rule, width / 3)
    pdf.set_xy(right, top)
    _centred(pdf, right, right_width, NATIONAL_TITLE, "B", 12)
    _centred(pdf, right, right_width, MOTTO, "B", 13)
    right_rule = pdf.get_y() + 0.5
    pdf.set_font(FAMILY, "B", 13)
    _rule(pdf, right + right_width / 2, right_rule, pdf.get_string_width(MOTTO))
    # Decree 30: the number and the place-and-date line stand on the same line.
    row = max(left_rule, right_rule) + 3
    pdf.set_xy(left, row)
    _centred(pdf, left, width, number_line(heading.number, heading.symbol), "", 13)
    after_left = pdf.get_y()
    pdf.set_xy(right, row)
    _centred(pdf, right, right_width, date_line(heading.place, heading.issued), "I", 13)
    pdf.set_xy(pdf.l_margin, max(after_left, pdf.get_y()) + 8)
    _centred(pdf, pdf.l_margin, pdf.epw, heading.kind_name.upper(), "B", 14)
    _centred(pdf, pdf.l_margin, pdf.epw, heading.title, "B", 14)
    _rule(pdf, pdf.l_margin + pdf.epw / 2, pdf.get_y() + 0.5, pdf.epw / 4)
    pdf.ln(6)


def _centred(pdf: FPDF, x: float, width: float, text: str, style: str, size: float) -> None:
    pdf.set_font(FAMILY, style, size)
    pdf.set_x(x)
    pdf.multi_cell(
        width, size * 0.45, _printable(text), align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT
    )


def _rule(pdf: FPDF, centre: float, y: float, length: float) -> None:
    pdf.set_line_width(0.3)
    pdf.line(centre - length / 2, y, centre + length / 2, y)


def _section(pdf: FPDF, number: int, section: Section, lang: str) -> None:
    pdf.ln(2)
    if pdf.get_y() + 3 * LINE_MM > pdf.page_break_trigger:  # no heading alone at a page foot
        pdf.add_page()
    pdf.set_font(FAMILY, "B", BODY_PT)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(
        0,
        LINE_MM,
        _printable(f"{number}. {section.heading}"),
        align=Align.L,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    for block in section.blocks:
        if isinstance(block, Paragraph):
            _paragraph(pdf, block, lang)
        elif isinstance(block, BulletList):
            for item in block.items:
                _paragraph(pdf, item, lang, bullet=True)
        elif isinstance(block, Table):
            _table(pdf, block)
        elif isinstance(block, Chart):
            _chart(pdf, block)
        else:
            raise TypeError(f"unknown report block {type(block).__name__}")


def _paragraph(pdf: FPDF, paragraph: Paragraph, lang: str, bullet: bool = False) -> None:
    """A justified paragraph (first line indented, or a "-" bullet), its text a clickable
    link when it has one, its tone mark after it in colour."""
    style = {"normal": "", "bold": "B", "italic": "I"}[paragraph.emphasis]
    with (
        pdf.text_columns(text_align=Align.J, line_height=1.4) as columns,
        columns.paragraph(
            first_line_indent=0 if bullet else INDENT_MM,
            indent=6 if bullet else 0,
            bullet_string="-" if bullet else "",
            bottom_margin=1.5,
        ) as par,
    ):
        pdf.set_font(FAMILY, style, BODY_PT)
        link = safe_link(paragraph.link)
        if link:
            pdf.set_text_color(LINK_COLOR)
            par.write(_printable(paragraph.text), link=link)
        else:
            pdf.set_text_color(0)
            par.write(_printable(paragraph.text))
        if paragraph.tone:
            pdf.set_font(FAMILY, "I", BODY_PT)
            pdf.set_text_color(_rgb(TONE_COLORS[paragraph.tone]))
            par.write(f" ({tone_label(paragraph.tone, lang)})")
    pdf.set_text_color(0)
    pdf.set_font(FAMILY, "", BODY_PT)


def _table(pdf: FPDF, table: Table) -> None:
    """fpdf2's table: the header row repeated after a page break, long cells wrapped,
    numeric columns right-aligned."""
    numeric = tuple(table.numeric) + (False,) * (len(table.columns) - len(table.numeric))
    pdf.ln(1)
    if table.caption:
        pdf.set_font(FAMILY, "I", BODY_PT)
        pdf.multi_cell(
            0,
            LINE_MM,
            _printable(table.caption),
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    pdf.set_font(FAMILY, "", TABLE_PT)
    pdf.set_x(pdf.l_margin)
    with pdf.table(
        col_widths=_column_widths(pdf, table),
        width=pdf.epw,
        align=Align.L,
        line_height=TABLE_PT * 0.45,
        text_align=Align.L,
        borders_layout=TableBordersLayout.ALL,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 238, 242)),
        padding=1,
        repeat_headings=1,
    ) as grid:
        header = grid.row()
        for column in table.columns:
            header.cell(_printable(column), align=Align.C)
        for cells in table.rows:
            row = grid.row()
            for index in range(len(table.columns)):
                text = cells[index] if index < len(cells) else ""
                row.cell(_printable(text), align=Align.R if numeric[index] else Align.L)
    pdf.set_font(FAMILY, "", BODY_PT)
    pdf.ln(2)


def _column_widths(pdf: FPDF, table: Table) -> tuple[float, ...]:
    """Columns as wide as their longest text (a header word or a cell), a long cell capped so
    that it wraps instead of starving the others."""
    widths = []
    for index, column in enumerate(table.columns):
        texts = [column, *(row[index] for row in table.rows[:200] if index < len(row))]
        longest = max(pdf.get_string_width(_printable(t)) for t in texts)
        widths.append(min(max(longest, 12.0), 90.0) + 3)
    return tuple(widths)


def _chart(pdf: FPDF, chart: Chart) -> None:
    png = chart_png(chart)
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        height = CHART_MM * image.height / image.width
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
    x = pdf.l_margin + (pdf.epw - CHART_MM) / 2
    pdf.image(io.BytesIO(png), x=x, w=CHART_MM, h=height, alt_text=clean_text(chart.title))
    pdf.ln(2)


def _closing(pdf: FPDF, report: Report) -> None:
    """ "Nơi nhận" on the left beside the signature block on the right, kept on one page."""
    signature = report.signature
    lines = 3 + len(report.recipients)
    pdf.ln(4)
    if pdf.get_y() + max(lines * 5, 45) > pdf.page_break_trigger:
        pdf.add_page()
    top = pdf.get_y()
    width = pdf.epw / 2
    pdf.set_font(FAMILY, "BI", 12)
    pdf.set_xy(pdf.l_margin, top)
    pdf.cell(width, 6, RECIPIENTS_LABEL)
    pdf.ln(6)
    pdf.set_font(FAMILY, "", 11)
    for recipient in report.recipients:
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(
            width - 4,
            5,
            _printable(f"- {recipient}"),
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
    after_left = pdf.get_y()
    right = pdf.l_margin + width
    pdf.set_xy(right, top)
    for line in signature_lines(signature):
        _centred(pdf, right, width, line, "B", 13)
    pdf.ln(22)  # room for the signature and the seal
    if signature.name:
        _centred(pdf, right, width, signature.name, "B", 13)
    pdf.set_xy(pdf.l_margin, max(after_left, pdf.get_y()))


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
