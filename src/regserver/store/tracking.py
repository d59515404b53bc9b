"""Experiment tracking in SQL: experiments, runs, params, metric histories and tags.

Each call is one transaction (SqlStore._run). LogBatch checks every param
against what is stored before writing anything, and keeps run_latest_metrics
up to date in the same transaction, so filters on metrics.<key> read one row
per run.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Row, and_, delete, exists, insert, not_, or_, select, update

from regserver.domain.errors import AlreadyExists, FailedPrecondition, NotFound
from regserver.domain.lineage import RunInputs
from regserver.domain.listing import AllOf, AnyOf, Cond, Condition, ListQuery, Negation, encode_token
from regserver.domain.models import Page, RunStatus
from regserver.domain.tracking import Batch, Experiment, MetricPoint, NewRun, Run, RunChanges, latest
from regserver.store import run_inputs
from regserver.store.paging import fetch_page
from regserver.store.schema import (
    experiment_tags,
    experiments,
    run_latest_metrics,
    run_metrics,
    run_params,
    run_tags,
    runs,
)
from regserver.store.sql import SqlStore

T = TypeVar("T")
ex = experiments
rn = runs
RUN_COLUMNS = (*rn.c, ex.c.uid.label("experiment_uid"))


def _experiment_missing(what: str, **metadata: object) -> NotFound:
    return NotFound(f"experiment {what} not found", "EXPERIMENT_NOT_FOUND", **metadata)


def _run_missing(run_id: str) -> NotFound:
    return NotFound(f"run {run_id!r} not found", "RUN_NOT_FOUND", run_id=run_id)


class SqlTrackingStore:
    def __init__(self, store: SqlStore) -> None:
        self._store = store
        self._pg = store.engine.dialect.name == "postgresql"

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        return self._store._run(fn, write)

    # ----- experiments ---------------------------------------------------

    def _experiments(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[Experiment]:
        tags: dict[int, dict[str, str]] = {r.id: {} for r in rows}
        if rows:
            query = select(experiment_tags).where(experiment_tags.c.experiment_id.in_(list(tags)))
            for t in conn.execute(query):
                tags[t.experiment_id][t.key] = t.value
        return [
            Experiment(r.uid, r.name, r.description, tags[r.id], r.create_time, r.update_time, r.delete_time)
            for r in rows
        ]

    def _experiment_row(
        self, conn: Connection, experiment_id: str, name: str = "", show_deleted: bool = False, lock: bool = False
    ) -> Row[Any]:
        query = select(ex).where(ex.c.uid == experiment_id) if experiment_id else select(ex).where(ex.c.name == name)
        row = conn.execute(query.with_for_update() if lock and self._pg else query).first()
        shown = repr(experiment_id or name)
        meta = {"experiment_id": experiment_id} if experiment_id else {"experiment": name}
        if row is None:
            raise _experiment_missing(shown, **meta)
        if row.delete_time is not None and not show_deleted:
            raise NotFound(
                f"experiment {shown} is deleted; restore it with UndeleteExperiment", "EXPERIMENT_NOT_FOUND", **meta
            )
        return row

    def create_experiment(self, name: str, description: str, tags: dict[str, str], now: int) -> Experiment:
        def tx(conn: Connection) -> Experiment:
            holder = conn.execute(select(ex.c.delete_time).where(ex.c.name == name)).first()
            if holder is not None:
                detail = " (soft-deleted: undelete it)" if holder.delete_time is not None else ""
                raise AlreadyExists(
                    f"an experiment named {name!r} already exists{detail}",
                    "EXPERIMENT_ALREADY_EXISTS",
                    experiment=name,
                )
            pk = conn.execute(
                insert(ex)
                .values(
                    uid="exp_" + uuid.uuid4().hex,
                    name=name,
                    description=description,
                    create_time=now,
                    update_time=now,
                )
                .returning(ex.c.id)
            ).scalar_one()
            if tags:
                conn.execute(
                    insert(experiment_tags), [{"experiment_id": pk, "key": k, "value": v} for k, v in tags.items()]
                )
            return self._experiments(conn, [conn.execute(select(ex).where(ex.c.id == pk)).one()])[0]

        return self._run(tx)

    def get_experiment(self, experiment_id: str, name: str, show_deleted: bool) -> Experiment:
        def tx(conn: Connection) -> Experiment:
            return self._experiments(conn, [self._experiment_row(conn, experiment_id, name, show_deleted)])[0]

        return self._run(tx, False)

    def list_experiments(
        self, after: str | None, limit: int, show_deleted: bool
    ) -> tuple[list[Experiment], str | None]:
        def tx(conn: Connection) -> tuple[list[Experiment], str | None]:
            query = select(ex).order_by(ex.c.name)
            if not show_deleted:
                query = query.where(ex.c.delete_time.is_(None))
            if after is not None:
                query = query.where(ex.c.name > after)
            rows, last = fetch_page(conn, query, limit)
            return self._experiments(conn, rows), last.name if last is not None else None

        return self._run(tx, False)

    def _set_deleted(self, experiment_id: str, now: int, delete: bool) -> Experiment:
        def tx(conn: Connection) -> Experiment:
            row = self._experiment_row(conn, experiment_id, show_deleted=True, lock=True)
            if not delete and row.delete_time is None:
                raise FailedPrecondition(
                    f"experiment {experiment_id!r} is not deleted", "NOT_DELETED", experiment_id=experiment_id
                )
            if delete and row.delete_time is not None:
                raise _experiment_missing(f"{experiment_id!r} (already deleted)", experiment_id=experiment_id)
            conn.execute(
                update(ex).where(ex.c.id == row.id).values(delete_time=now if delete else None, update_time=now)
            )
            return self._experiments(conn, [conn.execute(select(ex).where(ex.c.id == row.id)).one()])[0]

        return self._run(tx)

    def delete_experiment(self, experiment_id: str, now: int) -> Experiment:
        return self._set_deleted(experiment_id, now, True)

    def undelete_experiment(self, experiment_id: str, now: int) -> Experiment:
        return self._set_deleted(experiment_id, now, False)

    # ----- runs ----------------------------------------------------------

    def _runs(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[Run]:
        ids = [r.id for r in rows]
        tags: dict[int, dict[str, str]] = defaultdict(dict)
        params: dict[int, dict[str, str]] = defaultdict(dict)
        metrics: dict[int, list[MetricPoint]] = defaultdict(list)
        if ids:
            for t in conn.execute(select(run_tags).where(run_tags.c.run_id.in_(ids))):
                tags[t.run_id][t.key] = t.value
            for p in conn.execute(select(run_params).where(run_params.c.run_id.in_(ids))):
                params[p.run_id][p.key] = p.value
            query = (
                select(run_latest_metrics)
                .where(run_latest_metrics.c.run_id.in_(ids))
                .order_by(run_latest_metrics.c.run_id, run_latest_metrics.c.key)
            )
            for m in conn.execute(query):
                metrics[m.run_id].append(MetricPoint(m.key, m.value, m.step, m.timestamp))
        inputs, code, envs = run_inputs.load(conn, ids)
        return [
            Run(
                id=r.uid,
                experiment_id=r.experiment_uid,
                name=r.name,
                status=RunStatus(r.status),
                start_time=r.start_time,
                end_time=r.end_time,
                principal=r.principal,
                tags=tags[r.id],
                params=params[r.id],
                latest_metrics=metrics[r.id],
                dataset_inputs=inputs[r.id],
                code_version=code.get(r.id),
                environment=envs.get(r.id),
                delete_time=r.delete_time,
            )
            for r in rows
        ]

    def _run_row(self, conn: Connection, run_id: str, lock: bool = False, show_deleted: bool = False) -> Row[Any]:
        """A run of a live experiment; a soft-deleted run only with show_deleted (NOT_FOUND otherwise,
        saying how to restore it)."""
        query = (
            select(*RUN_COLUMNS)
            .join(ex, ex.c.id == rn.c.experiment_id)
            .where(rn.c.uid == run_id, ex.c.delete_time.is_(None))
        )
        row = conn.execute(query.with_for_update(of=rn) if lock and self._pg else query).first()
        if row is None:
            raise _run_missing(run_id)
        if row.delete_time is not None and not show_deleted:
            raise NotFound(
                f"run {run_id!r} is deleted; restore it with UndeleteRun",
                "RUN_NOT_FOUND",
                run_id=run_id,
                deleted="true",
            )
        return row

    def _run_by_pk(self, conn: Connection, pk: int) -> Run:
        query = select(*RUN_COLUMNS).join(ex, ex.c.id == rn.c.experiment_id).where(rn.c.id == pk)
        return self._runs(conn, [conn.execute(query).one()])[0]

    def create_run(self, new: NewRun, principal: str, now: int) -> Run:
        def tx(conn: Connection) -> Run:
            experiment = self._experiment_row(conn, new.experiment_id)
            pk = conn.execute(
                insert(rn)
                .values(
                    uid="run_" + uuid.uuid4().hex,
                    experiment_id=experiment.id,
                    name=new.name,
                    status=RunStatus.RUNNING.value,
                    start_time=new.start_time if new.start_time is not None else now,
                    end_time=None,
                    principal=principal,
                    create_time=now,
                    update_time=now,
                )
                .returning(rn.c.id)
            ).scalar_one()
            if new.tags:
                conn.execute(insert(run_tags), [{"run_id": pk, "key": k, "value": v} for k, v in new.tags.items()])
            return self._run_by_pk(conn, pk)

        return self._run(tx)

    def get_run(self, run_id: str, show_deleted: bool = False) -> Run:
        return self._run(
            lambda conn: self._runs(conn, [self._run_row(conn, run_id, show_deleted=show_deleted)])[0], False
        )

    def set_run_deleted(self, run_id: str, now: int, delete: bool) -> Run:
        def tx(conn: Connection) -> Run:
            row = self._run_row(conn, run_id, lock=True, show_deleted=True)
            if (row.delete_time is not None) != delete:
                values = {"delete_time": now if delete else None, "update_time": now}
                conn.execute(update(rn).where(rn.c.id == row.id).values(**values))
            return self._run_by_pk(conn, row.id)

        return self._run(tx)

    def update_run(self, run_id: str, changes: RunChanges, now: int) -> Run:
        def tx(conn: Connection) -> Run:
            row = self._run_row(conn, run_id, lock=True)
            values: dict[str, Any] = {"update_time": now}
            if changes.status is not None:
                values["status"] = changes.status.value
                if changes.status is RunStatus.RUNNING:
                    values["end_time"] = None
            if changes.end_time is not None:
                values["end_time"] = changes.end_time
            if changes.name is not None:
                values["name"] = changes.name
            conn.execute(update(rn).where(rn.c.id == row.id).values(**values))
            return self._run_by_pk(conn, row.id)

        return self._run(tx)

    # ----- ListRuns ------------------------------------------------------

    def _compile(self, cond: Cond) -> ColumnElement[bool]:
        if isinstance(cond, AllOf):
            return and_(*(self._compile(c) for c in cond.operands))
        if isinstance(cond, AnyOf):
            return or_(*(self._compile(c) for c in cond.operands))
        if isinstance(cond, Negation):
            return not_(self._compile(cond.operand))
        return self._condition(cond)

    @staticmethod
    def _condition(cond: Condition) -> ColumnElement[bool]:
        keyed = {"tags": run_tags, "params": run_params, "metrics": run_latest_metrics}
        if cond.field in keyed:
            table = keyed[cond.field]
            return exists().where(
                table.c.run_id == rn.c.id,
                table.c.key == cond.key,
                SqlStore._compare(table.c.value, cond.op, cond.value),
            )
        return SqlStore._compare(rn.c[cond.field], cond.op, cond.value)

    def list_runs(self, experiment_ids: Sequence[str], query: ListQuery) -> Page[Run]:
        def tx(conn: Connection) -> Page[Run]:
            stmt = select(*RUN_COLUMNS).join(ex, ex.c.id == rn.c.experiment_id).where(ex.c.delete_time.is_(None))
            if not query.show_deleted:
                stmt = stmt.where(rn.c.delete_time.is_(None))
            if experiment_ids:
                found = conn.execute(select(ex.c.uid).where(ex.c.uid.in_(list(experiment_ids)))).scalars().all()
                missing = sorted(set(experiment_ids) - set(found))
                if missing:
                    raise _experiment_missing(repr(missing[0]), experiment_id=missing[0])
                stmt = stmt.where(ex.c.uid.in_(list(experiment_ids)))
            if query.where is not None:
                stmt = stmt.where(self._compile(query.where))
            keys = [rn.c[k.field] for k in query.order]
            if query.after is not None:
                stmt = stmt.where(SqlStore._after(keys, query, False, rn))
            order = [k.desc() if o.descending else k.asc() for k, o in zip(keys, query.order, strict=True)]
            rows = conn.execute(stmt.order_by(*order, rn.c.id.asc()).limit(query.page_size + 1)).all()
            more = len(rows) > query.page_size
            rows = rows[: query.page_size]
            token = ""
            if more:
                last = rows[-1]
                token = encode_token(query, tuple(getattr(last, k.field) for k in query.order), last.id)
            return Page(self._runs(conn, rows), token)

        return self._run(tx, False)

    # ----- LogBatch and histories ----------------------------------------

    def log_batch(self, run_id: str, batch: Batch, now: int) -> None:
        def tx(conn: Connection) -> None:
            row = self._run_row(conn, run_id, lock=True)
            if batch.params:
                stored = conn.execute(
                    select(run_params.c.key, run_params.c.value).where(
                        run_params.c.run_id == row.id, run_params.c.key.in_(list(batch.params))
                    )
                ).all()
                for key, value in stored:
                    if value != batch.params[key]:
                        raise FailedPrecondition(
                            f"param {key!r} of run {run_id!r} is {value!r}; params are immutable, so it cannot "
                            f"become {batch.params[key]!r}. Nothing of this batch was logged",
                            "PARAM_CONFLICT",
                            run_id=run_id,
                            key=key,
                        )
                new = {k: v for k, v in batch.params.items() if k not in {s.key for s in stored}}
                if new:
                    conn.execute(insert(run_params), [{"run_id": row.id, "key": k, "value": v} for k, v in new.items()])
            if batch.tags:
                conn.execute(delete(run_tags).where(run_tags.c.run_id == row.id, run_tags.c.key.in_(list(batch.tags))))
                tags = [{"run_id": row.id, "key": k, "value": v} for k, v in batch.tags.items()]
                conn.execute(insert(run_tags), tags)
            if batch.metrics:
                conn.execute(
                    insert(run_metrics),
                    [
                        {"run_id": row.id, "key": m.key, "value": m.value, "step": m.step, "timestamp": m.timestamp}
                        for m in batch.metrics
                    ],
                )
                self._update_latest(conn, row.id, latest(batch.metrics))
            conn.execute(update(rn).where(rn.c.id == row.id).values(update_time=now))

        self._run(tx)

    @staticmethod
    def _update_latest(conn: Connection, run_pk: int, best: dict[str, MetricPoint]) -> None:
        lm = run_latest_metrics
        current = {
            r.key: (r.step, r.timestamp)
            for r in conn.execute(
                select(lm.c.key, lm.c.step, lm.c.timestamp).where(lm.c.run_id == run_pk, lm.c.key.in_(list(best)))
            )
        }
        # Points logged later win ties: the batch replaces an equal (step, timestamp).
        newer = [p for k, p in best.items() if k not in current or (p.step, p.timestamp) >= current[k]]
        if not newer:
            return
        conn.execute(delete(lm).where(lm.c.run_id == run_pk, lm.c.key.in_([p.key for p in newer])))
        conn.execute(
            insert(lm),
            [
                {"run_id": run_pk, "key": p.key, "value": p.value, "step": p.step, "timestamp": p.timestamp}
                for p in newer
            ],
        )

    def metric_history(
        self, run_id: str, key: str, after: tuple[int, int, int] | None, limit: int
    ) -> tuple[list[MetricPoint], tuple[int, int, int] | None]:
        def tx(conn: Connection) -> tuple[list[MetricPoint], tuple[int, int, int] | None]:
            row = self._run_row(conn, run_id)
            m = run_metrics
            query = select(m).where(m.c.run_id == row.id, m.c.key == key)
            if after is not None:
                step, ts, pk = after
                query = query.where(
                    or_(
                        m.c.step > step,
                        and_(m.c.step == step, m.c.timestamp > ts),
                        and_(m.c.step == step, m.c.timestamp == ts, m.c.id > pk),
                    )
                )
            rows, last = fetch_page(conn, query.order_by(m.c.step, m.c.timestamp, m.c.id), limit)
            points = [MetricPoint(r.key, r.value, r.step, r.timestamp) for r in rows]
            return points, (last.step, last.timestamp, last.id) if last is not None else None

        return self._run(tx, False)

    # ----- LogInputs -----------------------------------------------------

    def log_inputs(self, run_id: str, inputs: RunInputs, now: int) -> Run:
        def tx(conn: Connection) -> Run:
            row = self._run_row(conn, run_id, lock=True)
            run_inputs.log(conn, row.id, run_id, inputs, now)
            conn.execute(update(rn).where(rn.c.id == row.id).values(update_time=now))
            return self._run_by_pk(conn, row.id)

        return self._run(tx)
