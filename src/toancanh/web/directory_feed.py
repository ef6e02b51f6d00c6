"""The public feeds of spokespersons (``/feeds/spokespersons.atom``, Atom 1.0, and
``/feeds/spokespersons.json``, JSON Feed 1.1): no sign-in, like ``/public/spokespersons``.
Decree 09/2017/NĐ-CP asks that the spokesperson of each body and their contact be made
public; the feeds let the press follow changes.

One entry per spokesperson: their name, title, unit and official contact, nothing more
(focal points and heads are never in it). The entry's update time is the record's last
change, so a reader sees a new spokesperson or a new number as an updated entry.
Everything is text (Atom ``type="text"`` built with ElementTree; JSON ``content_text``
with ``<``, ``>``, ``&`` written as ``\\u003c`` ...), as in the statements' feeds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from toancanh.domain.directory import Person, Unit
from toancanh.services import directory as service
from toancanh.shapes import person_json
from toancanh.web.deps import get_store
from toancanh.web.feeds import ATOM, CACHE, JSON_FEED, _clean, _sub
from toancanh.web.feeds import _inert_json as inert_json  # one escaping for every feed
from toancanh.web.feeds import _stamp as stamp

router = APIRouter(prefix="/feeds", include_in_schema=False)


TITLE = "Toàn Cảnh — Người phát ngôn"


def entry_id(person: Person) -> str:
    return f"urn:toancanh:spokesperson:{person.id}"


def entry_title(unit: Unit, person: Person) -> str:
    return f"{unit.name} — {person.name}"


def entry_text(unit: Unit, person: Person) -> str:
    """The official contact, one line each."""
    lines = [person.name + (f", {person.title}" if person.title else ""), unit.name]
    lines += [f"Điện thoại: {person.phone}"] if person.phone else []
    lines += [f"Thư điện tử: {person.email}"] if person.email else []
    return "\n".join(lines)


def atom(groups: list[tuple[Unit, list[Person]]], *, self_url: str, home: str) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "id", f"urn:toancanh:feed:{self_url}")
    _sub(feed, "title", TITLE)
    people = [(u, p) for u, found in groups for p in found]
    updated = max((p.updated_at for _, p in people), default=datetime(2026, 1, 1, tzinfo=UTC))
    _sub(feed, "updated", stamp(updated))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=_clean(self_url))
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=_clean(_public(home)))
    for unit, person in people:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "id", entry_id(person))
        _sub(entry, "title", entry_title(unit, person))
        _sub(entry, "updated", stamp(person.updated_at))
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        _sub(author, "name", unit.name)
        ET.SubElement(entry, f"{{{ATOM}}}category", term=unit.kind)
        _sub(entry, "content", entry_text(unit, person)).set("type", "text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _public(home: str) -> str:
    return home.rstrip("/") + "/public/spokespersons"


def item(unit: Unit, person: Person, today: Any) -> dict[str, Any]:
    return {
        "id": entry_id(person),
        "title": entry_title(unit, person),
        "content_text": entry_text(unit, person),
        "date_modified": stamp(person.updated_at),
        "authors": [{"name": unit.name}],
        "tags": [unit.kind],
        "_toancanh": person_json(person, today, public=True) | {"unit_kind": unit.kind},
    }


def spokespersons_feed(
    groups: list[tuple[Unit, list[Person]]], *, self_url: str, home: str
) -> dict[str, Any]:
    today = service.today_in_vietnam()
    return {
        "version": JSON_FEED,
        "title": TITLE,
        "home_page_url": _public(home),
        "feed_url": self_url,
        "language": "vi",
        "items": [item(u, p, today) for u, people in groups for p in people],
    }


@router.get("/spokespersons.json")
def spokespersons_json(request: Request) -> Response:
    groups = service.public_spokespersons(get_store(request))
    data = spokespersons_feed(groups, self_url=str(request.url), home=str(request.base_url))
    return Response(
        inert_json(data),
        media_type="application/feed+json; charset=utf-8",
        headers={"Cache-Control": CACHE},
    )


@router.get("/spokespersons.atom")
def spokespersons_atom(request: Request) -> Response:
    groups = service.public_spokespersons(get_store(request))
    body = atom(groups, self_url=str(request.url), home=str(request.base_url))
    return Response(
        body, media_type="application/atom+xml; charset=utf-8", headers={"Cache-Control": CACHE}
    )
