"""The server interceptor: resolves the caller of each RPC, checks the permission table, and
records mutations and refusals in the audit trail once their status is known.

It runs inside the metrics interceptor, so refused calls are counted and logged with their
status. The caller is set in a context variable for the handler (principals, listing filters).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc

from regserver.api import audit as audit_api
from regserver.api.errors import abort
from regserver.audit import in_transaction
from regserver.audit.chain import AuditRecord
from regserver.audit.recorder import Recorder, is_mutation
from regserver.auth import caller as callers
from regserver.auth.access import Access, now_us
from regserver.auth.caller import OPEN, Caller
from regserver.auth.permissions import EXEMPT_SERVICES, RULES, Rule, authorize
from regserver.domain.errors import PermissionDenied, RegistryError, Unauthenticated
from regserver.observability.metrics import code_of, current_request_id

if TYPE_CHECKING:
    Handler: TypeAlias = grpc.RpcMethodHandler[Any, Any]
else:
    Handler = grpc.RpcMethodHandler
Context = grpc.aio.ServicerContext[Any, Any]

log = logging.getLogger(__name__)


class AuthInterceptor(grpc.aio.ServerInterceptor):
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
        self._wrapped: dict[str, Handler | None] = {}

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[Handler | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Handler | None:
        method = handler_call_details.method
        if method in self._wrapped:
            return self._wrapped[method]
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        service = method.split("/")[1] if method.count("/") == 2 else ""
        wrapped = handler if service in EXEMPT_SERVICES else self._wrap(method, RULES.get(method), handler)
        self._wrapped[method] = wrapped
        return wrapped

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

    def _wrap(self, method: str, rule: Rule | None, handler: Handler) -> Handler:
        admit = self._admit
        record = self._record if self._recorder is not None and is_mutation(method) else None
        # Mutations of in_transaction.SERVICES: the store writes the record in the change's own
        # transaction; only a call that fails is recorded here.
        transactional = record is not None and in_transaction.covers(method)

        def single(inner: Any, streaming_request: bool) -> Any:
            async def call(request: Any, context: Context) -> Any:
                caller = await admit(method, rule, None if streaming_request else request, context)
                assert caller is not None
                token = callers.set_current(caller)
                response: Any = None
                error: BaseException | None = None
                shown = None if streaming_request else request
                draft = None
                if transactional:
                    draft, draft_token = in_transaction.begin(
                        self._audit_record(method, rule, shown, None, caller.principal, "", context)
                    )
                try:
                    response = await inner(request, context)
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

            return call

        def streaming(inner: Any, streaming_request: bool) -> Any:
            if inspect.iscoroutinefunction(inner):
                return single(inner, streaming_request)  # it writes with context.write and returns

            async def stream(request: Any, context: Context) -> AsyncIterator[Any]:
                caller = await admit(method, rule, None if streaming_request else request, context)
                assert caller is not None
                # Each RPC runs in its own task: the caller stays set for the rest of this stream only.
                callers.set_current(caller)
                async for response in inner(request, context):
                    yield response

            return stream

        if handler.request_streaming and handler.response_streaming:
            return grpc.stream_stream_rpc_method_handler(
                streaming(handler.stream_stream, True), handler.request_deserializer, handler.response_serializer
            )
        if handler.response_streaming:
            return grpc.unary_stream_rpc_method_handler(
                streaming(handler.unary_stream, False), handler.request_deserializer, handler.response_serializer
            )
        if handler.request_streaming:
            return grpc.stream_unary_rpc_method_handler(
                single(handler.stream_unary, True), handler.request_deserializer, handler.response_serializer
            )
        return grpc.unary_unary_rpc_method_handler(
            single(handler.unary_unary, False), handler.request_deserializer, handler.response_serializer
        )
