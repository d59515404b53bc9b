"""ArtifactStore servicer: blob streams in and out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import grpc
from regserver_client.v1 import artifacts_pb2 as pb
from regserver_client.v1 import artifacts_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_errors, handles_stream_errors
from regserver.domain.artifacts import Artifacts
from regserver.domain.errors import invalid_field

Context = grpc.aio.ServicerContext[Any, Any]


class ArtifactStoreServicer(artifacts_pb2_grpc.ArtifactStoreServicer):
    def __init__(self, artifacts: Artifacts) -> None:
        self._artifacts = artifacts

    @handles_errors
    async def FindMissingBlobs(
        self, request: pb.FindMissingBlobsRequest, context: Context
    ) -> pb.FindMissingBlobsResponse:
        missing = await self._artifacts.find_missing([convert.digest(d) for d in request.blob_digests])
        return pb.FindMissingBlobsResponse(missing_blob_digests=[convert.digest_pb(d) for d in missing])

    @handles_errors
    async def WriteBlob(
        self, request_iterator: AsyncIterator[pb.WriteBlobRequest], context: Context
    ) -> pb.WriteBlobResponse:
        first = await anext(aiter(request_iterator), None)
        if first is None or not first.HasField("digest"):
            raise invalid_field("digest", "the first WriteBlob message must name the blob's digest")

        async def chunks() -> AsyncIterator[tuple[bytes, bool]]:
            yield first.data, first.finish_write
            if first.finish_write:
                return
            async for message in request_iterator:
                yield message.data, message.finish_write
                if message.finish_write:
                    return

        result = await self._artifacts.write(
            convert.digest(first.digest), first.upload_id, first.write_offset, chunks()
        )
        return pb.WriteBlobResponse(committed_size=result.committed_size, already_existed=result.already_existed)

    @handles_errors
    async def QueryWriteStatus(
        self, request: pb.QueryWriteStatusRequest, context: Context
    ) -> pb.QueryWriteStatusResponse:
        size, complete = await self._artifacts.write_status(request.upload_id)
        return pb.QueryWriteStatusResponse(committed_size=size, complete=complete)

    @handles_stream_errors
    async def ReadBlob(self, request: pb.ReadBlobRequest, context: Context) -> AsyncIterator[pb.ReadBlobResponse]:
        stream = self._artifacts.read(convert.digest(request.digest), request.read_offset, request.read_limit)
        async for data in stream:
            yield pb.ReadBlobResponse(data=data)
