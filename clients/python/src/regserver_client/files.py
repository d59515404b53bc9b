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

import contextlib
import hashlib
import mimetypes
import os
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

import grpc

from .errors import DataLoss, FailedPrecondition, NotFound, RegistryError, Unavailable, from_rpc_error
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


def _hashed(file: _LocalFile) -> _LocalFile:
    digest, size = hash_file(file.source)
    return _LocalFile(file.path, file.source, digest, size)


def _hash_all(files: list[_LocalFile], parallelism: int) -> list[_LocalFile]:
    with ThreadPoolExecutor(max_workers=parallelism, thread_name_prefix="regserver-hash") as pool:
        return list(pool.map(_hashed, files))


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


class _Uploader:
    """Uploads one blob from a local file, resuming its upload id after a broken stream."""

    def __init__(
        self, registry: Client, file: _LocalFile, chunk_size: int, progress: _Progress, stop: threading.Event
    ) -> None:
        self._registry = registry
        self._stub: artifacts_pb2_grpc.ArtifactStoreStub = registry.artifacts
        self._file = file
        self._chunk_size = chunk_size
        self._progress = _BlobProgress(progress, file.size)
        self._stop = stop
        self._upload_id = str(uuid.uuid4())
        self._local_error: OSError | None = None

    def run(self) -> None:
        offset = 0
        for attempt in range(1, MAX_TRANSFER_ATTEMPTS + 1):
            self._local_error = None
            self._raise_local()  # another upload failed: do not open a stream that would be empty
            try:
                response: artifacts_pb2.WriteBlobResponse = self._registry._write_blob(
                    self._requests(offset), timeout=None
                )
            except grpc.RpcError as err:
                self._raise_local()
                error = from_rpc_error(err)
                last = attempt == MAX_TRANSFER_ATTEMPTS
                if error.reason == "UPLOAD_OFFSET_MISMATCH" and "committed_size" in error.metadata:
                    offset = int(error.metadata["committed_size"])
                    continue
                if error.reason == "DIGEST_MISMATCH" and offset > 0 and not last:
                    # A resumed upload failed verification: the server has discarded it, and the bytes
                    # it kept may be at fault rather than the file. Start over once under a new id.
                    self._upload_id = str(uuid.uuid4())
                    offset = 0
                    continue
                if error.code not in _RESUMABLE or last:
                    raise self._explain(error) from err
                _backoff(attempt)
                resume = self._resume_offset(offset)
                if resume is None:
                    break
                offset = resume
                continue
            self._raise_local()
            if response.already_existed or response.committed_size >= self._file.size:
                break
            offset = response.committed_size  # the server stopped short of the end: go on from there
        else:
            raise Unavailable(
                f"could not upload {self._file.source}: still incomplete after {MAX_TRANSFER_ATTEMPTS} attempts"
            )
        self._progress.finish()

    def _raise_local(self) -> None:
        if self._local_error is not None:
            raise self._local_error
        if self._stop.is_set():
            raise _Stopped()

    def _resume_offset(self, previous: int) -> int | None:
        """Where the server stands with our upload id; None if the blob is complete."""
        request = artifacts_pb2.QueryWriteStatusRequest(upload_id=self._upload_id)
        try:
            status = self._registry._call(
                self._stub.QueryWriteStatus, request, artifacts_pb2.QueryWriteStatusResponse, retry=True
            )
        except NotFound:
            return 0  # the server never registered the upload: start over
        except RegistryError as error:
            if error.code in _RESUMABLE:
                # Still unreachable: try again from where we were; a wrong guess is answered
                # with OUT_OF_RANGE and the right offset.
                return previous
            raise
        return None if status.complete else status.committed_size

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

    def _requests(self, offset: int) -> Iterator[tuple[artifacts_pb2.WriteBlobRequest, bytes]]:
        """The stream's messages, read from the file one chunk at a time: each a request without its
        data, and the chunk that _wire.write_blob_request puts in it.

        Runs on a gRPC thread. It never raises into gRPC: a read error is kept for run() to
        raise, and a stop request ends the stream early (without finish_write).
        """
        size = self._file.size
        try:
            with open(self._file.source, "rb") as f:
                f.seek(offset)
                position = offset
                first = True
                while not self._stop.is_set():
                    data = f.read(min(self._chunk_size, size - position)) if position < size else b""
                    position += len(data)
                    # A file that shrank ends early: the server then reports DIGEST_MISMATCH.
                    finish = position >= size or not data
                    request = artifacts_pb2.WriteBlobRequest(finish_write=finish)
                    if first:
                        request.digest.CopyFrom(_digest_pb(self._file.key))
                        request.upload_id = self._upload_id
                        request.write_offset = offset
                        first = False
                    self._progress.at(position)
                    yield request, data
                    if finish:
                        return
        except OSError as e:
            self._local_error = e


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
    registry.get_model(model_name)  # NotFound now rather than after hashing every file
    files = _hash_all(files, parallelism)
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

    # A request_id replay of a finished upload has nothing left to send.
    done = version.status == model_pb2.MODEL_VERSION_STATUS_READY
    _upload_blobs(registry, [] if done else files, parallelism, chunk_size, progress)
    if done:
        return version
    return registry.finalize_version(model_name, version.version)


