"""MLflow's proxied artifact API (`/api/2.0/mlflow-artifacts/artifacts/...`) on regserver's
content-addressed store, so that `mlflow.log_artifact`, `log_model`, `download_artifacts` and
`load_model` move files through regserver unchanged.

`mlflow-artifacts:/` paths name files of regserver's own resources:

- `<experiment id>/<run id>/artifacts/<path>`: a run's files (Tracking.LogArtifacts on "runs/<id>");
- `<experiment id>/models/<logged model id>/artifacts/<path>`: a logged model's files
  ("loggedModels/<id>");
- `registered-models/<name>/versions/<n>/<path>`: a model version's manifest, read-only: what
  `model-versions/get-download-uri` answers for a version with files, however they were uploaded.

An upload is checked first (LogArtifacts with validate_only: the caller's permission, the run or
logged model), then its bytes are hashed by the server as they land, then the path is recorded with
the digest computed here (LogArtifacts, audited). A download reads the file's digest through the
caller's own call (ListArtifacts or GetModelVersion) and streams the blob, verified against it.
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import grpc
from aiohttp import web
from aiohttp.web_protocol import RequestPayloadError
from regserver_client.v1 import artifacts_pb2 as apb
from regserver_client.v1 import model_pb2 as mpb
from regserver_client.v1 import model_registry_pb2 as rpc
from regserver_client.v1 import tracking_pb2 as tpb

from regserver.api.artifact_store import BlobFailure, BlobIntake
from regserver.http.gateway import ConnectGateway, spent
from regserver.http.mlflow import ERRORS, Caller, Handler, MlflowError, Params, bad, model_version_json

log = logging.getLogger(__name__)

T = "Tracking/"
PREFIX = "/api/2.0/mlflow-artifacts/artifacts"
REGISTRY = "registered-models"


@dataclass(frozen=True)
class Location:
    """Where an mlflow-artifacts path points: a run's or logged model's files, or a version's."""

    parent: str  # "runs/<id>", "loggedModels/<id>", or "" for a model version
    path: str  # the file or directory inside it ("" for its root)
    model: str = ""
    version: int = 0


def locate(artifact_path: str) -> Location:
    """An mlflow-artifacts path (without the scheme) as a Location; INVALID_PARAMETER_VALUE if it
    names nothing regserver keeps."""
    parts = [p for p in artifact_path.strip("/").split("/") if p]
    if any(p in (".", "..") for p in parts):
        raise bad(f"Invalid artifact path {artifact_path!r}: '.' and '..' segments are not allowed")
    if len(parts) >= 4 and parts[0] == REGISTRY and parts[2] == "versions" and parts[3].isdigit():
        if len(parts[3]) > 18 or int(parts[3]) < 1:
            raise bad(f"Invalid artifact path {artifact_path!r}: versions start at 1")
        return Location("", "/".join(parts[4:]), model=parts[1], version=int(parts[3]))
    if len(parts) >= 3 and parts[2] == "artifacts" and parts[1].startswith("run_"):
        return Location(f"runs/{parts[1]}", "/".join(parts[3:]))
    if len(parts) >= 4 and parts[1] == "models" and parts[3] == "artifacts":
        return Location(f"loggedModels/{parts[2]}", "/".join(parts[4:]))
    raise bad(
        f"Invalid artifact path {artifact_path!r}: regserver keeps files at '<experiment id>/<run id>/artifacts/...', "
        f"'<experiment id>/models/<logged model id>/artifacts/...' and '{REGISTRY}/<name>/versions/<n>/...'"
    )


def source_location(source: str) -> Location | None:
    """The files an MLflow model version source names, when regserver holds them: `models:/m-...`,
    `runs:/<run id>/<path>` or `mlflow-artifacts:/...`; None for any other source."""
    if source.startswith("models:/m-") and "/" not in source[len("models:/") :].rstrip("/"):
        return Location(f"loggedModels/{source[len('models:/') :].rstrip('/')}", "")
    if source.startswith("runs:/"):
        run_id, _, path = source[len("runs:/") :].strip("/").partition("/")
        return Location(f"runs/{run_id}", path.strip("/")) if run_id else None
    if source.startswith("mlflow-artifacts:"):
        tail = source[len("mlflow-artifacts:") :]
        if tail.startswith("//"):  # mlflow-artifacts://host:port/path
            tail = "/" + tail[2:].partition("/")[2]
        try:
            return locate(tail)
        except MlflowError:
            return None
    return None


