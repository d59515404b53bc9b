"""The request checks of regserver.api.requests: which time fields count as output only, and the ranges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from google.protobuf import timestamp_pb2
from regserver_client.v1 import audit_pb2, model_pb2, model_registry_pb2, tracking_pb2

from regserver.api.requests import OUTPUT_ONLY, nul_problem, time_error, time_problem

PROTOS = Path(__file__).resolve().parent.parent / "protos" / "regserver" / "v1"
TIME_FIELD = re.compile(r"(?:optional |repeated )?google\.protobuf\.(?:Timestamp|Duration) (\w+) = \d+;")


def _output_only_in_protos() -> set[str]:
    """Timestamp and Duration fields whose comment in the .proto files starts with "Output only"."""
    found: set[str] = set()
    for proto in sorted(PROTOS.glob("*.proto")):
        scopes: list[str | None] = []
        comment: list[str] = []
        for raw in proto.read_text().splitlines():
            line = raw.strip()
            if line.endswith("{}"):
                pass  # an empty message opens no scope
            elif message := re.match(r"message (\w+) \{", line):
                scopes.append(message.group(1))
            elif line.endswith("{"):
                scopes.append(None)
            elif line.startswith("}"):
                scopes.pop()
            elif line.startswith("//"):
                comment.append(line[2:].strip())
                continue
            elif (field := TIME_FIELD.match(line)) and comment and comment[0].lower().startswith("output only"):
                found.add("regserver.v1." + ".".join(s for s in scopes if s) + "." + field.group(1))
            comment = []
    return found


def test_the_output_only_time_fields_are_those_the_contract_marks() -> None:
    assert _output_only_in_protos() == set(OUTPUT_ONLY)


@pytest.mark.parametrize(
    ("seconds", "nanos", "ok"),
    [
        (0, 0, True),
        (-62_135_596_800, 0, True),  # 0001-01-01T00:00:00Z
        (253_402_300_799, 999_999_999, True),  # 9999-12-31T23:59:59.999999999Z
        (-62_135_596_801, 0, False),
        (253_402_300_800, 0, False),
        (-(2**63), 0, False),
        (10**13, 0, False),
        (0, -1, False),
        (0, 1_000_000_000, False),
    ],
)
def test_timestamp_range(seconds: int, nanos: int, ok: bool) -> None:
    request = audit_pb2.ListAuditRecordsRequest(start_time=timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos))
    problem = time_problem(request)
    assert (problem is None) == ok
    if problem is not None:
        assert problem[0] == "start_time" and f"seconds={seconds}" in problem[1]


def test_nested_and_repeated_time_fields_are_named_by_their_path() -> None:
    request = tracking_pb2.LogBatchRequest(
        run_id="r",
        metrics=[
            tracking_pb2.Metric(key="a", value=1, timestamp=timestamp_pb2.Timestamp(seconds=1)),
            tracking_pb2.Metric(key="b", value=1, timestamp=timestamp_pb2.Timestamp(seconds=10**13)),
        ],
    )
    assert time_problem(request) == (
        "metrics[1].timestamp",
        "metrics[1].timestamp must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z "
        "(got seconds=10000000000000, nanos=0)",
    )


def test_output_only_fields_are_not_checked() -> None:
    model = model_pb2.RegisteredModel(name="m", create_time=timestamp_pb2.Timestamp(seconds=-(2**63)))
    assert time_problem(model_registry_pb2.CreateRegisteredModelRequest(registered_model=model)) is None


@pytest.mark.parametrize(
    ("seconds", "nanos", "ok"),
    [(0, 0, True), (315_576_000_000, 0, True), (315_576_000_001, 0, False), (1, -1, False), (-1, -1, True)],
)
def test_duration_range(seconds: int, nanos: int, ok: bool) -> None:
    # The Duration rule alone: no request field is a Duration yet.
    assert (time_error("google.protobuf.Duration", seconds, nanos) is None) == ok


def test_strings_with_nul_are_named_by_their_path() -> None:
    model = model_pb2.RegisteredModel(name="m", description="ok", tags={"team": "a\x00b"})
    request = model_registry_pb2.CreateRegisteredModelRequest(registered_model=model)
    assert nul_problem(request) == "registered_model.tags.team"
    keyed = model_registry_pb2.CreateRegisteredModelRequest(
        registered_model=model_pb2.RegisteredModel(name="m", tags={"t\x00": "v"})
    )
    assert nul_problem(keyed) == "registered_model.tags (a key)"
    assert nul_problem(audit_pb2.ListAuditRecordsRequest(method="\x00")) == "method"
    assert nul_problem(model_registry_pb2.CreateRegisteredModelRequest(registered_model=model_pb2.RegisteredModel(
        name="m", description="é 💥 \u202e"))) is None  # fmt: skip
