"""Blob bytes on the wire without protobuf's copies (used by the SDK and by the server).

A 1 MiB chunk decoded by protobuf is copied into the message, and out of it again on each access
of `.data`; encoded, it is copied into the message and again into its serialization. For the two
messages that carry blob bytes these functions read and build the wire format directly, byte for
byte what protobuf reads and writes: ReadBlobResponse is field 1 (bytes) alone, and a
WriteBlobRequest's chunk is its field 4 (bytes), the other fields parsed by protobuf as usual.
"""

from __future__ import annotations

from .v1 import artifacts_pb2

_READ_DATA = 0x0A  # ReadBlobResponse.data: field 1, wire type 2 (length-delimited)
_WRITE_DATA = 0x22  # WriteBlobRequest.data: field 4, wire type 2


def _varint(raw: bytes, pos: int) -> tuple[int, int]:
    """The varint at raw[pos:], and the position after it; ValueError if it is cut short."""
    value = shift = 0
    while pos < len(raw) and shift < 64:
        byte = raw[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
    raise ValueError("truncated varint")


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while value > 0x7F:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _field_header(tag: int, length: int) -> bytes:
    """A length-delimited field's tag and length; its bytes follow."""
    return bytes((tag,)) + _encode_varint(length)


# -- ReadBlobResponse -------------------------------------------------------------------------


def read_blob_response(data: bytes | memoryview) -> bytes:
    """A serialized ReadBlobResponse holding `data`."""
    return b"".join((_field_header(_READ_DATA, len(data)), data)) if len(data) else b""


def read_blob_data(raw: bytes) -> memoryview:
    """ReadBlobResponse.data as a view of the received message (a response deserializer)."""
    if raw and raw[0] == _READ_DATA:
        try:
            length, start = _varint(raw, 1)
        except ValueError:
            length, start = -1, 0
        if start + length == len(raw):
            return memoryview(raw)[start:]
    return memoryview(artifacts_pb2.ReadBlobResponse.FromString(raw).data)


# -- WriteBlobRequest -------------------------------------------------------------------------


def write_blob_request(request: artifacts_pb2.WriteBlobRequest | tuple[artifacts_pb2.WriteBlobRequest, bytes]) -> bytes:
    """A request serializer that also takes (request without data, chunk): the chunk is appended as
    field 4, which protobuf reads exactly as if it had been set on the message."""
    if isinstance(request, tuple):
        head, chunk = request
        if not chunk:
            return head.SerializeToString()
        # One join: the chunk is copied once, into the serialized message.
        return b"".join((head.SerializeToString(), _field_header(_WRITE_DATA, len(chunk)), chunk))
    return request.SerializeToString()


class WriteChunk:
    """A received WriteBlobRequest: its fields but `data` in `request`, and `data` as a view."""

    __slots__ = ("data", "request")

    def __init__(self, request: artifacts_pb2.WriteBlobRequest, data: memoryview) -> None:
        self.request = request
        self.data = data


def write_blob_chunk(raw: bytes) -> WriteChunk:
    """A request deserializer: the message's fields, its chunk not copied out of `raw`.

    The chunk is the last occurrence of field 4 (protobuf's rule for a repeated scalar field); the
    rest of the message, with every field-4 occurrence cut out, is parsed by protobuf.
    """
    view = memoryview(raw)
    data = view[:0]
    rest: list[memoryview] = []
    pos = kept = 0
    try:
        while pos < len(raw):
            tag, after_tag = _varint(raw, pos)
            wire_type = tag & 7
            if wire_type == 0:
                _, end = _varint(raw, after_tag)
            elif wire_type == 2:
                length, start = _varint(raw, after_tag)
                end = start + length
                if tag == _WRITE_DATA:
                    rest.append(view[kept:pos])
                    data, kept = view[start:end], end
            elif wire_type == 1:
                end = after_tag + 8
            elif wire_type == 5:
                end = after_tag + 4
            else:
                raise ValueError(f"wire type {wire_type}")
            if end > len(raw):
                raise ValueError("truncated field")
            pos = end
    except ValueError:
        # Malformed: protobuf's parser says so (grpc answers INTERNAL for an unparsable message,
        # as it would without this function).
        message = artifacts_pb2.WriteBlobRequest.FromString(raw)
        return WriteChunk(message, memoryview(message.data))
    if not rest:
        return WriteChunk(artifacts_pb2.WriteBlobRequest.FromString(raw), data)
    rest.append(view[kept:])
    return WriteChunk(artifacts_pb2.WriteBlobRequest.FromString(b"".join(rest)), data)
