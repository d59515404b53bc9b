"""The Python client stands alone: a trainer installs it without the server's dependencies."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

CLIENT = Path(__file__).resolve().parent.parent / "clients" / "python"


def test_the_client_declares_only_grpc_and_protobuf_dependencies() -> None:
    project = tomllib.loads((CLIENT / "pyproject.toml").read_text())["project"]
    names = {dep.split(">")[0].split("=")[0].split("[")[0].strip().lower() for dep in project["dependencies"]}
    assert names == {"grpcio", "grpcio-status", "protobuf", "googleapis-common-protos"}


def test_importing_the_client_loads_no_server_code() -> None:
    probe = (
        "import sys, regserver_client; "
        "from regserver_client.v1 import model_registry_pb2_grpc; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('regserver', 'sqlalchemy', 'alembic')); "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
