"""JSON for the resource state carried by each event row."""

from __future__ import annotations

import json
from typing import Any

from regserver.domain.models import (
    ColumnSpec,
    Digest,
    ManifestEntry,
    ModelVersion,
    RegisteredModel,
    Schema,
    Signature,
    Stage,
    TensorSpec,
    VersionParent,
    VersionStatus,
)


def _schema(s: Schema | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "columns": [[c.name, c.data_type, c.optional] for c in s.columns],
        "tensors": [[t.name, t.data_type, list(t.shape)] for t in s.tensors],
    }


def _schema_back(d: dict[str, Any] | None) -> Schema | None:
    if d is None:
        return None
    return Schema(
        columns=tuple(ColumnSpec(n, t, o) for n, t, o in d["columns"]),
        tensors=tuple(TensorSpec(n, t, tuple(shape)) for n, t, shape in d["tensors"]),
    )


def encode_model(m: RegisteredModel) -> str:
    return json.dumps({"kind": "model", **{k: getattr(m, k) for k in RegisteredModel.__dataclass_fields__}})


def encode_version(v: ModelVersion) -> str:
    data: dict[str, Any] = {k: getattr(v, k) for k in ModelVersion.__dataclass_fields__}
    data["stage"] = v.stage.value
    data["status"] = v.status.value
    data["signature"] = (
        None
        if v.signature is None
        else {"inputs": _schema(v.signature.inputs), "outputs": _schema(v.signature.outputs)}
    )
    data["files"] = [[f.path, f.digest.hash, f.digest.size, f.media_type] for f in v.files]
    data["parents"] = [[p.model_name, p.version, p.relation] for p in v.parents]
    return json.dumps({"kind": "version", **data})


def decode(text: str) -> RegisteredModel | ModelVersion:
    data = json.loads(text)
    kind = data.pop("kind")
    if kind == "model":
        return RegisteredModel(**data)
    data["stage"] = Stage(data["stage"])
    data["status"] = VersionStatus(data["status"])
    sig = data["signature"]
    data["signature"] = None if sig is None else Signature(_schema_back(sig["inputs"]), _schema_back(sig["outputs"]))
    data["files"] = [ManifestEntry(p, Digest(h, s), m) for p, h, s, m in data["files"]]
    # Events written before lineage existed carry no parents.
    data["parents"] = [VersionParent(n, v, r) for n, v, r in data.get("parents", [])]
    return ModelVersion(**data)
