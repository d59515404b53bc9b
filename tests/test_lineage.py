"""Lineage over real gRPC, on SQLite and PostgreSQL: dataset inputs (one record per digest), code versions and
environments on runs, versions linked to the run that made them and to parent versions, cycles refused,
GetLineage upstream and downstream with depth limits, reproducibility fingerprints, and the SDK's
start_run with git detection and register_version."""

from __future__ import annotations

import hashlib
import platform
import subprocess
from pathlib import Path

import grpc
import pytest
from regserver_client import (
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    Registry,
    RegistryError,
    from_rpc_error,
)
from regserver_client.v1 import lineage_pb2 as L
from regserver_client.v1 import model_pb2 as M
from regserver_client.v1 import tracking_pb2 as T

TRAINING, VALIDATION, TEST = T.DATASET_ROLE_TRAINING, T.DATASET_ROLE_VALIDATION, T.DATASET_ROLE_TEST
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def refused(call: object, error: type[RegistryError], reason: str) -> RegistryError:
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert caught.value.reason == reason, (caught.value.reason, caught.value.message)
    return caught.value


def dataset(name: str, digest: str, role: int = TRAINING, **fields: object) -> T.DatasetInput:
    return T.DatasetInput(dataset=T.Dataset(name=name, digest=digest, **fields), role=role)  # type: ignore[arg-type]


def raw_log_inputs(registry: Registry, request: T.LogInputsRequest) -> T.Run:
    """LogInputs through the generated stub, so values the SDK would refuse reach the server."""
    try:
        response: T.LogInputsResponse = registry.tracking.LogInputs(request)
    except grpc.RpcError as e:
        raise from_rpc_error(e) from e  # type: ignore[arg-type]
    return response.run


def names(graph: L.GetLineageResponse) -> dict[str, int]:
    return {n.name: n.depth for n in graph.nodes}


def edges(graph: L.GetLineageResponse) -> set[tuple[str, str, str]]:
    return {
        (e.source, e.target, L.LineageEdgeType.Name(e.type).removeprefix("LINEAGE_EDGE_TYPE_")) for e in graph.edges
    }


def netstrings(*fields: str) -> bytes:
    return b"".join(b"%d:%s," % (len(f.encode()), f.encode()) for f in fields)


