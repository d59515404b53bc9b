"""Uploads that break: a client that vanishes mid-stream leaves nothing visible and can resume."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import uuid
from collections.abc import Iterator

import grpc
import pytest
from regserver_client.v1 import artifacts_pb2 as apb
from regserver_client.v1 import artifacts_pb2_grpc

from tests.support.server import ServerThread

CHUNK = 256 * 1024
pytestmark = pytest.mark.usefixtures("artifact_root")


@pytest.fixture
def store(server: ServerThread) -> Iterator[artifacts_pb2_grpc.ArtifactStoreStub]:
    with grpc.insecure_channel(server.target) as channel:
        yield artifacts_pb2_grpc.ArtifactStoreStub(channel)  # type: ignore[no-untyped-call]


def chunks(
    data: bytes,
    digest: apb.Digest,
    upload_id: str,
    offset: int,
    hang_after: int | None = None,
    reached: threading.Event | None = None,
    gate: threading.Event | None = None,
) -> Iterator[apb.WriteBlobRequest]:
    yield apb.WriteBlobRequest(digest=digest, upload_id=upload_id, write_offset=offset)
    for sent, start in enumerate(range(offset, len(data), CHUNK)):
        if sent == hang_after and reached is not None and gate is not None:
            reached.set()
            gate.wait(30)  # hold the stream open, as a client that hangs before dying
        end = min(start + CHUNK, len(data))
        yield apb.WriteBlobRequest(data=data[start:end], finish_write=end == len(data))


def test_a_client_that_disconnects_mid_upload_leaves_nothing_visible_and_resumes(
    store: artifacts_pb2_grpc.ArtifactStoreStub,
) -> None:
    data = os.urandom(40 * CHUNK + 123)
    digest = apb.Digest(hash=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    upload_id = str(uuid.uuid4())
    reached, gate = threading.Event(), threading.Event()
    call = store.WriteBlob.future(chunks(data, digest, upload_id, 0, hang_after=10, reached=reached, gate=gate))
    assert reached.wait(20)
    time.sleep(0.5)  # let the ten chunks already sent reach the server
    call.cancel()
    gate.set()

    # The server keeps what it received before the disconnect, durably.
    deadline = time.monotonic() + 20
    committed = -1
    while time.monotonic() < deadline and committed != 10 * CHUNK:
        time.sleep(0.05)
        committed = store.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id=upload_id)).committed_size
    assert committed == 10 * CHUNK

    missing = store.FindMissingBlobs(apb.FindMissingBlobsRequest(blob_digests=[digest]))
    assert list(missing.missing_blob_digests) == [digest]

    response = store.WriteBlob(chunks(data, digest, upload_id, committed))
    assert (response.committed_size, response.already_existed) == (len(data), False)
    assert store.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id=upload_id)).complete

    read = b"".join(r.data for r in store.ReadBlob(apb.ReadBlobRequest(digest=digest)))
    assert read == data


def test_a_finished_upload_with_the_wrong_bytes_stores_nothing(store: artifacts_pb2_grpc.ArtifactStoreStub) -> None:
    data = os.urandom(3 * CHUNK)
    wrong = apb.Digest(hash=hashlib.sha256(b"something else").hexdigest(), size_bytes=len(data))
    upload_id = str(uuid.uuid4())
    try:
        store.WriteBlob(chunks(data, wrong, upload_id, 0))
        raise AssertionError("a digest mismatch was accepted")
    except grpc.RpcError as e:
        assert e.code() == grpc.StatusCode.INVALID_ARGUMENT
    missing = store.FindMissingBlobs(apb.FindMissingBlobsRequest(blob_digests=[wrong]))
    assert list(missing.missing_blob_digests) == [wrong]
    try:
        store.QueryWriteStatus(apb.QueryWriteStatusRequest(upload_id=upload_id))
        raise AssertionError("the failed upload is still tracked")
    except grpc.RpcError as e:
        assert e.code() == grpc.StatusCode.NOT_FOUND
