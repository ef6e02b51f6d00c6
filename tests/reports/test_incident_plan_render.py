"""The incident and plan reports written as Word files and read back with python-docx:
the title, the numbered sections in order, the tables' figures, the charts as images, and
hostile titles as plain text."""

from __future__ import annotations

import io

import docx

from reports.test_incident_plan_compose import HOSTILE, SIGNATURE, _heading, _incident, _plan
from toancanh.reports.incident import compose_incident_report
from toancanh.reports.incident import report_title as incident_title
from toancanh.reports.plan import compose_plan_report
from toancanh.reports.plan import report_title as plan_title
from toancanh.reports.render import render


def _read(content: bytes) -> tuple[list[str], list[list[str]], int]:
    document = docx.Document(io.BytesIO(content))
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    return paragraphs, cells, len(document.inline_shapes)


def test_the_incident_report_as_word() -> None:
    data = _incident()
    report = compose_incident_report(data, _heading(incident_title(data.title)), SIGNATURE)
    paragraphs, cells, images = _read(render(report, "docx"))
    assert f"Báo cáo sự cố truyền thông: Học phí {HOSTILE}" in paragraphs
    numbered = [p for p in paragraphs if p[:2] in {f"{n}." for n in range(1, 7)}]
    assert numbered == [f"{n}. {s.heading}" for n, s in enumerate(report.sections, 1)]
    assert ["VnExpress", "1.000", "600"] in cells
    assert images == 1  # the articles-a-day chart


def test_the_plan_report_as_word() -> None:
    data = _plan()
    report = compose_plan_report(data, _heading(plan_title(data.title)), SIGNATURE)
    paragraphs, cells, images = _read(render(report, "docx"))
    assert f"Báo cáo kết quả thực hiện kế hoạch truyền thông: Kế hoạch {HOSTILE}" in paragraphs
    assert ["Tổng cộng", "45.000.000", "5.000.000", "13.750.000", ""] in cells
    assert any(row[-1] == "Chưa đạt" for row in cells)
    assert images == 1  # the one KPI with a weekly trend


def test_the_incident_report_as_pdf_and_html() -> None:
    import unicodedata

    from pypdf import PdfReader

    data = _incident()
    report = compose_incident_report(data, _heading(incident_title(data.title)), SIGNATURE)
    pages = PdfReader(io.BytesIO(render(report, "pdf"))).pages
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in pages))
    assert f"Báo cáo sự cố truyền thông: Học phí {HOSTILE}" in text
    assert "6. Rút kinh nghiệm" in text and "3 giờ 20 phút" in text
    page = render(report, "html").decode("utf-8")
    assert "&lt;script&gt;alert" in page and "<script>alert" not in page
    assert "Thông cáo, phát ngôn và mức độ đăng tải" in page
