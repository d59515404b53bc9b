"""Delivers webhooks from the event log: one dispatcher task per server process.

Each round it (1) queues deliveries for the events after each webhook's
cursor, in the transaction that advances the cursor, (2) leases the due
deliveries at the head of each webhook's queue and attempts them
concurrently, recording each attempt and the delivery's next state. It wakes
when the hub reads new events, when an attempt finishes, when a retry falls
due, and on a slow poll. Leases make a delivery one replica's at a time; a
lease left by a killed process expires and the delivery is attempted again
(at least once).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from regserver.domain.errors import RegistryError
from regserver.domain.models import Event
from regserver.domain.registry import now_us
from regserver.domain.webhooks import (
    Attempt,
    DeliveryJob,
    DeliveryStatus,
    RetryPolicy,
    Sender,
    WebhookCursor,
)
from regserver.events.hub import WatchFilter

log = logging.getLogger(__name__)
T = TypeVar("T")

# Events read per queueing transaction, and attempts in flight per process.
BATCH = 200
CONCURRENCY = 16
# A lease lasts twice an attempt's timeout and a second (time to record the attempt) before another
# replica may take the delivery over.
LEASE_MARGIN_SECONDS = 1.0

Plan = Callable[[Sequence[WebhookCursor], Sequence[Event]], list[tuple[int, Event, str]]]


class DeliveryStore(Protocol):
    def webhook_backlog(self) -> tuple[int, int]: ...
    def enqueue_deliveries(self, plan: Plan, now: int, limit: int) -> bool: ...
    def next_due(self) -> int | None: ...
    def claim_deliveries(self, now: int, lease_us: int, limit: int) -> list[DeliveryJob]: ...
    def record_attempt(
        self,
        job: DeliveryJob,
        attempt: Attempt,
        status: DeliveryStatus,
        next_attempt_time: int | None,
        error: str,
        now: int,
    ) -> bool: ...
    def release_leases(self, jobs: Sequence[DeliveryJob] | None = None) -> None: ...


_OUTCOMES = {
    DeliveryStatus.SUCCEEDED: "succeeded",
    DeliveryStatus.PENDING: "retrying",
    DeliveryStatus.FAILED: "failed",
}


class WebhookDispatcher:
    def __init__(
        self,
        store: DeliveryStore,
        executor: ThreadPoolExecutor,
        sender: Sender,
        policy: RetryPolicy,
        render: Callable[[Event], str],
        *,
        timeout_seconds: float,
        poll_interval: float = 1.0,
        single_process: bool = False,
    ) -> None:
        self._store = store
        self._executor = executor
        self._sender = sender
        self._policy = policy
        self._render = render
        self._poll = poll_interval
        self._lease_us = int((2 * timeout_seconds + LEASE_MARGIN_SECONDS) * 1_000_000)
        self._single_process = single_process
        self._rng = random.Random()
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._in_flight: dict[asyncio.Task[None], DeliveryJob] = {}
        # Whether the log may have moved past some webhook's cursor, and whether any webhook is enabled.
        self._log_moved = True
        self._any_webhooks = True
        self._closed = False
        # Observability: called after each recorded attempt with its outcome ("succeeded", "retrying",
        # "failed"), how long the attempt took and, for a success, the seconds since the delivery was queued.
        self.on_attempt: Callable[[str, float, float | None], None] | None = None

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="webhook-dispatcher")

    def on_head(self, head: int) -> None:
        """The hub read new events (called on the event loop)."""
        self._log_moved = True
        if self._wake is not None:
            self._wake.set()

    def wake(self) -> None:
        """Thread-safe: something was queued (a redelivery) or a webhook changed."""
        self._log_moved = True
        self._any_webhooks = True
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    # ----- the loop -----------------------------------------------------

    async def _run(self) -> None:
        assert self._wake is not None
        if self._single_process:
            # SQLite is served by one process: any lease left is a killed predecessor's.
            try:
                await self._call(self._store.release_leases, None)
            except RegistryError as e:
                log.warning("cannot release stale webhook leases: %s", e.message)
        while not self._closed:
            self._wake.clear()
            timeout = self._poll
            try:
                delay = await self._round()
                if delay is not None:
                    timeout = min(timeout, delay)
            except RegistryError as e:
                log.warning("webhook dispatcher cannot reach the database: %s", e.message)
            except Exception:
                log.exception("webhook dispatcher round failed")
            if timeout <= 0:
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout)
                continue
            # The poll: webhooks created through other replicas are noticed here.
            self._log_moved = self._any_webhooks = True

    async def _round(self) -> float | None:
        """Queues and claims what it can; returns how long until something falls due, if anything will.

        Without webhooks it costs nothing; otherwise reads, and takes a write transaction only when a
        delivery is due: on SQLite the dispatcher shares the single writer with every registry write.
        """
        await self._enqueue()
        if not self._any_webhooks and not self._in_flight:
            return None
        next_due = await self._call(self._store.next_due)
        if next_due is None:
            return None
        delay = (next_due - now_us()) / 1_000_000
        if delay > 0:
            return delay
        if await self._claim():
            return 0.0  # look again at once: more may be due
        # Due but held back (an attempt of its webhook in flight, or no free slot): that attempt's end wakes us.
        return None

    async def _enqueue(self) -> None:
        if not self._log_moved:
            return
        self._log_moved = False
        if not self._any_webhooks:
            return
        enabled, behind = await self._call(self._store.webhook_backlog)
        self._any_webhooks = enabled > 0
        more = behind > 0
        while more and not self._closed:
            more = await self._call(self._store.enqueue_deliveries, self._plan, now_us(), BATCH)

    def _plan(self, cursors: Sequence[WebhookCursor], batch: Sequence[Event]) -> list[tuple[int, Event, str]]:
        """Runs inside the queueing transaction: which events each webhook gets, and their bodies."""
        bodies: dict[int, str] = {}
        queued = []
        for cursor in cursors:
            watch = WatchFilter(cursor.model_names, cursor.model_name_prefix, cursor.event_types)
            for event in batch:
                if event.revision > cursor.cursor_revision and watch.matches(event):
                    if event.revision not in bodies:
                        bodies[event.revision] = self._render(event)
                    queued.append((cursor.pk, event, bodies[event.revision]))
        return queued

    async def _claim(self) -> int:
        slots = CONCURRENCY - len(self._in_flight)
        if slots <= 0:
            return 0
        jobs = await self._call(self._store.claim_deliveries, now_us(), self._lease_us, slots)
        for job in jobs:
            task = asyncio.create_task(self._attempt(job), name=f"webhook-{job.id}")
            self._in_flight[task] = job
            task.add_done_callback(self._done)
        return len(jobs)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(task, None)
        if self._wake is not None:
            self._wake.set()

    async def _attempt(self, job: DeliveryJob) -> None:
        try:
            result = await self._sender.send(job.url, job.secret, job.id, job.body.encode())
            attempt = Attempt(
                job.attempt_count + 1, result.start_time, result.duration_us, result.http_status, result.error
            )
            now = now_us()
            status, next_time, error = self._policy.decide(result, job.queued_attempts + 1, now, self._rng)
            recorded = await self._call(self._store.record_attempt, job, attempt, status, next_time, error, now)
            if not recorded:
                log.warning("webhook delivery %s: no longer leased (deleted, or taken over) when recorded", job.id)
                return
            if status is DeliveryStatus.FAILED:
                log.warning("webhook delivery %s to %s failed: %s", job.id, job.url, error)
            if self.on_attempt is not None:
                succeeded = status is DeliveryStatus.SUCCEEDED
                self.on_attempt(
                    _OUTCOMES[status], result.duration_us / 1e6, (now - job.create_time) / 1e6 if succeeded else None
                )
        except RegistryError as e:
            # The lease expires and the delivery is attempted again.
            log.warning("webhook delivery %s: cannot record the attempt: %s", job.id, e.message)
        except Exception:
            log.exception("webhook delivery %s: unexpected error", job.id)

    async def close(self) -> None:
        self._closed = True
        tasks = [t for t in (self._task, *self._in_flight) if t is not None]
        unfinished = list(self._in_flight.values())
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if unfinished:
            # Let another replica (or the next start) take them over at once.
            with contextlib.suppress(RegistryError):
                await self._call(self._store.release_leases, unfinished)
