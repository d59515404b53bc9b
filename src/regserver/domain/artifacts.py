"""Content-addressed blobs: verified streaming writes with resume, verified reads, garbage collection.

Bytes go to the backend (local directory or GCS); the database keeps the
index of committed blobs, uploads in progress, and which versions use what.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from regserver.artifacts.backend import BlobBackend, BlobMissing, BlobSink, StorageUnavailable
from regserver.domain import validation
from regserver.domain.errors import (
    Aborted,
    DataLoss,
    InvalidArgument,
    NotFound,
    OutOfRange,
    Unavailable,
    invalid_field,
)
from regserver.domain.models import Digest
from regserver.domain.registry import now_us

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_FIND_MISSING = 10_000
HOUR_US = 3600 * 1_000_000


class ArtifactIndex(Protocol):
    """The database side of artifacts (implemented by the SQL store)."""

    def find_missing(self, digests: Sequence[Digest]) -> list[Digest]: ...
    def begin_upload(self, upload_id: str, digest: Digest, now: int) -> bool: ...
    def upload_state(self, upload_id: str) -> tuple[Digest, bool] | None: ...
    def record_blob(self, digest: Digest, upload_id: str | None, now: int) -> None: ...
    def forget_upload(self, upload_id: str) -> None: ...
    def blob_known(self, digest: Digest) -> bool: ...
    def fail_abandoned_versions(self, created_before: int, now: int) -> int: ...
    def unused_blobs(self, created_before: int, limit: int) -> list[str]: ...
    def forget_blob_if_unused(self, hash: str) -> bool: ...
    def indexed_blobs(self, hashes: Sequence[str]) -> set[str]: ...
    def stale_uploads(self, updated_before: int) -> list[tuple[str, bool]]: ...
    def known_uploads(self, upload_ids: Sequence[str]) -> set[str]: ...


@dataclass(frozen=True)
class WriteResult:
    committed_size: int
    already_existed: bool


@dataclass(frozen=True)
class GcReport:
    failed_versions: int
    deleted_blobs: int
    deleted_uploads: int


def _blob_missing(digest: Digest) -> NotFound:
    return NotFound(f"blob {digest} is not stored", "BLOB_NOT_FOUND", hash=digest.hash, size_bytes=digest.size)


class _Upload:
    """One WriteBlob stream's hasher, sink and byte count.

    Each chunk is hashed and written at the same time on two worker threads (hashlib and
    file writes release the GIL), while the stream receives the next chunk.
    """

    def __init__(self, sink: BlobSink, hasher: Any, written: int) -> None:
        self.sink = sink
        self.hasher = hasher
        self.written = written

    def write(self, data: bytes | memoryview) -> None:
        self.sink.write(data)
        self.written += len(data)


class Artifacts:
    def __init__(
        self,
        index: ArtifactIndex,
        backend: BlobBackend,
        executor: ThreadPoolExecutor,
        chunk_size: int,
        clock: Callable[[], int] = now_us,
    ) -> None:
        self._index = index
        self.backend = backend
        self._executor = executor
        self.chunk_size = chunk_size
        self._clock = clock
        # Uploads with a WriteBlob stream open in this process -> the offset it started at.
        self._active: dict[str, int] = {}
        # Observability (read by regserver.observability.metrics): bytes received and served, and
        # digest mismatches of uploads ("upload") and of stored blobs caught while serving ("read").
        self.bytes_received = 0
        self.bytes_sent = 0
        self.digest_failures = {"upload": 0, "read": 0}

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await self._done(self._executor.submit(fn, *args))

    @staticmethod
    async def _done(job: Future[T]) -> T:
        """Waits for work submitted to the executor; a storage failure is UNAVAILABLE."""
        try:
            return await asyncio.wrap_future(job)
        except StorageUnavailable as e:
            raise Unavailable(f"the artifact store is unavailable: {e}", "STORAGE_UNAVAILABLE") from None

    async def find_missing(self, digests: Sequence[Digest]) -> list[Digest]:
        if len(digests) > MAX_FIND_MISSING:
            raise invalid_field("blob_digests", f"{len(digests)} digests given; the limit is {MAX_FIND_MISSING}")
        for i, d in enumerate(digests):
            validation.digest(d, f"blob_digests[{i}]")
        return await self._call(self._index.find_missing, digests)

    async def write(
        self, digest: Digest, upload_id: str, offset: int, chunks: AsyncIterator[tuple[bytes | memoryview, bool]]
    ) -> WriteResult:
        """Consumes (data, finish_write) pairs; stores the blob only if the bytes match the digest."""
        validation.digest(digest)
        validation.upload_id(upload_id)
        if await self._call(self._index.blob_known, digest):
            await self._call(self._index.record_blob, digest, None, self._clock())
            return WriteResult(digest.size, already_existed=True)
        if await self._call(self._index.begin_upload, upload_id, digest, self._clock()):
            return WriteResult(digest.size, already_existed=False)
        if upload_id in self._active:
            raise Aborted(
                f"upload {upload_id!r} is still being written by another stream; wait for it to end, then "
                "QueryWriteStatus and resume",
                "CONCURRENT_MODIFICATION",
                upload_id=upload_id,
            )
        self._active[upload_id] = offset
        try:
            return await self._write(digest, upload_id, offset, chunks)
        finally:
            del self._active[upload_id]

    async def _write(
        self, digest: Digest, upload_id: str, offset: int, chunks: AsyncIterator[tuple[bytes | memoryview, bool]]
    ) -> WriteResult:
        committed = await self._call(self.backend.upload_size, upload_id)
        if offset != committed:
            raise OutOfRange(
                f"write_offset {offset} does not match upload {upload_id!r}, which holds {committed} bytes; "
                f"resume from {committed}",
                "UPLOAD_OFFSET_MISMATCH",
                upload_id=upload_id,
                committed_size=committed,
            )
        hasher = hashlib.sha256()
        if committed:
            # sha256 state cannot be saved between streams: re-hash what is already stored.
            await self._call(self._rehash, hasher, upload_id, committed)
        upload = _Upload(await self._call(self.backend.open_upload, upload_id, offset), hasher, committed)
        finished = False

        async def data() -> AsyncGenerator[bytes | memoryview, None]:
            nonlocal finished
            async for chunk, finish in chunks:
                yield chunk
                if finish:
                    finished = True
                    return

        try:
            async with contextlib.aclosing(data()) as stream:
                await self._pipe(upload, stream, digest.size, upload_id)
        except InvalidArgument:
            await self._discard(upload_id)
            raise
        if not finished:
            return WriteResult(upload.written, already_existed=False)
        actual = upload.hasher.hexdigest()
        if upload.written != digest.size or actual != digest.hash:
            self.digest_failures["upload"] += 1
            await self._discard(upload_id)
            raise InvalidArgument(
                f"the uploaded bytes ({actual}/{upload.written}) do not match the digest {digest}; nothing was "
                "stored, upload again",
                "DIGEST_MISMATCH",
                expected=str(digest),
                actual=f"{actual}/{upload.written}",
            )
        await self._call(self.backend.commit_upload, upload_id, digest.hash)
        await self._call(self._index.record_blob, digest, upload_id, self._clock())
        return WriteResult(digest.size, already_existed=False)

    async def store(self, chunks: AsyncIterator[bytes]) -> Digest:
        """Stores bytes whose digest the sender does not know (a proxied upload, such as MLflow's):
        hashed while written, committed under the digest computed here, so it cannot name a wrong one.
        Not resumable; an interrupted one leaves an unindexed upload that `regserver gc` removes."""
        upload_id = "proxy-" + uuid.uuid4().hex
        upload = _Upload(await self._call(self.backend.open_upload, upload_id, 0), hashlib.sha256(), 0)
        try:
            await self._pipe(upload, chunks)
            digest = Digest(upload.hasher.hexdigest(), upload.written)
            if not await self._call(self._index.blob_known, digest):
                await self._call(self.backend.commit_upload, upload_id, digest.hash)
            await self._call(self._index.record_blob, digest, None, self._clock())
            return digest
        finally:
            # Gone once committed; otherwise (already stored, failed, cancelled) its bytes go now.
            with contextlib.suppress(Exception):
                await asyncio.shield(self._call(self.backend.discard_upload, upload_id))

    async def _pipe(
        self, upload: _Upload, chunks: AsyncIterator[bytes | memoryview], limit: int | None = None, upload_id: str = ""
    ) -> None:
        """Hashes and writes each chunk while the next one is received: the chunk in hand is on two
        worker threads (two futures, one per lane), each lane handling chunks in order. More than
        `limit` bytes in all is INVALID_ARGUMENT. The sink is closed, durable, whatever happened."""
        received = upload.written
        pending: list[Future[None]] = []
        try:
            async for data in chunks:
                if limit is not None and received + len(data) > limit:
                    raise InvalidArgument(
                        f"upload {upload_id!r} sent more than the {limit} bytes its digest names",
                        "DIGEST_MISMATCH",
                        upload_id=upload_id,
                    )
                if not data:
                    continue
                for job in pending:
                    await self._done(job)
                pending = [
                    self._executor.submit(upload.hasher.update, data),
                    self._executor.submit(upload.write, data),
                ]
                received += len(data)
                self.bytes_received += len(data)
            for job in pending:
                await self._done(job)
        finally:
            if not all(job.done() for job in pending):
                # Cancelled or failed mid-chunk: let the write end before the file is closed.
                await self._call(wait, pending)
            # Durable whatever happened: a client that went away resumes from here.
            await self._call(upload.sink.close)

    def _rehash(self, hasher: Any, upload_id: str, committed: int) -> None:
        remaining = committed  # exactly the bytes this stream continues from
        for chunk in self.backend.read_upload(upload_id, self.chunk_size):
            hasher.update(chunk[:remaining])
            remaining -= min(len(chunk), remaining)
            if not remaining:
                break

    async def _discard(self, upload_id: str) -> None:
        await self._call(self.backend.discard_upload, upload_id)
        await self._call(self._index.forget_upload, upload_id)

    async def write_status(self, upload_id: str) -> tuple[int, bool]:
        validation.upload_id(upload_id)
        state = await self._call(self._index.upload_state, upload_id)
        if state is None:
            raise NotFound(
                f"no upload {upload_id!r} is in progress or recently complete; start it with write_offset 0",
                "UPLOAD_NOT_FOUND",
                upload_id=upload_id,
            )
        digest, complete = state
        if complete:
            return digest.size, True
        if upload_id in self._active:
            # Bytes of a stream still in progress are not durable yet; where it started is.
            return self._active[upload_id], False
        return await self._call(self.backend.upload_size, upload_id), False

    async def read(self, digest: Digest, offset: int, limit: int) -> AsyncGenerator[bytes, None]:
        """Streams the blob; a whole-blob read is verified and ends with DATA_LOSS on a mismatch."""
        validation.digest(digest)
        if offset < 0:
            raise invalid_field("read_offset", f"read_offset must be 0 or more, got {offset}")
        if limit < 0:
            raise invalid_field("read_limit", f"read_limit must be 0 or more, got {limit}")
        if not await self._call(self._index.blob_known, digest):
            raise _blob_missing(digest)
        if offset > digest.size:
            raise OutOfRange(
                f"read_offset {offset} is past the end of blob {digest}",
                "READ_OUT_OF_RANGE",
                size_bytes=digest.size,
            )
        try:
            source = await self._call(self.backend.open_read, digest.hash, offset)
        except BlobMissing:
            log.error("blob %s is indexed but missing from the %s backend", digest, self.backend.name)
            raise _blob_missing(digest) from None
        remaining = (digest.size - offset) if limit == 0 else min(limit, digest.size - offset)
        whole = offset == 0 and remaining == digest.size
        hasher = hashlib.sha256() if whole else None

        def next_chunk(size: int) -> bytes:
            # Read and hash in one worker hop: per-chunk hops are what limit throughput.
            data: bytes = source.read(size)
            if hasher is not None:
                hasher.update(data)
            return data

        # One chunk read (and hashed) ahead while the one before is being sent: at most two in memory.
        ahead: Future[bytes] | None = None
        try:
            while remaining > 0:
                job = ahead or self._executor.submit(next_chunk, min(self.chunk_size, remaining))
                ahead = None
                data = await self._done(job)
                if not data:
                    break
                remaining -= len(data)
                if remaining > 0:
                    ahead = self._executor.submit(next_chunk, min(self.chunk_size, remaining))
                self.bytes_sent += len(data)
                yield data
        finally:
            if ahead is not None:  # a read in flight: done with the source before it closes
                with contextlib.suppress(Exception):
                    await asyncio.wrap_future(ahead)
            await self._call(source.close)
        if remaining > 0 or (hasher is not None and hasher.hexdigest() != digest.hash):
            log.error("blob %s failed verification on the %s backend", digest, self.backend.name)
            self.digest_failures["read"] += 1
            raise DataLoss(
                f"blob {digest} is corrupt in storage: its bytes no longer match the digest; do not use what "
                "was received",
                "BLOB_CORRUPT",
                hash=digest.hash,
            )

    async def collect_garbage(self, upload_timeout_us: int, grace_us: int = HOUR_US) -> GcReport:
        """Fails abandoned uploads' versions, then deletes blobs and uploads nothing uses."""
        now = self._clock()
        failed = await self._call(self._index.fail_abandoned_versions, now - upload_timeout_us, now)
        deleted_blobs = 0
        while True:
            batch = await self._call(self._index.unused_blobs, now - grace_us, 500)
            for hash in batch:
                # Index row first: a blob is never in the index without its bytes.
                if await self._call(self._index.forget_blob_if_unused, hash):
                    await self._call(self.backend.delete_blob, hash)
                    deleted_blobs += 1
            if len(batch) < 500:
                break
        # Bytes committed but never indexed (a crash in between), past the grace period.
        stored = await self._call(lambda: [h for h, t in self.backend.list_blobs() if t < now - grace_us])
        for start in range(0, len(stored), 500):
            chunk = stored[start : start + 500]
            indexed = await self._call(self._index.indexed_blobs, chunk)
            for hash in chunk:
                if hash not in indexed:
                    await self._call(self.backend.delete_blob, hash)
                    deleted_blobs += 1
        deleted_uploads = 0
        for upload_id, complete in await self._call(self._index.stale_uploads, now - upload_timeout_us):
            await self._discard(upload_id)
            deleted_uploads += not complete  # a complete one's record is only bookkeeping
        leftovers = await self._call(lambda: [u for u, t in self.backend.list_uploads() if t < now - upload_timeout_us])
        known = await self._call(self._index.known_uploads, leftovers)
        for upload_id in leftovers:
            if upload_id not in known:
                await self._call(self.backend.discard_upload, upload_id)
                deleted_uploads += 1
        return GcReport(failed, deleted_blobs, deleted_uploads)
