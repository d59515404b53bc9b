"""How every RPC is served: one interceptor, and each concern (metrics, input checks, auth and audit)
a small async function around the call.

Every handler kind is brought to one shape, a coroutine `(request, context) -> response | None`: a
server-streaming handler that yields is driven here, writing each response with context.write, and
closed here. So a concern's code runs start to finish inside the call's own task while the call is
live. Before, the wrappers were async generators too; a cancelled stream left them suspended, and
their `finally` ran later, when the event loop finalized them after gRPC had finished the call —
reading the finished call's context from there (its peer) crashed the process with SIGSEGV.

Request bodies that do not parse reach the chain as `Undecodable` instead of failing inside gRPC
(which answers UNKNOWN and logs a traceback for each); `refuse_undecodable` answers them.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import grpc
from google.protobuf import descriptor_pool
from google.protobuf.descriptor import Descriptor

from regserver.observability.metrics import KINDS

if TYPE_CHECKING:
    Handler: TypeAlias = grpc.RpcMethodHandler[Any, Any]
else:
    Handler = grpc.RpcMethodHandler
Context = grpc.aio.ServicerContext[Any, Any]
# The rest of the chain, given the request (or the request iterator of a client stream).
Proceed = Callable[[Any], Awaitable[Any]]
# One concern around a call: gets the request, the context and the rest of the chain.
Concern = Callable[[Any, Context, Proceed], Awaitable[Any]]
Behaviour = Callable[[Any, Context], Awaitable[Any]]


def split_method(full: str) -> tuple[str, str]:
    """'/regserver.v1.ModelRegistry/GetModelVersion' -> ('regserver.v1.ModelRegistry', 'GetModelVersion')."""
    service, _, method = full.lstrip("/").rpartition("/")
    return service or "unknown", method or "unknown"


@dataclass(slots=True)
class Method:
    """One RPC as the concerns see it when the chain for it is built (once per method)."""

    full: str  # "/regserver.v1.ModelRegistry/GetModelVersion"
    service: str
    name: str
    request_streaming: bool
    response_streaming: bool
    # Each response, returned or written, passes through it once; a concern may wrap it.
    response_serializer: Callable[[Any], bytes] | None
    # The request message's type, from the protos this process has loaded (None if unknown).
    request_type: Descriptor | None

    @property
    def kind(self) -> str:
        return KINDS[(self.request_streaming, self.response_streaming)]


# Builds a concern for one method; None when the concern has nothing to do for it.
Layer = Callable[[Method], Concern | None]


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A request body that does not parse as the method's request message."""

    error: str


def _tolerant(deserialize: Callable[[bytes], Any] | None) -> Callable[[bytes], Any] | None:
    if deserialize is None:
        return None

    def parse(raw: bytes) -> Any:
        try:
            return deserialize(raw)
        except Exception as e:  # DecodeError, or wire.py's ValueError for the blob messages
            return Undecodable(str(e) or type(e).__name__)

    return parse


def _as_coroutine(behaviour: Any) -> Behaviour:
    """A handler that yields its responses, as one that writes them (and closes its generator here)."""
    if inspect.iscoroutinefunction(behaviour):
        return behaviour  # type: ignore[no-any-return]

    async def write_all(request: Any, context: Context) -> None:
        async with contextlib.aclosing(behaviour(request, context)) as responses:
            async for response in responses:
                await context.write(response)

    return write_all


_MAKERS: dict[tuple[bool, bool], Callable[..., Handler]] = {
    (False, False): grpc.unary_unary_rpc_method_handler,
    (False, True): grpc.unary_stream_rpc_method_handler,
    (True, False): grpc.stream_unary_rpc_method_handler,
    (True, True): grpc.stream_stream_rpc_method_handler,
}


def _link(concern: Concern, inner: Behaviour) -> Behaviour:
    async def linked(request: Any, context: Context) -> Any:
        return await concern(request, context, lambda r: inner(r, context))

    return linked


def chain(layers: Sequence[Layer], full_method: str, handler: Handler) -> Handler:
    """The handler with each layer's concern around it, outermost first."""
    service, name = split_method(full_method)
    method = Method(
        full_method,
        service,
        name,
        handler.request_streaming,
        handler.response_streaming,
        handler.response_serializer,
        _request_type(service, name),
    )
    if handler.request_streaming:
        inner = handler.stream_stream if handler.response_streaming else handler.stream_unary
    else:
        inner = handler.unary_stream if handler.response_streaming else handler.unary_unary
    concerns = [c for c in (layer(method) for layer in layers) if c is not None]
    run = _as_coroutine(inner)
    for concern in reversed(concerns):
        run = _link(concern, run)
    deserialize = _tolerant(handler.request_deserializer)
    serialize = method.response_serializer
    make = _MAKERS[(handler.request_streaming, handler.response_streaming)]
    return make(run, deserialize, serialize)


def _request_type(service: str, name: str) -> Descriptor | None:
    try:
        return descriptor_pool.Default().FindMethodByName(f"{service}.{name}").input_type
    except KeyError:
        return None


class Interceptor(grpc.aio.ServerInterceptor):
    """The server's one interceptor: each method's chain of concerns, built on its first call."""

    def __init__(self, layers: Sequence[Layer]) -> None:
        self._layers = tuple(layers)
        self._chains: dict[str, Handler] = {}

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[Handler | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Handler | None:
        full = handler_call_details.method
        chained = self._chains.get(full)
        if chained is None:
            handler = await continuation(handler_call_details)
            if handler is None:
                return None  # unknown method: UNIMPLEMENTED, and no series for made-up names
            chained = self.chained(full, handler)
        return chained

    def rechained(self, full: str, handler: Handler) -> Handler:
        """Another handler behind the chain of `full` (not cached: the caller keeps it)."""
        return chain(self._layers, full, handler)

    def chained(self, full: str, handler: Handler) -> Handler:
        """The method's chain, the same one for a call through any door (gRPC or HTTP)."""
        chained = self._chains.get(full)
        if chained is None:
            chained = self._chains[full] = chain(self._layers, full, handler)
        return chained


class Services:
    """Stands in for the gRPC server while the generated add_*_to_server functions register each
    servicer: passes the registration on, and keeps every method's handler for the other doors."""

    def __init__(self, server: grpc.aio.Server) -> None:
        self._server = server
        self.handlers: dict[str, Handler] = {}  # "/regserver.v1.ModelRegistry/GetModelVersion" -> handler

    def add_generic_rpc_handlers(self, generic_handlers: Sequence[grpc.GenericRpcHandler]) -> None:
        self._server.add_generic_rpc_handlers(generic_handlers)

    def add_registered_method_handlers(self, service: str, handlers: dict[str, Handler]) -> None:
        self._server.add_registered_method_handlers(service, handlers)
        self.handlers.update((f"/{service}/{name}", handler) for name, handler in handlers.items())


async def checked_requests(
    requests: AsyncIterator[Any], refuse: Callable[[Undecodable], Exception]
) -> AsyncIterator[Any]:
    """The requests of a client stream; `refuse`'s error raised at the first that did not parse."""
    async for request in requests:
        if isinstance(request, Undecodable):
            raise refuse(request)
        yield request
