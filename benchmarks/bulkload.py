"""Loads many model versions straight into a database, in SQL, instead of one API call each.

Only the listing workloads use these rows; creation goes through the API and is
measured separately. Every tenth version carries the filter tag (k = "v"), the
others k = "w", so a first page of 100 matches scans about 1,000 rows.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, case, literal, select, text, update
from sqlalchemy.sql import ColumnElement, Select

from benchmarks.workload import LIST_FILTER_KEY, LIST_FILTER_VALUE
from regserver.store import migrate
from regserver.store.engine import make_engine
from regserver.store.schema import model_versions, registered_models, version_tags

# One recursive CTE per statement keeps each transaction (and SQLite's WAL) modest.
BATCH = 250_000
MATCH_EVERY = 10


def _series(first: int, last: int) -> Select[tuple[int]]:
    """SELECT n FROM first..last, portable to SQLite and PostgreSQL (a recursive CTE)."""
    seq = select(literal(first).label("n")).cte("seq", recursive=True)
    seq = seq.union_all(select((seq.c.n + 1).label("n")).where(seq.c.n < last))
    return select(seq.c.n)


def _tag_value(version: ColumnElement[int]) -> ColumnElement[str]:
    return case(((version % MATCH_EVERY) == 0, literal(LIST_FILTER_VALUE)), else_=literal("w"))


class RegserverLoader:
    """Appends versions to one model of a regserver database through regserver.store.schema."""

    def __init__(self, database_url: str) -> None:
        self.engine: Engine = make_engine(database_url)
        migrate.upgrade(self.engine)

    def count(self, model: str) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(registered_models.c.last_version).where(registered_models.c.name == model)
                ).scalar_one()
            )

    def extend(self, model: str, total: int) -> float:
        """Adds versions after the model's last one until it holds `total`; returns the seconds taken."""
        start = time.perf_counter()
        with self.engine.connect() as conn:
            model_id, last = conn.execute(
                select(registered_models.c.id, registered_models.c.last_version).where(
                    registered_models.c.name == model
                )
            ).one()
        now = time.time_ns() // 1000
        first = last + 1
        while first <= total:
            end = min(first + BATCH - 1, total)
            seq = _series(first, end).subquery()
            rows = select(
                literal(model_id),
                seq.c.n,
                literal(""),
                literal("NONE"),
                literal("READY"),
                literal("s3://bench/bulk"),
                literal(""),
                literal("bench"),
                literal(now) + seq.c.n,
                literal(now) + seq.c.n,
                literal(1),
                literal(0),
            )
            columns = ["model_id", "version", "description", "stage", "status", "source", "run_id", "creator",
                       "create_time", "update_time", "revision", "file_count"]  # fmt: skip
            with self.engine.begin() as conn:
                conn.execute(model_versions.insert().from_select(columns, rows))
                conn.execute(
                    version_tags.insert().from_select(
                        ["version_id", "key", "value"],
                        select(
                            model_versions.c.id, literal(LIST_FILTER_KEY), _tag_value(model_versions.c.version)
                        ).where(model_versions.c.model_id == model_id, model_versions.c.version.between(first, end)),
                    )
                )
                conn.execute(
                    update(registered_models).where(registered_models.c.id == model_id).values(last_version=end)
                )
            first = end + 1
        if self.engine.dialect.name == "postgresql":
            # Autovacuum would analyze these tables soon after a load this size; do it now.
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE model_versions"))
                conn.execute(text("ANALYZE version_tags"))
        return time.perf_counter() - start

    def close(self) -> None:
        self.engine.dispose()


def extend_mlflow(db_path: Path, model: str, total: int) -> float:
    """Copies version 1 of an MLflow model (and its tags) into versions 2..total, in MLflow's own tables."""
    start = time.perf_counter()
    conn = sqlite3.connect(db_path, timeout=60)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(model_versions)")]
        (last,) = conn.execute("SELECT max(version) FROM model_versions WHERE name = ?", (model,)).fetchone()
        first = last + 1
        times = {"creation_time", "last_updated_time"}
        picked = ", ".join("seq.n" if c == "version" else (f"{c} + seq.n" if c in times else c) for c in columns)
        tag_columns = [row[1] for row in conn.execute("PRAGMA table_info(model_version_tags)")]
        tag_picked = ", ".join(
            "seq.n"
            if c == "version"
            else (f"CASE WHEN seq.n % {MATCH_EVERY} = 0 THEN '{LIST_FILTER_VALUE}' ELSE 'w' END" if c == "value" else c)
            for c in tag_columns
        )
        while first <= total:
            end = min(first + BATCH - 1, total)
            cte = f"WITH RECURSIVE seq(n) AS (SELECT {first} UNION ALL SELECT n + 1 FROM seq WHERE n < {end}) "
            with conn:
                conn.execute(
                    f"{cte}INSERT INTO model_versions ({', '.join(columns)}) "
                    f"SELECT {picked} FROM model_versions, seq WHERE name = ? AND version = 1",
                    (model,),
                )
                conn.execute(
                    f"{cte}INSERT INTO model_version_tags ({', '.join(tag_columns)}) "
                    f"SELECT {tag_picked} FROM model_version_tags, seq WHERE name = ? AND version = 1 AND key = ?",
                    (model, LIST_FILTER_KEY),
                )
            first = end + 1
    finally:
        conn.close()
    return time.perf_counter() - start
