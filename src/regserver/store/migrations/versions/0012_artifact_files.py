"""run files, logged models and run deletion

The files of runs and of MLflow's logged models (artifact_files), the logged models themselves, and
runs' delete_time.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 10:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # A plain ADD COLUMN (nullable): SQLite supports it, and a batch copy of runs would cascade deletes.
    op.add_column("runs", sa.Column("delete_time", sa.BigInteger(), nullable=True))
    op.create_table(
        "logged_models",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("experiment_id", Id, nullable=False),
        sa.Column("run_id", Id, nullable=True),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("model_type", sa.String(length=256), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_message", sa.Text(), nullable=False),
        sa.Column("principal", sa.String(length=256), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.Column("update_time", sa.BigInteger(), nullable=False),
        sa.Column("delete_time", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiments.id"],
            name=op.f("fk_logged_models_experiment_id_experiments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_logged_models_run_id_runs"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logged_models")),
        sa.UniqueConstraint("uid", name=op.f("uq_logged_models_uid")),
    )
    with op.batch_alter_table("logged_models", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_logged_models_experiment_id_create_time_id"),
            ["experiment_id", "create_time", "id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_logged_models_run_id"), ["run_id"], unique=False)
    for table in ("logged_model_tags", "logged_model_params"):
        op.create_table(
            table,
            sa.Column("logged_model_id", Id, nullable=False),
            sa.Column("key", sa.String(length=250), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(
                ["logged_model_id"],
                ["logged_models.id"],
                name=op.f(f"fk_{table}_logged_model_id_logged_models"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("logged_model_id", "key", name=op.f(f"pk_{table}")),
        )
    op.create_table(
        "artifact_files",
        sa.Column("owner", sa.String(length=48), nullable=False),
        sa.Column("path", sa.String(length=1024), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=255), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("owner", "path", name=op.f("pk_artifact_files")),
    )
    with op.batch_alter_table("artifact_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_artifact_files_hash"), ["hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("artifact_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_artifact_files_hash"))
    op.drop_table("artifact_files")
    op.drop_table("logged_model_params")
    op.drop_table("logged_model_tags")
    with op.batch_alter_table("logged_models", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_logged_models_run_id"))
        batch_op.drop_index(batch_op.f("ix_logged_models_experiment_id_create_time_id"))
    op.drop_table("logged_models")
    with op.batch_alter_table("runs", schema=None) as batch_op:
        batch_op.drop_column("delete_time")
