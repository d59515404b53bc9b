"""Uploading a file or a directory as a model version, and downloading a version's files.

Both directions stream: no file is ever read into memory whole. Uploads hash every
file, create the version with its manifest, send only the blobs the server lacks
(each once, however many paths share it) and finalize the version. Downloads write
each file to a temporary file next to its destination while hashing it, verify the
SHA-256 and size, and only then move it into place.

Interrupted transfers resume: an upload asks QueryWriteStatus where it stands and
continues from there with the same upload id; a download continues with
`read_offset` after re-hashing the bytes it already has. Both retry UNAVAILABLE
(and ABORTED) up to 5 attempts with exponential backoff.

`Registry.upload_version` and `Registry.download` are the entry points; the
functions here take the narrow `Client` they need (the Registry passes itself).
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import mimetypes
import os
import socket
import stat
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import grpc

from .digest_cache import DigestCache
from .errors import DataLoss, FailedPrecondition, NotFound, RegistryError, Unavailable
from .transfer import PIPELINE, GrpcRanges, Options, Ranges, Stopped
from .v1 import artifacts_pb2, artifacts_pb2_grpc, model_pb2, tracking_pb2, tracking_pb2_grpc


class Client(Protocol):
    """What the transfers need of the client (Registry is one), and nothing more: the version calls
    around an upload or download, the blob stub, the blob streams that do not copy chunks into or
    out of protobuf messages, and the wrapper that maps a unary call's errors."""

    @property
    def artifacts(self) -> artifacts_pb2_grpc.ArtifactStoreStub: ...
    @property
    def tracking(self) -> tracking_pb2_grpc.TrackingStub: ...
    @property
    def _write_blob(self) -> Callable[..., Any]: ...
    @property
    def _read_blob(self) -> Callable[..., Any]: ...
    @property
    def _call(self) -> Callable[..., Any]: ...
    @property
    def get_model(self) -> Callable[..., model_pb2.RegisteredModel]: ...
    @property
    def create_version(self) -> Callable[..., model_pb2.ModelVersion]: ...
    @property
    def finalize_version(self) -> Callable[..., model_pb2.ModelVersion]: ...
    @property
    def get_version(self) -> Callable[..., model_pb2.ModelVersion]: ...
    @property
    def get_version_by_alias(self) -> Callable[..., model_pb2.ModelVersion]: ...
    @property
    def _data_plane(self) -> Callable[[], tuple[Ranges, Options]]: ...


__all__ = ["DEFAULT_MEDIA_TYPE", "ProgressCallback", "download", "hash_file", "upload_version"]

ProgressCallback = Callable[[int, int], None]
"""Called as `progress(done_bytes, total_bytes)`; calls are serialized, `done_bytes` never decreases."""

DEFAULT_MEDIA_TYPE = "application/octet-stream"

# FindMissingBlobs takes at most this many digests per call.
MAX_FIND_MISSING = 10_000
# Attempts (including the first) of one blob's transfer, and the first backoff.
MAX_TRANSFER_ATTEMPTS = 5
FIRST_BACKOFF_S = 0.2
# Codes after which a transfer is resumed rather than abandoned.
_RESUMABLE = frozenset({grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.ABORTED})
_HASH_BUFFER = 1 << 20
# Files smaller than this are hashed before anything is sent (to skip blobs the server holds and send
# a blob shared by several files once); larger ones are sent at once and hashed on the way.
HASH_FIRST_BYTES = 16 << 20
# Files smaller than this always go on the gRPC stream (one message), whatever else the server offers.
SMALL_BYTES = 1 << 20
_MAX_CHUNK = 4 * 1024 * 1024 - 1024  # the server's default message cap, less room for the envelope

_T = TypeVar("_T")


def _backoff(attempt: int) -> None:
    time.sleep(FIRST_BACKOFF_S * 2 ** (attempt - 1))


def hash_file(path: str | os.PathLike[str]) -> tuple[str, int]:
    """The lowercase hex SHA-256 and the size of a file, read in 1 MiB pieces."""
    hasher = hashlib.sha256()
    size = 0
    buffer = bytearray(_HASH_BUFFER)
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buffer):
            hasher.update(view[:n])
            size += n
    return hasher.hexdigest(), size


