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

class EvaluationSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVALUATION_SOURCE_UNSPECIFIED: _ClassVar[EvaluationSource]
    EVALUATION_SOURCE_OFFLINE: _ClassVar[EvaluationSource]
    EVALUATION_SOURCE_MONITORING: _ClassVar[EvaluationSource]

class ComparisonResult(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPARISON_RESULT_UNSPECIFIED: _ClassVar[ComparisonResult]
    COMPARISON_RESULT_ONLY_IN_A: _ClassVar[ComparisonResult]
    COMPARISON_RESULT_ONLY_IN_B: _ClassVar[ComparisonResult]
    COMPARISON_RESULT_EQUAL: _ClassVar[ComparisonResult]
    COMPARISON_RESULT_DIFFERENT: _ClassVar[ComparisonResult]
EVALUATION_SOURCE_UNSPECIFIED: EvaluationSource
EVALUATION_SOURCE_OFFLINE: EvaluationSource
EVALUATION_SOURCE_MONITORING: EvaluationSource
COMPARISON_RESULT_UNSPECIFIED: ComparisonResult
COMPARISON_RESULT_ONLY_IN_A: ComparisonResult
COMPARISON_RESULT_ONLY_IN_B: ComparisonResult
COMPARISON_RESULT_EQUAL: ComparisonResult
COMPARISON_RESULT_DIFFERENT: ComparisonResult

class EvaluationRecord(_message.Message):
    __slots__ = ("id", "model_name", "version", "key", "value", "dataset_digest", "slice", "source", "time", "principal", "create_time")
    ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    DATASET_DIGEST_FIELD_NUMBER: _ClassVar[int]
    SLICE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    id: str
    model_name: str
    version: int
    key: str
    value: float
    dataset_digest: str
    slice: str
    source: EvaluationSource
    time: _timestamp_pb2.Timestamp
    principal: str
    create_time: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., model_name: _Optional[str] = ..., version: _Optional[int] = ..., key: _Optional[str] = ..., value: _Optional[float] = ..., dataset_digest: _Optional[str] = ..., slice: _Optional[str] = ..., source: _Optional[_Union[EvaluationSource, str]] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., principal: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class LogEvaluationsRequest(_message.Message):
    __slots__ = ("model_name", "version", "evaluations")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    evaluations: _containers.RepeatedCompositeFieldContainer[EvaluationRecord]
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., evaluations: _Optional[_Iterable[_Union[EvaluationRecord, _Mapping]]] = ...) -> None: ...

class LogEvaluationsResponse(_message.Message):
    __slots__ = ("evaluations",)
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    evaluations: _containers.RepeatedCompositeFieldContainer[EvaluationRecord]
    def __init__(self, evaluations: _Optional[_Iterable[_Union[EvaluationRecord, _Mapping]]] = ...) -> None: ...

class ListEvaluationsRequest(_message.Message):
    __slots__ = ("model_name", "version", "key", "dataset_digest", "slice", "unsliced_only", "source", "page_size", "page_token")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DATASET_DIGEST_FIELD_NUMBER: _ClassVar[int]
    SLICE_FIELD_NUMBER: _ClassVar[int]
    UNSLICED_ONLY_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    version: int
    key: str
    dataset_digest: str
    slice: str
    unsliced_only: bool
    source: EvaluationSource
    page_size: int
    page_token: str
    def __init__(self, model_name: _Optional[str] = ..., version: _Optional[int] = ..., key: _Optional[str] = ..., dataset_digest: _Optional[str] = ..., slice: _Optional[str] = ..., unsliced_only: _Optional[bool] = ..., source: _Optional[_Union[EvaluationSource, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListEvaluationsResponse(_message.Message):
    __slots__ = ("evaluations", "next_page_token")
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    evaluations: _containers.RepeatedCompositeFieldContainer[EvaluationRecord]
    next_page_token: str
    def __init__(self, evaluations: _Optional[_Iterable[_Union[EvaluationRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ModelVersionSelector(_message.Message):
    __slots__ = ("version", "alias")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    version: int
    alias: str
    def __init__(self, version: _Optional[int] = ..., alias: _Optional[str] = ...) -> None: ...

class CompareModelVersionsRequest(_message.Message):
    __slots__ = ("model_name", "a", "b")
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    A_FIELD_NUMBER: _ClassVar[int]
    B_FIELD_NUMBER: _ClassVar[int]
    model_name: str
    a: ModelVersionSelector
    b: ModelVersionSelector
    def __init__(self, model_name: _Optional[str] = ..., a: _Optional[_Union[ModelVersionSelector, _Mapping]] = ..., b: _Optional[_Union[ModelVersionSelector, _Mapping]] = ...) -> None: ...

class ParamComparison(_message.Message):
    __slots__ = ("key", "a", "b", "result")
    KEY_FIELD_NUMBER: _ClassVar[int]
    A_FIELD_NUMBER: _ClassVar[int]
    B_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    key: str
    a: str
    b: str
    result: ComparisonResult
    def __init__(self, key: _Optional[str] = ..., a: _Optional[str] = ..., b: _Optional[str] = ..., result: _Optional[_Union[ComparisonResult, str]] = ...) -> None: ...

class NumberComparison(_message.Message):
    __slots__ = ("key", "dataset_digest", "slice", "source", "a", "b", "result", "delta")
    KEY_FIELD_NUMBER: _ClassVar[int]
    DATASET_DIGEST_FIELD_NUMBER: _ClassVar[int]
    SLICE_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    A_FIELD_NUMBER: _ClassVar[int]
    B_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    DELTA_FIELD_NUMBER: _ClassVar[int]
    key: str
    dataset_digest: str
    slice: str
    source: EvaluationSource
    a: float
    b: float
    result: ComparisonResult
    delta: float
    def __init__(self, key: _Optional[str] = ..., dataset_digest: _Optional[str] = ..., slice: _Optional[str] = ..., source: _Optional[_Union[EvaluationSource, str]] = ..., a: _Optional[float] = ..., b: _Optional[float] = ..., result: _Optional[_Union[ComparisonResult, str]] = ..., delta: _Optional[float] = ...) -> None: ...

class CompareModelVersionsResponse(_message.Message):
    __slots__ = ("a", "b", "params", "run_metrics", "version_metrics", "evaluations")
    A_FIELD_NUMBER: _ClassVar[int]
    B_FIELD_NUMBER: _ClassVar[int]
    PARAMS_FIELD_NUMBER: _ClassVar[int]
    RUN_METRICS_FIELD_NUMBER: _ClassVar[int]
    VERSION_METRICS_FIELD_NUMBER: _ClassVar[int]
    EVALUATIONS_FIELD_NUMBER: _ClassVar[int]
    a: _model_pb2.ModelVersion
    b: _model_pb2.ModelVersion
    params: _containers.RepeatedCompositeFieldContainer[ParamComparison]
    run_metrics: _containers.RepeatedCompositeFieldContainer[NumberComparison]
    version_metrics: _containers.RepeatedCompositeFieldContainer[NumberComparison]
    evaluations: _containers.RepeatedCompositeFieldContainer[NumberComparison]
    def __init__(self, a: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., b: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., params: _Optional[_Iterable[_Union[ParamComparison, _Mapping]]] = ..., run_metrics: _Optional[_Iterable[_Union[NumberComparison, _Mapping]]] = ..., version_metrics: _Optional[_Iterable[_Union[NumberComparison, _Mapping]]] = ..., evaluations: _Optional[_Iterable[_Union[NumberComparison, _Mapping]]] = ...) -> None: ...
