"""List queries: filter fields and their types, order_by, opaque keyset page tokens.

The parser (filters.py) knows the grammar; this module knows which fields
exist and what their values mean, and turns a parsed filter into a typed
condition tree that the store compiles to SQL.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from regserver.domain import filters
from regserver.domain.errors import InvalidArgument
from regserver.domain.models import RunStatus, Stage, VersionStatus

DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


class Target(enum.Enum):
    MODELS = "models"
    VERSIONS = "versions"
    RUNS = "runs"


class Kind(enum.Enum):
    STRING = "string"
    INT = "an integer"
    NUMBER = "a number"
    TIME = "timestamp"
    STAGE = "stage"
    STATUS = "status"
    RUN_STATUS = "run status"
    ALIASES = "aliases"


_COMMON: dict[str, Kind] = {
    "name": Kind.STRING,
    "description": Kind.STRING,
    "tags": Kind.STRING,
    "aliases": Kind.ALIASES,
    "create_time": Kind.TIME,
    "update_time": Kind.TIME,
}
FIELDS: dict[Target, dict[str, Kind]] = {
    Target.MODELS: {**_COMMON, "owner": Kind.STRING},
    Target.VERSIONS: {
        **_COMMON,
        "version": Kind.INT,
        "stage": Kind.STAGE,
        "status": Kind.STATUS,
        "run_id": Kind.STRING,
        "source": Kind.STRING,
        "creator": Kind.STRING,
        # The version's latest unsliced evaluation of the key, else its registration metric.
        "metrics": Kind.NUMBER,
        "fingerprint": Kind.STRING,
    },
    # metrics.<key> compares a run's latest value of the metric.
    Target.RUNS: {
        "name": Kind.STRING,
        "status": Kind.RUN_STATUS,
        "start_time": Kind.TIME,
        "end_time": Kind.TIME,
        "principal": Kind.STRING,
        "params": Kind.STRING,
        "metrics": Kind.NUMBER,
        "tags": Kind.STRING,
    },
}
KEYED = frozenset({"tags", "metrics", "params"})
ORDERABLE: dict[Target, tuple[str, ...]] = {
    Target.MODELS: ("name", "create_time", "update_time"),
    Target.VERSIONS: ("name", "version", "create_time", "update_time"),
    Target.RUNS: ("start_time", "name"),
}
_EQUALITY = frozenset({"=", "!="})
_ORDERING = frozenset({"=", "!=", "<", "<=", ">", ">="})
_PATTERN = frozenset({"LIKE", "ILIKE"})


@dataclass(frozen=True, slots=True)
class Condition:
    field: str  # a FIELDS name, e.g. "tags"
    key: str | None  # the tag or metric key
    kind: Kind
    op: str
    value: str | int | float  # converted: times in microseconds, stages as stored


@dataclass(frozen=True, slots=True)
class AllOf:
    operands: tuple[Cond, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    operands: tuple[Cond, ...]


@dataclass(frozen=True, slots=True)
class Negation:
    operand: Cond


Cond = Condition | AllOf | AnyOf | Negation


@dataclass(frozen=True, slots=True)
class OrderKey:
    field: str
    descending: bool


@dataclass(frozen=True, slots=True)
class ListQuery:
    target: Target
    parent: str  # model name for versions of one model, "" otherwise
    where: Cond | None
    order: tuple[OrderKey, ...]
    page_size: int
    show_deleted: bool
    # Sort-key values and row id of the last row of the previous page.
    after: tuple[tuple[str | int, ...], int] | None
    fingerprint: str
    # Ids of the only models the caller may see; None: every model.
    visible_model_ids: frozenset[int] | None = None


def _bad_filter(message: str) -> InvalidArgument:
    return InvalidArgument(message, "INVALID_FILTER", field="filter")


def _timestamp(text: str) -> int:
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _bad_filter(f'{text!r} is not an RFC 3339 timestamp such as "2026-01-31T12:00:00Z"') from None
    if parsed.tzinfo is None:
        raise _bad_filter(f"timestamp {text!r} needs a time zone, e.g. a trailing 'Z' for UTC")
    return int(parsed.timestamp() * 1_000_000)


def _enum_value(text: str, names: list[str], prefix: str, what: str) -> str:
    upper = text.upper()
    upper = upper[len(prefix) :] if upper.startswith(prefix) else upper
    if upper not in names:
        raise _bad_filter(f"{text!r} is not a {what}; use one of {', '.join(names)}")
    return upper


def _condition(target: Target, node: filters.Comparison) -> Condition:
    fields = FIELDS[target]
    name, key = node.field.name, node.field.key
    kind = fields.get(name)
    if kind is None:
        raise _bad_filter(
            f"unknown filter field {name!r}; {target.value} can be filtered on "
            + ", ".join(f"{f}.<key>" if f in KEYED else f for f in fields)
        )
    if name in KEYED and key is None:
        raise _bad_filter(f"{name} needs a key, e.g. {name}.accuracy")
    if name not in KEYED and key is not None:
        raise _bad_filter(f"{name} has no sub-fields; {name}.{key} is not a field")
    label = f"{name}.{key}" if key is not None else name
    op, value = node.op, node.value
    if isinstance(value.raw, str) and "\x00" in value.raw:
        raise _bad_filter(f"filter compares {label} with a string containing the NUL character (U+0000)")
    allowed = {
        Kind.STRING: _ORDERING | _PATTERN,
        Kind.INT: _ORDERING,
        Kind.NUMBER: _ORDERING,
        Kind.TIME: _ORDERING,
        Kind.STAGE: _EQUALITY,
        Kind.STATUS: _EQUALITY,
        Kind.RUN_STATUS: _EQUALITY,
        Kind.ALIASES: _EQUALITY,
    }[kind]
    if op not in allowed:
        raise _bad_filter(f"{label} cannot be compared with {op}; use {', '.join(sorted(allowed))}")
    converted: str | int | float
    if kind in (Kind.INT, Kind.NUMBER):
        if value.kind != "number" or (kind is Kind.INT and not isinstance(value.raw, int)):
            raise _bad_filter(f"{label} is {kind.value}; compare it with {kind.value}, not {value.raw!r}")
        converted = value.raw
    elif kind is Kind.STRING:
        if value.kind != "string":
            raise _bad_filter(f'{label} is a string; quote the value: {label} {op} "{value.raw}"')
        converted = value.raw
    elif kind is Kind.TIME:
        if value.kind != "string":
            raise _bad_filter(f"{label} is a timestamp; write it as a quoted RFC 3339 string")
        converted = _timestamp(str(value.raw))
    elif kind is Kind.STAGE:
        converted = _enum_value(str(value.raw), [s.value for s in Stage], "STAGE_", "stage")
    elif kind is Kind.STATUS:
        statuses = [s.value for s in VersionStatus]
        converted = _enum_value(str(value.raw), statuses, "MODEL_VERSION_STATUS_", "status")
    elif kind is Kind.RUN_STATUS:
        converted = _enum_value(str(value.raw), [s.value for s in RunStatus], "RUN_STATUS_", "run status")
    else:  # aliases
        if value.kind == "number":
            raise _bad_filter(f'aliases holds alias names; quote the value: aliases {op} "{value.raw}"')
        converted = str(value.raw)
    return Condition(name, key, kind, op, converted)


def _convert(target: Target, node: filters.Expr) -> Cond:
    if isinstance(node, filters.Comparison):
        return _condition(target, node)
    if isinstance(node, filters.And):
        return AllOf(tuple(_convert(target, n) for n in node.operands))
    if isinstance(node, filters.Or):
        return AnyOf(tuple(_convert(target, n) for n in node.operands))
    return Negation(_convert(target, node.operand))


def parse_where(target: Target, text: str) -> Cond | None:
    try:
        tree = filters.parse_filter(text)
    except filters.FilterSyntaxError as e:
        raise _bad_filter(f"filter does not parse: {e}") from None
    return None if tree is None else _convert(target, tree)


def parse_order(target: Target, text: str, parent: str) -> tuple[OrderKey, ...]:
    if not text.strip():
        if target is Target.MODELS:
            return (OrderKey("name", False),)
        if target is Target.RUNS:
            return (OrderKey("start_time", True),)
        # Newest first; across models grouped by model name.
        single = (OrderKey("version", True),)
        return single if parent else (OrderKey("name", False), *single)
    keys: list[OrderKey] = []
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise InvalidArgument(
                f"order_by {text!r} does not parse; write fields separated by commas, each optionally "
                'followed by asc or desc, e.g. "create_time desc, name"',
                "INVALID_ORDER_BY",
                field="order_by",
            )
        field = words[0]
        if field not in ORDERABLE[target]:
            raise InvalidArgument(
                f"cannot order {target.value} by {field!r}; use {', '.join(ORDERABLE[target])}",
                "INVALID_ORDER_BY",
                field="order_by",
            )
        if any(k.field == field for k in keys):
            raise InvalidArgument(f"order_by names {field!r} twice", "INVALID_ORDER_BY", field="order_by")
        keys.append(OrderKey(field, len(words) == 2 and words[1].lower() == "desc"))
    return tuple(keys)


def page_size(value: int) -> int:
    if value < 0:
        raise InvalidArgument(f"page_size must be 0 or more, got {value}", "INVALID_FIELD", field="page_size")
    return DEFAULT_PAGE_SIZE if value == 0 else min(value, MAX_PAGE_SIZE)


# Page tokens are signed so a tampered token is refused rather than silently
# producing a wrong page. The key only guards integrity, not secrecy.
_TOKEN_KEY = b"regserver page token v1"


def _mac(payload: bytes, key: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()[:12]


def sign_token(items: list[Any], key: bytes = _TOKEN_KEY) -> str:
    """A page token carrying items as JSON, signed with key (each kind of listing has its own)."""
    payload = json.dumps(items, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(payload + _mac(payload, key)).decode().rstrip("=")


def bad_token(message: str) -> InvalidArgument:
    return InvalidArgument(message, "INVALID_PAGE_TOKEN", field="page_token")


def unsign_token(token: str, key: bytes = _TOKEN_KEY) -> Any:
    """The JSON sign_token put in token; INVALID_PAGE_TOKEN if this server did not issue it or it was altered."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        raise bad_token("page_token is not a token this server issued; start again without one") from None
    payload, mac = raw[:-12], raw[-12:]
    if len(raw) <= 12 or not hmac.compare_digest(mac, _mac(payload, key)):
        raise bad_token("page_token is corrupt or was altered; start again without one")
    return json.loads(payload)


