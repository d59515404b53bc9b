"""Blobs as files in a local directory: blobs/sha256/ab/<hash>, and each upload's parts as
uploads/<upload_id>/<offset, 20 digits> (the layout of the GCS backend).

An upload sent in one piece is one part, appended to by each resumed stream. An upload sent in
parts (over several concurrent streams) has one file per part; commit joins them in offset order
into the first with copy_file_range (in the kernel; a reflink on filesystems that share extents).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from regserver.artifacts.backend import BlobMissing, UploadChanged, UploadPart, held_from_zero

_OFFSET_DIGITS = 20
_PART_RE = re.compile(rf"^\d{{{_OFFSET_DIGITS}}}$")
_JOIN_STEP = 1 << 30


class _FileSink:
    def __init__(self, path: Path, offset: int, append: bool, replace: bool = False) -> None:
        # A part already there is continued (append), or replaced: written beside it and renamed over
        # it once durable, so a commit that opened the old one keeps reading the old one.
        self._final = path if replace else None
        target = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}") if replace else path
        self._path = target
        self._file: BinaryIO = open(target, "r+b" if append else "wb")  # noqa: SIM115
        if append:
            self._file.truncate(offset)
            self._file.seek(offset)

    def write(self, data: bytes | memoryview) -> None:
        self._file.write(data)

    def close(self) -> None:
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        if self._final is not None:
            os.replace(self._path, self._final)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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

    def blob_path(self, hash: str) -> Path | None:
        """Where a stored blob's file is (for zero-copy sends), or None if it is absent."""
        path = self._blob_path(hash)
        return path if path.is_file() else None

    def _upload_dir(self, upload_id: str) -> Path:
        """The upload's directory; an upload a server before parts left as one file becomes part 0."""
        path = self._uploads / upload_id
        if path.is_file():
            legacy = path.with_name(f".{upload_id}.legacy")
            os.replace(path, legacy)
            path.mkdir()
            os.replace(legacy, path / f"{0:0{_OFFSET_DIGITS}d}")
        return path

    def _part_path(self, upload_id: str, offset: int) -> Path:
        return self._uploads / upload_id / f"{offset:0{_OFFSET_DIGITS}d}"

    def upload_parts(self, upload_id: str) -> list[UploadPart]:
        directory = self._upload_dir(upload_id)
        parts = []
        try:
            entries = list(os.scandir(directory))
        except FileNotFoundError:
            return []
        for entry in entries:
            if _PART_RE.match(entry.name):  # not ".<offset>.<random>": a part being replaced
                with contextlib.suppress(FileNotFoundError):
                    info = entry.stat()
                    parts.append(UploadPart(int(entry.name), info.st_size, f"{info.st_ino}:{info.st_mtime_ns}"))
        return sorted(parts)

    def upload_size(self, upload_id: str) -> int:
        return held_from_zero(self.upload_parts(upload_id))

    def read_upload(
        self, upload_id: str, chunk_size: int, parts: Sequence[UploadPart] | None = None
    ) -> Iterator[bytes]:
        for part in self.upload_parts(upload_id) if parts is None else parts:
            try:
                with open(self._part_path(upload_id, part.offset), "rb") as f:
                    while chunk := f.read(chunk_size):
                        yield chunk
            except FileNotFoundError:
                return

    def open_upload(self, upload_id: str, offset: int) -> _FileSink:
        """Continues an upload sent in one piece at `offset`: whatever lies at or past it goes."""
        directory = self._upload_dir(upload_id)
        directory.mkdir(exist_ok=True)
        parts = self.upload_parts(upload_id)
        if offset == 0:
            for part in parts:
                self._part_path(upload_id, part.offset).unlink(missing_ok=True)
            return _FileSink(self._part_path(upload_id, 0), 0, append=False)
        if self.upload_size(upload_id) < offset:
            raise ValueError(f"upload {upload_id} holds fewer than {offset} bytes")
        # The part that holds the byte before `offset` is continued, cut at it; later ones go.
        base = max(p.offset for p in parts if p.offset < offset)
        for part in parts:
            if part.offset > base:
                self._part_path(upload_id, part.offset).unlink(missing_ok=True)
        return _FileSink(self._part_path(upload_id, base), offset - base, append=True)

    def open_part(self, upload_id: str, offset: int) -> _FileSink:
        """A part starting at `offset` of an upload sent in parts; replaces a part that starts there."""
        directory = self._upload_dir(upload_id)
        directory.mkdir(exist_ok=True)
        return _FileSink(self._part_path(upload_id, offset), 0, append=False, replace=True)

    def commit_upload(self, upload_id: str, hash: str, parts: Sequence[UploadPart] | None = None) -> None:
        now = self.upload_parts(upload_id)
        if parts is not None and list(parts) != now:
            raise UploadChanged(f"a part of upload {upload_id} was replaced after it was hashed")
        parts = now
        if not parts:
            raise BlobMissing(f"upload {upload_id}")
        first = self._part_path(upload_id, parts[0].offset)
        if len(parts) > 1:
            with open(first, "r+b") as out:
                out.seek(0, os.SEEK_END)
                for part in parts[1:]:
                    with open(self._part_path(upload_id, part.offset), "rb") as src:
                        _copy_into(src, out, part.size)
                out.flush()
                os.fsync(out.fileno())
        final = self._blob_path(hash)
        final.parent.mkdir(exist_ok=True)
        # rename is atomic: readers see no blob or the whole blob. A concurrent
        # upload of the same bytes may win; the content is identical either way.
        os.replace(first, final)
        _fsync_dir(final.parent)
        shutil.rmtree(self._uploads / upload_id, ignore_errors=True)

    def discard_upload(self, upload_id: str) -> None:
        path = self._uploads / upload_id
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

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
            if entry.name.startswith("."):
                continue
            with contextlib.suppress(FileNotFoundError):
                if entry.is_file():
                    yield entry.name, entry.stat().st_mtime_ns // 1000
                elif entry.is_dir():
                    times = [p.stat().st_mtime_ns for p in os.scandir(entry.path)]
                    yield entry.name, max([entry.stat().st_mtime_ns, *times]) // 1000

    def list_blobs(self) -> Iterator[tuple[str, int]]:
        for shard in os.scandir(self._blobs):
            if shard.is_dir():
                for entry in os.scandir(shard.path):
                    yield entry.name, entry.stat().st_mtime_ns // 1000


def _copy_into(src: BinaryIO, out: BinaryIO, size: int) -> None:
    """Appends `size` bytes of src to out, in the kernel where it can."""
    left = size
    try:
        while left > 0:
            n = os.copy_file_range(src.fileno(), out.fileno(), min(left, _JOIN_STEP))
            if n == 0:
                break
            left -= n
    except OSError:
        src.seek(size - left)
        out.seek(0, os.SEEK_END)
        shutil.copyfileobj(src, out, 1 << 20)
        return
    out.seek(0, os.SEEK_END)
