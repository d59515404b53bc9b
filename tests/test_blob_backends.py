"""One conformance suite for every blob backend: the local directory and Google Cloud Storage (emulated)."""

from __future__ import annotations

import hashlib
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from regserver.artifacts.backend import BlobBackend, BlobMissing, StorageUnavailable
from regserver.artifacts.gcs import GcsBackend
from regserver.artifacts.local import LocalBackend
from tests.support.gcs import GcsEmulator

MiB = 1024 * 1024


@pytest.fixture(params=["local", "gcs"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> BlobBackend:
    if request.param == "local":
        return LocalBackend(tmp_path / "artifacts")
    gcs: GcsEmulator = request.getfixturevalue("gcs_emulator")
    # A fresh prefix per test: tests share the session's emulator but never see each other's objects.
    return GcsBackend.from_url(gcs.url(f"t/{uuid.uuid4().hex}"))


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(backend: BlobBackend, upload_id: str, offset: int, *chunks: bytes) -> None:
    sink = backend.open_upload(upload_id, offset)
    try:
        for chunk in chunks:
            sink.write(chunk)
    finally:
        sink.close()


def read_all(backend: BlobBackend, hash: str, offset: int = 0, size: int = 7) -> bytes:
    source = backend.open_read(hash, offset)
    try:
        out = bytearray()
        while chunk := source.read(size):
            out += chunk
        return bytes(out)
    finally:
        source.close()


def upload(backend: BlobBackend, data: bytes, upload_id: str | None = None) -> str:
    upload_id = upload_id or uuid.uuid4().hex
    write(backend, upload_id, 0, data)
    backend.commit_upload(upload_id, sha(data))
    return sha(data)


def test_upload_commit_and_read_back(backend: BlobBackend) -> None:
    data = bytes(range(256)) * 40 + b"tail"
    write(backend, "up1", 0, data[:1000], data[1000:5000], data[5000:])
    assert backend.upload_size("up1") == len(data)
    assert backend.blob_size(sha(data)) is None

    backend.commit_upload("up1", sha(data))

    assert backend.upload_size("up1") == 0
    assert list(backend.read_upload("up1", 100)) == []
    assert backend.blob_size(sha(data)) == len(data)
    assert read_all(backend, sha(data)) == data
    assert read_all(backend, sha(data), size=1 * MiB) == data
    for offset in (1, 255, 4096, len(data) - 1, len(data), len(data) + 10):
        assert read_all(backend, sha(data), offset) == data[offset:], offset


def test_resume_after_close(backend: BlobBackend) -> None:
    a, b = b"A" * 3000 + b"end of A", b"B" * 5000 + b"end of B"
    assert backend.upload_size("up") == 0
    assert list(backend.read_upload("up", 64)) == []

    write(backend, "up", 0, a)
    assert backend.upload_size("up") == len(a)
    assert b"".join(backend.read_upload("up", 1000)) == a
    assert all(len(c) <= 1000 for c in backend.read_upload("up", 1000))

    write(backend, "up", len(a), b[:10], b[10:])
    assert backend.upload_size("up") == len(a) + len(b)
    assert b"".join(backend.read_upload("up", 333)) == a + b

    backend.commit_upload("up", sha(a + b))
    assert read_all(backend, sha(a + b)) == a + b
    assert read_all(backend, sha(a + b), len(a) - 3) == (a + b)[len(a) - 3 :]


def test_many_parts(backend: BlobBackend) -> None:
    # 40 write streams: more than one GCS compose call takes (32 sources), so composes are chained.
    parts = [f"part {i:02d};".encode() * (i + 1) for i in range(40)]
    offset = 0
    for part in parts:
        write(backend, "many", offset, part)
        offset += len(part)
        assert backend.upload_size("many") == offset
    data = b"".join(parts)
    assert b"".join(backend.read_upload("many", 50)) == data

    backend.commit_upload("many", sha(data))
    assert read_all(backend, sha(data)) == data
    assert backend.upload_size("many") == 0
    assert [u for u, _ in backend.list_uploads()] == []


def test_three_parts_with_empty_stream(backend: BlobBackend) -> None:
    write(backend, "three", 0, b"one,")
    write(backend, "three", 4)  # a stream that brought nothing (client gone at once)
    write(backend, "three", 4, b"two,")
    write(backend, "three", 8, b"three")
    assert backend.upload_size("three") == 13
    backend.commit_upload("three", sha(b"one,two,three"))
    assert read_all(backend, sha(b"one,two,three")) == b"one,two,three"


def test_reopen_at_a_smaller_offset_truncates(backend: BlobBackend) -> None:
    write(backend, "trunc", 0, b"0123456789")
    write(backend, "trunc", 10, b"abcdef")
    write(backend, "trunc", 4, b"XY")  # as LocalBackend's truncate(offset): the rest is dropped
    assert backend.upload_size("trunc") == 6
    assert b"".join(backend.read_upload("trunc", 4)) == b"0123XY"
    write(backend, "trunc", 0, b"new")
    assert b"".join(backend.read_upload("trunc", 4)) == b"new"


def test_empty_blob(backend: BlobBackend) -> None:
    write(backend, "empty", 0)
    assert backend.upload_size("empty") == 0
    backend.commit_upload("empty", sha(b""))
    assert backend.blob_size(sha(b"")) == 0
    assert read_all(backend, sha(b"")) == b""


def test_discard_upload(backend: BlobBackend) -> None:
    write(backend, "gone", 0, b"first")
    write(backend, "gone", 5, b"second")
    write(backend, "kept", 0, b"other")
    backend.discard_upload("gone")
    assert backend.upload_size("gone") == 0
    assert list(backend.read_upload("gone", 10)) == []
    assert [u for u, _ in backend.list_uploads()] == ["kept"]
    backend.discard_upload("gone")  # no error the second time
    backend.discard_upload("never-existed")


def test_same_content_committed_twice(backend: BlobBackend) -> None:
    data = b"identical bytes" * 100
    write(backend, "first", 0, data)
    write(backend, "second", 0, data[:7])
    write(backend, "second", 7, data[7:])
    backend.commit_upload("first", sha(data))
    backend.commit_upload("second", sha(data))
    assert [h for h, _ in backend.list_blobs()] == [sha(data)]
    assert read_all(backend, sha(data)) == data
    assert list(backend.list_uploads()) == []


def test_missing_blob(backend: BlobBackend) -> None:
    missing = sha(b"not stored")
    with pytest.raises(BlobMissing):
        backend.open_read(missing, 0)
    assert backend.blob_size(missing) is None
    backend.delete_blob(missing)  # no error


def test_delete_blob_idempotent(backend: BlobBackend) -> None:
    h = upload(backend, b"to be deleted")
    assert backend.blob_size(h) == 13
    backend.delete_blob(h)
    assert backend.blob_size(h) is None
    with pytest.raises(BlobMissing):
        backend.open_read(h, 0)
    backend.delete_blob(h)
    assert list(backend.list_blobs()) == []


def test_list_uploads_and_blobs(backend: BlobBackend) -> None:
    assert list(backend.list_uploads()) == []
    assert list(backend.list_blobs()) == []
    before = time.time_ns() // 1000 - 5_000_000  # the emulator's and our clock: allow some skew
    h1 = upload(backend, b"blob one")
    h2 = upload(backend, b"blob two")
    write(backend, "pending-a", 0, b"aa")
    write(backend, "pending-a", 2, b"bb")
    write(backend, "pending-b", 0, b"b")
    after = time.time_ns() // 1000 + 5_000_000

    blobs = dict(backend.list_blobs())
    assert sorted(blobs) == sorted([h1, h2])
    uploads = dict(backend.list_uploads())
    assert sorted(uploads) == ["pending-a", "pending-b"]
    for micros in (*blobs.values(), *uploads.values()):
        assert isinstance(micros, int)
        assert before <= micros <= after


def test_40_mib_round_trip(backend: BlobBackend) -> None:
    total = 40 * MiB
    chunk = hashlib.sha256(b"seed").digest() * (MiB // 32)  # 1 MiB
    assert len(chunk) == MiB

    def chunks() -> Iterator[bytes]:
        for i in range(total // MiB):
            yield i.to_bytes(4, "big") + chunk[4:]

    expected = hashlib.sha256()
    for c in chunks():
        expected.update(c)
    digest = expected.hexdigest()

    measure = backend.name == "gcs"
    if measure:
        tracemalloc.start()
    try:
        sink = backend.open_upload("big", 0)
        for c in chunks():
            sink.write(c)
        sink.close()
        assert backend.upload_size("big") == total
        backend.commit_upload("big", digest)
        assert backend.blob_size(digest) == total

        got = hashlib.sha256()
        source = backend.open_read(digest, 0)
        n = 0
        while data := source.read(256 * 1024):
            got.update(data)
            n += len(data)
        source.close()
        if measure:
            _, peak = tracemalloc.get_traced_memory()
    finally:
        if measure:
            tracemalloc.stop()
    assert n == total
    assert got.hexdigest() == digest
    if measure:
        assert peak < 32 * MiB, f"peak Python memory {peak / MiB:.1f} MiB: not streaming"


# -- GCS only -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["gs://", "s3://x", "gs://Bad_Bucket!", "gs://ab", "gs:///prefix", "gs://bucket/a//b", "gs://bucket/../x", "x"],
)
def test_gcs_from_url_rejects(url: str) -> None:
    with pytest.raises(ValueError):
        GcsBackend.from_url(url)


def test_gcs_from_url_parses(gcs_emulator: GcsEmulator) -> None:
    b = GcsBackend.from_url("gs://my-bucket")
    assert (b.bucket_name, b.prefix) == ("my-bucket", "")
    b = GcsBackend.from_url("gs://my.bucket_1/some/prefix/")
    assert (b.bucket_name, b.prefix) == ("my.bucket_1", "some/prefix")


def test_gcs_unreachable_is_storage_unavailable() -> None:
    with GcsEmulator(bucket="doomed") as gcs:
        backend = GcsBackend.from_url(gcs.url("p"), retry_deadline=1.0, timeout=5.0)
        write(backend, "up", 0, b"bytes")
        assert backend.upload_size("up") == 5
        sink = backend.open_upload("up", 5)
        sink.write(b"more bytes, never made durable")
    # The emulator is gone: nothing listens on its port any more.
    started = time.monotonic()
    with pytest.raises(StorageUnavailable):
        sink.close()
    with pytest.raises(StorageUnavailable) as info:
        backend.upload_size("up")
    assert "\n" not in str(info.value)
    with pytest.raises(StorageUnavailable):
        backend.open_read(sha(b"bytes"), 0)
    with pytest.raises(StorageUnavailable):
        backend.open_upload("up", 0)
    with pytest.raises(StorageUnavailable):
        list(backend.list_blobs())
    assert time.monotonic() - started < 30


def test_gcs_layout(gcs_emulator: GcsEmulator) -> None:
    from google.auth.credentials import AnonymousCredentials
    from google.cloud import storage

    prefix = f"layout/{uuid.uuid4().hex}"
    backend = GcsBackend.from_url(gcs_emulator.url(prefix))
    write(backend, "u", 0, b"abc")
    write(backend, "u", 3, b"def")
    client = storage.Client(project="regserver", credentials=AnonymousCredentials())  # type: ignore[no-untyped-call]
    names = sorted(b.name for b in client.list_blobs(gcs_emulator.bucket, prefix=prefix + "/"))
    assert names == [f"{prefix}/uploads/u/{0:020d}", f"{prefix}/uploads/u/{3:020d}"]
    backend.commit_upload("u", sha(b"abcdef"))
    names = sorted(b.name for b in client.list_blobs(gcs_emulator.bucket, prefix=prefix + "/"))
    assert names == [f"{prefix}/blobs/sha256/{sha(b'abcdef')}"]
