"""Placeholder until the html renderer lands (this session's work in progress)."""

from __future__ import annotations

from toancanh.reports.model import Report


def render_html(report: Report) -> str:
    raise NotImplementedError("the html renderer is being written")
