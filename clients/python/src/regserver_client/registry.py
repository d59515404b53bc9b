"""`Registry`: a thin, typed wrapper over the regserver.v1.ModelRegistry gRPC service."""

from __future__ import annotations

import math
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast

import grpc
from google.protobuf import field_mask_pb2
from google.protobuf.message import Message

from . import files as _files
from . import transfer as _transfer
from . import wire as _wire
from ._auth import BearerToken
from .errors import AlreadyExists, RegistryError, from_rpc_error
from .files import ProgressCallback
from .runs import ActiveRun
from .runs import metric as _metric
from .runs import timestamp as _timestamp
from .specs import ParentSpec
from .v1 import (
    access_pb2,
    access_pb2_grpc,
    artifacts_pb2,
    artifacts_pb2_grpc,
    audit_pb2,
    audit_pb2_grpc,
    evaluation_pb2,
    evaluation_pb2_grpc,
    events_pb2,
    events_pb2_grpc,
    governance_pb2,
    governance_pb2_grpc,
    lineage_pb2,
    lineage_pb2_grpc,
    model_pb2,
    model_registry_pb2,
    model_registry_pb2_grpc,
    tracking_pb2,
    tracking_pb2_grpc,
)
from .watch import watch as _watch

__all__ = ["Registry"]

# Where Registry finds its bearer token when none is passed.
TOKEN_ENV = "REGSERVER_TOKEN"

_R = TypeVar("_R", bound=Message)

# Attempts (including the first) and first backoff for calls safe to repeat on UNAVAILABLE.
_MAX_ATTEMPTS = 3
_FIRST_BACKOFF_S = 0.1

# Tag keys that can appear bare in a field-mask path; anything else is backtick-quoted.
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _tag_path(key: str) -> str:
    return f"tags.{key}" if _PLAIN_KEY.fullmatch(key) else f"tags.`{key}`"


def _tag_paths(
    into: Any,
    tags: Mapping[str, str] | None,
    set_tags: Mapping[str, str] | None,
    remove_tags: Sequence[str],
) -> list[str]:
    """Fills `into` (a message's tags map) and returns the update-mask paths for the tag arguments."""
    if tags is not None and (set_tags or remove_tags):
        raise ValueError("pass tags= (replace all) or set_tags=/remove_tags=, not both")
    if tags is not None:
        into.update(tags)
        return ["tags"]
    both = set(set_tags or {}) & set(remove_tags)
    if both:
        raise ValueError(f"tag {sorted(both)[0]!r} is both set and removed")
    into.update(set_tags or {})
    # A path naming a key the message leaves unset removes that tag.
    return [_tag_path(k) for k in (set_tags or {})] + [_tag_path(k) for k in remove_tags]


def _parse_stage(stage: model_pb2.Stage | str) -> model_pb2.Stage:
    """Accepts a Stage value or a name like "Production", "PRODUCTION" or "STAGE_PRODUCTION"."""
    if not isinstance(stage, str):
        return stage
    name = stage.strip().upper()
    if not name.startswith("STAGE_"):
        name = f"STAGE_{name}"
    try:
        # Stage.Value is typed as returning int, but it is a Stage value.
        return cast(model_pb2.Stage, model_pb2.Stage.Value(name))
    except ValueError:
        names = ", ".join(k.removeprefix("STAGE_") for k in model_pb2.Stage.keys()[1:])
        raise ValueError(f"unknown stage {stage!r}; expected one of {names}") from None


def _parent(p: ParentSpec) -> model_pb2.ModelVersionParent:
    if isinstance(p, model_pb2.ModelVersionParent):
        return p
    model_name, version, relation = p
    name = "MODEL_VERSION_RELATION_" + relation.upper().removeprefix("MODEL_VERSION_RELATION_")
    return model_pb2.ModelVersionParent(model_name=model_name, version=version, relation=name)


VersionSpec = int | str

_COMPARISON = {
    ">": governance_pb2.COMPARISON_GREATER,
    ">=": governance_pb2.COMPARISON_GREATER_OR_EQUAL,
    "<": governance_pb2.COMPARISON_LESS,
    "<=": governance_pb2.COMPARISON_LESS_OR_EQUAL,
}


def promotion_target(
    alias: str | None = None, stage: model_pb2.Stage | str | None = None
) -> governance_pb2.PromotionTarget:
    """An alias or a stage, exactly one."""
    if (alias is None) == (stage is None):
        raise ValueError("name exactly one of alias= or stage=")
    if alias is not None:
        return governance_pb2.PromotionTarget(alias=alias)
    assert stage is not None
    return governance_pb2.PromotionTarget(stage=_parse_stage(stage))


def protect(
    *,
    alias: str | None = None,
    stage: model_pb2.Stage | str | None = None,
    require_signature: bool = False,
    required_tags: Mapping[str, str] | None = None,
    thresholds: Mapping[str, tuple[str, float]] | None = None,
    beat_champion: str = "",
    lower_is_better: bool = False,
    min_improvement: float = 0.0,
    archive_previous_holder: bool = False,
) -> governance_pb2.ProtectedTarget:
    """A protected alias or stage and its gates, for Registry.set_promotion_policy.

    `thresholds` maps a metric to (comparison, value), e.g. {"auc": (">=", 0.9)}; `beat_champion`
    names a metric the candidate must improve on over the current holder.
    """
    rules = governance_pb2.ProtectedTarget(
        target=promotion_target(alias, stage),
        require_signature=require_signature,
        required_tags=dict(required_tags or {}),
        archive_previous_holder=archive_previous_holder,
    )
    for metric, (comparison, value) in (thresholds or {}).items():
        if comparison not in _COMPARISON:
            raise ValueError(f"unknown comparison {comparison!r}; use one of {', '.join(_COMPARISON)}")
        rules.metric_thresholds.add(metric=metric, comparison=_COMPARISON[comparison], value=value)
    if beat_champion:
        rules.beat_champion.CopyFrom(
            governance_pb2.ChampionComparison(
                metric=beat_champion, lower_is_better=lower_is_better, min_improvement=min_improvement
            )
        )
    return rules


def _selector(version: VersionSpec) -> evaluation_pb2.ModelVersionSelector:
    """A version number (3 or "3") or an alias ("champion")."""
    if isinstance(version, int):
        return evaluation_pb2.ModelVersionSelector(version=version)
    if version.isdigit():
        return evaluation_pb2.ModelVersionSelector(version=int(version))
    return evaluation_pb2.ModelVersionSelector(alias=version)


def _source(source: evaluation_pb2.EvaluationSource | str) -> evaluation_pb2.EvaluationSource:
    if not isinstance(source, str):
        return source
    name = "EVALUATION_SOURCE_" + source.strip().upper().removeprefix("EVALUATION_SOURCE_")
    try:
        return cast(evaluation_pb2.EvaluationSource, evaluation_pb2.EvaluationSource.Value(name))
    except ValueError:
        raise ValueError(f"unknown evaluation source {source!r}; expected OFFLINE or MONITORING") from None


