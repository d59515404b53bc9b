"""regserver_client.wire: the blob messages' bytes, read and built without protobuf's copies, must be
exactly what protobuf reads and writes (the server and the SDK use them on every chunk)."""

from __future__ import annotations

import os

import pytest
from google.protobuf.message import DecodeError
from regserver_client import wire
from regserver_client.v1 import artifacts_pb2 as pb

SIZES = [0, 1, 127, 128, 16_383, 16_384, 1 << 20]


def digest() -> pb.Digest:
    return pb.Digest(hash="ab" * 32, size_bytes=123_456_789)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("first", [True, False])
@pytest.mark.parametrize("finish", [True, False])
def test_a_write_request_reads_as_protobuf_reads_it(size: int, first: bool, finish: bool) -> None:
    message = pb.WriteBlobRequest(data=os.urandom(size), finish_write=finish)
    if first:
        message.digest.CopyFrom(digest())
        message.upload_id = "upload-1"
        message.write_offset = 1 << 33
    chunk = wire.write_blob_chunk(message.SerializeToString())
    assert bytes(chunk.data) == message.data
    without = pb.WriteBlobRequest()
    without.CopyFrom(message)
    without.ClearField("data")
    assert chunk.request == without


@pytest.mark.parametrize("size", SIZES)
def test_a_write_request_built_from_head_and_chunk_is_the_message_with_that_data(size: int) -> None:
    head = pb.WriteBlobRequest(digest=digest(), upload_id="u", write_offset=7, finish_write=True)
    data = os.urandom(size)
    expected = pb.WriteBlobRequest()
    expected.CopyFrom(head)
    expected.data = data
    built = wire.write_blob_request((head, data))
    assert pb.WriteBlobRequest.FromString(built) == expected
    assert wire.write_blob_request(expected) == expected.SerializeToString()
    assert bytes(wire.write_blob_chunk(built).data) == data


def test_the_last_data_field_wins_as_in_protobuf() -> None:
    head = pb.WriteBlobRequest(upload_id="u").SerializeToString()
    raw = (
        wire.write_blob_request((pb.WriteBlobRequest(upload_id="u"), b"first"))
        + wire.write_blob_request((pb.WriteBlobRequest(write_offset=3), b"second"))
        + head
    )
    parsed = pb.WriteBlobRequest.FromString(raw)
    chunk = wire.write_blob_chunk(raw)
    assert bytes(chunk.data) == parsed.data == b"second"
    parsed.ClearField("data")
    assert chunk.request == parsed


@pytest.mark.parametrize("raw", [b"\x22\x05abc", b"\x22", b"\x0a\xff", b"\x07"])
def test_a_malformed_write_request_fails_as_protobuf_fails(raw: bytes) -> None:
    with pytest.raises(DecodeError):
        pb.WriteBlobRequest.FromString(raw)
    with pytest.raises(DecodeError):
        wire.write_blob_chunk(raw)


@pytest.mark.parametrize("size", SIZES)
def test_a_read_response_is_protobufs_both_ways(size: int) -> None:
    data = os.urandom(size)
    raw = wire.read_blob_response(data)
    assert raw == pb.ReadBlobResponse(data=data).SerializeToString()
    assert bytes(wire.read_blob_data(raw)) == data
    assert bytes(wire.read_blob_data(raw)) == pb.ReadBlobResponse.FromString(raw).data


def test_a_read_response_with_anything_else_is_left_to_protobuf() -> None:
    # Two data fields (the last wins) and an unknown field: not the one-field shape.
    raw = wire.read_blob_response(b"old") + wire.read_blob_response(b"new") + b"\x10\x01"
    assert bytes(wire.read_blob_data(raw)) == b"new"
