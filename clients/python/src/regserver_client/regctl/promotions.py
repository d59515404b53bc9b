"""`regctl policy ...`, `promote`, `approve`, `reject`, `withdraw`, `promotions`, `rollback`, `history`."""

from __future__ import annotations

import argparse
import math
from typing import TextIO

from google.protobuf.message import Message

from ..registry import Registry, promotion_target, protect
from ..v1 import governance_pb2
from . import output
from .args import Commands, instant, key_value, output_flag, positive_int, target_flags
from .render import number, show, target_text


def _state(r: governance_pb2.PromotionRequest) -> str:
    return governance_pb2.PromotionState.Name(r.state).removeprefix("PROMOTION_STATE_")


def _request_text(r: governance_pb2.PromotionRequest) -> str:
    """The request on one line, then one line per gate it was checked against."""
    lines = [f"{r.id}  {r.model_name} version {r.version} -> {target_text(r.target)}: {_state(r)}"]
    lines += [f"  {'pass' if g.passed else 'FAIL'}  {g.check}: {g.detail}" for g in r.gate_results]
    return "\n".join(lines)


def _show_request(args: argparse.Namespace, response: Message, text: str) -> None:
    def table(out: TextIO) -> None:
        out.write(text + "\n")

    show(args, response, table, text)


def _cmd_promote(registry: Registry, args: argparse.Namespace) -> int:
    request = registry.request_promotion(
        args.model, args.version, alias=args.alias, stage=args.stage, comment=args.comment
    )
    if args.quiet:
        print(request.id)  # for `request=$(regctl promote ... --quiet)`
    else:
        response = governance_pb2.RequestPromotionResponse(promotion_request=request)
        _show_request(args, response, _request_text(request))
    return 0


def _policy_table(policy: governance_pb2.PromotionPolicy, out: TextIO) -> None:
    if not policy.protected_targets:
        out.write(f"{policy.model_name}: no protected aliases or stages; anyone with the approver role moves them\n")
        return
    comparison = {
        governance_pb2.COMPARISON_GREATER: ">",
        governance_pb2.COMPARISON_GREATER_OR_EQUAL: ">=",
        governance_pb2.COMPARISON_LESS: "<",
        governance_pb2.COMPARISON_LESS_OR_EQUAL: "<=",
    }
    rows = [["TARGET", "GATES"]]
    for p in policy.protected_targets:
        gates = ["ready"]
        if p.require_signature:
            gates.append("signature")
        gates += [f"tag:{k}={v}" if v else f"tag:{k}" for k, v in sorted(p.required_tags.items())]
        gates += [f"{t.metric}{comparison.get(t.comparison, '?')}{number(t.value)}" for t in p.metric_thresholds]
        if p.HasField("beat_champion"):
            b = p.beat_champion
            better = "lower" if b.lower_is_better else "higher"
            gates.append(f"beat_champion:{b.metric} ({better} by >{number(b.min_improvement)})")
        if p.archive_previous_holder:
            gates.append("archives the previous holder")
        rows.append([target_text(p.target), ", ".join(gates)])
    output.table(rows, out)


def _cmd_policy_get(registry: Registry, args: argparse.Namespace) -> int:
    policy = registry.get_promotion_policy(args.name)
    show(args, governance_pb2.GetPromotionPolicyResponse(policy=policy), lambda out: _policy_table(policy, out))
    return 0


def _threshold(text: str) -> tuple[str, tuple[str, float]]:
    for op in (">=", "<=", ">", "<"):
        metric, sep, value = text.partition(op)
        if sep:
            try:
                bound = float(value)
            except ValueError:
                break
            if metric.strip() and math.isfinite(bound):
                return metric.strip(), (op, bound)
            break
    raise argparse.ArgumentTypeError(f"expected METRIC>=NUMBER (or >, <, <=), got {text!r}")


