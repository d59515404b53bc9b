"""Summaries of repeated measurements: pooled percentiles and the spread of per-repeat medians."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

# A spread (max/min of the per-repeat medians) above this is flagged in the table.
WIDE_SPREAD = 1.5


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass(frozen=True)
class Summary:
    """Samples pooled over every repeat, and the per-repeat values behind the spread."""

    p50: float
    p99: float
    repeat_values: tuple[float, ...]  # one per repeat: its median (latency) or its value (throughput)
    count: int

    @property
    def rep_min(self) -> float:
        return min(self.repeat_values)

    @property
    def rep_median(self) -> float:
        return statistics.median(self.repeat_values)

    @property
    def rep_max(self) -> float:
        return max(self.repeat_values)

    @property
    def spread(self) -> float:
        low = self.rep_min
        return self.rep_max / low if low > 0 else math.inf

    @property
    def wide(self) -> bool:
        return len(self.repeat_values) > 1 and self.spread > WIDE_SPREAD


def latency(repeats: Sequence[Sequence[float]]) -> Summary:
    """Latency samples (any unit) grouped by repeat."""
    pooled = [v for rep in repeats for v in rep]
    per_repeat = tuple(statistics.median(rep) for rep in repeats if rep)
    return Summary(percentile(pooled, 50), percentile(pooled, 99), per_repeat, len(pooled))


def values(per_repeat: Sequence[float]) -> Summary:
    """One value per repeat (a throughput, a transfer rate): p50 is their median, p99 their 99th percentile."""
    return Summary(percentile(per_repeat, 50), percentile(per_repeat, 99), tuple(per_repeat), len(per_repeat))
