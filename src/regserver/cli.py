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


def _add_store_flags(p: argparse.ArgumentParser) -> None:
    d = Settings()
    p.add_argument(
        "--data-dir", help=f"directory for the SQLite database (env {env_name('data_dir')}; default {d.data_dir})"
    )
    p.add_argument(
        "--database-url",
        help=f"SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (env {env_name('database_url')}; "
        "default SQLite in the data directory)",
    )


def _parser() -> argparse.ArgumentParser:
    d = Settings()
    parser = argparse.ArgumentParser(prog="regserver", description="An ML model registry served over gRPC.")
    parser.add_argument("--version", action="version", version=f"regserver {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the gRPC server")
    serve.add_argument("--host", help=f"address to listen on (env {env_name('host')}; default {d.host})")
    serve.add_argument(
        "--port", type=int, help=f"port to listen on, 0 for any free one (env {env_name('port')}; default {d.port})"
    )
    _add_store_flags(serve)
    serve.add_argument(
        "--retention-days",
        type=float,
        help=f"how long deleted models and versions stay restorable (env {env_name('retention_days')}; "
        f"default {d.retention_days:g})",
    )
    serve.add_argument(
        "--workers", type=int, help=f"database worker threads (env {env_name('workers')}; default {d.workers})"
    )
    serve.add_argument(
        "--db-pool-size",
        type=int,
        help=f"database connections (env {env_name('db_pool_size')}; default {d.db_pool_size})",
    )
    serve.add_argument(
        "--no-migrate",
        dest="migrate",
        action="store_const",
        const=False,
        help=f"do not upgrade the database schema at start-up (env {env_name('migrate')}=false)",
    )
    serve.add_argument(
        "--shutdown-grace-seconds",
        type=float,
        help=f"how long in-flight calls may finish after SIGTERM (env {env_name('shutdown_grace_seconds')}; "
        f"default {d.shutdown_grace_seconds:g})",
    )

    mig = sub.add_parser("migrate", help="upgrade the database schema to the latest version and exit")
    _add_store_flags(mig)
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
        else:
            asyncio.run(_serve(settings))
    except (StartupError, OSError) as e:
        print(f"regserver: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
