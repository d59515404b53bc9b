"""`regserver` subprocesses for tests: start, read stderr live, stop, and the environment they get."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from regserver.config import Settings

PYTHON_M = [sys.executable, "-m", "regserver"]
# The console script pip installed next to the interpreter.
SCRIPT = [str(Path(sys.executable).with_name("regserver"))]

START_TIMEOUT = 20.0
GRACE_SECONDS = 3.0
LISTENING = re.compile(r"listening on 127\.0\.0\.1:(\d+)")


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without any REGSERVER_* setting leaking in, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGSERVER_")}
    env["PYTHONUNBUFFERED"] = "1"
    # Several servers may run at once (and a developer's own on 9464): any free metrics port.
    env["REGSERVER_METRICS_PORT"] = "0"
    env["REGSERVER_HTTP_PORT"] = "0"
    env.update(extra)
    return env


class ServerProcess:
    """A `regserver serve` subprocess whose stderr is collected line by line by a thread."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str] | None = None, command: Sequence[str] = PYTHON_M):
        self.args = [*command, "serve", *args]
        self.proc = subprocess.Popen(
            self.args,
            env=dict(env) if env is not None else clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.port = 0

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)
            self._queue.put(line)
        self._queue.put(None)

    @property
    def stderr(self) -> str:
        return "".join(self.lines)

    def wait_for_line(self, pattern: re.Pattern[str], timeout: float = START_TIMEOUT) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no line matching {pattern.pattern!r} within {timeout}s:\n{self.stderr}")
            try:
                line = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                raise AssertionError(
                    f"regserver exited ({self.proc.wait()}) before logging {pattern.pattern!r}:\n{self.stderr}"
                )
            if match := pattern.search(line):
                return match

    def wait_listening(self) -> int:
        self.port = int(self.wait_for_line(LISTENING).group(1))
        assert self.port > 0
        return self.port

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    def terminate(self, timeout: float = GRACE_SECONDS + 5) -> int:
        """SIGTERM, then the exit code; the process must be gone within `timeout`."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"regserver still running {timeout}s after SIGTERM:\n{self.stderr}") from None
        self._reader.join(timeout=5)
        return code

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._reader.join(timeout=5)


Spawn = Callable[..., ServerProcess]


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    """Starts ServerProcesses and kills whichever are still running at the end of the test."""
    started: list[ServerProcess] = []

    def start(
        args: Sequence[str], env: Mapping[str, str] | None = None, command: Sequence[str] = PYTHON_M
    ) -> ServerProcess:
        process = ServerProcess(args, env, command)
        started.append(process)
        return process

    try:
        yield start
    finally:
        for process in started:
            process.kill()


def assert_clean_shutdown(process: ServerProcess, started: float | None = None) -> None:
    code = process.terminate()
    assert code == 0, f"exit code {code}:\n{process.stderr}"
    assert "shutting down" in process.stderr, process.stderr
    assert re.search(r"regserver: stopped$", process.stderr, re.MULTILINE), process.stderr
    assert "Traceback" not in process.stderr, process.stderr
    if started is not None:
        assert time.monotonic() - started < GRACE_SECONDS + 5


def run_cli(
    args: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PYTHON_M, *args],
        env=dict(env) if env is not None else clean_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def bootstrap_admin(settings: Settings, name: str = "root") -> str:
    """`regserver tokens create --admin NAME` against the settings' database: the secret it prints."""
    result = run_cli(["tokens", "create", "--admin", name, "--database-url", settings.resolved_database_url])
    assert result.returncode == 0, result.stderr
    assert f"for {name!r}, role admin globally" in result.stderr
    secret = result.stdout.strip()
    assert secret.startswith("rsk_") and "\n" not in secret
    return secret
