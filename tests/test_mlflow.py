"""MLflow's own client (pinned, in a virtualenv of its own, as the benchmarks install it) against
regserver's HTTP front door: the model-registry calls of `MlflowClient` run unchanged, land in the
same registry the gRPC SDK sees, obey regserver's auth, audit and promotion rules, and fail with
MLflow's error codes; on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from regserver_client import Registry, protect
from regserver_client.v1 import access_pb2, artifacts_pb2, events_pb2, model_pb2, tracking_pb2

from regserver.config import Settings
from regserver.http import mlflow as mlflow_api
from regserver.http import mlflow_artifacts, mlflow_tracking
from tests.support.mlflow import run_mlflow
from tests.support.process import bootstrap_admin
from tests.support.server import ServerThread


def test_the_registry_calls_of_mlflow_client_run_unchanged(mlflow: Path, server: ServerThread) -> None:
    out = run_mlflow(
        mlflow,
        server.http_url,
        """
        import mlflow
        c = MlflowClient()
        out = {}
        m = c.create_registered_model("fraud", tags={"team": "risk"}, description="card fraud")
        out["created"] = [m.name, m.description, m.tags]
        try:
            c.create_registered_model("fraud")
        except MlflowException as e:
            out["duplicate"] = [e.error_code, e.get_http_status_code()]
        v1 = c.create_model_version("fraud", source="s3://bucket/fraud/1", description="first")
        v2 = mlflow.register_model("s3://bucket/fraud/2", "fraud")
        out["versions"] = [v1.version, v2.version, v1.status, v2.status]
        c.set_registered_model_alias("fraud", "champion", v2.version)
        out["by_alias"] = c.get_model_version_by_alias("fraud", "champion").version
        c.set_registered_model_tag("fraud", "my.key", "x")
        try:
            c.set_registered_model_tag("fraud", "my key", "x")  # MLflow allows spaces in keys; regserver does not
        except MlflowException as e:
            out["space"] = [e.error_code, e.message]
        c.set_model_version_tag("fraud", "1", "validated", "yes")
        c.delete_registered_model_tag("fraud", "team")
        c.transition_model_version_stage("fraud", "1", "Production", archive_existing_versions=True)
        got = c.get_model_version("fraud", "1")
        out["v1"] = [got.current_stage, got.tags, got.description]
        out["search"] = [m.name for m in c.search_registered_models(filter_string="name LIKE 'fr%'")]
        out["search_tag"] = [m.name for m in c.search_registered_models(filter_string="tags.`my.key` = 'x'")]
        out["search_versions"] = sorted(v.version for v in c.search_model_versions("name='fraud'"))
        out["download_uri"] = c.get_model_version_download_uri("fraud", "2")
        c.update_registered_model("fraud", description="updated")
        c.update_model_version("fraud", "2", description="the champion")
        c.rename_registered_model("fraud", "fraud-v2")
        model = c.get_registered_model("fraud-v2")
        stages = [v.current_stage for v in model.latest_versions]
        out["renamed"] = [model.description, model.tags, model.aliases, stages]
        for name in ("nope", "bad name!"):
            try:
                c.get_registered_model(name)
            except MlflowException as e:
                out[name] = [e.error_code, e.get_http_status_code()]
        c.delete_registered_model_alias("fraud-v2", "champion")
        c.delete_model_version("fraud-v2", "2")
        out["after_delete"] = sorted(v.version for v in c.search_model_versions("name='fraud-v2'"))
        c.delete_registered_model("fraud-v2")
        out["models_left"] = [m.name for m in c.search_registered_models()]
        print(json.dumps(out))
        """,
    )
    assert out["created"] == ["fraud", "card fraud", {"team": "risk"}]
    assert out["duplicate"] == ["RESOURCE_ALREADY_EXISTS", 400]
    assert out["versions"] == ["1", "2", "READY", "READY"]
    assert out["by_alias"] == "2"
    assert out["v1"] == ["Production", {"validated": "yes"}, "first"]
    assert out["search"] == ["fraud"] and out["search_tag"] == ["fraud"]
    assert out["search_versions"] == ["1", "2"]
    assert out["download_uri"] == "s3://bucket/fraud/2"
    assert out["space"][0] == "INVALID_PARAMETER_VALUE" and "invalid tag key 'my key'" in out["space"][1]
    assert out["renamed"] == ["updated", {"my.key": "x"}, {"champion": "2"}, ["Production", "None"]]
    assert out["nope"] == ["RESOURCE_DOES_NOT_EXIST", 404]
    assert out["bad name!"] == ["INVALID_PARAMETER_VALUE", 400]
    assert out["after_delete"] == ["1"]
    assert out["models_left"] == []
    # What MLflow did is regserver's own state: soft-deleted, restorable, with its events.
    with Registry(server.target) as registry:
        events = registry.watch(start_revision=1, event_types=[events_pb2.EVENT_TYPE_ALIAS_SET])
        first = next(m for m in events if m.HasField("event")).event
        events.close()  # type: ignore[attr-defined]
        assert (first.model_name, first.alias, first.version) == ("fraud", "champion", 2)
        model = registry.undelete_model("fraud-v2")
        assert model.description == "updated" and dict(model.tags) == {"my.key": "x"}
        assert registry.get_version("fraud-v2", 1).description == "first"
        assert [v.version for v in registry.list_versions("fraud-v2")] == [1]


def test_mlflow_calls_carry_tokens_roles_audit_and_promotion_rules(mlflow: Path, settings: Settings) -> None:
    admin_secret = bootstrap_admin(settings)
    with (
        ServerThread(dataclasses.replace(settings, auth="required")) as secured,
        Registry(secured.target, token=admin_secret) as admin,
    ):
        admin.create_model("fraud")
        admin.create_version("fraud")
        admin.set_promotion_policy("fraud", [protect(alias="champion")])
        secrets = {}
        for principal, role in (("vic", access_pb2.ROLE_VIEWER), ("eve", access_pb2.ROLE_APPROVER)):
            secrets[principal] = admin.access.CreateToken(access_pb2.CreateTokenRequest(principal=principal)).secret
            admin.access.GrantRole(access_pb2.GrantRoleRequest(principal=principal, role=role))
        run = admin.create_run(admin.create_experiment("training").id)
        script = """
        import os
        c = MlflowClient()
        out = {}
        for what, call in (
            ("read", lambda: c.get_registered_model("fraud").name),
            ("upload", lambda: c.log_text(os.environ["RUN_ID"], os.environ["NOTES"], "notes.txt")),
            ("create", lambda: c.create_model_version("fraud", source="s3://b/2").version),
            ("protected", lambda: c.set_registered_model_alias("fraud", "champion", "1")),
            ("unprotected", lambda: c.set_registered_model_alias("fraud", "staging-candidate", "1")),
        ):
            try:
                out[what] = call()
            except MlflowException as e:
                out[what] = [e.error_code, e.get_http_status_code(), e.message]
            except Exception as e:  # an artifact upload fails as the HTTP error itself
                out[what] = [e.response.json()["error_code"], e.response.status_code, e.response.json()["message"]]
        print(json.dumps(out))
        """
        anonymous = run_mlflow(mlflow, secured.http_url, script, RUN_ID=run.id, NOTES="anonymous notes")
        assert anonymous["read"][:2] == ["UNAUTHENTICATED", 401]
        assert anonymous["upload"][:2] == ["UNAUTHENTICATED", 401]
        viewer = run_mlflow(
            mlflow, secured.http_url, script, MLFLOW_TRACKING_TOKEN=secrets["vic"], RUN_ID=run.id, NOTES="vic's notes"
        )
        assert viewer["read"] == "fraud"
        # Refused before a byte is stored: no blob of either refused upload exists.
        assert viewer["upload"][:2] == ["PERMISSION_DENIED", 403] and "tracking.write" in viewer["upload"][2]
        texts = (b"anonymous notes", b"vic's notes")
        digests = [artifacts_pb2.Digest(hash=hashlib.sha256(t).hexdigest(), size_bytes=len(t)) for t in texts]
        missing = admin.artifacts.FindMissingBlobs(artifacts_pb2.FindMissingBlobsRequest(blob_digests=digests))
        assert len(missing.missing_blob_digests) == 2
        assert viewer["create"][:2] == ["PERMISSION_DENIED", 403] and "models.write" in viewer["create"][2]
        # The basic-auth form: the token is the password. An approver moves aliases, but not a protected one.
        editor = run_mlflow(
            mlflow,
            secured.http_url,
            script,
            MLFLOW_TRACKING_USERNAME="eve",
            MLFLOW_TRACKING_PASSWORD=secrets["eve"],
            RUN_ID=run.id,
            NOTES="eve's notes",
        )
        assert editor["create"] == "2" and editor["unprotected"] is None and editor["upload"] is None
        [notes] = admin.tracking.ListArtifacts(tracking_pb2.ListArtifactsRequest(parent=f"runs/{run.id}")).files
        assert (notes.path, notes.digest.hash) == ("notes.txt", hashlib.sha256(b"eve's notes").hexdigest())
        # FAILED_PRECONDITION is MLflow's INVALID_STATE (sent with HTTP 400, so the client does not retry it).
        assert editor["protected"][0] == "INVALID_STATE"
        assert "RequestPromotion" in editor["protected"][2]
        assert admin.get_version("fraud", 2).creator == "eve"
        records = list(admin.list_audit_records(principal="eve"))
        assert {r.method.rsplit("/", 1)[1] for r in records} >= {"CreateModelVersion", "SetAlias", "LogArtifacts"}


def test_bad_mlflow_requests_get_mlflows_error_shape_never_a_500(server: ServerThread) -> None:
    api = server.http_url + "/api/2.0/mlflow"
    artifacts = server.http_url + "/api/2.0/mlflow-artifacts/artifacts"
    INVALID = "INVALID_PARAMETER_VALUE"
    with httpx.Client(timeout=30) as http:
        cases = [
            (http.post(f"{api}/registered-models/create", content=b"{not json"), 400, "MALFORMED_REQUEST"),
            (http.post(f"{api}/registered-models/create", json=["a list"]), 400, "MALFORMED_REQUEST"),
            (http.post(f"{api}/registered-models/create", json={}), 400, "INVALID_PARAMETER_VALUE"),
            (http.post(f"{api}/registered-models/create", json={"name": 7}), 400, "INVALID_PARAMETER_VALUE"),
            (http.get(f"{api}/model-versions/get", params={"name": "m", "version": "x"}), 400, INVALID),
            (http.get(f"{api}/model-versions/get", params={"name": "m", "version": "0"}), 400, INVALID),
            (http.get(f"{api}/registered-models/search", params={"order_by": "size"}), 400, "INVALID_PARAMETER_VALUE"),
            (http.get(f"{api}/registered-models/search", params={"filter": "name = "}), 400, "INVALID_PARAMETER_VALUE"),
            (http.post(f"{api}/model-versions/transition-stage", json={"name": "m", "version": "1", "stage": "Prod"}),
             400, "INVALID_PARAMETER_VALUE"),
            (http.get(f"{api}/registered-models/create"), 405, "BAD_REQUEST"),
            (http.get(f"{api}/experiments/get", params={"experiment_id": "exp_1"}), 404, "RESOURCE_DOES_NOT_EXIST"),
            (http.post(f"{api}/runs/log-batch", json={"run_id": "r", "metrics": [{"key": "a"}]}), 400, INVALID),
            (http.post(f"{api}/runs/update", json={"run_id": "r", "status": "DONE"}), 400, INVALID),
            (http.post(f"{api}/logged-models/search", json={"filter": "metrics.auc > 1"}), 400, INVALID),
            (http.get(f"{api}/logged-models/m-0123456789abcdef0123456789abcdef"), 404, "RESOURCE_DOES_NOT_EXIST"),
            (http.patch(f"{api}/logged-models/m-1", json={"status": "DONE"}), 400, INVALID),
            (http.post(f"{api}/runs/log-inputs", json={"run_id": "r", "datasets": [{"dataset": {}}]}), 400, INVALID),
            (http.post(f"{api}/runs/log-inputs", json={"run_id": "r", "datasets": [{"dataset": {"name": "d",
             "digest": "1a2b"}}]}), 404, "RESOURCE_DOES_NOT_EXIST"),
            (http.post(f"{api}/runs/search", json={"run_view_type": "SOME"}), 400, INVALID),
            (http.get(f"{api}/mlflow-but-not-served"), 501, "NOT_IMPLEMENTED"),
            (http.post(f"{api}/registered-models/create", content=b" " * (5 << 20)), 413, "BAD_REQUEST"),
            (http.post(f"{api}/registered-models/create", content=b"not gzip", headers={"Content-Encoding": "gzip"}),
             400, "MALFORMED_REQUEST"),
            (http.put(f"{artifacts}/x/y"), 400, INVALID),
            (http.put(f"{artifacts}/exp_1/run_0123456789abcdef0123456789abcdef/artifacts/a.txt", content=b"x"), 404,
             "RESOURCE_DOES_NOT_EXIST"),
            (http.put(f"{artifacts}/registered-models/m/versions/1/MLmodel", content=b"x"), 403, "PERMISSION_DENIED"),
            (http.get(f"{artifacts}/registered-models/m/versions/1/MLmodel"), 404, "RESOURCE_DOES_NOT_EXIST"),
            (http.get(f"{artifacts}/registered-models/m/versions/0/MLmodel"), 400, INVALID),
            (http.delete(f"{artifacts}/exp_1/run_1/artifacts/a.txt"), 405, "BAD_REQUEST"),
        ]  # fmt: skip
        for response, status, code in cases:
            assert (response.status_code, response.json()["error_code"]) == (status, code), response.text
            assert response.json()["message"]


def test_mlflow_tracking_code_runs_unchanged(mlflow: Path, server: ServerThread) -> None:
    out = run_mlflow(
        mlflow,
        server.http_url,
        """
        import mlflow
        import pandas as pd
        from mlflow.entities import ViewType
        mlflow.set_experiment("fraud-training")
        with mlflow.start_run(run_name="baseline") as run:
            mlflow.log_param("learning_rate", 0.01)
            mlflow.log_params({"depth": 8, "objective": "logloss"})
            for step in range(5):
                mlflow.log_metric("loss", 1.0 / (step + 1), step=step)
            mlflow.log_metrics({"auc": 0.93, "f1": 0.8})
            mlflow.set_tag("team", "risk")
            run_id = run.info.run_id
            frame = pd.DataFrame({"amount": [1.0, 2.5, 7.0], "fraud": [0, 1, 0]})
            mlflow.log_input(mlflow.data.from_pandas(frame, name="transactions", source="s3://data/tx.parquet"),
                             context="training")
            mlflow.log_text("release notes", "docs/notes.txt")
            mlflow.log_dict({"threshold": 0.5}, "config.json")
        c = MlflowClient()
        got = c.get_run(run_id)
        experiment = c.get_experiment_by_name("fraud-training")
        found = c.search_runs([experiment.experiment_id], "metrics.auc > 0.9 and params.depth = '8'")
        missed = c.search_runs([experiment.experiment_id], "metrics.auc > 0.95")
        history = [(m.step, m.value) for m in c.get_metric_history(run_id, "loss")]
        with mlflow.start_run(experiment_id="0") as default:
            mlflow.log_metric("x", 1)
        failed = c.create_run(experiment.experiment_id, run_name="broken")
        c.set_terminated(failed.info.run_id, status="FAILED")
        c.delete_run(failed.info.run_id)
        names = lambda view: sorted(r.info.run_name for r in c.search_runs([experiment.experiment_id], "", view))
        deleted = [c.get_run(failed.info.run_id).info.lifecycle_stage,
                   names(ViewType.ACTIVE_ONLY), names(ViewType.DELETED_ONLY), names(ViewType.ALL)]
        c.restore_run(failed.info.run_id)
        print(json.dumps({
            "run": [got.info.run_name, got.info.status, got.info.experiment_id == experiment.experiment_id],
            "params": got.data.params,
            "metrics": got.data.metrics,
            "team": got.data.tags.get("team"),
            "found": [r.info.run_id == run_id for r in found],
            "missed": len(missed),
            "history": history,
            "default": c.get_experiment(default.info.experiment_id).name,
            "failed": [c.get_run(failed.info.run_id).info.status, c.get_run(failed.info.run_id).info.lifecycle_stage],
            "deleted": deleted,
            "inputs": [(d.dataset.name, d.tags[0].value) for d in got.inputs.dataset_inputs],
            "experiments": sorted(e.name for e in c.search_experiments()),
            "artifacts": sorted((f.path, f.is_dir, f.file_size) for f in c.list_artifacts(run_id)),
            "docs": [f.path for f in c.list_artifacts(run_id, "docs")],
            "missing": [f.path for f in c.list_artifacts(run_id, "nothing/here")],
            "text": mlflow.artifacts.load_text(f"runs:/{run_id}/docs/notes.txt"),
            "dict": mlflow.artifacts.load_dict(f"runs:/{run_id}/config.json"),
        }))
        """,
    )
    assert out["run"] == ["baseline", "FINISHED", True]
    assert out["params"] == {"learning_rate": "0.01", "depth": "8", "objective": "logloss"}
    assert out["metrics"] == {"loss": 0.2, "auc": 0.93, "f1": 0.8}
    assert out["team"] == "risk"
    assert out["found"] == [True] and out["missed"] == 0
    assert out["history"] == [[0, 1.0], [1, 0.5], [2, 1 / 3], [3, 0.25], [4, 0.2]]
    assert out["default"] == "Default"
    assert out["failed"] == ["FAILED", "active"]  # restored
    assert out["deleted"] == ["deleted", ["baseline"], ["broken"], ["baseline", "broken"]]
    assert out["inputs"] == [["transactions", "training"]]
    assert out["experiments"] == ["Default", "fraud-training"]
    assert out["artifacts"] == [["config.json", False, 22], ["docs", True, None]]
    assert out["docs"] == ["docs/notes.txt"] and out["missing"] == []
    assert out["text"] == "release notes" and out["dict"] == {"threshold": 0.5}
    # The same runs, through regserver's own SDK.
    with Registry(server.target) as registry:
        [baseline] = [r for r in registry.list_runs() if r.name == "baseline"]
        assert dict(baseline.params)["depth"] == "8"
        [tx] = baseline.dataset_inputs
        assert (tx.dataset.name, tx.dataset.source_uri, tx.dataset.row_count) == (
            "transactions",
            "s3://data/tx.parquet",
            3,
        )
        assert tx.role == tracking_pb2.DATASET_ROLE_TRAINING
        assert [m.value for m in registry.get_metric_history(baseline.id, "loss")][-1] == 0.2


def test_log_model_register_and_load_model_run_unchanged(mlflow: Path, server: ServerThread, tmp_path: Path) -> None:
    """MLflow 3's log_model (a logged model, its files through the proxied artifact API, a version
    from `models:/m-...`), register_model from `runs:/`, and load_model by alias and by number: the
    loaded models predict as the original, and the files are regserver's, content-addressed."""
    out = run_mlflow(
        mlflow,
        server.http_url,
        """
        import hashlib, os
        import mlflow, numpy as np
        from sklearn.linear_model import LogisticRegression
        X = np.random.RandomState(0).rand(60, 3)
        y = (X[:, 0] + X[:, 1] > 1).astype(int)
        clf = LogisticRegression().fit(X, y)
        mlflow.set_experiment("fraud-training")
        with mlflow.start_run() as run:
            mlflow.log_param("C", 1.0)
            info = mlflow.sklearn.log_model(clf, name="model", registered_model_name="fraud", input_example=X[:2])
        c = MlflowClient()
        c.set_registered_model_alias("fraud", "champion", info.registered_model_version)
        expected = clf.predict(X).tolist()
        by_alias = mlflow.pyfunc.load_model("models:/fraud@champion").predict(X).tolist()
        by_number = mlflow.sklearn.load_model("models:/fraud/1").predict(X).tolist()
        by_id = mlflow.sklearn.load_model(info.model_uri).predict(X).tolist()
        again = mlflow.register_model(f"runs:/{run.info.run_id}/model", "fraud")
        logged = c.get_logged_model(info.model_id)
        local = mlflow.artifacts.download_artifacts("models:/fraud/2", dst_path=os.environ["DEST"])
        digests = {}
        for root, _, names in os.walk(local):
            for name in names:
                path = os.path.join(root, name)
                digests[os.path.relpath(path, local)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
        print(json.dumps({
            "model_uri": info.model_uri,
            "version": info.registered_model_version,
            "same": [by_alias == expected, by_number == expected, by_id == expected],
            "again": [again.version, again.status, again.source],
            "logged": [logged.name, logged.status.to_proto(), logged.source_run_id == run.info.run_id],
            "download_uri": c.get_model_version_download_uri("fraud", "1"),
            "digests": digests,
        }))
        """,
        DEST=str(tmp_path / "downloaded"),
    )
    assert out["same"] == [True, True, True]
    assert out["version"] == "1"
    model_id = out["model_uri"].removeprefix("models:/")
    assert out["again"] == ["2", "READY", f"models:/{model_id}"]
    assert out["logged"] == ["model", 2, True]  # READY
    assert out["download_uri"] == "mlflow-artifacts:/registered-models/fraud/versions/1"
    # The versions are regserver's own: READY, with a manifest of the files MLflow uploaded.
    with Registry(server.target) as registry:
        v1 = registry.get_version("fraud", 1)
        assert v1.status == model_pb2.MODEL_VERSION_STATUS_READY and v1.source == out["model_uri"]
        manifest = {f.path: f.digest.hash for f in v1.files}
        assert {"MLmodel", "requirements.txt", "input_example.json"} <= set(manifest), manifest
        # registered_model_meta is the file the MLflow client writes beside what it downloaded.
        assert manifest == {k: v for k, v in out["digests"].items() if k != "registered_model_meta"}
        assert registry.get_version_by_alias("fraud", "champion").version == 1
        assert {f.path: f.digest.hash for f in registry.get_version("fraud", 2).files} == manifest
        # The SDK downloads the same bytes, verified.
        registry.download("fraud", alias="champion", dest=tmp_path / "sdk")
        assert (tmp_path / "sdk" / "MLmodel").read_bytes() == (tmp_path / "downloaded" / "MLmodel").read_bytes()
        [run] = [r for r in registry.list_runs() if r.params.get("C") == "1.0"]
        assert v1.run_id == run.id


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=8,
)
FIELDS = (
    "name",
    "version",
    "alias",
    "key",
    "value",
    "filter",
    "max_results",
    "order_by",
    "page_token",
    "stage",
    "experiment_id",
    "run_id",
    "metrics",
    "params",
    "tags",
    "status",
    "end_time",
    "source",
    "new_name",
    "model_id",
    "models",
    "datasets",
    "source_run_id",
    "model_type",
    "experiment_ids",
)


@pytest.mark.parametrize(
    ("method", "path"),
    [(m, p) for m, p, _ in [*mlflow_api.ENDPOINTS, *mlflow_tracking.ENDPOINTS, *mlflow_artifacts.ENDPOINTS]],
    ids=str,
)
def test_no_mlflow_request_gets_a_5xx(server: ServerThread, method: str, path: str) -> None:
    path = path.replace("{model_id}", "m-0123456789abcdef0123456789abcdef").replace("{tag_key}", "k")
    url = f"{server.http_url}/api/2.0/mlflow{path}"
    with httpx.Client(timeout=30) as http:

        @settings(max_examples=15, derandomize=True, deadline=None, database=None)
        @given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), JSON, max_size=5))
        def answers_in_mlflows_shape(body: dict[str, Any]) -> None:
            if method == "GET":
                query = {k: v if isinstance(v, str) else json.dumps(v) for k, v in body.items()}
                response = http.get(url, params=query)
            else:
                response = http.request(method, url, content=json.dumps(body, allow_nan=True))
            assert response.status_code < 500, (body, response.text)
            if response.status_code != 200:
                assert response.json()["error_code"] and response.json()["message"], response.text

        answers_in_mlflows_shape()
