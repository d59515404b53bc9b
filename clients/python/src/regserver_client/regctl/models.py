"""`regctl model ...`: create, read, change, rename, delete and restore registered models."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from ..registry import Registry
from ..v1 import model_pb2, model_registry_pb2
from . import output
from .args import Commands, changes_something, output_flag, tag_flags
from .render import first_line, show, tags_text


def _model_fields(m: model_pb2.RegisteredModel, out: TextIO) -> None:
    pairs = [
        ("name", m.name),
        ("description", m.description or "-"),
        ("owner", m.owner or "-"),
        ("tags", tags_text(m.tags)),
        ("aliases", ",".join(f"{a.alias}={a.version}" for a in m.aliases) or "-"),
        ("latest version", str(m.latest_version)),
        ("created", output.when(m.create_time)),
        ("updated", output.when(m.update_time)),
    ]
    if m.HasField("delete_time"):
        pairs += [("deleted", output.when(m.delete_time)), ("purged after", output.when(m.purge_time))]
    output.fields(pairs, out)


def models_table(models: Sequence[model_pb2.RegisteredModel], out: TextIO) -> None:
    rows = [["NAME", "LATEST", "ALIASES", "OWNER", "DESCRIPTION"]]
    for model in models:
        aliases = ",".join(f"{a.alias}={a.version}" for a in model.aliases)
        rows.append(
            [model.name, str(model.latest_version), aliases or "-", model.owner or "-", first_line(model.description)]
        )
    output.table(rows, out)


def _model_response(model: model_pb2.RegisteredModel) -> model_registry_pb2.GetRegisteredModelResponse:
    return model_registry_pb2.GetRegisteredModelResponse(registered_model=model)


def _cmd_model_create(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.create_model(args.name, description=args.description, tags=dict(args.tag), owner=args.owner)
    response = model_registry_pb2.CreateRegisteredModelResponse(registered_model=model)
    show(args, response, lambda out: _model_fields(model, out), f"model {model.name} created")
    return 0


def _cmd_model_get(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.get_model(args.name, show_deleted=args.show_deleted)
    show(args, _model_response(model), lambda out: _model_fields(model, out))
    return 0


def _cmd_model_list(registry: Registry, args: argparse.Namespace) -> int:
    models = list(registry.list_models(filter=args.filter, order_by=args.order_by, show_deleted=args.show_deleted))
    response = model_registry_pb2.ListRegisteredModelsResponse(registered_models=models)
    show(args, response, lambda out: models_table(models, out))
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
    show(args, response, lambda out: _model_fields(model, out), f"model {model.name} updated")
    return 0


def _cmd_model_rename(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.rename_model(args.name, args.new_name, etag=args.etag)
    response = model_registry_pb2.RenameRegisteredModelResponse(registered_model=model)
    show(args, response, lambda out: _model_fields(model, out), f"model {args.name} renamed to {model.name}")
    return 0


def _cmd_model_delete(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.delete_model(args.name, etag=args.etag)
    response = model_registry_pb2.DeleteRegisteredModelResponse(registered_model=model)
    until = output.when(model.purge_time)
    line = f"model {model.name} deleted; `regctl model restore {model.name}` brings it back until {until}"
    show(args, response, lambda out: _model_fields(model, out), line)
    return 0


def _cmd_model_restore(registry: Registry, args: argparse.Namespace) -> int:
    model = registry.undelete_model(args.name)
    response = model_registry_pb2.UndeleteRegisteredModelResponse(registered_model=model)
    show(args, response, lambda out: _model_fields(model, out), f"model {model.name} restored")
    return 0


def register(commands: Commands) -> None:
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
    tag_flags(p, untag=False)
    output_flag(p, write=True)
    p = models.add("get", "show a registered model", "  regctl model get fraud-detector -o yaml", _cmd_model_get)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--show-deleted", action="store_true", help="also find a deleted model")
    output_flag(p)
    p = models.add(
        "list",
        "list registered models",
        "  regctl model list --filter \"tags.team = 'risk'\" --order-by 'name desc'",
        _cmd_model_list,
    )
    p.add_argument("--filter", default="", help="the server's filter grammar, e.g. \"name LIKE 'fraud%%'\"")
    p.add_argument("--order-by", default="", help="e.g. 'name desc' or 'update_time desc'")
    p.add_argument("--show-deleted", action="store_true")
    output_flag(p)
    p = models.add(
        "update",
        "change a model's description, owner or tags",
        "  regctl model update fraud-detector --tag stage=beta --untag draft",
        _cmd_model_update,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description")
    p.add_argument("--owner")
    tag_flags(p, untag=True)
    p.set_defaults(check=changes_something)
    p.add_argument("--etag", default="", help="refuse (ABORTED) if the model changed since this etag")
    output_flag(p, write=True)
    p = models.add(
        "rename",
        "rename a model (versions, aliases and history follow)",
        "  regctl model rename fraud-detector fraud-scorer",
        _cmd_model_rename,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.add_argument("--etag", default="")
    output_flag(p, write=True)
    p = models.add(
        "delete",
        "soft-delete a model (restorable until it is purged)",
        "  regctl model delete fraud-detector",
        _cmd_model_delete,
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--etag", default="")
    output_flag(p, write=True)
    p = models.add("restore", "bring back a deleted model", "  regctl model restore fraud-detector", _cmd_model_restore)
    p.add_argument("name", metavar="NAME")
    output_flag(p, write=True)
