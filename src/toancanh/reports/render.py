"""One entry for every format: a ``Report`` in, the file's bytes out."""

from __future__ import annotations

from toancanh.reports.model import Report, ReportFormat


def render(report: Report, fmt: ReportFormat) -> bytes:
    """The report as a Word file, a PDF, or a self-contained HTML page (UTF-8)."""
    if fmt == "docx":
        from toancanh.reports.docx import render_docx

        return render_docx(report)
    if fmt == "pdf":
        from toancanh.reports.pdf import render_pdf

        return render_pdf(report)
    from toancanh.reports.html import render_html

    return render_html(report).encode("utf-8")
