"""Process-wide settings for a long-running server: the C allocator and Python's collector.

Both are measured choices (benchmarks/RESULTS.md), made once at start-up by `regserver serve`.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import gc
import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

# glibc mallopt parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8


def bound_allocator_retention() -> bool:
    """Keeps freed transfer buffers from piling up in glibc's per-thread arenas.

    By default glibc raises its mmap threshold to the largest block freed so far, so the 1-8 MiB
    buffers of blob streams (gRPC messages, GCS upload chunks) come from per-thread arenas that
    keep them after they are freed: the server grew by ~70 MiB while streaming 256 MiB to GCS.
    Fixed thresholds (blocks of 4 MiB and more are mapped and unmapped; up to 16 MiB of free top
    of heap kept for reuse) and two arenas bound that, at no measurable cost in throughput.
    Returns False where the C library is not glibc (nothing to tune).
    """
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):
        return False
    ok = all(
        mallopt(param, value) == 1
        for param, value in (
            (_M_MMAP_THRESHOLD, 4 << 20),
            (_M_TRIM_THRESHOLD, 16 << 20),
            (_M_ARENA_MAX, 2),
        )
    )
    if not ok:
        log.warning("could not set the C allocator's thresholds; memory while streaming blobs may grow more")
    return ok


# How often the collector's full pass runs, and how long it may wait for a quiet moment.
FULL_COLLECTION_SECONDS = 60.0
FULL_COLLECTION_DEFER_SECONDS = 10.0


def settle_collector() -> None:
    """After start-up: what it built lives as long as the server, so move it out of the collector's
    view, collect young objects less often, and leave full passes to collect_periodically().

    Python starts a full pass on its own soon after many objects have survived, as the 1,000 streams
    of a Watch fleet do when they open: walking them took 30-45 ms, a stall that every stream felt on
    the event being fanned out at that moment. Young garbage is still collected as it comes.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 1 << 30)  # the third: no automatic full pass


async def collect_periodically(
    busy: Callable[[], bool],
    every: float = FULL_COLLECTION_SECONDS,
    defer_up_to: float = FULL_COLLECTION_DEFER_SECONDS,
) -> None:
    """The full pass that settle_collector() takes away, every `every` seconds: garbage that lived long
    enough to reach the oldest generation (closed streams' cycles) is freed within about a minute.
    While busy() (events are being fanned out to watchers) the pass waits, up to `defer_up_to`
    seconds, for a quiet moment, so that it stalls no fan-out that it can avoid."""
    loop = asyncio.get_running_loop()
    while True:
        await asyncio.sleep(every)
        give_up = loop.time() + defer_up_to
        while busy() and loop.time() < give_up:
            await asyncio.sleep(0.05)
        started = time.perf_counter()
        found = gc.collect()
        log.debug("full collection: %d unreachable objects in %.1f ms", found, (time.perf_counter() - started) * 1000)
