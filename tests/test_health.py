"""grpc.health.v1 and server reflection, on a real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from google.protobuf import descriptor_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from regserver_client import from_rpc_error
from regserver_client.v1 import model_registry_pb2, model_registry_pb2_grpc

from regserver.config import Settings
from tests.support.postgres import PostgresServer
from tests.support.server import ServerThread

SERVICE = "regserver.v1.ModelRegistry"
SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


@pytest.fixture
def channel(server: ServerThread) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(server.target) as ch:
        yield ch


def _check(channel: grpc.Channel, service: str = "") -> health_pb2.HealthCheckResponse.ServingStatus.ValueType:
    stub = health_pb2_grpc.HealthStub(channel)
    response = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
    return response.status


def _poll_status(
    channel: grpc.Channel, want: health_pb2.HealthCheckResponse.ServingStatus.ValueType, within: float
) -> float:
    """Polls Check("") until it reports `want`; returns how long that took."""
    start = time.monotonic()
    seen = None
    while time.monotonic() - start < within:
        seen = _check(channel)
        if seen == want:
            return time.monotonic() - start
        time.sleep(0.05)
    name = health_pb2.HealthCheckResponse.ServingStatus.Name
    raise AssertionError(f"health stayed {name(seen or 0)}, wanted {name(want)} within {within}s")


@pytest.mark.parametrize("service", ["", SERVICE])
def test_check_reports_serving(channel: grpc.Channel, service: str) -> None:
    assert _check(channel, service) == SERVING


def test_check_of_an_unknown_service_is_not_found(channel: grpc.Channel) -> None:
    with pytest.raises(grpc.RpcError) as info:
        _check(channel, "no.such.Service")
    assert info.value.code() == grpc.StatusCode.NOT_FOUND


def _reflect(channel: grpc.Channel, request: reflection_pb2.ServerReflectionRequest) -> Iterator[object]:
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    return stub.ServerReflectionInfo(iter([request]), timeout=5)


def test_reflection_lists_services(channel: grpc.Channel) -> None:
    (response,) = _reflect(channel, reflection_pb2.ServerReflectionRequest(list_services=""))
    names = {s.name for s in response.list_services_response.service}
    assert {SERVICE, "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"} <= names


def test_reflection_serves_the_model_registry_file(channel: grpc.Channel) -> None:
    (response,) = _reflect(channel, reflection_pb2.ServerReflectionRequest(file_containing_symbol=SERVICE))
    assert response.WhichOneof("message_response") == "file_descriptor_response", response
    files = [
        descriptor_pb2.FileDescriptorProto.FromString(raw)
        for raw in response.file_descriptor_response.file_descriptor_proto
    ]
    by_name = {f.name: f for f in files}
    assert "regserver/v1/model_registry.proto" in by_name
    registry_file = by_name["regserver/v1/model_registry.proto"]
    assert registry_file.package == "regserver.v1"
    assert "ModelRegistry" in {s.name for s in registry_file.service}


def test_unknown_symbol_reflection_is_not_found(channel: grpc.Channel) -> None:
    (response,) = _reflect(channel, reflection_pb2.ServerReflectionRequest(file_containing_symbol="no.such.Symbol"))
    assert response.WhichOneof("message_response") == "error_response"
    assert response.error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0]


def test_stop_reports_not_serving_then_refuses(server: ServerThread, channel: grpc.Channel) -> None:
    """Observed: a Watch stream sees NOT_SERVING as shutdown starts; once stop() returns the
    listening socket is closed, so Check fails with UNAVAILABLE (connection refused)
    rather than answering NOT_SERVING."""
    assert server.server is not None
    watch = health_pb2_grpc.HealthStub(channel).Watch(health_pb2.HealthCheckRequest(service=""), timeout=30)
    assert next(watch).status == SERVING

    server._run(server.server.stop())

    # The watcher was told before the server went away (it may also see the stream end).
    statuses = []
    try:
        statuses.extend(update.status for update in watch)
    except grpc.RpcError as e:
        assert e.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED), e
    assert statuses[:1] == [NOT_SERVING], statuses

    start = time.monotonic()
    with grpc.insecure_channel(server.target) as fresh, pytest.raises(grpc.RpcError) as info:
        _check(fresh)
    assert info.value.code() == grpc.StatusCode.UNAVAILABLE
    assert time.monotonic() - start < 3, "a stopped server must refuse, not hang"


def _get_model(channel: grpc.Channel, name: str) -> model_registry_pb2.GetRegisteredModelResponse:
    stub = model_registry_pb2_grpc.ModelRegistryStub(channel)
    return stub.GetRegisteredModel(model_registry_pb2.GetRegisteredModelRequest(name=name), timeout=10)


def _create_model(channel: grpc.Channel, name: str) -> None:
    stub = model_registry_pb2_grpc.ModelRegistryStub(channel)
    request = model_registry_pb2.CreateRegisteredModelRequest()
    request.registered_model.name = name
    stub.CreateRegisteredModel(request, timeout=10)


def test_database_outage_flips_health_and_recovers(tmp_path: Path) -> None:
    """PostgreSQL goes away: NOT_SERVING and UNAVAILABLE calls; it comes back: SERVING again."""
    with PostgresServer() as pg:
        settings = Settings(
            port=0,
            metrics_port=0,
            http_port=0,
            data_dir=str(tmp_path / "data"),
            database_url=pg.create_database(),
            health_check_interval_seconds=0.2,
            shutdown_grace_seconds=1.0,
        )
        with ServerThread(settings) as running, grpc.insecure_channel(running.target) as channel:
            assert _check(channel) == SERVING
            assert _check(channel, SERVICE) == SERVING
            _create_model(channel, "outage-model")

            pg.pause()
            try:
                _poll_status(channel, NOT_SERVING, within=10)
                assert _check(channel, SERVICE) == NOT_SERVING

                with pytest.raises(grpc.RpcError) as info:
                    _get_model(channel, "outage-model")
                error = from_rpc_error(info.value)
                assert info.value.code() == grpc.StatusCode.UNAVAILABLE, (info.value.code(), info.value.details())
                # Sent by regserver (not a transport failure), and says why.
                assert error.reason == "DATABASE_UNAVAILABLE", (error.reason, error.message)
            finally:
                pg.resume()

            _poll_status(channel, SERVING, within=15)
            assert _check(channel, SERVICE) == SERVING
            assert _get_model(channel, "outage-model").registered_model.name == "outage-model"
