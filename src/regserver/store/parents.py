"""Parents of model versions (fine-tuned from, distilled from, ...): added without cycles."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, insert, select, update

from regserver.domain.errors import FailedPrecondition, NotFound
from regserver.domain.lineage import RUN_ID
from regserver.domain.models import EventType, ModelVersion, VersionParent
from regserver.store import run_inputs
from regserver.store.rows import VERSION_BY_ID, VERSION_BY_NAME, Rows, check_etag, mv
from regserver.store.schema import event_log, runs, version_parents


class ParentsRoom(Rows):
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
            row = conn.execute(VERSION_BY_NAME, {"name": p.model_name, "version": p.version}).first()
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
        row = conn.execute(VERSION_BY_ID, {"id": pk}).one()
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
            check_etag(given_etag, row.revision, f"version {version} of model {model_name!r}")
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
