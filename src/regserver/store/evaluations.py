"""Evaluation records in SQL, and what CompareModelVersions reads of a version.

LogEvaluations keeps version_latest_evaluations (the latest unsliced value of
each key of a version) in the same transaction, so `metrics.<key>` filters on
versions read one row per version and key.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, and_, delete, func, insert, or_, select

from regserver.domain.errors import NotFound
from regserver.domain.evaluations import Evaluation, EvaluationFilter, VersionFacts, VersionRef
from regserver.domain.lineage import RUN_ID
from regserver.store.paging import fetch_page
from regserver.store.rows import VERSION_BY_ALIAS, VERSION_BY_NAME
from regserver.store.schema import evaluations, run_latest_metrics, run_params, runs, version_latest_evaluations
from regserver.store.sql import SqlStore

T = TypeVar("T")
ev = evaluations
latest = version_latest_evaluations


class SqlEvaluationStore:
    def __init__(self, store: SqlStore) -> None:
        self._store = store

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        return self._store._run(fn, write)

    def _live_version(self, conn: Connection, model_name: str, version: int) -> Row[Any]:
        row = conn.execute(VERSION_BY_NAME, {"name": model_name, "version": version}).first()
        if row is None or row.delete_time is not None or row.model_delete_time is not None:
            # Slow path only for errors: say precisely what is missing.
            model = self._store._model_row(conn, model_name)
            row = self._store._version_row(conn, model, version)
        return row

    @staticmethod
    def _evaluation(r: Row[Any], model_name: str, version: int) -> Evaluation:
        return Evaluation(
            key=r.key,
            value=r.value,
            dataset_digest=r.dataset_digest,
            slice=r.slice,
            source=r.source,
            time=r.time,
            id=r.uid,
            model_name=model_name,
            version=version,
            principal=r.principal,
            create_time=r.create_time,
        )

    def log_evaluations(self, model_name: str, version: int, items: Sequence[Evaluation], now: int) -> list[Evaluation]:
        def tx(conn: Connection) -> list[Evaluation]:
            row = self._live_version(conn, model_name, version)
            rows = [
                {
                    "uid": "eval_" + uuid.uuid4().hex,
                    "version_id": row.id,
                    "key": e.key,
                    "value": e.value,
                    "dataset_digest": e.dataset_digest,
                    "slice": e.slice,
                    "source": e.source,
                    "time": e.time,
                    "principal": e.principal,
                    "create_time": now,
                }
                for e in items
            ]
            conn.execute(insert(ev), rows)
            # The batch's latest unsliced record per key; later in the batch wins a tie in time.
            best: dict[str, dict[str, Any]] = {}
            for r in rows:
                if not r["slice"] and (r["key"] not in best or r["time"] >= best[r["key"]]["time"]):
                    best[r["key"]] = r
            if best:
                self._update_latest(conn, row.id, best)
            return [
                Evaluation(
                    key=r["key"],
                    value=r["value"],
                    dataset_digest=r["dataset_digest"],
                    slice=r["slice"],
                    source=r["source"],
                    time=r["time"],
                    id=r["uid"],
                    model_name=model_name,
                    version=version,
                    principal=r["principal"],
                    create_time=now,
                )
                for r in rows
            ]

        return self._run(tx)

    @staticmethod
    def _update_latest(conn: Connection, version_pk: int, best: dict[str, dict[str, Any]]) -> None:
        current = {
            r.key: r.time
            for r in conn.execute(
                select(latest.c.key, latest.c.time).where(
                    latest.c.version_id == version_pk, latest.c.key.in_(list(best))
                )
            )
        }
        # Records stored later win ties: this batch replaces an equal time.
        newer = [r for k, r in best.items() if k not in current or r["time"] >= current[k]]
        if not newer:
            return
        found = conn.execute(select(ev.c.uid, ev.c.id).where(ev.c.uid.in_([r["uid"] for r in newer])))
        ids = {uid: pk for uid, pk in found}
        conn.execute(
            delete(latest).where(latest.c.version_id == version_pk, latest.c.key.in_([r["key"] for r in newer]))
        )
        conn.execute(
            insert(latest),
            [
                {
                    "version_id": version_pk,
                    "key": r["key"],
                    "value": r["value"],
                    "time": r["time"],
                    "evaluation_id": ids[r["uid"]],
                }
                for r in newer
            ],
        )

    def list_evaluations(
        self,
        model_name: str,
        version: int,
        where: EvaluationFilter,
        after: tuple[int, int] | None,
        limit: int,
    ) -> tuple[list[Evaluation], tuple[int, int] | None]:
        def tx(conn: Connection) -> tuple[list[Evaluation], tuple[int, int] | None]:
            row = self._live_version(conn, model_name, version)
            query = select(ev).where(ev.c.version_id == row.id)
            if where.key:
                query = query.where(ev.c.key == where.key)
            if where.dataset_digest:
                query = query.where(ev.c.dataset_digest == where.dataset_digest)
            if where.slice or where.unsliced_only:
                query = query.where(ev.c.slice == where.slice)
            if where.source:
                query = query.where(ev.c.source == where.source)
            if after is not None:
                time, pk = after
                query = query.where(or_(ev.c.time < time, and_(ev.c.time == time, ev.c.id < pk)))
            rows, last = fetch_page(conn, query.order_by(ev.c.time.desc(), ev.c.id.desc()), limit)
            items = [self._evaluation(r, model_name, version) for r in rows]
            return items, (last.time, last.id) if last is not None else None

        return self._run(tx, False)

    def version_facts(self, model_name: str, ref: VersionRef) -> VersionFacts:
        def tx(conn: Connection) -> VersionFacts:
            if ref.alias:
                row = conn.execute(VERSION_BY_ALIAS, {"name": model_name, "alias": ref.alias}).first()
                if row is None:
                    self._store._model_row(conn, model_name)
                    raise NotFound(
                        f"model {model_name!r} has no alias {ref.alias!r}",
                        "ALIAS_NOT_FOUND",
                        model=model_name,
                        alias=ref.alias,
                    )
            else:
                row = self._live_version(conn, model_name, ref.version)
            version = self._store._version(conn, row)
            params: dict[str, str] = {}
            metrics: dict[str, float] = {}
            if RUN_ID.fullmatch(version.run_id):
                run_pk = conn.execute(select(runs.c.id).where(runs.c.uid == version.run_id)).scalar()
                if run_pk is not None:
                    p, lm = run_params, run_latest_metrics
                    params = {k: v for k, v in conn.execute(select(p.c.key, p.c.value).where(p.c.run_id == run_pk))}
                    metrics = {k: v for k, v in conn.execute(select(lm.c.key, lm.c.value).where(lm.c.run_id == run_pk))}
            group = (ev.c.key, ev.c.dataset_digest, ev.c.slice, ev.c.source)
            ranked = (
                select(
                    *group,
                    ev.c.value,
                    func.row_number().over(partition_by=group, order_by=(ev.c.time.desc(), ev.c.id.desc())).label("n"),
                )
                .where(ev.c.version_id == row.id)
                .subquery()
            )
            latest_values = {
                (r.key, r.dataset_digest, r.slice, r.source): r.value
                for r in conn.execute(select(ranked).where(ranked.c.n == 1))
            }
            return VersionFacts(version, params, metrics, latest_values)

        return self._run(tx, False)
