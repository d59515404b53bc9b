"""The auth concern of every call (regserver.api.calls): resolves the caller of each RPC, checks the
permission table, and records mutations and refusals in the audit trail once their status is known.

It runs inside the metrics concern, so refused calls are counted and logged with their status. The
caller is set in a context variable for the handler (principals, listing filters).
"""

from __future__ import annotations

import logging
from typing import Any

from regserver.api import audit as audit_api
from regserver.api.calls import Concern, Context, Method, Proceed
from regserver.api.errors import abort
from regserver.api.measure import code_of, current_request_id
from regserver.audit import in_transaction
from regserver.audit.chain import AuditRecord
from regserver.audit.recorder import Recorder, is_mutation
from regserver.auth.access import Access, now_us
from regserver.auth.permissions import EXEMPT_SERVICES, RULES
from regserver.domain import caller as callers
from regserver.domain.caller import OPEN, Caller, Rule, authorize
from regserver.domain.errors import PermissionDenied, RegistryError, Unauthenticated

log = logging.getLogger(__name__)


class AuthInterceptor:
    """A layer of the server's interceptor: one concern per method (None for exempt services)."""

    def __init__(
        self, access: Access, required: bool, recorder: Recorder | None = None, client_certificates: bool = False
    ) -> None:
        self._access = access
        # Mutual TLS with authentication required: a call without a token acts as the principal its
        # verified client certificate names (an open server stays open).
        self._client_certificates = client_certificates
        # Records mutations and refusals (regserver.audit); None records nothing.
        self._recorder = recorder
        # False: calls without a token act as the open anonymous caller (loopback only).
        self.required = required

    def layer(self, method: Method) -> Concern | None:
        if method.service in EXEMPT_SERVICES:
            return None
        return self._concern(method.full, RULES.get(method.full), method.request_streaming)

    async def _caller(self, context: Context) -> Caller:
        header = ""
        for key, value in context.invocation_metadata() or ():
            if key == "authorization" and isinstance(value, str):
                header = value
        if not header:
            if self._client_certificates and self.required:
                identities = list(context.peer_identities() or ())
                if identities:
                    return await self._access.authenticate_certificate(identities[0].decode(errors="replace"))
            if not self.required:
                return OPEN
            raise Unauthenticated(
                "this server requires a token: send `authorization: Bearer <token>` metadata (the Python client's "
                "token= argument or REGSERVER_TOKEN); an admin creates tokens with `regserver tokens create`",
                "TOKEN_MISSING",
            )
        scheme, _, secret = header.strip().partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            raise Unauthenticated("the authorization metadata must be `Bearer <token>`", "TOKEN_INVALID")
        return await self._access.authenticate(secret.strip())

    async def _admit(self, method: str, rule: Rule | None, request: Any, context: Context) -> Caller | None:
        """The caller if it may make this call; None after aborting the call with the reason."""
        caller: Caller | None = None
        try:
            caller = await self._caller(context)
            if rule is None:  # fail closed; tests/test_auth.py keeps every RPC mapped
                raise PermissionDenied(
                    f"{method} has no entry in the permission table; no one may call it", "PERMISSION_DENIED",
                    method=method,
                )  # fmt: skip
            authorize(method, rule, caller, request)
            return caller
        except RegistryError as e:
            if isinstance(e, Unauthenticated | PermissionDenied):
                code = "UNAUTHENTICATED" if isinstance(e, Unauthenticated) else "PERMISSION_DENIED"
                await self._record(method, rule, request, None, caller.principal if caller else "", code, context)
            await abort(context, e)
        return None

    @staticmethod
    def _audit_record(
        method: str, rule: Rule | None, request: Any, response: Any, principal: str, code: str, context: Context
    ) -> AuditRecord:
        try:
            from_rule = rule.model_of(request) if rule is not None else ""
        except AttributeError:
            from_rule = ""
        return AuditRecord(
            time=now_us(),
            principal=principal,
            method=method,
            resource=audit_api.resource_of(request),
            model_name=audit_api.model_of(method, request, from_rule),
            request_id=current_request_id(context),
            code=code,
            request_json=audit_api.to_json(request),
            after_json=audit_api.to_json(response) if code == "OK" else "",
        )

    async def _record(
        self, method: str, rule: Rule | None, request: Any, response: Any, principal: str, code: str, context: Context
    ) -> None:
        if self._recorder is not None:
            await self._recorder.record(self._audit_record(method, rule, request, response, principal, code, context))

    def _concern(self, method: str, rule: Rule | None, streaming_request: bool) -> Concern:
        admit = self._admit
        record = self._record if self._recorder is not None and is_mutation(method) else None
        # Mutations of in_transaction.SERVICES: the store writes the record in the change's own
        # transaction; only a call that fails is recorded here.
        transactional = record is not None and in_transaction.covers(method)

        async def authorized(request: Any, context: Context, proceed: Proceed) -> Any:
            shown = None if streaming_request else request
            caller = await admit(method, rule, shown, context)
            assert caller is not None
            # Each RPC runs in its own task: the caller is reset when it ends, streams included.
            token = callers.set_current(caller)
            response: Any = None
            error: BaseException | None = None
            draft = None
            if transactional:
                draft, draft_token = in_transaction.begin(
                    self._audit_record(method, rule, shown, None, caller.principal, "", context)
                )
            try:
                response = await proceed(request)
                return response
            except BaseException as e:
                error = e
                raise
            finally:
                callers.reset(token)
                if draft is not None:
                    in_transaction.end(draft_token)
                if record is not None and not (draft is not None and draft.written):
                    code = code_of(context, error)
                    await record(method, rule, shown, response, caller.principal, code, context)
                error = None  # this frame <-> the error's traceback: no cycle left to the collector

        return authorized
