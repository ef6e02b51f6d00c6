"""Work in progress: dead letters (migration 0006) and announced items (migration 0007)."""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

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

# The items each source listed and that were queued (scale-out) or followed (embedded):
# an item not stored `requeue_after` seconds after it was queued is queued again at the
# next poll, whatever the feed's cache headers say (a broker restarted without
# persistence loses its queues, and the feed then answers 304), and `toancanh status`
# counts such items. A row whose URL is stored is removed at the source's next poll.
announced_items = keyless_table(
    "announced_items",
    ref("source_id", "sources", primary_key=True),
    Column("url", Text, primary_key=True),
    Column("title", Text),
    Column("published_at", UTCDateTime),
    Column("author", Text),
    Column("announced_at", UTCDateTime, nullable=False),
    Column("queued_at", UTCDateTime, nullable=False, index=True),
)
