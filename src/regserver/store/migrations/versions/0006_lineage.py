"""lineage: datasets, run inputs, code versions, environments, version parents, fingerprints

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.add_column(
        "model_versions", sa.Column("fingerprint", sa.String(length=64), server_default=sa.text("''"), nullable=False)
    )
    op.create_index(op.f("ix_model_versions_fingerprint"), "model_versions", ["fingerprint"])
    op.create_table(
        "datasets",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("source_uri", sa.String(length=2048), nullable=False),
        sa.Column("schema", sa.Text(), nullable=False),
        sa.Column("row_count", sa.BigInteger(), nullable=True),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_datasets")),
        sa.UniqueConstraint("digest", name=op.f("uq_datasets_digest")),
    )
    op.create_table(
        "run_inputs",
        sa.Column("run_id", Id, nullable=False),
        sa.Column("dataset_id", Id, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        _fk("run_inputs", "run_id", "runs"),
        _fk("run_inputs", "dataset_id", "datasets"),
        sa.PrimaryKeyConstraint("run_id", "dataset_id", "role", name=op.f("pk_run_inputs")),
    )
    op.create_index(op.f("ix_run_inputs_dataset_id"), "run_inputs", ["dataset_id"])
    op.create_table(
        "code_versions",
        sa.Column("id", Id, autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=40), nullable=False),
        sa.Column("repository_url", sa.String(length=2048), nullable=False),
        sa.Column("commit", sa.String(length=64), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_versions")),
        sa.UniqueConstraint("uid", name=op.f("uq_code_versions_uid")),
    )
    op.create_table(
        "run_code",
        sa.Column("run_id", Id, nullable=False),
        sa.Column("code_version_id", Id, nullable=False),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        _fk("run_code", "run_id", "runs"),
        _fk("run_code", "code_version_id", "code_versions"),
        sa.PrimaryKeyConstraint("run_id", name=op.f("pk_run_code")),
    )
    op.create_index(op.f("ix_run_code_code_version_id"), "run_code", ["code_version_id"])
    op.create_table(
        "run_environments",
        sa.Column("run_id", Id, nullable=False),
        sa.Column("python_version", sa.String(length=64), nullable=False),
        sa.Column("lock_file_digest", sa.String(length=64), nullable=False),
        sa.Column("packages", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        _fk("run_environments", "run_id", "runs"),
        sa.PrimaryKeyConstraint("run_id", name=op.f("pk_run_environments")),
    )
    op.create_table(
        "version_parents",
        sa.Column("version_id", Id, nullable=False),
        sa.Column("parent_id", Id, nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        _fk("version_parents", "version_id", "model_versions"),
        _fk("version_parents", "parent_id", "model_versions"),
        sa.PrimaryKeyConstraint("version_id", "parent_id", name=op.f("pk_version_parents")),
    )
    op.create_index(op.f("ix_version_parents_parent_id"), "version_parents", ["parent_id"])


def downgrade() -> None:
    op.drop_table("version_parents")
    op.drop_table("run_environments")
    op.drop_table("run_code")
    op.drop_table("code_versions")
    op.drop_table("run_inputs")
    op.drop_table("datasets")
    op.drop_index(op.f("ix_model_versions_fingerprint"), table_name="model_versions")
    with op.batch_alter_table("model_versions") as batch_op:
        batch_op.drop_column("fingerprint")
