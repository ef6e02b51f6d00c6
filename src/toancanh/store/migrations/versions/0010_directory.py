"""The network directory: units of the communication network and people in official roles.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def upgrade() -> None:
    op.create_table(
        "directory_units",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        _ref("parent_id", "directory_units", ondelete="SET NULL"),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("name", name="uq_directory_units_name"),
    )
    op.create_index("ix_directory_units_parent_id", "directory_units", ["parent_id"])
    op.create_index("ix_directory_units_kind", "directory_units", ["kind", "name"])
    op.create_table(
        "directory_people",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("unit_id", "directory_units", ondelete="RESTRICT", nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200)),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=50)),
        sa.Column("email", sa.String(length=320)),
        sa.Column("verified_on", sa.Date()),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_directory_people_unit_role", "directory_people", ["unit_id", "role"])
    op.create_index("ix_directory_people_role", "directory_people", ["role"])


def downgrade() -> None:
    op.drop_index("ix_directory_people_role", table_name="directory_people")
    op.drop_index("ix_directory_people_unit_role", table_name="directory_people")
    op.drop_table("directory_people")
    op.drop_index("ix_directory_units_kind", table_name="directory_units")
    op.drop_index("ix_directory_units_parent_id", table_name="directory_units")
    op.drop_table("directory_units")
