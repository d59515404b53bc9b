"""Audit records written in the transaction of the change they record.

The interceptor opens a Draft for each mutation of SERVICES: everything about the call but
its outcome. The servicer says how its response is rendered (render_with); SqlStore._run,
at the end of the call's write transaction, completes the draft with the state before the
change (which the store function left in conn.info["before"]) and the response, and appends
it to the chain on the same connection. Once that transaction commits the draft is
`written`, and the interceptor does not queue a second record. A call that fails writes
nothing in its transaction; the interceptor then queues the failure as for any call.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from regserver.audit.chain import AuditRecord

# Services whose mutations are audited in their own transaction: what decides what serves,
# and who may do it. The high-volume ones (Tracking, Evaluation, ArtifactStore) and Webhooks
# keep the batched writer (audit/recorder.py).
SERVICES = frozenset({"regserver.v1.ModelRegistry", "regserver.v1.Governance", "regserver.v1.AccessControl"})


@dataclass
class Draft:
    record: AuditRecord
    # The call's response JSON (secrets redacted) for what the store function of the call's
    # transaction returns; set by the servicer (regserver.api.audit.audited).
    render: Callable[[Any], str] | None = None
    # Completed inside the running transaction, not yet committed.
    staged: AuditRecord | None = None
    # The staged record committed with the change.
    written: bool = False


_draft: contextvars.ContextVar[Draft | None] = contextvars.ContextVar("regserver_audit_draft", default=None)


def covers(method: str) -> bool:
    return method.count("/") == 2 and method.split("/")[1] in SERVICES


def begin(record: AuditRecord) -> tuple[Draft, contextvars.Token[Draft | None]]:
    draft = Draft(record)
    return draft, _draft.set(draft)


def end(token: contextvars.Token[Draft | None]) -> None:
    _draft.reset(token)


def current() -> Draft | None:
    return _draft.get()


def render_with(render: Callable[[Any], str]) -> None:
    draft = _draft.get()
    if draft is not None:
        draft.render = render


def stage(result: Any, before: Any, now: int, model_name: str = "") -> AuditRecord | None:
    """The completed record for this call; None outside an audited call or once it is written.

    `model_name` is the model the change touched: calls that name a request by id learn it here.
    """
    draft = _draft.get()
    if draft is None or draft.written:
        return None
    draft.staged = replace(
        draft.record,
        time=now,
        model_name=draft.record.model_name or model_name,
        code="OK",
        before_json=json.dumps(before, sort_keys=True, separators=(",", ":")) if before is not None else "",
        after_json=draft.render(result) if draft.render is not None else "",
    )
    return draft.staged


def committed() -> None:
    """Marks the staged record as committed with its change."""
    draft = _draft.get()
    if draft is not None and draft.staged is not None:
        draft.written = True


def discard() -> None:
    """Forgets a staged record whose transaction rolled back (or will be retried)."""
    draft = _draft.get()
    if draft is not None:
        draft.staged = None
