"""Webhooks in SQL: subscriptions, the delivery outbox, leases and attempts.

Deliveries are queued in the transaction that advances a webhook's cursor in
the event log, so each (webhook, event) is queued exactly once. Replicas
claim due deliveries under a lease (PostgreSQL: SELECT ... FOR UPDATE SKIP
LOCKED; SQLite has one process and one writer); only the oldest pending
delivery of a webhook is ever claimable, which keeps each webhook's
deliveries in revision order.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, and_, case, delete, exists, func, insert, or_, select, update

from regserver.domain.errors import FailedPrecondition, NotFound
from regserver.domain.models import Event, EventType, RequestKey
from regserver.domain.webhooks import (
    Attempt,
    Delivery,
    DeliveryJob,
    DeliveryStatus,
    Webhook,
    WebhookChanges,
    WebhookCursor,
    WebhookFields,
)
from regserver.store.paging import fetch_page
from regserver.store.rows import check_etag, etag
from regserver.store.schema import event_log, events, webhook_attempts, webhook_deliveries, webhooks
from regserver.store.sql import SqlStore
from regserver.store.transactions import event_of

log = logging.getLogger(__name__)
T = TypeVar("T")
wh = webhooks
dl = webhook_deliveries
PENDING = DeliveryStatus.PENDING.value

# Given the webhooks behind the log and the events after the lowest cursor, the deliveries to queue:
# (webhook pk, event, body). Events at or before a webhook's own cursor must be skipped.
Plan = Callable[[Sequence[WebhookCursor], Sequence[Event]], list[tuple[int, Event, str]]]


def _missing(webhook_id: str) -> NotFound:
    return NotFound(f"webhook {webhook_id!r} not found", "WEBHOOK_NOT_FOUND", webhook_id=webhook_id)


def _hint(secret: str) -> str:
    return secret[-4:]


def _webhook(row: Row[Any]) -> Webhook:
    return Webhook(
        id=row.uid,
        url=row.url,
        event_types=[EventType(t) for t in json.loads(row.event_types)],
        model_names=json.loads(row.model_names),
        model_name_prefix=row.model_name_prefix,
        enabled=bool(row.enabled),
        description=row.description,
        create_time=row.create_time,
        update_time=row.update_time,
        etag=etag(row.revision),
        secret_hint=_hint(row.secret),
    )


class SqlWebhookStore:
    def __init__(self, store: SqlStore) -> None:
        self._store = store
        self._pg = store.engine.dialect.name == "postgresql"

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        return self._store._run(fn, write)

    def _row(self, conn: Connection, webhook_id: str, lock: bool = False) -> Row[Any]:
        query = select(wh).where(wh.c.uid == webhook_id)
        row = conn.execute(query.with_for_update() if lock and self._pg else query).first()
        if row is None:
            raise _missing(webhook_id)
        return row

    @staticmethod
    def _head(conn: Connection) -> int:
        return int(conn.execute(select(event_log.c.last_revision)).scalar_one())

    # ----- subscriptions ------------------------------------------------

    def create_webhook(self, new: WebhookFields, now: int, request: RequestKey | None) -> Webhook:
        def tx(conn: Connection) -> Webhook:
            replayed = self._store._replayed(conn, request, now)
            if replayed is not None:
                row = conn.execute(select(wh).where(wh.c.id == replayed)).first()
                if row is not None:
                    return _webhook(row)
            pk = conn.execute(
                insert(wh)
                .values(
                    uid="wh_" + uuid.uuid4().hex,
                    url=new.url,
                    event_types=json.dumps([t.value for t in new.event_types]),
                    model_names=json.dumps(new.model_names),
                    model_name_prefix=new.model_name_prefix,
                    secret=new.secret,
                    enabled=bool(new.enabled),
                    description=new.description,
                    create_time=now,
                    update_time=now,
                    revision=1,
                    # Events committed from now on.
                    cursor_revision=self._head(conn),
                )
                .returning(wh.c.id)
            ).scalar_one()
            self._store._remember(conn, request, pk, now)
            return _webhook(conn.execute(select(wh).where(wh.c.id == pk)).one())

        return self._run(tx)

    def get_webhook(self, webhook_id: str) -> Webhook:
        return self._run(lambda conn: _webhook(self._row(conn, webhook_id)), False)

    def webhook_target(self, webhook_id: str) -> tuple[str, str]:
        def tx(conn: Connection) -> tuple[str, str]:
            row = self._row(conn, webhook_id)
            return row.url, row.secret

        return self._run(tx, False)

    def list_webhooks(self, after: int | None, limit: int) -> tuple[list[Webhook], int | None]:
        def tx(conn: Connection) -> tuple[list[Webhook], int | None]:
            query = select(wh).order_by(wh.c.id)
            if after is not None:
                query = query.where(wh.c.id > after)
            rows, last = fetch_page(conn, query, limit)
            return [_webhook(r) for r in rows], last.id if last is not None else None

        return self._run(tx, False)

    def update_webhook(self, webhook_id: str, given_etag: str, changes: WebhookChanges, now: int) -> Webhook:
        def tx(conn: Connection) -> Webhook:
            row = self._row(conn, webhook_id, lock=True)
            check_etag(given_etag, row.revision, f"webhook {webhook_id!r}")
            values: dict[str, Any] = {"update_time": now, "revision": row.revision + 1}
            for name in ("url", "model_name_prefix", "secret", "description"):
                if getattr(changes, name) is not None:
                    values[name] = getattr(changes, name)
            if changes.event_types is not None:
                values["event_types"] = json.dumps([t.value for t in changes.event_types])
            if changes.model_names is not None:
                values["model_names"] = json.dumps(changes.model_names)
            if changes.enabled is not None:
                values["enabled"] = changes.enabled
                if changes.enabled and not row.enabled:
                    # Events committed while it was disabled are skipped.
                    values["cursor_revision"] = max(row.cursor_revision, self._head(conn))
            conn.execute(update(wh).where(wh.c.id == row.id).values(**values))
            return _webhook(conn.execute(select(wh).where(wh.c.id == row.id)).one())

        return self._run(tx)

    def delete_webhook(self, webhook_id: str, given_etag: str) -> None:
        def tx(conn: Connection) -> None:
            row = self._row(conn, webhook_id, lock=True)
            check_etag(given_etag, row.revision, f"webhook {webhook_id!r}")
            owned = select(dl.c.id).where(dl.c.webhook_id == row.id)
            conn.execute(delete(webhook_attempts).where(webhook_attempts.c.delivery_id.in_(owned)))
            conn.execute(delete(dl).where(dl.c.webhook_id == row.id))
            conn.execute(delete(wh).where(wh.c.id == row.id))

        self._run(tx)

    # ----- deliveries, as the API shows them ----------------------------

    def _deliveries(self, conn: Connection, rows: Sequence[Row[Any]]) -> list[Delivery]:
        attempts: dict[int, list[Attempt]] = {r.id: [] for r in rows}
        if rows:
            query = (
                select(webhook_attempts)
                .where(webhook_attempts.c.delivery_id.in_(list(attempts)))
                .order_by(webhook_attempts.c.delivery_id, webhook_attempts.c.number)
            )
            for a in conn.execute(query):
                attempts[a.delivery_id].append(Attempt(a.number, a.start_time, a.duration_us, a.http_status, a.error))
        return [
            Delivery(
                id=r.uid,
                webhook_id=r.webhook_uid,
                revision=r.revision,
                event_type=EventType(r.event_type),
                model_name=r.model_name,
                status=DeliveryStatus(r.status),
                attempt_count=r.attempt_count,
                next_attempt_time=r.next_attempt_time if r.status == PENDING else None,
                last_error=r.last_error,
                create_time=r.create_time,
                update_time=r.update_time,
                attempts=attempts[r.id],
            )
            for r in rows
        ]

    _DELIVERY_COLUMNS = (*(c for c in dl.c if c.name != "payload"), wh.c.uid.label("webhook_uid"))

    def list_deliveries(
        self, webhook_id: str, status: DeliveryStatus | None, before: int | None, limit: int
    ) -> tuple[list[Delivery], int | None]:
        def tx(conn: Connection) -> tuple[list[Delivery], int | None]:
            query = select(*self._DELIVERY_COLUMNS).join(wh, wh.c.id == dl.c.webhook_id)
            if webhook_id:
                query = query.where(dl.c.webhook_id == self._row(conn, webhook_id).id)
            if status is not None:
                query = query.where(dl.c.status == status.value)
            if before is not None:
                query = query.where(dl.c.id < before)
            rows, last = fetch_page(conn, query.order_by(dl.c.id.desc()), limit)
            return self._deliveries(conn, rows), last.id if last is not None else None

        return self._run(tx, False)

    def redeliver(self, delivery_id: str, now: int) -> Delivery:
        def tx(conn: Connection) -> Delivery:
            query = select(*self._DELIVERY_COLUMNS).join(wh, wh.c.id == dl.c.webhook_id).where(dl.c.uid == delivery_id)
            row = conn.execute(query.with_for_update(of=dl) if self._pg else query).first()
            if row is None:
                raise NotFound(
                    f"webhook delivery {delivery_id!r} not found", "WEBHOOK_DELIVERY_NOT_FOUND", delivery_id=delivery_id
                )
            if row.status == PENDING:
                raise FailedPrecondition(
                    f"webhook delivery {delivery_id!r} is still pending: it is attempted again on its own",
                    "WEBHOOK_DELIVERY_PENDING",
                    delivery_id=delivery_id,
                )
            conn.execute(
                update(dl)
                .where(dl.c.id == row.id)
                .values(status=PENDING, queued_attempts=0, next_attempt_time=now, leased_until=None, update_time=now)
            )
            return self._deliveries(conn, [conn.execute(query.where(dl.c.id == row.id)).one()])[0]

        return self._run(tx)

    def prune_deliveries(self, updated_before: int) -> int:
        """Deletes deliveries that succeeded or failed before the cutoff; returns how many."""

        def tx(conn: Connection) -> int:
            done = select(dl.c.id).where(dl.c.status != PENDING, dl.c.update_time < updated_before)
            conn.execute(delete(webhook_attempts).where(webhook_attempts.c.delivery_id.in_(done)))
            removed = conn.execute(delete(dl).where(dl.c.status != PENDING, dl.c.update_time < updated_before))
            return int(removed.rowcount)

        return self._run(tx)

    # ----- the dispatcher's side ----------------------------------------

    def webhook_backlog(self) -> tuple[int, int]:
        """(enabled webhooks, those with events after their cursor); read-only, so cheap to ask often."""
        head = select(event_log.c.last_revision).scalar_subquery()
        query = select(func.count(), func.coalesce(func.sum(case((wh.c.cursor_revision < head, 1), else_=0)), 0)).where(
            wh.c.enabled.is_(True)
        )

        def tx(conn: Connection) -> tuple[int, int]:
            enabled, behind = conn.execute(query).one()
            return int(enabled), int(behind)

        return self._run(tx, False)

    def enqueue_deliveries(self, plan: Plan, now: int, limit: int) -> bool:
        """Queues deliveries for up to `limit` events after the lowest cursor; True if more events remain."""

        def tx(conn: Connection) -> bool:
            head, compacted = conn.execute(select(event_log.c.last_revision, event_log.c.compacted_revision)).one()
            query = (
                select(wh.c.id, wh.c.cursor_revision, wh.c.event_types, wh.c.model_names, wh.c.model_name_prefix)
                .where(wh.c.enabled.is_(True), wh.c.cursor_revision < head)
                .order_by(wh.c.id)
            )
            if self._pg:
                # Another replica queueing for one of these webhooks holds its row: leave it that one.
                query = query.with_for_update(skip_locked=True)
            rows = conn.execute(query).all()
            if not rows:
                return False
            low = min(r.cursor_revision for r in rows)
            batch = [
                event_of(r)
                for r in conn.execute(
                    select(events).where(events.c.revision > low).order_by(events.c.revision).limit(limit)
                )
            ]
            if low < compacted and (not batch or batch[0].revision > low + 1):
                log.warning(
                    "events %d to %d were compacted away before webhook deliveries were queued for them",
                    low + 1,
                    batch[0].revision - 1 if batch else compacted,
                )
            upto = batch[-1].revision if batch else head
            cursors = [
                WebhookCursor(
                    pk=r.id,
                    cursor_revision=r.cursor_revision,
                    event_types=frozenset(EventType(t) for t in json.loads(r.event_types)),
                    model_names=frozenset(json.loads(r.model_names)),
                    model_name_prefix=r.model_name_prefix,
                )
                for r in rows
            ]
            queued = plan(cursors, batch)
            if queued:
                conn.execute(
                    insert(dl),
                    [
                        {
                            "uid": "dlv_" + uuid.uuid4().hex,
                            "webhook_id": pk,
                            "revision": event.revision,
                            "event_type": event.type.value,
                            "model_name": event.model_name,
                            "payload": body,
                            "status": PENDING,
                            "attempt_count": 0,
                            "queued_attempts": 0,
                            "next_attempt_time": now,
                            "leased_until": None,
                            "last_error": "",
                            "create_time": now,
                            "update_time": now,
                        }
                        for pk, event, body in queued
                    ],
                )
            conn.execute(
                update(wh)
                .where(wh.c.id.in_([r.id for r in rows]), wh.c.cursor_revision < upto)
                .values(cursor_revision=upto)
            )
            return bool(upto < head)

        return self._run(tx)

    @staticmethod
    def _blocked(now: int) -> Any:
        """A delivery waits while an older one of its webhook is pending, or another is being attempted."""
        other = dl.alias("other")
        return exists().where(
            other.c.webhook_id == dl.c.webhook_id,
            other.c.status == PENDING,
            other.c.id != dl.c.id,
            or_(other.c.revision < dl.c.revision, other.c.leased_until > now),
        )

    def next_due(self) -> int | None:
        """The earliest time a queue head (the oldest pending delivery of an enabled webhook) needs attention:
        its next attempt, or the expiry of its lease."""
        older = dl.alias("older")
        query = (
            select(func.min(func.coalesce(dl.c.leased_until, dl.c.next_attempt_time)))
            .select_from(dl.join(wh, wh.c.id == dl.c.webhook_id))
            .where(
                dl.c.status == PENDING,
                wh.c.enabled.is_(True),
                ~exists().where(
                    older.c.webhook_id == dl.c.webhook_id, older.c.status == PENDING, older.c.revision < dl.c.revision
                ),
            )
        )
        return self._run(lambda conn: conn.execute(query).scalar(), False)

    def claim_deliveries(self, now: int, lease_us: int, limit: int) -> list[DeliveryJob]:
        def tx(conn: Connection) -> list[DeliveryJob]:
            query = (
                select(
                    dl.c.id, dl.c.uid, dl.c.payload, dl.c.attempt_count, dl.c.queued_attempts, dl.c.create_time,
                    wh.c.uid.label("webhook_uid"), wh.c.url, wh.c.secret,
                )
                .join(wh, wh.c.id == dl.c.webhook_id)
                .where(
                    dl.c.status == PENDING,
                    dl.c.next_attempt_time <= now,
                    or_(dl.c.leased_until.is_(None), dl.c.leased_until <= now),
                    wh.c.enabled.is_(True),
                    ~self._blocked(now),
                )
                .order_by(dl.c.next_attempt_time, dl.c.id)
                .limit(limit)
            )  # fmt: skip
            if self._pg:
                # Replicas claiming at once skip each other's rows instead of waiting for them.
                query = query.with_for_update(of=dl, skip_locked=True)
            rows = conn.execute(query).all()
            if not rows:
                return []
            leased_until = now + lease_us
            conn.execute(update(dl).where(dl.c.id.in_([r.id for r in rows])).values(leased_until=leased_until))
            return [
                DeliveryJob(
                    pk=r.id,
                    id=r.uid,
                    webhook_id=r.webhook_uid,
                    url=r.url,
                    secret=r.secret,
                    body=r.payload,
                    attempt_count=r.attempt_count,
                    queued_attempts=r.queued_attempts,
                    leased_until=leased_until,
                    create_time=r.create_time,
                )
                for r in rows
            ]

        return self._run(tx)

    def record_attempt(
        self,
        job: DeliveryJob,
        attempt: Attempt,
        status: DeliveryStatus,
        next_attempt_time: int | None,
        error: str,
        now: int,
    ) -> bool:
        """Stores an attempt and the delivery's new state; False if this process no longer held the lease."""

        def tx(conn: Connection) -> bool:
            changed = conn.execute(
                update(dl)
                .where(dl.c.id == job.pk, dl.c.leased_until == job.leased_until)
                .values(
                    status=status.value,
                    attempt_count=dl.c.attempt_count + 1,
                    queued_attempts=dl.c.queued_attempts + 1,
                    next_attempt_time=next_attempt_time,
                    leased_until=None,
                    last_error=error,
                    update_time=now,
                )
            ).rowcount
            if not changed:
                return False
            conn.execute(
                insert(webhook_attempts).values(
                    delivery_id=job.pk,
                    number=attempt.number,
                    start_time=attempt.start_time,
                    duration_us=attempt.duration_us,
                    http_status=attempt.http_status,
                    error=attempt.error,
                )
            )
            return True

        return self._run(tx)

    def release_leases(self, jobs: Sequence[DeliveryJob] | None = None) -> None:
        """Gives up leases (all of them when jobs is None: SQLite's single process, at start-up)."""

        def tx(conn: Connection) -> None:
            if jobs is None:
                conn.execute(update(dl).where(dl.c.leased_until.is_not(None)).values(leased_until=None))
                return
            for job in jobs:
                conn.execute(
                    update(dl)
                    .where(and_(dl.c.id == job.pk, dl.c.leased_until == job.leased_until))
                    .values(leased_until=None)
                )

        self._run(tx)
