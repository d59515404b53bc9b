"""`regctl run ...` and `lineage`: what made a version, and what was made from it."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..errors import NotFound
from ..registry import Registry
from ..v1 import lineage_pb2, tracking_pb2
from . import output
from .args import Commands, output_flag, positive_int
from .render import number, show, status_of, tags_text


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
        ("tags", tags_text(r.tags)),
        ("params", tags_text(r.params)),
        ("metrics", ",".join(f"{m.key}={number(m.value)}" for m in r.latest_metrics) or "-"),
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
            metrics = ",".join(f"{m.key}={number(m.value)}" for m in r.latest_metrics)
            rows.append(
                [r.id, r.experiment_id, r.name or "-", _run_status(r), output.when(r.start_time), metrics or "-"]
            )
        output.table(rows, out)

    show(args, tracking_pb2.ListRunsResponse(runs=runs), table)
    return 0


def _cmd_run_get(registry: Registry, args: argparse.Namespace) -> int:
    run = registry.get_run(args.id)
    show(args, tracking_pb2.GetRunResponse(run=run), lambda out: _run_fields(run, out))
    return 0


def _node_label(n: lineage_pb2.LineageNode) -> str:
    if n.HasField("model_version"):
        v = n.model_version
        return f"version  {n.name}  {status_of(v)} {','.join(v.aliases)}".rstrip()
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

    show(args, graph, table)
    return 0


def register(commands: Commands) -> None:
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
    output_flag(p)
    p = runs.add("get", "show a run: params, latest metrics, datasets, code", "  regctl run get 0f3c…", _cmd_run_get)
    p.add_argument("id", metavar="RUN_ID")
    output_flag(p)
    p = commands.add(
        "lineage",
        "what a version was made from and what was made from it",
        "  regctl lineage fraud-detector 3 --upstream",
        _cmd_lineage,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("version", metavar="VERSION", type=positive_int)
    way = p.add_mutually_exclusive_group()
    way.add_argument("--upstream", dest="direction", action="store_const", const="UPSTREAM", default="BOTH")
    way.add_argument("--downstream", dest="direction", action="store_const", const="DOWNSTREAM")
    p.add_argument("--depth", type=int, default=0, help="edges to follow, 1 to 100 (default: the server's, 10)")
    output_flag(p)
