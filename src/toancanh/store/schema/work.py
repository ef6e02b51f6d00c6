"""Scale-out bookkeeping (migration 0006)."""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, table

# Scale-out: tasks that could not complete (a crash, or retries exhausted), kept with
# their arguments so that `toancanh replay-dead` can send them again.
dead_letters = table(
    "dead_letters",
    Column("task", String(100), nullable=False),
    Column("arguments", Text, nullable=False),  # JSON: the task's keyword arguments
    Column("url", Text),
    Column("reason", String(100), nullable=False),
    Column("detail", Text),
    Column("attempts", Integer, nullable=False),
    Column("failed_at", UTCDateTime, nullable=False, index=True),
    Column("replayed_at", UTCDateTime),
    Column("discarded_at", UTCDateTime),  # handled without resending
)
