"""initial schema: models, versions, tags, metrics, aliases, request ids

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 23:37:16.450028
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registered_models",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=256), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.Column("update_time", sa.BigInteger(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("last_version", sa.BigInteger(), nullable=False),
        sa.Column("delete_time", sa.BigInteger(), nullable=True),
        sa.Column("purge_time", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registered_models")),
        sa.UniqueConstraint("name", name=op.f("uq_registered_models_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_registered_models_uid")),
    )
    with op.batch_alter_table("registered_models", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registered_models_create_time_id"), ["create_time", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_registered_models_purge_time"), ["purge_time"], unique=False)
        batch_op.create_index(batch_op.f("ix_registered_models_update_time_id"), ["update_time", "id"], unique=False)

    op.create_table(
        "request_ids",
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("resource_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("method", "request_id", name=op.f("pk_request_ids")),
    )
    with op.batch_alter_table("request_ids", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_ids_create_time"), ["create_time"], unique=False)

    op.create_table(
        "model_tags",
        sa.Column("model_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_model_tags_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("model_id", "key", name=op.f("pk_model_tags")),
    )
    with op.batch_alter_table("model_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_tags_key_model_id"), ["key", "model_id"], unique=False)

    op.create_table(
        "model_versions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("model_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source", sa.String(length=2048), nullable=False),
        sa.Column("run_id", sa.String(length=128), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("creator", sa.String(length=256), nullable=False),
        sa.Column("create_time", sa.BigInteger(), nullable=False),
        sa.Column("update_time", sa.BigInteger(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("delete_time", sa.BigInteger(), nullable=True),
        sa.Column("purge_time", sa.BigInteger(), nullable=True),
        sa.Column("deleted_aliases", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_model_versions_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_versions")),
        sa.UniqueConstraint("model_id", "version", name=op.f("uq_model_versions_model_id_version")),
    )
    with op.batch_alter_table("model_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_versions_create_time_id"), ["create_time", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_versions_model_id_stage"), ["model_id", "stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_versions_purge_time"), ["purge_time"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_versions_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_model_versions_update_time_id"), ["update_time", "id"], unique=False)

    op.create_table(
        "model_aliases",
        sa.Column("model_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("alias", sa.String(length=64), nullable=False),
        sa.Column("version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["registered_models.id"],
            name=op.f("fk_model_aliases_model_id_registered_models"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["model_versions.id"],
            name=op.f("fk_model_aliases_version_id_model_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("model_id", "alias", name=op.f("pk_model_aliases")),
    )
    with op.batch_alter_table("model_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_model_aliases_version_id"), ["version_id"], unique=False)

    op.create_table(
        "version_metrics",
        sa.Column("version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["model_versions.id"],
            name=op.f("fk_version_metrics_version_id_model_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "key", name=op.f("pk_version_metrics")),
    )
    with op.batch_alter_table("version_metrics", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_version_metrics_key_value"), ["key", "value"], unique=False)

    op.create_table(
        "version_tags",
        sa.Column("version_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["model_versions.id"],
            name=op.f("fk_version_tags_version_id_model_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "key", name=op.f("pk_version_tags")),
    )
    with op.batch_alter_table("version_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_version_tags_key_version_id"), ["key", "version_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("version_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_tags_key_version_id"))

    op.drop_table("version_tags")
    with op.batch_alter_table("version_metrics", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_version_metrics_key_value"))

    op.drop_table("version_metrics")
    with op.batch_alter_table("model_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_aliases_version_id"))

    op.drop_table("model_aliases")
    with op.batch_alter_table("model_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_versions_update_time_id"))
        batch_op.drop_index(batch_op.f("ix_model_versions_run_id"))
        batch_op.drop_index(batch_op.f("ix_model_versions_purge_time"))
        batch_op.drop_index(batch_op.f("ix_model_versions_model_id_stage"))
        batch_op.drop_index(batch_op.f("ix_model_versions_create_time_id"))

    op.drop_table("model_versions")
    with op.batch_alter_table("model_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_model_tags_key_model_id"))

    op.drop_table("model_tags")
    with op.batch_alter_table("request_ids", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_ids_create_time"))

    op.drop_table("request_ids")
    with op.batch_alter_table("registered_models", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registered_models_update_time_id"))
        batch_op.drop_index(batch_op.f("ix_registered_models_purge_time"))
        batch_op.drop_index(batch_op.f("ix_registered_models_create_time_id"))

    op.drop_table("registered_models")
