"""`regctl audit`, `token ...`, `role ...` and `whoami`: governance through the Audit and AccessControl services."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ..registry import Registry
from ..v1 import access_pb2, audit_pb2
from . import output
from .args import Commands, instant, output_flag
from .render import first_line, output_format, show


def _record_digest(r: audit_pb2.AuditRecord) -> str:
    """The record's hash recomputed from its fields, exactly as audit.proto defines it."""
    time_us = r.time.seconds * 1_000_000 + r.time.nanos // 1000
    fields = [
        r.sequence,
        time_us,
        r.principal,
        r.method,
        r.resource,
        r.model_name,
        r.request_id,
        r.code,
        r.request_json,
        r.before_json,
        r.after_json,
        r.previous_hash,
    ]
    return hashlib.sha256(json.dumps(fields, separators=(",", ":"), ensure_ascii=True).encode()).hexdigest()


def _verify_records(records: Sequence[audit_pb2.AuditRecord], whole_chain: bool) -> str | None:
    """Why the listed records do not hold, or None: each hash must match its record, each record
    follow the one listed before it when they are consecutive, and a whole chain start at 1, gapless."""
    previous: audit_pb2.AuditRecord | None = None
    for r in records:
        if _record_digest(r) != r.hash:
            return f"record {r.sequence}: its hash does not match its content"
        if previous is not None and r.sequence == previous.sequence + 1 and r.previous_hash != previous.hash:
            return f"record {r.sequence}: previous_hash is not record {previous.sequence}'s hash"
        if whole_chain:
            expected = 1 if previous is None else previous.sequence + 1
            if r.sequence != expected:
                return f"record {expected} is missing (the next listed is {r.sequence})"
            if expected == 1 and r.previous_hash:
                return "record 1 has a previous_hash"
        previous = r
    return None


def _cmd_audit(registry: Registry, args: argparse.Namespace) -> int:
    records = list(
        registry.list_audit_records(
            model_name=args.model,
            principal=args.principal,
            method=args.method,
            start_time=args.since,
            end_time=args.until,
        )
    )

    def table(out: TextIO) -> None:
        rows = [["SEQ", "TIME", "PRINCIPAL", "METHOD", "RESOURCE", "CODE"]]
        for r in records:
            rows.append(
                [
                    str(r.sequence),
                    output.when(r.time),
                    r.principal or "-",
                    r.method.rsplit("/", 1)[-1],
                    r.resource or "-",
                    r.code,
                ]
            )
        output.table(rows, out)

    if args.verify:
        whole = not (args.model or args.principal or args.method or args.since is not None or args.until is not None)
        problem = _verify_records(records, whole)
        if problem is not None:
            print(f"regctl: audit trail broken: {problem}", file=sys.stderr)
            return 1
        scope = "the whole chain" if whole else "each listed record and the links between consecutive ones"
        print(f"{len(records)} audit records verified ({scope})", file=sys.stderr)
    show(args, audit_pb2.ListAuditRecordsResponse(audit_records=records), table)
    return 0


def _role(value: int) -> str:
    return access_pb2.Role.Name(value).removeprefix("ROLE_").lower()


def _tokens_table(tokens: Sequence[access_pb2.Token], out: TextIO) -> None:
    rows = [["ID", "PRINCIPAL", "CREATED", "EXPIRES", "REVOKED", "DESCRIPTION"]]
    for t in tokens:
        rows.append(
            [
                t.id,
                t.principal,
                output.when(t.create_time),
                output.when(t.expire_time),
                output.when(t.revoke_time),
                first_line(t.description),
            ]
        )
    output.table(rows, out)


def _cmd_token_create(registry: Registry, args: argparse.Namespace) -> int:
    created = registry.create_token(args.principal, description=args.description, expire_time=args.expires)
    fmt = output_format(args, write=True)
    if fmt == "line":
        # The secret alone on stdout, so `TOKEN=$(regctl token create ci-bot)` works; the rest to stderr.
        print(
            f"token {created.token.id} for {created.token.principal}: the secret below is shown only once",
            file=sys.stderr,
        )
        print(created.secret)
    else:
        output.emit(created, fmt, lambda out: _tokens_table([created.token], out))
    return 0


def _cmd_token_list(registry: Registry, args: argparse.Namespace) -> int:
    tokens = list(registry.list_tokens(principal=args.principal, show_revoked=args.show_revoked))
    show(args, access_pb2.ListTokensResponse(tokens=tokens), lambda out: _tokens_table(tokens, out))
    return 0


def _cmd_token_revoke(registry: Registry, args: argparse.Namespace) -> int:
    token = registry.revoke_token(args.id)
    response = access_pb2.RevokeTokenResponse(token=token)
    show(args, response, lambda out: _tokens_table([token], out), f"token {token.id} ({token.principal}) revoked")
    return 0


