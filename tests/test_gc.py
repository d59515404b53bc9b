"""Artifact garbage collection: only what no READY, pending or restorable version uses goes, and only when old."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine

from regserver.artifacts.backend import BlobBackend
from regserver.artifacts.gcs import GcsBackend
from regserver.artifacts.local import LocalBackend
from regserver.domain.artifacts import HOUR_US, Artifacts
from regserver.domain.errors import AlreadyExists
from regserver.domain.models import Digest, ManifestEntry, NewModel, NewVersion, VersionStatus
from regserver.domain.run_outputs import Parent
from regserver.domain.tracking import NewRun
from regserver.store import migrate
from regserver.store.engine import make_engine
from regserver.store.run_outputs import SqlRunOutputsStore
from regserver.store.sql import SqlStore
from regserver.store.tracking import SqlTrackingStore
from tests.support.gcs import GcsEmulator

DAY = 24 * HOUR_US
# A year ahead of the wall clock that stamps stored objects, so they count as old.
T0 = time.time_ns() // 1000 + 365 * DAY


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(engine: Engine) -> Iterator[SqlStore]:
    store = SqlStore(engine, purge_after_us=30 * DAY)
    yield store
    store.close()


@pytest.fixture(params=["local", "gcs"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> BlobBackend:
    if request.param == "local":
        return LocalBackend(tmp_path / "artifacts")
    gcs: GcsEmulator = request.getfixturevalue("gcs_emulator")
    return GcsBackend.from_url(gcs.url(f"gc-{uuid.uuid4().hex[:12]}"))


@pytest.fixture
def artifacts(store: SqlStore, backend: BlobBackend, clock: Clock) -> Iterator[Artifacts]:
    with ThreadPoolExecutor(4) as pool:
        yield Artifacts(store, backend, pool, chunk_size=1 << 16, clock=clock)


def digest_of(data: bytes) -> Digest:
    return Digest(hashlib.sha256(data).hexdigest(), len(data))


async def _one(data: bytes, finish: bool) -> AsyncIterator[tuple[bytes, bool, None]]:
    yield data, finish, None


def upload(artifacts: Artifacts, data: bytes, finish: bool = True) -> Digest:
    digest = digest_of(data)
    asyncio.run(artifacts.write(digest, f"up-{digest.hash[:16]}", 0, _one(data, finish)))
    return digest


def version_with(store: SqlStore, clock: Clock, *digests: Digest) -> int:
    with contextlib.suppress(AlreadyExists):
        store.create_model(NewModel("m"), clock.now, None)
    files = [ManifestEntry(f"f{i}", d) for i, d in enumerate(digests)]
    return store.create_version("m", NewVersion(files=files), "test", clock.now, None).version


def gc(artifacts: Artifacts) -> tuple[int, int, int]:
    report = asyncio.run(artifacts.collect_garbage(upload_timeout_us=DAY))
    return report.failed_versions, report.deleted_blobs, report.deleted_uploads


def stored(artifacts: Artifacts, digest: Digest) -> bool:
    return artifacts.backend.blob_size(digest.hash) is not None


def test_blobs_of_ready_versions_stay_and_unreferenced_ones_go_after_the_grace_period(
    artifacts: Artifacts, store: SqlStore, clock: Clock
) -> None:
    used, unused = b"weights" * 1000, b"scratch" * 1000
    version = version_with(store, clock, digest_of(used))
    upload(artifacts, used)
    upload(artifacts, unused)
    assert store.finalize_version("m", version, clock.now).status is VersionStatus.READY

    assert gc(artifacts) == (0, 0, 0)  # everything is younger than the grace period
    clock.now += 2 * HOUR_US
    assert gc(artifacts) == (0, 1, 0)
    assert stored(artifacts, digest_of(used)) and not stored(artifacts, digest_of(unused))
    assert store.find_missing([digest_of(used), digest_of(unused)]) == [digest_of(unused)]

    clock.now += 400 * DAY
    assert gc(artifacts) == (0, 0, 0)
    assert stored(artifacts, digest_of(used))


def test_an_abandoned_upload_fails_its_version_and_frees_its_blobs(
    artifacts: Artifacts, store: SqlStore, clock: Clock
) -> None:
    first, second = b"a" * 5000, b"b" * 5000
    version = version_with(store, clock, digest_of(first), digest_of(second))
    upload(artifacts, first)  # the second never arrives

    clock.now += 2 * HOUR_US
    assert gc(artifacts) == (0, 0, 0)  # still pending within the upload timeout: its blob is kept
    assert stored(artifacts, digest_of(first))

    clock.now += DAY
    assert gc(artifacts) == (1, 1, 0)
    assert store.get_version("m", version, False).status is VersionStatus.FAILED
    assert not stored(artifacts, digest_of(first))


def test_a_deleted_version_keeps_its_blobs_until_it_is_purged(
    artifacts: Artifacts, store: SqlStore, clock: Clock
) -> None:
    data = b"model" * 3000
    version = version_with(store, clock, digest_of(data))
    upload(artifacts, data)
    store.finalize_version("m", version, clock.now)
    store.delete_version("m", version, "", clock.now)

    clock.now += 29 * DAY
    assert gc(artifacts)[1] == 0
    assert store.undelete_version("m", version, clock.now).status is VersionStatus.READY
    store.delete_version("m", version, "", clock.now)

    clock.now += 31 * DAY
    store.purge(clock.now)
    assert gc(artifacts)[1] == 1
    assert not stored(artifacts, digest_of(data))


def test_stale_partial_uploads_and_orphaned_bytes_are_removed(
    artifacts: Artifacts, store: SqlStore, backend: BlobBackend, clock: Clock
) -> None:
    partial = b"p" * 10_000
    digest = digest_of(partial)
    asyncio.run(artifacts.write(digest, "stale-upload", 0, _one(partial[:4000], False)))
    assert backend.upload_size("stale-upload") == 4000
    # Bytes the index never learned about (as after a crash between commit and index).
    sink = backend.open_upload("orphan", 0)
    sink.write(b"orphan")
    sink.close()
    backend.commit_upload("orphan", hashlib.sha256(b"orphan").hexdigest())
    # The test clock runs ahead of the wall clock, so the orphan is already past the grace period.

    assert gc(artifacts) == (0, 1, 0)  # the orphan is old; the upload is fresh
    assert backend.upload_size("stale-upload") == 4000
    clock.now += 2 * DAY
    assert gc(artifacts) == (0, 0, 1)
    assert backend.upload_size("stale-upload") == 0
    assert store.upload_state("stale-upload") is None


def test_regserver_gc_runs_from_the_command_line(tmp_path: Path, database_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "regserver", "gc", "--data-dir", str(tmp_path / "data"), "--database-url", database_url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "gc: 0 abandoned versions marked FAILED, 0 blobs and 0 uploads deleted"


async def _chunks(data: bytes, size: int = 1000) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def test_blobs_hashed_by_the_server_are_stored_once_and_kept_while_a_run_lists_them(
    artifacts: Artifacts, store: SqlStore, clock: Clock
) -> None:
    """A proxied upload (MLflow's artifacts) names no digest: the server computes it, stores the
    bytes once however often they come, and keeps the blob while a run's (or logged model's) files
    list it."""
    tracking = SqlTrackingStore(store)
    outputs = SqlRunOutputsStore(tracking)
    run = tracking.create_run(NewRun(tracking.create_experiment("e", "", {}, clock.now).id), "test", clock.now)
    model, scratch = b"model weights" * 5000, b"scratch" * 300
    kept = asyncio.run(artifacts.store(_chunks(model)))
    assert kept == digest_of(model) and stored(artifacts, kept)
    assert asyncio.run(artifacts.store(_chunks(model, 4096))) == kept  # the same bytes again: the same blob
    dropped = asyncio.run(artifacts.store(_chunks(scratch)))
    assert list(artifacts.backend.list_uploads()) == []  # nothing left in the temporary area
    outputs.log_artifacts(Parent("runs", run.id), [ManifestEntry("model/weights.bin", kept)], False, clock.now)

    clock.now += 2 * HOUR_US
    assert gc(artifacts) == (0, 1, 0)
    assert stored(artifacts, kept) and not stored(artifacts, dropped)
    assert store.find_missing([kept, dropped]) == [dropped]
