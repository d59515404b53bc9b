"""MLflow's own client, pinned in a virtualenv of its own (as the benchmarks install it), for the
tests that hold regserver's MLflow API and `regserver import-mlflow` to what that client does."""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest

from benchmarks.servers import ensure_mlflow, mlflow_python


@pytest.fixture(scope="session")
def mlflow(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned mlflow client's python (installed on first use, about a minute)."""
    ensure_mlflow(tmp_path_factory.mktemp("mlflow") / "install.log")
    return mlflow_python()


def run_mlflow(python: Path, url: str, script: str, **env: str) -> dict[str, Any]:
    """Runs `script` with the real mlflow client pointed at `url`; returns what it printed as JSON."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("MLFLOW_", "REGSERVER_"))}
    environment.update(MLFLOW_TRACKING_URI=url, MLFLOW_HTTP_REQUEST_MAX_RETRIES="0", **env)
    prelude = "import json\nfrom mlflow import MlflowClient\nfrom mlflow.exceptions import MlflowException\n"
    done = subprocess.run(
        [str(python), "-c", prelude + textwrap.dedent(script)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
