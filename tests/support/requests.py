"""Hypothesis strategies for any regserver.v1 request, built from the protobuf descriptors alone.

Values lean on the edges where servers break: extreme integers, out-of-range Timestamps and
Durations, odd FieldMask paths, Unicode edge cases, long strings, huge page sizes and unknown enum
values, mixed with names that exist on the server under test so calls also reach deep code paths.
"""

from __future__ import annotations

from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from hypothesis import strategies as st

INT32 = (0, 1, -1, 2, 7, 100, 1000, 2**31 - 1, -(2**31))
INT64 = (*INT32, 10**13, 2**53, 2**63 - 1, -(2**63), 10**18)
UINT32 = (0, 1, 2**32 - 1)
UINT64 = (0, 1, 2**63, 2**64 - 1)
FLOATS = (0.0, -0.0, 1.0, -1.5, 1e308, -1e308, 5e-324, float("nan"), float("inf"), float("-inf"))
TIMESTAMP_SECONDS = (0, 1, -1, 1_700_000_000, 253_402_300_799, 253_402_300_800, -62_135_596_800, -62_135_596_801,
                     10**13, -(10**13), 2**63 - 1, -(2**63))  # fmt: skip
DURATION_SECONDS = (0, 1, -1, 3600, 315_576_000_000, 315_576_000_001, -315_576_000_001, 2**63 - 1, -(2**63))
NANOS = (0, 1, 999_999_999, 1_000_000_000, -1, -999_999_999, 2**31 - 1, -(2**31))
ODD_TEXT = (
    "",
    " ",
    "a",
    "A" * 257,
    "x" * 5000,
    "\x00",
    "nul\x00inside",
    "é",
    "e\u0301",
    "💥",
    "\u202eevil",
    "\ufeff",
    "\U0010ffff",
    "../../etc/passwd",
    "/abs/path",
    "a/../b",
    "%2e%2e%2f",
    "*",
    "' OR 1=1 --",
    'name = "x"',
    "tags.Env",
    "tags.my_1",
    "-1",
    "9223372036854775808",
    "models/fraud/versions/1",
)
MASK_PATHS = (
    "description",
    "tags",
    "tags.Env",
    "tags.my_1",
    "tags.",
    "tags.a.b",
    "name",
    "*",
    "",
    "no_such_field",
    "registered_model.description",
    "Description",
    "tags.\u00e9",
)


def _text(known: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(known + ODD_TEXT), st.text(max_size=24))


def _scalar(field: FieldDescriptor, known: tuple[str, ...]) -> st.SearchStrategy[Any]:
    t = field.type
    if t == FieldDescriptor.TYPE_STRING:
        return _text(known)
    if t == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=48)
    if t == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if t in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return st.one_of(st.sampled_from(FLOATS), st.floats(width=32 if t == FieldDescriptor.TYPE_FLOAT else 64))
    if t == FieldDescriptor.TYPE_ENUM:
        values = [v.number for v in field.enum_type.values]
        return st.sampled_from([*values, 999, -1, 2**31 - 1])
    if t in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_SINT32, FieldDescriptor.TYPE_SFIXED32):
        return st.one_of(st.sampled_from(INT32), st.integers(-(2**31), 2**31 - 1))
    if t in (FieldDescriptor.TYPE_UINT32, FieldDescriptor.TYPE_FIXED32):
        return st.one_of(st.sampled_from(UINT32), st.integers(0, 2**32 - 1))
    if t in (FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_FIXED64):
        return st.one_of(st.sampled_from(UINT64), st.integers(0, 2**64 - 1))
    return st.one_of(st.sampled_from(INT64), st.integers(-(2**63), 2**63 - 1))


def _well_known(descriptor: Descriptor, known: tuple[str, ...]) -> st.SearchStrategy[Message] | None:
    cls = GetMessageClass(descriptor)
    name = descriptor.full_name
    if name == "google.protobuf.Timestamp":
        return st.builds(
            lambda s, n: cls(seconds=s, nanos=n),
            st.one_of(st.sampled_from(TIMESTAMP_SECONDS), st.integers(-(2**63), 2**63 - 1)),
            st.sampled_from(NANOS),
        )
    if name == "google.protobuf.Duration":
        return st.builds(
            lambda s, n: cls(seconds=s, nanos=n), st.sampled_from(DURATION_SECONDS), st.sampled_from(NANOS)
        )
    if name == "google.protobuf.FieldMask":
        return st.builds(lambda paths: cls(paths=paths), st.lists(st.sampled_from(MASK_PATHS), max_size=4))
    if name.startswith("google.protobuf."):
        return st.just(cls())  # Struct, Any, wrappers: present but empty
    return None


def messages(descriptor: Descriptor, known: tuple[str, ...] = (), depth: int = 3) -> st.SearchStrategy[Message]:
    """Messages of this type with any subset of their fields set to edge-leaning values."""
    special = _well_known(descriptor, known)
    if special is not None:
        return special
    cls = GetMessageClass(descriptor)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in descriptor.fields:
        value = _field(field, known, depth)
        if value is not None:
            fields[field.name] = value

    @st.composite
    def build(draw: st.DrawFn) -> Message:
        message = cls()
        for name, strategy in fields.items():
            if draw(st.integers(0, 2)) == 0:  # about a third of the fields set in each message
                _set(message, descriptor.fields_by_name[name], draw(strategy))
        return message

    return build()


def _field(field: FieldDescriptor, known: tuple[str, ...], depth: int) -> st.SearchStrategy[Any] | None:
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        key = field.message_type.fields_by_name["key"]
        value = field.message_type.fields_by_name["value"]
        values = _single(value, known, depth - 1)
        if values is None:
            return None
        return st.dictionaries(_scalar(key, known), values, max_size=3)
    single = _single(field, known, depth)
    if single is None:
        return None
    return st.lists(single, max_size=3) if field.is_repeated else single


def _single(field: FieldDescriptor, known: tuple[str, ...], depth: int) -> st.SearchStrategy[Any] | None:
    if field.message_type is None:
        return _scalar(field, known)
    if depth <= 0 and _well_known(field.message_type, known) is None:
        return None
    return messages(field.message_type, known, depth - 1)


def _set(message: Message, field: FieldDescriptor, value: Any) -> None:
    target = getattr(message, field.name)
    if field.message_type is not None and field.message_type.GetOptions().map_entry:
        for k, v in value.items():
            if isinstance(v, Message):
                target[k].CopyFrom(v)
            else:
                target[k] = v
    elif field.is_repeated:
        if field.message_type is not None:
            for item in value:
                target.add().CopyFrom(item)
        else:
            target.extend(value)
    elif field.message_type is not None:
        target.CopyFrom(value)
    else:
        setattr(message, field.name, value)
