"""Governance servicer: promotion policies, requests, approval, rollback, history, and their protobuf mapping.

Each mutation names the response it will give before calling the domain (audited), so the
audit record written in the change's transaction holds exactly that response.
"""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import governance_pb2 as pb
from regserver_client.v1 import governance_pb2_grpc, model_pb2

from regserver.api import convert
from regserver.api.audit import audited
from regserver.api.errors import handles_errors
from regserver.domain.errors import invalid_field
from regserver.domain.governance import (
    Approval,
    BeatChampion,
    Gate,
    Governance,
    HistoryEntry,
    Kind,
    Policy,
    PromotionRequest,
    Protected,
    State,
    Target,
    Threshold,
)
from regserver.domain.models import ModelVersion

Context = grpc.aio.ServicerContext[Any, Any]

_COMPARISONS = {
    pb.COMPARISON_GREATER: ">",
    pb.COMPARISON_GREATER_OR_EQUAL: ">=",
    pb.COMPARISON_LESS: "<",
    pb.COMPARISON_LESS_OR_EQUAL: "<=",
}
_COMPARISONS_PB = {v: k for k, v in _COMPARISONS.items()}
_STATES = {
    pb.PROMOTION_STATE_PENDING: State.PENDING,
    pb.PROMOTION_STATE_APPROVED: State.APPROVED,
    pb.PROMOTION_STATE_REJECTED: State.REJECTED,
    pb.PROMOTION_STATE_WITHDRAWN: State.WITHDRAWN,
}
_STATES_PB = {v: k for k, v in _STATES.items()}


def target(t: pb.PromotionTarget, field: str) -> Target | None:
    which = t.WhichOneof("kind")
    if which == "alias":
        return Target(Kind.ALIAS, t.alias)
    if which == "stage":
        stage = convert.stage(t.stage)
        if stage is None:
            raise invalid_field(f"{field}.stage", f"{field}.stage is required")
        return Target(Kind.STAGE, stage.value)
    return None


def target_pb(t: Target) -> pb.PromotionTarget:
    if t.kind is Kind.ALIAS:
        return pb.PromotionTarget(alias=t.name)
    return pb.PromotionTarget(stage=model_pb2.Stage.Value(f"STAGE_{t.name}"))  # type: ignore[arg-type]


def protected(p: pb.ProtectedTarget, i: int) -> Protected:
    where = f"policy.protected_targets[{i}]"
    to = target(p.target, f"{where}.target")
    if to is None:
        raise invalid_field(f"{where}.target", f"{where}.target is required: an alias or a stage")
    thresholds = []
    for j, t in enumerate(p.metric_thresholds):
        thresholds.append(Threshold(t.metric, _COMPARISONS.get(t.comparison, ""), t.value))
        if t.comparison not in _COMPARISONS:
            raise invalid_field(
                f"{where}.metric_thresholds[{j}].comparison",
                f"{where}.metric_thresholds[{j}].comparison is required (COMPARISON_GREATER, ...)",
            )
    beat = p.beat_champion
    champion = BeatChampion(beat.metric, beat.lower_is_better, beat.min_improvement)
    return Protected(
        target=to,
        require_signature=p.require_signature,
        required_tags=tuple(sorted(p.required_tags.items())),
        thresholds=tuple(thresholds),
        beat_champion=champion if p.HasField("beat_champion") else None,
        archive_previous=p.archive_previous_holder,
    )


def policy_pb(p: Policy) -> pb.PromotionPolicy:
    return pb.PromotionPolicy(
        model_name=p.model_name,
        protected_targets=[
            pb.ProtectedTarget(
                target=target_pb(t.target),
                require_signature=t.require_signature,
                required_tags=dict(t.required_tags),
                metric_thresholds=[
                    pb.MetricThreshold(metric=m.metric, comparison=_COMPARISONS_PB[m.comparison], value=m.value)
                    for m in t.thresholds
                ],
                beat_champion=(
                    pb.ChampionComparison(
                        metric=t.beat_champion.metric,
                        lower_is_better=t.beat_champion.lower_is_better,
                        min_improvement=t.beat_champion.min_improvement,
                    )
                    if t.beat_champion is not None
                    else None
                ),
                archive_previous_holder=t.archive_previous,
            )
            for t in p.protected
        ],
        update_time=convert.timestamp(p.update_time) if p.update_time else None,
        updater=p.updater,
        etag=p.etag,
    )


def _gate_pb(g: Gate) -> pb.GateResult:
    return pb.GateResult(check=g.check, passed=g.passed, detail=g.detail)


def request_pb(r: PromotionRequest) -> pb.PromotionRequest:
    return pb.PromotionRequest(
        id=r.id,
        model_name=r.model_name,
        version=r.version,
        target=target_pb(r.target),
        comment=r.comment,
        requester=r.requester,
        state=_STATES_PB[r.state],
        create_time=convert.timestamp(r.create_time),
        decider=r.decider,
        decision_comment=r.decision_comment,
        decide_time=convert.timestamp(r.decide_time),
        gate_results=[_gate_pb(g) for g in r.gates],
        previous_version=r.previous_version,
    )


