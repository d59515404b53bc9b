"""MLflow's REST API for the model registry (`/api/2.0/mlflow/registered-models/...`,
`.../model-versions/...`), so that `MlflowClient` code runs unchanged against regserver.

Each MLflow call becomes one regserver.v1 call, run through the Connect gateway's `invoke`: the same
handler, auth, audit, validation and events as over gRPC. Where the two differ, regserver's rules
win (version numbers without gaps, protected targets need an approved promotion, deletes are soft
and restorable) and the refusal comes back in MLflow's error shape with the server's message.
Its tracking and logged-model endpoints are regserver.http.mlflow_tracking's, its proxied artifact
API regserver.http.mlflow_artifacts'.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import grpc
from aiohttp import web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.web_protocol import RequestPayloadError
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from regserver_client.v1 import model_pb2 as pb
from regserver_client.v1 import model_registry_pb2 as rpc

from regserver.http import connect
from regserver.http.gateway import ConnectGateway, call_of, spent

MR = "/regserver.v1.ModelRegistry/"
PREFIXES = ("/api/2.0/mlflow", "/ajax-api/2.0/mlflow")
# MLflow's error codes and the HTTP statuses its client expects. Limits are 400, not 429: the client
# retries 429 and every 5xx for minutes, which would turn a clear refusal into a hang.
ERRORS: dict[grpc.StatusCode, tuple[str, int]] = {
    grpc.StatusCode.NOT_FOUND: ("RESOURCE_DOES_NOT_EXIST", 404),
    grpc.StatusCode.ALREADY_EXISTS: ("RESOURCE_ALREADY_EXISTS", 400),
    grpc.StatusCode.INVALID_ARGUMENT: ("INVALID_PARAMETER_VALUE", 400),
    grpc.StatusCode.FAILED_PRECONDITION: ("INVALID_STATE", 400),
    grpc.StatusCode.OUT_OF_RANGE: ("INVALID_PARAMETER_VALUE", 400),
    grpc.StatusCode.ABORTED: ("ABORTED", 409),
    grpc.StatusCode.RESOURCE_EXHAUSTED: ("RESOURCE_EXHAUSTED", 400),
    grpc.StatusCode.PERMISSION_DENIED: ("PERMISSION_DENIED", 403),
    grpc.StatusCode.UNAUTHENTICATED: ("UNAUTHENTICATED", 401),
    grpc.StatusCode.UNIMPLEMENTED: ("NOT_IMPLEMENTED", 501),
}
STAGE_NAMES = {
    pb.STAGE_UNSPECIFIED: "None",
    pb.STAGE_NONE: "None",
    pb.STAGE_STAGING: "Staging",
    pb.STAGE_PRODUCTION: "Production",
    pb.STAGE_ARCHIVED: "Archived",
}
STAGES = {"none": pb.STAGE_NONE, "staging": pb.STAGE_STAGING, "production": pb.STAGE_PRODUCTION}
STAGES["archived"] = pb.STAGE_ARCHIVED
STATUS_NAMES = {
    pb.MODEL_VERSION_STATUS_READY: "READY",
    pb.MODEL_VERSION_STATUS_PENDING_UPLOAD: "PENDING_REGISTRATION",
    pb.MODEL_VERSION_STATUS_FAILED: "FAILED_REGISTRATION",
}
# MLflow's order_by fields, as regserver names them.
ORDER_FIELDS = {
    "name": "name",
    "creation_timestamp": "create_time",
    "last_updated_timestamp": "update_time",
    "timestamp": "update_time",
    "version_number": "version",
}


class MlflowError(Exception):
    def __init__(self, error_code: str, message: str, status: int) -> None:
        super().__init__(message)
        self.error_code, self.message, self.status = error_code, message, status

    def response(self) -> web.Response:
        body = json.dumps({"error_code": self.error_code, "message": self.message})
        return web.Response(status=self.status, text=body, content_type="application/json")


def bad(message: str) -> MlflowError:
    return MlflowError("INVALID_PARAMETER_VALUE", message, 400)


Handler = Callable[["Params", "Caller"], Awaitable[dict[str, Any]]]


class Params:
    """An MLflow request's parameters: the query string, then the JSON body (DELETE carries one too)."""

    def __init__(self, query: Mapping[str, str], multi: dict[str, list[str]], body: dict[str, Any]) -> None:
        self._values: dict[str, Any] = {**query, **body}
        self._multi = multi

    @staticmethod
    async def of(request: web.Request) -> Params:
        body: dict[str, Any] = {}
        try:
            raw = await request.read() if request.can_read_body else b""
        except web.HTTPRequestEntityTooLarge:
            message = "the request body is larger than this server takes (--max-message-bytes)"
            raise MlflowError("BAD_REQUEST", message, 413) from None
        except (RequestPayloadError, ContentEncodingError) as e:
            raise MlflowError("MALFORMED_REQUEST", f"the request body cannot be read: {e}", 400) from None
        if raw.strip():
            try:
                parsed = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                raise MlflowError("MALFORMED_REQUEST", f"the request body is not JSON: {e}", 400) from None
            if not isinstance(parsed, dict):
                raise MlflowError("MALFORMED_REQUEST", "the request body must be a JSON object", 400)
            body = parsed
        multi: dict[str, list[str]] = {}
        for key, value in request.query.items():
            multi.setdefault(key, []).append(value)
        return Params({**request.query, **request.match_info}, multi, body)

    def text(self, name: str, required: bool = True) -> str:
        value = self._values.get(name)
        if value is None or value == "":
            if required:
                raise bad(f"Missing value for required parameter '{name}'")
            return ""
        if not isinstance(value, str):
            raise bad(f"Invalid value {value!r} for parameter '{name}': it must be a string")
        return value

    def raw(self, name: str, default: Any) -> Any:
        """A parameter as the JSON had it (None and "" count as missing)."""
        value = self._values.get(name)
        return default if value is None or value == "" else value

    def version(self, name: str = "version") -> int:
        value = self._values.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            text = self.text(name)
            if not text.isdigit() or len(text) > 18:
                raise bad(f"Invalid value {text!r} for parameter '{name}': a version is a positive integer")
            number = int(text)
        if number < 1:
            raise bad(f"Invalid value {number} for parameter '{name}': versions start at 1")
        return number

    def number(self, name: str, default: int) -> int:
        value = self._values.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad(f"Invalid value {value!r} for parameter '{name}': it must be an integer") from None

    def flag(self, name: str) -> bool:
        value = self._values.get(name, False)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    def texts(self, name: str) -> list[str]:
        value = self._values.get(name)
        found = self._multi.get(name) or ([] if value is None else value if isinstance(value, list) else [value])
        if not all(isinstance(v, str) for v in found):
            raise bad(f"Invalid value for parameter '{name}': a list of strings")
        return list(found)

    def tags(self) -> dict[str, str]:
        value = self._values.get("tags") or []
        if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
            raise bad("Invalid value for parameter 'tags': a list of {key, value} objects")
        tags: dict[str, str] = {}
        for tag in value:
            key, text = tag.get("key"), tag.get("value", "")
            if not isinstance(key, str) or not isinstance(text, str):
                raise bad("Invalid value for parameter 'tags': each tag's key and value are strings")
            tags[key] = text
        return tags


