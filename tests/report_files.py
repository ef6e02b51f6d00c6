"""Checking a report file as its reader would open it: Word with python-docx, the PDF's
signature, the HTML's text. A format whose renderer is still the placeholder of the reports
frame is skipped, so the tests of the front-ends run as soon as the renderers land."""

from __future__ import annotations

import io
from datetime import date

import pytest

from toancanh.reports.model import Heading, Report, Section
from toancanh.reports.render import render


def needs_renderer(fmt: str) -> None:
    probe = Report(
        "digest",
        Heading("Vụ", date(2026, 12, 7), "Hà Nội", "BC-V", "BÁO CÁO", "t"),
        (Section("s", ()),),
    )
    try:
        render(probe, fmt)  # type: ignore[arg-type]
    except NotImplementedError:
        pytest.skip(f"the {fmt} renderer is not written yet")


def docx_text(content: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(content))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def check_file(fmt: str, content: bytes, title: str) -> None:
    """The file is a real one of its format and carries the report's title."""
    if fmt == "docx":
        assert content[:2] == b"PK"
        assert title in docx_text(content)
    elif fmt == "pdf":
        assert content.startswith(b"%PDF")
    else:
        assert title in content.decode("utf-8")
