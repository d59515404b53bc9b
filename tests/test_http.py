"""The HTTP front door, as a browser or curl would use it: every regserver.v1 RPC over the Connect
protocol on --http-port, through the same handlers, auth, audit and metrics as gRPC, on SQLite and
PostgreSQL; and what bad or abandoned HTTP requests get (a clear 4xx, never a 500 or a dead process).
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import random
import re
import struct
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from google.rpc import error_details_pb2
from regserver_client import Registry
from regserver_client.errors import PermissionDenied
from regserver_client.v1 import artifacts_pb2, events_pb2, model_registry_pb2

from regserver.config import Settings
from tests.support.process import Spawn, clean_env, run_cli
from tests.support.server import ServerThread
from tests.test_auth import secured, token_for  # noqa: F401  (secured is a fixture)

MR = "/regserver.v1.ModelRegistry/"
HTTP = re.compile(r"web UI and HTTP API on (http://[\d.]+:\d+)/")
METRICS = re.compile(r"metrics on (http://[\d.]+:\d+/metrics)")


@pytest.fixture
def http(server: ServerThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.http_url, timeout=30) as client:
        yield client


def post(client: httpx.Client, method: str, body: dict[str, Any], **headers: str) -> httpx.Response:
    return client.post(method, content=json.dumps(body), headers={"Content-Type": "application/json", **headers})


def error_info(response: httpx.Response) -> error_details_pb2.ErrorInfo:
    [detail] = response.json()["details"]
    assert detail["type"] == "google.rpc.ErrorInfo"
    value = detail["value"]
    return error_details_pb2.ErrorInfo.FromString(base64.b64decode(value + "=" * (-len(value) % 4)))


def envelopes(raw: bytes) -> list[tuple[int, bytes]]:
    out, at = [], 0
    while at < len(raw):
        flags, length = struct.unpack_from(">BI", raw, at)
        out.append((flags, raw[at + 5 : at + 5 + length]))
        at += 5 + length
    return out


def enveloped(payload: bytes) -> bytes:
    return struct.pack(">BI", 0, len(payload)) + payload


# ----- the same registry through both doors ------------------------------------------------------


def test_unary_calls_in_json_and_protobuf_reach_the_same_registry(
    server: ServerThread, http: httpx.Client, registry: Registry
) -> None:
    created = post(
        http, MR + "CreateRegisteredModel",
        {"registeredModel": {"name": "fraud", "description": "card fraud", "tags": {"team": "risk"}}},
        **{"x-request-id": "http-demo-1"},
    )  # fmt: skip
    assert created.status_code == 200, created.text
    assert created.headers["content-type"] == "application/json"
    assert created.json()["registeredModel"]["name"] == "fraud"
    assert created.headers["trailer-x-request-id"] == "http-demo-1"
    # What the browser made, the gRPC SDK sees; and the reverse.
    assert registry.get_model("fraud").tags["team"] == "risk"
    registry.create_version("fraud", description="first")
    request = model_registry_pb2.GetModelVersionRequest(model_name="fraud", version=1)
    got = http.post(
        MR + "GetModelVersion", content=request.SerializeToString(), headers={"Content-Type": "application/proto"}
    )
    assert got.status_code == 200 and got.headers["content-type"] == "application/proto"
    version = model_registry_pb2.GetModelVersionResponse.FromString(got.content).model_version
    assert (version.version, version.description) == (1, "first")
    listed = post(http, MR + "ListRegisteredModels", {"filter": "tags.team = 'risk'"}).json()
    assert [m["name"] for m in listed["registeredModels"]] == ["fraud"]


def test_errors_come_back_in_connects_shape_with_the_status_details(http: httpx.Client) -> None:
    missing = post(http, MR + "GetRegisteredModel", {"name": "nope"})
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found" and "nope" in missing.json()["message"]
    assert error_info(missing).reason == "MODEL_NOT_FOUND"
    assert len(missing.headers["trailer-x-request-id"]) == 32

    bad_name = post(http, MR + "CreateRegisteredModel", {"registeredModel": {"name": "no spaces"}})
    assert bad_name.status_code == 400 and bad_name.json()["code"] == "invalid_argument"
    assert error_info(bad_name).metadata["field"] == "registered_model.name"

    post(http, MR + "CreateRegisteredModel", {"registeredModel": {"name": "taken"}})
    taken = post(http, MR + "CreateRegisteredModel", {"registeredModel": {"name": "taken"}})
    assert taken.status_code == 409 and taken.json()["code"] == "already_exists"


def test_tokens_roles_and_the_audit_trail_hold_over_http(
    secured: tuple[ServerThread, str],  # noqa: F811
) -> None:
    server, admin_secret = secured
    with Registry(server.target, token=admin_secret) as admin, httpx.Client(base_url=server.http_url) as http:
        viewer = token_for(admin, "vic", "viewer")
        anonymous = post(http, MR + "ListRegisteredModels", {})
        assert anonymous.status_code == 401 and anonymous.json()["code"] == "unauthenticated"
        assert error_info(anonymous).reason == "TOKEN_MISSING"

        made = post(
            http, MR + "CreateRegisteredModel", {"registeredModel": {"name": "fraud"}},
            Authorization=f"Bearer {admin_secret}",
        )  # fmt: skip
        assert made.status_code == 200, made.text
        assert [m["name"] for m in post(http, MR + "ListRegisteredModels", {}, Authorization=f"Bearer {viewer}")
                .json()["registeredModels"]] == ["fraud"]  # fmt: skip
        denied = post(http, MR + "DeleteRegisteredModel", {"name": "fraud"}, Authorization=f"Bearer {viewer}")
        assert denied.status_code == 403 and denied.json()["code"] == "permission_denied"
        with Registry(server.target, token=viewer) as grpc_viewer, pytest.raises(PermissionDenied):
            grpc_viewer.delete_model("fraud")  # the same rule through the other door

        records = list(admin.list_audit_records(model_name="fraud"))
        assert [(r.principal, r.method, r.code) for r in records] == [
            ("root", MR + "CreateRegisteredModel", "OK"),
            ("vic", MR + "DeleteRegisteredModel", "PERMISSION_DENIED"),
            ("vic", MR + "DeleteRegisteredModel", "PERMISSION_DENIED"),
        ]


# ----- server streams ----------------------------------------------------------------------------


def test_watch_streams_events_as_they_happen(server: ServerThread, registry: Registry) -> None:
    registry.create_model("fraud")
    registry.create_version("fraud")  # READY with no files
    received: list[dict[str, Any]] = []
    opened = threading.Event()

    def watch() -> None:
        body = enveloped(json.dumps({"modelNames": ["fraud"], "eventTypes": ["EVENT_TYPE_ALIAS_SET"]}).encode())
        with httpx.Client(base_url=server.http_url, timeout=30) as http, http.stream(
            "POST", "/regserver.v1.EventService/Watch", content=body,
            headers={"Content-Type": "application/connect+json", "Connect-Protocol-Version": "1"},
        ) as stream:  # fmt: skip
            assert stream.status_code == 200
            assert stream.headers["content-type"] == "application/connect+json"
            opened.set()
            buffer = b""
            for chunk in stream.iter_raw():
                buffer += chunk
                while len(buffer) >= 5:
                    flags, length = struct.unpack_from(">BI", buffer)
                    if len(buffer) < 5 + length:
                        break
                    received.append({"flags": flags, **json.loads(buffer[5 : 5 + length])})
                    buffer = buffer[5 + length :]
                    if any("event" in m for m in received):
                        return

    reader = threading.Thread(target=watch)
    reader.start()
    assert opened.wait(10)
    time.sleep(0.3)  # the stream is registered with the hub once its first read is pending
    registry.set_alias("fraud", "champion", 1)
    reader.join(15)
    assert not reader.is_alive(), f"no event within 15 s: {received}"
    [event] = [m["event"] for m in received if "event" in m]
    assert event["type"] == "EVENT_TYPE_ALIAS_SET" and event["modelName"] == "fraud"
    assert event["alias"] == "champion" and int(event["revision"]) > 0


def test_read_blob_streams_the_files_bytes_in_protobuf(
    server: ServerThread, registry: Registry, tmp_path: Path
) -> None:
    data = os.urandom(3 << 20)
    (tmp_path / "model.bin").write_bytes(data)
    registry.create_model("fraud")
    registry.upload_version("fraud", tmp_path / "model.bin")
    digest = artifacts_pb2.Digest(hash=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    request = artifacts_pb2.ReadBlobRequest(digest=digest, read_offset=1000)
    got = httpx.post(
        server.http_url + "/regserver.v1.ArtifactStore/ReadBlob",
        content=enveloped(request.SerializeToString()),
        headers={"Content-Type": "application/connect+proto"}, timeout=30,
    )  # fmt: skip
    assert got.status_code == 200
    frames = envelopes(got.content)
    *messages, (end_flags, end) = frames
    assert end_flags == 2 and "error" not in json.loads(end)
    [request_id] = json.loads(end)["metadata"]["x-request-id"]
    assert len(request_id) == 32
    body = b"".join(artifacts_pb2.ReadBlobResponse.FromString(m).data for f, m in messages)
    assert len(messages) > 1 and body == data[1000:]

    missing = artifacts_pb2.ReadBlobRequest(digest=artifacts_pb2.Digest(hash="0" * 64, size_bytes=1))
    gone = httpx.post(
        server.http_url + "/regserver.v1.ArtifactStore/ReadBlob",
        content=enveloped(missing.SerializeToString()), headers={"Content-Type": "application/connect+proto"},
    )  # fmt: skip
    [(flags, end)] = envelopes(gone.content)
    assert gone.status_code == 200 and flags == 2 and json.loads(end)["error"]["code"] == "not_found"


# ----- what bad requests get ---------------------------------------------------------------------


def test_bad_requests_get_a_clear_4xx_and_nothing_is_written(http: httpx.Client, registry: Registry) -> None:
    def refused(response: httpx.Response, status: int, code: str, words: str) -> None:
        assert response.status_code == status, response.text
        assert response.json()["code"] == code and words in response.json()["message"], response.text

    create = MR + "CreateRegisteredModel"
    refused(http.post(create, content=b"{not json", headers={"Content-Type": "application/json"}),
            400, "invalid_argument", "not a valid CreateRegisteredModel request")  # fmt: skip
    refused(post(http, create, {"registeredModel": {"name": "m", "colour": "red"}}), 400, "invalid_argument", "colour")
    refused(post(http, create, {"registeredModel": {"name": "m", "description": "a\u0000b"}}),
            400, "invalid_argument", "U+0000")  # fmt: skip
    refused(http.post(create, content=b"\xff\xff\xff", headers={"Content-Type": "application/proto"}),
            400, "invalid_argument", "not a valid CreateRegisteredModel request")  # fmt: skip
    refused(http.post(create, content=b"{}", headers={"Content-Type": "text/plain"}), 415, "invalid_argument", "send")
    refused(http.post(create, content=b"{}"), 415, "invalid_argument", "Content-Type")
    refused(http.get(create), 405, "unimplemented", "POST")
    refused(post(http, MR + "NoSuchMethod", {}), 404, "unimplemented", "NoSuchMethod")
    refused(post(http, "/regserver.v1.ArtifactStore/WriteBlob", {}), 501, "unimplemented", "gRPC")
    refused(post(http, create, {}, **{"Connect-Timeout-Ms": "soon"}), 400, "invalid_argument", "Connect-Timeout-Ms")
    refused(post(http, create, {}, **{"Connect-Protocol-Version": "2"}), 400, "invalid_argument", "not 1")
    refused(http.post(create, content=b"x" * (5 << 20), headers={"Content-Type": "application/json"}),
            413, "resource_exhausted", "at most")  # fmt: skip
    bomb = gzip.compress(b" " * (64 << 20))
    refused(http.post(create, content=bomb, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}),
            413, "resource_exhausted", "once decompressed")  # fmt: skip
    not_gzip = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    refused(http.post(create, content=b"not gzip", headers=not_gzip), 400, "invalid_argument", "gzip")
    refused(post(http, create, {}, **{"Content-Encoding": "snappy"}), 415, "unimplemented", "identity or gzip")
    watch = "/regserver.v1.EventService/Watch"
    refused(
        http.post(watch, content=b"{}", headers={"Content-Type": "application/json"}),
        415,
        "invalid_argument",
        "connect+",
    )
    bad_envelope = http.post(watch, content=b"\x00\x00\x00", headers={"Content-Type": "application/connect+json"})
    [(flags, end)] = envelopes(bad_envelope.content)
    assert flags == 2 and json.loads(end)["error"]["code"] == "invalid_argument"
    gzipped = http.post(
        create, content=gzip.compress(json.dumps({"registeredModel": {"name": "zipped"}}).encode()),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )  # fmt: skip
    assert gzipped.status_code == 200
    assert [m.name for m in registry.list_models()] == ["zipped"]


def test_abandoned_http_streams_leave_the_server_alive_and_its_gauges_at_zero(spawn: Spawn, tmp_path: Path) -> None:
    """Clients that hang up on ReadBlob and Watch at random points, at the default log level."""
    server = spawn(["--port", "0", "--data-dir", str(tmp_path), "--metrics-port", "0"], env=clean_env())
    server.wait_listening()
    base = server.wait_for_line(HTTP).group(1)
    metrics_url = server.wait_for_line(METRICS).group(1)
    data = os.urandom(3 << 20)
    (tmp_path / "model.bin").write_bytes(data)
    with Registry(server.target) as registry:
        registry.create_model("fraud")
        registry.upload_version("fraud", tmp_path / "model.bin")
    digest = artifacts_pb2.Digest(hash=hashlib.sha256(data).hexdigest(), size_bytes=len(data))
    # Each stream, and how many messages it sends at once (a Watch then waits for events).
    bodies = [
        ("/regserver.v1.ArtifactStore/ReadBlob", artifacts_pb2.ReadBlobRequest(digest=digest), 2),
        ("/regserver.v1.EventService/Watch", events_pb2.WatchRequest(), 1),
        ("/regserver.v1.EventService/Watch", events_pb2.WatchRequest(send_initial_state=True), 2),
    ]
    rng = random.Random(24)
    for i in range(150):
        path, message, sent = bodies[i % len(bodies)]
        with httpx.Client(base_url=base, timeout=30) as http, http.stream(
            "POST", path, content=enveloped(message.SerializeToString()),
            headers={"Content-Type": "application/connect+proto"},
        ) as stream:  # fmt: skip
            for _ in zip(range(rng.randint(0, sent)), stream.iter_raw(), strict=False):
                pass
            if rng.random() < 0.5:
                time.sleep(rng.random() * 0.01)
        assert server.proc.poll() is None, f"died after {i + 1} hang-ups:\n{server.stderr[-4000:]}"
    deadline = time.monotonic() + 10
    while True:
        text = urllib.request.urlopen(metrics_url, timeout=10).read().decode()
        busy = re.findall(r"^regserver_grpc_server_in_flight\{[^}]*\} ([1-9]\S*)$", text, re.MULTILINE)
        watching = re.search(r"^regserver_watch_streams (\S+)$", text, re.MULTILINE)
        assert watching is not None
        if not busy and float(watching.group(1)) == 0:
            break
        assert time.monotonic() < deadline, f"still in flight 10 s after the hang-ups: {busy}, watch {watching[1]}"
        time.sleep(0.2)
    assert server.proc.poll() is None
    assert "Traceback" not in server.stderr, server.stderr[-4000:]


# ----- the listener ------------------------------------------------------------------------------


def test_http_port_minus_one_turns_the_listener_off(settings: Settings) -> None:
    import dataclasses

    with ServerThread(dataclasses.replace(settings, http_port=-1)) as running:
        assert running.server is not None and running.server.front_door is None and running.server.http_port == 0


def test_a_taken_http_port_stops_start_up_with_a_clear_message(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli(["serve", "--port", "0", "--http-port", str(port), "--data-dir", str(tmp_path / "d")])
    assert result.returncode == 1, result.stderr
    assert f"cannot serve HTTP on 127.0.0.1:{port}" in result.stderr and "--http-port" in result.stderr


def test_the_web_ui_is_served_with_a_strict_policy_and_no_path_escapes(http: httpx.Client) -> None:
    page = http.get("/models/fraud/versions/3")  # any page the UI routes itself
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    [script] = re.findall(r'src="(/assets/[^"]+\.js)"', page.text)
    asset = http.get(script)
    assert asset.status_code == 200 and asset.headers["content-type"].startswith("text/javascript")
    assert "immutable" in asset.headers["cache-control"]
    for escape in ("/assets/..%2F..%2Fserver.py", "/assets/%2e%2e%2fweb_ui.py", "/assets/nope.js", "/assets/.hidden"):
        assert http.get(escape).status_code == 404, escape