def _media_type(path: str) -> str:
    guessed, encoding = mimetypes.guess_type(path, strict=True)
    if encoding is not None:
        # "model.tar.gz" guesses application/x-tar with gzip encoding: the bytes are gzip.
        return "application/gzip" if encoding == "gzip" else DEFAULT_MEDIA_TYPE
    return guessed or DEFAULT_MEDIA_TYPE


class _Progress:
    """A running byte count shared by worker threads; reports each change to the callback."""

    def __init__(self, total: int, callback: ProgressCallback | None) -> None:
        self.total = total
        self.done = 0
        self._callback = callback
        self._lock = threading.Lock()

    def add(self, n: int) -> None:
        if n <= 0:
            return
        with self._lock:
            self.done += n
            if self._callback is not None:
                self._callback(self.done, self.total)

    def start(self, done: int) -> None:
        """Counts bytes that need no transfer, and reports the starting point (even if 0)."""
        with self._lock:
            self.done += done
            if self._callback is not None:
                self._callback(self.done, self.total)


class _BlobProgress:
    """One blob's high-water mark: bytes re-sent or re-read after a resume are not counted twice."""

    def __init__(self, progress: _Progress, size: int) -> None:
        self._progress = progress
        self._size = size
        self._reported = 0

    def at(self, position: int) -> None:
        position = min(position, self._size)
        if position > self._reported:
            self._progress.add(position - self._reported)
            self._reported = position

    def finish(self) -> None:
        self.at(self._size)


class _Stopped(Exception):
    """Another transfer of the same batch failed: this one gave up early."""


def _run_all(tasks: Sequence[Callable[[threading.Event], None]], parallelism: int, thread_name_prefix: str) -> None:
    """Runs the tasks on `parallelism` threads; on the first failure stops the others and raises it."""
    if not tasks:
        return
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=parallelism, thread_name_prefix=thread_name_prefix) as pool:
        futures: list[Future[None]] = [pool.submit(task, stop) for task in tasks]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
        finally:
            # Also on KeyboardInterrupt: tell running transfers to end their streams.
            stop.set()
            for future in futures:
                future.cancel()
    for future in futures:
        error = None if future.cancelled() else future.exception()
        if error is not None and not isinstance(error, _Stopped):
            raise error


# -- upload -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _LocalFile:
    path: str  # in the manifest: relative, '/'-separated
    source: Path
    hash: str = ""
    size: int = 0

    @property
    def key(self) -> tuple[str, int]:
        return self.hash, self.size


def _collect(root: Path) -> list[_LocalFile]:
    """The files to upload, sorted by manifest path; ValueError for anything that cannot be uploaded."""
    info = os.stat(root)  # FileNotFoundError for a missing path, as open() would
    if stat.S_ISREG(info.st_mode):
        return [_LocalFile(root.name, root)]
    if not stat.S_ISDIR(info.st_mode):
        raise ValueError(f"{root} is neither a regular file nor a directory")
    real_root = root.resolve(strict=True)
    found: list[_LocalFile] = []

    def walk(directory: Path, prefix: str) -> None:
        with os.scandir(directory) as entries:
            ordered = sorted(entries, key=lambda entry: entry.name)
        for entry in ordered:
            rel = f"{prefix}{entry.name}"
            if entry.is_symlink():
                link = Path(entry.path)
                target = link.resolve()
                if not target.is_relative_to(real_root):
                    raise ValueError(
                        f"{link} is a symlink to {target}, outside {root}: symlinks are only followed within the "
                        "uploaded directory; copy the file in or remove the link"
                    )
                if not target.exists():
                    raise ValueError(f"{link} is a dangling symlink (to {target})")
                if not target.is_file():
                    raise ValueError(
                        f"{link} is a symlink to {target}, which is not a regular file: symlinks to directories "
                        "are not followed"
                    )
                found.append(_LocalFile(rel, link))
            elif entry.is_dir(follow_symlinks=False):
                walk(Path(entry.path), f"{rel}/")
            elif entry.is_file(follow_symlinks=False):
                found.append(_LocalFile(rel, Path(entry.path)))
            else:
                raise ValueError(
                    f"{entry.path} is not a regular file (a socket, FIFO or device); it cannot be uploaded"
                )

    walk(root, "")
    if not found:
        raise ValueError(f"{root} contains no files to upload")
    return sorted(found, key=lambda f: f.path)


