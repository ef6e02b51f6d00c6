"""Public feeds of the statements registry, for the press: no sign-in.

``/feeds/statements.atom`` (Atom 1.0) and ``/feeds/statements.json`` (JSON Feed 1.1), each
narrowed by ``?issuer=`` (a body's name or abbreviation, resolved to today's body) and
``?watch=`` (a shared watchlist's id; a private one is not found). They carry what
``services.statements.feed`` gives: published statements past their embargo, last
changed first. A correction is the same entry with a later ``updated`` time, its title
marked "[Đính chính]" and the note appended; a withdrawn statement stays as an entry
marked "[Thu hồi]" whose content is the reason, not the withdrawn text. Never a draft,
never one still under embargo.

Everything is text: the XML is built with ElementTree (which escapes), the content is
``type="text"`` / ``content_text`` (never HTML), characters XML cannot hold are dropped,
and ``<``, ``>``, ``&`` in the JSON are written as ``\\u003c`` ... so that no reader
sniffing the JSON as HTML finds a tag.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from toancanh.domain.statements import Statement
from toancanh.services import statements as service
from toancanh.web.deps import get_store

router = APIRouter(prefix="/feeds", include_in_schema=False)

ATOM = "http://www.w3.org/2005/Atom"
JSON_FEED = "https://jsonfeed.org/version/1.1"
FEED_SIZE = 50
CACHE = "public, max-age=60"
# What XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF), and the C1
# controls it discourages (feed readers take them for windows-1252 and change them).
_NOT_XML = re.compile("[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
MARKS = {"corrected": "[Đính chính] ", "withdrawn": "[Thu hồi] "}

Issuer = Annotated[str | None, Query(max_length=300, description="A body's name or abbreviation.")]
WatchParam = Annotated[int | None, Query(ge=1, le=2**31 - 1, description="A watchlist's id.")]


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def entry_id(statement: Statement) -> str:
    return f"urn:toancanh:statement:{statement.id}"


def entry_title(statement: Statement) -> str:
    return MARKS.get(statement.status, "") + statement.title


def entry_text(statement: Statement) -> str:
    """What an entry says: the text (with the last correction's note), or the reason of a
    withdrawal."""
    if statement.status == "withdrawn":
        return f"Thông cáo đã bị thu hồi. Lý do: {statement.withdrawn_reason or ''}"
    text = statement.text
    if statement.versions:
        text += f"\n\nĐính chính (phiên bản {statement.version}): {statement.versions[-1].note}"
    elif statement.version > 1:
        text += f"\n\nĐính chính (phiên bản {statement.version})."
    return text


def _title(issuer: str | None, watch: int | None) -> str:
    title = "Toàn Cảnh — Thông cáo"
    if issuer:
        title += f" — {issuer}"
    if watch:
        title += f" — danh mục #{watch}"
    return title


def atom(found: list[Statement], *, title: str, self_url: str, home: str) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:toancanh:feed:{self_url}")
    _sub(feed, "title", title)
    updated = max((s.updated_at for s in found), default=datetime(2026, 1, 1, tzinfo=UTC))
    _sub(feed, "updated", _stamp(updated))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=_clean(self_url))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=_clean(home))
    for s in found:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "id", entry_id(s))
        _sub(entry, "title", entry_title(s))
        _sub(entry, "updated", _stamp(s.updated_at))
        if s.published_at:
            _sub(entry, "published", _stamp(s.published_at))
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _sub(author, "name", s.issuer)
        if s.spokesperson:
            contributor = ET.SubElement(entry, f"{{{ATOM}}}contributor")
            _sub(contributor, "name", s.spokesperson)
        if s.url:
            ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=_clean(s.url))
        ET.SubElement(entry, f"{{{ATOM}}}category", term=s.kind)
        _sub(entry, "content", entry_text(s)).set("type", "text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    child.text = _clean(text)
    return child


def json_feed(found: list[Statement], *, title: str, self_url: str, home: str) -> dict[str, Any]:
    items = []
    for s in found:
        item: dict[str, Any] = {
            "id": entry_id(s),
            "title": entry_title(s),
            "content_text": entry_text(s),
            "date_modified": _stamp(s.updated_at),
            "authors": [{"name": s.issuer}],
            "tags": [s.kind],
            "_toancanh": {
                "statement_id": s.id,
                "status": s.status,
                "issuer": s.issuer,
                "spokesperson": s.spokesperson,
                "issued_at": _stamp(s.issued_at),
                "version": s.version,
                "legal_refs": list(s.legal_refs),
                "withdrawn_reason": s.withdrawn_reason,
            },
        }
        if s.url:
            item["url"] = s.url
        if s.published_at:
            item["date_published"] = _stamp(s.published_at)
        items.append(item)
    return {
        "version": JSON_FEED,
        "title": title,
        "home_page_url": home,
        "feed_url": self_url,
        "language": "vi",
        "items": items,
    }


def _inert_json(data: Any) -> bytes:
    text = json.dumps(data, ensure_ascii=False)
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    return text.encode("utf-8")


def _found(request: Request, issuer: str | None, watch: int | None) -> list[Statement]:
    store = get_store(request)
    found = service.feed(store, issuer=issuer, watch_id=watch, limit=FEED_SIZE)
    # The versions (for the correction's note) are read per entry: at most FEED_SIZE.
    return [store.statements.get(s.id) or s if s.version > 1 else s for s in found]


@router.get("/statements.atom")
def statements_atom(request: Request, issuer: Issuer = None, watch: WatchParam = None) -> Response:
    found = _found(request, issuer, watch)
    body = atom(
        found,
        title=_title(issuer, watch),
        self_url=str(request.url),
        home=str(request.base_url),
    )
    return Response(
        body, media_type="application/atom+xml; charset=utf-8", headers={"Cache-Control": CACHE}
    )


@router.get("/statements.json")
def statements_json(request: Request, issuer: Issuer = None, watch: WatchParam = None) -> Response:
    found = _found(request, issuer, watch)
    data = json_feed(
        found,
        title=_title(issuer, watch),
        self_url=str(request.url),
        home=str(request.base_url),
    )
    return Response(
        _inert_json(data),
        media_type="application/feed+json; charset=utf-8",
        headers={"Cache-Control": CACHE},
    )
