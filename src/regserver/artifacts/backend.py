"""What a blob backend provides. All calls block; the service runs them on worker threads.

Blobs are immutable and named by their SHA-256. Uploads go to a temporary
area first and become visible only through commit_upload, atomically.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol


class BlobMissing(Exception):
    """The backend has no blob (or upload) by that name."""


class UploadChanged(Exception):
    """A part of an upload is no longer the one listed (replaced since): commit again."""


class StorageUnavailable(Exception):
    """The backend cannot be reached or refused the operation; safe to retry."""


class UploadPart(NamedTuple):
    """One part of an upload: where it starts in the blob, how many bytes it holds, and a token that
    changes whenever its bytes may have (inode and mtime, or the object's generation)."""

    offset: int
    size: int
    token: str


@dataclass(frozen=True)
class SignedUrl:
    """A URL straight to the backend's storage that works without other credentials until it expires."""

    url: str
    method: str  # "PUT" or "GET"
    headers: dict[str, str]  # the request must carry them: they are signed into the URL
    expire_time_us: int


def held_from_zero(parts: Sequence[UploadPart]) -> int:
    """How many bytes parts (by offset) hold from offset 0 without a gap: where an upload resumes."""
    held = 0
    for part in parts:
        if part.offset != held:
            break
        held += part.size
    return held


class BlobSink(Protocol):
    def write(self, data: bytes | memoryview) -> None: ...

    def close(self) -> None:
        """Makes every byte written so far durable; a later upload_size counts them."""


class BlobSource(Protocol):
    def read(self, size: int) -> bytes:
        """Up to `size` bytes; b"" at the end."""

    def close(self) -> None: ...


class BlobBackend(Protocol):
    name: str  # "local" or "gcs", for logs and metrics

    def upload_size(self, upload_id: str) -> int:
        """Durable bytes of an upload from offset 0 without a gap; 0 if it has none."""

    def upload_parts(self, upload_id: str) -> list[UploadPart]:
        """The upload's parts, by offset (one for an upload sent in one piece); [] if it has none."""

    def read_upload(
        self, upload_id: str, chunk_size: int, parts: Sequence[UploadPart] | None = None
    ) -> Iterator[bytes]:
        """The bytes of an upload's parts, in offset order (to hash them): those listed in `parts` when
        given, exactly as listed (UploadChanged if one was replaced since)."""

    def open_upload(self, upload_id: str, offset: int) -> BlobSink:
        """Continues an upload sent in one piece, which holds at least `offset` bytes, at `offset`;
        whatever it held at or past `offset` is dropped."""

    def open_part(self, upload_id: str, offset: int) -> BlobSink:
        """Writes the part of an upload that starts at `offset`, replacing one that starts there;
        no other part is touched."""

    def commit_upload(self, upload_id: str, hash: str, parts: Sequence[UploadPart] | None = None) -> None:
        """Makes the upload's parts, joined in offset order, the blob `hash`, atomically, and
        removes the upload. The caller has checked that they tile the blob. With `parts`, exactly
        those (as read_upload hashed them): UploadChanged if one was replaced since."""

    def discard_upload(self, upload_id: str) -> None:
        """Removes an upload's bytes; no error if there are none."""

    def open_read(self, hash: str, offset: int) -> BlobSource:
        """Reads a blob from `offset`; raises BlobMissing if it is absent."""

    def blob_size(self, hash: str) -> int | None:
        """The stored blob's size, or None if absent."""

    def delete_blob(self, hash: str) -> None:
        """Removes a blob; no error if it is absent."""

    def list_uploads(self) -> Iterator[tuple[str, int]]:
        """(upload_id, last modified in UTC microseconds) of every upload in the temporary area."""

    def list_blobs(self) -> Iterator[tuple[str, int]]:
        """(hash, created in UTC microseconds) of every stored blob."""