def _entry(f: _LocalFile, prefix: str = "") -> artifacts_pb2.ManifestEntry:
    """The manifest entry of a hashed file, under `prefix`."""
    return artifacts_pb2.ManifestEntry(path=prefix + f.path, digest=_digest_pb(f.key), media_type=_media_type(f.path))


def _digest_pb(key: tuple[str, int]) -> artifacts_pb2.Digest:
    return artifacts_pb2.Digest(hash=key[0], size_bytes=key[1])


def _find_missing(registry: Client, keys: Sequence[tuple[str, int]]) -> set[tuple[str, int]]:
    missing: set[tuple[str, int]] = set()
    for start in range(0, len(keys), MAX_FIND_MISSING):
        request = artifacts_pb2.FindMissingBlobsRequest(
            blob_digests=[_digest_pb(key) for key in keys[start : start + MAX_FIND_MISSING]]
        )
        response = registry._call(
            registry.artifacts.FindMissingBlobs, request, artifacts_pb2.FindMissingBlobsResponse, retry=True
        )
        missing.update((d.hash, d.size_bytes) for d in response.missing_blob_digests)
    return missing


def _upload_id(file: _LocalFile, info: os.stat_result) -> str:
    """The same id for the same file on this machine while it is unchanged, so that a second run after a
    crash resumes the first one's upload rather than starting over (QueryWriteStatus says where)."""
    who = getattr(os, "getuid", lambda: 0)()
    where = f"{socket.gethostname()}\0{who}\0{os.path.realpath(file.source)}"
    key = f"{where}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ino}"
    return "f-" + hashlib.sha256(key.encode()).hexdigest()[:40]


def _status(registry: Client, upload_id: str) -> artifacts_pb2.QueryWriteStatusResponse | None:
    request = artifacts_pb2.QueryWriteStatusRequest(upload_id=upload_id)
    try:
        status: artifacts_pb2.QueryWriteStatusResponse = registry._call(
            registry.artifacts.QueryWriteStatus, request, artifacts_pb2.QueryWriteStatusResponse, retry=True
        )
    except NotFound:
        return None
    return status


def _held_from(status: artifacts_pb2.QueryWriteStatusResponse | None, start: int) -> int:
    """Bytes the server holds without a gap from `start` (parts it lists back to back)."""
    if status is None:
        return 0
    parts = {p.offset: p.size_bytes for p in status.parts}
    at = start
    while at in parts and parts[at] > 0:
        at += parts[at]
    return at - start


