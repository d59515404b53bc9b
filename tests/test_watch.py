"""Watch: ordered, gap-free, resumable change streams on SQLite and PostgreSQL, and across replicas."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import pytest
from regserver_client import Registry, RegistryError
from regserver_client.errors import from_rpc_error
from regserver_client.v1 import artifacts_pb2, events_pb2, events_pb2_grpc, model_pb2

from regserver.config import Settings
from tests.support.postgres import PostgresServer
from tests.support.server import ServerThread

E = events_pb2


@pytest.fixture
def events(server: ServerThread) -> Iterator[events_pb2_grpc.EventServiceStub]:
    with grpc.insecure_channel(server.target) as channel:
        yield events_pb2_grpc.EventServiceStub(channel)  # type: ignore[no-untyped-call]


def head(stub: events_pb2_grpc.EventServiceStub) -> int:
    """The current revision, from the snapshot marker of an empty snapshot."""
    stream = stub.Watch(E.WatchRequest(send_initial_state=True, model_names=["no-such-model"]))
    first = next(stream)
    stream.cancel()
    return int(first.snapshot_complete.revision)


def collect(stream: Iterator[E.WatchResponse], count: int, deadline: float = 20) -> list[E.Event]:
    got: list[E.Event] = []
    end = time.monotonic() + deadline
    for response in stream:
        if response.WhichOneof("kind") == "event":
            got.append(response.event)
            if len(got) == count:
                break
        assert time.monotonic() < end, f"only {len(got)} of {count} events arrived"
    return got


def watch_error(call: object) -> RegistryError:
    with pytest.raises(grpc.RpcError) as caught:
        for _ in call:  # type: ignore[attr-defined]
            pass
    return from_rpc_error(caught.value)


def test_events_arrive_in_order_without_gaps_under_eight_concurrent_writers(
    registry: Registry, events: events_pb2_grpc.EventServiceStub, server: ServerThread
) -> None:
    for i in range(8):
        registry.create_model(f"m{i}")
    start = head(events) + 1
    stream = events.Watch(E.WatchRequest(start_revision=start))

    def write(i: int) -> None:
        with Registry(server.target, options=[("grpc.use_local_subchannel_pool", 1)]) as client:
            for _ in range(10):
                version = client.create_version(f"m{i}")
                client.set_alias(f"m{i}", "champion", version.version)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(8)))
    got = collect(stream, 160)
    stream.cancel()
    assert [e.revision for e in got] == list(range(start, start + 160))
    for i in range(8):
        mine = [e for e in got if e.model_name == f"m{i}"]
        assert [e.type for e in mine] == [E.EVENT_TYPE_VERSION_CREATED, E.EVENT_TYPE_ALIAS_SET] * 10
        moves = [(e.previous_version, e.version) for e in mine if e.type == E.EVENT_TYPE_ALIAS_SET]
        assert moves == [(v - 1, v) for v in range(1, 11)]


def test_resuming_after_100_random_disconnects_yields_exactly_the_full_sequence(
    registry: Registry, events: events_pb2_grpc.EventServiceStub
) -> None:
    start = head(events) + 1
    registry.create_model("m")
    for _ in range(150):
        registry.create_version("m", tags={"k": "v"})
    expected = list(range(start, start + 151))

    seen: list[int] = []
    rng = random.Random(7)
    reconnects = 0
    while len(seen) < len(expected):
        resume = seen[-1] + 1 if seen else start
        stream = events.Watch(E.WatchRequest(start_revision=resume))
        take = rng.randint(0, 3) if reconnects < 100 else len(expected)
        for response in stream:
            if len(seen) == len(expected) or take == 0:
                break
            if response.WhichOneof("kind") == "event":
                seen.append(response.event.revision)
                take -= 1
        stream.cancel()  # a dropped connection, anywhere in the stream
        reconnects += 1
    assert reconnects >= 100
    assert seen == expected


def test_a_snapshot_then_a_marker_then_live_events(
    registry: Registry, events: events_pb2_grpc.EventServiceStub
) -> None:
    registry.create_model("fraud")
    registry.create_model("other")
    for _ in range(2):
        registry.create_version("fraud")
    registry.set_alias("fraud", "champion", 1)
    registry.set_alias("fraud", "challenger", 2)

    stream = events.Watch(E.WatchRequest(send_initial_state=True, model_name_prefix="fr"))
    snapshot = next(stream)
    assert snapshot.snapshot.registered_model.name == "fraud"
    assert [(v.version, list(v.aliases)) for v in snapshot.snapshot.alias_versions] == [
        (2, ["challenger"]),
        (1, ["champion"]),
    ]
    marker = next(stream)
    assert marker.WhichOneof("kind") == "snapshot_complete"

    registry.set_alias("fraud", "champion", 2)
    event = collect(stream, 1)[0]
    stream.cancel()
    assert event.revision == marker.snapshot_complete.revision + 1
    assert (event.type, event.alias, event.previous_version, event.version) == (
        E.EVENT_TYPE_ALIAS_SET,
        "champion",
        1,
        2,
    )
    assert sorted(event.model_version.aliases) == ["challenger", "champion"]


def test_filters_by_type_alias_and_name(registry: Registry, events: events_pb2_grpc.EventServiceStub) -> None:
    start = head(events) + 1
    registry.create_model("a")
    registry.create_model("b")
    registry.create_version("a")
    registry.create_version("b")
    registry.set_alias("a", "champion", 1)
    registry.set_alias("a", "challenger", 1)
    registry.set_alias("b", "champion", 1)
    registry.rename_model("a", "a2")

    def matching(request: E.WatchRequest, count: int) -> list[tuple[str, int]]:
        request.start_revision = start
        stream = events.Watch(request)
        got = collect(stream, count)
        stream.cancel()
        return [(e.model_name, e.type) for e in got]

    champion_moves = matching(E.WatchRequest(event_types=[E.EVENT_TYPE_ALIAS_SET], aliases=["champion"]), 2)
    assert champion_moves == [("a", E.EVENT_TYPE_ALIAS_SET), ("b", E.EVENT_TYPE_ALIAS_SET)]
    only_a = matching(E.WatchRequest(model_names=["a"]), 5)
    assert [t for _, t in only_a] == [
        E.EVENT_TYPE_MODEL_CREATED,
        E.EVENT_TYPE_VERSION_CREATED,
        E.EVENT_TYPE_ALIAS_SET,
        E.EVENT_TYPE_ALIAS_SET,
        E.EVENT_TYPE_MODEL_RENAMED,
    ]
    assert only_a[-1][0] == "a2"


def test_a_pending_version_is_announced_ready_only_after_its_files_are_stored(
    registry: Registry, events: events_pb2_grpc.EventServiceStub, tmp_path: Path
) -> None:
    registry.create_model("m")
    start = head(events) + 1
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "weights.bin").write_bytes(b"w" * 300_000)
    version = registry.upload_version("m", tmp_path / "model")
    stream = events.Watch(E.WatchRequest(start_revision=start, model_names=["m"]))
    created, ready = collect(stream, 2)
    stream.cancel()
    assert (created.type, created.model_version.status) == (
        E.EVENT_TYPE_VERSION_CREATED,
        model_pb2.MODEL_VERSION_STATUS_PENDING_UPLOAD,
    )
    assert (ready.type, ready.model_version.status) == (
        E.EVENT_TYPE_VERSION_READY,
        model_pb2.MODEL_VERSION_STATUS_READY,
    )
    digest = ready.model_version.files[0].digest
    missing = registry.artifacts.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=[digest]))
    assert list(missing.missing_blob_digests) == [] and ready.version == version.version


def test_a_compacted_revision_is_out_of_range_naming_the_oldest(
    registry: Registry, events: events_pb2_grpc.EventServiceStub, server: ServerThread
) -> None:
    registry.create_model("m")
    for _ in range(5):
        registry.create_version("m")
    latest = head(events)
    assert server.server is not None
    assert server.server.store.compact(older_than=0, keep_at_most=2) == latest - 2
    error = watch_error(events.Watch(E.WatchRequest(start_revision=1)))
    assert (error.code, error.reason) == (grpc.StatusCode.OUT_OF_RANGE, "REVISION_COMPACTED")
    assert error.metadata["oldest_revision"] == str(latest - 1)
    kept = collect(events.Watch(E.WatchRequest(start_revision=latest - 1)), 2)
    assert [e.revision for e in kept] == [latest - 1, latest]


def test_an_idle_watch_gets_progress_with_the_current_revision(
    registry: Registry, events: events_pb2_grpc.EventServiceStub
) -> None:
    registry.create_model("m")
    current = head(events)
    stream = events.Watch(E.WatchRequest(model_names=["quiet"], progress_interval_seconds=1))
    opening = next(stream)  # where the stream starts
    assert opening.WhichOneof("kind") == "progress" and opening.progress.revision == current
    registry.create_model("noise")  # does not match: the progress still moves past it
    following = next(stream)
    stream.cancel()
    assert following.WhichOneof("kind") == "progress"
    assert following.progress.revision == current + 1


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (E.WatchRequest(event_types=[99]), "event_types[0]"),  # type: ignore[list-item]
        (E.WatchRequest(event_types=[E.EVENT_TYPE_UNSPECIFIED]), "event_types[0]"),
        (E.WatchRequest(model_names=["bad name"]), "model_names[0]"),
        (E.WatchRequest(aliases=["Champion"]), "aliases[0]"),
        (E.WatchRequest(start_revision=-1), "start_revision"),
        (E.WatchRequest(send_initial_state=True, start_revision=3), "start_revision"),
        (E.WatchRequest(progress_interval_seconds=-2), "progress_interval_seconds"),
    ],
)
def test_bad_watch_requests_are_invalid_argument(
    events: events_pb2_grpc.EventServiceStub, request_: E.WatchRequest, field: str
) -> None:
    error = watch_error(events.Watch(request_))
    assert (error.code, error.reason, error.metadata.get("field")) == (
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_FIELD",
        field,
    )


def test_shutdown_ends_watches_with_unavailable(settings: Settings) -> None:
    running = ServerThread(settings).start()
    with grpc.insecure_channel(running.target) as channel:
        stub = events_pb2_grpc.EventServiceStub(channel)  # type: ignore[no-untyped-call]
        stream = stub.Watch(E.WatchRequest(progress_interval_seconds=30))
        results: list[RegistryError] = []
        reader = threading.Thread(target=lambda: results.append(watch_error(stream)))
        reader.start()
        time.sleep(0.3)
        running.stop(grace=5)
        reader.join(10)
    assert results and results[0].code == grpc.StatusCode.UNAVAILABLE
    assert results[0].reason == "SHUTTING_DOWN"


def test_a_consumer_that_stops_reading_is_cut_off_while_others_keep_receiving(
    database_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        port=0,
        metrics_port=0,
        http_port=0,
        data_dir=str(tmp_path / "data"),
        database_url=database_url,
        slow_consumer_timeout_seconds=1.0,
    )
    with ServerThread(settings) as running, Registry(running.target) as registry:
        registry.create_model("m")
        stalled_channel = grpc.insecure_channel(running.target, options=[("grpc.use_local_subchannel_pool", 1)])
        stalled = events_pb2_grpc.EventServiceStub(stalled_channel).Watch(E.WatchRequest(start_revision=1))  # type: ignore[no-untyped-call]
        with grpc.insecure_channel(running.target) as channel:
            live = events_pb2_grpc.EventServiceStub(channel).Watch(E.WatchRequest(start_revision=1))  # type: ignore[no-untyped-call]
            big = "d" * 16000  # fills the stalled stream's flow-control windows quickly
            for _ in range(300):
                registry.create_version("m", description=big)
            assert len(collect(live, 301, deadline=60)) == 301  # the live watcher is not held back
            live.cancel()
        time.sleep(2)
        error = watch_error(stalled)
        stalled_channel.close()
    assert (error.code, error.reason) == (grpc.StatusCode.RESOURCE_EXHAUSTED, "SLOW_CONSUMER")


def _spawn(database_url: str, data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    # With the safety-net poll an hour apart, only PostgreSQL's NOTIFY can wake the other replica.
    env = {**os.environ, "REGSERVER_EVENT_POLL_SECONDS": "3600"}
    process = subprocess.Popen(
        [sys.executable, "-m", "regserver", "serve", "--port", "0", "--http-port", "0", "--data-dir", str(data_dir),
         "--database-url", database_url],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip
    assert process.stderr is not None
    for line in process.stderr:
        match = re.search(r"listening on [\d.]+:(\d+)", line)
        if match:
            threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()  # type: ignore[union-attr]
            return process, f"127.0.0.1:{match.group(1)}"
    raise AssertionError(f"regserver did not start: exit {process.wait()}")


def test_a_watch_on_one_replica_sees_writes_through_another(postgres: PostgresServer, tmp_path: Path) -> None:
    url = postgres.create_database()
    first, first_target = _spawn(url, tmp_path / "a")
    second, second_target = _spawn(url, tmp_path / "b")
    try:
        with grpc.insecure_channel(second_target) as channel, Registry(first_target) as writer:
            stub = events_pb2_grpc.EventServiceStub(channel)  # type: ignore[no-untyped-call]
            start = head(stub) + 1
            stream = stub.Watch(E.WatchRequest(start_revision=start))
            writer.create_model("shared")
            writer.create_version("shared")
            writer.set_alias("shared", "champion", 1)
            got = collect(stream, 3)
            stream.cancel()
        assert [e.type for e in got] == [
            E.EVENT_TYPE_MODEL_CREATED,
            E.EVENT_TYPE_VERSION_CREATED,
            E.EVENT_TYPE_ALIAS_SET,
        ]
    finally:
        for process in (first, second):
            process.terminate()
            process.wait(10)


def test_the_sdk_watch_resumes_across_a_server_restart_without_missing_or_repeating(settings: Settings) -> None:
    first = ServerThread(settings).start()
    port = first.port
    with Registry(first.target) as writer:
        writer.create_model("m")
    versions: list[int] = []
    client = Registry(f"127.0.0.1:{port}")
    stream = client.watch(["m"], event_types=[E.EVENT_TYPE_VERSION_CREATED], progress_interval_seconds=1)

    def read() -> None:
        for response in stream:
            if response.WhichOneof("kind") == "event":
                versions.append(response.event.version)
                if len(versions) == 5:
                    return

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.5)
    with Registry(first.target) as writer:
        for _ in range(2):
            writer.create_version("m")
    first.stop()  # the watch gets UNAVAILABLE and keeps reconnecting until a server is back
    second = ServerThread(dataclasses.replace(settings, port=port)).start()
    try:
        # Its own connection: the shared one may still be backing off from the outage.
        with Registry(second.target, options=[("grpc.use_local_subchannel_pool", 1)]) as writer:
            for _ in range(3):
                writer.create_version("m")
        reader.join(30)
    finally:
        client.close()
        second.stop()
    assert versions == [1, 2, 3, 4, 5]
