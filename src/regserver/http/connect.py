"""The Connect protocol's wire shapes (connectrpc.com/docs/protocol): content types, the HTTP status
of each gRPC code, error bodies with their details, and the envelopes of a streaming response.

Only the encoding lives here; which handler answers is regserver.http.gateway's concern.
"""

from __future__ import annotations

import base64
import json
import struct
from dataclasses import dataclass
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message
from google.rpc import status_pb2

# The unary codecs, then the streaming ones (an envelope around each message).
UNARY_TYPES = {"application/proto": "proto", "application/json": "json"}
STREAM_TYPES = {"application/connect+proto": "proto", "application/connect+json": "json"}
PROTOCOL_VERSION = "1"

# connectrpc.com/docs/protocol#error-codes
HTTP_STATUS = {
    grpc.StatusCode.CANCELLED: 499,
    grpc.StatusCode.UNKNOWN: 500,
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.DEADLINE_EXCEEDED: 504,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 429,
    grpc.StatusCode.FAILED_PRECONDITION: 400,
    grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.OUT_OF_RANGE: 400,
    grpc.StatusCode.UNIMPLEMENTED: 501,
    grpc.StatusCode.INTERNAL: 500,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DATA_LOSS: 500,
    grpc.StatusCode.UNAUTHENTICATED: 401,
}
# Headers that belong to HTTP itself, never passed to a handler as call metadata.
_NOT_METADATA = frozenset(
    {"host", "connection", "content-length", "content-type", "content-encoding", "accept-encoding",
     "transfer-encoding", "keep-alive", "te", "upgrade", "user-agent", "accept", "origin", "referer"}
)  # fmt: skip
END_STREAM = 0x02
_HEADER = struct.Struct(">BI")


def codec_of(content_type: str, streaming: bool) -> str | None:
    """'proto' or 'json' for a request's Content-Type (parameters such as charset ignored)."""
    media = content_type.split(";", 1)[0].strip().lower()
    return (STREAM_TYPES if streaming else UNARY_TYPES).get(media)


def content_type(codec: str, streaming: bool) -> str:
    return f"application/connect+{codec}" if streaming else f"application/{codec}"


def metadata_of(headers: Any) -> tuple[tuple[str, str], ...]:
    """The call metadata a gRPC client would have sent: every header but HTTP's own, keys lowercase."""
    return tuple(
        (key.lower(), value)
        for key, value in headers.items()
        if key.lower() not in _NOT_METADATA and not key.lower().startswith("connect-")
    )


@dataclass(frozen=True, slots=True)
class Failure:
    """A call's error as Connect sends it."""

    code: grpc.StatusCode
    message: str
    details: tuple[tuple[str, bytes], ...] = ()  # (type name, serialized message)

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.code, 500)

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code.name.lower(), "message": self.message}
        if self.details:
            error["details"] = [
                {"type": type_name, "value": base64.b64encode(value).decode().rstrip("=")}
                for type_name, value in self.details
            ]
        return error

    def json(self) -> bytes:
        return json.dumps(self.body(), separators=(",", ":")).encode()


def failure(code: grpc.StatusCode, message: str, trailing: tuple[tuple[str, Any], ...] = ()) -> Failure:
    """The Failure of an aborted call: its `grpc-status-details-bin` trailer becomes the details."""
    details: tuple[tuple[str, bytes], ...] = ()
    for key, value in trailing:
        if key == "grpc-status-details-bin" and isinstance(value, bytes):
            status = status_pb2.Status.FromString(value)
            details = tuple((d.TypeName(), d.value) for d in status.details)
    return Failure(code, message, details)


def envelope(flags: int, payload: bytes) -> bytes:
    return _HEADER.pack(flags, len(payload)) + payload


def end_of_stream(error: Failure | None, trailing: tuple[tuple[str, str], ...]) -> bytes:
    """The last envelope of a streaming response: its error, if any, and the trailing metadata."""
    end: dict[str, Any] = {}
    if error is not None:
        end["error"] = error.body()
    metadata: dict[str, list[str]] = {}
    for key, value in trailing:
        if isinstance(value, str):
            metadata.setdefault(key, []).append(value)
    if metadata:
        end["metadata"] = metadata
    return envelope(END_STREAM, json.dumps(end, separators=(",", ":")).encode())


def unwrap(body: bytes) -> bytes | None:
    """The one message of a server-streaming request's body (one uncompressed envelope), or None."""
    if len(body) < _HEADER.size:
        return None
    flags, length = _HEADER.unpack_from(body)
    if flags != 0 or len(body) != _HEADER.size + length:
        return None
    return body[_HEADER.size :]


def decode(message_class: type[Message], codec: str, payload: bytes) -> Message:
    """The request message; ValueError (from protobuf's DecodeError or ParseError) if it does not decode."""
    if codec == "proto":
        return message_class.FromString(payload)
    message = message_class()
    try:
        json_format.Parse(payload, message, ignore_unknown_fields=False)
    except json_format.ParseError as e:
        raise ValueError(str(e)) from None
    except UnicodeDecodeError:
        raise ValueError("the JSON body is not UTF-8") from None
    return message


def encode(message: Message, codec: str) -> bytes:
    if codec == "proto":
        return message.SerializeToString()
    return json_format.MessageToJson(message, indent=None, preserving_proto_field_name=False).encode()
