"""The lineage walk in SQL: one query per edge kind per depth level, in one read transaction.

Nodes are keyed inside the walk by (kind, primary key): "v" model version,
"r" run, "d" dataset, "c" code version. Edges are kept pointing downstream
whichever way the walk goes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, select

from regserver.domain.errors import NotFound
from regserver.domain.lineage import Direction, Edge, EdgeType, Graph, Node, Resource, version_name
from regserver.store import run_inputs
from regserver.store.rows import VERSION_BY_NAME, VERSIONS
from regserver.store.schema import (
    code_versions,
    datasets,
    experiments,
    model_versions,
    run_code,
    runs,
    version_parents,
)
from regserver.store.schema import run_inputs as inputs
from regserver.store.sql import SqlStore
from regserver.store.tracking import RUN_COLUMNS, SqlTrackingStore

Key = tuple[str, int]
mv = model_versions
vp = version_parents


class SqlLineageStore:
    def __init__(self, store: SqlStore, tracking: SqlTrackingStore) -> None:
        self._store = store
        self._tracking = tracking

    def get_lineage(self, start: Resource, direction: Direction, max_depth: int, max_nodes: int) -> Graph:
        def tx(conn: Connection) -> Graph:
            origin = self._resolve(conn, start)
            depth: dict[Key, int] = {origin: 0}
            edges: set[tuple[Key, Key, EdgeType, str, str]] = set()
            truncated = False
            ways = [direction is not Direction.DOWNSTREAM, direction is not Direction.UPSTREAM]
            for upstream in (w for w, on in zip((True, False), ways, strict=True) if on):
                seen = {origin}
                frontier = [origin]
                for level in range(1, max_depth + 1):
                    if not frontier:
                        break
                    reached: list[Key] = []
                    for nxt, edge in self._neighbours(conn, frontier, upstream):
                        if nxt not in depth:
                            if len(depth) >= max_nodes:
                                truncated = True
                                continue
                            depth[nxt] = level
                        depth[nxt] = min(depth[nxt], level)
                        edges.add(edge)
                        if nxt not in seen:
                            seen.add(nxt)
                            reached.append(nxt)
                    frontier = reached
            names, resources = self._load(conn, list(depth))
            nodes = sorted((Node(names[k], d, resources[k]) for k, d in depth.items()), key=lambda n: (n.depth, n.name))
            out = sorted(
                (
                    Edge(names[s], names[t], kind, role, relation)
                    for s, t, kind, role, relation in edges
                    if s in depth and t in depth
                ),
                key=lambda e: (e.source, e.target, e.type.value, e.role, e.relation),
            )
            return Graph(nodes, out, truncated)

        return self._store._run(tx, False)

    # ----- the walk ------------------------------------------------------

    def _resolve(self, conn: Connection, start: Resource) -> Key:
        if start.kind == "version":
            row = conn.execute(VERSION_BY_NAME, {"name": start.key, "version": start.version}).first()
            if row is None:
                raise NotFound(
                    f"model {start.key!r} has no version {start.version}",
                    "MODEL_VERSION_NOT_FOUND",
                    model_name=start.key,
                    version=start.version,
                )
            return ("v", row.id)
        if start.kind == "run":
            pk = conn.execute(select(runs.c.id).where(runs.c.uid == start.key)).scalar()
            if pk is None:
                raise NotFound(f"run {start.key!r} not found", "RUN_NOT_FOUND", run_id=start.key)
            return ("r", pk)
        if start.kind == "dataset":
            pk = conn.execute(select(datasets.c.id).where(datasets.c.digest == start.key)).scalar()
            if pk is None:
                raise NotFound(
                    f"no dataset with digest {start.key} was logged (LogInputs records datasets)",
                    "DATASET_NOT_FOUND",
                    digest=start.key,
                )
            return ("d", pk)
        pk = conn.execute(select(code_versions.c.id).where(code_versions.c.uid == start.key)).scalar()
        if pk is None:
            raise NotFound(f"code version {start.key!r} not found", "CODE_VERSION_NOT_FOUND", code_version_id=start.key)
        return ("c", pk)

    @staticmethod
    def _neighbours(
        conn: Connection, frontier: Sequence[Key], upstream: bool
    ) -> Iterable[tuple[Key, tuple[Key, Key, EdgeType, str, str]]]:
        """(next node, downstream-pointing edge) for every edge leaving the frontier in the walk's direction."""
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, pk in frontier:
            by_kind[kind].append(pk)
        query: Any
        produced = select(mv.c.id, runs.c.id.label("run_pk")).join(runs, runs.c.uid == mv.c.run_id)
        if versions := by_kind["v"]:
            column = vp.c.version_id if upstream else vp.c.parent_id
            for child, parent, relation in conn.execute(
                select(vp.c.version_id, vp.c.parent_id, vp.c.relation).where(column.in_(versions))
            ):
                yield (
                    (("v", parent) if upstream else ("v", child)),
                    (
                        ("v", parent),
                        ("v", child),
                        EdgeType.PARENT,
                        "",
                        relation,
                    ),
                )
            if upstream:
                for version, run in conn.execute(produced.where(mv.c.id.in_(versions))):
                    yield ("r", run), (("r", run), ("v", version), EdgeType.PRODUCED, "", "")
        if run_pks := by_kind["r"]:
            if upstream:
                query = select(inputs.c.run_id, inputs.c.dataset_id, inputs.c.role).where(inputs.c.run_id.in_(run_pks))
                for run, dataset, role in conn.execute(query):
                    yield ("d", dataset), (("d", dataset), ("r", run), EdgeType.DATASET_INPUT, role, "")
                query = select(run_code.c.run_id, run_code.c.code_version_id).where(run_code.c.run_id.in_(run_pks))
                for run, code in conn.execute(query):
                    yield ("c", code), (("c", code), ("r", run), EdgeType.CODE, "", "")
            else:
                for version, run in conn.execute(produced.where(runs.c.id.in_(run_pks))):
                    yield ("v", version), (("r", run), ("v", version), EdgeType.PRODUCED, "", "")
        if (dataset_pks := by_kind["d"]) and not upstream:
            query = select(inputs.c.run_id, inputs.c.dataset_id, inputs.c.role).where(
                inputs.c.dataset_id.in_(dataset_pks)
            )
            for run, dataset, role in conn.execute(query):
                yield ("r", run), (("d", dataset), ("r", run), EdgeType.DATASET_INPUT, role, "")
        if (code_pks := by_kind["c"]) and not upstream:
            query = select(run_code.c.run_id, run_code.c.code_version_id).where(
                run_code.c.code_version_id.in_(code_pks)
            )
            for run, code_pk in conn.execute(query):
                yield ("r", run), (("c", code_pk), ("r", run), EdgeType.CODE, "", "")

    def _load(self, conn: Connection, keys: Sequence[Key]) -> tuple[dict[Key, str], dict[Key, Any]]:
        by_kind: dict[str, list[int]] = defaultdict(list)
        for kind, pk in keys:
            by_kind[kind].append(pk)
        names: dict[Key, str] = {}
        resources: dict[Key, Any] = {}
        if by_kind["v"]:
            rows = conn.execute(VERSIONS.where(mv.c.id.in_(by_kind["v"]))).all()
            for row, version in zip(rows, self._store._versions(conn, rows), strict=True):
                names["v", row.id] = version_name(version.model_name, version.version)
                resources["v", row.id] = version
        if by_kind["r"]:
            query = (
                select(*RUN_COLUMNS)
                .join(experiments, experiments.c.id == runs.c.experiment_id)
                .where(runs.c.id.in_(by_kind["r"]))
            )
            rows = conn.execute(query).all()
            for row, run in zip(rows, self._tracking._runs(conn, rows), strict=True):
                names["r", row.id] = f"runs/{run.id}"
                resources["r", row.id] = run
        if by_kind["d"]:
            for row in conn.execute(select(datasets).where(datasets.c.id.in_(by_kind["d"]))):
                names["d", row.id] = f"datasets/{row.digest}"
                resources["d", row.id] = run_inputs.dataset_of(row)
        if by_kind["c"]:
            for row in conn.execute(select(code_versions).where(code_versions.c.id.in_(by_kind["c"]))):
                names["c", row.id] = f"codeVersions/{row.uid}"
                resources["c", row.id] = run_inputs.code_of(row)
        return names, resources