def _parse_role(role: access_pb2.Role | str) -> access_pb2.Role:
    if not isinstance(role, str):
        return role
    name = "ROLE_" + role.strip().upper().removeprefix("ROLE_")
    try:
        return cast(access_pb2.Role, access_pb2.Role.Value(name))
    except ValueError:
        names = ", ".join(k.removeprefix("ROLE_").lower() for k in access_pb2.Role.keys()[1:])
        raise ValueError(f"unknown role {role!r}; expected one of {names}") from None


def _parse_run_status(status: tracking_pb2.RunStatus | str) -> tracking_pb2.RunStatus:
    if not isinstance(status, str):
        return status
    name = status.strip().upper()
    if not name.startswith("RUN_STATUS_"):
        name = f"RUN_STATUS_{name}"
    try:
        return cast(tracking_pb2.RunStatus, tracking_pb2.RunStatus.Value(name))
    except ValueError:
        names = ", ".join(k.removeprefix("RUN_STATUS_") for k in tracking_pb2.RunStatus.keys()[1:])
        raise ValueError(f"unknown run status {status!r}; expected one of {names}") from None


STREAM_WINDOW_OPTIONS: tuple[tuple[str, int], ...] = (
    ("grpc.http2.bdp_probe", 0),
    ("grpc.http2.lookahead_bytes", 8 * 1024 * 1024),
)
"""The channel options the SDK adds unless given: each stream's receive window fixed at 8 MiB (bounded
memory; a link with a long round trip may want more: throughput per stream ≤ window ÷ round trip)."""


