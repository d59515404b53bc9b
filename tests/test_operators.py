"""What operators see: /metrics after real traffic, request ids, logs, TOML config, TLS, schema and backups."""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import sqlite3
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from google.rpc import error_details_pb2, status_pb2
from prometheus_client.parser import text_string_to_metric_families
from regserver_client import NotFound, PermissionDenied, Registry, Unauthenticated, Unavailable
from regserver_client.v1 import access_pb2, artifacts_pb2_grpc, events_pb2, events_pb2_grpc, model_registry_pb2_grpc
from regserver_client.v1 import artifacts_pb2 as A
from regserver_client.v1 import model_registry_pb2 as M

from regserver.config import Settings
from regserver.store.migrate import head_revision
from tests.support.process import LISTENING, Spawn, assert_clean_shutdown, bootstrap_admin, clean_env, run_cli
from tests.support.server import ServerThread

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def scrape(port: int) -> Samples:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
        assert response.status == 200
        text = response.read().decode()
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    """The sample with exactly these labels (0 when absent, as Prometheus would treat a missing series)."""
    return samples.get((name, frozenset(labels.items())), 0.0)


def rpc(samples: Samples, name: str, method: str, **labels: str) -> float:
    service, _, short = method.rpartition(".")
    kind = labels.pop("grpc_type", "unary")
    return value(samples, name, grpc_service=service, grpc_method=short, grpc_type=kind, **labels)


REGISTRY = "regserver.v1.ModelRegistry"
ARTIFACTS = "regserver.v1.ArtifactStore"
EVENTS = "regserver.v1.EventService"


def test_metrics_count_real_traffic(server: ServerThread, registry: Registry, tmp_path: Path) -> None:
    assert server.server is not None
    port = server.server.metrics_port
    assert port > 0
    before = scrape(port)
    assert value(before, "regserver_build_info", version="0.1.0", schema=head_revision()) == 1
    assert value(before, "regserver_schema_info", revision=head_revision()) == 1

    # A Watch held open while the traffic happens; it sees the events.
    channel = grpc.insecure_channel(server.target)
    watch = events_pb2_grpc.EventServiceStub(channel).Watch(events_pb2.WatchRequest(model_names=["fraud"]))  # type: ignore[no-untyped-call]
    first = next(watch)
    assert first.HasField("progress")

    registry.create_model("fraud")
    with pytest.raises(NotFound):
        registry.get_model("no-such-model")
    files = tmp_path / "model"
    files.mkdir()
    payload = bytes(range(256)) * 12_000  # 3,072,000 bytes: three ReadBlob chunks of 1 MiB
    (files / "weights.bin").write_bytes(payload)
    # Over the gRPC streams, whose messages the metrics count (the HTTP data plane's bytes are
    # counted by the artifact byte counters alone; tests/test_data_plane.py covers that path).
    with Registry(server.target, data_plane="grpc") as streams:
        version = streams.upload_version("fraud", files)
        registry.set_alias("fraud", "champion", version.version)
        streams.download("fraud", alias="champion", dest=tmp_path / "out")
    assert (tmp_path / "out" / "weights.bin").read_bytes() == payload
    events = [next(watch) for _ in range(3)]  # model created, version created/ready..., alias set
    assert all(e.HasField("event") for e in events)

    after = scrape(port)
    assert rpc(after, "regserver_grpc_server_handled_total", f"{REGISTRY}.CreateRegisteredModel", grpc_code="OK") == 1
    get = f"{REGISTRY}.GetRegisteredModel"
    assert rpc(after, "regserver_grpc_server_handled_total", get, grpc_code="NOT_FOUND") == 1
    assert rpc(after, "regserver_grpc_server_started_total", f"{REGISTRY}.SetAlias") == 1
    assert rpc(after, "regserver_grpc_server_handling_seconds_count", f"{REGISTRY}.SetAlias") == 1
    # Streams: the server sent the blob in 1 MiB messages and received it in the client's chunks.
    read = f"{ARTIFACTS}.ReadBlob"
    assert rpc(after, "regserver_grpc_server_msg_sent_total", read, grpc_type="server_stream") == 3
    write = f"{ARTIFACTS}.WriteBlob"
    assert rpc(after, "regserver_grpc_server_msg_received_total", write, grpc_type="client_stream") >= 3
    # The Watch is still open: in flight, counted as an open stream, its messages counted.
    watch_labels = {"grpc_type": "server_stream"}
    assert rpc(after, "regserver_grpc_server_in_flight", f"{EVENTS}.Watch", **watch_labels) == 1
    assert value(after, "regserver_watch_streams") == 1
    assert rpc(after, "regserver_grpc_server_msg_sent_total", f"{EVENTS}.Watch", **watch_labels) >= 4
    assert value(after, "regserver_artifact_received_bytes_total") == len(payload)
    assert value(after, "regserver_artifact_sent_bytes_total") == len(payload)
    assert value(after, "regserver_artifact_digest_failures_total", stage="upload") == 0
    assert value(after, "regserver_events_appended_total") >= 4
    assert value(after, "regserver_event_revision") >= 4
    assert value(after, "regserver_db_query_seconds_count", operation="SELECT") > 0
    assert value(after, "regserver_db_pool_size") >= 1
    # No label carries a model name or a digest.
    sha = hashlib.sha256(payload).hexdigest()
    for _, labels in after:
        for _, label in labels:
            assert "fraud" not in label and sha not in label

    watch.cancel()
    channel.close()
    deadline = time.monotonic() + 10
    while value(scrape(port), "regserver_watch_streams") != 0:
        assert time.monotonic() < deadline, "the cancelled Watch is still counted as open"
        time.sleep(0.05)
    done = scrape(port)
    assert rpc(done, "regserver_grpc_server_handled_total", f"{EVENTS}.Watch", grpc_type="server_stream",
               grpc_code="CANCELLED") == 1  # fmt: skip


