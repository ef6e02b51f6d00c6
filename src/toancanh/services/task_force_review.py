"""The after-action review of an incident: written once it is closed, prefilled from the
data (the closing summary, the timeline, the statements of its watchlist and their
pickup), edited by the lead, exported as Markdown or HTML.

The review is the lead's words over the record; the timeline and the pickup figures are
read live, so an export always shows what the database holds.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.incidents import Incident, IncidentEvent
from toancanh.domain.statements import PUBLIC_STATUSES, Statement
from toancanh.domain.task_forces import Member
from toancanh.errors import Conflict, Invalid
from toancanh.services import pickup, statements
from toancanh.services.pickup import PickupSummary
from toancanh.store import Store
from toancanh.text.dates import to_local

MAX_TEXT = 20_000


@dataclass(frozen=True)
class AfterAction:
    incident: Incident
    what_happened: str
    to_change: str
    timeline: tuple[IncidentEvent, ...]
    members: list[Member]
    said: list[tuple[Statement, PickupSummary]]
    saved: bool  # False: a prefilled draft nobody saved yet
    updated_by: str | None = None
    updated_at: datetime | None = None


def _closed(incident: Incident) -> Incident:
    if incident.status != "closed":
        raise Conflict(
            "the after-action review is written once incident #{incident_id} is closed",
            field="incident",
            incident_id=incident.id,
        )
    return incident


def _linked(store: Store, actor: Actor, incident: Incident) -> list[int]:
    """The published statements tied to the incident's watchlist."""
    if incident.watch_id is None:
        return []
    found: list[int] = []
    for status in PUBLIC_STATUSES:
        rows = statements.list_statements(store, actor, status=status, limit=500)
        found += [s.id for s in rows if incident.watch_id in s.watch_ids]
    return sorted(set(found))


def review(store: Store, actor: Actor, incident_id: int) -> AfterAction:
    """The review of a closed incident: as saved, or prefilled from the data."""
    access.require_role(actor, "viewer")
    incident = _closed(
        access.visible_incident(actor, store.incidents.get(incident_id), incident_id)
    )
    saved = store.task_forces.review(incident.id)
    ids = list(saved.statement_ids) if saved else _linked(store, actor, incident)
    said = []
    for statement_id in ids:
        try:
            found = statements.get_statement(store, actor, statement_id)
        except LookupError:
            continue
        said.append((found, pickup.summary(store, actor, statement_id)))
    return AfterAction(
        incident=incident,
        what_happened=saved.what_happened if saved else (incident.summary or ""),
        to_change=saved.to_change if saved else "",
        timeline=incident.events,
        members=store.task_forces.members(incident.id),
        said=said,
        saved=saved is not None,
        updated_by=saved.updated_by if saved else None,
        updated_at=saved.updated_at if saved else None,
    )


def _text(value: str, name: str) -> str:
    if len(value) > MAX_TEXT:
        raise Invalid(
            "{name} is longer than {limit} characters", field=name, name=name, limit=MAX_TEXT
        )
    return value.strip()


def save(
    store: Store,
    actor: Actor,
    incident_id: int,
    *,
    what_happened: str | None = None,
    to_change: str | None = None,
    statement_ids: Sequence[int] | None = None,
) -> AfterAction:
    """Record the review (what is not given keeps its saved or prefilled value)."""
    access.require_role(actor, "analyst")
    incident = access.changeable_incident(actor, store.incidents.get(incident_id), incident_id)
    current = review(store, actor, _closed(incident).id)
    ids = [s.id for s, _ in current.said]
    if statement_ids is not None:
        ids = list(dict.fromkeys(statement_ids))
        for statement_id in ids:
            statements.get_statement(store, actor, statement_id)
    happened = _text(
        what_happened if what_happened is not None else current.what_happened, "what_happened"
    )
    if not happened:
        raise Invalid("say what happened", field="what_happened")
    store.task_forces.save_review(
        incident.id,
        what_happened=happened,
        to_change=_text(to_change if to_change is not None else current.to_change, "to_change"),
        statement_ids=ids,
        actor=actor.name,
    )
    return review(store, actor, incident.id)


def _when(moment: datetime | None) -> str:
    return to_local(moment).strftime("%d/%m/%Y %H:%M") if moment else "—"


def markdown(after: AfterAction) -> str:
    """The review as Markdown (scraped titles are plain text here: a Markdown reader that
    renders HTML should be given the HTML export instead)."""
    incident = after.incident
    lines = [
        f"# Rút kinh nghiệm sự cố #{incident.id}: {incident.title}",
        "",
        f"- Mở / opened: {_when(incident.opened_at)}; đóng / closed: {_when(incident.closed_at)}",
        f"- Mức độ / severity: {incident.severity}; đơn vị / unit: {incident.unit or '—'}",
        "",
        "## Diễn biến / What happened",
        "",
        after.what_happened or "—",
        "",
        "## Tổ công tác / Task force",
        "",
    ]
    lines += [f"- {m.name} ({m.unit or '—'}): {m.role}" for m in after.members] or ["—"]
    lines += ["", "## Dòng thời gian / Timeline", ""]
    lines += [f"- {_when(e.at)} [{e.kind}] {e.text} ({e.author})" for e in after.timeline] or ["—"]
    lines += ["", "## Đã phát ngôn / What was said", ""]
    for statement, summary in after.said:
        issued = _when(statement.issued_at)
        lines.append(
            f"- #{statement.id} {statement.title} ({statement.issuer}, {issued}):"
            f" {summary.articles} bài / articles, {summary.outlets} báo / outlets"
        )
    if not after.said:
        lines.append("—")
    lines += ["", "## Cần thay đổi / What to change", "", after.to_change or "—", ""]
    return "\n".join(lines)


def html_document(after: AfterAction) -> str:
    """The review as a standalone HTML page; every text is escaped."""
    body: list[str] = []
    for line in markdown(after).split("\n"):
        safe = html.escape(line)
        in_list = bool(body) and body[-1] == "</ul>"
        if line.startswith("- "):
            if in_list:
                body.pop()
            else:
                body.append("<ul>")
            body += [f"<li>{html.escape(line[2:])}</li>", "</ul>"]
        elif line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line:
            body.append(f"<p>{safe}</p>")
    title = html.escape(f"Rút kinh nghiệm sự cố #{after.incident.id}")
    return (
        '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
