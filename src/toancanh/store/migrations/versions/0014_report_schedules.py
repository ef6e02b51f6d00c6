"""Report schedules and their sends (one row per due slot, unique: the claim).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def upgrade() -> None:
    op.create_table(
        "report_schedules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("unit", sa.String(length=200)),
        _ref("watch_id", "watches"),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("cadence", sa.String(length=16), nullable=False),
        sa.Column("at", sa.String(length=5), nullable=False),
        sa.Column("weekday", sa.Integer()),
        _ref("channel_id", "channels", nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("send_when_empty", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("last_sent_for", sa.String(length=40)),
    )
    op.create_table(
        "report_sends",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("schedule_id", "report_schedules", nullable=False),
        sa.Column("due_for", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime()),
        sa.Column("error", sa.Text()),
        sa.Column("file_name", sa.String(length=300)),
        sa.Column("size", sa.Integer()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime()),
        sa.UniqueConstraint("schedule_id", "due_for", name="uq_report_sends_slot"),
    )
    op.create_index("ix_report_sends_due", "report_sends", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_report_sends_due", table_name="report_sends")
    op.drop_table("report_sends")
    op.drop_table("report_schedules")