async def files_at(call: Caller, where: Location) -> list[apb.ManifestEntry]:
    """The files at or under a location, with paths as the caller's own call returns them."""
    if where.parent:
        listed = await call(T + "ListArtifacts", tpb.ListArtifactsRequest(parent=where.parent, path=where.path))
        return list(listed.files)
    got = await call("GetModelVersion", rpc.GetModelVersionRequest(model_name=where.model, version=where.version))
    prefix = where.path + "/" if where.path else ""
    return [f for f in got.model_version.files if f.path == where.path or f.path.startswith(prefix)]


async def run_of(call: Caller, where: Location) -> str:
    """The run whose files a location names: the run itself, or the one that logged the model."""
    kind, _, ident = where.parent.partition("/")
    if kind == "runs":
        return ident
    if kind == "loggedModels":
        got = await call(T + "GetLoggedModel", tpb.GetLoggedModelRequest(id=ident))
        return got.logged_model.run_id  # type: ignore[no-any-return]
    return ""


# ----- model versions of files regserver holds -----------------------------------------------------


async def create_model_version(p: Params, call: Caller) -> dict[str, Any]:
    """A version of the files its source names when regserver holds them (a logged model, a run's
    directory, an mlflow-artifacts URI): their digests become its manifest, and it is finalized at once."""
    name, source = p.text("name"), p.text("source", False)
    version = mpb.ModelVersion(
        source=source, run_id=p.text("run_id", False), description=p.text("description", False), tags=p.tags()
    )
    where = source_location(source)
    if where is not None and not version.run_id:  # the run behind the files, for lineage
        version.run_id = await run_of(call, where)
    if where is not None:
        prefix = where.path + "/" if where.path else ""
        for f in await files_at(call, where):
            # A directory's files keep their paths inside it; a single file is the version's only one.
            path = f.path[len(prefix) :] if f.path.startswith(prefix) else posixpath.basename(f.path)
            version.files.add(path=path, digest=f.digest, media_type=f.media_type)
    made = await call("CreateModelVersion", rpc.CreateModelVersionRequest(model_name=name, model_version=version))
    if version.files:
        request = rpc.FinalizeModelVersionRequest(model_name=name, version=made.model_version.version)
        made = await call("FinalizeModelVersion", request)
    return {"model_version": model_version_json(made.model_version)}


async def get_model_version_download_uri(p: Params, call: Caller) -> dict[str, Any]:
    """A version with files is downloaded from its own manifest, through the proxied artifact API."""
    request = rpc.GetModelVersionRequest(model_name=p.text("name"), version=p.version())
    v = (await call("GetModelVersion", request)).model_version
    if v.files:
        return {"artifact_uri": f"mlflow-artifacts:/registered-models/{v.model_name}/versions/{v.version}"}
    return {"artifact_uri": v.source}


ENDPOINTS: list[tuple[str, str, Handler]] = [
    ("POST", "/model-versions/create", create_model_version),
    ("GET", "/model-versions/get-download-uri", get_model_version_download_uri),
]


