"""The blob data plane: blob bytes over the HTTP listener, for clients that gRPC-Python's stack
would slow down (measured in benchmarks/RESULTS.md), beside the ArtifactStore streams every
generated client uses.

    GET  /v1/blobs/sha256/<hash>                      the blob; Range: bytes=a-b for part of it
    HEAD /v1/blobs/sha256/<hash>                      its size, no body
    PUT  /v1/blobs/uploads/<upload_id>?offset=N       bytes of an upload, as one WriteBlob stream
         [&part=true]                                 ... writing one part of an upload in parts
         [&digest=<sha256>&size=<n>]                  ... naming the whole blob: stored at the end

Each request runs behind the chain of the RPC it stands for (ReadBlob, WriteBlob): the same bearer
token, permissions, metrics and access-log line. A PUT is handed to the WriteBlob servicer itself,
as a stream of requests read from the body; without a digest the upload is then completed with
ArtifactStore.CommitUpload, which verifies it. A GET of a local-disk blob is sent from the file by
the kernel (sendfile): the server does not re-hash it, so the client verifies what arrives against
the digest it asked for (the SDK does; with curl, `sha256sum`).
"""

from __future__ import annotations

import asyncio
import contextvars
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import grpc
from aiohttp import web
from aiohttp.web_protocol import RequestPayloadError
from regserver_client import wire
from regserver_client.v1 import artifacts_pb2 as apb

from regserver.api.artifact_store import BlobFailure, BlobIntake
from regserver.http.gateway import ConnectGateway, call_of, refuse, refuse_failure, spent

PREFIX = "/v1/blobs"
READ = "/regserver.v1.ArtifactStore/ReadBlob"
WRITE = "/regserver.v1.ArtifactStore/WriteBlob"
_HASH = re.compile(r"^[0-9a-f]{64}$")
# Bytes handed to the servicer at a time: the body's pieces (up to 256 KiB each) gathered, so the
# hash and write workers are woken once per chunk rather than per piece; and how many such buffers
# one upload holds (its memory: _BUFFERS x _CHUNK).
_CHUNK = 2 * 1024 * 1024
_BUFFERS = 3


@dataclass
class _Get:
    """The HTTP side of one GET, for the behaviour that runs behind ReadBlob's chain."""

    request: web.Request
    head: bool
    response: web.StreamResponse | None = None


_current: contextvars.ContextVar[_Get] = contextvars.ContextVar("blob_get")


def _bad(message: str, status: int = 400) -> web.Response:
    return refuse(status, grpc.StatusCode.INVALID_ARGUMENT, message)


def _int_query(request: web.Request, name: str, default: int | None = None) -> int | None:
    raw = request.query.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or len(raw) > 19:
        raise ValueError(f"query parameter {name}={raw!r} is not a whole number of bytes")
    return int(raw)


