"""MLflow's tracking REST API (`/api/2.0/mlflow/experiments/...`, `.../runs/...`,
`.../metrics/get-history`) on regserver.v1.Tracking, so that `mlflow.start_run()`, `log_param`,
`log_metric`, `set_tag` and `MlflowClient().search_runs(...)` run unchanged.

MLflow's default experiment, id "0", is regserver's experiment named "Default" (made on first use).
Experiments and runs keep regserver's ids ("exp_...", "run_..."), which MLflow's client accepts.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp
from regserver_client.v1 import tracking_pb2 as pb

from regserver.http.mlflow import (
    Caller,
    Handler,
    MlflowError,
    Params,
    bad,
    millis,
    paged,
    tag_list,
    translate_filter,
)

T = "Tracking/"
DEFAULT_EXPERIMENT = "Default"
RUN_STATUSES = {
    pb.RUN_STATUS_RUNNING: "RUNNING",
    pb.RUN_STATUS_FINISHED: "FINISHED",
    pb.RUN_STATUS_FAILED: "FAILED",
    pb.RUN_STATUS_KILLED: "KILLED",
}
STATUSES = {name: value for value, name in RUN_STATUSES.items()}
STATUSES["SCHEDULED"] = pb.RUN_STATUS_RUNNING


def _timestamp(ms: int) -> Timestamp:
    ts = Timestamp()
    ts.FromMilliseconds(ms)
    return ts


def experiment_json(e: pb.Experiment) -> dict[str, Any]:
    return {
        "experiment_id": e.id,
        "name": e.name,
        "artifact_location": f"mlflow-artifacts:/{e.id}",
        "lifecycle_stage": "deleted" if e.HasField("delete_time") else "active",
        "creation_time": millis(e.create_time),
        "last_update_time": millis(e.update_time),
        "tags": tag_list(e.tags),
    }


def run_info_json(r: pb.Run) -> dict[str, Any]:
    info: dict[str, Any] = {
        "run_id": r.id,
        "run_uuid": r.id,
        "experiment_id": r.experiment_id,
        "run_name": r.name,
        "user_id": r.principal,
        "status": RUN_STATUSES.get(r.status, "RUNNING"),
        "start_time": millis(r.start_time),
        # Where MLflow's client logs the run's files: the proxied artifact API (mlflow_artifacts).
        "artifact_uri": f"mlflow-artifacts:/{r.experiment_id}/{r.id}/artifacts",
        "lifecycle_stage": "deleted" if r.HasField("delete_time") else "active",
    }
    if r.HasField("end_time"):
        info["end_time"] = millis(r.end_time)
    return info


def metric_json(m: pb.Metric) -> dict[str, Any]:
    return {"key": m.key, "value": m.value, "timestamp": millis(m.timestamp), "step": m.step}


def run_json(r: pb.Run) -> dict[str, Any]:
    metrics = [metric_json(m) for m in r.latest_metrics]
    return {
        "info": run_info_json(r),
        "data": {
            "metrics": metrics,
            "params": [{"key": k, "value": v} for k, v in sorted(r.params.items())],
            "tags": tag_list(r.tags),
        },
        "inputs": {"dataset_inputs": [dataset_input_json(d) for d in r.dataset_inputs]},
    }


async def _experiment_id(given: str, call: Caller) -> str:
    """The regserver id of an MLflow experiment id ("0" is the default experiment)."""
    if given != "0":
        return given
    try:
        found = await call(T + "GetExperiment", pb.GetExperimentRequest(name=DEFAULT_EXPERIMENT))
    except MlflowError as e:
        if e.error_code != "RESOURCE_DOES_NOT_EXIST":
            raise
        try:
            made = await call(
                T + "CreateExperiment", pb.CreateExperimentRequest(experiment=pb.Experiment(name=DEFAULT_EXPERIMENT))
            )
            return made.experiment.id  # type: ignore[no-any-return]
        except MlflowError as again:  # made by another call meanwhile
            if again.error_code != "RESOURCE_ALREADY_EXISTS":
                raise
            found = await call(T + "GetExperiment", pb.GetExperimentRequest(name=DEFAULT_EXPERIMENT))
    return found.experiment.id  # type: ignore[no-any-return]


async def _experiment_of(p: Params, call: Caller) -> str:
    return await _experiment_id(p.text("experiment_id"), call)


# ----- experiments ---------------------------------------------------------------------------------


async def create_experiment(p: Params, call: Caller) -> dict[str, Any]:
    experiment = pb.Experiment(name=p.text("name"), tags=p.tags())
    made = await call(T + "CreateExperiment", pb.CreateExperimentRequest(experiment=experiment))
    return {"experiment_id": made.experiment.id}


async def get_experiment(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.GetExperimentRequest(id=await _experiment_of(p, call), show_deleted=True)
    return {"experiment": experiment_json((await call(T + "GetExperiment", request)).experiment)}


async def get_experiment_by_name(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.GetExperimentRequest(name=p.text("experiment_name"), show_deleted=True)
    return {"experiment": experiment_json((await call(T + "GetExperiment", request)).experiment)}


async def search_experiments(p: Params, call: Caller) -> dict[str, Any]:
    if p.text("filter", False):
        raise bad("regserver lists experiments by name without a filter; leave filter_string empty")
    view = p.text("view_type", False).upper()
    request = pb.ListExperimentsRequest(
        page_size=p.number("max_results", 1000),
        page_token=p.text("page_token", False),
        show_deleted=view in ("ALL", "DELETED_ONLY"),
    )
    found = await call(T + "ListExperiments", request)
    experiments = [e for e in found.experiments if view != "DELETED_ONLY" or e.HasField("delete_time")]
    return paged("experiments", [experiment_json(e) for e in experiments], found)


async def delete_experiment(p: Params, call: Caller) -> dict[str, Any]:
    await call(T + "DeleteExperiment", pb.DeleteExperimentRequest(id=await _experiment_of(p, call)))
    return {}


async def restore_experiment(p: Params, call: Caller) -> dict[str, Any]:
    await call(T + "UndeleteExperiment", pb.UndeleteExperimentRequest(id=await _experiment_of(p, call)))
    return {}


# ----- runs ----------------------------------------------------------------------------------------


async def create_run(p: Params, call: Caller) -> dict[str, Any]:
    run = pb.Run(experiment_id=await _experiment_of(p, call), name=p.text("run_name", False), tags=p.tags())
    start = p.number("start_time", 0)
    if start:
        run.start_time.CopyFrom(_timestamp(start))
    made = await call(T + "CreateRun", pb.CreateRunRequest(run=run))
    return {"run": run_json(made.run)}


async def get_run(p: Params, call: Caller) -> dict[str, Any]:
    run_id = p.text("run_id", False) or p.text("run_uuid")
    return {"run": run_json((await call(T + "GetRun", pb.GetRunRequest(run_id=run_id, show_deleted=True))).run)}


async def delete_run(p: Params, call: Caller) -> dict[str, Any]:
    await call(T + "DeleteRun", pb.DeleteRunRequest(run_id=p.text("run_id")))
    return {}


async def restore_run(p: Params, call: Caller) -> dict[str, Any]:
    await call(T + "UndeleteRun", pb.UndeleteRunRequest(run_id=p.text("run_id")))
    return {}


async def update_run(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.UpdateRunRequest(run_id=p.text("run_id", False) or p.text("run_uuid"), name=p.text("run_name", False))
    status = p.text("status", False)
    if status:
        if status not in STATUSES:
            raise bad(f"Invalid run status {status!r}: one of {', '.join(sorted(STATUSES))}")
        request.status = STATUSES[status]
    end = p.number("end_time", 0)
    if end:
        request.end_time.CopyFrom(_timestamp(end))
    return {"run_info": run_info_json((await call(T + "UpdateRun", request)).run)}


async def search_runs(p: Params, call: Caller) -> dict[str, Any]:
    view = p.text("run_view_type", False).upper() or "ACTIVE_ONLY"
    if view not in ("ACTIVE_ONLY", "DELETED_ONLY", "ALL"):
        raise bad(f"Invalid value {view!r} for parameter 'run_view_type': ACTIVE_ONLY, DELETED_ONLY or ALL")
    request = pb.ListRunsRequest(
        experiment_ids=[await _experiment_id(given, call) for given in p.texts("experiment_ids")],
        filter=translate_filter(p.text("filter", False)),
        order_by=_run_order(p.texts("order_by")),
        page_size=p.number("max_results", 1000),
        page_token=p.text("page_token", False),
        show_deleted=view != "ACTIVE_ONLY",
    )
    found = await call(T + "ListRuns", request)
    # DELETED_ONLY: the deleted runs of each page (a page may come back short; its token still pages on).
    runs = [r for r in found.runs if view != "DELETED_ONLY" or r.HasField("delete_time")]
    return paged("runs", [run_json(r) for r in runs], found)


def _run_order(clauses: list[str]) -> str:
    """MLflow's run order_by ("attributes.start_time DESC") in regserver's fields."""
    names = {"start_time": "start_time", "attributes.start_time": "start_time", "run_name": "name"}
    names["attributes.run_name"] = "name"
    out = []
    for clause in clauses:
        field, _, direction = clause.strip().partition(" ")
        if field not in names:
            raise bad(f"Invalid order_by clause {clause!r}: runs are ordered by start_time or run_name")
        out.append(f"{names[field]} {direction.strip().lower()}".strip())
    return ", ".join(out)


async def _log(call: Caller, run_id: str, **lists: Any) -> dict[str, Any]:
    await call(T + "LogBatch", pb.LogBatchRequest(run_id=run_id, **lists))
    return {}


def _metric(item: Any) -> pb.Metric:
    if not isinstance(item, dict) or not isinstance(item.get("key"), str):
        raise bad("Invalid value for parameter 'metrics': each metric has a key, a value, a timestamp and a step")
    try:
        value = float(item["value"])  # MLflow sends NaN and Infinity as strings too
        step = int(item.get("step", 0) or 0)
        timestamp = int(item.get("timestamp", 0) or 0)
    except (KeyError, TypeError, ValueError):
        raise bad(f"Invalid value for metric {item.get('key')!r}: value, step and timestamp are numbers") from None
    metric = pb.Metric(key=item["key"], value=value, step=step)
    if timestamp:
        metric.timestamp.CopyFrom(_timestamp(timestamp))
    return metric


def _pairs(items: Any, field: str) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        raise bad(f"Invalid value for parameter '{field}': a list of {{key, value}} objects")
    pairs = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise bad(f"Invalid value for parameter '{field}': each has a string key")
        pairs.append((item["key"], str(item.get("value", ""))))
    return pairs


async def log_batch(p: Params, call: Caller) -> dict[str, Any]:
    metrics = [_metric(m) for m in p.raw("metrics", [])]
    params = [pb.Param(key=k, value=v) for k, v in _pairs(p.raw("params", []), "params")]
    tags = [pb.RunTag(key=k, value=v) for k, v in _pairs(p.raw("tags", []), "tags")]
    return await _log(call, p.text("run_id"), metrics=metrics, params=params, tags=tags)


async def log_metric(p: Params, call: Caller) -> dict[str, Any]:
    metric = _metric({k: p.raw(k, None) for k in ("key", "value", "step", "timestamp")})
    return await _log(call, p.text("run_id", False) or p.text("run_uuid"), metrics=[metric])


async def log_param(p: Params, call: Caller) -> dict[str, Any]:
    param = pb.Param(key=p.text("key"), value=str(p.raw("value", "")))
    return await _log(call, p.text("run_id", False) or p.text("run_uuid"), params=[param])


async def set_tag(p: Params, call: Caller) -> dict[str, Any]:
    tag = pb.RunTag(key=p.text("key"), value=str(p.raw("value", "")))
    return await _log(call, p.text("run_id", False) or p.text("run_uuid"), tags=[tag])


async def get_metric_history(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.GetMetricHistoryRequest(
        run_id=p.text("run_id", False) or p.text("run_uuid"),
        metric_key=p.text("metric_key"),
        page_size=min(p.number("max_results", 10_000), 10_000),
        page_token=p.text("page_token", False),
    )
    found = await call(T + "GetMetricHistory", request)
    return paged("metrics", [metric_json(m) for m in found.metrics], found)


# ----- logged models (MLflow 3's log_model) -------------------------------------------------------

LOGGED_STATUS = {
    pb.LOGGED_MODEL_STATUS_PENDING: "LOGGED_MODEL_PENDING",
    pb.LOGGED_MODEL_STATUS_READY: "LOGGED_MODEL_READY",
    pb.LOGGED_MODEL_STATUS_FAILED: "LOGGED_MODEL_UPLOAD_FAILED",
}
LOGGED_STATUSES = {name: value for value, name in LOGGED_STATUS.items()}


def logged_model_json(m: pb.LoggedModel) -> dict[str, Any]:
    return {
        "info": {
            "model_id": m.id,
            "experiment_id": m.experiment_id,
            "name": m.name,
            "creation_timestamp_ms": millis(m.create_time),
            "last_updated_timestamp_ms": millis(m.update_time),
            "artifact_uri": f"mlflow-artifacts:/{m.experiment_id}/models/{m.id}/artifacts",
            "status": LOGGED_STATUS.get(m.status, "LOGGED_MODEL_PENDING"),
            "model_type": m.model_type,
            "source_run_id": m.run_id,
            "status_message": m.status_message,
            "tags": tag_list(m.tags),
        },
        "data": {"params": [{"key": k, "value": v} for k, v in sorted(m.params.items())], "metrics": []},
    }


def _key_values(p: Params, name: str) -> dict[str, str]:
    return dict(_pairs(p.raw(name, []), name))


async def create_logged_model(p: Params, call: Caller) -> dict[str, Any]:
    model = pb.LoggedModel(
        experiment_id=await _experiment_of(p, call),
        name=p.text("name", False) or "model",
        run_id=p.text("source_run_id", False),
        model_type=p.text("model_type", False),
        tags=_key_values(p, "tags"),
        params=_key_values(p, "params"),
    )
    made = await call(T + "CreateLoggedModel", pb.CreateLoggedModelRequest(logged_model=model))
    return {"model": logged_model_json(made.logged_model)}


async def get_logged_model(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.GetLoggedModelRequest(id=p.text("model_id"), show_deleted=p.flag("allow_deleted"))
    return {"model": logged_model_json((await call(T + "GetLoggedModel", request)).logged_model)}


async def _update_logged_model(call: Caller, request: pb.UpdateLoggedModelRequest) -> dict[str, Any]:
    return {"model": logged_model_json((await call(T + "UpdateLoggedModel", request)).logged_model)}


async def finalize_logged_model(p: Params, call: Caller) -> dict[str, Any]:
    status = p.raw("status", "")
    if isinstance(status, int):  # the enum's number, as some clients send it
        status = {1: "LOGGED_MODEL_PENDING", 2: "LOGGED_MODEL_READY", 3: "LOGGED_MODEL_UPLOAD_FAILED"}.get(status, "")
    if not isinstance(status, str) or status not in LOGGED_STATUSES:
        raise bad(f"Invalid value {status!r} for parameter 'status': one of {', '.join(sorted(LOGGED_STATUSES))}")
    request = pb.UpdateLoggedModelRequest(id=p.text("model_id"), status=LOGGED_STATUSES[status])
    return await _update_logged_model(call, request)


async def set_logged_model_tags(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.UpdateLoggedModelRequest(id=p.text("model_id"), set_tags=_key_values(p, "tags"))
    await _update_logged_model(call, request)
    return {}


async def delete_logged_model_tag(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.UpdateLoggedModelRequest(id=p.text("model_id"), remove_tags=[p.text("tag_key")])
    await _update_logged_model(call, request)
    return {}


async def log_logged_model_params(p: Params, call: Caller) -> dict[str, Any]:
    request = pb.UpdateLoggedModelRequest(id=p.text("model_id"), params=_key_values(p, "params"))
    await _update_logged_model(call, request)
    return {}


async def delete_logged_model(p: Params, call: Caller) -> dict[str, Any]:
    await call(T + "DeleteLoggedModel", pb.DeleteLoggedModelRequest(id=p.text("model_id")))
    return {}


_LOGGED_FILTER = re.compile(r"\s*(name|source_run_id)\s*=\s*'((?:[^'\\]|\\.)*)'\s*", re.IGNORECASE)


def _logged_filter(text: str) -> dict[str, str]:
    """MLflow's logged-model filter, as far as regserver answers it: `name = '...'` and
    `source_run_id = '...'`, joined with AND."""
    found: dict[str, str] = {}
    for clause in re.split(r"\s+AND\s+", text.strip(), flags=re.IGNORECASE) if text.strip() else []:
        match = _LOGGED_FILTER.fullmatch(clause)
        if match is None:
            raise bad(
                f"Invalid filter clause {clause!r}: regserver searches logged models by name = '...' and "
                "source_run_id = '...', joined with AND"
            )
        found[match.group(1).lower()] = match.group(2).replace("\\'", "'")
    return found


async def search_logged_models(p: Params, call: Caller) -> dict[str, Any]:
    if p.raw("datasets", []) or p.raw("order_by", []):
        raise bad("regserver lists logged models newest first, without datasets or order_by")
    where = _logged_filter(p.text("filter", False))
    request = pb.ListLoggedModelsRequest(
        experiment_ids=[await _experiment_id(given, call) for given in p.texts("experiment_ids")],
        name=where.get("name", ""),
        run_id=where.get("source_run_id", ""),
        page_size=p.number("max_results", 100),
        page_token=p.text("page_token", False),
    )
    found = await call(T + "ListLoggedModels", request)
    return paged("models", [logged_model_json(m) for m in found.logged_models], found)


async def _check_models(call: Caller, run_id: str, items: Any, field: str) -> None:
    """The logged models a run names as inputs or outputs must exist (their link to the run is the
    logged model's run_id, set when it was created)."""
    if not isinstance(items, list) or not all(isinstance(m, dict) for m in items):
        raise bad(f"Invalid value for parameter '{field}': a list of {{model_id}} objects")
    await call(T + "GetRun", pb.GetRunRequest(run_id=run_id))
    for item in items:
        model_id = item.get("model_id")
        if not isinstance(model_id, str) or not model_id:
            raise bad(f"Invalid value for parameter '{field}': each names a model_id")
        await call(T + "GetLoggedModel", pb.GetLoggedModelRequest(id=model_id))


async def log_outputs(p: Params, call: Caller) -> dict[str, Any]:
    await _check_models(call, p.text("run_id"), p.raw("models", []), "models")
    return {}


def _datasets(items: Any) -> list[dict[str, Any]]:
    """MLflow's dataset inputs, each {"dataset": {"name", "digest", ...}, "tags": [...]}."""
    if not isinstance(items, list) or not all(
        isinstance(d, dict)
        and isinstance(d.get("dataset"), dict)
        and all(isinstance(d["dataset"].get(k), str) and d["dataset"][k] for k in ("name", "digest"))
        for d in items
    ):
        raise bad("Invalid value for parameter 'datasets': a list of {dataset: {name, digest, ...}, tags} objects")
    return items


def _role(tags: Any) -> int:
    """MLflow's free-text `mlflow.data.context` as a regserver role: test, validation (validation,
    eval, holdout), or training (anything else, and no context)."""
    context = dict(_pairs(tags or [], "tags")).get("mlflow.data.context", "").lower()
    if "test" in context:
        return pb.DATASET_ROLE_TEST
    if any(word in context for word in ("val", "eval", "holdout")):
        return pb.DATASET_ROLE_VALIDATION
    return pb.DATASET_ROLE_TRAINING


def _json_field(text: Any, *keys: str) -> Any:
    """A field of a JSON object held in a string (MLflow's dataset source and profile), or None."""
    try:
        value = json.loads(text) if isinstance(text, str) and text else None
    except ValueError:
        return None
    return next((value[k] for k in keys if isinstance(value, dict) and k in value), None)


def dataset_input(item: dict[str, Any]) -> pb.DatasetInput:
    """An MLflow dataset input as a regserver one. regserver names a dataset by a SHA-256; MLflow's
    digest is a short hash of the content, so the dataset's digest here is the SHA-256 of MLflow's
    name, digest and source: the same MLflow dataset logged from many runs is one regserver dataset."""
    d = item["dataset"]
    source = d.get("source", "") if isinstance(d.get("source"), str) else ""
    identity = "\x00".join(("mlflow-dataset", d["name"], d["digest"], source))
    uri = _json_field(source, "uri", "url", "path")
    rows = _json_field(d.get("profile"), "num_rows", "num_elements")
    dataset = pb.Dataset(
        digest=hashlib.sha256(identity.encode()).hexdigest(),
        name=d["name"],
        source_uri=uri if isinstance(uri, str) else "",
        schema=d.get("schema", "") if isinstance(d.get("schema"), str) else "",
    )
    if isinstance(rows, int) and not isinstance(rows, bool) and rows >= 0:
        dataset.row_count = rows
    return pb.DatasetInput(dataset=dataset, role=_role(item.get("tags")))  # type: ignore[arg-type]


def dataset_input_json(d: pb.DatasetInput) -> dict[str, Any]:
    context = {pb.DATASET_ROLE_TEST: "test", pb.DATASET_ROLE_VALIDATION: "validation"}.get(d.role, "training")
    return {
        "tags": [{"key": "mlflow.data.context", "value": context}],
        "dataset": {
            "name": d.dataset.name,
            "digest": d.dataset.digest,
            "source_type": "regserver",
            "source": json.dumps({"uri": d.dataset.source_uri}),
            "schema": d.dataset.schema,
            "profile": json.dumps({"num_rows": d.dataset.row_count}) if d.dataset.HasField("row_count") else "",
        },
    }


async def log_inputs(p: Params, call: Caller) -> dict[str, Any]:
    run_id = p.text("run_id")
    datasets = [dataset_input(item) for item in _datasets(p.raw("datasets", []))]
    await _check_models(call, run_id, p.raw("models", []), "models")
    if datasets:
        await call(T + "LogInputs", pb.LogInputsRequest(run_id=run_id, datasets=datasets))
    return {}


ENDPOINTS: list[tuple[str, str, Handler]] = [
    ("POST", "/experiments/create", create_experiment),
    ("GET", "/experiments/get", get_experiment),
    ("GET", "/experiments/get-by-name", get_experiment_by_name),
    ("POST", "/experiments/search", search_experiments),
    ("GET", "/experiments/search", search_experiments),
    ("POST", "/experiments/delete", delete_experiment),
    ("POST", "/experiments/restore", restore_experiment),
    ("POST", "/runs/create", create_run),
    ("GET", "/runs/get", get_run),
    ("POST", "/runs/update", update_run),
    ("POST", "/runs/delete", delete_run),
    ("POST", "/runs/restore", restore_run),
    ("POST", "/runs/search", search_runs),
    ("POST", "/runs/log-batch", log_batch),
    ("POST", "/runs/log-metric", log_metric),
    ("POST", "/runs/log-parameter", log_param),
    ("POST", "/runs/set-tag", set_tag),
    ("GET", "/metrics/get-history", get_metric_history),
    ("POST", "/runs/outputs", log_outputs),
    ("POST", "/runs/log-inputs", log_inputs),
    ("POST", "/logged-models", create_logged_model),
    ("POST", "/logged-models/search", search_logged_models),
    ("GET", "/logged-models/{model_id}", get_logged_model),
    ("PATCH", "/logged-models/{model_id}", finalize_logged_model),
    ("DELETE", "/logged-models/{model_id}", delete_logged_model),
    ("PATCH", "/logged-models/{model_id}/tags", set_logged_model_tags),
    ("DELETE", "/logged-models/{model_id}/tags/{tag_key}", delete_logged_model_tag),
    ("POST", "/logged-models/{model_id}/params", log_logged_model_params),
]
