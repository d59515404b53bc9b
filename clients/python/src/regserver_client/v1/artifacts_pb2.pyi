import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Digest(_message.Message):
    __slots__ = ("hash", "size_bytes")
    HASH_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    hash: str
    size_bytes: int
    def __init__(self, hash: _Optional[str] = ..., size_bytes: _Optional[int] = ...) -> None: ...

class FindMissingBlobsRequest(_message.Message):
    __slots__ = ("blob_digests",)
    BLOB_DIGESTS_FIELD_NUMBER: _ClassVar[int]
    blob_digests: _containers.RepeatedCompositeFieldContainer[Digest]
    def __init__(self, blob_digests: _Optional[_Iterable[_Union[Digest, _Mapping]]] = ...) -> None: ...

class FindMissingBlobsResponse(_message.Message):
    __slots__ = ("missing_blob_digests",)
    MISSING_BLOB_DIGESTS_FIELD_NUMBER: _ClassVar[int]
    missing_blob_digests: _containers.RepeatedCompositeFieldContainer[Digest]
    def __init__(self, missing_blob_digests: _Optional[_Iterable[_Union[Digest, _Mapping]]] = ...) -> None: ...

class WriteBlobRequest(_message.Message):
    __slots__ = ("digest", "upload_id", "write_offset", "data", "finish_write", "final_digest", "part")
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    WRITE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    FINISH_WRITE_FIELD_NUMBER: _ClassVar[int]
    FINAL_DIGEST_FIELD_NUMBER: _ClassVar[int]
    PART_FIELD_NUMBER: _ClassVar[int]
    digest: Digest
    upload_id: str
    write_offset: int
    data: bytes
    finish_write: bool
    final_digest: Digest
    part: bool
    def __init__(self, digest: _Optional[_Union[Digest, _Mapping]] = ..., upload_id: _Optional[str] = ..., write_offset: _Optional[int] = ..., data: _Optional[bytes] = ..., finish_write: _Optional[bool] = ..., final_digest: _Optional[_Union[Digest, _Mapping]] = ..., part: _Optional[bool] = ...) -> None: ...

class WriteBlobResponse(_message.Message):
    __slots__ = ("committed_size", "already_existed")
    COMMITTED_SIZE_FIELD_NUMBER: _ClassVar[int]
    ALREADY_EXISTED_FIELD_NUMBER: _ClassVar[int]
    committed_size: int
    already_existed: bool
    def __init__(self, committed_size: _Optional[int] = ..., already_existed: _Optional[bool] = ...) -> None: ...

class QueryWriteStatusRequest(_message.Message):
    __slots__ = ("upload_id",)
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    def __init__(self, upload_id: _Optional[str] = ...) -> None: ...

class QueryWriteStatusResponse(_message.Message):
    __slots__ = ("committed_size", "complete", "parts")
    COMMITTED_SIZE_FIELD_NUMBER: _ClassVar[int]
    COMPLETE_FIELD_NUMBER: _ClassVar[int]
    PARTS_FIELD_NUMBER: _ClassVar[int]
    committed_size: int
    complete: bool
    parts: _containers.RepeatedCompositeFieldContainer[ByteRange]
    def __init__(self, committed_size: _Optional[int] = ..., complete: _Optional[bool] = ..., parts: _Optional[_Iterable[_Union[ByteRange, _Mapping]]] = ...) -> None: ...

class ByteRange(_message.Message):
    __slots__ = ("offset", "size_bytes")
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    offset: int
    size_bytes: int
    def __init__(self, offset: _Optional[int] = ..., size_bytes: _Optional[int] = ...) -> None: ...

class CommitUploadRequest(_message.Message):
    __slots__ = ("upload_id", "digest")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    digest: Digest
    def __init__(self, upload_id: _Optional[str] = ..., digest: _Optional[_Union[Digest, _Mapping]] = ...) -> None: ...

class CommitUploadResponse(_message.Message):
    __slots__ = ("committed_size", "already_existed")
    COMMITTED_SIZE_FIELD_NUMBER: _ClassVar[int]
    ALREADY_EXISTED_FIELD_NUMBER: _ClassVar[int]
    committed_size: int
    already_existed: bool
    def __init__(self, committed_size: _Optional[int] = ..., already_existed: _Optional[bool] = ...) -> None: ...

class GetTransferOptionsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetTransferOptionsResponse(_message.Message):
    __slots__ = ("http", "signed_urls", "part_threshold_bytes", "part_size_bytes")
    HTTP_FIELD_NUMBER: _ClassVar[int]
    SIGNED_URLS_FIELD_NUMBER: _ClassVar[int]
    PART_THRESHOLD_BYTES_FIELD_NUMBER: _ClassVar[int]
    PART_SIZE_BYTES_FIELD_NUMBER: _ClassVar[int]
    http: HttpDataPlane
    signed_urls: bool
    part_threshold_bytes: int
    part_size_bytes: int
    def __init__(self, http: _Optional[_Union[HttpDataPlane, _Mapping]] = ..., signed_urls: _Optional[bool] = ..., part_threshold_bytes: _Optional[int] = ..., part_size_bytes: _Optional[int] = ...) -> None: ...

class HttpDataPlane(_message.Message):
    __slots__ = ("port", "scheme", "base_url")
    PORT_FIELD_NUMBER: _ClassVar[int]
    SCHEME_FIELD_NUMBER: _ClassVar[int]
    BASE_URL_FIELD_NUMBER: _ClassVar[int]
    port: int
    scheme: str
    base_url: str
    def __init__(self, port: _Optional[int] = ..., scheme: _Optional[str] = ..., base_url: _Optional[str] = ...) -> None: ...

class SignUploadUrlsRequest(_message.Message):
    __slots__ = ("upload_id", "part_offsets")
    UPLOAD_ID_FIELD_NUMBER: _ClassVar[int]
    PART_OFFSETS_FIELD_NUMBER: _ClassVar[int]
    upload_id: str
    part_offsets: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, upload_id: _Optional[str] = ..., part_offsets: _Optional[_Iterable[int]] = ...) -> None: ...

class SignUploadUrlsResponse(_message.Message):
    __slots__ = ("urls",)
    URLS_FIELD_NUMBER: _ClassVar[int]
    urls: _containers.RepeatedCompositeFieldContainer[SignedUrl]
    def __init__(self, urls: _Optional[_Iterable[_Union[SignedUrl, _Mapping]]] = ...) -> None: ...

class SignDownloadUrlRequest(_message.Message):
    __slots__ = ("digest",)
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    digest: Digest
    def __init__(self, digest: _Optional[_Union[Digest, _Mapping]] = ...) -> None: ...

class SignDownloadUrlResponse(_message.Message):
    __slots__ = ("url",)
    URL_FIELD_NUMBER: _ClassVar[int]
    url: SignedUrl
    def __init__(self, url: _Optional[_Union[SignedUrl, _Mapping]] = ...) -> None: ...

class SignedUrl(_message.Message):
    __slots__ = ("url", "method", "headers", "expire_time")
    class HeadersEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    URL_FIELD_NUMBER: _ClassVar[int]
    METHOD_FIELD_NUMBER: _ClassVar[int]
    HEADERS_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_NUMBER: _ClassVar[int]
    url: str
    method: str
    headers: _containers.ScalarMap[str, str]
    expire_time: _timestamp_pb2.Timestamp
    def __init__(self, url: _Optional[str] = ..., method: _Optional[str] = ..., headers: _Optional[_Mapping[str, str]] = ..., expire_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReadBlobRequest(_message.Message):
    __slots__ = ("digest", "read_offset", "read_limit")
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    READ_OFFSET_FIELD_NUMBER: _ClassVar[int]
    READ_LIMIT_FIELD_NUMBER: _ClassVar[int]
    digest: Digest
    read_offset: int
    read_limit: int
    def __init__(self, digest: _Optional[_Union[Digest, _Mapping]] = ..., read_offset: _Optional[int] = ..., read_limit: _Optional[int] = ...) -> None: ...

class ReadBlobResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class ManifestEntry(_message.Message):
    __slots__ = ("path", "digest", "media_type")
    PATH_FIELD_NUMBER: _ClassVar[int]
    DIGEST_FIELD_NUMBER: _ClassVar[int]
    MEDIA_TYPE_FIELD_NUMBER: _ClassVar[int]
    path: str
    digest: Digest
    media_type: str
    def __init__(self, path: _Optional[str] = ..., digest: _Optional[_Union[Digest, _Mapping]] = ..., media_type: _Optional[str] = ...) -> None: ...
