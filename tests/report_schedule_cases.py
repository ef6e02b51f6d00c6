"""What the report schedule tests share: a tiny real Word file standing in for the
composers (written by others), the unit, its people and a webhook channel."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

import docx

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.watches import WatchSpec
from toancanh.reports.model import MEDIA_TYPES
from toancanh.services import channels, watchlists
from toancanh.services.reports import RenderedReport, ReportRequest
from toancanh.store import Store

UNIT = "Vụ Truyền thông"
OTHER_UNIT = "Sở Văn hóa tỉnh"
ADMIN = Actor("admin@bo.gov.vn", "admin", None, 1)
ANALYST = Actor("an@moh.gov.vn", "analyst", UNIT, 2)
OTHER = Actor("khac@tinh.gov.vn", "analyst", OTHER_UNIT, 3)
VIEWER = Actor("xem@moh.gov.vn", "viewer", UNIT, 4)
SECRET = "s3cret-for-tests-0123456789"
FILE_NAME = "Điểm tin báo chí 07-12-2026.docx"


def tiny_docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@dataclass
class FakeProduce:
    """Stands in for ``render_report``: records each request, returns a real DOCX."""

    empty: bool = False
    calls: list[tuple[Actor, ReportRequest]] = field(default_factory=list)
    fail: Exception | None = None

    def __call__(
        self, store: Store, actor: Actor, request: ReportRequest, settings: Settings
    ) -> RenderedReport:
        self.calls.append((actor, request))
        if self.fail is not None:
            raise self.fail
        return RenderedReport(
            filename=FILE_NAME,
            media_type=MEDIA_TYPES["docx"],
            content=tiny_docx(f"Điểm tin {request.kind} {request.day}"),
            title="Điểm tin báo chí ngày 07/12/2026",
            empty=self.empty,
        )


def add_webhook(store: Store, url: str, name: str = "Kênh báo cáo") -> None:
    channels.add_channel(
        store, ADMIN, name, "webhook", {"url": url, "secret": SECRET, "allow_private": True}
    )


def add_watch(
    store: Store, name: str = "Nhà ở xã hội", unit: str = UNIT, shared: bool = True
) -> int:
    spec = WatchSpec(name=name, query="nhà ở xã hội", unit=unit, shared=shared)
    return watchlists.add_watch(store, ADMIN, spec, match_history=False).id


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
