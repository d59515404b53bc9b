"""`regserver import-mlflow`: copies an MLflow server's registry, and the runs behind it, into a
running regserver, through regserver's own API (the SDK: every write authorized, audited, evented).

What it copies, model by model: the registered model (description, tags), every version in
MLflow's numbering (description, tags, source, stage, and its files, hashed into the
content-addressed store), the aliases, and each version's run: its experiment (by name), name,
status, times, params, tags, every metric point and its files. A number MLflow no longer has (a
deleted version) is kept as a soft-deleted placeholder, so the numbers stay MLflow's.

It is resumable: a second run skips what is already there and finishes what is not (a version's
upload goes on under the same request id, a run's metric history from the points it lacks). Runs are
found again by their tag `mlflow.import.run_id`; models it made carry `mlflow.import.from`.

It reads MLflow over its REST API (`--from http://host:5000`), files through MLflow's proxied
artifact API (`mlflow-artifacts:/` URIs) or from local paths; files in other stores (s3://, ...)
are not copied and are reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import os
import posixpath
import re
import tempfile
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from regserver_client import NotFound, Registry, RegistryError
from regserver_client.v1 import model_pb2, tracking_pb2

IMPORTED_FROM = "mlflow.import.from"
RUN_TAG = "mlflow.import.run_id"
KEY = re.compile(r"[A-Za-z0-9_.:/-]{1,250}")
STAGES = {"Staging": "STAGING", "Production": "PRODUCTION", "Archived": "ARCHIVED"}
STATUSES = {"RUNNING", "FINISHED", "FAILED", "KILLED"}
MAX_TAG_VALUE = 5000


class ImportFailed(Exception):
    """The import cannot go on (the MLflow server cannot be read, or regserver refused a write)."""


@dataclass
class Summary:
    models: int = 0
    versions: int = 0
    placeholders: int = 0
    runs: int = 0
    files: int = 0
    bytes: int = 0
    skipped: dict[str, int] = field(default_factory=lambda: {"models": 0, "versions": 0, "runs": 0})
    not_copied: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [
            f"copied: {self.models} models, {self.versions} versions ({self.placeholders} placeholders for deleted "
            f"MLflow versions), {self.runs} runs, {self.files} files ({self.bytes / 1e6:,.1f} MB)",
            f"already there (skipped): {self.skipped['models']} models, {self.skipped['versions']} versions, "
            f"{self.skipped['runs']} runs",
        ]
        if self.not_copied:
            out.append(f"not copied ({len(self.not_copied)}):")
            out.extend(f"  - {item}" for item in self.not_copied)
        else:
            out.append("not copied: nothing")
        return out


class MlflowSource:
    """An MLflow tracking server, read over its REST API."""

    def __init__(self, url: str, token: str = "", timeout: float = 60.0) -> None:
        self.url = url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def close(self) -> None:
        self._http.close()

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        try:
            response = self._http.get(f"/api/2.0/mlflow/{path}", params=params)
        except httpx.HTTPError as e:
            raise ImportFailed(f"cannot read MLflow at {self.url}: {e}") from None
        if response.status_code == 404:
            raise LookupError(response.text)
        if response.status_code != 200:
            raise ImportFailed(f"MLflow answered {response.status_code} to {path}: {response.text[:500]}")
        return response.json()  # type: ignore[no-any-return]

    def pages(self, path: str, key: str, **params: Any) -> Iterator[dict[str, Any]]:
        token = ""
        while True:
            page = self.get(path, **params, **({"page_token": token} if token else {}))
            yield from page.get(key, [])
            token = page.get("next_page_token", "")
            if not token:
                return

    # -- files --------------------------------------------------------------------------------

    def download_tree(self, uri: str, dest: Path) -> list[str] | None:
        """Copies the files under an artifact URI into dest; their relative paths, or None when this
        kind of store cannot be read from here."""
        if uri.startswith("mlflow-artifacts:"):
            root = urllib.parse.urlparse(uri).path.lstrip("/")
            return self._proxied_tree(root, "", dest)
        local = uri[len("file://") :] if uri.startswith("file://") else uri if uri.startswith("/") else None
        if local is None or not os.path.exists(local):
            return None
        base = Path(local)
        if base.is_file():
            target = dest / base.name
            target.write_bytes(base.read_bytes())
            return [base.name]
        copied = []
        for path in sorted(p for p in base.rglob("*") if p.is_file()):
            relative = path.relative_to(base).as_posix()
            (dest / relative).parent.mkdir(parents=True, exist_ok=True)
            with open(path, "rb") as src, open(dest / relative, "wb") as out:
                while chunk := src.read(1 << 20):
                    out.write(chunk)
            copied.append(relative)
        return copied

    def _proxied_tree(self, root: str, relative: str, dest: Path) -> list[str]:
        listed = self._http.get("/api/2.0/mlflow-artifacts/artifacts", params={"path": posixpath.join(root, relative)})
        if listed.status_code != 200:
            raise ImportFailed(f"MLflow cannot list {root}/{relative}: {listed.status_code} {listed.text[:300]}")
        files = listed.json().get("files", [])
        if not files and not relative:  # a single file, or nothing at all
            name = posixpath.basename(root)
            return [name] if self._fetch(root, dest / name, missing_ok=True) else []
        copied: list[str] = []
        for f in files:
            path = posixpath.join(relative, f["path"]) if relative else f["path"]
            if f.get("is_dir"):
                copied.extend(self._proxied_tree(root, path, dest))
            else:
                self._fetch(posixpath.join(root, path), dest / path)
                copied.append(path)
        return copied

    def _fetch(self, remote: str, target: Path, missing_ok: bool = False) -> bool:
        quoted = urllib.parse.quote(remote)
        with self._http.stream("GET", f"/api/2.0/mlflow-artifacts/artifacts/{quoted}") as response:
            if response.status_code == 404 and missing_ok:
                return False
            if response.status_code != 200:
                raise ImportFailed(f"MLflow cannot serve {remote}: {response.status_code}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as out:
                for chunk in response.iter_bytes(1 << 20):
                    out.write(chunk)
        return True


def _usable(pairs: dict[str, str], what: str, summary: Summary) -> dict[str, str]:
    """The tags or params regserver can hold; the others are reported."""
    kept = {}
    for key, value in pairs.items():
        if not KEY.fullmatch(key):
            summary.not_copied.append(f"{what}: key {key!r} (regserver keys are letters, digits and _ . : / -)")
        elif len(value) > MAX_TAG_VALUE:
            summary.not_copied.append(f"{what}: {key!r}, whose value is {len(value):,} characters (limit 5000)")
        else:
            kept[key] = value
    return kept


def _pairs(items: list[dict[str, Any]] | None) -> dict[str, str]:
    return {t["key"]: str(t.get("value", "")) for t in items or []}


def _request_id(source: str, *parts: object) -> str:
    digest = hashlib.sha256("\x00".join(map(str, (source, *parts))).encode()).hexdigest()[:40]
    return f"mlflow-import-{digest}"


class MlflowImport:
    def __init__(self, source: MlflowSource, registry: Registry, say: Callable[[str], None] = print) -> None:
        self.source = source
        self.registry = registry
        self.say = say
        self.summary = Summary()
        self._runs: dict[str, str] = {}  # MLflow run id -> regserver run id

    def run(self, only: list[str] | None = None) -> Summary:
        models = list(self.source.pages("registered-models/search", "registered_models", max_results=100))
        wanted = [m for m in models if not only or m["name"] in only]
        missing = sorted(set(only or []) - {m["name"] for m in models})
        self.summary.not_copied.extend(f"model {name!r}: MLflow has no such registered model" for name in missing)
        self.say(f"{len(wanted)} registered models to copy from {self.source.url}")
        for model in wanted:
            self._model(model)
        return self.summary

    # -- models and versions ----------------------------------------------------------------------

    def _model(self, model: dict[str, Any]) -> None:
        name = model["name"]
        try:
            existing = self.registry.get_model(name)
        except NotFound:
            existing = None
        if existing is not None and existing.tags.get(IMPORTED_FROM) != self.source.url:
            self.summary.not_copied.append(
                f"model {name!r}: regserver already has a model of that name that was not imported from "
                f"{self.source.url}; rename one of them and import again"
            )
            return
        if existing is None:
            tags = _usable(_pairs(model.get("tags")), f"model {name!r} tag", self.summary)
            tags[IMPORTED_FROM] = self.source.url
            self.registry.create_model(
                name, description=model.get("description", ""), tags=tags, request_id=_request_id(self.source.url, name)
            )
            self.summary.models += 1
            self.say(f"model {name}: created")
        else:
            self.summary.skipped["models"] += 1
        versions = sorted(
            self.source.pages("model-versions/search", "model_versions", filter=f"name='{name}'", max_results=200),
            key=lambda v: int(v["version"]),
        )
        for v in versions:
            self._version(name, v)
        for alias in model.get("aliases", []):
            current = None
            with contextlib.suppress(NotFound):
                current = self.registry.get_version_by_alias(name, alias["alias"]).version
            if current != int(alias["version"]):
                self.registry.set_alias(name, alias["alias"], int(alias["version"]))
                self.say(f"model {name}: alias {alias['alias']} -> {alias['version']}")

    def _last(self, name: str) -> int:
        versions = self.registry.list_versions(name, order_by="version desc", page_size=1, show_deleted=True)
        return next((v.version for v in versions), 0)

    def _version(self, name: str, v: dict[str, Any]) -> None:
        number = int(v["version"])
        try:
            have = self.registry.get_version(name, number, show_deleted=True)
        except NotFound:
            have = None
        if have is not None and have.status == model_pb2.MODEL_VERSION_STATUS_READY:
            self.summary.skipped["versions"] += 1
            return
        if have is None:
            # MLflow's numbers have gaps where versions were deleted: hold each with a placeholder.
            for gap in range(self._last(name) + 1, number):
                self.registry.create_version(
                    name,
                    description=f"placeholder: MLflow version {gap} was deleted before the import",
                    request_id=_request_id(self.source.url, name, gap, "placeholder"),
                )
                self.registry.delete_version(name, gap)
                self.summary.placeholders += 1
        mlflow_run = v.get("run_id") or self._logged_model_run(v.get("source", ""))
        run_id = self._run(mlflow_run) if mlflow_run else ""
        tags = _usable(_pairs(v.get("tags")), f"model {name!r} version {number} tag", self.summary)
        description = v.get("description") or ""
        request_id = _request_id(self.source.url, name, number)
        uri = self._download_uri(name, number, v.get("source", ""))
        with tempfile.TemporaryDirectory(prefix="regserver-import-") as tmp:
            files = self.source.download_tree(uri, Path(tmp)) if uri else None
            if files is None and uri:
                self.summary.not_copied.append(
                    f"model {name!r} version {number}: its files at {uri} are in a store this import cannot read; "
                    "the version keeps the source URI"
                )
            source = v.get("source", "")
            if files:
                made = self.registry.upload_version(
                    name, tmp, description=description, tags=tags, run_id=run_id, source=source, request_id=request_id
                )
                self.summary.files += len(files)
                self.summary.bytes += sum(f.digest.size_bytes for f in made.files)
            else:
                made = self.registry.create_version(
                    name, description=description, tags=tags, run_id=run_id, source=source, request_id=request_id
                )
        if made.version != number:
            raise ImportFailed(
                f"model {name!r}: MLflow's version {number} became regserver's version {made.version}; another "
                "writer is creating versions of this model: stop it and import again"
            )
        stage = STAGES.get(v.get("current_stage", "None"))
        if stage is not None:
            self.registry.transition_stage(name, number, stage)
        self.summary.versions += 1
        self.say(f"model {name}: version {number} copied ({len(files or [])} files)")

    def _logged_model_run(self, source: str) -> str:
        """The run that logged the model a `models:/m-...` source names (MLflow 3), if any."""
        if not source.startswith("models:/m-"):
            return ""
        try:
            model = self.source.get(f"logged-models/{source.removeprefix('models:/')}")
        except LookupError:
            return ""
        return str(model.get("model", {}).get("info", {}).get("source_run_id", ""))

    def _download_uri(self, name: str, number: int, source: str) -> str:
        try:
            return str(self.source.get("model-versions/get-download-uri", name=name, version=number)["artifact_uri"])
        except LookupError:
            return source

    # -- runs -------------------------------------------------------------------------------------

    def _run(self, mlflow_run_id: str) -> str:
        if mlflow_run_id in self._runs:
            return self._runs[mlflow_run_id]
        try:
            got = self.source.get("runs/get", run_id=mlflow_run_id)["run"]
        except LookupError:
            self.summary.not_copied.append(f"run {mlflow_run_id}: MLflow no longer has it")
            self._runs[mlflow_run_id] = ""
            return ""
        info, data = got["info"], got.get("data", {})
        query = f'tags.`{RUN_TAG}` = "{mlflow_run_id}"'
        found = next(iter(self.registry.list_runs(filter=query, page_size=1)), None)
        if found is not None and found.tags.get("mlflow.import.complete") == "true":
            self.summary.skipped["runs"] += 1
            self._runs[mlflow_run_id] = found.id
            return found.id
        experiment = self.source.get("experiments/get", experiment_id=info["experiment_id"])["experiment"]
        if found is None:
            tags = _usable(_pairs(data.get("tags")), f"run {mlflow_run_id} tag", self.summary)
            tags[RUN_TAG] = mlflow_run_id
            found = self.registry.create_run(
                self.registry.get_or_create_experiment(experiment["name"]).id,
                name=info.get("run_name", "")[:256],
                tags=tags,
                start_time=int(info.get("start_time", 0)) / 1000 or None,
            )
        run_id = found.id
        params = _usable(_pairs(data.get("params")), f"run {mlflow_run_id} param", self.summary)
        if params:
            self.registry.log_batch(run_id, params=params)
        for metric in data.get("metrics", []):
            self._history(mlflow_run_id, run_id, metric["key"])
        with tempfile.TemporaryDirectory(prefix="regserver-import-") as tmp:
            files = self.source.download_tree(info.get("artifact_uri", ""), Path(tmp))
            if files is None:
                self.summary.not_copied.append(
                    f"run {mlflow_run_id}: its files at {info.get('artifact_uri')} are in a store this import "
                    "cannot read"
                )
            elif files:
                logged = self.registry.log_artifacts(run_id, tmp)
                self.summary.files += len(logged)
                self.summary.bytes += sum(e.digest.size_bytes for e in logged)
        status = info.get("status", "FINISHED")
        end = info.get("end_time")
        self.registry.update_run(
            run_id, status=status if status in STATUSES else None, end_time=int(end) / 1000 if end else None
        )
        self.registry.log_batch(run_id, tags={"mlflow.import.complete": "true"})
        self.summary.runs += 1
        self.say(f"run {mlflow_run_id}: copied as {run_id} in experiment {experiment['name']!r}")
        self._runs[mlflow_run_id] = run_id
        return run_id

    def _history(self, mlflow_run_id: str, run_id: str, key: str) -> None:
        if not KEY.fullmatch(key):
            self.summary.not_copied.append(f"run {mlflow_run_id}: metric {key!r} (its key)")
            return
        points = sorted(
            self.source.pages(
                "metrics/get-history", "metrics", run_id=mlflow_run_id, metric_key=key, max_results=25000
            ),
            key=lambda m: (int(m.get("step", 0)), int(m.get("timestamp", 0)), str(m.get("value"))),
        )
        # Points already copied by an interrupted import are the first ones, in this same order.
        have = sum(1 for _ in self.registry.get_metric_history(run_id, key, page_size=10_000))
        todo, unusable = [], 0
        for point in points[have:]:
            try:
                value = float(point["value"])  # MLflow sends NaN and the infinities as strings
            except (KeyError, TypeError, ValueError):
                value = math.nan
            if not math.isfinite(value):
                unusable += 1
                continue
            metric = tracking_pb2.Metric(key=key, value=value, step=int(point.get("step", 0)))
            metric.timestamp.FromMilliseconds(int(point.get("timestamp", 0)))
            todo.append(metric)
        if unusable:
            self.summary.not_copied.append(f"run {mlflow_run_id}: {unusable} points of {key!r} (NaN or infinite)")
        for start in range(0, len(todo), 1000):
            self.registry.log_batch(run_id, metrics=todo[start : start + 1000])


def import_mlflow(
    source_url: str,
    target: str,
    *,
    token: str = "",
    source_token: str = "",
    models: list[str] | None = None,
    say: Callable[[str], None] = print,
) -> Summary:
    source = MlflowSource(source_url, source_token)
    try:
        with Registry(target, token=token or None) as registry:
            return MlflowImport(source, registry, say).run(models)
    except RegistryError as e:
        raise ImportFailed(f"regserver refused: {e}") from None
    finally:
        source.close()