class _Sender:
    """Uploads one file's bytes under a stable upload id while hashing it, then commits it by digest.

    The bytes go in one range from where the server stands, or in parts on concurrent streams when the
    file is large enough (or straight to signed URLs, which take parts only). A broken range resumes
    where QueryWriteStatus says the server stands, up to 5 attempts. The server verifies the digest
    against what it holds before the blob is visible."""

    def __init__(
        self, registry: Client, plane: tuple[Ranges, Options], file: _LocalFile, progress: _Progress,
        stop: threading.Event, parallelism: int,
    ) -> None:  # fmt: skip
        self._registry = registry
        self._ranges, self._options = plane
        self._file = file
        self._progress = progress
        self._stop = stop
        self._parallelism = parallelism

    def run(self) -> _LocalFile:
        self.before = DigestCache.snapshot(self._file.source)
        info = os.stat(self._file.source)
        size = info.st_size
        upload_id = _upload_id(self._file, info)
        status = _status(self._registry, upload_id)
        if status is not None and status.complete:
            # Sent before (an earlier run): done, if the server still holds it.
            digest, hashed_size = hash_file(self._file.source)
            if not _find_missing(self._registry, [(digest, hashed_size)]):
                self._progress.add(hashed_size)
                return _LocalFile(self._file.path, self._file.source, digest, hashed_size)
            upload_id, status = f"{upload_id}-{uuid.uuid4().hex[:12]}", None  # collected since: again
        parts = self._plan(size)
        with ThreadPoolExecutor(
            max_workers=1 + min(self._parallelism, len(parts)), thread_name_prefix="regserver-send"
        ) as pool:
            # A digest known already (hashed first, or cached) is checked by the server at commit.
            hashing = pool.submit(lambda: self._file.key if self._file.hash else hash_file(self._file.source))
            sends = [pool.submit(self._send, upload_id, start, end, status, len(parts) > 1) for start, end in parts]
            try:
                for job in sends:
                    job.result()
            finally:
                if any(not job.done() for job in sends):
                    self._stop.set()
            digest, hashed_size = hashing.result()
        if hashed_size != size or DigestCache.snapshot(self._file.source) != self.before:
            # Not committed: what was sent may mix old and new bytes. The server drops it in time.
            raise ValueError(
                f"{self._file.source} changed while it was being uploaded; upload it again once it is written"
            )
        request = artifacts_pb2.CommitUploadRequest(upload_id=upload_id, digest=_digest_pb((digest, size)))
        try:
            self._registry._call(
                self._registry.artifacts.CommitUpload, request, artifacts_pb2.CommitUploadResponse, retry=True
            )
        except RegistryError as error:
            raise self._explain(error) from error
        return _LocalFile(self._file.path, self._file.source, digest, size)

    def _plan(self, size: int) -> list[tuple[int, int]]:
        part_size = self._options.part_size or size or 1
        threshold = self._options.part_threshold
        in_parts = self._ranges.name == "signed" or (threshold > 0 and size >= threshold)
        if not in_parts or size <= part_size:
            return [(0, size)]
        return [(start, min(start + part_size, size)) for start in range(0, size, part_size)]

    def _send(self, upload_id: str, start: int, end: int, status: artifacts_pb2.QueryWriteStatusResponse | None,
              part: bool) -> None:  # fmt: skip
        """Sends [start, end) of the file, resuming from what the server holds."""
        part = part or self._ranges.name == "signed"
        held = _held_from(status, start) if part else (status.committed_size if status is not None else 0)
        at = start + min(held, end - start)
        self._progress.add(at - start)
        reported = [at]  # the high-water mark: bytes sent again after a resume are not counted twice
        for attempt in range(1, MAX_TRANSFER_ATTEMPTS + 1):
            if self._stop.is_set():
                raise _Stopped()
            position = [at]

            def counted(n: int, position: list[int] = position) -> None:
                position[0] += n
                if position[0] > reported[0]:
                    self._progress.add(position[0] - reported[0])
                    reported[0] = position[0]

            try:
                with open(self._file.source, "rb") as f:
                    self._ranges.send(upload_id, f, at, end - at, part=part, progress=counted, stop=self._stop)
                return
            except Stopped:
                raise _Stopped() from None
            except RegistryError as error:
                last = attempt == MAX_TRANSFER_ATTEMPTS
                if error.reason == "UPLOAD_OFFSET_MISMATCH" and "committed_size" in error.metadata and not last:
                    resume = int(error.metadata["committed_size"])
                elif error.code in _RESUMABLE and not last:
                    _backoff(attempt)
                    now = _status(self._registry, upload_id)
                    if part:
                        resume = start + min(_held_from(now, start), end - start)
                    else:
                        resume = now.committed_size if now is not None else 0
                else:
                    raise
                at = resume
        raise Unavailable(
            f"could not upload {self._file.source}: still incomplete after {MAX_TRANSFER_ATTEMPTS} attempts"
        )

    def _explain(self, error: RegistryError) -> RegistryError:
        if error.reason != "DIGEST_MISMATCH":
            return error
        return type(error)(
            f"{self._file.source}: {error.message} (did the file change while it was being uploaded?)",
            code=error.code,
            reason=error.reason,
            metadata=error.metadata,
            details=error.details,
        )


