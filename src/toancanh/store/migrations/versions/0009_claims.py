"""Claim desk and statement pickup: claims, their suggestions, the articles carrying a statement.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True),
        _ref("article_id", "articles", nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reasons", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("verdict", sa.String(length=16)),
        _ref("statement_id", "statements", ondelete="SET NULL"),
        sa.Column("note", sa.Text()),
        sa.Column("reviewer", sa.String(length=320)),
        sa.Column("reviewed_at", UTCDateTime()),
        _ref("repeat_of", "claims", ondelete="SET NULL"),
        sa.Column("found_at", UTCDateTime(), nullable=False),
        sa.Column("matched_at", UTCDateTime()),
        sa.UniqueConstraint("article_id", "start", name="uq_claims_article_start"),
    )
    op.create_index("ix_claims_key", "claims", ["key"])
    op.create_index("ix_claims_status_found", "claims", ["status", "found_at"])
    op.create_table(
        "claim_suggestions",
        _ref("claim_id", "claims", primary_key=True),
        _ref("statement_id", "statements", primary_key=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("differences", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
    )
    op.create_index("ix_claim_suggestions_statement_id", "claim_suggestions", ["statement_id"])
    op.create_table(
        "statement_pickups",
        _ref("statement_id", "statements", primary_key=True),
        _ref("article_id", "articles", primary_key=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("differences", sa.Text(), nullable=False),
        sa.Column("outlet", sa.String(length=200)),
        sa.Column("published_at", UTCDateTime()),
    )
    op.create_index("ix_statement_pickups_article_id", "statement_pickups", ["article_id"])
    op.create_index(
        "ix_statement_pickups_statement_published",
        "statement_pickups",
        ["statement_id", "published_at"],
    )


def downgrade() -> None:
    op.drop_table("statement_pickups")
    op.drop_table("claim_suggestions")
    op.drop_index("ix_claims_status_found", table_name="claims")
    op.drop_index("ix_claims_key", table_name="claims")
    op.drop_table("claims")
