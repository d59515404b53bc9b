"""Fixtures: every store and end-to-end test runs on SQLite and on a real PostgreSQL.

Blob backend tests run on the local directory backend and on a GCS emulator."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from regserver_client import Registry

from regserver.config import Settings
from tests.support.gcs import GcsEmulator
from tests.support.mlflow import mlflow  # noqa: F401 (a fixture: the pinned MLflow client's python)
from tests.support.postgres import PostgresServer
from tests.support.process import spawn  # noqa: F401  (a fixture)
from tests.support.server import ServerThread

# Servers the tests start as processes run several at once: each takes any free metrics port.
os.environ["REGSERVER_METRICS_PORT"] = "0"
os.environ["REGSERVER_HTTP_PORT"] = "0"
# The SDK's digest cache: the suite's own, not the user's (tests that need another set their own).
os.environ["REGSERVER_CACHE_DIR"] = str(
    Path(os.environ.get("TMPDIR", "/tmp")) / f"regserver-tests-{uuid.uuid4().hex[:8]}"
)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    # Fails loudly (RuntimeError) when PostgreSQL is missing: never skipped.
    with PostgresServer() as pg:
        yield pg


@pytest.fixture(scope="session")
def gcs_emulator() -> Iterator[GcsEmulator]:
    # Sets STORAGE_EMULATOR_HOST while it runs; fails loudly (RuntimeError) if it cannot start.
    with GcsEmulator() as gcs:
        yield gcs


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'regserver.db'}"
    pg: PostgresServer = request.getfixturevalue("postgres")
    return pg.create_database()


@pytest.fixture(params=["local", "gcs"])
def artifact_root(request: pytest.FixtureRequest) -> str:
    """Opt-in (a test names it, or `pytestmark = pytest.mark.usefixtures("artifact_root")`): both backends."""
    if request.param == "local":
        return ""  # the default: <data_dir>/artifacts
    gcs: GcsEmulator = request.getfixturevalue("gcs_emulator")
    return gcs.url(f"test-{uuid.uuid4().hex[:12]}")


@pytest.fixture
def settings(database_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Settings:
    uses_backends = "artifact_root" in request.fixturenames
    return Settings(
        port=0,
        metrics_port=0,
        http_port=0,
        data_dir=str(tmp_path / "data"),
        database_url=database_url,
        artifact_root=request.getfixturevalue("artifact_root") if uses_backends else "",
        shutdown_grace_seconds=1.0,
        health_check_interval_seconds=0.2,
    )


@pytest.fixture
def server(settings: Settings) -> Iterator[ServerThread]:
    with ServerThread(settings) as running:
        yield running


@pytest.fixture
def registry(server: ServerThread) -> Iterator[Registry]:
    with Registry(server.target) as client:
        yield client
