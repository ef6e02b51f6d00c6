"""A report as one self-contained HTML page, and as the parts of an HTML e-mail.

One template (templates/report.html, autoescaped) serves both: ``render_html`` embeds the
charts as ``data:image/png;base64`` so the page stands alone (a download, a web view);
``email_parts`` refers to them as ``cid:`` images sent alongside, because several mail
readers (Outlook, Gmail) refuse data: images, and gives the plain-text alternative that
multipart/alternative needs. Same content and order as the Word and PDF files.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader

from toancanh.reports.charts import chart_png
from toancanh.reports.model import (
    MOTTO,
    NATIONAL_TITLE,
    BulletList,
    Chart,
    Paragraph,
    Report,
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

CID_DOMAIN = "toancanh"
STYLES = {"normal": "", "bold": "font-weight:bold;", "italic": "font-style:italic;"}


@dataclass(frozen=True)
class EmailParts:
    """An HTML e-mail: ``html`` shows the charts as ``cid:<key>`` images whose PNG bytes are
    ``images[key]`` (send each as an inline part with ``Content-ID: <key>``); ``text`` is the
    plain-text alternative with the same sentences."""

    html: str
    text: str
    images: dict[str, bytes]


def render_html(report: Report) -> str:
    """The report as a standalone HTML page, charts inlined as data: images."""
    pngs = [chart_png(chart) for chart in _charts(report)]
    sources = [f"data:image/png;base64,{base64.b64encode(png).decode('ascii')}" for png in pngs]
    return _template().render(doc=_view(report, sources))


def email_parts(report: Report) -> EmailParts:
    """The report as an HTML e-mail body with cid: charts, their PNGs, and a text part."""
    images = {
        f"chart-{index}@{CID_DOMAIN}": chart_png(chart)
        for index, chart in enumerate(_charts(report), start=1)
    }
    html = _template().render(doc=_view(report, [f"cid:{key}" for key in images]))
    return EmailParts(html=html, text=plain_text(report), images=images)


@cache
def _template() -> Any:
    env = Environment(
        loader=PackageLoader("toancanh.reports", "templates"),
        autoescape=True,  # always: the page is made of scraped text
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("report.html")


def _charts(report: Report) -> list[Chart]:
    return [
        block for section in report.sections for block in section.blocks if isinstance(block, Chart)
    ]


def _view(report: Report, chart_sources: list[str]) -> dict[str, Any]:
    """Plain, cleaned values for the template (it only places and escapes them)."""
    heading, signature = report.heading, report.signature
    sources = iter(chart_sources)
    sections = [
        {
            "number": number,
            "heading": clean_text(section.heading),
            "blocks": [_block(block, report.lang, sources) for block in section.blocks],
        }
        for number, section in enumerate(report.sections, start=1)
    ]
    return {
        "parent_unit": clean_text(heading.parent_unit or "").upper(),
        "unit": clean_text(heading.unit).upper(),
        # No-break spaces: a browser would fold the clerk's blank into one space.
        "number_line": number_line(heading.number, heading.symbol).replace(" ", "\u00a0"),
        "national_title": NATIONAL_TITLE,
        "motto": MOTTO,
        "date_line": date_line(heading.place, heading.issued),
        "kind_name": clean_text(heading.kind_name).upper(),
        "title": clean_text(heading.title),
        "summary": _paragraph(Paragraph(report.summary), report.lang) if report.summary else None,
        "sections": sections,
        "recipients_label": RECIPIENTS_LABEL,
        "recipients": [clean_text(r) for r in report.recipients],
        "signature_lines": signature_lines(signature),
        "signer": clean_text(signature.name or ""),
    }


def _block(block: object, lang: str, sources: Any) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "paragraph": _paragraph(block, lang)}
    if isinstance(block, BulletList):
        return {"kind": "bullets", "entries": [_paragraph(item, lang) for item in block.items]}
    if isinstance(block, Table):
        numeric = tuple(block.numeric) + (False,) * len(block.columns)
        width = len(block.columns)
        return {
            "kind": "table",
            "caption": clean_text(block.caption or ""),
            "columns": [clean_text(c) for c in block.columns],
            "rows": [
                [(clean_text(row[i]) if i < len(row) else "", numeric[i]) for i in range(width)]
                for row in block.rows
            ],
        }
    if isinstance(block, Chart):
        return {"kind": "chart", "src": next(sources), "title": clean_text(block.title)}
    raise TypeError(f"unknown report block {type(block).__name__}")


def _paragraph(paragraph: Paragraph, lang: str) -> dict[str, Any]:
    return {
        "text": clean_text(paragraph.text),
        "link": safe_link(paragraph.link),
        "style": STYLES[paragraph.emphasis],
        "tone": paragraph.tone,
        "tone_label": tone_label(paragraph.tone, lang) if paragraph.tone else "",
        "tone_color": TONE_COLORS[paragraph.tone] if paragraph.tone else "",
    }


def plain_text(report: Report) -> str:
    """The e-mail's text/plain alternative: the same lines in the same order, links in
    angle brackets after their text, tables as " | "-separated rows."""
    heading = report.heading
    lines = [
        *([clean_text(heading.parent_unit).upper()] if heading.parent_unit else []),
        clean_text(heading.unit).upper(),
        number_line(heading.number, heading.symbol),
        "",
        NATIONAL_TITLE,
        MOTTO,
        date_line(heading.place, heading.issued),
        "",
        clean_text(heading.kind_name).upper(),
        clean_text(heading.title),
        "",
    ]
    if report.summary:
        lines += [_text_line(Paragraph(report.summary), report.lang), ""]
    for number, section in enumerate(report.sections, start=1):
        lines.append(f"{number}. {clean_text(section.heading)}")
        for block in section.blocks:
            lines += _text_block(block, report.lang)
        lines.append("")
    lines.append(RECIPIENTS_LABEL)
    lines += [f"- {clean_text(r)}" for r in report.recipients]
    lines += ["", *signature_lines(report.signature)]
    if report.signature.name:
        lines.append(clean_text(report.signature.name))
    return "\n".join(lines) + "\n"


def _text_block(block: object, lang: str) -> list[str]:
    if isinstance(block, Paragraph):
        return [_text_line(block, lang)]
    if isinstance(block, BulletList):
        return [f"- {_text_line(item, lang)}" for item in block.items]
    if isinstance(block, Table):
        rows = [block.columns, *block.rows]
        head = [clean_text(block.caption)] if block.caption else []
        return head + [" | ".join(clean_text(cell) for cell in row) for row in rows]
    if isinstance(block, Chart):
        return [f"[{clean_text(block.title)}]"]
    return []


def _text_line(paragraph: Paragraph, lang: str) -> str:
    text = clean_text(paragraph.text)
    link = safe_link(paragraph.link)
    if link:
        text = f"{text} <{link}>"
    return f"{text} ({tone_label(paragraph.tone, lang)})" if paragraph.tone else text
