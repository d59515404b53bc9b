"""Protobuf <-> domain conversions; protobuf messages never leave api/."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from google.protobuf import timestamp_pb2
from regserver_client.v1 import artifacts_pb2, events_pb2, model_pb2

from regserver.domain import models
from regserver.domain.errors import invalid_field

_STAGE_TO_PB = {
    models.Stage.NONE: model_pb2.STAGE_NONE,
    models.Stage.STAGING: model_pb2.STAGE_STAGING,
    models.Stage.PRODUCTION: model_pb2.STAGE_PRODUCTION,
    models.Stage.ARCHIVED: model_pb2.STAGE_ARCHIVED,
}
_STAGE_FROM_PB = {v: k for k, v in _STAGE_TO_PB.items()}
_RELATIONS = frozenset(
    v for v in model_pb2.ModelVersionRelation.values() if v != model_pb2.MODEL_VERSION_RELATION_UNSPECIFIED
)
_STATUS_TO_PB = {
    models.VersionStatus.PENDING_UPLOAD: model_pb2.MODEL_VERSION_STATUS_PENDING_UPLOAD,
    models.VersionStatus.READY: model_pb2.MODEL_VERSION_STATUS_READY,
    models.VersionStatus.FAILED: model_pb2.MODEL_VERSION_STATUS_FAILED,
}


def timestamp(us: int | None) -> timestamp_pb2.Timestamp | None:
    if us is None:
        return None
    return timestamp_pb2.Timestamp(seconds=us // 1_000_000, nanos=(us % 1_000_000) * 1000)


def micros(message: Any, field: str) -> int | None:
    """A Timestamp field of a request as microseconds since the epoch; None when it is unset."""
    if not message.HasField(field):
        return None
    ts = getattr(message, field)
    return int(ts.seconds) * 1_000_000 + int(ts.nanos) // 1000


def stage(value: int) -> models.Stage | None:
    """None for STAGE_UNSPECIFIED; INVALID_ARGUMENT for a number the contract does not define."""
    if value == model_pb2.STAGE_UNSPECIFIED:
        return None
    if value not in _STAGE_FROM_PB:
        raise invalid_field("stage", f"stage {value} is not a known Stage value")
    return _STAGE_FROM_PB[value]  # type: ignore[index]


def _data_type(value: int, field: str) -> str:
    try:
        name: str = model_pb2.DataType.Name(value)
    except ValueError:
        raise invalid_field(field, f"{field} has unknown data_type {value}") from None
    return name.removeprefix("DATA_TYPE_")


def _schema(pb: model_pb2.Schema, field: str) -> models.Schema:
    return models.Schema(
        columns=tuple(
            models.ColumnSpec(c.name, _data_type(c.data_type, f"{field}.columns[{i}]"), c.optional)
            for i, c in enumerate(pb.columns)
        ),
        tensors=tuple(
            models.TensorSpec(t.name, _data_type(t.data_type, f"{field}.tensors[{i}]"), tuple(t.shape))
            for i, t in enumerate(pb.tensors)
        ),
    )


def signature_from_pb(pb: model_pb2.ModelVersion) -> models.Signature | None:
    if not pb.HasField("signature"):
        return None
    sig = pb.signature
    return models.Signature(
        inputs=_schema(sig.inputs, "model_version.signature.inputs") if sig.HasField("inputs") else None,
        outputs=_schema(sig.outputs, "model_version.signature.outputs") if sig.HasField("outputs") else None,
    )


def _pb_type(name: str) -> Any:
    return model_pb2.DataType.Value(f"DATA_TYPE_{name}")


def _schema_pb(schema: models.Schema) -> model_pb2.Schema:
    return model_pb2.Schema(
        columns=[
            model_pb2.ColumnSpec(name=c.name, data_type=_pb_type(c.data_type),
                                 optional=c.optional)
            for c in schema.columns
        ],
        tensors=[
            model_pb2.TensorSpec(name=t.name, data_type=_pb_type(t.data_type),
                                 shape=list(t.shape))
            for t in schema.tensors
        ],
    )  # fmt: skip


def digest(pb: artifacts_pb2.Digest) -> models.Digest:
    return models.Digest(pb.hash, pb.size_bytes)


def digest_pb(d: models.Digest) -> artifacts_pb2.Digest:
    return artifacts_pb2.Digest(hash=d.hash, size_bytes=d.size)


def new_model(pb: model_pb2.RegisteredModel) -> models.NewModel:
    return models.NewModel(name=pb.name, description=pb.description, tags=dict(pb.tags), owner=pb.owner)


def new_version(pb: model_pb2.ModelVersion) -> models.NewVersion:
    return models.NewVersion(
        description=pb.description,
        tags=dict(pb.tags),
        source=pb.source,
        run_id=pb.run_id,
        signature=signature_from_pb(pb),
        metrics=dict(pb.metrics),
        files=[models.ManifestEntry(f.path, digest(f.digest), f.media_type) for f in pb.files],
        parents=parents(pb.parents),
    )


def parents(items: Sequence[model_pb2.ModelVersionParent]) -> list[models.VersionParent]:
    """Relation names without prefix; "" for UNSPECIFIED or unknown numbers, which validation refuses."""
    out = []
    for p in items:
        relation = ""
        if p.relation in _RELATIONS:
            relation = model_pb2.ModelVersionRelation.Name(p.relation).removeprefix("MODEL_VERSION_RELATION_")
        out.append(models.VersionParent(p.model_name, p.version, relation))
    return out


def parent_pb(p: models.VersionParent) -> model_pb2.ModelVersionParent:
    return model_pb2.ModelVersionParent(
        model_name=p.model_name, version=p.version, relation=f"MODEL_VERSION_RELATION_{p.relation}"
    )


def model_pb(m: models.RegisteredModel) -> model_pb2.RegisteredModel:
    return model_pb2.RegisteredModel(
        name=m.name,
        uid=m.uid,
        description=m.description,
        tags=m.tags,
        owner=m.owner,
        create_time=timestamp(m.create_time),
        update_time=timestamp(m.update_time),
        etag=m.etag,
        aliases=[model_pb2.ModelAlias(alias=a, version=v) for a, v in m.aliases.items()],
        delete_time=timestamp(m.delete_time),
        purge_time=timestamp(m.purge_time),
        latest_version=m.latest_version,
    )


def version_pb(v: models.ModelVersion) -> model_pb2.ModelVersion:
    sig = None
    if v.signature is not None:
        sig = model_pb2.ModelSignature(
            inputs=_schema_pb(v.signature.inputs) if v.signature.inputs is not None else None,
            outputs=_schema_pb(v.signature.outputs) if v.signature.outputs is not None else None,
        )
    return model_pb2.ModelVersion(
        model_name=v.model_name,
        version=v.version,
        description=v.description,
        tags=v.tags,
        stage=_STAGE_TO_PB[v.stage],
        aliases=v.aliases,
        status=_STATUS_TO_PB[v.status],
        source=v.source,
        run_id=v.run_id,
        signature=sig,
        metrics=v.metrics,
        creator=v.creator,
        create_time=timestamp(v.create_time),
        update_time=timestamp(v.update_time),
        etag=v.etag,
        delete_time=timestamp(v.delete_time),
        purge_time=timestamp(v.purge_time),
        files=[
            artifacts_pb2.ManifestEntry(path=f.path, digest=digest_pb(f.digest), media_type=f.media_type)
            for f in v.files
        ],
        parents=[parent_pb(p) for p in v.parents],
        fingerprint=v.fingerprint,
    )


def event_pb(e: models.Event) -> events_pb2.Event:
    return events_pb2.Event(
        revision=e.revision,
        time=timestamp(e.time),
        type=events_pb2.EventType.Value(f"EVENT_TYPE_{e.type.value}"),  # type: ignore[arg-type]
        model_name=e.model_name,
        version=e.version or 0,
        alias=e.alias or "",
        previous_version=e.previous_version or 0,
        principal=e.principal,
        registered_model=model_pb(e.model) if e.model is not None else None,
        model_version=version_pb(e.model_version) if e.model_version is not None else None,
        previous_model_name=e.previous_model_name or "",
        promotion_request_id=e.promotion_request_id or "",
        target_stage=_STAGE_TO_PB[e.target_stage] if e.target_stage is not None else model_pb2.STAGE_UNSPECIFIED,
    )