class BlobPlane:
    def __init__(self, gateway: ConnectGateway, blobs: BlobIntake) -> None:
        self._gateway = gateway
        self._blobs = blobs

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get(PREFIX + "/sha256/{hash}", self.get, allow_head=False),
            web.head(PREFIX + "/sha256/{hash}", self.head),
            web.put(PREFIX + "/uploads/{upload_id}", self.put),
        ]

    # -- downloads ------------------------------------------------------------------------------

    async def head(self, request: web.Request) -> web.StreamResponse:
        return await self._get(request, head=True)

    async def get(self, request: web.Request) -> web.StreamResponse:
        return await self._get(request, head=False)

    async def _get(self, request: web.Request, head: bool) -> web.StreamResponse:
        hash = request.match_info["hash"]
        if not _HASH.match(hash):
            return _bad(f"{hash!r} is not a SHA-256: use 64 lowercase hex characters")
        state = _Get(request, head)
        token = _current.set(state)
        try:
            message = apb.ReadBlobRequest(digest=apb.Digest(hash=hash))
            failure = await self._gateway.serve_as(READ, self._send, message, call_of(request))
        finally:
            _current.reset(token)
        if state.response is not None:
            return state.response  # sent, or cut short
        assert failure is not None
        if failure.code == grpc.StatusCode.OUT_OF_RANGE:
            return refuse(416, failure.code, failure.message)
        return refuse_failure(failure)

    async def _send(self, message: apb.ReadBlobRequest, context: Any) -> None:
        """ReadBlob's behaviour for a GET: runs behind its chain, sends the bytes itself."""
        state = _current.get()
        await self._blobs.serve_get(message.digest.hash, context, lambda digest: self._deliver(state, digest))

    async def _deliver(self, state: _Get, digest: apb.Digest) -> None:
        request = state.request
        size = digest.size_bytes
        try:
            rng = request.http_range
        except ValueError:
            raise BlobFailure(grpc.StatusCode.INVALID_ARGUMENT, "the Range header is not bytes=START-END") from None
        ranged = request.headers.get("Range") is not None
        start = rng.start if rng.start is not None else 0
        stop = size if rng.stop is None else min(rng.stop, size)
        if start < 0:  # bytes=-N: the last N bytes
            start, stop = max(0, size + start), size
        if ranged and start >= stop and size > 0:
            raise BlobFailure(
                grpc.StatusCode.OUT_OF_RANGE, f"the range starts at {start}, past the end of the {size}-byte blob"
            )
        count = max(0, stop - start)
        response = web.StreamResponse(status=206 if ranged and size > 0 else 200)
        response.headers["Content-Type"] = "application/octet-stream"
        response.headers["Accept-Ranges"] = "bytes"
        response.headers["ETag"] = f'"sha256:{digest.hash}"'
        response.headers["Cache-Control"] = "private, max-age=31536000, immutable"
        if response.status == 206:
            response.headers["Content-Range"] = f"bytes {start}-{start + count - 1}/{size}"
        response.content_length = count
        state.response = response
        await response.prepare(request)
        if state.head or count == 0:
            await response.write_eof()
            return
        path = self._blobs.local_file(digest.hash)
        if path is not None and request.transport is not None and not request.transport.is_closing():
            await self._sendfile(request, response, path, start, count)
        else:
            await self._stream(request, response, digest, start, count)

    async def _sendfile(
        self, request: web.Request, response: web.StreamResponse, path: str, start: int, count: int
    ) -> None:
        loop = asyncio.get_running_loop()
        with open(path, "rb") as f:
            transport = request.transport
            assert transport is not None
            # Headers first (aiohttp may still hold them), then the file straight to the socket.
            await response.write(b"")
            sent = await loop.sendfile(transport, f, start, count)
        self._blobs.count_sent(sent)
        if sent != count:
            transport.abort()
            return
        await response.write_eof()

    async def _stream(
        self, request: web.Request, response: web.StreamResponse, digest: apb.Digest, start: int, count: int
    ) -> None:
        whole = start == 0 and count == digest.size_bytes
        chunks = self._blobs.read_range(digest, start, 0 if whole else count)
        try:
            async for data in chunks:
                await response.write(data)
        except BlobFailure:
            # The bytes sent are not the blob: cut the connection short of Content-Length.
            if request.transport is not None:
                request.transport.abort()
            return
        finally:
            await chunks.aclose()
        await response.write_eof()

    # -- uploads --------------------------------------------------------------------------------

    async def put(self, request: web.Request) -> web.StreamResponse:
        return spent(request, await self._put(request))

    async def _put(self, request: web.Request) -> web.StreamResponse:
        upload_id = request.match_info["upload_id"]
        try:
            offset = _int_query(request, "offset", 0)
            size = _int_query(request, "size")
        except ValueError as e:
            return _bad(str(e))
        part = request.query.get("part", "false").lower()
        if part not in ("true", "false", "1", "0"):
            return _bad(f"query parameter part={part!r} is not true or false")
        digest_hash = request.query.get("digest")
        if (digest_hash is None) != (size is None):
            return _bad("name the whole blob with both digest=<sha256> and size=<bytes>, or neither")
        head = apb.WriteBlobRequest(upload_id=upload_id, write_offset=offset or 0, part=part in ("true", "1"))
        if digest_hash is not None:
            head.digest.hash = digest_hash
            head.digest.size_bytes = size or 0
        outcome = await self._gateway.invoke_stream(WRITE, self._requests(request, head), call_of(request))
        if outcome.failure is not None:
            return refuse_failure(outcome.failure, outcome.trailing)
        assert isinstance(outcome.response, apb.WriteBlobResponse)
        return web.json_response(
            {
                "committed_size": str(outcome.response.committed_size),
                "already_existed": outcome.response.already_existed,
            }
        )

    @staticmethod
    async def _requests(request: web.Request, head: apb.WriteBlobRequest) -> AsyncIterator[wire.WriteChunk]:
        """The body as WriteBlob requests: the first carries the upload's fields; the last sets
        finish_write when the blob's digest was named.

        The body's pieces are gathered into _CHUNK-byte buffers reused in turn: a buffer handed on
        is hashed and written before the writer asks for the one after the next (the servicer waits
        for each chunk's work before it takes another), and memory this process already holds is
        written into, not a fresh allocation per chunk (page faults on a VM cost more than the copy)."""
        buffers = [bytearray(_CHUNK) for _ in range(_BUFFERS)]
        turn = filled = 0
        first = True
        finish = head.HasField("digest")
        try:
            while True:
                data = await request.content.readany()
                piece = memoryview(data)
                while piece:
                    n = min(len(piece), _CHUNK - filled)
                    buffers[turn][filled : filled + n] = piece[:n]
                    filled += n
                    piece = piece[n:]
                    if filled == _CHUNK:
                        yield wire.WriteChunk(head if first else apb.WriteBlobRequest(), memoryview(buffers[turn]))
                        first = False
                        turn, filled = (turn + 1) % _BUFFERS, 0
                if not data:  # the end of the body
                    if filled or first or finish:
                        message = head if first else apb.WriteBlobRequest()
                        message.finish_write = finish
                        yield wire.WriteChunk(message, memoryview(buffers[turn])[:filled])
                    return
        except RequestPayloadError:
            # The body broke off: what arrived is handed on (durable once written), and the stream
            # ends without finish_write, as a broken gRPC stream does; the client resumes from
            # QueryWriteStatus.
            if filled:
                message = head if first else apb.WriteBlobRequest()
                yield wire.WriteChunk(message, memoryview(buffers[turn])[:filled])
            return
