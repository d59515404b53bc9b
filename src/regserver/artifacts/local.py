"""Blobs as files in a local directory: blobs/sha256/ab/<hash>, uploads/<upload_id>."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from regserver.artifacts.backend import BlobMissing


class _FileSink:
    def __init__(self, path: Path, offset: int) -> None:
        self._file: BinaryIO = open(path, "r+b" if offset else "wb")  # noqa: SIM115
        self._file.truncate(offset)
        self._file.seek(offset)

    def write(self, data: bytes | memoryview) -> None:
        self._file.write(data)

    def close(self) -> None:
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


class LocalBackend:
    name = "local"

    def __init__(self, root: Path) -> None:
        self.root = root
        self._blobs = root / "blobs" / "sha256"
        self._uploads = root / "uploads"
        self._blobs.mkdir(parents=True, exist_ok=True)
        self._uploads.mkdir(parents=True, exist_ok=True)

    def _blob_path(self, hash: str) -> Path:
        return self._blobs / hash[:2] / hash

    def _upload_path(self, upload_id: str) -> Path:
        return self._uploads / upload_id

    def upload_size(self, upload_id: str) -> int:
        try:
            return self._upload_path(upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    def read_upload(self, upload_id: str, chunk_size: int) -> Iterator[bytes]:
        try:
            with open(self._upload_path(upload_id), "rb") as f:
                while chunk := f.read(chunk_size):
                    yield chunk
        except FileNotFoundError:
            return

    def open_upload(self, upload_id: str, offset: int) -> _FileSink:
        return _FileSink(self._upload_path(upload_id), offset)

    def commit_upload(self, upload_id: str, hash: str) -> None:
        final = self._blob_path(hash)
        final.parent.mkdir(exist_ok=True)
        # rename is atomic: readers see no blob or the whole blob. A concurrent
        # upload of the same bytes may win; the content is identical either way.
        os.replace(self._upload_path(upload_id), final)
        fd = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def discard_upload(self, upload_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._upload_path(upload_id).unlink()

    def open_read(self, hash: str, offset: int) -> BinaryIO:
        try:
            f = open(self._blob_path(hash), "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise BlobMissing(hash) from None
        f.seek(offset)
        return f

    def blob_size(self, hash: str) -> int | None:
        try:
            return self._blob_path(hash).stat().st_size
        except FileNotFoundError:
            return None

    def delete_blob(self, hash: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._blob_path(hash).unlink()

    def list_uploads(self) -> Iterator[tuple[str, int]]:
        for entry in os.scandir(self._uploads):
            if entry.is_file():
                yield entry.name, entry.stat().st_mtime_ns // 1000

    def list_blobs(self) -> Iterator[tuple[str, int]]:
        for shard in os.scandir(self._blobs):
            if shard.is_dir():
                for entry in os.scandir(shard.path):
                    yield entry.name, entry.stat().st_mtime_ns // 1000
