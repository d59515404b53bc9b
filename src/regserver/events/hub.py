"""Fans committed events out to Watch streams.

One task per process tails the event table (woken by local commits, by
PostgreSQL NOTIFY from other replicas, and by a slow poll as a safety net)
into a ring of recent events. Each watcher reads from the ring, or from the
database while it is further behind than the ring reaches, so a slow or
resuming watcher never holds up writers or other watchers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncGenerator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain.errors import OutOfRange, RegistryError, Unavailable
from regserver.domain.models import Event, EventType, ModelSnapshot

log = logging.getLogger(__name__)
T = TypeVar("T")

RING = 10_000
BATCH = 1000
# How often idle watchers' progress deadlines are checked: a progress message is at most this late.
TICK = 0.1
_ALIAS_EVENTS = frozenset({EventType.ALIAS_SET, EventType.ALIAS_DELETED})


class EventLog(Protocol):
    def head_revision(self) -> int: ...
    def log_bounds(self) -> tuple[int, int]: ...
    def read_events(self, after: int, limit: int) -> list[Event]: ...
    def snapshot(self, names: list[str], prefix: str) -> tuple[int, list[ModelSnapshot]]: ...


@dataclass(frozen=True)
class WatchFilter:
    names: frozenset[str] = frozenset()
    prefix: str = ""
    types: frozenset[EventType] = frozenset()
    aliases: frozenset[str] = frozenset()

    def matches(self, event: Event) -> bool:
        # Called once per watcher per event: no sets built here.
        name, previous = event.model_name or "", event.previous_model_name or ""
        if self.names and name not in self.names and previous not in self.names:
            return False
        if self.prefix and not (name.startswith(self.prefix) or previous.startswith(self.prefix)):
            return False
        if self.types and event.type not in self.types:
            return False
        return not (self.aliases and event.type in _ALIAS_EVENTS and event.alias not in self.aliases)


@dataclass(frozen=True)
class Progress:
    revision: int


@dataclass
class _Ring:
    events: list[Event] = field(default_factory=list)

    def first(self, head: int) -> int:
        return self.events[0].revision if self.events else head + 1

    def after(self, revision: int) -> list[Event]:
        if not self.events:
            return []
        start = max(0, revision + 1 - self.events[0].revision)  # revisions in the ring are contiguous
        return self.events[start : start + BATCH]

    def extend(self, batch: list[Event]) -> None:
        if self.events and batch[0].revision != self.events[-1].revision + 1:
            self.events.clear()  # compaction left a hole: keep only contiguous revisions
        self.events.extend(batch)
        if len(self.events) > 2 * RING:
            del self.events[:-RING]


class EventHub:
    def __init__(self, log_store: EventLog, executor: ThreadPoolExecutor, poll_interval: float = 1.0) -> None:
        self._store = log_store
        self._executor = executor
        self._poll_interval = poll_interval
        self._ring = _Ring()
        self.head = 0
        # Each waiting watcher's own future and the loop time it wants to wake by (for progress).
        # All are resolved in one pass when the head moves, and a due one by the ticker: no timer,
        # shield or task per watcher per wait, which at 1,000 watchers is most of the fan-out's cost.
        self._waiters: dict[asyncio.Future[None], float] = {}
        self._ticker: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._head_listeners: list[Callable[[int], None]] = []
        self.closed = False
        # Open watch streams in this process (also a metric). With none, the hub follows the head
        # without reading events: a watcher that starts later reads what it needs from the store.
        self.watchers = 0
        # The newest head a wake-up announced, and whether a wake-up came without one.
        self._hinted_head = 0
        self._unhinted = True
        self._hint_lock = threading.Lock()
        # The tail is reading the log (committed() then leaves the events to it).
        self._reading = False
        # The newest head this process committed: its events reach the hub through committed(),
        # so a NOTIFY of that head (PostgreSQL echoes our own) need not wake the tail.
        self._committed_head = 0
        self._published_at = 0.0

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self.head = await self._call(self._store.head_revision)
        self._task = asyncio.create_task(self._tail(), name="event-hub")
        self._ticker = asyncio.create_task(self._tick(), name="event-hub-progress")

    def on_head(self, listener: Callable[[int], None]) -> None:
        """Calls listener(head), on the event loop, each time the hub has read newer events."""
        self._head_listeners.append(listener)

    def wake(self, head: int | None = None) -> None:
        """Thread-safe: a commit (here or on another replica) may have appended events."""
        with self._hint_lock:
            if head is None:
                self._unhinted = True
            elif head > self._hinted_head:
                self._hinted_head = head
            if head is not None and head <= self._committed_head:
                return
        if self._loop is not None and self._wake is not None and (head is None or head > self.head):
            self._loop.call_soon_threadsafe(self._wake.set)

    def committed(self, head: int, events: Callable[[], list[Event]]) -> None:
        """Thread-safe: this process committed the events up to `head`; `events()` builds them.

        When they follow on from the hub's head, watchers get them without the hub reading
        them back from the database; otherwise (another commit's events came first, or there
        are no watchers) this is a wake-up like any other.
        """
        with self._hint_lock:
            self._hinted_head = max(self._hinted_head, head)
            self._committed_head = max(self._committed_head, head)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._take, head, events)

    def _take(self, head: int, events: Callable[[], list[Event]]) -> None:
        if head <= self.head or self._wake is None:
            return
        if self.closed or self.watchers == 0 or self._reading:
            self._wake.set()
            return
        batch = events()
        if not batch or batch[0].revision != self.head + 1:
            self._wake.set()  # a gap: the tail reads the log
            return
        self._ring.extend(batch)
        self.head = batch[-1].revision
        self._publish()

    async def _follow_head(self) -> bool:
        """Without watchers: move the head to the newest announced (or, if unsure, stored) revision."""
        with self._hint_lock:
            head, unsure = self._hinted_head, self._unhinted
            self._unhinted = False
        if unsure:
            head = max(head, await self._call(self._store.head_revision))
        if head <= self.head:
            return False
        self._ring.events.clear()  # the ring holds contiguous revisions only; these were not read
        self.head = head
        return True

    def _notify_watchers(self) -> None:
        waiters, self._waiters = self._waiters, {}
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _tick(self) -> None:
        assert self._loop is not None
        while not self.closed:
            await asyncio.sleep(TICK)
            now = self._loop.time()
            due = [waiter for waiter, deadline in self._waiters.items() if deadline <= now]
            for waiter in due:
                del self._waiters[waiter]
                if not waiter.done():
                    waiter.set_result(None)

    async def _wait(self, timeout: float) -> None:
        """Until the head moves, the hub closes, or about `timeout` seconds pass."""
        assert self._loop is not None
        waiter = self._loop.create_future()
        self._waiters[waiter] = self._loop.time() + timeout
        try:
            await waiter
        finally:
            self._waiters.pop(waiter, None)

    def busy(self, within: float = 0.5) -> bool:
        """Whether events reached watchers in the last `within` seconds (their fan-out may still run)."""
        return self.watchers > 0 and time.monotonic() - self._published_at < within

    def _publish(self) -> None:
        self._published_at = time.monotonic()
        self._notify_watchers()
        for listener in self._head_listeners:
            listener(self.head)

    async def _tail(self) -> None:
        assert self._wake is not None
        while not self.closed:
            # The timeout is the safety-net poll: a lost NOTIFY delays delivery, never loses it.
            try:
                await asyncio.wait_for(self._wake.wait(), self._poll_interval)
            except TimeoutError:
                self._unhinted = True  # the safety-net poll asks the store
            self._wake.clear()
            try:
                if self.watchers == 0:
                    if await self._follow_head():
                        self._publish()
                    continue
                while True:
                    self._reading = True
                    try:
                        batch = await self._call(self._store.read_events, self.head, BATCH)
                    finally:
                        self._reading = False
                    if not batch:
                        break
                    self._ring.extend(batch)
                    self.head = batch[-1].revision
                    self._publish()
                    if len(batch) < BATCH:
                        break
            except RegistryError as e:
                log.warning("event hub cannot read the event log: %s", e.message)

    async def close(self) -> None:
        """Ends every watch with UNAVAILABLE (clients resume elsewhere)."""
        self.closed = True
        self._notify_watchers()
        for task in (self._task, self._ticker):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    async def snapshot(self, watch: WatchFilter) -> tuple[int, list[ModelSnapshot]]:
        head, models = await self._call(self._store.snapshot, sorted(watch.names), watch.prefix)
        if watch.aliases:
            models = [
                ModelSnapshot(s.model, [v for v in s.alias_versions if set(v.aliases) & watch.aliases]) for s in models
            ]
        return head, models

    async def watch(
        self, watch: WatchFilter, start_revision: int, progress_every: float
    ) -> AsyncGenerator[Event | Progress, None]:
        """Matching events from start_revision on (or from now if 0), with Progress while idle."""
        self.watchers += 1
        try:
            if start_revision > 0:
                await self._check_not_compacted(start_revision)
                position = start_revision - 1
            else:
                position = await self._call(self._store.head_revision)
            # Like etcd's "created" response: the client learns where the stream starts at once.
            yield Progress(position)
            last_sent = time.monotonic()
            while True:
                if self.closed:
                    raise Unavailable(
                        f"the server is shutting down; resume on another replica from revision {position + 1}",
                        "SHUTTING_DOWN",
                        next_revision=position + 1,
                    )
                if position < self.head:
                    if position + 1 < self._ring.first(self.head):
                        batch = await self._call(self._store.read_events, position, BATCH)
                        if not batch or batch[0].revision != position + 1:
                            await self._check_not_compacted(position + 1)
                    else:
                        batch = self._ring.after(position)
                    for event in batch:
                        position = event.revision
                        if watch.matches(event):
                            yield event
                            last_sent = time.monotonic()
                    if batch:
                        continue
                idle = time.monotonic() - last_sent
                if idle >= progress_every:
                    yield Progress(position)
                    last_sent = time.monotonic()
                    continue
                if position >= self.head and not self.closed:
                    await self._wait(progress_every - idle)
        finally:
            self.watchers -= 1

    async def _check_not_compacted(self, wanted: int) -> None:
        compacted, _ = await self._call(self._store.log_bounds)
        if wanted <= compacted:
            raise OutOfRange(
                f"revision {wanted} has been compacted away; the oldest available is {compacted + 1}. Take a fresh "
                "snapshot (send_initial_state) and watch from there",
                "REVISION_COMPACTED",
                oldest_revision=compacted + 1,
            )
