"""ArtifactStore servicer: blob streams in and out."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc
from regserver_client import wire
from regserver_client.v1 import artifacts_pb2 as pb
from regserver_client.v1 import artifacts_pb2_grpc

from regserver.api import convert
from regserver.api.calls import Services
from regserver.api.errors import abort, code_of, handles_errors, handles_stream_errors
from regserver.domain.artifacts import Artifacts, SignedUrl, StreamChunk
from regserver.domain.errors import RegistryError, invalid_field
from regserver.domain.models import Digest

Context = grpc.aio.ServicerContext[Any, Any]


@dataclass
class TransferOptions:
    """What GetTransferOptions answers; the HTTP port is filled in once the listener is up."""

    http_port: int = 0
    http_scheme: str = "http"
    http_base_url: str = ""
    signed_urls: bool = False
    part_threshold_bytes: int = 0
    part_size_bytes: int = 0

    def response(self) -> pb.GetTransferOptionsResponse:
        response = pb.GetTransferOptionsResponse(
            signed_urls=self.signed_urls,
            part_threshold_bytes=self.part_threshold_bytes,
            part_size_bytes=self.part_size_bytes,
        )
        if self.http_port or self.http_base_url:
            response.http.port = self.http_port
            response.http.scheme = self.http_scheme
            response.http.base_url = self.http_base_url
        return response


def _signed(url: SignedUrl) -> pb.SignedUrl:
    signed = pb.SignedUrl(url=url.url, method=url.method, headers=url.headers)
    signed.expire_time.FromMicroseconds(url.expire_time_us)
    return signed


class ArtifactStoreServicer(artifacts_pb2_grpc.ArtifactStoreServicer):
    def __init__(self, artifacts: Artifacts, options: TransferOptions | None = None) -> None:
        self._artifacts = artifacts
        self._options = options or TransferOptions()

    @handles_errors
    async def FindMissingBlobs(
        self, request: pb.FindMissingBlobsRequest, context: Context
    ) -> pb.FindMissingBlobsResponse:
        missing = await self._artifacts.find_missing([convert.digest(d) for d in request.blob_digests])
        return pb.FindMissingBlobsResponse(missing_blob_digests=[convert.digest_pb(d) for d in missing])

    @handles_errors
    async def WriteBlob(
        self, request_iterator: AsyncIterator[wire.WriteChunk], context: Context
    ) -> pb.WriteBlobResponse:
        """Requests arrive as wire.WriteChunk (see add_to_server): the chunk is not copied out of its message."""
        first = await anext(aiter(request_iterator), None)
        if first is None:
            raise invalid_field("upload_id", "the WriteBlob stream sent no message")
        head = first.request

        def final(request: pb.WriteBlobRequest) -> Digest | None:
            return convert.digest(request.final_digest) if request.HasField("final_digest") else None

        async def chunks() -> AsyncGenerator[StreamChunk, None]:
            yield first.data, head.finish_write, final(head)
            if head.finish_write:
                return
            async for message in request_iterator:
                yield message.data, message.request.finish_write, final(message.request)
                if message.request.finish_write:
                    return

        digest = convert.digest(head.digest) if head.HasField("digest") else None
        # Closed with the call, whatever the write did with it: nothing reads the stream afterwards.
        async with contextlib.aclosing(chunks()) as source:
            result = await self._artifacts.write(digest, head.upload_id, head.write_offset, source, part=head.part)
        return pb.WriteBlobResponse(committed_size=result.committed_size, already_existed=result.already_existed)

    @handles_errors
    async def QueryWriteStatus(
        self, request: pb.QueryWriteStatusRequest, context: Context
    ) -> pb.QueryWriteStatusResponse:
        status = await self._artifacts.write_status(request.upload_id)
        return pb.QueryWriteStatusResponse(
            committed_size=status.committed_size,
            complete=status.complete,
            parts=[pb.ByteRange(offset=o, size_bytes=n) for o, n in status.parts],
        )

    @handles_errors
    async def CommitUpload(self, request: pb.CommitUploadRequest, context: Context) -> pb.CommitUploadResponse:
        if not request.HasField("digest"):
            raise invalid_field("digest", "name the whole blob's digest")
        result = await self._artifacts.commit(request.upload_id, convert.digest(request.digest))
        return pb.CommitUploadResponse(committed_size=result.committed_size, already_existed=result.already_existed)

    @handles_errors
    async def GetTransferOptions(
        self, request: pb.GetTransferOptionsRequest, context: Context
    ) -> pb.GetTransferOptionsResponse:
        return self._options.response()

    @handles_errors
    async def SignUploadUrls(self, request: pb.SignUploadUrlsRequest, context: Context) -> pb.SignUploadUrlsResponse:
        urls = await self._artifacts.sign_upload_urls(request.upload_id, list(request.part_offsets))
        return pb.SignUploadUrlsResponse(urls=[_signed(u) for u in urls])

    @handles_errors
    async def SignDownloadUrl(self, request: pb.SignDownloadUrlRequest, context: Context) -> pb.SignDownloadUrlResponse:
        if not request.HasField("digest"):
            raise invalid_field("digest", "name the blob to download")
        url = await self._artifacts.sign_download_url(convert.digest(request.digest))
        return pb.SignDownloadUrlResponse(url=_signed(url))

    @handles_stream_errors
    async def ReadBlob(self, request: pb.ReadBlobRequest, context: Context) -> AsyncGenerator[bytes, None]:
        """Yields serialized ReadBlobResponses (see add_to_server): each chunk copied once, into its message."""
        stream = self._artifacts.read(convert.digest(request.digest), request.read_offset, request.read_limit)
        # Closed with the call: the blob's file and any read ahead are released at once.
        async with contextlib.aclosing(stream) as chunks:
            async for data in chunks:
                yield wire.read_blob_response(data)


class BlobFailure(Exception):
    """A blob could not be stored or read: the gRPC status it would have had, and why."""

    def __init__(self, code: grpc.StatusCode, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


class BlobIntake:
    """Blob bytes for another door's API (MLflow's proxied artifacts), once that door has checked the
    caller with a call of its own: uploads hashed by the server, and verified reads."""

    def __init__(self, artifacts: Artifacts) -> None:
        self._artifacts = artifacts

    async def store(self, chunks: AsyncIterator[bytes]) -> pb.Digest:
        try:
            return convert.digest_pb(await self._artifacts.store(chunks))
        except RegistryError as e:
            raise BlobFailure(code_of(e), str(e)) from None

    async def read(self, digest: pb.Digest) -> AsyncGenerator[bytes, None]:
        """The whole blob, verified as it streams: BlobFailure (DATA_LOSS) at the end on a mismatch."""
        async with contextlib.aclosing(self.read_range(digest, 0, 0)) as chunks:
            async for data in chunks:
                yield data

    async def read_range(self, digest: pb.Digest, offset: int, limit: int) -> AsyncGenerator[bytes, None]:
        """Bytes of a blob (limit 0: to its end); a whole read is verified as ReadBlob's is."""
        try:
            async with contextlib.aclosing(self._artifacts.read(convert.digest(digest), offset, limit)) as chunks:
                async for data in chunks:
                    yield data
        except RegistryError as e:
            raise BlobFailure(code_of(e), str(e)) from None

    async def serve_get(self, hash: str, context: Context, deliver: Callable[[pb.Digest], Awaitable[None]]) -> None:
        """ReadBlob's behaviour for another door that sends the bytes itself: finds the blob, then
        `deliver`s it; a domain error or BlobFailure ends the call with its status."""
        try:
            await deliver(convert.digest_pb(await self._artifacts.stored(hash)))
        except RegistryError as e:
            await abort(context, e)
        except BlobFailure as e:
            await context.abort(e.code, e.message)

    def local_file(self, hash: str) -> str | None:
        """The blob's file, if the backend keeps it on local disk (for sendfile)."""
        return self._artifacts.local_file(hash)

    def count_sent(self, n: int) -> None:
        self._artifacts.bytes_sent += n


