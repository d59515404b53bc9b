"""Approved promotions end to end over real gRPC on SQLite and PostgreSQL: protected aliases and
stages, gates checked at request and again at approval, separation of duties, atomic apply with
its audit record in the same transaction (surviving a SIGKILL right after the answer), rollback,
alias and stage history, and bad input refused precisely."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from regserver_client import (
    AlreadyExists,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Registry,
    RegistryError,
    from_rpc_error,
    protect,
)
from regserver_client.v1 import events_pb2, governance_pb2, model_pb2

from regserver.config import Settings
from tests.support.process import bootstrap_admin, clean_env, run_cli
from tests.support.server import ServerThread
from tests.test_auth import grant, secured, token_for  # noqa: F401  (secured is a fixture)
from tests.test_upload_download import regctl

GV = "/regserver.v1.Governance/"
PENDING, APPROVED, REJECTED, WITHDRAWN = (
    governance_pb2.PROMOTION_STATE_PENDING,
    governance_pb2.PROMOTION_STATE_APPROVED,
    governance_pb2.PROMOTION_STATE_REJECTED,
    governance_pb2.PROMOTION_STATE_WITHDRAWN,
)


def refused(call: Any, error: type[RegistryError], reason: str) -> RegistryError:
    with pytest.raises(error) as caught:
        call()
    assert caught.value.reason == reason, (caught.value.reason, caught.value.message)
    return caught.value


def failed_checks(error: RegistryError) -> dict[str, str]:
    [failure] = [d for d in error.details if isinstance(d, error_details_pb2.PreconditionFailure)]
    return {v.subject: v.description for v in failure.violations}


def alias_events(registry: Registry, model: str, alias: str, count: int) -> list[events_pb2.Event]:
    """The first `count` ALIAS_SET events of one alias, from the start of the log."""
    found: list[events_pb2.Event] = []
    for response in registry.events.Watch(events_pb2.WatchRequest(model_names=[model], start_revision=1), timeout=10):
        if response.event.type == events_pb2.EVENT_TYPE_ALIAS_SET and response.event.alias == alias:
            found.append(response.event)
            if len(found) == count:
                break
    return found


PROMOTION_EVENTS = {
    events_pb2.EVENT_TYPE_PROMOTION_REQUESTED,
    events_pb2.EVENT_TYPE_PROMOTION_APPROVED,
    events_pb2.EVENT_TYPE_PROMOTION_REJECTED,
    events_pb2.EVENT_TYPE_PROMOTION_WITHDRAWN,
}


def promotion_events(registry: Registry, model: str, count: int) -> list[tuple[str, str, int, str, str, str]]:
    """The first `count` PROMOTION_* events of a model: (type, principal, version, alias, stage, request id)."""
    found = []
    request = events_pb2.WatchRequest(model_names=[model], start_revision=1, event_types=sorted(PROMOTION_EVENTS))
    for response in registry.events.Watch(request, timeout=10):
        e = response.event
        if e.type in PROMOTION_EVENTS:
            stage = model_pb2.Stage.Name(e.target_stage) if e.target_stage else ""
            name = events_pb2.EventType.Name(e.type).removeprefix("EVENT_TYPE_")
            found.append((name, e.principal, e.version, e.alias, stage, e.promotion_request_id))
            if len(found) == count:
                break
    return found


class Team:
    """An admin, two approvers and an editor, each with their own token, on one secured server."""

    def __init__(self, server: ServerThread, admin_secret: str) -> None:
        self.target = server.target
        self.admin = Registry(server.target, token=admin_secret)
        self.ann = Registry(server.target, token=token_for(self.admin, "ann", "approver"))
        self.bob = Registry(server.target, token=token_for(self.admin, "bob", "approver"))
        self.eve = Registry(server.target, token=token_for(self.admin, "eve", "editor"))

    def close(self) -> None:
        for r in (self.admin, self.ann, self.bob, self.eve):
            r.close()


@pytest.fixture
def team(secured: tuple[ServerThread, str]) -> Iterator[Team]:  # noqa: F811
    t = Team(*secured)
    try:
        yield t
    finally:
        t.close()


def champion_policy(admin: Registry, model: str) -> None:
    admin.set_promotion_policy(
        model,
        [
            protect(
                alias="champion",
                required_tags={"validated": "yes"},
                thresholds={"auc": (">=", 0.9)},
                beat_champion="auc",
            ),
            protect(stage="Production"),
        ],
    )


def test_a_protected_alias_moves_only_through_an_approved_promotion(team: Team) -> None:
    admin, ann, bob = team.admin, team.ann, team.bob
    admin.create_model("fraud")
    admin.create_version("fraud", metrics={"auc": 0.91})
    admin.create_version("fraud")
    admin.set_alias("fraud", "champion", 1)
    champion_policy(admin, "fraud")
    policy = admin.get_promotion_policy("fraud")
    assert [t.target.alias or model_pb2.Stage.Name(t.target.stage) for t in policy.protected_targets] == [
        "champion",
        "STAGE_PRODUCTION",
    ]
    assert policy.updater == "root" and policy.etag

    # No one moves it directly, admins included; nor removes it, nor deletes its holder.
    for who in (ann, admin):
        refused(lambda r=who: r.set_alias("fraud", "champion", 2), FailedPrecondition, "PROMOTION_REQUIRED")
    refused(lambda: admin.delete_alias("fraud", "champion"), FailedPrecondition, "PROMOTION_REQUIRED")
    refused(lambda: admin.delete_version("fraud", 1), FailedPrecondition, "PROMOTION_REQUIRED")
    # Other aliases stay direct.
    assert list(ann.set_alias("fraud", "challenger", 2).aliases) == ["challenger"]

    # Gates are checked when the request is made; each failed one is named.
    error = refused(
        lambda: ann.request_promotion("fraud", 2, alias="champion"), FailedPrecondition, "PROMOTION_GATES_FAILED"
    )
    checks = failed_checks(error)
    assert set(checks) == {"tag:validated", "metric:auc", "beat_champion:auc"}, checks
    assert "tag 'validated' is missing" in error.message and "no value of auc" in checks["metric:auc"]
    assert not list(admin.list_promotion_requests("fraud"))

    admin.set_version_tag("fraud", 2, "validated", "yes")
    admin.log_evaluation("fraud", 2, "auc", 0.93)
    request = ann.request_promotion("fraud", 2, alias="champion", comment="beats v1 on holdout")
    assert request.id.startswith("pr_") and request.state == PENDING and request.requester == "ann"
    assert all(g.passed for g in request.gate_results) and {g.check for g in request.gate_results} == {
        "ready",
        "tag:validated",
        "metric:auc",
        "beat_champion:auc",
    }
    refused(lambda: ann.request_promotion("fraud", 2, alias="champion"), AlreadyExists, "PROMOTION_REQUEST_EXISTS")

    # Separation of duties: the requester may not approve; an editor may not approve at all.
    refused(lambda: ann.approve_promotion(request.id), PermissionDenied, "SELF_APPROVAL")
    refused(lambda: team.eve.approve_promotion(request.id), PermissionDenied, "PERMISSION_DENIED")

    # Gates are checked again at approval: a worse evaluation since means nothing moves.
    admin.log_evaluation("fraud", 2, "auc", 0.85)
    error = refused(lambda: bob.approve_promotion(request.id), FailedPrecondition, "PROMOTION_GATES_FAILED")
    assert set(failed_checks(error)) == {"metric:auc", "beat_champion:auc"}
    assert admin.get_version_by_alias("fraud", "champion").version == 1
    assert admin.get_promotion_request(request.id).state == PENDING

    admin.log_evaluation("fraud", 2, "auc", 0.95)
    before_approval = time.time()
    time.sleep(0.01)
    approved = bob.approve_promotion(request.id, comment="looks good")
    assert approved.promotion_request.state == APPROVED and approved.promotion_request.decider == "bob"
    assert approved.promotion_request.previous_version == 1 and approved.model_version.version == 2
    assert list(approved.model_version.aliases) == ["challenger", "champion"]
    assert admin.get_version_by_alias("fraud", "champion").version == 2
    refused(lambda: bob.approve_promotion(request.id), FailedPrecondition, "PROMOTION_NOT_PENDING")

    # The event names the approver.
    first, moved = alias_events(admin, "fraud", "champion", 2)
    assert first.principal == "root"
    assert (moved.version, moved.previous_version, moved.principal) == (2, 1, "bob")
    # Approvers and CI can follow requests and decisions (Watch here; webhooks take the same types).
    assert promotion_events(admin, "fraud", 2) == [
        ("PROMOTION_REQUESTED", "ann", 2, "champion", "", request.id),
        ("PROMOTION_APPROVED", "bob", 2, "champion", "", request.id),
    ]

    history = list(admin.target_history("fraud", alias="champion"))
    assert [(h.version, h.cause, h.principal) for h in history] == [
        (2, "ApprovePromotion", "bob"),
        (1, "SetAlias", "root"),
    ]
    assert history[0].promotion_request_id == request.id and not history[0].HasField("end_time")
    assert history[1].end_time == history[0].start_time
    # "Which version was champion at T" is one call.
    [then] = admin.target_history("fraud", alias="champion", at=before_approval)
    assert then.version == 1
    [now] = admin.target_history("fraud", alias="champion", at=time.time())
    assert now.version == 2
    assert not list(admin.target_history("fraud", alias="champion", at=1_000_000_000))

    # The approval's audit record holds the state before and the response after.
    [record] = admin.list_audit_records(method="ApprovePromotion", principal="bob", model_name="fraud")
    assert record.code == "OK" and f"id={request.id}" in record.resource
    assert '"holders":[1]' in record.before_json and '"state":"PENDING"' in record.before_json
    assert '"state":"PROMOTION_STATE_APPROVED"' in record.after_json
    denied = list(admin.list_audit_records(method="ApprovePromotion", principal="ann"))
    assert [r.code for r in denied] == ["PERMISSION_DENIED"]


def test_rollback_returns_the_alias_to_its_previous_version(team: Team) -> None:
    admin, ann, bob = team.admin, team.ann, team.bob
    admin.create_model("ranker")
    for _ in range(3):
        admin.create_version("ranker")
    refused(lambda: ann.rollback("ranker", "champion"), FailedPrecondition, "NO_PREVIOUS_TARGET")
    admin.set_alias("ranker", "champion", 1)
    refused(lambda: ann.rollback("ranker", "champion"), FailedPrecondition, "NO_PREVIOUS_TARGET")
    admin.set_promotion_policy("ranker", [protect(alias="champion")])
    request = ann.request_promotion("ranker", 3, alias="champion")
    bob.approve_promotion(request.id)

    rolled = ann.rollback("ranker", "champion", comment="latency regression")
    assert rolled.model_version.version == 1 and rolled.previous_version == 3
    assert admin.get_version_by_alias("ranker", "champion").version == 1
    history = list(admin.target_history("ranker", alias="champion"))
    assert [(h.version, h.cause, h.principal) for h in history] == [
        (1, "Rollback", "ann"),
        (3, "ApprovePromotion", "bob"),
        (1, "SetAlias", "root"),
    ]
    # Rolling back again returns to what it pointed at before the rollback.
    assert bob.rollback("ranker", "champion").model_version.version == 3
    refused(lambda: team.eve.rollback("ranker", "champion"), PermissionDenied, "PERMISSION_DENIED")

    # The previous version must still be live.
    admin.delete_version("ranker", 1)
    error = refused(lambda: ann.rollback("ranker", "champion"), FailedPrecondition, "PROMOTION_GATES_FAILED")
    assert "version 1 is deleted" in error.message
    assert admin.get_version_by_alias("ranker", "champion").version == 3


def test_a_stage_promotion_archives_the_previous_holder(team: Team) -> None:
    admin, ann, bob = team.admin, team.ann, team.bob
    admin.create_model("churn")
    for _ in range(3):
        admin.create_version("churn", signature=None)
    admin.transition_stage("churn", 1, "Production")
    admin.set_promotion_policy("churn", [protect(stage="Production", require_signature=True)])
    refused(lambda: admin.transition_stage("churn", 2, "Production"), FailedPrecondition, "PROMOTION_REQUIRED")
    error = refused(
        lambda: ann.request_promotion("churn", 2, stage="Production"), FailedPrecondition, "PROMOTION_GATES_FAILED"
    )
    assert set(failed_checks(error)) == {"signature"}
    admin.set_promotion_policy("churn", [protect(stage="Production")])
    request = ann.request_promotion("churn", 2, stage="Production")
    approved = bob.approve_promotion(request.id)
    assert approved.model_version.stage == model_pb2.STAGE_PRODUCTION
    assert [(v.version, v.stage) for v in approved.archived_versions] == [(1, model_pb2.STAGE_ARCHIVED)]
    assert admin.get_version("churn", 1).stage == model_pb2.STAGE_ARCHIVED

    # Leaving a protected stage stays direct.
    assert ann.transition_stage("churn", 2, "Staging").stage == model_pb2.STAGE_STAGING
    production = list(admin.target_history("churn", stage="Production"))
    assert [(h.version, h.cause, h.HasField("end_time")) for h in production] == [
        (2, "ApprovePromotion", True),
        (1, "TransitionModelVersionStage", True),
    ]
    assert promotion_events(admin, "churn", 2) == [
        ("PROMOTION_REQUESTED", "ann", 2, "", "STAGE_PRODUCTION", request.id),
        ("PROMOTION_APPROVED", "bob", 2, "", "STAGE_PRODUCTION", request.id),
    ]
    [archived] = admin.target_history("churn", stage="Archived")
    assert (archived.version, archived.cause, archived.promotion_request_id) == (1, "ApprovePromotion", request.id)


def test_requests_are_rejected_withdrawn_listed_and_scoped_to_their_model(team: Team) -> None:
    admin, ann, bob, eve = team.admin, team.ann, team.bob, team.eve
    for name in ("fraud", "secret"):
        admin.create_model(name)
        admin.create_version(name)
        admin.create_version(name)
        admin.set_promotion_policy(name, [protect(alias="champion")])
    refused(lambda: eve.request_promotion("fraud", 1, alias="other"), FailedPrecondition, "TARGET_NOT_PROTECTED")

    first = eve.request_promotion("fraud", 1, alias="champion")
    rejected = ann.reject_promotion(first.id, comment="not yet")
    assert (rejected.state, rejected.decider, rejected.decision_comment) == (REJECTED, "ann", "not yet")
    refused(lambda: eve.withdraw_promotion(first.id), FailedPrecondition, "PROMOTION_NOT_PENDING")
    refused(lambda: admin.get_version_by_alias("fraud", "champion"), NotFound, "ALIAS_NOT_FOUND")

    second = eve.request_promotion("fraud", 2, alias="champion")
    refused(lambda: ann.withdraw_promotion(second.id), PermissionDenied, "PERMISSION_DENIED")
    assert eve.withdraw_promotion(second.id).state == WITHDRAWN
    third = eve.request_promotion("fraud", 2, alias="champion")
    assert admin.withdraw_promotion(third.id).decider == "root"  # an admin may withdraw anyone's
    secret = bob.request_promotion("secret", 1, alias="champion")
    assert [(e[0], e[1], e[5]) for e in promotion_events(admin, "fraud", 6)] == [
        ("PROMOTION_REQUESTED", "eve", first.id),
        ("PROMOTION_REJECTED", "ann", first.id),
        ("PROMOTION_REQUESTED", "eve", second.id),
        ("PROMOTION_WITHDRAWN", "eve", second.id),
        ("PROMOTION_REQUESTED", "eve", third.id),
        ("PROMOTION_WITHDRAWN", "root", third.id),
    ]

    assert [r.id for r in admin.list_promotion_requests("fraud")] == [third.id, second.id, first.id]
    assert [r.id for r in admin.list_promotion_requests(state="WITHDRAWN", page_size=1)] == [third.id, second.id]
    assert [r.id for r in admin.list_promotion_requests(state="PENDING")] == [secret.id]

    # A viewer of one model sees only that model's requests; another model's are NOT_FOUND.
    with Registry(team.target, token=token_for(admin, "vic", "viewer", "fraud")) as vic:
        assert {r.model_name for r in vic.list_promotion_requests()} == {"fraud"}
        assert vic.get_promotion_request(first.id).state == REJECTED
        refused(lambda: vic.get_promotion_request(secret.id), NotFound, "PROMOTION_REQUEST_NOT_FOUND")
    # An approver of one model cannot decide another's requests.
    with Registry(team.target, token=token_for(admin, "pat", "approver", "fraud")) as pat:
        refused(lambda: pat.approve_promotion(secret.id), NotFound, "PROMOTION_REQUEST_NOT_FOUND")
        grant(admin, "pat", "viewer", "secret")
        error = refused(lambda: pat.approve_promotion(secret.id), PermissionDenied, "PERMISSION_DENIED")
        assert error.metadata["model"] == "secret"
        assert pat.approve_promotion(eve.request_promotion("fraud", 1, alias="champion").id).model_version.version == 1
    refused(lambda: admin.get_promotion_request("pr_" + "0" * 32), NotFound, "PROMOTION_REQUEST_NOT_FOUND")


def test_bad_policies_and_requests_are_invalid_argument(team: Team) -> None:
    admin, ann = team.admin, team.ann
    admin.create_model("m")
    admin.create_version("m")

    def bad_policy(field: str, *targets: governance_pb2.ProtectedTarget) -> None:
        error = refused(lambda: admin.set_promotion_policy("m", list(targets)), InvalidArgument, "INVALID_FIELD")
        assert error.metadata["field"] == field, error.metadata

    bad_policy("policy.protected_targets[1].target", protect(alias="champion"), protect(alias="champion"))
    bad_policy("policy.protected_targets[0].target", governance_pb2.ProtectedTarget())
    bad_policy("policy.protected_targets[0].target.stage", protect(stage="None"))
    bad_policy("policy.protected_targets[0].target.alias", protect(alias="Champion!"))
    bad_policy(
        "policy.protected_targets[0].metric_thresholds[0].value",
        protect(alias="a", thresholds={"auc": (">", float("nan"))}),
    )
    unspecified = protect(alias="a")
    unspecified.metric_thresholds.add(metric="auc", value=0.5)
    bad_policy("policy.protected_targets[0].metric_thresholds[0].comparison", unspecified)
    bad_policy(
        "policy.protected_targets[0].beat_champion.min_improvement",
        protect(alias="a", beat_champion="auc", min_improvement=-1),
    )
    bad_policy("policy.protected_targets[0].beat_champion.metric", protect(alias="a", beat_champion="bad key!"))
    bad_policy("policy.protected_targets", *[protect(alias=f"a{i}") for i in range(21)])
    assert not admin.get_promotion_policy("m").protected_targets  # nothing stored

    # A stale etag is ABORTED.
    first = admin.set_promotion_policy("m", [protect(alias="champion")])
    admin.set_promotion_policy("m", [protect(alias="champion")], etag=first.etag)
    with pytest.raises(RegistryError) as caught:
        admin.set_promotion_policy("m", [], etag=first.etag)
    assert caught.value.reason == "ETAG_MISMATCH"

    no_target = governance_pb2.RequestPromotionRequest(model_name="m", version=1)
    with pytest.raises(Exception) as raw:
        ann.governance.RequestPromotion(no_target)
    assert "target is required" in str(raw.value)
    refused(
        lambda: ann.request_promotion("m", 1, alias="champion", comment="x" * 2001), InvalidArgument, "INVALID_FIELD"
    )
    refused(lambda: ann.request_promotion("m", 9, alias="champion"), NotFound, "MODEL_VERSION_NOT_FOUND")
    refused(lambda: ann.approve_promotion("not an id" * 10), InvalidArgument, "INVALID_FIELD")
    refused(lambda: ann.approve_promotion(""), InvalidArgument, "INVALID_FIELD")
    refused(lambda: ann.rollback("m", "Not An Alias"), InvalidArgument, "INVALID_FIELD")
    refused(lambda: ann.get_promotion_policy("ghost"), NotFound, "MODEL_NOT_FOUND")
    refused(lambda: list(ann.target_history("ghost", alias="champion")), NotFound, "MODEL_NOT_FOUND")

    def raw(call: Any) -> RegistryError:
        with pytest.raises(grpc.RpcError) as caught:
            call()
        return from_rpc_error(caught.value)

    gv = ann.governance
    no_history_target = raw(lambda: gv.ListTargetHistory(governance_pb2.ListTargetHistoryRequest(model_name="m")))
    assert (no_history_target.reason, no_history_target.metadata["field"]) == ("INVALID_FIELD", "target")
    bad_state = raw(lambda: gv.ListPromotionRequests(governance_pb2.ListPromotionRequestsRequest(state=99)))
    assert (bad_state.reason, bad_state.metadata["field"]) == ("INVALID_FIELD", "state")
    negative = raw(lambda: gv.ListPromotionRequests(governance_pb2.ListPromotionRequestsRequest(page_size=-1)))
    assert (negative.reason, negative.metadata["field"]) == ("INVALID_FIELD", "page_size")
    token = raw(lambda: gv.ListPromotionRequests(governance_pb2.ListPromotionRequestsRequest(page_token="not-a-token")))
    assert token.code == grpc.StatusCode.INVALID_ARGUMENT and token.reason == "INVALID_PAGE_TOKEN"


def test_on_an_open_server_anyone_may_approve(registry: Registry) -> None:
    """Without authentication every caller is "anonymous": separation of duties cannot hold, and is not pretended."""
    registry.create_model("local")
    registry.create_version("local")
    registry.set_promotion_policy("local", [protect(alias="champion")])
    request = registry.request_promotion("local", 1, alias="champion")
    approved = registry.approve_promotion(request.id)
    assert approved.promotion_request.decider == "anonymous" and list(approved.model_version.aliases) == ["champion"]


def test_the_approval_and_its_audit_record_commit_together(settings: Settings, spawn: Any, tmp_path: Any) -> None:
    """SIGKILL right after the answer: the alias moved and its audit record is there (nothing was queued)."""
    admin_secret = bootstrap_admin(settings)
    db = ["--database-url", settings.resolved_database_url, "--data-dir", str(tmp_path / "data")]
    server = spawn([*db, "--port", "0", "--auth", "required"], env=clean_env())
    server.wait_listening()
    with Registry(server.target, token=admin_secret) as admin:
        ann_secret = token_for(admin, "ann", "approver")
        bob_secret = token_for(admin, "bob", "approver")
        admin.create_model("fraud")
        admin.create_version("fraud")
        admin.set_promotion_policy("fraud", [protect(alias="champion")])
        with Registry(server.target, token=ann_secret) as ann:
            request = ann.request_promotion("fraud", 1, alias="champion")
        with Registry(server.target, token=bob_secret) as bob:
            bob.approve_promotion(request.id)
    server.kill()

    restarted = spawn([*db, "--port", "0", "--auth", "required"], env=clean_env())
    restarted.wait_listening()
    with Registry(restarted.target, token=admin_secret) as admin:
        assert admin.get_version_by_alias("fraud", "champion").version == 1
        methods = [(r.method, r.principal) for r in admin.list_audit_records(model_name="fraud")]
        assert (GV + "RequestPromotion", "ann") in methods and (GV + "ApprovePromotion", "bob") in methods
    verified = run_cli(["audit", "verify", "--database-url", settings.resolved_database_url])
    assert verified.returncode == 0 and re.search(r"audit trail intact", verified.stdout), verified.stdout


def test_regctl_requests_approves_rolls_back_and_shows_history(team: Team) -> None:
    admin = team.admin
    admin.create_model("fraud")
    for _ in range(2):
        admin.create_version("fraud")
    admin.set_alias("fraud", "champion", 1)
    admin.set_promotion_policy("fraud", [protect(alias="champion")])
    ann, bob = token_for(admin, "cli-ann", "approver"), token_for(admin, "cli-bob", "approver")

    def cli(token: str, *args: str) -> str:
        done = regctl("--target", team.target, "--token", token, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    requested = cli(ann, "promote", "fraud", "2", "--alias", "champion", "--comment", "better")
    found = re.match(
        r"(pr_[0-9a-f]{32})  fraud version 2 -> alias champion: PENDING\n  pass  ready: READY\n", requested
    )
    assert found is not None, requested
    request_id = found.group(1)
    assert request_id in cli(bob, "promotions", "fraud", "--state", "pending")
    self_approval = regctl("--target", team.target, "--token", ann, "approve", request_id)
    assert self_approval.returncode == 1 and "reason=SELF_APPROVAL" in self_approval.stderr
    assert f"{request_id}  fraud version 2 -> alias champion: APPROVED" in cli(bob, "approve", request_id)
    assert cli(bob, "rollback", "fraud", "champion") == "fraud alias champion: version 2 -> 1\n"

    rows = cli(bob, "history", "fraud", "--alias", "champion", "-o", "table").splitlines()
    assert rows[0].split() == ["VERSION", "FROM", "UNTIL", "BY", "CAUSE", "REQUEST"]
    assert [(r.split()[0], r.split()[4]) for r in rows[1:]] == [
        ("1", "Rollback"),
        ("2", "ApprovePromotion"),
        ("1", "SetAlias"),
    ]
    assert rows[2].split()[5] == request_id and rows[1].split()[2] == "now"
    bad = regctl("--target", team.target, "history", "fraud", "--alias", "champion", "--at", "yesterday")
    assert bad.returncode == 2 and "RFC 3339" in bad.stderr


def test_an_alias_promotion_can_archive_the_previous_holder(team: Team) -> None:
    admin, ann, bob = team.admin, team.ann, team.bob
    admin.create_model("recs")
    for _ in range(2):
        admin.create_version("recs")
    admin.transition_stage("recs", 1, "Production")
    admin.set_alias("recs", "champion", 1)
    admin.set_promotion_policy("recs", [protect(alias="champion", archive_previous_holder=True)])
    assert admin.get_promotion_policy("recs").protected_targets[0].archive_previous_holder
    approved = bob.approve_promotion(ann.request_promotion("recs", 2, alias="champion").id)
    assert [(v.version, v.stage) for v in approved.archived_versions] == [(1, model_pb2.STAGE_ARCHIVED)]
    assert admin.get_version("recs", 1).stage == model_pb2.STAGE_ARCHIVED
    assert approved.model_version.stage == model_pb2.STAGE_NONE  # the alias moved; stages are separate
    [left] = admin.target_history("recs", stage="Production")
    assert left.version == 1 and left.HasField("end_time")
