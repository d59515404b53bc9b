"""Writes audit records after each recorded call and lists them.

The mutations of the services in audit/in_transaction.py write their own record in the
change's transaction; only their failures come here. Every other recorded call comes here.

A record is queued once the call has its status and the call answers at once; one task
writes the queue in batches (gathered for up to LINGER_SECONDS), each batch one transaction
under the chain lock, so auditing adds no write to the call's own latency. A full queue
(MAX_PENDING) makes calls wait for the writer: memory stays bounded. A failure to write is
logged (with the request ids) and counted; it does not change answers already given, because
the changes are committed.
Listing and verifying first wait for what this process has queued, and a graceful stop
writes the queue out; a crash can lose what was still queued (see audit.proto).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from regserver.audit.chain import AuditFilter, AuditRecord, Verdict
from regserver.domain.errors import invalid_field
from regserver.domain.models import Page
from regserver.domain.threads import in_thread
from regserver.domain.tracking import decode_token, encode_token

log = logging.getLogger(__name__)
MAX_PAGE = 1000
DEFAULT_PAGE = 100
# Calls whose names start so only read; every other RPC changes something and is recorded.
READ_PREFIXES = ("Get", "List", "Compare", "Find", "Query", "Read", "Watch")
MAX_PENDING = 10_000
BATCH = 500
# How long the writer lets records gather after the first of a batch: one transaction per
# LINGER_SECONDS under steady load instead of one per call (each would contend for the writer).
LINGER_SECONDS = 0.05


class AuditStore(Protocol):
    def append(self, records: Sequence[AuditRecord]) -> list[AuditRecord]: ...
    def list(self, where: AuditFilter, after: int | None, limit: int) -> tuple[list[AuditRecord], int | None]: ...
    def verify(self) -> Verdict: ...


def is_mutation(method: str) -> bool:
    return not method.rsplit("/", 1)[-1].startswith(READ_PREFIXES)


class Recorder:
    def __init__(self, store: AuditStore, executor: ThreadPoolExecutor) -> None:
        self._store = store
        self._executor = executor
        self.failures = 0
        self._queue: asyncio.Queue[AuditRecord] | None = None
        self._writer: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._queue = asyncio.Queue(MAX_PENDING)
        self._writer = asyncio.create_task(self._write(self._queue), name="audit-writer")

    @property
    def pending(self) -> int:
        """Records queued, not yet written (a metric)."""
        return self._queue.qsize() if self._queue is not None else 0

    async def record(self, record: AuditRecord) -> None:
        """Queues the record; waits only while MAX_PENDING records are already waiting."""
        if self._queue is None:
            raise RuntimeError("the audit recorder is not started")
        await self._queue.put(record)

    async def _write(self, queue: asyncio.Queue[AuditRecord]) -> None:
        while True:
            batch = [await queue.get()]
            await asyncio.sleep(LINGER_SECONDS)
            while len(batch) < BATCH and not queue.empty():
                batch.append(queue.get_nowait())
            try:
                await self._append(batch)
            finally:
                for _ in batch:
                    queue.task_done()

    async def _append(self, batch: list[AuditRecord]) -> None:
        try:
            await in_thread(self._executor, self._store.append, batch)
        except Exception:
            if len(batch) > 1:
                # One record the database refuses must not take the others down with it.
                for record in batch:
                    await self._append([record])
                return
            self.failures += 1
            log.exception(
                "could not write the audit record of request %s; the call's result stands", batch[0].request_id
            )

    async def flush(self) -> None:
        """Returns once every record queued so far is written (or counted as failed)."""
        if self._queue is not None:
            await self._queue.join()

    async def close(self) -> None:
        await self.flush()
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer

    async def list(self, where: AuditFilter, page_size: int, page_token: str) -> Page[AuditRecord]:
        if page_size < 0:
            raise invalid_field("page_size", f"page_size must be 0 (default {DEFAULT_PAGE}) or more, got {page_size}")
        if where.start_time is not None and where.end_time is not None and where.end_time <= where.start_time:
            raise invalid_field("end_time", "end_time must be after start_time")
        await self.flush()  # this replica's own calls are listed
        scope = f"audit:{where!r}"
        after = decode_token(page_token, scope, [int])[0] if page_token else None
        items, last = await in_thread(
            self._executor, self._store.list, where, after, min(page_size or DEFAULT_PAGE, MAX_PAGE)
        )
        return Page(items, encode_token(scope, [last]) if last is not None else "")

    async def verify(self) -> Verdict:
        await self.flush()
        return await in_thread(self._executor, self._store.verify)
