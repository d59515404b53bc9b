"""Lineage: dataset inputs, code versions, environments, version parents, fingerprints and the graph walk."""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain import validation
from regserver.domain.errors import invalid_field
from regserver.domain.models import VersionParent
from regserver.domain.threads import in_thread

T = TypeVar("T")

# A regserver run id; any other ModelVersion.run_id is an opaque external reference.
RUN_ID = re.compile(r"run_[0-9a-f]{32}")
CODE_ID = re.compile(r"code_[0-9a-f]{32}")
COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")
ROLES = ("TRAINING", "VALIDATION", "TEST")
RELATIONS = ("FINE_TUNED_FROM", "DISTILLED_FROM", "QUANTIZED_FROM", "MERGED_FROM", "DERIVED_FROM")
MAX_DATASETS = 100
MAX_DATASET_NAME = 256
MAX_URI = 2048
MAX_SCHEMA = 65536
MAX_PYTHON_VERSION = 64
MAX_PACKAGES = 1000
MAX_PACKAGE_VERSION = 256
MAX_PARENTS = 100
DEFAULT_DEPTH = 10
MAX_DEPTH = 100
MAX_NODES = 10_000


@dataclass(frozen=True)
class Dataset:
    digest: str
    name: str
    source_uri: str = ""
    schema: str = ""
    row_count: int | None = None
    create_time: int = 0


@dataclass(frozen=True)
class DatasetInput:
    dataset: Dataset
    role: str  # a DatasetRole name without prefix


@dataclass(frozen=True)
class CodeVersion:
    repository_url: str
    commit: str
    dirty: bool = False
    id: str = ""


@dataclass(frozen=True)
class Environment:
    python_version: str = ""
    lock_file_digest: str = ""
    packages: Mapping[str, str] = field(default_factory=dict)
    digest: str = ""


@dataclass
class RunInputs:
    """A validated LogInputs call."""

    datasets: list[DatasetInput]
    code_version: CodeVersion | None
    environment: Environment | None


class Direction(enum.Enum):
    UPSTREAM = "UPSTREAM"
    DOWNSTREAM = "DOWNSTREAM"
    BOTH = "BOTH"


class EdgeType(enum.Enum):
    DATASET_INPUT = "DATASET_INPUT"
    CODE = "CODE"
    PRODUCED = "PRODUCED"
    PARENT = "PARENT"


@dataclass(frozen=True)
class Resource:
    """A parsed lineage resource name: kind is "version", "run", "dataset" or "code"."""

    kind: str
    key: str
    version: int = 0


@dataclass(frozen=True)
class Node:
    name: str
    depth: int
    resource: Any  # ModelVersion, tracking.Run, Dataset or CodeVersion


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: EdgeType
    role: str = ""  # DATASET_INPUT edges
    relation: str = ""  # PARENT edges


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool


# ----- canonical encodings (documented on ModelVersion.fingerprint) ----


def _netstrings(fields: Sequence[str]) -> bytes:
    out = bytearray()
    for f in fields:
        raw = f.encode()
        out += b"%d:%s," % (len(raw), raw)
    return bytes(out)


def _utf8_order(key: str) -> bytes:
    return key.encode()


def environment_digest(python_version: str, lock_file_digest: str, packages: Mapping[str, str]) -> str:
    fields = ["regserver.environment.v1", python_version, lock_file_digest, str(len(packages))]
    for name in sorted(packages, key=_utf8_order):
        fields += [name, packages[name]]
    return hashlib.sha256(_netstrings(fields)).hexdigest()


def fingerprint(
    code: CodeVersion | None,
    datasets: Sequence[tuple[str, str]],
    params: Mapping[str, str],
    environment_digest: str,
) -> str:
    """`datasets` holds (role, digest) pairs."""
    fields = [
        "regserver.fingerprint.v1",
        code.commit if code else "",
        ("dirty" if code.dirty else "clean") if code else "",
        str(len(datasets)),
    ]
    for role, digest in sorted(datasets):
        fields += [role, digest]
    fields.append(str(len(params)))
    for key in sorted(params, key=_utf8_order):
        fields += [key, params[key]]
    fields.append(environment_digest)
    return hashlib.sha256(_netstrings(fields)).hexdigest()


def code_version_id(repository_url: str, commit: str) -> str:
    """The same for every run logging the same repository and commit."""
    return "code_" + hashlib.sha256(_netstrings([repository_url, commit])).hexdigest()[:32]


# ----- rules -----------------------------------------------------------


def sha256_hex(value: str, field: str, what: str) -> str:
    if not validation.HASH.fullmatch(value):
        shown = value if len(value) <= 70 else value[:67] + "..."
        raise invalid_field(
            field, f"{field} {shown!r} is not a {what}: give the SHA-256 as 64 lowercase hex characters"
        )
    return value


