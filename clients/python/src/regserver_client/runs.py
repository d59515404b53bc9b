"""`ActiveRun`: the run a training loop logs to, as a context manager (see Registry.start_run)."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from google.protobuf import timestamp_pb2

from .v1 import tracking_pb2

if TYPE_CHECKING:
    from .registry import Registry

__all__ = ["MAX_BATCH_METRICS", "MAX_BATCH_PARAMS", "MAX_BATCH_TAGS", "ActiveRun"]

# The server's LogBatch limits (see tracking.proto).
MAX_BATCH_METRICS = 1000
MAX_BATCH_PARAMS = 100
MAX_BATCH_TAGS = 100


def timestamp(seconds: float | None = None) -> timestamp_pb2.Timestamp:
    us = int((time.time() if seconds is None else seconds) * 1_000_000)
    return timestamp_pb2.Timestamp(seconds=us // 1_000_000, nanos=(us % 1_000_000) * 1000)


def metric(key: str, value: float, step: int = 0, at: float | None = None) -> tracking_pb2.Metric:
    """A metric point; ValueError for NaN or infinite values, which the server refuses."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"metric {key!r} is {value}; regserver stores only finite metric values")
    return tracking_pb2.Metric(key=key, value=value, step=step, timestamp=timestamp(at))


class ActiveRun:
    """Logs to one run. Metrics are buffered and sent in batches of up to `flush_every` points (and on
    exit); params and tags are sent at once, so a conflicting param fails at the call that logs it.

    On exit the buffer is flushed and the run is marked FINISHED, or FAILED if the block raised
    (KILLED for KeyboardInterrupt).
    """

    def __init__(self, registry: Registry, run: tracking_pb2.Run, flush_every: int = MAX_BATCH_METRICS) -> None:
        if not 1 <= flush_every <= MAX_BATCH_METRICS:
            raise ValueError(f"flush_every must be 1 to {MAX_BATCH_METRICS}, got {flush_every}")
        self._registry = registry
        self.run = run
        self._flush_every = flush_every
        self._buffer: list[tracking_pb2.Metric] = []

    @property
    def id(self) -> str:
        return self.run.id

    def log_param(self, key: str, value: Any) -> None:
        self.log_params({key: value})

    def log_params(self, params: Mapping[str, Any]) -> None:
        items = [(k, str(v)) for k, v in params.items()]
        for i in range(0, len(items), MAX_BATCH_PARAMS):
            self._registry.log_batch(self.id, params=dict(items[i : i + MAX_BATCH_PARAMS]))

    def set_tag(self, key: str, value: str) -> None:
        self.set_tags({key: value})

    def set_tags(self, tags: Mapping[str, str]) -> None:
        items = list(tags.items())
        for i in range(0, len(items), MAX_BATCH_TAGS):
            self._registry.log_batch(self.id, tags=dict(items[i : i + MAX_BATCH_TAGS]))

    def log_metric(self, key: str, value: float, step: int = 0, *, at: float | None = None) -> None:
        """Buffers one point (timestamped now unless `at`, in Unix seconds); ValueError for NaN/inf."""
        self._buffer.append(metric(key, value, step, at))
        if len(self._buffer) >= self._flush_every:
            self.flush()

    def log_metrics(self, metrics: Mapping[str, float], step: int = 0) -> None:
        for key, value in metrics.items():
            self.log_metric(key, value, step)

    def flush(self) -> None:
        """Sends the buffered metrics; on failure they stay buffered."""
        while self._buffer:
            chunk = self._buffer[: self._flush_every]
            self._registry.log_batch(self.id, metrics=chunk)
            del self._buffer[: len(chunk)]

    def end(self, status: tracking_pb2.RunStatus | str = "FINISHED") -> tracking_pb2.Run:
        self.flush()
        self.run = self._registry.update_run(self.id, status=status)
        return self.run

    def __enter__(self) -> ActiveRun:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.end("FINISHED")
            return
        status = "KILLED" if issubclass(exc_type, KeyboardInterrupt) else "FAILED"
        try:
            self.flush()
        finally:
            # The block's exception propagates; the run is marked even if the flush failed.
            self.run = self._registry.update_run(self.id, status=status)
