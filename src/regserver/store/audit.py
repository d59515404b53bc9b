"""Audit records in SQL: appended under the chain head's row lock, listed, and verified."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, Row, Select, bindparam, insert, select, update

from regserver.audit.chain import AuditFilter, AuditRecord, Verdict, chained, verify
from regserver.store.paging import fetch_page
from regserver.store.schema import audit_chain, audit_records

T = TypeVar("T")


class Transactional(Protocol):
    """Runs a function in one transaction (a SqlStore); typed here, as transactions.py imports append_in."""

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T: ...


ar = audit_records
_BATCH = 1000


def _record(row: Row[Any]) -> AuditRecord:
    return AuditRecord(
        time=row.time,
        principal=row.principal,
        method=row.method,
        resource=row.resource,
        model_name=row.model_name,
        request_id=row.request_id,
        code=row.code,
        request_json=row.request_json,
        before_json=row.before_json,
        after_json=row.after_json,
        sequence=row.sequence,
        previous_hash=row.previous_hash,
        hash=row.hash,
    )


def _records(conn: Connection, query: Select[Any]) -> list[AuditRecord]:
    return [_record(r) for r in conn.execute(query).all()]


_HEAD = select(audit_chain.c.last_sequence, audit_chain.c.last_hash).where(audit_chain.c.id == 1).with_for_update()
_INSERT = insert(ar)
_ADVANCE = (
    update(audit_chain)
    .where(audit_chain.c.id == 1)
    .values(last_sequence=bindparam("b_sequence"), last_hash=bindparam("b_hash"))
)
# PostgreSQL: one record and the head's move in one statement (a data-modifying CTE), one round
# trip fewer in every audited change. SQLite has no UPDATE in a WITH clause.
_INSERT_ONE_AND_ADVANCE = insert(ar).add_cte(_ADVANCE.cte("advance"))
_COLUMNS = tuple(ar.c.keys())


def append_in(conn: Connection, records: Sequence[AuditRecord]) -> list[AuditRecord]:
    """Chains and stores records in the transaction of `conn` (a batch, or the change they record)."""
    # The head row's lock (FOR UPDATE on PostgreSQL; SQLite has one writer) serialises appends.
    sequence, previous = conn.execute(_HEAD).one()
    linked = []
    for record in records:
        sequence += 1
        link = chained(record, sequence, previous)
        previous = link.hash
        linked.append(link)
    rows = [{k: getattr(link, k) for k in _COLUMNS} for link in linked]
    head = {"b_sequence": sequence, "b_hash": previous}
    if len(rows) == 1 and conn.dialect.name == "postgresql":
        conn.execute(_INSERT_ONE_AND_ADVANCE, {**rows[0], **head})
        return linked
    conn.execute(_INSERT, rows[0] if len(rows) == 1 else rows)
    conn.execute(_ADVANCE, head)
    return linked


class SqlAuditStore:
    def __init__(self, store: Transactional) -> None:
        self._store = store

    def append(self, records: Sequence[AuditRecord]) -> list[AuditRecord]:
        """Chains and stores records in order, in one transaction."""
        return self._store._run(partial(append_in, records=records))

    def list(self, where: AuditFilter, after: int | None, limit: int) -> tuple[list[AuditRecord], int | None]:
        def tx(conn: Connection) -> tuple[list[AuditRecord], int | None]:
            query = select(ar)
            if where.model_name:
                query = query.where(ar.c.model_name == where.model_name)
            if where.principal:
                query = query.where(ar.c.principal == where.principal)
            if where.method:
                if where.method.startswith("/"):
                    query = query.where(ar.c.method == where.method)
                else:
                    query = query.where(ar.c.method.endswith("/" + where.method))
            if where.start_time is not None:
                query = query.where(ar.c.time >= where.start_time)
            if where.end_time is not None:
                query = query.where(ar.c.time < where.end_time)
            if after is not None:
                query = query.where(ar.c.sequence > after)
            rows, last = fetch_page(conn, query.order_by(ar.c.sequence), limit)
            return [_record(r) for r in rows], last.sequence if last is not None else None

        return self._store._run(tx, False)

    def verify(self) -> Verdict:
        """Walks the whole chain, then checks it ends at the head (a deleted last record shows there)."""
        sequence, previous, checked = 0, "", 0
        while True:
            query = select(ar).where(ar.c.sequence > sequence).order_by(ar.c.sequence).limit(_BATCH)
            batch = self._store._run(partial(_records, query=query), False)
            if not batch:
                break
            broken = verify(batch, sequence, previous)
            if broken is not None:
                return Verdict(checked, broken.broken_at, broken.reason)
            checked += len(batch)
            sequence, previous = batch[-1].sequence, batch[-1].hash
        head = self._store._run(lambda conn: conn.execute(select(audit_chain)).one(), False)
        if int(head.last_sequence) > sequence:
            return Verdict(
                checked, sequence + 1, f"record {sequence + 1} is missing (the chain head is at {head.last_sequence})"
            )
        if head.last_hash != previous:
            return Verdict(checked, sequence, f"record {sequence} does not match the chain head's hash")
        return Verdict(checked)