def test_digest_mismatch_is_counted(server: ServerThread) -> None:
    assert server.server is not None
    data = b"the real bytes"
    wrong = A.Digest(hash=hashlib.sha256(b"other bytes").hexdigest(), size_bytes=len(data))
    with grpc.insecure_channel(server.target) as channel:
        stub = artifacts_pb2_grpc.ArtifactStoreStub(channel)  # type: ignore[no-untyped-call]
        with pytest.raises(grpc.RpcError) as caught:
            stub.WriteBlob(iter([A.WriteBlobRequest(digest=wrong, upload_id="u1", data=data, finish_write=True)]))
    assert caught.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    # The status reaches the client just before the server's handler returns and counts it: wait briefly.
    deadline = time.monotonic() + 2
    while True:
        samples = scrape(server.server.metrics_port)
        handled = rpc(samples, "regserver_grpc_server_handled_total", f"{ARTIFACTS}.WriteBlob",
                      grpc_type="client_stream", grpc_code="INVALID_ARGUMENT")  # fmt: skip
        if handled or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert value(samples, "regserver_artifact_digest_failures_total", stage="upload") == 1
    assert handled == 1


def _trailer(call: grpc.Call | grpc.RpcError, key: str) -> list[str | bytes]:
    return [v for k, v in (call.trailing_metadata() or ()) if k == key]  # type: ignore[union-attr]


def test_request_id_comes_back_in_trailers_also_with_errors(server: ServerThread) -> None:
    with grpc.insecure_channel(server.target) as channel:
        stub = model_registry_pb2_grpc.ModelRegistryStub(channel)  # type: ignore[no-untyped-call]
        _, call = stub.CreateRegisteredModel.with_call(
            M.CreateRegisteredModelRequest(registered_model={"name": "rid"}), metadata=[("x-request-id", "job-42.7")]
        )
        assert _trailer(call, "x-request-id") == ["job-42.7"]
        _, call = stub.GetRegisteredModel.with_call(M.GetRegisteredModelRequest(name="rid"))
        generated = _trailer(call, "x-request-id")
        assert len(generated) == 1 and re.fullmatch(r"[0-9a-f]{32}", str(generated[0]))
        # An unusable id (spaces) is replaced, not echoed.
        _, call = stub.GetRegisteredModel.with_call(
            M.GetRegisteredModelRequest(name="rid"), metadata=[("x-request-id", "two words")]
        )
        assert _trailer(call, "x-request-id") != ["two words"]
        with pytest.raises(grpc.RpcError) as caught:
            stub.GetRegisteredModel(M.GetRegisteredModelRequest(name="missing"), metadata=[("x-request-id", "r-404")])
    error = caught.value
    assert error.code() == grpc.StatusCode.NOT_FOUND  # type: ignore[attr-defined]
    assert _trailer(error, "x-request-id") == ["r-404"]
    # The error's details survive beside the request id.
    [raw] = _trailer(error, "grpc-status-details-bin")
    status = status_pb2.Status.FromString(raw)  # type: ignore[arg-type]
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info) and info.domain == "regserver"