def upload_version(
    registry: Client,
    model_name: str,
    path: str | os.PathLike[str],
    *,
    description: str = "",
    tags: Mapping[str, str] | None = None,
    metrics: Mapping[str, float] | None = None,
    run_id: str = "",
    signature: model_pb2.ModelSignature | None = None,
    source: str = "",
    parallelism: int = 4,
    chunk_size: int = 1 << 20,
    progress: ProgressCallback | None = None,
    request_id: str | None = None,
    parents: Sequence[model_pb2.ModelVersionParent] = (),
) -> model_pb2.ModelVersion:
    """See Registry.upload_version."""
    if parallelism < 1:
        raise ValueError(f"parallelism must be 1 or more, got {parallelism}")
    if not 1 <= chunk_size <= _MAX_CHUNK:
        raise ValueError(f"chunk_size must be between 1 and {_MAX_CHUNK} bytes, got {chunk_size}")
    files = _collect(Path(path))
    registry.get_model(model_name)  # NotFound now rather than after sending every file
    files = _upload_files(registry, files, parallelism, progress, chunk_size)
    manifest = [_entry(f) for f in files]
    version = registry.create_version(
        model_name,
        source=source,
        run_id=run_id,
        description=description,
        tags=tags,
        metrics=metrics,
        signature=signature,
        files=manifest,
        parents=parents,
        request_id=request_id,
    )
    if version.status == model_pb2.MODEL_VERSION_STATUS_FAILED:
        # Only possible when a request_id replays an abandoned upload.
        raise FailedPrecondition(
            f"version {version.version} of model {model_name!r} is FAILED (its upload was abandoned); "
            "upload again with a new request_id",
            reason="VERSION_NOT_READY",
            metadata={"model": model_name, "version": str(version.version), "status": "FAILED"},
        )
    if version.status == model_pb2.MODEL_VERSION_STATUS_READY:
        return version  # a request_id replay of a finished upload
    return registry.finalize_version(model_name, version.version)


def _upload_files(
    registry: Client,
    files: Sequence[_LocalFile],
    parallelism: int,
    progress: ProgressCallback | None,
    chunk_size: int = 1 << 20,
) -> list[_LocalFile]:
    """Sends every file's bytes the server may lack, hashing each as it goes; returns them hashed.

    A file whose digest the local cache knows (same path, size, mtime and inode as when it was last
    hashed) is asked about with FindMissingBlobs first and skipped if stored; any other file is sent
    while it is hashed, and its digest named at the end (CommitUpload). Each distinct file once."""
    cache = DigestCache.default()
    known: dict[int, _LocalFile] = {}
    small: list[int] = []
    for i, f in enumerate(files):
        hit = cache.lookup(f.source)
        if hit is not None:
            known[i] = _LocalFile(f.path, f.source, hit[0], hit[1])
        elif os.stat(f.source).st_size < HASH_FIRST_BYTES:
            small.append(i)
    # Small files are hashed first: cheap, and then a blob stored already (or shared by several
    # files) is not sent at all. Large ones are sent at once, hashed on the way.
    with ThreadPoolExecutor(max_workers=parallelism, thread_name_prefix="regserver-hash") as pool:
        snapshots = {i: DigestCache.snapshot(files[i].source) for i in small}
        for i, (digest, size) in zip(small, pool.map(lambda i: hash_file(files[i].source), small), strict=True):
            known[i] = _LocalFile(files[i].path, files[i].source, digest, size)
            cache.store(files[i].source, snapshots[i], (digest, size))
    keys = list({f.key for f in known.values()})
    missing = _find_missing(registry, keys) if keys else set()
    ranges, options = registry._data_plane()
    streams = GrpcRanges(registry._write_blob, registry._read_blob, chunk_size)
    if isinstance(ranges, GrpcRanges):
        ranges = streams
    plane = (ranges, options)
    # One upload per distinct source file, and per blob the cache knows to be missing.
    to_send: dict[object, int] = {}
    for i, f in enumerate(files):
        if i in known and known[i].key not in missing:
            continue
        to_send.setdefault(known[i].key if i in known else os.path.realpath(f.source), i)
    # Distinct blobs: those already stored are done at once.
    present = sum(key[1] for key in keys if key not in missing)
    tracker = _Progress(present + sum(os.stat(files[i].source).st_size for i in to_send.values()), progress)
    tracker.start(present)
    done: dict[int, _LocalFile] = {}
    lock = threading.Lock()

    def task(i: int) -> Callable[[threading.Event], None]:
        def run(stop: threading.Event) -> None:
            file = known.get(i, files[i])
            # A small file is one message on the gRPC stream: fewer round trips than any other way.
            small = os.stat(file.source).st_size < SMALL_BYTES
            sender = _Sender(registry, (streams, options) if small else plane, file, tracker, stop, parallelism)
            sent = sender.run()
            cache.store(sent.source, sender.before, sent.key)
            with lock:
                done[i] = sent

        return run

    # Largest first keeps all streams busy until the end.
    order = sorted(to_send.values(), key=lambda i: -os.stat(files[i].source).st_size)
    _run_all([task(i) for i in order], parallelism, "regserver-upload")
    sent_by = {key: done[i] for key, i in to_send.items()}
    result = []
    for i, f in enumerate(files):
        if i in known:
            result.append(known[i])
        else:
            sent = sent_by[os.path.realpath(f.source)]
            result.append(_LocalFile(f.path, f.source, sent.hash, sent.size))
    return result


