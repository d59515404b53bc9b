"""Argument types and the flags many commands share: connection, output, tags, targets."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ..registry import Registry
from . import output


def key_value(kind: str) -> Callable[[str], tuple[str, str]]:
    def parse(text: str) -> tuple[str, str]:
        key, sep, value = text.partition("=")
        if not sep or not key:
            raise argparse.ArgumentTypeError(f"expected KEY=VALUE for a {kind}, got {text!r}")
        return key, value

    parse.__name__ = kind  # argparse names the type in its error messages
    return parse


def metric_value(text: str) -> tuple[str, float]:
    key, value = key_value("metric")(text)
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"metric {key!r}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"metric {key!r}: {value!r} is not a finite number")
    return key, number


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a version number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"version numbers start at 1, got {value}")
    return value


def version_or_alias(text: str) -> int | str:
    """`3` is version 3; `@champion` (or `champion`) the version an alias points at."""
    if text.isdigit():
        return positive_int(text)
    alias = text.removeprefix("@")
    if not alias:
        raise argparse.ArgumentTypeError(f"expected a version number or @ALIAS, got {text!r}")
    return alias


def instant(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an RFC 3339 time such as 2026-11-01T12:00:00Z, got {text!r}"
        ) from None
    return moment.timestamp()


def stage_name(text: str) -> str:
    name = text.strip().upper().removeprefix("STAGE_")
    if name not in ("NONE", "STAGING", "PRODUCTION", "ARCHIVED"):
        raise argparse.ArgumentTypeError(f"expected one of None, Staging, Production, Archived, got {text!r}")
    return name


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the examples of each epilog as written."""


def connection_flags(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """Connection flags, accepted before the command and after it (`regctl model list --target h:p`)."""
    default: Any = None if top else argparse.SUPPRESS
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--target", default=default, help="the server, host:port (env REGCTL_TARGET; default localhost:50051)"
    )
    group.add_argument("--token", default=default, help="bearer token sent with every call (env REGCTL_TOKEN)")
    group.add_argument(
        "--context", default=default, help="a named context of ~/.config/regctl/config.toml (env REGCTL_CONTEXT)"
    )
    group.add_argument(
        "--tls", action="store_const", const=True, default=default, help="connect with TLS (implied by --ca-file)"
    )
    group.add_argument(
        "--ca-file", default=default, help="PEM CA bundle that verifies the server (default: system roots)"
    )
    group.add_argument("--cert-file", default=default, help="PEM client certificate, for mutual TLS")
    group.add_argument("--key-file", default=default, help="PEM key of --cert-file")


def output_flag(parser: argparse.ArgumentParser, *, write: bool = False) -> None:
    default = "a one-line summary" if write else "table on a terminal, json otherwise"
    parser.add_argument(
        "-o",
        "--output",
        choices=output.FORMATS,
        help=f"table, json (proto3 JSON of the response) or yaml; default: {default}",
    )


def tag_flags(parser: argparse.ArgumentParser, *, untag: bool) -> None:
    parser.add_argument(
        "--tag", action="append", type=key_value("tag"), default=[], metavar="KEY=VALUE", help="set a tag (repeatable)"
    )
    if untag:
        parser.add_argument("--untag", action="append", default=[], metavar="KEY", help="remove a tag (repeatable)")


def changes_something(args: argparse.Namespace) -> str:
    """Why an update's flags are unusable, or "": it must change something, and no tag both ways."""
    if args.description is None and getattr(args, "owner", None) is None and not args.tag and not args.untag:
        flags = ["--description", *(["--owner"] if hasattr(args, "owner") else []), "--tag", "--untag"]
        return f"nothing to change: give at least one of {', '.join(flags)}"
    both = sorted({k for k, _ in args.tag} & set(args.untag))
    return f"tag {both[0]!r} is both set (--tag) and removed (--untag)" if both else ""


def target_flags(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--alias", metavar="NAME")
    which.add_argument("--stage", metavar="STAGE", help="Staging, Production or Archived")


class Commands:
    """Adds subcommands, each with the connection flags, an example epilog and its handler."""

    def __init__(self, parent: argparse.ArgumentParser, dest: str) -> None:
        self._sub = parent.add_subparsers(dest=dest, required=True, metavar="COMMAND")

    def add(
        self, name: str, help: str, example: str, run: Callable[[Registry, argparse.Namespace], int] | None = None
    ) -> argparse.ArgumentParser:
        parser = self._sub.add_parser(
            name,
            help=help,
            description=help[0].upper() + help[1:] + ".",
            epilog="example:\n" + example,
            formatter_class=Formatter,
        )
        connection_flags(parser, top=False)
        if run is not None:
            parser.set_defaults(run=run)
        return parser

    def group(self, name: str, help: str, example: str) -> Commands:
        return Commands(self.add(name, help, example), f"{name}_command")
