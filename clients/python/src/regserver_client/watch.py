"""A Watch that survives disconnects: it resumes from the last revision it saw."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator

import grpc

from .errors import RegistryError, from_rpc_error
from .v1 import events_pb2, events_pb2_grpc

# Codes after which the same watch can simply be resumed (elsewhere, or later).
_RESUMABLE = frozenset(
    {
        grpc.StatusCode.UNAVAILABLE,
        grpc.StatusCode.RESOURCE_EXHAUSTED,
        grpc.StatusCode.DEADLINE_EXCEEDED,
        grpc.StatusCode.INTERNAL,
        grpc.StatusCode.UNKNOWN,
        grpc.StatusCode.CANCELLED,
    }
)


def watch(
    stub: events_pb2_grpc.EventServiceStub,
    *,
    model_names: Iterable[str] = (),
    prefix: str = "",
    event_types: Iterable[int] = (),
    aliases: Iterable[str] = (),
    start_revision: int = 0,
    send_initial_state: bool = False,
    progress_interval_seconds: int = 0,
    max_backoff: float = 10.0,
    metadata: tuple[tuple[str, str], ...] = (),
    on_disconnect: Callable[[RegistryError, int], None] | None = None,
) -> Iterator[events_pb2.WatchResponse]:
    """Yields WatchResponse messages until the caller stops, reconnecting as needed.

    After a disconnect it resumes with start_revision = last revision seen + 1 (events,
    progress and the snapshot marker all carry one), so no event is missed or repeated.
    A revision compacted away while disconnected ends the iteration with OutOfRange.
    `on_disconnect(error, next_revision)` is told of each broken stream before it is resumed.
    """
    request = events_pb2.WatchRequest(
        model_names=list(model_names),
        model_name_prefix=prefix,
        event_types=list(event_types),  # type: ignore[arg-type]
        aliases=list(aliases),
        start_revision=start_revision,
        send_initial_state=send_initial_state,
        progress_interval_seconds=progress_interval_seconds,
    )
    failures = 0
    while True:
        call = stub.Watch(request, metadata=metadata)
        try:
            for response in call:
                failures = 0
                kind = response.WhichOneof("kind")
                if kind == "event":
                    request.start_revision = response.event.revision + 1
                elif kind in ("progress", "snapshot_complete"):
                    request.start_revision = getattr(response, kind).revision + 1
                if kind != "snapshot":
                    request.send_initial_state = False  # a resumed stream needs no second snapshot
                yield response
            return  # the server ended the stream cleanly (it never does today)
        except grpc.RpcError as err:
            if err.code() not in _RESUMABLE:
                raise from_rpc_error(err) from err
            failures += 1
            if on_disconnect is not None:
                on_disconnect(from_rpc_error(err), request.start_revision)
            # Exponential backoff with jitter, so a fleet of watchers does not reconnect in step.
            time.sleep(min(max_backoff, 0.05 * 2**failures) * random.uniform(0.5, 1.0))
        finally:
            call.cancel()