def log_artifacts(
    registry: Client,
    parent: str,
    path: str | os.PathLike[str],
    *,
    artifact_path: str = "",
    parallelism: int = 4,
    chunk_size: int = 1 << 20,
    progress: ProgressCallback | None = None,
) -> list[artifacts_pb2.ManifestEntry]:
    """See Registry.log_artifacts."""
    files = _upload_files(registry, _collect(Path(path)), parallelism, progress, chunk_size)
    prefix = artifact_path.strip("/") + "/" if artifact_path.strip("/") else ""
    entries = [_entry(f, prefix) for f in files]
    for start in range(0, len(entries), 1000):  # the server takes at most 1000 a call
        request = tracking_pb2.LogArtifactsRequest(parent=parent, files=entries[start : start + 1000])
        registry._call(registry.tracking.LogArtifacts, request, tracking_pb2.LogArtifactsResponse)
    return entries


# -- download ---------------------------------------------------------------------------


def _check_entry_path(path: str) -> list[str]:
    """The path's segments; ValueError for a path that could land outside the destination."""
    segments = path.split("/")
    if (
        not path
        or path.startswith("/")
        or "\\" in path
        or "\x00" in path
        or any(s in ("", ".", "..") for s in segments)
        or (os.name == "nt" and ":" in path)  # a drive or a stream name on Windows
    ):
        raise ValueError(f"refusing manifest path {path!r}: it is not a plain relative path inside dest")
    return segments


def _targets(dest: Path, entries: Sequence[artifacts_pb2.ManifestEntry]) -> list[Path]:
    """Where each entry goes under `dest`; ValueError if any would escape it or collide."""
    real_dest = dest.resolve()
    files = {entry.path for entry in entries}
    targets = []
    for entry in entries:
        segments = _check_entry_path(entry.path)
        for i in range(1, len(segments)):
            if "/".join(segments[:i]) in files:
                raise ValueError(
                    f"manifest path {entry.path!r} needs {'/'.join(segments[:i])!r} to be a directory, but it is "
                    "a file of the same version"
                )
        target = real_dest.joinpath(*segments)
        # Symlinks already under dest must not lead the write elsewhere.
        if not target.parent.resolve().is_relative_to(real_dest):
            raise ValueError(f"refusing manifest path {entry.path!r}: under {dest} it leads outside it")
        targets.append(target)
    return targets


def _is_intact(target: Path, key: tuple[str, int]) -> bool:
    """Whether `target` is a regular file (not a symlink) holding exactly the blob."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_size != key[1]:
        return False
    return hash_file(target) == key


def _temp_beside(target: Path) -> tuple[Path, int]:
    """A new, exclusive temporary file in the target's directory (honouring the umask)."""
    while True:
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
        try:
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue


def _mismatch(target: Path, key: tuple[str, int], actual: tuple[str, int]) -> DataLoss:
    return DataLoss(
        f"the bytes received for {target} ({actual[0]}/{actual[1]}) do not match the manifest's digest "
        f"{key[0]}/{key[1]}; nothing was written",
        reason="DIGEST_MISMATCH",
        metadata={"path": str(target), "expected": f"{key[0]}/{key[1]}", "actual": f"{actual[0]}/{actual[1]}"},
    )


