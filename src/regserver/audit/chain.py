"""An audit record and the canonical encoding its hash covers (documented in audit.proto)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class AuditRecord:
    time: int
    principal: str
    method: str
    resource: str
    model_name: str
    request_id: str
    code: str
    request_json: str = ""
    before_json: str = ""
    after_json: str = ""
    sequence: int = 0
    previous_hash: str = ""
    hash: str = ""


def digest(r: AuditRecord) -> str:
    """SHA-256 over the record's fields and the previous record's hash; see audit.proto."""
    fields = [
        r.sequence,
        r.time,
        r.principal,
        r.method,
        r.resource,
        r.model_name,
        r.request_id,
        r.code,
        r.request_json,
        r.before_json,
        r.after_json,
        r.previous_hash,
    ]
    encoded = json.dumps(fields, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(encoded.encode()).hexdigest()


def chained(r: AuditRecord, sequence: int, previous_hash: str) -> AuditRecord:
    linked = replace(r, sequence=sequence, previous_hash=previous_hash, hash="")
    return replace(linked, hash=digest(linked))


@dataclass(frozen=True)
class Verdict:
    checked: int
    broken_at: int | None = None
    reason: str = ""


def verify(records: list[AuditRecord], start_sequence: int, start_hash: str) -> Verdict | None:
    """Checks a run of records following (start_sequence, start_hash); None when they all hold."""
    expected_sequence, previous = start_sequence + 1, start_hash
    for r in records:
        if r.sequence != expected_sequence:
            return Verdict(
                0, expected_sequence, f"record {expected_sequence} is missing (the next one is {r.sequence})"
            )
        if r.previous_hash != previous:
            return Verdict(0, r.sequence, f"record {r.sequence} does not link to record {r.sequence - 1}'s hash")
        if digest(r) != r.hash:
            return Verdict(0, r.sequence, f"record {r.sequence} was altered: its fields do not match its hash")
        expected_sequence, previous = r.sequence + 1, r.hash
    return None


@dataclass(frozen=True)
class AuditFilter:
    model_name: str = ""
    principal: str = ""
    method: str = ""
    start_time: int | None = None
    end_time: int | None = None
