"""Audit servicer, and what a recorded call's request and response say (resource, JSON, secrets out)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from regserver_client.v1 import audit_pb2 as pb
from regserver_client.v1 import audit_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.audit import in_transaction
from regserver.audit.chain import AuditFilter, AuditRecord
from regserver.audit.recorder import Recorder
from regserver.domain.validation import MODEL_NAME

Context = grpc.aio.ServicerContext[Any, Any]

R = TypeVar("R")

REDACTED = "<redacted>"
# Fields never stored, wherever they appear: token and webhook secrets.
SECRET_FIELDS = frozenset({"secret", "secretHash", "secret_hash", "signingSecret"})
# Request fields that name the resource a call acts on, in the order they are shown.
RESOURCE_FIELDS = (
    "name",
    "model_name",
    "new_name",
    "version",
    "alias",
    "experiment_id",
    "run_id",
    "id",
    "webhook_id",
    "delivery_id",
    "principal",
)
# Messages a create or update request carries the resource in.
_CARRIERS = ("registered_model", "model_version", "webhook", "experiment", "run")
_MODEL_PATHS = ("model_name", "registered_model.name", "model_version.model_name")


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if k in SECRET_FIELDS else _redact(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v) for v in value]
    return value


def _as_dict(message: Message) -> Any:
    """proto3 JSON as a dict, also for values proto3 JSON has no form for.

    A FieldMask path such as `tags.Env` (a valid tag key) has no camelCase form, and a Timestamp
    outside years 1-9999 (an ignored output-only field, say) no RFC 3339 one: json_format raises on
    both. An audit record must still say what was asked, so those render as the paths joined by
    commas and as {"seconds", "nanos"}; everything else as json_format renders it."""
    try:
        return json_format.MessageToDict(message, preserving_proto_field_name=True)
    except (json_format.SerializeToJsonError, ValueError, OverflowError):
        pass
    kind = message.DESCRIPTOR.full_name
    if kind == "google.protobuf.FieldMask":
        return ",".join(message.paths)  # type: ignore[attr-defined]
    if kind in ("google.protobuf.Timestamp", "google.protobuf.Duration"):
        return {"seconds": str(message.seconds), "nanos": message.nanos}  # type: ignore[attr-defined]
    if kind.startswith("google.protobuf."):
        return str(message)  # Struct, Value, Any: their text form
    scalars = type(message)()
    scalars.CopyFrom(message)
    nested: dict[str, Any] = {}
    for field, value in message.ListFields():
        if field.message_type is None:
            continue
        scalars.ClearField(field.name)
        if field.message_type.GetOptions().map_entry:
            value_field = field.message_type.fields_by_name["value"]
            if value_field.message_type is None:
                nested[field.name] = {str(k): v for k, v in value.items()}
            else:
                nested[field.name] = {str(k): _as_dict(v) for k, v in value.items()}
        elif field.is_repeated:
            nested[field.name] = [_as_dict(item) for item in value]
        else:
            nested[field.name] = _as_dict(value)
    as_dict: dict[str, Any] = json_format.MessageToDict(scalars, preserving_proto_field_name=True)
    as_dict.update(nested)
    return as_dict


def to_json(message: Any) -> str:
    """proto3 JSON of a message with secrets replaced; "" for anything else (a streamed request)."""
    if not isinstance(message, Message):
        return ""
    return json.dumps(_redact(_as_dict(message)), sort_keys=True, separators=(",", ":"))


def audited(respond: Callable[[Any], R]) -> Callable[[Any], R]:
    """Registers how the domain result becomes the call's response, for its audit record written
    in the change's transaction (regserver.audit.in_transaction); returns `respond` for the answer."""
    in_transaction.render_with(lambda result: to_json(respond(result)))
    return respond


def _fields(message: Message) -> list[str]:
    present = {f.name: v for f, v in message.ListFields()}
    return [f"{k}={present[k]}" for k in RESOURCE_FIELDS if k in present and not isinstance(present[k], Message)]


def resource_of(request: Any) -> str:
    if not isinstance(request, Message):
        return ""
    parts = _fields(request)
    for carrier in _CARRIERS:
        field = request.DESCRIPTOR.fields_by_name.get(carrier)
        if field is not None and field.message_type is not None and request.HasField(carrier):
            parts += [f"{carrier}.{p}" for p in _fields(getattr(request, carrier))]
    return ",".join(parts)


def model_of(method: str, request: Any, from_rule: str) -> str:
    """The registered model a call names: its permission rule's field, else a model field of the request.

    A value that cannot be a model's name (a refused call's) names no model: "" (its request JSON
    keeps it whole), so the record fits the column whatever a client sent."""
    name = _model_named(method, request, from_rule)
    return name if MODEL_NAME.fullmatch(name) else ""


def _model_named(method: str, request: Any, from_rule: str) -> str:
    if from_rule or not isinstance(request, Message):
        return from_rule
    if method.startswith("/regserver.v1.ModelRegistry/") and "name" in request.DESCRIPTOR.fields_by_name:
        return str(getattr(request, "name"))  # noqa: B009 (any request message)
    for path in _MODEL_PATHS:
        value: Any = request
        for part in path.split("."):
            if not isinstance(value, Message) or part not in value.DESCRIPTOR.fields_by_name:
                value = None
                break
            value = getattr(value, part)
        if isinstance(value, str) and value:
            return value
    return ""


def record_pb(r: AuditRecord) -> pb.AuditRecord:
    return pb.AuditRecord(
        sequence=r.sequence,
        time=convert.timestamp(r.time),
        principal=r.principal,
        method=r.method,
        resource=r.resource,
        model_name=r.model_name,
        request_id=r.request_id,
        code=r.code,
        request_json=r.request_json,
        before_json=r.before_json,
        after_json=r.after_json,
        previous_hash=r.previous_hash,
        hash=r.hash,
    )


class AuditServicer(audit_pb2_grpc.AuditServicer):
    def __init__(self, recorder: Recorder) -> None:
        self._recorder = recorder

    @handles_errors
    async def ListAuditRecords(
        self, request: pb.ListAuditRecordsRequest, context: Context
    ) -> pb.ListAuditRecordsResponse:
        where = AuditFilter(
            model_name=request.model_name,
            principal=request.principal,
            method=request.method,
            start_time=convert.micros(request, "start_time"),
            end_time=convert.micros(request, "end_time"),
        )
        page = await self._recorder.list(where, request.page_size, request.page_token)
        return pb.ListAuditRecordsResponse(
            audit_records=[record_pb(r) for r in page.items], next_page_token=page.next_page_token
        )
