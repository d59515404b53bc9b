"""regserver_client.errors.from_rpc_error against real grpc-status-details-bin trailers."""

from __future__ import annotations

import grpc
import pytest
from google.protobuf import any_pb2, duration_pb2
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from regserver_client import (
    Conflict,
    InvalidArgument,
    NotFound,
    RegistryError,
    Unavailable,
    Unknown,
    from_rpc_error,
)


class FakeRpcError(grpc.RpcError):  # type: ignore[misc]  # grpc ships no type hints
    """What a failed unary call raises: an RpcError that is also a grpc.Call."""

    def __init__(
        self,
        code: grpc.StatusCode,
        details: str,
        trailing_metadata: tuple[tuple[str, str | bytes], ...] = (),
    ) -> None:
        super().__init__()
        self._code = code
        self._details = details
        self._trailing_metadata = trailing_metadata

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details

    def trailing_metadata(self) -> tuple[tuple[str, str | bytes], ...]:
        return self._trailing_metadata


def _packed(*details: Message) -> list[any_pb2.Any]:
    packed = []
    for detail in details:
        any_detail = any_pb2.Any()
        any_detail.Pack(detail)
        packed.append(any_detail)
    return packed


def rich_error(
    code: grpc.StatusCode, message: str, *details: Message, trailer_message: str | None = None
) -> FakeRpcError:
    status = status_pb2.Status(
        code=code.value[0],
        message=message if trailer_message is None else trailer_message,
        details=_packed(*details),
    )
    return FakeRpcError(code, message, (("grpc-status-details-bin", status.SerializeToString()),))


def error_info(reason: str, **metadata: str) -> error_details_pb2.ErrorInfo:
    return error_details_pb2.ErrorInfo(reason=reason, domain="regserver", metadata=metadata)


def test_not_found_carries_reason_metadata_and_details() -> None:
    info = error_info("MODEL_NOT_FOUND", name="x")
    err = from_rpc_error(rich_error(grpc.StatusCode.NOT_FOUND, "registered model 'x' not found", info))

    assert isinstance(err, NotFound)
    assert isinstance(err, RegistryError)
    assert err.code == grpc.StatusCode.NOT_FOUND
    assert err.message == "registered model 'x' not found"
    assert err.reason == "MODEL_NOT_FOUND"
    assert err.metadata == {"name": "x"}
    assert err.details == [info]
    assert str(err) == "NOT_FOUND: registered model 'x' not found (reason=MODEL_NOT_FOUND)"


def test_aborted_is_conflict() -> None:
    err = from_rpc_error(rich_error(grpc.StatusCode.ABORTED, "etag is stale", error_info("ETAG_MISMATCH", name="m")))

    assert isinstance(err, Conflict)
    assert err.reason == "ETAG_MISMATCH"


def test_every_detail_is_decoded_and_unknown_types_kept_as_any() -> None:
    bad_request = error_details_pb2.BadRequest(
        field_violations=[error_details_pb2.BadRequest.FieldViolation(field="name", description="too long")]
    )
    retry_info = error_details_pb2.RetryInfo(retry_delay=duration_pb2.Duration(seconds=1))
    foreign = duration_pb2.Duration(seconds=5)
    info = error_info("INVALID_FIELD", field="name")

    err = from_rpc_error(
        rich_error(grpc.StatusCode.INVALID_ARGUMENT, "name is too long", bad_request, info, retry_info, foreign)
    )

    assert isinstance(err, InvalidArgument)
    assert err.reason == "INVALID_FIELD"
    assert err.metadata == {"field": "name"}
    assert err.details[:3] == [bad_request, info, retry_info]
    assert isinstance(err.details[3], any_pb2.Any)
    assert err.details[3].Is(duration_pb2.Duration.DESCRIPTOR)


def test_no_trailer_maps_by_code_alone() -> None:
    err = from_rpc_error(FakeRpcError(grpc.StatusCode.UNAVAILABLE, "failed to connect to all addresses"))

    assert isinstance(err, Unavailable)
    assert (err.reason, err.metadata, err.details) == ("", {}, [])
    assert str(err) == "UNAVAILABLE: failed to connect to all addresses"


def test_trailer_disagreeing_with_the_call_is_still_decoded() -> None:
    # e.g. a proxy rewrote the status message but passed the trailer through.
    call = rich_error(
        grpc.StatusCode.NOT_FOUND,
        "not found (via proxy)",
        error_info("ALIAS_NOT_FOUND", alias="champion"),
        trailer_message="alias 'champion' not found",
    )

    err = from_rpc_error(call)

    assert isinstance(err, NotFound)
    assert err.message == "not found (via proxy)"
    assert err.reason == "ALIAS_NOT_FOUND"


def test_corrupt_trailer_is_ignored() -> None:
    call = FakeRpcError(grpc.StatusCode.INTERNAL, "boom", (("grpc-status-details-bin", b"\xff\xff\xff"),))

    err = from_rpc_error(call)

    assert err.code == grpc.StatusCode.INTERNAL
    assert err.reason == ""


def test_bare_rpc_error_is_unknown() -> None:
    err = from_rpc_error(grpc.RpcError())

    assert isinstance(err, Unknown)
    assert err.code == grpc.StatusCode.UNKNOWN


@pytest.mark.parametrize("code", [c for c in grpc.StatusCode if c is not grpc.StatusCode.OK], ids=lambda c: c.name)
def test_every_status_code_has_its_own_class(code: grpc.StatusCode) -> None:
    err = from_rpc_error(FakeRpcError(code, "message"))

    assert type(err).grpc_code == code
    assert err.code == code
    assert str(err) == f"{code.name}: message"
