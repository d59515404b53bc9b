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

class EventType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EVENT_TYPE_UNSPECIFIED: _ClassVar[EventType]
    EVENT_TYPE_MODEL_CREATED: _ClassVar[EventType]
    EVENT_TYPE_MODEL_UPDATED: _ClassVar[EventType]
    EVENT_TYPE_MODEL_RENAMED: _ClassVar[EventType]
    EVENT_TYPE_MODEL_DELETED: _ClassVar[EventType]
    EVENT_TYPE_MODEL_UNDELETED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_CREATED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_READY: _ClassVar[EventType]
    EVENT_TYPE_VERSION_UPDATED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_DELETED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_UNDELETED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_STAGE_CHANGED: _ClassVar[EventType]
    EVENT_TYPE_ALIAS_SET: _ClassVar[EventType]
    EVENT_TYPE_ALIAS_DELETED: _ClassVar[EventType]
    EVENT_TYPE_VERSION_FAILED: _ClassVar[EventType]
    EVENT_TYPE_PROMOTION_REQUESTED: _ClassVar[EventType]
    EVENT_TYPE_PROMOTION_APPROVED: _ClassVar[EventType]
    EVENT_TYPE_PROMOTION_REJECTED: _ClassVar[EventType]
    EVENT_TYPE_PROMOTION_WITHDRAWN: _ClassVar[EventType]
EVENT_TYPE_UNSPECIFIED: EventType
EVENT_TYPE_MODEL_CREATED: EventType
EVENT_TYPE_MODEL_UPDATED: EventType
EVENT_TYPE_MODEL_RENAMED: EventType
EVENT_TYPE_MODEL_DELETED: EventType
EVENT_TYPE_MODEL_UNDELETED: EventType
EVENT_TYPE_VERSION_CREATED: EventType
EVENT_TYPE_VERSION_READY: EventType
EVENT_TYPE_VERSION_UPDATED: EventType
EVENT_TYPE_VERSION_DELETED: EventType
EVENT_TYPE_VERSION_UNDELETED: EventType
EVENT_TYPE_VERSION_STAGE_CHANGED: EventType
EVENT_TYPE_ALIAS_SET: EventType
EVENT_TYPE_ALIAS_DELETED: EventType
EVENT_TYPE_VERSION_FAILED: EventType
EVENT_TYPE_PROMOTION_REQUESTED: EventType
EVENT_TYPE_PROMOTION_APPROVED: EventType
EVENT_TYPE_PROMOTION_REJECTED: EventType
EVENT_TYPE_PROMOTION_WITHDRAWN: EventType

class Event(_message.Message):
    __slots__ = ("revision", "time", "type", "model_name", "version", "alias", "previous_version", "principal", "registered_model", "model_version", "previous_model_name", "promotion_request_id", "target_stage")
    REVISION_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_VERSION_FIELD_NUMBER: _ClassVar[int]
    PRINCIPAL_FIELD_NUMBER: _ClassVar[int]
    REGISTERED_MODEL_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_MODEL_NAME_FIELD_NUMBER: _ClassVar[int]
    PROMOTION_REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_STAGE_FIELD_NUMBER: _ClassVar[int]
    revision: int
    time: _timestamp_pb2.Timestamp
    type: EventType
    model_name: str
    version: int
    alias: str
    previous_version: int
    principal: str
    registered_model: _model_pb2.RegisteredModel
    model_version: _model_pb2.ModelVersion
    previous_model_name: str
    promotion_request_id: str
    target_stage: _model_pb2.Stage
    def __init__(self, revision: _Optional[int] = ..., time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., type: _Optional[_Union[EventType, str]] = ..., model_name: _Optional[str] = ..., version: _Optional[int] = ..., alias: _Optional[str] = ..., previous_version: _Optional[int] = ..., principal: _Optional[str] = ..., registered_model: _Optional[_Union[_model_pb2.RegisteredModel, _Mapping]] = ..., model_version: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., previous_model_name: _Optional[str] = ..., promotion_request_id: _Optional[str] = ..., target_stage: _Optional[_Union[_model_pb2.Stage, str]] = ...) -> None: ...

class WatchRequest(_message.Message):
    __slots__ = ("model_names", "model_name_prefix", "event_types", "aliases", "start_revision", "send_initial_state", "progress_interval_seconds")
    MODEL_NAMES_FIELD_NUMBER: _ClassVar[int]
    MODEL_NAME_PREFIX_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPES_FIELD_NUMBER: _ClassVar[int]
    ALIASES_FIELD_NUMBER: _ClassVar[int]
    START_REVISION_FIELD_NUMBER: _ClassVar[int]
    SEND_INITIAL_STATE_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_INTERVAL_SECONDS_FIELD_NUMBER: _ClassVar[int]
    model_names: _containers.RepeatedScalarFieldContainer[str]
    model_name_prefix: str
    event_types: _containers.RepeatedScalarFieldContainer[EventType]
    aliases: _containers.RepeatedScalarFieldContainer[str]
    start_revision: int
    send_initial_state: bool
    progress_interval_seconds: int
    def __init__(self, model_names: _Optional[_Iterable[str]] = ..., model_name_prefix: _Optional[str] = ..., event_types: _Optional[_Iterable[_Union[EventType, str]]] = ..., aliases: _Optional[_Iterable[str]] = ..., start_revision: _Optional[int] = ..., send_initial_state: _Optional[bool] = ..., progress_interval_seconds: _Optional[int] = ...) -> None: ...

class WatchResponse(_message.Message):
    __slots__ = ("event", "progress", "snapshot", "snapshot_complete")
    EVENT_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOT_COMPLETE_FIELD_NUMBER: _ClassVar[int]
    event: Event
    progress: Progress
    snapshot: ModelSnapshot
    snapshot_complete: Progress
    def __init__(self, event: _Optional[_Union[Event, _Mapping]] = ..., progress: _Optional[_Union[Progress, _Mapping]] = ..., snapshot: _Optional[_Union[ModelSnapshot, _Mapping]] = ..., snapshot_complete: _Optional[_Union[Progress, _Mapping]] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("revision",)
    REVISION_FIELD_NUMBER: _ClassVar[int]
    revision: int
    def __init__(self, revision: _Optional[int] = ...) -> None: ...

class ModelSnapshot(_message.Message):
    __slots__ = ("registered_model", "alias_versions")
    REGISTERED_MODEL_FIELD_NUMBER: _ClassVar[int]
    ALIAS_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    registered_model: _model_pb2.RegisteredModel
    alias_versions: _containers.RepeatedCompositeFieldContainer[_model_pb2.ModelVersion]
    def __init__(self, registered_model: _Optional[_Union[_model_pb2.RegisteredModel, _Mapping]] = ..., alias_versions: _Optional[_Iterable[_Union[_model_pb2.ModelVersion, _Mapping]]] = ...) -> None: ...
