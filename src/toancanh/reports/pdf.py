"""Placeholder until the pdf renderer lands (this session's work in progress)."""

from __future__ import annotations

from toancanh.reports.model import Report


def render_pdf(report: Report) -> bytes:
    raise NotImplementedError("the pdf renderer is being written")
