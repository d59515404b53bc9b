"""How `regctl` prints what the server answered: a table for people, proto3 JSON or YAML for scripts."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any, TextIO

from google.protobuf import json_format, timestamp_pb2
from google.protobuf.message import Message

__all__ = ["FORMATS", "default_format", "emit", "fields", "json_line", "table", "to_dict", "to_yaml", "when"]

FORMATS = ("table", "json", "yaml")


def default_format(stream: TextIO) -> str:
    """A table for a person at a terminal; JSON for a pipe, a file or a script."""
    return "table" if stream.isatty() else "json"


def to_dict(message: Message) -> dict[str, Any]:
    """The proto3 JSON mapping (lowerCamelCase names, int64 as strings), with fields at their default
    value written too, so a script's `jq .registeredModels[]` or `.modelVersion.aliases` always finds
    the key (an empty list, "", 0) rather than null. Unset message fields stay out, as proto3 JSON has it."""
    return json_format.MessageToDict(message, always_print_fields_with_no_presence=True)


def emit(message: Message, fmt: str, render_table: Callable[[TextIO], None], out: TextIO | None = None) -> None:
    """Prints `message` (a response) as JSON or YAML, or calls `render_table` for the table form."""
    stream = out if out is not None else sys.stdout
    if fmt == "json":
        stream.write(json.dumps(to_dict(message), indent=2, ensure_ascii=False) + "\n")
    elif fmt == "yaml":
        stream.write(to_yaml(to_dict(message)))
    else:
        render_table(stream)


def json_line(message: Message) -> str:
    """The message's proto3 JSON on one line (JSON Lines), for streams."""
    return json.dumps(to_dict(message), separators=(",", ":"), ensure_ascii=False)


def table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Columns padded to their widest cell, two spaces apart; the first row is the header."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def fields(pairs: Sequence[tuple[str, str]], out: TextIO) -> None:
    """One `label: value` line per field, values aligned; a multi-line value is indented below."""
    width = max(len(label) for label, _ in pairs) + 1
    for label, value in pairs:
        lines = value.splitlines() or [""]
        out.write(f"{label + ':':<{width}} {lines[0]}".rstrip() + "\n")
        for line in lines[1:]:
            out.write(f"{'':<{width}} {line}".rstrip() + "\n")


def when(ts: timestamp_pb2.Timestamp) -> str:
    """An RFC 3339 UTC time to the second, or "-" when unset."""
    if not ts.seconds and not ts.nanos:
        return "-"
    moment = datetime.fromtimestamp(ts.seconds, tz=timezone.utc)  # noqa: UP017 (datetime.UTC is 3.11+; the client runs on 3.10)
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


# -- YAML ---------------------------------------------------------------------------------
# The client depends on grpc and protobuf only, so YAML is written here from the JSON mapping.
# Every string is double-quoted with JSON escapes, which YAML reads the same way.


def to_yaml(value: Any) -> str:
    lines = _yaml(value, 0)
    return "\n".join(lines) + "\n"


# Keys safe to write bare; YAML 1.1 readers take these words for booleans or null.
_BARE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) and key.lower() not in _RESERVED else _scalar(key)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    return json.dumps(str(value), ensure_ascii=False)


def _yaml(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, dict):
        if not value:
            return [pad + "{}"]
        lines = []
        for key, item in value.items():
            head = f"{pad}{_key(key)}:"
            if isinstance(item, dict | list) and item:
                lines.append(head)
                lines += _yaml(item, indent + 2)
            else:
                lines.append(f"{head} {_yaml(item, 0)[0]}")
        return lines
    if isinstance(value, list):
        if not value:
            return [pad + "[]"]
        lines = []
        for item in value:
            nested = _yaml(item, indent + 2)
            # The first line of the item goes after the dash; the rest keep their indentation.
            lines.append(f"{pad}- {nested[0].lstrip()}")
            lines += nested[1:]
        return lines
    return [pad + _scalar(value)]
