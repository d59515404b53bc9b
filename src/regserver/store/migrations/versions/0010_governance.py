"""governance: promotion policies, protected targets, promotion requests, alias and stage history

History starts at the upgrade: aliases and stages held then open an entry at that moment
(cause "migration").

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 04:00:00.000000
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "promotion_policies",
        sa.Column("model_id", Id, nullable=False),
        sa.Column("policy_json", sa.Text(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("updater", sa.String(length=256), nullable=False),
        sa.Column("update_time", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_promotion_policies_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("model_id", name=op.f("pk_promotion_policies")),
    )
    op.create_table(
        "protected_targets",
        sa.Column("model_id", Id, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_protected_targets_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("model_id", "kind", "name", name=op.f("pk_protected_targets")),
    )
    op.create_table(
        "promotion_requests",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("model_id", Id, nullable=False),
        sa.Column("version_id", Id, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("requester", sa.String(length=256), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.Column("decider", sa.String(length=256), nullable=False),
        sa.Column("decision_comment", sa.Text(), nullable=False),
        sa.Column("decide_time", sa.BigInteger(), nullable=True),
        sa.Column("gate_results", sa.Text(), nullable=False),
        sa.Column("previous_version", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_promotion_requests_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["model_versions.id"],
            name=op.f("fk_promotion_requests_version_id_model_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promotion_requests")),
        sa.UniqueConstraint("uid", name=op.f("uq_promotion_requests_uid")),
    )
    op.create_index(op.f("ix_promotion_requests_model_id_id"), "promotion_requests", ["model_id", "id"])
    op.create_index(op.f("ix_promotion_requests_state_id"), "promotion_requests", ["state", "id"])
    op.create_table(
        "target_history",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("model_id", Id, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=64), nullable=False),
        sa.Column("version_id", Id, nullable=False),
        sa.Column("start_time", sa.BigInteger(), nullable=False),
        sa.Column("end_time", sa.BigInteger(), nullable=True),
        sa.Column("principal", sa.String(length=256), nullable=False),
        sa.Column("request_uid", sa.String(length=40), nullable=True),
        sa.Column("cause", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_target_history_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["model_versions.id"],
            name=op.f("fk_target_history_version_id_model_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_history")),
    )
    op.create_index(
        op.f("ix_target_history_model_id_kind_target_start_time"),
        "target_history",
        ["model_id", "kind", "target", "start_time"],
    )
    op.create_index(op.f("ix_target_history_version_id"), "target_history", ["version_id"])
    now = time.time_ns() // 1000
    op.execute(
        sa.text(
            "INSERT INTO target_history (model_id, kind, target, version_id, start_time, principal, cause) "
            "SELECT model_id, 'alias', alias, version_id, :now, '', 'migration' FROM model_aliases"
        ).bindparams(now=now)
    )
    op.execute(
        sa.text(
            "INSERT INTO target_history (model_id, kind, target, version_id, start_time, principal, cause) "
            "SELECT model_id, 'stage', stage, id, :now, '', 'migration' FROM model_versions "
            "WHERE stage IN ('STAGING', 'PRODUCTION', 'ARCHIVED') AND delete_time IS NULL"
        ).bindparams(now=now)
    )


def downgrade() -> None:
    op.drop_table("target_history")
    op.drop_table("promotion_requests")
    op.drop_table("protected_targets")
    op.drop_table("promotion_policies")
