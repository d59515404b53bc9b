"""Evaluation and monitoring records of model versions, and comparing two versions side by side."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain import caller, listing, tracking, validation
from regserver.domain.errors import invalid_field
from regserver.domain.lineage import sha256_hex
from regserver.domain.models import ModelVersion, Page
from regserver.domain.registry import now_us
from regserver.domain.threads import in_thread

T = TypeVar("T")

SOURCES = ("OFFLINE", "MONITORING")
MAX_BATCH = 1000
MAX_SLICE = 256


@dataclass(frozen=True)
class Evaluation:
    key: str
    value: float
    dataset_digest: str = ""
    slice: str = ""
    source: str = "OFFLINE"  # a SOURCES name
    time: int = 0  # microseconds; 0 on input means "now"
    id: str = ""
    model_name: str = ""
    version: int = 0
    principal: str = ""
    create_time: int = 0


@dataclass(frozen=True)
class EvaluationFilter:
    key: str = ""
    dataset_digest: str = ""
    slice: str = ""
    unsliced_only: bool = False
    source: str = ""


@dataclass(frozen=True)
class VersionRef:
    """A version named by number or by alias (exactly one)."""

    version: int = 0
    alias: str = ""


@dataclass(frozen=True)
class VersionFacts:
    """What CompareModelVersions compares of one version."""

    version: ModelVersion
    params: Mapping[str, str]
    run_metrics: Mapping[str, float]
    # (key, dataset digest, slice, source) -> the latest value.
    evaluations: Mapping[tuple[str, str, str, str], float]


@dataclass(frozen=True)
class NumberDiff:
    key: str
    a: float | None
    b: float | None
    result: str  # ONLY_IN_A, ONLY_IN_B, EQUAL, DIFFERENT
    delta: float | None
    dataset_digest: str = ""
    slice: str = ""
    source: str = ""


@dataclass(frozen=True)
class ParamDiff:
    key: str
    a: str | None
    b: str | None
    result: str


@dataclass
class Comparison:
    a: ModelVersion
    b: ModelVersion
    params: list[ParamDiff] = field(default_factory=list)
    run_metrics: list[NumberDiff] = field(default_factory=list)
    version_metrics: list[NumberDiff] = field(default_factory=list)
    evaluations: list[NumberDiff] = field(default_factory=list)


# ----- rules -----------------------------------------------------------


def _slice(value: str, field: str) -> str:
    if len(value) > MAX_SLICE:
        raise invalid_field(field, f"{field} is {len(value)} characters long; the limit is {MAX_SLICE}")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        raise invalid_field(field, f"{field} {value!r} contains control characters")
    return value


def _digest(value: str, field: str) -> str:
    return sha256_hex(value, field, "dataset digest") if value else value


def evaluations(items: Sequence[Evaluation], now: int) -> list[Evaluation]:
    """Field names in errors are paths in LogEvaluationsRequest; time 0 becomes `now`."""
    if not items:
        raise invalid_field("evaluations", "evaluations is empty; give 1 to 1000 evaluations")
    if len(items) > MAX_BATCH:
        raise invalid_field(
            "evaluations",
            f"{len(items)} evaluations given; the limit is {MAX_BATCH} evaluations per LogEvaluations call: "
            "split the batch",
        )
    checked = []
    for i, e in enumerate(items):
        where = f"evaluations[{i}]"
        tracking.metric_key(e.key, f"{where}.key")
        if not math.isfinite(e.value):
            raise invalid_field(
                f"{where}.value",
                f"{where} ({e.key!r}) is {e.value}; evaluation values must be finite (NaN and infinities are refused)",
            )
        _digest(e.dataset_digest, f"{where}.dataset_digest")
        _slice(e.slice, f"{where}.slice")
        if e.source not in SOURCES:
            raise invalid_field(f"{where}.source", f"{where}.source {e.source!r} is not a known EvaluationSource")
        checked.append(
            Evaluation(e.key, e.value, e.dataset_digest, e.slice, e.source, e.time or now, principal=caller.principal())
        )
    return checked


def evaluation_filter(f: EvaluationFilter) -> EvaluationFilter:
    if f.key:
        tracking.metric_key(f.key, "key")
    _digest(f.dataset_digest, "dataset_digest")
    _slice(f.slice, "slice")
    if f.slice and f.unsliced_only:
        raise invalid_field("unsliced_only", "set slice or unsliced_only, not both")
    if f.source and f.source not in SOURCES:
        raise invalid_field("source", f"source {f.source!r} is not a known EvaluationSource")
    return f


def version_ref(ref: VersionRef, field: str) -> VersionRef:
    if bool(ref.version) == bool(ref.alias):
        raise invalid_field(field, f"{field} names a version by number or by alias: set exactly one of the two")
    if ref.alias:
        validation.alias_name(ref.alias, f"{field}.alias")
    else:
        validation.version_number(ref.version, f"{field}.version")
    return ref


def _result(a: object, b: object) -> str:
    if b is None:
        return "ONLY_IN_A"
    if a is None:
        return "ONLY_IN_B"
    return "EQUAL" if a == b else "DIFFERENT"


def _numbers(a: Mapping[str, float], b: Mapping[str, float]) -> list[NumberDiff]:
    out = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        delta = y - x if x is not None and y is not None else None
        out.append(NumberDiff(key, x, y, _result(x, y), delta))
    return out


def compare(a: VersionFacts, b: VersionFacts) -> Comparison:
    """Side by side, ordered by key (then dataset digest, slice and source for evaluations)."""
    params = [
        ParamDiff(k, a.params.get(k), b.params.get(k), _result(a.params.get(k), b.params.get(k)))
        for k in sorted(set(a.params) | set(b.params))
    ]
    evals = []
    for group in sorted(set(a.evaluations) | set(b.evaluations)):
        x, y = a.evaluations.get(group), b.evaluations.get(group)
        key, digest, part, source = group
        delta = y - x if x is not None and y is not None else None
        evals.append(NumberDiff(key, x, y, _result(x, y), delta, digest, part, source))
    return Comparison(
        a.version,
        b.version,
        params,
        _numbers(a.run_metrics, b.run_metrics),
        _numbers(a.version.metrics, b.version.metrics),
        evals,
    )


# ----- the service -----------------------------------------------------


class EvaluationStore(Protocol):
    def log_evaluations(
        self, model_name: str, version: int, items: Sequence[Evaluation], now: int
    ) -> list[Evaluation]: ...
    def list_evaluations(
        self,
        model_name: str,
        version: int,
        where: EvaluationFilter,
        after: tuple[int, int] | None,
        limit: int,
    ) -> tuple[list[Evaluation], tuple[int, int] | None]: ...
    def version_facts(self, model_name: str, ref: VersionRef) -> VersionFacts: ...


class Evaluations:
    def __init__(self, store: EvaluationStore, executor: ThreadPoolExecutor, clock: Callable[[], int] = now_us) -> None:
        self._store = store
        self._executor = executor
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    async def log_evaluations(self, model_name: str, version: int, items: Sequence[Evaluation]) -> list[Evaluation]:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        now = self._clock()
        checked = evaluations(items, now)
        return await self._call(self._store.log_evaluations, model_name, version, checked, now)

    async def list_evaluations(
        self, model_name: str, version: int, where: EvaluationFilter, page_size: int, page_token: str
    ) -> Page[Evaluation]:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        evaluation_filter(where)
        size = listing.page_size(page_size)
        parts = (model_name, version, where.key, where.dataset_digest, where.slice, where.unsliced_only, where.source)
        scope = "evaluations:" + "\x1f".join(map(str, parts))
        after: tuple[int, int] | None = None
        if page_token:
            time, pk = tracking.decode_token(page_token, scope, [int, int])
            after = (time, pk)
        items, last = await self._call(self._store.list_evaluations, model_name, version, where, after, size)
        return Page(items, tracking.encode_token(scope, list(last)) if last is not None else "")

    async def compare(self, model_name: str, a: VersionRef, b: VersionRef) -> Comparison:
        validation.model_name(model_name, "model_name")
        version_ref(a, "a")
        version_ref(b, "b")

        def both() -> tuple[VersionFacts, VersionFacts]:
            return self._store.version_facts(model_name, a), self._store.version_facts(model_name, b)

        facts_a, facts_b = await self._call(both)
        return compare(facts_a, facts_b)
