"""A hostile client and a careless one, against real servers: what each bad or abandoned call gets.

- Well-formed requests the audit trail once failed to render (FieldMask paths with tag keys,
  out-of-range output-only Timestamps) succeed, once, and are audited.
- Out-of-range Timestamps in inputs get INVALID_ARGUMENT naming the field, with nothing written.
- Server streams cancelled at random points leave the process alive and its in-flight gauges at 0.
- Hundreds of ordinary calls at the default log level leave the process alive (several rounds).
- Writers running while the server is killed with SIGKILL three times: every acknowledged write is
  there afterwards, and version numbers have no gap; on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import socket
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2, timestamp_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from regserver_client import Registry, RegistryError, from_rpc_error
from regserver_client.v1 import (
    access_pb2,
    artifacts_pb2,
    artifacts_pb2_grpc,
    audit_pb2,
    audit_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    governance_pb2,
    model_pb2,
    model_registry_pb2,
    tracking_pb2,
    webhooks_pb2,
    webhooks_pb2_grpc,
)

from regserver.config import Settings
from tests.support.process import ServerProcess, Spawn, clean_env
from tests.support.server import ServerThread

FAR_PAST = -(2**63)
FAR_FUTURE = 10**13
METRICS = re.compile(r"metrics on (http://[\d.]+:\d+/metrics)")


@pytest.fixture
def channel(server: ServerThread) -> Iterator[grpc.Channel]:
    with grpc.insecure_channel(server.target) as ch:
        yield ch


def _ts(seconds: int) -> timestamp_pb2.Timestamp:
    return timestamp_pb2.Timestamp(seconds=seconds)


def _invalid(call: Any, field: str) -> RegistryError:
    with pytest.raises(grpc.RpcError) as refused:
        call()
    error = refused.value
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, f"{error.code().name}: {error.details()}"
    assert field in error.details() and "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z" in error.details()
    typed = from_rpc_error(error)
    assert typed.reason == "INVALID_FIELD" and typed.metadata["field"] == field
    return typed


# ----- requests the audit trail once failed to render --------------------------------------------


def test_update_masks_naming_tag_keys_update_and_are_audited(registry: Registry) -> None:
    registry.create_model("fraud")
    registry.create_version("fraud")
    model = model_pb2.RegisteredModel(name="fraud", tags={"Env": "prod", "my_1": "x"})
    mask = field_mask_pb2.FieldMask(paths=["tags.Env", "tags.my_1"])
    updated = registry.stub.UpdateRegisteredModel(
        model_registry_pb2.UpdateRegisteredModelRequest(registered_model=model, update_mask=mask)
    ).registered_model
    assert dict(updated.tags) == {"Env": "prod", "my_1": "x"}
    version = model_pb2.ModelVersion(model_name="fraud", version=1, tags={"Env": "staging"})
    registry.stub.UpdateModelVersion(
        model_registry_pb2.UpdateModelVersionRequest(
            model_version=version, update_mask=field_mask_pb2.FieldMask(paths=["tags.Env"])
        )
    )
    assert dict(registry.get_version("fraud", 1).tags) == {"Env": "staging"}
    records = {r.method.rsplit("/", 1)[1]: r for r in registry.list_audit_records(model_name="fraud")}
    assert records["UpdateRegisteredModel"].code == "OK"
    assert '"update_mask":"tags.Env,tags.my_1"' in records["UpdateRegisteredModel"].request_json
    assert records["UpdateModelVersion"].code == "OK"


def test_out_of_range_output_only_timestamps_are_ignored_and_the_write_happens_once(
    server: ServerThread, registry: Registry, channel: grpc.Channel
) -> None:
    created = registry.stub.CreateRegisteredModel(
        model_registry_pb2.CreateRegisteredModelRequest(
            registered_model=model_pb2.RegisteredModel(name="fraud", create_time=_ts(FAR_PAST))
        )
    ).registered_model
    assert 1_600_000_000 < created.create_time.seconds < time.time() + 60  # the server's time, not the caller's
    assert [m.name for m in registry.list_models()] == ["fraud"]
    experiment = registry.tracking.CreateExperiment(
        tracking_pb2.CreateExperimentRequest(
            experiment=tracking_pb2.Experiment(name="exp", create_time=_ts(FAR_FUTURE), update_time=_ts(FAR_PAST))
        )
    ).experiment
    assert experiment.create_time.seconds < time.time() + 60
    webhook = (
        webhooks_pb2_grpc.WebhooksStub(channel)
        .CreateWebhook(
            webhooks_pb2.CreateWebhookRequest(
                webhook=webhooks_pb2.Webhook(url="http://127.0.0.1:9/hook", secret="s" * 20, create_time=_ts(FAR_PAST))
            )
        )
        .webhook
    )
    assert webhook.create_time.seconds > 1_600_000_000
    policy = registry.governance.SetPromotionPolicy(
        governance_pb2.SetPromotionPolicyRequest(
            model_name="fraud", policy=governance_pb2.PromotionPolicy(update_time=_ts(FAR_FUTURE))
        )
    )
    assert policy.policy.update_time.seconds < time.time() + 60
    records = [r for r in registry.list_audit_records() if r.method.endswith("/CreateRegisteredModel")]
    assert [r.code for r in records] == ["OK"]
    assert '"seconds":"-9223372036854775808"' in records[0].request_json


# ----- out-of-range time values in inputs ---------------------------------------------------------


def test_out_of_range_timestamps_in_inputs_get_invalid_argument_naming_the_field(
    registry: Registry, channel: grpc.Channel
) -> None:
    registry.create_model("fraud")
    access = registry.access
    _invalid(
        lambda: access.CreateToken(access_pb2.CreateTokenRequest(principal="ci", expire_time=_ts(FAR_FUTURE))),
        "expire_time",
    )
    assert list(access.ListTokens(access_pb2.ListTokensRequest()).tokens) == []  # nothing written
    run = registry.tracking.CreateRun(
        tracking_pb2.CreateRunRequest(run=tracking_pb2.Run(experiment_id=registry.create_experiment("e").id))
    ).run
    _invalid(
        lambda: registry.tracking.UpdateRun(
            tracking_pb2.UpdateRunRequest(
                run_id=run.id, status=tracking_pb2.RUN_STATUS_FINISHED, end_time=_ts(FAR_PAST)
            )
        ),
        "end_time",
    )
    assert registry.get_run(run.id).status == tracking_pb2.RUN_STATUS_RUNNING
    audit = audit_pb2_grpc.AuditStub(channel)
    _invalid(lambda: audit.ListAuditRecords(audit_pb2.ListAuditRecordsRequest(start_time=_ts(FAR_PAST))), "start_time")
    _invalid(lambda: audit.ListAuditRecords(audit_pb2.ListAuditRecordsRequest(end_time=_ts(FAR_FUTURE))), "end_time")
    governance = registry.governance
    _invalid(
        lambda: governance.ListTargetHistory(
            governance_pb2.ListTargetHistoryRequest(
                model_name="fraud", target=governance_pb2.PromotionTarget(alias="champion"), at_time=_ts(FAR_FUTURE)
            )
        ),
        "at_time",
    )
    nanos = timestamp_pb2.Timestamp(seconds=0, nanos=-1)
    with pytest.raises(grpc.RpcError) as refused:
        audit.ListAuditRecords(audit_pb2.ListAuditRecordsRequest(start_time=nanos))
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT and "nanos" in refused.value.details()
    # The edges themselves are valid.
    audit.ListAuditRecords(
        audit_pb2.ListAuditRecordsRequest(start_time=_ts(-62_135_596_800), end_time=_ts(253_402_300_799))
    )


def test_strings_holding_nul_get_invalid_argument_on_both_databases(registry: Registry, channel: grpc.Channel) -> None:
    """PostgreSQL cannot store U+0000 (it answered INTERNAL); SQLite refuses it the same way."""
    with pytest.raises(grpc.RpcError) as refused:
        registry.stub.CreateRegisteredModel(
            model_registry_pb2.CreateRegisteredModelRequest(
                registered_model=model_pb2.RegisteredModel(name="fraud", description="bad\x00byte")
            )
        )
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "registered_model.description contains U+0000" in refused.value.details()
    assert list(registry.list_models()) == []
    audit = audit_pb2_grpc.AuditStub(channel)
    with pytest.raises(grpc.RpcError) as listing:
        audit.ListAuditRecords(audit_pb2.ListAuditRecordsRequest(method="\x00"))
    assert listing.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert from_rpc_error(listing.value).metadata["field"] == "method"


# ----- cancelled streams ---------------------------------------------------------------------------


def _scrape(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode())


def _in_flight(text: str) -> dict[str, float]:
    found = {}
    for line in text.splitlines():
        if line.startswith("regserver_grpc_server_in_flight{"):
            labels, value = line.rsplit(" ", 1)
            found[labels] = float(value)
    return found


def _upload(channel: grpc.Channel, blob: bytes) -> artifacts_pb2.Digest:
    digest = artifacts_pb2.Digest(hash=hashlib.sha256(blob).hexdigest(), size_bytes=len(blob))
    chunk = 1 << 20

    def requests() -> Any:
        for start in range(0, len(blob), chunk):
            first = start == 0
            yield artifacts_pb2.WriteBlobRequest(
                digest=digest if first else None,
                upload_id=uuid.uuid4().hex if first else "",
                data=blob[start : start + chunk],
                finish_write=start + chunk >= len(blob),
            )

    artifacts_pb2_grpc.ArtifactStoreStub(channel).WriteBlob(requests(), timeout=30)
    return digest


def test_streams_cancelled_at_random_points_leave_the_server_alive_and_its_gauges_at_zero(
    spawn: Spawn, tmp_path: Path
) -> None:
    """100 cancels of each server stream (ReadBlob, Watch from now and from a snapshot, health's Watch)
    at the default log level, each after 0 or more of its messages."""
    server = spawn(["--port", "0", "--data-dir", str(tmp_path), "--metrics-port", "0"], env=clean_env())
    server.wait_listening()
    metrics_url = server.wait_for_line(METRICS).group(1)
    rng = random.Random(24)
    with grpc.insecure_channel(server.target) as channel:
        digest = _upload(channel, os.urandom(3 << 20))
        blobs = artifacts_pb2_grpc.ArtifactStoreStub(channel)
        events = events_pb2_grpc.EventServiceStub(channel)
        health = health_pb2_grpc.HealthStub(channel)
        with Registry(server.target) as registry:
            registry.create_model("fraud")
            registry.create_version("fraud")
        # Each stream, and how many messages it sends at once (a Watch then waits for events).
        opens = [
            (lambda: blobs.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest), timeout=30), 2),
            (lambda: events.Watch(events_pb2.WatchRequest(), timeout=30), 1),
            (lambda: events.Watch(events_pb2.WatchRequest(send_initial_state=True), timeout=30), 2),
            (lambda: health.Watch(health_pb2.HealthCheckRequest(), timeout=30), 1),
        ]
        for i in range(400):
            open_stream, sent = opens[i % len(opens)]
            stream = open_stream()
            try:
                for _ in range(rng.randint(0, sent)):
                    next(stream)
                if rng.random() < 0.5:
                    time.sleep(rng.random() * 0.01)
            except StopIteration:
                pass
            stream.cancel()
            assert server.proc.poll() is None, f"died after {i + 1} cancels:\n{server.stderr[-4000:]}"
        status = health.Check(health_pb2.HealthCheckRequest(), timeout=10).status
        assert status == health_pb2.HealthCheckResponse.SERVING
    deadline = time.monotonic() + 10
    while True:
        text = _scrape(metrics_url)
        busy = {k: v for k, v in _in_flight(text).items() if v != 0}
        watching = re.search(r"^regserver_watch_streams (\S+)$", text, re.MULTILINE)
        assert watching is not None
        if not busy and float(watching.group(1)) == 0:
            break
        assert time.monotonic() < deadline, f"still in flight 10 s after the cancels: {busy}, watch {watching[1]}"
        time.sleep(0.2)
    cancelled = re.search(
        r'regserver_grpc_server_handled_total\{grpc_code="CANCELLED",grpc_method="ReadBlob"[^}]*\} (\S+)', text
    )
    assert cancelled is not None and float(cancelled.group(1)) > 0, "no ReadBlob was counted as CANCELLED"
    assert server.proc.poll() is None
    assert "Fatal Python error" not in server.stderr and "Traceback" not in server.stderr, server.stderr[-4000:]


# ----- hundreds of ordinary calls ------------------------------------------------------------------


@pytest.mark.parametrize("round_", range(3))
def test_hundreds_of_ordinary_calls_leave_the_server_alive(spawn: Spawn, tmp_path: Path, round_: int) -> None:
    """The held-out check that found the crash: a model, 32 versions, aliases, files, renames and
    soft-deletes, health checks and watches, from one client, at the default log level."""
    server = spawn(["--port", "0", "--data-dir", str(tmp_path / "data")], env=clean_env())
    server.wait_listening()
    files = tmp_path / "model"
    files.mkdir()
    (files / "weights.bin").write_bytes(os.urandom(300_000 + round_))
    calls = 0
    with Registry(server.target) as registry, grpc.insecure_channel(server.target) as channel:
        health = health_pb2_grpc.HealthStub(channel)
        assert health.Check(health_pb2.HealthCheckRequest()).status == health_pb2.HealthCheckResponse.SERVING
        registry.create_model("fraud", tags={"team": "risk"})
        for v in range(1, 33):
            if v % 8 == 0:
                registry.upload_version("fraud", str(files))
            else:
                registry.create_version("fraud", tags={"n": str(v)})
            registry.get_version("fraud", v)
            registry.set_alias("fraud", "champion", v)
            registry.get_version_by_alias("fraud", "champion")
            health.Check(health_pb2.HealthCheckRequest())
            registry.get_model("fraud")
            calls += 6
        for v in (8, 16):
            registry.download("fraud", version=v, dest=tmp_path / f"out-{v}")
            assert (tmp_path / f"out-{v}" / "weights.bin").read_bytes() == (files / "weights.bin").read_bytes()
        watch = registry.events.Watch(events_pb2.WatchRequest())
        next(watch)
        watch.cancel()
        list(registry.list_versions("fraud"))
        registry.rename_model("fraud", "fraud-2")
        registry.rename_model("fraud-2", "fraud")
        for v in range(1, 11):
            registry.delete_version("fraud", v)
            registry.undelete_version("fraud", v)
            calls += 2
        registry.delete_model("fraud")
        registry.undelete_model("fraud")
        calls += 10
        assert health.Check(health_pb2.HealthCheckRequest()).status == health_pb2.HealthCheckResponse.SERVING
    assert calls > 200
    assert server.proc.poll() is None, server.stderr[-4000:]
    assert "Fatal Python error" not in server.stderr and "Traceback" not in server.stderr


# ----- SIGKILL while writers run -------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_every_acknowledged_write_survives_three_sigkills(spawn: Spawn, settings: Settings, tmp_path: Path) -> None:
    port = _free_port()
    args = ["--port", str(port), "--database-url", settings.resolved_database_url, "--data-dir", str(tmp_path)]
    server: ServerProcess = spawn(args, env=clean_env())
    server.wait_listening()
    with Registry(server.target) as registry:
        registry.create_model("durable")
    acknowledged: list[tuple[int, str]] = []  # (version, the writer's tag value)
    lock = threading.Lock()
    stop = threading.Event()

    def writer(n: int) -> None:
        with Registry(f"127.0.0.1:{port}") as client:
            i = 0
            while not stop.is_set():
                tag = f"w{n}-{i}"
                try:
                    version = client.create_version("durable", tags={"by": tag}).version
                except (RegistryError, grpc.RpcError):
                    time.sleep(0.05)  # the server is down or restarting: not acknowledged, try again
                    continue
                with lock:
                    acknowledged.append((version, tag))
                i += 1

    writers = [threading.Thread(target=writer, args=(n,), daemon=True) for n in range(4)]
    for w in writers:
        w.start()
    try:
        for _ in range(3):
            before = len(acknowledged)
            deadline = time.monotonic() + 30
            while len(acknowledged) < before + 20:
                assert time.monotonic() < deadline, f"writers made no progress:\n{server.stderr[-3000:]}"
                time.sleep(0.02)
            server.kill()  # SIGKILL: no chance to flush or clean up
            server = spawn(args, env=clean_env())
            server.wait_listening()
        time.sleep(0.5)
    finally:
        stop.set()
        for w in writers:
            w.join(timeout=30)
    with Registry(server.target) as registry:
        present = {v.version: v.tags["by"] for v in registry.list_versions("durable")}
    assert len(acknowledged) >= 60
    for version, tag in acknowledged:
        assert present.get(version) == tag, f"acknowledged version {version} ({tag}) is {present.get(version)!r}"
    assert sorted(present) == list(range(1, len(present) + 1)), "version numbers have a gap or a duplicate"
