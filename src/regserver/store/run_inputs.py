"""What runs consumed, in SQL: dataset inputs, code versions, environments, and the fingerprint they make.

Plain functions over a Connection, so the registry store (fingerprints at
CreateModelVersion), the tracking store (LogInputs, GetRun) and the lineage
walk share them inside their own transactions.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects import postgresql, sqlite

from regserver.domain.errors import FailedPrecondition
from regserver.domain.lineage import CodeVersion, Dataset, DatasetInput, Environment, RunInputs, fingerprint
from regserver.store.schema import code_versions, datasets, run_code, run_environments, run_inputs, run_params

ROLE_ORDER = {"TRAINING": 0, "VALIDATION": 1, "TEST": 2}


def dataset_of(row: Any) -> Dataset:
    return Dataset(row.digest, row.name, row.source_uri, row.schema, row.row_count, row.create_time)


def code_of(row: Any, dirty: bool = False) -> CodeVersion:
    return CodeVersion(row.repository_url, row.commit, dirty, row.uid)


def load(
    conn: Connection, run_pks: Sequence[int]
) -> tuple[dict[int, list[DatasetInput]], dict[int, CodeVersion], dict[int, Environment]]:
    """Inputs of many runs in three queries: datasets by role then digest, code, environment."""
    inputs: dict[int, list[DatasetInput]] = defaultdict(list)
    code: dict[int, CodeVersion] = {}
    envs: dict[int, Environment] = {}
    if not run_pks:
        return inputs, code, envs
    ids = list(run_pks)
    query = (
        select(run_inputs.c.run_id, run_inputs.c.role, *datasets.c)
        .join(datasets, datasets.c.id == run_inputs.c.dataset_id)
        .where(run_inputs.c.run_id.in_(ids))
    )
    for r in conn.execute(query):
        inputs[r.run_id].append(DatasetInput(dataset_of(r), r.role))
    for items in inputs.values():
        items.sort(key=lambda d: (ROLE_ORDER[d.role], d.dataset.digest))
    query = (
        select(run_code.c.run_id, run_code.c.dirty, *code_versions.c)
        .join(code_versions, code_versions.c.id == run_code.c.code_version_id)
        .where(run_code.c.run_id.in_(ids))
    )
    for r in conn.execute(query):
        code[r.run_id] = code_of(r, r.dirty)
    for r in conn.execute(select(run_environments).where(run_environments.c.run_id.in_(ids))):
        envs[r.run_id] = Environment(r.python_version, r.lock_file_digest, json.loads(r.packages), r.digest)
    return inputs, code, envs


def run_fingerprint(conn: Connection, run_pk: int) -> str:
    inputs, code, envs = load(conn, [run_pk])
    params = {
        p.key: p.value
        for p in conn.execute(select(run_params.c.key, run_params.c.value).where(run_params.c.run_id == run_pk))
    }
    env = envs.get(run_pk)
    pairs = [(d.role, d.dataset.digest) for d in inputs[run_pk]]
    return fingerprint(code.get(run_pk), pairs, params, env.digest if env else "")


def _insert_ignoring_duplicates(conn: Connection, table: Any, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """INSERT ... ON CONFLICT DO NOTHING: concurrent runs logging the same dataset or commit both succeed."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows)


def log(conn: Connection, run_pk: int, run_id: str, given: RunInputs, now: int) -> None:
    """Writes a validated LogInputs call; the caller holds the run's row lock."""
    if given.datasets:
        unique = {d.dataset.digest: d.dataset for d in given.datasets}
        _insert_ignoring_duplicates(
            conn,
            datasets,
            [
                {
                    "digest": d.digest,
                    "name": d.name,
                    "source_uri": d.source_uri,
                    "schema": d.schema,
                    "row_count": d.row_count,
                    "create_time": now,
                }
                for d in unique.values()
            ],
            ["digest"],
        )
        query = select(datasets.c.digest, datasets.c.id).where(datasets.c.digest.in_(list(unique)))
        pks = {r.digest: r.id for r in conn.execute(query)}
        links = {(pks[d.dataset.digest], d.role) for d in given.datasets}
        _insert_ignoring_duplicates(
            conn,
            run_inputs,
            [{"run_id": run_pk, "dataset_id": pk, "role": role} for pk, role in sorted(links)],
            ["run_id", "dataset_id", "role"],
        )
    if given.code_version is not None:
        _log_code(conn, run_pk, run_id, given.code_version, now)
    if given.environment is not None:
        _log_environment(conn, run_pk, run_id, given.environment)


def _conflict(run_id: str, what: str, stored: str, given: str) -> FailedPrecondition:
    return FailedPrecondition(
        f"run {run_id!r} already has {what} {stored}; a run's code version and environment are immutable, so it "
        f"cannot become {given}. Start a new run for different code or environment. Nothing of this call was logged",
        "RUN_INPUT_CONFLICT",
        run_id=run_id,
        field=what.replace(" ", "_"),
    )


def _log_code(conn: Connection, run_pk: int, run_id: str, code: CodeVersion, now: int) -> None:
    stored = conn.execute(
        select(run_code.c.dirty, code_versions.c.repository_url, code_versions.c.commit)
        .join(code_versions, code_versions.c.id == run_code.c.code_version_id)
        .where(run_code.c.run_id == run_pk)
    ).first()
    if stored is not None:
        if (stored.repository_url, stored.commit, stored.dirty) != (code.repository_url, code.commit, code.dirty):
            shown = f"{stored.repository_url or '(no remote)'}@{stored.commit}{' (dirty)' if stored.dirty else ''}"
            wanted = f"{code.repository_url or '(no remote)'}@{code.commit}{' (dirty)' if code.dirty else ''}"
            raise _conflict(run_id, "code version", shown, wanted)
        return
    _insert_ignoring_duplicates(
        conn,
        code_versions,
        [{"uid": code.id, "repository_url": code.repository_url, "commit": code.commit, "create_time": now}],
        ["uid"],
    )
    pk = conn.execute(select(code_versions.c.id).where(code_versions.c.uid == code.id)).scalar_one()
    conn.execute(run_code.insert().values(run_id=run_pk, code_version_id=pk, dirty=code.dirty))


def _log_environment(conn: Connection, run_pk: int, run_id: str, env: Environment) -> None:
    stored = conn.execute(select(run_environments.c.digest).where(run_environments.c.run_id == run_pk)).first()
    if stored is not None:
        if stored.digest != env.digest:
            raise _conflict(run_id, "environment", f"digest {stored.digest}", f"digest {env.digest}")
        return
    conn.execute(
        run_environments.insert().values(
            run_id=run_pk,
            python_version=env.python_version,
            lock_file_digest=env.lock_file_digest,
            packages=json.dumps(dict(env.packages), sort_keys=True),
            digest=env.digest,
        )
    )
