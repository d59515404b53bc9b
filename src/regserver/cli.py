"""`regserver serve`, `migrate`, `gc`, `backup`, the `tokens` and `roles` admin commands and `audit verify`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from regserver import __version__, runtime
from regserver.auth.access import Access
from regserver.config import CONFIG_ENV, SettingError, Settings, env_name, load
from regserver.domain.errors import RegistryError
from regserver.domain.roles import Role
from regserver.observability import logs
from regserver.server import RegServer, StartupError, migrate_database, safe_url
from regserver.store import migrate
from regserver.store.access import SqlAccessStore
from regserver.store.audit import SqlAuditStore
from regserver.store.engine import make_engine
from regserver.store.sql import SqlStore

log = logging.getLogger("regserver")


def _flag(p: argparse.ArgumentParser, field: str, kind: type, what: str) -> None:
    """A flag for a Settings field, documenting its environment variable and default."""
    default = getattr(Settings(), field)
    shown = f"; default {default:g}" if isinstance(default, float) else (f"; default {default}" if default else "")
    p.add_argument(f"--{field.replace('_', '-')}", type=kind, help=f"{what} (env {env_name(field)}{shown})")


def _store_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        help=f"a TOML file of settings (names as below, e.g. port = 6000); flags and environment variables "
        f"override it (env {CONFIG_ENV})",
    )
    _flag(p, "log_format", str, "text or json log lines on stderr")
    _flag(p, "log_level", str, "debug, info (one line per RPC), warning or error")
    _flag(p, "data_dir", str, "directory for the SQLite database and local artifacts")
    _flag(
        p, "database_url", str, "SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db; default SQLite in the data dir"
    )


def _artifact_flags(p: argparse.ArgumentParser) -> None:
    _flag(p, "artifact_root", str, "where blobs live: gs://bucket/prefix, or a directory; default <data-dir>/artifacts")
    _flag(p, "upload_timeout_hours", float, "a version still PENDING_UPLOAD after this long is marked FAILED by gc")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regserver", description="An ML model registry served over gRPC.")
    parser.add_argument("--version", action="version", version=f"regserver {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the gRPC server")
    _flag(serve, "host", str, "address to listen on")
    _flag(serve, "port", int, "port to listen on, 0 for any free one")
    _flag(serve, "tls_cert_file", str, "PEM certificate chain: serve TLS with it and the key file")
    _flag(serve, "tls_key_file", str, "PEM private key of the TLS certificate")
    _flag(serve, "tls_client_ca_file", str, "PEM CA bundle: require client certificates it signed (mutual TLS)")
    _flag(
        serve,
        "auth",
        str,
        "auto: require a bearer token unless listening on loopback only (then run open); required: always",
    )
    _flag(serve, "auth_cache_seconds", float, "how long other replicas may honour a revoked token or role")
    _flag(
        serve,
        "http_port",
        int,
        "port of the HTTP front door (web UI, Connect protocol), 0 for any free one, -1 for none",
    )
    _flag(serve, "http_public_url", str, "where clients reach the HTTP port, if not at the gRPC host (for blob bytes)")
    _flag(serve, "part_threshold_bytes", int, "suggest parts for blobs at least this large (0: one piece)")
    _flag(serve, "part_size_bytes", int, "the part size suggested for large blobs")
    _flag(serve, "metrics_host", str, "address of the Prometheus /metrics endpoint")
    _flag(serve, "metrics_port", int, "port of the Prometheus /metrics endpoint, 0 for any free one, -1 for none")
    _store_flags(serve)
    _artifact_flags(serve)
    _flag(
        serve,
        "signing_credentials_file",
        str,
        "a service account's JSON key to sign URLs straight to a gs:// artifact root; default: the storage "
        "credentials if they can sign, else no signed URLs",
    )
    _flag(serve, "signed_url_seconds", int, "how long a signed URL works (at most 604800)")
    _flag(serve, "retention_days", float, "how long deleted models and versions stay restorable")
    _flag(serve, "workers", int, "threads running database and storage work")
    _flag(serve, "db_pool_size", int, "database connections")
    serve.add_argument(
        "--no-migrate",
        dest="migrate",
        action="store_const",
        const=False,
        help=f"do not upgrade the database schema at start-up (env {env_name('migrate')}=false)",
    )
    _flag(serve, "shutdown_grace_seconds", float, "how long in-flight calls may finish after SIGTERM")
    _flag(serve, "chunk_size", int, "bytes per ReadBlob message")
    _flag(serve, "max_message_bytes", int, "largest gRPC message accepted or sent (upload chunks)")
    _flag(serve, "stream_window_bytes", int, "bytes a client may send on one call ahead of the server")
    _flag(serve, "event_retention_hours", float, "events older than this are compacted away")
    _flag(serve, "event_retention_count", int, "at most this many events are kept")
    _flag(serve, "watch_progress_seconds", float, "Watch progress messages while idle, by default")
    _flag(serve, "slow_consumer_timeout_seconds", float, "a Watch client that does not read this long is cut off")
    _flag(serve, "gc_interval_seconds", float, "run artifact garbage collection this often; 0 only via `regserver gc`")
    _flag(
        serve,
        "webhook_allowed_hosts",
        str,
        "hosts webhook URLs may name: comma-separated names, IP addresses or *.domain; * allows any",
    )
    _flag(serve, "webhook_timeout_seconds", float, "timeout of one webhook delivery attempt")
    _flag(serve, "webhook_max_attempts", int, "attempts before a webhook delivery is marked FAILED")
    _flag(serve, "webhook_backoff_base_seconds", float, "wait before the first webhook retry; doubles per retry")
    _flag(serve, "webhook_backoff_cap_seconds", float, "longest wait between webhook retries")

    mig = sub.add_parser("migrate", help="upgrade the database schema, or show it, and exit")
    mig.add_argument(
        "action",
        nargs="?",
        default="upgrade",
        choices=("upgrade", "current", "history"),
        help="upgrade (default): to this release's schema; current: the database's revision; "
        "history: every revision, marking the database's",
    )
    _store_flags(mig)

    backup = sub.add_parser("backup", help="write a consistent copy of a live SQLite database to a file, and exit")
    backup.add_argument("destination", help="file to write (must not exist)")
    _store_flags(backup)

    tokens = sub.add_parser("tokens", help="create, list and revoke API tokens directly in the database, and exit")
    tokens_sub = tokens.add_subparsers(dest="action", required=True)
    create = tokens_sub.add_parser(
        "create", help="create a token and print its secret (once, on stdout); bootstraps the first admin"
    )
    create.add_argument("principal", help="the user or service account the token acts as")
    create.add_argument("--admin", action="store_true", help="also grant the principal the global admin role")
    create.add_argument("--role", choices=[r.lower for r in Role], help="also grant the principal this global role")
    create.add_argument("--description", default="", help="what the token is for")
    create.add_argument("--expires-in-days", type=float, help="the token stops working after this many days")
    _store_flags(create)
    listing = tokens_sub.add_parser("list", help="list tokens (never their secrets)")
    listing.add_argument("--principal", default="", help="only tokens of this principal")
    listing.add_argument("--all", action="store_true", help="include revoked tokens")
    _store_flags(listing)
    revoke = tokens_sub.add_parser("revoke", help="revoke a token by its id (tok_...)")
    revoke.add_argument("token_id")
    _store_flags(revoke)

    roles = sub.add_parser("roles", help="grant, revoke and list roles directly in the database, and exit")
    roles_sub = roles.add_subparsers(dest="action", required=True)
    for name, what in (("grant", "grant a role"), ("revoke", "revoke a role")):
        p = roles_sub.add_parser(name, help=f"{what}, globally or on one model")
        p.add_argument("principal")
        p.add_argument("role", choices=[r.lower for r in Role])
        p.add_argument("--model", default="", help="the registered model; omitted: globally")
        _store_flags(p)
    roles_list = roles_sub.add_parser("list", help="list role bindings")
    roles_list.add_argument("--principal", default="")
    roles_list.add_argument("--model", default="")
    _store_flags(roles_list)

    audit = sub.add_parser("audit", help="check the audit trail directly in the database, and exit")
    audit_sub = audit.add_subparsers(dest="action", required=True)
    verify = audit_sub.add_parser(
        "verify", help="walk the hash chain: exit 0 if intact, 1 naming the first altered or missing record"
    )
    _store_flags(verify)

    gc = sub.add_parser("gc", help="delete blobs and uploads that no READY or restorable version uses, and exit")
    _store_flags(gc)
    _artifact_flags(gc)

    imp = sub.add_parser(
        "import-mlflow",
        help="copy an MLflow server's models, versions, aliases, stages, runs and files into a running regserver",
        description="Copies an MLflow server's registry, and the runs behind its versions, into a running regserver "
        "through its API. Version numbers stay MLflow's; files are hashed into the content-addressed store. Run it "
        "again to resume: what is already there is skipped.",
        epilog="example: regserver import-mlflow --from http://old-mlflow:5000 --target localhost:50051",
    )
    imp.add_argument("--from", dest="from_url", required=True, metavar="URL", help="the MLflow tracking server")
    imp.add_argument(
        "--target",
        default=os.environ.get("REGCTL_TARGET", "localhost:50051"),
        help="regserver's gRPC address (env REGCTL_TARGET; default localhost:50051)",
    )
    imp.add_argument("--token", default=os.environ.get("REGCTL_TOKEN", ""), help="a regserver token (env REGCTL_TOKEN)")
    imp.add_argument(
        "--from-token",
        default=os.environ.get("MLFLOW_TRACKING_TOKEN", ""),
        help="a bearer token for the MLflow server (env MLFLOW_TRACKING_TOKEN)",
    )
    imp.add_argument(
        "--model", action="append", dest="models", metavar="NAME", help="copy only this model (repeatable)"
    )
    return parser


def _import_mlflow(args: argparse.Namespace) -> int:
    """`regserver import-mlflow`: progress on stdout, then the summary; 1 if it could not finish."""
    from regserver.importers.mlflow import ImportFailed, import_mlflow

    def say(line: str) -> None:
        print(line, flush=True)

    try:
        summary = import_mlflow(
            args.from_url, args.target, token=args.token, source_token=args.from_token, models=args.models, say=say
        )
    except ImportFailed as e:
        print(f"regserver import-mlflow: {e}; run the same command again to resume", file=sys.stderr)
        return 1
    for line in summary.lines():
        print(line)
    return 0


async def _serve(settings: Settings) -> None:
    # Handlers first: a SIGTERM that arrives as soon as the port is announced still stops cleanly.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    server = RegServer(settings)
    try:
        port = await server.start()
    except BaseException:
        await server.stop(0)
        raise
    runtime.settle_collector()
    collector = asyncio.create_task(runtime.collect_periodically(server.hub.busy), name="collector")
    log.info(
        "regserver %s listening on %s:%d%s (database %s)",
        __version__,
        settings.host,
        port,
        " with TLS" + (" (client certificates required)" if settings.tls_client_ca_file else "")
        if settings.tls
        else "",
        safe_url(server.engine),
    )
    if server.http_port:
        scheme = "https" if settings.tls else "http"
        log.info("web UI and HTTP API on %s://%s:%d/", scheme, settings.host, server.http_port)
    if server.metrics_port:
        log.info("metrics on http://%s:%d/metrics", settings.metrics_host, server.metrics_port)
    await stop.wait()
    collector.cancel()
    log.info("shutting down: finishing in-flight calls (up to %gs)", settings.shutdown_grace_seconds)
    await server.stop()
    log.info("stopped")


def _reachable(engine: Engine) -> bool:
    try:
        engine.connect().close()
    except (OperationalError, InterfaceError):
        return False
    return True


def _migrate(settings: Settings, action: str) -> None:
    url = settings.resolved_database_url
    if url.startswith("sqlite:"):
        os.makedirs(settings.data_dir, exist_ok=True)
    engine = make_engine(url)
    try:
        if not _reachable(engine):
            raise StartupError(f"cannot reach the database at {safe_url(engine)}")
        before = migrate.current_revision(engine)
        if action == "current":
            print(f"database schema: {before or 'empty'} (this regserver's: {migrate.head_revision()})")
        elif action == "history":
            for revision, doc in migrate.history():
                mark = "  <- database" if revision == before else ""
                print(f"{revision}  {doc}{mark}")
        else:
            migrate_database(engine)
            print(f"database schema: {before or 'empty'} -> {migrate.current_revision(engine)}")
    finally:
        engine.dispose()


def _backup(settings: Settings, destination: str) -> None:
    """SQLite's online backup API: a consistent copy while the server keeps writing."""
    url = settings.resolved_database_url
    if not url.startswith("sqlite:"):
        raise StartupError("backup copies SQLite databases; back up PostgreSQL with pg_dump (see README, Backups)")
    source = make_engine(url).url.database or ""
    if not os.path.isfile(source):
        raise StartupError(f"no SQLite database at {source}")
    if os.path.exists(destination):
        raise StartupError(f"{destination} exists; choose a new file")
    with sqlite3.connect(source) as src, sqlite3.connect(destination) as dst:
        src.backup(dst)
    print(f"backed up {source} to {destination} ({os.path.getsize(destination)} bytes)")