def test_json_logs_have_one_line_per_rpc(spawn: Spawn, tmp_path: Path) -> None:
    process = spawn(["--port", "0", "--data-dir", str(tmp_path / "data"), "--log-format", "json"])
    port = int(process.wait_for_line(re.compile(r"listening on 127\.0\.0\.1:(\d+)")).group(1))
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        stub = model_registry_pb2_grpc.ModelRegistryStub(channel)  # type: ignore[no-untyped-call]
        with pytest.raises(grpc.RpcError):
            stub.GetRegisteredModel(M.GetRegisteredModelRequest(name="absent"), metadata=[("x-request-id", "find-me")])
    line = process.wait_for_line(re.compile(r"find-me"))
    record = json.loads(line.string)
    assert record["logger"] == "regserver.access"
    assert record["method"] == "/regserver.v1.ModelRegistry/GetRegisteredModel"
    assert record["code"] == "NOT_FOUND"
    assert record["request_id"] == "find-me"
    assert record["duration_ms"] >= 0
    assert process.terminate() == 0
    records = [json.loads(text) for text in process.lines]  # every line is JSON
    assert records[-1]["message"] == "stopped"


# -- configuration ------------------------------------------------------------------------------


def test_toml_file_is_overridden_by_environment_and_flags(spawn: Spawn, tmp_path: Path) -> None:
    config = tmp_path / "regserver.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "from-file"}"\nport = 0\nwatch_progress_seconds = 2\nlog_level = "warning"\n'
    )
    # The file alone: its data_dir and log level (warning: no per-RPC lines, but the start-up warning
    # would still show). The environment overrides the log level, a flag overrides the data dir.
    env = clean_env(REGSERVER_CONFIG=str(config), REGSERVER_LOG_LEVEL="info")
    process = spawn(["--data-dir", str(tmp_path / "from-flag")], env=env)
    port = int(process.wait_for_line(LISTENING).group(1))
    with Registry(f"127.0.0.1:{port}") as registry:
        registry.create_model("configured")
    assert (tmp_path / "from-flag" / "regserver.db").exists()
    assert not (tmp_path / "from-file").exists()
    process.wait_for_line(re.compile(r"rpc /regserver.v1.ModelRegistry/CreateRegisteredModel OK"))
    assert_clean_shutdown(process)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("prot = 6000\n", "prot (in "),
        ('port = "6000"\n', "port (in "),
        ("port = [\n", "is not valid TOML"),
        ('log_format = "xml"\n', "log_format: 'xml' is not text or json"),
    ],
)
def test_bad_config_file_stops_start_up_naming_the_setting(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content)
    result = run_cli(["serve", "--config", str(config), "--data-dir", str(tmp_path / "d")])
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("regserver: bad setting") and message in lines[0], result.stderr


def test_listening_beyond_loopback_without_tls_warns(spawn: Spawn, tmp_path: Path) -> None:
    process = spawn(["--host", "0.0.0.0", "--port", "0", "--data-dir", str(tmp_path / "d")])
    process.wait_for_line(re.compile(r"WARNING: listening on 0\.0\.0\.0:0 without TLS"))
    process.wait_for_line(re.compile(r"listening on 0\.0\.0\.0:\d+"))
    assert_clean_shutdown(process)


# -- TLS ------------------------------------------------------------------------------------------


