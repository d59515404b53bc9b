"""The suite fuzzes itself: every RPC of every service, from the protobuf descriptors alone (no list
to keep up to date), against one real `regserver serve` at the default log level.

Requests lean on the edges (tests/support/requests.py); raw bodies include ones that do not parse.
Asserted: never UNKNOWN, never INTERNAL, no hang, no crash, no traceback in the server's log, and
health answers SERVING at the end. A fixed seed and a short budget here; `make fuzz` runs longer
(REGSERVER_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any

import grpc
import httpx
import pytest
from google.protobuf import json_format
from google.protobuf.descriptor import MethodDescriptor
from google.protobuf.message import DecodeError
from google.protobuf.message_factory import GetMessageClass
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_status import rpc_status
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from regserver_client import Registry
from regserver_client.v1 import errors_pb2

from regserver.server import SERVICE_DESCRIPTORS
from tests.support.postgres import PostgresServer
from tests.support.process import ServerProcess, clean_env
from tests.support.requests import messages

EXAMPLES = int(os.environ.get("REGSERVER_FUZZ_EXAMPLES", "25"))
# A fixed seed (derandomize) and no example database: every run tries the same requests.
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FORBIDDEN = (grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL, grpc.StatusCode.UNAVAILABLE)
# Names that exist on the fuzzed server, so requests also reach the code behind the lookups.
KNOWN = ("fraud", "champion", "challenger", "Production", "1", "2", "fraud-detector")

METHODS = [m for service in SERVICE_DESCRIPTORS for m in service.methods]
UNARY = [m for m in METHODS if not m.client_streaming and not m.server_streaming]
SERVER_STREAMING = [m for m in METHODS if not m.client_streaming and m.server_streaming]
# Bodies that cannot parse as any message: each breaks the wire format a different way.
MALFORMED = (
    b"\x08" + b"\xff" * 10 + b"\x01",  # an overlong varint (11 bytes)
    b"\x0a\x10abc",  # a length past the end
    b"\x0f",  # wire type 7 does not exist
    b"\x0b\x08\x01",  # a group started and never ended
    b"\x0a",  # a tag with nothing after it
    b"\x0a\xff\xff\xff\xff\x0f",  # a 4 GiB length
)


def _path(method: MethodDescriptor) -> str:
    return f"/{method.containing_service.full_name}/{method.name}"


def _id(method: MethodDescriptor) -> str:
    return f"{method.containing_service.name}.{method.name}"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzzed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server per database: their drivers overflow and refuse in different places."""
    data = tmp_path_factory.mktemp("fuzzed")
    database = []
    if request.param == "postgresql":
        pg: PostgresServer = request.getfixturevalue("postgres")
        database = ["--database-url", pg.create_database()]
    # Webhooks may name only this machine: the fuzzer's made-up URLs must never leave it.
    server = ServerProcess(
        ["--port", "0", "--data-dir", str(data), *database, "--webhook-allowed-hosts", "127.0.0.1"], clean_env()
    )
    try:
        server.wait_listening()
        with Registry(server.target) as registry:
            registry.create_model("fraud", description="seeded for the fuzzer", tags={"Env": "prod"})
            for _ in range(2):
                registry.create_version("fraud")
            registry.set_alias("fraud", "champion", 1)
        yield server
    finally:
        server.kill()


@pytest.fixture(scope="module")
def channel(fuzzed: ServerProcess) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(fuzzed.target) as ch:
        yield ch


def _refusal(error: grpc.RpcError, path: str, what: Any) -> None:
    assert error.code() not in FORBIDDEN, f"{path} answered {error.code().name} ({error.details()}) to {what!r}"
    assert error.code() != grpc.StatusCode.DEADLINE_EXCEEDED, f"{path} did not answer within 20s: {what!r}"
    assert error.details(), f"{path} answered {error.code().name} with no message to {what!r}"


@pytest.mark.parametrize("method", UNARY, ids=_id)
def test_no_request_gets_unknown_internal_or_a_crash(
    fuzzed: ServerProcess, channel: grpc.Channel, method: MethodDescriptor
) -> None:
    path = _path(method)
    call = channel.unary_unary(path, request_serializer=lambda m: m.SerializeToString(), response_deserializer=None)

    @FUZZ
    @given(messages(method.input_type, KNOWN))
    def answers_precisely(request: Any) -> None:
        try:
            call(request, timeout=20)
        except grpc.RpcError as e:
            _refusal(e, path, request)

    answers_precisely()
    assert fuzzed.proc.poll() is None, f"the server died on {path}:\n{fuzzed.stderr[-5000:]}"


@pytest.mark.parametrize("method", SERVER_STREAMING, ids=_id)
def test_no_stream_request_gets_unknown_internal_or_a_crash(
    fuzzed: ServerProcess, channel: grpc.Channel, method: MethodDescriptor
) -> None:
    path = _path(method)
    call = channel.unary_stream(path, request_serializer=lambda m: m.SerializeToString(), response_deserializer=None)

    @FUZZ
    @given(messages(method.input_type, KNOWN), st.integers(0, 3))
    def answers_precisely(request: Any, read: int) -> None:
        stream = call(request, timeout=2)
        try:
            for _ in range(read):
                next(stream)
            stream.cancel()
        except StopIteration:
            pass
        except grpc.RpcError as e:
            if e.code() not in (grpc.StatusCode.CANCELLED, grpc.StatusCode.DEADLINE_EXCEEDED):  # a Watch waits
                _refusal(e, path, request)

    answers_precisely()
    assert fuzzed.proc.poll() is None, f"the server died on {path}:\n{fuzzed.stderr[-5000:]}"


