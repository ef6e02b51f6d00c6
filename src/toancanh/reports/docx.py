"""Placeholder until the docx renderer lands (this session's work in progress)."""

from __future__ import annotations

from toancanh.reports.model import Report


def render_docx(report: Report) -> bytes:
    raise NotImplementedError("the docx renderer is being written")
