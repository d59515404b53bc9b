"""Maps domain errors to gRPC statuses carrying a google.rpc.ErrorInfo detail."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2

from regserver.domain import errors

log = logging.getLogger(__name__)
DOMAIN = "regserver"

_CODES: dict[type[errors.RegistryError], grpc.StatusCode] = {
    errors.InvalidArgument: grpc.StatusCode.INVALID_ARGUMENT,
    errors.NotFound: grpc.StatusCode.NOT_FOUND,
    errors.AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    errors.FailedPrecondition: grpc.StatusCode.FAILED_PRECONDITION,
    errors.Aborted: grpc.StatusCode.ABORTED,
    errors.OutOfRange: grpc.StatusCode.OUT_OF_RANGE,
    errors.DataLoss: grpc.StatusCode.DATA_LOSS,
    errors.ResourceExhausted: grpc.StatusCode.RESOURCE_EXHAUSTED,
    errors.Unavailable: grpc.StatusCode.UNAVAILABLE,
    errors.Unauthenticated: grpc.StatusCode.UNAUTHENTICATED,
    errors.PermissionDenied: grpc.StatusCode.PERMISSION_DENIED,
}


# Trailers are capped (8 KiB by default in most clients): list a bounded number of violations.
MAX_VIOLATIONS = 50


def status_metadata(
    code: grpc.StatusCode,
    message: str,
    reason: str,
    metadata: dict[str, str],
    violations: list[tuple[str, str, str]] | None = None,
) -> tuple[Any, ...]:
    details = []
    info = any_pb2.Any()
    info.Pack(error_details_pb2.ErrorInfo(reason=reason, domain=DOMAIN, metadata=metadata))
    details.append(info)
    if violations:
        failure = error_details_pb2.PreconditionFailure(
            violations=[
                error_details_pb2.PreconditionFailure.Violation(type=t, subject=s, description=d)
                for t, s, d in violations[:MAX_VIOLATIONS]
            ]
        )
        packed = any_pb2.Any()
        packed.Pack(failure)
        details.append(packed)
    status = status_pb2.Status(code=code.value[0], message=message, details=details)
    return (("grpc-status-details-bin", status.SerializeToString()),)


def code_of(error: errors.RegistryError) -> grpc.StatusCode:
    for kind in type(error).__mro__:  # subclasses take their base's code
        if kind in _CODES:
            return _CODES[kind]
    return grpc.StatusCode.FAILED_PRECONDITION


def _trailers(context: grpc.aio.ServicerContext[Any, Any], status: tuple[Any, ...]) -> tuple[Any, ...]:
    """abort() replaces trailing metadata: keep what was set before (the request id) beside the status."""
    return (*(context.trailing_metadata() or ()), *status)


async def abort(context: grpc.aio.ServicerContext[Any, Any], error: errors.RegistryError) -> None:
    code = code_of(error)
    status = status_metadata(code, error.message, error.reason, error.metadata, error.violations)
    await context.abort(code, error.message, _trailers(context, status))


async def _abort_unexpected(context: grpc.aio.ServicerContext[Any, Any], method: str) -> None:
    """A bug, not bad input: log the stack, tell the caller only that it happened."""
    log.exception("unexpected error in %s", method)
    message = "regserver hit an unexpected error; it has been logged"
    status = status_metadata(grpc.StatusCode.INTERNAL, message, "INTERNAL", {})
    await context.abort(grpc.StatusCode.INTERNAL, message, _trailers(context, status))


F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def handles_errors(method: F) -> F:
    """Turns domain errors into precise statuses; anything unexpected is logged with its stack."""

    @functools.wraps(method)
    async def wrapper(self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> Any:
        try:
            return await method(self, request, context)
        except errors.RegistryError as e:
            await abort(context, e)
        except Exception:
            await _abort_unexpected(context, method.__name__)

    return wrapper  # type: ignore[return-value]


G = TypeVar("G", bound=Callable[..., AsyncGenerator[Any, None]])


def handles_stream_errors(method: G) -> G:
    """handles_errors for server-streaming methods (async generators)."""

    @functools.wraps(method)
    async def wrapper(self: Any, request: Any, context: grpc.aio.ServicerContext[Any, Any]) -> AsyncIterator[Any]:
        try:
            # Closed here, not left to the collector: its cleanup runs while the call is live.
            async with contextlib.aclosing(method(self, request, context)) as items:
                async for item in items:
                    yield item
        except errors.RegistryError as e:
            await abort(context, e)
        except Exception:
            await _abort_unexpected(context, method.__name__)

    return wrapper  # type: ignore[return-value]


assert grpc.StatusCode.INVALID_ARGUMENT.value[0] == code_pb2.INVALID_ARGUMENT
