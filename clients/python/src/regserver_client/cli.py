"""`regctl`: upload, download and list model versions from the command line.

    regctl upload fraud-detector ./model --tag team=risk --metric auc=0.91
    regctl download fraud-detector --alias champion --dest ./champion
    regctl ls                        # models
    regctl ls fraud-detector         # its versions
    regctl ls fraud-detector 3       # the files of version 3

    regctl promote fraud-detector 7 --alias champion --comment "beats v6"   # a promotion request
    regctl promotions fraud-detector --state pending
    regctl approve pr_0123…          # or: reject / withdraw
    regctl rollback fraud-detector champion
    regctl history fraud-detector --alias champion [--at 2026-11-01T12:00:00Z]

`--target` (or REGCTL_TARGET, default localhost:50051) names the server and `--token`
(or REGCTL_TOKEN) the bearer token. Errors print `regctl: <message>` and exit 1; bad
usage exits 2.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TextIO

from .errors import RegistryError
from .registry import Registry
from .v1 import governance_pb2, model_pb2

__all__ = ["main"]

PROG = "regctl"


def _key_value(kind: str) -> Callable[[str], tuple[str, str]]:
    def parse(text: str) -> tuple[str, str]:
        key, sep, value = text.partition("=")
        if not sep or not key:
            raise argparse.ArgumentTypeError(f"expected KEY=VALUE for a {kind}, got {text!r}")
        return key, value

    parse.__name__ = kind  # argparse names the type in its error messages
    return parse


def _metric(text: str) -> tuple[str, float]:
    key, value = _key_value("metric")(text)
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"metric {key!r}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"metric {key!r}: {value!r} is not a finite number")
    return key, number


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a version number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"version numbers start at 1, got {value}")
    return value


def _human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


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
                    f"{_human(done)} / {_human(total)}\x1b[K"  # clear what a longer line left
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


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _status(version: model_pb2.ModelVersion) -> str:
    return model_pb2.ModelVersionStatus.Name(version.status).removeprefix("MODEL_VERSION_STATUS_")


def _stage(version: model_pb2.ModelVersion) -> str:
    return model_pb2.Stage.Name(version.stage).removeprefix("STAGE_")


def _cmd_upload(registry: Registry, args: argparse.Namespace) -> int:
    progress = Progress(f"uploading {args.path}", sys.stderr)
    try:
        version = registry.upload_version(
            args.model,
            args.path,
            description=args.description,
            tags=dict(args.tag),
            metrics=dict(args.metric),
            run_id=args.run_id,
            source=args.source,
            parallelism=args.parallelism,
            progress=progress,
        )
    finally:
        progress.close()
    digests = {(f.digest.hash, f.digest.size_bytes) for f in version.files}
    size = sum(f.digest.size_bytes for f in version.files)
    print(
        f"{version.model_name} version {version.version} {_status(version)}: {len(version.files)} files, "
        f"{len(digests)} digests, {_human(size)}"
    )
    return 0


def _cmd_download(registry: Registry, args: argparse.Namespace) -> int:
    what = f"version {args.version}" if args.version is not None else f"alias {args.alias}"
    progress = Progress(f"downloading {args.model} {what}", sys.stderr)
    try:
        dest = registry.download(
            args.model,
            version=args.version,
            alias=args.alias,
            dest=args.dest,
            progress=progress,
            parallelism=args.parallelism,
        )
    finally:
        progress.close()
    print(f"{args.model} {what}: downloaded to {dest}")
    return 0


def _cmd_ls(registry: Registry, args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.model is None:
        rows = [["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]]
        for model in registry.list_models():
            aliases = ",".join(f"{a.alias}={a.version}" for a in model.aliases)
            description = model.description.splitlines()[0] if model.description else ""
            rows.append([model.name, str(model.latest_version), aliases or "-", model.owner or "-", description])
        _table(rows, out)
    elif args.version is None:
        registry.get_model(args.model)  # NotFound for an unknown model, rather than an empty list
        rows = [["VERSION", "STATUS", "STAGE", "ALIASES", "FILES", "SIZE"]]
        for version in registry.list_versions(args.model, order_by="version desc"):
            size = sum(f.digest.size_bytes for f in version.files)
            rows.append(
                [
                    str(version.version),
                    _status(version),
                    _stage(version),
                    ",".join(version.aliases) or "-",
                    str(len(version.files)),
                    _human(size),
                ]
            )
        _table(rows, out)
    else:
        version = registry.get_version(args.model, args.version)
        rows = [["PATH", "SIZE", "DIGEST"]]
        rows += [[f.path, str(f.digest.size_bytes), f"sha256:{f.digest.hash}"] for f in version.files]
        _table(rows, out)
    return 0


def _target(t: governance_pb2.PromotionTarget) -> str:
    if t.WhichOneof("kind") == "alias":
        return f"alias {t.alias}"
    return "stage " + model_pb2.Stage.Name(t.stage).removeprefix("STAGE_")


def _state(r: governance_pb2.PromotionRequest) -> str:
    return governance_pb2.PromotionState.Name(r.state).removeprefix("PROMOTION_STATE_")


def _when(ts: object) -> str:
    seconds = getattr(ts, "seconds", 0)
    return datetime.fromtimestamp(seconds).astimezone().isoformat(timespec="seconds") if seconds else "-"


def _show_request(r: governance_pb2.PromotionRequest) -> None:
    print(f"{r.id}  {r.model_name} version {r.version} -> {_target(r.target)}: {_state(r)}")
    for g in r.gate_results:
        print(f"  {'pass' if g.passed else 'FAIL'}  {g.check}: {g.detail}")


def _cmd_promote(registry: Registry, args: argparse.Namespace) -> int:
    request = registry.request_promotion(
        args.model, args.version, alias=args.alias, stage=args.stage, comment=args.comment
    )
    _show_request(request)
    return 0


def _cmd_decide(registry: Registry, args: argparse.Namespace) -> int:
    if args.command == "approve":
        approved = registry.approve_promotion(args.id, comment=args.comment)
        _show_request(approved.promotion_request)
        for archived in approved.archived_versions:
            print(f"  archived version {archived.version}")
    elif args.command == "reject":
        _show_request(registry.reject_promotion(args.id, comment=args.comment))
    else:
        _show_request(registry.withdraw_promotion(args.id, comment=args.comment))
    return 0


def _cmd_promotions(registry: Registry, args: argparse.Namespace) -> int:
    rows = [["ID", "MODEL", "VERSION", "TARGET", "STATE", "REQUESTER", "DECIDER", "CREATED"]]
    for r in registry.list_promotion_requests(args.model or "", state=args.state or ""):
        rows.append(
            [r.id, r.model_name, str(r.version), _target(r.target), _state(r), r.requester, r.decider or "-",
             _when(r.create_time)]
        )  # fmt: skip
    _table(rows, sys.stdout)
    return 0


def _cmd_rollback(registry: Registry, args: argparse.Namespace) -> int:
    rolled = registry.rollback(args.model, args.alias, comment=args.comment)
    print(f"{args.model} alias {args.alias}: version {rolled.previous_version} -> {rolled.model_version.version}")
    return 0


def _instant(text: str) -> float:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an RFC 3339 time such as 2026-11-01T12:00:00Z, got {text!r}"
        ) from None


def _cmd_history(registry: Registry, args: argparse.Namespace) -> int:
    rows = [["VERSION", "FROM", "UNTIL", "BY", "CAUSE", "REQUEST"]]
    for h in registry.target_history(args.model, alias=args.alias, stage=args.stage, at=args.at):
        until = _when(h.end_time) if h.HasField("end_time") else "now"
        rows.append(
            [str(h.version), _when(h.start_time), until, h.principal or "-", h.cause, h.promotion_request_id or "-"]
        )
    _table(rows, sys.stdout)
    return 0


def _target_flags(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--alias", metavar="NAME")
    which.add_argument("--stage", metavar="STAGE", help="Staging, Production or Archived")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Upload, download and list regserver model versions.")
    parser.add_argument(
        "--target",
        default=os.environ.get("REGCTL_TARGET") or "localhost:50051",
        help="the server, host:port (env REGCTL_TARGET; default localhost:50051)",
    )
    parser.add_argument(
        "--token",
        default=os.environ.get("REGCTL_TOKEN") or None,
        help="bearer token sent with every call (env REGCTL_TOKEN)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    upload = commands.add_parser("upload", help="upload a file or directory as the model's next version")
    upload.add_argument("model", metavar="MODEL")
    upload.add_argument("path", metavar="PATH", help="a file, or a directory uploaded with its tree")
    upload.add_argument("--description", default="")
    upload.add_argument("--tag", action="append", type=_key_value("tag"), default=[], metavar="KEY=VALUE")
    upload.add_argument("--metric", action="append", type=_metric, default=[], metavar="KEY=NUMBER")
    upload.add_argument("--run-id", default="")
    upload.add_argument("--source", default="", help="where the files came from (a URI)")
    upload.add_argument("--parallelism", type=int, default=4, help="concurrent blob uploads (default 4)")
    upload.set_defaults(run=_cmd_upload)

    download = commands.add_parser("download", help="download a version's files into a directory")
    download.add_argument("model", metavar="MODEL")
    which = download.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", type=_positive_int, metavar="N")
    which.add_argument("--alias", metavar="NAME")
    download.add_argument("--dest", required=True, metavar="DIR")
    download.add_argument("--parallelism", type=int, default=4, help="concurrent blob downloads (default 4)")
    download.set_defaults(run=_cmd_download)

    ls = commands.add_parser("ls", help="list models, a model's versions, or a version's files")
    ls.add_argument("model", metavar="MODEL", nargs="?")
    ls.add_argument("version", metavar="VERSION", nargs="?", type=_positive_int)
    ls.set_defaults(run=_cmd_ls)

    promote = commands.add_parser("promote", help="request a version's promotion to a protected alias or stage")
    promote.add_argument("model", metavar="MODEL")
    promote.add_argument("version", metavar="VERSION", type=_positive_int)
    _target_flags(promote)
    promote.add_argument("--comment", default="")
    promote.set_defaults(run=_cmd_promote)
    for verb, what in (("approve", "approve and apply"), ("reject", "reject"), ("withdraw", "withdraw")):
        decide = commands.add_parser(verb, help=f"{what} a pending promotion request")
        decide.add_argument("id", metavar="REQUEST_ID")
        decide.add_argument("--comment", default="")
        decide.set_defaults(run=_cmd_decide)
    promotions = commands.add_parser("promotions", help="list promotion requests, newest first")
    promotions.add_argument("model", metavar="MODEL", nargs="?")
    promotions.add_argument("--state", choices=("pending", "approved", "rejected", "withdrawn"))
    promotions.set_defaults(run=_cmd_promotions)
    rollback = commands.add_parser("rollback", help="point an alias back at its previous version")
    rollback.add_argument("model", metavar="MODEL")
    rollback.add_argument("alias", metavar="ALIAS")
    rollback.add_argument("--comment", default="")
    rollback.set_defaults(run=_cmd_rollback)
    history = commands.add_parser("history", help="which versions held an alias or stage, and when")
    history.add_argument("model", metavar="MODEL")
    _target_flags(history)
    history.add_argument("--at", type=_instant, metavar="TIME", help="only the holder(s) at this RFC 3339 time")
    history.set_defaults(run=_cmd_history)
    return parser


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)  # exits 2 on bad usage
    try:
        with Registry(args.target, token=args.token) as registry:
            code: int = args.run(registry, args)
            return code
    except RegistryError as err:
        message = f"{err.message} (reason={err.reason})" if err.reason else f"{err.code.name}: {err.message}"
        print(f"{PROG}: {_one_line(message)}", file=sys.stderr)
    except (OSError, ValueError) as err:
        print(f"{PROG}: {_one_line(str(err))}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
