"""An index on each article's date as trends use it: published, else first stored.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_articles_when",
        "articles",
        [sa.text("coalesce(published_at, created_at)")],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_articles_when", table_name="articles")
