"""Roles and the permissions each grants. Each role includes every permission of the roles before it."""

from __future__ import annotations

import enum


class Role(enum.Enum):
    VIEWER = "VIEWER"
    EDITOR = "EDITOR"
    APPROVER = "APPROVER"
    ADMIN = "ADMIN"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def lower(self) -> str:
        return self.value.lower()


_ORDER = [Role.VIEWER, Role.EDITOR, Role.APPROVER, Role.ADMIN]


class Permission(enum.Enum):
    # Anyone with a valid token (or anyone at all on an open server).
    AUTHENTICATED = "authenticated"
    MODELS_READ = "models.read"
    MODELS_CREATE = "models.create"
    MODELS_WRITE = "models.write"
    BLOBS_READ = "blobs.read"
    BLOBS_WRITE = "blobs.write"
    TRACKING_READ = "tracking.read"
    TRACKING_WRITE = "tracking.write"
    MODELS_PROMOTE = "models.promote"
    MODELS_MANAGE = "models.manage"
    WEBHOOKS_MANAGE = "webhooks.manage"
    ROLES_MANAGE = "roles.manage"
    TOKENS_MANAGE = "tokens.manage"
    AUDIT_READ = "audit.read"


# The least role that has each permission.
LEAST_ROLE: dict[Permission, Role | None] = {
    Permission.AUTHENTICATED: None,
    Permission.MODELS_READ: Role.VIEWER,
    Permission.BLOBS_READ: Role.VIEWER,
    Permission.TRACKING_READ: Role.VIEWER,
    Permission.MODELS_CREATE: Role.EDITOR,
    Permission.MODELS_WRITE: Role.EDITOR,
    Permission.BLOBS_WRITE: Role.EDITOR,
    Permission.TRACKING_WRITE: Role.EDITOR,
    Permission.MODELS_PROMOTE: Role.APPROVER,
    Permission.MODELS_MANAGE: Role.ADMIN,
    Permission.WEBHOOKS_MANAGE: Role.ADMIN,
    Permission.ROLES_MANAGE: Role.ADMIN,
    Permission.TOKENS_MANAGE: Role.ADMIN,
    Permission.AUDIT_READ: Role.ADMIN,
}


def grants(roles: frozenset[Role], permission: Permission) -> bool:
    needed = LEAST_ROLE[permission]
    return needed is None or any(r.rank >= needed.rank for r in roles)
