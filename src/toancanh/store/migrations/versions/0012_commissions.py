"""Press commissioning: orders to press agencies, their deliverables and delivered items.

``commissions.plan_id`` has no foreign key: the plans table (0011) is built on another
branch; the service checks the plan exists.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, **options: Any) -> sa.Column[int]:
    return sa.Column(
        name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete="CASCADE"), **options
    )


def upgrade() -> None:
    op.create_table(
        "commissions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.Integer()),
        sa.Column("unit", sa.String(length=200)),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("contract_number", sa.String(length=100)),
        sa.Column("contract_date", sa.Date()),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("criteria", sa.Text()),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_commissions_plan", "commissions", ["plan_id"])
    op.create_index("ix_commissions_unit", "commissions", ["unit"])
    op.create_table(
        "commission_deliverables",
        _ref("commission_id", "commissions", primary_key=True),
        sa.Column("kind", sa.String(length=16), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "commission_watches",
        _ref("commission_id", "commissions", primary_key=True),
        _ref("watch_id", "watches", primary_key=True),
    )
    op.create_index("ix_commission_watches_watch_id", "commission_watches", ["watch_id"])
    op.create_table(
        "commission_items",
        _ref("commission_id", "commissions", primary_key=True),
        _ref("article_id", "articles", primary_key=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=320), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text()),
    )
    op.create_index("ix_commission_items_article_id", "commission_items", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_commission_items_article_id", table_name="commission_items")
    op.drop_table("commission_items")
    op.drop_index("ix_commission_watches_watch_id", table_name="commission_watches")
    op.drop_table("commission_watches")
    op.drop_table("commission_deliverables")
    op.drop_index("ix_commissions_unit", table_name="commissions")
    op.drop_index("ix_commissions_plan", table_name="commissions")
    op.drop_table("commissions")
