"""Stages and aliases: moved atomically, with their history, refused on protected targets."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from regserver.domain.errors import FailedPrecondition, NotFound
from regserver.domain.models import EventType, ModelVersion, Stage, VersionStatus
from regserver.store.rows import VERSION_BY_ALIAS, Rows, check_etag, mv
from regserver.store.schema import model_aliases


class TargetsRoom(Rows):
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

    def transition_stage(
        self, model_name: str, version: int, stage: Stage, archive_existing: bool, given_etag: str, now: int
    ) -> tuple[ModelVersion, list[ModelVersion]]:
        def tx(conn: Connection) -> tuple[ModelVersion, list[ModelVersion]]:
            model = self._model_row(conn, model_name, lock=True)
            row = self._ready_version(conn, model, version)
            check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
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
            row = conn.execute(VERSION_BY_ALIAS, {"name": model_name, "alias": alias}).first()
            if row is None:
                self._model_row(conn, model_name)
                raise NotFound(
                    f"model {model_name!r} has no alias {alias!r}", "ALIAS_NOT_FOUND", model=model_name, alias=alias
                )
            return self._version(conn, row)

        return self._run(tx, False)
