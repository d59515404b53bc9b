"""Tokens and role bindings in SQL; each call is one transaction (SqlStore._run)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, delete, insert, select, update

from regserver.domain.caller import RoleBinding, Token
from regserver.domain.errors import NotFound
from regserver.domain.roles import Role
from regserver.store.paging import fetch_page
from regserver.store.schema import api_tokens, registered_models, role_bindings
from regserver.store.sql import SqlStore

T = TypeVar("T")
tk = api_tokens
rb = role_bindings
rm = registered_models
BINDING_COLUMNS = (*rb.c, rm.c.name.label("model_name"))


def _token(row: Row[Any]) -> Token:
    return Token(
        row.uid, row.principal, row.description, row.creator, row.create_time, row.expire_time, row.revoke_time
    )


def _binding(row: Row[Any]) -> RoleBinding:
    return RoleBinding(row.principal, Role(row.role), row.model_name or "", row.model_id, row.create_time, row.creator)


def _bindings() -> Any:
    return select(*BINDING_COLUMNS).select_from(rb.outerjoin(rm, rm.c.id == rb.c.model_id))


def _bindings_of(conn: Connection, principal: str) -> list[RoleBinding]:
    return [_binding(b) for b in conn.execute(_bindings().where(rb.c.principal == principal).order_by(rb.c.id))]


def _token_missing(token_id: str) -> NotFound:
    return NotFound(f"token {token_id} not found", "TOKEN_NOT_FOUND", token_id=token_id)


class SqlAccessStore:
    def __init__(self, store: SqlStore) -> None:
        self._store = store

    def _run(self, fn: Callable[[Connection], T], write: bool = True) -> T:
        return self._store._run(fn, write)

    # ----- tokens -----------------------------------------------------------

    def create_token(self, token: Token, secret_hash: str, global_role: Role | None) -> Token:
        def tx(conn: Connection) -> Token:
            conn.execute(
                insert(tk).values(
                    uid=token.id,
                    secret_hash=secret_hash,
                    principal=token.principal,
                    description=token.description,
                    creator=token.creator,
                    create_time=token.create_time,
                    expire_time=token.expire_time,
                )
            )
            if global_role is not None:
                self._grant(conn, token.principal, global_role, "", token.creator, token.create_time)
            return token

        return self._run(tx)

    @staticmethod
    def _token_row(conn: Connection, token_id: str) -> Row[Any]:
        row = conn.execute(select(tk).where(tk.c.uid == token_id)).first()
        if row is None:
            raise _token_missing(token_id)
        return row

    def get_token(self, token_id: str) -> Token:
        return self._run(lambda conn: _token(self._token_row(conn, token_id)), False)

    def list_tokens(
        self, principal: str, show_revoked: bool, after: int | None, limit: int
    ) -> tuple[list[Token], int | None]:
        def tx(conn: Connection) -> tuple[list[Token], int | None]:
            query = select(tk)
            if principal:
                query = query.where(tk.c.principal == principal)
            if not show_revoked:
                query = query.where(tk.c.revoke_time.is_(None))
            if after is not None:
                query = query.where(tk.c.id > after)
            rows, last = fetch_page(conn, query.order_by(tk.c.id), limit)
            return [_token(r) for r in rows], last.id if last is not None else None

        return self._run(tx, False)

    def revoke_token(self, token_id: str, now: int) -> Token:
        def tx(conn: Connection) -> Token:
            row = self._token_row(conn, token_id)
            # What the audit record shows was before (no secret hash).
            conn.info["before"] = {
                "token_id": token_id,
                "principal": row.principal,
                "revoked": row.revoke_time is not None,
            }
            if row.revoke_time is None:
                conn.execute(update(tk).where(tk.c.id == row.id, tk.c.revoke_time.is_(None)).values(revoke_time=now))
                row = self._token_row(conn, token_id)
            return _token(row)

        return self._run(tx)

    def resolve(self, secret_hash: str) -> tuple[Token, list[RoleBinding]] | None:
        def tx(conn: Connection) -> tuple[Token, list[RoleBinding]] | None:
            row = conn.execute(select(tk).where(tk.c.secret_hash == secret_hash)).first()
            if row is None:
                return None
            return _token(row), _bindings_of(conn, row.principal)

        return self._run(tx, False)

    def bindings_of(self, principal: str) -> list[RoleBinding]:
        return self._run(lambda conn: _bindings_of(conn, principal), False)

    # ----- role bindings ----------------------------------------------------

    def _model(self, conn: Connection, model_name: str) -> Row[Any] | None:
        # Deleted models keep their bindings (an undelete restores access); a purge drops them.
        return self._store._model_row(conn, model_name, show_deleted=True) if model_name else None

    @staticmethod
    def _find(conn: Connection, principal: str, role: Role, scope: str) -> Row[Any] | None:
        query = _bindings().where(rb.c.principal == principal, rb.c.role == role.value, rb.c.scope == scope)
        return conn.execute(query).first()

    def _grant(
        self, conn: Connection, principal: str, role: Role, model_name: str, creator: str, now: int
    ) -> RoleBinding:
        model = self._model(conn, model_name)
        scope = model.uid if model is not None else ""
        existing = self._find(conn, principal, role, scope)
        if existing is None:
            conn.execute(
                insert(rb).values(
                    principal=principal,
                    role=role.value,
                    model_id=model.id if model is not None else None,
                    scope=scope,
                    creator=creator,
                    create_time=now,
                )
            )
            existing = self._find(conn, principal, role, scope)
        assert existing is not None
        return _binding(existing)

    def grant_role(self, principal: str, role: Role, model_name: str, creator: str, now: int) -> RoleBinding:
        return self._run(lambda conn: self._grant(conn, principal, role, model_name, creator, now))

    def revoke_role(self, principal: str, role: Role, model_name: str) -> RoleBinding:
        def tx(conn: Connection) -> RoleBinding:
            model = self._model(conn, model_name)
            existing = self._find(conn, principal, role, model.uid if model is not None else "")
            if existing is None:
                where = f"on model {model_name!r}" if model_name else "globally"
                raise NotFound(
                    f"{principal!r} does not hold role {role.lower} {where}",
                    "ROLE_BINDING_NOT_FOUND",
                    principal=principal,
                    role=role.lower,
                    model=model_name,
                )
            conn.info["before"] = {"principal": principal, "role": role.value, "model_name": model_name}
            conn.execute(delete(rb).where(rb.c.id == existing.id))
            return _binding(existing)

        return self._run(tx)

    def list_role_bindings(
        self, principal: str, model_name: str, after: int | None, limit: int
    ) -> tuple[list[RoleBinding], int | None]:
        def tx(conn: Connection) -> tuple[list[RoleBinding], int | None]:
            query = _bindings()
            if principal:
                query = query.where(rb.c.principal == principal)
            if model_name:
                model = self._model(conn, model_name)
                assert model is not None
                query = query.where(rb.c.model_id == model.id)
            if after is not None:
                query = query.where(rb.c.id > after)
            rows, last = fetch_page(conn, query.order_by(rb.c.id), limit)
            return [_binding(r) for r in rows], last.id if last is not None else None

        return self._run(tx, False)
