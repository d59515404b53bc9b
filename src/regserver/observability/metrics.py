"""Prometheus metrics: the instruments every RPC feeds (through regserver.api.measure), plus the
server's own parts read at scrape time.

Each RegServer owns one CollectorRegistry (several servers can share a process, as in the tests) served
on its own HTTP port by prometheus-client. Names follow Prometheus conventions: the `regserver_`
prefix, base units, `_total` for counters. No label carries an unbounded value: services, methods and
status codes come from the proto descriptors, never model names or digests.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Engine, event

from regserver import __version__
from regserver.store import migrate

if TYPE_CHECKING:
    from wsgiref.simple_server import WSGIServer

# How an RPC's kind is named in the grpc_type label.
KINDS = {
    (False, False): "unary",
    (False, True): "server_stream",
    (True, False): "client_stream",
    (True, True): "bidi_stream",
}


class Observed(Protocol):
    """The parts of a running server whose counters are read at scrape time."""

    engine: Engine
    hub: Any  # watchers, head
    store: Any  # events_appended
    artifacts: Any  # bytes_received, bytes_sent, digest_failures
    audit: Any  # failures, pending
    dispatcher: Any  # on_attempt
    schema_revision: str | None


# Latency buckets for RPCs and queries: 100 µs to 30 s.
_SECONDS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
# Webhook delivery lag: 10 ms to an hour.
_LAG_SECONDS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)
_OUTCOMES = ("succeeded", "retrying", "failed")


def method_labels(service: Any) -> Iterator[tuple[str, str, str]]:
    """(service, method, type) of each method of a protobuf ServiceDescriptor."""
    for method in service.methods:
        kind = KINDS[(method.client_streaming, method.server_streaming)]
        yield service.full_name, method.name, kind


class Metrics:
    """The instruments of one server process."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        labels = ("grpc_service", "grpc_method", "grpc_type")
        r = self.registry
        self.started = Counter("regserver_grpc_server_started", "RPCs started on the server.", labels, registry=r)
        self.handled = Counter(
            "regserver_grpc_server_handled",
            "RPCs completed on the server, by status code.",
            (*labels, "grpc_code"),
            registry=r,
        )
        self.handling = Histogram(
            "regserver_grpc_server_handling_seconds",
            "Time from the start of an RPC to its status, streams included.",
            labels,
            buckets=_SECONDS,
            registry=r,
        )
        self.received = Counter(
            "regserver_grpc_server_msg_received", "Messages received on RPCs (streams and unary).", labels, registry=r
        )
        self.sent = Counter(
            "regserver_grpc_server_msg_sent", "Messages sent on RPCs (streams and unary).", labels, registry=r
        )
        self.in_flight = Gauge("regserver_grpc_server_in_flight", "RPCs being handled right now.", labels, registry=r)
        self.db_query = Histogram(
            "regserver_db_query_seconds", "Database statement execution time.", ("operation",), buckets=_SECONDS,
            registry=r,
        )  # fmt: skip
        self.webhook_attempts = Counter(
            "regserver_webhook_deliveries",
            "Webhook delivery attempts, by outcome (succeeded, retrying, failed).",
            ("outcome",),
            registry=r,
        )
        self.webhook_attempt_seconds = Histogram(
            "regserver_webhook_attempt_seconds", "Duration of one webhook HTTP attempt.", buckets=_SECONDS, registry=r
        )
        self.webhook_lag = Histogram(
            "regserver_webhook_delivery_lag_seconds",
            "Time from queueing a webhook delivery to its successful attempt.",
            buckets=_LAG_SECONDS,
            registry=r,
        )
        self._http: WSGIServer | None = None

    # -- wiring ---------------------------------------------------------------------------------

    def initialize(self, methods: Iterable[tuple[str, str, str]]) -> None:
        """Exports every method's series at zero before its first call, so rates and alerts see them."""
        for labels in methods:
            for metric in (self.started, self.received, self.sent, self.in_flight, self.handling):
                metric.labels(*labels)
            self.handled.labels(*labels, "OK")
        for outcome in _OUTCOMES:
            self.webhook_attempts.labels(outcome)

    def watch_server(self, server: Observed) -> None:
        """Observes the server's database, webhooks and the counters its parts keep."""
        self._time_queries(server.engine)
        server.dispatcher.on_attempt = self._webhook_attempt
        self.registry.register(_ServerCollector(server))

    def _time_queries(self, engine: Engine) -> None:
        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
            conn.info.setdefault("regserver_query_start", []).append(time.perf_counter())

        @event.listens_for(engine, "after_cursor_execute")
        def _after(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
            starts = conn.info.get("regserver_query_start")
            if starts:
                self.db_query.labels(_operation(statement)).observe(time.perf_counter() - starts.pop())

    def _webhook_attempt(self, outcome: str, seconds: float, lag: float | None) -> None:
        self.webhook_attempts.labels(outcome).inc()
        self.webhook_attempt_seconds.observe(seconds)
        if lag is not None:
            self.webhook_lag.observe(max(lag, 0.0))

    def serve(self, host: str, port: int) -> int:
        """Serves /metrics over HTTP; returns the bound port."""
        self._http, _ = start_http_server(port, host, self.registry)
        return int(self._http.server_port)

    def close(self) -> None:
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            self._http = None


def _operation(statement: str) -> str:
    """The statement's verb (SELECT, INSERT, ...): a bounded label."""
    word = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "OTHER"
    return word if word in {"SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "PRAGMA"} else "OTHER"


class _ServerCollector(Collector):
    """Reads the counters RegServer's parts keep in plain attributes, at scrape time."""

    def __init__(self, server: Observed) -> None:
        self._server = server

    def describe(self) -> Iterable[Metric]:
        return []  # collected lazily; nothing to check for name clashes at registration

    def collect(self) -> Iterator[Metric]:
        s = self._server
        yield _gauge("regserver_watch_streams", "Open Watch streams.", s.hub.watchers)
        yield _gauge(
            "regserver_event_revision", "The newest revision of the event log this process has seen.", s.hub.head
        )
        yield _counter("regserver_events_appended", "Events this process appended to the log.", s.store.events_appended)
        yield _counter(
            "regserver_artifact_received_bytes", "Blob bytes received by WriteBlob.", s.artifacts.bytes_received
        )
        yield _counter("regserver_artifact_sent_bytes", "Blob bytes served by ReadBlob.", s.artifacts.bytes_sent)
        failures = CounterMetricFamily(
            "regserver_artifact_digest_failures",
            "Digest mismatches: uploads whose bytes did not match (upload), stored blobs caught corrupt (read).",
            labels=("stage",),
        )
        for stage, count in sorted(s.artifacts.digest_failures.items()):
            failures.add_metric((stage,), count)
        yield failures
        yield _counter(
            "regserver_audit_write_failures", "Audit records that could not be written (logged).", s.audit.failures
        )
        yield _gauge("regserver_audit_records_pending", "Audit records queued, not yet written.", s.audit.pending)
        pool = s.engine.pool
        checked_out = getattr(pool, "checkedout", None)
        size = getattr(pool, "size", None)
        if callable(checked_out) and callable(size):
            yield _gauge("regserver_db_pool_connections_in_use", "Database connections checked out.", checked_out())
            yield _gauge("regserver_db_pool_size", "Database connections the pool keeps open.", size())
        info = GaugeMetricFamily(
            "regserver_build_info",
            "regserver's version and the schema revision it expects.",
            labels=("version", "schema"),
        )
        info.add_metric((__version__, migrate.head_revision()), 1)
        yield info
        current = s.schema_revision
        schema = GaugeMetricFamily(
            "regserver_schema_info", "The database schema revision in use.", labels=("revision",)
        )
        schema.add_metric((current or "none",), 1)
        yield schema


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def _counter(name: str, documentation: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, documentation, value=value)
