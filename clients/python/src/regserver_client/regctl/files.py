"""`regctl upload`, `download` and `ls`: a version's files."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from google.protobuf.message import Message

from ..errors import AlreadyExists
from ..registry import Registry
from ..v1 import model_registry_pb2
from . import output
from .args import Commands, metric_value, output_flag, positive_int, tag_flags
from .models import models_table
from .render import Progress, human, show, stage_of, status_of
from .versions import version_fields


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
        f"{version.model_name} version {version.version} {status_of(version)}: {len(version.files)} files, "
        f"{len(digests)} digests, {human(size)}"
    )
    response = model_registry_pb2.GetModelVersionResponse(model_version=version)
    show(args, response, lambda out: version_fields(version, out), line)
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
    if args.model is None:
        models = list(registry.list_models())
        response: Message = model_registry_pb2.ListRegisteredModelsResponse(registered_models=models)
        show(args, response, lambda out: models_table(models, out))
    elif args.version is None:
        registry.get_model(args.model)  # NotFound for an unknown model, rather than an empty list
        versions = list(registry.list_versions(args.model, order_by="version desc"))

        def table(out: TextIO) -> None:
            rows = [["VERSION", "STATUS", "STAGE", "ALIASES", "FILES", "SIZE"]]
            for v in versions:
                size = sum(f.digest.size_bytes for f in v.files)
                rows.append([str(v.version), status_of(v), stage_of(v), ",".join(v.aliases) or "-",
                             str(len(v.files)), human(size)])  # fmt: skip
            output.table(rows, out)

        show(args, model_registry_pb2.ListModelVersionsResponse(model_versions=versions), table)
    else:
        version = registry.get_version(args.model, args.version)

        def files(out: TextIO) -> None:
            rows = [["PATH", "SIZE", "DIGEST"]]
            rows += [[f.path, str(f.digest.size_bytes), f"sha256:{f.digest.hash}"] for f in version.files]
            output.table(rows, out)

        show(args, model_registry_pb2.GetModelVersionResponse(model_version=version), files)
    return 0


def register(commands: Commands) -> None:
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
    tag_flags(p, untag=False)
    p.add_argument("--metric", action="append", type=metric_value, default=[], metavar="KEY=NUMBER")
    p.add_argument("--run-id", default="")
    p.add_argument("--source", default="", help="where the files came from (a URI)")
    p.add_argument("--parallelism", type=int, default=4, help="concurrent blob uploads (default 4)")
    output_flag(p, write=True)
    p = commands.add(
        "download",
        "download a version's files into a directory, verified",
        "  regctl download fraud-detector --alias champion --dest ./champion",
        _cmd_download,
    )
    p.add_argument("model", metavar="MODEL")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", type=positive_int, metavar="N")
    which.add_argument("--alias", metavar="NAME")
    p.add_argument("--dest", required=True, metavar="DIR")
    p.add_argument("--parallelism", type=int, default=4, help="concurrent blob downloads (default 4)")
    p = commands.add(
        "ls", "list models, a model's versions, or a version's files", "  regctl ls fraud-detector 3", _cmd_ls
    )
    p.add_argument("model", metavar="MODEL", nargs="?")
    p.add_argument("version", metavar="VERSION", nargs="?", type=positive_int)
    output_flag(p)
