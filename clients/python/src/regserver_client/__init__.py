"""Python client for regserver, the gRPC ML model registry.

    from regserver_client import Registry, NotFound, Stage

    with Registry("localhost:50051") as registry:
        model = registry.create_model("fraud-detector")

`Registry` wraps the ModelRegistry service; the generated messages and stubs live in
`regserver_client.v1`, and the common messages and enums are re-exported here.
"""

from .errors import (
    AlreadyExists,
    Cancelled,
    Conflict,
    DataLoss,
    DeadlineExceeded,
    FailedPrecondition,
    Internal,
    InvalidArgument,
    NotFound,
    OutOfRange,
    PermissionDenied,
    RegistryError,
    ResourceExhausted,
    Unauthenticated,
    Unavailable,
    Unimplemented,
    Unknown,
    from_rpc_error,
)
from .registry import Registry
from .v1.model_pb2 import (
    ColumnSpec,
    DataType,
    ModelAlias,
    ModelSignature,
    ModelVersion,
    ModelVersionStatus,
    RegisteredModel,
    Schema,
    Stage,
    TensorSpec,
)

__all__ = [
    "AlreadyExists",
    "Cancelled",
    "ColumnSpec",
    "Conflict",
    "DataLoss",
    "DataType",
    "DeadlineExceeded",
    "FailedPrecondition",
    "Internal",
    "InvalidArgument",
    "ModelAlias",
    "ModelSignature",
    "ModelVersion",
    "ModelVersionStatus",
    "NotFound",
    "OutOfRange",
    "PermissionDenied",
    "RegisteredModel",
    "Registry",
    "RegistryError",
    "ResourceExhausted",
    "Schema",
    "Stage",
    "TensorSpec",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
    "Unknown",
    "from_rpc_error",
]
