"""What every room of the SQL store shares: the prebuilt statements, rows loaded into domain objects,
etags, request ids, tags, and the history of aliases and stages."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Float,
    Integer,
    Row,
    Text,
    bindparam,
    cast,
    delete,
    insert,
    literal,
    null,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.sql.elements import BindParameter

from regserver.audit import in_transaction
from regserver.domain import caller
from regserver.domain.errors import Aborted, FailedPrecondition, NotFound
from regserver.domain.models import (
    Changes,
    ColumnSpec,
    Digest,
    ManifestEntry,
    ModelVersion,
    RegisteredModel,
    RequestKey,
    Schema,
    Signature,
    Stage,
    TensorSpec,
    VersionParent,
    VersionStatus,
)
from regserver.store.event_codec import encode_model, encode_version
from regserver.store.schema import (
    artifact_files,
    blobs,
    model_aliases,
    model_tags,
    model_versions,
    protected_targets,
    registered_models,
    request_ids,
    target_history,
    version_files,
    version_metrics,
    version_parents,
    version_tags,
)
from regserver.store.transactions import Transactions

rm = registered_models
mv = model_versions
REQUEST_ID_TTL_US = 24 * 3600 * 1_000_000
# Hot-path statements are built once: constructing SQLAlchemy statements per
# call costs more than running them.
VERSION_COLUMNS = (*mv.c, rm.c.name.label("model_name"), rm.c.delete_time.label("model_delete_time"))
_MODEL_BY_NAME = select(rm).where(rm.c.name == bindparam("name"))
_MODEL_BY_NAME_LOCKED = _MODEL_BY_NAME.with_for_update()
_MODEL_BY_ID = select(rm).where(rm.c.id == bindparam("id"))
VERSIONS = select(*VERSION_COLUMNS).join(rm, rm.c.id == mv.c.model_id)
_VERSION_BY_NUMBER = VERSIONS.where(mv.c.model_id == bindparam("model_id"), mv.c.version == bindparam("version"))
VERSION_BY_NAME = VERSIONS.where(rm.c.name == bindparam("name"), mv.c.version == bindparam("version"))
VERSION_BY_ID = VERSIONS.where(mv.c.id == bindparam("id"))
VERSION_BY_ALIAS = (
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
# versions count until they are purged), or a run or logged model lists it.
_BLOB_IN_USE = or_(
    select(version_files.c.hash)
    .join(mv, mv.c.id == version_files.c.version_id)
    .where(version_files.c.hash == blobs.c.hash, mv.c.status != VersionStatus.FAILED.value)
    .exists(),
    # The files of runs and logged models (kept as long as they are).
    select(artifact_files.c.hash).where(artifact_files.c.hash == blobs.c.hash).exists(),
)
_REQUEST = select(request_ids.c.fingerprint, request_ids.c.resource_id, request_ids.c.create_time).where(
    request_ids.c.method == bindparam("method"), request_ids.c.request_id == bindparam("request_id")
)


def etag(revision: int) -> str:
    return f"r{revision}"


def check_etag(given: str, revision: int, what: str) -> None:
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


class Rows(Transactions):
    def _before_model(self, conn: Connection, row: Row[Any]) -> None:
        """Records the model as it is before the change, for the call's audit record."""
        if in_transaction.current() is not None:
            conn.info["before"] = {"registered_model": json.loads(encode_model(self._model(conn, row)))}

    def _before_version(self, conn: Connection, row: Row[Any]) -> None:
        """Records the version as it is before the change, for the call's audit record."""
        if in_transaction.current() is not None:
            conn.info["before"] = {"model_version": json.loads(encode_version(self._version(conn, row)))}

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
        return self._version(conn, conn.execute(VERSION_BY_ID, {"id": version_id}).one())

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

    def _touch_model(self, conn: Connection, model_id: int, now: int) -> None:
        conn.execute(update(rm).where(rm.c.id == model_id).values(update_time=now, revision=rm.c.revision + 1))

    def _touch_versions(self, conn: Connection, version_ids: Sequence[int], now: int) -> None:
        if version_ids:
            conn.execute(update(mv).where(mv.c.id.in_(version_ids)).values(update_time=now, revision=mv.c.revision + 1))

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
