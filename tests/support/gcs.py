"""A throw-away Google Cloud Storage emulator for tests.

Each :class:`GcsEmulator` runs the PyPI package ``gcp-storage-emulator`` (a dev
dependency) as a subprocess on a free 127.0.0.1 port, in in-memory mode, and
creates one bucket in it (soft delete off, so deleted objects do not linger in
the emulator's memory).

While it runs, ``STORAGE_EMULATOR_HOST`` is set in ``os.environ`` to its address,
so ``google-cloud-storage`` clients made in this process (the regserver under
test runs in-process) talk to it; ``stop()`` restores the previous value.
Emulators may be nested: each restores what it found.

Usage::

    with GcsEmulator() as gcs:
        backend = GcsBackend.from_url(gcs.url("some/prefix"))

If the emulator cannot start, ``start()`` raises RuntimeError with the tail of
its log (tests never skip for it).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Self

__all__ = ["EMULATOR_ENV", "GcsEmulator"]

EMULATOR_ENV = "STORAGE_EMULATOR_HOST"
_HOST = "127.0.0.1"
_START_ATTEMPTS = 3  # a picked port can be stolen before the emulator binds it


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((_HOST, 0))
        port: int = s.getsockname()[1]
        return port


class GcsEmulator:
    """A private, disposable GCS emulator with one bucket. Also usable as a context manager."""

    def __init__(self, bucket: str = "regserver-test", start_timeout: float = 30.0, set_env: bool = True) -> None:
        self.bucket = bucket
        self._start_timeout = start_timeout
        self._set_env = set_env
        self._proc: subprocess.Popen[bytes] | None = None
        self._port: int | None = None
        self._base_dir: Path | None = None
        self._env_applied = False
        self._saved_env: str | None = None

    # -- public API --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def port(self) -> int:
        if self._port is None or self._proc is None:
            raise RuntimeError("GcsEmulator is not running")
        return self._port

    @property
    def host(self) -> str:
        """The emulator's address as STORAGE_EMULATOR_HOST wants it: http://127.0.0.1:PORT."""
        return f"http://{_HOST}:{self.port}"

    def url(self, prefix: str = "") -> str:
        """gs://<bucket>/<prefix>, for GcsBackend.from_url."""
        prefix = prefix.strip("/")
        return f"gs://{self.bucket}/{prefix}" if prefix else f"gs://{self.bucket}"

    @property
    def log_file(self) -> Path:
        if self._base_dir is None:
            raise RuntimeError("GcsEmulator has not been started")
        return self._base_dir / "emulator.log"

    def start(self) -> None:
        if self._proc is not None:
            raise RuntimeError("GcsEmulator is already running")
        self._base_dir = Path(tempfile.mkdtemp(prefix="regserver-gcs-"))
        try:
            self._start_process()
            self._create_bucket()
        except BaseException:
            self._kill()
            self._cleanup_dir()
            raise
        if self._set_env:
            self._saved_env = os.environ.get(EMULATOR_ENV)
            os.environ[EMULATOR_ENV] = self.host
            self._env_applied = True
        atexit.register(self.stop)

    def stop(self) -> None:
        """Kill the emulator (its data is in memory: gone) and restore STORAGE_EMULATOR_HOST. Idempotent."""
        atexit.unregister(self.stop)
        if self._env_applied:
            if self._saved_env is None:
                os.environ.pop(EMULATOR_ENV, None)
            else:
                os.environ[EMULATOR_ENV] = self._saved_env
            self._env_applied = False
        self._kill()
        self._cleanup_dir()

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
        state = f"port={self._port}" if self.running else "stopped"
        return f"<GcsEmulator {state} bucket={self.bucket}>"

    # -- internals ---------------------------------------------------------------------------

    def _start_process(self) -> None:
        assert self._base_dir is not None
        for _attempt in range(_START_ATTEMPTS):
            port = _free_port()
            with open(self.log_file, "ab") as log:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "gcp_storage_emulator", "start",
                     "--host", _HOST, "--port", str(port), "--in-memory"],
                    cwd=self._base_dir,
                    env={**os.environ, "STORAGE_BASE": str(self._base_dir)},
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )  # fmt: skip
            self._port = port
            if self._wait_until_up():
                return
            self._kill()
            if "Address already in use" not in self._log_tail():
                break
        raise RuntimeError(
            f"gcp-storage-emulator failed to start on {_HOST} (is the dev extra installed? "
            f"pip install -e '.[dev]')\n--- tail of {self.log_file} ---\n{self._log_tail()}"
        )

    def _wait_until_up(self) -> bool:
        assert self._proc is not None
        deadline = time.monotonic() + self._start_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"http://{_HOST}:{self._port}/", timeout=2) as resp:
                    if resp.status == 200:
                        return True
            except (OSError, urllib.error.URLError):
                pass
            time.sleep(0.05)
        return False

    def _request(self, method: str, path: str, body: dict[str, object]) -> None:
        req = urllib.request.Request(
            f"http://{_HOST}:{self._port}{path}",
            data=json.dumps(body).encode(),
            method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                resp.read()
        except (OSError, urllib.error.URLError) as e:
            raise RuntimeError(
                f"gcp-storage-emulator: {method} {path} failed: {e}\n"
                f"--- tail of {self.log_file} ---\n{self._log_tail()}"
            ) from e

    def _create_bucket(self) -> None:
        self._request("POST", "/storage/v1/b?project=regserver", {"name": self.bucket})
        # The emulator keeps deleted objects for 7 days by default, in memory: switch that off.
        self._request(
            "PATCH",
            f"/storage/v1/b/{self.bucket}",
            {"softDeletePolicy": {"retentionDurationSeconds": "0"}},
        )

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except (OSError, RuntimeError) as e:
            return f"(no emulator log: {e})"
        return "\n".join(text.splitlines()[-lines:])

    def _cleanup_dir(self) -> None:
        if self._base_dir is not None:
            shutil.rmtree(self._base_dir, ignore_errors=True)
        self._base_dir = None