class Pki:
    """A CA, a server certificate for 127.0.0.1/localhost and a client certificate, made for the test."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        now = datetime.datetime.now(datetime.UTC)
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "regserver test CA")])
        self.ca = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )
        self.ca_file = self._write("ca.pem", self.ca.public_bytes(serialization.Encoding.PEM))
        self.server_cert, self.server_key = self.issue("server", server=True)
        self.client_cert, self.client_key = self.issue("client", server=False)

    def _write(self, name: str, data: bytes) -> Path:
        path = self.dir / name
        path.write_bytes(data)
        return path

    def issue(self, name: str, server: bool, dns_names: tuple[str, ...] = ()) -> tuple[Path, Path]:
        import ipaddress

        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        builder = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"regserver test {name}")]))
            .issuer_name(self.ca.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
        )
        if dns_names:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.DNSName(n) for n in dns_names]), critical=False
            )
        if server:
            builder = builder.add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
        cert = builder.sign(self.ca_key, hashes.SHA256())
        key_pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return (
            self._write(f"{name}.pem", cert.public_bytes(serialization.Encoding.PEM)),
            self._write(f"{name}-key.pem", key_pem),
        )


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


def _tls_server(settings: Settings, pki: Pki, mutual: bool) -> ServerThread:
    return ServerThread(
        replace(
            settings,
            tls_cert_file=str(pki.server_cert),
            tls_key_file=str(pki.server_key),
            tls_client_ca_file=str(pki.ca_file) if mutual else "",
        )
    )


def _credentials(pki: Pki, client_cert: bool) -> grpc.ChannelCredentials:
    return grpc.ssl_channel_credentials(
        root_certificates=pki.ca_file.read_bytes(),
        private_key=pki.client_key.read_bytes() if client_cert else None,
        certificate_chain=pki.client_cert.read_bytes() if client_cert else None,
    )


@pytest.fixture
def tls_server(settings: Settings, pki: Pki) -> Iterator[ServerThread]:
    with _tls_server(settings, pki, mutual=False) as running:
        yield running


def test_tls_serves_verified_clients_and_refuses_plaintext(tls_server: ServerThread, pki: Pki) -> None:
    with Registry(f"localhost:{tls_server.port}", credentials=_credentials(pki, False)) as registry:
        assert registry.create_model("over-tls").name == "over-tls"
    with Registry(tls_server.target, credentials=_credentials(pki, False), timeout=5) as registry:
        assert registry.get_model("over-tls").name == "over-tls"  # the certificate names 127.0.0.1 too
    options = [("grpc.use_local_subchannel_pool", 1)]
    with Registry(tls_server.target, timeout=3, options=options) as plaintext, pytest.raises(Unavailable):
        plaintext.get_model("over-tls")


def test_mutual_tls_requires_a_client_certificate_from_the_ca(settings: Settings, pki: Pki) -> None:
    with _tls_server(settings, pki, mutual=True) as running:
        target = f"localhost:{running.port}"
        with Registry(target, credentials=_credentials(pki, True)) as registry:
            assert registry.create_model("mtls").name == "mtls"
        options = [("grpc.use_local_subchannel_pool", 1)]
        anonymous = Registry(target, credentials=_credentials(pki, False), timeout=3, options=options)
        with anonymous, pytest.raises(Unavailable):
            anonymous.get_model("mtls")


def test_the_http_front_door_serves_the_same_tls_and_client_certificates(settings: Settings, pki: Pki) -> None:
    """HTTPS with the gRPC port's certificate; with a client CA, no certificate no call, and the
    certificate names the caller as it does over gRPC."""
    import ssl

    import httpx

    admin_secret = bootstrap_admin(settings)
    ci_cert, ci_key = pki.issue("ci-bot", server=False, dns_names=("ci-bot.example.com",))
    json_body = {"Content-Type": "application/json"}
    who = "/regserver.v1.AccessControl/GetCallerIdentity"
    with _tls_server(replace(settings, auth="required"), pki, mutual=True) as running:
        assert running.server is not None
        url = f"https://localhost:{running.server.http_port}"
        verified = ssl.create_default_context(cafile=str(pki.ca_file))
        with httpx.Client(verify=verified) as http, pytest.raises(httpx.HTTPError):
            http.post(url + who, content=b"{}", headers=json_body)  # no client certificate
        with httpx.Client() as http, pytest.raises(httpx.HTTPError):
            http.post(f"http://localhost:{running.server.http_port}{who}", content=b"{}", headers=json_body)
        verified.load_cert_chain(ci_cert, ci_key)
        with httpx.Client(verify=verified) as http:
            answer = http.post(url + who, content=b"{}", headers=json_body)
            assert answer.status_code == 200 and answer.json()["principal"] == "ci-bot.example.com"
            refused = http.post(
                url + "/regserver.v1.ModelRegistry/CreateRegisteredModel",
                content=json.dumps({"registeredModel": {"name": "from-ci"}}), headers=json_body,
            )  # fmt: skip
            assert refused.status_code == 403 and refused.json()["code"] == "permission_denied"
            as_admin = http.post(
                url + who, content=b"{}", headers={**json_body, "Authorization": f"Bearer {admin_secret}"}
            )
            assert as_admin.json()["principal"] == "root"  # a token, when sent, wins over the certificate


def test_with_mutual_tls_and_auth_required_a_certificate_names_the_caller(settings: Settings, pki: Pki) -> None:
    """No token needed: the client certificate's subject alternative name is the principal, with its roles."""
    ci_cert, ci_key = pki.issue("ci-bot", server=False, dns_names=("ci-bot.example.com",))
    admin_secret = bootstrap_admin(settings)
    secured = replace(settings, auth="required")

    def as_certificate(cert: Path, key: Path) -> grpc.ChannelCredentials:
        return grpc.ssl_channel_credentials(
            root_certificates=pki.ca_file.read_bytes(),
            private_key=key.read_bytes(),
            certificate_chain=cert.read_bytes(),
        )

    with _tls_server(secured, pki, mutual=True) as running:
        target = f"localhost:{running.port}"
        with Registry(target, credentials=as_certificate(ci_cert, ci_key), token="") as ci:
            who = ci.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest())
            assert (who.principal, who.token_id, list(who.role_bindings)) == ("ci-bot.example.com", "", [])
            with pytest.raises(PermissionDenied):
                ci.create_model("from-ci")
            with Registry(target, credentials=as_certificate(ci_cert, ci_key), token=admin_secret) as admin:
                # A token, when sent, wins over the certificate.
                assert admin.access.GetCallerIdentity(access_pb2.GetCallerIdentityRequest()).principal == "root"
                admin.access.GrantRole(
                    access_pb2.GrantRoleRequest(principal="ci-bot.example.com", role=access_pb2.ROLE_EDITOR)
                )
            assert ci.create_model("from-ci").name == "from-ci"
            assert ci.create_version("from-ci").creator == "ci-bot.example.com"
        # A certificate whose only identity is a common name with spaces is no usable principal.
        unnamed = Registry(target, credentials=_credentials(pki, True), token="", timeout=5)
        with unnamed, pytest.raises(Unauthenticated) as refused:
            next(unnamed.list_models())
        assert "not a usable principal" in refused.value.message


