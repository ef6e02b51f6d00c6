"""The audit log (admins only, ``services.audit``): who changed what and when, with the
record before and after, filtered by entity, actor and dates; the same selection as CSV
(UTF-8 with a BOM, so that spreadsheet programs read Vietnamese correctly)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from toancanh.access import Actor
from toancanh.domain.accounts import AuditEntry
from toancanh.services import audit as service
from toancanh.services.audit import AuditFilter
from toancanh.text.dates import isoformat_local
from toancanh.web.deps import get_store, language, page_actor_at_least
from toancanh.web.i18n import local_time, number, translations
from toancanh.web.rule_text import describe
from toancanh.web.templating import render
from toancanh.web.visibility import day_bound

router = APIRouter()
ADMIN = page_actor_at_least("admin")
PAGE_SIZE = 50
EXPORT_LIMIT = 100_000
ENTITIES = (
    "watch",
    "alert_rule",
    "alert",
    "incident",
    "channel",
    "source",
    "user",
    "directory_unit",
    "directory_person",
    "commission",
    "commission_item",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str
    changed: bool


# A stored moment as the store writes it ("2026-12-07 17:36:02.515617+00:00").
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?$")
# A product's own word (a role, a kind, a severity, a status): translated when shown.
_KEY = re.compile(r"^[a-z][a-z_]*$")


@dataclass(frozen=True)
class Reader:
    """How the log's values read in the visitor's language."""

    gettext: Callable[[str], str]
    lang: str

    def shown(self, value: Any) -> str:
        """A value of a record as a person reads it: local times, words not keys, no
        JSON."""
        if value is None:
            return "–"
        if isinstance(value, bool):
            return "✓" if value else "✗"
        if isinstance(value, list | tuple):
            return ", ".join(self.shown(v) for v in value) or "–"
        if isinstance(value, dict):
            parts = [f"{self.gettext(k)}: {self.shown(v)}" for k, v in value.items()]
            return "; ".join(parts) or "–"
        if isinstance(value, int | float):
            return number(value, self.lang, 0 if float(value).is_integer() else 2)
        text = str(value)
        if _MOMENT.match(text):
            try:
                return local_time(datetime.fromisoformat(text.replace("Z", "+00:00")))
            except ValueError:
                return text
        return self.gettext(text) if _KEY.match(text) else text


def changes(entry: AuditEntry, reader: Reader) -> list[Change]:
    """The fields of the record: for an update only those that changed. A rule's
    parameters read as the rule's sentence."""
    before, after = entry.before or {}, entry.after or {}
    keys = list(dict.fromkeys([*before, *after]))

    def value(record: dict[str, Any], key: str) -> str:
        if key not in record:
            return ""
        if entry.entity == "alert_rule" and key == "params" and isinstance(record[key], dict):
            kind = str(record.get("kind") or after.get("kind") or before.get("kind") or "")
            return describe(kind, record[key], reader.gettext, reader.lang)
        if key in ("id", "watch_id"):  # an id, not a quantity: no thousands separator
            return str(record[key])
        return reader.shown(record[key])

    rows = [
        Change(key, value(before, key), value(after, key), before.get(key) != after.get(key))
        for key in keys
    ]
    if entry.before is not None and entry.after is not None:
        rows = [row for row in rows if row.changed] or rows
    return rows


def _filters(entity: str = "", actor: str = "", since: str = "", until: str = "") -> AuditFilter:
    """The form's filters: an unknown kind of record is ignored, dates are whole days."""
    return AuditFilter(
        entity=entity if entity in ENTITIES else None,
        actor=actor.strip() or None,
        since=day_bound(since),
        until=day_bound(until, end=True, field="until"),
    )


@router.get("/audit", response_class=HTMLResponse)
def audit(
    request: Request,
    entity: str = "",
    actor: str = "",
    since: str = "",
    until: str = "",
    page: int = 1,
    admin: Actor = Depends(ADMIN),
) -> HTMLResponse:
    page = max(1, page)
    found = service.entries(
        get_store(request),
        admin,
        _filters(entity, actor, since, until),
        limit=PAGE_SIZE + 1,
        offset=(page - 1) * PAGE_SIZE,
    )
    query = {"entity": entity, "actor": actor, "since": since, "until": until}
    lang = language(request)
    reader = Reader(translations(lang).gettext, lang)
    return render(
        request,
        "audit.html",
        entries=[(e, changes(e, reader)) for e in found[:PAGE_SIZE]],
        entities=ENTITIES,
        filters=query,
        page=page,
        has_next=len(found) > PAGE_SIZE,
        query_string=urlencode({k: v for k, v in query.items() if v}),
    )


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


@router.get("/audit/export.csv")
def export(
    request: Request,
    admin: Actor = Depends(ADMIN),
    where: AuditFilter = Depends(_filters),  # after the role: a viewer is told 403 first
) -> Response:
    found = service.entries(get_store(request), admin, where, limit=EXPORT_LIMIT)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "at", "actor", "action", "entity", "entity_id", "before", "after"])
    for e in found:
        writer.writerow(
            [
                e.id,
                isoformat_local(e.at),
                _cell(e.actor),
                e.action,
                e.entity,
                e.entity_id or "",
                "" if e.before is None else json.dumps(e.before, ensure_ascii=False),
                "" if e.after is None else json.dumps(e.after, ensure_ascii=False),
            ]
        )
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    return Response(
        "\ufeff" + buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="toancanh-audit-{stamp}.csv"',
            "Cache-Control": "no-store",
        },
    )