def _parses(method: MethodDescriptor, body: bytes) -> bool:
    try:
        GetMessageClass(method.input_type).FromString(body)
    except DecodeError:
        return False
    return True


def _send_raw(channel: grpc.Channel, method: MethodDescriptor, body: bytes) -> None:
    """The body as the method's one request (its first, for WriteBlob); raises the call's RpcError."""
    path = _path(method)
    if method.client_streaming:
        channel.stream_unary(path)(iter([body]), timeout=20)
    elif method.server_streaming:
        for _ in channel.unary_stream(path)(body, timeout=2):
            pass
    else:
        channel.unary_unary(path)(body, timeout=20)


@pytest.mark.parametrize("method", METHODS, ids=_id)
def test_bodies_that_do_not_parse_get_invalid_argument(
    fuzzed: ServerProcess, channel: grpc.Channel, method: MethodDescriptor
) -> None:
    path = _path(method)
    for body in MALFORMED:
        assert not _parses(method, body)
        with pytest.raises(grpc.RpcError) as refused:
            _send_raw(channel, method, body)
        error = refused.value
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, f"{path}: {error.code().name} {error.details()}"
        assert f"not a valid {method.name} request message" in error.details()
        status = rpc_status.from_call(error)
        assert status is not None
        info = error_details_pb2.ErrorInfo()
        assert status.details[0].Unpack(info)
        assert info.reason == errors_pb2.ErrorReason.Name(errors_pb2.ERROR_REASON_MALFORMED_REQUEST).removeprefix(
            "ERROR_REASON_"
        )

    @FUZZ
    @given(st.binary(max_size=64))
    def never_unknown(body: bytes) -> None:
        try:
            _send_raw(channel, method, body)
        except grpc.RpcError as e:
            if method.server_streaming and e.code() == grpc.StatusCode.DEADLINE_EXCEEDED:
                return  # it parsed, and a Watch waits for events
            _refusal(e, path, body)
            if not _parses(method, body):
                assert e.code() == grpc.StatusCode.INVALID_ARGUMENT, f"{path}: {e.code().name} for {body!r}"

    never_unknown()
    assert fuzzed.proc.poll() is None, f"the server died on {path}:\n{fuzzed.stderr[-5000:]}"


# ----- the same through the HTTP front door (Connect protocol) -------------------------------------

HTTP_LINE = re.compile(r"web UI and HTTP API on (http://[\d.]+:\d+)/")
CONNECT_CODES = {
    "canceled", "unknown", "invalid_argument", "deadline_exceeded", "not_found", "already_exists",
    "permission_denied", "resource_exhausted", "failed_precondition", "aborted", "out_of_range",
    "unimplemented", "internal", "unavailable", "data_loss", "unauthenticated",
}  # fmt: skip


@pytest.fixture(scope="module")
def http(fuzzed: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fuzzed.wait_for_line(HTTP_LINE).group(1), timeout=20) as client:
        yield client


def _http_answer(response: httpx.Response, path: str, what: Any) -> None:
    """A success, or a 4xx in Connect's error shape with a message: never a 5xx."""
    if response.status_code == 200:
        return
    assert response.status_code < 500, f"{path} answered HTTP {response.status_code} ({response.text}) to {what!r}"
    error = response.json()
    assert error["code"] in CONNECT_CODES and error["code"] not in ("unknown", "internal"), (path, error, what)
    assert error["message"], f"{path} answered {error['code']} with no message to {what!r}"


@pytest.mark.parametrize("method", UNARY, ids=_id)
def test_over_http_no_request_gets_a_5xx_in_json_or_protobuf(
    fuzzed: ServerProcess, http: httpx.Client, method: MethodDescriptor
) -> None:
    path = _path(method)

    @FUZZ
    @given(messages(method.input_type, KNOWN), st.sampled_from(["json", "proto"]))
    def answers_precisely(request: Any, codec: str) -> None:
        try:
            body = json_format.MessageToJson(request).encode() if codec == "json" else request.SerializeToString()
        except json_format.SerializeToJsonError:
            codec, body = "proto", request.SerializeToString()  # a value proto3 JSON cannot write
        _http_answer(http.post(path, content=body, headers={"Content-Type": f"application/{codec}"}), path, request)

    answers_precisely()

    @FUZZ
    @given(st.binary(max_size=64) | st.text(max_size=64).map(str.encode), st.sampled_from(["json", "proto"]))
    def bodies_that_do_not_parse(body: bytes, codec: str) -> None:
        _http_answer(http.post(path, content=body, headers={"Content-Type": f"application/{codec}"}), path, body)

    bodies_that_do_not_parse()
    assert fuzzed.proc.poll() is None, f"the server died on {path}:\n{fuzzed.stderr[-5000:]}"


def test_after_the_fuzzing_the_server_is_healthy_and_logged_no_traceback(
    fuzzed: ServerProcess, channel: grpc.Channel
) -> None:
    """Runs last in this file: whatever came before, the same process still serves."""
    health = health_pb2_grpc.HealthStub(channel)
    assert health.Check(health_pb2.HealthCheckRequest(), timeout=10).status == health_pb2.HealthCheckResponse.SERVING
    with Registry(fuzzed.target) as registry:
        registry.create_model("after-the-fuzz")
        assert registry.get_model("after-the-fuzz").name == "after-the-fuzz"
    log = fuzzed.stderr
    assert "Traceback" not in log, log[log.index("Traceback") - 2000 : log.index("Traceback") + 3000]
    assert "Unexpected" not in log
    assert "unexpected error" not in log
