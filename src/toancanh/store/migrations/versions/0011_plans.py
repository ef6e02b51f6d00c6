"""Communication plans: plans, their policies, stages, activities, budget lines and KPIs.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables of issue 14 are added here


def downgrade() -> None:
    pass
