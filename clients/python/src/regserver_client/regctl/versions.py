"""`regctl version ...`, `alias ...`, `stage set` and `compare`: a model's versions and where they stand."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from google.protobuf.message import Message

from ..registry import Registry
from ..v1 import evaluation_pb2, model_pb2, model_registry_pb2
from . import output
from .args import Commands, changes_something, output_flag, positive_int, stage_name, tag_flags, version_or_alias
from .render import human, number, show, stage_of, status_of, tags_text


def version_fields(v: model_pb2.ModelVersion, out: TextIO) -> None:
    size = sum(f.digest.size_bytes for f in v.files)
    pairs = [
        ("model", v.model_name),
        ("version", str(v.version)),
        ("status", status_of(v)),
        ("stage", stage_of(v)),
        ("aliases", ",".join(v.aliases) or "-"),
        ("description", v.description or "-"),
        ("tags", tags_text(v.tags)),
        ("metrics", ",".join(f"{k}={number(x)}" for k, x in sorted(v.metrics.items())) or "-"),
        ("source", v.source or "-"),
        ("run", v.run_id or "-"),
        ("creator", v.creator or "-"),
        ("created", output.when(v.create_time)),
        ("files", f"{len(v.files)} ({human(size)})"),
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
                status_of(v),
                stage_of(v),
                ",".join(v.aliases) or "-",
                str(len(v.files)),
                human(size),
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
    show(args, response, lambda out: version_fields(version, out))
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
    show(args, response, lambda out: _versions_table(versions, out, model_column=not args.name))
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
    show(args, response, lambda out: version_fields(version, out), line)
    return 0


def _cmd_version_delete(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.delete_version(args.name, args.version, etag=args.etag)
    response = model_registry_pb2.DeleteModelVersionResponse(model_version=version)
    line = f"{version.model_name} version {version.version} deleted; `regctl version restore` brings it back"
    show(args, response, lambda out: version_fields(version, out), line)
    return 0


def _cmd_version_restore(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.undelete_version(args.name, args.version)
    response = model_registry_pb2.UndeleteModelVersionResponse(model_version=version)
    line = f"{version.model_name} version {version.version} restored"
    show(args, response, lambda out: version_fields(version, out), line)
    return 0


def _cmd_alias_set(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.set_alias(args.name, args.alias, args.version)
    response = model_registry_pb2.SetAliasResponse(model_version=version)
    line = f"{args.name} alias {args.alias} -> version {version.version}"
    show(args, response, lambda out: version_fields(version, out), line)
    return 0


def _cmd_alias_delete(registry: Registry, args: argparse.Namespace) -> int:
    previous = registry.delete_alias(args.name, args.alias)
    response = model_registry_pb2.DeleteAliasResponse(previous_version=previous)
    line = f"{args.name} alias {args.alias} deleted (it pointed at version {previous})"
    show(args, response, lambda out: output.fields([("previous version", str(previous))], out), line)
    return 0


def _cmd_stage_set(registry: Registry, args: argparse.Namespace) -> int:
    version = registry.transition_stage(
        args.name, args.version, args.stage, archive_existing_versions=args.archive_existing, etag=args.etag
    )
    response = model_registry_pb2.TransitionModelVersionStageResponse(model_version=version)
    line = f"{version.model_name} version {version.version} -> stage {stage_of(version)}"
    show(args, response, lambda out: version_fields(version, out), line)
    return 0


def _maybe(message: Message, field: str) -> str:
    return number(getattr(message, field)) if message.HasField(field) else "-"


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
    out.write(f"A: {c.a.model_name} version {c.a.version} ({status_of(c.a)}, {stage_of(c.a)})\n")
    out.write(f"B: {c.b.model_name} version {c.b.version} ({status_of(c.b)}, {stage_of(c.b)})\n")
    if len(rows) > 1:
        output.table(rows, out)
    else:
        out.write("nothing to compare: neither version has metrics, params or evaluations\n")


def _cmd_compare(registry: Registry, args: argparse.Namespace) -> int:
    compared = registry.compare_versions(args.name, args.a, args.b)
    show(args, compared, lambda out: _comparison_table(compared, out))
    return 0


def register(commands: Commands) -> None:
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
    p.add_argument("version", metavar="VERSION|@ALIAS", type=version_or_alias)
    output_flag(p)
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
    output_flag(p)
    p = versions.add(
        "update",
        "change a version's description or tags",
        "  regctl version update fraud-detector 3 --tag validated=yes --untag wip",
        _cmd_version_update,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=positive_int)
    p.add_argument("--description")
    tag_flags(p, untag=True)
    p.set_defaults(check=changes_something)
    p.add_argument("--etag", default="")
    output_flag(p, write=True)
    p = versions.add(
        "delete",
        "soft-delete a version (its aliases are removed)",
        "  regctl version delete fraud-detector 3",
        _cmd_version_delete,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=positive_int)
    p.add_argument("--etag", default="")
    output_flag(p, write=True)
    p = versions.add(
        "restore", "bring back a deleted version", "  regctl version restore fraud-detector 3", _cmd_version_restore
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=positive_int)
    output_flag(p, write=True)

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
    p.add_argument("version", metavar="VERSION", type=positive_int)
    output_flag(p, write=True)
    p = aliases.add("delete", "remove an alias", "  regctl alias delete fraud-detector challenger", _cmd_alias_delete)
    p.add_argument("name", metavar="NAME")
    p.add_argument("alias", metavar="ALIAS")
    output_flag(p, write=True)
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
    p.add_argument("version", metavar="VERSION", type=positive_int)
    p.add_argument("stage", metavar="STAGE", type=stage_name)
    p.add_argument("--archive-existing", action="store_true", help="archive the versions already in that stage")
    p.add_argument("--etag", default="")
    output_flag(p, write=True)

    p = commands.add(
        "compare",
        "compare two versions' params, metrics and evaluations",
        "  regctl compare fraud-detector @champion 4",
        _cmd_compare,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("a", metavar="A", type=version_or_alias, help="a version number or @alias")
    p.add_argument("b", metavar="B", type=version_or_alias, help="a version number or @alias")
    output_flag(p)
