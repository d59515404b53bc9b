from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from typing import ClassVar as _ClassVar

DESCRIPTOR: _descriptor.FileDescriptor

class ErrorReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ERROR_REASON_UNSPECIFIED: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_FIELD: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_FILTER: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_ORDER_BY: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_PAGE_TOKEN: _ClassVar[ErrorReason]
    ERROR_REASON_INVALID_UPDATE_MASK: _ClassVar[ErrorReason]
    ERROR_REASON_MODEL_NOT_FOUND: _ClassVar[ErrorReason]
    ERROR_REASON_MODEL_VERSION_NOT_FOUND: _ClassVar[ErrorReason]
    ERROR_REASON_ALIAS_NOT_FOUND: _ClassVar[ErrorReason]
    ERROR_REASON_MODEL_ALREADY_EXISTS: _ClassVar[ErrorReason]
    ERROR_REASON_ETAG_MISMATCH: _ClassVar[ErrorReason]
    ERROR_REASON_NOT_DELETED: _ClassVar[ErrorReason]
    ERROR_REASON_PURGED: _ClassVar[ErrorReason]
    ERROR_REASON_VERSION_NOT_READY: _ClassVar[ErrorReason]
    ERROR_REASON_MODEL_DELETED: _ClassVar[ErrorReason]
    ERROR_REASON_REQUEST_ID_REUSED: _ClassVar[ErrorReason]
ERROR_REASON_UNSPECIFIED: ErrorReason
ERROR_REASON_INVALID_FIELD: ErrorReason
ERROR_REASON_INVALID_FILTER: ErrorReason
ERROR_REASON_INVALID_ORDER_BY: ErrorReason
ERROR_REASON_INVALID_PAGE_TOKEN: ErrorReason
ERROR_REASON_INVALID_UPDATE_MASK: ErrorReason
ERROR_REASON_MODEL_NOT_FOUND: ErrorReason
ERROR_REASON_MODEL_VERSION_NOT_FOUND: ErrorReason
ERROR_REASON_ALIAS_NOT_FOUND: ErrorReason
ERROR_REASON_MODEL_ALREADY_EXISTS: ErrorReason
ERROR_REASON_ETAG_MISMATCH: ErrorReason
ERROR_REASON_NOT_DELETED: ErrorReason
ERROR_REASON_PURGED: ErrorReason
ERROR_REASON_VERSION_NOT_READY: ErrorReason
ERROR_REASON_MODEL_DELETED: ErrorReason
ERROR_REASON_REQUEST_ID_REUSED: ErrorReason
