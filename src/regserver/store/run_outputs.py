"""What runs produce, in SQL: the files of runs and logged models (artifact_files) and the logged
models themselves (logged_models with their tags and params). Each call is one transaction."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from regserver.domain.errors import FailedPrecondition, NotFound
from regserver.domain.models import Digest, ManifestEntry
from regserver.domain.run_outputs import (
    MAX_FILES_PER_PARENT,
    LoggedModel,
    LoggedModelChanges,
    LoggedModelStatus,
    NewLoggedModel,
    Parent,
    too_many_files,
)
from regserver.store.blobs import missing_in
from regserver.store.schema import (
    artifact_files,
    experiments,
    logged_model_params,
    logged_model_tags,
    logged_models,
    runs,
)
from regserver.store.tracking import SqlTrackingStore

lm = logged_models
af = artifact_files
COLUMNS = (*lm.c, experiments.c.uid.label("experiment_uid"), runs.c.uid.label("run_uid"))


def _missing(model_id: str, deleted: bool = False) -> NotFound:
    hint = "; it is deleted" if deleted else ""
    return NotFound(f"logged model {model_id!r} not found{hint}", "LOGGED_MODEL_NOT_FOUND", logged_model_id=model_id)


class SqlRunOutputsStore:
    def __init__(self, tracking: SqlTrackingStore) -> None:
        self._tracking = tracking
        self._run = tracking._run

    # ----- logged models -------------------------------------------------

    def _models(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[LoggedModel]:
        ids = [r.id for r in rows]
        tags: dict[int, dict[str, str]] = defaultdict(dict)
        params: dict[int, dict[str, str]] = defaultdict(dict)
        if ids:
            for t in conn.execute(select(logged_model_tags).where(logged_model_tags.c.logged_model_id.in_(ids))):
                tags[t.logged_model_id][t.key] = t.value
            for p in conn.execute(select(logged_model_params).where(logged_model_params.c.logged_model_id.in_(ids))):
                params[p.logged_model_id][p.key] = p.value
        return [
            LoggedModel(
                id=r.uid,
                experiment_id=r.experiment_uid,
                name=r.name,
                run_id=r.run_uid or "",
                model_type=r.model_type,
                status=LoggedModelStatus(r.status),
                status_message=r.status_message,
                tags=tags[r.id],
                params=params[r.id],
                principal=r.principal,
                create_time=r.create_time,
                update_time=r.update_time,
                delete_time=r.delete_time,
            )
            for r in rows
        ]

    @staticmethod
    def _select() -> Any:
        return (
            select(*COLUMNS)
            .join(experiments, experiments.c.id == lm.c.experiment_id)
            .outerjoin(runs, runs.c.id == lm.c.run_id)
        )

    def _row(self, conn: Connection, model_id: str, show_deleted: bool = False) -> Row[Any]:
        row = conn.execute(self._select().where(lm.c.uid == model_id)).first()
        if row is None:
            raise _missing(model_id)
        if row.delete_time is not None and not show_deleted:
            raise _missing(model_id, deleted=True)
        return row

    def create_logged_model(self, new: NewLoggedModel, principal: str, now: int) -> LoggedModel:
        def tx(conn: Connection) -> LoggedModel:
            experiment = self._tracking._experiment_row(conn, new.experiment_id)
            run_pk = None
            if new.run_id:
                run = self._tracking._run_row(conn, new.run_id)
                if run.experiment_id != experiment.id:
                    raise FailedPrecondition(
                        f"run {new.run_id!r} belongs to experiment {run.experiment_uid!r}, not "
                        f"{new.experiment_id!r}; log the model in the run's experiment",
                        "EXPERIMENT_MISMATCH",
                        run_id=new.run_id,
                    )
                run_pk = run.id
            pk = conn.execute(
                insert(lm)
                .values(
                    uid="m-" + uuid.uuid4().hex,
                    experiment_id=experiment.id,
                    run_id=run_pk,
                    name=new.name,
                    model_type=new.model_type,
                    status=LoggedModelStatus.PENDING.value,
                    status_message="",
                    principal=principal,
                    create_time=now,
                    update_time=now,
                )
                .returning(lm.c.id)
            ).scalar_one()
            for table, values in ((logged_model_tags, new.tags), (logged_model_params, new.params)):
                if values:
                    conn.execute(
                        insert(table), [{"logged_model_id": pk, "key": k, "value": v} for k, v in values.items()]
                    )
            return self._models(conn, [conn.execute(self._select().where(lm.c.id == pk)).one()])[0]

        return self._run(tx)

    def get_logged_model(self, model_id: str, show_deleted: bool) -> LoggedModel:
        return self._run(lambda conn: self._models(conn, [self._row(conn, model_id, show_deleted)])[0], False)

    def update_logged_model(self, model_id: str, changes: LoggedModelChanges, now: int) -> LoggedModel:
        def tx(conn: Connection) -> LoggedModel:
            row = self._row(conn, model_id)
            if changes.params:
                stored = {
                    p.key: p.value
                    for p in conn.execute(
                        select(logged_model_params).where(
                            logged_model_params.c.logged_model_id == row.id,
                            logged_model_params.c.key.in_(list(changes.params)),
                        )
                    )
                }
                for key, value in sorted(changes.params.items()):
                    if key in stored and stored[key] != value:
                        raise FailedPrecondition(
                            f"param {key!r} of logged model {model_id!r} is {stored[key]!r}; params are immutable, "
                            f"so it cannot become {value!r}",
                            "PARAM_CONFLICT",
                            key=key,
                        )
                new = [
                    {"logged_model_id": row.id, "key": k, "value": v}
                    for k, v in changes.params.items()
                    if k not in stored
                ]
                if new:
                    conn.execute(insert(logged_model_params), new)
            t = logged_model_tags
            keys = [*changes.remove_tags, *changes.set_tags]
            if keys:
                conn.execute(delete(t).where(t.c.logged_model_id == row.id, t.c.key.in_(keys)))
            if changes.set_tags:
                conn.execute(
                    insert(t), [{"logged_model_id": row.id, "key": k, "value": v} for k, v in changes.set_tags.items()]
                )
            values: dict[str, Any] = {"update_time": now}
            if changes.status is not None:
                values["status"] = changes.status.value
            if changes.status_message:
                values["status_message"] = changes.status_message
            conn.execute(update(lm).where(lm.c.id == row.id).values(**values))
            return self._models(conn, [conn.execute(self._select().where(lm.c.id == row.id)).one()])[0]

        return self._run(tx)

    def delete_logged_model(self, model_id: str, now: int) -> LoggedModel:
        def tx(conn: Connection) -> LoggedModel:
            row = self._row(conn, model_id)
            conn.execute(update(lm).where(lm.c.id == row.id).values(delete_time=now, update_time=now))
            return self._models(conn, [conn.execute(self._select().where(lm.c.id == row.id)).one()])[0]

        return self._run(tx)

    def list_logged_models(
        self,
        experiment_ids: Sequence[str],
        name: str,
        run_id: str,
        show_deleted: bool,
        after: tuple[int, int] | None,
        size: int,
    ) -> tuple[list[LoggedModel], tuple[int, int] | None]:
        """Newest first; `after` is the (create_time, id) of the last row of the previous page."""

        def tx(conn: Connection) -> tuple[list[LoggedModel], tuple[int, int] | None]:
            query = self._select()
            if experiment_ids:
                query = query.where(experiments.c.uid.in_(list(experiment_ids)))
            if not show_deleted:
                query = query.where(lm.c.delete_time.is_(None), experiments.c.delete_time.is_(None))
            if name:
                query = query.where(lm.c.name == name)
            if run_id:
                query = query.where(runs.c.uid == run_id)
            if after is not None:
                t, pk = after
                query = query.where((lm.c.create_time < t) | ((lm.c.create_time == t) & (lm.c.id < pk)))
            rows = conn.execute(query.order_by(lm.c.create_time.desc(), lm.c.id.desc()).limit(size + 1)).all()
            more = len(rows) > size
            rows = rows[:size]
            last = (rows[-1].create_time, rows[-1].id) if more else None
            return self._models(conn, rows), last

        return self._run(tx, False)

    # ----- files ---------------------------------------------------------

    def _owner(self, conn: Connection, owner: Parent) -> None:
        """NOT_FOUND unless the run or logged model exists (and is not deleted)."""
        if owner.kind == "runs":
            self._tracking._run_row(conn, owner.id)
        else:
            self._row(conn, owner.id)

    def log_artifacts(self, owner: Parent, entries: Sequence[ManifestEntry], validate_only: bool, now: int) -> None:
        def tx(conn: Connection) -> None:
            self._owner(conn, owner)
            if validate_only or not entries:
                return
            absent = set(missing_in(conn, [e.digest for e in entries]))
            missing = [e for e in entries if e.digest in absent]
            if missing:
                shown = ", ".join(f"{e.path} ({e.digest})" for e in missing[:5])
                raise FailedPrecondition(
                    f"{len(missing)} of the files to log for {owner} are not uploaded: {shown}; upload them with "
                    "ArtifactStore.WriteBlob first",
                    "BLOBS_MISSING",
                    parent=str(owner),
                    missing_count=len(missing),
                ).with_violations([("BLOB_MISSING", str(e.digest), f"{e.path} is not uploaded") for e in missing])
            name = str(owner)
            paths = [e.path for e in entries]
            for start in range(0, len(paths), 500):  # a path logged again is replaced
                conn.execute(delete(af).where(af.c.owner == name, af.c.path.in_(paths[start : start + 500])))
            count = conn.execute(select(func.count()).select_from(af).where(af.c.owner == name)).scalar_one()
            if count + len(entries) > MAX_FILES_PER_PARENT:
                raise too_many_files(owner, count + len(entries))
            # A file may not also be a directory of another, as in a manifest.
            for entry in entries:
                parts = entry.path.split("/")
                clash = ["/".join(parts[:d]) for d in range(1, len(parts))]
                conflict = conn.execute(
                    select(af.c.path)
                    .where(
                        af.c.owner == name,
                        (af.c.path.in_(clash)) | af.c.path.startswith(entry.path + "/", autoescape=True),
                    )
                    .limit(1)
                ).first()
                if conflict is not None:
                    raise FailedPrecondition(
                        f"{owner} already has {conflict.path!r}, so {entry.path!r} cannot be logged: a path cannot be "
                        "both a file and a directory",
                        "PATH_CONFLICT",
                        parent=name,
                        path=entry.path,
                    )
            conn.execute(
                insert(af),
                [
                    {
                        "owner": name,
                        "path": e.path,
                        "hash": e.digest.hash,
                        "size": e.digest.size,
                        "media_type": e.media_type,
                        "create_time": now,
                    }
                    for e in entries
                ],
            )

        self._run(tx)

    def list_artifacts(self, owner: Parent, path: str) -> list[ManifestEntry]:
        def tx(conn: Connection) -> list[ManifestEntry]:
            self._owner(conn, owner)
            query = select(af).where(af.c.owner == str(owner))
            if path:
                query = query.where((af.c.path == path) | af.c.path.startswith(path + "/", autoescape=True))
            return [
                ManifestEntry(r.path, Digest(r.hash, r.size), r.media_type)
                for r in conn.execute(query.order_by(af.c.path))
            ]

        return self._run(tx, False)
