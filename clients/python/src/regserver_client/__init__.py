"""Python client for regserver, the gRPC ML model registry.

    from regserver_client import Registry, NotFound, Stage

    with Registry("localhost:50051") as registry:
        model = registry.create_model("fraud-detector")
        version = registry.upload_version("fraud-detector", "model/")  # READY
        registry.download("fraud-detector", version=version.version, dest="out/")

`Registry` wraps the ModelRegistry service and, through `upload_version` and `download`,
the ArtifactStore; the generated messages and stubs live in `regserver_client.v1`, and the
common messages and enums are re-exported here.
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
from .files import ProgressCallback, hash_file
from .registry import Registry, promotion_target, protect
from .runs import ActiveRun
from .v1.artifacts_pb2 import Digest, ManifestEntry
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
    "ActiveRun",
    "AlreadyExists",
    "Cancelled",
    "ColumnSpec",
    "Conflict",
    "DataLoss",
    "DataType",
    "DeadlineExceeded",
    "Digest",
    "FailedPrecondition",
    "Internal",
    "InvalidArgument",
    "ManifestEntry",
    "ModelAlias",
    "ModelSignature",
    "ModelVersion",
    "ModelVersionStatus",
    "NotFound",
    "OutOfRange",
    "PermissionDenied",
    "ProgressCallback",
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
    "hash_file",
    "promotion_target",
    "protect",
]
