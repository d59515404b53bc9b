"""Authentication and roles, end to end over real gRPC on SQLite and PostgreSQL.

A server started with auth = "required"; the first admin token is bootstrapped with the
`regserver tokens create --admin` CLI, every other token and role through AccessControl.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import grpc
import pytest
import regserver_client.v1
from google.protobuf import message_factory, timestamp_pb2
from google.protobuf.descriptor import MethodDescriptor
from regserver_client import Registry
from regserver_client.errors import PermissionDenied, Unauthenticated, from_rpc_error
from regserver_client.v1 import access_pb2, events_pb2

from regserver.auth.permissions import EXEMPT_SERVICES, RULES
from regserver.config import SettingError, Settings, load
from tests.support.process import bootstrap_admin, clean_env, run_cli
from tests.support.server import ServerThread

ROLES = ("viewer", "editor", "approver", "admin")
RANK = {None: -1, "any": -1, **{r: i for i, r in enumerate(ROLES)}}

# What each RPC needs, stated independently of src/regserver/auth/permissions.py: the least role.
LEAST_ROLE: dict[str, str] = {
    "ModelRegistry/CreateRegisteredModel": "editor",
    "ModelRegistry/GetRegisteredModel": "viewer",
    "ModelRegistry/ListRegisteredModels": "viewer",
    "ModelRegistry/UpdateRegisteredModel": "editor",
    "ModelRegistry/RenameRegisteredModel": "admin",
    "ModelRegistry/DeleteRegisteredModel": "admin",
    "ModelRegistry/UndeleteRegisteredModel": "admin",
    "ModelRegistry/CreateModelVersion": "editor",
    "ModelRegistry/FinalizeModelVersion": "editor",
    "ModelRegistry/GetModelVersion": "viewer",
    "ModelRegistry/ListModelVersions": "viewer",
    "ModelRegistry/UpdateModelVersion": "editor",
    "ModelRegistry/DeleteModelVersion": "editor",
    "ModelRegistry/UndeleteModelVersion": "editor",
    "ModelRegistry/TransitionModelVersionStage": "approver",
    "ModelRegistry/SetAlias": "approver",
    "ModelRegistry/DeleteAlias": "approver",
    "ModelRegistry/GetModelVersionByAlias": "viewer",
    "ModelRegistry/AddModelVersionParents": "editor",
    "ArtifactStore/FindMissingBlobs": "editor",
    "ArtifactStore/WriteBlob": "editor",
    "ArtifactStore/QueryWriteStatus": "editor",
    "ArtifactStore/ReadBlob": "viewer",
    "ArtifactStore/CommitUpload": "editor",
    "ArtifactStore/GetTransferOptions": "viewer",
    "ArtifactStore/SignUploadUrls": "editor",
    "ArtifactStore/SignDownloadUrl": "viewer",
    "EventService/Watch": "viewer",
    "Webhooks/CreateWebhook": "admin",
    "Webhooks/GetWebhook": "admin",
    "Webhooks/ListWebhooks": "admin",
    "Webhooks/UpdateWebhook": "admin",
    "Webhooks/DeleteWebhook": "admin",
    "Webhooks/TestWebhook": "admin",
    "Webhooks/ListWebhookDeliveries": "admin",
    "Webhooks/RedeliverWebhookDelivery": "admin",
    "Tracking/CreateExperiment": "editor",
    "Tracking/GetExperiment": "viewer",
    "Tracking/ListExperiments": "viewer",
    "Tracking/DeleteExperiment": "editor",
    "Tracking/UndeleteExperiment": "editor",
    "Tracking/CreateRun": "editor",
    "Tracking/GetRun": "viewer",
    "Tracking/UpdateRun": "editor",
    "Tracking/ListRuns": "viewer",
    "Tracking/LogBatch": "editor",
    "Tracking/GetMetricHistory": "viewer",
    "Tracking/LogInputs": "editor",
    "Tracking/DeleteRun": "editor",
    "Tracking/UndeleteRun": "editor",
    "Tracking/LogArtifacts": "editor",
    "Tracking/ListArtifacts": "viewer",
    "Tracking/CreateLoggedModel": "editor",
    "Tracking/GetLoggedModel": "viewer",
    "Tracking/UpdateLoggedModel": "editor",
    "Tracking/ListLoggedModels": "viewer",
    "Tracking/DeleteLoggedModel": "editor",
    "Lineage/GetLineage": "viewer",
    "Evaluation/LogEvaluations": "editor",
    "Evaluation/ListEvaluations": "viewer",
    "Evaluation/CompareModelVersions": "viewer",
    "AccessControl/CreateToken": "admin",
    "AccessControl/GetToken": "admin",
    "AccessControl/ListTokens": "admin",
    "AccessControl/RevokeToken": "admin",
    "AccessControl/GrantRole": "admin",
    "AccessControl/RevokeRole": "admin",
    "AccessControl/ListRoleBindings": "admin",
    "AccessControl/GetCallerIdentity": "any",
    # The trail shows every model's changes: a model's admins do not see it, only global admins.
    "Audit/ListAuditRecords": "admin",
    "Governance/GetPromotionPolicy": "viewer",
    "Governance/SetPromotionPolicy": "admin",
    "Governance/RequestPromotion": "editor",
    "Governance/GetPromotionRequest": "viewer",
    "Governance/ListPromotionRequests": "viewer",
    "Governance/ApprovePromotion": "approver",
    "Governance/RejectPromotion": "approver",
    "Governance/WithdrawPromotion": "editor",
    "Governance/Rollback": "approver",
    "Governance/ListTargetHistory": "viewer",
}
# The request field that names a model, where a role on that model counts.
MODEL_FIELD: dict[str, str] = {
    "ModelRegistry/GetRegisteredModel": "name",
    "ModelRegistry/UpdateRegisteredModel": "registered_model.name",
    "ModelRegistry/RenameRegisteredModel": "name",
    "ModelRegistry/DeleteRegisteredModel": "name",
    "ModelRegistry/UndeleteRegisteredModel": "name",
    "ModelRegistry/CreateModelVersion": "model_name",
    "ModelRegistry/FinalizeModelVersion": "model_name",
    "ModelRegistry/GetModelVersion": "model_name",
    "ModelRegistry/ListModelVersions": "model_name",
    "ModelRegistry/UpdateModelVersion": "model_version.model_name",
    "ModelRegistry/DeleteModelVersion": "model_name",
    "ModelRegistry/UndeleteModelVersion": "model_name",
    "ModelRegistry/TransitionModelVersionStage": "model_name",
    "ModelRegistry/SetAlias": "model_name",
    "ModelRegistry/DeleteAlias": "model_name",
    "ModelRegistry/GetModelVersionByAlias": "model_name",
    "ModelRegistry/AddModelVersionParents": "model_name",
    "Evaluation/LogEvaluations": "model_name",
    "Evaluation/ListEvaluations": "model_name",
    "Evaluation/CompareModelVersions": "model_name",
    "AccessControl/GrantRole": "model_name",
    "AccessControl/RevokeRole": "model_name",
    "AccessControl/ListRoleBindings": "model_name",
    "Governance/GetPromotionPolicy": "model_name",
    "Governance/SetPromotionPolicy": "model_name",
    "Governance/RequestPromotion": "model_name",
    "Governance/ListPromotionRequests": "model_name",
    "Governance/Rollback": "model_name",
    "Governance/ListTargetHistory": "model_name",
}
# RPCs that name no model but where a role on some model suffices (they then show only those models).
ANY_MODEL = {
    "ModelRegistry/ListRegisteredModels",
    "ArtifactStore/FindMissingBlobs",
    "ArtifactStore/WriteBlob",
    "ArtifactStore/QueryWriteStatus",
    "ArtifactStore/ReadBlob",
    "ArtifactStore/CommitUpload",
    "ArtifactStore/GetTransferOptions",
    "ArtifactStore/SignUploadUrls",
    "ArtifactStore/SignDownloadUrl",
    "EventService/Watch",
    # Requests named by id: the role must then be on the request's model (tests/test_governance.py).
    "Governance/GetPromotionRequest",
    "Governance/ApprovePromotion",
    "Governance/RejectPromotion",
    "Governance/WithdrawPromotion",
}


def proto_methods() -> Iterator[MethodDescriptor]:
    """Every RPC of every service in the generated protos."""
    for info in pkgutil.iter_modules(regserver_client.v1.__path__):
        if info.name.endswith("_pb2"):
            module = importlib.import_module(f"regserver_client.v1.{info.name}")
            for service in module.DESCRIPTOR.services_by_name.values():
                yield from service.methods


def short(method: MethodDescriptor) -> str:
    return f"{method.containing_service.name}/{method.name}"


def path(method: MethodDescriptor) -> str:
    return f"/{method.containing_service.full_name}/{method.name}"


METHODS = sorted(proto_methods(), key=short)


def test_every_rpc_of_every_service_is_in_the_permission_table() -> None:
    in_protos = {path(m) for m in METHODS}
    assert len(in_protos) >= 50
    unmapped = sorted(in_protos - RULES.keys())
    assert not unmapped, f"RPCs without a permission: {unmapped}"
    assert not sorted(RULES.keys() - in_protos), "the permission table names RPCs that do not exist"
    assert {short(m) for m in METHODS} == LEAST_ROLE.keys(), "this test's expectations miss an RPC"
    assert all(path(m).split("/")[1] not in EXEMPT_SERVICES for m in METHODS)


# ----- a server that requires tokens ------------------------------------------


@pytest.fixture
def secured(settings: Settings) -> Iterator[tuple[ServerThread, str]]:
    """A server requiring tokens, and the secret of a global admin made with the CLI."""
    admin = bootstrap_admin(settings)
    with ServerThread(dataclasses.replace(settings, auth="required")) as server:
        yield server, admin


def token_for(admin: Registry, principal: str, role: str | None = None, model: str = "", **kw: Any) -> str:
    secret = admin.access.CreateToken(access_pb2.CreateTokenRequest(principal=principal, **kw)).secret
    if role is not None:
        grant(admin, principal, role, model)
    return str(secret)


def grant(admin: Registry, principal: str, role: str, model: str = "") -> None:
    admin.access.GrantRole(
        access_pb2.GrantRoleRequest(
            principal=principal, role=access_pb2.Role.Value(f"ROLE_{role.upper()}"), model_name=model
        )
    )


def call(channel: grpc.Channel, method: MethodDescriptor, request: Any, token: str | None) -> grpc.StatusCode:
    """Makes one call with a minimal request; the status code it ends with (OK for a stream that starts)."""
    response_class = message_factory.GetMessageClass(method.output_type)
    metadata = (("authorization", f"Bearer {token}"),) if token else ()
    kwargs: dict[str, Any] = {"metadata": metadata, "timeout": 10}
    try:
        if method.client_streaming:
            stub = channel.stream_unary(path(method), lambda m: m.SerializeToString(), response_class.FromString)
            stub(iter([request]), **kwargs)
        elif method.server_streaming:
            stub = channel.unary_stream(path(method), lambda m: m.SerializeToString(), response_class.FromString)
            stream = stub(request, **kwargs)
            next(iter(stream), None)
            stream.cancel()
        else:
            stub = channel.unary_unary(path(method), lambda m: m.SerializeToString(), response_class.FromString)
            stub(request, **kwargs)
    except grpc.RpcError as e:
        error = from_rpc_error(e)
        if isinstance(error, PermissionDenied):
            assert error.reason == "PERMISSION_DENIED" and error.metadata["permission"] in error.message
        return error.code
    return grpc.StatusCode.OK


def minimal_request(method: MethodDescriptor, model: str) -> Any:
    request = message_factory.GetMessageClass(method.input_type)()
    field = MODEL_FIELD.get(short(method))
    if field:
        target = request
        *parents, last = field.split(".")
        for part in parents:
            target = getattr(target, part)
        setattr(target, last, model)
    return request


AUTH_CODES = (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAUTHENTICATED)


def test_each_global_role_against_each_rpc(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin, grpc.insecure_channel(server.target) as channel:
        tokens = {role: token_for(admin, f"user-{role}", role) for role in ROLES}
        tokens[None] = token_for(admin, "nobody")  # type: ignore[index]
        wrong: list[str] = []
        for method in METHODS:
            least = LEAST_ROLE[short(method)]
            for role, token in tokens.items():
                # A model that does not exist: allowed calls fail past the permission check, changing nothing.
                code = call(channel, method, minimal_request(method, "ghost-model"), token)
                allowed = RANK[role] >= RANK[least]
                if allowed == (code in AUTH_CODES) or (not allowed and code != grpc.StatusCode.PERMISSION_DENIED):
                    wrong.append(f"{short(method)} as {role}: {code.name}")
        assert not wrong, "\n".join(wrong)


def test_each_role_on_one_model_against_each_rpc(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin, grpc.insecure_channel(server.target) as channel:
        admin.create_model("elsewhere")
        wrong: list[str] = []
        for role in ROLES:
            model = f"model-{role}"
            admin.create_model(model)
            token = token_for(admin, f"owner-{role}", role, model)
            for method in METHODS:
                name = short(method)
                least = LEAST_ROLE[name]
                role_counts = name in MODEL_FIELD or name in ANY_MODEL or least == "any"
                allowed = role_counts and RANK[role] >= RANK[least]
                code = call(channel, method, minimal_request(method, model), token)
                if allowed == (code in AUTH_CODES) or (not allowed and code != grpc.StatusCode.PERMISSION_DENIED):
                    wrong.append(f"{name} as {role} of {model}: {code.name}")
                if name in MODEL_FIELD:
                    # The same role does nothing for another model.
                    code = call(channel, method, minimal_request(method, "elsewhere"), token)
                    if code != grpc.StatusCode.PERMISSION_DENIED:
                        wrong.append(f"{name} as {role} of {model}, on another model: {code.name}")
        assert not wrong, "\n".join(wrong)


def test_permission_denied_names_the_permission_and_role(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud")
        viewer = token_for(admin, "vera", "viewer")
    with Registry(server.target, token=viewer) as vera:
        assert vera.get_model("fraud").name == "fraud"
        with pytest.raises(PermissionDenied) as denied:
            vera.create_version("fraud", source="gs://x")
    error = denied.value
    assert error.reason == "PERMISSION_DENIED"
    assert error.metadata == {
        "permission": "models.write",
        "role": "editor",
        "model": "fraud",
        "method": "/regserver.v1.ModelRegistry/CreateModelVersion",
    }
    assert "'vera' may not call CreateModelVersion: it needs permission models.write" in error.message
    assert "role editor grants on model 'fraud' or globally" in error.message


def test_missing_malformed_unknown_and_expired_tokens_are_unauthenticated(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target) as anonymous, pytest.raises(Unauthenticated) as missing:
        list(anonymous.list_models())
    assert missing.value.reason == "TOKEN_MISSING" and "authorization: Bearer" in missing.value.message
    # An empty token (e.g. REGSERVER_TOKEN="") sends none, as in the other languages' clients.
    with Registry(server.target, token="") as empty, pytest.raises(Unauthenticated) as missing:
        list(empty.list_models())
    assert missing.value.reason == "TOKEN_MISSING"

    for bad in ("not-a-token", "rsk_short", "rsk_" + "!" * 43):
        with Registry(server.target, token=bad) as client, pytest.raises(Unauthenticated) as malformed:
            list(client.list_models())
        assert malformed.value.reason == "TOKEN_INVALID" and "malformed" in malformed.value.message

    with Registry(server.target, token="rsk_" + "A" * 43) as client, pytest.raises(Unauthenticated) as unknown:
        list(client.list_models())
    assert unknown.value.reason == "TOKEN_INVALID" and "not known" in unknown.value.message

    with grpc.insecure_channel(server.target) as channel:
        stub = Registry(channel=channel).stub
        with pytest.raises(grpc.RpcError) as not_bearer:
            stub.ListRegisteredModels(
                _list(),
                metadata=(("authorization", f"Basic {admin_secret}"),),
            )
        assert from_rpc_error(not_bearer.value).reason == "TOKEN_INVALID"

    with Registry(server.target, token=admin_secret) as admin:
        soon = timestamp_pb2.Timestamp()
        soon.FromNanoseconds(time.time_ns() + 1_500_000_000)
        short_lived = token_for(admin, "temp", "viewer", expire_time=soon)
        with Registry(server.target, token=short_lived) as temp:
            assert list(temp.list_models()) == []
            time.sleep(1.7)
            with pytest.raises(Unauthenticated) as expired:
                list(temp.list_models())
        assert expired.value.reason == "TOKEN_EXPIRED" and "expired" in expired.value.message
        past = timestamp_pb2.Timestamp(seconds=int(time.time()) - 60)
        with pytest.raises(grpc.RpcError) as in_past:
            token_for(admin, "late", expire_time=past)
        assert from_rpc_error(in_past.value).reason == "INVALID_FIELD"


def _list() -> Any:
    from regserver_client.v1 import model_registry_pb2

    return model_registry_pb2.ListRegisteredModelsRequest()


def test_a_revoked_token_stops_working_on_the_next_call(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        created = admin.access.CreateToken(access_pb2.CreateTokenRequest(principal="ci", description="nightly"))
        grant(admin, "ci", "viewer")
        assert created.secret.startswith("rsk_") and created.token.id.startswith("tok_")
        assert created.token.creator == "root" and created.token.description == "nightly"
        with Registry(server.target, token=created.secret) as ci:
            assert list(ci.list_models()) == []
            revoked = admin.access.RevokeToken(access_pb2.RevokeTokenRequest(id=created.token.id)).token
            assert revoked.HasField("revoke_time")
            with pytest.raises(Unauthenticated) as after:
                list(ci.list_models())
        assert after.value.reason == "TOKEN_REVOKED" and created.token.id in after.value.message
        # Revoked tokens leave the default listing; their metadata (never a secret) stays readable.
        listed = admin.access.ListTokens(access_pb2.ListTokensRequest()).tokens
        assert [t.principal for t in listed] == ["root"]
        everything = admin.access.ListTokens(access_pb2.ListTokensRequest(show_revoked=True)).tokens
        assert [t.principal for t in everything] == ["root", "ci"]
        assert admin.access.GetToken(access_pb2.GetTokenRequest(id=created.token.id)).token.HasField("revoke_time")


def test_a_revoked_role_stops_working_on_the_next_call(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud")
        secret = token_for(admin, "eve", "editor", "fraud")
        with Registry(server.target, token=secret) as eve:
            eve.create_version("fraud", source="gs://a")
            admin.access.RevokeRole(
                access_pb2.RevokeRoleRequest(principal="eve", role=access_pb2.ROLE_EDITOR, model_name="fraud")
            )
            with pytest.raises(PermissionDenied):
                eve.create_version("fraud", source="gs://b")
        with pytest.raises(grpc.RpcError) as missing:
            admin.access.RevokeRole(
                access_pb2.RevokeRoleRequest(principal="eve", role=access_pb2.ROLE_EDITOR, model_name="fraud")
            )
        assert from_rpc_error(missing.value).reason == "ROLE_BINDING_NOT_FOUND"


def _watch_until_refused(registry: Registry, model: str, deadline: float) -> grpc.RpcError:
    """Holds a Watch with 1 s progress messages until the server ends it; the error it ended with."""
    request = events_pb2.WatchRequest(model_names=[model], progress_interval_seconds=1)
    stream = registry.events.Watch(request, timeout=deadline)
    with pytest.raises(grpc.RpcError) as ended:
        for _ in stream:
            pass
    return ended.value


def test_an_open_watch_ends_when_its_token_is_revoked_or_its_role_lost(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud")
        revoked_secret = token_for(admin, "old-job", "viewer")
        demoted_secret = token_for(admin, "contractor", "viewer", "fraud")
        with (
            Registry(server.target, token=revoked_secret) as old,
            Registry(server.target, token=demoted_secret) as contractor,
            ThreadPoolExecutor(2) as pool,
        ):
            revoked = pool.submit(_watch_until_refused, old, "fraud", 20)
            demoted = pool.submit(_watch_until_refused, contractor, "fraud", 20)
            time.sleep(1.5)  # both streams are open and receiving progress messages
            assert not revoked.done() and not demoted.done()
            old_id = next(
                t.id for t in admin.access.ListTokens(access_pb2.ListTokensRequest(principal="old-job")).tokens
            )
            admin.access.RevokeToken(access_pb2.RevokeTokenRequest(id=old_id))
            admin.access.RevokeRole(
                access_pb2.RevokeRoleRequest(principal="contractor", role=access_pb2.ROLE_VIEWER, model_name="fraud")
            )
            started = time.monotonic()
            first, second = revoked.result(timeout=20), demoted.result(timeout=20)
            # Within the re-check period (--auth-cache-seconds, 2 s) plus a progress interval.
            assert time.monotonic() - started < 6
        assert from_rpc_error(first).reason == "TOKEN_REVOKED"
        assert from_rpc_error(second).code == grpc.StatusCode.PERMISSION_DENIED
        assert "fraud" in from_rpc_error(second).message


def test_the_authenticated_principal_is_recorded_on_versions_events_and_runs(
    secured: tuple[ServerThread, str],
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        alice_secret = token_for(admin, "alice@example.com", "editor")
    with Registry(server.target, token=alice_secret) as alice:
        who = alice.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest())
        assert (who.principal, who.open) == ("alice@example.com", False)
        assert [(b.role, b.model_name) for b in who.role_bindings] == [(access_pb2.ROLE_EDITOR, "")]
        alice.create_model("fraud")
        version = alice.create_version("fraud", source="gs://a")
        assert version.creator == "alice@example.com"
        experiment = alice.create_experiment("exp")
        run = alice.create_run(experiment.id)
        assert run.principal == "alice@example.com"
        # The Watch stream carries the token too.
        events = [r.event for r in _first(alice.watch(["fraud"], start_revision=1), 2) if r.HasField("event")]
        assert [e.principal for e in events] == ["alice@example.com", "alice@example.com"]


def _first(stream: Iterator[Any], events: int) -> list[Any]:
    seen: list[Any] = []
    for response in stream:
        seen.append(response)
        if sum(1 for r in seen if r.HasField("event")) == events:
            break
    return seen


def test_listings_and_watch_show_only_models_the_caller_may_read(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        for name in ("public", "secret"):
            admin.create_model(name)
            admin.create_version(name, source=f"gs://{name}")
        bob_secret = token_for(admin, "bob", "viewer", "public")
        with Registry(server.target, token=bob_secret) as bob:
            assert [m.name for m in bob.list_models()] == ["public"]
            assert [(v.model_name, v.version) for v in bob.list_versions()] == [("public", 1)]
            assert [v.version for v in bob.list_versions("public")] == [1]
            with pytest.raises(PermissionDenied):
                list(bob.list_versions("secret"))
            with pytest.raises(PermissionDenied):
                bob.get_model("secret")
            with pytest.raises(grpc.RpcError) as watch_denied:
                next(iter(bob.events.Watch(events_pb2.WatchRequest(model_names=["secret"]))))
            assert watch_denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

            stream = bob.events.Watch(events_pb2.WatchRequest(send_initial_state=True))
            snapshots = []
            for response in stream:
                if response.HasField("snapshot_complete"):
                    break
                snapshots.append(response.snapshot.registered_model.name)
            assert snapshots == ["public"]
            admin.create_version("secret", source="gs://secret/2")
            admin.create_version("public", source="gs://public/2")
            for response in stream:
                if response.HasField("event"):
                    assert (response.event.model_name, response.event.version) == ("public", 2)
                    break
            stream.cancel()


def test_model_admins_manage_that_models_bindings_only(secured: tuple[ServerThread, str]) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        admin.create_model("fraud")
        admin.create_model("churn")
        owner = token_for(admin, "olga", "admin", "fraud")
    with Registry(server.target, token=owner) as olga:
        grant(olga, "pat", "viewer", "fraud")
        bindings = olga.access.ListRoleBindings(access_pb2.ListRoleBindingsRequest(model_name="fraud")).role_bindings
        assert sorted((b.principal, b.model_name) for b in bindings) == [("olga", "fraud"), ("pat", "fraud")]
        assert {b.creator for b in bindings} == {"root", "olga"}
        for model in ("churn", ""):
            with pytest.raises(grpc.RpcError) as denied:
                grant(olga, "pat", "viewer", model)
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with Registry(server.target, token=admin_secret) as admin:
        admin.rename_model("fraud", "fraud-v2")
        # Bindings follow the model through a rename.
        bindings = admin.access.ListRoleBindings(access_pb2.ListRoleBindingsRequest(principal="pat")).role_bindings
        assert [(b.role, b.model_name) for b in bindings] == [(access_pb2.ROLE_VIEWER, "fraud-v2")]


def test_open_mode_on_loopback_runs_as_anonymous_and_honours_tokens(server: ServerThread) -> None:
    with Registry(server.target) as anonymous:
        who = anonymous.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest())
        assert (who.principal, who.open) == ("anonymous", True)
        anonymous.create_model("local")
        secret = anonymous.access.CreateToken(access_pb2.CreateTokenRequest(principal="dev")).secret
    with Registry(server.target, token=secret) as dev:
        assert dev.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest()).principal == "dev"
        with pytest.raises(PermissionDenied):
            list(dev.list_models())


def test_the_client_reads_its_token_from_regserver_token(
    secured: tuple[ServerThread, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, admin_secret = secured
    monkeypatch.setenv("REGSERVER_TOKEN", admin_secret)
    with Registry(server.target) as admin:
        assert admin.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest()).principal == "root"


def test_auth_settings() -> None:
    assert not Settings().auth_required
    assert Settings(auth="required").auth_required
    assert Settings(host="0.0.0.0").auth_required
    assert Settings(host="10.1.2.3", auth="auto").auth_required
    assert load({}, environ={"REGSERVER_AUTH": "required"}).auth_required
    with pytest.raises(SettingError, match="auth: 'off' is not auto"):
        load({"auth": "off"}, environ={})


# ----- the CLI and the startup log ---------------------------------------------


def test_cli_bootstraps_lists_and_revokes_tokens_and_roles(database_url: str, spawn: Any) -> None:
    db = ["--database-url", database_url]
    created = run_cli(["tokens", "create", "--admin", "root", "--description", "first admin", *db])
    assert created.returncode == 0, created.stderr
    secret = created.stdout.strip()
    found = re.search(r"created token (tok_[0-9a-f]{32}) for 'root', role admin globally", created.stderr)
    assert found is not None, created.stderr
    token_id = found.group(1)
    assert secret not in created.stderr

    granted = run_cli(["roles", "grant", "ann", "viewer", *db])
    assert granted.returncode == 0 and "granted role viewer globally for 'ann'" in granted.stdout
    roles = run_cli(["roles", "list", *db])
    assert "root\tadmin\t*" in roles.stdout and "ann\tviewer\t*" in roles.stdout

    listed = run_cli(["tokens", "list", *db])
    assert listed.returncode == 0 and token_id in listed.stdout and "first admin" in listed.stdout
    assert secret not in listed.stdout

    server = spawn([*db, "--port", "0", "--auth", "required"], env=clean_env())
    server.wait_listening()
    assert "authentication is off" not in server.stderr
    with Registry(server.target, token=secret) as root:
        assert root.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest()).principal == "root"
        revoked = run_cli(["tokens", "revoke", token_id, *db])
        assert revoked.returncode == 0 and f"revoked token {token_id}" in revoked.stdout
        # Another process revoked it: this server notices once its cache entry expires (2 s by default).
        time.sleep(2.5)
        with pytest.raises(grpc.RpcError) as after:
            root.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest())
        assert from_rpc_error(after.value).reason == "TOKEN_REVOKED"
    again = run_cli(["tokens", "revoke", "tok_" + "0" * 32, *db])
    assert again.returncode == 1 and "not found" in again.stderr
    bad = run_cli(["tokens", "create", "anonymous", *db])
    assert bad.returncode == 1 and "reserved" in bad.stderr


def test_startup_log_says_when_authentication_is_off(tmp_path: Any, spawn: Any) -> None:
    server = spawn(["--data-dir", str(tmp_path), "--port", "0"], env=clean_env())
    server.wait_listening()
    assert "authentication is off: listening on loopback only" in server.stderr
    with Registry(server.target) as anonymous:
        assert list(anonymous.list_models()) == []

    config = tmp_path / "regserver.toml"
    config.write_text('auth = "required"\n')
    required = spawn(["--data-dir", str(tmp_path / "b"), "--port", "0", "--config", str(config)], env=clean_env())
    required.wait_listening()
    assert "authentication is off" not in required.stderr
    with Registry(required.target) as anonymous, pytest.raises(Unauthenticated):
        list(anonymous.list_models())


def test_health_and_reflection_need_no_token(secured: tuple[ServerThread, str]) -> None:
    from grpc_health.v1 import health_pb2, health_pb2_grpc
    from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

    server, _ = secured
    with grpc.insecure_channel(server.target) as channel:
        health = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=10)
        assert health.status == health_pb2.HealthCheckResponse.SERVING
        reflection = reflection_pb2_grpc.ServerReflectionStub(channel)
        request = reflection_pb2.ServerReflectionRequest(list_services="")
        services = next(iter(reflection.ServerReflectionInfo(iter([request]), timeout=10)))
        names = {s.name for s in services.list_services_response.service}
        assert "regserver.v1.AccessControl" in names


def test_token_and_binding_listings_page_and_bad_input_is_invalid_argument(
    secured: tuple[ServerThread, str],
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin:
        for i in range(5):
            token_for(admin, f"svc-{i}", "viewer")
        seen: list[str] = []
        request = access_pb2.ListTokensRequest(page_size=2)
        while True:
            page = admin.access.ListTokens(request)
            assert len(page.tokens) <= 2
            seen += [t.principal for t in page.tokens]
            if not page.next_page_token:
                break
            request.page_token = page.next_page_token
        assert seen == ["root", *(f"svc-{i}" for i in range(5))]
        first = admin.access.ListRoleBindings(access_pb2.ListRoleBindingsRequest(page_size=4))
        rest = admin.access.ListRoleBindings(
            access_pb2.ListRoleBindingsRequest(page_size=4, page_token=first.next_page_token)
        )
        assert [b.principal for b in [*first.role_bindings, *rest.role_bindings]] == ["root", *seen[1:]]

        bad_requests = [
            (admin.access.CreateToken, access_pb2.CreateTokenRequest(principal="has space"), "principal"),
            (admin.access.CreateToken, access_pb2.CreateTokenRequest(principal="anonymous"), "principal"),
            (admin.access.GetToken, access_pb2.GetTokenRequest(id="nope"), "id"),
            (admin.access.GrantRole, access_pb2.GrantRoleRequest(principal="x"), "role"),
            (admin.access.ListTokens, access_pb2.ListTokensRequest(page_token="garbage"), "page_token"),
        ]
        for method, request_, field in bad_requests:
            with pytest.raises(grpc.RpcError) as bad:
                method(request_)
            error = from_rpc_error(bad.value)
            assert error.code == grpc.StatusCode.INVALID_ARGUMENT and error.metadata["field"] == field, error
        with pytest.raises(grpc.RpcError) as unknown:
            admin.access.GetToken(access_pb2.GetTokenRequest(id="tok_" + "f" * 32))
        assert from_rpc_error(unknown.value).reason == "TOKEN_NOT_FOUND"
        with pytest.raises(grpc.RpcError) as no_model:
            grant(admin, "x", "viewer", "no-such-model")
        assert from_rpc_error(no_model.value).reason == "MODEL_NOT_FOUND"
