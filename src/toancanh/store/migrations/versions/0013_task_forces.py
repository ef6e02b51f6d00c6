"""Task forces: members proposed from the directory for an incident, and the after-action review.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def upgrade() -> None:
    op.create_table(
        "task_force_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("incident_id", "incidents", nullable=False),
        _ref("person_id", "directory_people", ondelete="SET NULL"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=300)),
        sa.Column("official_role", sa.String(length=16)),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text()),
        sa.Column("email", sa.String(length=320)),
        sa.Column("confirmed_by", sa.String(length=320), nullable=False),
        sa.Column("confirmed_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("incident_id", "person_id", name="uq_task_force_members_person"),
    )
    op.create_index("ix_task_force_members_incident", "task_force_members", ["incident_id"])
    op.create_table(
        "task_force_notifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("incident_id", "incidents", nullable=False),
        sa.Column("member", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("sent_by", sa.String(length=320), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index(
        "ix_task_force_notifications_incident", "task_force_notifications", ["incident_id", "at"]
    )
    op.create_table(
        "task_force_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("incident_id", "incidents", nullable=False),
        sa.Column("what_happened", sa.Text(), nullable=False),
        sa.Column("to_change", sa.Text(), nullable=False),
        sa.Column("statement_ids", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=320), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("incident_id", name="uq_task_force_reviews_incident"),
    )


def downgrade() -> None:
    op.drop_table("task_force_reviews")
    op.drop_index("ix_task_force_notifications_incident", table_name="task_force_notifications")
    op.drop_table("task_force_notifications")
    op.drop_index("ix_task_force_members_incident", table_name="task_force_members")
    op.drop_table("task_force_members")
