"""How the SDK moves blob bytes: the ways a server offers (GetTransferOptions), each behind one small
interface used by files.py.

- `GrpcRanges`: ArtifactStore.WriteBlob / ReadBlob streams. Every server has them.
- `HttpRanges`: the server's HTTP data plane (`PUT /v1/blobs/uploads/<id>`, ranged
  `GET /v1/blobs/sha256/<hash>`), which skips gRPC-Python's per-message costs: the file goes to
  the socket with sendfile, and downloads are read straight into reused buffers.
- `SignedRanges`: V4 signed URLs straight to the server's Google Cloud Storage bucket, when the
  server can sign them; the server then verifies what landed before the blob is visible.

An upload sends byte ranges of a file to an upload id (one range from where the server stands, or
several parts in parallel), while the file is hashed locally; ArtifactStore.CommitUpload then names
the digest, and the server checks it against the bytes it holds. A download reads byte ranges of a
blob; the caller verifies the whole file against the digest.
"""

from __future__ import annotations

import http.client
import json
import logging
import os
import re
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol
from urllib.parse import quote, urlsplit

import grpc

from .errors import RegistryError, Unavailable, Unimplemented, from_http_error, from_rpc_error
from .v1 import artifacts_pb2

__all__ = ["DATA_PLANE_ENV", "PIPELINE", "Ranges", "choose"]

log = logging.getLogger(__name__)

DATA_PLANE_ENV = "REGSERVER_DATA_PLANE"
"""auto (default): the fastest way the server offers; grpc: the gRPC streams only; http: the HTTP
data plane (an error if the server does not offer it)."""

_SLICE = 8 << 20  # bytes per sendfile call: progress and stop requests are noticed this often
_BUFFER = 1 << 20  # bytes per read of a download (fits the caches the hash and the write read it from)
PIPELINE = 4  # pieces a download's sink may still be hashing and writing; its buffers are one more
_TIMEOUT_S = 300.0


class Stopped(Exception):
    """The transfer was told to stop (another one of the batch failed)."""


class Ranges(Protocol):
    """One way of moving blob bytes."""

    name: str

    def send(
        self,
        upload_id: str,
        file: BinaryIO,
        offset: int,
        count: int,
        *,
        part: bool,
        progress: Callable[[int], None],
        stop: threading.Event,
    ) -> int:
        """Sends `count` bytes of `file` from `offset` as the bytes of the upload at `offset` (a part of
        it when `part`); returns the bytes the server then holds of that stream. RegistryError on failure;
        UNAVAILABLE when it may be resumed."""

    def receive(
        self,
        digest: artifacts_pb2.Digest,
        offset: int,
        count: int,
        sink: Callable[[memoryview], None],
        stop: threading.Event,
    ) -> None:
        """Reads `count` bytes of the blob from `offset` (0 for the rest), handing each piece to sink."""


@dataclass(frozen=True)
class Options:
    part_threshold: int
    part_size: int


def _target_host(target: str) -> str | None:
    """The host of a gRPC target ("host:port", "dns:///host:port", "[::1]:50051"), or None for a
    target that names no TCP host (unix sockets)."""
    if target.startswith("unix:"):
        return None
    if target.startswith("dns:"):
        target = target.split("/")[-1]
    match = re.match(r"^\[([^\]]+)\](?::\d+)?$", target)
    if match:
        return f"[{match.group(1)}]"
    host = target.rsplit(":", 1)[0] if target.count(":") == 1 else target
    return host or None


def choose(stub: Any, call: Callable[..., Any], target: str | None, token: str | None, http_url: str | None,
           grpc_ranges: Ranges, mode: str | None = None) -> tuple[Ranges, Options]:  # fmt: skip
    """The way to move bytes with this server, and its part sizes: asked once per Registry."""
    mode = (mode or os.environ.get(DATA_PLANE_ENV) or "auto").lower()
    if mode not in ("auto", "grpc", "http", "signed"):
        raise ValueError(f"{DATA_PLANE_ENV}={mode!r}: use auto, grpc, http or signed")
    try:
        options = call(stub.GetTransferOptions, artifacts_pb2.GetTransferOptionsRequest(),
                       artifacts_pb2.GetTransferOptionsResponse, retry=True)  # fmt: skip
    except Unimplemented:  # a server from before the data plane
        if mode in ("http", "signed"):
            raise
        return grpc_ranges, Options(0, 0)
    parts = Options(options.part_threshold_bytes, options.part_size_bytes)
    if mode == "grpc":
        return grpc_ranges, parts
    if options.signed_urls and mode in ("auto", "signed"):
        return SignedRanges(stub, call), parts
    base = http_url or options.http.base_url
    if not base and options.http.port:
        host = _target_host(target or "")
        if host is not None:
            base = f"{options.http.scheme or 'http'}://{host}:{options.http.port}"
    if base and mode == "http":
        return HttpRanges(base, token), parts
    if base and mode == "auto":
        if _reachable(base):
            return HttpRanges(base, token), parts
        log.warning("regserver's HTTP data plane at %s cannot be reached from here: blob bytes go over gRPC", base)
    if mode in ("http", "signed"):
        raise Unavailable(f"{DATA_PLANE_ENV}={mode}, but the server does not offer it (or no host is known)")
    return grpc_ranges, parts


