"""Who calls: the caller of the current RPC (set by the auth concern, read where a principal is
recorded), its tokens and role bindings, and the rule a call is authorized by.

A context variable: each gRPC call runs in its own task, and Registry and Tracking copy the
context into their worker threads, so the store records the principal of the call it serves.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any

from regserver.domain.errors import PermissionDenied
from regserver.domain.models import ANONYMOUS
from regserver.domain.roles import LEAST_ROLE, Permission, Role, grants


@dataclass(frozen=True)
class RoleBinding:
    principal: str
    role: Role
    # "" and None for a global role.
    model_name: str = ""
    model_id: int | None = None
    create_time: int = 0
    creator: str = ""


@dataclass(frozen=True)
class Caller:
    principal: str
    token_id: str = ""
    bindings: tuple[RoleBinding, ...] = ()
    # Unset means the token does not expire; UTC microseconds.
    expire_time: int | None = None
    # An open server (loopback, no --auth required) and no token: every permission.
    open: bool = False
    # SHA-256 of the bearer secret, so a long stream can check the token again (Access.recheck).
    secret_hash: str = field(default="", repr=False, compare=False)
    global_roles: frozenset[Role] = field(init=False)
    model_roles: dict[str, frozenset[Role]] = field(init=False)

    def __post_init__(self) -> None:
        per_model: dict[str, set[Role]] = {}
        for b in self.bindings:
            if b.model_id is not None:
                per_model.setdefault(b.model_name, set()).add(b.role)
        object.__setattr__(self, "global_roles", frozenset(b.role for b in self.bindings if b.model_id is None))
        object.__setattr__(self, "model_roles", {name: frozenset(roles) for name, roles in per_model.items()})

    def may(self, permission: Permission, model: str = "") -> bool:
        """Whether the caller has the permission globally, or on `model` when one is named."""
        if self.open or grants(self.global_roles, permission):
            return True
        return bool(model) and grants(self.model_roles.get(model, frozenset()), permission)

    def may_on_some_model(self, permission: Permission) -> bool:
        return any(grants(roles, permission) for roles in self.model_roles.values())

    def visible_model_ids(self, permission: Permission = Permission.MODELS_READ) -> frozenset[int] | None:
        """None when the caller sees every model; else the ids of the models it holds the permission on."""
        if self.open or grants(self.global_roles, permission):
            return None
        return frozenset(
            b.model_id
            for b in self.bindings
            if b.model_id is not None and grants(self.model_roles[b.model_name], permission)
        )

    def visible_model_names(self, permission: Permission = Permission.MODELS_READ) -> frozenset[str] | None:
        if self.open or grants(self.global_roles, permission):
            return None
        return frozenset(name for name, roles in self.model_roles.items() if grants(roles, permission))


OPEN = Caller(ANONYMOUS, open=True)

_current: contextvars.ContextVar[Caller] = contextvars.ContextVar("regserver_caller", default=OPEN)


def current() -> Caller:
    """The caller of the RPC being served; the open anonymous caller outside any RPC (CLI, tests)."""
    return _current.get()


def principal() -> str:
    return _current.get().principal


def set_current(caller: Caller) -> contextvars.Token[Caller]:
    return _current.set(caller)


def reset(token: contextvars.Token[Caller]) -> None:
    _current.reset(token)


@dataclass(frozen=True)
class Token:
    id: str
    principal: str
    description: str
    creator: str
    create_time: int
    expire_time: int | None = None
    revoke_time: int | None = None


@dataclass(frozen=True)
class Rule:
    permission: Permission
    # Dotted path of the request field naming a model: a role on that model counts too.
    model: str = ""
    # A role on any model counts; the call then only shows those models (listings, Watch, blobs).
    any_model: bool = False

    def model_of(self, request: Any) -> str:
        if not self.model or request is None:
            return ""
        value: Any = request
        for part in self.model.split("."):
            value = getattr(value, part)
        return str(value)


def authorize(method: str, rule: Rule, caller: Caller, request: Any) -> None:
    """Raises PermissionDenied, naming the permission and the least role with it, unless the caller may."""
    model = rule.model_of(request)
    if caller.may(rule.permission, model):
        return
    if not model and rule.any_model and caller.may_on_some_model(rule.permission):
        return
    role = LEAST_ROLE[rule.permission]
    needed = role.lower if role is not None else "any"
    where = f"on model {model!r} or globally" if model else "globally" + (" or on a model" if rule.any_model else "")
    rpc = method.rsplit("/", 1)[-1]
    metadata = {"permission": rule.permission.value, "role": needed, "method": method}
    if model:
        metadata["model"] = model
    raise PermissionDenied(
        f"{caller.principal!r} may not call {rpc}: it needs permission {rule.permission.value}, which role "
        f"{needed} grants {where}; ask an admin to grant it (AccessControl.GrantRole or `regserver roles grant`)",
        "PERMISSION_DENIED",
        **metadata,
    )
