"""audit: the hash-chained audit trail and its chain head

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_records",
        sa.Column("sequence", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("time", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.String(length=256), nullable=False),
        sa.Column("method", sa.String(length=256), nullable=False),
        sa.Column("resource", sa.Text(), nullable=False),
        sa.Column("model_name", sa.String(length=128), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("request_json", sa.Text(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_audit_records")),
    )
    op.create_index(op.f("ix_audit_records_time"), "audit_records", ["time"])
    op.create_index(op.f("ix_audit_records_model_name_sequence"), "audit_records", ["model_name", "sequence"])
    op.create_index(op.f("ix_audit_records_principal_sequence"), "audit_records", ["principal", "sequence"])
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_sequence", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    op.execute("INSERT INTO audit_chain (id, last_sequence, last_hash) VALUES (1, 0, '')")


def downgrade() -> None:
    op.drop_table("audit_chain")
    op.drop_table("audit_records")