# -- HTTP ---------------------------------------------------------------------------------------


def _reachable(base: str) -> bool:
    """Whether the HTTP listener answers at all (a firewall or proxy may stand in the way)."""
    try:
        conn, path = _connect(f"{base.rstrip('/')}/v1/blobs/sha256/{'0' * 64}", timeout=3.0)
    except ValueError:
        return False
    try:
        conn.request("HEAD", path)
        conn.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def _connect(url: str, timeout: float = _TIMEOUT_S) -> tuple[http.client.HTTPConnection, str]:
    """A connection to the URL's host, and the URL's path with its query."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.netloc, timeout=timeout, context=ssl.create_default_context()
        )
    elif parts.scheme == "http":
        conn = http.client.HTTPConnection(parts.netloc, timeout=timeout)
    else:
        raise ValueError(f"not an http(s) URL: {url!r}")
    path = parts.path or "/"
    return conn, path + (f"?{parts.query}" if parts.query else "")


def _unreachable(url: str, e: BaseException) -> Unavailable:
    return Unavailable(f"the transfer to {urlsplit(url).netloc} broke off: {e}")


def _put(url: str, headers: dict[str, str], file: BinaryIO, offset: int, count: int,
         progress: Callable[[int], None], stop: threading.Event) -> tuple[int, bytes]:  # fmt: skip
    """PUTs `count` bytes of the file from `offset`, with sendfile where the socket allows it."""
    conn, path = _connect(url)
    try:
        conn.putrequest("PUT", path, skip_accept_encoding=True)
        for key, value in {**headers, "Content-Length": str(count)}.items():
            conn.putheader(key, value)
        conn.endheaders()
        sock = conn.sock
        assert sock is not None
        sent = 0
        broken: OSError | None = None
        try:
            while sent < count:
                if stop.is_set():
                    raise Stopped()
                n = sock.sendfile(file, offset + sent, min(_SLICE, count - sent))
                if n == 0:
                    raise OSError(f"the file ended after {offset + sent} bytes (did it shrink?)")
                sent += n
                progress(n)
        except (ConnectionError, TimeoutError) as e:
            broken = e  # the server may have answered (and closed) early: read its answer
        try:
            response = conn.getresponse()
            return response.status, response.read()
        except (OSError, http.client.HTTPException) as e:
            raise _unreachable(url, broken or e) from None
    except (ConnectionError, TimeoutError, http.client.HTTPException) as e:
        raise _unreachable(url, e) from None
    finally:
        conn.close()


def _get(url: str, headers: dict[str, str], sink: Callable[[memoryview], None], stop: threading.Event,
         expected: int) -> None:  # fmt: skip
    """GETs the URL into sink through PIPELINE + 1 reused buffers: sink must be done with a piece
    before PIPELINE more have been handed to it (files.py's pipeline waits for it)."""
    conn, path = _connect(url)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        if response.status not in (200, 206):
            raise from_http_error(response.status, response.read())
        buffers = [bytearray(_BUFFER) for _ in range(PIPELINE + 1)]
        turn = 0
        got = 0
        while got < expected:
            if stop.is_set():
                raise Stopped()
            view = memoryview(buffers[turn])
            n = response.readinto(view[: min(_BUFFER, expected - got)])
            if not n:
                raise Unavailable(f"the download from {urlsplit(url).netloc} ended after {got} of {expected} bytes")
            got += n
            sink(view[:n])
            turn = (turn + 1) % len(buffers)
    except (OSError, http.client.HTTPException) as e:
        raise _unreachable(url, e) from None
    finally:
        conn.close()


class HttpRanges:
    """The server's own HTTP data plane, with the Registry's bearer token."""

    name = "http"

    def __init__(self, base_url: str, token: str | None) -> None:
        self.base_url = base_url.rstrip("/")
        self._auth = {"Authorization": f"Bearer {token}"} if token else {}

    def send(self, upload_id: str, file: BinaryIO, offset: int, count: int, *, part: bool,
             progress: Callable[[int], None], stop: threading.Event) -> int:  # fmt: skip
        url = f"{self.base_url}/v1/blobs/uploads/{quote(upload_id)}?offset={offset}" + ("&part=true" if part else "")
        headers = {**self._auth, "Content-Type": "application/octet-stream"}
        status, body = _put(url, headers, file, offset, count, progress, stop)
        if status != 200:
            raise from_http_error(status, body)
        return int(json.loads(body)["committed_size"])

    def receive(self, digest: artifacts_pb2.Digest, offset: int, count: int,
                sink: Callable[[memoryview], None], stop: threading.Event) -> None:  # fmt: skip
        count = count or digest.size_bytes - offset
        headers = dict(self._auth)
        if offset or count != digest.size_bytes:
            headers["Range"] = f"bytes={offset}-{offset + count - 1}"
        _get(f"{self.base_url}/v1/blobs/sha256/{digest.hash}", headers, sink, stop, count)


# -- signed URLs -----------------------------------------------------------------------------------


class SignedRanges:
    """Straight to the server's bucket with V4 signed URLs; every upload is in parts (objects)."""

    name = "signed"

    def __init__(self, stub: Any, call: Callable[..., Any]) -> None:
        self._stub = stub
        self._call = call

    def send(self, upload_id: str, file: BinaryIO, offset: int, count: int, *, part: bool,
             progress: Callable[[int], None], stop: threading.Event) -> int:  # fmt: skip
        request = artifacts_pb2.SignUploadUrlsRequest(upload_id=upload_id, part_offsets=[offset])
        signed = self._call(self._stub.SignUploadUrls, request, artifacts_pb2.SignUploadUrlsResponse, retry=True)
        url = signed.urls[0]
        status, body = _put(url.url, dict(url.headers), file, offset, count, progress, stop)
        if status not in (200, 201):
            raise _storage_error(status, body)
        return count

    def receive(self, digest: artifacts_pb2.Digest, offset: int, count: int,
                sink: Callable[[memoryview], None], stop: threading.Event) -> None:  # fmt: skip
        request = artifacts_pb2.SignDownloadUrlRequest(digest=digest)
        signed = self._call(self._stub.SignDownloadUrl, request, artifacts_pb2.SignDownloadUrlResponse, retry=True)
        count = count or digest.size_bytes - offset
        headers = dict(signed.url.headers)
        headers["Range"] = f"bytes={offset}-{offset + count - 1}"
        if count:
            _get(signed.url.url, headers, sink, stop, count)


def _storage_error(status: int, body: bytes) -> RegistryError:
    error = from_http_error(status, body)
    if status >= 500 or status in (408, 429):
        return Unavailable(f"the storage bucket answered {status}: {error.message}")
    return error


# -- gRPC --------------------------------------------------------------------------------------------


class GrpcRanges:
    """ArtifactStore's own streams: WriteBlob without a digest (CommitUpload names it), ReadBlob."""

    name = "grpc"

    def __init__(self, write_blob: Callable[..., Any], read_blob: Callable[..., Any], chunk_size: int) -> None:
        self._write_blob = write_blob
        self._read_blob = read_blob
        self.chunk_size = chunk_size

    def send(self, upload_id: str, file: BinaryIO, offset: int, count: int, *, part: bool,
             progress: Callable[[int], None], stop: threading.Event) -> int:  # fmt: skip
        failure: list[BaseException] = []

        def requests() -> Any:
            # Runs on a gRPC thread: never raises into gRPC; a read error is kept and raised below.
            try:
                file.seek(offset)
                left = count
                head = artifacts_pb2.WriteBlobRequest(upload_id=upload_id, write_offset=offset, part=part)
                first = True
                while first or left > 0:
                    if stop.is_set():
                        return
                    data = file.read(min(self.chunk_size, left)) if left else b""
                    if left and not data:
                        raise OSError(f"the file ended after {offset + count - left} bytes (did it shrink?)")
                    left -= len(data)
                    yield (head if first else artifacts_pb2.WriteBlobRequest()), data
                    first = False
                    progress(len(data))
            except Exception as e:
                failure.append(e)

        try:
            response = self._write_blob(requests(), timeout=None)
        except grpc.RpcError as err:
            if failure:
                raise failure[0] from None
            if stop.is_set():
                raise Stopped() from None  # the stream was cut short on purpose: not its own failure
            raise from_rpc_error(err) from err
        if failure:
            raise failure[0]
        if stop.is_set():
            raise Stopped()
        return int(response.committed_size)

    def receive(self, digest: artifacts_pb2.Digest, offset: int, count: int,
                sink: Callable[[memoryview], None], stop: threading.Event) -> None:  # fmt: skip
        request = artifacts_pb2.ReadBlobRequest(digest=digest, read_offset=offset, read_limit=count)
        responses = self._read_blob(request, timeout=None)
        try:
            for data in responses:
                if stop.is_set():
                    raise Stopped()
                sink(data)
        except grpc.RpcError as err:
            raise from_rpc_error(err) from err
        finally:
            cancel = getattr(responses, "cancel", None)
            if callable(cancel):
                cancel()
