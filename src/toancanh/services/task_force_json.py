"""Task forces as JSON, the same for the CLI's ``--json`` and the API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from toancanh.domain.task_forces import Member, Notice, Proposed
from toancanh.services.task_force_review import AfterAction
from toancanh.services.task_forces import TaskForce
from toancanh.text.dates import isoformat_local


def proposed_json(found: Proposed) -> dict[str, Any]:
    return asdict(found)


def member_json(member: Member) -> dict[str, Any]:
    data = asdict(member)
    data["confirmed_at"] = isoformat_local(member.confirmed_at)
    return data


def notice_json(notice: Notice) -> dict[str, Any]:
    data = asdict(notice)
    data["at"] = isoformat_local(notice.at)
    return data


def task_force_json(force: TaskForce) -> dict[str, Any]:
    return {
        "incident_id": force.incident.id,
        "status": force.incident.status,
        "members": [member_json(m) for m in force.members],
        "notifications": [notice_json(n) for n in force.notices],
    }


def review_json(after: AfterAction) -> dict[str, Any]:
    return {
        "incident_id": after.incident.id,
        "saved": after.saved,
        "what_happened": after.what_happened,
        "to_change": after.to_change,
        "updated_by": after.updated_by,
        "updated_at": isoformat_local(after.updated_at) if after.updated_at else None,
        "members": [member_json(m) for m in after.members],
        "timeline": [
            {"at": isoformat_local(e.at), "kind": e.kind, "text": e.text, "author": e.author}
            for e in after.timeline
        ],
        "statements": [
            {"id": s.id, "title": s.title, "issuer": s.issuer, "pickup": summary.as_json()}
            for s, summary in after.said
        ],
    }
