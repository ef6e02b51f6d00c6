"""Statements registry: statements, their earlier versions, their watchlists.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("issuer_written", sa.String(length=300), nullable=False),
        sa.Column("spokesperson", sa.String(length=200)),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("legal_refs", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("embargo_until", UTCDateTime()),
        sa.Column("withdrawn_reason", sa.Text()),
        sa.Column("unit", sa.String(length=200)),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=320), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("published_at", UTCDateTime()),
    )
    op.create_index("ix_statements_url", "statements", ["url"])
    op.create_index("ix_statements_status_issued", "statements", ["status", "issued_at"])
    op.create_index("ix_statements_issuer", "statements", ["issuer", "issued_at"])
    op.create_table(
        "statement_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "statement_id",
            sa.Integer(),
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=320), nullable=False),
    )
    op.create_index("ix_statement_versions_statement_id", "statement_versions", ["statement_id"])
    op.create_table(
        "statement_watches",
        sa.Column(
            "statement_id",
            sa.Integer(),
            sa.ForeignKey("statements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "watch_id",
            sa.Integer(),
            sa.ForeignKey("watches.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_statement_watches_watch_id", "statement_watches", ["watch_id"])


def downgrade() -> None:
    op.drop_index("ix_statement_watches_watch_id", table_name="statement_watches")
    op.drop_table("statement_watches")
    op.drop_index("ix_statement_versions_statement_id", table_name="statement_versions")
    op.drop_table("statement_versions")
    op.drop_index("ix_statements_issuer", table_name="statements")
    op.drop_index("ix_statements_status_issued", table_name="statements")
    op.drop_index("ix_statements_url", table_name="statements")
    op.drop_table("statements")
