from . import model_pb2 as _model_pb2
from . import tracking_pb2 as _tracking_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LineageDirection(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINEAGE_DIRECTION_UNSPECIFIED: _ClassVar[LineageDirection]
    LINEAGE_DIRECTION_UPSTREAM: _ClassVar[LineageDirection]
    LINEAGE_DIRECTION_DOWNSTREAM: _ClassVar[LineageDirection]
    LINEAGE_DIRECTION_BOTH: _ClassVar[LineageDirection]

class LineageEdgeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LINEAGE_EDGE_TYPE_UNSPECIFIED: _ClassVar[LineageEdgeType]
    LINEAGE_EDGE_TYPE_DATASET_INPUT: _ClassVar[LineageEdgeType]
    LINEAGE_EDGE_TYPE_CODE: _ClassVar[LineageEdgeType]
    LINEAGE_EDGE_TYPE_PRODUCED: _ClassVar[LineageEdgeType]
    LINEAGE_EDGE_TYPE_PARENT: _ClassVar[LineageEdgeType]
LINEAGE_DIRECTION_UNSPECIFIED: LineageDirection
LINEAGE_DIRECTION_UPSTREAM: LineageDirection
LINEAGE_DIRECTION_DOWNSTREAM: LineageDirection
LINEAGE_DIRECTION_BOTH: LineageDirection
LINEAGE_EDGE_TYPE_UNSPECIFIED: LineageEdgeType
LINEAGE_EDGE_TYPE_DATASET_INPUT: LineageEdgeType
LINEAGE_EDGE_TYPE_CODE: LineageEdgeType
LINEAGE_EDGE_TYPE_PRODUCED: LineageEdgeType
LINEAGE_EDGE_TYPE_PARENT: LineageEdgeType

class LineageNode(_message.Message):
    __slots__ = ("name", "depth", "model_version", "run", "dataset", "code_version")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DEPTH_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    RUN_FIELD_NUMBER: _ClassVar[int]
    DATASET_FIELD_NUMBER: _ClassVar[int]
    CODE_VERSION_FIELD_NUMBER: _ClassVar[int]
    name: str
    depth: int
    model_version: _model_pb2.ModelVersion
    run: _tracking_pb2.Run
    dataset: _tracking_pb2.Dataset
    code_version: _tracking_pb2.CodeVersion
    def __init__(self, name: _Optional[str] = ..., depth: _Optional[int] = ..., model_version: _Optional[_Union[_model_pb2.ModelVersion, _Mapping]] = ..., run: _Optional[_Union[_tracking_pb2.Run, _Mapping]] = ..., dataset: _Optional[_Union[_tracking_pb2.Dataset, _Mapping]] = ..., code_version: _Optional[_Union[_tracking_pb2.CodeVersion, _Mapping]] = ...) -> None: ...

class LineageEdge(_message.Message):
    __slots__ = ("source", "target", "type", "dataset_role", "relation")
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    TARGET_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    DATASET_ROLE_FIELD_NUMBER: _ClassVar[int]
    RELATION_FIELD_NUMBER: _ClassVar[int]
    source: str
    target: str
    type: LineageEdgeType
    dataset_role: _tracking_pb2.DatasetRole
    relation: _model_pb2.ModelVersionRelation
    def __init__(self, source: _Optional[str] = ..., target: _Optional[str] = ..., type: _Optional[_Union[LineageEdgeType, str]] = ..., dataset_role: _Optional[_Union[_tracking_pb2.DatasetRole, str]] = ..., relation: _Optional[_Union[_model_pb2.ModelVersionRelation, str]] = ...) -> None: ...

class GetLineageRequest(_message.Message):
    __slots__ = ("resource", "direction", "max_depth")
    RESOURCE_FIELD_NUMBER: _ClassVar[int]
    DIRECTION_FIELD_NUMBER: _ClassVar[int]
    MAX_DEPTH_FIELD_NUMBER: _ClassVar[int]
    resource: str
    direction: LineageDirection
    max_depth: int
    def __init__(self, resource: _Optional[str] = ..., direction: _Optional[_Union[LineageDirection, str]] = ..., max_depth: _Optional[int] = ...) -> None: ...

class GetLineageResponse(_message.Message):
    __slots__ = ("nodes", "edges", "truncated")
    NODES_FIELD_NUMBER: _ClassVar[int]
    EDGES_FIELD_NUMBER: _ClassVar[int]
    TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    nodes: _containers.RepeatedCompositeFieldContainer[LineageNode]
    edges: _containers.RepeatedCompositeFieldContainer[LineageEdge]
    truncated: bool
    def __init__(self, nodes: _Optional[_Iterable[_Union[LineageNode, _Mapping]]] = ..., edges: _Optional[_Iterable[_Union[LineageEdge, _Mapping]]] = ..., truncated: _Optional[bool] = ...) -> None: ...