class Registry:
    """A connection to a regserver.

    Methods return the generated proto messages (`RegisteredModel`, `ModelVersion`)
    and raise `regserver_client.errors.RegistryError` subclasses on failure.

    `timeout` is the deadline of each attempt, in seconds (None: no deadline). Reads
    and creates are retried on UNAVAILABLE, up to 3 attempts; other calls never are.

    `token` (default: the REGSERVER_TOKEN environment variable) is sent as
    `authorization: Bearer <token>` on every call, streams included; an empty one sends none.
    """

    def __init__(
        self,
        target: str = "localhost:50051",
        *,
        credentials: grpc.ChannelCredentials | None = None,
        token: str | None = None,
        timeout: float | None = 30.0,
        options: Sequence[tuple[str, str | int]] = (),
        channel: grpc.Channel | None = None,
        http_url: str | None = None,
        data_plane: str | None = None,
    ) -> None:
        # A fixed flow-control window per stream, as the server has: a download holds at most this
        # much the client has not yet read, however long it runs (gRPC's BDP probing would let the
        # window, and the memory, grow to tens of MiB). Options given win.
        given = {key for key, _ in options}
        options = [*options, *((k, v) for k, v in STREAM_WINDOW_OPTIONS if k not in given)]
        if channel is not None:
            # The caller owns a channel it passed in: close() leaves it open.
            self._owned_channel: grpc.Channel | None = None
        elif credentials is not None:
            channel = self._owned_channel = grpc.secure_channel(target, credentials, options=list(options))
        else:
            channel = self._owned_channel = grpc.insecure_channel(target, options=list(options))
        if token is None:
            token = os.environ.get(TOKEN_ENV)
        if token:  # "" sends no token, as in the Go, TypeScript and Java clients
            channel = grpc.intercept_channel(channel, BearerToken(token))
        self._stub = model_registry_pb2_grpc.ModelRegistryStub(channel)  # type: ignore[no-untyped-call]
        self._artifacts = artifacts_pb2_grpc.ArtifactStoreStub(channel)  # type: ignore[no-untyped-call]
        # The SDK's own blob streams: the same RPCs, with chunks neither copied into nor out of messages.
        self._write_blob = channel.stream_unary(
            "/regserver.v1.ArtifactStore/WriteBlob",
            request_serializer=_wire.write_blob_request,
            response_deserializer=artifacts_pb2.WriteBlobResponse.FromString,
        )
        self._read_blob = channel.unary_stream(
            "/regserver.v1.ArtifactStore/ReadBlob",
            request_serializer=artifacts_pb2.ReadBlobRequest.SerializeToString,
            response_deserializer=_wire.read_blob_data,
        )
        self._events = events_pb2_grpc.EventServiceStub(channel)  # type: ignore[no-untyped-call]
        self._tracking = tracking_pb2_grpc.TrackingStub(channel)  # type: ignore[no-untyped-call]
        self._lineage = lineage_pb2_grpc.LineageStub(channel)  # type: ignore[no-untyped-call]
        self._evaluation = evaluation_pb2_grpc.EvaluationStub(channel)  # type: ignore[no-untyped-call]
        self._access = access_pb2_grpc.AccessControlStub(channel)  # type: ignore[no-untyped-call]
        self._audit = audit_pb2_grpc.AuditStub(channel)  # type: ignore[no-untyped-call]
        self._governance = governance_pb2_grpc.GovernanceStub(channel)  # type: ignore[no-untyped-call]
        self._timeout = timeout
        self._closed = False
        # How blob bytes move (GetTransferOptions), asked on the first transfer.
        # With TLS credentials the HTTP listener's certificate may need the same private CA, which
        # this client cannot hand to http.client: the HTTP data plane then needs http_url (or the
        # server's configured public URL); the gRPC streams work either way.
        derive_http = credentials is None and not (channel is not None and target == "localhost:50051")
        self._target = target if derive_http else None
        self._token = token or None
        self._http_url = http_url
        self._data_plane_mode = data_plane
        self._plane: tuple[_transfer.Ranges, _transfer.Options] | None = None
        self._plane_lock = threading.Lock()

    def _data_plane(self) -> tuple[_transfer.Ranges, _transfer.Options]:
        """The way this client moves blob bytes with this server: the HTTP data plane or signed URLs
        when the server offers them (and, for HTTP, the host is known: a Registry made from a target,
        or http_url), else the gRPC streams. Asked once."""
        with self._plane_lock:
            if self._plane is None:
                grpc_ranges = _transfer.GrpcRanges(self._write_blob, self._read_blob, 1 << 20)
                self._plane = _transfer.choose(
                    self._artifacts, self._call, self._target, self._token, self._http_url, grpc_ranges,
                    self._data_plane_mode,
                )  # fmt: skip
            return self._plane

    @property
    def stub(self) -> model_registry_pb2_grpc.ModelRegistryStub:
        """The raw generated stub, for RPCs this class does not wrap (carries the token too)."""
        return self._stub

    @property
    def artifacts(self) -> artifacts_pb2_grpc.ArtifactStoreStub:
        """The raw generated ArtifactStore stub (blob uploads and downloads); carries the token too."""
        return self._artifacts

    @property
    def events(self) -> events_pb2_grpc.EventServiceStub:
        """The raw generated EventService stub; carries the token too."""
        return self._events

    @property
    def tracking(self) -> tracking_pb2_grpc.TrackingStub:
        """The raw generated Tracking stub; carries the token too."""
        return self._tracking

    @property
    def lineage(self) -> lineage_pb2_grpc.LineageStub:
        """The raw generated Lineage stub; carries the token too."""
        return self._lineage

    @property
    def access(self) -> access_pb2_grpc.AccessControlStub:
        """The raw generated AccessControl stub (tokens, role bindings); carries the token too."""
        return self._access

    def watch(
        self,
        model_names: Sequence[str] = (),
        *,
        prefix: str = "",
        event_types: Sequence[int] = (),
        aliases: Sequence[str] = (),
        start_revision: int = 0,
        send_initial_state: bool = False,
        progress_interval_seconds: int = 0,
        on_disconnect: Callable[[RegistryError, int], None] | None = None,
    ) -> Iterator[events_pb2.WatchResponse]:
        """Streams changes, reconnecting and resuming from the last revision seen; see watch.watch."""
        return _watch(
            self._events,
            model_names=model_names,
            prefix=prefix,
            event_types=event_types,
            aliases=aliases,
            start_revision=start_revision,
            send_initial_state=send_initial_state,
            progress_interval_seconds=progress_interval_seconds,
            on_disconnect=on_disconnect,
        )

    def close(self) -> None:
        """Closes the channel this Registry opened; a channel passed in is left open."""
        if not self._closed and self._owned_channel is not None:
            self._owned_channel.close()
        self._closed = True

    def __enter__(self) -> Registry:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- registered models --------------------------------------------------------------

    def create_model(
        self,
        name: str,
        *,
        description: str = "",
        tags: Mapping[str, str] | None = None,
        owner: str = "",
        request_id: str | None = None,
    ) -> model_pb2.RegisteredModel:
        """Creates a registered model; AlreadyExists if the name is taken.

        `request_id` makes the call idempotent (one is generated when None); pass ""
        to send none, which also turns off retries.
        """
        request_id = str(uuid.uuid4()) if request_id is None else request_id
        request = model_registry_pb2.CreateRegisteredModelRequest(
            registered_model=model_pb2.RegisteredModel(
                name=name, description=description, tags=tags or {}, owner=owner
            ),
            request_id=request_id,
        )
        response = self._call(
            self._stub.CreateRegisteredModel,
            request,
            model_registry_pb2.CreateRegisteredModelResponse,
            retry=bool(request_id),
        )
        return response.registered_model

    def get_model(self, name: str, *, show_deleted: bool = False) -> model_pb2.RegisteredModel:
        request = model_registry_pb2.GetRegisteredModelRequest(name=name, show_deleted=show_deleted)
        response = self._call(
            self._stub.GetRegisteredModel, request, model_registry_pb2.GetRegisteredModelResponse, retry=True
        )
        return response.registered_model

    def list_models(
        self, *, filter: str = "", order_by: str = "", page_size: int = 0, show_deleted: bool = False
    ) -> Iterator[model_pb2.RegisteredModel]:
        """Yields every matching model, fetching pages lazily as iteration proceeds."""
        request = model_registry_pb2.ListRegisteredModelsRequest(
            filter=filter, order_by=order_by, page_size=page_size, show_deleted=show_deleted
        )
        yield from self._pages(self._stub.ListRegisteredModels, request, "registered_models")

    def list_audit_records(
        self,
        *,
        model_name: str = "",
        principal: str = "",
        method: str = "",
        start_time: float | None = None,
        end_time: float | None = None,
        page_size: int = 0,
    ) -> Iterator[audit_pb2.AuditRecord]:
        """Yields audit records oldest first, fetching pages lazily; global admins only.

        `method` is a full method ("/regserver.v1.ModelRegistry/SetAlias") or its name ("SetAlias");
        `start_time` (inclusive) and `end_time` (exclusive) are Unix seconds.
        """
        request = audit_pb2.ListAuditRecordsRequest(
            model_name=model_name, principal=principal, method=method, page_size=page_size
        )
        if start_time is not None:
            request.start_time.CopyFrom(_timestamp(start_time))
        if end_time is not None:
            request.end_time.CopyFrom(_timestamp(end_time))
        yield from self._pages(self._audit.ListAuditRecords, request, "audit_records")

    def update_model(
        self,
        name: str,
        *,
        description: str | None = None,
        tags: Mapping[str, str] | None = None,
        owner: str | None = None,
        set_tags: Mapping[str, str] | None = None,
        remove_tags: Sequence[str] = (),
        etag: str = "",
    ) -> model_pb2.RegisteredModel:
        """Changes the fields given (not None) in one call; `tags` replaces all tags, while `set_tags`
        sets some and `remove_tags` removes some (absent ones are no error), leaving the others alone.

        Passing "" or {} clears a field. With `etag`, Conflict if the model changed since.
        """
        model = model_pb2.RegisteredModel(name=name, etag=etag)
        paths = []
        if description is not None:
            model.description = description
            paths.append("description")
        if owner is not None:
            model.owner = owner
            paths.append("owner")
        paths += _tag_paths(model.tags, tags, set_tags, remove_tags)
        if not paths:
            # An empty mask would mean "fields that are set", silently updating nothing.
            raise ValueError("update_model needs at least one of description, owner, tags, set_tags, remove_tags")
        return self._update_model(model, paths)

    def set_model_tag(self, name: str, key: str, value: str) -> model_pb2.RegisteredModel:
        """Sets one tag, leaving the others alone."""
        return self._update_model(model_pb2.RegisteredModel(name=name, tags={key: value}), [_tag_path(key)])

    def delete_model_tag(self, name: str, key: str) -> model_pb2.RegisteredModel:
        """Removes one tag (no error if it is absent)."""
        return self._update_model(model_pb2.RegisteredModel(name=name), [_tag_path(key)])

    def rename_model(self, name: str, new_name: str, *, etag: str = "") -> model_pb2.RegisteredModel:
        request = model_registry_pb2.RenameRegisteredModelRequest(name=name, new_name=new_name, etag=etag)
        response = self._call(
            self._stub.RenameRegisteredModel, request, model_registry_pb2.RenameRegisteredModelResponse
        )
        return response.registered_model

    def delete_model(self, name: str, *, etag: str = "") -> model_pb2.RegisteredModel:
        """Soft-deletes the model and hides its versions; returns it with delete/purge times."""
        request = model_registry_pb2.DeleteRegisteredModelRequest(name=name, etag=etag)
        response = self._call(
            self._stub.DeleteRegisteredModel, request, model_registry_pb2.DeleteRegisteredModelResponse
        )
        return response.registered_model

    def undelete_model(self, name: str) -> model_pb2.RegisteredModel:
        request = model_registry_pb2.UndeleteRegisteredModelRequest(name=name)
        response = self._call(
            self._stub.UndeleteRegisteredModel, request, model_registry_pb2.UndeleteRegisteredModelResponse
        )
        return response.registered_model

    # -- tokens and roles (service AccessControl) ---------------------------------------

    def create_token(
        self, principal: str, *, description: str = "", expire_time: float | None = None
    ) -> access_pb2.CreateTokenResponse:
        """Creates a token for `principal`; the response's `secret` is shown only here. Global admins only;
        `expire_time` in Unix seconds (default: never). Not retried: a retry would make a second token."""
        request = access_pb2.CreateTokenRequest(principal=principal, description=description)
        if expire_time is not None:
            request.expire_time.CopyFrom(_timestamp(expire_time))
        return self._call(self._access.CreateToken, request, access_pb2.CreateTokenResponse)

    def get_token(self, id: str) -> access_pb2.Token:
        request = access_pb2.GetTokenRequest(id=id)
        return self._call(self._access.GetToken, request, access_pb2.GetTokenResponse, retry=True).token

    def list_tokens(
        self, *, principal: str = "", show_revoked: bool = False, page_size: int = 0
    ) -> Iterator[access_pb2.Token]:
        """Yields tokens oldest first (never their secrets), fetching pages lazily."""
        request = access_pb2.ListTokensRequest(principal=principal, show_revoked=show_revoked, page_size=page_size)
        yield from self._pages(self._access.ListTokens, request, "tokens")

    def revoke_token(self, id: str) -> access_pb2.Token:
        """Revokes a token (a revoked one is returned unchanged)."""
        request = access_pb2.RevokeTokenRequest(id=id)
        return self._call(self._access.RevokeToken, request, access_pb2.RevokeTokenResponse, retry=True).token

    def grant_role(
        self, principal: str, role: access_pb2.Role | str, *, model_name: str = ""
    ) -> access_pb2.RoleBinding:
        """Grants `role` ("viewer", "editor", "approver", "admin" or a Role) globally, or on `model_name`."""
        request = access_pb2.GrantRoleRequest(principal=principal, role=_parse_role(role), model_name=model_name)
        return self._call(self._access.GrantRole, request, access_pb2.GrantRoleResponse, retry=True).role_binding

    def revoke_role(
        self, principal: str, role: access_pb2.Role | str, *, model_name: str = ""
    ) -> access_pb2.RoleBinding:
        """Removes a role binding; NotFound (ROLE_BINDING_NOT_FOUND) when there is none."""
        request = access_pb2.RevokeRoleRequest(principal=principal, role=_parse_role(role), model_name=model_name)
        return self._call(self._access.RevokeRole, request, access_pb2.RevokeRoleResponse).role_binding

    def list_role_bindings(
        self, *, principal: str = "", model_name: str = "", page_size: int = 0
    ) -> Iterator[access_pb2.RoleBinding]:
        request = access_pb2.ListRoleBindingsRequest(principal=principal, model_name=model_name, page_size=page_size)
        yield from self._pages(self._access.ListRoleBindings, request, "role_bindings")

    def caller_identity(self) -> access_pb2.GetCallerIdentityResponse:
        """Who the server takes the caller to be, and the roles it holds."""
        request = access_pb2.GetCallerIdentityRequest()
        return self._call(self._access.GetCallerIdentity, request, access_pb2.GetCallerIdentityResponse, retry=True)

    # -- model versions -----------------------------------------------------------------

    def create_version(
        self,
        model_name: str,
        *,
        source: str = "",
        run_id: str = "",
        description: str = "",
        tags: Mapping[str, str] | None = None,
        metrics: Mapping[str, float] | None = None,
        signature: model_pb2.ModelSignature | None = None,
        files: Sequence[artifacts_pb2.ManifestEntry] = (),
        parents: Sequence[ParentSpec] = (),
        request_id: str | None = None,
    ) -> model_pb2.ModelVersion:
        """Creates the model's next version; see create_model for `request_id`.

        `run_id` of a regserver run links the version to it (lineage, fingerprint). `parents`
        are (model name, version, relation) triples or ModelVersionParent messages; the relation
        is "FINE_TUNED_FROM", "DISTILLED_FROM", "QUANTIZED_FROM", "MERGED_FROM" or "DERIVED_FROM".

        With `files` (a manifest) the version starts PENDING_UPLOAD: upload the blobs and
        call finalize_version, or let upload_version do all of it.
        """
        request_id = str(uuid.uuid4()) if request_id is None else request_id
        version = model_pb2.ModelVersion(
            source=source,
            run_id=run_id,
            description=description,
            tags=tags or {},
            metrics=metrics or {},
            files=files,
            parents=[_parent(p) for p in parents],
        )
        if signature is not None:
            version.signature.CopyFrom(signature)
        request = model_registry_pb2.CreateModelVersionRequest(
            model_name=model_name, model_version=version, request_id=request_id
        )
        response = self._call(
            self._stub.CreateModelVersion,
            request,
            model_registry_pb2.CreateModelVersionResponse,
            retry=bool(request_id),
        )
        return response.model_version

    def finalize_version(self, model_name: str, version: int) -> model_pb2.ModelVersion:
        """Flips a PENDING_UPLOAD version to READY once all its blobs are stored.

        FailedPrecondition with reason BLOBS_MISSING otherwise: its `details` hold a
        google.rpc.PreconditionFailure naming each missing blob. A READY version is
        returned unchanged, so this is safe to retry.
        """
        request = model_registry_pb2.FinalizeModelVersionRequest(model_name=model_name, version=version)
        response = self._call(
            self._stub.FinalizeModelVersion, request, model_registry_pb2.FinalizeModelVersionResponse, retry=True
        )
        return response.model_version

    def upload_version(
        self,
        model_name: str,
        path: str | os.PathLike[str],
        *,
        description: str = "",
        tags: Mapping[str, str] | None = None,
        metrics: Mapping[str, float] | None = None,
        run_id: str = "",
        signature: model_pb2.ModelSignature | None = None,
        source: str = "",
        parallelism: int = 4,
        chunk_size: int = 1 << 20,
        progress: ProgressCallback | None = None,
        request_id: str | None = None,
        parents: Sequence[ParentSpec] = (),
    ) -> model_pb2.ModelVersion:
        """Uploads a file or a directory tree as the model's next version; returns it READY.

        A directory's files are uploaded under their relative '/'-separated paths (empty
        directories are not represented); a single file under its name. Symlinks are
        followed only to regular files inside the directory; any other symlink, and any
        special file, is a ValueError before anything is sent.

        The files are sent first, `parallelism` at a time: files under 16 MiB are
        hashed first and only the blobs the server lacks are sent (each distinct blob
        once); larger files are sent at once while they are hashed, and their digests
        named at the end (CommitUpload), which the server checks. The bytes go the
        fastest way the server offers (signed URLs, its HTTP data plane, or the gRPC
        streams in `chunk_size` pieces). Then the version is created with the manifest
        and finalized. A broken transfer resumes where the server stands (up to 5
        attempts); each file's upload id is stable while the file is unchanged, so
        running the upload again after a crash resumes it too. A file that changes
        while it is sent is a ValueError, and nothing is committed.

        `progress(done_bytes, total_bytes)` counts the bytes to send; blobs the server
        already has are done at once. Calls are serialized but come from worker threads.

        `request_id` is passed to create_version: with a stable one, calling
        upload_version again after a failure makes the version once. A failed upload
        leaves no version behind.
        """
        return _files.upload_version(
            self,
            model_name,
            path,
            description=description,
            tags=tags,
            metrics=metrics,
            run_id=run_id,
            signature=signature,
            source=source,
            parallelism=parallelism,
            chunk_size=chunk_size,
            progress=progress,
            request_id=request_id,
            parents=[_parent(p) for p in parents],
        )

    def download(
        self,
        model_name: str,
        *,
        version: int | None = None,
        alias: str | None = None,
        dest: str | os.PathLike[str],
        progress: ProgressCallback | None = None,
        parallelism: int = 4,
    ) -> Path:
        """Downloads a READY version's files under `dest` (created if needed); returns dest.

        Name exactly one of `version` and `alias`. A version that is not READY is
        FailedPrecondition (reason VERSION_NOT_READY), and a manifest path that would land
        outside `dest` is a ValueError, both before anything is written.

        Each file is streamed to a temporary file beside it, its SHA-256 and size checked,
        then moved into place atomically; a mismatch is DataLoss (reason DIGEST_MISMATCH)
        and leaves nothing behind. Files already in place with the right content are
        skipped; a blob at several paths is fetched once and copied. A broken stream
        resumes from the bytes already received (up to 5 attempts).
        """
        return _files.download(
            self, model_name, version=version, alias=alias, dest=dest, progress=progress, parallelism=parallelism
        )

    def get_version(self, model_name: str, version: int, *, show_deleted: bool = False) -> model_pb2.ModelVersion:
        request = model_registry_pb2.GetModelVersionRequest(
            model_name=model_name, version=version, show_deleted=show_deleted
        )
        response = self._call(
            self._stub.GetModelVersion, request, model_registry_pb2.GetModelVersionResponse, retry=True
        )
        return response.model_version

    def list_versions(
        self,
        model_name: str = "",
        *,
        filter: str = "",
        order_by: str = "",
        page_size: int = 0,
        show_deleted: bool = False,
    ) -> Iterator[model_pb2.ModelVersion]:
        """Yields the versions of one model (or of every model when `model_name` is ""), lazily."""
        request = model_registry_pb2.ListModelVersionsRequest(
            model_name=model_name,
            filter=filter,
            order_by=order_by,
            page_size=page_size,
            show_deleted=show_deleted,
        )
        yield from self._pages(self._stub.ListModelVersions, request, "model_versions")

    def update_version(
        self,
        model_name: str,
        version: int,
        *,
        description: str | None = None,
        tags: Mapping[str, str] | None = None,
        set_tags: Mapping[str, str] | None = None,
        remove_tags: Sequence[str] = (),
        etag: str = "",
    ) -> model_pb2.ModelVersion:
        """Changes the fields given (not None) in one call; see update_model for the tag arguments."""
        model_version = model_pb2.ModelVersion(model_name=model_name, version=version, etag=etag)
        paths = []
        if description is not None:
            model_version.description = description
            paths.append("description")
        paths += _tag_paths(model_version.tags, tags, set_tags, remove_tags)
        if not paths:
            raise ValueError("update_version needs at least one of description, tags, set_tags, remove_tags")
        return self._update_version(model_version, paths)

    def set_version_tag(self, model_name: str, version: int, key: str, value: str) -> model_pb2.ModelVersion:
        model_version = model_pb2.ModelVersion(model_name=model_name, version=version, tags={key: value})
        return self._update_version(model_version, [_tag_path(key)])

    def delete_version_tag(self, model_name: str, version: int, key: str) -> model_pb2.ModelVersion:
        model_version = model_pb2.ModelVersion(model_name=model_name, version=version)
        return self._update_version(model_version, [_tag_path(key)])

    def delete_version(self, model_name: str, version: int, *, etag: str = "") -> model_pb2.ModelVersion:
        """Soft-deletes the version and removes its aliases."""
        request = model_registry_pb2.DeleteModelVersionRequest(model_name=model_name, version=version, etag=etag)
        response = self._call(self._stub.DeleteModelVersion, request, model_registry_pb2.DeleteModelVersionResponse)
        return response.model_version

    def undelete_version(self, model_name: str, version: int) -> model_pb2.ModelVersion:
        request = model_registry_pb2.UndeleteModelVersionRequest(model_name=model_name, version=version)
        response = self._call(self._stub.UndeleteModelVersion, request, model_registry_pb2.UndeleteModelVersionResponse)
        return response.model_version

    def transition_stage(
        self,
        model_name: str,
        version: int,
        stage: model_pb2.Stage | str,
        *,
        archive_existing_versions: bool = False,
        etag: str = "",
    ) -> model_pb2.ModelVersion:
        """Moves a version to `stage` (a Stage or a name such as "Production").

        With `archive_existing_versions`, the versions already in that stage move to
        ARCHIVED in the same transaction. ValueError for an unknown stage name.
        """
        request = model_registry_pb2.TransitionModelVersionStageRequest(
            model_name=model_name,
            version=version,
            stage=_parse_stage(stage),
            archive_existing_versions=archive_existing_versions,
            etag=etag,
        )
        response = self._call(
            self._stub.TransitionModelVersionStage,
            request,
            model_registry_pb2.TransitionModelVersionStageResponse,
        )
        return response.model_version

    # -- aliases ------------------------------------------------------------------------

    def set_alias(self, model_name: str, alias: str, version: int) -> model_pb2.ModelVersion:
        """Points `alias` at `version` (moving it if it pointed elsewhere); returns that version."""
        request = model_registry_pb2.SetAliasRequest(model_name=model_name, alias=alias, version=version)
        response = self._call(self._stub.SetAlias, request, model_registry_pb2.SetAliasResponse)
        return response.model_version

    def delete_alias(self, model_name: str, alias: str) -> int:
        """Removes `alias`; returns the version it pointed at."""
        request = model_registry_pb2.DeleteAliasRequest(model_name=model_name, alias=alias)
        response = self._call(self._stub.DeleteAlias, request, model_registry_pb2.DeleteAliasResponse)
        return response.previous_version

    def get_version_by_alias(self, model_name: str, alias: str) -> model_pb2.ModelVersion:
        request = model_registry_pb2.GetModelVersionByAliasRequest(model_name=model_name, alias=alias)
        response = self._call(
            self._stub.GetModelVersionByAlias,
            request,
            model_registry_pb2.GetModelVersionByAliasResponse,
            retry=True,
        )
        return response.model_version

    # -- approved promotions (service Governance) ---------------------------------------

    @property
    def governance(self) -> governance_pb2_grpc.GovernanceStub:
        """The raw generated Governance stub; carries the token too."""
        return self._governance

    def get_promotion_policy(self, model_name: str) -> governance_pb2.PromotionPolicy:
        request = governance_pb2.GetPromotionPolicyRequest(model_name=model_name)
        response = self._call(
            self._governance.GetPromotionPolicy, request, governance_pb2.GetPromotionPolicyResponse, retry=True
        )
        return response.policy

    def set_promotion_policy(
        self, model_name: str, protected: Sequence[governance_pb2.ProtectedTarget], *, etag: str = ""
    ) -> governance_pb2.PromotionPolicy:
        """Replaces the model's protected aliases and stages (build each with `protect(...)`)."""
        request = governance_pb2.SetPromotionPolicyRequest(
            model_name=model_name, policy=governance_pb2.PromotionPolicy(protected_targets=list(protected)), etag=etag
        )
        response = self._call(self._governance.SetPromotionPolicy, request, governance_pb2.SetPromotionPolicyResponse)
        return response.policy

    def request_promotion(
        self,
        model_name: str,
        version: int,
        *,
        alias: str | None = None,
        stage: model_pb2.Stage | str | None = None,
        comment: str = "",
    ) -> governance_pb2.PromotionRequest:
        """Asks for `version` to take a protected alias or stage; FailedPrecondition naming each failed gate."""
        request = governance_pb2.RequestPromotionRequest(
            model_name=model_name, version=version, target=promotion_target(alias, stage), comment=comment
        )
        response = self._call(self._governance.RequestPromotion, request, governance_pb2.RequestPromotionResponse)
        return response.promotion_request

    def get_promotion_request(self, id: str) -> governance_pb2.PromotionRequest:
        request = governance_pb2.GetPromotionRequestRequest(id=id)
        response = self._call(
            self._governance.GetPromotionRequest, request, governance_pb2.GetPromotionRequestResponse, retry=True
        )
        return response.promotion_request

    def list_promotion_requests(
        self, model_name: str = "", *, state: str = "", page_size: int = 0
    ) -> Iterator[governance_pb2.PromotionRequest]:
        """Promotion requests, newest first; `state` is "PENDING", "APPROVED", "REJECTED" or "WITHDRAWN"."""
        value = governance_pb2.PromotionState.Value("PROMOTION_STATE_" + state.upper()) if state else 0
        request = governance_pb2.ListPromotionRequestsRequest(
            model_name=model_name, state=cast(governance_pb2.PromotionState, value), page_size=page_size
        )
        yield from self._pages(self._governance.ListPromotionRequests, request, "promotion_requests")

    def approve_promotion(self, id: str, *, comment: str = "") -> governance_pb2.ApprovePromotionResponse:
        """Approves and applies a request in one transaction; PermissionDenied (SELF_APPROVAL) for your own."""
        request = governance_pb2.ApprovePromotionRequest(id=id, comment=comment)
        return self._call(self._governance.ApprovePromotion, request, governance_pb2.ApprovePromotionResponse)

    def reject_promotion(self, id: str, *, comment: str = "") -> governance_pb2.PromotionRequest:
        request = governance_pb2.RejectPromotionRequest(id=id, comment=comment)
        response = self._call(self._governance.RejectPromotion, request, governance_pb2.RejectPromotionResponse)
        return response.promotion_request

    def withdraw_promotion(self, id: str, *, comment: str = "") -> governance_pb2.PromotionRequest:
        request = governance_pb2.WithdrawPromotionRequest(id=id, comment=comment)
        response = self._call(self._governance.WithdrawPromotion, request, governance_pb2.WithdrawPromotionResponse)
        return response.promotion_request

    def rollback(self, model_name: str, alias: str, *, comment: str = "") -> governance_pb2.RollbackResponse:
        """Returns `alias` to the version it pointed at before its current one."""
        request = governance_pb2.RollbackRequest(model_name=model_name, alias=alias, comment=comment)
        return self._call(self._governance.Rollback, request, governance_pb2.RollbackResponse)

    def target_history(
        self,
        model_name: str,
        *,
        alias: str | None = None,
        stage: model_pb2.Stage | str | None = None,
        at: float | None = None,
        page_size: int = 0,
    ) -> Iterator[governance_pb2.TargetHistoryEntry]:
        """Which versions held an alias or stage and when, newest first; with `at` (Unix seconds), only
        the holders at that moment: `next(registry.target_history("fraud", alias="champion", at=t))`."""
        request = governance_pb2.ListTargetHistoryRequest(
            model_name=model_name, target=promotion_target(alias, stage), page_size=page_size
        )
        if at is not None:
            request.at_time.CopyFrom(_timestamp(at))
        yield from self._pages(self._governance.ListTargetHistory, request, "entries")

    # -- lineage ------------------------------------------------------------------------

    def add_version_parents(
        self, model_name: str, version: int, parents: Sequence[ParentSpec], *, etag: str = ""
    ) -> model_pb2.ModelVersion:
        """Adds parents to a version (see create_version). FailedPrecondition with reason LINEAGE_CYCLE
        when a link would make a version its own ancestor; nothing is added then."""
        request = model_registry_pb2.AddModelVersionParentsRequest(
            model_name=model_name, version=version, parents=[_parent(p) for p in parents], etag=etag
        )
        response = self._call(
            self._stub.AddModelVersionParents, request, model_registry_pb2.AddModelVersionParentsResponse, retry=True
        )
        return response.model_version

    def get_lineage(
        self, resource: str, *, direction: str | lineage_pb2.LineageDirection = "BOTH", max_depth: int = 0
    ) -> lineage_pb2.GetLineageResponse:
        """The lineage graph around a resource: "models/<model>/versions/<n>", "runs/<id>",
        "datasets/<sha256>" or "codeVersions/<id>". `direction` is "UPSTREAM" (what made it),
        "DOWNSTREAM" (what was made from it) or "BOTH"; `max_depth` 0 means the server's default (10)."""
        if isinstance(direction, str):
            direction = cast(
                lineage_pb2.LineageDirection,
                lineage_pb2.LineageDirection.Value(
                    "LINEAGE_DIRECTION_" + direction.upper().removeprefix("LINEAGE_DIRECTION_")
                ),
            )
        request = lineage_pb2.GetLineageRequest(resource=resource, direction=direction, max_depth=max_depth)
        return self._call(self._lineage.GetLineage, request, lineage_pb2.GetLineageResponse, retry=True)

    def versions_with_fingerprint(self, fingerprint: str) -> Iterator[model_pb2.ModelVersion]:
        """Every live version made from the same code, data, params and environment."""
        return self.list_versions(filter=f'fingerprint = "{fingerprint}"')

    # -- evaluations --------------------------------------------------------------------

    @property
    def evaluation(self) -> evaluation_pb2_grpc.EvaluationStub:
        """The raw generated Evaluation stub; carries the token too."""
        return self._evaluation

    def log_evaluation(
        self,
        model_name: str,
        version: int,
        key: str,
        value: float,
        *,
        dataset_digest: str = "",
        slice: str = "",
        source: evaluation_pb2.EvaluationSource | str = "OFFLINE",
        at: float | None = None,
    ) -> evaluation_pb2.EvaluationRecord:
        """Records one evaluation result of a version, e.g. from an offline evaluation job or from
        production monitoring (`source="MONITORING"`); `at` in Unix seconds (default: the server's now)."""
        return self.log_evaluations(
            model_name, version, {key: value}, dataset_digest=dataset_digest, slice=slice, source=source, at=at
        )[0]

    def log_evaluations(
        self,
        model_name: str,
        version: int,
        evaluations: Mapping[str, float] | Sequence[evaluation_pb2.EvaluationRecord],
        *,
        dataset_digest: str = "",
        slice: str = "",
        source: evaluation_pb2.EvaluationSource | str = "OFFLINE",
        at: float | None = None,
    ) -> list[evaluation_pb2.EvaluationRecord]:
        """Records up to 1000 evaluations in one transaction (all or none) and returns them as stored.

        `evaluations` is a mapping key -> value (sharing dataset_digest, slice, source and time) or a
        sequence of EvaluationRecord. ValueError for NaN or infinite values, which the server refuses.
        Not retried: a repeated call would record the evaluations twice.
        """
        if isinstance(evaluations, Mapping):
            records = []
            for key, value in evaluations.items():
                record = evaluation_pb2.EvaluationRecord(
                    key=key,
                    value=float(value),
                    dataset_digest=dataset_digest,
                    slice=slice,
                    source=_source(source),
                )
                if at is not None:
                    record.time.CopyFrom(_timestamp(at))
                records.append(record)
        else:
            records = list(evaluations)
        for r in records:
            if not math.isfinite(r.value):
                raise ValueError(f"evaluation {r.key!r} is {r.value}; regserver stores only finite values")
        request = evaluation_pb2.LogEvaluationsRequest(model_name=model_name, version=version, evaluations=records)
        response = self._call(self._evaluation.LogEvaluations, request, evaluation_pb2.LogEvaluationsResponse)
        return list(response.evaluations)

    def list_evaluations(
        self,
        model_name: str,
        version: int,
        *,
        key: str = "",
        dataset_digest: str = "",
        slice: str = "",
        unsliced_only: bool = False,
        source: evaluation_pb2.EvaluationSource | str | None = None,
        page_size: int = 0,
    ) -> Iterator[evaluation_pb2.EvaluationRecord]:
        """Yields a version's evaluations, newest first, optionally of one key, dataset, slice or source,
        fetching pages lazily."""
        request = evaluation_pb2.ListEvaluationsRequest(
            model_name=model_name,
            version=version,
            key=key,
            dataset_digest=dataset_digest,
            slice=slice,
            unsliced_only=unsliced_only,
            source=_source(source) if source is not None else evaluation_pb2.EVALUATION_SOURCE_UNSPECIFIED,
            page_size=page_size,
        )
        yield from self._pages(self._evaluation.ListEvaluations, request, "evaluations")

    def compare_versions(
        self, model_name: str, a: VersionSpec, b: VersionSpec
    ) -> evaluation_pb2.CompareModelVersionsResponse:
        """Compares two versions, each named by number or alias (`compare_versions("fraud", "champion",
        "challenger")`): their runs' params and latest metrics, registration metrics and latest
        evaluations side by side, each marked ONLY_IN_A, ONLY_IN_B, EQUAL or DIFFERENT with delta = b - a."""
        request = evaluation_pb2.CompareModelVersionsRequest(model_name=model_name, a=_selector(a), b=_selector(b))
        return self._call(
            self._evaluation.CompareModelVersions, request, evaluation_pb2.CompareModelVersionsResponse, retry=True
        )

    # -- experiment tracking ------------------------------------------------------------

    def create_experiment(
        self, name: str, *, description: str = "", tags: Mapping[str, str] | None = None
    ) -> tracking_pb2.Experiment:
        """Creates an experiment; AlreadyExists if the name is taken."""
        request = tracking_pb2.CreateExperimentRequest(
            experiment=tracking_pb2.Experiment(name=name, description=description, tags=tags or {})
        )
        return self._call(self._tracking.CreateExperiment, request, tracking_pb2.CreateExperimentResponse).experiment

    def get_experiment(self, id: str = "", *, name: str = "", show_deleted: bool = False) -> tracking_pb2.Experiment:
        """Gets an experiment by id or by name (exactly one)."""
        request = tracking_pb2.GetExperimentRequest(id=id, name=name, show_deleted=show_deleted)
        return self._call(
            self._tracking.GetExperiment, request, tracking_pb2.GetExperimentResponse, retry=True
        ).experiment

    def get_or_create_experiment(self, name: str) -> tracking_pb2.Experiment:
        try:
            return self.create_experiment(name)
        except AlreadyExists:
            return self.get_experiment(name=name)

    def list_experiments(self, *, page_size: int = 0, show_deleted: bool = False) -> Iterator[tracking_pb2.Experiment]:
        """Yields every experiment by name, fetching pages lazily."""
        request = tracking_pb2.ListExperimentsRequest(page_size=page_size, show_deleted=show_deleted)
        yield from self._pages(self._tracking.ListExperiments, request, "experiments")

    def delete_experiment(self, id: str) -> tracking_pb2.Experiment:
        request = tracking_pb2.DeleteExperimentRequest(id=id)
        return self._call(self._tracking.DeleteExperiment, request, tracking_pb2.DeleteExperimentResponse).experiment

    def undelete_experiment(self, id: str) -> tracking_pb2.Experiment:
        request = tracking_pb2.UndeleteExperimentRequest(id=id)
        response = self._call(self._tracking.UndeleteExperiment, request, tracking_pb2.UndeleteExperimentResponse)
        return response.experiment

    def create_run(
        self,
        experiment_id: str,
        *,
        name: str = "",
        tags: Mapping[str, str] | None = None,
        start_time: float | None = None,
    ) -> tracking_pb2.Run:
        """Starts a RUNNING run; `start_time` in Unix seconds (default: the server's now)."""
        run = tracking_pb2.Run(experiment_id=experiment_id, name=name, tags=tags or {})
        if start_time is not None:
            run.start_time.CopyFrom(_timestamp(start_time))
        request = tracking_pb2.CreateRunRequest(run=run)
        return self._call(self._tracking.CreateRun, request, tracking_pb2.CreateRunResponse).run

    def log_artifacts(
        self,
        run_id: str,
        path: str | os.PathLike[str],
        *,
        artifact_path: str = "",
        parallelism: int = 4,
        progress: ProgressCallback | None = None,
    ) -> list[artifacts_pb2.ManifestEntry]:
        """Uploads a file or a directory tree as files of a run, under `artifact_path`; returns the
        entries logged. Each distinct blob the server lacks is uploaded once (hashed, verified), then
        the paths are recorded with Tracking.LogArtifacts, 1000 a call; a path logged again is
        replaced. MLflow's client reads the same files (`mlflow.artifacts.download_artifacts`)."""
        return _files.log_artifacts(
            self, f"runs/{run_id}", path, artifact_path=artifact_path, parallelism=parallelism, progress=progress
        )

    def list_artifacts(self, run_id: str, path: str = "") -> list[artifacts_pb2.ManifestEntry]:
        """A run's files at or under `path` (all of them by default), in path order."""
        request = tracking_pb2.ListArtifactsRequest(parent=f"runs/{run_id}", path=path)
        return list(self._call(self.tracking.ListArtifacts, request, tracking_pb2.ListArtifactsResponse).files)

    def get_run(self, run_id: str) -> tracking_pb2.Run:
        request = tracking_pb2.GetRunRequest(run_id=run_id)
        return self._call(self._tracking.GetRun, request, tracking_pb2.GetRunResponse, retry=True).run

    def update_run(
        self,
        run_id: str,
        *,
        status: tracking_pb2.RunStatus | str | None = None,
        end_time: float | None = None,
        name: str | None = None,
    ) -> tracking_pb2.Run:
        """Changes status ("FINISHED", "FAILED", "KILLED", "RUNNING" or a RunStatus), end time, name."""
        request = tracking_pb2.UpdateRunRequest(run_id=run_id, name=name or "")
        if status is not None:
            request.status = _parse_run_status(status)
        if end_time is not None:
            request.end_time.CopyFrom(_timestamp(end_time))
        return self._call(self._tracking.UpdateRun, request, tracking_pb2.UpdateRunResponse).run

    def list_runs(
        self, experiment_ids: Sequence[str] = (), *, filter: str = "", order_by: str = "", page_size: int = 0
    ) -> Iterator[tracking_pb2.Run]:
        """Yields every matching run (newest first by default), fetching pages lazily."""
        request = tracking_pb2.ListRunsRequest(
            experiment_ids=list(experiment_ids), filter=filter, order_by=order_by, page_size=page_size
        )
        yield from self._pages(self._tracking.ListRuns, request, "runs")

    def log_batch(
        self,
        run_id: str,
        *,
        metrics: Sequence[tracking_pb2.Metric] | Mapping[str, float] = (),
        params: Mapping[str, Any] | None = None,
        tags: Mapping[str, str] | None = None,
        step: int = 0,
    ) -> None:
        """Logs metrics, params and tags in one transaction: all are stored or none.

        `metrics` is a sequence of Metric points or a mapping key -> value (logged at `step`,
        timestamped now). Not retried: a repeated call would log the metric points twice.
        """
        points = [_metric(k, v, step) for k, v in metrics.items()] if isinstance(metrics, Mapping) else list(metrics)
        request = tracking_pb2.LogBatchRequest(
            run_id=run_id,
            metrics=points,
            params=[tracking_pb2.Param(key=k, value=str(v)) for k, v in (params or {}).items()],
            tags=[tracking_pb2.RunTag(key=k, value=v) for k, v in (tags or {}).items()],
        )
        self._call(self._tracking.LogBatch, request, tracking_pb2.LogBatchResponse)

    def log_inputs(
        self,
        run_id: str,
        *,
        datasets: Sequence[tracking_pb2.DatasetInput] = (),
        code_version: tracking_pb2.CodeVersion | None = None,
        environment: tracking_pb2.Environment | None = None,
    ) -> tracking_pb2.Run:
        """Logs a run's dataset inputs, code version and environment in one transaction; returns the run.

        Safe to retry: logging the same inputs again changes nothing.
        """
        request = tracking_pb2.LogInputsRequest(
            run_id=run_id, datasets=list(datasets), code_version=code_version, environment=environment
        )
        return self._call(self._tracking.LogInputs, request, tracking_pb2.LogInputsResponse, retry=True).run

    def get_metric_history(self, run_id: str, key: str, *, page_size: int = 0) -> Iterator[tracking_pb2.Metric]:
        """Yields every point of a metric by step, then timestamp, fetching pages lazily."""
        request = tracking_pb2.GetMetricHistoryRequest(run_id=run_id, metric_key=key, page_size=page_size)
        yield from self._pages(self._tracking.GetMetricHistory, request, "metrics")

    def start_run(
        self,
        experiment: str,
        *,
        name: str = "",
        tags: Mapping[str, str] | None = None,
        flush_every: int = 1000,
        capture: bool = True,
    ) -> ActiveRun:
        """Creates a run in the experiment named `experiment` (created if missing); use it with `with`:

            with registry.start_run(experiment="fraud") as run:
                run.log_params({"lr": 0.01})
                run.log_dataset("train", path="train.parquet")
                run.log_metric("loss", 0.3, step=1)
                run.register_version("fraud-detector", "model/")

        Metrics are buffered and sent in batches; the run ends FINISHED, or FAILED if the block raises.
        With `capture` (the default) the run records the git commit of the working directory when it is
        in a git repository, and the Python environment (see ActiveRun.log_code, log_environment).
        """
        experiment_id = self.get_or_create_experiment(experiment).id
        run = ActiveRun(self, self.create_run(experiment_id, name=name, tags=tags), flush_every)
        if capture:
            run.capture()
        return run

    # -- plumbing -----------------------------------------------------------------------

    def _update_model(self, model: model_pb2.RegisteredModel, paths: list[str]) -> model_pb2.RegisteredModel:
        request = model_registry_pb2.UpdateRegisteredModelRequest(
            registered_model=model, update_mask=field_mask_pb2.FieldMask(paths=paths)
        )
        response = self._call(
            self._stub.UpdateRegisteredModel, request, model_registry_pb2.UpdateRegisteredModelResponse
        )
        return response.registered_model

    def _update_version(self, model_version: model_pb2.ModelVersion, paths: list[str]) -> model_pb2.ModelVersion:
        request = model_registry_pb2.UpdateModelVersionRequest(
            model_version=model_version, update_mask=field_mask_pb2.FieldMask(paths=paths)
        )
        response = self._call(self._stub.UpdateModelVersion, request, model_registry_pb2.UpdateModelVersionResponse)
        return response.model_version

    def _pages(self, rpc: Callable[..., Any], request: Message, items: str) -> Iterator[Any]:
        """Every item (the response's `items` field) of a List RPC, page after page; each page is a read,
        retried on UNAVAILABLE."""
        while True:
            response = self._call(rpc, request, Message, retry=True)
            yield from getattr(response, items)
            if not response.next_page_token:  # type: ignore[attr-defined]
                return
            request.page_token = response.next_page_token  # type: ignore[attr-defined]

    def _call(self, rpc: Callable[..., Any], request: Message, response_type: type[_R], *, retry: bool = False) -> _R:
        """Invokes one unary RPC, retrying UNAVAILABLE when `retry`, and maps errors to RegistryError.

        `response_type` only types the result: the generated stub is untyped.
        """
        attempts = _MAX_ATTEMPTS if retry else 1
        for attempt in range(attempts):
            try:
                return cast(_R, rpc(request, timeout=self._timeout))
            except grpc.RpcError as err:
                if attempt + 1 < attempts and err.code() == grpc.StatusCode.UNAVAILABLE:
                    time.sleep(_FIRST_BACKOFF_S * 2**attempt)
                    continue
                raise from_rpc_error(err) from err
        raise AssertionError("unreachable: the last attempt returns or raises")
