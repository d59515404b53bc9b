"""`regserver import-mlflow` against a real MLflow server (its own virtualenv, as the benchmarks run
it), seeded by MLflow's own client: models, versions with MLflow's numbers (a deleted one held by a
placeholder), aliases, stages, tags, runs with their params, metric histories and files, and model
files hashed into the content-addressed store. Interrupted with SIGKILL and run again, it finishes
without copying anything twice; the copied model then loads through regserver's MLflow API and
predicts as the original did."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from regserver_client import Registry
from regserver_client.v1 import model_pb2

from benchmarks.servers import MlflowServer
from tests.support.mlflow import run_mlflow
from tests.support.server import ServerThread

SEED = """
import mlflow, numpy as np
from sklearn.linear_model import LogisticRegression
X = np.random.RandomState(1).rand(40, 3)
y = (X[:, 0] > 0.5).astype(int)
clf = LogisticRegression().fit(X, y)
c = MlflowClient()
mlflow.set_experiment("fraud-training")
with mlflow.start_run(run_name="baseline") as run:
    mlflow.log_params({"C": 1.0, "solver": "lbfgs"})
    mlflow.set_tags({"team": "risk", "my tag": "has a space"})
    for step in range(1500):
        mlflow.log_metric("loss", 1.0 / (step + 1), step=step)
    mlflow.log_text("trained on November", "notes/readme.txt")
    info = mlflow.sklearn.log_model(clf, name="model", registered_model_name="fraud")
mlflow.register_model(f"runs:/{run.info.run_id}/model", "fraud")
c.create_model_version("fraud", source="s3://old-bucket/fraud/3", description="from S3")
c.delete_model_version("fraud", "2")
c.update_registered_model("fraud", description="card fraud")
c.set_registered_model_tag("fraud", "owner", "risk-team")
c.set_model_version_tag("fraud", "1", "validated", "yes")
c.transition_model_version_stage("fraud", "1", "Production")
c.set_registered_model_alias("fraud", "champion", "1")
c.set_registered_model_alias("fraud", "challenger", "3")
with mlflow.start_run(run_name="churn"):
    mlflow.sklearn.log_model(clf, name="churn-model", registered_model_name="churn")
print(json.dumps({"run": run.info.run_id, "predictions": clf.predict(X).tolist()}))
"""


def importer(mlflow_url: str, target: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "regserver", "import-mlflow", "--from", mlflow_url, "--target", target]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MLFLOW_", "REGCTL_"))}
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)


def test_import_copies_mlflow_history_resumes_after_a_kill_and_loads_through_mlflow(
    mlflow: Path, server: ServerThread, tmp_path: Path
) -> None:
    with MlflowServer(tmp_path / "mlflow", tmp_path / "mlflow.log", workers=1) as source:
        source.start()
        seeded = run_mlflow(mlflow, source.target, SEED)

        # Killed right after its first version is copied, before the rest.
        first = importer(source.target, server.target)
        assert first.stdout is not None
        seen = []
        for line in first.stdout:
            seen.append(line)
            if "version 1 copied" in line:
                first.send_signal(signal.SIGKILL)
                break
        first.wait(timeout=60)
        assert first.returncode == -signal.SIGKILL, "".join(seen)
        with Registry(server.target) as registry:
            [model] = registry.list_models()  # MLflow lists churn before fraud: the kill left fraud for later
            assert model.name == "churn"
            assert registry.get_version(model.name, 1).status == model_pb2.MODEL_VERSION_STATUS_READY

        again = importer(source.target, server.target)
        out, _ = again.communicate(timeout=300)
        assert again.returncode == 0, out
        assert "already there (skipped): 1 models, 1 versions, 0 runs" in out, out
        assert "copied: 1 models, 2 versions (1 placeholders for deleted MLflow versions), 1 runs" in out, out
        assert "'my tag'" in out and "s3://old-bucket/fraud/3" in out, out  # reported, not copied

        third = importer(source.target, server.target)
        out, _ = third.communicate(timeout=300)
        assert third.returncode == 0, out
        assert "copied: 0 models, 0 versions (0 placeholders for deleted MLflow versions), 0 runs" in out, out
        assert "already there (skipped): 2 models, 3 versions, 0 runs" in out, out

    with Registry(server.target) as registry:
        fraud = registry.get_model("fraud")
        assert fraud.description == "card fraud" and fraud.tags["owner"] == "risk-team"
        assert {a.alias: a.version for a in fraud.aliases} == {"champion": 1, "challenger": 3}
        v1, v2, v3 = (registry.get_version("fraud", n, show_deleted=True) for n in (1, 2, 3))
        assert v1.status == model_pb2.MODEL_VERSION_STATUS_READY and v1.stage == model_pb2.STAGE_PRODUCTION
        assert v1.tags["validated"] == "yes"
        assert {"MLmodel", "requirements.txt"} <= {f.path for f in v1.files}
        assert v2.HasField("delete_time") and "placeholder" in v2.description  # MLflow's deleted version 2
        assert (v3.source, v3.description, len(v3.files)) == ("s3://old-bucket/fraud/3", "from S3", 0)
        # The run behind version 1: params, tags, every metric point once, and its files.
        run = registry.get_run(v1.run_id)
        assert (run.name, dict(run.params), run.tags["team"]) == ("baseline", {"C": "1.0", "solver": "lbfgs"}, "risk")
        assert run.tags["mlflow.import.run_id"] == seeded["run"]
        history = list(registry.get_metric_history(run.id, "loss", page_size=10_000))
        assert [m.step for m in history] == list(range(1500))
        assert [f.path for f in registry.list_artifacts(run.id)] == ["notes/readme.txt"]
        assert registry.get_version("churn", 1).status == model_pb2.MODEL_VERSION_STATUS_READY

    # The copied model loads through regserver's MLflow API and predicts as the original did.
    loaded = run_mlflow(
        mlflow,
        server.http_url,
        """
        import mlflow, numpy as np
        X = np.random.RandomState(1).rand(40, 3)
        print(json.dumps(mlflow.pyfunc.load_model("models:/fraud@champion").predict(X).tolist()))
        """,
    )
    assert loaded == seeded["predictions"]
