"""promotion events: the request id and target stage of PROMOTION_* events

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29 04:15:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("promotion_request_id", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("target_stage", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("target_stage")
        batch.drop_column("promotion_request_id")
