"""`regserver serve` and `regserver migrate`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence

from sqlalchemy import Engine
from sqlalchemy.exc import InterfaceError, OperationalError

from regserver import __version__
from regserver.config import SettingError, Settings, env_name, load
from regserver.server import RegServer, StartupError, migrate_database, safe_url
from regserver.store import migrate
from regserver.store.engine import make_engine

log = logging.getLogger("regserver")


def _flag(p: argparse.ArgumentParser, field: str, kind: type, what: str) -> None:
    """A flag for a Settings field, documenting its environment variable and default."""
    default = getattr(Settings(), field)
    shown = f"; default {default:g}" if isinstance(default, float) else (f"; default {default}" if default else "")
    p.add_argument(f"--{field.replace('_', '-')}", type=kind, help=f"{what} (env {env_name(field)}{shown})")


def _store_flags(p: argparse.ArgumentParser) -> None:
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
    _store_flags(serve)
    _artifact_flags(serve)
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

    mig = sub.add_parser("migrate", help="upgrade the database schema to the latest version and exit")
    _store_flags(mig)

    gc = sub.add_parser("gc", help="delete blobs and uploads that no READY or restorable version uses, and exit")
    _store_flags(gc)
    _artifact_flags(gc)
    return parser


async def _serve(settings: Settings) -> None:
    server = RegServer(settings)
    try:
        port = await server.start()
    except BaseException:
        await server.stop(0)
        raise
    log.info("regserver %s listening on %s:%d (database %s)", __version__, settings.host, port, safe_url(server.engine))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("shutting down: finishing in-flight calls (up to %gs)", settings.shutdown_grace_seconds)
    await server.stop()
    log.info("stopped")


def _reachable(engine: Engine) -> bool:
    try:
        engine.connect().close()
    except (OperationalError, InterfaceError):
        return False
    return True


def _migrate(settings: Settings) -> None:

    url = settings.resolved_database_url
    if url.startswith("sqlite:"):
        os.makedirs(settings.data_dir, exist_ok=True)
    engine = make_engine(url)
    try:
        before = migrate.current_revision(engine) if _reachable(engine) else None
        migrate_database(engine)
        after = migrate.current_revision(engine)
    finally:
        engine.dispose()
    print(f"database schema: {before or 'empty'} -> {after}")


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


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    overrides = {k: v for k, v in vars(args).items() if k != "command"}
    try:
        settings = load(overrides)
    except SettingError as e:
        print(f"regserver: bad setting {e}", file=sys.stderr)
        return 2
    try:
        if args.command == "migrate":
            _migrate(settings)
        elif args.command == "gc":
            asyncio.run(_gc(settings))
        else:
            asyncio.run(_serve(settings))
    except (StartupError, OSError) as e:
        print(f"regserver: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
