"""Wiring: builds the grpc.aio server, its store and background tasks from Settings."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
from concurrent.futures import ThreadPoolExecutor

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from regserver_client.v1 import (
    access_pb2,
    access_pb2_grpc,
    artifacts_pb2,
    audit_pb2,
    audit_pb2_grpc,
    evaluation_pb2,
    evaluation_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    governance_pb2,
    governance_pb2_grpc,
    lineage_pb2,
    lineage_pb2_grpc,
    model_registry_pb2,
    model_registry_pb2_grpc,
    tracking_pb2,
    tracking_pb2_grpc,
    webhooks_pb2,
    webhooks_pb2_grpc,
)
from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from regserver import __version__
from regserver.api import artifact_store, calls, measure, requests
from regserver.api.access_control import AccessControlServicer
from regserver.api.artifact_store import ArtifactStoreServicer, BlobIntake, TransferOptions
from regserver.api.audit import AuditServicer
from regserver.api.auth import AuthInterceptor
from regserver.api.evaluations import EvaluationServicer
from regserver.api.events import EventServiceServicer
from regserver.api.governance import GovernanceServicer
from regserver.api.lineage import LineageServicer
from regserver.api.model_registry import ModelRegistryServicer
from regserver.api.tracking import TrackingServicer
from regserver.api.webhooks import WebhooksServicer, event_body, ping_body
from regserver.artifacts import open_backend
from regserver.artifacts.backend import BlobBackend
from regserver.audit.recorder import Recorder
from regserver.auth.access import Access
from regserver.config import Settings
from regserver.domain.artifacts import Artifacts, UrlSigner
from regserver.domain.errors import RegistryError
from regserver.domain.evaluations import Evaluations
from regserver.domain.governance import Governance
from regserver.domain.lineage import Lineage
from regserver.domain.registry import Registry, now_us
from regserver.domain.run_outputs import RunOutputs
from regserver.domain.tracking import Tracking
from regserver.domain.webhooks import AllowedHosts, RetryPolicy, Webhooks
from regserver.events.dispatcher import WebhookDispatcher
from regserver.events.hub import EventHub
from regserver.events.listener import NotifyListener
from regserver.events.sender import HttpSender
from regserver.http.front_door import FrontDoor
from regserver.http.gateway import ConnectGateway
from regserver.observability.metrics import Metrics, method_labels
from regserver.store import migrate
from regserver.store.access import SqlAccessStore
from regserver.store.audit import SqlAuditStore
from regserver.store.engine import describe, make_engine
from regserver.store.evaluations import SqlEvaluationStore
from regserver.store.governance import SqlGovernanceStore
from regserver.store.lineage import SqlLineageStore
from regserver.store.run_outputs import SqlRunOutputsStore
from regserver.store.sql import SqlStore
from regserver.store.tracking import SqlTrackingStore
from regserver.store.webhooks import SqlWebhookStore

log = logging.getLogger(__name__)

SERVICE_DESCRIPTORS = (
    model_registry_pb2.DESCRIPTOR.services_by_name["ModelRegistry"],
    artifacts_pb2.DESCRIPTOR.services_by_name["ArtifactStore"],
    events_pb2.DESCRIPTOR.services_by_name["EventService"],
    webhooks_pb2.DESCRIPTOR.services_by_name["Webhooks"],
    tracking_pb2.DESCRIPTOR.services_by_name["Tracking"],
    lineage_pb2.DESCRIPTOR.services_by_name["Lineage"],
    evaluation_pb2.DESCRIPTOR.services_by_name["Evaluation"],
    access_pb2.DESCRIPTOR.services_by_name["AccessControl"],
    audit_pb2.DESCRIPTOR.services_by_name["Audit"],
    governance_pb2.DESCRIPTOR.services_by_name["Governance"],
)
SERVICES = tuple(s.full_name for s in SERVICE_DESCRIPTORS)


class StartupError(Exception):
    """regserver cannot start; the message says why in one line."""


def migrate_database(engine: Engine, upgrade: bool = True) -> str:
    """Brings the schema to this release's head (or, without upgrade, checks it is there); returns it."""
    try:
        current = migrate.current_revision(engine)
        head = migrate.head_revision()
        if current is not None and current not in migrate.known_revisions():
            raise StartupError(
                f"the database at {safe_url(engine)} has schema {current}, newer than this regserver "
                f"{__version__} knows (up to {head}); run a regserver release that has it"
            )
        if upgrade:
            migrate.upgrade(engine)
            return head
        if current != head:
            raise StartupError(
                f"the database at {safe_url(engine)} has schema {current or 'none'} and this regserver needs "
                f"{head}; run `regserver migrate upgrade` (or start without --no-migrate)"
            )
        return head
    except (OperationalError, InterfaceError) as e:
        raise StartupError(f"cannot reach the database at {safe_url(engine)}: {describe(e)}") from None


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def safe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def url_signer(settings: Settings, backend: BlobBackend) -> UrlSigner | None:
    """V4 signed URLs for a gs:// artifact root: with the configured key, else with the storage
    credentials if they can sign, else none (GetTransferOptions then says signed_urls false)."""
    if not settings.artifact_root.startswith("gs://"):
        return None
    from regserver.artifacts.gcs import GcsBackend, GcsSigner, SigningKeyError

    assert isinstance(backend, GcsBackend)
    try:
        signer = GcsSigner.for_backend(backend, settings.signing_credentials_file, settings.signed_url_seconds)
    except SigningKeyError as e:
        raise StartupError(f"signing_credentials_file: {e}") from None
    if signer is None:
        log.info(
            "no signed URLs to %s: its credentials cannot sign; set --signing-credentials-file to a service "
            "account's JSON key to offer them",
            settings.artifact_root,
        )
    else:
        log.info("signed URLs to %s, signed by %s", settings.artifact_root, signer.signer_email)
    return signer


