"""EventService servicer: Watch streams from the hub."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import time
from collections import OrderedDict
from typing import Any

import grpc
from regserver_client.v1 import events_pb2 as pb
from regserver_client.v1 import events_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.auth.access import Access
from regserver.domain import caller, validation
from regserver.domain.caller import Caller
from regserver.domain.errors import PermissionDenied, ResourceExhausted, invalid_field
from regserver.domain.models import Event, EventType
from regserver.events.hub import EventHub, Progress, WatchFilter

Context = grpc.aio.ServicerContext[Any, Any]


class SlowConsumer(ResourceExhausted):
    pass


class _StalledWrites:
    """Cuts off Watch streams whose write has not completed within `limit` seconds.

    One watchdog task checks every stream's write a few times per `limit`, instead of a timer
    started and cancelled around each write: at 1,000 watchers that timer was a good part of
    the cost of fanning an event out.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self._streams = 0
        self._writing: dict[asyncio.Task[Any], float] = {}  # stream's task -> when its write began
        self._cut: set[asyncio.Task[Any]] = set()
        self._watchdog: asyncio.Task[None] | None = None

    def enter(self) -> None:
        self._streams += 1
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.create_task(self._watch(), name="watch-stall-watchdog")

    def leave(self, task: asyncio.Task[Any]) -> None:
        self._streams -= 1
        self._writing.pop(task, None)
        self._cut.discard(task)
        if self._streams == 0 and self._watchdog is not None:
            self._watchdog.cancel()  # no stream left to watch (the server may be stopping)
            self._watchdog = None

    def cut_off(self, task: asyncio.Task[Any]) -> bool:
        """Whether the watchdog cancelled this task (then the cancellation is taken back)."""
        if task not in self._cut:
            return False
        self._cut.discard(task)
        task.uncancel()
        return True

    def began(self, task: asyncio.Task[Any]) -> None:
        """Call before each write, and ended() after it."""
        self._writing[task] = time.monotonic()

    def ended(self, task: asyncio.Task[Any]) -> None:
        self._writing.pop(task, None)

    async def _watch(self) -> None:
        period = min(max(self.limit / 4, 0.05), 1.0)
        while True:
            await asyncio.sleep(period)
            too_old = time.monotonic() - self.limit
            for task, began in list(self._writing.items()):
                if began <= too_old and task not in self._cut:
                    self._cut.add(task)
                    task.cancel()


# Recent events' responses, shared by every watcher they fan out to: converted once, not per stream.
RESPONSE_CACHE = 4096