def _upload_blobs(
    registry: Client,
    files: Sequence[_LocalFile],
    parallelism: int,
    chunk_size: int,
    progress: ProgressCallback | None,
) -> None:
    """Uploads the hashed files' blobs the server lacks, each distinct blob once."""
    # One upload per distinct blob, from the first file that holds it.
    blobs: dict[tuple[str, int], _LocalFile] = {}
    for f in files:
        blobs.setdefault(f.key, f)
    tracker = _Progress(sum(size for _, size in blobs), progress)
    missing = _find_missing(registry, list(blobs)) if blobs else set()
    tracker.start(sum(key[1] for key in blobs if key not in missing))

    def task(file: _LocalFile) -> Callable[[threading.Event], None]:
        return lambda stop: _Uploader(registry, file, chunk_size, tracker, stop).run()

    # Largest first keeps all streams busy until the end.
    pending = sorted((blobs[key] for key in missing if key in blobs), key=lambda f: -f.size)
    _run_all([task(f) for f in pending], parallelism, "regserver-upload")


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
    files = _hash_all(_collect(Path(path)), parallelism)
    _upload_blobs(registry, files, parallelism, chunk_size, progress)
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
    """Downloads one blob into place, verifying it, resuming with read_offset after a broken stream."""

    def __init__(
        self,
        registry: Client,
        key: tuple[str, int],
        target: Path,
        progress: _Progress,
        stop: threading.Event,
    ) -> None:
        self._registry = registry
        self._key = key
        self._target = target
        self._progress = _BlobProgress(progress, key[1])
        self._stop = stop

    def run(self) -> None:
        temp, fd = _temp_beside(self._target)
        try:
            with os.fdopen(fd, "wb") as out:
                hasher, written = self._fetch(temp, out)
            if (hasher.hexdigest(), written) != self._key:
                raise _mismatch(self._target, self._key, (hasher.hexdigest(), written))
            os.replace(temp, self._target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        self._progress.finish()

    def _fetch(self, temp: Path, out: Any) -> tuple[Any, int]:
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="regserver-fetch") as lanes:
            return self._fetch_on(lanes, temp, out)

    def _fetch_on(self, lanes: ThreadPoolExecutor, temp: Path, out: Any) -> tuple[Any, int]:
        """Hashes and writes each chunk on two threads (both release the GIL) while this one receives
        the next; both are done with a chunk before the next is handed over, so at most two are held."""
        hasher = hashlib.sha256()
        written = 0
        size = self._key[1]
        for attempt in range(1, MAX_TRANSFER_ATTEMPTS + 1):
            request = artifacts_pb2.ReadBlobRequest(digest=_digest_pb(self._key), read_offset=written)
            responses = self._registry._read_blob(request, timeout=None)
            in_flight: list[Future[Any]] = []  # the hash and the write of the chunk before this one
            try:
                data: memoryview
                for data in responses:  # each message's bytes, not copied out of it
                    if self._stop.is_set():
                        raise _Stopped()
                    if written + len(data) > size:
                        raise _mismatch(self._target, self._key, ("(longer than expected)", written + len(data)))
                    for job in in_flight:
                        job.result()
                    in_flight = [lanes.submit(hasher.update, data), lanes.submit(out.write, data)]
                    written += len(data)
                    self._progress.at(written)
                for job in in_flight:
                    job.result()
                return hasher, written
            except grpc.RpcError as err:
                error = from_rpc_error(err)
                if error.code not in _RESUMABLE or attempt == MAX_TRANSFER_ATTEMPTS:
                    raise error from err
            finally:
                wait(in_flight)
                cancel = getattr(responses, "cancel", None)
                if callable(cancel):
                    cancel()
            _backoff(attempt)
            # The server verifies only whole reads: re-hash what is on disk and continue after it,
            # so the final check covers every byte of the file.
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
        return lambda stop: _Downloader(registry, key, target, tracker, stop).run()

    fetch.sort(key=lambda item: -item[0][1])
    _run_all([task(key, target) for key, target in fetch], parallelism, "regserver-download")
    for key, source, wanted in copies:
        for target in wanted:
            _copy_verified(source, target, key)
    return dest_path
