"""The statements registry (migration 0008): statements, their earlier versions, their
watchlists."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

statements = table(
    "statements",
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("issuer", String(300), nullable=False),  # today's body (the successor)
    Column("issuer_written", String(300), nullable=False),  # as typed
    Column("spokesperson", String(200)),
    Column("kind", String(32), nullable=False),
    Column("issued_at", UTCDateTime, nullable=False),
    Column("url", Text, index=True),
    Column("legal_refs", Text, nullable=False, default="[]"),  # JSON: canonical numbers/titles
    Column("status", String(16), nullable=False),
    Column("embargo_until", UTCDateTime),
    Column("withdrawn_reason", Text),
    Column("unit", String(200)),  # the unit that owns it; None: everyone's
    Column("version", Integer, nullable=False, default=1),
    Column("created_by", String(320), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("published_at", UTCDateTime),  # first publication; None while a draft
    Index("ix_statements_status_issued", "status", "issued_at"),
    Index("ix_statements_issuer", "issuer", "issued_at"),
)

# Earlier wordings, one row per correction: the text as it was before it.
statement_versions = table(
    "statement_versions",
    ref("statement_id", "statements", nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("note", Text, nullable=False),  # what the correction changed
    Column("changed_at", UTCDateTime, nullable=False),
    Column("changed_by", String(320), nullable=False),
)

statement_watches = keyless_table(
    "statement_watches",
    ref("statement_id", "statements", primary_key=True),
    ref("watch_id", "watches", primary_key=True, index=True),
)
