"""Errors the domain raises; the API layer maps each kind to a gRPC status.

`reason` is an ErrorReason name from protos/regserver/v1/errors.proto without
its prefix; `metadata` says what the error is about.
"""

from __future__ import annotations


class RegistryError(Exception):
    """Base class: a request the registry refuses, with a message for people."""

    def __init__(self, message: str, reason: str, **metadata: object) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.metadata = {k: str(v) for k, v in metadata.items()}
        # (type, subject, description) for a google.rpc.PreconditionFailure detail.
        self.violations: list[tuple[str, str, str]] = []

    def with_violations(self, violations: list[tuple[str, str, str]]) -> RegistryError:
        self.violations = violations
        return self


class InvalidArgument(RegistryError):
    pass


class NotFound(RegistryError):
    pass


class AlreadyExists(RegistryError):
    pass


class FailedPrecondition(RegistryError):
    pass


class Aborted(RegistryError):
    """A concurrency conflict (stale etag): re-read and retry."""


class OutOfRange(RegistryError):
    pass


class ResourceExhausted(RegistryError):
    pass


class DataLoss(RegistryError):
    """Stored bytes no longer match their digest."""


class Unavailable(RegistryError):
    """The database cannot be reached or is overloaded; safe to retry."""


def invalid_field(field: str, message: str) -> InvalidArgument:
    return InvalidArgument(message, "INVALID_FIELD", field=field)


class Unauthenticated(RegistryError):
    """No usable credentials: missing, malformed, unknown, revoked or expired token."""


class PermissionDenied(RegistryError):
    """The caller is known but its roles lack the permission the call needs."""