class EventServiceServicer(events_pb2_grpc.EventServiceServicer):
    def __init__(
        self,
        hub: EventHub,
        default_progress_seconds: float,
        slow_consumer_seconds: float,
        access: Access | None = None,
        recheck_seconds: float = 2.0,
    ) -> None:
        self._hub = hub
        # A stream checks its caller's token and roles again this often (on its next message):
        # a revoked token or a lost role ends it.
        self._access = access
        self._recheck = max(recheck_seconds, 0.5)
        self._default_progress = default_progress_seconds
        self._stalls = _StalledWrites(slow_consumer_seconds)
        self._responses: OrderedDict[int, pb.WatchResponse] = OrderedDict()

    def _event_response(self, event: Event) -> pb.WatchResponse:
        response = self._responses.get(event.revision)
        if response is None:
            response = pb.WatchResponse(event=convert.event_pb(event))
            self._responses[event.revision] = response
            if len(self._responses) > RESPONSE_CACHE:
                self._responses.popitem(last=False)
        return response

    @staticmethod
    def _filter(request: pb.WatchRequest) -> WatchFilter:
        for i, name in enumerate(request.model_names):
            validation.model_name(name, f"model_names[{i}]")
        for i, alias in enumerate(request.aliases):
            validation.alias_name(alias, f"aliases[{i}]")
        types = set()
        for i, value in enumerate(request.event_types):
            name = pb.EventType.Name(value) if value in pb.EventType.values() else ""
            if not name or value == pb.EVENT_TYPE_UNSPECIFIED:
                raise invalid_field(f"event_types[{i}]", f"event_types[{i}] is {value}, not a known EventType")
            types.add(EventType(name.removeprefix("EVENT_TYPE_")))
        if len(request.model_name_prefix) > 128:
            raise invalid_field("model_name_prefix", "model_name_prefix is longer than any model name (128)")
        return WatchFilter(
            frozenset(request.model_names), request.model_name_prefix, frozenset(types), frozenset(request.aliases)
        )

    @staticmethod
    def _restrict(watch: WatchFilter, who: Caller) -> WatchFilter:
        """A caller with roles on some models only watches those (resolved by name when the watch starts)."""
        visible = who.visible_model_names()
        if visible is None:
            return watch
        hidden = sorted(watch.names - visible)
        if hidden:
            raise PermissionDenied(
                f"{who.principal!r} may not watch model {hidden[0]!r}: it needs permission models.read, which "
                "role viewer grants on that model or globally",
                "PERMISSION_DENIED",
                permission="models.read",
                role="viewer",
                model=hidden[0],
            )
        return dataclasses.replace(watch, names=watch.names or visible)

    @handles_errors
    async def Watch(self, request: pb.WatchRequest, context: Context) -> None:
        """Writes with context.write; a coroutine, not an async generator, so that each write passes
        through as few frames as possible (at 1,000 watchers this loop is the fan-out)."""
        task = asyncio.current_task()
        assert task is not None
        self._stalls.enter()
        try:
            await self._watch(request, context, task)
        except asyncio.CancelledError:
            if self._stalls.cut_off(task):
                raise SlowConsumer(
                    f"the watcher did not read for {self._stalls.limit:g}s and was cut off; resume with "
                    "start_revision = the last revision received + 1",
                    "SLOW_CONSUMER",
                ) from None
            raise
        finally:
            self._stalls.leave(task)

    async def _watch(self, request: pb.WatchRequest, context: Context, task: asyncio.Task[Any]) -> None:
        stalls = self._stalls

        async def send(response: pb.WatchResponse) -> None:
            stalls.began(task)
            await context.write(response)
            stalls.ended(task)

        who = caller.current()
        watch = self._restrict(self._filter(request), who)
        if request.start_revision < 0:
            raise invalid_field("start_revision", f"start_revision must be 0 or more, got {request.start_revision}")
        if request.progress_interval_seconds < 0:
            raise invalid_field("progress_interval_seconds", "progress_interval_seconds must be 0 (default) or more")
        if request.send_initial_state and request.start_revision:
            raise invalid_field(
                "start_revision",
                "send_initial_state starts from a fresh snapshot; it cannot be combined with start_revision",
            )
        progress = float(request.progress_interval_seconds) or self._default_progress
        start = request.start_revision
        if request.send_initial_state:
            head, models = await self._hub.snapshot(watch)
            for snapshot in models:
                await send(
                    pb.WatchResponse(
                        snapshot=pb.ModelSnapshot(
                            registered_model=convert.model_pb(snapshot.model),
                            alias_versions=[convert.version_pb(v) for v in snapshot.alias_versions],
                        )
                    ),
                )
            await send(pb.WatchResponse(snapshot_complete=pb.Progress(revision=head)))
            start = head + 1
        checked = time.monotonic()
        # Closed here when the call ends, so the hub forgets this watcher at once (not when collected).
        async with contextlib.aclosing(self._hub.watch(watch, start, progress)) as items:
            async for item in items:
                if self._access is not None and not who.open and time.monotonic() - checked >= self._recheck:
                    # Unauthenticated or PermissionDenied end the stream; resuming needs a valid token and role.
                    self._restrict(watch, await self._access.recheck(who))
                    checked = time.monotonic()
                response = (
                    pb.WatchResponse(progress=pb.Progress(revision=item.revision))
                    if isinstance(item, Progress)
                    else self._event_response(item)
                )
                stalls.began(task)  # inline, not send(): this loop is the fan-out's hot path
                await context.write(response)
                stalls.ended(task)
