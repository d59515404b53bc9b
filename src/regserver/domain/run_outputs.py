"""What runs produce: their files (artifacts) and the models they log (MLflow's logged models).

A run's files, and a logged model's, are paths mapped to content-addressed blobs, as a model version's
manifest is: the bytes are uploaded to the artifact store first, then recorded here. A model version
created from a logged model copies its files into the version's manifest.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain import caller, listing, validation
from regserver.domain.errors import ResourceExhausted, invalid_field
from regserver.domain.models import ManifestEntry, Page
from regserver.domain.registry import now_us
from regserver.domain.threads import in_thread
from regserver.domain.tracking import (
    MAX_PARAM_VALUE,
    MAX_RUN_NAME,
    _key,
    decode_token,
    encode_token,
    experiment_name,
    resource_id,
)

T = TypeVar("T")

MAX_FILES_PER_CALL = 1000
MAX_FILES_PER_PARENT = 10_000
MAX_CHANGES = 100
MAX_MODEL_TYPE = 256
MAX_STATUS_MESSAGE = 5000


class LoggedModelStatus(enum.Enum):
    PENDING = "PENDING"
    READY = "READY"
    FAILED = "FAILED"


@dataclass
class LoggedModel:
    id: str
    experiment_id: str
    name: str
    run_id: str
    model_type: str
    status: LoggedModelStatus
    status_message: str
    tags: dict[str, str]
    params: dict[str, str]
    principal: str
    create_time: int
    update_time: int
    delete_time: int | None


@dataclass
class NewLoggedModel:
    experiment_id: str
    name: str
    run_id: str = ""
    model_type: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class LoggedModelChanges:
    status: LoggedModelStatus | None = None
    status_message: str = ""
    set_tags: dict[str, str] = field(default_factory=dict)
    remove_tags: list[str] = field(default_factory=list)
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Parent:
    """Whose files: a run ("runs/<id>") or a logged model ("loggedModels/<id>")."""

    kind: str  # "runs" or "loggedModels"
    id: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.id}"


# ----- rules -----------------------------------------------------------


def parent(name: str, field: str = "parent") -> Parent:
    kind, _, ident = name.partition("/")
    if kind not in ("runs", "loggedModels") or not ident:
        raise invalid_field(field, f"{field} {name!r} must be 'runs/<run id>' or 'loggedModels/<logged model id>'")
    resource_id(ident, "run" if kind == "runs" else "m", field)
    return Parent(kind, ident)


def _pairs(values: dict[str, str], what: str, max_value: int, field: str) -> dict[str, str]:
    """Tags or params of a logged model: at most MAX_CHANGES a call, with the keys and value limits of
    a run's."""
    if len(values) > MAX_CHANGES:
        raise invalid_field(field, f"{len(values)} {what}s given; the limit is {MAX_CHANGES} per call")
    for key, value in values.items():
        _key(key, what, f"{field}.{key}" if len(key) <= 250 else field)
        if len(value) > max_value:
            raise invalid_field(
                f"{field}.{key}", f"{what} {key!r} is {len(value)} characters long; the limit is {max_value}"
            )
        validation.no_nul(value, f"{field}.{key}")
    return values


def _tags(tags: dict[str, str], field: str) -> dict[str, str]:
    return _pairs(tags, "tag", validation.MAX_TAG_VALUE, field)


def _params(params: dict[str, str], field: str) -> dict[str, str]:
    return _pairs(params, "param", MAX_PARAM_VALUE, field)


def new_logged_model(new: NewLoggedModel) -> NewLoggedModel:
    resource_id(new.experiment_id, "exp", "logged_model.experiment_id")
    experiment_name(new.name, "logged_model.name")
    if len(new.name) > MAX_RUN_NAME:
        raise invalid_field("logged_model.name", f"logged_model.name is longer than {MAX_RUN_NAME} characters")
    if new.run_id:
        resource_id(new.run_id, "run", "logged_model.run_id")
    if len(new.model_type) > MAX_MODEL_TYPE:
        raise invalid_field("logged_model.model_type", f"logged_model.model_type is longer than {MAX_MODEL_TYPE}")
    validation.no_nul(new.model_type, "logged_model.model_type")
    _tags(new.tags, "logged_model.tags")
    _params(new.params, "logged_model.params")
    return new


