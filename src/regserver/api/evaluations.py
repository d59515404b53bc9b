"""Evaluation servicer: evaluation records, comparisons, and their protobuf mapping."""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import evaluation_pb2 as pb
from regserver_client.v1 import evaluation_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.domain.errors import invalid_field
from regserver.domain.evaluations import (
    Evaluation,
    EvaluationFilter,
    Evaluations,
    NumberDiff,
    ParamDiff,
    VersionRef,
)

Context = grpc.aio.ServicerContext[Any, Any]

_SOURCES = {
    pb.EVALUATION_SOURCE_UNSPECIFIED: "",
    pb.EVALUATION_SOURCE_OFFLINE: "OFFLINE",
    pb.EVALUATION_SOURCE_MONITORING: "MONITORING",
}


def _source(value: int, field: str) -> str:
    if value not in _SOURCES:
        raise invalid_field(field, f"{field} {value} is not a known EvaluationSource")
    return _SOURCES[value]  # type: ignore[index]


def _source_pb(name: str) -> pb.EvaluationSource:
    return pb.EvaluationSource.Value(f"EVALUATION_SOURCE_{name}") if name else pb.EVALUATION_SOURCE_UNSPECIFIED  # type: ignore[return-value]


def evaluation_pb(e: Evaluation) -> pb.EvaluationRecord:
    return pb.EvaluationRecord(
        id=e.id,
        model_name=e.model_name,
        version=e.version,
        key=e.key,
        value=e.value,
        dataset_digest=e.dataset_digest,
        slice=e.slice,
        source=_source_pb(e.source),
        time=convert.timestamp(e.time),
        principal=e.principal,
        create_time=convert.timestamp(e.create_time),
    )


def evaluation(e: pb.EvaluationRecord, i: int) -> Evaluation:
    return Evaluation(
        key=e.key,
        value=e.value,
        dataset_digest=e.dataset_digest,
        slice=e.slice,
        source=_source(e.source, f"evaluations[{i}].source") or "OFFLINE",
        time=convert.micros(e, "time") or 0,
    )


def _ref(s: pb.ModelVersionSelector) -> VersionRef:
    return VersionRef(s.version, s.alias)


def _result(name: str) -> pb.ComparisonResult:
    return pb.ComparisonResult.Value(f"COMPARISON_RESULT_{name}")  # type: ignore[return-value]


def param_pb(d: ParamDiff) -> pb.ParamComparison:
    return pb.ParamComparison(key=d.key, a=d.a, b=d.b, result=_result(d.result))


def number_pb(d: NumberDiff) -> pb.NumberComparison:
    return pb.NumberComparison(
        key=d.key,
        dataset_digest=d.dataset_digest,
        slice=d.slice,
        source=_source_pb(d.source),
        a=d.a,
        b=d.b,
        result=_result(d.result),
        delta=d.delta,
    )


class EvaluationServicer(evaluation_pb2_grpc.EvaluationServicer):
    def __init__(self, evaluations: Evaluations) -> None:
        self._evaluations = evaluations

    @handles_errors
    async def LogEvaluations(self, request: pb.LogEvaluationsRequest, context: Context) -> pb.LogEvaluationsResponse:
        items = [evaluation(e, i) for i, e in enumerate(request.evaluations)]
        stored = await self._evaluations.log_evaluations(request.model_name, request.version, items)
        return pb.LogEvaluationsResponse(evaluations=[evaluation_pb(e) for e in stored])

    @handles_errors
    async def ListEvaluations(self, request: pb.ListEvaluationsRequest, context: Context) -> pb.ListEvaluationsResponse:
        where = EvaluationFilter(
            key=request.key,
            dataset_digest=request.dataset_digest,
            slice=request.slice,
            unsliced_only=request.unsliced_only,
            source=_source(request.source, "source"),
        )
        page = await self._evaluations.list_evaluations(
            request.model_name, request.version, where, request.page_size, request.page_token
        )
        return pb.ListEvaluationsResponse(
            evaluations=[evaluation_pb(e) for e in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def CompareModelVersions(
        self, request: pb.CompareModelVersionsRequest, context: Context
    ) -> pb.CompareModelVersionsResponse:
        c = await self._evaluations.compare(request.model_name, _ref(request.a), _ref(request.b))
        return pb.CompareModelVersionsResponse(
            a=convert.version_pb(c.a),
            b=convert.version_pb(c.b),
            params=[param_pb(d) for d in c.params],
            run_metrics=[number_pb(d) for d in c.run_metrics],
            version_metrics=[number_pb(d) for d in c.version_metrics],
            evaluations=[number_pb(d) for d in c.evaluations],
        )
