"""Analysis of each article, facets for filters, analysts' label corrections.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from toancanh.store.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_analysis",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("language", sa.String(8)),
        sa.Column("topic", sa.String(64)),
        sa.Column("topic_score", sa.Float),
        sa.Column("sentiment", sa.String(16)),
        sa.Column("sentiment_score", sa.Float),
        sa.Column("stage", sa.String(16)),
        sa.Column("model_version", sa.String(64), nullable=False),
        sa.Column("analyzed_at", UTCDateTime, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_article_analysis_sentiment", "article_analysis", ["sentiment"])
    op.create_table(
        "article_facets",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(300), primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_article_facets_article_id", "article_facets", ["article_id"])
    op.create_table(
        "label_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("task", sa.String(16), nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("previous", sa.String(64)),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_label_corrections_task", "label_corrections", ["task", "at"])


def downgrade() -> None:
    op.drop_table("label_corrections")
    op.drop_table("article_facets")
    op.drop_table("article_analysis")