def test_tls_settings_are_checked_at_start_up(tmp_path: Path, pki: Pki) -> None:
    result = run_cli(["serve", "--data-dir", str(tmp_path / "d"), "--tls-cert-file", str(pki.server_cert)])
    assert result.returncode == 2 and "tls_cert_file: TLS needs both" in result.stderr, result
    result = run_cli(
        ["serve", "--data-dir", str(tmp_path / "d"), "--tls-cert-file", str(tmp_path / "nope.pem"),
         "--tls-key-file", str(pki.server_key)]
    )  # fmt: skip
    assert result.returncode == 2 and "does not exist" in result.stderr, result


# -- schema and backups ---------------------------------------------------------------------------


def test_migrate_current_and_history(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    result = run_cli(["migrate", "current", *data])
    assert result.returncode == 0 and "database schema: empty" in result.stdout, result
    assert run_cli(["migrate", *data]).returncode == 0
    result = run_cli(["migrate", "current", *data])
    assert f"database schema: {head_revision()}" in result.stdout, result
    history = run_cli(["migrate", "history", *data]).stdout.splitlines()
    assert history[0].startswith("0001") and history[-1].startswith(head_revision())
    assert history[-1].endswith("<- database")


def test_server_refuses_a_newer_schema_and_an_older_one_without_migrating(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli(["migrate", "--data-dir", str(data)]).returncode == 0
    with sqlite3.connect(data / "regserver.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    result = run_cli(["serve", "--port", "0", "--data-dir", str(data)])
    assert result.returncode == 1, result
    assert "9999_from_the_future, newer than this regserver" in result.stderr, result.stderr

    older = tmp_path / "older"
    older.mkdir()
    sqlite3.connect(older / "regserver.db").close()  # an empty database: no schema yet
    result = run_cli(["serve", "--port", "0", "--data-dir", str(older), "--no-migrate"])
    assert result.returncode == 1, result
    assert "run `regserver migrate upgrade`" in result.stderr, result.stderr


def test_backup_copies_a_live_sqlite_database(spawn: Spawn, tmp_path: Path) -> None:
    data = tmp_path / "d"
    process = spawn(["--port", "0", "--data-dir", str(data)])
    port = int(process.wait_for_line(LISTENING).group(1))
    stop = threading.Event()
    written: list[str] = []

    def keep_writing() -> None:
        with Registry(f"127.0.0.1:{port}") as registry:
            i = 0
            while not stop.is_set():
                registry.create_model(f"m-{i}")
                written.append(f"m-{i}")
                i += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 20:
            time.sleep(0.01)
        result = run_cli(["backup", str(tmp_path / "copy.db"), "--data-dir", str(data)])
    finally:
        stop.set()
        writer.join()
    assert result.returncode == 0, result
    assert_clean_shutdown(process)
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = {row[0] for row in copy.execute("SELECT name FROM registered_models")}
    assert len(names) >= 20 and names <= set(written)
    # The copy is a working registry.
    restored = tmp_path / "restored"
    restored.mkdir()
    (tmp_path / "copy.db").rename(restored / "regserver.db")
    process = spawn(["--port", "0", "--data-dir", str(restored)])
    port = int(process.wait_for_line(LISTENING).group(1))
    with Registry(f"127.0.0.1:{port}") as registry:
        assert registry.get_model("m-0").name == "m-0"
    assert_clean_shutdown(process)

    again = run_cli(["backup", str(restored / "regserver.db"), "--data-dir", str(data)])
    assert again.returncode == 1 and "exists; choose a new file" in again.stderr
