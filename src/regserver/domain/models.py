"""Plain records of what the registry keeps. Times are UTC microseconds."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


# The principal of calls without a token to a server running open (loopback, no --auth required).
ANONYMOUS = "anonymous"


class Stage(enum.Enum):
    NONE = "NONE"
    STAGING = "STAGING"
    PRODUCTION = "PRODUCTION"
    ARCHIVED = "ARCHIVED"


class RunStatus(enum.Enum):
    RUNNING = "RUNNING"
    FINISHED = "FINISHED"
    FAILED = "FAILED"
    KILLED = "KILLED"


class VersionStatus(enum.Enum):
    PENDING_UPLOAD = "PENDING_UPLOAD"
    READY = "READY"
    FAILED = "FAILED"


@dataclass(frozen=True, slots=True)
class Digest:
    """A blob's identity: lowercase hex SHA-256 and size in bytes."""

    hash: str
    size: int

    def __str__(self) -> str:
        return f"{self.hash}/{self.size}"


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    path: str
    digest: Digest
    media_type: str = ""


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    data_type: str  # DataType name without prefix, e.g. "FLOAT32"
    optional: bool = False


@dataclass(frozen=True)
class TensorSpec:
    name: str
    data_type: str
    shape: tuple[int, ...] = ()


@dataclass(frozen=True)
class Schema:
    columns: tuple[ColumnSpec, ...] = ()
    tensors: tuple[TensorSpec, ...] = ()


@dataclass(frozen=True)
class Signature:
    inputs: Schema | None = None
    outputs: Schema | None = None


@dataclass(frozen=True)
class VersionParent:
    """A parent of a model version; relation is a ModelVersionRelation name without prefix."""

    model_name: str
    version: int
    relation: str


@dataclass
class RegisteredModel:
    name: str
    uid: str
    description: str
    tags: dict[str, str]
    owner: str
    create_time: int
    update_time: int
    etag: str
    aliases: dict[str, int]  # alias -> version number
    latest_version: int
    delete_time: int | None = None
    purge_time: int | None = None


@dataclass
class ModelVersion:
    model_name: str
    version: int
    description: str
    tags: dict[str, str]
    stage: Stage
    aliases: list[str]
    status: VersionStatus
    source: str
    run_id: str
    signature: Signature | None
    metrics: dict[str, float]
    creator: str
    create_time: int
    update_time: int
    etag: str
    delete_time: int | None = None
    purge_time: int | None = None
    files: list[ManifestEntry] = field(default_factory=list)
    parents: list[VersionParent] = field(default_factory=list)
    fingerprint: str = ""


@dataclass
class NewModel:
    """What a caller supplies to create a registered model."""

    name: str
    description: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    owner: str = ""


@dataclass
class NewVersion:
    """What a caller supplies to create a model version."""

    description: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    source: str = ""
    run_id: str = ""
    signature: Signature | None = None
    metrics: dict[str, float] = field(default_factory=dict)
    files: list[ManifestEntry] = field(default_factory=list)
    parents: list[VersionParent] = field(default_factory=list)


@dataclass
class Changes:
    """A validated partial update of a model or version."""

    description: str | None = None
    owner: str | None = None
    replace_tags: dict[str, str] | None = None  # set: replaces every tag
    set_tags: dict[str, str] = field(default_factory=dict)
    delete_tags: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class RequestKey:
    """An idempotency key: a retry with the same key returns the first result."""

    method: str
    request_id: str
    fingerprint: str  # hash of the request, to refuse reuse for a different one


@dataclass
class Page(Generic[T]):
    items: list[T]
    next_page_token: str


class EventType(enum.Enum):
    MODEL_CREATED = "MODEL_CREATED"
    MODEL_UPDATED = "MODEL_UPDATED"
    MODEL_RENAMED = "MODEL_RENAMED"
    MODEL_DELETED = "MODEL_DELETED"
    MODEL_UNDELETED = "MODEL_UNDELETED"
    VERSION_CREATED = "VERSION_CREATED"
    VERSION_READY = "VERSION_READY"
    VERSION_UPDATED = "VERSION_UPDATED"
    VERSION_DELETED = "VERSION_DELETED"
    VERSION_UNDELETED = "VERSION_UNDELETED"
    VERSION_STAGE_CHANGED = "VERSION_STAGE_CHANGED"
    ALIAS_SET = "ALIAS_SET"
    ALIAS_DELETED = "ALIAS_DELETED"
    VERSION_FAILED = "VERSION_FAILED"
    PROMOTION_REQUESTED = "PROMOTION_REQUESTED"
    PROMOTION_APPROVED = "PROMOTION_APPROVED"
    PROMOTION_REJECTED = "PROMOTION_REJECTED"
    PROMOTION_WITHDRAWN = "PROMOTION_WITHDRAWN"


@dataclass(frozen=True)
class Event:
    """One committed change; `model` or `model_version` is the resource's state after it."""

    revision: int
    time: int
    type: EventType
    model_name: str
    principal: str
    version: int | None = None
    alias: str | None = None
    previous_version: int | None = None
    previous_model_name: str | None = None
    model: RegisteredModel | None = None
    model_version: ModelVersion | None = None
    # PROMOTION_* events: the request, and the target stage (an alias target is in `alias`).
    promotion_request_id: str | None = None
    target_stage: Stage | None = None


@dataclass(frozen=True)
class ModelSnapshot:
    model: RegisteredModel
    alias_versions: list[ModelVersion]