class Caller:
    """Runs regserver.v1 calls as the HTTP request's caller; a failure becomes an MlflowError."""

    def __init__(self, gateway: ConnectGateway, request: web.Request) -> None:
        self._gateway = gateway
        metadata = tuple(_bearer(k, v) for k, v in connect.metadata_of(request.headers))
        self._call = call_of(request, metadata)

    async def __call__(self, method: str, message: Message) -> Any:
        """`method` is a ModelRegistry method's name, or "Service/Method" for another service."""
        full = f"/regserver.v1.{method}" if "/" in method else MR + method
        outcome = await self._gateway.invoke(full, message, self._call)
        if outcome.failure is not None:
            code, status = ERRORS.get(outcome.failure.code, ("INTERNAL_ERROR", 500))
            raise MlflowError(code, outcome.failure.message, status)
        return outcome.response


def _bearer(key: str, value: str) -> tuple[str, str]:
    """MLflow's basic-auth form (MLFLOW_TRACKING_USERNAME / PASSWORD) carries a token as the password."""
    if key == "authorization" and value[:6].lower() == "basic ":
        try:
            _, _, password = base64.b64decode(value[6:].strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return key, value  # the auth concern refuses it as it is
        return key, f"Bearer {password}"
    return key, value


def millis(ts: Timestamp) -> int:
    return ts.seconds * 1000 + ts.nanos // 1_000_000


def paged(key: str, items: list[dict[str, Any]], found: Any) -> dict[str, Any]:
    """A list response in MLflow's shape: the items, and the next page's token when there is one."""
    out: dict[str, Any] = {key: items}
    if found.next_page_token:
        out["next_page_token"] = found.next_page_token
    return out


def tag_list(tags: Mapping[str, str]) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in sorted(tags.items())]


