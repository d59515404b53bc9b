"""The server interceptor: resolves the caller of each RPC and checks the permission table.

It runs inside the metrics interceptor, so refused calls are counted and logged with their
status. The caller is set in a context variable for the handler (principals, listing filters).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc

from regserver.api.errors import abort
from regserver.auth import caller as callers
from regserver.auth.access import Access
from regserver.auth.caller import OPEN, Caller
from regserver.auth.permissions import EXEMPT_SERVICES, RULES, Rule, authorize
from regserver.domain.errors import PermissionDenied, RegistryError, Unauthenticated

if TYPE_CHECKING:
    Handler: TypeAlias = grpc.RpcMethodHandler[Any, Any]
else:
    Handler = grpc.RpcMethodHandler
Context = grpc.aio.ServicerContext[Any, Any]

log = logging.getLogger(__name__)


class AuthInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, access: Access, required: bool) -> None:
        self._access = access
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
            await abort(context, e)
        return None

    def _wrap(self, method: str, rule: Rule | None, handler: Handler) -> Handler:
        admit = self._admit

        def single(inner: Any, streaming_request: bool) -> Any:
            async def call(request: Any, context: Context) -> Any:
                caller = await admit(method, rule, None if streaming_request else request, context)
                assert caller is not None
                token = callers.set_current(caller)
                try:
                    return await inner(request, context)
                finally:
                    callers.reset(token)

            return call

        def streaming(inner: Any, streaming_request: bool) -> Any:
            async def stream(request: Any, context: Context) -> AsyncIterator[Any]:
                caller = await admit(method, rule, None if streaming_request else request, context)
                assert caller is not None
                # Each RPC runs in its own task: the caller stays set for the rest of this stream only.
                callers.set_current(caller)
                result = inner(request, context)
                if inspect.isawaitable(result):
                    await result  # a handler that writes with context.write and returns
                else:
                    async for response in result:
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
