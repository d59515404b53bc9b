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
(see cli_config), the token from `--token`, REGCTL_TOKEN or that context. Exit codes: 0 done, 1 the
server refused (status, message and reason on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import grpc
from google.protobuf.message import Message
from google.rpc import error_details_pb2

from . import cli_output as output
from .cli_config import ConfigError, Connection, resolve
from .errors import AlreadyExists, NotFound, RegistryError
from .registry import Registry, promotion_target, protect
from .v1 import (
    access_pb2,
    audit_pb2,
    evaluation_pb2,
    events_pb2,
    governance_pb2,
    lineage_pb2,
    model_pb2,
    model_registry_pb2,
    tracking_pb2,
)

__all__ = ["build_parser", "main"]

PROG = "regctl"


# -- argument types -----------------------------------------------------------------------


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


def _revision(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a revision number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"revisions are not negative, got {value}")
    return value


def _version_or_alias(text: str) -> int | str:
    """`3` is version 3; `@champion` (or `champion`) the version an alias points at."""
    if text.isdigit():
        return _positive_int(text)
    alias = text.removeprefix("@")
    if not alias:
        raise argparse.ArgumentTypeError(f"expected a version number or @ALIAS, got {text!r}")
    return alias


def _instant(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an RFC 3339 time such as 2026-11-01T12:00:00Z, got {text!r}"
        ) from None
    return moment.timestamp()


def _stage_name(text: str) -> str:
    name = text.strip().upper().removeprefix("STAGE_")
    if name not in ("NONE", "STAGING", "PRODUCTION", "ARCHIVED"):
        raise argparse.ArgumentTypeError(f"expected one of None, Staging, Production, Archived, got {text!r}")
    return name


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


# -- small renderings ---------------------------------------------------------------------


def _human(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")  # pragma: no cover


def _status(version: model_pb2.ModelVersion) -> str:
    return model_pb2.ModelVersionStatus.Name(version.status).removeprefix("MODEL_VERSION_STATUS_")


def _stage(version: model_pb2.ModelVersion) -> str:
    return model_pb2.Stage.Name(version.stage).removeprefix("STAGE_")


def _tags(tags: Any) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(tags.items())) or "-"


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _number(value: float) -> str:
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


def _fmt(args: argparse.Namespace, *, write: bool = False) -> str:
    """The output format asked for; a read defaults to a table on a terminal and JSON otherwise, a
    change to its one-line summary (`line`) unless -o asks for more."""
    chosen: str | None = getattr(args, "output", None)
    if chosen:
        return chosen
    return "line" if write else output.default_format(sys.stdout)


def _show(args: argparse.Namespace, response: Message, table: Callable[[TextIO], None], line: str = "") -> None:
    """Prints a response: the summary line of a change, its table, or its JSON or YAML."""
    fmt = _fmt(args, write=bool(line))
    if fmt == "line":
        print(line)
    else:
        output.emit(response, fmt, table)


# -- models -------------------------------------------------------------------------------


def _model_fields(m: model_pb2.RegisteredModel, out: TextIO) -> None:
    pairs = [
        ("name", m.name),
        ("description", m.description or "-"),
        ("owner", m.owner or "-"),
        ("tags", _tags(m.tags)),
        ("aliases", ",".join(f"{a.alias}={a.version}" for a in m.aliases) or "-"),
        ("latest version", str(m.latest_version)),
        ("created", output.when(m.create_time)),
        ("updated", output.when(m.update_time)),
    ]
    if m.HasField("delete_time"):
        pairs += [("deleted", output.when(m.delete_time)), ("purged after", output.when(m.purge_time))]
    output.fields(pairs, out)


def _models_table(models: Sequence[model_pb2.RegisteredModel], out: TextIO) -> None:
    rows = [["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]]
    for model in models:
        aliases = ",".join(f"{a.alias}={a.version}" for a in model.aliases)
        rows.append(
            [model.name, str(model.latest_version), aliases or "-", model.owner or "-", _first_line(model.description)]
        )
    output.table(rows, out)


def _model_response(model: model_pb2.RegisteredModel) -> model_registry_pb2.GetRegisteredModelResponse:
    return model_registry_pb2.GetRegisteredModelResponse(registered_model=model)


def _cmd_model_create(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.create_model(args.name, description=args.description, tags=dict(args.tag), owner=args.owner)
    response = model_registry_pb2.CreateRegisteredModelResponse(registered_model=model)
    _show(args, response, lambda out: _model_fields(model, out), f"model {model.name} created")
    return 0


def _cmd_model_get(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.get_model(args.name, show_deleted=args.show_deleted)
    _show(args, _model_response(model), lambda out: _model_fields(model, out))
    return 0


def _cmd_model_list(registry: Registry, args: argparse.Namespace) -> int:
    models = list(registry.list_models(filter=args.filter, order_by=args.order_by, show_deleted=args.show_deleted))
    response = model_registry_pb2.ListRegisteredModelsResponse(registered_models=models)
    _show(args, response, lambda out: _models_table(models, out))
    return 0


def _cmd_model_update(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.update_model(
        args.name,
        description=args.description,
        owner=args.owner,
        set_tags=dict(args.tag),
        remove_tags=args.untag,
        etag=args.etag,
    )
    response = model_registry_pb2.UpdateRegisteredModelResponse(registered_model=model)
    _show(args, response, lambda out: _model_fields(model, out), f"model {model.name} updated")
    return 0


def _cmd_model_rename(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.rename_model(args.name, args.new_name, etag=args.etag)
    response = model_registry_pb2.RenameRegisteredModelResponse(registered_model=model)
    _show(args, response, lambda out: _model_fields(model, out), f"model {args.name} renamed to {model.name}")
    return 0


def _cmd_model_delete(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.delete_model(args.name, etag=args.etag)
    response = model_registry_pb2.DeleteRegisteredModelResponse(registered_model=model)
    until = output.when(model.purge_time)
    line = f"model {model.name} deleted; `regctl model restore {model.name}` brings it back until {until}"
    _show(args, response, lambda out: _model_fields(model, out), line)
    return 0


def _cmd_model_restore(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.undelete_model(args.name)
    response = model_registry_pb2.UndeleteRegisteredModelResponse(registered_model=model)
    _show(args, response, lambda out: _model_fields(model, out), f"model {model.name} restored")
    return 0


# -- versions -----------------------------------------------------------------------------


def _version_fields(v: model_pb2.ModelVersion, out: TextIO) -> None:
    size = sum(f.digest.size_bytes for f in v.files)
    pairs = [
        ("model", v.model_name),
        ("version", str(v.version)),
        ("status", _status(v)),
        ("stage", _stage(v)),
        ("aliases", ",".join(v.aliases) or "-"),
        ("description", v.description or "-"),
        ("tags", _tags(v.tags)),
        ("metrics", ",".join(f"{k}={_number(x)}" for k, x in sorted(v.metrics.items())) or "-"),
        ("source", v.source or "-"),
        ("run", v.run_id or "-"),
        ("creator", v.creator or "-"),
        ("created", output.when(v.create_time)),
        ("files", f"{len(v.files)} ({_human(size)})"),
    ]
    if v.parents:
        relation = model_pb2.ModelVersionRelation.Name
        pairs.append(
            (
                "parents",
                "\n".join(
                    f"{p.model_name} {p.version} {relation(p.relation).removeprefix('MODEL_VERSION_RELATION_')}"
                    for p in v.parents
                ),
            )
        )
    if v.HasField("delete_time"):
        pairs.append(("deleted", output.when(v.delete_time)))
    output.fields(pairs, out)


def _versions_table(versions: Sequence[model_pb2.ModelVersion], out: TextIO, *, model_column: bool) -> None:
    head = ["VERSION", "STATUS", "STAGE", "ALIASES", "FILES", "SIZE", "CREATED"]
    rows = [(["MODEL"] if model_column else []) + head]
    for v in versions:
        size = sum(f.digest.size_bytes for f in v.files)
        rows.append(
            ([v.model_name] if model_column else [])
            + [
                str(v.version),
                _status(v),
                _stage(v),
                ",".join(v.aliases) or "-",
                str(len(v.files)),
                _human(size),
                output.when(v.create_time),
            ]
        )
    output.table(rows, out)


def _get_version(registry: Registry, model: str, which: int | str) -> model_pb2.ModelVersion:
    if isinstance(which, int):
        return registry.get_version(model, which)
    return registry.get_version_by_alias(model, which)


def _cmd_version_get(registry: Registry, args: argparse.Namespace) -> int:
    version = _get_version(registry, args.name, args.version)
    response = model_registry_pb2.GetModelVersionResponse(model_version=version)
    _show(args, response, lambda out: _version_fields(version, out))
    return 0


def _cmd_version_list(registry: Registry, args: argparse.Namespace) -> int:
    if args.name:
        registry.get_model(args.name)  # NotFound for an unknown model, rather than an empty list
    versions = list(
        registry.list_versions(
            args.name or "", filter=args.filter, order_by=args.order_by, show_deleted=args.show_deleted
        )
    )
    response = model_registry_pb2.ListModelVersionsResponse(model_versions=versions)
    _show(args, response, lambda out: _versions_table(versions, out, model_column=not args.name))
    return 0


def _cmd_version_update(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.update_version(
        args.name,
        args.version,
        description=args.description,
        set_tags=dict(args.tag),
        remove_tags=args.untag,
        etag=args.etag,
    )
    response = model_registry_pb2.UpdateModelVersionResponse(model_version=version)
    line = f"{version.model_name} version {version.version} updated"
    _show(args, response, lambda out: _version_fields(version, out), line)
    return 0


def _cmd_version_delete(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.delete_version(args.name, args.version, etag=args.etag)
    response = model_registry_pb2.DeleteModelVersionResponse(model_version=version)
    line = f"{version.model_name} version {version.version} deleted; `regctl version restore` brings it back"
    _show(args, response, lambda out: _version_fields(version, out), line)
    return 0


def _cmd_version_restore(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.undelete_version(args.name, args.version)
    response = model_registry_pb2.UndeleteModelVersionResponse(model_version=version)
    line = f"{version.model_name} version {version.version} restored"
    _show(args, response, lambda out: _version_fields(version, out), line)
    return 0


# -- aliases and stages -------------------------------------------------------------------


def _cmd_alias_set(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.set_alias(args.name, args.alias, args.version)
    response = model_registry_pb2.SetAliasResponse(model_version=version)
    line = f"{args.name} alias {args.alias} -> version {version.version}"
    _show(args, response, lambda out: _version_fields(version, out), line)
    return 0


def _cmd_alias_delete(registry: Registry, args: argparse.Namespace) -> int:
    previous = registry.delete_alias(args.name, args.alias)
    response = model_registry_pb2.DeleteAliasResponse(previous_version=previous)
    line = f"{args.name} alias {args.alias} deleted (it pointed at version {previous})"
    _show(args, response, lambda out: output.fields([("previous version", str(previous))], out), line)
    return 0


def _cmd_stage_set(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.transition_stage(
        args.name, args.version, args.stage, archive_existing_versions=args.archive_existing, etag=args.etag
    )
    response = model_registry_pb2.TransitionModelVersionStageResponse(model_version=version)
    line = f"{version.model_name} version {version.version} -> stage {_stage(version)}"
    _show(args, response, lambda out: _version_fields(version, out), line)
    return 0


# -- compare ------------------------------------------------------------------------------


def _maybe(message: Message, field: str) -> str:
    return _number(getattr(message, field)) if message.HasField(field) else "-"


def _comparison_table(c: evaluation_pb2.CompareModelVersionsResponse, out: TextIO) -> None:
    result = evaluation_pb2.ComparisonResult.Name
    rows = [["WHAT", "KEY", f"A (v{c.a.version})", f"B (v{c.b.version})", "B-A", "RESULT"]]
    for p in c.params:
        a = p.a if p.HasField("a") else "-"
        b = p.b if p.HasField("b") else "-"
        rows.append(["param", p.key, a, b, "", result(p.result).removeprefix("COMPARISON_RESULT_")])
    for what, numbers in (("metric", c.version_metrics), ("run metric", c.run_metrics), ("evaluation", c.evaluations)):
        for n in numbers:
            key = n.key + (f"[{n.slice}]" if n.slice else "")
            rows.append(
                [
                    what,
                    key,
                    _maybe(n, "a"),
                    _maybe(n, "b"),
                    _maybe(n, "delta"),
                    result(n.result).removeprefix("COMPARISON_RESULT_"),
                ]
            )
    out.write(f"A: {c.a.model_name} version {c.a.version} ({_status(c.a)}, {_stage(c.a)})\n")
    out.write(f"B: {c.b.model_name} version {c.b.version} ({_status(c.b)}, {_stage(c.b)})\n")
    if len(rows) > 1:
        output.table(rows, out)
    else:
        out.write("nothing to compare: neither version has metrics, params or evaluations\n")


def _cmd_compare(registry: Registry, args: argparse.Namespace) -> int:
    compared = registry.compare_versions(args.name, args.a, args.b)
    _show(args, compared, lambda out: _comparison_table(compared, out))
    return 0


# -- files: upload, download, ls ----------------------------------------------------------


def _cmd_upload(registry: Registry, args: argparse.Namespace) -> int:
    if args.create:
        try:
            registry.create_model(args.model)
            print(f"model {args.model} created", file=sys.stderr)
        except AlreadyExists:
            pass
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
    line = (
        f"{version.model_name} version {version.version} {_status(version)}: {len(version.files)} files, "
        f"{len(digests)} digests, {_human(size)}"
    )
    response = model_registry_pb2.GetModelVersionResponse(model_version=version)
    _show(args, response, lambda out: _version_fields(version, out), line)
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
        _models_table(list(registry.list_models()), out)
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
        output.table(rows, out)
    else:
        version = registry.get_version(args.model, args.version)
        rows = [["PATH", "SIZE", "DIGEST"]]
        rows += [[f.path, str(f.digest.size_bytes), f"sha256:{f.digest.hash}"] for f in version.files]
        output.table(rows, out)
    return 0


# -- promotions ---------------------------------------------------------------------------


def _target(t: governance_pb2.PromotionTarget) -> str:
    if t.WhichOneof("kind") == "alias":
        return f"alias {t.alias}"
    return "stage " + model_pb2.Stage.Name(t.stage).removeprefix("STAGE_")


def _state(r: governance_pb2.PromotionRequest) -> str:
    return governance_pb2.PromotionState.Name(r.state).removeprefix("PROMOTION_STATE_")


def _local_when(ts: object) -> str:
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
    if args.quiet:
        print(request.id)  # for `request=$(regctl promote ... --quiet)`
    else:
        _show_request(request)
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
        gates += [f"{t.metric}{comparison.get(t.comparison, '?')}{_number(t.value)}" for t in p.metric_thresholds]
        if p.HasField("beat_champion"):
            b = p.beat_champion
            better = "lower" if b.lower_is_better else "higher"
            gates.append(f"beat_champion:{b.metric} ({better} by >{_number(b.min_improvement)})")
        if p.archive_previous_holder:
            gates.append("archives the previous holder")
        rows.append([_target(p.target), ", ".join(gates)])
    output.table(rows, out)


def _cmd_policy_get(registry: Registry, args: argparse.Namespace) -> int:
    policy = registry.get_promotion_policy(args.name)
    _show(args, governance_pb2.GetPromotionPolicyResponse(policy=policy), lambda out: _policy_table(policy, out))
    return 0


def _threshold(text: str) -> tuple[str, tuple[str, float]]:
    for op in (">=", "<=", ">", "<"):
        metric, sep, value = text.partition(op)
        if sep:
            try:
                number = float(value)
            except ValueError:
                break
            if metric.strip() and math.isfinite(number):
                return metric.strip(), (op, number)
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
    line = f"{args.name} {_target(rules.target)} is protected: it moves only by `regctl promote` and approval"
    _show(args, response, lambda out: _policy_table(policy, out), line)
    return 0


def _cmd_policy_unprotect(registry: Registry, args: argparse.Namespace) -> int:
    target = promotion_target(alias=args.alias, stage=args.stage)
    current = registry.get_promotion_policy(args.name)
    kept = [p for p in current.protected_targets if p.target != target]
    if len(kept) == len(current.protected_targets):
        raise ValueError(f"{args.name}: {_target(target)} is not protected")
    policy = registry.set_promotion_policy(args.name, kept, etag=current.etag)
    response = governance_pb2.SetPromotionPolicyResponse(policy=policy)
    line = f"{args.name} {_target(target)} is no longer protected"
    _show(args, response, lambda out: _policy_table(policy, out), line)
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
    requests = list(registry.list_promotion_requests(args.model or "", state=args.state or ""))

    def table(out: TextIO) -> None:
        rows = [["ID", "MODEL", "VERSION", "TARGET", "STATE", "REQUESTER", "DECIDER", "CREATED"]]
        for r in requests:
            rows.append(
                [
                    r.id,
                    r.model_name,
                    str(r.version),
                    _target(r.target),
                    _state(r),
                    r.requester,
                    r.decider or "-",
                    _local_when(r.create_time),
                ]
            )
        output.table(rows, out)

    _show(args, governance_pb2.ListPromotionRequestsResponse(promotion_requests=requests), table)
    return 0


def _cmd_rollback(registry: Registry, args: argparse.Namespace) -> int:
    rolled = registry.rollback(args.model, args.alias, comment=args.comment)
    print(f"{args.model} alias {args.alias}: version {rolled.previous_version} -> {rolled.model_version.version}")
    return 0


def _cmd_history(registry: Registry, args: argparse.Namespace) -> int:
    entries = list(registry.target_history(args.model, alias=args.alias, stage=args.stage, at=args.at))

    def table(out: TextIO) -> None:
        rows = [["VERSION", "FROM", "UNTIL", "BY", "CAUSE", "REQUEST"]]
        for h in entries:
            until = _local_when(h.end_time) if h.HasField("end_time") else "now"
            rows.append(
                [
                    str(h.version),
                    _local_when(h.start_time),
                    until,
                    h.principal or "-",
                    h.cause,
                    h.promotion_request_id or "-",
                ]
            )
        output.table(rows, out)

    _show(args, governance_pb2.ListTargetHistoryResponse(entries=entries), table)
    return 0


# -- watch --------------------------------------------------------------------------------


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
        parts.append(f"stage={_stage(e.model_version)}")
    if e.target_stage:
        parts.append("stage=" + model_pb2.Stage.Name(e.target_stage).removeprefix("STAGE_"))
    if e.previous_model_name:
        parts.append(f"previous_name={e.previous_model_name}")
    if e.promotion_request_id:
        parts.append(f"request={e.promotion_request_id}")
    parts.append(f"by={e.principal or '-'}")
    return " ".join(parts)


def _cmd_watch(registry: Registry, args: argparse.Namespace) -> int:
    fmt = _fmt(args)
    # SIGTERM (a supervisor, `timeout`) ends a watch as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    types = [t for group in args.type for t in group]
    stream = registry.watch(
        args.name, prefix=args.prefix, event_types=types, aliases=args.alias, start_revision=args.from_revision
    )
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
    return 0


# -- runs, lineage, audit -----------------------------------------------------------------


def _run_status(r: tracking_pb2.Run) -> str:
    return tracking_pb2.RunStatus.Name(r.status).removeprefix("RUN_STATUS_")


def _run_fields(r: tracking_pb2.Run, out: TextIO) -> None:
    pairs = [
        ("id", r.id),
        ("experiment", r.experiment_id),
        ("name", r.name or "-"),
        ("status", _run_status(r)),
        ("started", output.when(r.start_time)),
        ("ended", output.when(r.end_time)),
        ("principal", r.principal or "-"),
        ("tags", _tags(r.tags)),
        ("params", _tags(r.params)),
        ("metrics", ",".join(f"{m.key}={_number(m.value)}" for m in r.latest_metrics) or "-"),
    ]
    if r.dataset_inputs:
        pairs.append(("datasets", "\n".join(f"{d.dataset.name} sha256:{d.dataset.digest}" for d in r.dataset_inputs)))
    if r.HasField("code_version"):
        pairs.append(("code", f"{r.code_version.repository_url} {r.code_version.commit}".strip() or "-"))
    output.fields(pairs, out)


def _cmd_run_list(registry: Registry, args: argparse.Namespace) -> int:
    ids = []
    for experiment in args.experiment:
        try:
            ids.append(registry.get_experiment(name=experiment).id)
        except NotFound:
            ids.append(registry.get_experiment(experiment).id)  # an id, or NotFound naming it
    runs = list(registry.list_runs(ids, filter=args.filter, order_by=args.order_by))

    def table(out: TextIO) -> None:
        rows = [["ID", "EXPERIMENT", "NAME", "STATUS", "STARTED", "METRICS"]]
        for r in runs:
            metrics = ",".join(f"{m.key}={_number(m.value)}" for m in r.latest_metrics)
            rows.append(
                [r.id, r.experiment_id, r.name or "-", _run_status(r), output.when(r.start_time), metrics or "-"]
            )
        output.table(rows, out)

    _show(args, tracking_pb2.ListRunsResponse(runs=runs), table)
    return 0


def _cmd_run_get(registry: Registry, args: argparse.Namespace) -> int:
    run = registry.get_run(args.id)
    _show(args, tracking_pb2.GetRunResponse(run=run), lambda out: _run_fields(run, out))
    return 0


def _node_label(n: lineage_pb2.LineageNode) -> str:
    if n.HasField("model_version"):
        v = n.model_version
        return f"version  {n.name}  {_status(v)} {','.join(v.aliases)}".rstrip()
    if n.HasField("run"):
        return f"run      {n.name}  {n.run.name} {_run_status(n.run)}"
    if n.HasField("dataset"):
        return f"dataset  {n.name}  {n.dataset.name}"
    if n.HasField("code_version"):
        return f"code     {n.name}  {n.code_version.repository_url} {n.code_version.commit}".rstrip()
    return f"node  {n.name}"


def _cmd_lineage(registry: Registry, args: argparse.Namespace) -> int:
    graph = registry.get_lineage(
        f"models/{args.name}/versions/{args.version}", direction=args.direction, max_depth=args.depth
    )

    def table(out: TextIO) -> None:
        rows = [["DEPTH", "KIND", "NAME", "DETAIL"]]
        for n in graph.nodes:
            kind, _, rest = _node_label(n).partition("  ")
            name, _, detail = rest.strip().partition("  ")
            rows.append([str(n.depth), kind.strip(), name, detail.strip()])
        output.table(rows, out)
        if graph.edges:
            out.write("\n")
            edge_type = lineage_pb2.LineageEdgeType.Name
            edges = [["FROM", "TO", "EDGE"]]
            edges += [[e.source, e.target, edge_type(e.type).removeprefix("LINEAGE_EDGE_TYPE_")] for e in graph.edges]
            output.table(edges, out)
        if graph.truncated:
            out.write("(truncated at 10000 nodes: ask with a smaller --depth)\n")

    _show(args, graph, table)
    return 0


def _record_digest(r: audit_pb2.AuditRecord) -> str:
    """The record's hash recomputed from its fields, exactly as audit.proto defines it."""
    import hashlib
    import json

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
            print(f"{PROG}: audit trail broken: {problem}", file=sys.stderr)
            return 1
        scope = "the whole chain" if whole else "each listed record and the links between consecutive ones"
        print(f"{len(records)} audit records verified ({scope})", file=sys.stderr)
    _show(args, audit_pb2.ListAuditRecordsResponse(audit_records=records), table)
    return 0


# -- tokens and roles ---------------------------------------------------------------------


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
                _first_line(t.description),
            ]
        )
    output.table(rows, out)


def _cmd_token_create(registry: Registry, args: argparse.Namespace) -> int:
    created = registry.create_token(args.principal, description=args.description, expire_time=args.expires)
    fmt = _fmt(args, write=True)
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
    _show(args, access_pb2.ListTokensResponse(tokens=tokens), lambda out: _tokens_table(tokens, out))
    return 0


def _cmd_token_revoke(registry: Registry, args: argparse.Namespace) -> int:
    token = registry.revoke_token(args.id)
    response = access_pb2.RevokeTokenResponse(token=token)
    _show(args, response, lambda out: _tokens_table([token], out), f"token {token.id} ({token.principal}) revoked")
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
    _show(args, access_pb2.GrantRoleResponse(role_binding=binding), lambda out: _bindings_table([binding], out), line)
    return 0


def _cmd_role_revoke(registry: Registry, args: argparse.Namespace) -> int:
    binding = registry.revoke_role(args.principal, args.role, model_name=args.model)
    line = f"{binding.principal} is no longer {_role(binding.role)} {_on(binding.model_name)}"
    _show(args, access_pb2.RevokeRoleResponse(role_binding=binding), lambda out: _bindings_table([binding], out), line)
    return 0


def _cmd_role_list(registry: Registry, args: argparse.Namespace) -> int:
    bindings = list(registry.list_role_bindings(principal=args.principal, model_name=args.model))
    response = access_pb2.ListRoleBindingsResponse(role_bindings=bindings)
    _show(args, response, lambda out: _bindings_table(bindings, out))
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

    _show(args, me, table)
    return 0


# -- the parser ---------------------------------------------------------------------------


# The module docstring's examples, for `regctl --help`.
_EXAMPLES = (
    "examples:\n"
    + textwrap.indent(textwrap.dedent((__doc__ or "").split("\n\n", 1)[1].split("\nReads take")[0]), "  ").rstrip()
    + "\n\n`regctl COMMAND --help` shows a command's flags and an example."
)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the examples of each epilog as written."""


def _connection_flags(parser: argparse.ArgumentParser, *, top: bool) -> None:
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


def _output_flag(parser: argparse.ArgumentParser, *, write: bool = False) -> None:
    default = "a one-line summary" if write else "table on a terminal, json otherwise"
    parser.add_argument(
        "-o",
        "--output",
        choices=output.FORMATS,
        help=f"table, json (proto3 JSON of the response) or yaml; default: {default}",
    )


def _tag_flags(parser: argparse.ArgumentParser, *, untag: bool) -> None:
    parser.add_argument(
        "--tag", action="append", type=_key_value("tag"), default=[], metavar="KEY=VALUE", help="set a tag (repeatable)"
    )
    if untag:
        parser.add_argument("--untag", action="append", default=[], metavar="KEY", help="remove a tag (repeatable)")


def _changes_something(args: argparse.Namespace) -> str:
    """Why an update's flags are unusable, or "": it must change something, and no tag both ways."""
    if args.description is None and getattr(args, "owner", None) is None and not args.tag and not args.untag:
        flags = ["--description", *(["--owner"] if hasattr(args, "owner") else []), "--tag", "--untag"]
        return f"nothing to change: give at least one of {', '.join(flags)}"
    both = sorted({k for k, _ in args.tag} & set(args.untag))
    return f"tag {both[0]!r} is both set (--tag) and removed (--untag)" if both else ""


def _target_flags(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--alias", metavar="NAME")
    which.add_argument("--stage", metavar="STAGE", help="Staging, Production or Archived")


class _Commands:
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
            formatter_class=_Formatter,
        )
        _connection_flags(parser, top=False)
        if run is not None:
            parser.set_defaults(run=run)
        return parser

    def group(self, name: str, help: str, example: str) -> _Commands:
        return _Commands(self.add(name, help, example), f"{name}_command")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="regctl: the regserver model registry from a shell.",
        epilog=_EXAMPLES,
        formatter_class=_Formatter,
    )
    _connection_flags(parser, top=True)
    commands = _Commands(parser, "command")

    # models
    models = commands.group("model", "create, read, change and delete registered models", "  regctl model list")
    p = models.add(
        "create",
        "create a registered model",
        "  regctl model create fraud-detector --description 'scores card payments' --tag team=risk",
        _cmd_model_create,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description", default="")
    p.add_argument("--owner", default="")
    _tag_flags(p, untag=False)
    _output_flag(p, write=True)
    p = models.add("get", "show a registered model", "  regctl model get fraud-detector -o yaml", _cmd_model_get)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--show-deleted", action="store_true", help="also find a deleted model")
    _output_flag(p)
    p = models.add(
        "list",
        "list registered models",
        "  regctl model list --filter \"tags.team = 'risk'\" --order-by 'name desc'",
        _cmd_model_list,
    )
    p.add_argument("--filter", default="", help="the server's filter grammar, e.g. \"name LIKE 'fraud%%'\"")
    p.add_argument("--order-by", default="", help="e.g. 'name desc' or 'update_time desc'")
    p.add_argument("--show-deleted", action="store_true")
    _output_flag(p)
    p = models.add(
        "update",
        "change a model's description, owner or tags",
        "  regctl model update fraud-detector --tag stage=beta --untag draft",
        _cmd_model_update,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description")
    p.add_argument("--owner")
    _tag_flags(p, untag=True)
    p.set_defaults(check=_changes_something)
    p.add_argument("--etag", default="", help="refuse (ABORTED) if the model changed since this etag")
    _output_flag(p, write=True)
    p = models.add(
        "rename",
        "rename a model (versions, aliases and history follow)",
        "  regctl model rename fraud-detector fraud-scorer",
        _cmd_model_rename,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.add_argument("--etag", default="")
    _output_flag(p, write=True)
    p = models.add(
        "delete",
        "soft-delete a model (restorable until it is purged)",
        "  regctl model delete fraud-detector",
        _cmd_model_delete,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--etag", default="")
    _output_flag(p, write=True)
    p = models.add("restore", "bring back a deleted model", "  regctl model restore fraud-detector", _cmd_model_restore)
    p.add_argument("name", metavar="NAME")
    _output_flag(p, write=True)

    # versions
    versions = commands.group(
        "version", "read, change, delete and restore model versions", "  regctl version list fraud-detector"
    )
    p = versions.add(
        "get",
        "show a version, by number or @alias",
        "  regctl version get fraud-detector @champion -o json | jq -r .modelVersion.version",
        _cmd_version_get,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION|@ALIAS", type=_version_or_alias)
    _output_flag(p)
    p = versions.add(
        "list",
        "list a model's versions (or every model's)",
        "  regctl version list fraud-detector --filter 'metrics.auc > 0.9' --order-by 'version desc'",
        _cmd_version_list,
    )
    p.add_argument("name", metavar="NAME", nargs="?")
    p.add_argument("--filter", default="", help="the server's filter grammar")
    p.add_argument("--order-by", default="")
    p.add_argument("--show-deleted", action="store_true")
    _output_flag(p)
    p = versions.add(
        "update",
        "change a version's description or tags",
        "  regctl version update fraud-detector 3 --tag validated=yes --untag wip",
        _cmd_version_update,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    p.add_argument("--description")
    _tag_flags(p, untag=True)
    p.set_defaults(check=_changes_something)
    p.add_argument("--etag", default="")
    _output_flag(p, write=True)
    p = versions.add(
        "delete",
        "soft-delete a version (its aliases are removed)",
        "  regctl version delete fraud-detector 3",
        _cmd_version_delete,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    p.add_argument("--etag", default="")
    _output_flag(p, write=True)
    p = versions.add(
        "restore", "bring back a deleted version", "  regctl version restore fraud-detector 3", _cmd_version_restore
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    _output_flag(p, write=True)

    # aliases and stages
    aliases = commands.group("alias", "point aliases at versions", "  regctl alias set fraud-detector champion 3")
    p = aliases.add(
        "set",
        "point an alias at a version (creating or moving it)",
        "  regctl alias set fraud-detector champion 3",
        _cmd_alias_set,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    _output_flag(p, write=True)
    p = aliases.add("delete", "remove an alias", "  regctl alias delete fraud-detector challenger", _cmd_alias_delete)
    p.add_argument("name", metavar="NAME")
    p.add_argument("alias", metavar="ALIAS")
    _output_flag(p, write=True)
    stages = commands.group(
        "stage", "move versions between stages", "  regctl stage set fraud-detector 3 Production --archive-existing"
    )
    p = stages.add(
        "set",
        "move a version to None, Staging, Production or Archived",
        "  regctl stage set fraud-detector 3 Production --archive-existing",
        _cmd_stage_set,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    p.add_argument("stage", metavar="STAGE", type=_stage_name)
    p.add_argument("--archive-existing", action="store_true", help="archive the versions already in that stage")
    p.add_argument("--etag", default="")
    _output_flag(p, write=True)

    p = commands.add(
        "compare",
        "compare two versions' params, metrics and evaluations",
        "  regctl compare fraud-detector @champion 4",
        _cmd_compare,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("a", metavar="A", type=_version_or_alias, help="a version number or @alias")
    p.add_argument("b", metavar="B", type=_version_or_alias, help="a version number or @alias")
    _output_flag(p)

    # files
    p = commands.add(
        "upload",
        "upload a file or directory as the model's next version",
        "  regctl upload fraud-detector ./model --create --tag team=risk --metric auc=0.91",
        _cmd_upload,
    )
    p.add_argument("model", metavar="MODEL")
    p.add_argument("path", metavar="PATH", help="a file, or a directory uploaded with its tree")
    p.add_argument("--create", action="store_true", help="create the model first if it does not exist")
    p.add_argument("--description", default="")
    _tag_flags(p, untag=False)
    p.add_argument("--metric", action="append", type=_metric, default=[], metavar="KEY=NUMBER")
    p.add_argument("--run-id", default="")
    p.add_argument("--source", default="", help="where the files came from (a URI)")
    p.add_argument("--parallelism", type=int, default=4, help="concurrent blob uploads (default 4)")
    _output_flag(p, write=True)
    p = commands.add(
        "download",
        "download a version's files into a directory, verified",
        "  regctl download fraud-detector --alias champion --dest ./champion",
        _cmd_download,
    )
    p.add_argument("model", metavar="MODEL")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", type=_positive_int, metavar="N")
    which.add_argument("--alias", metavar="NAME")
    p.add_argument("--dest", required=True, metavar="DIR")
    p.add_argument("--parallelism", type=int, default=4, help="concurrent blob downloads (default 4)")
    p = commands.add(
        "ls", "list models, a model's versions, or a version's files", "  regctl ls fraud-detector 3", _cmd_ls
    )
    p.add_argument("model", metavar="MODEL", nargs="?")
    p.add_argument("version", metavar="VERSION", nargs="?", type=_positive_int)

    # promotions
    p = commands.add(
        "promote",
        "request a version's promotion to a protected alias or stage",
        "  regctl promote fraud-detector 7 --alias champion --comment 'beats v6'",
        _cmd_promote,
    )
    p.add_argument("model", metavar="MODEL")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    _target_flags(p)
    p.add_argument("--comment", default="")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the request's id")
    policy = commands.group(
        "policy",
        "protected aliases and stages: the gates a promotion must pass",
        "  regctl policy protect fraud-detector --alias champion --threshold 'auc>=0.9'",
    )
    p = policy.add(
        "get", "show a model's protected aliases and stages", "  regctl policy get fraud-detector", _cmd_policy_get
    )
    p.add_argument("name", metavar="NAME")
    _output_flag(p)
    p = policy.add(
        "protect",
        "protect an alias or stage (or change its gates): it then moves only through an approved promotion",
        "  regctl policy protect fraud-detector --alias champion --threshold 'auc>=0.9' --beat-champion auc",
        _cmd_policy_protect,
    )
    p.add_argument("name", metavar="NAME")
    _target_flags(p)
    p.add_argument("--require-signature", action="store_true", help="the version must have a signature")
    p.add_argument(
        "--require-tag",
        action="append",
        type=_key_value("tag"),
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
    _output_flag(p, write=True)
    p = policy.add(
        "unprotect",
        "let an alias or stage move without approval again",
        "  regctl policy unprotect fraud-detector --alias champion",
        _cmd_policy_unprotect,
    )
    p.add_argument("name", metavar="NAME")
    _target_flags(p)
    _output_flag(p, write=True)
    for verb, what in (("approve", "approve and apply"), ("reject", "reject"), ("withdraw", "withdraw")):
        p = commands.add(
            verb, f"{what} a pending promotion request", f"  regctl {verb} pr_0123… --comment ok", _cmd_decide
        )
        p.add_argument("id", metavar="REQUEST_ID")
        p.add_argument("--comment", default="")
    p = commands.add(
        "promotions",
        "list promotion requests, newest first",
        "  regctl promotions fraud-detector --state pending",
        _cmd_promotions,
    )
    p.add_argument("model", metavar="MODEL", nargs="?")
    p.add_argument("--state", choices=("pending", "approved", "rejected", "withdrawn"))
    _output_flag(p)
    p = commands.add(
        "rollback",
        "point an alias back at its previous version",
        "  regctl rollback fraud-detector champion",
        _cmd_rollback,
    )
    p.add_argument("model", metavar="MODEL")
    p.add_argument("alias", metavar="ALIAS")
    p.add_argument("--comment", default="")
    p = commands.add(
        "history",
        "which versions held an alias or stage, and when",
        "  regctl history fraud-detector --alias champion --at 2026-11-01T12:00:00Z",
        _cmd_history,
    )
    p.add_argument("model", metavar="MODEL")
    _target_flags(p)
    p.add_argument("--at", type=_instant, metavar="TIME", help="only the holder(s) at this RFC 3339 time")
    _output_flag(p)

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

    # runs, lineage, audit
    runs = commands.group("run", "read experiment runs", "  regctl run list --experiment fraud")
    p = runs.add(
        "list",
        "list runs, newest first",
        "  regctl run list --experiment fraud --filter 'metrics.auc > 0.9'",
        _cmd_run_list,
    )
    p.add_argument("--experiment", action="append", default=[], metavar="NAME|ID", help="repeatable; default: all")
    p.add_argument("--filter", default="", help="the server's filter grammar for runs")
    p.add_argument("--order-by", default="")
    _output_flag(p)
    p = runs.add("get", "show a run: params, latest metrics, datasets, code", "  regctl run get 0f3c…", _cmd_run_get)
    p.add_argument("id", metavar="RUN_ID")
    _output_flag(p)
    p = commands.add(
        "lineage",
        "what a version was made from and what was made from it",
        "  regctl lineage fraud-detector 3 --upstream",
        _cmd_lineage,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=_positive_int)
    way = p.add_mutually_exclusive_group()
    way.add_argument("--upstream", dest="direction", action="store_const", const="UPSTREAM", default="BOTH")
    way.add_argument("--downstream", dest="direction", action="store_const", const="DOWNSTREAM")
    p.add_argument("--depth", type=int, default=0, help="edges to follow, 1 to 100 (default: the server's, 10)")
    _output_flag(p)
    p = commands.add(
        "audit",
        "the audit trail, oldest first (global admins)",
        "  regctl audit --model fraud-detector --since 2026-11-01T00:00:00Z --verify",
        _cmd_audit,
    )
    p.add_argument("--model", default="")
    p.add_argument("--principal", default="")
    p.add_argument("--method", default="", help="e.g. SetAlias")
    p.add_argument("--since", type=_instant, metavar="TIME")
    p.add_argument("--until", type=_instant, metavar="TIME")
    p.add_argument(
        "--verify",
        action="store_true",
        help="recompute each record's SHA-256 and check the chain; exit 1 if it is broken",
    )
    _output_flag(p)

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
    p.add_argument("--expires", type=_instant, metavar="TIME", help="RFC 3339 expiry (default: never)")
    _output_flag(p, write=True)
    p = tokens.add(
        "list", "list tokens (never their secrets)", "  regctl token list --principal ci-bot", _cmd_token_list
    )
    p.add_argument("--principal", default="")
    p.add_argument("--show-revoked", action="store_true")
    _output_flag(p)
    p = tokens.add("revoke", "revoke a token", "  regctl token revoke tok_0123…", _cmd_token_revoke)
    p.add_argument("id", metavar="TOKEN_ID")
    _output_flag(p, write=True)
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
        _output_flag(p, write=True)
    p = roles.add("list", "list role bindings", "  regctl role list --model fraud-detector", _cmd_role_list)
    p.add_argument("--principal", default="")
    p.add_argument("--model", default="")
    _output_flag(p)
    p = commands.add("whoami", "who the server takes you for, and your roles", "  regctl whoami", _cmd_whoami)
    _output_flag(p)

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
        from .cli_completion import script

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