def _text(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise invalid_field(field, f"{field} is {len(value)} characters long; the limit is {limit}")
    return validation.no_nul(value, field)


def dataset_input(d: DatasetInput, where: str) -> DatasetInput:
    sha256_hex(d.dataset.digest, f"{where}.dataset.digest", "dataset digest")
    name = d.dataset.name
    if not name:
        raise invalid_field(f"{where}.dataset.name", f"{where}.dataset.name is required")
    _text(name, f"{where}.dataset.name", MAX_DATASET_NAME)
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise invalid_field(f"{where}.dataset.name", f"{where}.dataset.name {name!r} contains control characters")
    _text(d.dataset.source_uri, f"{where}.dataset.source_uri", MAX_URI)
    _text(d.dataset.schema, f"{where}.dataset.schema", MAX_SCHEMA)
    if d.dataset.row_count is not None and d.dataset.row_count < 0:
        raise invalid_field(
            f"{where}.dataset.row_count", f"{where}.dataset.row_count must be 0 or more, got {d.dataset.row_count}"
        )
    if d.role not in ROLES:
        raise invalid_field(
            f"{where}.role",
            f"{where}.role is required: DATASET_ROLE_TRAINING, DATASET_ROLE_VALIDATION or DATASET_ROLE_TEST",
        )
    return d


def code_version(c: CodeVersion, field: str = "code_version") -> CodeVersion:
    _text(c.repository_url, f"{field}.repository_url", MAX_URI)
    if not COMMIT.fullmatch(c.commit):
        raise invalid_field(
            f"{field}.commit",
            f"{field}.commit {c.commit[:80]!r} is not a full commit hash: give the 40 (or 64) lowercase hex "
            "characters of `git rev-parse HEAD`",
        )
    return CodeVersion(c.repository_url, c.commit, c.dirty, code_version_id(c.repository_url, c.commit))


def environment(e: Environment, field: str = "environment") -> Environment:
    _text(e.python_version, f"{field}.python_version", MAX_PYTHON_VERSION)
    if e.lock_file_digest:
        sha256_hex(e.lock_file_digest, f"{field}.lock_file_digest", "lock-file digest")
    if len(e.packages) > MAX_PACKAGES:
        raise invalid_field(f"{field}.packages", f"{len(e.packages)} packages given; the limit is {MAX_PACKAGES}")
    for name, version in e.packages.items():
        if not 1 <= len(name) <= 250:
            raise invalid_field(f"{field}.packages", f"package name {name[:40]!r} must be 1 to 250 characters")
        validation.no_nul(name, f"{field}.packages")
        _text(version, f"{field}.packages.{name}", MAX_PACKAGE_VERSION)
    packages = dict(e.packages)
    digest = environment_digest(e.python_version, e.lock_file_digest, packages)
    return Environment(e.python_version, e.lock_file_digest, packages, digest)


def run_inputs(datasets: Sequence[DatasetInput], code: CodeVersion | None, env: Environment | None) -> RunInputs:
    """Field names in errors are paths in LogInputsRequest."""
    if len(datasets) > MAX_DATASETS:
        raise invalid_field(
            "datasets", f"{len(datasets)} datasets given; the limit is {MAX_DATASETS} per LogInputs call"
        )
    checked = [dataset_input(d, f"datasets[{i}]") for i, d in enumerate(datasets)]
    return RunInputs(
        checked,
        code_version(code) if code is not None else None,
        environment(env) if env is not None else None,
    )


def parents(values: Sequence[VersionParent], field: str) -> list[VersionParent]:
    if len(values) > MAX_PARENTS:
        raise invalid_field(field, f"{len(values)} parents given; the limit is {MAX_PARENTS}")
    seen: set[tuple[str, int]] = set()
    for i, p in enumerate(values):
        validation.model_name(p.model_name, f"{field}[{i}].model_name")
        validation.version_number(p.version, f"{field}[{i}].version")
        if p.relation not in RELATIONS:
            raise invalid_field(
                f"{field}[{i}].relation",
                f"{field}[{i}].relation is required: one of "
                + ", ".join(f"MODEL_VERSION_RELATION_{r}" for r in RELATIONS),
            )
        if (p.model_name, p.version) in seen:
            raise invalid_field(f"{field}[{i}]", f"{field} names {p.model_name} version {p.version} twice")
        seen.add((p.model_name, p.version))
    return list(values)


# At most 18 digits: every such number fits the databases' 64-bit integers.
_VERSION_NAME = re.compile(r"models/([^/]+)/versions/([0-9]{1,18})")


def resource(name: str) -> Resource:
    """Parses a lineage resource name; INVALID_ARGUMENT (field "resource") says which forms exist."""
    forms = "use models/<model>/versions/<version>, runs/<run id>, datasets/<sha256 digest> or codeVersions/<id>"
    if not name:
        raise invalid_field("resource", f"resource is required: {forms}")
    shown = name if len(name) <= 200 else name[:197] + "..."
    if m := _VERSION_NAME.fullmatch(name):
        validation.model_name(m.group(1), "resource")
        number = int(m.group(2))
        validation.version_number(number, "resource")
        return Resource("version", m.group(1), number)
    kind, _, key = name.partition("/")
    if kind == "runs" and RUN_ID.fullmatch(key):
        return Resource("run", key)
    if kind == "datasets" and validation.HASH.fullmatch(key):
        return Resource("dataset", key)
    if kind == "codeVersions" and CODE_ID.fullmatch(key):
        return Resource("code", key)
    raise invalid_field("resource", f"resource {shown!r} is not a lineage resource name: {forms}")


def version_name(model_name: str, version: int) -> str:
    return f"models/{model_name}/versions/{version}"


def max_depth(value: int) -> int:
    if value < 0 or value > MAX_DEPTH:
        raise invalid_field("max_depth", f"max_depth must be 0 (the default, {DEFAULT_DEPTH}) to {MAX_DEPTH}")
    return value or DEFAULT_DEPTH


# ----- the service -----------------------------------------------------


class LineageStore(Protocol):
    def get_lineage(self, start: Resource, direction: Direction, max_depth: int, max_nodes: int) -> Graph: ...


class Lineage:
    def __init__(self, store: LineageStore, executor: ThreadPoolExecutor) -> None:
        self._store = store
        self._executor = executor

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    async def get_lineage(self, name: str, direction: Direction | None, depth: int) -> Graph:
        start = resource(name)
        return await self._call(
            self._store.get_lineage, start, direction or Direction.BOTH, max_depth(depth), MAX_NODES
        )
