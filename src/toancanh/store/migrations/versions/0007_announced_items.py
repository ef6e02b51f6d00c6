"""Announced items: what each source listed and was queued, until it is stored.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "announced_items",
        sa.Column(
            "source_id",
            sa.Integer(),
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("url", sa.Text(), primary_key=True),
        sa.Column("title", sa.Text()),
        sa.Column("published_at", UTCDateTime()),
        sa.Column("author", sa.Text()),
        sa.Column("announced_at", UTCDateTime(), nullable=False),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_announced_items_queued_at", "announced_items", ["queued_at"])


def downgrade() -> None:
    op.drop_index("ix_announced_items_queued_at", table_name="announced_items")
    op.drop_table("announced_items")