def expected_fingerprint(run: T.Run) -> str:
    """The encoding documented on ModelVersion.fingerprint, written independently of the server."""
    code = run.code_version if run.HasField("code_version") else None
    fields = [
        "regserver.fingerprint.v1",
        code.commit if code else "",
        ("dirty" if code.dirty else "clean") if code else "",
    ]
    inputs = sorted(
        (T.DatasetRole.Name(d.role).removeprefix("DATASET_ROLE_"), d.dataset.digest) for d in run.dataset_inputs
    )
    fields.append(str(len(inputs)))
    for role, digest in inputs:
        fields += [role, digest]
    fields.append(str(len(run.params)))
    for key in sorted(run.params, key=str.encode):
        fields += [key, run.params[key]]
    fields.append(run.environment.digest if run.HasField("environment") else "")
    return hashlib.sha256(netstrings(*fields)).hexdigest()


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with one commit and an origin, as the working directory."""
    root = tmp_path / "project"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "user.email", "trainer@example.com")
    git(root, "config", "user.name", "Trainer")
    git(root, "remote", "add", "origin", "https://git.example.com/risk/fraud.git")
    (root / "train.py").write_text("print('training')\n")
    (root / "uv.lock").write_text("version = 1\n")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "first")
    monkeypatch.chdir(root)
    return root


def test_run_to_version_to_lineage_round_trip(registry: Registry, repo: Path, tmp_path: Path) -> None:
    train = tmp_path / "train.csv"
    train.write_text("amount,label\n10,0\n99,1\n")
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "weights.bin").write_bytes(b"\x00" * 1000)

    with registry.start_run(experiment="fraud", name="baseline") as run:
        run.log_params({"lr": 0.01, "epochs": 3})
        logged = run.log_dataset("train", path=train, schema='{"amount": "int"}', row_count=2)
        run.log_dataset("holdout", digest=sha("holdout"), source_uri="s3://data/holdout.csv", role="VALIDATION")
        run.log_metric("auc", 0.91)
        version = run.register_version("fraud-detector", model_dir, description="baseline")

    # The dataset record, as stored: digest of the file, URI of the file, schema and rows as given.
    assert logged.dataset.digest == hashlib.sha256(train.read_bytes()).hexdigest()
    assert logged.dataset.source_uri == train.resolve().as_uri() and logged.dataset.row_count == 2
    assert logged.role == TRAINING

    stored = registry.get_run(run.id)
    assert stored.status == T.RUN_STATUS_FINISHED
    assert [(d.dataset.name, d.role) for d in stored.dataset_inputs] == [("train", TRAINING), ("holdout", VALIDATION)]
    # The commit came from git in the working directory, the environment from this interpreter.
    head = git(repo, "rev-parse", "HEAD")
    code = stored.code_version
    assert (code.commit, code.repository_url, code.dirty) == (head, "https://git.example.com/risk/fraud.git", False)
    assert code.id.startswith("code_")
    assert stored.environment.python_version == platform.python_version()
    assert stored.environment.lock_file_digest == sha("version = 1\n")
    assert "regserver-client" in stored.environment.packages and len(stored.environment.digest) == 64

    # The version: READY, linked to the run, fingerprinted exactly as the proto documents.
    assert version.status == M.MODEL_VERSION_STATUS_READY and version.run_id == run.id
    assert version.fingerprint == expected_fingerprint(stored)
    assert registry.get_version("fraud-detector", 1).fingerprint == version.fingerprint

    me = "models/fraud-detector/versions/1"
    graph = registry.get_lineage(me, direction="UPSTREAM")
    assert names(graph) == {
        me: 0,
        f"runs/{run.id}": 1,
        f"datasets/{logged.dataset.digest}": 2,
        f"datasets/{sha('holdout')}": 2,
        f"codeVersions/{code.id}": 2,
    }
    assert graph.nodes[0].name == me and graph.nodes[0].model_version.run_id == run.id
    assert edges(graph) == {
        (f"runs/{run.id}", me, "PRODUCED"),
        (f"datasets/{logged.dataset.digest}", f"runs/{run.id}", "DATASET_INPUT"),
        (f"datasets/{sha('holdout')}", f"runs/{run.id}", "DATASET_INPUT"),
        (f"codeVersions/{code.id}", f"runs/{run.id}", "CODE"),
    }
    roles = {e.source: e.dataset_role for e in graph.edges if e.type == L.LINEAGE_EDGE_TYPE_DATASET_INPUT}
    assert roles[f"datasets/{sha('holdout')}"] == VALIDATION
    by_name = {n.name: n for n in graph.nodes}
    assert by_name[f"runs/{run.id}"].run.params["lr"] == "0.01"
    assert by_name[f"codeVersions/{code.id}"].code_version.commit == head
    assert by_name[f"datasets/{sha('holdout')}"].dataset.source_uri == "s3://data/holdout.csv"
    assert not graph.truncated

    # From the code version downstream: the run and the version it produced.
    downstream = registry.get_lineage(f"codeVersions/{code.id}", direction="DOWNSTREAM")
    assert names(downstream) == {f"codeVersions/{code.id}": 0, f"runs/{run.id}": 1, me: 2}

    # A changed working tree is a dirty run; a tree outside git logs no code version.
    (repo / "train.py").write_text("print('changed')\n")
    with registry.start_run(experiment="fraud") as dirty:
        pass
    assert dirty.run.code_version.dirty and dirty.run.code_version.commit == head
    assert dirty.run.code_version.id == code.id  # the same commit is one code version
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    with registry.start_run(experiment="fraud", capture=False) as run_elsewhere:
        with pytest.raises(ValueError, match="not in a git repository"):
            run_elsewhere.log_code(directory=outside)
        given = run_elsewhere.log_code(commit=COMMIT, repository_url="", dirty=False)
    assert given.commit == COMMIT and not given.repository_url


def test_downstream_from_a_dataset_finds_every_version_within_the_depth(registry: Registry) -> None:
    experiment = registry.create_experiment("fraud").id
    digest = sha("transactions-2026-11")
    first, second = registry.create_run(experiment), registry.create_run(experiment)
    registry.log_inputs(first.id, datasets=[dataset("transactions", digest, TRAINING, row_count=1000, schema="s")])
    # The same digest from another run: one dataset record, first name kept, linked with another role.
    again = registry.log_inputs(second.id, datasets=[dataset("tx-copy", digest, VALIDATION, row_count=5)])
    assert [(d.dataset.name, d.dataset.row_count, d.role) for d in again.dataset_inputs] == [
        ("transactions", 1000, VALIDATION)
    ]
    # Logging the same (dataset, role) again changes nothing.
    registry.log_inputs(first.id, datasets=[dataset("transactions", digest, TRAINING)])
    assert len(registry.get_run(first.id).dataset_inputs) == 1

    for name in ("m1", "m2", "m3", "unrelated"):
        registry.create_model(name)
    registry.create_version("m1", run_id=first.id)  # m1/1
    registry.create_version("m2", run_id=first.id)  # m2/1
    registry.create_version("m1", run_id=second.id)  # m1/2
    registry.create_version("m3", parents=[("m1", 1, "FINE_TUNED_FROM")])  # m3/1, no run of its own
    registry.create_version("unrelated", run_id="mlflow-run-42")  # a run tracked elsewhere: no lineage

    start = f"datasets/{digest}"
    full = registry.get_lineage(start, direction="DOWNSTREAM")
    assert names(full) == {
        start: 0,
        f"runs/{first.id}": 1,
        f"runs/{second.id}": 1,
        "models/m1/versions/1": 2,
        "models/m2/versions/1": 2,
        "models/m1/versions/2": 2,
        "models/m3/versions/1": 3,
    }
    assert ("models/m1/versions/1", "models/m3/versions/1", "PARENT") in edges(full)
    parent_edge = next(e for e in full.edges if e.type == L.LINEAGE_EDGE_TYPE_PARENT)
    assert parent_edge.relation == M.MODEL_VERSION_RELATION_FINE_TUNED_FROM
    # One node for the dataset however many runs logged it, with the first logging's metadata.
    assert [n.dataset.name for n in full.nodes if n.HasField("dataset")] == ["transactions"]

    # Depth limits: 2 edges reach the versions the runs made, not the fine-tuned one; 1 only the runs.
    assert "models/m3/versions/1" not in names(registry.get_lineage(start, direction="DOWNSTREAM", max_depth=2))
    assert set(names(registry.get_lineage(start, direction="DOWNSTREAM", max_depth=1))) == {
        start,
        f"runs/{first.id}",
        f"runs/{second.id}",
    }
    # Upstream of a dataset there is nothing; BOTH from a run is its inputs plus its versions.
    assert names(registry.get_lineage(start, direction="UPSTREAM")) == {start: 0}
    both = registry.get_lineage(f"runs/{second.id}", direction="BOTH")
    assert names(both) == {f"runs/{second.id}": 0, start: 1, "models/m1/versions/2": 1}
    # UPSTREAM from the fine-tuned version walks through its parent to the run and the data.
    up = registry.get_lineage("models/m3/versions/1", direction="UPSTREAM", max_depth=3)
    assert names(up) == {"models/m3/versions/1": 0, "models/m1/versions/1": 1, f"runs/{first.id}": 2, start: 3}
    assert names(registry.get_lineage("models/unrelated/versions/1")) == {"models/unrelated/versions/1": 0}


def test_parents_and_cycles_refused(registry: Registry) -> None:
    for name in ("base", "tuned", "student"):
        registry.create_model(name)
    registry.create_version("base")
    tuned = registry.create_version("tuned", parents=[("base", 1, "FINE_TUNED_FROM")])
    student = registry.create_version("student", parents=[M.ModelVersionParent(
        model_name="tuned", version=1, relation=M.MODEL_VERSION_RELATION_DISTILLED_FROM)])  # fmt: skip
    assert [(p.model_name, p.version, p.relation) for p in tuned.parents] == [
        ("base", 1, M.MODEL_VERSION_RELATION_FINE_TUNED_FROM)
    ]
    assert registry.get_version("student", 1).parents[0].model_name == "tuned" == student.parents[0].model_name

    # base <- tuned <- student: making student a parent of base would make base its own ancestor.
    error = refused(
        lambda: registry.add_version_parents("base", 1, [("student", 1, "DERIVED_FROM")]),
        FailedPrecondition,
        "LINEAGE_CYCLE",
    )
    assert "student/1 -> tuned/1 -> base/1" in error.message and "own ancestor" in error.message
    assert error.metadata["parent"] == "student/1"
    refused(
        lambda: registry.add_version_parents("tuned", 1, [("tuned", 1, "DERIVED_FROM")]),
        FailedPrecondition,
        "LINEAGE_CYCLE",
    )
    # A refused call adds nothing, not even its acceptable links.
    registry.create_version("base")  # base/2
    refused(
        lambda: registry.add_version_parents("base", 1, [("base", 2, "DERIVED_FROM"), ("tuned", 1, "MERGED_FROM")]),
        FailedPrecondition,
        "LINEAGE_CYCLE",
    )
    assert list(registry.get_version("base", 1).parents) == []

    # Adding links after creation: a new one bumps the etag; the same again changes nothing.
    before = registry.get_version("student", 1)
    added = registry.add_version_parents("student", 1, [("base", 2, "QUANTIZED_FROM")], etag=before.etag)
    assert [p.model_name for p in added.parents] == ["base", "tuned"] and added.etag != before.etag
    assert registry.add_version_parents("student", 1, [("base", 2, "QUANTIZED_FROM")]).etag == added.etag
    refused(
        lambda: registry.add_version_parents("student", 1, [("base", 2, "DISTILLED_FROM")]),
        FailedPrecondition,
        "PARENT_CONFLICT",
    )
    up = registry.get_lineage("models/student/versions/1", direction="UPSTREAM")
    assert names(up) == {
        "models/student/versions/1": 0,
        "models/tuned/versions/1": 1,
        "models/base/versions/2": 1,
        "models/base/versions/1": 2,
    }
    refused(
        lambda: registry.create_version("tuned", parents=[("base", 9, "FINE_TUNED_FROM")]),
        NotFound,
        "MODEL_VERSION_NOT_FOUND",
    )
    refused(
        lambda: registry.create_version("tuned", parents=[("base", 1, "UNSPECIFIED")]), InvalidArgument, "INVALID_FIELD"
    )
    refused(lambda: registry.add_version_parents("tuned", 1, []), InvalidArgument, "INVALID_FIELD")


def test_fingerprints_are_equal_for_the_same_inputs_and_listable(registry: Registry) -> None:
    experiment = registry.create_experiment("fraud").id
    env = T.Environment(python_version="3.12.4", lock_file_digest=sha("lock"), packages={"torch": "2.5.1"})
    code = T.CodeVersion(repository_url="https://git.example.com/fraud.git", commit=COMMIT)
    data = [dataset("train", sha("train")), dataset("test", sha("test"), TEST)]

    def trained(lr: str) -> str:
        run = registry.create_run(experiment)
        registry.log_batch(run.id, params={"lr": lr, "epochs": "3"}, metrics={"auc": 0.9})
        registry.log_inputs(run.id, datasets=data[::-1] if lr == "0.1" else data, code_version=code, environment=env)
        return run.id

    registry.create_model("fraud")
    runs = [trained("0.1"), trained("0.1"), trained("0.2")]
    versions = [registry.create_version("fraud", run_id=r) for r in runs]
    a, b, c = (v.fingerprint for v in versions)
    assert a == b != c and len(a) == 64
    assert a == expected_fingerprint(registry.get_run(runs[0]))
    same = [v.version for v in registry.list_versions(filter=f'fingerprint = "{a}"')]
    assert same == [2, 1]
    assert [v.version for v in registry.versions_with_fingerprint(c)] == [3]
    assert registry.get_run(runs[0]).environment.digest == registry.get_run(runs[1]).environment.digest
    # A version made elsewhere has no fingerprint.
    assert registry.create_version("fraud", run_id="wandb/abc").fingerprint == ""


def test_bad_input_is_refused_precisely_and_stores_nothing(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    unknown = "run_" + "0" * 32

    error = refused(lambda: registry.log_inputs(unknown, datasets=[dataset("d", sha("d"))]), NotFound, "RUN_NOT_FOUND")
    assert error.metadata["run_id"] == unknown
    registry.create_model("m")
    error = refused(lambda: registry.create_version("m", run_id=unknown), NotFound, "RUN_NOT_FOUND")
    assert "CreateRun" in error.message
    assert registry.get_model("m").latest_version == 0  # the refused create took no number

    def bad(request: T.LogInputsRequest, field: str) -> None:
        error = refused(lambda: raw_log_inputs(registry, request), InvalidArgument, "INVALID_FIELD")
        assert error.metadata["field"] == field, error.metadata

    bad(T.LogInputsRequest(run_id=run.id, datasets=[dataset("d", "abc")]), "datasets[0].dataset.digest")
    bad(T.LogInputsRequest(run_id=run.id, datasets=[dataset("d", sha("d").upper())]), "datasets[0].dataset.digest")
    bad(
        T.LogInputsRequest(run_id=run.id, datasets=[dataset("ok", sha("ok")), dataset("d", sha("d"), role=0)]),
        "datasets[1].role",
    )
    bad(T.LogInputsRequest(run_id=run.id, datasets=[dataset("d", sha("d"), role=7)]), "datasets[0].role")
    bad(T.LogInputsRequest(run_id=run.id, datasets=[dataset("", sha("d"))]), "datasets[0].dataset.name")
    bad(
        T.LogInputsRequest(run_id=run.id, datasets=[dataset("d", sha("d"), row_count=-1)]),
        "datasets[0].dataset.row_count",
    )
    bad(T.LogInputsRequest(run_id=run.id, datasets=[dataset("d", sha(str(i))) for i in range(101)]), "datasets")
    bad(T.LogInputsRequest(run_id=run.id, code_version=T.CodeVersion(commit="abc123")), "code_version.commit")
    bad(
        T.LogInputsRequest(run_id=run.id, environment=T.Environment(lock_file_digest="x")),
        "environment.lock_file_digest",
    )
    with pytest.raises(ValueError, match="TRAINING, VALIDATION or TEST"):
        registry.start_run("fraud", capture=False).log_dataset("d", digest=sha("d"), role="HOLDOUT")
    assert not registry.get_run(run.id).dataset_inputs

    # Code and environment are set once; a conflicting call stores none of its datasets either.
    registry.log_inputs(run.id, code_version=T.CodeVersion(commit=COMMIT))
    registry.log_inputs(run.id, code_version=T.CodeVersion(commit=COMMIT))  # the same again: fine
    error = refused(
        lambda: registry.log_inputs(
            run.id, datasets=[dataset("d", sha("d"))], code_version=T.CodeVersion(commit=COMMIT, dirty=True)
        ),
        FailedPrecondition,
        "RUN_INPUT_CONFLICT",
    )
    assert "immutable" in error.message and error.metadata["field"] == "code_version"
    registry.log_inputs(run.id, environment=T.Environment(python_version="3.12"))
    refused(
        lambda: registry.log_inputs(run.id, environment=T.Environment(python_version="3.13")),
        FailedPrecondition,
        "RUN_INPUT_CONFLICT",
    )
    stored = registry.get_run(run.id)
    assert not stored.dataset_inputs and not stored.code_version.dirty and stored.environment.python_version == "3.12"
    refused(lambda: registry.get_lineage(f"datasets/{sha('d')}"), NotFound, "DATASET_NOT_FOUND")

    # GetLineage: malformed names, unknown resources and out-of-range depths.
    for resource in ("", "models/m", "datasets/xyz", "runs/abc", "experiments/exp_1"):
        error = refused(lambda r=resource: registry.get_lineage(r), InvalidArgument, "INVALID_FIELD")  # type: ignore[misc]
        assert error.metadata["field"] == "resource" and "models/<model>/versions/<version>" in error.message
    refused(lambda: registry.get_lineage("models/m/versions/1"), NotFound, "MODEL_VERSION_NOT_FOUND")
    refused(lambda: registry.get_lineage(f"runs/{unknown}"), NotFound, "RUN_NOT_FOUND")
    refused(lambda: registry.get_lineage("codeVersions/code_" + "0" * 32), NotFound, "CODE_VERSION_NOT_FOUND")
    refused(lambda: registry.get_lineage(f"runs/{run.id}", max_depth=101), InvalidArgument, "INVALID_FIELD")
    refused(lambda: registry.get_lineage(f"runs/{run.id}", max_depth=-1), InvalidArgument, "INVALID_FIELD")
