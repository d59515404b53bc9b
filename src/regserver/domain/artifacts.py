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

from regserver.artifacts.backend import (
    BlobBackend,
    BlobMissing,
    BlobSink,
    StorageUnavailable,
    UploadChanged,
    UploadPart,
    held_from_zero,
)
from regserver.artifacts.backend import SignedUrl as SignedUrl  # re-exported: the API maps it to its message
from regserver.domain import validation
from regserver.domain.errors import (
    Aborted,
    DataLoss,
    FailedPrecondition,
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
    def begin_upload(self, upload_id: str, digest: Digest | None, now: int) -> Digest | None: ...
    def upload_state(self, upload_id: str) -> tuple[Digest, bool] | None: ...
    def record_blob(self, digest: Digest, upload_id: str | None, now: int) -> None: ...
    def forget_upload(self, upload_id: str) -> None: ...
    def blob_known(self, digest: Digest) -> bool: ...
    def stored_digest(self, hash: str) -> Digest | None: ...
    def fail_abandoned_versions(self, created_before: int, now: int) -> int: ...
    def unused_blobs(self, created_before: int, limit: int) -> list[str]: ...
    def forget_blob_if_unused(self, hash: str) -> bool: ...
    def indexed_blobs(self, hashes: Sequence[str]) -> set[str]: ...
    def stale_uploads(self, updated_before: int) -> list[tuple[str, bool]]: ...
    def known_uploads(self, upload_ids: Sequence[str]) -> set[str]: ...


# One message of a WriteBlob stream, as the domain sees it: the bytes, whether it is the last, and
# the digest the last one names when the first did not (final_digest).
StreamChunk = tuple[bytes | memoryview, bool, Digest | None]


@dataclass(frozen=True)
class WriteResult:
    committed_size: int
    already_existed: bool


class UrlSigner(Protocol):
    """Signs URLs straight to the backend's storage (GCS V4 signed URLs)."""

    def sign_part_upload(self, upload_id: str, offset: int) -> SignedUrl: ...
    def sign_blob_download(self, hash: str) -> SignedUrl: ...


MAX_SIGNED_PARTS = 1000


@dataclass(frozen=True)
class WriteStatus:
    committed_size: int
    complete: bool
    parts: list[tuple[int, int]]  # (offset, size) held, by offset


@dataclass(frozen=True)
class GcReport:
    failed_versions: int
    deleted_blobs: int
    deleted_uploads: int


class _End:
    """How a WriteBlob stream ended: with finish_write or not, and the final_digest it named."""

    def __init__(self) -> None:
        self.finished = False
        self.final: Digest | None = None

    async def data(self, chunks: AsyncIterator[StreamChunk]) -> AsyncGenerator[bytes | memoryview, None]:
        async for chunk, finish, final in chunks:
            yield chunk
            if finish:
                self.finished, self.final = True, final
                return


def _check_tiling(upload_id: str, parts: Sequence[UploadPart], size: int) -> None:
    """INVALID_ARGUMENT naming the first range the parts leave out or hold twice."""
    expected = 0
    for part in parts:
        if part.offset < expected:
            raise InvalidArgument(
                f"upload {upload_id!r}: parts overlap at bytes {part.offset}-{expected - 1} (the part at "
                f"{part.offset} starts inside the one before); send each range once",
                "PARTS_OVERLAP",
                upload_id=upload_id,
                range=f"{part.offset}-{expected - 1}",
            )
        if part.offset > expected:
            raise InvalidArgument(
                f"upload {upload_id!r}: bytes {expected}-{part.offset - 1} were never sent (a hole between "
                "parts); send that range, then commit",
                "PARTS_HOLE",
                upload_id=upload_id,
                range=f"{expected}-{part.offset - 1}",
            )
        expected = part.offset + part.size
    if expected < size:
        raise InvalidArgument(
            f"upload {upload_id!r}: bytes {expected}-{size - 1} were never sent (the parts end at {expected} of "
            f"{size}); send that range, then commit",
            "PARTS_HOLE",
            upload_id=upload_id,
            range=f"{expected}-{size - 1}",
        )
    if expected > size:
        raise InvalidArgument(
            f"upload {upload_id!r}: the parts hold {expected} bytes but the digest names {size}; bytes "
            f"{size}-{expected - 1} are too many",
            "DIGEST_MISMATCH",
            upload_id=upload_id,
            range=f"{size}-{expected - 1}",
        )


def _blob_missing(digest: Digest) -> NotFound:
    return NotFound(f"blob {digest} is not stored", "BLOB_NOT_FOUND", hash=digest.hash, size_bytes=digest.size)


class _Upload:
    """One WriteBlob stream's hasher, sink and byte count.

    Each chunk is hashed and written at the same time on two worker threads (hashlib and
    file writes release the GIL), while the stream receives the next chunk.
    """

    def __init__(self, sink: BlobSink, hasher: Any | None, written: int) -> None:
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
        signer: UrlSigner | None = None,
    ) -> None:
        self._index = index
        self.backend = backend
        self.signer = signer
        self._executor = executor
        self.chunk_size = chunk_size
        self._clock = clock
        # Streams open in this process: (upload id, None) for one sent in one piece, (upload id, part
        # offset) for a part -> the offset the stream started at.
        self._active: dict[tuple[str, int | None], int] = {}
        # Uploads whose bytes a stream here hashed in order from 0 as they landed -> (their parts as the
        # backend listed them right after, sha256), so CommitUpload need not read them back while the
        # parts are unchanged (a part rewritten elsewhere changes its token).
        self._hashed: dict[str, tuple[tuple[UploadPart, ...], str]] = {}
        # Uploads CommitUpload is hashing and joining in this process: no stream may start on them.
        self._committing: set[str] = set()
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
        self,
        digest: Digest | None,
        upload_id: str,
        offset: int,
        chunks: AsyncIterator[StreamChunk],
        part: bool = False,
    ) -> WriteResult:
        """Consumes a WriteBlob stream. With `digest` (or the final one the last message names), the
        blob is stored only if the bytes match it. Without finish_write (and always for a part), the
        bytes are kept durable for a later stream or CommitUpload."""
        validation.upload_id(upload_id)
        if digest is not None:
            validation.digest(digest)
            if part:
                raise invalid_field("digest", "a part names no digest: CommitUpload names the whole blob's")
        if offset < 0:
            raise invalid_field("write_offset", f"write_offset must be 0 or more, got {offset}")
        if digest is not None and await self._call(self._index.blob_known, digest):
            await self._call(self._index.record_blob, digest, None, self._clock())
            return WriteResult(digest.size, already_existed=True)
        done = await self._call(self._index.begin_upload, upload_id, digest, self._clock())
        if done is not None:
            return WriteResult(done.size, already_existed=False)
        key = (upload_id, offset if part else None)
        busy = [k for k in self._active if k[0] == upload_id and (k[1] is None or key[1] is None or k == key)]
        if busy or upload_id in self._committing:
            raise Aborted(
                f"upload {upload_id!r} is still being written by another stream; wait for it to end, then "
                "QueryWriteStatus and resume",
                "CONCURRENT_MODIFICATION",
                upload_id=upload_id,
            )
        self._active[key] = offset
        self._hashed.pop(upload_id, None)
        try:
            if part:
                return await self._write_part(upload_id, offset, chunks)
            return await self._write(digest, upload_id, offset, chunks)
        finally:
            del self._active[key]

    async def _write(
        self, digest: Digest | None, upload_id: str, offset: int, chunks: AsyncIterator[StreamChunk]
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
        end = _End()
        try:
            async with contextlib.aclosing(end.data(chunks)) as stream:
                await self._pipe(upload, stream, digest.size if digest else None, upload_id)
        except InvalidArgument:
            await self._discard(upload_id)
            raise
        if not end.finished:
            parts = await self._call(self.backend.upload_parts, upload_id)
            self._hashed[upload_id] = (tuple(parts), hasher.hexdigest())
            return WriteResult(upload.written, already_existed=False)
        claimed = digest or end.final
        if claimed is None or (digest is not None and end.final is not None and end.final != digest):
            await self._discard(upload_id)
            raise invalid_field(
                "final_digest",
                "the last message must name the blob's digest in final_digest when the first named none"
                if claimed is None
                else f"final_digest {end.final} differs from the digest {digest} the first message named",
            )
        validation.digest(claimed, "final_digest")
        actual = hasher.hexdigest()
        if upload.written != claimed.size or actual != claimed.hash:
            await self._mismatch(upload_id, claimed, actual, upload.written)
        return await self._commit(upload_id, claimed)

    async def _write_part(self, upload_id: str, offset: int, chunks: AsyncIterator[StreamChunk]) -> WriteResult:
        upload = _Upload(await self._call(self.backend.open_part, upload_id, offset), None, 0)
        end = _End()
        async with contextlib.aclosing(end.data(chunks)) as stream:
            await self._pipe(upload, stream, None, upload_id)
        if end.finished:
            raise invalid_field("finish_write", "a part ends without finish_write: CommitUpload completes the blob")
        return WriteResult(upload.written, already_existed=False)

    async def _commit(self, upload_id: str, digest: Digest, parts: Sequence[UploadPart] | None = None) -> WriteResult:
        """Stores the upload's verified bytes as the blob (or drops them, if it is already stored)."""
        if await self._call(self._index.blob_known, digest):
            await self._call(self.backend.discard_upload, upload_id)
            await self._call(self._index.record_blob, digest, upload_id, self._clock())
            return WriteResult(digest.size, already_existed=True)
        await self._changed_is_aborted(upload_id, self.backend.commit_upload, upload_id, digest.hash, parts)
        await self._call(self._index.record_blob, digest, upload_id, self._clock())
        return WriteResult(digest.size, already_existed=False)

    async def _mismatch(self, upload_id: str, digest: Digest, actual: str, size: int) -> None:
        self.digest_failures["upload"] += 1
        await self._discard(upload_id)
        raise InvalidArgument(
            f"the uploaded bytes ({actual}/{size}) do not match the digest {digest}; nothing was stored, upload again",
            "DIGEST_MISMATCH",
            expected=str(digest),
            actual=f"{actual}/{size}",
        )

    async def commit(self, upload_id: str, digest: Digest) -> WriteResult:
        """CommitUpload: checks that the upload's parts tile the blob, verifies their bytes against
        `digest`, and stores the blob."""
        validation.upload_id(upload_id)
        validation.digest(digest)
        state = await self._call(self._index.upload_state, upload_id)
        if state is None:
            raise NotFound(
                f"no upload {upload_id!r} is in progress; send its bytes first (WriteBlob, the HTTP data "
                "plane or signed URLs)",
                "UPLOAD_NOT_FOUND",
                upload_id=upload_id,
            )
        known, complete = state
        if complete:
            if known != digest:
                raise FailedPrecondition(
                    f"upload {upload_id!r} was already committed as {known}, not {digest}",
                    "UPLOAD_COMPLETE",
                    upload_id=upload_id,
                )
            return WriteResult(digest.size, already_existed=False)
        if any(k[0] == upload_id for k in self._active) or upload_id in self._committing:
            raise Aborted(
                f"upload {upload_id!r} still has a stream writing to it, or is being committed; commit once "
                "every part is sent",
                "CONCURRENT_MODIFICATION",
                upload_id=upload_id,
            )
        # No stream starts on it here while it is hashed and joined (write() refuses one), and the
        # backend joins exactly the parts hashed: one replaced meanwhile (another replica, a signed
        # URL used again) is UploadChanged, not a blob whose bytes differ from its name.
        self._committing.add(upload_id)
        try:
            parts = await self._call(self.backend.upload_parts, upload_id)
            _check_tiling(upload_id, parts, digest.size)
            memo = self._hashed.pop(upload_id, None)
            if memo is not None and memo[0] == tuple(parts):
                actual = memo[1]
            else:
                hasher = hashlib.sha256()
                await self._changed_is_aborted(upload_id, self._rehash, hasher, upload_id, digest.size, parts)
                actual = hasher.hexdigest()
            if actual != digest.hash:
                await self._mismatch(upload_id, digest, actual, digest.size)
            return await self._commit(upload_id, digest, parts)
        finally:
            self._committing.discard(upload_id)

    async def _changed_is_aborted(self, upload_id: str, fn: Callable[..., T], *args: Any) -> T:
        try:
            return await self._call(fn, *args)
        except UploadChanged:
            raise Aborted(
                f"a part of upload {upload_id!r} was replaced while it was being committed; commit again",
                "CONCURRENT_MODIFICATION",
                upload_id=upload_id,
            ) from None

    async def store(self, chunks: AsyncIterator[bytes]) -> Digest:
        """Stores bytes whose digest the sender does not know (a proxied upload, such as MLflow's):
        hashed while written, committed under the digest computed here, so it cannot name a wrong one.
        Not resumable; an interrupted one leaves an unindexed upload that `regserver gc` removes."""
        upload_id = "proxy-" + uuid.uuid4().hex
        hasher = hashlib.sha256()
        upload = _Upload(await self._call(self.backend.open_upload, upload_id, 0), hasher, 0)
        try:
            await self._pipe(upload, chunks)
            digest = Digest(hasher.hexdigest(), upload.written)
            await self._commit(upload_id, digest)
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
        hasher = upload.hasher
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
                pending = [self._executor.submit(upload.write, data)]
                if hasher is not None:
                    pending.append(self._executor.submit(hasher.update, data))
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

    def _rehash(self, hasher: Any, upload_id: str, committed: int, parts: Sequence[UploadPart] | None = None) -> None:
        remaining = committed  # exactly the bytes this stream continues from
        for chunk in self.backend.read_upload(upload_id, max(self.chunk_size, 4 << 20), parts):
            hasher.update(chunk[:remaining])
            remaining -= min(len(chunk), remaining)
            if not remaining:
                break

    async def _discard(self, upload_id: str) -> None:
        await self._call(self.backend.discard_upload, upload_id)
        await self._call(self._index.forget_upload, upload_id)

    def _signer(self) -> UrlSigner:
        if self.signer is None:
            raise FailedPrecondition(
                f"this server cannot sign URLs to its {self.backend.name} artifact store; use WriteBlob and "
                "ReadBlob (or the HTTP data plane) instead",
                "SIGNED_URLS_UNAVAILABLE",
            )
        return self.signer

    async def sign_upload_urls(self, upload_id: str, offsets: Sequence[int]) -> list[SignedUrl]:
        """PUT URLs for parts of an upload, which CommitUpload then verifies and stores."""
        signer = self._signer()
        validation.upload_id(upload_id)
        if not offsets:
            raise invalid_field("part_offsets", "name at least one part's offset")
        if len(offsets) > MAX_SIGNED_PARTS:
            raise invalid_field("part_offsets", f"{len(offsets)} parts; the limit is {MAX_SIGNED_PARTS} a call")
        for i, offset in enumerate(offsets):
            if offset < 0:
                raise invalid_field(f"part_offsets[{i}]", f"a part's offset must be 0 or more, got {offset}")
        if len(set(offsets)) != len(offsets):
            raise invalid_field("part_offsets", "each part's offset must appear once")
        done = await self._call(self._index.begin_upload, upload_id, None, self._clock())
        if done is not None:
            raise FailedPrecondition(
                f"upload {upload_id!r} is already committed as {done}; use a new upload_id",
                "UPLOAD_COMPLETE",
                upload_id=upload_id,
            )
        self._hashed.pop(upload_id, None)
        # On a worker thread: a signature is an RSA operation (or, with some credentials, an IAM call).
        return await self._call(lambda: [signer.sign_part_upload(upload_id, offset) for offset in offsets])

    async def sign_download_url(self, digest: Digest) -> SignedUrl:
        signer = self._signer()
        validation.digest(digest)
        if not await self._call(self._index.blob_known, digest):
            raise _blob_missing(digest)
        return await self._call(signer.sign_blob_download, digest.hash)

    async def write_status(self, upload_id: str) -> WriteStatus:
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
            return WriteStatus(digest.size, True, [(0, digest.size)])
        if (upload_id, None) in self._active:
            # Bytes of a stream still in progress are not durable yet; where it started is.
            start = self._active[(upload_id, None)]
            return WriteStatus(start, False, [(0, start)] if start else [])
        parts = await self._call(self.backend.upload_parts, upload_id)
        # A part still being written is not durable: it does not count yet.
        held = [p for p in parts if (upload_id, p.offset) not in self._active]
        return WriteStatus(held_from_zero(held), False, [(p.offset, p.size) for p in held])

    async def stored(self, hash: str) -> Digest:
        """The stored blob with this hash; NOT_FOUND if there is none."""
        validation.digest(Digest(hash, 0), "hash")
        digest = await self._call(self._index.stored_digest, hash)
        if digest is None:
            raise NotFound(f"blob {hash} is not stored", "BLOB_NOT_FOUND", hash=hash)
        return digest

    def local_file(self, hash: str) -> str | None:
        """The stored blob's file, when the backend keeps blobs as local files (for zero-copy sends)."""
        locate = getattr(self.backend, "blob_path", None)
        path = locate(hash) if locate is not None else None
        return str(path) if path is not None else None

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
