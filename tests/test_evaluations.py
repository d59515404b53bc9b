"""Evaluation and monitoring records over real gRPC, on SQLite and PostgreSQL: recording (one or a batch, one
transaction), listing with filters and paging, CompareModelVersions by number and by alias, `metrics.<key>`
filters on ListModelVersions reading the latest unsliced evaluation, and bad input refused precisely."""

from __future__ import annotations

import hashlib
import math

import grpc
import pytest
from regserver_client import InvalidArgument, NotFound, Registry, RegistryError, from_rpc_error
from regserver_client.v1 import evaluation_pb2 as E

from tests.support.server import ServerThread

OFFLINE, MONITORING = E.EVALUATION_SOURCE_OFFLINE, E.EVALUATION_SOURCE_MONITORING
ONLY_IN_A, ONLY_IN_B, EQUAL, DIFFERENT = (
    E.COMPARISON_RESULT_ONLY_IN_A,
    E.COMPARISON_RESULT_ONLY_IN_B,
    E.COMPARISON_RESULT_EQUAL,
    E.COMPARISON_RESULT_DIFFERENT,
)
HOLDOUT = hashlib.sha256(b"holdout-2026-11").hexdigest()


def refused(call: object, error: type[RegistryError], reason: str) -> RegistryError:
    with pytest.raises(error) as caught:
        call()  # type: ignore[operator]
    assert caught.value.reason == reason, (caught.value.reason, caught.value.message)
    return caught.value


def raw_log(registry: Registry, request: E.LogEvaluationsRequest) -> E.LogEvaluationsResponse:
    """LogEvaluations through the generated stub, so values the SDK would refuse reach the server."""
    try:
        response: E.LogEvaluationsResponse = registry.evaluation.LogEvaluations(request)
    except grpc.RpcError as e:
        raise from_rpc_error(e) from e  # type: ignore[arg-type]
    return response


def test_record_list_and_page(registry: Registry) -> None:
    registry.create_model("fraud")
    before = registry.create_version("fraud")
    first = registry.log_evaluation("fraud", 1, "auc", 0.91, dataset_digest=HOLDOUT, at=1_800_000_000)
    assert first.id.startswith("eval_") and first.model_name == "fraud" and first.version == 1
    assert first.principal == "anonymous" and first.source == OFFLINE and first.time.seconds == 1_800_000_000
    stored = registry.log_evaluations(
        "fraud",
        1,
        {"auc": 0.88, "recall": 0.7},
        dataset_digest=HOLDOUT,
        slice="country=DE",
        at=1_800_000_100,
    )
    assert [(e.key, e.slice) for e in stored] == [("auc", "country=DE"), ("recall", "country=DE")]
    monitoring = [
        E.EvaluationRecord(key="auc", value=0.80 + i / 1000, source=MONITORING, time={"seconds": 1_800_001_000 + i})
        for i in range(250)
    ]
    registry.log_evaluations("fraud", 1, monitoring)

    everything = list(registry.list_evaluations("fraud", 1, page_size=7))
    assert len(everything) == 253
    # Newest first, every record once.
    assert everything[0].value == pytest.approx(0.80 + 249 / 1000) and everything[-1].id == first.id
    assert len({e.id for e in everything}) == 253
    assert [e.time.seconds for e in everything] == sorted((e.time.seconds for e in everything), reverse=True)

    assert len(list(registry.list_evaluations("fraud", 1, source="MONITORING", page_size=100))) == 250
    assert [e.value for e in registry.list_evaluations("fraud", 1, key="recall")] == [0.7]
    assert {e.value for e in registry.list_evaluations("fraud", 1, slice="country=DE")} == {0.88, 0.7}
    unsliced_offline = list(registry.list_evaluations("fraud", 1, unsliced_only=True, source="OFFLINE"))
    assert [e.value for e in unsliced_offline] == [0.91]
    assert len(list(registry.list_evaluations("fraud", 1, dataset_digest=HOLDOUT))) == 3

    # A page token belongs to its query.
    page = registry.evaluation.ListEvaluations(E.ListEvaluationsRequest(model_name="fraud", version=1, page_size=2))
    assert page.next_page_token
    with pytest.raises(grpc.RpcError) as caught:
        registry.evaluation.ListEvaluations(
            E.ListEvaluationsRequest(model_name="fraud", version=1, key="auc", page_token=page.next_page_token)
        )
    error = from_rpc_error(caught.value)  # type: ignore[arg-type]
    assert isinstance(error, InvalidArgument) and error.reason == "INVALID_PAGE_TOKEN"

    # Recording does not change the version.
    after = registry.get_version("fraud", 1)
    assert (after.etag, after.update_time) == (before.etag, before.update_time)