class _Downloader:
    """Downloads one blob into place, verifying it, resuming from the bytes received after a broken
    stream. A blob at least the server's part threshold is read as ranges on concurrent streams,
    written where they belong, then hashed whole."""

    def __init__(
        self,
        registry: Client,
        key: tuple[str, int],
        target: Path,
        progress: _Progress,
        stop: threading.Event,
        parallelism: int = 4,
    ) -> None:
        self._registry = registry
        self._key = key
        self._target = target
        self._progress = _BlobProgress(progress, key[1])
        self._stop = stop
        self._ranges, self._options = registry._data_plane()
        self._parallelism = parallelism

    def run(self) -> None:
        temp, fd = _temp_beside(self._target)
        try:
            with os.fdopen(fd, "wb") as out:
                size = self._key[1]
                threshold = self._options.part_threshold
                if threshold and size >= threshold and self._options.part_size and size > self._options.part_size:
                    self._fetch_parts(out)
                    out.flush()
                    actual = hash_file(temp)
                else:
                    hasher, written = self._fetch(temp, out)
                    actual = (hasher.hexdigest(), written)
                out.flush()
                os.fsync(out.fileno())
            if actual != self._key:
                raise _mismatch(self._target, self._key, actual)
            os.replace(temp, self._target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        self._progress.finish()

    def _fetch_parts(self, out: Any) -> None:
        size, part = self._key[1], self._options.part_size
        os.ftruncate(out.fileno(), size)
        fd = out.fileno()
        done = [0]
        lock = threading.Lock()

        def fetch(start: int, end: int) -> None:
            at = start
            for attempt in range(1, MAX_TRANSFER_ATTEMPTS + 1):

                def sink(data: memoryview) -> None:
                    nonlocal at
                    os.pwrite(fd, data, at)
                    at += len(data)
                    with lock:
                        done[0] += len(data)
                        self._progress.at(done[0])

                try:
                    if at < end:
                        self._ranges.receive(_digest_pb(self._key), at, end - at, sink, self._stop)
                    return
                except Stopped:
                    raise _Stopped() from None
                except RegistryError as error:
                    if error.code not in _RESUMABLE or attempt == MAX_TRANSFER_ATTEMPTS:
                        raise
                _backoff(attempt)

        spans = [(start, min(start + part, size)) for start in range(0, size, part)]
        with ThreadPoolExecutor(
            max_workers=min(self._parallelism, len(spans)), thread_name_prefix="regserver-range"
        ) as pool:
            jobs = [pool.submit(fetch, a, b) for a, b in spans]
            try:
                for job in jobs:
                    job.result()
            finally:
                if any(not job.done() for job in jobs):
                    self._stop.set()

    def _fetch(self, temp: Path, out: Any) -> tuple[Any, int]:
        with (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="regserver-hash") as hashing,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="regserver-write") as writing,
        ):
            return self._fetch_on(hashing, writing, temp, out)

    def _fetch_on(
        self, hashing: ThreadPoolExecutor, writing: ThreadPoolExecutor, temp: Path, out: Any
    ) -> tuple[Any, int]:
        """Hashes and writes the pieces on two threads, one each, in order (both release the GIL)
        while this one receives the next ones; at most PIPELINE pieces are in hand, and a piece is
        done with before the transport reuses its buffer (it cycles through PIPELINE + 1)."""
        hasher = hashlib.sha256()
        written = 0
        size = self._key[1]
        for attempt in range(1, MAX_TRANSFER_ATTEMPTS + 1):
            in_flight: collections.deque[tuple[Future[Any], Future[Any]]] = collections.deque()

            def sink(data: memoryview) -> None:
                nonlocal written
                if written + len(data) > size:
                    raise _mismatch(self._target, self._key, ("(longer than expected)", written + len(data)))
                while len(in_flight) >= PIPELINE:  # noqa: B023
                    for job in in_flight.popleft():  # noqa: B023
                        job.result()
                in_flight.append((hashing.submit(hasher.update, data), writing.submit(out.write, data)))  # noqa: B023
                written += len(data)
                self._progress.at(written)

            try:
                if written < size or size == 0:
                    self._ranges.receive(_digest_pb(self._key), written, 0, sink, self._stop)
                while in_flight:
                    for job in in_flight.popleft():
                        job.result()
                return hasher, written
            except Stopped:
                raise _Stopped() from None
            except RegistryError as error:
                if error.code not in _RESUMABLE or attempt == MAX_TRANSFER_ATTEMPTS:
                    raise
            finally:
                wait([job for pair in in_flight for job in pair])
            _backoff(attempt)
            # Whole reads are verified by the server only over gRPC: re-hash what is on disk and
            # continue after it, so the final check covers every byte of the file.
            out.flush()
            hasher = hashlib.sha256()
            written = 0
            with open(temp, "rb") as partial:
                while chunk := partial.read(_HASH_BUFFER):
                    hasher.update(chunk)
                    written += len(chunk)
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover


