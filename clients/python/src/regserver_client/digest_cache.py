"""A local cache of file digests, keyed by what git's index keys on (path, size, modification time,
inode and change time), so an unchanged file is not hashed again and a blob the server already holds
is not sent again: its digest is asked about with FindMissingBlobs first.

It lives in $REGSERVER_CACHE_DIR (default ~/.cache/regserver) as one SQLite file. It is only ever
a shortcut: if it cannot be read or written, uploads go on without it; set REGSERVER_DIGEST_CACHE=off
to never use it. A digest from it is still verified by the server against the bytes it holds.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

__all__ = ["DigestCache"]

CACHE_DIR_ENV = "REGSERVER_CACHE_DIR"
SWITCH_ENV = "REGSERVER_DIGEST_CACHE"
MAX_ENTRIES = 100_000


class DigestCache:
    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._ready = False

    @classmethod
    def default(cls) -> DigestCache:
        if os.environ.get(SWITCH_ENV, "on").lower() in ("off", "0", "false", "no"):
            return cls(None)
        root = os.environ.get(CACHE_DIR_ENV) or os.path.join(os.path.expanduser("~"), ".cache", "regserver")
        return cls(Path(root) / "digests.sqlite")

    def _connect(self) -> sqlite3.Connection | None:
        if self._path is None:
            return None
        try:
            if not self._ready:
                self._path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self._path, timeout=5)
            if not self._ready:
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS digests (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
                    " ino INTEGER, ctime_ns INTEGER, hash TEXT)"
                )
                self._ready = True
            return conn
        except (OSError, sqlite3.Error):
            self._path = None  # unusable here: go on without it
            return None

    @staticmethod
    def _key(source: Path) -> tuple[str, int, int, int, int]:
        info = os.stat(source)
        return os.path.realpath(source), info.st_size, info.st_mtime_ns, info.st_ino, info.st_ctime_ns

    @classmethod
    def snapshot(cls, source: Path) -> tuple[str, int, int, int, int]:
        """What identifies the file's state now: take it before hashing, hand it to store()."""
        return cls._key(source)

    def lookup(self, source: Path) -> tuple[str, int] | None:
        """(sha256, size) of the file if it is unchanged since it was last hashed here."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            try:
                path, size, mtime, ino, ctime = self._key(source)
                row = conn.execute(
                    "SELECT hash FROM digests WHERE path = ? AND size = ? AND mtime_ns = ? AND ino = ?"
                    " AND ctime_ns = ?",
                    (path, size, mtime, ino, ctime),
                ).fetchone()
                return (str(row[0]), size) if row else None
            except (OSError, sqlite3.Error):
                return None
            finally:
                conn.close()

    def store(self, source: Path, before: tuple[str, int, int, int, int], key: tuple[str, int]) -> None:
        """Remembers the file's digest, unless the file changed since `before` (taken before it was
        hashed): then the digest may not be its content's, and nothing is kept."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            with contextlib.suppress(OSError, sqlite3.Error), conn:
                path, size, mtime, ino, ctime = self._key(source)
                if (path, size, mtime, ino, ctime) == before and size == key[1]:
                    conn.execute(
                        "INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?, ?, ?)",
                        (path, size, mtime, ino, ctime, key[0]),
                    )
                    # Bounded: past MAX_ENTRIES the oldest fifth goes (a miss only costs a hash).
                    (count,) = conn.execute("SELECT count(*) FROM digests").fetchone()
                    if count > MAX_ENTRIES:
                        conn.execute(
                            "DELETE FROM digests WHERE rowid IN (SELECT rowid FROM digests ORDER BY rowid LIMIT ?)",
                            (MAX_ENTRIES // 5,),
                        )
            conn.close()
