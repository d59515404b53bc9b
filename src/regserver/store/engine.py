"""Database engines for SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from regserver.domain.errors import InvalidArgument

# Execution option marking a connection that will write: on SQLite it takes
# the write lock up front (BEGIN IMMEDIATE) so two writers never deadlock
# upgrading from a read lock.
WRITE = "regserver_write"


def describe(error: DBAPIError) -> str:
    """The first line of a driver error, for messages people read."""
    text = str(error.orig if error.orig is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def make_engine(url: str, pool_size: int = 10) -> Engine:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=False)
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        # LIFO: a request takes the connection used last, whose server process has the catalog and
        # its statements prepared and cached. Round-robin over the pool (the default) sent each of the
        # first writes after a burst of reads to a cold connection, ~5 ms slower each.
        return create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_pre_ping=True,
            pool_recycle=1800,
            pool_use_lifo=True,
        )
    raise InvalidArgument(
        f"unsupported database URL scheme {parsed.drivername!r}; use sqlite:///path or postgresql+psycopg://...",
        "INVALID_FIELD",
        field="database_url",
    )


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below decide how transactions start.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # LIKE is case-sensitive on PostgreSQL; make SQLite agree.
        cursor.execute("PRAGMA case_sensitive_like=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Straight to the driver: this runs on every transaction.
        conn.connection.driver_connection.execute(
            "BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN"
        )
