"""What moving a GiB costs this machine in its parts, measured beside the transfers: the budget that
regserver's figures are read against (RESULTS.md, "CPU budget").

Each primitive runs on one thread; CPU is that thread's own (CLOCK_THREAD_CPUTIME_ID), wall is
perf_counter, both scaled to one GiB and the best of `repeats`: the cost floor, which is what the
budget asks (the kernel's part of a write varies up to 3x with the state of this VM's memory). Files
are written where the benchmark's own files are, each repeat deleting the previous repeat's file
just before writing its own, as the cp reference does (memory this VM has not touched in a while
costs up to 3x more to write into the first time).
"""

from __future__ import annotations

import hashlib
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
GIB = 1024 * MIB
_PIECE = MIB  # bytes per call: the SDK's and the server's chunk size


@dataclass(frozen=True)
class Cost:
    """Seconds per GiB: of CPU on the thread doing it, and of wall time."""

    cpu_s: float
    wall_s: float


def _timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """(thread CPU s, wall s, bytes) of fn(), which returns the bytes it moved."""
    cpu, wall = time.thread_time(), time.perf_counter()
    moved = fn()
    return time.thread_time() - cpu, time.perf_counter() - wall, moved


def _best(samples: list[tuple[float, float, int]]) -> Cost:
    return Cost(min(c / n * GIB for c, _, n in samples), min(w / n * GIB for _, w, n in samples))


def sha256(size: int, block: bytes) -> int:
    """hashlib.sha256 over `size` bytes in 1 MiB pieces of an in-memory block (one core)."""
    hasher = hashlib.sha256()
    view = memoryview(block)
    done = 0
    while done < size:
        for at in range(0, len(block), _PIECE):
            hasher.update(view[at : at + _PIECE])
        done += len(block)
    return done


def memcpy(size: int, block: bytes) -> int:
    """1 MiB pieces of a block copied into one reused (already touched) 1 MiB buffer."""
    target = memoryview(bytearray(_PIECE))
    view = memoryview(block)
    done = 0
    while done < size:
        for at in range(0, len(block), _PIECE):
            target[:] = view[at : at + _PIECE]
        done += len(block)
    return done


def fresh_copies(size: int, block: bytes) -> int:
    """1 MiB pieces joined into new 4 MiB bytes objects (allocation, page faults, copy): what
    `b"".join` of received pieces costs when it cannot reuse a buffer."""
    view = memoryview(block)
    done = 0
    while done < size:
        for at in range(0, len(block), 4 * _PIECE):
            joined = b"".join(view[i : i + _PIECE] for i in range(at, min(at + 4 * _PIECE, len(block)), _PIECE))
            done += len(joined)
            del joined
    return done


def _write_file(path: Path, size: int, block: bytes) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(block)
        done = 0
        while done < size:
            for at in range(0, len(block), _PIECE):
                done += os.write(fd, view[at : at + _PIECE])
        return done
    finally:
        os.close(fd)


def _read_file(path: Path) -> int:
    buffer = bytearray(_PIECE)
    done = 0
    with open(path, "rb", buffering=0) as f:
        while n := f.readinto(buffer):
            done += n
    return done


def _fsync(path: Path) -> int:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return os.path.getsize(path)


def _loopback(path: Path) -> tuple[tuple[float, float, int], tuple[float, float, int]]:
    """sendfile of the (cached) file to a TCP connection on 127.0.0.1, received into a reused 1 MiB
    buffer on another thread: the sender's and the receiver's (CPU, wall, bytes)."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    got: list[tuple[float, float, int]] = []

    def receive() -> None:
        conn, _ = listener.accept()
        buffer = bytearray(_PIECE)

        def drain() -> int:
            done = 0
            while n := conn.recv_into(buffer):
                done += n
            return done

        with conn:
            got.append(_timed(drain))

    receiver = threading.Thread(target=receive, name="recv")
    receiver.start()
    try:
        with socket.create_connection(("127.0.0.1", port)) as sender, open(path, "rb") as f:
            sent = _timed(lambda: sender.sendfile(f))
    finally:
        receiver.join()
        listener.close()
    return sent, got[0]


def measure(work: Path, size: int, repeats: int = 3) -> dict[str, Cost]:
    """Each primitive over `size` bytes, `repeats` times (the best of each), in seconds per GiB."""
    block = os.urandom(min(size, 64 * MIB))
    costs: dict[str, list[tuple[float, float, int]]] = {
        k: [] for k in ("sha256", "memcpy", "fresh", "write", "fsync", "read", "sendfile", "recv")
    }
    path = work / "primitive.bin"
    _write_file(path, size, block)  # the first write of the run: untimed
    for _ in range(repeats):
        costs["sha256"].append(_timed(lambda: sha256(size, block)))
        costs["memcpy"].append(_timed(lambda: memcpy(size, block)))
        costs["fresh"].append(_timed(lambda: fresh_copies(size, block)))
        path.unlink()
        costs["write"].append(_timed(lambda: _write_file(path, size, block)))
        costs["fsync"].append(_timed(lambda: _fsync(path)))
        costs["read"].append(_timed(lambda: _read_file(path)))
        sent, received = _loopback(path)
        costs["sendfile"].append(sent)
        costs["recv"].append(received)
    path.unlink()
    return {name: _best(samples) for name, samples in costs.items()}
