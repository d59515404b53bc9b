import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from . import model_pb2 as _model_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Comparison(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPARISON_UNSPECIFIED: _ClassVar[Comparison]
    COMPARISON_GREATER: _ClassVar[Comparison]
    COMPARISON_GREATER_OR_EQUAL: _ClassVar[Comparison]
    COMPARISON_LESS: _ClassVar[Comparison]
    COMPARISON_LESS_OR_EQUAL: _ClassVar[Comparison]

class PromotionState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROMOTION_STATE_UNSPECIFIED: _ClassVar[PromotionState]
    PROMOTION_STATE_PENDING: _ClassVar[PromotionState]
    PROMOTION_STATE_APPROVED: _ClassVar[PromotionState]
    PROMOTION_STATE_REJECTED: _ClassVar[PromotionState]
    PROMOTION_STATE_WITHDRAWN: _ClassVar[PromotionState]
COMPARISON_UNSPECIFIED: Comparison
COMPARISON_GREATER: Comparison
COMPARISON_GREATER_OR_EQUAL: Comparison
COMPARISON_LESS: Comparison
COMPARISON_LESS_OR_EQUAL: Comparison
PROMOTION_STATE_UNSPECIFIED: PromotionState
PROMOTION_STATE_PENDING: PromotionState
PROMOTION_STATE_APPROVED: PromotionState
PROMOTION_STATE_REJECTED: PromotionState
PROMOTION_STATE_WITHDRAWN: PromotionState

class PromotionTarget(_message.Message):
    __slots__ = ("alias", "stage")
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    alias: str
    stage: _model_pb2.Stage
    def __init__(self, alias: _Optional[str] = ..., stage: _Optional[_Union[_model_pb2.Stage, str]] = ...) -> None: ...

class MetricThreshold(_message.Message):
    __slots__ = ("metric", "comparison", "value")
    METRIC_FIELD_NUMBER: _ClassVar[int]
    COMPARISON_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    metric: str
    comparison: Comparison
    value: float
    def __init__(self, metric: _Optional[str] = ..., comparison: _Optional[_Union[Comparison, str]] = ..., value: _Optional[float] = ...) -> None: ...

class ChampionComparison(_message.Message):
    __slots__ = ("metric", "lower_is_better", "min_improvement")
    METRIC_FIELD_NUMBER: _ClassVar[int]
    LOWER_IS_BETTER_FIELD_NUMBER: _ClassVar[int]
    MIN_IMPROVEMENT_FIELD_NUMBER: _ClassVar[int]
    metric: str
    lower_is_better: bool
    min_improvement: float
    def __init__(self, metric: _Optional[str] = ..., lower_is_better: _Optional[bool] = ..., min_improvement: _Optional[float] = ...) -> None: ...

class ProtectedTarget(_message.Message):
    __slots__ = ("target", "require_signature", "required_tags", "metric_thresholds", "beat_champion", "archive_previous_holder")
    class RequiredTagsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TARGET_FIELD_NUMBER: _ClassVar[int]
    REQUIRE_SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    REQUIRED_TAGS_FIELD_NUMBER: _ClassVar[int]
    METRIC_THRESHOLDS_FIELD_NUMBER: _ClassVar[int]
    BEAT_CHAMPION_FIELD_NUMBER: _ClassVar[int]
    ARCHIVE_PREVIOUS_HOLDER_FIELD_NUMBER: _ClassVar[int]
    target: PromotionTarget
    require_signature: bool
    required_tags: _containers.ScalarMap[str, str]
    metric_thresholds: _containers.RepeatedCompositeFieldContainer[MetricThreshold]
    beat_champion: ChampionComparison
    archive_previous_holder: bool
    def __init__(self, target: _Optional[_Union[PromotionTarget, _Mapping]] = ..., require_signature: _Optional[bool] = ..., required_tags: _Optional[_Mapping[str, str]] = ..., metric_thresholds: _Optional[_Iterable[_Union[MetricThreshold, _Mapping]]] = ..., beat_champion: _Optional[_Union[ChampionComparison, _Mapping]] = ..., archive_previous_holder: _Optional[bool] = ...) -> None: ...

class PromotionPolicy(_message.Message):
    __slots__ = ("model_name", "protected_targets", "update_time", "updater", "etag")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    PROTECTED_TARGETS_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATER_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    protected_targets: _containers.RepeatedCompositeFieldContainer[ProtectedTarget]
    update_time: _timestamp_pb2.Timestamp
    updater: str
    etag: str
    def __init__(self, model_name: _Optional[str] = ..., protected_targets: _Optional[_Iterable[_Union[ProtectedTarget, _Mapping]]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., updater: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class GateResult(_message.Message):
    __slots__ = ("check", "passed", "detail")
    CHECK_FIELD_NUMBER: _ClassVar[int]
    PASSED_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    check: str
    passed: bool
    detail: str
    def __init__(self, check: _Optional[str] = ..., passed: _Optional[bool] = ..., detail: _Optional[str] = ...) -> None: ...

class PromotionRequest(_message.Message):
    __slots__ = ("id", "model_name", "version", "target", "comment", "requester", "state", "create_time", "decider", "decision_comment", "decide_time", "gate_results", "previous_version")
    ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    REQUESTER_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    DECIDER_FIELD_NUMBER: _ClassVar[int]
    DECISION_COMMENT_FIELD_NUMBER: _ClassVar[int]
    DECIDE_TIME_FIELD_NUMBER: _ClassVar[int]
    GATE_RESULTS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    id: str
    model_name: str
    version: int
    target: PromotionTarget
    comment: str
    requester: str
    state: PromotionState
    create_time: _timestamp_pb2.Timestamp
    decider: str
    decision_comment: str
    decide_time: _timestamp_pb2.Timestamp
    gate_results: _containers.RepeatedCompositeFieldContainer[GateResult]
    previous_version: int
    def __init__(self, id: _Optional[str] = ..., model_name: _Optional[str] = ..., version: _Optional[int] = ..., target: _Optional[_Union[PromotionTarget, _Mapping]] = ..., comment: _Optional[str] = ..., requester: _Optional[str] = ..., state: _Optional[_Union[PromotionState, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., decider: _Optional[str] = ..., decision_comment: _Optional[str] = ..., decide_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., gate_results: _Optional[_Iterable[_Union[GateResult, _Mapping]]] = ..., previous_version: _Optional[int] = ...) -> None: ...

class TargetHistoryEntry(_message.Message):
    __slots__ = ("model_name", "target", "version", "start_time", "end_time", "principal", "promotion_request_id", "cause")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CAUSE_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    target: PromotionTarget
    version: int
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    principal: str
    promotion_request_id: str
    cause: str
    def __init__(self, model_name: _Optional[str] = ..., target: _Optional[_Union[PromotionTarget, _Mapping]] = ..., version: _Optional[int] = ..., start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., principal: _Optional[str] = ..., promotion_request_id: _Optional[str] = ..., cause: _Optional[str] = ...) -> None: ...

class GetPromotionPolicyRequest(_message.Message):
    __slots__ = ("model_name",)
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    def __init__(self, model_name: _Optional[str] = ...) -> None: ...

class GetPromotionPolicyResponse(_message.Message):
    __slots__ = ("policy",)
    POLICY_FIELD_NUMBER: _ClassVar[int]
    policy: PromotionPolicy
    def __init__(self, policy: _Optional[_Union[PromotionPolicy, _Mapping]] = ...) -> None: ...

class SetPromotionPolicyRequest(_message.Message):
    __slots__ = ("model_name", "policy", "etag")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    policy: PromotionPolicy
    etag: str
    def __init__(self, model_name: _Optional[str] = ..., policy: _Optional[_Union[PromotionPolicy, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class SetPromotionPolicyResponse(_message.Message):
    __slots__ = ("policy",)
    POLICY_FIELD_NUMBER: _ClassVar[int]
    policy: PromotionPolicy
    def __init__(self, policy: _Optional[_Union[PromotionPolicy, _Mapping]] = ...) -> None: ...

class RequestPromotionRequest(_message.Message):
    __slots__ = ("model_name", "version", "target", "comment")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    target: PromotionTarget
    comment: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., target: _Optional[_Union[PromotionTarget, _Mapping]] = ..., comment: _Optional[str] = ...) -> None: ...

class RequestPromotionResponse(_message.Message):
    __slots__ = ("promotion_request",)
    PROMOTION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    promotion_request: PromotionRequest
    def __init__(self, promotion_request: _Optional[_Union[PromotionRequest, _Mapping]] = ...) -> None: ...

class GetPromotionRequestRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetPromotionRequestResponse(_message.Message):
    __slots__ = ("promotion_request",)
    PROMOTION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    promotion_request: PromotionRequest
    def __init__(self, promotion_request: _Optional[_Union[PromotionRequest, _Mapping]] = ...) -> None: ...

class ListPromotionRequestsRequest(_message.Message):
    __slots__ = ("model_name", "state", "page_size", "page_token")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    state: PromotionState
    page_size: int
    page_token: str
    def __init__(self, model_name: _Optional[str] = ..., state: _Optional[_Union[PromotionState, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListPromotionRequestsResponse(_message.Message):
    __slots__ = ("promotion_requests", "next_page_token")
    PROMOTION_REQUESTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    promotion_requests: _containers.RepeatedCompositeFieldContainer[PromotionRequest]
    next_page_token: str
    def __init__(self, promotion_requests: _Optional[_Iterable[_Union[PromotionRequest, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ApprovePromotionRequest(_message.Message):
    __slots__ = ("id", "comment")
    ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    comment: str
    def __init__(self, id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class ApprovePromotionResponse(_message.Message):
    __slots__ = ("promotion_request", "model_version", "archived_versions")
    PROMOTION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    promotion_request: PromotionRequest
    model_version: _model_pb2.ModelVersion
    archived_versions: _containers.RepeatedCompositeFieldContainer[_model_pb2.ModelVersion]
    def __init__(self, promotion_request: _Optional[_Union[PromotionRequest, _Mapping]] = ..., model_version: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., archived_versions: _Optional[_Iterable[_Union[_model_pb2.ModelVersion, _Mapping]]] = ...) -> None: ...

class RejectPromotionRequest(_message.Message):
    __slots__ = ("id", "comment")
    ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    comment: str
    def __init__(self, id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class RejectPromotionResponse(_message.Message):
    __slots__ = ("promotion_request",)
    PROMOTION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    promotion_request: PromotionRequest
    def __init__(self, promotion_request: _Optional[_Union[PromotionRequest, _Mapping]] = ...) -> None: ...

class WithdrawPromotionRequest(_message.Message):
    __slots__ = ("id", "comment")
    ID_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    id: str
    comment: str
    def __init__(self, id: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class WithdrawPromotionResponse(_message.Message):
    __slots__ = ("promotion_request",)
    PROMOTION_REQUEST_FIELD_NUMBER: _ClassVar[int]
    promotion_request: PromotionRequest
    def __init__(self, promotion_request: _Optional[_Union[PromotionRequest, _Mapping]] = ...) -> None: ...

class RollbackRequest(_message.Message):
    __slots__ = ("model_name", "alias", "comment")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    alias: str
    comment: str
    def __init__(self, model_name: _Optional[str] = ..., alias: _Optional[str] = ..., comment: _Optional[str] = ...) -> None: ...

class RollbackResponse(_message.Message):
    __slots__ = ("model_version", "previous_version")
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    model_version: _model_pb2.ModelVersion
    previous_version: int
    def __init__(self, model_version: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., previous_version: _Optional[int] = ...) -> None: ...

class ListTargetHistoryRequest(_message.Message):
    __slots__ = ("model_name", "target", "at_time", "page_size", "page_token")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    AT_TIME_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    target: PromotionTarget
    at_time: _timestamp_pb2.Timestamp
    page_size: int
    page_token: str
    def __init__(self, model_name: _Optional[str] = ..., target: _Optional[_Union[PromotionTarget, _Mapping]] = ..., at_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListTargetHistoryResponse(_message.Message):
    __slots__ = ("entries", "next_page_token")
    ENTRIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    entries: _containers.RepeatedCompositeFieldContainer[TargetHistoryEntry]
    next_page_token: str
    def __init__(self, entries: _Optional[_Iterable[_Union[TargetHistoryEntry, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
