"""The registry: validates requests, applies the rules, and runs store work off the event loop."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from regserver.domain import lineage, listing, updates, validation
from regserver.domain.errors import invalid_field
from regserver.domain.models import (
    Changes,
    ModelVersion,
    NewModel,
    NewVersion,
    Page,
    RegisteredModel,
    RequestKey,
    Stage,
    VersionParent,
)
from regserver.domain.threads import in_thread

T = TypeVar("T")

_MODEL_IMMUTABLE = {
    "name": "use RenameRegisteredModel",
    "uid": "it is output only",
    "create_time": "it is output only",
    "update_time": "it is output only",
    "etag": "it is output only",
    "aliases": "use SetAlias and DeleteAlias",
    "delete_time": "use DeleteRegisteredModel and UndeleteRegisteredModel",
    "purge_time": "it is output only",
    "latest_version": "it is output only",
}
_VERSION_IMMUTABLE = {
    "model_name": "it identifies the version",
    "version": "it identifies the version",
    "stage": "use TransitionModelVersionStage",
    "aliases": "use SetAlias and DeleteAlias",
    "status": "it is output only",
    "source": "a version's content is immutable; create a new version",
    "run_id": "a version's lineage is immutable; create a new version",
    "signature": "a version's signature is immutable; create a new version",
    "metrics": "metrics recorded at registration are immutable",
    "creator": "it is output only",
    "create_time": "it is output only",
    "update_time": "it is output only",
    "etag": "it is output only",
    "delete_time": "use DeleteModelVersion and UndeleteModelVersion",
    "purge_time": "it is output only",
    "parents": "use AddModelVersionParents",
    "fingerprint": "it is output only",
}


class Store(Protocol):
    """What the registry needs from persistence; each call is one transaction."""

    def create_model(self, model: NewModel, now: int, request: RequestKey | None) -> RegisteredModel: ...
    def get_model(self, name: str, show_deleted: bool) -> RegisteredModel: ...
    def update_model(self, name: str, given_etag: str, changes: Changes, now: int) -> RegisteredModel: ...
    def rename_model(self, name: str, new_name: str, given_etag: str, now: int) -> RegisteredModel: ...
    def delete_model(self, name: str, given_etag: str, now: int) -> RegisteredModel: ...
    def undelete_model(self, name: str, now: int) -> RegisteredModel: ...
    def create_version(
        self, model_name: str, new: NewVersion, creator: str, now: int, request: RequestKey | None
    ) -> ModelVersion: ...
    def get_version(self, model_name: str, version: int, show_deleted: bool) -> ModelVersion: ...
    def finalize_version(self, model_name: str, version: int, now: int) -> ModelVersion: ...
    def update_version(
        self, model_name: str, version: int, given_etag: str, changes: Changes, now: int
    ) -> ModelVersion: ...
    def delete_version(self, model_name: str, version: int, given_etag: str, now: int) -> ModelVersion: ...
    def undelete_version(self, model_name: str, version: int, now: int) -> ModelVersion: ...
    def transition_stage(
        self, model_name: str, version: int, stage: Stage, archive_existing: bool, given_etag: str, now: int
    ) -> tuple[ModelVersion, list[ModelVersion]]: ...
    def add_parents(
        self, model_name: str, version: int, parents: Sequence[VersionParent], given_etag: str, now: int
    ) -> ModelVersion: ...
    def set_alias(self, model_name: str, alias: str, version: int, now: int) -> tuple[ModelVersion, int]: ...
    def delete_alias(self, model_name: str, alias: str, now: int) -> int: ...
    def get_version_by_alias(self, model_name: str, alias: str) -> ModelVersion: ...
    def list_page(self, query: listing.ListQuery) -> Page[Any]: ...
    def purge(self, now: int) -> tuple[int, int]: ...
    def ping(self) -> None: ...


def now_us() -> int:
    return time.time_ns() // 1000


def _request_key(method: str, request_id: str, *parts: object) -> RequestKey | None:
    if not validation.request_id(request_id):
        return None
    fingerprint = hashlib.sha256(repr(parts).encode()).hexdigest()
    return RequestKey(method, request_id, fingerprint)


class Registry:
    def __init__(self, store: Store, executor: ThreadPoolExecutor, clock: Callable[[], int] = now_us) -> None:
        self._store = store
        self._executor = executor
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    # ----- registered models --------------------------------------------

    async def create_model(self, model: NewModel, request_id: str = "") -> RegisteredModel:
        validation.new_model(model)
        request = _request_key("CreateRegisteredModel", request_id, model)
        return await self._call(self._store.create_model, model, self._clock(), request)

    async def get_model(self, name: str, show_deleted: bool = False) -> RegisteredModel:
        return await self._call(self._store.get_model, validation.model_name(name), show_deleted)

    async def list_models(
        self,
        filter: str,
        order_by: str,
        page_size: int,
        page_token: str,
        show_deleted: bool,
        visible_model_ids: frozenset[int] | None = None,
    ) -> Page[RegisteredModel]:
        """Models matching the query; only those in visible_model_ids when it is set (the caller's)."""
        query = listing.build_query(listing.Target.MODELS, "", filter, order_by, page_size, page_token, show_deleted)
        query = dataclasses.replace(query, visible_model_ids=visible_model_ids)
        return await self._call(self._store.list_page, query)

    async def update_model(
        self, name: str, paths: Sequence[str], description: str, tags: dict[str, str], owner: str, etag: str
    ) -> RegisteredModel:
        validation.model_name(name, "registered_model.name")
        changes = updates.changes(
            paths,
            resource="registered_model",
            mutable=("description", "owner", "tags"),
            immutable=_MODEL_IMMUTABLE,
            description=description,
            tags=tags,
            owner=owner,
        )
        return await self._call(self._store.update_model, name, etag, changes, self._clock())

    async def rename_model(self, name: str, new_name: str, etag: str) -> RegisteredModel:
        validation.model_name(name)
        validation.model_name(new_name, "new_name")
        return await self._call(self._store.rename_model, name, new_name, etag, self._clock())

    async def delete_model(self, name: str, etag: str) -> RegisteredModel:
        return await self._call(self._store.delete_model, validation.model_name(name), etag, self._clock())

    async def undelete_model(self, name: str) -> RegisteredModel:
        return await self._call(self._store.undelete_model, validation.model_name(name), self._clock())

    # ----- model versions -----------------------------------------------

    async def create_version(
        self, model_name: str, new: NewVersion, creator: str, request_id: str = ""
    ) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.new_version(new)
        lineage.parents(new.parents, "model_version.parents")
        request = _request_key("CreateModelVersion", request_id, model_name, new)
        return await self._call(self._store.create_version, model_name, new, creator, self._clock(), request)

    async def finalize_version(self, model_name: str, version: int) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        return await self._call(self._store.finalize_version, model_name, version, self._clock())

    async def get_version(self, model_name: str, version: int, show_deleted: bool = False) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        return await self._call(self._store.get_version, model_name, version, show_deleted)

    async def list_versions(
        self,
        model_name: str,
        filter: str,
        order_by: str,
        page_size: int,
        page_token: str,
        show_deleted: bool,
        visible_model_ids: frozenset[int] | None = None,
    ) -> Page[ModelVersion]:
        if model_name:
            validation.model_name(model_name, "model_name")
        query = listing.build_query(
            listing.Target.VERSIONS, model_name, filter, order_by, page_size, page_token, show_deleted
        )
        query = dataclasses.replace(query, visible_model_ids=visible_model_ids)
        return await self._call(self._store.list_page, query)

    async def update_version(
        self, model_name: str, version: int, paths: Sequence[str], description: str, tags: dict[str, str], etag: str
    ) -> ModelVersion:
        validation.model_name(model_name, "model_version.model_name")
        validation.version_number(version, "model_version.version")
        changes = updates.changes(
            paths,
            resource="model_version",
            mutable=("description", "tags"),
            immutable=_VERSION_IMMUTABLE,
            description=description,
            tags=tags,
        )
        return await self._call(self._store.update_version, model_name, version, etag, changes, self._clock())

    async def delete_version(self, model_name: str, version: int, etag: str) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        return await self._call(self._store.delete_version, model_name, version, etag, self._clock())

    async def undelete_version(self, model_name: str, version: int) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        return await self._call(self._store.undelete_version, model_name, version, self._clock())

    async def transition_stage(
        self, model_name: str, version: int, stage: Stage | None, archive_existing: bool, etag: str
    ) -> tuple[ModelVersion, list[ModelVersion]]:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        if stage is None:
            raise invalid_field(
                "stage", "stage is required: STAGE_NONE, STAGE_STAGING, STAGE_PRODUCTION or STAGE_ARCHIVED"
            )
        return await self._call(
            self._store.transition_stage, model_name, version, stage, archive_existing, etag, self._clock()
        )

    async def add_parents(
        self, model_name: str, version: int, parents: Sequence[VersionParent], etag: str
    ) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        if not parents:
            raise invalid_field("parents", "parents is required: name 1 to 100 parent versions with their relation")
        lineage.parents(parents, "parents")
        return await self._call(self._store.add_parents, model_name, version, parents, etag, self._clock())

    # ----- aliases ------------------------------------------------------

    async def set_alias(self, model_name: str, alias: str, version: int) -> tuple[ModelVersion, int]:
        validation.model_name(model_name, "model_name")
        validation.alias_name(alias)
        validation.version_number(version)
        return await self._call(self._store.set_alias, model_name, alias, version, self._clock())

    async def delete_alias(self, model_name: str, alias: str) -> int:
        validation.model_name(model_name, "model_name")
        validation.alias_name(alias)
        return await self._call(self._store.delete_alias, model_name, alias, self._clock())

    async def get_version_by_alias(self, model_name: str, alias: str) -> ModelVersion:
        validation.model_name(model_name, "model_name")
        validation.alias_name(alias)
        return await self._call(self._store.get_version_by_alias, model_name, alias)

    # ----- maintenance --------------------------------------------------

    async def purge(self) -> tuple[int, int]:
        return await self._call(self._store.purge, self._clock())

    async def ping(self) -> None:
        await self._call(self._store.ping)
