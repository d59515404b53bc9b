"""`regctl watch`: one line per registry event, resuming after a dropped connection, until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import signal
import sys

from ..errors import RegistryError
from ..registry import Registry
from ..v1 import events_pb2, model_pb2
from . import output
from .args import Commands
from .render import output_format, stage_of


def _revision(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a revision number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"revisions are not negative, got {value}")
    return value


def _event_types(text: str) -> list[int]:
    names = [n.strip().upper().removeprefix("EVENT_TYPE_") for n in text.split(",") if n.strip()]
    known = [k.removeprefix("EVENT_TYPE_") for k in events_pb2.EventType.keys()[1:]]
    values = []
    for name in names:
        if name not in known:
            raise argparse.ArgumentTypeError(f"unknown event type {name!r}; expected some of {', '.join(known)}")
        values.append(events_pb2.EventType.Value(f"EVENT_TYPE_{name}"))
    if not values:
        raise argparse.ArgumentTypeError("expected event types such as ALIAS_SET,VERSION_READY")
    return values


def _event_line(e: events_pb2.Event) -> str:
    kind = events_pb2.EventType.Name(e.type).removeprefix("EVENT_TYPE_")
    parts = [str(e.revision), output.when(e.time), kind, e.model_name]
    if e.version:
        parts.append(f"version={e.version}")
    if e.alias:
        parts.append(f"alias={e.alias}")
    if e.type in (events_pb2.EVENT_TYPE_ALIAS_SET, events_pb2.EVENT_TYPE_ALIAS_DELETED):
        parts.append(f"previous={e.previous_version}")
    if e.type == events_pb2.EVENT_TYPE_VERSION_STAGE_CHANGED:
        parts.append(f"stage={stage_of(e.model_version)}")
    if e.target_stage:
        parts.append("stage=" + model_pb2.Stage.Name(e.target_stage).removeprefix("STAGE_"))
    if e.previous_model_name:
        parts.append(f"previous_name={e.previous_model_name}")
    if e.promotion_request_id:
        parts.append(f"request={e.promotion_request_id}")
    parts.append(f"by={e.principal or '-'}")
    return " ".join(parts)


def _cmd_watch(registry: Registry, args: argparse.Namespace) -> int:
    fmt = output_format(args)
    # SIGTERM (a supervisor, `timeout`) ends a watch as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    types = [t for group in args.type for t in group]

    def disconnected(error: RegistryError, revision: int) -> None:
        # On stderr, so stdout stays one line per event; the SDK backs off and resumes by itself.
        at = f"revision {revision}" if revision else "now"
        print(f"regctl: watch interrupted ({error.code.name}: {error.message}); resuming from {at}", file=sys.stderr)

    stream = registry.watch(
        args.name,
        prefix=args.prefix,
        event_types=types,
        aliases=args.alias,
        start_revision=args.from_revision,
        on_disconnect=disconnected,
    )
    try:
        for response in stream:
            if response.WhichOneof("kind") != "event":
                continue  # progress: the SDK keeps the revision to resume from
            if fmt == "table":
                line = _event_line(response.event)
            elif fmt == "yaml":
                line = "---\n" + output.to_yaml(output.to_dict(response.event)).rstrip("\n")
            else:  # one JSON object per line (JSON Lines), for jq and log shippers
                line = output.json_line(response.event)
            # One write per event: lines from a watch sharing a terminal or pipe with others stay whole.
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    except KeyboardInterrupt:
        # Ctrl-C (or SIGTERM) is how a watch ends: everything it printed is flushed, and the process
        # ends here, at once. Closing the gRPC channel on the way out could wait on a connection to a
        # server that restarted underneath it (CI saw a watch still running 15 s after SIGINT).
        if sys.stderr.isatty():
            sys.stderr.write("\n")  # the shell's prompt starts on a line of its own after "^C"
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    return 0


def register(commands: Commands) -> None:
    # events
    p = commands.add(
        "watch",
        "print each registry event as it happens, until Ctrl-C",
        "  regctl watch fraud-detector --type ALIAS_SET,VERSION_READY\n"
        "  regctl watch --from-revision 1 -o json | jq -c 'select(.alias == \"champion\")'",
        _cmd_watch,
    )
    p.add_argument("name", metavar="NAME", nargs="*", help="only these models (default: every model)")
    p.add_argument("--prefix", default="", help="only models whose name starts with this")
    p.add_argument(
        "--type",
        action="append",
        type=_event_types,
        default=[],
        metavar="TYPE[,TYPE...]",
        help="only these event types, e.g. ALIAS_SET,VERSION_STAGE_CHANGED",
    )
    p.add_argument("--alias", action="append", default=[], help="only alias events of this alias (repeatable)")
    p.add_argument(
        "--from-revision",
        type=_revision,
        default=0,
        metavar="N",
        help="replay from revision N (default: only what happens from now on)",
    )
    p.add_argument(
        "-o",
        "--output",
        choices=output.FORMATS,
        help="table: one line per event; json: one JSON object per line; default: table on a terminal",
    )
