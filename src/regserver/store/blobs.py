"""Blob rows and uploads: what the server has, what is being written, and garbage collection."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select, update

from regserver.domain.errors import InvalidArgument
from regserver.domain.models import Digest, EventType, VersionStatus
from regserver.store.rows import _BLOB_IN_USE, Rows, mv
from regserver.store.schema import blobs, uploads

# An upload whose digest the client names at the end (WriteBlob's final_digest, CommitUpload).
UNKNOWN_HASH = ""
UNKNOWN_SIZE = -1


def missing_in(conn: Connection, digests: Sequence[Digest]) -> list[Digest]:
    """The digests, of those given, whose blobs are not stored (500 looked up a query)."""
    present: set[tuple[str, int]] = set()
    hashes = sorted({d.hash for d in digests})
    for start in range(0, len(hashes), 500):
        rows = conn.execute(select(blobs.c.hash, blobs.c.size).where(blobs.c.hash.in_(hashes[start : start + 500])))
        present.update((r.hash, r.size) for r in rows)
    return [d for d in digests if (d.hash, d.size) not in present]


class BlobsRoom(Rows):
    def find_missing(self, digests: Sequence[Digest]) -> list[Digest]:
        return self._run(lambda conn: missing_in(conn, digests), False)

    def begin_upload(self, upload_id: str, digest: Digest | None, now: int) -> Digest | None:
        """Registers an upload (or finds it again); returns its blob's digest if it is already complete.
        An upload whose digest comes at the end is recorded with hash "" and size -1 until then."""

        def tx(conn: Connection) -> Digest | None:
            row = conn.execute(select(uploads).where(uploads.c.upload_id == upload_id)).first()
            if row is None:
                conn.execute(
                    insert(uploads).values(
                        upload_id=upload_id, hash=digest.hash if digest else UNKNOWN_HASH,
                        size=digest.size if digest else UNKNOWN_SIZE, complete=False,
                        create_time=now, update_time=now,
                    )
                )  # fmt: skip
                return None
            if digest is not None and row.hash != UNKNOWN_HASH and (row.hash, row.size) != (digest.hash, digest.size):
                raise InvalidArgument(
                    f"upload_id {upload_id!r} belongs to an upload of {row.hash}/{row.size}, not {digest}; "
                    "use a new upload_id for a different blob",
                    "INVALID_FIELD",
                    field="upload_id",
                )
            conn.execute(update(uploads).where(uploads.c.upload_id == upload_id).values(update_time=now))
            return Digest(row.hash, row.size) if row.complete else None

        return self._run(tx)

    def upload_state(self, upload_id: str) -> tuple[Digest, bool] | None:
        def tx(conn: Connection) -> tuple[Digest, bool] | None:
            row = conn.execute(select(uploads).where(uploads.c.upload_id == upload_id)).first()
            return None if row is None else (Digest(row.hash, row.size), bool(row.complete))

        return self._run(tx, False)

    def record_blob(self, digest: Digest, upload_id: str | None, now: int) -> None:
        """Indexes a blob the backend has committed, and marks its upload complete."""

        def tx(conn: Connection) -> None:
            known = conn.execute(select(blobs.c.hash).where(blobs.c.hash == digest.hash)).first()
            if known is None:
                conn.execute(insert(blobs).values(hash=digest.hash, size=digest.size, create_time=now))
            if upload_id is not None:
                conn.execute(
                    update(uploads)
                    .where(uploads.c.upload_id == upload_id)
                    .values(hash=digest.hash, size=digest.size, complete=True, update_time=now)
                )

        self._run(tx)

    def forget_upload(self, upload_id: str) -> None:
        self._run(lambda conn: conn.execute(delete(uploads).where(uploads.c.upload_id == upload_id)))

    def stored_digest(self, hash: str) -> Digest | None:
        def tx(conn: Connection) -> Digest | None:
            row = conn.execute(select(blobs.c.size).where(blobs.c.hash == hash)).first()
            return None if row is None else Digest(hash, row.size)

        return self._run(tx, False)

    def blob_known(self, digest: Digest) -> bool:
        def tx(conn: Connection) -> bool:
            row = conn.execute(select(blobs.c.size).where(blobs.c.hash == digest.hash)).first()
            return row is not None and row.size == digest.size

        return self._run(tx, False)

    def fail_abandoned_versions(self, created_before: int, now: int) -> int:
        """Marks PENDING_UPLOAD versions older than the cutoff FAILED, freeing their blobs for collection."""

        def tx(conn: Connection) -> int:
            abandoned = list(
                conn.execute(
                    select(mv.c.id).where(
                        mv.c.status == VersionStatus.PENDING_UPLOAD.value, mv.c.create_time < created_before
                    )
                ).scalars()
            )
            if abandoned:
                conn.execute(
                    update(mv)
                    .where(mv.c.id.in_(abandoned))
                    .values(status=VersionStatus.FAILED.value, update_time=now, revision=mv.c.revision + 1)
                )
            for version_id in abandoned:
                self._emit(conn, now, EventType.VERSION_FAILED, self._version_by_id(conn, version_id))
            return len(abandoned)

        return self._run(tx)

    def unused_blobs(self, created_before: int, limit: int) -> list[str]:
        def tx(conn: Connection) -> list[str]:
            query = select(blobs.c.hash).where(blobs.c.create_time < created_before, ~_BLOB_IN_USE).limit(limit)
            return list(conn.execute(query).scalars())

        return self._run(tx, False)

    def forget_blob_if_unused(self, hash: str) -> bool:
        """Drops a blob from the index unless a version started using it meanwhile; True if dropped."""

        def tx(conn: Connection) -> bool:
            return bool(conn.execute(delete(blobs).where(blobs.c.hash == hash, ~_BLOB_IN_USE)).rowcount)

        return self._run(tx)

    def indexed_blobs(self, hashes: Sequence[str]) -> set[str]:
        def tx(conn: Connection) -> set[str]:
            found: set[str] = set()
            for start in range(0, len(hashes), 500):
                chunk = list(hashes[start : start + 500])
                found.update(conn.execute(select(blobs.c.hash).where(blobs.c.hash.in_(chunk))).scalars())
            return found

        return self._run(tx, False)

    def stale_uploads(self, updated_before: int) -> list[tuple[str, bool]]:
        """(upload_id, complete) of uploads untouched since the cutoff."""

        def tx(conn: Connection) -> list[tuple[str, bool]]:
            query = select(uploads.c.upload_id, uploads.c.complete).where(uploads.c.update_time < updated_before)
            return [(r.upload_id, bool(r.complete)) for r in conn.execute(query)]

        return self._run(tx, False)

    def known_uploads(self, upload_ids: Sequence[str]) -> set[str]:
        def tx(conn: Connection) -> set[str]:
            if not upload_ids:
                return set()
            query = select(uploads.c.upload_id).where(uploads.c.upload_id.in_(list(upload_ids)))
            return set(conn.execute(query).scalars())

        return self._run(tx, False)
