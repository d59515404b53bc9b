"""Model files end to end: SDK upload/download, the raw ArtifactStore contract, and `regctl`.

A real server on port 0 (SQLite and PostgreSQL) with the local artifact backend in its
data dir. Connection loss is simulated with client interceptors that cut a stream after
part of it went through and then raise UNAVAILABLE, the way a dropped connection does.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from regserver_client import (
    DataLoss,
    FailedPrecondition,
    ManifestEntry,
    ModelVersionStatus,
    NotFound,
    Registry,
    RegistryError,
    from_rpc_error,
)
from regserver_client.v1 import artifacts_pb2, model_pb2, model_registry_pb2

from regserver.artifacts.backend import BlobBackend
from regserver.config import Settings
from tests.support.server import ServerThread

MiB = 1 << 20
# The artifact suite runs on both blob backends (and both databases).
pytestmark = pytest.mark.usefixtures("artifact_root")
READY = ModelVersionStatus.MODEL_VERSION_STATUS_READY
PENDING = ModelVersionStatus.MODEL_VERSION_STATUS_PENDING_UPLOAD
REGCTL = str(Path(sys.executable).with_name("regctl"))


# -- helpers ----------------------------------------------------------------------------


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest(data: bytes) -> artifacts_pb2.Digest:
    return artifacts_pb2.Digest(hash=sha(data), size_bytes=len(data))


def make_tree(root: Path) -> dict[str, bytes]:
    """Nested dirs, an empty file, two identical files, a 5 MiB random file."""
    vocab = b"".join(f"token{i}\n".encode() for i in range(2000))
    content = {
        "config.json": b'{"layers": 2}\n',
        "weights/layer1/w.bin": os.urandom(5 * MiB),
        "weights/empty.bin": b"",
        "tokenizer/vocab.txt": vocab,
        "copy/vocab.txt": vocab,
        "notes/deep/er/README.txt": b"trained on 2026-01-31\n",
    }
    for rel, data in content.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    return content


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def distinct_size(content: dict[str, bytes]) -> int:
    return sum(len(data) for data in {sha(d): d for d in content.values()}.values())


def rpc_error(call: Callable[[], Any]) -> RegistryError:
    """The SDK error a raw stub call fails with."""
    with pytest.raises(grpc.RpcError) as caught:
        call()
    return from_rpc_error(caught.value)


def write_requests(
    blob: artifacts_pb2.Digest, upload_id: str, chunks: list[bytes], *, offset: int = 0, finish: bool = True
) -> Iterator[artifacts_pb2.WriteBlobRequest]:
    yield artifacts_pb2.WriteBlobRequest(digest=blob, upload_id=upload_id, write_offset=offset)
    for i, chunk in enumerate(chunks):
        yield artifacts_pb2.WriteBlobRequest(data=chunk, finish_write=finish and i == len(chunks) - 1)
    if finish and not chunks:
        yield artifacts_pb2.WriteBlobRequest(finish_write=True)


def split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def backend(server: ServerThread) -> BlobBackend:
    assert server.server is not None
    return server.server.artifacts.backend


def stored_blob(server: ServerThread, hash: str) -> bytes:
    """The bytes the server's backend (local directory or GCS) holds for a blob."""
    source = backend(server).open_read(hash, 0)
    try:
        return b"".join(iter(lambda: source.read(MiB), b""))
    finally:
        source.close()


def overwrite_blob(server: ServerThread, hash: str, data: bytes) -> None:
    """Replaces a stored blob's bytes behind the server's back, as disk corruption would."""
    sink = backend(server).open_upload("corruption", 0)
    sink.write(data)
    sink.close()
    backend(server).commit_upload("corruption", hash)


def stored_blobs(server: ServerThread) -> list[str]:
    return sorted(hash for hash, _ in backend(server).list_blobs())


class FakeError(grpc.RpcError):
    """A failed call made up on the client side; UNAVAILABLE is what a dropped connection looks like."""

    def __init__(self, code: grpc.StatusCode = grpc.StatusCode.UNAVAILABLE) -> None:
        self._code = code

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return f"{self._code.name} (simulated)"

    def trailing_metadata(self) -> tuple[()]:
        return ()


class Interceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
):
    """Counts calls by method name and lets a test tamper with WriteBlob and ReadBlob streams."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}
        self.write_starts: list[tuple[str, int]] = []  # (upload_id, write_offset) per WriteBlob
        self.read_offsets: list[int] = []
        self.break_write_after: int | None = None  # messages to let through once, then UNAVAILABLE
        self.break_read_after: int | None = None  # responses to let through once, then UNAVAILABLE
        self.corrupt_reads = False
        self.refuse_writes = False  # every WriteBlob fails with a non-retryable code
        self._lock = threading.Lock()

    def _count(self, details: grpc.ClientCallDetails) -> str:
        name = details.method.rsplit("/", 1)[-1]
        with self._lock:
            self.calls[name] = self.calls.get(name, 0) + 1
        return name

    def intercept_unary_unary(self, continuation: Any, details: Any, request: Any) -> Any:
        self._count(details)
        return continuation(details, request)

    def intercept_stream_unary(self, continuation: Any, details: Any, request_iterator: Any) -> Any:
        if self._count(details) != "WriteBlob":
            return continuation(details, request_iterator)
        first = next(request_iterator, None)
        if first is None:  # the SDK stopped this stream before its first message (another one failed)
            return continuation(details, iter(()))
        # The SDK sends (request without data, chunk) pairs, serialized by regserver_client.wire.
        head = first[0] if isinstance(first, tuple) else first
        self.write_starts.append((head.upload_id, head.write_offset))
        requests = itertools.chain([first], request_iterator)
        if self.refuse_writes:
            raise FakeError(grpc.StatusCode.PERMISSION_DENIED)
        if self.break_write_after is not None:
            count, self.break_write_after = self.break_write_after, None
            # The server gets (and commits) these messages, then the "connection drops".
            continuation(details, itertools.islice(requests, count)).result()
            raise FakeError()
        return continuation(details, requests)

    def intercept_unary_stream(self, continuation: Any, details: Any, request: Any) -> Any:
        if self._count(details) != "ReadBlob":
            return continuation(details, request)
        self.read_offsets.append(request.read_offset)
        call = continuation(details, request)
        if self.break_read_after is not None:
            count, self.break_read_after = self.break_read_after, None

            def broken() -> Iterator[Any]:
                for i, response in enumerate(call):
                    if i == count:
                        call.cancel()
                        raise FakeError()
                    yield response

            return broken()
        if self.corrupt_reads:

            def corrupted() -> Iterator[Any]:
                for i, response in enumerate(call):
                    # The SDK's ReadBlob yields each message's bytes (regserver_client.wire.read_blob_data).
                    data = bytes(response)
                    if i == 1:
                        data = bytes([data[0] ^ 0xFF]) + data[1:]
                    yield memoryview(data)

            return corrupted()
        return call


@contextmanager
def intercepted(server: ServerThread, interceptor: Interceptor) -> Iterator[Registry]:
    channel = grpc.insecure_channel(server.target, options=[("grpc.use_local_subchannel_pool", 1)])
    try:
        with Registry(channel=grpc.intercept_channel(channel, interceptor)) as client:
            yield client
    finally:
        channel.close()


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []
        self.threads: set[str] = set()

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        self.threads.add(threading.current_thread().name)

    def check(self, total: int) -> None:
        assert self.calls, "progress was never called"
        assert self.calls[-1] == (total, total)
        assert all(t == total for _, t in self.calls)
        done = [d for d, _ in self.calls]
        assert done == sorted(done), "progress went backwards"


# -- the SDK ----------------------------------------------------------------------------


def test_a_tree_uploads_ready_and_downloads_identical(registry: Registry, server: ServerThread, tmp_path: Path) -> None:
    content = make_tree(tmp_path / "model")
    registry.create_model("m")
    recorder = Recorder()
    counter = Interceptor()
    with intercepted(server, counter) as client:
        version = client.upload_version(
            "m", tmp_path / "model", description="first", tags={"team": "risk"}, run_id="run-1", progress=recorder
        )

    assert (version.version, version.status) == (1, READY)
    assert (version.description, dict(version.tags), version.run_id) == ("first", {"team": "risk"}, "run-1")
    assert [(f.path, f.digest.hash, f.digest.size_bytes) for f in version.files] == [
        (rel, sha(data), len(data)) for rel, data in sorted(content.items())
    ]
    media = {f.path: f.media_type for f in version.files}
    assert media["config.json"] == "application/json"
    assert media["weights/layer1/w.bin"] == "application/octet-stream"
    # Five distinct blobs (the two vocab files are one), each sent once, each stored once.
    assert counter.calls["WriteBlob"] == 5
    assert len({uid for uid, _ in counter.write_starts}) == 5
    assert len(stored_blobs(server)) == 5
    assert stored_blob(server, sha(content["weights/layer1/w.bin"])) == content["weights/layer1/w.bin"]
    recorder.check(distinct_size(content))
    assert len(recorder.calls) > 5  # reported as chunks go out, not just at the end

    registry.set_alias("m", "champion", 1)
    dest = registry.download("m", alias="champion", dest=tmp_path / "out")
    assert dest == tmp_path / "out"
    assert read_tree(dest) == content
    assert not list(dest.rglob("*.part"))
    assert registry.get_version("m", 1).files == version.files


def test_the_same_tree_again_sends_no_bytes_and_makes_the_next_version(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    content = make_tree(tmp_path / "model")
    registry.create_model("m")
    registry.upload_version("m", tmp_path / "model")

    counter = Interceptor()
    recorder = Recorder()
    with intercepted(server, counter) as client:
        again = client.upload_version("m", tmp_path / "model", progress=recorder)
    assert (again.version, again.status) == (2, READY)
    assert counter.calls.get("WriteBlob", 0) == 0
    assert counter.calls["FindMissingBlobs"] == 1
    # Everything counts as done at once.
    assert recorder.calls == [(distinct_size(content), distinct_size(content))]
    assert [f.digest for f in again.files] == [f.digest for f in registry.get_version("m", 1).files]


def test_a_single_file_uploads_under_its_name(registry: Registry, tmp_path: Path) -> None:
    data = os.urandom(3 * MiB + 17)
    (tmp_path / "model.onnx").write_bytes(data)
    registry.create_model("m")
    version = registry.upload_version("m", tmp_path / "model.onnx", chunk_size=256 * 1024, parallelism=1)
    assert [(f.path, f.digest.hash) for f in version.files] == [("model.onnx", sha(data))]
    out = registry.download("m", version=1, dest=tmp_path / "out")
    assert (out / "model.onnx").read_bytes() == data


def test_chunks_many_times_the_stream_window_still_arrive_whole(settings: Settings, tmp_path: Path) -> None:
    """The server's flow-control window is fixed (it bounds each upload's memory); a chunk 16 times
    larger than the smallest window allowed must still go through, and come back the same."""
    data = os.urandom(5 * MiB + 3)
    (tmp_path / "weights.bin").write_bytes(data)
    with ServerThread(replace(settings, stream_window_bytes=64 * 1024)) as server, Registry(server.target) as registry:
        registry.create_model("m")
        version = registry.upload_version("m", tmp_path / "weights.bin", chunk_size=MiB, parallelism=1)
        assert version.status == READY
        out = registry.download("m", version=1, dest=tmp_path / "out")
    assert (out / "weights.bin").read_bytes() == data


def test_download_skips_intact_files_and_replaces_damaged_ones(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    content = make_tree(tmp_path / "model")
    registry.create_model("m")
    registry.upload_version("m", tmp_path / "model")
    out = tmp_path / "out"

    counter = Interceptor()
    recorder = Recorder()
    with intercepted(server, counter) as client:
        client.download("m", version=1, dest=out)
        # Identical blobs at two paths are fetched once.
        assert counter.calls["ReadBlob"] == 5

        counter.calls.clear()
        client.download("m", version=1, dest=out, progress=recorder)
        assert counter.calls.get("ReadBlob", 0) == 0
        assert recorder.calls == [(distinct_size(content), distinct_size(content))]

        weights = out / "weights/layer1/w.bin"
        damaged = bytearray(weights.read_bytes())
        damaged[MiB] ^= 0x01  # same size, one bit off
        weights.write_bytes(bytes(damaged))
        (out / "config.json").write_bytes(b"{}")
        (out / "copy/vocab.txt").unlink()  # restored from its intact twin, not fetched
        counter.calls.clear()
        client.download("m", version=1, dest=out)
        assert counter.calls["ReadBlob"] == 2
    assert read_tree(out) == content


def test_the_sdk_resumes_an_upload_after_the_connection_drops(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(4 * MiB)
    (tmp_path / "w.bin").write_bytes(data)
    registry.create_model("m")
    counter = Interceptor()
    counter.break_write_after = 2  # two messages of 1 MiB reach the server (the first carries data too)
    recorder = Recorder()
    with intercepted(server, counter) as client:
        version = client.upload_version("m", tmp_path / "w.bin", progress=recorder)
    assert version.status == READY
    # Same upload id, resumed from the committed size that QueryWriteStatus reported.
    (first_id, first_offset), (second_id, second_offset) = counter.write_starts
    assert first_id == second_id and (first_offset, second_offset) == (0, 2 * MiB)
    # Once before sending (does an earlier run's upload of this file stand?), once after the drop.
    assert counter.calls["QueryWriteStatus"] == 2
    recorder.check(len(data))
    assert stored_blob(server, sha(data)) == data


def test_the_sdk_resumes_a_download_after_the_connection_drops(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(5 * MiB)
    (tmp_path / "w.bin").write_bytes(data)
    registry.create_model("m")
    registry.upload_version("m", tmp_path / "w.bin")
    counter = Interceptor()
    counter.break_read_after = 2  # two 1 MiB chunks arrive, then the stream breaks
    recorder = Recorder()
    with intercepted(server, counter) as client:
        client.download("m", version=1, dest=tmp_path / "out", progress=recorder)
    assert counter.read_offsets == [0, 2 * MiB]
    assert (tmp_path / "out/w.bin").read_bytes() == data
    recorder.check(len(data))


def test_bytes_damaged_in_transit_are_data_loss_and_leave_nothing(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(3 * MiB)
    (tmp_path / "w.bin").write_bytes(data)
    registry.create_model("m")
    registry.upload_version("m", tmp_path / "w.bin")
    counter = Interceptor()
    counter.corrupt_reads = True
    with intercepted(server, counter) as client, pytest.raises(DataLoss) as caught:
        client.download("m", version=1, dest=tmp_path / "out")
    assert caught.value.reason == "DIGEST_MISMATCH"
    assert list((tmp_path / "out").iterdir()) == []  # no file, no temporary file


def test_a_blob_corrupted_in_storage_is_data_loss_even_when_the_read_resumes(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(3 * MiB)
    (tmp_path / "w.bin").write_bytes(data)
    registry.create_model("m")
    registry.upload_version("m", tmp_path / "w.bin")
    damaged = bytearray(stored_blob(server, sha(data)))
    damaged[2 * MiB + 5] ^= 0xFF
    overwrite_blob(server, sha(data), bytes(damaged))

    # A whole read over gRPC: the server notices and ends the stream with DATA_LOSS.
    with Registry(server.target, data_plane="grpc") as over_grpc, pytest.raises(DataLoss) as caught:
        over_grpc.download("m", version=1, dest=tmp_path / "out")
    assert caught.value.reason == "BLOB_CORRUPT"
    assert list((tmp_path / "out").iterdir()) == []
    # Over the HTTP data plane the file is sent by the kernel, unread: the client's check catches it.
    with pytest.raises(DataLoss) as caught:
        registry.download("m", version=1, dest=tmp_path / "out")
    assert caught.value.reason == "DIGEST_MISMATCH"
    assert list((tmp_path / "out").iterdir()) == []

    # Broken after the first MiB, the rest comes from a ranged read, which the server does not
    # verify: the client's own check over the whole file catches it.
    counter = Interceptor()
    counter.break_read_after = 1
    with intercepted(server, counter) as client, pytest.raises(DataLoss) as caught:
        client.download("m", version=1, dest=tmp_path / "out")
    assert counter.read_offsets == [0, MiB]
    assert caught.value.reason == "DIGEST_MISMATCH"
    assert list((tmp_path / "out").iterdir()) == []


def test_a_failed_upload_is_completed_by_retrying_with_its_request_id(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    content = make_tree(tmp_path / "model")
    registry.create_model("m")
    counter = Interceptor()
    counter.refuse_writes = True
    with intercepted(server, counter) as client, pytest.raises(RegistryError) as caught:
        client.upload_version("m", tmp_path / "model", request_id="train-run-7")
    assert caught.value.code == grpc.StatusCode.PERMISSION_DENIED
    # The files go before the version is created: a failed upload leaves no version behind.
    assert list(registry.list_versions("m")) == []

    # Same request_id: the files sent, the version made and finalized, once.
    version = registry.upload_version("m", tmp_path / "model", request_id="train-run-7")
    assert (version.version, version.status) == (1, READY)
    counter = Interceptor()
    with intercepted(server, counter) as client:
        assert client.upload_version("m", tmp_path / "model", request_id="train-run-7") == version
    assert "WriteBlob" not in counter.calls and "FinalizeModelVersion" not in counter.calls
    assert registry.get_model("m").latest_version == 1
    out = registry.download("m", version=1, dest=tmp_path / "out")
    assert read_tree(out) == content


def test_download_refuses_a_version_that_is_not_ready(registry: Registry, tmp_path: Path) -> None:
    registry.create_model("m")
    pending = registry.create_version("m", files=[ManifestEntry(path="w.bin", digest=digest(b"never sent"))])
    assert pending.status == PENDING
    with pytest.raises(FailedPrecondition) as caught:
        registry.download("m", version=pending.version, dest=tmp_path / "out")
    assert caught.value.reason == "VERSION_NOT_READY" and "PENDING_UPLOAD" in caught.value.message
    assert not (tmp_path / "out").exists()
    with pytest.raises(ValueError, match="exactly one"):
        registry.download("m", version=1, alias="champion", dest=tmp_path / "out")
    with pytest.raises(ValueError, match="exactly one"):
        registry.download("m", dest=tmp_path / "out")
    with pytest.raises(NotFound):
        registry.download("nope", version=1, dest=tmp_path / "out")


def test_upload_follows_symlinks_only_inside_the_directory(registry: Registry, tmp_path: Path) -> None:
    registry.create_model("m")
    model = tmp_path / "model"
    model.mkdir()
    (model / "real.bin").write_bytes(b"weights")
    (model / "alias.bin").symlink_to("real.bin")
    version = registry.upload_version("m", model)
    assert [(f.path, f.digest.hash) for f in version.files] == [
        ("alias.bin", sha(b"weights")),
        ("real.bin", sha(b"weights")),
    ]

    (tmp_path / "secret").write_bytes(b"outside")
    (model / "leak").symlink_to(tmp_path / "secret")
    with pytest.raises(ValueError, match="outside"):
        registry.upload_version("m", model)
    (model / "leak").unlink()
    (model / "dir-link").symlink_to(model, target_is_directory=True)
    with pytest.raises(ValueError, match="not followed"):
        registry.upload_version("m", model)
    (model / "dir-link").unlink()
    (model / "dangling").symlink_to(model / "gone")
    with pytest.raises(ValueError, match="dangling"):
        registry.upload_version("m", model)

    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no files"):
        registry.upload_version("m", tmp_path / "empty")
    assert registry.get_model("m").latest_version == 1  # no version for any refused upload


def test_download_refuses_a_destination_symlink_leading_outside(registry: Registry, tmp_path: Path) -> None:
    registry.create_model("m")
    (tmp_path / "model/sub").mkdir(parents=True)
    (tmp_path / "model/sub/w.bin").write_bytes(b"weights")
    registry.upload_version("m", tmp_path / "model")
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "sub").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(ValueError, match="outside"):
        registry.download("m", version=1, dest=out)
    assert list((tmp_path / "elsewhere").iterdir()) == []


# -- the ArtifactStore contract, through the raw stub -----------------------------------


def test_an_abandoned_partial_upload_does_not_block_upload_version(
    registry: Registry, server: ServerThread, tmp_path: Path
) -> None:
    data = os.urandom(2 * MiB)
    chunks = split(data, 256 * 1024)
    upload_id = str(uuid.uuid4())
    # Half the chunks, no finish_write, then the client stops.
    response = registry.artifacts.WriteBlob(write_requests(digest(data), upload_id, chunks[:4], finish=False))
    assert (response.committed_size, response.already_existed) == (MiB, False)
    status = registry.artifacts.QueryWriteStatus(artifacts_pb2.QueryWriteStatusRequest(upload_id=upload_id))
    assert (status.committed_size, status.complete) == (MiB, False)
    missing = registry.artifacts.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=[digest(data)]))
    assert list(missing.missing_blob_digests) == [digest(data)]

    (tmp_path / "w.bin").write_bytes(data)
    registry.create_model("m")
    version = registry.upload_version("m", tmp_path / "w.bin")
    assert version.status == READY
    assert registry.finalize_version("m", version.version) == version  # finalizing READY changes nothing
    assert stored_blob(server, sha(data)) == data


def test_a_raw_upload_resumes_with_the_same_upload_id_from_the_committed_offset(
    registry: Registry, server: ServerThread
) -> None:
    stub = registry.artifacts
    data = os.urandom(2 * MiB + 123)
    chunks = split(data, 256 * 1024)
    upload_id = f"resume-{uuid.uuid4().hex}"
    stub.WriteBlob(write_requests(digest(data), upload_id, chunks[:5], finish=False))
    committed = stub.QueryWriteStatus(artifacts_pb2.QueryWriteStatusRequest(upload_id=upload_id)).committed_size
    assert committed == 5 * 256 * 1024

    for wrong in (0, committed - 1, committed + 1):
        error = rpc_error(lambda w=wrong: stub.WriteBlob(write_requests(digest(data), upload_id, [], offset=w)))
        assert (error.code, error.reason) == (grpc.StatusCode.OUT_OF_RANGE, "UPLOAD_OFFSET_MISMATCH")
        assert error.metadata["committed_size"] == str(committed)
    # The wrong offsets changed nothing.
    assert stub.QueryWriteStatus(artifacts_pb2.QueryWriteStatusRequest(upload_id=upload_id)).committed_size == committed

    response = stub.WriteBlob(write_requests(digest(data), upload_id, split(data[committed:], MiB), offset=committed))
    assert (response.committed_size, response.already_existed) == (len(data), False)
    status = stub.QueryWriteStatus(artifacts_pb2.QueryWriteStatusRequest(upload_id=upload_id))
    assert (status.committed_size, status.complete) == (len(data), True)
    assert not stub.FindMissingBlobs(
        artifacts_pb2.FindMissingBlobsRequest(blob_digests=[digest(data)])
    ).missing_blob_digests
    assert b"".join(r.data for r in stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest(data)))) == data
    assert stored_blob(server, sha(data)) == data

    # Uploading it again answers at once.
    again = stub.WriteBlob(write_requests(digest(data), str(uuid.uuid4()), [data[:10]], finish=False))
    assert (again.committed_size, again.already_existed) == (len(data), True)


def test_finalize_names_missing_blobs_and_pending_versions_take_no_alias_or_stage(registry: Registry) -> None:
    stub = registry.artifacts
    a, b = b"present" * 1000, b"missing" * 1000
    registry.create_model("m")
    pending = registry.create_version(
        "m", files=[ManifestEntry(path="a.bin", digest=digest(a)), ManifestEntry(path="dir/b.bin", digest=digest(b))]
    )
    assert pending.status == PENDING
    stub.WriteBlob(write_requests(digest(a), str(uuid.uuid4()), [a]))

    with pytest.raises(FailedPrecondition) as caught:
        registry.finalize_version("m", pending.version)
    error = caught.value
    assert error.reason == "BLOBS_MISSING" and error.metadata["missing_count"] == "1"
    [failure] = [d for d in error.details if isinstance(d, error_details_pb2.PreconditionFailure)]
    assert [(v.type, v.subject) for v in failure.violations] == [("BLOB_MISSING", f"{sha(b)}/{len(b)}")]
    assert "dir/b.bin" in failure.violations[0].description

    for attempt in (
        lambda: registry.set_alias("m", "champion", pending.version),
        lambda: registry.transition_stage("m", pending.version, "Production"),
    ):
        with pytest.raises(FailedPrecondition) as refused:
            attempt()
        assert refused.value.reason == "VERSION_NOT_READY"

    stub.WriteBlob(write_requests(digest(b), str(uuid.uuid4()), [b]))
    ready = registry.finalize_version("m", pending.version)
    assert ready.status == READY
    assert list(registry.set_alias("m", "champion", ready.version).aliases) == ["champion"]


GOOD = digest(b"x")


@pytest.mark.parametrize(
    "files",
    [
        pytest.param([ManifestEntry(path="/etc/passwd", digest=GOOD)], id="absolute"),
        pytest.param([ManifestEntry(path="../escape", digest=GOOD)], id="dotdot"),
        pytest.param([ManifestEntry(path="a/../../b", digest=GOOD)], id="inner-dotdot"),
        pytest.param([ManifestEntry(path="a//b", digest=GOOD)], id="empty-segment"),
        pytest.param([ManifestEntry(path="a/./b", digest=GOOD)], id="dot-segment"),
        pytest.param([ManifestEntry(path="", digest=GOOD)], id="empty"),
        pytest.param([ManifestEntry(path="a\\b", digest=GOOD)], id="backslash"),
        pytest.param([ManifestEntry(path="a", digest=GOOD), ManifestEntry(path="a", digest=GOOD)], id="duplicate"),
        pytest.param(
            [ManifestEntry(path="a/b", digest=GOOD), ManifestEntry(path="a", digest=GOOD)], id="file-inside-a-file"
        ),
        pytest.param([ManifestEntry(path="a", digest=artifacts_pb2.Digest(hash=GOOD.hash.upper(), size_bytes=1))]),
        pytest.param([ManifestEntry(path="a", digest=artifacts_pb2.Digest(hash=GOOD.hash[:63], size_bytes=1))]),
        pytest.param([ManifestEntry(path="a", digest=artifacts_pb2.Digest(hash=GOOD.hash, size_bytes=-1))]),
    ],
)
def test_bad_manifests_are_invalid_argument_and_create_nothing(registry: Registry, files: list[ManifestEntry]) -> None:
    registry.create_model("m")
    request = model_registry_pb2.CreateModelVersionRequest(
        model_name="m", model_version=model_pb2.ModelVersion(files=files)
    )
    error = rpc_error(lambda: registry.stub.CreateModelVersion(request))
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD")
    assert error.metadata["field"].startswith("model_version.files[")
    assert registry.get_model("m").latest_version == 0
    assert list(registry.list_versions("m")) == []


def test_bytes_that_do_not_match_the_digest_are_refused_and_not_kept(registry: Registry) -> None:
    stub = registry.artifacts
    data = os.urandom(300_000)
    wrong = bytearray(data)
    wrong[-1] ^= 0xFF
    for label, sent in (("same size", bytes(wrong)), ("too short", data[:-1]), ("too long", data + b"!")):
        upload_id = str(uuid.uuid4())
        error = rpc_error(lambda s=sent, u=upload_id: stub.WriteBlob(write_requests(digest(data), u, split(s, 65536))))
        assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "DIGEST_MISMATCH"), label
        missing = stub.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=[digest(data)]))
        assert list(missing.missing_blob_digests) == [digest(data)], label


def test_read_blob_errors_and_ranges(registry: Registry) -> None:
    stub = registry.artifacts
    absent = rpc_error(lambda: list(stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest(b"nobody")))))
    assert (absent.code, absent.reason) == (grpc.StatusCode.NOT_FOUND, "BLOB_NOT_FOUND")

    data = os.urandom(100_000)
    stub.WriteBlob(write_requests(digest(data), str(uuid.uuid4()), [data]))
    past = rpc_error(
        lambda: list(stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest(data), read_offset=len(data) + 1)))
    )
    assert (past.code, past.reason) == (grpc.StatusCode.OUT_OF_RANGE, "READ_OUT_OF_RANGE")
    ranged = stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest(data), read_offset=1000, read_limit=5000))
    assert b"".join(r.data for r in ranged) == data[1000:6000]
    at_end = stub.ReadBlob(artifacts_pb2.ReadBlobRequest(digest=digest(data), read_offset=len(data)))
    assert b"".join(r.data for r in at_end) == b""


def test_two_clients_uploading_the_same_blob_both_succeed_and_it_is_stored_once(server: ServerThread) -> None:
    data = os.urandom(3 * MiB)
    clients = [Registry(server.target, options=[("grpc.use_local_subchannel_pool", 1)]) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[object] = [None, None]

    def upload(i: int) -> None:
        def requests() -> Iterator[artifacts_pb2.WriteBlobRequest]:
            barrier.wait()
            yield from write_requests(digest(data), f"client-{i}-{uuid.uuid4()}", split(data, 256 * 1024))

        try:
            results[i] = clients[i].artifacts.WriteBlob(requests())
        except BaseException as e:
            results[i] = e

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    finally:
        for c in clients:
            c.close()
    for result in results:
        assert isinstance(result, artifacts_pb2.WriteBlobResponse), result
        assert result.committed_size == len(data)
    assert stored_blobs(server) == [sha(data)]
    assert stored_blob(server, sha(data)) == data
    assert list(backend(server).list_uploads()) == []


# -- regctl -----------------------------------------------------------------------------


def regctl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("REGCTL_")}
    environment.update(env or {})
    return subprocess.run([REGCTL, *args], capture_output=True, text=True, env=environment, timeout=120)


def test_regctl_uploads_lists_and_downloads(registry: Registry, server: ServerThread, tmp_path: Path) -> None:
    content = make_tree(tmp_path / "model")
    registry.create_model("fraud", owner="risk")
    target = ["--target", server.target]

    up = regctl(*target, "upload", "fraud", str(tmp_path / "model"), "--tag", "team=risk", "--metric", "auc=0.91")
    assert up.returncode == 0, up.stderr
    assert up.stdout.strip() == "fraud version 1 READY: 6 files, 5 digests, 5.0 MiB"
    # Not a terminal: one progress line per 10 %, ending at 100 %.
    lines = up.stderr.splitlines()
    assert lines and lines[-1].endswith(f"100% ({distinct_size(content)}/{distinct_size(content)} bytes)")
    assert 2 <= len(lines) <= 11
    v1 = registry.get_version("fraud", 1)
    assert (dict(v1.tags), dict(v1.metrics)) == ({"team": "risk"}, {"auc": 0.91})
    registry.set_alias("fraud", "champion", 1)

    models = regctl("ls", "-o", "table", env={"REGCTL_TARGET": server.target})
    assert models.returncode == 0, models.stderr
    assert models.stdout.splitlines()[0].split() == ["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]
    assert models.stdout.splitlines()[1].split() == ["fraud", "1", "champion=1", "risk"]

    versions = regctl(*target, "ls", "fraud", "-o", "table")
    assert versions.returncode == 0, versions.stderr
    assert versions.stdout.splitlines()[1].split() == ["1", "READY", "NONE", "champion", "6", "5.0", "MiB"]

    files = regctl(*target, "ls", "fraud", "1", "-o", "table")
    assert files.returncode == 0, files.stderr
    rows = [line.split() for line in files.stdout.splitlines()]
    assert rows[0] == ["PATH", "SIZE", "DIGEST"]
    assert rows[1:] == [[rel, str(len(data)), f"sha256:{sha(data)}"] for rel, data in sorted(content.items())]

    down = regctl(*target, "download", "fraud", "--alias", "champion", "--dest", str(tmp_path / "out"))
    assert down.returncode == 0, down.stderr
    assert read_tree(tmp_path / "out") == content

    unknown = regctl(*target, "download", "nope", "--version", "1", "--dest", str(tmp_path / "nope"))
    assert unknown.returncode == 1
    assert unknown.stdout == ""
    assert len(unknown.stderr.splitlines()) == 1 and unknown.stderr.startswith("regctl: "), unknown.stderr
    assert "MODEL_NOT_FOUND" in unknown.stderr and "Traceback" not in unknown.stderr

    no_model = regctl(*target, "ls", "nope")
    assert no_model.returncode == 1 and no_model.stderr.startswith("regctl: ") and no_model.stdout == ""

    missing_path = regctl(*target, "upload", "fraud", str(tmp_path / "does-not-exist"))
    assert missing_path.returncode == 1 and missing_path.stderr.startswith("regctl: ")
    assert len(missing_path.stderr.splitlines()) == 1

    for usage in (
        ["download", "fraud", "--dest", "x"],  # neither --version nor --alias
        ["download", "fraud", "--version", "1", "--alias", "a", "--dest", "x"],
        ["upload", "fraud", "p", "--tag", "novalue"],
        ["ls", "fraud", "one"],
        [],
    ):
        bad = regctl(*target, *usage)
        assert bad.returncode == 2, (usage, bad.stderr)
    assert registry.get_model("fraud").latest_version == 1
