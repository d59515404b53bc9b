"""evaluations: evaluation and monitoring records of model versions, and the latest unsliced value per key

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _version_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["version_id"],
        ["model_versions.id"],
        name=op.f(f"fk_{table}_version_id_model_versions"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "evaluations",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("version_id", Id, nullable=False),
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("dataset_digest", sa.String(length=64), nullable=False),
        sa.Column("slice", sa.String(length=256), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("time", sa.BigInteger(), nullable=False),
        sa.Column("principal", sa.String(length=256), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        _version_fk("evaluations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sa.UniqueConstraint("uid", name=op.f("uq_evaluations_uid")),
    )
    op.create_index(op.f("ix_evaluations_version_id_time_id"), "evaluations", ["version_id", "time", "id"])
    op.create_index(op.f("ix_evaluations_version_id_key_time_id"), "evaluations", ["version_id", "key", "time", "id"])
    op.create_table(
        "version_latest_evaluations",
        sa.Column("version_id", Id, nullable=False),
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("time", sa.BigInteger(), nullable=False),
        sa.Column("evaluation_id", Id, nullable=False),
        _version_fk("version_latest_evaluations"),
        sa.PrimaryKeyConstraint("version_id", "key", name=op.f("pk_version_latest_evaluations")),
    )
    op.create_index(op.f("ix_version_latest_evaluations_key_value"), "version_latest_evaluations", ["key", "value"])


def downgrade() -> None:
    op.drop_table("version_latest_evaluations")
    op.drop_table("evaluations")
