"""Blobs as objects in a Google Cloud Storage bucket, under an optional prefix.

Layout under ``gs://<bucket>/<prefix>/``::

    blobs/sha256/<hash>                          a stored blob
    uploads/<upload_id>/<offset, 20 digits>      one part of an upload: the bytes of one write stream
    uploads/<upload_id>/compose-<n>              temporary, while composing more than 32 parts
    uploads/<upload_id>/<offset>.truncating      temporary, while re-opening an upload at a smaller offset

GCS objects are immutable, so an upload is a sequence of parts: each
``open_upload`` stream becomes one new object, named by the offset it starts
at, and ``close()`` finalizes it. The upload's bytes are the parts in name
order; ``commit_upload`` copies (one part) or composes (several) them into the
blob, server-side, then deletes them.

Every transfer streams: writes go out as a resumable upload in ``chunk_size``
pieces, reads are ranged downloads of at most ``read_chunk_size`` bytes. No
call holds a whole object in memory.

Credentials come the usual Google way (``storage.Client()``: Application Default
Credentials), except when ``STORAGE_EMULATOR_HOST`` is set: then the client talks
to that emulator anonymously, as project "regserver".

``GcsSigner`` hands out V4 signed URLs straight to the bucket: a PUT for one part
of an upload (the object ``open_part`` would write), a GET for a stored blob. It
signs with a service account's private key, given as a JSON key file or found in
the storage client's own credentials.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import requests
from google.api_core import exceptions as api_exceptions
from google.auth import exceptions as auth_exceptions
from google.auth.credentials import AnonymousCredentials, Signing
from google.cloud import storage
from google.cloud.storage.exceptions import DataCorruption, InvalidResponse
from google.cloud.storage.retry import DEFAULT_RETRY
from google.oauth2 import service_account

from regserver.artifacts.backend import (
    BlobMissing,
    SignedUrl,
    StorageUnavailable,
    UploadChanged,
    UploadPart,
    held_from_zero,
)

__all__ = ["GcsBackend", "GcsSigner", "SigningKeyError"]

EMULATOR_ENV = "STORAGE_EMULATOR_HOST"
EMULATOR_PROJECT = "regserver"

MAX_COMPOSE_SOURCES = 32  # a GCS limit
MAX_SIGNED_URL_SECONDS = 7 * 24 * 3600  # the longest a V4 signed URL may work
PART_CONTENT_TYPE = "application/octet-stream"
_OFFSET_DIGITS = 20
_PART_RE = re.compile(rf"^\d{{{_OFFSET_DIGITS}}}$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

# Bucket names: https://cloud.google.com/storage/docs/buckets#naming
_BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$")
_IP_RE = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")

# What a failing request raises, besides NotFound (handled where it has a meaning).
_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    api_exceptions.GoogleAPIError,  # GoogleAPICallError (HTTP errors), RetryError (retry deadline)
    requests.exceptions.RequestException,  # ConnectionError, Timeout, ...
    auth_exceptions.GoogleAuthError,  # TransportError, RefreshError, DefaultCredentialsError
    InvalidResponse,  # resumable upload / download: unexpected status
    DataCorruption,  # download checksum mismatch
    ConnectionError,
    TimeoutError,
)


class _Part(NamedTuple):
    offset: int
    name: str
    size: int
    generation: int


def _one_line(exc: BaseException) -> str:
    """A short, single-line description of a failed request (no query strings, no nested reprs)."""
    if isinstance(exc, api_exceptions.RetryError) and exc.cause is not None:
        return f"{_one_line(exc.cause)} (gave up retrying)"
    if isinstance(exc, api_exceptions.NotFound):
        return "404 Not Found (does the bucket exist?)"
    if isinstance(exc, requests.exceptions.ConnectionError):
        url = exc.request.url if exc.request is not None else None
        if isinstance(url, bytes):
            url = url.decode(errors="replace")
        where = urlsplit(url).netloc if url else "the server"
        reason = re.search(r"\[Errno -?\d+\] [^'\")\]]+", str(exc))
        return f"cannot connect to {where}" + (f": {reason.group(0)}" if reason else "")
    text = " ".join(str(exc).split())
    text = re.sub(r"(https?://[^\s?]+)\?[^\s:]*", r"\1", text)
    if len(text) > 300:
        text = text[:297] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


@contextlib.contextmanager
def _unavailable(what: str) -> Iterator[None]:
    """Turns transport and server errors (NotFound too: a missing bucket) into StorageUnavailable."""
    try:
        yield
    except _TRANSPORT_ERRORS as e:
        raise StorageUnavailable(f"GCS {what} failed: {_one_line(e)}") from e


def _micros(when: datetime | None) -> int:
    if when is None:
        return 0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - _EPOCH) // _MICROSECOND


def _check_name(kind: str, name: str) -> None:
    if not name or "/" in name or name in (".", "..") or any(c in name for c in "\r\n\0"):
        raise ValueError(f"invalid {kind} {name!r}")


def _parse_url(url: str) -> tuple[str, str]:
    """``gs://bucket[/prefix]`` -> (bucket, prefix without slashes at either end)."""
    if not url.startswith("gs://"):
        raise ValueError(f"not a Google Cloud Storage URL (want gs://bucket[/prefix]): {url!r}")
    rest = url[len("gs://") :]
    bucket, _, prefix = rest.partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {url!r} (want gs://bucket[/prefix])")
    if (
        not _BUCKET_RE.match(bucket)
        or ".." in bucket
        or _IP_RE.match(bucket)
        or bucket.startswith("goog")
        or any(len(label) > 63 for label in bucket.split("."))
        or ("." not in bucket and len(bucket) > 63)
    ):
        raise ValueError(
            f"invalid bucket name {bucket!r} in {url!r}: use 3-63 characters of a-z, 0-9, '-', '_' and '.', "
            "starting and ending with a letter or digit"
        )
    if any(c in url for c in "?#\r\n\0"):
        raise ValueError(f"unexpected query, fragment or control character in {url!r}")
    prefix = prefix.strip("/")
    if prefix and any(part in ("", ".", "..") for part in prefix.split("/")):
        raise ValueError(f"invalid prefix {prefix!r} in {url!r}: empty, '.' or '..' path segment")
    return bucket, prefix


class _GcsSink:
    """One part of an upload, written with a resumable upload; the object exists once close() returns."""

    def __init__(self, backend: GcsBackend, name: str, create_empty: bool) -> None:
        self._backend = backend
        self._name = name
        self._create_empty = create_empty
        self._writer: Any = None  # google.cloud.storage.fileio.BlobWriter, opened on the first byte
        self._closed = False

    def write(self, data: bytes | memoryview) -> None:
        if self._closed:
            raise ValueError("write to a closed upload sink")
        if not data:
            return
        with _unavailable(f"upload to {self._name}"):
            if self._writer is None:
                self._writer = self._backend._bucket.blob(self._name).open(
                    "wb",
                    chunk_size=self._backend.chunk_size,
                    ignore_flush=True,
                    retry=self._backend._retry,
                    content_type="application/octet-stream",
                    timeout=self._backend.timeout,
                )
            self._writer.write(data)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with _unavailable(f"finishing upload of {self._name}"):
            if self._writer is not None:
                self._writer.close()
            elif self._create_empty:
                # An upload opened at 0 exists even when empty (as the local backend's file does),
                # so it can be committed as the empty blob.
                self._backend._bucket.blob(self._name).upload_from_string(
                    b"",
                    content_type="application/octet-stream",
                    timeout=self._backend.timeout,
                    retry=self._backend._retry,
                )


class _GcsSource:
    """Reads an object with ranged downloads of at most ``read_chunk_size`` bytes each."""

    def __init__(self, backend: GcsBackend, name: str, hash: str, offset: int, size: int) -> None:
        self._backend = backend
        self._name = name
        self._hash = hash
        self._pos = offset
        self._size = size
        self._buf = b""
        self._buf_pos = 0

    def read(self, size: int) -> bytes:
        if size < 0:
            raise ValueError("read size must be >= 0")
        if size == 0:
            return b""
        if self._buf_pos >= len(self._buf):
            if self._pos >= self._size:
                return b""
            want = min(max(size, self._backend.read_chunk_size), self._size - self._pos)
            self._buf = self._backend._download(self._name, self._pos, want, missing=self._hash)
            self._buf_pos = 0
            self._pos += len(self._buf)
            if not self._buf:
                self._size = self._pos  # shorter than its metadata said: stop here
                return b""
        chunk = self._buf[self._buf_pos : self._buf_pos + size]
        self._buf_pos += len(chunk)
        if self._buf_pos >= len(self._buf):
            self._buf, self._buf_pos = b"", 0
        return chunk

    def close(self) -> None:
        self._buf, self._buf_pos = b"", 0
        self._pos = self._size


class GcsBackend:
    name = "gcs"

    def __init__(
        self,
        bucket: str,
        prefix: str = "",
        *,
        client: storage.Client | None = None,
        chunk_size: int = 8 * 1024 * 1024,
        read_chunk_size: int = 4 * 1024 * 1024,
        timeout: float = 60.0,
        retry_deadline: float = 60.0,
    ) -> None:
        """``chunk_size``: bytes per resumable-upload request (a multiple of 256 KiB), also the most a
        write stream buffers. ``timeout``: seconds per HTTP request. ``retry_deadline``: how long a call
        retries transient failures before it raises StorageUnavailable."""
        if chunk_size <= 0 or chunk_size % (256 * 1024):
            raise ValueError("chunk_size must be a positive multiple of 256 KiB")
        if read_chunk_size <= 0:
            raise ValueError("read_chunk_size must be positive")
        self.bucket_name = bucket
        self.prefix = prefix.strip("/")
        self.chunk_size = chunk_size
        self.read_chunk_size = read_chunk_size
        self.timeout = timeout
        self._retry = DEFAULT_RETRY.with_timeout(retry_deadline)
        self._client = client if client is not None else self._make_client()
        self._bucket = self._client.bucket(bucket)
        base = f"{self.prefix}/" if self.prefix else ""
        self._blobs_prefix = f"{base}blobs/sha256/"
        self._uploads_prefix = f"{base}uploads/"

    @classmethod
    def from_url(cls, url: str, **options: Any) -> GcsBackend:
        """A backend for ``gs://bucket[/prefix]``; ``options`` are passed to the constructor."""
        bucket, prefix = _parse_url(url)
        return cls(bucket, prefix, **options)

    @staticmethod
    def _make_client() -> storage.Client:
        if os.environ.get(EMULATOR_ENV):
            credentials = AnonymousCredentials()  # type: ignore[no-untyped-call]
            return storage.Client(project=EMULATOR_PROJECT, credentials=credentials)
        try:
            return storage.Client()
        except auth_exceptions.DefaultCredentialsError as e:
            raise StorageUnavailable(
                f"no Google Cloud credentials for gs:// artifact storage ({_one_line(e)}); "
                "set GOOGLE_APPLICATION_CREDENTIALS or run where Application Default Credentials exist"
            ) from e

    def __repr__(self) -> str:
        return f"<GcsBackend gs://{self.bucket_name}/{self.prefix}>"

    # -- names ---------------------------------------------------------------------------------

    def _blob_name(self, hash: str) -> str:
        _check_name("blob hash", hash)
        return self._blobs_prefix + hash

    def _upload_dir(self, upload_id: str) -> str:
        _check_name("upload id", upload_id)
        return f"{self._uploads_prefix}{upload_id}/"

    def _part_name(self, upload_id: str, offset: int) -> str:
        return f"{self._upload_dir(upload_id)}{offset:0{_OFFSET_DIGITS}d}"

    def blob_object(self, hash: str) -> str:
        """The object name a stored blob lives at (for signed URLs)."""
        return self._blob_name(hash)

    @property
    def credentials(self) -> Any:
        """The storage client's credentials (anonymous on the emulator)."""
        return getattr(self._client, "_credentials", None)

    @property
    def access_endpoint(self) -> str:
        """Where clients reach the bucket: the emulator when STORAGE_EMULATOR_HOST is set."""
        emulator = os.environ.get(EMULATOR_ENV, "")
        if emulator:
            return emulator if "://" in emulator else f"http://{emulator}"
        return str(self._client.api_endpoint)

    # -- requests ------------------------------------------------------------------------------

    def _list(self, prefix: str) -> Iterator[Any]:
        return iter(
            self._client.list_blobs(
                self._bucket,
                prefix=prefix,
                fields="items(name,size,updated,timeCreated,generation),nextPageToken",
                timeout=self.timeout,
                retry=self._retry,
            )
        )

    def _parts(self, upload_id: str) -> list[_Part]:
        """An upload's parts, in order. Raises StorageUnavailable."""
        upload_dir = self._upload_dir(upload_id)
        parts = []
        with _unavailable(f"listing upload {upload_id}"):
            for blob in self._list(upload_dir):
                tail = blob.name[len(upload_dir) :]
                if _PART_RE.match(tail):
                    parts.append(_Part(int(tail), blob.name, int(blob.size or 0), int(blob.generation or 0)))
        parts.sort()
        return parts

    def _download(self, name: str, start: int, length: int, *, missing: str, generation: int | None = None) -> bytes:
        """Bytes [start, start+length) of an object; BlobMissing(missing) if it is gone.

        Reads whatever generation is live (a blob re-committed, same bytes, during a read does not
        break it), or exactly `generation`: UploadChanged if that one was replaced since.
        """
        with _unavailable(f"reading {name}"):
            try:
                data: bytes = self._bucket.blob(name, generation=generation).download_as_bytes(
                    start=start,
                    end=start + length - 1,
                    raw_download=True,
                    checksum=None,
                    timeout=self.timeout,
                    retry=self._retry,
                )
            except api_exceptions.NotFound:
                if generation is not None:
                    raise UploadChanged(f"{name} was replaced after it was listed") from None
                raise BlobMissing(missing) from None
            except api_exceptions.RequestRangeNotSatisfiable:
                return b""  # start is at or past the end
        return data

    def _delete_quietly(self, name: str) -> None:
        with _unavailable(f"deleting {name}"), contextlib.suppress(api_exceptions.NotFound):
            self._bucket.delete_blob(name, timeout=self.timeout, retry=self._retry)

    # -- BlobBackend -----------------------------------------------------------------------------

    def upload_size(self, upload_id: str) -> int:
        return held_from_zero(self.upload_parts(upload_id))

    def upload_parts(self, upload_id: str) -> list[UploadPart]:
        return [UploadPart(p.offset, p.size, str(p.generation)) for p in self._parts(upload_id)]

    def _pinned(self, upload_id: str, parts: Sequence[UploadPart] | None) -> list[_Part]:
        """The parts as listed by upload_parts (at their generations), or as they are now."""
        if parts is None:
            return self._parts(upload_id)
        return [_Part(p.offset, self._part_name(upload_id, p.offset), p.size, int(p.token)) for p in parts]

    def read_upload(
        self, upload_id: str, chunk_size: int, parts: Sequence[UploadPart] | None = None
    ) -> Iterator[bytes]:
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        for part in self._pinned(upload_id, parts):
            pos = 0
            generation = part.generation if parts is not None else None
            while pos < part.size:
                data = self._download(
                    part.name,
                    pos,
                    min(chunk_size, part.size - pos),
                    missing=f"upload {upload_id}",
                    generation=generation,
                )
                if not data:
                    break
                pos += len(data)
                yield data

    def open_upload(self, upload_id: str, offset: int) -> _GcsSink:
        if offset < 0:
            raise ValueError(f"negative offset {offset}")
        # Like the local backend's truncate(offset): drop whatever lies at or past `offset`.
        held = 0
        for part in self._parts(upload_id):
            end = part.offset + part.size
            if part.offset >= offset:
                self._delete_quietly(part.name)
            elif end > offset:
                self._truncate_part(part.name, offset - part.offset)
                held = offset
            else:
                held = max(held, end)
        if held < offset:
            raise ValueError(f"upload {upload_id} holds {held} bytes; cannot append at offset {offset}")
        return _GcsSink(self, self._part_name(upload_id, offset), create_empty=offset == 0)

    def open_part(self, upload_id: str, offset: int) -> _GcsSink:
        if offset < 0:
            raise ValueError(f"negative offset {offset}")
        # A new object at that name replaces the part that starts there, once closed.
        return _GcsSink(self, self._part_name(upload_id, offset), create_empty=True)

    def part_object(self, upload_id: str, offset: int) -> str:
        """The object name a part of an upload is written to (for signed URLs)."""
        return self._part_name(upload_id, offset)

    def _truncate_part(self, name: str, keep: int) -> None:
        """Rewrites a part with its first `keep` bytes, streaming (rare: a resume at a stale offset)."""
        tmp = f"{name}.truncating"
        sink = _GcsSink(self, tmp, create_empty=True)
        pos = 0
        while pos < keep:
            data = self._download(name, pos, min(self.read_chunk_size, keep - pos), missing=name)
            if not data:
                break
            sink.write(data)
            pos += len(data)
        sink.close()
        with _unavailable(f"truncating {name}"):
            self._rewrite(self._bucket.blob(name), self._bucket.blob(tmp))
        self._delete_quietly(tmp)

    def _rewrite(self, dest: Any, source: Any, generation: int | None = None) -> None:
        token = None
        while True:
            token, _, _ = dest.rewrite(
                source, token=token, if_source_generation_match=generation, timeout=self.timeout, retry=self._retry
            )
            if token is None:
                return

    def commit_upload(self, upload_id: str, hash: str, parts: Sequence[UploadPart] | None = None) -> None:
        final = self._bucket.blob(self._blob_name(hash))
        listed = self._pinned(upload_id, parts)
        if not listed:
            raise BlobMissing(f"upload {upload_id}")
        pin = parts is not None
        sources = [self._bucket.blob(part.name) for part in listed]
        generations: list[int | None] = [part.generation if pin else None for part in listed]
        temporaries: list[str] = []
        try:
            with _unavailable(f"committing upload {upload_id} as {hash}"):
                if len(sources) == 1:
                    # Server-side copy; rewrite works for any size (it may take several calls).
                    self._rewrite(final, sources[0], generations[0])
                else:
                    while len(sources) > MAX_COMPOSE_SOURCES:
                        tmp = self._bucket.blob(f"{self._upload_dir(upload_id)}compose-{len(temporaries)}")
                        tmp.content_type = "application/octet-stream"
                        head = generations[:MAX_COMPOSE_SOURCES]
                        tmp.compose(
                            sources[:MAX_COMPOSE_SOURCES],
                            if_source_generation_match=head if pin else None,
                            timeout=self.timeout,
                            retry=self._retry,
                        )
                        temporaries.append(tmp.name)
                        sources = [tmp, *sources[MAX_COMPOSE_SOURCES:]]
                        generations = [tmp.generation, *generations[MAX_COMPOSE_SOURCES:]]
                    final.content_type = "application/octet-stream"
                    # A concurrent commit of the same bytes may win; the content is identical either way.
                    final.compose(
                        sources,
                        if_source_generation_match=generations if pin else None,
                        timeout=self.timeout,
                        retry=self._retry,
                    )
        except StorageUnavailable as e:
            if isinstance(e.__cause__, api_exceptions.PreconditionFailed):
                raise UploadChanged(f"a part of upload {upload_id} was replaced after it was hashed") from None
            raise
        for name in [*temporaries, *(part.name for part in listed)]:
            self._delete_quietly(name)

    def discard_upload(self, upload_id: str) -> None:
        upload_dir = self._upload_dir(upload_id)
        with _unavailable(f"listing upload {upload_id}"):
            names = [blob.name for blob in self._list(upload_dir)]
        for name in names:
            self._delete_quietly(name)

    def open_read(self, hash: str, offset: int) -> _GcsSource:
        if offset < 0:
            raise ValueError(f"negative offset {offset}")
        with _unavailable(f"stat of blob {hash}"):
            blob = self._bucket.get_blob(self._blob_name(hash), timeout=self.timeout, retry=self._retry)
        if blob is None:
            raise BlobMissing(hash)
        return _GcsSource(self, blob.name, hash, offset, int(blob.size or 0))

    def blob_size(self, hash: str) -> int | None:
        with _unavailable(f"stat of blob {hash}"):
            blob = self._bucket.get_blob(self._blob_name(hash), timeout=self.timeout, retry=self._retry)
        return None if blob is None else int(blob.size or 0)

    def delete_blob(self, hash: str) -> None:
        self._delete_quietly(self._blob_name(hash))

    def list_uploads(self) -> Iterator[tuple[str, int]]:
        latest: dict[str, int] = {}
        with _unavailable("listing uploads"):
            for blob in self._list(self._uploads_prefix):
                upload_id, sep, _ = blob.name[len(self._uploads_prefix) :].partition("/")
                if sep and upload_id:
                    latest[upload_id] = max(latest.get(upload_id, 0), _micros(blob.updated))
        yield from latest.items()

    def list_blobs(self) -> Iterator[tuple[str, int]]:
        with _unavailable("listing blobs"):
            for blob in self._list(self._blobs_prefix):
                hash = blob.name[len(self._blobs_prefix) :]
                if hash and "/" not in hash:
                    yield hash, _micros(blob.time_created)


class SigningKeyError(ValueError):
    """A signing key file that cannot be used; the message says why in one line."""


def can_sign(credentials: Any) -> bool:
    """True for credentials that sign V4 URLs themselves (a service account key, impersonation); not
    for a user's login or a VM's metadata-server credentials."""
    return isinstance(credentials, Signing) and bool(getattr(credentials, "service_account_email", None))


def load_signing_key(path: str) -> service_account.Credentials:
    """A service account's JSON key file, checked by signing with it once; SigningKeyError if unusable."""
    try:
        with open(path, "rb") as f:
            info = json.load(f)
    except OSError as e:
        raise SigningKeyError(f"cannot read {path}: {e.strerror}") from None
    except ValueError:  # not JSON, or not UTF-8
        raise SigningKeyError(f"{path} is not JSON; want a service account's JSON key file") from None
    kind = info.get("type") if isinstance(info, dict) else None
    if kind != "service_account":
        found = f"holds {kind!r} credentials" if isinstance(kind, str) else "is not a credentials file"
        raise SigningKeyError(f"{path} {found}; signed URLs need a service account's JSON key (type service_account)")
    from_info = service_account.Credentials.from_service_account_info
    try:
        credentials: service_account.Credentials = from_info(info)  # type: ignore[no-untyped-call]
    except (ValueError, TypeError, auth_exceptions.GoogleAuthError) as e:
        raise SigningKeyError(f"{path} is not a usable service account key: {_one_line(e)}") from None
    try:
        credentials.sign_bytes(b"regserver")  # a bad key fails here, at start-up, not on a client's call
    except (ValueError, TypeError, auth_exceptions.GoogleAuthError) as e:
        raise SigningKeyError(
            f"{path}: its private_key cannot sign (a service account key holds an RSA key): {_one_line(e)}"
        ) from None
    return credentials


class GcsSigner:
    """V4 signed URLs to a GcsBackend's bucket, each working for ``seconds`` after it is made.

    A part's PUT URL has Content-Type signed in (the request must send it); a blob's GET URL takes
    a Range header. Whoever holds a URL may use it until it expires: the bytes PUT there are still
    only a blob once CommitUpload has verified them.
    """

    def __init__(self, backend: GcsBackend, credentials: Any, seconds: int) -> None:
        if not can_sign(credentials):
            raise ValueError(f"{type(credentials).__name__} cannot sign URLs: want a service account key")
        if not 1 <= seconds <= MAX_SIGNED_URL_SECONDS:
            raise ValueError(f"a signed URL may work 1 to {MAX_SIGNED_URL_SECONDS} seconds, not {seconds}")
        self._backend = backend
        self._credentials = credentials
        self.seconds = seconds
        self._endpoint = backend.access_endpoint

    @classmethod
    def for_backend(cls, backend: GcsBackend, key_file: str, seconds: int) -> GcsSigner | None:
        """Signs with the key file if given, else with the storage credentials if they can sign, else None.

        Raises SigningKeyError for a key file that cannot be used."""
        if key_file:
            return cls(backend, load_signing_key(key_file), seconds)
        credentials = backend.credentials
        return cls(backend, credentials, seconds) if can_sign(credentials) else None

    @property
    def signer_email(self) -> str:
        return str(self._credentials.service_account_email)

    def sign_part_upload(self, upload_id: str, offset: int) -> SignedUrl:
        if offset < 0:
            raise ValueError(f"negative offset {offset}")
        return self._sign(self._backend.part_object(upload_id, offset), "PUT", {"Content-Type": PART_CONTENT_TYPE})

    def sign_blob_download(self, hash: str) -> SignedUrl:
        return self._sign(self._backend.blob_object(hash), "GET", {})

    def _sign(self, name: str, method: str, headers: dict[str, str]) -> SignedUrl:
        # The URL's lifetime counts from its X-Goog-Date, a whole second at or after this one.
        issued = int(time.time())
        with _unavailable(f"signing a URL for {name}"):
            url = self._backend._bucket.blob(name).generate_signed_url(
                version="v4",
                method=method,
                expiration=self.seconds,
                headers=dict(headers),  # a copy: the library adds Host to the dict it is given
                credentials=self._credentials,
                api_access_endpoint=self._endpoint,
            )
        return SignedUrl(str(url), method, dict(headers), (issued + self.seconds) * 1_000_000)