def model_version_json(v: pb.ModelVersion) -> dict[str, Any]:
    return {
        "name": v.model_name,
        "version": str(v.version),
        "creation_timestamp": millis(v.create_time),
        "last_updated_timestamp": millis(v.update_time),
        "user_id": v.creator,
        "current_stage": STAGE_NAMES.get(v.stage, "None"),
        "description": v.description,
        "source": v.source,
        "run_id": v.run_id,
        "status": STATUS_NAMES.get(v.status, "PENDING_REGISTRATION"),
        "tags": tag_list(v.tags),
        "aliases": list(v.aliases),
        "run_link": "",
    }


def registered_model_json(m: pb.RegisteredModel, latest: list[pb.ModelVersion] | None = None) -> dict[str, Any]:
    return {
        "name": m.name,
        "creation_timestamp": millis(m.create_time),
        "last_updated_timestamp": millis(m.update_time),
        "user_id": m.owner,
        "description": m.description,
        "latest_versions": [model_version_json(v) for v in latest or []],
        "tags": tag_list(m.tags),
        "aliases": [{"alias": a.alias, "version": str(a.version)} for a in m.aliases],
    }


async def _latest_per_stage(call: Caller, name: str, stages: list[str]) -> list[pb.ModelVersion]:
    """MLflow's latest_versions: the newest version in each stage (every stage, or those named), one
    row asked for per stage, however many versions the model has."""
    wanted = [_stage(s) for s in stages] or [pb.STAGE_NONE, pb.STAGE_STAGING, pb.STAGE_PRODUCTION, pb.STAGE_ARCHIVED]
    pages = await asyncio.gather(
        *(
            call(
                "ListModelVersions",
                rpc.ListModelVersionsRequest(
                    model_name=name,
                    filter=f"stage = '{pb.Stage.Name(stage).removeprefix('STAGE_')}'",
                    order_by="version desc",
                    page_size=1,
                ),
            )
            for stage in dict.fromkeys(wanted)
        )
    )
    return sorted((v for page in pages for v in page.model_versions), key=lambda v: v.version)


def _stage(name: str) -> int:
    stage = STAGES.get(name.strip().lower())
    if stage is None:
        raise bad(f"Invalid Model Version stage: {name}. Value must be one of None, Staging, Production, Archived.")
    return stage


