"""The WordprocessingML python-docx has no API for, kept apart from the layout in ``docx.py``.

Fonts named in every slot (Word picks the East Asian or complex-script slot for some
Vietnamese letters, LibreOffice reads ``w:ascii``), paragraph rules (the short lines under the
unit, the motto and the title), hyperlinks, the PAGE field, repeated table headers, and the
text cleaning that keeps a scraped title from making the file unreadable.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import RGBColor
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

_THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(r_pr_owner: BaseOxmlElement, name: str) -> None:
    """Name ``name`` in the four font slots of an rPr-bearing element (a style, the
    document defaults) and drop the theme fonts, which would win over the names."""
    r_pr = r_pr_owner if r_pr_owner.tag == qn("w:rPr") else _child(r_pr_owner, "w:rPr")
    fonts = _child(r_pr, "w:rFonts", first=True)
    for attribute in _THEME_FONTS:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def set_language(r_pr: BaseOxmlElement, tag: str) -> None:
    """Spelling and hyphenation language of the text (``vi-VN``)."""
    _child(r_pr, "w:lang").set(qn("w:val"), tag)


def bottom_rule(paragraph: DocxParagraph, size_eighths: int = 6) -> None:
    """A line under the paragraph, as wide as the paragraph (narrow it with indents)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", str(size_eighths)), ("space", "1")):
        bottom.set(qn(f"w:{key}"), value)
    bottom.set(qn("w:color"), "auto")
    borders.append(bottom)
    _insert_in_order(p_pr, borders)


def add_hyperlink(paragraph: DocxParagraph, text: str, url: str) -> Run:
    """A run of ``text`` that opens ``url`` (underlined and blue; the underline survives a
    black-and-white print)."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    run = paragraph.add_run(text)
    run.font.underline = True
    run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    link.append(run._r)  # moves the run inside the link
    return run


def add_page_field(paragraph: DocxParagraph) -> None:
    """The current page number (a PAGE field: Word and LibreOffice compute it)."""
    for kind, instruction in (("begin", None), (None, " PAGE "), ("separate", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        else:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = instruction
            run._r.append(text)
    paragraph.add_run("2")  # shown until the reader updates fields; never page 1
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def repeat_as_header(row: _Row) -> None:
    """The row is repeated at the top of every page the table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def keep_row_together(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert(0, OxmlElement("w:cantSplit"))


def fixed_zip(data: bytes, day: date) -> bytes:
    """The same package with every member dated ``day``: the same report gives the same
    bytes (python-docx stamps the members with the wall clock)."""
    out = io.BytesIO()
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))
    return out.getvalue()


def _child(parent: BaseOxmlElement, tag: str, first: bool = False) -> BaseOxmlElement:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        if first:
            parent.insert(0, found)
        else:
            parent.append(found)
    return found


# pPr children must keep the schema order; the borders go before spacing/indent/jc.
_PPR_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc")


def _insert_in_order(p_pr: BaseOxmlElement, borders: BaseOxmlElement) -> None:
    for tag in _PPR_AFTER_BORDERS:
        later = p_pr.find(qn(tag))
        if later is not None:
            later.addprevious(borders)
            return
    p_pr.append(borders)