async def _gc(settings: Settings) -> None:
    server = RegServer(settings)
    try:
        await asyncio.get_running_loop().run_in_executor(server.executor, migrate_database, server.engine)
        report = await server.artifacts.collect_garbage(settings.upload_timeout_us)
    finally:
        await server.stop(0)
    print(
        f"gc: {report.failed_versions} abandoned versions marked FAILED, {report.deleted_blobs} blobs and "
        f"{report.deleted_uploads} uploads deleted"
    )


def _time(us: int | None) -> str:
    if us is None:
        return "-"
    return datetime.fromtimestamp(us / 1_000_000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def _admin(settings: Settings, args: argparse.Namespace) -> None:
    """`regserver tokens ...` and `regserver roles ...`: the same rules as the RPCs, straight on the database."""
    url = settings.resolved_database_url
    if url.startswith("sqlite:"):
        os.makedirs(settings.data_dir, exist_ok=True)
    engine = make_engine(url)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="regserver-cli")
    store = SqlStore(engine, settings.purge_after_us)
    creator = f"cli:{getpass.getuser()}"
    try:
        await asyncio.get_running_loop().run_in_executor(executor, migrate_database, engine)
        access = Access(SqlAccessStore(store), executor, cache_seconds=0)
        if args.command == "tokens" and args.action == "create":
            role = Role.ADMIN if args.admin else (Role(args.role.upper()) if args.role else None)
            expire = None
            if args.expires_in_days is not None:
                expire = int(time.time() * 1_000_000 + args.expires_in_days * 86400 * 1_000_000)
            token, secret = await access.create_token(args.principal, args.description, expire, creator, role)
            granted = f", role {role.lower} globally" if role else ""
            print(
                f"created token {token.id} for {token.principal!r}{granted}, expires {_time(token.expire_time)}; "
                "its secret (printed once, on stdout) follows",
                file=sys.stderr,
            )
            print(secret)
        elif args.command == "tokens" and args.action == "list":
            page_token = ""
            print("ID\tPRINCIPAL\tCREATED\tEXPIRES\tREVOKED\tDESCRIPTION")
            while True:
                page = await access.list_tokens(args.principal, args.all, 1000, page_token)
                for t in page.items:
                    print(
                        f"{t.id}\t{t.principal}\t{_time(t.create_time)}\t{_time(t.expire_time)}\t"
                        f"{_time(t.revoke_time)}\t{t.description}"
                    )
                page_token = page.next_page_token
                if not page_token:
                    break
        elif args.command == "tokens":
            token = await access.revoke_token(args.token_id)
            print(f"revoked token {token.id} of {token.principal!r} at {_time(token.revoke_time)}")
        elif args.action in ("grant", "revoke"):
            role = Role(args.role.upper())
            if args.action == "grant":
                binding = await access.grant_role(args.principal, role, args.model, creator)
            else:
                binding = await access.revoke_role(args.principal, role, args.model)
            where = f"on model {binding.model_name!r}" if binding.model_name else "globally"
            done = "granted" if args.action == "grant" else "revoked"
            print(f"{done} role {binding.role.lower} {where} for {binding.principal!r}")
        else:
            page_token = ""
            print("PRINCIPAL\tROLE\tMODEL\tCREATED\tCREATOR")
            while True:
                bindings = await access.list_role_bindings(args.principal, args.model, 1000, page_token)
                for b in bindings.items:
                    print(f"{b.principal}\t{b.role.lower}\t{b.model_name or '*'}\t{_time(b.create_time)}\t{b.creator}")
                page_token = bindings.next_page_token
                if not page_token:
                    break
    finally:
        executor.shutdown(wait=True)
        store.close()
        engine.dispose()


