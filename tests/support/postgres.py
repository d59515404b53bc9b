"""A throw-away PostgreSQL server for tests.

Each :class:`PostgresServer` runs its own cluster in a fresh temporary directory on a
free 127.0.0.1 port, with durability switched off for speed. It never touches a
system-wide cluster (e.g. the one Debian starts on 5432).

Usage::

    with PostgresServer() as pg:
        url = pg.create_database("test_store")   # SQLAlchemy URL of a fresh database
        engine = sqlalchemy.create_engine(url)

PostgreSQL must be installed (``scripts/ensure-postgres``). ``initdb``/``pg_ctl``
refuse to run as root, so when the tests run as root the commands are run as the
``postgres`` system user via ``runuser``.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Self

import psycopg
from psycopg import sql

__all__ = ["PostgresServer", "find_bin_dir"]

_NOT_INSTALLED = "PostgreSQL is not installed: run scripts/ensure-postgres (apt-get install postgresql)"
_SERVICE_USER = "postgres"
_DB_USER = "postgres"
_HOST = "127.0.0.1"
_START_ATTEMPTS = 3  # a picked port can be stolen before the server binds it
_DB_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def _version_key(bin_dir: str) -> tuple[int, ...]:
    version = Path(bin_dir).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bin_dir() -> str:
    """Return the bin directory of the newest installed PostgreSQL server.

    Raises RuntimeError if none is installed.
    """
    candidates = [
        d
        for d in glob.glob("/usr/lib/postgresql/*/bin")
        if all(os.access(os.path.join(d, exe), os.X_OK) for exe in ("initdb", "pg_ctl", "postgres"))
    ]
    if not candidates:
        raise RuntimeError(_NOT_INSTALLED)
    return max(candidates, key=_version_key)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((_HOST, 0))
        port: int = s.getsockname()[1]
        return port


def _clean_env() -> dict[str, str]:
    # PGDATA, PGPORT, PGHOST, ... from the caller's environment must not leak in.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    return env


class PostgresServer:
    """A private, disposable PostgreSQL cluster.

    ``start()`` runs initdb and starts the server; ``stop()`` kills it and removes
    its directory. Also usable as a context manager.
    """

    def __init__(
        self,
        bin_dir: str | None = None,
        start_timeout: int = 30,
        settings: Mapping[str, str] | None = None,
    ) -> None:
        """``bin_dir`` overrides :func:`find_bin_dir`; ``settings`` are extra server ``-c`` options."""
        self._bin_dir_override = bin_dir
        self._start_timeout = start_timeout
        self._settings = dict(settings or {})
        self._as_root = os.geteuid() == 0
        self._base_dir: Path | None = None
        self._port: int | None = None
        self._running = False

    # -- public API --------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None or not self._running:
            raise RuntimeError("PostgresServer is not running")
        return self._port

    @property
    def host(self) -> str:
        return _HOST

    @property
    def user(self) -> str:
        return _DB_USER

    @property
    def base_dir(self) -> Path:
        """The temporary directory holding the cluster (``data/``), log and socket."""
        if self._base_dir is None:
            raise RuntimeError("PostgresServer has not been started")
        return self._base_dir

    @property
    def data_dir(self) -> Path:
        return self.base_dir / "data"

    @property
    def log_file(self) -> Path:
        return self.base_dir / "log"

    @property
    def running(self) -> bool:
        return self._running

    @property
    def url(self) -> str:
        """SQLAlchemy URL (psycopg 3 driver) of the ``postgres`` maintenance database."""
        return self.url_for("postgres")

    def url_for(self, dbname: str) -> str:
        return f"postgresql+psycopg://{_DB_USER}@{_HOST}:{self.port}/{dbname}"

    def conninfo(self, dbname: str = "postgres") -> str:
        """libpq conninfo string, for using psycopg directly."""
        return f"host={_HOST} port={self.port} user={_DB_USER} dbname={dbname}"

    def create_database(self, name: str | None = None) -> str:
        """Create a fresh, empty database and return its SQLAlchemy URL.

        ``name`` must be a plain lower-case identifier; if omitted a unique one is made up.
        """
        if name is None:
            name = f"test_{uuid.uuid4().hex[:16]}"
        if not _DB_NAME_RE.match(name):
            raise ValueError(f"invalid database name {name!r}: use [a-z_][a-z0-9_]*, at most 63 chars")
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def start(self) -> None:
        if self._running:
            raise RuntimeError("PostgresServer is already running")
        bin_dir = self._bin_dir_override or find_bin_dir()
        base = Path(tempfile.mkdtemp(prefix="regserver-pg-"))
        self._base_dir = base
        try:
            if self._as_root:
                pw = pwd.getpwnam(_SERVICE_USER)  # KeyError if missing: see below
                os.chown(base, pw.pw_uid, pw.pw_gid)
            self._run(
                [
                    os.path.join(bin_dir, "initdb"),
                    "-D", str(self.data_dir),
                    "-A", "trust",
                    "-U", _DB_USER,
                    "--no-sync",
                    "-E", "UTF8",
                    "--locale=C",
                ],
                what="initdb",
            )  # fmt: skip
            self._start_server(bin_dir)
        except KeyError:
            self._cleanup_dir()
            raise RuntimeError(
                f"system user {_SERVICE_USER!r} does not exist (needed to run PostgreSQL as root): "
                "run scripts/ensure-postgres"
            ) from None
        except BaseException:
            self._cleanup_dir()
            raise
        atexit.register(self.stop)

    def stop(self) -> None:
        """Stop the server (immediate shutdown) and delete its directory. Idempotent."""
        atexit.unregister(self.stop)
        if self._base_dir is None:
            return
        try:
            if self._running and self.data_dir.exists():
                bin_dir = self._bin_dir_override or find_bin_dir()
                self._pg_ctl(bin_dir, ["stop", "-m", "immediate", "-w"], check=False)
        finally:
            self._running = False
            self._cleanup_dir()

    def pause(self) -> None:
        """Stop the server (fast shutdown) but keep its data directory and port, for :meth:`resume`.

        Open connections are terminated, new ones are refused: a database outage.
        """
        if not self._running:
            raise RuntimeError("PostgresServer is not running")
        self._pg_ctl(self._bin_dir(), ["stop", "-m", "fast", "-w"], check=True)
        self._running = False

    def resume(self) -> None:
        """Start a :meth:`pause`-d server again on the same data directory and port."""
        if self._running or self._port is None or self._base_dir is None:
            raise RuntimeError("PostgresServer is not paused")
        result = self._pg_ctl(
            self._bin_dir(),
            ["start", "-l", str(self.log_file), "-w", "-t", str(self._start_timeout), "-o", self._options(self._port)],
            check=False,
        )
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip()
            raise RuntimeError(
                f"PostgreSQL failed to resume (pg_ctl exit {result.returncode}): {output}\n"
                f"--- tail of {self.log_file} ---\n{self._log_tail()}"
            )
        self._running = True

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"port={self._port}" if self._running else "stopped"
        return f"<PostgresServer {state} dir={self._base_dir}>"

    # -- internals ---------------------------------------------------------------------------

    def _bin_dir(self) -> str:
        return self._bin_dir_override or find_bin_dir()

    def _options(self, port: int) -> str:
        """The postgres server options (``pg_ctl start -o``) for listening on ``port``."""
        return " ".join(
            [
                f"-p {port}",
                f"-h {_HOST}",
                f"-k {shlex.quote(str(self.base_dir))}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                *(f"-c {shlex.quote(f'{k}={v}')}" for k, v in self._settings.items()),
            ]
        )

    def _start_server(self, bin_dir: str) -> None:
        log_tail = ""
        for _ in range(_START_ATTEMPTS):
            port = _free_port()
            options = self._options(port)
            result = self._pg_ctl(
                bin_dir,
                ["start", "-l", str(self.log_file), "-w", "-t", str(self._start_timeout), "-o", options],
                check=False,
            )
            if result.returncode == 0:
                self._port = port
                self._running = True
                return
            log_tail = self._log_tail()
            # Make sure a half-started server does not linger before retrying/cleaning up.
            self._pg_ctl(bin_dir, ["stop", "-m", "immediate", "-w"], check=False)
            if "could not bind" not in log_tail and "already in use" not in log_tail:
                break
        output = (result.stdout + result.stderr).strip()
        raise RuntimeError(
            f"PostgreSQL failed to start (pg_ctl exit {result.returncode}): {output}\n"
            f"--- tail of {self.log_file} ---\n{log_tail}"
        )

    def _pg_ctl(self, bin_dir: str, args: list[str], *, check: bool) -> subprocess.CompletedProcess[str]:
        cmd = [os.path.join(bin_dir, "pg_ctl"), "-D", str(self.data_dir), *args]
        return self._run(cmd, what="pg_ctl " + args[0], check=check)

    def _run(self, cmd: list[str], *, what: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        if self._as_root:
            cmd = ["runuser", "-u", _SERVICE_USER, "--", *cmd]
        result = subprocess.run(
            cmd,
            cwd=self.base_dir,  # the service user may not be able to read the caller's cwd
            env=_clean_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{what} failed (exit {result.returncode}): {shlex.join(cmd)}\n"
                f"{(result.stdout + result.stderr).strip()}"
            )
        return result

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError as e:
            return f"(no server log: {e})"
        return "\n".join(text.splitlines()[-lines:])

    def _cleanup_dir(self) -> None:
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
        self._base_dir = None
        self._port = None
