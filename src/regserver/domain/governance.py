"""Approved promotions: protected aliases and stages, promotion requests, gates, rollback and history.

The rules are documented on service Governance (protos/regserver/v1/governance.proto). Gates
are a pure function of facts the store reads inside the transaction that acts on them, so what
was checked is what is applied.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from regserver.domain import caller as callers
from regserver.domain import listing, tracking, validation
from regserver.domain.errors import FailedPrecondition, invalid_field
from regserver.domain.models import ModelVersion, Page, Stage
from regserver.domain.registry import now_us
from regserver.domain.roles import Permission
from regserver.domain.threads import in_thread

T = TypeVar("T")

MAX_TARGETS = 20
MAX_TAGS = 50
MAX_THRESHOLDS = 50
MAX_COMMENT = 2000
PROTECTABLE_STAGES = (Stage.STAGING, Stage.PRODUCTION, Stage.ARCHIVED)
COMPARISONS: dict[str, Callable[[float, float], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


class Kind(enum.Enum):
    ALIAS = "alias"
    STAGE = "stage"


class State(enum.Enum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"


@dataclass(frozen=True)
class Target:
    kind: Kind
    # The alias, or the Stage value ("PRODUCTION").
    name: str

    def __str__(self) -> str:
        return f"alias {self.name!r}" if self.kind is Kind.ALIAS else f"stage {self.name}"


@dataclass(frozen=True)
class Threshold:
    metric: str
    comparison: str  # a COMPARISONS key
    value: float


@dataclass(frozen=True)
class BeatChampion:
    metric: str
    lower_is_better: bool = False
    min_improvement: float = 0.0


@dataclass(frozen=True)
class Protected:
    target: Target
    require_signature: bool = False
    required_tags: tuple[tuple[str, str], ...] = ()
    thresholds: tuple[Threshold, ...] = ()
    beat_champion: BeatChampion | None = None
    # Alias targets: the previous holder moves to ARCHIVED on approval.
    archive_previous: bool = False


@dataclass(frozen=True)
class Policy:
    model_name: str
    protected: tuple[Protected, ...] = ()
    update_time: int = 0
    updater: str = ""
    etag: str = ""

    def rules_for(self, target: Target) -> Protected | None:
        return next((p for p in self.protected if p.target == target), None)


@dataclass(frozen=True)
class Gate:
    check: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class PromotionRequest:
    id: str
    model_name: str
    version: int
    target: Target
    comment: str
    requester: str
    state: State
    create_time: int
    decider: str = ""
    decision_comment: str = ""
    decide_time: int | None = None
    gates: tuple[Gate, ...] = ()
    previous_version: int = 0


@dataclass(frozen=True)
class Approval:
    request: PromotionRequest
    version: ModelVersion
    archived: list[ModelVersion] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryEntry:
    model_name: str
    target: Target
    version: int
    start_time: int
    end_time: int | None
    principal: str
    request_id: str
    cause: str


@dataclass(frozen=True)
class Facts:
    """What the gates read of one version, inside the transaction that acts on it."""

    version: int
    live: bool
    ready: bool
    status: str
    has_signature: bool
    tags: Mapping[str, str]
    metrics: Mapping[str, float]


# ----- the policy as stored ---------------------------------------------------


def policy_json(protected: Sequence[Protected]) -> str:
    return json.dumps(
        [
            {
                "kind": p.target.kind.value,
                "name": p.target.name,
                "require_signature": p.require_signature,
                "required_tags": [list(t) for t in p.required_tags],
                "thresholds": [[t.metric, t.comparison, t.value] for t in p.thresholds],
                "beat_champion": (
                    None
                    if p.beat_champion is None
                    else [p.beat_champion.metric, p.beat_champion.lower_is_better, p.beat_champion.min_improvement]
                ),
                "archive_previous": p.archive_previous,
            }
            for p in protected
        ],
        separators=(",", ":"),
    )


def policy_from_json(text: str) -> tuple[Protected, ...]:
    return tuple(
        Protected(
            target=Target(Kind(d["kind"]), d["name"]),
            require_signature=d["require_signature"],
            required_tags=tuple((k, v) for k, v in d["required_tags"]),
            thresholds=tuple(Threshold(m, c, v) for m, c, v in d["thresholds"]),
            beat_champion=None if d["beat_champion"] is None else BeatChampion(*d["beat_champion"]),
            archive_previous=d.get("archive_previous", False),
        )
        for d in json.loads(text)
    )


# ----- validation ----------------------------------------------------------------


def target(value: Target | None, field: str = "target") -> Target:
    if value is None:
        raise invalid_field(field, f"{field} is required: an alias or a stage")
    if value.kind is Kind.ALIAS:
        validation.alias_name(value.name, f"{field}.alias")
    elif value.name not in {s.value for s in PROTECTABLE_STAGES}:
        raise invalid_field(
            f"{field}.stage", f"{field}.stage must be STAGE_STAGING, STAGE_PRODUCTION or STAGE_ARCHIVED"
        )
    return value


def comment(value: str, field: str = "comment") -> str:
    if len(value) > MAX_COMMENT:
        raise invalid_field(field, f"{field} is {len(value)} characters long; the limit is {MAX_COMMENT}")
    return validation.no_nul(value, field)


def protected_targets(items: Sequence[Protected], field: str = "policy.protected_targets") -> tuple[Protected, ...]:
    if len(items) > MAX_TARGETS:
        raise invalid_field(field, f"{field} has {len(items)} entries; the limit is {MAX_TARGETS}")
    seen: set[Target] = set()
    for i, p in enumerate(items):
        where = f"{field}[{i}]"
        target(p.target, f"{where}.target")
        if p.target in seen:
            raise invalid_field(f"{where}.target", f"{where}.target: {p.target} is listed twice")
        seen.add(p.target)
        if len(p.required_tags) > MAX_TAGS:
            raise invalid_field(f"{where}.required_tags", f"at most {MAX_TAGS} required tags per target")
        validation.tags(dict(p.required_tags), f"{where}.required_tags")
        if len(p.thresholds) > MAX_THRESHOLDS:
            raise invalid_field(f"{where}.metric_thresholds", f"at most {MAX_THRESHOLDS} thresholds per target")
        for j, t in enumerate(p.thresholds):
            tracking.metric_key(t.metric, f"{where}.metric_thresholds[{j}].metric")
            if t.comparison not in COMPARISONS:
                raise invalid_field(f"{where}.metric_thresholds[{j}].comparison", "comparison is required")
            if not math.isfinite(t.value):
                raise invalid_field(f"{where}.metric_thresholds[{j}].value", "value must be a finite number")
        if p.beat_champion is not None:
            tracking.metric_key(p.beat_champion.metric, f"{where}.beat_champion.metric")
            improvement = p.beat_champion.min_improvement
            if not math.isfinite(improvement) or improvement < 0:
                raise invalid_field(
                    f"{where}.beat_champion.min_improvement", "min_improvement must be a finite number, 0 or more"
                )
    return tuple(items)


def request_id(value: str, field: str = "id") -> str:
    return tracking.resource_id(value, "pr", field)


# ----- gates ---------------------------------------------------------------------


def _number(value: float) -> str:
    return f"{value:.6g}"


def evaluate(rules: Protected | None, candidate: Facts, holders: Sequence[Facts]) -> list[Gate]:
    """Every gate's outcome for the candidate; `holders` are the target's current holders."""
    if not candidate.live:
        ready = Gate("ready", False, f"version {candidate.version} is deleted")
    elif not candidate.ready:
        ready = Gate("ready", False, f"version {candidate.version} is {candidate.status}, not READY")
    else:
        ready = Gate("ready", True, "READY")
    gates = [ready]
    if rules is None:
        return gates
    if rules.require_signature:
        gates.append(
            Gate("signature", candidate.has_signature, "has a signature" if candidate.has_signature else "none")
        )
    for key, wanted in rules.required_tags:
        have = candidate.tags.get(key)
        if have is None:
            gates.append(Gate(f"tag:{key}", False, f"tag {key!r} is missing"))
        elif wanted and have != wanted:
            gates.append(Gate(f"tag:{key}", False, f"tag {key!r} is {have!r}, needs {wanted!r}"))
        else:
            gates.append(Gate(f"tag:{key}", True, f"{key} = {have!r}"))
    for t in rules.thresholds:
        value = candidate.metrics.get(t.metric)
        if value is None:
            gates.append(Gate(f"metric:{t.metric}", False, f"no value of {t.metric}; needs {t.comparison} {t.value}"))
        else:
            ok = COMPARISONS[t.comparison](value, t.value)
            gates.append(
                Gate(f"metric:{t.metric}", ok, f"{t.metric} = {_number(value)}, needs {t.comparison} {t.value}")
            )
    if rules.beat_champion is not None:
        gates.append(_beat(rules.beat_champion, candidate, holders))
    return gates


def _beat(rule: BeatChampion, candidate: Facts, holders: Sequence[Facts]) -> Gate:
    check = f"beat_champion:{rule.metric}"
    others = [h for h in holders if h.version != candidate.version]
    value = candidate.metrics.get(rule.metric)
    if value is None:
        return Gate(check, False, f"version {candidate.version} has no value of {rule.metric}")
    scored = [(h.version, h.metrics[rule.metric]) for h in others if rule.metric in h.metrics]
    if not scored:
        return Gate(check, True, f"{rule.metric} = {_number(value)}; no current holder with a value to beat")
    failures = []
    for version, theirs in scored:
        gain = theirs - value if rule.lower_is_better else value - theirs
        if not gain > 0 or gain < rule.min_improvement:
            failures.append(f"version {version} has {_number(theirs)}")
    better = "lower" if rule.lower_is_better else "higher"
    needs = f"{better} by at least {rule.min_improvement}" if rule.min_improvement else better
    if failures:
        return Gate(check, False, f"{rule.metric} = {_number(value)}, needs {needs} than " + ", ".join(failures))
    shown = ", ".join(f"version {v}: {_number(t)}" for v, t in scored)
    return Gate(check, True, f"{rule.metric} = {_number(value)}, beats {shown}")


def refuse_failed(gates: Sequence[Gate], model_name: str, version: int, target: Target) -> None:
    failed = [g for g in gates if not g.passed]
    if not failed:
        return
    raise FailedPrecondition(
        f"version {version} of model {model_name!r} may not take {target}: "
        + "; ".join(f"{g.check}: {g.detail}" for g in failed),
        "PROMOTION_GATES_FAILED",
        model=model_name,
        version=version,
        target=str(target),
    ).with_violations([("PROMOTION_GATE", g.check, g.detail) for g in failed])


# ----- the service ---------------------------------------------------------------


class GovernanceStore(Protocol):
    def get_policy(self, model_name: str) -> Policy: ...
    def set_policy(self, model_name: str, protected: Sequence[Protected], etag: str, now: int) -> Policy: ...
    def request_promotion(
        self, model_name: str, version: int, target: Target, comment: str, now: int
    ) -> PromotionRequest: ...
    def get_request(self, request_id: str) -> PromotionRequest: ...
    def list_requests(
        self, model_name: str, state: State | None, visible: frozenset[str] | None, after: int | None, limit: int
    ) -> tuple[list[PromotionRequest], int | None]: ...
    def approve(self, request_id: str, comment: str, separate_duties: bool, now: int) -> Approval: ...
    def close_request(
        self,
        request_id: str,
        state: State,
        comment: str,
        separate_duties: bool,
        is_admin: Callable[[str], bool],
        now: int,
    ) -> PromotionRequest: ...
    def rollback(self, model_name: str, alias: str, comment: str, now: int) -> tuple[ModelVersion, int]: ...
    def history(
        self, model_name: str, target: Target, at_time: int | None, after: int | None, limit: int
    ) -> tuple[list[HistoryEntry], int | None]: ...


class Governance:
    def __init__(self, store: GovernanceStore, executor: ThreadPoolExecutor, clock: Callable[[], int] = now_us) -> None:
        self._store = store
        self._executor = executor
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    async def get_policy(self, model_name: str) -> Policy:
        return await self._call(self._store.get_policy, validation.model_name(model_name, "model_name"))

    async def set_policy(self, model_name: str, protected: Sequence[Protected], etag: str) -> Policy:
        validation.model_name(model_name, "model_name")
        checked = protected_targets(protected)
        return await self._call(self._store.set_policy, model_name, checked, etag, self._clock())

    async def request_promotion(self, model_name: str, version: int, to: Target | None, note: str) -> PromotionRequest:
        validation.model_name(model_name, "model_name")
        validation.version_number(version)
        checked = target(to)
        comment(note)
        return await self._call(self._store.request_promotion, model_name, version, checked, note, self._clock())

    async def get_request(self, id: str) -> PromotionRequest:
        return await self._call(self._store.get_request, request_id(id))

    async def list_requests(
        self, model_name: str, state: State | None, page_size: int, page_token: str
    ) -> Page[PromotionRequest]:
        if model_name:
            validation.model_name(model_name, "model_name")
        size = listing.page_size(page_size)
        scope = f"promotions:{model_name}\x1f{state.value if state else ''}"
        after = tracking.decode_token(page_token, scope, [int])[0] if page_token else None
        visible = callers.current().visible_model_names()
        items, last = await self._call(self._store.list_requests, model_name, state, visible, after, size)
        return Page(items, tracking.encode_token(scope, [last]) if last is not None else "")

    async def approve(self, id: str, note: str) -> Approval:
        request_id(id)
        comment(note)
        separate = not callers.current().open
        return await self._call(self._store.approve, id, note, separate, self._clock())

    async def reject(self, id: str, note: str) -> PromotionRequest:
        request_id(id)
        comment(note)
        separate = not callers.current().open
        return await self._call(
            self._store.close_request, id, State.REJECTED, note, separate, lambda _: False, self._clock()
        )

    async def withdraw(self, id: str, note: str) -> PromotionRequest:
        request_id(id)
        comment(note)
        caller = callers.current()

        def is_admin(model_name: str) -> bool:
            return caller.may(Permission.MODELS_MANAGE, model_name)

        return await self._call(self._store.close_request, id, State.WITHDRAWN, note, False, is_admin, self._clock())

    async def rollback(self, model_name: str, alias: str, note: str) -> tuple[ModelVersion, int]:
        validation.model_name(model_name, "model_name")
        validation.alias_name(alias)
        comment(note)
        return await self._call(self._store.rollback, model_name, alias, note, self._clock())

    async def history(
        self, model_name: str, of: Target | None, at_time: int | None, page_size: int, page_token: str
    ) -> Page[HistoryEntry]:
        validation.model_name(model_name, "model_name")
        checked = target(of)
        size = listing.page_size(page_size)
        scope = f"history:{model_name}\x1f{checked.kind.value}\x1f{checked.name}\x1f{at_time}"
        after = tracking.decode_token(page_token, scope, [int])[0] if page_token else None
        items, last = await self._call(self._store.history, model_name, checked, at_time, after, size)
        return Page(items, tracking.encode_token(scope, [last]) if last is not None else "")
