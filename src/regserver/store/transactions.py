"""One transaction on SQLite or PostgreSQL, and what every write appends in it: its events
(numbered in the event log, a NOTIFY on PostgreSQL) and its audit record.

Writers serialise per model by locking the model's row (SELECT ... FOR UPDATE on PostgreSQL;
SQLite has a single writer). That lock is what makes version numbers gap-free and keeps "one
PRODUCTION version" and alias moves atomic.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import partial
from types import SimpleNamespace
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Row, Text, bindparam, cast, false, func, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.exc import InterfaceError as SAInterfaceError

from regserver.audit import in_transaction
from regserver.domain import caller
from regserver.domain.errors import Aborted, Unavailable
from regserver.domain.models import Event, EventType, ModelVersion, RegisteredModel, Stage
from regserver.store.audit import append_in
from regserver.store.engine import WRITE, describe
from regserver.store.event_codec import decode, encode_model, encode_version
from regserver.store.schema import event_log, events

T = TypeVar("T")
_ADVANCE_LOG = (
    update(event_log)
    .where(event_log.c.id == 1)
    .values(last_revision=event_log.c.last_revision + bindparam("n"))
    .returning(event_log.c.last_revision)
)
NOTIFY_CHANNEL = "regserver_events"
# On PostgreSQL the same statement queues the NOTIFY (delivered at commit, carrying the new head)
# that wakes the other replicas' hubs: one round trip fewer in every write.
_ADVANCE_LOG_AND_NOTIFY = _ADVANCE_LOG.returning(func.pg_notify(NOTIFY_CHANNEL, cast(event_log.c.last_revision, Text)))


def event_of(row: Row[Any] | SimpleNamespace) -> Event:
    state = decode(row.state)
    return Event(
        revision=row.revision,
        time=row.time,
        type=EventType(row.type),
        model_name=row.model_name,
        principal=row.principal,
        version=row.version,
        alias=row.alias,
        previous_version=row.previous_version,
        previous_model_name=row.previous_model_name,
        model=state if isinstance(state, RegisteredModel) else None,
        model_version=state if isinstance(state, ModelVersion) else None,
        promotion_request_id=row.promotion_request_id,
        target_stage=Stage(row.target_stage) if row.target_stage else None,
    )


def _committed_events(head: int, pending: list[dict[str, Any]]) -> list[Event]:
    """The events a transaction appended, as read_events would return them."""
    first = head - len(pending) + 1
    return [event_of(SimpleNamespace(revision=first + i, **e)) for i, e in enumerate(pending)]


class Transactions:
    def __init__(self, engine: Engine, purge_after_us: int) -> None:
        self.engine = engine
        self.purge_after_us = purge_after_us
        self._pg = engine.dialect.name == "postgresql"
        # SQLite allows one writer at a time; queueing here beats spinning on SQLITE_BUSY.
        self._write_lock: AbstractContextManager[Any] = nullcontext() if self._pg else threading.Lock()
        self._writer: Connection | None = None
        # Called after each commit that appended events: (new head, a function building them).
        self.on_commit: Callable[[int, Callable[[], list[Event]]], None] | None = None
        # Events this process appended (a metric).
        self.events_appended = 0

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self._pg:
            with self.engine.connect() as conn, conn.begin():
                yield conn
            return
        # SQLite: one long-lived writer connection behind the lock saves a pool
        # checkout per write, which the lock would otherwise serialise too.
        with self._write_lock:
            if self._writer is None or self._writer.closed or self._writer.invalidated:
                self._writer = self.engine.connect().execution_options(**{WRITE: True})
            with self._writer.begin():
                yield self._writer

    def close(self) -> None:
        with self._write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        """Runs fn in one transaction; retries once when a concurrent writer won a unique-key race.

        Events fn emits are appended in the same transaction; after the commit, on_commit learns
        the new head revision and gets them (for watchers in this process).
        """
        for attempt in range(3):
            try:
                if not write:
                    with self._read() as conn:
                        return fn(conn)
                in_transaction.discard()  # a retried attempt starts clean
                with self._write() as conn:
                    pending: list[dict[str, Any]] = []
                    conn.info["events"] = pending
                    conn.info.pop("before", None)
                    conn.info.pop("audit_model", None)
                    result = fn(conn)
                    # Event log, then audit chain: every writer takes the two locks in this order
                    # (AddModelVersionParents takes the event log's early, the batched audit writer
                    # only the chain's).
                    head = self._append_events(conn, pending)
                    self._audit(conn, result)
                in_transaction.committed()
                self.events_appended += len(pending)
                if head is not None and self.on_commit is not None:
                    self.on_commit(head, partial(_committed_events, head, pending))
                return result
            except IntegrityError:
                in_transaction.discard()
                if attempt == 2:
                    raise Aborted(
                        "a concurrent request changed the same data; retry", "CONCURRENT_MODIFICATION"
                    ) from None
            except ProgrammingError as e:
                # A table or column the server needs is missing or different: the schema was
                # changed under it. Nothing was written; say so rather than report a server bug.
                in_transaction.discard()
                raise Unavailable(
                    f"the database schema is not what this server expects ({describe(e)}); "
                    "check it with `regserver migrate current`",
                    "DATABASE_UNAVAILABLE",
                ) from None
            except (OperationalError, SAInterfaceError) as e:
                in_transaction.discard()
                raise Unavailable(
                    f"the database is unavailable: {describe(e)}",
                    "DATABASE_UNAVAILABLE",
                ) from None
        raise AssertionError("unreachable")

    @staticmethod
    def _audit(conn: Connection, result: Any) -> None:
        """Appends the call's audit record in its transaction, for the RPCs audited so (in_transaction)."""
        record = in_transaction.stage(
            result, conn.info.get("before"), time.time_ns() // 1000, conn.info.get("audit_model", "")
        )
        if record is not None:
            append_in(conn, [record])

    @staticmethod
    def _emit(
        conn: Connection,
        now: int,
        type: EventType,
        state: RegisteredModel | ModelVersion,
        *,
        alias: str | None = None,
        previous_version: int | None = None,
        previous_model_name: str | None = None,
        promotion_request_id: str | None = None,
        target_stage: str | None = None,
    ) -> None:
        is_version = isinstance(state, ModelVersion)
        conn.info["events"].append(
            {
                "time": now,
                "type": type.value,
                "model_name": state.model_name if isinstance(state, ModelVersion) else state.name,
                "version": state.version if isinstance(state, ModelVersion) else None,
                "alias": alias,
                "previous_version": previous_version,
                "previous_model_name": previous_model_name,
                "principal": caller.principal(),
                "state": encode_version(state) if is_version else encode_model(state),  # type: ignore[arg-type]
                "promotion_request_id": promotion_request_id,
                "target_stage": target_stage,
            }
        )

    def _append_events(self, conn: Connection, pending: list[dict[str, Any]]) -> int | None:
        """Numbers and stores the transaction's events last, so the counter's row lock is held briefly."""
        if not pending:
            return None
        advance = _ADVANCE_LOG_AND_NOTIFY if self._pg else _ADVANCE_LOG
        head = int(conn.execute(advance, {"n": len(pending)}).one()[0])
        first = head - len(pending) + 1
        conn.execute(insert(events), [{"revision": first + i, **e} for i, e in enumerate(pending)])
        return head

    def ping(self) -> None:
        self._run(lambda conn: conn.execute(select(func.count()).where(false())).scalar(), False)
