"""Typed exceptions for the gRPC status codes regserver returns.

Every regserver error carries a google.rpc.ErrorInfo detail in the
`grpc-status-details-bin` trailer; `from_rpc_error` decodes it so callers can
branch on `reason` (e.g. "MODEL_NOT_FOUND") instead of parsing messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.protobuf.message import DecodeError, Message
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

__all__ = [
    "AlreadyExists",
    "Cancelled",
    "Conflict",
    "DataLoss",
    "DeadlineExceeded",
    "FailedPrecondition",
    "Internal",
    "InvalidArgument",
    "NotFound",
    "OutOfRange",
    "PermissionDenied",
    "RegistryError",
    "ResourceExhausted",
    "Unauthenticated",
    "Unavailable",
    "Unimplemented",
    "Unknown",
    "from_http_error",
    "from_rpc_error",
]

_DETAILS_TRAILER = "grpc-status-details-bin"

# The google.rpc detail types a server may attach, by full name; others are kept as a raw Any.
_DETAIL_TYPES: dict[str, type[Message]] = {
    detail_type.DESCRIPTOR.full_name: detail_type
    for detail_type in (
        error_details_pb2.ErrorInfo,
        error_details_pb2.RetryInfo,
        error_details_pb2.DebugInfo,
        error_details_pb2.QuotaFailure,
        error_details_pb2.PreconditionFailure,
        error_details_pb2.BadRequest,
        error_details_pb2.RequestInfo,
        error_details_pb2.ResourceInfo,
        error_details_pb2.Help,
        error_details_pb2.LocalizedMessage,
    )
}


class RegistryError(Exception):
    """A failed regserver call: its status code, message and decoded error details.

    `reason` and `metadata` come from the google.rpc.ErrorInfo detail (empty when the
    error did not come from regserver itself, e.g. a proxy or the transport).
    """

    grpc_code: grpc.StatusCode = grpc.StatusCode.UNKNOWN

    def __init__(
        self,
        message: str,
        *,
        code: grpc.StatusCode | None = None,
        reason: str = "",
        metadata: Mapping[str, str] | None = None,
        details: Sequence[Message] = (),
    ) -> None:
        super().__init__(message)
        self.code: grpc.StatusCode = code if code is not None else self.grpc_code
        self.message = message
        self.reason = reason
        self.metadata: dict[str, str] = dict(metadata or {})
        self.details: list[Message] = list(details)

    def __str__(self) -> str:
        text = f"{self.code.name}: {self.message}"
        return f"{text} (reason={self.reason})" if self.reason else text

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code.name}, reason={self.reason!r})"


class Cancelled(RegistryError):
    grpc_code = grpc.StatusCode.CANCELLED


class Unknown(RegistryError):
    grpc_code = grpc.StatusCode.UNKNOWN


class InvalidArgument(RegistryError):
    """A field, filter, order_by, page token or update mask was rejected; see metadata["field"]."""

    grpc_code = grpc.StatusCode.INVALID_ARGUMENT


class DeadlineExceeded(RegistryError):
    grpc_code = grpc.StatusCode.DEADLINE_EXCEEDED


class NotFound(RegistryError):
    grpc_code = grpc.StatusCode.NOT_FOUND


class AlreadyExists(RegistryError):
    grpc_code = grpc.StatusCode.ALREADY_EXISTS


class PermissionDenied(RegistryError):
    grpc_code = grpc.StatusCode.PERMISSION_DENIED


class ResourceExhausted(RegistryError):
    grpc_code = grpc.StatusCode.RESOURCE_EXHAUSTED


class FailedPrecondition(RegistryError):
    """The resource is in the wrong state (deleted, not deleted, purged, not READY)."""

    grpc_code = grpc.StatusCode.FAILED_PRECONDITION


class Conflict(RegistryError):
    """ABORTED: a stale etag or a reused request_id; re-read the resource and retry."""

    grpc_code = grpc.StatusCode.ABORTED


class OutOfRange(RegistryError):
    grpc_code = grpc.StatusCode.OUT_OF_RANGE


class Unimplemented(RegistryError):
    grpc_code = grpc.StatusCode.UNIMPLEMENTED


class Internal(RegistryError):
    grpc_code = grpc.StatusCode.INTERNAL


class Unavailable(RegistryError):
    """The server (or its database) cannot be reached right now; safe to retry reads."""

    grpc_code = grpc.StatusCode.UNAVAILABLE


class DataLoss(RegistryError):
    grpc_code = grpc.StatusCode.DATA_LOSS


class Unauthenticated(RegistryError):
    grpc_code = grpc.StatusCode.UNAUTHENTICATED


_BY_CODE: dict[grpc.StatusCode, type[RegistryError]] = {
    cls.grpc_code: cls
    for cls in (
        Cancelled,
        Unknown,
        InvalidArgument,
        DeadlineExceeded,
        NotFound,
        AlreadyExists,
        PermissionDenied,
        ResourceExhausted,
        FailedPrecondition,
        Conflict,
        OutOfRange,
        Unimplemented,
        Internal,
        Unavailable,
        DataLoss,
        Unauthenticated,
    )
}


def from_rpc_error(err: grpc.RpcError) -> RegistryError:
    """Converts a failed call into the matching RegistryError subclass.

    Never raises: an error without a status-details trailer (or with an undecodable
    one) still maps by code, with empty reason, metadata and details.
    """
    code = err.code() if callable(getattr(err, "code", None)) else grpc.StatusCode.UNKNOWN
    text = err.details() if callable(getattr(err, "details", None)) else None
    status = _rich_status(err)
    message_text = text or (status.message if status is not None else "") or str(err)

    details = [_unpack(any_detail) for any_detail in status.details] if status is not None else []
    reason = ""
    metadata: dict[str, str] = {}
    # The first ErrorInfo is authoritative; regserver sends exactly one.
    for detail in details:
        if isinstance(detail, error_details_pb2.ErrorInfo):
            reason = detail.reason
            metadata = dict(detail.metadata)
            break

    cls = _BY_CODE.get(code, Unknown)
    return cls(
        message_text,
        code=code if code in _BY_CODE else None,
        reason=reason,
        metadata=metadata,
        details=details,
    )


def _rich_status(err: grpc.RpcError) -> status_pb2.Status | None:
    """The google.rpc.Status from the trailer, or None if there is none or it is unreadable."""
    if not callable(getattr(err, "trailing_metadata", None)):
        return None
    try:
        status: status_pb2.Status | None = rpc_status.from_call(err)
        return status
    except ValueError:
        # Code or message disagree with the trailer (e.g. a proxy rewrote the message):
        # the details are still the server's, so decode them directly.
        trailer: Any = err.trailing_metadata() or ()
        for key, value in trailer:
            if key == _DETAILS_TRAILER:
                try:
                    decoded: status_pb2.Status = status_pb2.Status.FromString(value)
                    return decoded
                except DecodeError:
                    return None
        return None
    except DecodeError:
        return None


def _unpack(detail: any_pb2.Any) -> Message:
    detail_type = _DETAIL_TYPES.get(detail.TypeName())
    if detail_type is None:
        return detail
    unpacked = detail_type()
    return unpacked if detail.Unpack(unpacked) else detail


def from_http_error(status: int, body: bytes) -> RegistryError:
    """Converts an error response of the server's HTTP listener (the Connect protocol's JSON error:
    code, message, details) into the matching RegistryError subclass. Never raises."""
    import base64
    import json

    code = _HTTP_STATUS.get(status, grpc.StatusCode.UNKNOWN)
    message = body[:300].decode("utf-8", "replace").strip() or f"HTTP {status}"
    reason = ""
    metadata: dict[str, str] = {}
    details: list[Message] = []
    try:
        parsed = json.loads(body)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        by_name = {c.name.lower(): c for c in grpc.StatusCode}
        code = by_name.get(str(parsed.get("code", "")), code)
        message = str(parsed.get("message", message))
        for detail in parsed.get("details", []) if isinstance(parsed.get("details"), list) else []:
            if not isinstance(detail, dict) or detail.get("type") != "google.rpc.ErrorInfo":
                continue
            try:
                value = str(detail.get("value", ""))
                info = error_details_pb2.ErrorInfo.FromString(base64.b64decode(value + "=" * (-len(value) % 4)))
            except (ValueError, DecodeError):
                continue
            reason, metadata = info.reason, dict(info.metadata)
            details.append(info)
            break
    cls = _BY_CODE.get(code, Unknown)
    return cls(message, code=code if code in _BY_CODE else None, reason=reason, metadata=metadata, details=details)


_HTTP_STATUS: dict[int, grpc.StatusCode] = {
    400: grpc.StatusCode.INVALID_ARGUMENT,
    401: grpc.StatusCode.UNAUTHENTICATED,
    403: grpc.StatusCode.PERMISSION_DENIED,
    404: grpc.StatusCode.NOT_FOUND,
    409: grpc.StatusCode.ABORTED,
    412: grpc.StatusCode.FAILED_PRECONDITION,
    413: grpc.StatusCode.RESOURCE_EXHAUSTED,
    416: grpc.StatusCode.OUT_OF_RANGE,
    429: grpc.StatusCode.RESOURCE_EXHAUSTED,
    499: grpc.StatusCode.CANCELLED,
    501: grpc.StatusCode.UNIMPLEMENTED,
    502: grpc.StatusCode.UNAVAILABLE,
    503: grpc.StatusCode.UNAVAILABLE,
    504: grpc.StatusCode.DEADLINE_EXCEEDED,
}