def test_batch_is_one_transaction_and_bad_input_is_refused(registry: Registry) -> None:
    registry.create_model("fraud")
    registry.create_version("fraud")
    for value in (math.nan, math.inf, -math.inf):
        request = E.LogEvaluationsRequest(
            model_name="fraud",
            version=1,
            evaluations=[E.EvaluationRecord(key="ok", value=1.0), E.EvaluationRecord(key="auc", value=value)],
        )
        error = refused(lambda r=request: raw_log(registry, r), InvalidArgument, "INVALID_FIELD")  # type: ignore[misc]
        assert error.metadata["field"] == "evaluations[1].value" and "finite" in error.message
    assert list(registry.list_evaluations("fraud", 1)) == []
    with pytest.raises(ValueError, match="finite"):
        registry.log_evaluation("fraud", 1, "auc", math.nan)

    error = refused(lambda: registry.log_evaluation("fraud", 1, "k" * 251, 1.0), InvalidArgument, "INVALID_FIELD")
    assert error.metadata["field"] == "evaluations[0].key" and "251" in error.message and "250" in error.message
    too_many = {f"m{i}": float(i) for i in range(1001)}
    error = refused(lambda: registry.log_evaluations("fraud", 1, too_many), InvalidArgument, "INVALID_FIELD")
    assert error.metadata["field"] == "evaluations" and "1000" in error.message
    error = refused(
        lambda: registry.log_evaluation("fraud", 1, "auc", 0.9, dataset_digest="abc"), InvalidArgument, "INVALID_FIELD"
    )
    assert error.metadata["field"] == "evaluations[0].dataset_digest" and "64 lowercase hex" in error.message
    error = refused(
        lambda: registry.log_evaluation("fraud", 1, "auc", 0.9, slice="s" * 257), InvalidArgument, "INVALID_FIELD"
    )
    assert "256" in error.message
    refused(lambda: registry.log_evaluations("fraud", 1, {}), InvalidArgument, "INVALID_FIELD")
    assert list(registry.list_evaluations("fraud", 1)) == []

    refused(lambda: registry.log_evaluation("fraud", 2, "auc", 0.9), NotFound, "MODEL_VERSION_NOT_FOUND")
    refused(lambda: registry.log_evaluation("nope", 1, "auc", 0.9), NotFound, "MODEL_NOT_FOUND")
    refused(lambda: list(registry.list_evaluations("fraud", 9)), NotFound, "MODEL_VERSION_NOT_FOUND")
    registry.delete_version("fraud", 1)
    refused(lambda: registry.log_evaluation("fraud", 1, "auc", 0.9), NotFound, "MODEL_VERSION_NOT_FOUND")

    # The limit itself is fine.
    registry.create_version("fraud")
    assert len(registry.log_evaluations("fraud", 2, dict(list(too_many.items())[:1000]))) == 1000
    assert len(list(registry.list_evaluations("fraud", 2, page_size=1000))) == 1000
    with pytest.raises(grpc.RpcError) as caught:
        registry.evaluation.ListEvaluations(
            E.ListEvaluationsRequest(model_name="fraud", version=2, slice="a", unsliced_only=True)
        )
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT  # type: ignore[attr-defined]


