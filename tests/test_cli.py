"""`regserver serve` / `regserver migrate` as real subprocesses, the way a user runs them."""

from __future__ import annotations

import re
import socket
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import grpc
import pytest
from regserver_client import Registry
from regserver_client.v1 import model_registry_pb2, model_registry_pb2_grpc

from regserver.store.migrate import head_revision
from tests.support.postgres import PostgresServer
from tests.support.process import (
    GRACE_SECONDS,
    SCRIPT,
    Spawn,
)
from tests.support.process import assert_clean_shutdown as _assert_clean_shutdown
from tests.support.process import clean_env as _env
from tests.support.process import run_cli as _run

# -- 1. serve, SIGTERM, restart on the same data --------------------------------------------


def test_serve_stop_and_restart_keeps_data(spawn: Spawn, database_url: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    args = [
        "--port", "0",
        "--data-dir", str(data_dir),
        "--database-url", database_url,
        "--shutdown-grace-seconds", str(GRACE_SECONDS),
    ]  # fmt: skip

    first = spawn(args, command=SCRIPT)  # the installed console script
    first.wait_listening()
    with Registry(first.target, timeout=10) as registry:
        registry.create_model("churn", description="survives restarts", tags={"team": "growth"})
        version = registry.create_version("churn", source="s3://bucket/churn/1", metrics={"auc": 0.91})
        assert version.version == 1
        registry.set_alias("churn", "champion", 1)
    _assert_clean_shutdown(first)

    second = spawn(args)  # python -m regserver
    second.wait_listening()
    with Registry(second.target, timeout=10) as registry:
        model = registry.get_model("churn")
        assert model.description == "survives restarts"
        assert dict(model.tags) == {"team": "growth"}
        assert model.latest_version == 1
        assert [(a.alias, a.version) for a in model.aliases] == [("champion", 1)]
        version = registry.get_version("churn", 1)
        assert version.source == "s3://bucket/churn/1"
        assert dict(version.metrics) == pytest.approx({"auc": 0.91})
        assert registry.get_version_by_alias("churn", "champion").version == 1
    _assert_clean_shutdown(second)


# -- 2. graceful shutdown under load --------------------------------------------------------


def test_sigterm_under_load_answers_correctly_then_refuses(spawn: Spawn, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    args = ["--port", "0", "--data-dir", str(data_dir), "--shutdown-grace-seconds", str(GRACE_SECONDS)]
    process = spawn(args)
    process.wait_listening()
    assert (data_dir / "regserver.db").is_file()  # default: SQLite in the data directory
    with Registry(process.target, timeout=10) as registry:
        registry.create_model("loaded")

    acknowledged: list[int] = []  # version numbers the server confirmed creating
    failures: list[tuple[grpc.StatusCode, str, float]] = []
    wrong: list[str] = []
    stop = threading.Event()

    def load() -> None:
        with grpc.insecure_channel(process.target) as channel:
            stub = model_registry_pb2_grpc.ModelRegistryStub(channel)
            for i in range(2000):
                if stop.is_set():
                    return
                t0 = time.monotonic()
                try:
                    if i % 2:
                        got = stub.GetRegisteredModel(
                            model_registry_pb2.GetRegisteredModelRequest(name="loaded"), timeout=5
                        )
                        if got.registered_model.name != "loaded":
                            wrong.append(f"GetRegisteredModel returned {got.registered_model.name!r}")
                    else:
                        request = model_registry_pb2.CreateModelVersionRequest(model_name="loaded")
                        request.model_version.source = f"run-{i}"
                        created = stub.CreateModelVersion(request, timeout=5)
                        mv = created.model_version
                        if mv.model_name != "loaded" or mv.source != f"run-{i}" or mv.version <= 0:
                            wrong.append(f"CreateModelVersion returned {mv}")
                        acknowledged.append(mv.version)
                except grpc.RpcError as e:
                    failures.append((e.code(), e.details() or "", time.monotonic() - t0))
                    if len(failures) >= 5:  # enough calls after shutdown
                        return
                time.sleep(0.01)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 10
        while len(acknowledged) < 10 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(acknowledged) >= 10, process.stderr
        sent_at = time.monotonic()
        code = process.terminate()
        assert code == 0, f"exit code {code}:\n{process.stderr}"
        assert time.monotonic() - sent_at < GRACE_SECONDS + 5
        worker.join(timeout=30)
        assert not worker.is_alive(), "calls to a stopped server hang"
    finally:
        stop.set()
        worker.join(timeout=30)

    assert "shutting down" in process.stderr and "regserver: stopped" in process.stderr, process.stderr
    assert not wrong, wrong
    assert failures, "no call failed after the server exited"
    # A call that reached the server but no handler yet when it stopped is ended CANCELLED by
    # gRPC core rather than UNAVAILABLE (grpc/grpc#41785, an upstream bug with a fix pending);
    # such a call was never run. Once the server is gone every call is UNAVAILABLE.
    assert {c for c, _, _ in failures} <= {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED}, failures
    assert failures[-1][0] == grpc.StatusCode.UNAVAILABLE, failures
    assert all(took < 5 for _, _, took in failures), failures
    # Versions are allocated one by one; every acknowledged one is distinct.
    assert len(set(acknowledged)) == len(acknowledged)

    # Every write the server acknowledged before it stopped is durable.
    again = spawn(args)
    again.wait_listening()
    with Registry(again.target, timeout=10) as registry:
        stored = {v.version for v in registry.list_versions("loaded")}
    assert set(acknowledged) <= stored
    _assert_clean_shutdown(again)


# -- 3. bad settings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "env", "needle"),
    [
        pytest.param([], {"REGSERVER_PORT": "abc"}, "REGSERVER_PORT", id="env-port-not-int"),
        pytest.param(["--port", "70000"], {}, "port", id="flag-port-out-of-range"),
        pytest.param([], {"REGSERVER_WORKERS": "0"}, "workers", id="env-workers-zero"),
        pytest.param(["--database-url", "mysql://x"], {}, "database_url", id="flag-unsupported-database"),
        pytest.param(["--stream-window-bytes", "1024"], {}, "stream_window_bytes", id="flag-window-too-small"),
        pytest.param([], {"REGSERVER_SIGNED_URL_SECONDS": "604801"}, "signed_url_seconds", id="env-url-too-long"),
    ],
)
def test_bad_setting_stops_start_up(args: list[str], env: dict[str, str], needle: str, tmp_path: Path) -> None:
    started = time.monotonic()
    result = _run(["serve", "--data-dir", str(tmp_path / "data"), *args], env=_env(**env), timeout=20)
    took = time.monotonic() - started
    assert result.returncode == 2, result
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert needle in lines[0], lines[0]
    assert lines[0].startswith("regserver: "), lines[0]
    assert took < 10, f"a bad setting took {took:.1f}s to be reported"
    assert not (tmp_path / "data").exists(), "nothing may be created before the settings are checked"


def test_port_in_use_is_reported_without_a_traceback(tmp_path: Path) -> None:
    """cli.main turns OSError from start-up into "regserver: ..." and exit 1; a taken port must get that too."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run(["serve", "--port", str(port), "--data-dir", str(tmp_path / "data")], timeout=20)
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr, result.stderr
    last = [line for line in result.stderr.splitlines() if line.strip()][-1]
    assert last.startswith("regserver: ") and f"127.0.0.1:{port}" in last, last


# -- 4. migrate ----------------------------------------------------------------------------------


def _migrate(store_args: Sequence[str]) -> str:
    result = _run(["migrate", *store_args])
    assert result.returncode == 0, result
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout.strip()


def test_migrate_sqlite_data_dir(tmp_path: Path) -> None:
    head = head_revision()
    store = ["--data-dir", str(tmp_path / "fresh")]
    assert _migrate(store) == f"database schema: empty -> {head}"
    assert (tmp_path / "fresh" / "regserver.db").is_file()
    assert _migrate(store) == f"database schema: {head} -> {head}"


def test_migrate_postgresql_then_serve_without_migrating(
    spawn: Spawn, postgres: PostgresServer, tmp_path: Path
) -> None:
    head = head_revision()
    url = postgres.create_database()
    assert _migrate(["--database-url", url]) == f"database schema: empty -> {head}"
    assert _migrate(["--database-url", url]) == f"database schema: {head} -> {head}"

    process = spawn(["--port", "0", "--database-url", url, "--data-dir", str(tmp_path / "data"), "--no-migrate"])
    process.wait_listening()
    assert "Running upgrade" not in process.stderr
    with Registry(process.target, timeout=10) as registry:
        registry.create_model("premigrated")
        assert registry.create_version("premigrated").version == 1
    _assert_clean_shutdown(process)


def test_serve_no_migrate_on_migrated_sqlite(spawn: Spawn, tmp_path: Path) -> None:
    data_dir = str(tmp_path / "data")
    _migrate(["--data-dir", data_dir])
    process = spawn(["--port", "0", "--data-dir", data_dir, "--no-migrate"])
    process.wait_listening()
    with Registry(process.target, timeout=10) as registry:
        assert registry.create_model("premigrated").name == "premigrated"
    _assert_clean_shutdown(process)


# -- 5. --help -----------------------------------------------------------------------------------


def test_serve_help_names_every_env_variable() -> None:
    result = subprocess.run(
        [*SCRIPT, "serve", "--help"], env=_env(), capture_output=True, text=True, timeout=20, check=False
    )
    assert result.returncode == 0, result
    text = " ".join(result.stdout.split())  # argparse wraps to the terminal width
    expected = {
        "--host": "REGSERVER_HOST",
        "--port": "REGSERVER_PORT",
        "--data-dir": "REGSERVER_DATA_DIR",
        "--database-url": "REGSERVER_DATABASE_URL",
        "--retention-days": "REGSERVER_RETENTION_DAYS",
        "--workers": "REGSERVER_WORKERS",
        "--db-pool-size": "REGSERVER_DB_POOL_SIZE",
        "--no-migrate": "REGSERVER_MIGRATE",
        "--shutdown-grace-seconds": "REGSERVER_SHUTDOWN_GRACE_SECONDS",
        "--artifact-root": "REGSERVER_ARTIFACT_ROOT",
        "--upload-timeout-hours": "REGSERVER_UPLOAD_TIMEOUT_HOURS",
        "--chunk-size": "REGSERVER_CHUNK_SIZE",
        "--max-message-bytes": "REGSERVER_MAX_MESSAGE_BYTES",
        "--stream-window-bytes": "REGSERVER_STREAM_WINDOW_BYTES",
        "--gc-interval-seconds": "REGSERVER_GC_INTERVAL_SECONDS",
        "--event-retention-hours": "REGSERVER_EVENT_RETENTION_HOURS",
        "--event-retention-count": "REGSERVER_EVENT_RETENTION_COUNT",
        "--watch-progress-seconds": "REGSERVER_WATCH_PROGRESS_SECONDS",
        "--slow-consumer-timeout-seconds": "REGSERVER_SLOW_CONSUMER_TIMEOUT_SECONDS",
        "--webhook-allowed-hosts": "REGSERVER_WEBHOOK_ALLOWED_HOSTS",
        "--webhook-timeout-seconds": "REGSERVER_WEBHOOK_TIMEOUT_SECONDS",
        "--webhook-max-attempts": "REGSERVER_WEBHOOK_MAX_ATTEMPTS",
        "--webhook-backoff-base-seconds": "REGSERVER_WEBHOOK_BACKOFF_BASE_SECONDS",
        "--webhook-backoff-cap-seconds": "REGSERVER_WEBHOOK_BACKOFF_CAP_SECONDS",
        "--config": "REGSERVER_CONFIG",
        "--log-format": "REGSERVER_LOG_FORMAT",
        "--log-level": "REGSERVER_LOG_LEVEL",
        "--tls-cert-file": "REGSERVER_TLS_CERT_FILE",
        "--tls-key-file": "REGSERVER_TLS_KEY_FILE",
        "--tls-client-ca-file": "REGSERVER_TLS_CLIENT_CA_FILE",
        "--auth": "REGSERVER_AUTH",
        "--auth-cache-seconds": "REGSERVER_AUTH_CACHE_SECONDS",
        "--metrics-host": "REGSERVER_METRICS_HOST",
        "--http-port": "REGSERVER_HTTP_PORT",
        "--http-public-url": "REGSERVER_HTTP_PUBLIC_URL",
        "--part-threshold-bytes": "REGSERVER_PART_THRESHOLD_BYTES",
        "--part-size-bytes": "REGSERVER_PART_SIZE_BYTES",
        "--signing-credentials-file": "REGSERVER_SIGNING_CREDENTIALS_FILE",
        "--signed-url-seconds": "REGSERVER_SIGNED_URL_SECONDS",
        "--metrics-port": "REGSERVER_METRICS_PORT",
    }
    flags = set(re.findall(r"(--[a-z][a-z-]+)", text)) - {"--help"}
    assert flags == set(expected), flags
    for flag, env_name in expected.items():
        # Each option's help text (up to the next option) names its variable.
        match = re.search(rf"(?:^| ){re.escape(flag)}(?: [A-Z_]+)? (.*?)(?= --[a-z]|$)", text.split("options:")[1])
        assert match, flag
        assert f"env {env_name}" in match.group(1), (flag, match.group(1))


# -- 6. flags over environment over defaults -------------------------------------------------


def test_port_from_environment(spawn: Spawn, tmp_path: Path) -> None:
    process = spawn(["--data-dir", str(tmp_path / "data")], env=_env(REGSERVER_PORT="0"))
    port = process.wait_listening()
    assert port != 50051  # the default was not used: 0 means any free port
    with Registry(process.target, timeout=10) as registry:
        assert registry.create_model("from-env").name == "from-env"
    _assert_clean_shutdown(process)


def test_flag_overrides_environment(spawn: Spawn, tmp_path: Path) -> None:
    env = _env(
        REGSERVER_HOST="bogus-not-a-host",
        REGSERVER_PORT="0",
        REGSERVER_DATA_DIR=str(tmp_path / "from-env"),
        REGSERVER_SHUTDOWN_GRACE_SECONDS="60",
    )
    process = spawn(["--host", "127.0.0.1", "--shutdown-grace-seconds", "1.5"], env=env)
    process.wait_listening()
    with Registry(process.target, timeout=10) as registry:
        registry.create_model("flagged")
    code = process.terminate()
    assert code == 0, process.stderr
    assert "up to 1.5s" in process.stderr, process.stderr  # the flag, not the env's 60
    assert (tmp_path / "from-env" / "regserver.db").is_file()  # unflagged settings still come from the env
