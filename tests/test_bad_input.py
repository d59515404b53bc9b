"""Bad requests over real gRPC: exact status, ErrorInfo reason and field, a readable message, and no writes.

Every case runs against a server holding the same small world (see `build_world`), on SQLite and on
PostgreSQL. The full observable state (every model and every version, soft-deleted ones included) is
snapshotted before and after the bad request and must be byte-for-byte identical.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
import pytest
from google.protobuf import field_mask_pb2, text_format
from google.rpc import error_details_pb2
from regserver_client import Registry, RegistryError, from_rpc_error
from regserver_client.v1 import model_pb2 as m
from regserver_client.v1 import model_registry_pb2 as pb

# ----- the world every case starts from ---------------------------------------------------------


@dataclass(frozen=True)
class World:
    """Values the setup produced that a case needs (etags and page tokens are opaque)."""

    stale_model_etag: str  # model "m" before an update
    stale_version_etag: str  # version 1 of "m" before an update
    page_token: str  # first page of ListModelVersions(model_name="m", page_size=1)


def build_world(registry: Registry) -> World:
    """Models "m" (versions 1 and 2 READY, 3 soft-deleted; alias champion -> 1), "other", "idem" and
    the soft-deleted "gone"; "idem" and version 1 of "other" were created with request ids."""
    first = registry.create_model("m", description="the model", tags={"team": "fraud"}, owner="alice")
    v1 = registry.create_version("m", source="s3://bucket/m/1", tags={"k": "v"}, metrics={"auc": 0.91})
    registry.create_version("m", source="s3://bucket/m/2", signature=_good_signature())
    registry.create_version("m", source="s3://bucket/m/3")
    registry.delete_version("m", 3)
    registry.update_model("m", description="the model, described again")
    registry.update_version("m", 1, description="version one")
    registry.set_alias("m", "champion", 1)

    registry.create_model("other", request_id="")
    registry.create_version("other", source="s3://bucket/other/1", request_id="vrid-1")
    registry.create_model("idem", owner="bob", request_id="rid-1")
    registry.create_model("gone")
    registry.create_version("gone", source="s3://bucket/gone/1")
    registry.delete_model("gone")

    page = registry.stub.ListModelVersions(pb.ListModelVersionsRequest(model_name="m", page_size=1))
    assert page.next_page_token, "a 2-item listing with page_size=1 must have a second page"
    return World(stale_model_etag=first.etag, stale_version_etag=v1.etag, page_token=page.next_page_token)


def _good_signature() -> m.ModelSignature:
    return m.ModelSignature(
        inputs=m.Schema(columns=[m.ColumnSpec(name="x", data_type=m.DATA_TYPE_FLOAT32)]),
        outputs=m.Schema(tensors=[m.TensorSpec(name="y", data_type=m.DATA_TYPE_FLOAT64, shape=[-1, 2])]),
    )


# ----- helpers ------------------------------------------------------------------------------------


def _pages(rpc: Callable[[Any], Any], request: Any, items: str) -> list[Any]:
    result: list[Any] = []
    while True:
        response = rpc(request)
        result.extend(getattr(response, items))
        if not response.next_page_token:
            return result
        request.page_token = response.next_page_token


def snapshot(registry: Registry) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
    """Every model and every version the server holds, soft-deleted ones included, serialized."""
    stub = registry.stub
    models = _pages(
        stub.ListRegisteredModels,
        pb.ListRegisteredModelsRequest(show_deleted=True, page_size=1000),
        "registered_models",
    )
    versions = _pages(
        stub.ListModelVersions, pb.ListModelVersionsRequest(show_deleted=True, page_size=1000), "model_versions"
    )
    return (
        tuple(x.SerializeToString(deterministic=True) for x in models),
        tuple(x.SerializeToString(deterministic=True) for x in versions),
    )


def _readable(state: tuple[tuple[bytes, ...], tuple[bytes, ...]]) -> str:
    models, versions = state
    return "\n".join(
        [text_format.MessageToString(m.RegisteredModel.FromString(b), as_one_line=True) for b in models]
        + [text_format.MessageToString(m.ModelVersion.FromString(b), as_one_line=True) for b in versions]
    )


def expect_error(
    call: Callable[[], object],
    code: grpc.StatusCode,
    reason: str,
    field: str | None = None,
    contains: str | tuple[str, ...] = (),
    metadata: dict[str, str] | None = None,
) -> RegistryError:
    """Runs `call` (an SDK call or a raw stub call) and checks the error it must fail with."""
    try:
        call()
    except grpc.RpcError as rpc_error:
        error = from_rpc_error(rpc_error)
    except RegistryError as sdk_error:
        error = sdk_error
    else:
        pytest.fail(f"expected {code.name} {reason}, but the call succeeded")
    assert (error.code, error.reason) == (code, reason), f"got {error!r} {error.metadata}"
    infos = [d for d in error.details if isinstance(d, error_details_pb2.ErrorInfo)]
    assert len(infos) == 1 and infos[0].domain == "regserver", error.details
    if field is not None:
        assert error.metadata.get("field") == field, f"metadata {error.metadata} of {error!r}"
    for key, value in (metadata or {}).items():
        assert error.metadata.get(key) == value, f"metadata {error.metadata} of {error!r}"
    assert error.message.strip() and "unexpected error" not in error.message
    for text in (contains,) if isinstance(contains, str) else contains:
        assert text in error.message, f"{text!r} not in message {error.message!r}"
    return error


# ----- request builders (each returns a call taking the registry and the world) -------------------

Call = Callable[[Registry, World], object]


def create_model(request_id: str = "", **model: Any) -> Call:
    request = pb.CreateRegisteredModelRequest(registered_model=m.RegisteredModel(**model), request_id=request_id)
    return lambda r, w: r.stub.CreateRegisteredModel(request)


def create_version(model_name: str = "m", request_id: str = "", **version: Any) -> Call:
    request = pb.CreateModelVersionRequest(
        model_name=model_name, model_version=m.ModelVersion(**version), request_id=request_id
    )
    return lambda r, w: r.stub.CreateModelVersion(request)


def with_signature(inputs: m.Schema | None = None, outputs: m.Schema | None = None) -> Call:
    return create_version(source="s3://bucket/m/new", signature=m.ModelSignature(inputs=inputs, outputs=outputs))


def list_models(**request: Any) -> Call:
    return lambda r, w: r.stub.ListRegisteredModels(pb.ListRegisteredModelsRequest(**request))


def list_versions(**request: Any) -> Call:
    return lambda r, w: r.stub.ListModelVersions(pb.ListModelVersionsRequest(**request))


def update_model(paths: list[str], name: str = "m", **model: Any) -> Call:
    request = pb.UpdateRegisteredModelRequest(
        registered_model=m.RegisteredModel(name=name, **model), update_mask=field_mask_pb2.FieldMask(paths=paths)
    )
    return lambda r, w: r.stub.UpdateRegisteredModel(request)


def update_version(paths: list[str], version: int = 1, **fields: Any) -> Call:
    request = pb.UpdateModelVersionRequest(
        model_version=m.ModelVersion(model_name="m", version=version, **fields),
        update_mask=field_mask_pb2.FieldMask(paths=paths),
    )
    return lambda r, w: r.stub.UpdateModelVersion(request)


def get_version(version: int, model_name: str = "m") -> Call:
    return lambda r, w: r.stub.GetModelVersion(pb.GetModelVersionRequest(model_name=model_name, version=version))


def transition(stage: int, version: int = 2) -> Call:
    request = pb.TransitionModelVersionStageRequest(model_name="m", version=version, stage=stage)  # type: ignore[arg-type]
    return lambda r, w: r.stub.TransitionModelVersionStage(request)


def set_alias(alias: str, version: int = 2, model_name: str = "m") -> Call:
    return lambda r, w: r.stub.SetAlias(pb.SetAliasRequest(model_name=model_name, alias=alias, version=version))


def tampered(token: str) -> str:
    """The token with one character in its middle changed to another base64url character."""
    i = len(token) // 2
    return token[:i] + ("B" if token[i] == "A" else "A") + token[i + 1 :]


# ----- the cases ----------------------------------------------------------------------------------

INVALID = grpc.StatusCode.INVALID_ARGUMENT
NOT_FOUND = grpc.StatusCode.NOT_FOUND
ALREADY_EXISTS = grpc.StatusCode.ALREADY_EXISTS
FAILED_PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
ABORTED = grpc.StatusCode.ABORTED


@dataclass(frozen=True)
class Case:
    call: Call
    code: grpc.StatusCode
    reason: str
    field: str | None = None
    contains: str | tuple[str, ...] = ()
    metadata: dict[str, str] = dataclasses.field(default_factory=dict)
    # The world value the message and metadata["expected"] must echo (the etag sent).
    echoes: Callable[[World], str] | None = None


def case(id: str, call: Call, code: grpc.StatusCode, reason: str, **expected: Any) -> Any:
    return pytest.param(Case(call, code, reason, **expected), id=id)


def bad_field(id: str, call: Call, field: str, contains: str | tuple[str, ...]) -> Any:
    return case(id, call, INVALID, "INVALID_FIELD", field=field, contains=contains)


def bad_filter(id: str, call: Call, contains: str | tuple[str, ...]) -> Any:
    return case(id, call, INVALID, "INVALID_FILTER", field="filter", contains=contains)


def bad_order(id: str, call: Call, contains: str | tuple[str, ...]) -> Any:
    return case(id, call, INVALID, "INVALID_ORDER_BY", field="order_by", contains=contains)


def bad_token(id: str, call: Call, contains: str | tuple[str, ...] = "page_token") -> Any:
    return case(id, call, INVALID, "INVALID_PAGE_TOKEN", field="page_token", contains=contains)


def bad_mask(id: str, call: Call, path: str, contains: str | tuple[str, ...]) -> Any:
    return case(
        id, call, INVALID, "INVALID_UPDATE_MASK", field="update_mask", metadata={"path": path}, contains=contains
    )


def stale(id: str, call: Call, contains: str, etag: Callable[[World], str]) -> Any:
    return case(id, call, ABORTED, "ETAG_MISMATCH", contains=contains, echoes=etag)


def model_etag(w: World) -> str:
    return w.stale_model_etag


def version_etag(w: World) -> str:
    return w.stale_version_etag


RM_NAME = "registered_model.name"
F32 = m.DATA_TYPE_FLOAT32

NAMES = [
    bad_field("create-model/name-empty", create_model(name=""), RM_NAME, "registered_model.name is required"),
    bad_field("create-model/name-129-chars", create_model(name="a" * 129), RM_NAME, ("129", "128")),
    bad_field("create-model/name-has-space", create_model(name="has space"), RM_NAME, "'has space'"),
    bad_field("create-model/name-leading-dash", create_model(name="-leading-dash"), RM_NAME, "'-leading-dash'"),
    bad_field("create-model/name-leading-dot", create_model(name=".hidden"), RM_NAME, "'.hidden'"),
    bad_field("create-model/name-slash", create_model(name="slash/name"), RM_NAME, "'slash/name'"),
    bad_field("create-model/name-unicode", create_model(name="ünïcode"), RM_NAME, "'ünïcode'"),
    bad_field("create-model/name-trailing-newline", create_model(name="m2\n"), RM_NAME, "'m2\\n'"),
    bad_field(
        "rename/new-name-invalid",
        lambda r, w: r.rename_model("m", "has space"),
        "new_name",
        ("new_name", "'has space'"),
    ),
    bad_field("rename/new-name-empty", lambda r, w: r.rename_model("m", ""), "new_name", "new_name is required"),
    bad_field("get-model/name-empty", lambda r, w: r.get_model(""), "name", "name is required"),
]

NOT_FOUNDS = [
    case(
        "get-model/unknown",
        lambda r, w: r.get_model("nope"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'nope'",
        metadata={"model": "nope"},
    ),
    case("get-model/soft-deleted", lambda r, w: r.get_model("gone"), NOT_FOUND, "MODEL_NOT_FOUND", contains="'gone'"),
    case(
        "create-version/unknown-model",
        create_version(model_name="nope", source="s3://x"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'nope'",
        metadata={"model": "nope"},
    ),
    case(
        "create-version/soft-deleted-model",
        create_version(model_name="gone", source="s3://x"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'gone'",
    ),
    case(
        "set-alias/unknown-model",
        set_alias("champion", 1, model_name="nope"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'nope'",
    ),
    case(
        "list-versions/unknown-model",
        list_versions(model_name="nope"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'nope'",
    ),
    case("get-version/unknown-model", get_version(1, "nope"), NOT_FOUND, "MODEL_NOT_FOUND", contains="'nope'"),
    bad_field("get-version/version-0", get_version(0), "version", ("version", "0")),
    bad_field("get-version/version-minus-1", get_version(-1), "version", ("version", "-1")),
    case(
        "get-version/unknown-99",
        get_version(99),
        NOT_FOUND,
        "MODEL_VERSION_NOT_FOUND",
        contains="99",
        metadata={"model": "m", "version": "99"},
    ),
    case("get-version/soft-deleted", get_version(3), NOT_FOUND, "MODEL_VERSION_NOT_FOUND", contains="3"),
    case(
        "undelete-model/unknown",
        lambda r, w: r.undelete_model("nope"),
        NOT_FOUND,
        "MODEL_NOT_FOUND",
        contains="'nope'",
    ),
]

STAGES = [
    bad_field("transition/stage-99", transition(99), "stage", "99"),
    bad_field("transition/stage-unspecified", transition(m.STAGE_UNSPECIFIED), "stage", "stage is required"),
    bad_field("transition/version-0", transition(m.STAGE_PRODUCTION, version=0), "version", "version"),
    case(
        "transition/unknown-version",
        transition(m.STAGE_PRODUCTION, version=99),
        NOT_FOUND,
        "MODEL_VERSION_NOT_FOUND",
        contains="99",
    ),
]

FILTERS = [
    bad_filter("filter/missing-value", list_models(filter="name ="), ("filter", "a value", "position 6")),
    bad_filter("filter/unterminated-string", list_models(filter='name = "x'), ("unterminated string", "position 7")),
    bad_filter("filter/unclosed-paren", list_models(filter='(name = "x"'), ("missing ')'", "position 0")),
    bad_filter("filter/double-equals", list_models(filter='name == "x"'), ("'=='", "use '='")),
    bad_filter("filter/unknown-field", list_models(filter='colour = "red"'), "'colour'"),
    bad_filter("filter/unknown-field-for-versions", list_versions(filter='owner = "x"'), "'owner'"),
    bad_filter("filter/version-compared-with-string", list_versions(filter='version = "one"'), ("version", "'one'")),
    bad_filter(
        "filter/like-on-version", list_versions(model_name="m", filter='version LIKE "1%"'), ("version", "LIKE")
    ),
    bad_filter("filter/unknown-stage", list_versions(filter="stage = SIDEWAYS"), "'SIDEWAYS'"),
    bad_filter("filter/bad-timestamp", list_models(filter='create_time > "yesterday"'), "'yesterday'"),
    bad_filter("filter/tags-without-key", list_models(filter='tags = "x"'), "tags"),
]

ORDERS = [
    bad_order("order-by/unknown-field", list_models(order_by="bogus desc"), "'bogus'"),
    bad_order("order-by/bad-direction", list_models(order_by="name sideways"), "'name sideways'"),
    bad_order("order-by/field-twice", list_models(order_by="name, name"), ("'name'", "twice")),
    bad_order("order-by/version-on-models", list_models(order_by="version"), "'version'"),
]

PAGING = [
    bad_field("list-models/page-size-negative", list_models(page_size=-1), "page_size", ("page_size", "-1")),
    bad_field("list-versions/page-size-negative", list_versions(page_size=-5), "page_size", ("page_size", "-5")),
    bad_token(
        "page-token/tampered",
        lambda r, w: list_versions(model_name="m", page_size=1, page_token=tampered(w.page_token))(r, w),
    ),
    bad_token("page-token/garbage", list_versions(model_name="m", page_size=1, page_token="abc")),
    bad_token("page-token/not-base64", list_models(page_token="!!not a token!!")),
    bad_token(
        "page-token/different-filter",
        lambda r, w: list_versions(model_name="m", page_size=1, filter="version >= 1", page_token=w.page_token)(r, w),
        ("page_token", "different query"),
    ),
    bad_token(
        "page-token/different-model",
        lambda r, w: list_versions(model_name="other", page_size=1, page_token=w.page_token)(r, w),
        ("page_token", "different query"),
    ),
    bad_token(
        "page-token/from-versions-used-on-models",
        lambda r, w: list_models(page_size=1, page_token=w.page_token)(r, w),
        ("page_token", "different query"),
    ),
]

MASKS = [
    bad_mask("update-model/mask-unknown-field", update_model(["colour"], description="x"), "colour", "'colour'"),
    bad_mask("update-model/mask-name", update_model(["name"]), "name", ("'name'", "RenameRegisteredModel")),
    bad_mask("update-model/mask-etag", update_model(["etag"]), "etag", "'etag'"),
    bad_mask("update-version/mask-unknown-field", update_version(["colour"]), "colour", "'colour'"),
    bad_mask("update-version/mask-version", update_version(["version"]), "version", "'version'"),
    bad_mask("update-version/mask-stage", update_version(["stage"]), "stage", ("'stage'", "Transition")),
    bad_mask("update-version/mask-source", update_version(["source"], source="s3://else"), "source", "'source'"),
    bad_mask("update-version/mask-metrics", update_version(["metrics"], metrics={"auc": 1.0}), "metrics", "'metrics'"),
    bad_mask(
        "update-model/mask-tags-and-tags-key",
        update_model(["tags", "tags.x"], tags={"x": "1"}),
        "tags",
        ("'tags'", "'tags.<key>'"),
    ),
    bad_mask(
        "update-version/mask-tags-and-tags-key",
        update_version(["tags.x", "tags"], tags={"x": "1"}),
        "tags",
        ("'tags'", "'tags.<key>'"),
    ),
    bad_mask(
        "update-model/mask-invalid-tag-key",
        update_model(["tags.`bad key`"], tags={"bad key": "1"}),
        "tags.`bad key`",
        "'bad key'",
    ),
    bad_mask("update-model/empty-mask-nothing-set", update_model([]), "", ("nothing to update", "update_mask")),
    bad_mask("update-version/empty-mask-nothing-set", update_version([]), "", ("nothing to update", "update_mask")),
]

TAGS_AND_TEXT = [
    bad_field(
        "create-model/tag-key-with-space",
        create_model(name="m2", tags={"bad key": "v"}),
        "registered_model.tags",
        "'bad key'",
    ),
    bad_field(
        "create-model/tag-value-5001-chars",
        create_model(name="m2", tags={"big": "x" * 5001}),
        "registered_model.tags.big",
        ("'big'", "5001", "5000"),
    ),
    bad_field(
        "create-version/tag-key-with-space", create_version(tags={"bad key": "v"}), "model_version.tags", "'bad key'"
    ),
    bad_field(
        "create-version/tag-value-5001-chars",
        create_version(tags={"big": "x" * 5001}),
        "model_version.tags.big",
        ("'big'", "5001"),
    ),
    bad_field(
        "update-model/tag-key-with-space",
        update_model(["tags"], tags={"bad key": "v"}),
        "registered_model.tags",
        "'bad key'",
    ),
    bad_field(
        "update-version/tag-value-5001-chars",
        update_version(["tags.big"], tags={"big": "x" * 5001}),
        "model_version.tags.big",
        ("'big'", "5001"),
    ),
    bad_field(
        "create-model/description-16385-chars",
        create_model(name="m2", description="d" * 16385),
        "registered_model.description",
        ("description", "16385", "16384"),
    ),
    bad_field(
        "create-version/description-16385-chars",
        create_version(description="d" * 16385),
        "model_version.description",
        ("description", "16385"),
    ),
    bad_field(
        "update-model/description-16385-chars",
        update_model(["description"], description="d" * 16385),
        "registered_model.description",
        ("description", "16385"),
    ),
    bad_field(
        "create-model/owner-257-chars",
        create_model(name="m2", owner="o" * 257),
        "registered_model.owner",
        ("owner", "257"),
    ),
    bad_field(
        "create-version/source-2049-chars",
        create_version(source="s" * 2049),
        "model_version.source",
        ("source", "2049"),
    ),
]

METRICS = [
    bad_field(
        "create-version/metric-nan",
        create_version(metrics={"auc": math.nan}),
        "model_version.metrics.auc",
        ("'auc'", "nan"),
    ),
    bad_field(
        "create-version/metric-inf",
        create_version(metrics={"auc": math.inf}),
        "model_version.metrics.auc",
        ("'auc'", "inf"),
    ),
    bad_field(
        "create-version/metric-minus-inf",
        create_version(metrics={"loss": -math.inf}),
        "model_version.metrics.loss",
        ("'loss'", "-inf"),
    ),
]

SIGNATURES = [
    bad_field(
        "signature/duplicate-column",
        with_signature(inputs=m.Schema(columns=[m.ColumnSpec(name="x", data_type=F32)] * 2)),
        "model_version.signature.inputs.columns[1]",
        ("'x'", "twice"),
    ),
    bad_field(
        "signature/columns-and-tensors",
        with_signature(
            inputs=m.Schema(
                columns=[m.ColumnSpec(name="x", data_type=F32)],
                tensors=[m.TensorSpec(name="t", data_type=F32, shape=[3])],
            )
        ),
        "model_version.signature.inputs",
        ("model_version.signature.inputs", "columns and tensors"),
    ),
    bad_field(
        "signature/data-type-unspecified",
        with_signature(inputs=m.Schema(columns=[m.ColumnSpec(name="x")])),
        "model_version.signature.inputs.columns[0]",
        ("'x'", "DATA_TYPE_UNSPECIFIED"),
    ),
    bad_field(
        "signature/data-type-out-of-range",
        with_signature(outputs=m.Schema(columns=[m.ColumnSpec(name="x", data_type=99)])),  # type: ignore[arg-type]
        "model_version.signature.outputs.columns[0]",
        ("model_version.signature.outputs.columns[0]", "99"),
    ),
    bad_field(
        "signature/tensor-shape-minus-2",
        with_signature(outputs=m.Schema(tensors=[m.TensorSpec(name="t", data_type=F32, shape=[-1, -2])])),
        "model_version.signature.outputs.tensors[0]",
        ("'t'", "-2"),
    ),
    bad_field(
        "signature/column-name-empty",
        with_signature(inputs=m.Schema(columns=[m.ColumnSpec(name="", data_type=F32)])),
        "model_version.signature.inputs.columns[0]",
        ("model_version.signature.inputs.columns[0].name", "1 to 256"),
    ),
]

ALIASES = [
    bad_field("set-alias/uppercase", set_alias("Champion"), "alias", "'Champion'"),
    bad_field("set-alias/reserved-latest", set_alias("latest"), "alias", ("'latest'", "reserved")),
    bad_field("set-alias/reserved-v3", set_alias("v3"), "alias", ("'v3'", "reserved")),
    bad_field("set-alias/empty", set_alias(""), "alias", "alias is required"),
    bad_field("set-alias/65-chars", set_alias("a" * 65), "alias", "a" * 65),
    bad_field("set-alias/version-0", set_alias("challenger", 0), "version", "version"),
    case(
        "set-alias/unknown-version",
        set_alias("challenger", 99),
        NOT_FOUND,
        "MODEL_VERSION_NOT_FOUND",
        contains=("'m'", "99"),
        metadata={"model": "m", "version": "99"},
    ),
    case(
        "set-alias/soft-deleted-version", set_alias("challenger", 3), NOT_FOUND, "MODEL_VERSION_NOT_FOUND", contains="3"
    ),
    case(
        "delete-alias/unknown",
        lambda r, w: r.delete_alias("m", "nobody"),
        NOT_FOUND,
        "ALIAS_NOT_FOUND",
        contains="'nobody'",
        metadata={"model": "m", "alias": "nobody"},
    ),
    bad_field("delete-alias/invalid", lambda r, w: r.delete_alias("m", "Champion"), "alias", "'Champion'"),
    case(
        "get-by-alias/unknown",
        lambda r, w: r.get_version_by_alias("m", "nobody"),
        NOT_FOUND,
        "ALIAS_NOT_FOUND",
        contains="'nobody'",
    ),
]

ETAGS = [
    stale(
        "update-model/stale-etag",
        lambda r, w: r.update_model("m", description="lost update", etag=w.stale_model_etag),
        "'m'",
        model_etag,
    ),
    stale("delete-model/stale-etag", lambda r, w: r.delete_model("m", etag=w.stale_model_etag), "'m'", model_etag),
    stale(
        "rename-model/stale-etag",
        lambda r, w: r.rename_model("m", "m-renamed", etag=w.stale_model_etag),
        "'m'",
        model_etag,
    ),
    stale(
        "delete-model/garbage-etag",
        lambda r, w: r.delete_model("m", etag="not-an-etag"),
        "'m'",
        lambda w: "not-an-etag",
    ),
    stale(
        "update-version/stale-etag",
        lambda r, w: r.update_version("m", 1, description="lost update", etag=w.stale_version_etag),
        "version 1",
        version_etag,
    ),
    stale(
        "delete-version/stale-etag",
        lambda r, w: r.delete_version("m", 1, etag=w.stale_version_etag),
        "version 1",
        version_etag,
    ),
    stale(
        "transition/stale-etag",
        lambda r, w: r.transition_stage("m", 1, "Production", etag=w.stale_version_etag),
        "version 1",
        version_etag,
    ),
]

EXISTENCE = [
    case(
        "create-model/duplicate",
        create_model(name="m"),
        ALREADY_EXISTS,
        "MODEL_ALREADY_EXISTS",
        contains="'m'",
        metadata={"model": "m"},
    ),
    case(
        "create-model/name-held-by-deleted-model",
        create_model(name="gone"),
        ALREADY_EXISTS,
        "MODEL_ALREADY_EXISTS",
        contains="'gone'",
    ),
    case(
        "rename/onto-existing",
        lambda r, w: r.rename_model("other", "m"),
        ALREADY_EXISTS,
        "MODEL_ALREADY_EXISTS",
        contains="'m'",
    ),
    case(
        "rename/onto-deleted-model-name",
        lambda r, w: r.rename_model("other", "gone"),
        ALREADY_EXISTS,
        "MODEL_ALREADY_EXISTS",
        contains="'gone'",
    ),
    case(
        "undelete-model/not-deleted",
        lambda r, w: r.undelete_model("m"),
        FAILED_PRECONDITION,
        "NOT_DELETED",
        contains="'m'",
    ),
    case(
        "undelete-version/not-deleted",
        lambda r, w: r.undelete_version("m", 2),
        FAILED_PRECONDITION,
        "NOT_DELETED",
        contains=("version 2", "'m'"),
    ),
    case(
        "undelete-version/model-deleted",
        lambda r, w: r.undelete_version("gone", 1),
        FAILED_PRECONDITION,
        "MODEL_DELETED",
        contains="'gone'",
    ),
]

REQUEST_IDS = [
    bad_field("create-model/request-id-with-spaces", create_model("my request", name="m2"), "request_id", "request_id"),
    bad_field("create-model/request-id-129-chars", create_model("r" * 129, name="m2"), "request_id", "request_id"),
    bad_field(
        "create-version/request-id-with-spaces",
        create_version(request_id="my request", source="s3://x"),
        "request_id",
        "request_id",
    ),
    case(
        "create-model/request-id-reused",
        create_model("rid-1", name="m2"),
        ABORTED,
        "REQUEST_ID_REUSED",
        contains="'rid-1'",
        metadata={"request_id": "rid-1"},
    ),
    case(
        "create-version/request-id-reused",
        create_version(model_name="other", request_id="vrid-1", source="s3://bucket/other/2"),
        ABORTED,
        "REQUEST_ID_REUSED",
        contains="'vrid-1'",
    ),
]

# PostgreSQL cannot store U+0000 in text columns, so the registry must refuse it up front (the same on
# both backends) instead of failing inside the database.
NUL_CHARACTERS = [
    bad_field(
        "create-model/description-with-nul",
        create_model(name="m2", description="a\x00b"),
        "registered_model.description",
        "description",
    ),
    bad_field(
        "create-model/owner-with-nul", create_model(name="m2", owner="a\x00b"), "registered_model.owner", "owner"
    ),
    bad_field(
        "create-model/tag-value-with-nul",
        create_model(name="m2", tags={"k": "a\x00b"}),
        "registered_model.tags.k",
        "tags.k",
    ),
    bad_field("create-version/source-with-nul", create_version(source="s3://a\x00b"), "model_version.source", "source"),
    bad_field("create-version/run-id-with-nul", create_version(run_id="run\x00"), "model_version.run_id", "run_id"),
    bad_field(
        "update-model/description-with-nul",
        update_model(["description"], description="a\x00b"),
        "registered_model.description",
        "description",
    ),
    bad_filter("filter/string-with-nul", list_models(filter='name = "a\x00b"'), "filter"),
]

CASES = [
    *NAMES,
    *NOT_FOUNDS,
    *STAGES,
    *FILTERS,
    *ORDERS,
    *PAGING,
    *MASKS,
    *TAGS_AND_TEXT,
    *METRICS,
    *SIGNATURES,
    *ALIASES,
    *ETAGS,
    *EXISTENCE,
    *REQUEST_IDS,
    *NUL_CHARACTERS,
]


@pytest.mark.parametrize("bad", CASES)
def test_bad_input(registry: Registry, bad: Case) -> None:
    world = build_world(registry)
    before = snapshot(registry)

    error = expect_error(
        lambda: bad.call(registry, world), bad.code, bad.reason, bad.field, bad.contains, bad.metadata or None
    )
    if bad.echoes is not None:
        sent = bad.echoes(world)
        assert error.metadata.get("expected") == sent and repr(sent) in error.message, error

    after = snapshot(registry)
    assert after == before, f"the failed request changed state:\n{_readable(before)}\n---\n{_readable(after)}"


# ----- boundaries that must be accepted -----------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda r: r.create_model("a" * 128), id="model-name-128-chars"),
        pytest.param(lambda r: r.create_model("0.model_name-1"), id="model-name-all-allowed-characters"),
        pytest.param(lambda r: r.create_model("m2", tags={"t": "x" * 5000}), id="tag-value-5000-chars"),
        pytest.param(lambda r: r.create_model("m2", description="d" * 16384), id="description-16384-chars"),
        pytest.param(lambda r: r.create_model("m2", request_id="r" * 128), id="request-id-128-chars"),
        pytest.param(lambda r: r.set_alias("m", "a" * 64, 2), id="alias-64-chars"),
        pytest.param(lambda r: r.create_version("m", metrics={"big": 1.7e308, "neg": -0.0}), id="finite-metrics"),
        pytest.param(lambda r: r.create_version("m", signature=_good_signature()), id="tensor-shape-minus-1"),
        pytest.param(
            lambda r: r.stub.ListRegisteredModels(pb.ListRegisteredModelsRequest(page_size=5000)),
            id="page-size-above-cap",
        ),
    ],
)
def test_boundary_is_accepted(registry: Registry, call: Callable[[Registry], object]) -> None:
    build_world(registry)
    call(registry)


def test_model_name_128_chars_round_trips(registry: Registry) -> None:
    name = "a" * 128
    created = registry.create_model(name)
    assert created.name == name
    assert registry.get_model(name).uid == created.uid
