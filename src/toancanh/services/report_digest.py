"""Placeholder until the digest report lands (this session's work in progress)."""

from __future__ import annotations

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.reports.model import Report
from toancanh.services.reports import ReportRequest
from toancanh.store import Store


def compose_digest(
    store: Store, actor: Actor, request: ReportRequest, settings: Settings
) -> Report:
    raise NotImplementedError("the digest report is being written")
