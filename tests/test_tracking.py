"""Experiment tracking over real gRPC, on SQLite and PostgreSQL: experiments, runs, immutable params,
metric histories, atomic batches with limits, ListRuns filters, NaN refused, and the SDK's start_run."""

from __future__ import annotations

import hashlib
import math
import uuid
from pathlib import Path

import grpc
import pytest
from regserver_client import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    Registry,
    RegistryError,
    from_rpc_error,
)
from regserver_client.runs import metric
from regserver_client.v1 import artifacts_pb2 as A
from regserver_client.v1 import tracking_pb2 as T

from tests.support.server import ServerThread

RUNNING, FINISHED, FAILED, KILLED = (
    T.RUN_STATUS_RUNNING,
    T.RUN_STATUS_FINISHED,
    T.RUN_STATUS_FAILED,
    T.RUN_STATUS_KILLED,
)


def raw_log_batch(registry: Registry, request: T.LogBatchRequest) -> None:
    """LogBatch through the generated stub: values the SDK would refuse reach the server."""
    try:
        registry.tracking.LogBatch(request)
    except grpc.RpcError as e:
        raise from_rpc_error(e) from e  # type: ignore[arg-type]


def refused(call: object, error: type[RegistryError], reason: str) -> RegistryError:
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert caught.value.reason == reason, (caught.value.reason, caught.value.message)
    return caught.value


def test_experiments_create_get_list_delete(registry: Registry) -> None:
    fraud = registry.create_experiment("fraud", description="card payments", tags={"team": "risk"})
    assert fraud.id.startswith("exp_") and fraud.name == "fraud" and fraud.tags["team"] == "risk"
    assert registry.get_experiment(fraud.id).name == "fraud"
    assert registry.get_experiment(name="fraud").id == fraud.id
    refused(lambda: registry.create_experiment("fraud"), AlreadyExists, "EXPERIMENT_ALREADY_EXISTS")
    refused(lambda: registry.get_experiment("exp_nope"), NotFound, "EXPERIMENT_NOT_FOUND")
    refused(lambda: registry.get_experiment(name="nope"), NotFound, "EXPERIMENT_NOT_FOUND")
    refused(lambda: registry.get_experiment(fraud.id, name="fraud"), InvalidArgument, "INVALID_FIELD")

    for i in range(5):
        registry.create_experiment(f"exp-{i}")
    names = [e.name for e in registry.list_experiments(page_size=2)]
    assert names == ["exp-0", "exp-1", "exp-2", "exp-3", "exp-4", "fraud"]

    deleted = registry.delete_experiment(fraud.id)
    assert deleted.HasField("delete_time")
    refused(lambda: registry.get_experiment(fraud.id), NotFound, "EXPERIMENT_NOT_FOUND")
    assert registry.get_experiment(fraud.id, show_deleted=True).name == "fraud"
    assert "fraud" not in [e.name for e in registry.list_experiments()]
    assert "fraud" in [e.name for e in registry.list_experiments(show_deleted=True)]
    refused(lambda: registry.create_run(fraud.id), NotFound, "EXPERIMENT_NOT_FOUND")
    refused(lambda: registry.create_experiment("fraud"), AlreadyExists, "EXPERIMENT_ALREADY_EXISTS")
    restored = registry.undelete_experiment(fraud.id)
    assert not restored.HasField("delete_time")
    refused(lambda: registry.undelete_experiment(fraud.id), FailedPrecondition, "NOT_DELETED")