class MlflowArtifacts:
    def __init__(self, gateway: ConnectGateway, blobs: BlobIntake) -> None:
        self._gateway = gateway
        self._blobs = blobs

    def routes(self) -> tuple[web.RouteDef, ...]:
        return (
            web.get(PREFIX, self._serve(self._list)),
            web.put(PREFIX + "/{path:.+}", self._serve(self._upload)),
            web.get(PREFIX + "/{path:.+}", self._serve(self._download)),
        )

    def _serve(self, handler: Any) -> Any:
        async def serve(request: web.Request) -> web.StreamResponse:
            try:
                return spent(request, await handler(request, Caller(self._gateway, request)))
            except MlflowError as e:
                return spent(request, e.response())

        return serve

    async def _list(self, request: web.Request, call: Caller) -> web.StreamResponse:
        directory = request.query.get("path", "").strip("/")
        if not directory:
            return web.json_response({})  # the root of everything: nothing to list there
        where = locate(directory)
        try:
            files = await files_at(call, where)
        except MlflowError as e:
            if e.error_code != "RESOURCE_DOES_NOT_EXIST":
                raise
            return web.json_response({})  # as MLflow's: a directory that is not there lists empty
        prefix = where.path + "/" if where.path else ""
        children: dict[str, dict[str, Any]] = {}
        for f in files:
            if not f.path.startswith(prefix):
                continue  # the path names a file, not a directory: nothing under it
            name, slash, _ = f.path[len(prefix) :].partition("/")
            if slash:
                children.setdefault(name, {"path": name, "is_dir": True})
            else:
                children[name] = {"path": name, "is_dir": False, "file_size": str(f.digest.size_bytes)}
        listed = [children[name] for name in sorted(children)]
        return web.json_response({"files": listed} if listed else {})

    async def _upload(self, request: web.Request, call: Caller) -> web.StreamResponse:
        where = locate(request.match_info["path"])
        if not where.parent:
            raise MlflowError(
                "PERMISSION_DENIED",
                "a model version's files are immutable: log files to a run or a logged model, then register it",
                403,
            )
        if not where.path:
            raise bad("Invalid artifact path: name the file to upload")
        media_type = request.headers.get("Content-Type", "").split(";")[0].strip()[:255]
        entry = apb.ManifestEntry(path=where.path, media_type=media_type)
        check = tpb.LogArtifactsRequest(parent=where.parent, files=[entry], validate_only=True)
        await call(T + "LogArtifacts", check)
        digest = await self._store(request)
        entry.digest.CopyFrom(digest)
        await call(T + "LogArtifacts", tpb.LogArtifactsRequest(parent=where.parent, files=[entry]))
        return web.json_response({})

    async def _store(self, request: web.Request) -> apb.Digest:
        async def body() -> AsyncIterator[bytes]:
            try:
                async for chunk in request.content.iter_chunked(1024 * 1024):
                    yield chunk
            except RequestPayloadError as e:
                raise MlflowError("MALFORMED_REQUEST", f"the upload's body cannot be read: {e}", 400) from None

        try:
            return await self._blobs.store(body())
        except BlobFailure as e:
            raise _failure(e) from None

    async def _download(self, request: web.Request, call: Caller) -> web.StreamResponse:
        where = locate(request.match_info["path"])
        found = [f for f in await files_at(call, where) if f.path == where.path]
        if not where.path or not found:
            raise MlflowError("RESOURCE_DOES_NOT_EXIST", f"no file at {request.match_info['path']!r}", 404)
        digest = found[0].digest
        response = web.StreamResponse(
            headers={
                "Content-Type": found[0].media_type or "application/octet-stream",
                "Content-Length": str(digest.size_bytes),
                "Content-Disposition": f'attachment; filename="{posixpath.basename(where.path)}"',
                "ETag": f'"sha256:{digest.hash}"',
            }
        )
        chunks = self._blobs.read(digest)
        try:
            first = await anext(chunks, b"")
        except BlobFailure as e:
            raise _failure(e) from None
        await response.prepare(request)
        try:
            if first:
                await response.write(first)
            async for data in chunks:
                await response.write(data)
        except BlobFailure as e:
            # The bytes already sent are not the file: cut the connection short of Content-Length,
            # so the client sees an incomplete download rather than a corrupt file.
            log.error("MLflow download of %s stopped: %s", request.path, e.message)
            if request.transport is not None:
                request.transport.abort()
            return response
        finally:
            await chunks.aclose()
        await response.write_eof()
        return response


def _failure(e: BlobFailure) -> MlflowError:
    code, status = ERRORS.get(e.code, ("TEMPORARILY_UNAVAILABLE", 503))
    if e.code == grpc.StatusCode.DATA_LOSS:
        code, status = "DATA_LOSS", 500
    return MlflowError(code, e.message, status)