def test_compare_by_number_and_alias(registry: Registry) -> None:
    experiment = registry.create_experiment("fraud").id
    champion_run = registry.create_run(experiment)
    registry.log_batch(champion_run.id, metrics={"loss": 0.5}, params={"lr": "0.1", "depth": "6", "sampler": "uniform"})
    registry.log_batch(champion_run.id, metrics={"loss": 0.4}, step=2)
    challenger_run = registry.create_run(experiment)
    registry.log_batch(challenger_run.id, metrics={"loss": 0.3, "aux": 1.0}, params={"lr": "0.05", "depth": "6"})
    registry.create_model("fraud")
    registry.create_version("fraud", run_id=champion_run.id, metrics={"size_mb": 10.0})
    registry.create_version("fraud", run_id=challenger_run.id, metrics={"size_mb": 12.5})
    registry.set_alias("fraud", "champion", 1)
    registry.set_alias("fraud", "challenger", 2)
    registry.log_evaluations("fraud", 1, {"auc": 0.90, "f1": 0.7}, dataset_digest=HOLDOUT)
    registry.log_evaluations("fraud", 1, {"auc": 0.91}, dataset_digest=HOLDOUT)  # the latest counts
    registry.log_evaluations("fraud", 2, {"auc": 0.93, "f1": 0.7}, dataset_digest=HOLDOUT)
    registry.log_evaluation("fraud", 2, "auc", 0.85, source="MONITORING")

    by_alias = registry.compare_versions("fraud", "champion", "challenger")
    assert (by_alias.a.version, by_alias.b.version) == (1, 2)
    assert {p.key: (p.a if p.HasField("a") else None, p.b if p.HasField("b") else None, p.result)
            for p in by_alias.params} == {
        "depth": ("6", "6", EQUAL),
        "lr": ("0.1", "0.05", DIFFERENT),
        "sampler": ("uniform", None, ONLY_IN_A),
    }  # fmt: skip
    metrics = {m.key: m for m in by_alias.run_metrics}
    assert metrics["loss"].a == 0.4 and metrics["loss"].b == 0.3 and metrics["loss"].result == DIFFERENT
    assert metrics["loss"].delta == pytest.approx(-0.1)
    assert metrics["aux"].result == ONLY_IN_B and not metrics["aux"].HasField("a")
    assert not metrics["aux"].HasField("delta")
    [size] = by_alias.version_metrics
    assert (size.key, size.delta, size.result) == ("size_mb", 2.5, DIFFERENT)
    evals = [(e.key, e.dataset_digest, e.source, e.result) for e in by_alias.evaluations]
    assert evals == [
        ("auc", "", MONITORING, ONLY_IN_B),
        ("auc", HOLDOUT, OFFLINE, DIFFERENT),
        ("f1", HOLDOUT, OFFLINE, EQUAL),
    ]
    auc = by_alias.evaluations[1]
    assert (auc.a, auc.b, auc.delta) == (0.91, 0.93, pytest.approx(0.02))

    by_number = registry.compare_versions("fraud", 1, 2)
    assert by_number.evaluations == by_alias.evaluations and by_number.params == by_alias.params
    mixed = registry.compare_versions("fraud", 2, "champion")
    assert [(p.key, p.result) for p in mixed.params][-1] == ("sampler", ONLY_IN_B)

    refused(lambda: registry.compare_versions("fraud", "champion", "nobody"), NotFound, "ALIAS_NOT_FOUND")
    refused(lambda: registry.compare_versions("fraud", 1, 7), NotFound, "MODEL_VERSION_NOT_FOUND")
    refused(lambda: registry.compare_versions("nope", 1, 2), NotFound, "MODEL_NOT_FOUND")
    with pytest.raises(grpc.RpcError) as caught:
        registry.evaluation.CompareModelVersions(
            E.CompareModelVersionsRequest(
                model_name="fraud", a=E.ModelVersionSelector(version=1, alias="champion"), b=E.ModelVersionSelector()
            )
        )
    error = from_rpc_error(caught.value)  # type: ignore[arg-type]
    assert isinstance(error, InvalidArgument) and error.metadata["field"] == "a" and "exactly one" in error.message


def test_metrics_filter_reads_the_latest_unsliced_evaluation(registry: Registry) -> None:
    registry.create_model("fraud")
    for _ in range(4):
        registry.create_version("fraud")
    registry.create_model("churn")
    registry.create_version("churn", metrics={"auc": 0.95})  # registered with a value, never evaluated
    registry.log_evaluation("fraud", 1, "auc", 0.95, at=1_800_000_000)
    registry.log_evaluation("fraud", 1, "auc", 0.85, at=1_800_000_100)  # later: it counts
    registry.log_evaluation("fraud", 2, "auc", 0.93, at=1_800_000_100)
    registry.log_evaluation("fraud", 2, "auc", 0.50, at=1_800_000_000)  # recorded later but measured earlier
    registry.log_evaluation("fraud", 2, "auc", 0.10, slice="country=DE", at=1_800_000_200)  # slices never count
    registry.log_evaluation("fraud", 3, "auc", 0.99, slice="country=DE")
    registry.log_evaluations("fraud", 4, {"auc": 0.92, "latency_ms": 12.0}, source="MONITORING")

    def versions(filter: str, model: str = "") -> list[tuple[str, int]]:
        return [(v.model_name, v.version) for v in registry.list_versions(model, filter=filter, page_size=2)]

    assert versions("metrics.auc > 0.9", "fraud") == [("fraud", 4), ("fraud", 2)]
    assert versions("metrics.auc > 0.9") == [("churn", 1), ("fraud", 4), ("fraud", 2)]
    assert versions("metrics.auc < 0.9", "fraud") == [("fraud", 1)]
    assert versions("NOT metrics.auc > 0.9", "fraud") == [("fraud", 3), ("fraud", 1)]
    assert versions("metrics.auc > 0.9 AND metrics.latency_ms <= 12") == [("fraud", 4)]
    assert versions("metrics.auc = 0.93 OR metrics.auc = 0.85", "fraud") == [("fraud", 2), ("fraud", 1)]
    # An evaluation replaces the registration value.
    registry.log_evaluation("churn", 1, "auc", 0.8)
    assert versions("metrics.auc > 0.9") == [("fraud", 4), ("fraud", 2)]
    assert registry.get_version("churn", 1).metrics["auc"] == 0.95  # what was registered stays on the version


def test_evaluation_service_is_served_and_healthy(server: ServerThread) -> None:
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(server.target) as channel:
        check = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service="regserver.v1.Evaluation")
        )
    assert check.status == health_pb2.HealthCheckResponse.SERVING