def _cmd_policy_protect(registry: Registry, args: argparse.Namespace) -> int:
    rules = protect(
        alias=args.alias,
        stage=args.stage,
        require_signature=args.require_signature,
        required_tags=dict(args.require_tag),
        thresholds=dict(args.threshold),
        beat_champion=args.beat_champion,
        lower_is_better=args.lower_is_better,
        min_improvement=args.min_improvement,
        archive_previous_holder=args.archive_previous_holder,
    )
    current = registry.get_promotion_policy(args.name)
    # Read, change one target, write back conditionally: a concurrent change is ABORTED, not lost.
    kept = [p for p in current.protected_targets if p.target != rules.target]
    policy = registry.set_promotion_policy(args.name, [*kept, rules], etag=current.etag)
    response = governance_pb2.SetPromotionPolicyResponse(policy=policy)
    line = f"{args.name} {target_text(rules.target)} is protected: it moves only by `regctl promote` and approval"
    show(args, response, lambda out: _policy_table(policy, out), line)
    return 0


def _cmd_policy_unprotect(registry: Registry, args: argparse.Namespace) -> int:
    target = promotion_target(alias=args.alias, stage=args.stage)
    current = registry.get_promotion_policy(args.name)
    kept = [p for p in current.protected_targets if p.target != target]
    if len(kept) == len(current.protected_targets):
        raise ValueError(f"{args.name}: {target_text(target)} is not protected")
    policy = registry.set_promotion_policy(args.name, kept, etag=current.etag)
    response = governance_pb2.SetPromotionPolicyResponse(policy=policy)
    line = f"{args.name} {target_text(target)} is no longer protected"
    show(args, response, lambda out: _policy_table(policy, out), line)
    return 0


def _cmd_decide(registry: Registry, args: argparse.Namespace) -> int:
    response: Message
    if args.command == "approve":
        response = approved = registry.approve_promotion(args.id, comment=args.comment)
        text = _request_text(approved.promotion_request)
        text += "".join(f"\n  archived version {archived.version}" for archived in approved.archived_versions)
    elif args.command == "reject":
        rejected = registry.reject_promotion(args.id, comment=args.comment)
        response, text = governance_pb2.RejectPromotionResponse(promotion_request=rejected), _request_text(rejected)
    else:
        withdrawn = registry.withdraw_promotion(args.id, comment=args.comment)
        response = governance_pb2.WithdrawPromotionResponse(promotion_request=withdrawn)
        text = _request_text(withdrawn)
    _show_request(args, response, text)
    return 0


def _cmd_promotions(registry: Registry, args: argparse.Namespace) -> int:
    requests = list(registry.list_promotion_requests(args.model or "", state=args.state or ""))

    def table(out: TextIO) -> None:
        rows = [["ID", "MODEL", "VERSION", "TARGET", "STATE", "REQUESTER", "DECIDER", "CREATED"]]
        for r in requests:
            rows.append(
                [
                    r.id,
                    r.model_name,
                    str(r.version),
                    target_text(r.target),
                    _state(r),
                    r.requester,
                    r.decider or "-",
                    output.when(r.create_time),
                ]
            )
        output.table(rows, out)

    show(args, governance_pb2.ListPromotionRequestsResponse(promotion_requests=requests), table)
    return 0


def _cmd_rollback(registry: Registry, args: argparse.Namespace) -> int:
    rolled = registry.rollback(args.model, args.alias, comment=args.comment)
    text = f"{args.model} alias {args.alias}: version {rolled.previous_version} -> {rolled.model_version.version}"
    _show_request(args, rolled, text)
    return 0


def _cmd_history(registry: Registry, args: argparse.Namespace) -> int:
    entries = list(registry.target_history(args.model, alias=args.alias, stage=args.stage, at=args.at))

    def table(out: TextIO) -> None:
        rows = [["VERSION", "FROM", "UNTIL", "BY", "CAUSE", "REQUEST"]]
        for h in entries:
            until = output.when(h.end_time) if h.HasField("end_time") else "now"
            rows.append(
                [
                    str(h.version),
                    output.when(h.start_time),
                    until,
                    h.principal or "-",
                    h.cause,
                    h.promotion_request_id or "-",
                ]
            )
        output.table(rows, out)

    show(args, governance_pb2.ListTargetHistoryResponse(entries=entries), table)
    return 0


