"""The SQL store: every registry operation as one transaction on SQLite or PostgreSQL.

Writers serialise per model by locking the model's row (SELECT ... FOR UPDATE
on PostgreSQL; SQLite has a single writer). That lock is what makes version
numbers gap-free and keeps "one PRODUCTION version" and alias moves atomic.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import partial
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Engine,
    Float,
    Integer,
    Row,
    Text,
    and_,
    bindparam,
    cast,
    delete,
    exists,
    false,
    func,
    insert,
    literal,
    not_,
    null,
    or_,
    select,
    text,
    true,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.exc import InterfaceError as SAInterfaceError
from sqlalchemy.sql.elements import BindParameter

from regserver.audit import in_transaction
from regserver.auth import caller
from regserver.domain.errors import (
    Aborted,
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    Unavailable,
)
from regserver.domain.lineage import RUN_ID
from regserver.domain.listing import (
    AllOf,
    AnyOf,
    Cond,
    Condition,
    ListQuery,
    Negation,
    Target,
    encode_token,
)
from regserver.domain.models import (
    Changes,
    ColumnSpec,
    Digest,
    Event,
    EventType,
    ManifestEntry,
    ModelSnapshot,
    ModelVersion,
    NewModel,
    NewVersion,
    Page,
    RegisteredModel,
    RequestKey,
    Schema,
    Signature,
    Stage,
    TensorSpec,
    VersionParent,
    VersionStatus,
)
from regserver.store import run_inputs
from regserver.store.audit import append_in
from regserver.store.engine import WRITE, describe
from regserver.store.event_codec import decode, encode_model, encode_version
from regserver.store.schema import (
    blobs,
    event_log,
    events,
    model_aliases,
    model_tags,
    model_versions,
    protected_targets,
    registered_models,
    request_ids,
    runs,
    target_history,
    uploads,
    version_files,
    version_latest_evaluations,
    version_metrics,
    version_parents,
    version_tags,
)

T = TypeVar("T")
rm = registered_models
mv = model_versions

REQUEST_ID_TTL_US = 24 * 3600 * 1_000_000

# Hot-path statements are built once: constructing SQLAlchemy statements per
# call costs more than running them.
VERSION_COLUMNS = (*mv.c, rm.c.name.label("model_name"), rm.c.delete_time.label("model_delete_time"))
_MODEL_BY_NAME = select(rm).where(rm.c.name == bindparam("name"))
_MODEL_BY_NAME_LOCKED = _MODEL_BY_NAME.with_for_update()
_MODEL_BY_ID = select(rm).where(rm.c.id == bindparam("id"))
_VERSIONS = select(*VERSION_COLUMNS).join(rm, rm.c.id == mv.c.model_id)
_VERSION_BY_NUMBER = _VERSIONS.where(mv.c.model_id == bindparam("model_id"), mv.c.version == bindparam("version"))
_VERSION_BY_NAME = _VERSIONS.where(rm.c.name == bindparam("name"), mv.c.version == bindparam("version"))
_VERSION_BY_ID = _VERSIONS.where(mv.c.id == bindparam("id"))
_VERSION_BY_ALIAS = (
    select(*VERSION_COLUMNS)
    .select_from(model_aliases)
    .join(mv, mv.c.id == model_aliases.c.version_id)
    .join(rm, rm.c.id == model_aliases.c.model_id)
    .where(rm.c.name == bindparam("name"), model_aliases.c.alias == bindparam("alias"), rm.c.delete_time.is_(None))
)
_IDS: BindParameter[Any] = bindparam("ids", expanding=True)
# Governance on the alias and stage paths (see governance.proto): prebuilt, as SetAlias runs them every call.
_PROTECTED = select(protected_targets.c.name).where(
    protected_targets.c.model_id == bindparam("model_id"),
    protected_targets.c.kind == bindparam("kind"),
    protected_targets.c.name == bindparam("name"),
)
_CLOSE_HISTORY = (
    update(target_history)
    .where(
        target_history.c.model_id == bindparam("b_model_id"),
        target_history.c.kind == bindparam("b_kind"),
        target_history.c.target == bindparam("b_target"),
        target_history.c.version_id == bindparam("b_version_id"),
        target_history.c.end_time.is_(None),
    )
    .values(end_time=bindparam("b_now"))
)
_OPEN_HISTORY = insert(target_history)
_parent_mv = mv.alias("parent_mv")
_parent_rm = rm.alias("parent_rm")
# Tags, metrics and aliases of many versions in one round trip: (owner, kind, key, text, number).
_VERSION_EXTRAS = union_all(
    select(
        version_tags.c.version_id, literal(0, Integer), version_tags.c.key, version_tags.c.value, cast(null(), Float)
    ).where(version_tags.c.version_id.in_(_IDS)),
    select(
        version_metrics.c.version_id, literal(1, Integer), version_metrics.c.key, cast(null(), Text),
        version_metrics.c.value,
    ).where(version_metrics.c.version_id.in_(_IDS)),
    select(
        model_aliases.c.version_id, literal(2, Integer), model_aliases.c.alias, cast(null(), Text), cast(null(), Float)
    ).where(model_aliases.c.version_id.in_(_IDS)),
    # Parents: the parent's model name, the relation, and its version number.
    select(
        version_parents.c.version_id, literal(3, Integer), _parent_rm.c.name, version_parents.c.relation,
        cast(_parent_mv.c.version, Float),
    )
    .join(_parent_mv, _parent_mv.c.id == version_parents.c.parent_id)
    .join(_parent_rm, _parent_rm.c.id == _parent_mv.c.model_id)
    .where(version_parents.c.version_id.in_(_IDS)),
)  # fmt: skip
_MODEL_EXTRAS = union_all(
    select(model_tags.c.model_id, literal(0, Integer), model_tags.c.key, model_tags.c.value, cast(null(), BigInteger))
    .where(model_tags.c.model_id.in_(_IDS)),
    select(model_aliases.c.model_id, literal(1, Integer), model_aliases.c.alias, cast(null(), Text), mv.c.version)
    .join(mv, mv.c.id == model_aliases.c.version_id)
    .where(model_aliases.c.model_id.in_(_IDS)),
)  # fmt: skip
_ALLOCATE_VERSION = (
    update(rm)
    .where(rm.c.name == bindparam("p_name"), rm.c.delete_time.is_(None))
    .values(last_version=rm.c.last_version + 1, update_time=bindparam("p_now"), revision=rm.c.revision + 1)
    .returning(rm.c.id, rm.c.last_version)
)
_INSERT_VERSION = insert(mv).returning(mv.c.id)
_INSERT_VERSION_TAGS = insert(version_tags)
_INSERT_VERSION_METRICS = insert(version_metrics)
_INSERT_VERSION_FILES = insert(version_files)
_FILES = (
    select(version_files.c.version_id, version_files.c.path, version_files.c.hash, version_files.c.size,
           version_files.c.media_type)
    .where(version_files.c.version_id.in_(_IDS))
    .order_by(version_files.c.version_id, version_files.c.path)
)  # fmt: skip
# A blob is in use while a version that is not FAILED lists it (soft-deleted
# versions count until they are purged).
_BLOB_IN_USE = (
    select(version_files.c.hash)
    .join(mv, mv.c.id == version_files.c.version_id)
    .where(version_files.c.hash == blobs.c.hash, mv.c.status != VersionStatus.FAILED.value)
    .exists()
)
_ADVANCE_LOG = (
    update(event_log)
    .where(event_log.c.id == 1)
    .values(last_revision=event_log.c.last_revision + bindparam("n"))
    .returning(event_log.c.last_revision)
)
NOTIFY_CHANNEL = "regserver_events"
# On PostgreSQL the same statement queues the NOTIFY (delivered at commit, carrying the new head)
# that wakes the other replicas' hubs: one round trip fewer in every write.
_ADVANCE_LOG_AND_NOTIFY = _ADVANCE_LOG.returning(func.pg_notify(NOTIFY_CHANNEL, cast(event_log.c.last_revision, Text)))


def _event(row: Row[Any] | SimpleNamespace) -> Event:
    state = decode(row.state)
    return Event(
        revision=row.revision,
        time=row.time,
        type=EventType(row.type),
        model_name=row.model_name,
        principal=row.principal,
        version=row.version,
        alias=row.alias,
        previous_version=row.previous_version,
        previous_model_name=row.previous_model_name,
        model=state if isinstance(state, RegisteredModel) else None,
        model_version=state if isinstance(state, ModelVersion) else None,
        promotion_request_id=row.promotion_request_id,
        target_stage=Stage(row.target_stage) if row.target_stage else None,
    )


def _committed_events(head: int, pending: list[dict[str, Any]]) -> list[Event]:
    """The events a transaction appended, as read_events would return them."""
    first = head - len(pending) + 1
    return [_event(SimpleNamespace(revision=first + i, **e)) for i, e in enumerate(pending)]


_REQUEST = select(request_ids.c.fingerprint, request_ids.c.resource_id, request_ids.c.create_time).where(
    request_ids.c.method == bindparam("method"), request_ids.c.request_id == bindparam("request_id")
)


def etag(revision: int) -> str:
    return f"r{revision}"


def _check_etag(given: str, revision: int, what: str) -> None:
    if given and given != etag(revision):
        raise Aborted(
            f"{what} changed since you read it (etag {given!r}, now {etag(revision)!r}); read it again and retry",
            "ETAG_MISMATCH",
            expected=given,
            current=etag(revision),
        )


def _signature_json(sig: Signature | None) -> str | None:
    if sig is None:
        return None

    def schema(s: Schema | None) -> dict[str, Any] | None:
        if s is None:
            return None
        return {
            "columns": [{"name": c.name, "type": c.data_type, "optional": c.optional} for c in s.columns],
            "tensors": [{"name": t.name, "type": t.data_type, "shape": list(t.shape)} for t in s.tensors],
        }

    return json.dumps({"inputs": schema(sig.inputs), "outputs": schema(sig.outputs)}, separators=(",", ":"))


def _signature(text: str | None) -> Signature | None:
    if text is None:
        return None
    data = json.loads(text)

    def schema(d: dict[str, Any] | None) -> Schema | None:
        if d is None:
            return None
        return Schema(
            columns=tuple(ColumnSpec(c["name"], c["type"], c["optional"]) for c in d["columns"]),
            tensors=tuple(TensorSpec(t["name"], t["type"], tuple(t["shape"])) for t in d["tensors"]),
        )

    return Signature(schema(data["inputs"]), schema(data["outputs"]))


def _model_missing(name: str) -> NotFound:
    return NotFound(f"registered model {name!r} not found", "MODEL_NOT_FOUND", model=name)


def _model_deleted(name: str, purge_time: int | None) -> NotFound:
    return NotFound(
        f"registered model {name!r} is deleted; restore it with UndeleteRegisteredModel before it is purged",
        "MODEL_NOT_FOUND",
        model=name,
        purge_time=purge_time or "",
    )


def _version_missing(name: str, version: int, deleted: bool = False) -> NotFound:
    hint = "; restore it with UndeleteModelVersion" if deleted else ""
    return NotFound(
        f"model {name!r} has no version {version}{hint}",
        "MODEL_VERSION_NOT_FOUND",
        model=name,
        version=version,
    )


class SqlStore:
    def __init__(self, engine: Engine, purge_after_us: int) -> None:
        self.engine = engine
        self.purge_after_us = purge_after_us
        self._pg = engine.dialect.name == "postgresql"
        # SQLite allows one writer at a time; queueing here beats spinning on SQLITE_BUSY.
        self._write_lock: AbstractContextManager[Any] = nullcontext() if self._pg else threading.Lock()
        self._writer: Connection | None = None
        # Called after each commit that appended events: (new head, a function building them).
        self.on_commit: Callable[[int, Callable[[], list[Event]]], None] | None = None
        # Events this process appended (a metric).
        self.events_appended = 0

    # ----- transactions -------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._pg:
            with self.engine.connect() as conn, conn.begin():
                yield conn
            return
        # SQLite: one long-lived writer connection behind the lock saves a pool
        # checkout per write, which the lock would otherwise serialise too.
        with self._write_lock:
            if self._writer is None or self._writer.closed or self._writer.invalidated:
                self._writer = self.engine.connect().execution_options(**{WRITE: True})
            with self._writer.begin():
                yield self._writer

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        """Runs fn in one transaction; retries once when a concurrent writer won a unique-key race.

        Events fn emits are appended in the same transaction; after the commit, on_commit learns
        the new head revision and gets them (for watchers in this process).
        """
        for attempt in range(3):
            try:
                if not write:
                    with self._read() as conn:
                        return fn(conn)
                in_transaction.discard()  # a retried attempt starts clean
                with self._write() as conn:
                    pending: list[dict[str, Any]] = []
                    conn.info["events"] = pending
                    conn.info.pop("before", None)
                    conn.info.pop("audit_model", None)
                    result = fn(conn)
                    # Event log, then audit chain: every writer takes the two locks in this order
                    # (AddModelVersionParents takes the event log's early, the batched audit writer
                    # only the chain's).
                    head = self._append_events(conn, pending)
                    self._audit(conn, result)
                in_transaction.committed()
                self.events_appended += len(pending)
                if head is not None and self.on_commit is not None:
                    self.on_commit(head, partial(_committed_events, head, pending))
                return result
            except IntegrityError:
                in_transaction.discard()
                if attempt == 2:
                    raise Aborted(
                        "a concurrent request changed the same data; retry", "CONCURRENT_MODIFICATION"
                    ) from None
            except ProgrammingError as e:
                # A table or column the server needs is missing or different: the schema was
                # changed under it. Nothing was written; say so rather than report a server bug.
                in_transaction.discard()
                raise Unavailable(
                    f"the database schema is not what this server expects ({describe(e)}); "
                    "check it with `regserver migrate current`",
                    "DATABASE_UNAVAILABLE",
                ) from None
            except (OperationalError, SAInterfaceError) as e:
                in_transaction.discard()
                raise Unavailable(
                    f"the database is unavailable: {describe(e)}",
                    "DATABASE_UNAVAILABLE",
                ) from None
        raise AssertionError("unreachable")

    @staticmethod
    def _audit(conn: Connection, result: Any) -> None:
        """Appends the call's audit record in its transaction, for the RPCs audited so (in_transaction)."""
        record = in_transaction.stage(
            result, conn.info.get("before"), time.time_ns() // 1000, conn.info.get("audit_model", "")
        )
        if record is not None:
            append_in(conn, [record])

    def _before_model(self, conn: Connection, row: Row[Any]) -> None:
        """Records the model as it is before the change, for the call's audit record."""
        if in_transaction.current() is not None:
            conn.info["before"] = {"registered_model": json.loads(encode_model(self._model(conn, row)))}

    def _before_version(self, conn: Connection, row: Row[Any]) -> None:
        """Records the version as it is before the change, for the call's audit record."""
        if in_transaction.current() is not None:
            conn.info["before"] = {"model_version": json.loads(encode_version(self._version(conn, row)))}

    # ----- events -------------------------------------------------------

    @staticmethod
    def _emit(
        conn: Connection,
        now: int,
        type: EventType,
        state: RegisteredModel | ModelVersion,
        *,
        alias: str | None = None,
        previous_version: int | None = None,
        previous_model_name: str | None = None,
        promotion_request_id: str | None = None,
        target_stage: str | None = None,
    ) -> None:
        is_version = isinstance(state, ModelVersion)
        conn.info["events"].append(
            {
                "time": now,
                "type": type.value,
                "model_name": state.model_name if isinstance(state, ModelVersion) else state.name,
                "version": state.version if isinstance(state, ModelVersion) else None,
                "alias": alias,
                "previous_version": previous_version,
                "previous_model_name": previous_model_name,
                "principal": caller.principal(),
                "state": encode_version(state) if is_version else encode_model(state),  # type: ignore[arg-type]
                "promotion_request_id": promotion_request_id,
                "target_stage": target_stage,
            }
        )

    def _append_events(self, conn: Connection, pending: list[dict[str, Any]]) -> int | None:
        """Numbers and stores the transaction's events last, so the counter's row lock is held briefly."""
        if not pending:
            return None
        advance = _ADVANCE_LOG_AND_NOTIFY if self._pg else _ADVANCE_LOG
        head = int(conn.execute(advance, {"n": len(pending)}).one()[0])
        first = head - len(pending) + 1
        conn.execute(insert(events), [{"revision": first + i, **e} for i, e in enumerate(pending)])
        return head

    def head_revision(self) -> int:
        return self._run(lambda conn: int(conn.execute(select(event_log.c.last_revision)).scalar_one()), False)

    def log_bounds(self) -> tuple[int, int]:
        """(compacted_revision, last_revision)."""

        def tx(conn: Connection) -> tuple[int, int]:
            row = conn.execute(select(event_log.c.compacted_revision, event_log.c.last_revision)).one()
            return int(row.compacted_revision), int(row.last_revision)

        return self._run(tx, False)

    def read_events(self, after: int, limit: int) -> list[Event]:
        """Events with revision > after, in order."""

        def tx(conn: Connection) -> list[Event]:
            rows = conn.execute(
                select(events).where(events.c.revision > after).order_by(events.c.revision).limit(limit)
            )
            return [_event(r) for r in rows]

        return self._run(tx, False)

    def snapshot(self, names: Sequence[str], prefix: str) -> tuple[int, list[ModelSnapshot]]:
        """Every matching live model with its aliases' versions, and the revision they reflect."""

        def tx(conn: Connection) -> tuple[int, list[ModelSnapshot]]:
            if self._pg:
                conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
            head = int(conn.execute(select(event_log.c.last_revision)).scalar_one())
            query = select(rm).where(rm.c.delete_time.is_(None)).order_by(rm.c.name)
            if names:
                query = query.where(rm.c.name.in_(list(names)))
            if prefix:
                query = query.where(rm.c.name.startswith(prefix, autoescape=True))
            models = self._models(conn, conn.execute(query).all())
            result = []
            for model in models:
                version_rows = conn.execute(
                    _VERSIONS.join(model_aliases, model_aliases.c.version_id == mv.c.id)
                    .where(rm.c.name == model.name)
                    .order_by(model_aliases.c.alias)
                ).all()
                result.append(ModelSnapshot(model, self._versions(conn, version_rows)))
            return head, result

        return self._run(tx, False)

    def compact(self, older_than: int, keep_at_most: int) -> int:
        """Drops events older than the cutoff or beyond the newest keep_at_most; returns how many."""

        def tx(conn: Connection) -> int:
            bounds = conn.execute(select(event_log).with_for_update()).one()
            by_time = conn.execute(select(func.max(events.c.revision)).where(events.c.time < older_than)).scalar()
            upto = max(int(by_time or 0), int(bounds.last_revision) - keep_at_most, int(bounds.compacted_revision))
            if upto <= bounds.compacted_revision:
                return 0
            removed = conn.execute(delete(events).where(events.c.revision <= upto)).rowcount
            conn.execute(update(event_log).values(compacted_revision=upto))
            return int(removed)

        return self._run(tx)

    # ----- loading ------------------------------------------------------

    def _model_row(self, conn: Connection, name: str, *, show_deleted: bool = False, lock: bool = False) -> Row[Any]:
        row = conn.execute(_MODEL_BY_NAME_LOCKED if lock and self._pg else _MODEL_BY_NAME, {"name": name}).first()
        if row is None:
            raise _model_missing(name)
        if row.delete_time is not None and not show_deleted:
            raise _model_deleted(name, row.purge_time)
        return row

    def _models(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[RegisteredModel]:
        ids = [r.id for r in rows]
        tags: dict[int, dict[str, str]] = {i: {} for i in ids}
        aliases: dict[int, dict[str, int]] = {i: {} for i in ids}
        if ids:
            for owner, kind, key, value, version in conn.execute(_MODEL_EXTRAS, {"ids": ids}):
                if kind == 0:
                    tags[owner][key] = value
                else:
                    aliases[owner][key] = version
        return [
            RegisteredModel(
                name=r.name,
                uid=r.uid,
                description=r.description,
                tags=tags[r.id],
                owner=r.owner,
                create_time=r.create_time,
                update_time=r.update_time,
                etag=etag(r.revision),
                aliases=aliases[r.id],
                latest_version=r.last_version,
                delete_time=r.delete_time,
                purge_time=r.purge_time,
            )
            for r in rows
        ]

    def _model(self, conn: Connection, row: Row[Any]) -> RegisteredModel:
        return self._models(conn, [row])[0]

    def _model_by_id(self, conn: Connection, model_id: int) -> RegisteredModel:
        return self._model(conn, conn.execute(_MODEL_BY_ID, {"id": model_id}).one())

    def _version_row(self, conn: Connection, model: Row[Any], version: int, *, show_deleted: bool = False) -> Row[Any]:
        row = conn.execute(_VERSION_BY_NUMBER, {"model_id": model.id, "version": version}).first()
        if row is None:
            raise _version_missing(model.name, version)
        if row.delete_time is not None and not show_deleted:
            raise _version_missing(model.name, version, deleted=True)
        return row

    def _versions(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[ModelVersion]:
        ids = [r.id for r in rows]
        tags: dict[int, dict[str, str]] = {i: {} for i in ids}
        metrics: dict[int, dict[str, float]] = {i: {} for i in ids}
        aliases: dict[int, list[str]] = {i: [] for i in ids}
        parents: dict[int, list[VersionParent]] = {i: [] for i in ids}
        if ids:
            for owner, kind, key, text_value, number in conn.execute(_VERSION_EXTRAS, {"ids": ids}):
                if kind == 0:
                    tags[owner][key] = text_value
                elif kind == 1:
                    metrics[owner][key] = number
                elif kind == 2:
                    aliases[owner].append(key)
                else:
                    parents[owner].append(VersionParent(key, int(number), text_value))
            for names in aliases.values():
                names.sort()
            for links in parents.values():
                links.sort(key=lambda p: (p.model_name, p.version))
        files: dict[int, list[ManifestEntry]] = {i: [] for i in ids}
        with_files = [r.id for r in rows if r.file_count]
        if with_files:
            for owner, path, hash, size, media_type in conn.execute(_FILES, {"ids": with_files}):
                files[owner].append(ManifestEntry(path, Digest(hash, size), media_type))
        return [
            ModelVersion(
                model_name=r.model_name,
                version=r.version,
                description=r.description,
                tags=tags[r.id],
                stage=Stage(r.stage),
                aliases=aliases[r.id],
                status=VersionStatus(r.status),
                source=r.source,
                run_id=r.run_id,
                signature=_signature(r.signature),
                metrics=metrics[r.id],
                creator=r.creator,
                create_time=r.create_time,
                update_time=r.update_time,
                etag=etag(r.revision),
                delete_time=r.delete_time,
                purge_time=r.purge_time,
                files=files[r.id],
                parents=parents[r.id],
                fingerprint=r.fingerprint,
            )
            for r in rows
        ]

    def _version(self, conn: Connection, row: Row[Any]) -> ModelVersion:
        return self._versions(conn, [row])[0]

    def _version_by_id(self, conn: Connection, version_id: int) -> ModelVersion:
        return self._version(conn, conn.execute(_VERSION_BY_ID, {"id": version_id}).one())

    # ----- idempotency --------------------------------------------------

    def _replayed(self, conn: Connection, request: RequestKey | None, now: int) -> int | None:
        """The resource id a previous call with this request id created, if any."""
        if request is None:
            return None
        row = conn.execute(_REQUEST, {"method": request.method, "request_id": request.request_id}).first()
        if row is None or row.create_time <= now - REQUEST_ID_TTL_US:
            return None
        if row.fingerprint != request.fingerprint:
            raise Aborted(
                f"request_id {request.request_id!r} was already used for a different {request.method} request; "
                "use a new request_id for a new request",
                "REQUEST_ID_REUSED",
                request_id=request.request_id,
            )
        return int(row.resource_id)

    def _remember(self, conn: Connection, request: RequestKey | None, resource_id: int, now: int) -> None:
        if request is None:
            return
        # An expired entry for the same key may still be there until the purge.
        conn.execute(
            delete(request_ids).where(
                request_ids.c.method == request.method, request_ids.c.request_id == request.request_id
            )
        )
        conn.execute(
            insert(request_ids).values(
                method=request.method,
                request_id=request.request_id,
                fingerprint=request.fingerprint,
                resource_id=resource_id,
                create_time=now,
            )
        )

    # ----- registered models --------------------------------------------

    def _purge_expired_name(self, conn: Connection, name: str, now: int) -> None:
        conn.execute(delete(rm).where(rm.c.name == name, rm.c.purge_time.is_not(None), rm.c.purge_time <= now))

    def _ensure_name_free(self, conn: Connection, name: str, now: int) -> None:
        self._purge_expired_name(conn, name, now)
        holder = conn.execute(select(rm.c.delete_time).where(rm.c.name == name)).first()
        if holder is not None:
            detail = (
                "; a deleted model still holds the name until it is purged (undelete it, or rename it away)"
                if holder.delete_time is not None
                else ""
            )
            raise AlreadyExists(
                f"a registered model named {name!r} already exists{detail}", "MODEL_ALREADY_EXISTS", model=name
            )

    def create_model(self, model: NewModel, now: int, request: RequestKey | None) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            replayed = self._replayed(conn, request, now)
            if replayed is not None:
                return self._model_by_id(conn, replayed)
            self._ensure_name_free(conn, model.name, now)
            model_id = conn.execute(
                insert(rm)
                .values(
                    uid=uuid.uuid4().hex,
                    name=model.name,
                    description=model.description,
                    owner=model.owner,
                    create_time=now,
                    update_time=now,
                    revision=1,
                    last_version=0,
                )
                .returning(rm.c.id)
            ).scalar_one()
            if model.tags:
                conn.execute(
                    insert(model_tags), [{"model_id": model_id, "key": k, "value": v} for k, v in model.tags.items()]
                )
            self._remember(conn, request, model_id, now)
            created = self._model_by_id(conn, model_id)
            self._emit(conn, now, EventType.MODEL_CREATED, created)
            return created

        return self._run(tx)

    def get_model(self, name: str, show_deleted: bool) -> RegisteredModel:
        return self._run(lambda conn: self._model(conn, self._model_row(conn, name, show_deleted=show_deleted)), False)

    def _apply_tags(self, conn: Connection, table: Any, owner_col: Any, owner_id: int, changes: Changes) -> None:
        if changes.replace_tags is not None:
            conn.execute(delete(table).where(owner_col == owner_id))
            rows = changes.replace_tags
        else:
            touched = set(changes.set_tags) | changes.delete_tags
            if touched:
                conn.execute(delete(table).where(owner_col == owner_id, table.c.key.in_(touched)))
            rows = changes.set_tags
        if rows:
            conn.execute(insert(table), [{owner_col.name: owner_id, "key": k, "value": v} for k, v in rows.items()])

    def update_model(self, name: str, given_etag: str, changes: Changes, now: int) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            row = self._model_row(conn, name, lock=True)
            _check_etag(given_etag, row.revision, f"registered model {name!r}")
            self._before_model(conn, row)
            values: dict[str, Any] = {"update_time": now, "revision": row.revision + 1}
            if changes.description is not None:
                values["description"] = changes.description
            if changes.owner is not None:
                values["owner"] = changes.owner
            conn.execute(update(rm).where(rm.c.id == row.id).values(**values))
            self._apply_tags(conn, model_tags, model_tags.c.model_id, row.id, changes)
            updated = self._model_by_id(conn, row.id)
            self._emit(conn, now, EventType.MODEL_UPDATED, updated)
            return updated

        return self._run(tx)

    def rename_model(self, name: str, new_name: str, given_etag: str, now: int) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            row = self._model_row(conn, name, lock=True)
            _check_etag(given_etag, row.revision, f"registered model {name!r}")
            self._before_model(conn, row)
            if new_name != name:
                self._ensure_name_free(conn, new_name, now)
            conn.execute(
                update(rm).where(rm.c.id == row.id).values(name=new_name, update_time=now, revision=row.revision + 1)
            )
            renamed = self._model_by_id(conn, row.id)
            if new_name != name:
                self._emit(conn, now, EventType.MODEL_RENAMED, renamed, previous_model_name=name)
            return renamed

        return self._run(tx)

    def delete_model(self, name: str, given_etag: str, now: int) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            row = self._model_row(conn, name, lock=True)
            _check_etag(given_etag, row.revision, f"registered model {name!r}")
            self._before_model(conn, row)
            conn.execute(
                update(rm)
                .where(rm.c.id == row.id)
                .values(
                    delete_time=now, purge_time=now + self.purge_after_us, update_time=now, revision=row.revision + 1
                )
            )
            deleted = self._model_by_id(conn, row.id)
            self._emit(conn, now, EventType.MODEL_DELETED, deleted)
            return deleted

        return self._run(tx)

    def undelete_model(self, name: str, now: int) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            row = self._model_row(conn, name, show_deleted=True, lock=True)
            if row.delete_time is None:
                raise FailedPrecondition(f"registered model {name!r} is not deleted", "NOT_DELETED", model=name)
            self._before_model(conn, row)
            if row.purge_time is not None and row.purge_time <= now:
                raise FailedPrecondition(
                    f"registered model {name!r} is past its retention period and can no longer be restored",
                    "PURGED",
                    model=name,
                )
            conn.execute(
                update(rm)
                .where(rm.c.id == row.id)
                .values(delete_time=None, purge_time=None, update_time=now, revision=row.revision + 1)
            )
            restored = self._model_by_id(conn, row.id)
            self._emit(conn, now, EventType.MODEL_UNDELETED, restored)
            return restored

        return self._run(tx)

    # ----- model versions -----------------------------------------------

    def create_version(
        self, model_name: str, new: NewVersion, creator: str, now: int, request: RequestKey | None
    ) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            replayed = self._replayed(conn, request, now)
            if replayed is not None:
                return self._version_by_id(conn, replayed)
            # The row lock taken by this UPDATE serialises creates on one model,
            # and a rollback returns the number: no gaps, no duplicates.
            allocated = conn.execute(_ALLOCATE_VERSION, {"p_name": model_name, "p_now": now}).first()
            if allocated is None:
                self._model_row(conn, model_name)  # raises the precise NotFound
                raise AssertionError("unreachable")
            model_id, number = allocated
            fingerprint = self._run_fingerprint(conn, new.run_id)
            parent_ids = self._parent_ids(conn, new.parents, "model_version.parents")
            # A version with files is not READY until FinalizeModelVersion finds every blob.
            status = VersionStatus.PENDING_UPLOAD if new.files else VersionStatus.READY
            version_id = conn.execute(
                _INSERT_VERSION,
                {
                    "model_id": model_id,
                    "version": number,
                    "description": new.description,
                    "stage": Stage.NONE.value,
                    "status": status.value,
                    "file_count": len(new.files),
                    "source": new.source,
                    "run_id": new.run_id,
                    "signature": _signature_json(new.signature),
                    "fingerprint": fingerprint,
                    "creator": creator,
                    "create_time": now,
                    "update_time": now,
                    "revision": 1,
                },
            ).scalar_one()
            if new.tags:
                conn.execute(
                    _INSERT_VERSION_TAGS,
                    [{"version_id": version_id, "key": k, "value": v} for k, v in new.tags.items()],
                )
            if new.metrics:
                conn.execute(
                    _INSERT_VERSION_METRICS,
                    [{"version_id": version_id, "key": k, "value": v} for k, v in new.metrics.items()],
                )
            if new.files:
                conn.execute(
                    _INSERT_VERSION_FILES,
                    [
                        {
                            "version_id": version_id,
                            "path": f.path,
                            "hash": f.digest.hash,
                            "size": f.digest.size,
                            "media_type": f.media_type,
                        }
                        for f in new.files
                    ],
                )
            if parent_ids:
                conn.execute(
                    insert(version_parents),
                    [
                        {"version_id": version_id, "parent_id": pk, "relation": p.relation}
                        for p, pk in zip(new.parents, parent_ids, strict=True)
                    ],
                )
            self._remember(conn, request, version_id, now)
            # Everything a new version shows was just written: no need to read it back.
            created = ModelVersion(
                model_name=model_name,
                version=number,
                description=new.description,
                tags=dict(new.tags),
                stage=Stage.NONE,
                aliases=[],
                status=status,
                source=new.source,
                run_id=new.run_id,
                signature=new.signature,
                metrics=dict(new.metrics),
                creator=creator,
                create_time=now,
                update_time=now,
                etag=etag(1),
                files=sorted(new.files, key=lambda f: f.path),
                parents=sorted(new.parents, key=lambda p: (p.model_name, p.version)),
                fingerprint=fingerprint,
            )
            self._emit(conn, now, EventType.VERSION_CREATED, created)
            return created

        return self._run(tx)

    def get_version(self, model_name: str, version: int, show_deleted: bool) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            row = conn.execute(_VERSION_BY_NAME, {"name": model_name, "version": version}).first()
            if row is None or (not show_deleted and (row.delete_time is not None or row.model_delete_time is not None)):
                # Slow path only for errors: say precisely what is missing.
                model = self._model_row(conn, model_name, show_deleted=show_deleted)
                row = self._version_row(conn, model, version, show_deleted=show_deleted)
            return self._version(conn, row)

        return self._run(tx, False)

    def update_version(
        self, model_name: str, version: int, given_etag: str, changes: Changes, now: int
    ) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, lock=True)
            row = self._version_row(conn, model, version)
            _check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
            self._before_version(conn, row)
            values: dict[str, Any] = {"update_time": now, "revision": row.revision + 1}
            if changes.description is not None:
                values["description"] = changes.description
            conn.execute(update(mv).where(mv.c.id == row.id).values(**values))
            self._apply_tags(conn, version_tags, version_tags.c.version_id, row.id, changes)
            updated = self._version_by_id(conn, row.id)
            self._emit(conn, now, EventType.VERSION_UPDATED, updated)
            return updated

        return self._run(tx)

    # ----- lineage -----------------------------------------------------

    @staticmethod
    def _run_fingerprint(conn: Connection, run_id: str) -> str:
        """The fingerprint of a regserver run's inputs now; "" for a run tracked elsewhere."""
        if not RUN_ID.fullmatch(run_id):
            return ""
        pk = conn.execute(select(runs.c.id).where(runs.c.uid == run_id)).scalar()
        if pk is None:
            raise NotFound(
                f"run {run_id!r} not found: model_version.run_id must name a run created with CreateRun "
                "(or be an id that does not look like 'run_<32 hex digits>' to reference a run tracked elsewhere)",
                "RUN_NOT_FOUND",
                run_id=run_id,
            )
        return run_inputs.run_fingerprint(conn, pk)

    def _parent_ids(self, conn: Connection, parents: Sequence[VersionParent], field: str) -> list[int]:
        ids = []
        for i, p in enumerate(parents):
            row = conn.execute(_VERSION_BY_NAME, {"name": p.model_name, "version": p.version}).first()
            if row is None:
                raise NotFound(
                    f"{field}[{i}] names version {p.version} of model {p.model_name!r}, which does not exist",
                    "MODEL_VERSION_NOT_FOUND",
                    model_name=p.model_name,
                    version=p.version,
                )
            ids.append(row.id)
        return ids

    def _ancestry_path(self, conn: Connection, start: int, target: int) -> list[int] | None:
        """A chain of version ids from `start` up its parents to `target`, or None when target is no ancestor."""
        came_from: dict[int, int | None] = {start: None}
        frontier = [start]
        while frontier and target not in came_from:
            rows = conn.execute(
                select(version_parents.c.version_id, version_parents.c.parent_id).where(
                    version_parents.c.version_id.in_(frontier)
                )
            ).all()
            frontier = []
            for child, parent in rows:
                if parent not in came_from:
                    came_from[parent] = child
                    frontier.append(parent)
        if target not in came_from:
            return None
        path: list[int] = []
        node: int | None = target
        while node is not None:
            path.append(node)
            node = came_from[node]
        return path[::-1]

    def _version_label(self, conn: Connection, pk: int) -> str:
        row = conn.execute(_VERSION_BY_ID, {"id": pk}).one()
        return f"{row.model_name}/{row.version}"

    def add_parents(
        self, model_name: str, version: int, parents: Sequence[VersionParent], given_etag: str, now: int
    ) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, lock=True)
            if self._pg:
                # Parent links anywhere can close a cycle: serialise every link-adding transaction on the
                # event counter's row, taken after the model's as every writer does, so no deadlock.
                conn.execute(select(event_log.c.id).where(event_log.c.id == 1).with_for_update())
            row = self._version_row(conn, model, version)
            _check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
            self._before_version(conn, row)
            existing = dict(
                conn.execute(
                    select(version_parents.c.parent_id, version_parents.c.relation).where(
                        version_parents.c.version_id == row.id
                    )
                ).all()
            )
            added = False
            for i, (p, pk) in enumerate(zip(parents, self._parent_ids(conn, parents, "parents"), strict=True)):
                here = f"{model_name}/{version}"
                there = f"{p.model_name}/{p.version}"
                if pk in existing:
                    if existing[pk] != p.relation:
                        raise FailedPrecondition(
                            f"{here} already has parent {there} as {existing[pk]}; a link's relation cannot change "
                            "and links are never removed",
                            "PARENT_CONFLICT",
                            model_name=model_name,
                            version=version,
                            parent=there,
                        )
                    continue
                path = self._ancestry_path(conn, pk, row.id)
                if path is not None:
                    chain = " -> ".join(self._version_label(conn, v) for v in path)
                    why = (
                        "a version cannot be its own parent"
                        if pk == row.id
                        else f"{there} already descends from {here} (parent chain {chain})"
                    )
                    raise FailedPrecondition(
                        f"parents[{i}]: making {there} a parent of {here} would make {here} its own ancestor: {why}. "
                        "Nothing was added",
                        "LINEAGE_CYCLE",
                        model_name=model_name,
                        version=version,
                        parent=there,
                    )
                conn.execute(insert(version_parents).values(version_id=row.id, parent_id=pk, relation=p.relation))
                existing[pk] = p.relation
                added = True
            if not added:
                return self._version(conn, row)
            conn.execute(update(mv).where(mv.c.id == row.id).values(update_time=now, revision=row.revision + 1))
            updated = self._version_by_id(conn, row.id)
            self._emit(conn, now, EventType.VERSION_UPDATED, updated)
            return updated

        return self._run(tx)

    def _touch_versions(self, conn: Connection, version_ids: Sequence[int], now: int) -> None:
        if version_ids:
            conn.execute(update(mv).where(mv.c.id.in_(version_ids)).values(update_time=now, revision=mv.c.revision + 1))

    def _touch_model(self, conn: Connection, model_id: int, now: int) -> None:
        conn.execute(update(rm).where(rm.c.id == model_id).values(update_time=now, revision=rm.c.revision + 1))

    def delete_version(self, model_name: str, version: int, given_etag: str, now: int) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, lock=True)
            row = self._version_row(conn, model, version)
            _check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
            self._before_version(conn, row)
            held = list(
                conn.execute(
                    select(model_aliases.c.alias).where(model_aliases.c.version_id == row.id).order_by("alias")
                ).scalars()
            )
            for alias in held:
                self._refuse_protected(conn, model, "alias", alias, f"deleting version {version}, which holds it,")
            if held:
                conn.execute(delete(model_aliases).where(model_aliases.c.version_id == row.id))
                for alias in held:
                    self._history(conn, model.id, "alias", alias, now, leaving=[row.id])
                self._touch_model(conn, model.id, now)
            conn.execute(
                update(mv)
                .where(mv.c.id == row.id)
                .values(
                    delete_time=now,
                    purge_time=now + self.purge_after_us,
                    deleted_aliases=json.dumps(held) if held else None,
                    update_time=now,
                    revision=row.revision + 1,
                )
            )
            deleted = self._version_by_id(conn, row.id)
            self._emit(conn, now, EventType.VERSION_DELETED, deleted)
            for alias in held:
                self._emit(conn, now, EventType.ALIAS_DELETED, deleted, alias=alias, previous_version=version)
            return deleted

        return self._run(tx)

    def undelete_version(self, model_name: str, version: int, now: int) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, show_deleted=True, lock=True)
            if model.delete_time is not None:
                raise FailedPrecondition(
                    f"registered model {model_name!r} is deleted; undelete the model first",
                    "MODEL_DELETED",
                    model=model_name,
                )
            row = self._version_row(conn, model, version, show_deleted=True)
            self._before_version(conn, row)
            if row.delete_time is None:
                raise FailedPrecondition(
                    f"version {version} of model {model_name!r} is not deleted",
                    "NOT_DELETED",
                    model=model_name,
                    version=version,
                )
            if row.purge_time is not None and row.purge_time <= now:
                raise FailedPrecondition(
                    f"version {version} of model {model_name!r} is past its retention period and cannot be restored",
                    "PURGED",
                    model=model_name,
                    version=version,
                )
            # Restore the aliases nobody has pointed elsewhere since the delete.
            wanted = json.loads(row.deleted_aliases) if row.deleted_aliases else []
            taken = set(
                conn.execute(
                    select(model_aliases.c.alias).where(
                        model_aliases.c.model_id == model.id, model_aliases.c.alias.in_(wanted)
                    )
                ).scalars()
            )
            # A protected alias comes back only through an approved promotion.
            taken |= set(
                conn.execute(
                    select(protected_targets.c.name).where(
                        protected_targets.c.model_id == model.id, protected_targets.c.kind == "alias"
                    )
                ).scalars()
            )
            restored = [a for a in wanted if a not in taken]
            if restored:
                conn.execute(
                    insert(model_aliases),
                    [{"model_id": model.id, "alias": a, "version_id": row.id} for a in restored],
                )
                for alias in restored:
                    self._history(conn, model.id, "alias", alias, now, entering=row.id, cause="UndeleteModelVersion")
                self._touch_model(conn, model.id, now)
            conn.execute(
                update(mv)
                .where(mv.c.id == row.id)
                .values(
                    delete_time=None, purge_time=None, deleted_aliases=None, update_time=now, revision=row.revision + 1
                )
            )
            restored_version = self._version_by_id(conn, row.id)
            self._emit(conn, now, EventType.VERSION_UNDELETED, restored_version)
            for alias in restored:
                self._emit(conn, now, EventType.ALIAS_SET, restored_version, alias=alias, previous_version=0)
            return restored_version

        return self._run(tx)

    def _ready_version(self, conn: Connection, model: Row[Any], version: int) -> Row[Any]:
        row = self._version_row(conn, model, version)
        if row.status != VersionStatus.READY.value:
            raise FailedPrecondition(
                f"version {version} of model {model.name!r} is {row.status}, not READY; "
                "only READY versions take stages and aliases",
                "VERSION_NOT_READY",
                model=model.name,
                version=version,
                status=row.status,
            )
        return row

    # ----- protection and history (see governance.proto) ---------------

    @staticmethod
    def _refuse_protected(conn: Connection, model: Row[Any], kind: str, name: str, action: str) -> None:
        hit = conn.execute(_PROTECTED, {"model_id": model.id, "kind": kind, "name": name}).first()
        if hit is not None:
            what = f"alias {name!r}" if kind == "alias" else f"stage {name}"
            raise FailedPrecondition(
                f"{what} of model {model.name!r} is protected by its promotion policy, so {action} needs an approved "
                "promotion: Governance.RequestPromotion, then ApprovePromotion by another approver",
                "PROMOTION_REQUIRED",
                model=model.name,
                target=what,
            )

    @staticmethod
    def _history(
        conn: Connection,
        model_id: int,
        kind: str,
        target: str,
        now: int,
        *,
        leaving: Sequence[int] = (),
        entering: int | None = None,
        cause: str = "",
        request_uid: str | None = None,
    ) -> None:
        """Closes the open entries of `leaving` versions for the target and opens one for `entering`
        (`cause` and `request_uid` say how it got there)."""
        for version_id in leaving:
            params = {"b_model_id": model_id, "b_kind": kind, "b_target": target, "b_version_id": version_id}
            conn.execute(_CLOSE_HISTORY, {**params, "b_now": now})
        if entering is not None:
            conn.execute(
                _OPEN_HISTORY,
                {
                    "model_id": model_id,
                    "kind": kind,
                    "target": target,
                    "version_id": entering,
                    "start_time": now,
                    "principal": caller.principal(),
                    "request_uid": request_uid,
                    "cause": cause,
                },
            )

    def transition_stage(
        self, model_name: str, version: int, stage: Stage, archive_existing: bool, given_etag: str, now: int
    ) -> tuple[ModelVersion, list[ModelVersion]]:
        def tx(conn: Connection) -> tuple[ModelVersion, list[ModelVersion]]:
            model = self._model_row(conn, model_name, lock=True)
            row = self._ready_version(conn, model, version)
            _check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
            self._before_version(conn, row)
            if stage.value != row.stage:
                self._refuse_protected(conn, model, "stage", stage.value, f"moving a version to {stage.value}")
            return self._move_stage(conn, model, row, stage, archive_existing, now, "TransitionModelVersionStage")

        return self._run(tx)

    def _move_stage(
        self,
        conn: Connection,
        model: Row[Any],
        row: Row[Any],
        stage: Stage,
        archive_existing: bool,
        now: int,
        cause: str,
        request_uid: str | None = None,
    ) -> tuple[ModelVersion, list[ModelVersion]]:
        archived: list[int] = []
        if archive_existing and stage in (Stage.STAGING, Stage.PRODUCTION):
            archived = list(
                conn.execute(
                    select(mv.c.id).where(
                        mv.c.model_id == model.id,
                        mv.c.stage == stage.value,
                        mv.c.id != row.id,
                        mv.c.delete_time.is_(None),
                    )
                ).scalars()
            )
            if archived:
                conn.execute(
                    update(mv)
                    .where(mv.c.id.in_(archived))
                    .values(stage=Stage.ARCHIVED.value, update_time=now, revision=mv.c.revision + 1)
                )
        conn.execute(
            update(mv).where(mv.c.id == row.id).values(stage=stage.value, update_time=now, revision=row.revision + 1)
        )
        # (version, stage before, stage after); NONE has no history.
        moves = [(pk, stage.value, Stage.ARCHIVED.value) for pk in archived] + [(row.id, row.stage, stage.value)]
        for pk, old_stage, new_stage in moves:
            if old_stage == new_stage:
                continue
            if old_stage != Stage.NONE.value:
                self._history(conn, model.id, "stage", old_stage, now, leaving=[pk])
            if new_stage != Stage.NONE.value:
                self._history(
                    conn, model.id, "stage", new_stage, now, entering=pk, cause=cause, request_uid=request_uid
                )
        moved = self._version_by_id(conn, row.id)
        archived_versions = [self._version_by_id(conn, i) for i in archived]
        for changed in (*archived_versions, moved):
            self._emit(conn, now, EventType.VERSION_STAGE_CHANGED, changed)
        return moved, archived_versions

    # ----- aliases ------------------------------------------------------

    def set_alias(self, model_name: str, alias: str, version: int, now: int) -> tuple[ModelVersion, int]:
        def tx(conn: Connection) -> tuple[ModelVersion, int]:
            model = self._model_row(conn, model_name, lock=True)
            row = self._ready_version(conn, model, version)
            self._refuse_protected(conn, model, "alias", alias, "moving it")
            moved, previous = self._move_alias(conn, model, row, alias, now, "SetAlias")
            conn.info["before"] = {"alias": alias, "version": previous}
            return moved, previous

        return self._run(tx)

    def _move_alias(
        self,
        conn: Connection,
        model: Row[Any],
        row: Row[Any],
        alias: str,
        now: int,
        cause: str,
        request_uid: str | None = None,
    ) -> tuple[ModelVersion, int]:
        """Points the alias at row's version; returns it and the version the alias held (0: none)."""
        current = conn.execute(
            select(model_aliases.c.version_id, mv.c.version)
            .join(mv, mv.c.id == model_aliases.c.version_id)
            .where(model_aliases.c.model_id == model.id, model_aliases.c.alias == alias)
        ).first()
        if current is not None and current.version_id == row.id:
            return self._version(conn, row), int(row.version)
        if current is None:
            conn.execute(insert(model_aliases).values(model_id=model.id, alias=alias, version_id=row.id))
            self._touch_versions(conn, [row.id], now)
        else:
            conn.execute(
                update(model_aliases)
                .where(model_aliases.c.model_id == model.id, model_aliases.c.alias == alias)
                .values(version_id=row.id)
            )
            self._touch_versions(conn, [row.id, current.version_id], now)
        self._touch_model(conn, model.id, now)
        self._history(
            conn,
            model.id,
            "alias",
            alias,
            now,
            leaving=[current.version_id] if current is not None else [],
            entering=row.id,
            cause=cause,
            request_uid=request_uid,
        )
        target = self._version_by_id(conn, row.id)
        previous = int(current.version) if current is not None else 0
        self._emit(conn, now, EventType.ALIAS_SET, target, alias=alias, previous_version=previous)
        return target, previous

    def delete_alias(self, model_name: str, alias: str, now: int) -> int:
        def tx(conn: Connection) -> int:
            model = self._model_row(conn, model_name, lock=True)
            current = conn.execute(
                select(model_aliases.c.version_id, mv.c.version)
                .join(mv, mv.c.id == model_aliases.c.version_id)
                .where(model_aliases.c.model_id == model.id, model_aliases.c.alias == alias)
            ).first()
            if current is None:
                raise NotFound(
                    f"model {model_name!r} has no alias {alias!r}", "ALIAS_NOT_FOUND", model=model_name, alias=alias
                )
            self._refuse_protected(conn, model, "alias", alias, "deleting it")
            conn.info["before"] = {"alias": alias, "version": current.version}
            conn.execute(
                delete(model_aliases).where(model_aliases.c.model_id == model.id, model_aliases.c.alias == alias)
            )
            self._history(conn, model.id, "alias", alias, now, leaving=[current.version_id])
            self._touch_versions(conn, [current.version_id], now)
            self._touch_model(conn, model.id, now)
            self._emit(
                conn,
                now,
                EventType.ALIAS_DELETED,
                self._version_by_id(conn, current.version_id),
                alias=alias,
                previous_version=current.version,
            )
            return int(current.version)

        return self._run(tx)

    def get_version_by_alias(self, model_name: str, alias: str) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            row = conn.execute(_VERSION_BY_ALIAS, {"name": model_name, "alias": alias}).first()
            if row is None:
                self._model_row(conn, model_name)
                raise NotFound(
                    f"model {model_name!r} has no alias {alias!r}", "ALIAS_NOT_FOUND", model=model_name, alias=alias
                )
            return self._version(conn, row)

        return self._run(tx, False)

    # ----- lists --------------------------------------------------------

    def _compile(self, cond: Cond, target: Target) -> ColumnElement[bool]:
        if isinstance(cond, AllOf):
            return and_(*(self._compile(c, target) for c in cond.operands))
        if isinstance(cond, AnyOf):
            return or_(*(self._compile(c, target) for c in cond.operands))
        if isinstance(cond, Negation):
            return not_(self._compile(cond.operand, target))
        return self._condition(cond, target)

    @staticmethod
    def _compare(column: Any, op: str, value: Any) -> ColumnElement[bool]:
        if op == "=":
            return column == value  # type: ignore[no-any-return]
        if op == "!=":
            return column != value  # type: ignore[no-any-return]
        if op == "<":
            return column < value  # type: ignore[no-any-return]
        if op == "<=":
            return column <= value  # type: ignore[no-any-return]
        if op == ">":
            return column > value  # type: ignore[no-any-return]
        if op == ">=":
            return column >= value  # type: ignore[no-any-return]
        # One escape character on both databases: PostgreSQL's default is '\', SQLite has none.
        if op == "LIKE":
            return column.like(value, escape="\\")  # type: ignore[no-any-return]
        return column.ilike(value, escape="\\")  # type: ignore[no-any-return]

    def _condition(self, cond: Condition, target: Target) -> ColumnElement[bool]:
        table = rm if target is Target.MODELS else mv
        if cond.field == "tags":
            tags = model_tags if target is Target.MODELS else version_tags
            owner = tags.c.model_id if target is Target.MODELS else tags.c.version_id
            return exists().where(
                owner == table.c.id, tags.c.key == cond.key, self._compare(tags.c.value, cond.op, cond.value)
            )
        if cond.field == "metrics":
            # The version's current value: its latest unsliced evaluation, else the registration metric.
            m, e = version_metrics, version_latest_evaluations
            evaluated = exists().where(e.c.version_id == mv.c.id, e.c.key == cond.key)
            return or_(
                exists().where(
                    e.c.version_id == mv.c.id, e.c.key == cond.key, self._compare(e.c.value, cond.op, cond.value)
                ),
                and_(
                    ~evaluated,
                    exists().where(
                        m.c.version_id == mv.c.id, m.c.key == cond.key, self._compare(m.c.value, cond.op, cond.value)
                    ),
                ),
            )
        if cond.field == "aliases":
            owner = model_aliases.c.model_id if target is Target.MODELS else model_aliases.c.version_id
            has = exists().where(owner == table.c.id, model_aliases.c.alias == cond.value)
            return has if cond.op == "=" else ~has
        column = rm.c.name if cond.field == "name" else table.c[cond.field]
        return self._compare(column, cond.op, cond.value)

    def list_page(self, query: ListQuery) -> Page[Any]:
        def tx(conn: Connection) -> Page[Any]:
            models = query.target is Target.MODELS
            table = rm if models else mv
            columns = {"name": rm.c.name, "version": mv.c.version}
            keys = [columns[k.field] if k.field in columns else table.c[k.field] for k in query.order]
            fields = {k.field for k in query.order}
            # The row id breaks ties unless the sort key is already unique.
            unique = "name" in fields if models else "version" in fields and (bool(query.parent) or "name" in fields)
            stmt = select(rm) if models else select(*VERSION_COLUMNS).join(rm, rm.c.id == mv.c.model_id)
            if query.parent:
                model = self._model_row(conn, query.parent, show_deleted=query.show_deleted)
                stmt = stmt.where(mv.c.model_id == model.id)
            if not query.show_deleted:
                stmt = stmt.where(rm.c.delete_time.is_(None))
                if not models:
                    stmt = stmt.where(mv.c.delete_time.is_(None))
            if query.where is not None:
                stmt = stmt.where(self._compile(query.where, query.target))
            if query.visible_model_ids is not None:
                stmt = stmt.where(rm.c.id.in_(sorted(query.visible_model_ids)))
            if query.after is not None:
                stmt = stmt.where(self._after(keys, query, unique, table))
            order = [k.desc() if o.descending else k.asc() for k, o in zip(keys, query.order, strict=True)]
            if not unique:
                order.append(table.c.id.asc())
            rows = conn.execute(stmt.order_by(*order).limit(query.page_size + 1)).all()
            more = len(rows) > query.page_size
            rows = rows[: query.page_size]
            items: list[Any] = self._models(conn, rows) if models else self._versions(conn, rows)
            token = ""
            if more:
                last = rows[-1]
                name = last.name if models else last.model_name  # version rows label the model's name
                values = tuple(name if k.field == "name" else getattr(last, k.field) for k in query.order)
                token = encode_token(query, values, last.id)
            return Page(items, token)

        return self._run(tx, False)

    @staticmethod
    def _after(keys: list[Any], query: ListQuery, unique: bool, table: Any) -> ColumnElement[bool]:
        """Rows strictly after the cursor in the query's order (a keyset seek)."""
        assert query.after is not None
        values, row_id = query.after
        clauses: list[ColumnElement[bool]] = []
        for i, (key, spec) in enumerate(zip(keys, query.order, strict=True)):
            equal_before = [keys[j] == values[j] for j in range(i)]
            beyond = key < values[i] if spec.descending else key > values[i]
            clauses.append(and_(*equal_before, beyond))
        if not unique:
            clauses.append(and_(*(k == v for k, v in zip(keys, values, strict=True)), table.c.id > row_id))
        return or_(*clauses) if clauses else true()

    # ----- artifacts ----------------------------------------------------

    def finalize_version(self, model_name: str, version: int, now: int) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, lock=True)
            row = self._version_row(conn, model, version)
            if row.status == VersionStatus.READY.value:
                return self._version(conn, row)
            self._before_version(conn, row)
            if row.status != VersionStatus.PENDING_UPLOAD.value:
                raise FailedPrecondition(
                    f"version {version} of model {model_name!r} is {row.status}; only a PENDING_UPLOAD version "
                    "can be finalized (create a new version)",
                    "VERSION_NOT_READY",
                    model=model_name,
                    version=version,
                    status=row.status,
                )
            missing = conn.execute(
                select(version_files.c.path, version_files.c.hash, version_files.c.size)
                .where(
                    version_files.c.version_id == row.id,
                    ~select(blobs.c.hash)
                    .where(blobs.c.hash == version_files.c.hash, blobs.c.size == version_files.c.size)
                    .exists(),
                )
                .order_by(version_files.c.path)
            ).all()
            if missing:
                shown = ", ".join(f"{m.path} ({m.hash}/{m.size})" for m in missing[:5])
                more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
                raise FailedPrecondition(
                    f"version {version} of model {model_name!r} cannot be finalized: {len(missing)} of its files "
                    f"are not uploaded: {shown}{more}",
                    "BLOBS_MISSING",
                    model=model_name,
                    version=version,
                    missing_count=len(missing),
                ).with_violations(
                    [("BLOB_MISSING", f"{m.hash}/{m.size}", f"{m.path} is not uploaded") for m in missing]
                )
            conn.execute(
                update(mv)
                .where(mv.c.id == row.id)
                .values(status=VersionStatus.READY.value, update_time=now, revision=row.revision + 1)
            )
            ready = self._version_by_id(conn, row.id)
            self._emit(conn, now, EventType.VERSION_READY, ready)
            return ready

        return self._run(tx)

    def find_missing(self, digests: Sequence[Digest]) -> list[Digest]:
        def tx(conn: Connection) -> list[Digest]:
            present: set[tuple[str, int]] = set()
            hashes = sorted({d.hash for d in digests})
            for start in range(0, len(hashes), 500):
                rows = conn.execute(
                    select(blobs.c.hash, blobs.c.size).where(blobs.c.hash.in_(hashes[start : start + 500]))
                )
                present.update((r.hash, r.size) for r in rows)
            return [d for d in digests if (d.hash, d.size) not in present]

        return self._run(tx, False)

    def begin_upload(self, upload_id: str, digest: Digest, now: int) -> bool:
        """Registers an upload (or finds it again); returns whether it is already complete."""

        def tx(conn: Connection) -> bool:
            row = conn.execute(select(uploads).where(uploads.c.upload_id == upload_id)).first()
            if row is None:
                conn.execute(
                    insert(uploads).values(
                        upload_id=upload_id, hash=digest.hash, size=digest.size, complete=False,
                        create_time=now, update_time=now,
                    )
                )  # fmt: skip
                return False
            if (row.hash, row.size) != (digest.hash, digest.size):
                raise InvalidArgument(
                    f"upload_id {upload_id!r} belongs to an upload of {row.hash}/{row.size}, not {digest}; "
                    "use a new upload_id for a different blob",
                    "INVALID_FIELD",
                    field="upload_id",
                )
            conn.execute(update(uploads).where(uploads.c.upload_id == upload_id).values(update_time=now))
            return bool(row.complete)

        return self._run(tx)

    def upload_state(self, upload_id: str) -> tuple[Digest, bool] | None:
        def tx(conn: Connection) -> tuple[Digest, bool] | None:
            row = conn.execute(select(uploads).where(uploads.c.upload_id == upload_id)).first()
            return None if row is None else (Digest(row.hash, row.size), bool(row.complete))

        return self._run(tx, False)

    def record_blob(self, digest: Digest, upload_id: str | None, now: int) -> None:
        """Indexes a blob the backend has committed, and marks its upload complete."""

        def tx(conn: Connection) -> None:
            known = conn.execute(select(blobs.c.hash).where(blobs.c.hash == digest.hash)).first()
            if known is None:
                conn.execute(insert(blobs).values(hash=digest.hash, size=digest.size, create_time=now))
            if upload_id is not None:
                conn.execute(
                    update(uploads).where(uploads.c.upload_id == upload_id).values(complete=True, update_time=now)
                )

        self._run(tx)

    def forget_upload(self, upload_id: str) -> None:
        self._run(lambda conn: conn.execute(delete(uploads).where(uploads.c.upload_id == upload_id)))

    def blob_known(self, digest: Digest) -> bool:
        def tx(conn: Connection) -> bool:
            row = conn.execute(select(blobs.c.size).where(blobs.c.hash == digest.hash)).first()
            return row is not None and row.size == digest.size

        return self._run(tx, False)

    def fail_abandoned_versions(self, created_before: int, now: int) -> int:
        """Marks PENDING_UPLOAD versions older than the cutoff FAILED, freeing their blobs for collection."""

        def tx(conn: Connection) -> int:
            abandoned = list(
                conn.execute(
                    select(mv.c.id).where(
                        mv.c.status == VersionStatus.PENDING_UPLOAD.value, mv.c.create_time < created_before
                    )
                ).scalars()
            )
            if abandoned:
                conn.execute(
                    update(mv)
                    .where(mv.c.id.in_(abandoned))
                    .values(status=VersionStatus.FAILED.value, update_time=now, revision=mv.c.revision + 1)
                )
            for version_id in abandoned:
                self._emit(conn, now, EventType.VERSION_FAILED, self._version_by_id(conn, version_id))
            return len(abandoned)

        return self._run(tx)

    def unused_blobs(self, created_before: int, limit: int) -> list[str]:
        def tx(conn: Connection) -> list[str]:
            query = select(blobs.c.hash).where(blobs.c.create_time < created_before, ~_BLOB_IN_USE).limit(limit)
            return list(conn.execute(query).scalars())

        return self._run(tx, False)

    def forget_blob_if_unused(self, hash: str) -> bool:
        """Drops a blob from the index unless a version started using it meanwhile; True if dropped."""

        def tx(conn: Connection) -> bool:
            return bool(conn.execute(delete(blobs).where(blobs.c.hash == hash, ~_BLOB_IN_USE)).rowcount)

        return self._run(tx)

    def indexed_blobs(self, hashes: Sequence[str]) -> set[str]:
        def tx(conn: Connection) -> set[str]:
            found: set[str] = set()
            for start in range(0, len(hashes), 500):
                chunk = list(hashes[start : start + 500])
                found.update(conn.execute(select(blobs.c.hash).where(blobs.c.hash.in_(chunk))).scalars())
            return found

        return self._run(tx, False)

    def stale_uploads(self, updated_before: int) -> list[tuple[str, bool]]:
        """(upload_id, complete) of uploads untouched since the cutoff."""

        def tx(conn: Connection) -> list[tuple[str, bool]]:
            query = select(uploads.c.upload_id, uploads.c.complete).where(uploads.c.update_time < updated_before)
            return [(r.upload_id, bool(r.complete)) for r in conn.execute(query)]

        return self._run(tx, False)

    def known_uploads(self, upload_ids: Sequence[str]) -> set[str]:
        def tx(conn: Connection) -> set[str]:
            if not upload_ids:
                return set()
            query = select(uploads.c.upload_id).where(uploads.c.upload_id.in_(list(upload_ids)))
            return set(conn.execute(query).scalars())

        return self._run(tx, False)

    # ----- maintenance --------------------------------------------------

    def purge(self, now: int) -> tuple[int, int]:
        """Hard-deletes models and versions past their retention; returns how many of each."""

        def tx(conn: Connection) -> tuple[int, int]:
            versions = conn.execute(delete(mv).where(mv.c.purge_time.is_not(None), mv.c.purge_time <= now)).rowcount
            models = conn.execute(delete(rm).where(rm.c.purge_time.is_not(None), rm.c.purge_time <= now)).rowcount
            conn.execute(delete(request_ids).where(request_ids.c.create_time <= now - REQUEST_ID_TTL_US))
            return models, versions

        return self._run(tx)

    def ping(self) -> None:
        self._run(lambda conn: conn.execute(select(func.count()).where(false())).scalar(), False)
