"""`regctl`: every daily registry task from a shell, built on the SDK (`Registry`).

    regctl model create fraud-detector --description "scores card payments" --tag team=risk
    regctl upload fraud-detector ./model --metric auc=0.91     # --create makes the model if missing
    regctl alias set fraud-detector champion 1
    regctl version get fraud-detector @champion -o json | jq -r .modelVersion.version
    regctl watch fraud-detector                                # one line per event; Ctrl-C ends it
    regctl promote fraud-detector 2 --alias champion           # protected targets: a request to approve
    regctl download fraud-detector --alias champion --dest ./champion

Reads take `-o table|json|yaml` (a table on a terminal, JSON when piped: the proto3 JSON of the
response). The server comes from `--target`, REGCTL_TARGET or a context of ~/.config/regctl/config.toml
(see regctl/config.py), the token from `--token`, REGCTL_TOKEN or that context. Exit codes: 0 done, 1 the
server refused (status, message and reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import grpc
from google.rpc import error_details_pb2

from .errors import RegistryError
from .regctl import admin, files, models, promotions, tracking, versions, watch
from .regctl.args import Commands, Formatter, connection_flags
from .regctl.config import ConfigError, Connection, resolve
from .registry import Registry

__all__ = ["build_parser", "main"]

PROG = "regctl"

# The module docstring's examples, for `regctl --help`.
_EXAMPLES = (
    "examples:\n"
    + textwrap.indent(textwrap.dedent((__doc__ or "").split("\n\n", 1)[1].split("\nReads take")[0]), "  ").rstrip()
    + "\n\n`regctl COMMAND --help` shows a command's flags and an example."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="regctl: the regserver model registry from a shell.",
        epilog=_EXAMPLES,
        formatter_class=Formatter,
    )
    connection_flags(parser, top=True)
    commands = Commands(parser, "command")
    for area in (models, versions, files, promotions, watch, tracking, admin):
        area.register(commands)
    p = commands.add(
        "completion",
        "print a shell completion script",
        "  source <(regctl completion bash)        # or add it to ~/.bashrc\n"
        '  regctl completion zsh > "${fpath[1]}/_regctl"',
    )
    p.add_argument("shell", choices=("bash", "zsh"))
    return parser


# -- errors -------------------------------------------------------------------------------


def _hint(args: argparse.Namespace, err: RegistryError) -> str:
    """A next step for refusals a user meets in their first minutes."""
    if err.reason == "MODEL_NOT_FOUND" and args.command == "upload":
        return f"create it first with `regctl model create {args.model}`, or upload with --create"
    if err.reason == "PROMOTION_REQUIRED":
        if args.command == "alias" and args.alias_command == "set":
            return f"request the move with `regctl promote {args.name} {args.version} --alias {args.alias}`"
        if args.command == "stage":
            return f"request the move with `regctl promote {args.name} {args.version} --stage {args.stage.title()}`"
        return "protected targets move only through `regctl promote` and an approver's `regctl approve`"
    if err.code == grpc.StatusCode.UNAVAILABLE:
        return f"is regserver running at {args.target}? (--target, REGCTL_TARGET or a config context)"
    if err.code == grpc.StatusCode.UNAUTHENTICATED:
        return "pass a token with --token or REGCTL_TOKEN"
    return ""


def _report(args: argparse.Namespace, err: RegistryError) -> None:
    """The server's refusal as it said it: status, message and reason, then its details and a hint."""
    reason = f" (reason={err.reason})" if err.reason else ""
    lines = [f"{PROG}: {err.code.name}: {err.message}{reason}"]
    for detail in err.details:
        if isinstance(detail, error_details_pb2.PreconditionFailure):
            lines += [f"  {v.subject}: {v.description}" for v in detail.violations]
        elif isinstance(detail, error_details_pb2.BadRequest):
            lines += [f"  {v.field}: {v.description}" for v in detail.field_violations]
    hint = _hint(args, err)
    if hint:
        lines.append(f"hint: {hint}")
    print("\n".join(lines), file=sys.stderr)


def _connect(args: argparse.Namespace) -> tuple[Connection, Registry]:
    conn = resolve(
        target=args.target,
        token=args.token,
        context=args.context,
        tls=args.tls,
        ca_file=args.ca_file,
        cert_file=args.cert_file,
        key_file=args.key_file,
    )
    args.target = conn.target
    credentials = None
    if conn.tls:

        def read(path: str | None) -> bytes | None:
            return Path(path).expanduser().read_bytes() if path else None

        credentials = grpc.ssl_channel_credentials(
            root_certificates=read(conn.ca_file),
            private_key=read(conn.key_file),
            certificate_chain=read(conn.cert_file),
        )
    # No deadline on a watch: it runs until Ctrl-C.
    timeout = None if args.command == "watch" else 60.0
    return conn, Registry(conn.target, credentials=credentials, token=conn.token or None, timeout=timeout)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on bad usage
    check: Callable[[argparse.Namespace], str] | None = getattr(args, "check", None)
    if check is not None and (problem := check(args)):
        _subparser(parser, args).error(problem)  # exits 2, with the command's usage
    if args.command == "completion":
        from .regctl.completion import script

        sys.stdout.write(script(parser, args.shell))
        return 0
    try:
        _, registry = _connect(args)
        with registry:
            code: int = args.run(registry, args)
            return code
    except RegistryError as err:
        _report(args, err)
    except ConfigError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
    except (OSError, ValueError) as err:
        if isinstance(err, BrokenPipeError):  # `regctl ... | head`: the reader has all it wants
            _quiet_stdout()
            return 0
        print(f"{PROG}: {' '.join(str(err).split())}", file=sys.stderr)
    except KeyboardInterrupt:
        if args.command == "watch":
            if sys.stderr.isatty():
                sys.stderr.write("\n")  # the shell's prompt starts on a line of its own after "^C"
            return 0  # Ctrl-C is how a watch ends
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    return 1


def _subparser(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.ArgumentParser:
    """The parser of the command `args` ran (`model update` in `regctl model update ...`)."""
    dest = "command"
    while True:
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions:
            return parser
        parser = actions[0].choices[getattr(args, dest)]
        dest = f"{getattr(args, dest)}_command"


def _quiet_stdout() -> None:
    """Points stdout at /dev/null so the interpreter's final flush does not fail on the closed pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