# MLflow's filter fields, as regserver names them (the grammar is otherwise the same).
FILTER_FIELDS = {"tag": "tags", "source_path": "source", "version_number": "version", "user_id": "creator"}
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`""")
_FIELD = re.compile(r"\b(" + "|".join(FILTER_FIELDS) + r")\b(?=\s*(?:\.|=|!=|<|>|\s(?:I?LIKE)\b))", re.IGNORECASE)


# The clause the client adds to every model search to leave prompts out. MLflow means "not tagged as
# a prompt", tag or no tag; regserver's != needs the tag to be there, so it is asked as NOT ... =.
_NOT_PROMPT = re.compile(r"\btags?\.`mlflow\.prompt\.is_prompt`\s*!=\s*'true'")


def translate_filter(text: str) -> str:
    """MLflow's filter string in regserver's grammar: its field names renamed outside quoted text."""
    text = _NOT_PROMPT.sub("NOT tags.`mlflow.prompt.is_prompt` = 'true'", text)
    out, at = [], 0
    for quoted in _QUOTED.finditer(text):
        out.append(_FIELD.sub(lambda m: FILTER_FIELDS[m.group(1).lower()], text[at : quoted.start()]))
        out.append(quoted.group(0))
        at = quoted.end()
    out.append(_FIELD.sub(lambda m: FILTER_FIELDS[m.group(1).lower()], text[at:]))
    return "".join(out)


def order_by_clause(clauses: list[str]) -> str:
    """MLflow's ["name ASC", "last_updated_timestamp DESC"] as regserver's "name, update_time desc"."""
    out = []
    for clause in clauses:
        field, _, direction = clause.strip().partition(" ")
        name = ORDER_FIELDS.get(field.strip("`"))
        if name is None:
            raise bad(f"Invalid order_by clause {clause!r}: order by one of {', '.join(ORDER_FIELDS)}")
        direction = direction.strip().lower()
        if direction not in ("", "asc", "desc"):
            raise bad(f"Invalid order_by clause {clause!r}: the direction is ASC or DESC")
        out.append(f"{name} {direction}".strip())
    return ", ".join(out)


# ----- registered models ---------------------------------------------------------------------------


async def create_registered_model(p: Params, call: Caller) -> dict[str, Any]:
    model = pb.RegisteredModel(name=p.text("name"), description=p.text("description", False), tags=p.tags())
    made = await call("CreateRegisteredModel", rpc.CreateRegisteredModelRequest(registered_model=model))
    return {"registered_model": registered_model_json(made.registered_model)}


async def get_registered_model(p: Params, call: Caller) -> dict[str, Any]:
    name = p.text("name")
    got = await call("GetRegisteredModel", rpc.GetRegisteredModelRequest(name=name))
    latest = await _latest_per_stage(call, name, [])
    return {"registered_model": registered_model_json(got.registered_model, latest)}


