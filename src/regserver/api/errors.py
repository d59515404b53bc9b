"""Maps domain errors to gRPC statuses carrying a google.rpc.ErrorInfo detail."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
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
    errors.Unavailable: grpc.StatusCode.UNAVAILABLE,
}


def status_metadata(code: grpc.StatusCode, message: str, reason: str, metadata: dict[str, str]) -> tuple[Any, ...]:
    info = error_details_pb2.ErrorInfo(reason=reason, domain=DOMAIN, metadata=metadata)
    detail = any_pb2.Any()
    detail.Pack(info)
    status = status_pb2.Status(code=code.value[0], message=message, details=[detail])
    return (("grpc-status-details-bin", status.SerializeToString()),)


async def abort(context: grpc.aio.ServicerContext[Any, Any], error: errors.RegistryError) -> None:
    code = _CODES.get(type(error), grpc.StatusCode.FAILED_PRECONDITION)
    await context.abort(code, error.message, status_metadata(code, error.message, error.reason, error.metadata))


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
            log.exception("unexpected error in %s", method.__name__)
            message = "regserver hit an unexpected error; it has been logged"
            await context.abort(
                grpc.StatusCode.INTERNAL,
                message,
                status_metadata(grpc.StatusCode.INTERNAL, message, "INTERNAL", {}),
            )

    return wrapper  # type: ignore[return-value]


assert grpc.StatusCode.INVALID_ARGUMENT.value[0] == code_pb2.INVALID_ARGUMENT
