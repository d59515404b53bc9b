"""What every request must be before a servicer sees it: parseable, each Timestamp and Duration it
carries within the range proto3 defines for them, and no string holding U+0000 (PostgreSQL cannot
store one, so SQLite must not either); INVALID_ARGUMENT naming the field otherwise.

Two concerns of the server's interceptor (regserver.api.calls). Checking every time value here, in
one place, keeps the out-of-range ones away from the conversions to microseconds and the database
driver, which overflow on them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from regserver.api.calls import Concern, Context, Method, Proceed, Undecodable, checked_requests
from regserver.api.errors import abort
from regserver.domain.errors import InvalidArgument, invalid_field

# proto3's ranges: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z, and ±10,000 years.
TIMESTAMP_SECONDS = (-62_135_596_800, 253_402_300_799)
DURATION_SECONDS = (-315_576_000_000, 315_576_000_000)
_TIMESTAMP = "google.protobuf.Timestamp"
_DURATION = "google.protobuf.Duration"

# Fields the contract marks "Output only": the server ignores them in requests, so their values are
# not checked either (tests/test_requests.py keeps this set equal to what the .proto files say).
OUTPUT_ONLY = frozenset(
    {
        "regserver.v1.Token.create_time",
        "regserver.v1.Token.revoke_time",
        "regserver.v1.Run.delete_time",
        "regserver.v1.LoggedModel.create_time",
        "regserver.v1.LoggedModel.update_time",
        "regserver.v1.LoggedModel.delete_time",
        "regserver.v1.RoleBinding.create_time",
        "regserver.v1.EvaluationRecord.create_time",
        "regserver.v1.PromotionPolicy.update_time",
        "regserver.v1.PromotionRequest.create_time",
        "regserver.v1.PromotionRequest.decide_time",
        "regserver.v1.RegisteredModel.create_time",
        "regserver.v1.RegisteredModel.update_time",
        "regserver.v1.RegisteredModel.delete_time",
        "regserver.v1.RegisteredModel.purge_time",
        "regserver.v1.ModelVersion.create_time",
        "regserver.v1.ModelVersion.update_time",
        "regserver.v1.ModelVersion.delete_time",
        "regserver.v1.ModelVersion.purge_time",
        "regserver.v1.Experiment.create_time",
        "regserver.v1.Experiment.update_time",
        "regserver.v1.Experiment.delete_time",
        "regserver.v1.Dataset.create_time",
        "regserver.v1.Webhook.create_time",
        "regserver.v1.Webhook.update_time",
    }
)


def malformed(request: Undecodable, method: Method) -> InvalidArgument:
    return InvalidArgument(
        f"the request is not a valid {method.name} request message ({request.error}); send a message "
        "serialized from the regserver.v1 protos, as the generated clients do",
        "MALFORMED_REQUEST",
        method=method.name,
    )


def refuse_undecodable(method: Method) -> Concern:
    """Bodies that do not parse get INVALID_ARGUMENT (MALFORMED_REQUEST), before anything reads them."""
    if method.request_streaming:

        async def each_checked(requests: Any, context: Context, proceed: Proceed) -> Any:
            # The servicer maps the error of a bad message in mid-stream like any of its own.
            return await proceed(checked_requests(requests, lambda bad: malformed(bad, method)))

        return each_checked

    async def checked(request: Any, context: Context, proceed: Proceed) -> Any:
        if isinstance(request, Undecodable):
            await abort(context, malformed(request, method))
        return await proceed(request)

    return checked


def _is_time(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.full_name in (_TIMESTAMP, _DURATION)


@cache
def _carries_time(descriptor: Descriptor, seen: frozenset[str] = frozenset()) -> bool:
    """Whether messages of this type can hold a checked Timestamp or Duration anywhere inside."""
    if descriptor.full_name in seen:
        return False  # a recursive type: its time fields are found on the first visit
    inner = seen | {descriptor.full_name}
    for field in descriptor.fields:
        if field.full_name in OUTPUT_ONLY or field.message_type is None:
            continue
        if _is_time(field) or _carries_time(field.message_type, inner):
            return True
    return False


def time_error(kind: str, seconds: int, nanos: int) -> str | None:
    if kind == _TIMESTAMP:
        low, high = TIMESTAMP_SECONDS
        if not low <= seconds <= high:
            return "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z"
        if not 0 <= nanos <= 999_999_999:
            return "must have nanos between 0 and 999999999"
        return None
    low, high = DURATION_SECONDS
    if not low <= seconds <= high:
        return "must be within ±10,000 years (315576000000 seconds)"
    if not -999_999_999 <= nanos <= 999_999_999 or (seconds and nanos and (seconds < 0) != (nanos < 0)):
        return "must have nanos between -999999999 and 999999999, with the sign of its seconds"
    return None


def _problems(message: Message, prefix: str) -> Iterator[tuple[str, str]]:
    for field, value in message.ListFields():
        if field.message_type is None or field.full_name in OUTPUT_ONLY:
            continue
        path = f"{prefix}{field.name}"
        if field.is_repeated:
            if field.message_type.GetOptions().map_entry:
                value_field = field.message_type.fields_by_name["value"]
                if value_field.message_type is not None and (
                    _is_time(value_field) or _carries_time(value_field.message_type)
                ):
                    for key, item in value.items():
                        yield from _checked(item, value_field, f"{path}[{key!r}]")
                continue
            if _is_time(field) or _carries_time(field.message_type):
                for i, item in enumerate(value):
                    yield from _checked(item, field, f"{path}[{i}]")
            continue
        if _is_time(field) or _carries_time(field.message_type):
            yield from _checked(value, field, path)


def _checked(value: Message, field: FieldDescriptor, path: str) -> Iterator[tuple[str, str]]:
    if _is_time(field):
        kind = field.message_type.full_name if field.message_type is not None else ""
        problem = time_error(kind, value.seconds, value.nanos)  # type: ignore[attr-defined]
        if problem is not None:
            yield path, f"{path} {problem} (got seconds={value.seconds}, nanos={value.nanos})"  # type: ignore[attr-defined]
    else:
        yield from _problems(value, f"{path}.")


def time_problem(message: Message) -> tuple[str, str] | None:
    """The first out-of-range Timestamp or Duration in the message: (field path, message)."""
    return next(_problems(message, ""), None)


@cache
def _carries_text(descriptor: Descriptor, seen: frozenset[str] = frozenset()) -> bool:
    """Whether messages of this type can hold a string anywhere inside (map keys included)."""
    if descriptor.full_name in seen:
        return False
    inner = seen | {descriptor.full_name}
    for field in descriptor.fields:
        if field.type == FieldDescriptor.TYPE_STRING:
            return True
        if field.message_type is not None and _carries_text(field.message_type, inner):
            return True
    return False


def _nul_paths(message: Message, prefix: str) -> Iterator[str]:
    for field, value in message.ListFields():
        path = f"{prefix}{field.name}"
        if field.type == FieldDescriptor.TYPE_STRING:
            values = value if field.is_repeated else (value,)
            for i, text in enumerate(values):
                if "\x00" in text:
                    yield f"{path}[{i}]" if field.is_repeated else path
        elif field.message_type is None or not _carries_text(field.message_type):
            continue
        elif field.message_type.GetOptions().map_entry:
            key_is_text = field.message_type.fields_by_name["key"].type == FieldDescriptor.TYPE_STRING
            for key, item in value.items():
                if key_is_text and "\x00" in key:
                    yield f"{path} (a key)"
                elif isinstance(item, Message):
                    yield from _nul_paths(item, f"{path}.{key}.")
                elif isinstance(item, str) and "\x00" in item:
                    yield f"{path}.{key}"
        elif field.is_repeated:
            for i, item in enumerate(value):
                yield from _nul_paths(item, f"{path}[{i}].")
        else:
            yield from _nul_paths(value, f"{path}.")


def nul_problem(message: Message) -> str | None:
    """The path of the first string of the message that holds U+0000."""
    return next(_nul_paths(message, ""), None)


# The reason a NUL gets in the fields whose other errors have their own (the domain's choices).
_NUL_REASONS = {"filter": "INVALID_FILTER", "order_by": "INVALID_ORDER_BY", "page_token": "INVALID_PAGE_TOKEN"}


def refuse_nul(method: Method) -> Concern | None:
    """INVALID_ARGUMENT for a request with U+0000 in any of its strings."""
    if method.request_streaming or method.request_type is None or not _carries_text(method.request_type):
        return None

    async def printable(request: Any, context: Context, proceed: Proceed) -> Any:
        path = nul_problem(request)
        if path is not None:
            field = path.split(" ", 1)[0]
            message = f"{path} contains U+0000 (a NUL character), which no field accepts"
            await abort(context, InvalidArgument(message, _NUL_REASONS.get(field, "INVALID_FIELD"), field=field))
        return await proceed(request)

    return printable


def check_times(method: Method) -> Concern | None:
    """INVALID_ARGUMENT for the first out-of-range Timestamp or Duration of the request."""
    if method.request_streaming or method.request_type is None or not _carries_time(method.request_type):
        return None  # no time value can arrive: no cost on this method's calls

    async def in_range(request: Any, context: Context, proceed: Proceed) -> Any:
        problem = time_problem(request)
        if problem is not None:
            field, message = problem
            await abort(context, invalid_field(field, message))
        return await proceed(request)

    return in_range
