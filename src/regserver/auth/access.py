"""Tokens and role bindings: create, revoke, grant, and resolve a bearer secret to its caller.

Only the SHA-256 of a token's secret is stored: the secret is 32 random bytes, so a hash
without salt or stretching is enough, and it can be looked up by an index.

Resolved callers are cached for `cache_seconds` (a couple of seconds): a revoke or a role
change through this process clears the cache at once; other replicas see it when their
entries expire. Expiry is checked on every call, cached or not.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from regserver.domain import validation
from regserver.domain.caller import Caller, RoleBinding, Token
from regserver.domain.errors import Unauthenticated, invalid_field
from regserver.domain.models import ANONYMOUS, Page
from regserver.domain.roles import Role
from regserver.domain.threads import in_thread
from regserver.domain.tracking import decode_token, encode_token

T = TypeVar("T")

SECRET_PREFIX = "rsk_"
_SECRET = re.compile(r"^rsk_[A-Za-z0-9_-]{43}$")
_PRINCIPAL = re.compile(r"^[A-Za-z0-9._@:-]{1,256}$")
MAX_PAGE = 1000
DEFAULT_PAGE = 100
_CACHE_LIMIT = 10_000
# Cache keys (and Caller.secret_hash) of callers named by a client certificate rather than a token.
CERTIFICATE = "cert:"


class AccessStore(Protocol):
    """Each call is one transaction."""

    def create_token(self, token: Token, secret_hash: str, global_role: Role | None) -> Token: ...
    def get_token(self, token_id: str) -> Token: ...
    def list_tokens(
        self, principal: str, show_revoked: bool, after: int | None, limit: int
    ) -> tuple[list[Token], int | None]: ...
    def revoke_token(self, token_id: str, now: int) -> Token: ...
    def resolve(self, secret_hash: str) -> tuple[Token, list[RoleBinding]] | None: ...
    def bindings_of(self, principal: str) -> list[RoleBinding]: ...
    def grant_role(self, principal: str, role: Role, model_name: str, creator: str, now: int) -> RoleBinding: ...
    def revoke_role(self, principal: str, role: Role, model_name: str) -> RoleBinding: ...
    def list_role_bindings(
        self, principal: str, model_name: str, after: int | None, limit: int
    ) -> tuple[list[RoleBinding], int | None]: ...


def now_us() -> int:
    return time.time_ns() // 1000


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def principal_name(value: str, field: str = "principal") -> str:
    if not _PRINCIPAL.match(value):
        raise invalid_field(field, f"{field} {value!r} must be 1 to 256 letters, digits and '.', '_', '-', '@', ':'")
    if value == ANONYMOUS:
        raise invalid_field(field, f"{field} {ANONYMOUS!r} is reserved for calls without a token to an open server")
    return value


def _token_id(value: str, field: str = "id") -> str:
    if not re.match(r"^tok_[0-9a-f]{32}$", value):
        raise invalid_field(field, f"{field} {value!r} is not a token id (tok_ and 32 hex digits)")
    return value


def _page_size(size: int) -> int:
    if size < 0:
        raise invalid_field("page_size", f"page_size must be 0 (default {DEFAULT_PAGE}) or more, got {size}")
    return min(size or DEFAULT_PAGE, MAX_PAGE)


class Access:
    def __init__(
        self,
        store: AccessStore,
        executor: ThreadPoolExecutor,
        cache_seconds: float = 2.0,
        clock: Callable[[], int] = now_us,
    ) -> None:
        self._store = store
        self._executor = executor
        self._cache_us = int(cache_seconds * 1_000_000)
        self._clock = clock
        self._cache: dict[str, tuple[Caller, int]] = {}

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await in_thread(self._executor, fn, *args)

    # ----- authentication -------------------------------------------------

    async def authenticate(self, secret: str) -> Caller:
        """The caller a bearer secret stands for, or Unauthenticated saying why not."""
        if not _SECRET.match(secret):
            raise Unauthenticated(
                "the bearer token is malformed: regserver tokens look like rsk_ and 43 characters; "
                "send `authorization: Bearer <token>` with a token from CreateToken or `regserver tokens create`",
                "TOKEN_INVALID",
            )
        return await self._resolve(hash_secret(secret))

    async def authenticate_certificate(self, identity: str) -> Caller:
        """The caller a verified client certificate names (its first subject alternative name, else its
        common name), with the roles bound to that principal."""
        if not _PRINCIPAL.match(identity) or identity == ANONYMOUS:
            raise Unauthenticated(
                f"the client certificate's identity {identity!r} is not a usable principal (1 to 256 letters, "
                "digits and '.', '_', '-', '@', ':'); issue it with such a subject alternative name, or send a token",
                "TOKEN_MISSING",
            )
        key = CERTIFICATE + identity
        now = self._clock()
        caller = self._cached(key, now)
        if caller is None:
            bindings = await self._call(self._store.bindings_of, identity)
            caller = self._remember(key, Caller(identity, "", tuple(bindings), None, secret_hash=key), now)
        return caller

    async def recheck(self, caller: Caller) -> Caller:
        """The caller as its token stands now (revoked, expired, roles changed), for long-lived streams."""
        if caller.open or not caller.secret_hash:
            return caller
        if caller.secret_hash.startswith(CERTIFICATE):
            return await self.authenticate_certificate(caller.principal)
        return await self._resolve(caller.secret_hash)

    def _cached(self, key: str, now: int) -> Caller | None:
        """The caller resolved for `key` less than the cache period ago, if any."""
        cached = self._cache.get(key)
        return cached[0] if cached is not None and now - cached[1] < self._cache_us else None

    def _remember(self, key: str, caller: Caller, now: int) -> Caller:
        if self._cache_us > 0:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = (caller, now)
        return caller

    async def _resolve(self, digest: str) -> Caller:
        now = self._clock()
        caller = self._cached(digest, now)
        if caller is None:
            resolved = await self._call(self._store.resolve, digest)
            if resolved is None:
                self._cache.pop(digest, None)
                raise Unauthenticated(
                    "the bearer token is not known to this server; ask an admin for a token", "TOKEN_INVALID"
                )
            token, bindings = resolved
            if token.revoke_time is not None:
                raise Unauthenticated(
                    f"token {token.id} was revoked; ask an admin for a new one", "TOKEN_REVOKED", token_id=token.id
                )
            caller = self._remember(
                digest, Caller(token.principal, token.id, tuple(bindings), token.expire_time, secret_hash=digest), now
            )
        if caller.expire_time is not None and caller.expire_time <= now:
            raise Unauthenticated(
                f"token {caller.token_id} expired; ask an admin for a new one",
                "TOKEN_EXPIRED",
                token_id=caller.token_id,
            )
        return caller

    def _forget_callers(self) -> None:
        self._cache.clear()

    # ----- tokens ---------------------------------------------------------

    async def create_token(
        self, principal: str, description: str, expire_time: int | None, creator: str, global_role: Role | None = None
    ) -> tuple[Token, str]:
        """A new token and its secret, which is not kept anywhere; global_role is granted in the same transaction."""
        principal_name(principal)
        validation.description(description, "description")
        now = self._clock()
        if expire_time is not None and expire_time <= now:
            raise invalid_field("expire_time", "expire_time must be in the future (or unset: never expires)")
        secret = SECRET_PREFIX + secrets.token_urlsafe(32)
        token = Token("tok_" + uuid.uuid4().hex, principal, description, creator, now, expire_time)
        created = await self._call(self._store.create_token, token, hash_secret(secret), global_role)
        if global_role is not None:
            self._forget_callers()
        return created, secret

    async def get_token(self, token_id: str) -> Token:
        return await self._call(self._store.get_token, _token_id(token_id))

    async def list_tokens(self, principal: str, show_revoked: bool, page_size: int, page_token: str) -> Page[Token]:
        if principal:
            principal_name(principal)
        scope = f"tokens:{principal}:{show_revoked}"
        after = decode_token(page_token, scope, [int])[0] if page_token else None
        items, last = await self._call(self._store.list_tokens, principal, show_revoked, after, _page_size(page_size))
        return Page(items, encode_token(scope, [last]) if last is not None else "")

    async def revoke_token(self, token_id: str) -> Token:
        token = await self._call(self._store.revoke_token, _token_id(token_id), self._clock())
        self._forget_callers()
        return token

    # ----- roles ----------------------------------------------------------

    @staticmethod
    def _binding_args(principal: str, role: Role | None, model_name: str) -> Role:
        principal_name(principal)
        if role is None:
            raise invalid_field("role", "role is required: ROLE_VIEWER, ROLE_EDITOR, ROLE_APPROVER or ROLE_ADMIN")
        if model_name:
            validation.model_name(model_name, "model_name")
        return role

    async def grant_role(self, principal: str, role: Role | None, model_name: str, creator: str) -> RoleBinding:
        granted = self._binding_args(principal, role, model_name)
        binding = await self._call(self._store.grant_role, principal, granted, model_name, creator, self._clock())
        self._forget_callers()
        return binding

    async def revoke_role(self, principal: str, role: Role | None, model_name: str) -> RoleBinding:
        revoked = self._binding_args(principal, role, model_name)
        binding = await self._call(self._store.revoke_role, principal, revoked, model_name)
        self._forget_callers()
        return binding

    async def list_role_bindings(
        self, principal: str, model_name: str, page_size: int, page_token: str
    ) -> Page[RoleBinding]:
        if principal:
            principal_name(principal)
        if model_name:
            validation.model_name(model_name, "model_name")
        scope = f"bindings:{principal}:{model_name}"
        after = decode_token(page_token, scope, [int])[0] if page_token else None
        items, last = await self._call(
            self._store.list_role_bindings, principal, model_name, after, _page_size(page_size)
        )
        return Page(items, encode_token(scope, [last]) if last is not None else "")
