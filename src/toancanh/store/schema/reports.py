"""Report schedules and their sends (migration 0014).

A schedule says what report goes where and when; each due slot of a schedule is one send
row, unique per (schedule, slot): inserting that row is how a runner claims the slot, so
two runners (two processes, a restart) never send the same slot twice.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Text, UniqueConstraint

from toancanh.store.schema.base import UTCDateTime, ref, table

report_schedules = table(
    "report_schedules",
    Column("kind", String(16), nullable=False),  # digest, briefing
    Column("unit", String(200)),  # the digest's unit (and the owner of a briefing's schedule)
    ref("watch_id", "watches"),  # a briefing's watchlist (removed with it)
    Column("format", String(8), nullable=False),  # docx, pdf, html
    Column("cadence", String(16), nullable=False),  # daily, weekly, critical_alert
    Column("at", String(5), nullable=False),  # "HH:MM", Vietnam time
    Column("weekday", Integer),  # weekly: 0 Monday ... 6 Sunday
    ref("channel_id", "channels", nullable=False),
    Column("lang", String(2), nullable=False, default="vi"),
    Column("send_when_empty", Boolean, nullable=False, default=False),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_by", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    # The slot last claimed ("2026-12-07", "alert:42"): the next one due is after it.
    Column("last_sent_for", String(40)),
)

report_sends = table(
    "report_sends",
    ref("schedule_id", "report_schedules", nullable=False),
    Column("due_for", String(40), nullable=False),  # the slot: "2026-12-07" or "alert:42"
    Column("status", String(16), nullable=False),  # pending, sent, failed, skipped_empty
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime),  # pending: when it may be tried (a lease too)
    Column("error", Text),
    Column("file_name", String(300)),
    Column("size", Integer),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    UniqueConstraint("schedule_id", "due_for", name="uq_report_sends_slot"),
    Index("ix_report_sends_due", "status", "next_attempt_at"),
)
