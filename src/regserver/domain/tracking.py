"""Experiment tracking: experiments, runs, params, metric histories and tags, their rules, and the service."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain import caller, lineage, listing, validation
from regserver.domain.errors import invalid_field
from regserver.domain.lineage import CodeVersion, DatasetInput, Environment, RunInputs
from regserver.domain.listing import ListQuery, Target
from regserver.domain.models import Page, RunStatus
from regserver.domain.registry import now_us
from regserver.domain.threads import in_thread

T = TypeVar("T")

MAX_EXPERIMENT_NAME = 256
MAX_RUN_NAME = 256
MAX_PARAM_VALUE = 6000
# Per LogBatch call.
MAX_BATCH_METRICS = 1000
MAX_BATCH_PARAMS = 100
MAX_BATCH_TAGS = 100
MAX_EXPERIMENT_IDS = 100
DEFAULT_HISTORY_PAGE = 1000
MAX_HISTORY_PAGE = 10_000
TERMINAL = frozenset({RunStatus.FINISHED, RunStatus.FAILED, RunStatus.KILLED})


@dataclass
class Experiment:
    id: str
    name: str
    description: str
    tags: dict[str, str]
    create_time: int
    update_time: int
    delete_time: int | None


@dataclass(frozen=True)
class MetricPoint:
    key: str
    value: float
    step: int
    timestamp: int


@dataclass
class Run:
    id: str
    experiment_id: str
    name: str
    status: RunStatus
    start_time: int
    end_time: int | None
    principal: str
    tags: dict[str, str]
    params: dict[str, str]
    latest_metrics: list[MetricPoint]
    dataset_inputs: list[DatasetInput] = field(default_factory=list)
    code_version: CodeVersion | None = None
    environment: Environment | None = None
    delete_time: int | None = None


@dataclass
class NewRun:
    experiment_id: str
    name: str = ""
    start_time: int | None = None
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class RunChanges:
    status: RunStatus | None = None
    end_time: int | None = None
    name: str | None = None


@dataclass
class Batch:
    """A validated LogBatch: timestamps filled in, params without duplicates."""

    metrics: list[MetricPoint]
    params: dict[str, str]
    tags: dict[str, str]


# ----- rules -----------------------------------------------------------


def experiment_name(name: str, field: str = "experiment.name") -> str:
    if not name:
        raise invalid_field(field, f"{field} is required")
    if len(name) > MAX_EXPERIMENT_NAME:
        raise invalid_field(field, f"{field} is {len(name)} characters long; the limit is {MAX_EXPERIMENT_NAME}")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise invalid_field(field, f"{field} {name!r} contains control characters")
    return name


def resource_id(value: str, prefix: str, field: str) -> str:
    if not value:
        raise invalid_field(field, f"{field} is required (an id such as '{prefix}_…')")
    if len(value) > 40:
        raise invalid_field(field, f"{field} is {len(value)} characters long; ids are at most 40")
    return validation.no_nul(value, field)


def run_name(name: str, field: str = "run.name") -> str:
    if len(name) > MAX_RUN_NAME:
        raise invalid_field(field, f"{field} is {len(name)} characters long; the limit is {MAX_RUN_NAME}")
    return validation.no_nul(name, field)


def _key(key: str, what: str, field: str) -> str:
    if not validation.TAG_KEY.fullmatch(key):
        shown = key if len(key) <= 40 else key[:37] + "..."
        raise invalid_field(
            field,
            f"{field}: {what} key {shown!r} ({len(key)} characters) is invalid: use 1 to 250 letters, digits and "
            "'_', '-', '.', '/', ':'",
        )
    return key


def metric_key(key: str, field: str) -> str:
    return _key(key, "metric", field)


def batch(
    metrics: Sequence[MetricPoint],
    params: Sequence[tuple[str, str]],
    tags: Sequence[tuple[str, str]],
    now: int,
) -> Batch:
    """Field names in errors are paths in LogBatchRequest. `timestamp` 0 means "not given"."""
    for name, items, limit in (
        ("metrics", metrics, MAX_BATCH_METRICS),
        ("params", params, MAX_BATCH_PARAMS),
        ("tags", tags, MAX_BATCH_TAGS),
    ):
        if len(items) > limit:
            raise invalid_field(
                name, f"{len(items)} {name} given; the limit is {limit} {name} per LogBatch call: split the batch"
            )
    checked: list[MetricPoint] = []
    for i, m in enumerate(metrics):
        _key(m.key, "metric", f"metrics[{i}].key")
        if not math.isfinite(m.value):
            raise invalid_field(
                f"metrics[{i}].value",
                f"metrics[{i}] ({m.key!r}) is {m.value}; metric values must be finite (NaN and infinities are refused)",
            )
        checked.append(MetricPoint(m.key, m.value, m.step, m.timestamp or now))
    logged: dict[str, str] = {}
    for i, (key, value) in enumerate(params):
        _key(key, "param", f"params[{i}].key")
        if len(value) > MAX_PARAM_VALUE:
            raise invalid_field(
                f"params[{i}].value",
                f"param {key!r} has a value of {len(value)} characters; the limit is {MAX_PARAM_VALUE}",
            )
        validation.no_nul(value, f"params[{i}].value")
        if key in logged and logged[key] != value:
            raise invalid_field(f"params[{i}]", f"param {key!r} appears twice in the batch with different values")
        logged[key] = value
    set_tags: dict[str, str] = {}
    for i, (key, value) in enumerate(tags):
        _key(key, "tag", f"tags[{i}].key")
        if len(value) > validation.MAX_TAG_VALUE:
            raise invalid_field(
                f"tags[{i}].value",
                f"tag {key!r} has a value of {len(value)} characters; the limit is {validation.MAX_TAG_VALUE}",
            )
        validation.no_nul(value, f"tags[{i}].value")
        set_tags[key] = value
    return Batch(checked, logged, set_tags)


def latest(points: Sequence[MetricPoint]) -> dict[str, MetricPoint]:
    """The latest point per key: highest step, then timestamp, then the one given last."""
    best: dict[str, MetricPoint] = {}
    for p in points:
        current = best.get(p.key)
        if current is None or (p.step, p.timestamp) >= (current.step, current.timestamp):
            best[p.key] = p
    return best


# ----- page tokens -----------------------------------------------------

_TOKEN_KEY = b"regserver tracking page token v1"


def encode_token(scope: str, values: Sequence[int | str]) -> str:
    return listing.sign_token([scope, list(values)], _TOKEN_KEY)


def decode_token(token: str, scope: str, types: Sequence[type]) -> tuple[Any, ...]:
    issued_for, values = listing.unsign_token(token, _TOKEN_KEY)
    if issued_for != scope:
        raise listing.bad_token(
            "page_token belongs to a different listing; keep the other fields the same while paging"
        )
    if len(values) != len(types) or not all(type(v) is t for v, t in zip(values, types, strict=True)):
        raise listing.bad_token("page_token does not match this listing; start again without one")
    return tuple(values)


# ----- the service -----------------------------------------------------


class TrackingStore(Protocol):
    def create_experiment(self, name: str, description: str, tags: dict[str, str], now: int) -> Experiment: ...
    def get_experiment(self, experiment_id: str, name: str, show_deleted: bool) -> Experiment: ...
    def list_experiments(
        self, after: str | None, limit: int, show_deleted: bool
    ) -> tuple[list[Experiment], str | None]: ...
    def delete_experiment(self, experiment_id: str, now: int) -> Experiment: ...
    def undelete_experiment(self, experiment_id: str, now: int) -> Experiment: ...
    def create_run(self, new: NewRun, principal: str, now: int) -> Run: ...
    def get_run(self, run_id: str, show_deleted: bool = False) -> Run: ...
    def set_run_deleted(self, run_id: str, now: int, delete: bool) -> Run: ...
    def update_run(self, run_id: str, changes: RunChanges, now: int) -> Run: ...
    def list_runs(self, experiment_ids: Sequence[str], query: ListQuery) -> Page[Run]: ...
    def log_batch(self, run_id: str, batch: Batch, now: int) -> None: ...
    def metric_history(
        self, run_id: str, key: str, after: tuple[int, int, int] | None, limit: int
    ) -> tuple[list[MetricPoint], tuple[int, int, int] | None]: ...
    def log_inputs(self, run_id: str, inputs: RunInputs, now: int) -> Run: ...


class Tracking:
    def __init__(self, store: TrackingStore, executor: ThreadPoolExecutor, clock: Callable[[], int] = now_us) -> None:
        self._store = store
        self._executor = executor
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    async def create_experiment(self, name: str, description: str, tags: dict[str, str]) -> Experiment:
        experiment_name(name)
        validation.description(description, "experiment.description")
        validation.tags(tags, "experiment.tags")
        return await self._call(self._store.create_experiment, name, description, tags, self._clock())

    async def get_experiment(self, experiment_id: str, name: str, show_deleted: bool) -> Experiment:
        if bool(experiment_id) == bool(name):
            raise invalid_field("id", "set exactly one of id and name")
        if experiment_id:
            resource_id(experiment_id, "exp", "id")
        else:
            experiment_name(name, "name")
        return await self._call(self._store.get_experiment, experiment_id, name, show_deleted)

    async def list_experiments(self, page_size: int, page_token: str, show_deleted: bool) -> Page[Experiment]:
        size = listing.page_size(page_size)
        scope = f"experiments:{show_deleted}"
        after = decode_token(page_token, scope, [str])[0] if page_token else None
        items, last = await self._call(self._store.list_experiments, after, size, show_deleted)
        return Page(items, encode_token(scope, [last]) if last is not None else "")

    async def delete_experiment(self, experiment_id: str) -> Experiment:
        resource_id(experiment_id, "exp", "id")
        return await self._call(self._store.delete_experiment, experiment_id, self._clock())

    async def undelete_experiment(self, experiment_id: str) -> Experiment:
        resource_id(experiment_id, "exp", "id")
        return await self._call(self._store.undelete_experiment, experiment_id, self._clock())

    async def create_run(self, new: NewRun) -> Run:
        resource_id(new.experiment_id, "exp", "run.experiment_id")
        run_name(new.name)
        validation.tags(new.tags, "run.tags")
        return await self._call(self._store.create_run, new, caller.principal(), self._clock())

    async def get_run(self, run_id: str, show_deleted: bool = False) -> Run:
        return await self._call(self._store.get_run, resource_id(run_id, "run", "run_id"), show_deleted)

    async def delete_run(self, run_id: str) -> Run:
        resource_id(run_id, "run", "run_id")
        return await self._call(self._store.set_run_deleted, run_id, self._clock(), True)

    async def undelete_run(self, run_id: str) -> Run:
        resource_id(run_id, "run", "run_id")
        return await self._call(self._store.set_run_deleted, run_id, self._clock(), False)

    async def update_run(self, run_id: str, changes: RunChanges) -> Run:
        resource_id(run_id, "run", "run_id")
        if changes.name is not None:
            run_name(changes.name, "name")
        now = self._clock()
        if changes.status in TERMINAL and changes.end_time is None:
            changes.end_time = now
        return await self._call(self._store.update_run, run_id, changes, now)

    async def list_runs(
        self,
        experiment_ids: Sequence[str],
        filter_text: str,
        order_by: str,
        page_size: int,
        page_token: str,
        show_deleted: bool = False,
    ) -> Page[Run]:
        if len(experiment_ids) > MAX_EXPERIMENT_IDS:
            raise invalid_field(
                "experiment_ids", f"{len(experiment_ids)} experiment ids given; the limit is {MAX_EXPERIMENT_IDS}"
            )
        for i, e in enumerate(experiment_ids):
            resource_id(e, "exp", f"experiment_ids[{i}]")
        ids = sorted(set(experiment_ids))
        query = listing.build_query(
            Target.RUNS, ",".join(ids), filter_text, order_by, page_size, page_token, show_deleted
        )
        return await self._call(self._store.list_runs, ids, query)

    async def log_batch(
        self,
        run_id: str,
        metrics: Sequence[MetricPoint],
        params: Sequence[tuple[str, str]],
        tags: Sequence[tuple[str, str]],
    ) -> None:
        resource_id(run_id, "run", "run_id")
        checked = batch(metrics, params, tags, self._clock())
        if checked.metrics or checked.params or checked.tags:
            await self._call(self._store.log_batch, run_id, checked, self._clock())
        else:
            await self._call(self._store.get_run, run_id)  # an empty batch still says whether the run exists

    async def metric_history(self, run_id: str, key: str, page_size: int, page_token: str) -> Page[MetricPoint]:
        resource_id(run_id, "run", "run_id")
        _key(key, "metric", "metric_key")
        if page_size < 0:
            raise invalid_field("page_size", f"page_size must be 0 or more, got {page_size}")
        size = min(page_size or DEFAULT_HISTORY_PAGE, MAX_HISTORY_PAGE)
        scope = f"history:{run_id}:{key}"
        after: tuple[int, int, int] | None = None
        if page_token:
            step, ts, pk = decode_token(page_token, scope, [int, int, int])
            after = (step, ts, pk)
        items, last = await self._call(self._store.metric_history, run_id, key, after, size)
        return Page(items, encode_token(scope, list(last)) if last is not None else "")

    async def log_inputs(
        self,
        run_id: str,
        datasets: Sequence[DatasetInput],
        code_version: CodeVersion | None,
        environment: Environment | None,
    ) -> Run:
        resource_id(run_id, "run", "run_id")
        inputs = lineage.run_inputs(datasets, code_version, environment)
        return await self._call(self._store.log_inputs, run_id, inputs, self._clock())