def encode_token(query: ListQuery, values: tuple[str | int, ...], row_id: int) -> str:
    return sign_token([query.fingerprint, list(values), row_id])


def decode_token(token: str, fingerprint: str, order: tuple[OrderKey, ...]) -> tuple[tuple[str | int, ...], int]:
    issued_for, values, row_id = unsign_token(token)
    if issued_for != fingerprint:
        raise bad_token(
            "page_token belongs to a different query; keep filter, order_by, show_deleted and the model the same "
            "while paging"
        )
    expected = [str if k.field == "name" else int for k in order]
    if len(values) != len(expected) or not all(type(v) is t for v, t in zip(values, expected, strict=True)):
        raise bad_token("page_token does not match this query's ordering; start again without one")
    return tuple(values), int(row_id)


def build_query(
    target: Target, parent: str, filter_text: str, order_by: str, size: int, token: str, show_deleted: bool
) -> ListQuery:
    where = parse_where(target, filter_text)
    order = parse_order(target, order_by, parent)
    size = page_size(size)
    digest = hashlib.sha256(
        json.dumps([target.value, parent, filter_text, [(k.field, k.descending) for k in order], show_deleted]).encode()
    ).hexdigest()[:16]
    after = decode_token(token, digest, order) if token else None
    return ListQuery(target, parent, where, order, size, show_deleted, after, digest)