def history_pb(e: HistoryEntry) -> pb.TargetHistoryEntry:
    return pb.TargetHistoryEntry(
        model_name=e.model_name,
        target=target_pb(e.target),
        version=e.version,
        start_time=convert.timestamp(e.start_time),
        end_time=convert.timestamp(e.end_time),
        principal=e.principal,
        promotion_request_id=e.request_id,
        cause=e.cause,
    )


class GovernanceServicer(governance_pb2_grpc.GovernanceServicer):
    def __init__(self, governance: Governance) -> None:
        self._governance = governance

    @handles_errors
    async def GetPromotionPolicy(
        self, request: pb.GetPromotionPolicyRequest, context: Context
    ) -> pb.GetPromotionPolicyResponse:
        policy = await self._governance.get_policy(request.model_name)
        return pb.GetPromotionPolicyResponse(policy=policy_pb(policy))

    @handles_errors
    async def SetPromotionPolicy(
        self, request: pb.SetPromotionPolicyRequest, context: Context
    ) -> pb.SetPromotionPolicyResponse:
        items = [protected(p, i) for i, p in enumerate(request.policy.protected_targets)]
        respond = audited(lambda p: pb.SetPromotionPolicyResponse(policy=policy_pb(p)))
        return respond(await self._governance.set_policy(request.model_name, items, request.etag))

    @handles_errors
    async def RequestPromotion(
        self, request: pb.RequestPromotionRequest, context: Context
    ) -> pb.RequestPromotionResponse:
        to = target(request.target, "target")
        respond = audited(lambda r: pb.RequestPromotionResponse(promotion_request=request_pb(r)))
        made = await self._governance.request_promotion(request.model_name, request.version, to, request.comment)
        return respond(made)

    @handles_errors
    async def GetPromotionRequest(
        self, request: pb.GetPromotionRequestRequest, context: Context
    ) -> pb.GetPromotionRequestResponse:
        found = await self._governance.get_request(request.id)
        return pb.GetPromotionRequestResponse(promotion_request=request_pb(found))

    @handles_errors
    async def ListPromotionRequests(
        self, request: pb.ListPromotionRequestsRequest, context: Context
    ) -> pb.ListPromotionRequestsResponse:
        if request.state != pb.PROMOTION_STATE_UNSPECIFIED and request.state not in _STATES:
            raise invalid_field("state", f"state {request.state} is not a known PromotionState")
        state = _STATES.get(request.state)
        page = await self._governance.list_requests(request.model_name, state, request.page_size, request.page_token)
        return pb.ListPromotionRequestsResponse(
            promotion_requests=[request_pb(r) for r in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def ApprovePromotion(
        self, request: pb.ApprovePromotionRequest, context: Context
    ) -> pb.ApprovePromotionResponse:
        def respond(a: Approval) -> pb.ApprovePromotionResponse:
            return pb.ApprovePromotionResponse(
                promotion_request=request_pb(a.request),
                model_version=convert.version_pb(a.version),
                archived_versions=[convert.version_pb(v) for v in a.archived],
            )

        return audited(respond)(await self._governance.approve(request.id, request.comment))

    @handles_errors
    async def RejectPromotion(self, request: pb.RejectPromotionRequest, context: Context) -> pb.RejectPromotionResponse:
        respond = audited(lambda r: pb.RejectPromotionResponse(promotion_request=request_pb(r)))
        return respond(await self._governance.reject(request.id, request.comment))

    @handles_errors
    async def WithdrawPromotion(
        self, request: pb.WithdrawPromotionRequest, context: Context
    ) -> pb.WithdrawPromotionResponse:
        respond = audited(lambda r: pb.WithdrawPromotionResponse(promotion_request=request_pb(r)))
        return respond(await self._governance.withdraw(request.id, request.comment))

    @handles_errors
    async def Rollback(self, request: pb.RollbackRequest, context: Context) -> pb.RollbackResponse:
        def respond(result: tuple[ModelVersion, int]) -> pb.RollbackResponse:
            return pb.RollbackResponse(model_version=convert.version_pb(result[0]), previous_version=result[1])

        return audited(respond)(await self._governance.rollback(request.model_name, request.alias, request.comment))

    @handles_errors
    async def ListTargetHistory(
        self, request: pb.ListTargetHistoryRequest, context: Context
    ) -> pb.ListTargetHistoryResponse:
        at = convert.micros(request, "at_time")
        page = await self._governance.history(
            request.model_name, target(request.target, "target"), at, request.page_size, request.page_token
        )
        return pb.ListTargetHistoryResponse(
            entries=[history_pb(e) for e in page.items], next_page_token=page.next_page_token
        )