def _audit_verify(settings: Settings) -> int:
    """`regserver audit verify`: recomputes every record's hash and its link to the one before."""
    engine = make_engine(settings.resolved_database_url)
    store = SqlStore(engine, settings.purge_after_us)
    try:
        migrate_database(engine, upgrade=False)
        verdict = SqlAuditStore(store).verify()
    finally:
        store.close()
        engine.dispose()
    if verdict.broken_at is None:
        print(f"audit trail intact: {verdict.checked} records, hash chain verified")
        return 0
    print(
        f"audit trail BROKEN at record {verdict.broken_at}: {verdict.reason} "
        f"({verdict.checked} records before it verified)",
        file=sys.stderr,
    )
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "import-mlflow":  # a client of a running server: no settings of its own
        return _import_mlflow(args)
    overrides = {
        k: v
        for k, v in vars(args).items()
        if k
        not in (
            "command",
            "config",
            "action",
            "destination",
            "principal",
            "admin",
            "role",
            "description",
            "expires_in_days",
            "all",
            "token_id",
            "model",
        )
    }
    try:
        settings = load(overrides, config_file=args.config)
    except SettingError as e:
        print(f"regserver: bad setting {e}", file=sys.stderr)
        return 2
    logs.configure(settings.log_format, settings.log_level)
    try:
        if args.command == "migrate":
            _migrate(settings, args.action)
        elif args.command == "backup":
            _backup(settings, args.destination)
        elif args.command == "gc":
            asyncio.run(_gc(settings))
        elif args.command in ("tokens", "roles"):
            asyncio.run(_admin(settings, args))
        elif args.command == "audit":
            return _audit_verify(settings)
        else:
            runtime.bound_allocator_retention()  # before the server's threads make their arenas
            asyncio.run(_serve(settings))
    except (StartupError, OSError) as e:
        print(f"regserver: {e}", file=sys.stderr)
        return 1
    except RegistryError as e:
        print(f"regserver: {e.message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
