"""Task forces' repository: members confirmed, notifications and reviews, each audited
(``task_force`` and ``task_force_review`` in the audit log)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.incidents import IncidentMember
from toancanh.domain.task_forces import Member, Notice, Review
from toancanh.store.database import Database
from toancanh.store.sql import incidents as incident_sql
from toancanh.store.sql import task_forces as sql


def _members_audit(found: Sequence[Member]) -> dict[str, Any]:
    return {"members": [{k: v for k, v in asdict(m).items() if k in _KEPT} for m in found]}


_KEPT = ("person_id", "name", "unit", "role")


@dataclass
class TaskForceRepository:
    db: Database

    def confirm(
        self, incident_id: int, rows: Sequence[dict[str, Any]], *, actor: str, text: str
    ) -> list[Member]:
        """Replace the task force; the incident's own member list and timeline follow."""
        with self.db.change(actor, "update", "task_force", incident_id) as change:
            conn = change.conn
            change.before = _members_audit(sql.members(conn, incident_id))
            sql.replace_members(conn, incident_id, rows, actor, change.now)
            team = [IncidentMember(r["name"], r.get("unit"), r["role"]) for r in rows]
            incident_sql.set_members(conn, incident_id, team)
            incident_sql.add_event(
                conn, incident_id, kind="task_force", text=text, author=actor, now=change.now
            )
            after = sql.members(conn, incident_id)
            change.after = _members_audit(after)
        return after

    def members(self, incident_id: int) -> list[Member]:
        with self.db.read() as conn:
            return sql.members(conn, incident_id)

    def record_notices(
        self, incident_id: int, rows: Sequence[dict[str, Any]], *, actor: str
    ) -> None:
        """Each notification sent and its outcome, audited together."""
        with self.db.change(actor, "notify", "task_force", incident_id) as change:
            for row in rows:
                sql.add_notice(
                    change.conn,
                    row | {"incident_id": incident_id, "sent_by": actor, "at": change.now},
                )
            change.after = {"notifications": [dict(r) for r in rows]}

    def notices(self, incident_id: int) -> list[Notice]:
        with self.db.read() as conn:
            return sql.notices(conn, incident_id)

    def save_review(
        self,
        incident_id: int,
        *,
        what_happened: str,
        to_change: str,
        statement_ids: Sequence[int],
        actor: str,
    ) -> Review:
        with self.db.change(actor, "update", "task_force_review", incident_id) as change:
            before = sql.get_review(change.conn, incident_id)
            change.before = _review_audit(before) if before else None
            sql.save_review(
                change.conn,
                incident_id,
                what_happened=what_happened,
                to_change=to_change,
                statement_ids=statement_ids,
                actor=actor,
                now=change.now,
            )
            after = sql.get_review(change.conn, incident_id)
            assert after is not None
            change.after = _review_audit(after)
        return after

    def review(self, incident_id: int) -> Review | None:
        with self.db.read() as conn:
            return sql.get_review(conn, incident_id)


def _review_audit(review: Review) -> dict[str, Any]:
    data = asdict(review)
    data["updated_at"] = review.updated_at.isoformat()
    data["statement_ids"] = list(review.statement_ids)
    return data
