"""One contract, four languages: Python registers and promotes; the Go, TypeScript, Java and Python
serving examples each resolve the alias, download and verify the same bytes, and see the promotion.

A field one generator renders differently (a digest's hex, a size, a path, a revision) shows up as
a differing line or file here. The examples are built by `make build-clients` (part of `make test`).
"""

from __future__ import annotations

import dataclasses
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from regserver_client import Registry
from regserver_client.v1 import access_pb2

from regserver.config import Settings
from tests.support.process import bootstrap_admin
from tests.support.server import ServerThread

ROOT = Path(__file__).resolve().parent.parent
BUILD_HINT = "build the clients' examples first: make build-clients"


def reader_commands() -> dict[str, list[str]]:
    node = shutil.which("node")
    java = ROOT / "clients" / "java" / "serving-example"
    go = ROOT / "clients" / "go" / "bin" / "serving-example"
    typescript = ROOT / "clients" / "typescript" / "dist" / "examples" / "serving.js"
    for path in (go, typescript, java):
        assert path.exists(), f"{path.relative_to(ROOT)} is missing; {BUILD_HINT}"
    assert node, "node is not installed"
    return {
        "python": [sys.executable, "-m", "regserver_client.examples.serving"],
        "go": [str(go)],
        "typescript": [node, str(typescript)],
        "java": [str(java)],
    }


class Reader:
    """One language's serving example, its stdout read line by line as it comes."""

    def __init__(self, language: str, command: list[str], target: str, token: str, out: Path) -> None:
        self.language = language
        self.out = out
        self.proc = subprocess.Popen(
            [*command, "--target", target, "--model", "xlang", "--alias", "champion", "--out", str(out),
             "--max-promotions", "1"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "REGSERVER_TOKEN": token},  # every example reads its token from there
        )  # fmt: skip
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def until(self, prefix: str, timeout: float = 90.0) -> list[str]:
        """Lines up to and including the first that starts with prefix."""
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while True:
            try:
                line = self._queue.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"{self.language}: no {prefix} line in {timeout}s; got {seen}") from None
            if line is None:
                raise AssertionError(
                    f"{self.language}: exited {self.proc.wait()} before {prefix}; stdout {seen}; "
                    f"stderr {self.proc.stderr.read() if self.proc.stderr else ''}"
                )
            seen.append(line)
            self.lines.append(line)
            if line.startswith(prefix):
                return seen

    def rest(self, timeout: float = 90.0) -> list[str]:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{self.language}: still running {timeout}s after the promotion") from None
        stderr = self.proc.stderr.read() if self.proc.stderr else ""
        assert code == 0, f"{self.language} exited {code}: {stderr}"
        lines = []
        while (line := self._queue.get(timeout=10)) is not None:
            lines.append(line)
        self.lines += lines
        return lines

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def readers() -> Iterator[list[Reader]]:
    started: list[Reader] = []
    yield started
    for reader in started:
        reader.stop()


def _write_model(directory: Path, seed: int) -> dict[str, bytes]:
    files = {
        "weights/model.bin": os.urandom(3 * 1024 * 1024 + 17),  # spans several 1 MiB chunks
        "config/params.json": f'{{"seed": {seed}, "label": "caf\u00e9 \u2713"}}\n'.encode(),
        "README.txt": b"",  # an empty file: size 0 and the digest of nothing
    }
    for rel, data in files.items():
        (directory / rel).parent.mkdir(parents=True, exist_ok=True)
        (directory / rel).write_bytes(data)
    return files


def _file_lines(registry: Registry, version: int) -> list[str]:
    return [
        f"FILE path={e.path} sha256={e.digest.hash} size={e.digest.size_bytes} verified"
        for e in registry.get_version("xlang", version).files
    ]


@pytest.fixture
def secured(settings: Settings) -> Iterator[tuple[ServerThread, Registry, str]]:
    """A server requiring tokens; a Python client with an admin's token; a viewer's token for the readers."""
    admin_token = bootstrap_admin(settings)
    with (
        ServerThread(dataclasses.replace(settings, auth="required")) as server,
        Registry(server.target, token=admin_token) as registry,
    ):
        viewer = registry.access.CreateToken(access_pb2.CreateTokenRequest(principal="serving")).secret
        registry.access.GrantRole(access_pb2.GrantRoleRequest(principal="serving", role=access_pb2.ROLE_VIEWER))
        yield server, registry, viewer


def test_every_language_reads_what_python_wrote(
    secured: tuple[ServerThread, Registry, str], readers: list[Reader], tmp_path: Path
) -> None:
    """With authentication on: Python writes as an admin, every serving example reads with a viewer's token."""
    server, registry, viewer_token = secured
    commands = reader_commands()
    registry.create_model("xlang")
    v1_files = _write_model(tmp_path / "v1", seed=1)
    v1 = registry.upload_version("xlang", tmp_path / "v1")
    registry.set_alias("xlang", "champion", v1.version)

    for language, command in commands.items():
        readers.append(Reader(language, command, server.target, viewer_token, tmp_path / "out" / language))
    expected_v1 = _file_lines(registry, v1.version)
    assert len(expected_v1) == 3
    for reader in readers:
        lines = reader.until("WATCHING revision=")
        assert lines[0] == f"RESOLVED model=xlang alias=champion version={v1.version}", (reader.language, lines)
        assert lines[1:-1] == expected_v1, (reader.language, lines)
        assert re.fullmatch(r"WATCHING revision=\d+", lines[-1])

    # Every reader is watching: promote a new version from Python.
    v2_files = _write_model(tmp_path / "v2", seed=2)
    v2 = registry.upload_version("xlang", tmp_path / "v2")
    registry.set_alias("xlang", "champion", v2.version)

    promoted: dict[str, str] = {}
    for reader in readers:
        lines = reader.rest()
        assert re.fullmatch(
            rf"PROMOTED model=xlang alias=champion version={v2.version} previous={v1.version} revision=\d+", lines[0]
        ), (reader.language, lines)
        promoted[reader.language] = lines[0]
        assert lines[1:] == _file_lines(registry, v2.version), (reader.language, lines)
    assert len(set(promoted.values())) == 1, f"the languages disagree on the event: {promoted}"

    # The bytes on disk are exactly what Python uploaded, in every language.
    for reader in readers:
        for version, files in ((v1.version, v1_files), (v2.version, v2_files)):
            for rel, data in files.items():
                path = reader.out / f"v{version}" / rel
                assert path.read_bytes() == data, f"{reader.language}: {path} differs"
