"""Registered models: create (idempotent by request id), update, rename, soft-delete, restore, purge."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from regserver.domain.errors import AlreadyExists, FailedPrecondition
from regserver.domain.models import Changes, EventType, NewModel, RegisteredModel, RequestKey
from regserver.store.rows import REQUEST_ID_TTL_US, Rows, check_etag, mv, rm
from regserver.store.schema import model_tags, request_ids


class ModelsRoom(Rows):
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

    def update_model(self, name: str, given_etag: str, changes: Changes, now: int) -> RegisteredModel:
        def tx(conn: Connection) -> RegisteredModel:
            row = self._model_row(conn, name, lock=True)
            check_etag(given_etag, row.revision, f"registered model {name!r}")
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
            check_etag(given_etag, row.revision, f"registered model {name!r}")
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
            check_etag(given_etag, row.revision, f"registered model {name!r}")
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

    def purge(self, now: int) -> tuple[int, int]:
        """Hard-deletes models and versions past their retention; returns how many of each."""

        def tx(conn: Connection) -> tuple[int, int]:
            versions = conn.execute(delete(mv).where(mv.c.purge_time.is_not(None), mv.c.purge_time <= now)).rowcount
            models = conn.execute(delete(rm).where(rm.c.purge_time.is_not(None), rm.c.purge_time <= now)).rowcount
            conn.execute(delete(request_ids).where(request_ids.c.create_time <= now - REQUEST_ID_TTL_US))
            return models, versions

        return self._run(tx)