async def search_registered_models(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.ListRegisteredModelsRequest(
        filter=translate_filter(p.text("filter", False)),
        page_size=p.number("max_results", 100),
        order_by=order_by_clause(p.texts("order_by")),
        page_token=p.text("page_token", False),
    )
    found = await call("ListRegisteredModels", request)
    return paged("registered_models", [registered_model_json(m) for m in found.registered_models], found)


async def _update_model(call: Caller, model: pb.RegisteredModel, paths: list[str]) -> pb.RegisteredModel:
    request = rpc.UpdateRegisteredModelRequest(registered_model=model, update_mask=FieldMask(paths=paths))
    return (await call("UpdateRegisteredModel", request)).registered_model  # type: ignore[no-any-return]


async def update_registered_model(p: Params, call: Caller) -> dict[str, Any]:
    model = pb.RegisteredModel(name=p.text("name"), description=p.text("description", False))
    return {"registered_model": registered_model_json(await _update_model(call, model, ["description"]))}


async def rename_registered_model(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.RenameRegisteredModelRequest(name=p.text("name"), new_name=p.text("new_name"))
    return {"registered_model": registered_model_json((await call("RenameRegisteredModel", request)).registered_model)}


async def delete_registered_model(p: Params, call: Caller) -> dict[str, Any]:
    await call("DeleteRegisteredModel", rpc.DeleteRegisteredModelRequest(name=p.text("name")))
    return {}


async def set_registered_model_tag(p: Params, call: Caller) -> dict[str, Any]:
    key = p.text("key")
    model = pb.RegisteredModel(name=p.text("name"), tags={key: p.text("value", False)})
    await _update_model(call, model, [f"tags.{_mask_key(key)}"])
    return {}


async def delete_registered_model_tag(p: Params, call: Caller) -> dict[str, Any]:
    await _update_model(call, pb.RegisteredModel(name=p.text("name")), [f"tags.{_mask_key(p.text('key'))}"])
    return {}


def _mask_key(key: str) -> str:
    """A tag key in a FieldMask path: backquoted unless it is a plain identifier (AIP-161)."""
    if key.replace("_", "a").isalnum() and not key[0].isdigit():
        return key
    return "`" + key.replace("\\", "\\\\").replace("`", "\\`") + "`"


async def set_alias(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.SetAliasRequest(model_name=p.text("name"), alias=p.text("alias"), version=p.version())
    await call("SetAlias", request)
    return {}


async def delete_alias(p: Params, call: Caller) -> dict[str, Any]:
    await call("DeleteAlias", rpc.DeleteAliasRequest(model_name=p.text("name"), alias=p.text("alias")))
    return {}


async def get_model_version_by_alias(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.GetModelVersionByAliasRequest(model_name=p.text("name"), alias=p.text("alias"))
    return {"model_version": model_version_json((await call("GetModelVersionByAlias", request)).model_version)}


async def get_latest_versions(p: Params, call: Caller) -> dict[str, Any]:
    name = p.text("name")
    await call("GetRegisteredModel", rpc.GetRegisteredModelRequest(name=name))  # NOT_FOUND for a missing model
    latest = await _latest_per_stage(call, name, p.texts("stages"))
    return {"model_versions": [model_version_json(v) for v in latest]}


# ----- model versions ------------------------------------------------------------------------------


async def get_model_version(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.GetModelVersionRequest(model_name=p.text("name"), version=p.version())
    return {"model_version": model_version_json((await call("GetModelVersion", request)).model_version)}


async def search_model_versions(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.ListModelVersionsRequest(
        filter=translate_filter(p.text("filter", False)),
        page_size=p.number("max_results", 200),
        order_by=order_by_clause(p.texts("order_by")),
        page_token=p.text("page_token", False),
    )
    found = await call("ListModelVersions", request)
    return paged("model_versions", [model_version_json(v) for v in found.model_versions], found)


async def _update_version(call: Caller, version: pb.ModelVersion, paths: list[str]) -> pb.ModelVersion:
    request = rpc.UpdateModelVersionRequest(model_version=version, update_mask=FieldMask(paths=paths))
    return (await call("UpdateModelVersion", request)).model_version  # type: ignore[no-any-return]


async def update_model_version(p: Params, call: Caller) -> dict[str, Any]:
    version = pb.ModelVersion(model_name=p.text("name"), version=p.version(), description=p.text("description", False))
    return {"model_version": model_version_json(await _update_version(call, version, ["description"]))}


async def delete_model_version(p: Params, call: Caller) -> dict[str, Any]:
    await call("DeleteModelVersion", rpc.DeleteModelVersionRequest(model_name=p.text("name"), version=p.version()))
    return {}


async def transition_model_version_stage(p: Params, call: Caller) -> dict[str, Any]:
    request = rpc.TransitionModelVersionStageRequest(
        model_name=p.text("name"),
        version=p.version(),
        stage=_stage(p.text("stage")),  # type: ignore[arg-type]
        archive_existing_versions=p.flag("archive_existing_versions"),
    )
    return {"model_version": model_version_json((await call("TransitionModelVersionStage", request)).model_version)}


async def set_model_version_tag(p: Params, call: Caller) -> dict[str, Any]:
    key = p.text("key")
    version = pb.ModelVersion(model_name=p.text("name"), version=p.version(), tags={key: p.text("value", False)})
    await _update_version(call, version, [f"tags.{_mask_key(key)}"])
    return {}


async def delete_model_version_tag(p: Params, call: Caller) -> dict[str, Any]:
    version = pb.ModelVersion(model_name=p.text("name"), version=p.version())
    await _update_version(call, version, [f"tags.{_mask_key(p.text('key'))}"])
    return {}


ENDPOINTS: list[tuple[str, str, Handler]] = [
    ("POST", "/registered-models/create", create_registered_model),
    ("GET", "/registered-models/get", get_registered_model),
    ("GET", "/registered-models/search", search_registered_models),
    ("POST", "/registered-models/search", search_registered_models),
    ("PATCH", "/registered-models/update", update_registered_model),
    ("POST", "/registered-models/rename", rename_registered_model),
    ("DELETE", "/registered-models/delete", delete_registered_model),
    ("POST", "/registered-models/set-tag", set_registered_model_tag),
    ("DELETE", "/registered-models/delete-tag", delete_registered_model_tag),
    ("POST", "/registered-models/alias", set_alias),
    ("DELETE", "/registered-models/alias", delete_alias),
    ("GET", "/registered-models/alias", get_model_version_by_alias),
    ("GET", "/registered-models/get-latest-versions", get_latest_versions),
    ("POST", "/registered-models/get-latest-versions", get_latest_versions),
    ("GET", "/model-versions/get", get_model_version),
    ("GET", "/model-versions/search", search_model_versions),
    ("POST", "/model-versions/search", search_model_versions),
    ("PATCH", "/model-versions/update", update_model_version),
    ("DELETE", "/model-versions/delete", delete_model_version),
    ("POST", "/model-versions/transition-stage", transition_model_version_stage),
    ("POST", "/model-versions/set-tag", set_model_version_tag),
    ("DELETE", "/model-versions/delete-tag", delete_model_version_tag),
]


class MlflowApi:
    def __init__(
        self,
        gateway: ConnectGateway,
        endpoints: list[tuple[str, str, Handler]],
        raw: tuple[web.RouteDef, ...] = (),
    ) -> None:
        self._gateway = gateway
        self._endpoints = [*ENDPOINTS, *endpoints]
        self._raw = raw
        # Every served path, to tell a wrong method (405) from a path not served at all (501).
        paths = [prefix + path for prefix in PREFIXES for _, path, _ in self._endpoints]
        self._served = [_pattern(path) for path in [*paths, *(route.path for route in raw)]]

    def routes(self) -> list[web.AbstractRouteDef]:
        routes: list[web.AbstractRouteDef] = [
            web.route(method, prefix + path, self._handler(handler))
            for prefix in PREFIXES
            for method, path, handler in self._endpoints
        ]
        routes.extend(self._raw)  # endpoints that read the request themselves (artifact bytes)
        # Every other MLflow path: a clear 501 (the client reads it as "not supported"), never the UI's page.
        for prefix in ("/api/2.0/mlflow", "/ajax-api/2.0/mlflow", "/api/2.0/mlflow-artifacts", "/api/3.0/mlflow"):
            routes.append(web.route("*", prefix + "/{tail:.*}", self._not_served))
        return routes

    def _handler(self, handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        gateway = self._gateway

        async def serve(request: web.Request) -> web.StreamResponse:
            try:
                answer = await handler(await Params.of(request), Caller(gateway, request))
            except MlflowError as e:
                return spent(request, e.response())
            return web.json_response(answer)

        return serve

    async def _not_served(self, request: web.Request) -> web.Response:
        return _not_served(request, any(pattern.fullmatch(request.path) for pattern in self._served))


def _pattern(path: str) -> re.Pattern[str]:
    """An aiohttp route path ("/a/{name}/b/{rest:.+}") as a regular expression."""
    out, at = [], 0
    for m in re.finditer(r"\{(\w+)(?::([^}]+))?\}", path):
        out.append(re.escape(path[at : m.start()]))
        out.append(m.group(2) or "[^/]+")
        at = m.end()
    out.append(re.escape(path[at:]))
    return re.compile("".join(out))


def _not_served(request: web.Request, served: bool) -> web.Response:
    if served:  # a served path, with another method
        return MlflowError("BAD_REQUEST", f"{request.method} is not served at {request.path}", 405).response()
    return MlflowError(
        "NOT_IMPLEMENTED",
        f"regserver does not serve MLflow's {request.path} yet; its MLflow API covers the model registry "
        "(registered-models, model-versions, aliases), tracking (experiments, runs, params, metrics, tags), "
        "logged models and the proxied artifact API (mlflow-artifacts)",
        501,
    ).response()
