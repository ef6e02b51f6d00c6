"""What a scheduled report says around its file: the e-mail's bodies, the Telegram
caption, the webhook's metadata.

The body is the report itself as an HTML e-mail (charts as inline images, a plain-text
alternative) under a short note of what is attached and why; a rendering that does not
carry its report gets the note alone. Every value is escaped in the HTML.
"""

from __future__ import annotations

from html import escape

from toancanh.alerts.channels.base import Document
from toancanh.domain.report_schedules import Schedule, Send
from toancanh.reports.html import email_parts
from toancanh.services.reports import RenderedReport

_WORDS = {
    "vi": {
        "attached": "Báo cáo đính kèm",
        "empty": "Không có tin mới trong kỳ báo cáo.",
        "why": "Gửi theo lịch báo cáo #{id} của Toàn Cảnh.",
        "critical": "Gửi do có cảnh báo nghiêm trọng.",
        "open": "Xem trên Toàn Cảnh",
    },
    "en": {
        "attached": "The report is attached",
        "empty": "Nothing new in the period.",
        "why": "Sent by Toàn Cảnh report schedule #{id}.",
        "critical": "Sent because of a critical alert.",
        "open": "Open in Toàn Cảnh",
    },
}


_BODY_OPEN = '<body style="margin:0;padding:0;background:#ffffff;">'


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def document_for(
    schedule: Schedule, send: Send, rendered: RenderedReport, public_url: str | None
) -> Document:
    words = _WORDS.get(schedule.lang, _WORDS["vi"])
    lines = [f"{words['attached']}: {rendered.filename} ({_size(len(rendered.content))})"]
    if rendered.empty:
        lines.append(words["empty"])
    if send.due_for.startswith("alert:"):
        lines.append(words["critical"])
    lines.append(words["why"].format(id=schedule.id))
    link = f"{public_url.rstrip('/')}/" if public_url else None
    text = "\n".join([rendered.title, "", *lines, *([link] if link else [])])
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in lines)
    anchor = f'<p><a href="{escape(link)}">{escape(words["open"])}</a></p>' if link else ""
    html = (
        f'<!doctype html><html lang="{escape(schedule.lang)}"><body>'
        f'<h1 style="font-size:16pt">{escape(rendered.title)}</h1>{paragraphs}{anchor}'
        "</body></html>"
    )
    images: dict[str, bytes] = {}
    if rendered.report is not None:  # the body is the report itself, its file attached
        parts = email_parts(rendered.report)
        text = "\n".join([*lines, "", parts.text, *([link] if link else [])])
        html = parts.html.replace(_BODY_OPEN, f"{_BODY_OPEN}{paragraphs}{anchor}", 1)
        images = parts.images
    key = f"report-{schedule.id}.{send.due_for.replace(':', '-')}"
    meta = {
        "schedule_id": schedule.id,
        "kind": schedule.kind,
        "unit": schedule.unit,
        "watch": schedule.watch,
        "format": schedule.format,
        "cadence": schedule.cadence,
        "due_for": send.due_for,
        "lang": schedule.lang,
        "empty": rendered.empty,
    }
    return Document(
        key=key,
        title=rendered.title,
        filename=rendered.filename,
        media_type=rendered.media_type,
        content=rendered.content,
        text=text,
        html=html,
        meta=meta,
        images=images,
    )
