"""Task forces: members proposed from the directory for an incident, and the after-action review.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the tables of issue 14 are added here


def downgrade() -> None:
    pass
