"""The server's collector schedule (regserver.runtime): no automatic full pass, a periodic one
that waits for a quiet moment."""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from collections.abc import Iterator

import pytest

from regserver import runtime


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture
def collector() -> Iterator[list[int]]:
    """settle_collector() for the test, undone after it; yields the generations collected meanwhile."""
    thresholds = gc.get_threshold()
    passes: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(seen)
    runtime.settle_collector()
    try:
        yield passes
    finally:
        gc.callbacks.remove(seen)
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def old_garbage() -> weakref.ref[Node]:
    """A cycle in the oldest generation that nothing references any more."""
    node = Node()
    gc.collect()  # survives: now in the oldest generation
    return weakref.ref(node)


def test_many_surviving_objects_start_no_full_pass(collector: list[int]) -> None:
    # What opening 1,000 Watch streams does: lots of objects that live on, through many young
    # collections (forced here, to get there in a test's time).
    kept = [[Node() for _ in range(100)] for _ in range(1_000)]
    for _ in range(30):
        gc.collect(1)
    more = [Node() for _ in range(120_000)]  # enough to start collections on their own
    automatic = collector[30:]
    assert 0 in automatic, "young collections still run"
    assert 2 not in automatic, f"an automatic full pass ran ({automatic.count(2)} times)"
    assert len(kept) + len(more) == 121_000


def test_the_periodic_pass_waits_for_a_quiet_moment_then_frees_old_cycles(collector: list[int]) -> None:
    garbage = old_garbage()
    assert garbage() is not None
    collector.clear()

    async def scenario() -> tuple[bool, bool, float]:
        quiet_at = time.monotonic() + 0.3
        task = asyncio.create_task(
            runtime.collect_periodically(lambda: time.monotonic() < quiet_at, every=0.05, defer_up_to=5)
        )
        await asyncio.sleep(0.2)
        alive_while_busy = garbage() is not None
        while garbage() is not None and time.monotonic() < quiet_at + 2:
            await asyncio.sleep(0.01)
        freed_after = time.monotonic() - quiet_at
        task.cancel()
        return alive_while_busy, garbage() is None, freed_after

    alive_while_busy, freed, after = asyncio.run(scenario())
    assert alive_while_busy, "the full pass ran while the hub was busy"
    assert freed, "the old cycle was never collected"
    assert 0 <= after < 0.5
    assert 2 in collector


def test_the_periodic_pass_runs_anyway_when_never_quiet(collector: list[int]) -> None:
    garbage = old_garbage()

    async def scenario() -> bool:
        task = asyncio.create_task(runtime.collect_periodically(lambda: True, every=0.05, defer_up_to=0.2))
        deadline = time.monotonic() + 2
        while garbage() is not None and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        task.cancel()
        return garbage() is None

    assert asyncio.run(scenario()), "a server that is always fanning out never freed old garbage"
