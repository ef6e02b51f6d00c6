"""A report as plain data: what every renderer (Word, PDF, HTML e-mail) receives.

A composer (digest, briefing, incident, plan) turns gathered figures into a ``Report``;
a renderer turns a ``Report`` into bytes. Neither knows the other, so the four kinds and the
three formats cannot drift: the same sections, in the same order, in every format.

The heading, the recipients and the signature follow Decree 30/2020/NĐ-CP (Appendix I):
the issuing unit under its parent on the left, the national title and motto on the right,
the number and symbol, place and date, the kind and the title, then the body, then
"Nơi nhận" and the signature block.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

ReportKind = Literal["digest", "briefing", "incident", "plan"]
ReportFormat = Literal["docx", "pdf", "html"]
KINDS: tuple[ReportKind, ...] = ("digest", "briefing", "incident", "plan")
FORMATS: tuple[ReportFormat, ...] = ("docx", "pdf", "html")
MEDIA_TYPES: dict[ReportFormat, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
}
Tone = Literal["positive", "neutral", "negative"]


@dataclass(frozen=True)
class Heading:
    """The Decree 30 heading block."""

    unit: str  # the issuing unit, e.g. "Vụ Truyền thông" (renderers upper-case it)
    issued: date  # the document's date, in Vietnam
    place: str  # "Hà Nội": the place name of the date line
    symbol: str  # the symbol after the number, e.g. "BC-VTT" (Số: .../BC-VTT)
    kind_name: str  # the document kind, e.g. "BÁO CÁO"
    title: str  # the summary line under the kind, e.g. "Điểm tin báo chí ngày 07/12/2026"
    parent_unit: str | None = None  # the governing body above the unit, e.g. "Bộ Y tế"
    number: str | None = None  # None: left blank for the clerk to fill in ("Số:    /BC-...")


@dataclass(frozen=True)
class Paragraph:
    text: str
    link: str | None = None  # an absolute or dashboard URL the text points to
    emphasis: Literal["normal", "bold", "italic"] = "normal"
    tone: Tone | None = None  # shown as a mark beside the text (colour in HTML and PDF)


@dataclass(frozen=True)
class BulletList:
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # already formatted cells (numbers in Vietnamese style)
    numeric: tuple[bool, ...] = ()  # per column: right-aligned when True
    caption: str | None = None


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # one per label; None is a gap
    color: str = "#0b5cad"
    dashed: bool = False  # a forecast or a baseline


@dataclass(frozen=True)
class Chart:
    """Drawn as a PNG in Word and PDF, as an inline image in the e-mail."""

    title: str
    labels: tuple[str, ...]  # x axis (dates "07/12")
    series: tuple[Series, ...]
    kind: Literal["line", "bar"] = "line"
    y_label: str | None = None


Block = Paragraph | BulletList | Table | Chart


@dataclass(frozen=True)
class Section:
    heading: str  # numbered by renderers in order: "1. ...", "2. ..."
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Signature:
    """The signature block: "KT. VỤ TRƯỞNG" / "PHÓ VỤ TRƯỞNG" / name."""

    title: str  # the signer's office, e.g. "VỤ TRƯỞNG"
    name: str | None = None  # None: left for the signer
    authority: str | None = None  # "KT." / "TL." / "TM. ...": signing for someone else


@dataclass(frozen=True)
class Report:
    kind: ReportKind
    heading: Heading
    sections: tuple[Section, ...]
    # A report goes up to the unit's leaders and a copy to the records office (văn thư).
    recipients: tuple[str, ...] = ("Lãnh đạo đơn vị (để báo cáo);", "Lưu: VT.")
    signature: Signature = field(default_factory=lambda: Signature(title="THỦ TRƯỞNG ĐƠN VỊ"))
    summary: str | None = None  # an opening paragraph before the numbered sections
    empty: bool = False  # nothing happened in the period (a schedule may skip it)
    lang: Literal["vi", "en"] = "vi"
    subject_id: int | None = None  # the incident's or the plan's id

    @property
    def file_stem(self) -> str:
        """``digest-2026-12-07``, ``incident-12-2026-12-07``: a file name without its
        extension (two incidents' reports of one day must not overwrite each other)."""
        subject = f"-{self.subject_id}" if self.subject_id is not None else ""
        return f"{self.kind}{subject}-{self.heading.issued.isoformat()}"