def _copy_verified(source: Path, target: Path, key: tuple[str, int]) -> None:
    """Copies an already verified file to another path of the same blob, atomically."""
    temp, fd = _temp_beside(target)
    try:
        hasher = hashlib.sha256()
        size = 0
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(_HASH_BUFFER):
                out.write(chunk)
                hasher.update(chunk)
                size += len(chunk)
        if (hasher.hexdigest(), size) != key:
            raise _mismatch(target, key, (hasher.hexdigest(), size))
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


def download(
    registry: Client,
    model_name: str,
    *,
    version: int | None = None,
    alias: str | None = None,
    dest: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    parallelism: int = 4,
) -> Path:
    """See Registry.download."""
    if (version is None) == (alias is None):
        raise ValueError("download needs exactly one of version and alias")
    if parallelism < 1:
        raise ValueError(f"parallelism must be 1 or more, got {parallelism}")
    if version is not None:
        model_version = registry.get_version(model_name, version)
    else:
        assert alias is not None
        model_version = registry.get_version_by_alias(model_name, alias)
    if model_version.status != model_pb2.MODEL_VERSION_STATUS_READY:
        status = model_pb2.ModelVersionStatus.Name(model_version.status).removeprefix("MODEL_VERSION_STATUS_")
        raise FailedPrecondition(
            f"version {model_version.version} of model {model_name!r} is {status}, not READY: its files are not "
            "all uploaded, so it cannot be downloaded",
            reason="VERSION_NOT_READY",
            metadata={"model": model_name, "version": str(model_version.version), "status": status},
        )

    dest_path = Path(dest)
    dest_path.mkdir(parents=True, exist_ok=True)
    entries = list(model_version.files)
    targets = _targets(dest_path, entries)
    keys = [(entry.digest.hash, entry.digest.size_bytes) for entry in entries]

    # Which files are already in place (hashed in parallel)?
    with ThreadPoolExecutor(max_workers=parallelism, thread_name_prefix="regserver-check") as pool:
        intact = list(pool.map(_is_intact, targets, keys))

    by_key: dict[tuple[str, int], list[int]] = {}
    for i, key in enumerate(keys):
        by_key.setdefault(key, []).append(i)
    tracker = _Progress(sum(size for _, size in by_key), progress)

    # Each distinct blob is fetched once (unless a file already holds it), then copied.
    fetch: list[tuple[tuple[str, int], Path]] = []
    copies: list[tuple[tuple[str, int], Path, list[Path]]] = []
    already = 0
    for key, indexes in by_key.items():
        present = [targets[i] for i in indexes if intact[i]]
        wanted = [targets[i] for i in indexes if not intact[i]]
        if present:
            already += key[1]
            source = present[0]
        else:
            source = wanted.pop(0)
            fetch.append((key, source))
        if wanted:
            copies.append((key, source, wanted))
    tracker.start(already)

    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)

    def task(key: tuple[str, int], target: Path) -> Callable[[threading.Event], None]:
        return lambda stop: _Downloader(registry, key, target, tracker, stop, parallelism).run()

    fetch.sort(key=lambda item: -item[0][1])
    _run_all([task(key, target) for key, target in fetch], parallelism, "regserver-download")
    for key, source, wanted in copies:
        for target in wanted:
            _copy_verified(source, target, key)
    return dest_path
