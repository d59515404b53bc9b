"""events: the change log

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 00:48:49.803142
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_revision", sa.BigInteger(), nullable=False),
        sa.Column("compacted_revision", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_log")),
    )
    op.create_table(
        "events",
        sa.Column("revision", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("time", sa.BigInteger(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("model_name", sa.String(length=128), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=True),
        sa.Column("alias", sa.String(length=64), nullable=True),
        sa.Column("previous_version", sa.BigInteger(), nullable=True),
        sa.Column("previous_model_name", sa.String(length=128), nullable=True),
        sa.Column("principal", sa.String(length=256), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_time"), ["time"], unique=False)

    op.execute("INSERT INTO event_log (id, last_revision, compacted_revision) VALUES (1, 0, 0)")


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_time"))

    op.drop_table("events")
    op.drop_table("event_log")
