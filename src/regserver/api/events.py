"""EventService servicer: Watch streams from the hub."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import Any

import grpc
from regserver_client.v1 import events_pb2 as pb
from regserver_client.v1 import events_pb2_grpc

from regserver.api import convert
from regserver.api.errors import handles_stream_errors
from regserver.auth import caller
from regserver.auth.access import Access
from regserver.auth.caller import Caller
from regserver.domain import validation
from regserver.domain.errors import PermissionDenied, ResourceExhausted, invalid_field
from regserver.domain.models import Event, EventType
from regserver.events.hub import EventHub, Progress, WatchFilter

Context = grpc.aio.ServicerContext[Any, Any]


class SlowConsumer(ResourceExhausted):
    pass


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
        self._slow_consumer = slow_consumer_seconds
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

    async def _send(self, context: Context, response: pb.WatchResponse) -> None:
        try:
            async with asyncio.timeout(self._slow_consumer):  # unlike wait_for, no task per write
                await context.write(response)
        except TimeoutError:
            raise SlowConsumer(
                f"the watcher did not read for {self._slow_consumer:g}s and was cut off; resume with "
                "start_revision = the last revision received + 1",
                "SLOW_CONSUMER",
            ) from None

    @handles_stream_errors
    async def Watch(self, request: pb.WatchRequest, context: Context) -> AsyncIterator[pb.WatchResponse]:
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
                await self._send(
                    context,
                    pb.WatchResponse(
                        snapshot=pb.ModelSnapshot(
                            registered_model=convert.model_pb(snapshot.model),
                            alias_versions=[convert.version_pb(v) for v in snapshot.alias_versions],
                        )
                    ),
                )
            await self._send(context, pb.WatchResponse(snapshot_complete=pb.Progress(revision=head)))
            start = head + 1
        checked = time.monotonic()
        async for item in self._hub.watch(watch, start, progress):
            if self._access is not None and not who.open and time.monotonic() - checked >= self._recheck:
                # Unauthenticated or PermissionDenied end the stream; resuming needs a valid token and role.
                self._restrict(watch, await self._access.recheck(who))
                checked = time.monotonic()
            if isinstance(item, Progress):
                await self._send(context, pb.WatchResponse(progress=pb.Progress(revision=item.revision)))
            else:
                await self._send(context, self._event_response(item))
        return
        yield  # an async generator for grpc.aio, though it writes with context.write