def test_run_lifecycle(registry: Registry) -> None:
    experiment = registry.create_experiment("fraud")
    run = registry.create_run(experiment.id, name="baseline", tags={"git": "abc123"})
    assert run.id.startswith("run_") and run.experiment_id == experiment.id
    assert run.status == RUNNING and run.principal == "anonymous" and run.name == "baseline"
    assert run.HasField("start_time") and not run.HasField("end_time")
    assert dict(run.tags) == {"git": "abc123"}

    given = registry.create_run(experiment.id, start_time=1_700_000_000.5)
    assert given.start_time.seconds == 1_700_000_000 and given.start_time.nanos == 500_000_000

    finished = registry.update_run(run.id, status="FINISHED")
    assert finished.status == FINISHED and finished.HasField("end_time")
    assert registry.get_run(run.id).status == FINISHED
    killed = registry.update_run(given.id, status=KILLED, end_time=1_700_000_100, name="renamed")
    assert (killed.status, killed.end_time.seconds, killed.name) == (KILLED, 1_700_000_100, "renamed")

    refused(lambda: registry.get_run("run_nope"), NotFound, "RUN_NOT_FOUND")
    refused(lambda: registry.update_run("run_nope", status="FAILED"), NotFound, "RUN_NOT_FOUND")
    refused(lambda: registry.create_run("exp_nope"), NotFound, "EXPERIMENT_NOT_FOUND")
    refused(lambda: registry.create_run(""), InvalidArgument, "INVALID_FIELD")