class _Registration:
    """Stands in for the server while the generated code registers the service: keeps its handlers."""

    handlers: dict[str, grpc.RpcMethodHandler[Any, Any]]

    def add_generic_rpc_handlers(self, _: object) -> None:
        pass

    def add_registered_method_handlers(self, _: str, handlers: dict[str, grpc.RpcMethodHandler[Any, Any]]) -> None:
        self.handlers = handlers


def add_to_server(servicer: ArtifactStoreServicer, server: Services) -> None:
    """The generated registration, but for the blob bytes: WriteBlob's requests are parsed by
    wire.write_blob_chunk and ReadBlob's responses are built by wire.read_blob_response (the servicer
    yields them serialized), the same bytes on the wire as protobuf's, with fewer copies of each chunk.
    Every other method keeps the generated handler, so an RPC added to the proto is served here too."""
    service = "regserver.v1.ArtifactStore"
    generated = _Registration()
    artifacts_pb2_grpc.add_ArtifactStoreServicer_to_server(servicer, generated)  # type: ignore[no-untyped-call]
    handlers = dict(generated.handlers)
    handlers["WriteBlob"] = grpc.stream_unary_rpc_method_handler(
        servicer.WriteBlob,
        request_deserializer=wire.write_blob_chunk,
        response_serializer=pb.WriteBlobResponse.SerializeToString,
    )
    handlers["ReadBlob"] = grpc.unary_stream_rpc_method_handler(
        servicer.ReadBlob, request_deserializer=pb.ReadBlobRequest.FromString, response_serializer=None
    )
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(service, handlers),))
    server.add_registered_method_handlers(service, handlers)
