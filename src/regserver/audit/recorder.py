"""Writes audit records after each recorded call and lists them.

A record is written in its own transaction once the call has its status: a failure to
write it is logged (with the request id) and does not change the call's answer, because
the change it records is already committed (see audit.proto).
"""

from __future__ import annotations

import logging
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


class AuditStore(Protocol):
    def append(self, record: AuditRecord) -> AuditRecord: ...
    def list(self, where: AuditFilter, after: int | None, limit: int) -> tuple[list[AuditRecord], int | None]: ...
    def verify(self) -> Verdict: ...


def is_mutation(method: str) -> bool:
    return not method.rsplit("/", 1)[-1].startswith(READ_PREFIXES)


class Recorder:
    def __init__(self, store: AuditStore, executor: ThreadPoolExecutor) -> None:
        self._store = store
        self._executor = executor
        self.failures = 0

    async def record(self, record: AuditRecord) -> None:
        try:
            await in_thread(self._executor, self._store.append, record)
        except Exception:
            self.failures += 1
            log.exception(
                "could not write the audit record of %s (request_id=%s, code %s); the call's result stands",
                record.method,
                record.request_id,
                record.code,
            )

    async def list(self, where: AuditFilter, page_size: int, page_token: str) -> Page[AuditRecord]:
        if page_size < 0:
            raise invalid_field("page_size", f"page_size must be 0 (default {DEFAULT_PAGE}) or more, got {page_size}")
        if where.start_time is not None and where.end_time is not None and where.end_time <= where.start_time:
            raise invalid_field("end_time", "end_time must be after start_time")
        scope = f"audit:{where!r}"
        after = decode_token(page_token, scope, [int])[0] if page_token else None
        items, last = await in_thread(
            self._executor, self._store.list, where, after, min(page_size or DEFAULT_PAGE, MAX_PAGE)
        )
        return Page(items, encode_token(scope, [last]) if last is not None else "")

    async def verify(self) -> Verdict:
        return await in_thread(self._executor, self._store.verify)
