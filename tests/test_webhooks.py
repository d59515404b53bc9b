"""Webhooks against a real HTTP receiver on loopback, on SQLite and PostgreSQL: signed, filtered, retried,
ordered per webhook, dead-lettered and redelivered, and never lost when the server is killed."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import os
import random
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import grpc
import pytest
from google.protobuf import field_mask_pb2, json_format
from regserver_client import Registry, RegistryError, from_rpc_error
from regserver_client.v1 import events_pb2 as E
from regserver_client.v1 import model_pb2, webhooks_pb2_grpc
from regserver_client.v1 import webhooks_pb2 as W

from regserver.config import Settings
from regserver.domain.webhooks import AllowedHosts, DeliveryStatus, RetryPolicy, SendResult, sign
from tests.support.postgres import PostgresServer
from tests.support.receiver import Receiver, Request
from tests.support.server import ServerThread

SECRET = "s3cr3t-0123456789abcdef"
PENDING, SUCCEEDED, FAILED = (
    W.WEBHOOK_DELIVERY_STATUS_PENDING,
    W.WEBHOOK_DELIVERY_STATUS_SUCCEEDED,
    W.WEBHOOK_DELIVERY_STATUS_FAILED,
)
FAST_RETRIES = {
    "webhook_allowed_hosts": "127.0.0.1,localhost",
    "webhook_backoff_base_seconds": 0.05,
    "webhook_backoff_cap_seconds": 0.2,
    "webhook_timeout_seconds": 2.0,
}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return dataclasses.replace(settings, **FAST_RETRIES)  # type: ignore[arg-type]


@pytest.fixture
def hooks(server: ServerThread) -> Iterator[webhooks_pb2_grpc.WebhooksStub]:
    with grpc.insecure_channel(server.target) as channel:
        yield webhooks_pb2_grpc.WebhooksStub(channel)  # type: ignore[no-untyped-call]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """What a receiver does: the snippet in webhooks.proto."""
    msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
    if abs(time.time() - int(timestamp)) > 300:
        return False  # stale: a replayed request
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
    expected = "v1," + base64.b64encode(digest).decode()
    return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())


def create(stub: webhooks_pb2_grpc.WebhooksStub, url: str, **fields: object) -> W.Webhook:
    webhook = W.Webhook(url=url, secret=str(fields.pop("secret", SECRET)), **fields)  # type: ignore[arg-type]
    return stub.CreateWebhook(W.CreateWebhookRequest(webhook=webhook)).webhook


def deliveries(stub: webhooks_pb2_grpc.WebhooksStub, webhook_id: str, status: int = 0) -> list[W.WebhookDelivery]:
    response = stub.ListWebhookDeliveries(
        W.ListWebhookDeliveriesRequest(webhook_id=webhook_id, status=status, page_size=1000)  # type: ignore[arg-type]
    )
    return list(reversed(response.deliveries))  # oldest first


def wait_deliveries(
    stub: webhooks_pb2_grpc.WebhooksStub,
    webhook_id: str,
    done: Callable[[list[W.WebhookDelivery]], bool],
    timeout: float = 20.0,
) -> list[W.WebhookDelivery]:
    deadline = time.monotonic() + timeout
    while True:
        got = deliveries(stub, webhook_id)
        if done(got):
            return got
        assert time.monotonic() < deadline, [(d.revision, d.status, d.attempt_count, d.last_error) for d in got]
        time.sleep(0.05)


def error_of(call: Callable[[], object]) -> RegistryError:
    with pytest.raises(grpc.RpcError) as caught:
        call()
    return from_rpc_error(caught.value)


def firsts(requests: list[Request], path: str = "/hook") -> list[int]:
    """The revision of each event the receiver accepted at `path`, in the order it first accepted them."""
    seen: list[int] = []
    for r in requests:
        if r.path == path and r.ok and r.json["revision"] not in seen:
            seen.append(r.json["revision"])
    return seen


# ----- signatures and payloads ------------------------------------------------------------------------


def test_a_delivery_is_signed_so_a_receiver_can_verify_it(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    hook = create(hooks, receiver.url(), event_types=[E.EVENT_TYPE_MODEL_CREATED])
    registry.create_model("fraud", description="scores card payments", tags={"team": "risk"})

    [request] = receiver.wait_for(lambda rs: len(rs) == 1)
    assert verify(SECRET, request.headers, request.body)
    assert not verify(SECRET, request.headers, request.body.replace(b"fraud", b"fraux"))  # tampered
    assert not verify("another-secret-0123456789", request.headers, request.body)
    assert request.headers["webhook-id"].startswith("dlv_")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("regserver/")

    body = request.json
    assert body["id"] == f"evt_{body['revision']}"
    assert (body["type"], body["model_name"], body["version"], body["alias"]) == ("MODEL_CREATED", "fraud", None, None)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", body["time"])
    model = json_format.ParseDict(body["resource"], model_pb2.RegisteredModel())
    assert (model.name, model.description, dict(model.tags)) == ("fraud", "scores card payments", {"team": "risk"})

    [delivery] = wait_deliveries(hooks, hook.id, lambda ds: len(ds) == 1 and ds[0].status == SUCCEEDED)
    assert delivery.id == request.headers["webhook-id"]
    assert (delivery.revision, delivery.event_type, delivery.model_name) == (
        body["revision"],
        E.EVENT_TYPE_MODEL_CREATED,
        "fraud",
    )
    [attempt] = delivery.attempts
    assert (attempt.number, attempt.http_status, attempt.error, attempt.succeeded) == (1, 200, "", True)


def test_version_and_alias_events_carry_the_version(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    create(hooks, receiver.url(), event_types=[E.EVENT_TYPE_ALIAS_SET])
    registry.create_model("m")
    registry.create_version("m", metrics={"auc": 0.9})
    registry.create_version("m")
    registry.set_alias("m", "champion", 1)
    registry.set_alias("m", "champion", 2)
    first, second = (r.json for r in receiver.wait_for(lambda rs: len(rs) == 2))
    assert (first["alias"], first["version"], first["previous_version"]) == ("champion", 1, 0)
    assert (second["alias"], second["version"], second["previous_version"]) == ("champion", 2, 1)
    version = json_format.ParseDict(second["resource"], model_pb2.ModelVersion())
    assert (version.model_name, version.version, list(version.aliases)) == ("m", 2, ["champion"])


# ----- filters -----------------------------------------------------------------------------------------


def test_only_matching_events_are_delivered(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    create(
        hooks,
        receiver.url("/fraud"),
        event_types=[E.EVENT_TYPE_VERSION_CREATED, E.EVENT_TYPE_ALIAS_SET],
        model_name_prefix="fraud-",
    )
    create(hooks, receiver.url("/other"), model_names=["other"])
    for name in ("fraud-a", "other", "zzz"):
        registry.create_model(name)
        registry.create_version(name)
        registry.set_alias(name, "champion", 1)
    registry.rename_model("other", "other-2")  # matches by its old name
    registry.create_version("other-2")  # matches neither
    registry.set_alias("fraud-a", "challenger", 1)  # the last event the first webhook gets

    def got(rs: list[Request], path: str) -> list[tuple[str, str]]:
        return [(r.json["type"], r.json["model_name"]) for r in rs if r.path == path]

    requests = receiver.wait_for(lambda rs: len(got(rs, "/fraud")) == 3 and len(got(rs, "/other")) == 4)
    time.sleep(0.3)  # nothing else arrives
    assert got(receiver.requests, "/fraud") == [
        ("VERSION_CREATED", "fraud-a"),
        ("ALIAS_SET", "fraud-a"),
        ("ALIAS_SET", "fraud-a"),
    ]
    assert got(requests, "/other") == [
        ("MODEL_CREATED", "other"),
        ("VERSION_CREATED", "other"),
        ("ALIAS_SET", "other"),
        ("MODEL_RENAMED", "other-2"),
    ]
    assert len(receiver.requests) == 7


# ----- retries, dead letters, redelivery ---------------------------------------------------------------


def test_a_500_then_a_429_are_retried_honouring_retry_after(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    hook = create(hooks, receiver.url())
    receiver.answer(500, (429, {"Retry-After": "1"}))
    registry.create_model("m")

    requests = receiver.wait_for(lambda rs: len(rs) == 3)
    assert [r.status for r in requests] == [500, 429, 200]
    assert len({r.headers["webhook-id"] for r in requests}) == 1  # one delivery, attempted three times
    assert len({r.body for r in requests}) == 1
    assert all(verify(SECRET, r.headers, r.body) for r in requests)
    assert requests[2].arrived - requests[1].arrived >= 0.95  # Retry-After: 1, not the 0.05 s backoff

    [delivery] = wait_deliveries(hooks, hook.id, lambda ds: len(ds) == 1 and ds[0].status == SUCCEEDED)
    assert delivery.attempt_count == 3
    assert [(a.number, a.http_status, a.succeeded) for a in delivery.attempts] == [
        (1, 500, False),
        (2, 429, False),
        (3, 200, True),
    ]
    assert delivery.attempts[0].error.startswith("HTTP 500")
    assert delivery.last_error == ""


def test_a_4xx_fails_at_once_and_is_listed_then_redelivered(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    hook = create(hooks, receiver.url())
    receiver.answer(400)
    registry.create_model("m")  # answered 400: FAILED, no retry
    registry.create_version("m")  # the queue moves on past the dead letter

    wait_deliveries(hooks, hook.id, lambda ds: [d.status for d in ds] == [FAILED, SUCCEEDED])
    [failed] = deliveries(hooks, hook.id, FAILED)
    assert (failed.event_type, failed.attempt_count) == (E.EVENT_TYPE_MODEL_CREATED, 1)
    assert [a.http_status for a in failed.attempts] == [400]
    assert failed.last_error.startswith("HTTP 400") and not failed.HasField("next_attempt_time")
    assert [d.event_type for d in deliveries(hooks, hook.id, SUCCEEDED)] == [E.EVENT_TYPE_VERSION_CREATED]

    again = hooks.RedeliverWebhookDelivery(W.RedeliverWebhookDeliveryRequest(id=failed.id)).delivery
    assert again.status in (PENDING, SUCCEEDED)
    delivered = wait_deliveries(hooks, hook.id, lambda ds: [d.status for d in ds] == [SUCCEEDED, SUCCEEDED])
    assert [a.http_status for a in delivered[0].attempts] == [400, 200]
    requests = receiver.requests
    assert [r.headers["webhook-id"] for r in requests if r.json["type"] == "MODEL_CREATED"] == [failed.id] * 2

    missing = error_of(lambda: hooks.RedeliverWebhookDelivery(W.RedeliverWebhookDeliveryRequest(id="dlv_nope")))
    assert (missing.code, missing.reason) == (grpc.StatusCode.NOT_FOUND, "WEBHOOK_DELIVERY_NOT_FOUND")


def test_a_delivery_out_of_attempts_is_failed(hooks_settings: Callable[..., Settings], receiver: Receiver) -> None:
    with (
        ServerThread(hooks_settings(webhook_max_attempts=3)) as running,
        Registry(running.target) as registry,
        grpc.insecure_channel(running.target) as channel,
    ):
        stub = webhooks_pb2_grpc.WebhooksStub(channel)  # type: ignore[no-untyped-call]
        hook = create(stub, receiver.url())
        receiver.default = 503
        registry.create_model("m")
        [delivery] = wait_deliveries(stub, hook.id, lambda ds: len(ds) == 1 and ds[0].status == FAILED)
    assert [a.http_status for a in delivery.attempts] == [503, 503, 503]
    assert "gave up after 3 attempts" in delivery.last_error


@pytest.fixture
def hooks_settings(settings: Settings) -> Callable[..., Settings]:
    return lambda **changes: dataclasses.replace(settings, **changes)


# ----- order ---------------------------------------------------------------------------------------------


def test_each_webhooks_deliveries_arrive_in_revision_order(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver, server: ServerThread
) -> None:
    create(hooks, receiver.url("/a"))
    create(hooks, receiver.url("/b"), event_types=[E.EVENT_TYPE_VERSION_CREATED])
    receiver.answer(*[200, 503, 200, 200, 500] * 12)  # failures scattered over both webhooks
    for i in range(4):
        registry.create_model(f"m{i}")

    def write(i: int) -> None:
        with Registry(server.target, options=[("grpc.use_local_subchannel_pool", 1)]) as client:
            for _ in range(5):
                client.create_version(f"m{i}")

    writers = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    requests = receiver.wait_for(lambda rs: len(firsts(rs, "/a")) == 24 and len(firsts(rs, "/b")) == 20)
    for path, count in (("/a", 24), ("/b", 20)):
        revisions = [r.json["revision"] for r in requests if r.path == path]
        # Retries repeat a revision; a later event is never sent before an earlier one succeeded.
        assert revisions == sorted(revisions), (path, revisions)
        accepted = firsts(requests, path)
        assert len(accepted) == count and accepted == sorted(accepted)
    assert any(not r.ok for r in requests)


# ----- TestWebhook -------------------------------------------------------------------------------------


def test_test_webhook_sends_a_signed_ping_and_returns_the_attempt(
    hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    hook = create(hooks, receiver.url())
    attempt = hooks.TestWebhook(W.TestWebhookRequest(id=hook.id)).attempt
    assert (attempt.number, attempt.http_status, attempt.error, attempt.succeeded) == (1, 200, "", True)
    assert attempt.HasField("start_time") and attempt.HasField("duration")
    [ping] = receiver.requests
    assert verify(SECRET, ping.headers, ping.body)
    assert ping.headers["webhook-id"].startswith("ping_")
    assert (ping.json["type"], ping.json["resource"]) == ("PING", {"webhook_id": hook.id})

    receiver.answer(500)
    failed = hooks.TestWebhook(W.TestWebhookRequest(id=hook.id)).attempt
    assert (failed.http_status, failed.succeeded) == (500, False) and failed.error.startswith("HTTP 500")

    with socket.socket() as s:
        # Bound but not listening: connections are refused, and no other process can take the port meanwhile.
        s.bind(("127.0.0.1", 0))
        hooks.UpdateWebhook(
            W.UpdateWebhookRequest(
                webhook=W.Webhook(id=hook.id, url=f"http://127.0.0.1:{s.getsockname()[1]}/"),
                update_mask=field_mask_pb2.FieldMask(paths=["url"]),
            )
        )
        refused = hooks.TestWebhook(W.TestWebhookRequest(id=hook.id)).attempt
    assert (refused.http_status, refused.succeeded) == (0, False) and "connect" in refused.error.lower()
    assert deliveries(hooks, hook.id) == []  # pings are not recorded


# ----- the resource ------------------------------------------------------------------------------------


def test_create_get_list_update_and_delete(
    registry: Registry, hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    request = W.CreateWebhookRequest(
        webhook=W.Webhook(url=receiver.url(), secret=SECRET, description="ci"), request_id="req-1"
    )
    hook = hooks.CreateWebhook(request).webhook
    assert re.fullmatch(r"wh_[0-9a-f]{32}", hook.id)
    assert (hook.secret, hook.has_secret, hook.secret_hint, hook.enabled) == ("", True, SECRET[-4:], True)
    assert hooks.CreateWebhook(request).webhook.id == hook.id  # a retry creates nothing
    assert hooks.GetWebhook(W.GetWebhookRequest(id=hook.id)).webhook == hook
    others = [create(hooks, receiver.url(f"/{i}"), enabled=False) for i in range(2)]
    assert not others[0].enabled

    seen, token = [], ""
    while True:
        page = hooks.ListWebhooks(W.ListWebhooksRequest(page_size=1, page_token=token))
        seen += [w.id for w in page.webhooks]
        token = page.next_page_token
        if not token:
            break
    assert seen == [hook.id, *(o.id for o in others)]

    # Disabled: events are skipped; enabled again: later events arrive.
    disabled = hooks.UpdateWebhook(
        W.UpdateWebhookRequest(
            webhook=W.Webhook(id=hook.id, etag=hook.etag, description="paused"),
            update_mask=field_mask_pb2.FieldMask(paths=["enabled", "description"]),
        )
    ).webhook
    assert (disabled.enabled, disabled.description) == (False, "paused") and disabled.etag != hook.etag
    registry.create_model("while-disabled")
    stale = error_of(
        lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id=hook.id, etag=hook.etag, enabled=True)))
    )
    assert (stale.code, stale.reason) == (grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id=hook.id, enabled=True)))  # no mask: what is set
    registry.create_model("after")
    [request_] = receiver.wait_for(lambda rs: len(rs) == 1)
    assert request_.json["model_name"] == "after"

    rotated = "rotated-secret-0123456789"
    hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id=hook.id, secret=rotated)))
    registry.create_model("rotated")
    signed = receiver.wait_for(lambda rs: len(rs) == 2)[1]
    assert verify(rotated, signed.headers, signed.body) and not verify(SECRET, signed.headers, signed.body)

    hooks.DeleteWebhook(W.DeleteWebhookRequest(id=hook.id))
    gone = error_of(lambda: hooks.GetWebhook(W.GetWebhookRequest(id=hook.id)))
    assert (gone.code, gone.reason, gone.metadata["webhook_id"]) == (
        grpc.StatusCode.NOT_FOUND,
        "WEBHOOK_NOT_FOUND",
        hook.id,
    )
    assert error_of(lambda: deliveries(hooks, hook.id)).reason == "WEBHOOK_NOT_FOUND"


def _create_request(**fields: object) -> W.CreateWebhookRequest:
    webhook = {"url": "http://127.0.0.1:9/hook", "secret": SECRET, **fields}
    return W.CreateWebhookRequest(webhook=W.Webhook(**webhook))  # type: ignore[arg-type]


BAD_CREATES = [
    (_create_request(url=""), "webhook.url"),
    (_create_request(url="not a url"), "webhook.url"),
    (_create_request(url="ftp://127.0.0.1/hook"), "webhook.url"),
    (_create_request(url="127.0.0.1/hook"), "webhook.url"),
    (_create_request(url="http:///hook"), "webhook.url"),
    (_create_request(url="http://127.0.0.1:99999/hook"), "webhook.url"),
    (_create_request(url="http://user:pw@127.0.0.1/hook"), "webhook.url"),
    (_create_request(url="https://example.com/hook"), "webhook.url"),  # not on the allow-list
    (_create_request(event_types=[99]), "webhook.event_types[0]"),
    (_create_request(event_types=[E.EVENT_TYPE_ALIAS_SET, E.EVENT_TYPE_UNSPECIFIED]), "webhook.event_types[1]"),
    (_create_request(secret=""), "webhook.secret"),
    (_create_request(secret="short"), "webhook.secret"),
    (_create_request(model_names=["ok", "bad name"]), "webhook.model_names[1]"),
    (_create_request(model_name_prefix="-x"), "webhook.model_name_prefix"),
    (_create_request(description="\x00"), "webhook.description"),
]


def test_bad_input_is_invalid_argument_naming_the_field(
    hooks: webhooks_pb2_grpc.WebhooksStub, receiver: Receiver
) -> None:
    for request, field in BAD_CREATES:
        error = error_of(lambda request=request: hooks.CreateWebhook(request))  # type: ignore[misc]
        assert (error.code, error.reason, error.metadata.get("field")) == (
            grpc.StatusCode.INVALID_ARGUMENT,
            "INVALID_FIELD",
            field,
        ), request
        assert field.split("[")[0].removeprefix("webhook.") in error.message, error.message
    assert list(hooks.ListWebhooks(W.ListWebhooksRequest()).webhooks) == []  # nothing was created

    hook = create(hooks, receiver.url())
    cases: list[tuple[Callable[[], object], grpc.StatusCode, str, str]] = [
        (lambda: hooks.GetWebhook(W.GetWebhookRequest(id="wh_nope")), grpc.StatusCode.NOT_FOUND,
         "WEBHOOK_NOT_FOUND", ""),
        (lambda: hooks.TestWebhook(W.TestWebhookRequest(id="wh_nope")), grpc.StatusCode.NOT_FOUND,
         "WEBHOOK_NOT_FOUND", ""),
        (lambda: hooks.DeleteWebhook(W.DeleteWebhookRequest(id=hook.id, etag="r0")), grpc.StatusCode.ABORTED,
         "ETAG_MISMATCH", ""),
        (lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id=hook.id, url="gopher://x"))),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD", "webhook.url"),
        (lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(
            webhook=W.Webhook(id=hook.id), update_mask=field_mask_pb2.FieldMask(paths=["secret"]))),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD", "webhook.secret"),
        (lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(
            webhook=W.Webhook(id=hook.id), update_mask=field_mask_pb2.FieldMask(paths=["has_secret"]))),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_UPDATE_MASK", "update_mask"),
        (lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id=hook.id))),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_UPDATE_MASK", "update_mask"),
        (lambda: hooks.UpdateWebhook(W.UpdateWebhookRequest(webhook=W.Webhook(id="wh_nope", description="x"))),
         grpc.StatusCode.NOT_FOUND, "WEBHOOK_NOT_FOUND", ""),
        (lambda: hooks.ListWebhooks(W.ListWebhooksRequest(page_token="garbage")),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "page_token"),
        (lambda: hooks.ListWebhookDeliveries(W.ListWebhookDeliveriesRequest(status=99)),  # type: ignore[arg-type]
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD", "status"),
        (lambda: hooks.ListWebhookDeliveries(W.ListWebhookDeliveriesRequest(page_size=-1)),
         grpc.StatusCode.INVALID_ARGUMENT, "INVALID_FIELD", "page_size"),
    ]  # fmt: skip
    for call, code, reason, field in cases:
        error = error_of(call)
        assert (error.code, error.reason, error.metadata.get("field", "")) == (code, reason, field), error


# ----- crashes and replicas ----------------------------------------------------------------------------


def _spawn(database_url: str, data_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGSERVER_")}
    flags = [f"--{k.replace('_', '-')}={v}" for k, v in FAST_RETRIES.items()]
    process = subprocess.Popen(
        [sys.executable, "-m", "regserver", "serve", "--port", "0", "--http-port", "0", "--data-dir", str(data_dir),
         "--database-url", database_url, "--webhook-max-attempts", "10000", *flags],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip
    assert process.stderr is not None
    for line in process.stderr:
        match = re.search(r"listening on [\d.]+:(\d+)", line)
        if match:
            threading.Thread(target=lambda: process.stderr.read(), daemon=True).start()  # type: ignore[union-attr]
            return process, f"127.0.0.1:{match.group(1)}"
    raise AssertionError(f"regserver did not start: exit {process.wait()}")


def test_a_server_killed_with_deliveries_pending_delivers_every_event_after_a_restart(
    database_url: str, tmp_path: Path, receiver: Receiver
) -> None:
    receiver.default = 503  # the receiver is down for now
    first, target = _spawn(database_url, tmp_path / "data")
    try:
        with grpc.insecure_channel(target) as channel, Registry(target) as registry:
            stub = webhooks_pb2_grpc.WebhooksStub(channel)  # type: ignore[no-untyped-call]
            hook = create(stub, receiver.url())
            registry.create_model("m")
            for _ in range(9):
                registry.create_version("m")
            queued = wait_deliveries(stub, hook.id, lambda ds: len(ds) == 10)
            receiver.wait_for(lambda rs: len(rs) >= 5)  # being retried
    finally:
        first.kill()  # SIGKILL: no chance to clean up
        first.wait(10)
    assert all(d.status == PENDING for d in queued)
    expected = [d.revision for d in queued]
    assert expected == list(range(expected[0], expected[0] + 10))

    receiver.default = 200
    second, target = _spawn(database_url, tmp_path / "data")
    try:
        with grpc.insecure_channel(target) as channel, Registry(target) as registry:
            stub = webhooks_pb2_grpc.WebhooksStub(channel)  # type: ignore[no-untyped-call]
            registry.create_version("m")  # and one made after the restart
            expected.append(expected[-1] + 1)
            requests = receiver.wait_for(lambda rs: len(firsts(rs)) == 11, timeout=40)
            done = wait_deliveries(stub, hook.id, lambda ds: len(ds) == 11 and all(d.status == SUCCEEDED for d in ds))
    finally:
        second.terminate()
        second.wait(10)
    assert firsts(requests) == expected  # every event, in order
    assert [d.revision for d in done] == expected
    assert all(verify(SECRET, r.headers, r.body) for r in requests)


def test_with_two_replicas_each_delivery_is_made_once(
    postgres: PostgresServer, tmp_path: Path, receiver: Receiver
) -> None:
    url = postgres.create_database()
    replica = Settings(
        port=0, metrics_port=0, http_port=0, database_url=url, shutdown_grace_seconds=1.0, **FAST_RETRIES
    )  # type: ignore[arg-type]
    with (
        ServerThread(dataclasses.replace(replica, data_dir=str(tmp_path / "a"))) as a,
        ServerThread(dataclasses.replace(replica, data_dir=str(tmp_path / "b"))) as b,
        grpc.insecure_channel(a.target) as channel,
        Registry(b.target) as writer,
    ):
        stub = webhooks_pb2_grpc.WebhooksStub(channel)  # type: ignore[no-untyped-call]
        hook = create(stub, receiver.url())
        writer.create_model("shared")
        for _ in range(29):
            writer.create_version("shared")
        requests = receiver.wait_for(lambda rs: len(firsts(rs)) == 30)
        time.sleep(0.5)
        done = deliveries(stub, hook.id)
    revisions = [r.json["revision"] for r in receiver.requests]
    assert revisions == sorted(set(revisions)) and len(revisions) == 30, revisions  # once each, in order
    assert [(d.status, d.attempt_count) for d in done] == [(SUCCEEDED, 1)] * 30
    assert len(requests) == 30


# ----- the rules, without a server ---------------------------------------------------------------------


def test_the_retry_policy() -> None:
    policy = RetryPolicy(max_attempts=4, base_seconds=1.0, cap_seconds=5.0)
    rng = random.Random(1)

    def decide(result: SendResult, attempts: int = 1) -> tuple[DeliveryStatus, float | None]:
        status, next_time, _ = policy.decide(result, attempts, 0, rng)
        return status, None if next_time is None else next_time / 1_000_000

    assert decide(SendResult(0, 1, 204)) == (DeliveryStatus.SUCCEEDED, None)
    for permanent in (SendResult(0, 1, 400), SendResult(0, 1, 410), SendResult(0, 1, 302), SendResult(0, 1, 101)):
        assert decide(permanent) == (DeliveryStatus.FAILED, None), permanent
    assert decide(SendResult(0, 1, error="host not allowed", permanent=True))[0] == DeliveryStatus.FAILED
    for transient in (SendResult(0, 1, 500), SendResult(0, 1, 503), SendResult(0, 1, 429), SendResult(0, 1, error="x")):
        status, delay = decide(transient)
        assert status == DeliveryStatus.PENDING and delay is not None and 0.5 <= delay <= 1.0, transient
    delays = [decide(SendResult(0, 1, 500), attempts)[1] for attempts in (1, 2, 3)]
    assert [d is not None and b / 2 <= d <= b for d, b in zip(delays, (1, 2, 4), strict=True)] == [True] * 3
    assert policy.delay(30, None, rng) <= 5.0  # capped
    assert decide(SendResult(0, 1, 500), attempts=4)[0] == DeliveryStatus.FAILED  # out of attempts
    assert decide(SendResult(0, 1, 429, retry_after=42.0))[1] == 42.0  # Retry-After wins over the backoff
    assert decide(SendResult(0, 1, 503, retry_after=86400.0))[1] == 3600.0  # but at most an hour


def test_the_allow_list() -> None:
    anything = AllowedHosts.parse("*")
    assert anything.allows("example.com") and anything.allows("10.1.2.3")
    some = AllowedHosts.parse(" hooks.example.com, 127.0.0.1 ,::1, *.ci.example.org ")
    assert some.allows("HOOKS.example.com.") and some.allows("127.0.0.1") and some.allows("[::1]")
    assert some.allows("a.ci.example.org") and some.allows("b.a.ci.example.org")
    assert not some.allows("ci.example.org") and not some.allows("example.com") and not some.allows("127.0.0.2")
    for bad in ("", " , ", "exa*mple.com", "10.0.0.0/8"):
        with pytest.raises(ValueError):
            AllowedHosts.parse(bad)


def test_the_signature_is_the_standard_webhooks_one() -> None:
    body = b'{"id":"evt_1"}'
    signature = sign("whsec-test-0123456789", "dlv_1", 1_700_000_000, body)
    mac = hmac.new(b"whsec-test-0123456789", b'dlv_1.1700000000.{"id":"evt_1"}', hashlib.sha256).digest()
    assert signature == "v1," + base64.b64encode(mac).decode()
