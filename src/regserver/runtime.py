"""Process-wide settings for a long-running server: the C allocator and Python's collector.

Both are measured choices (benchmarks/RESULTS.md), made once at start-up by `regserver serve`.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging

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


def settle_collector() -> None:
    """After start-up: what it built lives as long as the server, so move it out of the collector's
    view, and collect young objects less often.

    A full pass over everything took ~50 ms with 1,000 open Watch streams, a stall every stream
    felt; cyclic garbage still goes, in larger batches.
    """
    gc.freeze()
    gc.set_threshold(50_000, 20, 10)