def register(commands: Commands) -> None:
    # promotions
    p = commands.add(
        "promote",
        "request a version's promotion to a protected alias or stage",
        "  regctl promote fraud-detector 7 --alias champion --comment 'beats v6'",
        _cmd_promote,
    )
    p.add_argument("model", metavar="MODEL")
    p.add_argument("version", metavar="VERSION", type=positive_int)
    target_flags(p)
    p.add_argument("--comment", default="")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the request's id")
    output_flag(p, write=True)
    policy = commands.group(
        "policy",
        "protected aliases and stages: the gates a promotion must pass",
        "  regctl policy protect fraud-detector --alias champion --threshold 'auc>=0.9'",
    )
    p = policy.add(
        "get", "show a model's protected aliases and stages", "  regctl policy get fraud-detector", _cmd_policy_get
    )
    p.add_argument("name", metavar="NAME")
    output_flag(p)
    p = policy.add(
        "protect",
        "protect an alias or stage (or change its gates): it then moves only through an approved promotion",
        "  regctl policy protect fraud-detector --alias champion --threshold 'auc>=0.9' --beat-champion auc",
        _cmd_policy_protect,
    )
    p.add_argument("name", metavar="NAME")
    target_flags(p)
    p.add_argument("--require-signature", action="store_true", help="the version must have a signature")
    p.add_argument(
        "--require-tag",
        action="append",
        type=key_value("tag"),
        default=[],
        metavar="KEY=VALUE",
        help="a tag the version must carry (an empty VALUE accepts any value)",
    )
    p.add_argument(
        "--threshold",
        action="append",
        type=_threshold,
        default=[],
        metavar="METRIC>=NUMBER",
        help="a metric bound the version must meet: >, >=, < or <= (repeatable)",
    )
    p.add_argument("--beat-champion", default="", metavar="METRIC", help="must improve on the holder's METRIC")
    p.add_argument("--lower-is-better", action="store_true", help="for --beat-champion: lower wins (loss, latency)")
    p.add_argument("--min-improvement", type=float, default=0.0, help="for --beat-champion: by at least this much")
    p.add_argument(
        "--archive-previous-holder",
        action="store_true",
        help="for an alias: archive the version it pointed at when a promotion is approved",
    )
    output_flag(p, write=True)
    p = policy.add(
        "unprotect",
        "let an alias or stage move without approval again",
        "  regctl policy unprotect fraud-detector --alias champion",
        _cmd_policy_unprotect,
    )
    p.add_argument("name", metavar="NAME")
    target_flags(p)
    output_flag(p, write=True)
    for verb, what in (("approve", "approve and apply"), ("reject", "reject"), ("withdraw", "withdraw")):
        p = commands.add(
            verb, f"{what} a pending promotion request", f"  regctl {verb} pr_0123… --comment ok", _cmd_decide
        )
        p.add_argument("id", metavar="REQUEST_ID")
        p.add_argument("--comment", default="")
        output_flag(p, write=True)
    p = commands.add(
        "promotions",
        "list promotion requests, newest first",
        "  regctl promotions fraud-detector --state pending",
        _cmd_promotions,
    )
    p.add_argument("model", metavar="MODEL", nargs="?")
    p.add_argument("--state", choices=("pending", "approved", "rejected", "withdrawn"))
    output_flag(p)
    p = commands.add(
        "rollback",
        "point an alias back at its previous version",
        "  regctl rollback fraud-detector champion",
        _cmd_rollback,
    )
    p.add_argument("model", metavar="MODEL")
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("--comment", default="")
    output_flag(p, write=True)
    p = commands.add(
        "history",
        "which versions held an alias or stage, and when",
        "  regctl history fraud-detector --alias champion --at 2026-11-01T12:00:00Z",
        _cmd_history,
    )
    p.add_argument("model", metavar="MODEL")
    target_flags(p)
    p.add_argument("--at", type=instant, metavar="TIME", help="only the holder(s) at this RFC 3339 time")
    output_flag(p)
