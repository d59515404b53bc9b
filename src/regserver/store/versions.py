"""Model versions: numbered gap-free per model, updated, soft-deleted, restored and finalized."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from regserver.domain.errors import FailedPrecondition
from regserver.domain.models import Changes, EventType, ModelVersion, NewVersion, RequestKey, Stage, VersionStatus
from regserver.store.parents import ParentsRoom
from regserver.store.rows import (
    _ALLOCATE_VERSION,
    _INSERT_VERSION,
    _INSERT_VERSION_FILES,
    _INSERT_VERSION_METRICS,
    _INSERT_VERSION_TAGS,
    VERSION_BY_NAME,
    _signature_json,
    check_etag,
    etag,
    mv,
)
from regserver.store.schema import blobs, model_aliases, protected_targets, version_files, version_parents, version_tags


class VersionsRoom(ParentsRoom):
    """Versions are created with their parents: the rules of ParentsRoom apply at creation too."""

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
            row = conn.execute(VERSION_BY_NAME, {"name": model_name, "version": version}).first()
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
            check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
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

    def delete_version(self, model_name: str, version: int, given_etag: str, now: int) -> ModelVersion:
        def tx(conn: Connection) -> ModelVersion:
            model = self._model_row(conn, model_name, lock=True)
            row = self._version_row(conn, model, version)
            check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
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
