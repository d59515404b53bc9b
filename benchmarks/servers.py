"""The servers under test, each a subprocess started and stopped here, and their memory.

Every server runs in its own process group, so stopping it also stops the
workers it forked (uvicorn's, MLflow's) without touching anything else.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

REPO = Path(__file__).resolve().parent.parent
MLFLOW_VERSION = "3.17.2"  # newest MLflow 3.x whose wheels (mlflow, -skinny, -tracing) are all on PyPI here
MLFLOW_VENV = REPO / "benchmarks" / ".mlflow-venv"
# One uvicorn worker: MLflow's fastest setting on the 2-core machine the results come
# from. With 2 or 4 workers every request took about 40 ms longer (12 -> 52 ms for
# get-version) and 8-client create throughput fell (68 -> 48 -> 36 versions/s).
MLFLOW_WORKERS = 1

WEBHOOK_CACHE_TTL_S = 1
_LISTENING = re.compile(r"listening on [\w.:\[\]-]+:(\d+)")
_HTTP = re.compile(r"web UI and HTTP API on (https?://[\w.:\[\]-]+:\d+)/")
_METRICS = re.compile(r"metrics on (http://[\w.:\[\]-]+:\d+/metrics)")
PAGE = os.sysconf("SC_PAGE_SIZE")
TICK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def mlflow_python() -> Path:
    return MLFLOW_VENV / "bin" / "python"


def installed_mlflow_version() -> str | None:
    if not mlflow_python().exists():
        return None
    result = subprocess.run(
        [str(mlflow_python()), "-c", "import mlflow; print(mlflow.__version__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.strip() if result.returncode == 0 else None


def ensure_mlflow(log: Path) -> str:
    """Installs the pinned MLflow in its own virtualenv unless it is already there; returns its version."""
    version = installed_mlflow_version()
    if version == MLFLOW_VERSION:
        return version
    print(f"installing mlflow=={MLFLOW_VERSION} into {MLFLOW_VENV} (once; about a minute)", flush=True)
    with open(log, "a") as out:
        if not mlflow_python().exists():
            subprocess.run([sys.executable, "-m", "venv", str(MLFLOW_VENV)], check=True, stdout=out, stderr=out)
        pip = [str(mlflow_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True, stdout=out, stderr=out)
        subprocess.run([*pip, f"mlflow=={MLFLOW_VERSION}"], check=True, stdout=out, stderr=out)
    version = installed_mlflow_version()
    if version != MLFLOW_VERSION:
        raise RuntimeError(f"mlflow {MLFLOW_VERSION} did not install (found {version}); see {log}")
    return version


# -- memory ---------------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name is in parentheses and may hold spaces: split after the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree_pids(root: int) -> list[int]:
    children = _children()
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(children.get(pid, []))
    return pids


def rss_bytes(pids: Sequence[int]) -> int:
    """Summed resident set size (shared pages of forked workers count once per process)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except OSError:
            continue
    return total


def tree_rss(root: int) -> int:
    return rss_bytes(tree_pids(root))


def cpu_seconds(pids: Sequence[int]) -> float:
    """Summed user + system CPU time of the processes (all their threads), from /proc/<pid>/stat."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat(5)
    return ticks / TICK


class RssSampler:
    """Samples a process tree's RSS every `interval` seconds on a thread; `peak` is the highest seen."""

    def __init__(self, root: int, interval: float = 0.05) -> None:
        self.root = root
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        pids = tree_pids(self.root)
        next_rescan = time.monotonic() + 1.0
        while not self._stop.is_set():
            if time.monotonic() > next_rescan:  # workers may come and go
                pids = tree_pids(self.root)
                next_rescan = time.monotonic() + 1.0
            self.peak = max(self.peak, rss_bytes(pids))
            self._stop.wait(self.interval)

    def __enter__(self) -> Self:
        self.peak = tree_rss(self.root)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.root))


# -- processes ------------------------------------------------------------------------------