def changes(c: LoggedModelChanges) -> LoggedModelChanges:
    if len(c.status_message) > MAX_STATUS_MESSAGE:
        raise invalid_field("status_message", f"status_message is longer than {MAX_STATUS_MESSAGE} characters")
    validation.no_nul(c.status_message, "status_message")
    _tags(c.set_tags, "set_tags")
    if len(c.remove_tags) > MAX_CHANGES:
        raise invalid_field("remove_tags", f"{len(c.remove_tags)} keys given; the limit is {MAX_CHANGES} per call")
    for i, key in enumerate(c.remove_tags):
        _key(key, "tag", f"remove_tags[{i}]")
    _params(c.params, "params")
    return c


def files(entries: list[ManifestEntry], validate_only: bool) -> list[ManifestEntry]:
    if len(entries) > MAX_FILES_PER_CALL:
        raise invalid_field("files", f"{len(entries)} files given; the limit is {MAX_FILES_PER_CALL} per call")
    if validate_only:
        for i, entry in enumerate(entries):
            validation.manifest_path(entry.path, f"files[{i}].path")
        return entries
    return validation.manifest(entries)


def too_many_files(owner: Parent, count: int) -> ResourceExhausted:
    return ResourceExhausted(
        f"{owner} would hold {count} files; the limit is {MAX_FILES_PER_PARENT}: log the files of another model "
        "or run elsewhere",
        "TOO_MANY_FILES",
        parent=str(owner),
    )


# ----- the service -----------------------------------------------------


class RunOutputsStore(Protocol):
    def log_artifacts(self, owner: Parent, entries: Sequence[ManifestEntry], validate_only: bool, now: int) -> None: ...
    def list_artifacts(self, owner: Parent, path: str) -> list[ManifestEntry]: ...
    def create_logged_model(self, new: NewLoggedModel, principal: str, now: int) -> LoggedModel: ...
    def get_logged_model(self, model_id: str, show_deleted: bool) -> LoggedModel: ...
    def update_logged_model(self, model_id: str, changes: LoggedModelChanges, now: int) -> LoggedModel: ...
    def delete_logged_model(self, model_id: str, now: int) -> LoggedModel: ...
    def list_logged_models(
        self,
        experiment_ids: Sequence[str],
        name: str,
        run_id: str,
        show_deleted: bool,
        after: tuple[int, int] | None,
        size: int,
    ) -> tuple[list[LoggedModel], tuple[int, int] | None]: ...


class RunOutputs:
    def __init__(self, store: RunOutputsStore, executor: ThreadPoolExecutor, clock: Callable[[], int] = now_us) -> None:
        self._store = store
        self._executor = executor
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    async def log_artifacts(self, owner: str, entries: list[ManifestEntry], validate_only: bool) -> None:
        checked = parent(owner)
        files(entries, validate_only)
        await self._call(self._store.log_artifacts, checked, entries, validate_only, self._clock())

    async def list_artifacts(self, owner: str, path: str) -> list[ManifestEntry]:
        checked = parent(owner)
        if path:
            validation.manifest_path(path.rstrip("/"), "path")
        return await self._call(self._store.list_artifacts, checked, path.rstrip("/"))

    async def create_logged_model(self, new: NewLoggedModel) -> LoggedModel:
        new_logged_model(new)
        return await self._call(self._store.create_logged_model, new, caller.principal(), self._clock())

    async def get_logged_model(self, model_id: str, show_deleted: bool) -> LoggedModel:
        resource_id(model_id, "m", "id")
        return await self._call(self._store.get_logged_model, model_id, show_deleted)

    async def update_logged_model(self, model_id: str, change: LoggedModelChanges) -> LoggedModel:
        resource_id(model_id, "m", "id")
        changes(change)
        return await self._call(self._store.update_logged_model, model_id, change, self._clock())

    async def delete_logged_model(self, model_id: str) -> LoggedModel:
        resource_id(model_id, "m", "id")
        return await self._call(self._store.delete_logged_model, model_id, self._clock())

    async def list_logged_models(
        self, experiment_ids: Sequence[str], name: str, run_id: str, show_deleted: bool, page_size: int, token: str
    ) -> Page[LoggedModel]:
        for i, e in enumerate(experiment_ids):
            resource_id(e, "exp", f"experiment_ids[{i}]")
        if run_id:
            resource_id(run_id, "run", "run_id")
        validation.no_nul(name, "name")
        size = listing.page_size(page_size)
        ids = sorted(set(experiment_ids))
        scope = f"logged-models:{','.join(ids)}:{name}:{run_id}:{show_deleted}"
        after = decode_token(token, scope, [int, int]) if token else None
        items, last = await self._call(self._store.list_logged_models, ids, name, run_id, show_deleted, after, size)
        return Page(items, encode_token(scope, list(last)) if last is not None else "")