def _bindings_table(bindings: Sequence[access_pb2.RoleBinding], out: TextIO) -> None:
    rows = [["PRINCIPAL", "ROLE", "MODEL", "GRANTED", "BY"]]
    for b in bindings:
        rows.append([b.principal, _role(b.role), b.model_name or "*", output.when(b.create_time), b.creator or "-"])
    output.table(rows, out)


def _on(model: str) -> str:
    return f"on model {model}" if model else "globally"


def _cmd_role_grant(registry: Registry, args: argparse.Namespace) -> int:
    binding = registry.grant_role(args.principal, args.role, model_name=args.model)
    line = f"{binding.principal} is {_role(binding.role)} {_on(binding.model_name)}"
    show(args, access_pb2.GrantRoleResponse(role_binding=binding), lambda out: _bindings_table([binding], out), line)
    return 0


def _cmd_role_revoke(registry: Registry, args: argparse.Namespace) -> int:
    binding = registry.revoke_role(args.principal, args.role, model_name=args.model)
    line = f"{binding.principal} is no longer {_role(binding.role)} {_on(binding.model_name)}"
    show(args, access_pb2.RevokeRoleResponse(role_binding=binding), lambda out: _bindings_table([binding], out), line)
    return 0


def _cmd_role_list(registry: Registry, args: argparse.Namespace) -> int:
    bindings = list(registry.list_role_bindings(principal=args.principal, model_name=args.model))
    response = access_pb2.ListRoleBindingsResponse(role_bindings=bindings)
    show(args, response, lambda out: _bindings_table(bindings, out))
    return 0


def _cmd_whoami(registry: Registry, args: argparse.Namespace) -> int:
    me = registry.caller_identity()

    def table(out: TextIO) -> None:
        roles = "\n".join(f"{_role(b.role)} {_on(b.model_name)}" for b in me.role_bindings)
        output.fields(
            [
                ("principal", me.principal),
                ("token", me.token_id or "-"),
                ("server open", "yes" if me.open else "no"),
                ("roles", roles or "-"),
            ],
            out,
        )

    show(args, me, table)
    return 0


def register(commands: Commands) -> None:
    p = commands.add(
        "audit",
        "the audit trail, oldest first (global admins)",
        "  regctl audit --model fraud-detector --since 2026-11-01T00:00:00Z --verify",
        _cmd_audit,
    )
    p.add_argument("--model", default="")
    p.add_argument("--principal", default="")
    p.add_argument("--method", default="", help="e.g. SetAlias")
    p.add_argument("--since", type=instant, metavar="TIME")
    p.add_argument("--until", type=instant, metavar="TIME")
    p.add_argument(
        "--verify",
        action="store_true",
        help="recompute each record's SHA-256 and check the chain; exit 1 if it is broken",
    )
    output_flag(p)

    # access control
    tokens = commands.group("token", "API tokens (global admins)", "  regctl token create ci-bot --description CI")
    p = tokens.add(
        "create",
        "create a token; prints its secret, shown only once",
        "  TOKEN=$(regctl token create ci-bot --description 'nightly training')",
        _cmd_token_create,
    )
    p.add_argument("principal", metavar="PRINCIPAL")
    p.add_argument("--description", default="")
    p.add_argument("--expires", type=instant, metavar="TIME", help="RFC 3339 expiry (default: never)")
    output_flag(p, write=True)
    p = tokens.add(
        "list", "list tokens (never their secrets)", "  regctl token list --principal ci-bot", _cmd_token_list
    )
    p.add_argument("--principal", default="")
    p.add_argument("--show-revoked", action="store_true")
    output_flag(p)
    p = tokens.add("revoke", "revoke a token", "  regctl token revoke tok_0123…", _cmd_token_revoke)
    p.add_argument("id", metavar="TOKEN_ID")
    output_flag(p, write=True)
    roles = commands.group(
        "role",
        "role bindings: viewer, editor, approver, admin",
        "  regctl role grant ci-bot editor --model fraud-detector",
    )
    for verb, run, example in (
        ("grant", _cmd_role_grant, "  regctl role grant ann approver --model fraud-detector"),
        ("revoke", _cmd_role_revoke, "  regctl role revoke ann approver --model fraud-detector"),
    ):
        p = roles.add(verb, f"{verb} a role, globally or on one model", example, run)
        p.add_argument("principal", metavar="PRINCIPAL")
        p.add_argument("role", metavar="ROLE", choices=("viewer", "editor", "approver", "admin"))
        p.add_argument("--model", default="", help="the model the role applies to (default: global)")
        output_flag(p, write=True)
    p = roles.add("list", "list role bindings", "  regctl role list --model fraud-detector", _cmd_role_list)
    p.add_argument("--principal", default="")
    p.add_argument("--model", default="")
    output_flag(p)
    p = commands.add("whoami", "who the server takes you for, and your roles", "  regctl whoami", _cmd_whoami)
    output_flag(p)
