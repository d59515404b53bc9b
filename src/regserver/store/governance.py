"""Promotion policies, requests, approval, rollback and alias/stage history in SQL.

Every governance change takes the model's row lock first (as SetAlias does), then reads and
checks what it acts on, applies it through SqlStore's alias and stage moves (history, events),
and appends the call's audit record, all in one transaction (regserver.audit.in_transaction).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, delete, insert, or_, select, update

from regserver.domain import caller
from regserver.domain.caller import Rule, authorize
from regserver.domain.errors import AlreadyExists, FailedPrecondition, NotFound, PermissionDenied
from regserver.domain.governance import (
    Approval,
    Facts,
    Gate,
    HistoryEntry,
    Kind,
    Policy,
    PromotionRequest,
    Protected,
    State,
    Target,
    evaluate,
    policy_from_json,
    policy_json,
    refuse_failed,
)
from regserver.domain.models import EventType, ModelVersion, Stage, VersionStatus
from regserver.domain.roles import Permission
from regserver.store.paging import fetch_page
from regserver.store.rows import VERSION_BY_ID, VERSIONS, check_etag, etag
from regserver.store.schema import (
    model_aliases,
    model_versions,
    promotion_policies,
    promotion_requests,
    protected_targets,
    registered_models,
    target_history,
    version_latest_evaluations,
    version_metrics,
    version_tags,
)
from regserver.store.sql import SqlStore

T = TypeVar("T")
mv = model_versions
rm = registered_models
pr = promotion_requests
th = target_history


def _gates_json(gates: Sequence[Gate]) -> str:
    return json.dumps([[g.check, g.passed, g.detail] for g in gates], separators=(",", ":"))


def _request(row: Row[Any], model_name: str, version: int) -> PromotionRequest:
    return PromotionRequest(
        id=row.uid,
        model_name=model_name,
        version=version,
        target=Target(Kind(row.kind), row.target),
        comment=row.comment,
        requester=row.requester,
        state=State(row.state),
        create_time=row.create_time,
        decider=row.decider,
        decision_comment=row.decision_comment,
        decide_time=row.decide_time,
        gates=tuple(Gate(c, p, d) for c, p, d in json.loads(row.gate_results)),
        previous_version=row.previous_version,
    )


def _request_state(r: PromotionRequest) -> dict[str, Any]:
    """A request as its audit record's before_json shows it."""
    return {
        "id": r.id,
        "model_name": r.model_name,
        "version": r.version,
        "target": {r.target.kind.value: r.target.name},
        "state": r.state.value,
        "requester": r.requester,
    }


_REQUEST_COLUMNS = (*pr.c, rm.c.name.label("model_name"), mv.c.version.label("version"))
_REQUESTS = select(*_REQUEST_COLUMNS).join(rm, rm.c.id == pr.c.model_id).join(mv, mv.c.id == pr.c.version_id)


