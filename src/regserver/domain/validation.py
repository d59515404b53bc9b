"""Input rules: names, tags, metrics, signatures. Each failure names its field."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from regserver.domain.errors import invalid_field
from regserver.domain.models import (
    ColumnSpec,
    Digest,
    ManifestEntry,
    NewModel,
    NewVersion,
    Schema,
    Signature,
    TensorSpec,
)

MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
ALIAS = re.compile(r"[a-z][a-z0-9_-]{0,63}")
RESERVED_ALIAS = re.compile(r"latest|v[0-9]+")
TAG_KEY = re.compile(r"[A-Za-z0-9_.\-/:]{1,250}")
REQUEST_ID = re.compile(r"[\x21-\x7e]{1,128}")

MAX_TAG_VALUE = 5000
MAX_TAGS = 256
MAX_METRICS = 1024
MAX_DESCRIPTION = 16384
MAX_OWNER = 256
MAX_SOURCE = 2048
MAX_RUN_ID = 128
MAX_SIGNATURE_FIELDS = 4096
MAX_FILES = 10_000
MAX_PATH = 1024
MAX_MEDIA_TYPE = 255
HASH = re.compile(r"[0-9a-f]{64}")
UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")

DATA_TYPES = frozenset(
    {
        "BOOL", "INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64",
        "FLOAT16", "BFLOAT16", "FLOAT32", "FLOAT64", "STRING", "BYTES", "DATETIME",
    }
)  # fmt: skip


def model_name(name: str, field: str = "name") -> str:
    if not name:
        raise invalid_field(field, f"{field} is required")
    if len(name) > 128:
        raise invalid_field(field, f"{field} is {len(name)} characters long; the limit is 128")
    if not MODEL_NAME.fullmatch(name):
        raise invalid_field(
            field,
            f"{field} {name!r} is not a valid model name: use letters, digits, '.', '_' and '-', "
            "starting with a letter or digit",
        )
    return name


def version_number(version: int, field: str = "version") -> int:
    if version < 1:
        raise invalid_field(field, f"{field} must be 1 or more, got {version}")
    return version


def alias_name(alias: str, field: str = "alias") -> str:
    if not alias:
        raise invalid_field(field, f"{field} is required")
    if not ALIAS.fullmatch(alias):
        raise invalid_field(
            field,
            f"{field} {alias!r} is not a valid alias: use 1 to 64 lowercase letters, digits, '_' and '-', "
            "starting with a letter",
        )
    if RESERVED_ALIAS.fullmatch(alias):
        raise invalid_field(field, f"{field} {alias!r} is reserved ('latest' and v<number> name versions)")
    return alias


def request_id(value: str) -> str:
    if value and not REQUEST_ID.fullmatch(value):
        raise invalid_field("request_id", "request_id must be 1 to 128 printable ASCII characters without spaces")
    return value


def no_nul(value: str, field: str) -> str:
    # PostgreSQL cannot store U+0000 in text; refuse it everywhere so both databases agree.
    if "\x00" in value:
        raise invalid_field(field, f"{field} contains the NUL character (U+0000), which regserver cannot store")
    return value


def _text(value: str, field: str, limit: int) -> str:
    if len(value) > limit:
        raise invalid_field(field, f"{field} is {len(value)} characters long; the limit is {limit}")
    return no_nul(value, field)


def description(value: str, field: str = "description") -> str:
    return _text(value, field, MAX_DESCRIPTION)


def owner(value: str, field: str = "owner") -> str:
    return _text(value, field, MAX_OWNER)


def tag_key(key: str, field: str = "tags") -> str:
    if not TAG_KEY.fullmatch(key):
        raise invalid_field(
            field,
            f"tag key {key!r} is invalid: use 1 to 250 letters, digits and '_', '-', '.', '/', ':'",
        )
    return key


def tags(values: Mapping[str, str], field: str = "tags") -> dict[str, str]:
    if len(values) > MAX_TAGS:
        raise invalid_field(field, f"{len(values)} tags given; the limit is {MAX_TAGS}")
    for key, value in values.items():
        tag_key(key, field)
        if len(value) > MAX_TAG_VALUE:
            raise invalid_field(
                f"{field}.{key}", f"tag {key!r} has a value of {len(value)} characters; the limit is {MAX_TAG_VALUE}"
            )
        no_nul(value, f"{field}.{key}")
    return dict(values)


def metrics(values: Mapping[str, float], field: str = "metrics") -> dict[str, float]:
    if len(values) > MAX_METRICS:
        raise invalid_field(field, f"{len(values)} metrics given; the limit is {MAX_METRICS}")
    for key, value in values.items():
        if not TAG_KEY.fullmatch(key):
            raise invalid_field(
                field, f"metric key {key!r} is invalid: use 1 to 250 letters, digits and '_', '-', '.', '/', ':'"
            )
        if not math.isfinite(value):
            raise invalid_field(f"{field}.{key}", f"metric {key!r} is {value}; metrics must be finite numbers")
    return dict(values)


def _schema(schema: Schema | None, field: str) -> None:
    if schema is None:
        return
    if schema.columns and schema.tensors:
        raise invalid_field(field, f"{field} has both columns and tensors; a schema is one or the other")
    entries: list[tuple[str, ColumnSpec | TensorSpec]] = [
        *((f"{field}.columns[{i}]", c) for i, c in enumerate(schema.columns)),
        *((f"{field}.tensors[{i}]", t) for i, t in enumerate(schema.tensors)),
    ]
    if len(entries) > MAX_SIGNATURE_FIELDS:
        raise invalid_field(field, f"{field} has {len(entries)} entries; the limit is {MAX_SIGNATURE_FIELDS}")
    seen: set[str] = set()
    for where, spec in entries:
        if not spec.name or len(spec.name) > 256:
            raise invalid_field(where, f"{where}.name must be 1 to 256 characters")
        no_nul(spec.name, f"{where}.name")
        if spec.name in seen:
            raise invalid_field(where, f"{field} names {spec.name!r} twice; names must be unique")
        seen.add(spec.name)
        if spec.data_type not in DATA_TYPES:
            raise invalid_field(where, f"{where} ({spec.name!r}) needs a data_type other than DATA_TYPE_UNSPECIFIED")
        if isinstance(spec, TensorSpec) and any(dim < -1 for dim in spec.shape):
            raise invalid_field(
                where, f"{where}: tensor {spec.name!r} has shape {list(spec.shape)}; dimensions are -1 or more"
            )


def signature(sig: Signature | None, field: str = "signature") -> Signature | None:
    if sig is not None:
        _schema(sig.inputs, f"{field}.inputs")
        _schema(sig.outputs, f"{field}.outputs")
    return sig


def new_model(model: NewModel) -> NewModel:
    """Field names in errors are paths in CreateRegisteredModelRequest."""
    model_name(model.name, "registered_model.name")
    description(model.description, "registered_model.description")
    owner(model.owner, "registered_model.owner")
    tags(model.tags, "registered_model.tags")
    return model


def new_version(version: NewVersion) -> NewVersion:
    """Field names in errors are paths in CreateModelVersionRequest."""
    description(version.description, "model_version.description")
    tags(version.tags, "model_version.tags")
    _text(version.source, "model_version.source", MAX_SOURCE)
    _text(version.run_id, "model_version.run_id", MAX_RUN_ID)
    metrics(version.metrics, "model_version.metrics")
    signature(version.signature, "model_version.signature")
    manifest(version.files, "model_version.files")
    return version


def digest(value: Digest, field: str = "digest") -> Digest:
    if not HASH.fullmatch(value.hash):
        raise invalid_field(
            f"{field}.hash", f"{field}.hash {value.hash!r} is not a SHA-256: use 64 lowercase hex characters"
        )
    if value.size < 0:
        raise invalid_field(f"{field}.size_bytes", f"{field}.size_bytes must be 0 or more, got {value.size}")
    return value


def upload_id(value: str) -> str:
    if not UPLOAD_ID.fullmatch(value):
        raise invalid_field("upload_id", "upload_id must be 1 to 128 letters, digits, '-' and '_' (a UUID works)")
    return value


def manifest_path(path: str, field: str) -> str:
    problem = None
    if not path:
        problem = "is empty"
    elif len(path) > MAX_PATH:
        problem = f"is {len(path)} characters long; the limit is {MAX_PATH}"
    elif "\x00" in path:
        problem = "contains the NUL character"
    elif path.startswith("/"):
        problem = "is absolute; use a path relative to the version's root"
    elif "\\" in path:
        problem = "contains a backslash; separate directories with '/'"
    else:
        for segment in path.split("/"):
            if segment in ("", ".", ".."):
                problem = f"has a {segment!r} segment" if segment else "has an empty segment"
                break
    if problem:
        raise invalid_field(field, f"{field} {path!r} {problem}")
    return path


def manifest(entries: list[ManifestEntry], field: str = "files") -> list[ManifestEntry]:
    if len(entries) > MAX_FILES:
        raise invalid_field(field, f"{len(entries)} files given; the limit is {MAX_FILES}")
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"{field}[{i}]"
        manifest_path(entry.path, f"{where}.path")
        if entry.path in seen:
            raise invalid_field(f"{where}.path", f"{where}.path {entry.path!r} appears twice in the manifest")
        seen.add(entry.path)
        digest(entry.digest, f"{where}.digest")
        _text(entry.media_type, f"{where}.media_type", MAX_MEDIA_TYPE)
    # No file may also be a directory of another ("a" and "a/b"): no filesystem can hold both.
    for i, entry in enumerate(entries):
        parts = entry.path.split("/")
        for depth in range(1, len(parts)):
            parent = "/".join(parts[:depth])
            if parent in seen:
                raise invalid_field(
                    f"{field}[{i}].path",
                    f"{field}[{i}].path {entry.path!r} puts a file inside {parent!r}, which is itself a file",
                )
    return entries