class ServerProcess:
    """A server started in a new process group, its output in `log`; stop() ends the group."""

    name = "server"

    def __init__(self, log: Path) -> None:
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.target = ""

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def _spawn(self, cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=cwd,
                start_new_session=True,
            )  # fmt: skip

    def _check_alive(self) -> None:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; log:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError as e:
            return f"(no log: {e})"

    def stop(self, timeout: float = 20.0) -> None:
        if self.proc is None:
            return
        pgid = self.proc.pid  # the group we created with start_new_session
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(pgid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        # Workers that outlived their parent are still in the group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        self.proc = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class RegserverProcess(ServerProcess):
    """`python -m regserver serve --port 0`; the port comes from its "listening on" log line."""

    def __init__(
        self, name: str, data_dir: Path, database_url: str, log: Path, artifact_root: str = "",
        extra_args: Sequence[str] = (),
    ) -> None:  # fmt: skip
        super().__init__(log)
        self.name = name
        self.data_dir = data_dir
        self.database_url = database_url
        self.artifact_root = artifact_root
        self.extra_args = list(extra_args)
        self.port = 0
        self.http_url = ""  # its MLflow REST API, web UI and Connect gateway
        self.metrics_url = ""  # Prometheus text: regserver_artifact_received_bytes and the rest

    def start(self, timeout: float = 60.0) -> Self:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        start_offset = self.log.stat().st_size if self.log.exists() else 0
        cmd = [sys.executable, "-m", "regserver", "serve", "--port", "0", "--metrics-port", "0", "--http-port", "0"]
        cmd += ["--data-dir", str(self.data_dir)]
        if self.database_url:
            cmd += ["--database-url", self.database_url]
        if self.artifact_root:
            cmd += ["--artifact-root", self.artifact_root]
        self._spawn([*cmd, *self.extra_args], cwd=REPO)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            with open(self.log, errors="replace") as f:
                f.seek(start_offset)
                text = f.read()
            match, http, metrics = _LISTENING.search(text), _HTTP.search(text), _METRICS.search(text)
            if match and http and metrics:
                self.port = int(match.group(1))
                self.target = f"127.0.0.1:{self.port}"
                self.http_url = http.group(1)
                self.metrics_url = metrics.group(1)
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"{self.name} did not report its port within {timeout}s; log:\n{self.log_tail()}")


class MlflowServer(ServerProcess):
    """`mlflow server` on SQLite with proxied artifacts (--serve-artifacts, --artifacts-destination)."""

    name = "mlflow"

    def __init__(self, work_dir: Path, log: Path, workers: int = MLFLOW_WORKERS) -> None:
        super().__init__(log)
        self.work_dir = work_dir
        self.db_path = work_dir / "mlflow.db"
        self.artifacts = work_dir / "artifacts"
        self.workers = workers
        self.port = 0

    def start(self, timeout: float = 120.0) -> Self:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        cmd = [
            str(MLFLOW_VENV / "bin" / "mlflow"), "server",
            "--backend-store-uri", f"sqlite:///{self.db_path}",
            "--artifacts-destination", str(self.artifacts),
            "--serve-artifacts",
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--workers", str(self.workers),
        ]  # fmt: skip
        self._spawn(cmd, env=mlflow_env(server=True), cwd=self.work_dir)
        self.target = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            try:
                with urllib.request.urlopen(f"{self.target}/health", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"mlflow server did not answer /health within {timeout}s; log:\n{self.log_tail()}")


def mlflow_env(server: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "true", "PYTHONUNBUFFERED": "1"})
    if server:
        # The job runner serves GenAI features (scorers, trace archival) that a model
        # registry never uses; left on it adds processes and background CPU.
        env["MLFLOW_SERVER_ENABLE_JOB_EXECUTION"] = "false"
        # Webhooks to the benchmark's local receiver (plain http on 127.0.0.1), and a
        # short cache of the webhook list so new webhooks count within a second.
        env["MLFLOW_WEBHOOK_ALLOWED_SCHEMES"] = "http,https"
        env["MLFLOW_WEBHOOK_ALLOW_PRIVATE_IPS"] = "true"
        env["MLFLOW_WEBHOOK_CACHE_TTL"] = str(WEBHOOK_CACHE_TTL_S)
    return env
