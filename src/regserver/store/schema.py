"""The database schema. Alembic migrations under migrations/ must build exactly this.

Times are integer UTC microseconds: portable across SQLite and PostgreSQL and
cheap to compare in keyset cursors. Models have an integer primary key, so a
rename touches one row.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

# Explicit names make migrations reproducible on both databases.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# SQLite only auto-increments an INTEGER PRIMARY KEY.
Id = BigInteger().with_variant(Integer(), "sqlite")

registered_models = Table(
    "registered_models",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(32), nullable=False, unique=True),
    Column("name", String(128), nullable=False, unique=True),
    Column("description", Text, nullable=False, default=""),
    Column("owner", String(256), nullable=False, default=""),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    # Bumped on every change; the etag is derived from it.
    Column("revision", BigInteger, nullable=False, default=1),
    # Highest version number handed out; incremented in the creating
    # transaction so numbers have no gaps and are never reused.
    Column("last_version", BigInteger, nullable=False, default=0),
    Column("delete_time", BigInteger, nullable=True),
    Column("purge_time", BigInteger, nullable=True),
    Index(None, "create_time", "id"),
    Index(None, "update_time", "id"),
    Index(None, "purge_time"),
)

model_tags = Table(
    "model_tags",
    metadata,
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
    Index(None, "key", "model_id"),
)

model_versions = Table(
    "model_versions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("stage", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("source", String(2048), nullable=False, default=""),
    Column("run_id", String(128), nullable=False, default=""),
    # JSON of the signature, or NULL; never filtered on.
    Column("signature", Text, nullable=True),
    Column("creator", String(256), nullable=False, default=""),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Column("revision", BigInteger, nullable=False, default=1),
    Column("delete_time", BigInteger, nullable=True),
    Column("purge_time", BigInteger, nullable=True),
    # JSON list of the aliases a delete removed, restored by undelete.
    Column("deleted_aliases", Text, nullable=True),
    # Entries in version_files, so reads skip that table for file-less versions.
    Column("file_count", Integer, nullable=False, default=0, server_default=text("0")),
    # Reproducibility fingerprint (see ModelVersion.fingerprint); "" without a regserver run.
    Column("fingerprint", String(64), nullable=False, default="", server_default=text("''")),
    UniqueConstraint("model_id", "version"),
    Index(None, "model_id", "stage"),
    Index(None, "run_id"),
    Index(None, "fingerprint"),
    Index(None, "create_time", "id"),
    Index(None, "update_time", "id"),
    Index(None, "purge_time"),
)

version_tags = Table(
    "version_tags",
    metadata,
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
    Index(None, "key", "version_id"),
)

version_metrics = Table(
    "version_metrics",
    metadata,
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Float, nullable=False),
    Index(None, "key", "value"),
)

model_aliases = Table(
    "model_aliases",
    metadata,
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(64), primary_key=True),
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), nullable=False),
    Index(None, "version_id"),
)

# Idempotency keys of create calls: a retry returns the first result.
request_ids = Table(
    "request_ids",
    metadata,
    Column("method", String(64), primary_key=True),
    Column("request_id", String(128), primary_key=True),
    # Hash of the request, so reusing an id for a different request is caught.
    Column("fingerprint", String(64), nullable=False),
    Column("resource_id", Id, nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Index(None, "create_time"),
)

# The index of stored blobs; the artifact backend holds the bytes. A row is
# written only after the bytes are committed to the backend.
blobs = Table(
    "blobs",
    metadata,
    Column("hash", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("create_time", BigInteger, nullable=False),
)

# Manifests: the files of each version. A blob referenced here by a version
# that is not FAILED and not purged is never garbage-collected.
version_files = Table(
    "version_files",
    metadata,
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("path", String(1024), primary_key=True),
    Column("hash", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(255), nullable=False, default=""),
    Index(None, "hash"),
)

# Uploads in progress (bytes live in the backend's temporary area) and, for a
# day, completed ones so QueryWriteStatus can say "complete".
uploads = Table(
    "uploads",
    metadata,
    Column("upload_id", String(128), primary_key=True),
    Column("hash", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Index(None, "update_time"),
)

# The change log behind Watch. Revisions come from event_log.last_revision,
# bumped at the end of each writing transaction: the row lock makes commit
# order and revision order the same, so readers never see a gap fill later.
events = Table(
    "events",
    metadata,
    Column("revision", BigInteger, primary_key=True, autoincrement=False),
    Column("time", BigInteger, nullable=False),
    Column("type", String(32), nullable=False),
    Column("model_name", String(128), nullable=False),
    Column("version", BigInteger, nullable=True),
    Column("alias", String(64), nullable=True),
    Column("previous_version", BigInteger, nullable=True),
    Column("previous_model_name", String(128), nullable=True),
    Column("principal", String(256), nullable=False),
    # The resource's state after the change, as JSON.
    Column("state", Text, nullable=False),
    # PROMOTION_* events (regserver.domain.governance).
    Column("promotion_request_id", String(40), nullable=True),
    Column("target_stage", String(16), nullable=True),
    Index(None, "time"),
)

event_log = Table(
    "event_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_revision", BigInteger, nullable=False),
    # Events up to this revision have been compacted away.
    Column("compacted_revision", BigInteger, nullable=False),
)

# Webhook subscriptions. cursor_revision is the last event revision the
# dispatcher has turned into deliveries for this webhook; it advances in the
# transaction that inserts those deliveries (the outbox), so each matching
# event becomes exactly one delivery.
webhooks = Table(
    "webhooks",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    # The public id, "wh_<hex>".
    Column("uid", String(40), nullable=False, unique=True),
    Column("url", String(2048), nullable=False),
    # JSON lists: EventType values and model names; empty lists match everything.
    Column("event_types", Text, nullable=False),
    Column("model_names", Text, nullable=False),
    Column("model_name_prefix", String(128), nullable=False),
    # Needed in the clear to sign deliveries; never returned by the API.
    Column("secret", String(1024), nullable=False),
    Column("enabled", Boolean, nullable=False),
    Column("description", Text, nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Column("revision", BigInteger, nullable=False),
    Column("cursor_revision", BigInteger, nullable=False),
)

# The outbox: one row per (webhook, matching event), with the body to send
# (rendered when the row is made, so compaction of the event log never loses it).
webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    # The public id, "dlv_<hex>": the webhook-id header of every attempt.
    Column("uid", String(40), nullable=False, unique=True),
    Column("webhook_id", Id, ForeignKey("webhooks.id", ondelete="CASCADE"), nullable=False),
    Column("revision", BigInteger, nullable=False),
    Column("event_type", String(32), nullable=False),
    Column("model_name", String(128), nullable=False),
    Column("payload", Text, nullable=False),
    # PENDING, SUCCEEDED or FAILED.
    Column("status", String(16), nullable=False),
    Column("attempt_count", Integer, nullable=False),
    # Attempts since the delivery was (re)queued: what the retry budget counts.
    Column("queued_attempts", Integer, nullable=False),
    Column("next_attempt_time", BigInteger, nullable=True),
    # Set while one replica is attempting it; an expired lease is claimed again.
    Column("leased_until", BigInteger, nullable=True),
    Column("last_error", Text, nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    UniqueConstraint("webhook_id", "revision"),
    Index(None, "status", "next_attempt_time"),
    Index(None, "update_time"),
)

webhook_attempts = Table(
    "webhook_attempts",
    metadata,
    Column("delivery_id", Id, ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("start_time", BigInteger, nullable=False),
    Column("duration_us", BigInteger, nullable=False),
    # 0 when there was no HTTP answer.
    Column("http_status", Integer, nullable=False),
    Column("error", Text, nullable=False),
)

# Experiment tracking. Public ids are "exp_<hex>" and "run_<hex>"; the integer
# ids stay inside the database.
experiments = Table(
    "experiments",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("name", String(256), nullable=False, unique=True),
    Column("description", Text, nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Column("delete_time", BigInteger, nullable=True),
)

experiment_tags = Table(
    "experiment_tags",
    metadata,
    Column("experiment_id", Id, ForeignKey("experiments.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("experiment_id", Id, ForeignKey("experiments.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(256), nullable=False),
    # RUNNING, FINISHED, FAILED or KILLED.
    Column("status", String(16), nullable=False),
    Column("start_time", BigInteger, nullable=False),
    Column("end_time", BigInteger, nullable=True),
    Column("principal", String(256), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Column("delete_time", BigInteger, nullable=True),
    Index(None, "experiment_id", "start_time", "id"),
    Index(None, "start_time", "id"),
)

run_tags = Table(
    "run_tags",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
    Index(None, "key", "run_id"),
)

run_params = Table(
    "run_params",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
    Index(None, "key", "run_id"),
)

# MLflow's logged models: what a run produced, before or without registration.
logged_models = Table(
    "logged_models",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("experiment_id", Id, ForeignKey("experiments.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), nullable=True),
    Column("name", String(256), nullable=False),
    Column("model_type", String(256), nullable=False),
    # PENDING, READY or FAILED.
    Column("status", String(16), nullable=False),
    Column("status_message", Text, nullable=False),
    Column("principal", String(256), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("update_time", BigInteger, nullable=False),
    Column("delete_time", BigInteger, nullable=True),
    Index(None, "experiment_id", "create_time", "id"),
    Index(None, "run_id"),
)

logged_model_tags = Table(
    "logged_model_tags",
    metadata,
    Column("logged_model_id", Id, ForeignKey("logged_models.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
)

logged_model_params = Table(
    "logged_model_params",
    metadata,
    Column("logged_model_id", Id, ForeignKey("logged_models.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Text, nullable=False),
)

# The files of runs and logged models: owner is "runs/<uid>" or "loggedModels/<uid>". A blob listed
# here is never garbage-collected.
artifact_files = Table(
    "artifact_files",
    metadata,
    Column("owner", String(48), primary_key=True),
    Column("path", String(1024), primary_key=True),
    Column("hash", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(255), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Index(None, "hash"),
)

# Every point of every metric; id orders points logged at the same step and time.
run_metrics = Table(
    "run_metrics",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(250), nullable=False),
    Column("value", Float, nullable=False),
    Column("step", BigInteger, nullable=False),
    Column("timestamp", BigInteger, nullable=False),
    Index(None, "run_id", "key", "step", "timestamp", "id"),
)

# The latest point of each (run, key), kept by LogBatch: what filters compare.
run_latest_metrics = Table(
    "run_latest_metrics",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Float, nullable=False),
    Column("step", BigInteger, nullable=False),
    Column("timestamp", BigInteger, nullable=False),
    Index(None, "key", "value"),
)

# Lineage. A dataset is its content digest: logged from many runs, it is one row.
datasets = Table(
    "datasets",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("digest", String(64), nullable=False, unique=True),
    Column("name", String(256), nullable=False),
    Column("source_uri", String(2048), nullable=False),
    Column("schema", Text, nullable=False),
    Column("row_count", BigInteger, nullable=True),
    Column("create_time", BigInteger, nullable=False),
)

# Which datasets each run consumed, and in which role (TRAINING, VALIDATION, TEST).
run_inputs = Table(
    "run_inputs",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("dataset_id", Id, ForeignKey("datasets.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(16), primary_key=True),
    Index(None, "dataset_id"),
)

# A (repository URL, commit) shared by every run built from it. The uid is
# derived from both, so it is unique without indexing a 2048-character URL.
code_versions = Table(
    "code_versions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("repository_url", String(2048), nullable=False),
    Column("commit", String(64), nullable=False),
    Column("create_time", BigInteger, nullable=False),
)

# The code a run executed; dirty belongs to the run, not to the commit.
run_code = Table(
    "run_code",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("code_version_id", Id, ForeignKey("code_versions.id", ondelete="CASCADE"), nullable=False),
    Column("dirty", Boolean, nullable=False),
    Index(None, "code_version_id"),
)

run_environments = Table(
    "run_environments",
    metadata,
    Column("run_id", Id, ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("python_version", String(64), nullable=False),
    Column("lock_file_digest", String(64), nullable=False),
    # JSON object: package name -> version.
    Column("packages", Text, nullable=False),
    Column("digest", String(64), nullable=False),
)

# Parent links between model versions (fine-tuned from, distilled from, ...);
# never a cycle: the store checks ancestry before adding a link.
version_parents = Table(
    "version_parents",
    metadata,
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("parent_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("relation", String(32), nullable=False),
    Index(None, "parent_id"),
)

# Evaluation and monitoring records of model versions; never changed. id orders
# records with the same time.
evaluations = Table(
    "evaluations",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(250), nullable=False),
    Column("value", Float, nullable=False),
    # "" when not given.
    Column("dataset_digest", String(64), nullable=False),
    Column("slice", String(256), nullable=False),
    # OFFLINE or MONITORING.
    Column("source", String(16), nullable=False),
    Column("time", BigInteger, nullable=False),
    Column("principal", String(256), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Index(None, "version_id", "time", "id"),
    Index(None, "version_id", "key", "time", "id"),
)

# The latest unsliced evaluation of each (version, key), kept by LogEvaluations:
# what `metrics.<key>` filters on versions compare.
version_latest_evaluations = Table(
    "version_latest_evaluations",
    metadata,
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), primary_key=True),
    Column("key", String(250), primary_key=True),
    Column("value", Float, nullable=False),
    Column("time", BigInteger, nullable=False),
    Column("evaluation_id", Id, nullable=False),
    Index(None, "key", "value"),
)

# Access control. A token's secret is never stored, only its SHA-256 (hex);
# public ids are "tok_<hex>".
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("secret_hash", String(64), nullable=False, unique=True),
    Column("principal", String(256), nullable=False),
    Column("description", Text, nullable=False),
    Column("creator", String(256), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("expire_time", BigInteger, nullable=True),
    Column("revoke_time", BigInteger, nullable=True),
    Index(None, "principal", "id"),
)

# A role held globally (model_id NULL, scope "") or on one model (scope = the
# model's uid: unique constraints treat NULLs as distinct, a string is not).
# Bound to the model's id, not its name, so a rename keeps the binding.
role_bindings = Table(
    "role_bindings",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("principal", String(256), nullable=False),
    Column("role", String(16), nullable=False),
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), nullable=True),
    Column("scope", String(32), nullable=False),
    Column("creator", String(256), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    UniqueConstraint("principal", "role", "scope"),
    Index(None, "model_id"),
)

# The audit trail: one row per recorded call, chained by hash (regserver.audit.chain).
# sequence comes from audit_chain.last_sequence, bumped under that row's lock,
# so appends from every replica form one chain.
audit_records = Table(
    "audit_records",
    metadata,
    Column("sequence", BigInteger, primary_key=True, autoincrement=False),
    Column("time", BigInteger, nullable=False),
    Column("principal", String(256), nullable=False),
    Column("method", String(256), nullable=False),
    Column("resource", Text, nullable=False),
    Column("model_name", String(128), nullable=False),
    Column("request_id", String(128), nullable=False),
    Column("code", String(32), nullable=False),
    Column("request_json", Text, nullable=False),
    Column("before_json", Text, nullable=False),
    Column("after_json", Text, nullable=False),
    Column("previous_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index(None, "time"),
    Index(None, "model_name", "sequence"),
    Index(None, "principal", "sequence"),
)

audit_chain = Table(
    "audit_chain",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_sequence", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
)

# Governance (regserver.domain.governance). A model's promotion policy as JSON,
# and its protected targets as rows, which SetAlias and friends check with one
# indexed lookup. kind is "alias" or "stage"; name the alias or the stage name.
promotion_policies = Table(
    "promotion_policies",
    metadata,
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), primary_key=True),
    Column("policy_json", Text, nullable=False),
    Column("revision", BigInteger, nullable=False),
    Column("updater", String(256), nullable=False),
    Column("update_time", BigInteger, nullable=False),
)

protected_targets = Table(
    "protected_targets",
    metadata,
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("name", String(64), primary_key=True),
)

promotion_requests = Table(
    "promotion_requests",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("uid", String(40), nullable=False, unique=True),
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), nullable=False),
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("target", String(64), nullable=False),
    Column("comment", Text, nullable=False),
    Column("requester", String(256), nullable=False),
    Column("state", String(16), nullable=False),
    Column("create_time", BigInteger, nullable=False),
    Column("decider", String(256), nullable=False),
    Column("decision_comment", Text, nullable=False),
    Column("decide_time", BigInteger, nullable=True),
    Column("gate_results", Text, nullable=False),
    Column("previous_version", BigInteger, nullable=False),
    Index(None, "model_id", "id"),
    Index(None, "state", "id"),
)

# Which version held an alias or a stage from start_time until end_time (NULL:
# still holds it). Written in the transaction of every alias or stage change.
target_history = Table(
    "target_history",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("model_id", Id, ForeignKey("registered_models.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("target", String(64), nullable=False),
    Column("version_id", Id, ForeignKey("model_versions.id", ondelete="CASCADE"), nullable=False),
    Column("start_time", BigInteger, nullable=False),
    Column("end_time", BigInteger, nullable=True),
    Column("principal", String(256), nullable=False),
    Column("request_uid", String(40), nullable=True),
    Column("cause", String(64), nullable=False),
    Index(None, "model_id", "kind", "target", "start_time"),
    Index(None, "version_id"),
)