class RegServer:
    """One regserver process: `await start()` returns the bound port; `await stop()` drains it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        url = settings.resolved_database_url
        if url.startswith("sqlite:"):
            os.makedirs(settings.data_dir, exist_ok=True)
        self.engine = make_engine(url, pool_size=settings.db_pool_size)
        self.executor = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="regserver-db")
        self.store = SqlStore(self.engine, settings.purge_after_us)
        self.registry = Registry(self.store, self.executor)
        backend = open_backend(settings.artifact_root, settings.data_dir)
        self.artifacts = Artifacts(
            self.store, backend, self.executor, settings.chunk_size, signer=url_signer(settings, backend)
        )
        self.hub = EventHub(self.store, self.executor, settings.event_poll_seconds)
        self.store.on_commit = self.hub.committed
        self.listener = NotifyListener(self.engine, self.hub.wake) if self.engine.dialect.name == "postgresql" else None
        self.webhook_store = SqlWebhookStore(self.store)
        allowed_hosts = AllowedHosts.parse(settings.webhook_allowed_hosts)
        self.sender = HttpSender(settings.webhook_timeout_seconds, allowed_hosts)
        self.dispatcher = WebhookDispatcher(
            self.webhook_store,
            self.executor,
            self.sender,
            RetryPolicy(
                settings.webhook_max_attempts,
                settings.webhook_backoff_base_seconds,
                settings.webhook_backoff_cap_seconds,
            ),
            event_body,
            timeout_seconds=settings.webhook_timeout_seconds,
            poll_interval=settings.event_poll_seconds,
            single_process=self.engine.dialect.name == "sqlite",
        )
        self.hub.on_head(self.dispatcher.on_head)
        self.webhooks = Webhooks(
            self.webhook_store, self.executor, self.sender, allowed_hosts, ping_body, self.dispatcher.wake
        )
        tracking_store = SqlTrackingStore(self.store)
        self.tracking = Tracking(tracking_store, self.executor)
        self.run_outputs = RunOutputs(SqlRunOutputsStore(tracking_store), self.executor)
        self.lineage = Lineage(SqlLineageStore(self.store, tracking_store), self.executor)
        self.evaluations = Evaluations(SqlEvaluationStore(self.store), self.executor)
        self.governance = Governance(SqlGovernanceStore(self.store), self.executor)
        self.access = Access(SqlAccessStore(self.store), self.executor, settings.auth_cache_seconds)
        self.audit = Recorder(SqlAuditStore(self.store), self.executor)
        self.auth = AuthInterceptor(
            self.access, settings.auth_required, self.audit, client_certificates=bool(settings.tls_client_ca_file)
        )
        self.health = health.aio.HealthServicer()
        self.metrics = Metrics()
        self.metrics.watch_server(self)
        self.metrics.initialize(m for service in SERVICE_DESCRIPTORS for m in method_labels(service))
        self.schema_revision: str | None = None
        self.metrics_port = 0
        self.http_port = 0
        # One interceptor, its concerns outermost first (regserver.api.calls): metrics, so refused
        # calls are counted and logged with their status too; unparseable bodies and strings with
        # NUL (no database or audit record can hold one) refused before anything reads them; then
        # auth and audit; then every time value checked. The HTTP front door runs the same chains.
        self.interceptor = calls.Interceptor(
            [
                measure.layer(self.metrics),
                requests.refuse_undecodable,
                requests.refuse_nul,
                self.auth.layer,
                requests.check_times,
            ]
        )
        self.server = grpc.aio.server(
            interceptors=[self.interceptor],
            options=[
                ("grpc.so_reuseport", 0),
                ("grpc.max_receive_message_length", settings.max_message_bytes),
                ("grpc.max_send_message_length", settings.max_message_bytes),
                # A fixed window bounds what an upload that arrives faster than it is hashed and
                # written holds in memory; BDP probing would grow it past 64 MiB on loopback.
                ("grpc.http2.bdp_probe", 0),
                ("grpc.http2.lookahead_bytes", settings.stream_window_bytes),
            ],
        )
        # Every regserver.v1 servicer registers through `services`, which keeps the handlers for the
        # HTTP front door as it hands them to the gRPC server.
        services = calls.Services(self.server)
        model_registry_pb2_grpc.add_ModelRegistryServicer_to_server(  # type: ignore[no-untyped-call]
            ModelRegistryServicer(self.registry), services
        )
        self.transfer_options = TransferOptions(
            http_scheme="https" if settings.tls else "http",
            http_base_url=settings.http_public_url.rstrip("/"),
            signed_urls=self.artifacts.signer is not None,
            part_threshold_bytes=settings.part_threshold_bytes,
            part_size_bytes=settings.part_size_bytes,
        )
        artifact_store.add_to_server(ArtifactStoreServicer(self.artifacts, self.transfer_options), services)
        events_pb2_grpc.add_EventServiceServicer_to_server(  # type: ignore[no-untyped-call]
            EventServiceServicer(
                self.hub,
                settings.watch_progress_seconds,
                settings.slow_consumer_timeout_seconds,
                self.access,
                settings.auth_cache_seconds,
            ),
            services,
        )
        webhooks_pb2_grpc.add_WebhooksServicer_to_server(  # type: ignore[no-untyped-call]
            WebhooksServicer(self.webhooks), services
        )
        tracking_pb2_grpc.add_TrackingServicer_to_server(  # type: ignore[no-untyped-call]
            TrackingServicer(self.tracking, self.run_outputs), services
        )
        lineage_pb2_grpc.add_LineageServicer_to_server(  # type: ignore[no-untyped-call]
            LineageServicer(self.lineage), services
        )
        evaluation_pb2_grpc.add_EvaluationServicer_to_server(  # type: ignore[no-untyped-call]
            EvaluationServicer(self.evaluations), services
        )
        access_pb2_grpc.add_AccessControlServicer_to_server(  # type: ignore[no-untyped-call]
            AccessControlServicer(self.access, settings.auth_required), services
        )
        audit_pb2_grpc.add_AuditServicer_to_server(  # type: ignore[no-untyped-call]
            AuditServicer(self.audit), services
        )
        governance_pb2_grpc.add_GovernanceServicer_to_server(  # type: ignore[no-untyped-call]
            GovernanceServicer(self.governance), services
        )
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self.server)
        reflection.enable_server_reflection((*SERVICES, health.SERVICE_NAME, reflection.SERVICE_NAME), self.server)
        self.front_door = (
            FrontDoor(
                ConnectGateway(services.handlers, self.interceptor, settings.max_message_bytes),
                BlobIntake(self.artifacts),
            )
            if settings.http_port >= 0
            else None
        )
        self.port = 0
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> int:
        await self._set_health(health_pb2.HealthCheckResponse.NOT_SERVING)
        self.schema_revision = await asyncio.get_running_loop().run_in_executor(
            self.executor, migrate_database, self.engine, self.settings.migrate
        )
        await self.hub.start()
        await self.dispatcher.start()
        await self.audit.start()
        if self.listener is not None:
            self.listener.start()
        address = f"{self.settings.host}:{self.settings.port}"
        try:
            self.port = self.server.add_secure_port(address, self._credentials()) if self.settings.tls else (
                self.server.add_insecure_port(address)
            )  # fmt: skip
        except RuntimeError:
            self.port = 0
        if self.port == 0:
            raise StartupError(f"cannot listen on {address}: the port is in use or the host does not resolve")
        if not self.settings.tls and not self.settings.loopback_only:
            log.warning(
                "WARNING: listening on %s without TLS: anyone who can reach it reads and changes the registry in "
                "the clear; set --tls-cert-file and --tls-key-file",
                address,
            )
        if not self.settings.auth_required:
            log.warning(
                "authentication is off: listening on loopback only, so calls without a token run open as %r with "
                "every permission; start with --auth required to require tokens",
                "anonymous",
            )
        if self.settings.metrics_port >= 0:
            try:
                self.metrics_port = self.metrics.serve(self.settings.metrics_host, self.settings.metrics_port)
            except OSError as e:
                raise StartupError(
                    f"cannot serve metrics on {self.settings.metrics_host}:{self.settings.metrics_port}: {e.strerror}"
                    " (set --metrics-port, or -1 to turn metrics off)"
                ) from None
        await self.server.start()
        if self.front_door is not None:
            try:
                self.http_port = await self.front_door.start(
                    self.settings.host,
                    self.settings.http_port,
                    self._ssl_context(),
                    self.settings.shutdown_grace_seconds,
                )
                self.transfer_options.http_port = self.http_port
            except OSError as e:
                raise StartupError(
                    f"cannot serve HTTP on {self.settings.host}:{self.settings.http_port}: {e.strerror or e}"
                    " (set --http-port, 0 for any free port, or -1 to turn HTTP off)"
                ) from None
        await self._set_health(health_pb2.HealthCheckResponse.SERVING)
        self._tasks = [
            asyncio.create_task(self._watch_database(), name="health"),
            asyncio.create_task(self._purge_periodically(), name="purge"),
        ]
        if self.settings.gc_interval_seconds > 0:
            self._tasks.append(asyncio.create_task(self._gc_periodically(), name="gc"))
        return self.port

    def _credentials(self) -> grpc.ServerCredentials:
        s = self.settings
        try:
            pair = (_read(s.tls_key_file), _read(s.tls_cert_file))
            ca = _read(s.tls_client_ca_file) if s.tls_client_ca_file else None
        except OSError as e:
            raise StartupError(f"cannot read a TLS file: {e}") from None
        return grpc.ssl_server_credentials([pair], root_certificates=ca, require_client_auth=ca is not None)

    def _ssl_context(self) -> ssl.SSLContext | None:
        """The HTTP listener's TLS: the gRPC port's certificate and, if set, its client CA."""
        s = self.settings
        if not s.tls:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            context.load_cert_chain(s.tls_cert_file, s.tls_key_file)
            if s.tls_client_ca_file:
                context.load_verify_locations(s.tls_client_ca_file)
                context.verify_mode = ssl.CERT_REQUIRED
        except (OSError, ssl.SSLError) as e:
            raise StartupError(f"cannot use the TLS files for HTTP: {e}") from None
        return context

    async def _set_health(self, status: health_pb2.HealthCheckResponse.ServingStatus.ValueType) -> None:
        for service in ("", *SERVICES):
            await self.health.set(service, status)

    async def _watch_database(self) -> None:
        """NOT_SERVING while the database is unreachable, SERVING again once it answers."""
        serving = True
        while True:
            await asyncio.sleep(self.settings.health_check_interval_seconds)
            try:
                await self.registry.ping()
                ok = True
            except RegistryError as e:
                ok = False
                if serving:
                    log.warning("database unreachable, reporting NOT_SERVING: %s", e.message)
            if ok != serving:
                serving = ok
                await self._set_health(
                    health_pb2.HealthCheckResponse.SERVING if ok else health_pb2.HealthCheckResponse.NOT_SERVING
                )

    async def _purge_periodically(self) -> None:
        while True:
            try:
                models, versions = await self.registry.purge()
                if models or versions:
                    log.info("purged %d models and %d versions past retention", models, versions)
                cutoff = now_us() - int(self.settings.event_retention_hours * 3600 * 1_000_000)
                compacted = await asyncio.get_running_loop().run_in_executor(
                    self.executor, self.store.compact, cutoff, self.settings.event_retention_count
                )
                if compacted:
                    log.info("compacted %d events past retention", compacted)
                pruned = await asyncio.get_running_loop().run_in_executor(
                    self.executor, self.webhook_store.prune_deliveries, cutoff
                )
                if pruned:
                    log.info("deleted %d webhook deliveries past retention", pruned)
            except RegistryError as e:
                log.warning("purge failed: %s", e.message)
            await asyncio.sleep(self.settings.purge_interval_seconds)

    async def _gc_periodically(self) -> None:
        while True:
            await asyncio.sleep(self.settings.gc_interval_seconds)
            try:
                report = await self.artifacts.collect_garbage(self.settings.upload_timeout_us)
                log.info("gc: %s", report)
            except RegistryError as e:
                log.warning("gc failed: %s", e.message)

    async def stop(self, grace: float | None = None) -> None:
        grace = self.settings.shutdown_grace_seconds if grace is None else grace
        await self.health.enter_graceful_shutdown()
        # Watches end first, with UNAVAILABLE, so their clients resume on another replica.
        await self.hub.close()
        await self.dispatcher.close()
        await self.sender.close()
        if self.listener is not None:
            self.listener.stop()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.front_door is not None:
            await self.front_door.stop()
        await self.server.stop(grace)
        await self.audit.close()  # the finished calls' records are written before the store closes
        self.metrics.close()
        self.executor.shutdown(wait=True)
        self.store.close()
        self.engine.dispose()

    async def wait(self) -> None:
        await self.server.wait_for_termination()