class SqlGovernanceStore:
    def __init__(self, store: SqlStore) -> None:
        self._store = store

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        return self._store._run(fn, write)

    @staticmethod
    def _audit(conn: Connection, model: Row[Any], before: Any) -> None:
        """What the call's audit record (written by SqlStore._run in this transaction) says was before."""
        conn.info["before"] = before
        conn.info["audit_model"] = model.name

    def _announce(self, conn: Connection, type: EventType, row: Row[Any], version_id: int, now: int) -> None:
        """Appends a PROMOTION_* event for the request `row` (in this transaction), the candidate as its state."""
        alias = row.target if row.kind == Kind.ALIAS.value else None
        stage = row.target if row.kind == Kind.STAGE.value else None
        self._store._emit(
            conn,
            now,
            type,
            self._store._version_by_id(conn, version_id),
            alias=alias,
            promotion_request_id=row.uid,
            target_stage=stage,
        )

    # ----- loading ---------------------------------------------------------

    def _lock_model(self, conn: Connection, name: str) -> Row[Any]:
        return self._store._model_row(conn, name, lock=True)

    def _policy(self, conn: Connection, model: Row[Any]) -> Policy:
        row = conn.execute(select(promotion_policies).where(promotion_policies.c.model_id == model.id)).first()
        if row is None:
            return Policy(model.name, etag=etag(0))
        return Policy(
            model.name,
            policy_from_json(row.policy_json),
            update_time=row.update_time,
            updater=row.updater,
            etag=etag(row.revision),
        )

    @staticmethod
    def _facts(conn: Connection, row: Row[Any]) -> Facts:
        def pairs(table: Any) -> dict[str, Any]:
            query = select(table.c.key, table.c.value).where(table.c.version_id == row.id)
            return {key: value for key, value in conn.execute(query)}

        tags = pairs(version_tags)
        # The value `metrics.<key>` filters compare: the latest unsliced evaluation, else the registered one.
        metrics = pairs(version_metrics) | pairs(version_latest_evaluations)
        signature = json.loads(row.signature) if row.signature else None
        return Facts(
            version=int(row.version),
            live=row.delete_time is None and row.model_delete_time is None,
            ready=row.status == VersionStatus.READY.value,
            status=row.status,
            has_signature=bool(signature and (signature.get("inputs") or signature.get("outputs"))),
            tags=tags,
            metrics=metrics,
        )

    def _holders(self, conn: Connection, model: Row[Any], target: Target) -> list[Row[Any]]:
        if target.kind is Kind.ALIAS:
            query = VERSIONS.join(model_aliases, model_aliases.c.version_id == mv.c.id).where(
                model_aliases.c.model_id == model.id, model_aliases.c.alias == target.name
            )
        else:
            query = VERSIONS.where(mv.c.model_id == model.id, mv.c.stage == target.name, mv.c.delete_time.is_(None))
        return list(conn.execute(query.order_by(mv.c.version)).all())

    def _gates(self, conn: Connection, row: Row[Any], rules: Protected | None, holders: list[Row[Any]]) -> list[Gate]:
        """The gates of `rules` for the version `row`; the holders' facts are read only to beat them."""
        rivals = [self._facts(conn, h) for h in holders] if rules is not None and rules.beat_champion else []
        return evaluate(rules, self._facts(conn, row), rivals)

    def _request_row(self, conn: Connection, request_id: str, lock: bool = False) -> Row[Any]:
        query = _REQUESTS.where(pr.c.uid == request_id)
        row = conn.execute(query.with_for_update(of=pr) if lock and self._store._pg else query).first()
        if row is None:
            raise NotFound(f"no promotion request has id {request_id!r}", "PROMOTION_REQUEST_NOT_FOUND", id=request_id)
        return row

    def _visible_request(self, conn: Connection, request_id: str, permission: Permission, rpc: str) -> Row[Any]:
        """The request if the caller may act on its model: NOT_FOUND when it may not even read the model."""
        row = self._request_row(conn, request_id)
        who = caller.current()
        if not who.may(Permission.MODELS_READ, row.model_name):
            raise NotFound(f"no promotion request has id {request_id!r}", "PROMOTION_REQUEST_NOT_FOUND", id=request_id)
        authorize(f"/regserver.v1.Governance/{rpc}", Rule(permission, "model_name"), who, row)
        return row

    def _locked_request(
        self, conn: Connection, request_id: str, permission: Permission, rpc: str
    ) -> tuple[Row[Any], Row[Any]]:
        """The request and its model, the model's row locked first (the order every writer takes)."""
        first = self._visible_request(conn, request_id, permission, rpc)
        model = self._lock_model(conn, first.model_name)
        return self._request_row(conn, request_id, lock=True), model

    # ----- policies --------------------------------------------------------

    def get_policy(self, model_name: str) -> Policy:
        return self._run(lambda conn: self._policy(conn, self._store._model_row(conn, model_name)), False)

    def set_policy(self, model_name: str, protected: Sequence[Protected], given_etag: str, now: int) -> Policy:
        def tx(conn: Connection) -> Policy:
            model = self._lock_model(conn, model_name)
            row = conn.execute(select(promotion_policies).where(promotion_policies.c.model_id == model.id)).first()
            revision = int(row.revision) if row is not None else 0
            check_etag(given_etag, revision, f"the promotion policy of model {model_name!r}")
            before = self._policy(conn, model)
            values = {
                "policy_json": policy_json(protected),
                "revision": revision + 1,
                "updater": caller.principal(),
                "update_time": now,
            }
            if row is None:
                conn.execute(insert(promotion_policies).values(model_id=model.id, **values))
            else:
                conn.execute(
                    update(promotion_policies).where(promotion_policies.c.model_id == model.id).values(**values)
                )
            conn.execute(delete(protected_targets).where(protected_targets.c.model_id == model.id))
            if protected:
                conn.execute(
                    insert(protected_targets),
                    [{"model_id": model.id, "kind": p.target.kind.value, "name": p.target.name} for p in protected],
                )
            policy = self._policy(conn, model)
            self._audit(conn, model, {"policy": json.loads(policy_json(before.protected))})
            return policy

        return self._run(tx)

    # ----- requests --------------------------------------------------------

    def request_promotion(
        self, model_name: str, version: int, target: Target, comment: str, now: int
    ) -> PromotionRequest:
        def tx(conn: Connection) -> PromotionRequest:
            model = self._lock_model(conn, model_name)
            row = self._store._version_row(conn, model, version)
            rules = self._policy(conn, model).rules_for(target)
            if rules is None:
                raise FailedPrecondition(
                    f"{target} of model {model_name!r} is not protected by its promotion policy; move it directly "
                    "(SetAlias or TransitionModelVersionStage)",
                    "TARGET_NOT_PROTECTED",
                    model=model_name,
                    target=str(target),
                )
            pending = conn.execute(
                select(pr.c.uid).where(
                    pr.c.version_id == row.id,
                    pr.c.kind == target.kind.value,
                    pr.c.target == target.name,
                    pr.c.state == State.PENDING.value,
                )
            ).first()
            if pending is not None:
                raise AlreadyExists(
                    f"version {version} of model {model_name!r} already has pending request {pending.uid} for "
                    f"{target}; approve, reject or withdraw it first",
                    "PROMOTION_REQUEST_EXISTS",
                    id=pending.uid,
                )
            gates = self._gates(conn, row, rules, self._holders(conn, model, target) if rules.beat_champion else [])
            refuse_failed(gates, model_name, version, target)
            uid = "pr_" + uuid.uuid4().hex
            conn.execute(
                insert(pr).values(
                    uid=uid,
                    model_id=model.id,
                    version_id=row.id,
                    kind=target.kind.value,
                    target=target.name,
                    comment=comment,
                    requester=caller.principal(),
                    state=State.PENDING.value,
                    create_time=now,
                    decider="",
                    decision_comment="",
                    decide_time=None,
                    gate_results=_gates_json(gates),
                    previous_version=0,
                )
            )
            made_row = self._request_row(conn, uid)
            self._announce(conn, EventType.PROMOTION_REQUESTED, made_row, row.id, now)
            made = _request(made_row, model_name, version)
            self._audit(conn, model, {})
            return made

        return self._run(tx)

    def get_request(self, request_id: str) -> PromotionRequest:
        def tx(conn: Connection) -> PromotionRequest:
            row = self._visible_request(conn, request_id, Permission.MODELS_READ, "GetPromotionRequest")
            return _request(row, row.model_name, row.version)

        return self._run(tx, False)

    def list_requests(
        self, model_name: str, state: State | None, visible: frozenset[str] | None, after: int | None, limit: int
    ) -> tuple[list[PromotionRequest], int | None]:
        def tx(conn: Connection) -> tuple[list[PromotionRequest], int | None]:
            query = _REQUESTS
            if model_name:
                model = self._store._model_row(conn, model_name)
                query = query.where(pr.c.model_id == model.id)
            if visible is not None:
                query = query.where(rm.c.name.in_(sorted(visible)))
            if state is not None:
                query = query.where(pr.c.state == state.value)
            if after is not None:
                query = query.where(pr.c.id < after)
            rows, last = fetch_page(conn, query.order_by(pr.c.id.desc()), limit)
            return [_request(r, r.model_name, r.version) for r in rows], (last.id if last is not None else None)

        return self._run(tx, False)

    def _pending(self, row: Row[Any]) -> None:
        if row.state != State.PENDING.value:
            raise FailedPrecondition(
                f"promotion request {row.uid} is {row.state}, not PENDING; make a new request",
                "PROMOTION_NOT_PENDING",
                id=row.uid,
                state=row.state,
            )

    @staticmethod
    def _not_own(row: Row[Any], verb: str) -> None:
        if row.requester == caller.principal():
            raise PermissionDenied(
                f"{caller.principal()!r} made promotion request {row.uid} and may not {verb} it; another approver must",
                "SELF_APPROVAL",
                id=row.uid,
            )

    def approve(self, request_id: str, comment: str, separate_duties: bool, now: int) -> Approval:
        def tx(conn: Connection) -> Approval:
            row, model = self._locked_request(conn, request_id, Permission.MODELS_PROMOTE, "ApprovePromotion")
            self._pending(row)
            if separate_duties:
                self._not_own(row, "approve")
            before = _request(row, row.model_name, row.version)
            target = before.target
            version = self._store._version_row(conn, model, row.version, show_deleted=True)
            rules = self._policy(conn, model).rules_for(target)
            holder_rows = self._holders(conn, model, target)
            gates = self._gates(conn, version, rules, holder_rows)
            refuse_failed(gates, model.name, row.version, target)
            holders = [int(h.version) for h in holder_rows]
            if target.kind is Kind.ALIAS:
                moved, previous = self._store._move_alias(
                    conn, model, version, target.name, now, "ApprovePromotion", row.uid
                )
                archived: list[ModelVersion] = []
                if rules is not None and rules.archive_previous and previous and previous != row.version:
                    holder = self._store._version_row(conn, model, previous)
                    if holder.stage != Stage.ARCHIVED.value:
                        archived_holder, _ = self._store._move_stage(
                            conn, model, holder, Stage.ARCHIVED, False, now, "ApprovePromotion", row.uid
                        )
                        archived.append(archived_holder)
            else:
                moved, archived = self._store._move_stage(
                    conn, model, version, Stage(target.name), True, now, "ApprovePromotion", row.uid
                )
                previous = 0
            self._decide(conn, row.id, State.APPROVED, comment, now, gates, previous)
            self._announce(conn, EventType.PROMOTION_APPROVED, row, version.id, now)
            after = _request(self._request_row(conn, request_id), model.name, row.version)
            approval = Approval(after, moved, archived)
            self._audit(conn, model, {"promotion_request": _request_state(before), "holders": holders})
            return approval

        return self._run(tx)

    @staticmethod
    def _decide(
        conn: Connection,
        pk: int,
        state: State,
        comment: str,
        now: int,
        gates: Sequence[Gate] | None = None,
        previous: int = 0,
    ) -> None:
        values: dict[str, Any] = {
            "state": state.value,
            "decider": caller.principal(),
            "decision_comment": comment,
            "decide_time": now,
            "previous_version": previous,
        }
        if gates is not None:
            values["gate_results"] = _gates_json(gates)
        conn.execute(update(pr).where(pr.c.id == pk).values(**values))

    def close_request(
        self,
        request_id: str,
        state: State,
        comment: str,
        separate_duties: bool,
        is_admin: Callable[[str], bool],
        now: int,
    ) -> PromotionRequest:
        def tx(conn: Connection) -> PromotionRequest:
            if state is State.WITHDRAWN:
                permission, rpc = Permission.MODELS_WRITE, "WithdrawPromotion"
            else:
                permission, rpc = Permission.MODELS_PROMOTE, "RejectPromotion"
            row, model = self._locked_request(conn, request_id, permission, rpc)
            self._pending(row)
            if separate_duties:
                self._not_own(row, "reject")
            if state is State.WITHDRAWN and row.requester != caller.principal() and not is_admin(model.name):
                raise PermissionDenied(
                    f"promotion request {row.uid} was made by {row.requester!r}; only they or an admin may withdraw "
                    "it (an approver rejects it instead)",
                    "PERMISSION_DENIED",
                    id=row.uid,
                )
            before = _request(row, model.name, row.version)
            self._decide(conn, row.id, state, comment, now)
            kind = EventType.PROMOTION_WITHDRAWN if state is State.WITHDRAWN else EventType.PROMOTION_REJECTED
            self._announce(conn, kind, row, row.version_id, now)
            after = _request(self._request_row(conn, request_id), model.name, row.version)
            self._audit(conn, model, {"promotion_request": _request_state(before)})
            return after

        return self._run(tx)

    # ----- rollback and history ----------------------------------------------

    def rollback(self, model_name: str, alias: str, comment: str, now: int) -> tuple[ModelVersion, int]:
        def tx(conn: Connection) -> tuple[ModelVersion, int]:
            model = self._lock_model(conn, model_name)
            current = conn.execute(
                select(model_aliases.c.version_id).where(
                    model_aliases.c.model_id == model.id, model_aliases.c.alias == alias
                )
            ).first()
            # The holder before the current one: the latest closed entry of another version.
            query = select(th.c.version_id).where(
                th.c.model_id == model.id,
                th.c.kind == Kind.ALIAS.value,
                th.c.target == alias,
                th.c.end_time.is_not(None),
            )
            if current is not None:
                query = query.where(th.c.version_id != current.version_id)
            earlier = conn.execute(query.order_by(th.c.end_time.desc(), th.c.id.desc()).limit(1)).first()
            if earlier is None:
                raise FailedPrecondition(
                    f"alias {alias!r} of model {model_name!r} has no earlier version to roll back to",
                    "NO_PREVIOUS_TARGET",
                    model=model_name,
                    alias=alias,
                )
            row = conn.execute(VERSION_BY_ID, {"id": earlier.version_id}).one()
            gates = evaluate(None, self._facts(conn, row), [])
            refuse_failed(gates, model_name, int(row.version), Target(Kind.ALIAS, alias))
            moved, previous = self._store._move_alias(conn, model, row, alias, now, "Rollback")
            self._audit(conn, model, {"alias": alias, "version": previous})
            return moved, previous

        return self._run(tx)

    def history(
        self, model_name: str, target: Target, at_time: int | None, after: int | None, limit: int
    ) -> tuple[list[HistoryEntry], int | None]:
        def tx(conn: Connection) -> tuple[list[HistoryEntry], int | None]:
            model = self._store._model_row(conn, model_name)
            query = (
                select(th, mv.c.version)
                .join(mv, mv.c.id == th.c.version_id)
                .where(th.c.model_id == model.id, th.c.kind == target.kind.value, th.c.target == target.name)
            )
            if at_time is not None:
                query = query.where(th.c.start_time <= at_time, or_(th.c.end_time.is_(None), th.c.end_time > at_time))
            if after is not None:
                query = query.where(th.c.id < after)
            rows, last = fetch_page(conn, query.order_by(th.c.id.desc()), limit)
            entries = [
                HistoryEntry(
                    model_name=model.name,
                    target=target,
                    version=int(r.version),
                    start_time=r.start_time,
                    end_time=r.end_time,
                    principal=r.principal,
                    request_id=r.request_uid or "",
                    cause=r.cause,
                )
                for r in rows
            ]
            return entries, (last.id if last is not None else None)

        return self._run(tx, False)