def test_params_are_immutable(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    registry.log_batch(run.id, params={"lr": 0.01, "optimizer": "adam"})
    registry.log_batch(run.id, params={"lr": "0.01"})  # the same value again: nothing happens
    error = refused(lambda: registry.log_batch(run.id, params={"lr": "0.02"}), FailedPrecondition, "PARAM_CONFLICT")
    assert error.metadata["key"] == "lr" and "immutable" in error.message
    assert dict(registry.get_run(run.id).params) == {"lr": "0.01", "optimizer": "adam"}


def test_batch_is_atomic(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    registry.log_batch(run.id, params={"lr": "0.01"})
    # A conflicting param found in the database: the metrics, tags and new params of the batch are not stored.
    refused(
        lambda: registry.log_batch(
            run.id, metrics={"loss": 0.5}, params={"epochs": "3", "lr": "0.5"}, tags={"stage": "x"}
        ),
        FailedPrecondition,
        "PARAM_CONFLICT",
    )
    # A bad item caught before the database: nothing stored either.
    bad = T.Metric(key="x" * 251, value=1.0)
    refused(lambda: registry.log_batch(run.id, metrics=[metric("loss", 0.4), bad]), InvalidArgument, "INVALID_FIELD")
    stored = registry.get_run(run.id)
    assert dict(stored.params) == {"lr": "0.01"} and not stored.tags and not stored.latest_metrics
    assert list(registry.get_metric_history(run.id, "loss")) == []


def test_metric_history_order_and_paging(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    # Logged out of order, in several batches; the history comes back by step, then timestamp.
    points = [metric("loss", 1.0 / (s + 1), step=s, at=1_700_000_000 + s) for s in range(250)]
    shuffled = points[::2] + points[1::2]
    for i in range(0, len(shuffled), 100):
        registry.log_batch(run.id, metrics=shuffled[i : i + 100])
    registry.log_batch(run.id, metrics=[metric("loss", 9.0, step=3, at=1_700_000_000 + 3)])  # same step and time
    history = list(registry.get_metric_history(run.id, "loss", page_size=7))
    assert [p.step for p in history] == sorted([*range(250), 3])
    assert [p.value for p in history if p.step == 3] == [0.25, 9.0]  # ties: in the order they were logged
    assert history[0].timestamp.seconds == 1_700_000_000

    pages = registry.tracking.GetMetricHistory(
        T.GetMetricHistoryRequest(run_id=run.id, metric_key="loss", page_size=100)
    )
    assert len(pages.metrics) == 100 and pages.next_page_token
    with pytest.raises(grpc.RpcError) as caught:
        registry.tracking.GetMetricHistory(
            T.GetMetricHistoryRequest(run_id=run.id, metric_key="acc", page_token=pages.next_page_token)
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT

    latest = {m.key: m for m in registry.get_run(run.id).latest_metrics}
    assert latest["loss"].step == 249 and latest["loss"].value == pytest.approx(1 / 250)
    refused(lambda: list(registry.get_metric_history("run_nope", "loss")), NotFound, "RUN_NOT_FOUND")


def test_latest_metric_is_highest_step(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    registry.log_batch(run.id, metrics=[metric("auc", 0.9, step=10)])
    registry.log_batch(run.id, metrics=[metric("auc", 0.1, step=2)])  # an older step logged late
    assert [(m.key, m.value, m.step) for m in registry.get_run(run.id).latest_metrics] == [("auc", 0.9, 10)]


def test_nan_and_infinity_are_refused(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    for value in (math.nan, math.inf, -math.inf):
        request = T.LogBatchRequest(
            run_id=run.id, metrics=[T.Metric(key="ok", value=1.0), T.Metric(key="loss", value=value)]
        )
        error = refused(lambda r=request: raw_log_batch(registry, r), RegistryError, "INVALID_FIELD")  # type: ignore[misc]
        assert error.metadata["field"] == "metrics[1].value" and "finite" in error.message
    assert not registry.get_run(run.id).latest_metrics
    # The SDK refuses them before sending anything.
    with pytest.raises(ValueError, match="finite"):
        registry.log_batch(run.id, metrics={"loss": math.nan})


def test_batch_limits_and_keys(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("fraud").id)
    too_many = [metric("m", float(i), step=i) for i in range(1001)]
    error = refused(lambda: registry.log_batch(run.id, metrics=too_many), InvalidArgument, "INVALID_FIELD")
    assert "1000" in error.message and error.metadata["field"] == "metrics"
    error = refused(
        lambda: registry.log_batch(run.id, params={f"p{i}": "v" for i in range(101)}), InvalidArgument, "INVALID_FIELD"
    )
    assert "100" in error.message and error.metadata["field"] == "params"
    error = refused(
        lambda: registry.log_batch(run.id, tags={f"t{i}": "v" for i in range(101)}), InvalidArgument, "INVALID_FIELD"
    )
    assert "100" in error.message and error.metadata["field"] == "tags"
    error = refused(lambda: registry.log_batch(run.id, metrics={"k" * 251: 1.0}), InvalidArgument, "INVALID_FIELD")
    assert error.metadata["field"] == "metrics[0].key" and "251" in error.message
    refused(lambda: registry.log_batch(run.id, params={"p": "v" * 6001}), InvalidArgument, "INVALID_FIELD")
    # The limits themselves are fine.
    registry.log_batch(run.id, metrics=too_many[:1000], params={f"p{i}": "v" for i in range(100)})
    assert len(list(registry.get_metric_history(run.id, "m"))) == 1000
    refused(lambda: registry.log_batch("run_nope", metrics={"a": 1.0}), NotFound, "RUN_NOT_FOUND")
    refused(lambda: registry.log_batch("run_nope"), NotFound, "RUN_NOT_FOUND")


def test_list_runs_filters_order_and_paging(registry: Registry) -> None:
    a = registry.create_experiment("a").id
    b = registry.create_experiment("b").id
    made = {}
    for i, (lr, auc, team) in enumerate([("0.1", 0.80, "risk"), ("0.01", 0.95, "risk"), ("0.01", 0.70, "ads")]):
        run = registry.create_run(a, name=f"r{i}", start_time=1_700_000_000 + i, tags={"team": team})
        registry.log_batch(run.id, params={"lr": lr}, metrics=[metric("auc", 0.1, step=0), metric("auc", auc, step=1)])
        made[f"r{i}"] = run.id
    other = registry.create_run(b, name="other", start_time=1_600_000_000)
    registry.update_run(made["r0"], status="FINISHED")

    def names(*experiments: str, **kwargs: object) -> list[str]:
        return [r.name for r in registry.list_runs(experiments, **kwargs)]  # type: ignore[arg-type]

    assert names(a) == ["r2", "r1", "r0"]  # newest first
    assert names() == ["r2", "r1", "r0", "other"]  # every experiment
    assert names(a, b, order_by="name") == ["other", "r0", "r1", "r2"]
    assert names(a, order_by="start_time", page_size=1) == ["r0", "r1", "r2"]
    assert names(a, filter='params.lr = "0.01"') == ["r2", "r1"]
    assert names(a, filter="metrics.auc > 0.75") == ["r1", "r0"]  # the latest value, not any value
    assert names(a, filter='tags.team = "risk" AND metrics.auc >= 0.9') == ["r1"]
    assert names(a, filter="status = FINISHED") == ["r0"]
    assert names(a, filter="status = RUNNING") == ["r2", "r1"]
    assert names(a, b, filter='start_time < "2023-11-14T22:13:21Z"') == ["r0", "other"]
    assert names(a, filter='NOT params.lr = "0.01" OR name LIKE "r2"') == ["r2", "r0"]
    assert registry.get_run(other.id).experiment_id == b

    refused(lambda: names(a, filter="metrics.auc > 'x'"), InvalidArgument, "INVALID_FILTER")
    refused(lambda: names(a, filter="bogus = 1"), InvalidArgument, "INVALID_FILTER")
    refused(lambda: names(a, filter="status = DONE"), InvalidArgument, "INVALID_FILTER")
    refused(lambda: names(a, order_by="auc"), InvalidArgument, "INVALID_ORDER_BY")
    refused(lambda: names("exp_nope"), NotFound, "EXPERIMENT_NOT_FOUND")

    first = registry.tracking.ListRuns(T.ListRunsRequest(experiment_ids=[a], page_size=1))
    with pytest.raises(grpc.RpcError) as caught:
        registry.tracking.ListRuns(
            T.ListRunsRequest(
                experiment_ids=[a], page_size=1, filter="status = RUNNING", page_token=first.next_page_token
            )
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_start_run_buffers_and_marks_status(registry: Registry) -> None:
    with registry.start_run(experiment="fraud", name="good", flush_every=10) as run:
        run.log_params({"lr": 0.01})
        for step in range(25):
            run.log_metric("loss", 1.0 / (step + 1), step=step)
        run.set_tag("stage", "train")
        with pytest.raises(ValueError):
            run.log_metric("loss", math.nan)
    good = registry.get_run(run.id)
    assert good.status == FINISHED and good.HasField("end_time")
    assert len(list(registry.get_metric_history(run.id, "loss"))) == 25
    assert dict(good.params) == {"lr": "0.01"} and dict(good.tags) == {"stage": "train"}

    with pytest.raises(RuntimeError), registry.start_run(experiment="fraud", name="bad") as failing:
        failing.log_metric("loss", 0.5)
        raise RuntimeError("diverged")
    bad = registry.get_run(failing.id)
    assert bad.status == FAILED and len(list(registry.get_metric_history(failing.id, "loss"))) == 1
    assert bad.experiment_id == good.experiment_id  # the experiment was reused by name


def test_tracking_is_served_and_healthy(server: ServerThread) -> None:
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(server.target) as channel:
        check = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="regserver.v1.Tracking")
        )
    assert check.status == health_pb2.HealthCheckResponse.SERVING


# ----- artifacts of runs and logged models --------------------------------------------------------


def call(method: object, request: object) -> object:
    """A call through the generated stub, its failure as the SDK's typed error."""
    try:
        return method(request)  # type: ignore[operator]
    except grpc.RpcError as e:
        raise from_rpc_error(e) from e  # type: ignore[arg-type]


def put_blob(registry: Registry, data: bytes) -> A.Digest:
    digest = A.Digest(hash=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    first = A.WriteBlobRequest(digest=digest, upload_id=uuid.uuid4().hex, data=data, finish_write=True)
    registry.artifacts.WriteBlob(iter([first]))
    return digest


def entry(path: str, digest: A.Digest) -> A.ManifestEntry:
    return A.ManifestEntry(path=path, digest=digest)


def files_of(registry: Registry, parent: str, path: str = "") -> dict[str, str]:
    listed = call(registry.tracking.ListArtifacts, T.ListArtifactsRequest(parent=parent, path=path))
    return {f.path: f.digest.hash[:8] for f in listed.files}  # type: ignore[attr-defined]


def test_a_runs_files_are_logged_replaced_and_listed_in_one_transaction(registry: Registry) -> None:
    run = registry.create_run(registry.create_experiment("files").id)
    parent = f"runs/{run.id}"
    weights, config, newer = (put_blob(registry, data) for data in (b"w" * 5000, b'{"a": 1}', b"w2" * 100))
    log = registry.tracking.LogArtifacts
    call(
        log,
        T.LogArtifactsRequest(parent=parent, files=[entry("model/weights.bin", weights), entry("config.json", config)]),
    )
    assert files_of(registry, parent) == {"config.json": config.hash[:8], "model/weights.bin": weights.hash[:8]}
    assert files_of(registry, parent, "model") == {"model/weights.bin": weights.hash[:8]}
    assert files_of(registry, parent, "config.json") == {"config.json": config.hash[:8]}
    assert files_of(registry, parent, "nothing") == {}

    # A path logged again points at the new blob.
    call(log, T.LogArtifactsRequest(parent=parent, files=[entry("model/weights.bin", newer)]))
    assert files_of(registry, parent, "model") == {"model/weights.bin": newer.hash[:8]}

    # A blob not uploaded: nothing of the call is recorded, and the message names the path.
    missing = A.Digest(hash="ab" * 32, size_bytes=3)
    error = refused(
        lambda: call(
            log, T.LogArtifactsRequest(parent=parent, files=[entry("a.txt", config), entry("b.bin", missing)])
        ),
        FailedPrecondition,
        "BLOBS_MISSING",
    )
    assert "b.bin" in error.message
    assert "a.txt" not in files_of(registry, parent)
    # A file cannot also be a directory.
    error = refused(
        lambda: call(log, T.LogArtifactsRequest(parent=parent, files=[entry("config.json/x", config)])),
        FailedPrecondition,
        "PATH_CONFLICT",
    )
    assert "config.json" in error.message
    refused(
        lambda: call(log, T.LogArtifactsRequest(parent=parent, files=[entry("model", config)])),
        FailedPrecondition,
        "PATH_CONFLICT",
    )
    # validate_only checks the call and records nothing.
    check = T.LogArtifactsRequest(parent=parent, files=[A.ManifestEntry(path="later.txt")], validate_only=True)
    call(log, check)
    assert "later.txt" not in files_of(registry, parent)

    for parent_name, error_type, reason in [
        ("run_x", InvalidArgument, "INVALID_FIELD"),
        ("runs/", InvalidArgument, "INVALID_FIELD"),
        ("experiments/exp_1", InvalidArgument, "INVALID_FIELD"),
        ("runs/run_0123456789abcdef0123456789abcdef", NotFound, "RUN_NOT_FOUND"),
        ("loggedModels/m-0123456789abcdef0123456789abcdef", NotFound, "LOGGED_MODEL_NOT_FOUND"),
    ]:
        refused(
            lambda p=parent_name: call(log, T.LogArtifactsRequest(parent=p, files=[entry("x", config)])),
            error_type,
            reason,
        )
    for path in ["/abs", "a/../b", "a//b", ""]:
        refused(
            lambda p=path: call(log, T.LogArtifactsRequest(parent=parent, files=[entry(p, config)])),
            InvalidArgument,
            "INVALID_FIELD",
        )


def test_logged_models_hold_status_tags_immutable_params_and_files(registry: Registry) -> None:
    experiment = registry.create_experiment("logged")
    run = registry.create_run(experiment.id)
    new = T.LoggedModel(experiment_id=experiment.id, name="model", run_id=run.id, model_type="sklearn",
                        tags={"stage": "dev"}, params={"C": "1.0"})  # fmt: skip
    made = call(registry.tracking.CreateLoggedModel, T.CreateLoggedModelRequest(logged_model=new)).logged_model  # type: ignore[attr-defined]
    assert made.id.startswith("m-") and made.status == T.LOGGED_MODEL_STATUS_PENDING
    assert (made.run_id, made.tags["stage"], made.params["C"]) == (run.id, "dev", "1.0")

    update = registry.tracking.UpdateLoggedModel
    ready = T.UpdateLoggedModelRequest(
        id=made.id, status=T.LOGGED_MODEL_STATUS_READY, set_tags={"owner": "risk"}, remove_tags=["stage"],
        params={"C": "1.0", "max_iter": "100"},
    )  # fmt: skip
    got = call(update, ready).logged_model  # type: ignore[attr-defined]
    assert got.status == T.LOGGED_MODEL_STATUS_READY
    assert dict(got.tags) == {"owner": "risk"} and dict(got.params) == {"C": "1.0", "max_iter": "100"}
    # Params are immutable: the whole call is refused, its tag too.
    conflict = T.UpdateLoggedModelRequest(id=made.id, params={"C": "2.0"}, set_tags={"late": "x"})
    refused(lambda: call(update, conflict), FailedPrecondition, "PARAM_CONFLICT")
    after = call(registry.tracking.GetLoggedModel, T.GetLoggedModelRequest(id=made.id)).logged_model  # type: ignore[attr-defined]
    assert "late" not in after.tags and after.params["C"] == "1.0"

    blob = put_blob(registry, b"pickled model")
    parent = f"loggedModels/{made.id}"
    call(registry.tracking.LogArtifacts, T.LogArtifactsRequest(parent=parent, files=[entry("model.pkl", blob)]))
    assert files_of(registry, parent) == {"model.pkl": blob.hash[:8]}

    other = T.LoggedModel(experiment_id=experiment.id, name="other")
    call(registry.tracking.CreateLoggedModel, T.CreateLoggedModelRequest(logged_model=other))
    listed = call(registry.tracking.ListLoggedModels, T.ListLoggedModelsRequest(experiment_ids=[experiment.id]))
    assert [m.name for m in listed.logged_models] == ["other", "model"]  # type: ignore[attr-defined]
    by_run = T.ListLoggedModelsRequest(experiment_ids=[experiment.id], name="model", run_id=run.id)
    assert [m.id for m in call(registry.tracking.ListLoggedModels, by_run).logged_models] == [made.id]  # type: ignore[attr-defined]
    paged = T.ListLoggedModelsRequest(experiment_ids=[experiment.id], page_size=1)
    first = call(registry.tracking.ListLoggedModels, paged)
    paged.page_token = first.next_page_token  # type: ignore[attr-defined]
    assert [m.name for m in call(registry.tracking.ListLoggedModels, paged).logged_models] == ["model"]  # type: ignore[attr-defined]

    call(registry.tracking.DeleteLoggedModel, T.DeleteLoggedModelRequest(id=made.id))
    refused(lambda: call(registry.tracking.GetLoggedModel, T.GetLoggedModelRequest(id=made.id)), NotFound,
            "LOGGED_MODEL_NOT_FOUND")  # fmt: skip
    shown = T.GetLoggedModelRequest(id=made.id, show_deleted=True)
    assert call(registry.tracking.GetLoggedModel, shown).logged_model.HasField("delete_time")  # type: ignore[attr-defined]

    elsewhere = registry.create_run(registry.create_experiment("elsewhere").id)
    mismatch = T.LoggedModel(experiment_id=experiment.id, name="m", run_id=elsewhere.id)
    refused(lambda: call(registry.tracking.CreateLoggedModel, T.CreateLoggedModelRequest(logged_model=mismatch)),
            FailedPrecondition, "EXPERIMENT_MISMATCH")  # fmt: skip
    for bad in [T.LoggedModel(experiment_id=experiment.id), T.LoggedModel(name="x"),
                T.LoggedModel(experiment_id=experiment.id, name="x", tags={"bad key": "v"})]:  # fmt: skip
        refused(lambda b=bad: call(registry.tracking.CreateLoggedModel, T.CreateLoggedModelRequest(logged_model=b)),
                InvalidArgument, "INVALID_FIELD")  # fmt: skip


def test_the_sdk_logs_a_directory_as_a_runs_files(registry: Registry, tmp_path: Path) -> None:
    run = registry.create_run(registry.create_experiment("sdk-files").id)
    out = tmp_path / "out"  # tmp_path itself holds the server's database
    out.mkdir()
    (out / "plots").mkdir()
    (out / "plots" / "roc.png").write_bytes(b"\x89PNG roc")
    (out / "plots" / "copy.png").write_bytes(b"\x89PNG roc")  # the same bytes: one blob
    (out / "report.md").write_text("# auc 0.93\n")
    logged = registry.log_artifacts(run.id, out, artifact_path="eval")
    assert sorted(e.path for e in logged) == ["eval/plots/copy.png", "eval/plots/roc.png", "eval/report.md"]
    listed = registry.list_artifacts(run.id, "eval/plots")
    assert [f.path for f in listed] == ["eval/plots/copy.png", "eval/plots/roc.png"]
    assert listed[0].digest == listed[1].digest
    assert listed[0].digest.hash == hashlib.sha256(b"\x89PNG roc").hexdigest()
    assert listed[0].media_type == "image/png"
    (out / "report.md").write_text("# auc 0.94\n")
    registry.log_artifacts(run.id, out / "report.md", artifact_path="eval")
    [report] = registry.list_artifacts(run.id, "eval/report.md")
    assert report.digest.hash == hashlib.sha256(b"# auc 0.94\n").hexdigest()
    refused(lambda: registry.list_artifacts("run_0123456789abcdef0123456789abcdef"), NotFound, "RUN_NOT_FOUND")


def test_a_deleted_run_is_hidden_closed_to_logging_and_restorable(registry: Registry) -> None:
    experiment = registry.create_experiment("deletions")
    kept, gone = (registry.create_run(experiment.id, name=n) for n in ("kept", "gone"))
    registry.log_batch(gone.id, params={"lr": "0.1"})
    deleted = call(registry.tracking.DeleteRun, T.DeleteRunRequest(run_id=gone.id)).run  # type: ignore[attr-defined]
    assert deleted.HasField("delete_time") and deleted.params["lr"] == "0.1"
    error = refused(lambda: registry.get_run(gone.id), NotFound, "RUN_NOT_FOUND")
    assert "UndeleteRun" in error.message
    shown = call(registry.tracking.GetRun, T.GetRunRequest(run_id=gone.id, show_deleted=True)).run  # type: ignore[attr-defined]
    assert shown.name == "gone" and shown.HasField("delete_time")
    assert [r.name for r in registry.list_runs([experiment.id])] == ["kept"]
    every = T.ListRunsRequest(experiment_ids=[experiment.id], show_deleted=True, order_by="name")
    assert [r.name for r in call(registry.tracking.ListRuns, every).runs] == ["gone", "kept"]  # type: ignore[attr-defined]
    refused(lambda: registry.log_batch(gone.id, params={"depth": "3"}), NotFound, "RUN_NOT_FOUND")

    restored = call(registry.tracking.UndeleteRun, T.UndeleteRunRequest(run_id=gone.id)).run  # type: ignore[attr-defined]
    assert not restored.HasField("delete_time")
    registry.log_batch(gone.id, params={"depth": "3"})
    assert dict(registry.get_run(gone.id).params) == {"lr": "0.1", "depth": "3"}
    assert kept.id != gone.id
    refused(lambda: call(registry.tracking.DeleteRun, T.DeleteRunRequest(run_id="run_nope")), NotFound, "RUN_NOT_FOUND")
