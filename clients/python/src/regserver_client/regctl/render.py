"""Small renderings every command uses: sizes, statuses, tags, progress, and printing a response."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TextIO

from google.protobuf.message import Message

from ..v1 import governance_pb2, model_pb2
from . import output


def human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def status_of(version: model_pb2.ModelVersion) -> str:
    return model_pb2.ModelVersionStatus.Name(version.status).removeprefix("MODEL_VERSION_STATUS_")


def stage_of(version: model_pb2.ModelVersion) -> str:
    return model_pb2.Stage.Name(version.stage).removeprefix("STAGE_")


def tags_text(tags: Any) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(tags.items())) or "-"


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def number(value: float) -> str:
    return f"{value:.6g}"


class Progress:
    """A progress callback for upload/download that draws on a stream (stderr).

    On a terminal: a bar redrawn in place at most 10 times a second, and at the end.
    Otherwise (a log, a pipe): one line each time another 10% is done.
    """

    def __init__(self, label: str, stream: TextIO, tty: bool | None = None) -> None:
        self._label = label
        self._stream = stream
        self._tty = stream.isatty() if tty is None else tty
        self._lock = threading.Lock()
        self._last_draw = 0.0
        self._last_tenth = -1
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            fraction = 1.0 if total == 0 else done / total
            if self._tty:
                now = time.monotonic()
                if done < total and now - self._last_draw < 0.1:
                    return
                self._last_draw = now
                width = 30
                filled = int(width * fraction)
                self._stream.write(
                    f"\r{self._label} [{'#' * filled}{' ' * (width - filled)}] {fraction:4.0%} "
                    f"{human(done)} / {human(total)}\x1b[K"  # clear what a longer line left
                )
                self._drawn = True
                if done >= total:
                    self.close()
            else:
                tenth = int(fraction * 10)
                if tenth > self._last_tenth:
                    self._last_tenth = tenth
                    self._stream.write(f"{self._label}: {tenth * 10}% ({done}/{total} bytes)\n")
            self._stream.flush()

    def close(self) -> None:
        """Ends the bar's line on a terminal."""
        if self._tty and self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False


def output_format(args: argparse.Namespace, *, write: bool = False) -> str:
    """The output format asked for; a read defaults to a table on a terminal and JSON otherwise, a
    change to its one-line summary (`line`) unless -o asks for more."""
    chosen: str | None = getattr(args, "output", None)
    if chosen:
        return chosen
    return "line" if write else output.default_format(sys.stdout)


def show(args: argparse.Namespace, response: Message, table: Callable[[TextIO], None], line: str = "") -> None:
    """Prints a response: the summary line of a change, its table, or its JSON or YAML."""
    fmt = output_format(args, write=bool(line))
    if fmt == "line":
        print(line)
    else:
        output.emit(response, fmt, table)


def target_text(t: governance_pb2.PromotionTarget) -> str:
    if t.WhichOneof("kind") == "alias":
        return f"alias {t.alias}"
    return "stage " + model_pb2.Stage.Name(t.stage).removeprefix("STAGE_")
