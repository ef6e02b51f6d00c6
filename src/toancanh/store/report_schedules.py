"""Report schedules' repository: schedules (audited as ``report_schedule``) and their
sends, each due slot claimed once by inserting its send row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from toancanh.domain.report_schedules import Schedule, Send
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import report_schedules as sql


class _SlotTaken(Exception):
    pass


def _audit(schedule: Schedule) -> dict[str, Any]:
    data = asdict(schedule)
    for name in ("created_at", "updated_at"):
        data[name] = data[name].isoformat()
    return data


@dataclass
class ReportScheduleRepository:
    db: Database

    def add(self, values: dict[str, Any], actor: str) -> Schedule:
        with self.db.change(actor, "create", "report_schedule") as change:
            schedule_id = sql.add_schedule(change.conn, {**values, "created_by": actor}, change.now)
            schedule = sql.get_schedule(change.conn, schedule_id)
            assert schedule is not None
            change.entity_id, change.after = schedule_id, _audit(schedule)
        return schedule

    def get(self, schedule_id: int) -> Schedule | None:
        with self.db.read() as conn:
            return sql.get_schedule(conn, schedule_id)

    def set_enabled(self, schedule_id: int, enabled: bool, actor: str) -> Schedule | None:
        action = "enable" if enabled else "disable"
        with self.db.change(actor, action, "report_schedule", schedule_id) as change:
            before = sql.get_schedule(change.conn, schedule_id)
            if before is None:
                change.skip()
                return None
            sql.set_enabled(change.conn, schedule_id, enabled, change.now)
            after = sql.get_schedule(change.conn, schedule_id)
            assert after is not None
            change.before, change.after = {"enabled": before.enabled}, {"enabled": enabled}
        return after

    def remove(self, schedule_id: int, actor: str) -> bool:
        with self.db.change(actor, "delete", "report_schedule", schedule_id) as change:
            schedule = sql.get_schedule(change.conn, schedule_id)
            if schedule is None:
                change.skip()
                return False
            change.before = _audit(schedule)
            sql.remove_schedule(change.conn, schedule_id)
        return True

    def using_channel(self, channel_id: int) -> list[int]:
        with self.db.read() as conn:
            return sql.schedules_using_channel(conn, channel_id)

    def claim(
        self,
        schedule_id: int,
        due_for: str,
        *,
        now: datetime,
        lease_until: datetime,
        advance: bool = True,
    ) -> Send | None:
        """The send of this slot if this caller claimed it, None when it was claimed
        before (by another runner, or before a restart). ``advance``: the slot is a time
        slot, which must also be later than the schedule's last one."""
        try:
            with self.db.write() as conn:
                if advance and not sql.advance(conn, schedule_id, due_for):
                    return None
                if not advance:
                    sql.mark_slot(conn, schedule_id, due_for)
                try:
                    return sql.add_send(conn, schedule_id, due_for, now, lease_until)
                except IntegrityError:
                    raise _SlotTaken from None  # rolls the transaction back
        except _SlotTaken:
            return None

    def take(self, send: Send, now: datetime, lease_until: datetime) -> bool:
        """Lease a due pending send for one attempt (False: another runner has it)."""
        with self.db.write() as conn:
            return sql.take(conn, send, now, lease_until)

    def due_sends(self, now: datetime, limit: int = 50) -> list[Send]:
        with self.db.read() as conn:
            return sql.due_sends(conn, now, limit)

    def record_attempt(
        self,
        send_id: int,
        *,
        status: str,
        error: str | None = None,
        next_attempt_at: datetime | None = None,
        file_name: str | None = None,
        size: int | None = None,
    ) -> None:
        now = utcnow()
        values: dict[str, Any] = {
            "status": status,
            "error": error,
            "next_attempt_at": next_attempt_at,
            "sent_at": now if status == "sent" else None,
        }
        if file_name is not None:
            values |= {"file_name": file_name, "size": size}
        with self.db.write() as conn:
            sql.record(conn, send_id, values)

    def get_send(self, send_id: int) -> Send | None:
        with self.db.read() as conn:
            return sql.get_send(conn, send_id)

    def sends(self, schedule_ids: Sequence[int] | None = None, limit: int = 50) -> list[Send]:
        with self.db.read() as conn:
            return sql.list_sends(conn, schedule_ids, limit)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(self, *, enabled_only: bool = False, cadence: str | None = None) -> list[Schedule]:
        with self.db.read() as conn:
            return sql.list_schedules(conn, enabled_only=enabled_only, cadence=cadence)
