"""Communication plans: plans, their policies, stages, activities, budget lines and KPIs.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def upgrade() -> None:
    op.create_table(
        "plans",
        _id(),
        _ref("unit_id", "directory_units", ondelete="RESTRICT", nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_plans_year_unit", "plans", ["year", "unit_id"])
    op.create_table(
        "plan_policies",
        _id(),
        _ref("plan_id", "plans", nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        _ref("watch_id", "watches", ondelete="SET NULL"),
    )
    op.create_index("ix_plan_policies_plan_id", "plan_policies", ["plan_id"])
    op.create_table(
        "plan_stages",
        _id(),
        _ref("policy_id", "plan_policies", nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("starts_on", sa.Date()),
        sa.Column("ends_on", sa.Date()),
    )
    op.create_index("ix_plan_stages_policy_id", "plan_stages", ["policy_id"])
    op.create_table(
        "plan_activities",
        _id(),
        _ref("plan_id", "plans", nullable=False),
        _ref("policy_id", "plan_policies", ondelete="SET NULL"),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("on_date", sa.Date()),
        sa.Column("channel", sa.String(length=200)),
        _ref("person_id", "directory_people", ondelete="SET NULL"),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_plan_activities_plan_date", "plan_activities", ["plan_id", "on_date"])
    op.create_table(
        "plan_budget_lines",
        _id(),
        _ref("plan_id", "plans", nullable=False),
        _ref("activity_id", "plan_activities", ondelete="SET NULL"),
        sa.Column("item", sa.String(length=300), nullable=False),
        sa.Column("planned", sa.BigInteger(), nullable=False),
        sa.Column("committed", sa.BigInteger(), nullable=False),
        sa.Column("spent", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=200)),
    )
    op.create_index("ix_plan_budget_lines_plan_id", "plan_budget_lines", ["plan_id"])
    op.create_table(
        "plan_kpis",
        _id(),
        _ref("plan_id", "plans", nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("metric", sa.String(length=24), nullable=False),
        _ref("watch_id", "watches", ondelete="SET NULL"),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("value", sa.Float()),
        sa.Column("source", sa.Text()),
    )
    op.create_index("ix_plan_kpis_plan_id", "plan_kpis", ["plan_id"])


def downgrade() -> None:
    for name, index in (
        ("plan_kpis", "ix_plan_kpis_plan_id"),
        ("plan_budget_lines", "ix_plan_budget_lines_plan_id"),
        ("plan_activities", "ix_plan_activities_plan_date"),
        ("plan_stages", "ix_plan_stages_policy_id"),
        ("plan_policies", "ix_plan_policies_plan_id"),
        ("plans", "ix_plans_year_unit"),
    ):
        op.drop_index(index, table_name=name)
        op.drop_table(name)
