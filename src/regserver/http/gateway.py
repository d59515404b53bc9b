"""Every regserver.v1 RPC over the Connect protocol: `POST /regserver.v1.<Service>/<Method>`.

Why a gateway onto the gRPC handlers rather than a second server runtime (the `connectrpc`
package): a call through this door runs the very handler a gRPC call runs, through the same chain
of concerns (regserver.api.calls: metrics and request ids, input checks, auth and audit), so the
browser can do exactly what a token can do over gRPC and no more, and no servicer is written twice.
What is left to this module is the protocol's framing (regserver.http.connect), which is small.

Unary and server-streaming methods are served (JSON or binary protobuf); client streams
(ArtifactStore.WriteBlob) need HTTP/2 request streaming, which browsers lack: gRPC carries them.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import grpc
from aiohttp import web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.web_protocol import RequestPayloadError
from google.protobuf import descriptor_pool, message_factory
from google.protobuf.message import DecodeError, Message

from regserver.api.calls import Handler, Interceptor, Undecodable, split_method
from regserver.http import connect
from regserver.http.connect import Failure
from regserver.http.context import Call, HttpContext

log = logging.getLogger(__name__)

PREFIX = "/regserver.v1."
_CONNECTION_GONE = (ConnectionResetError, BrokenPipeError)


class _Method:
    """One servable method: its chained handler and message classes, resolved on first use."""

    def __init__(self, full: str, handler: Handler) -> None:
        service, name = split_method(full)
        descriptor = descriptor_pool.Default().FindMethodByName(f"{service}.{name}")
        self.full = full
        self.handler = handler
        self.streaming = handler.response_streaming
        self.client_streaming = handler.request_streaming
        self.request_class: type[Message] = message_factory.GetMessageClass(descriptor.input_type)
        self.response_class: type[Message] = message_factory.GetMessageClass(descriptor.output_type)

    def message(self, response: Any, serialized: bytes) -> Message:
        """The response as a message: the handler's own, or parsed from the bytes it yielded (ReadBlob
        builds its responses' bytes by hand)."""
        return response if isinstance(response, Message) else self.response_class.FromString(serialized)

    def encode(self, codec: str, response: Any, serialized: bytes) -> bytes:
        """The response's body: the serialized bytes as they are, or the message in JSON."""
        return serialized if codec == "proto" else connect.encode(self.message(response, serialized), "json")


def _types(method: _Method) -> list[str]:
    return list(connect.STREAM_TYPES if method.streaming else connect.UNARY_TYPES)


class ConnectGateway:
    def __init__(self, handlers: dict[str, Handler], interceptor: Interceptor, max_body_bytes: int) -> None:
        self._raw = {full: h for full, h in handlers.items() if full.startswith(PREFIX)}
        self._interceptor = interceptor
        self._methods: dict[str, _Method] = {}
        self.max_body_bytes = max_body_bytes

    def routes(self) -> list[web.AbstractRouteDef]:
        return [web.route("*", PREFIX.rstrip(".") + ".{service}/{method}", self.handle)]

    def _method(self, full: str) -> _Method | None:
        method = self._methods.get(full)
        if method is None and full in self._raw:
            method = self._methods[full] = _Method(full, self._interceptor.chained(full, self._raw[full]))
        return method

    async def handle(self, request: web.Request) -> web.StreamResponse:
        return spent(request, await self._handle(request))

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = self._method(request.path)
        if method is None:
            return _refuse(404, grpc.StatusCode.UNIMPLEMENTED, f"there is no RPC {request.path.lstrip('/')}")
        if request.method != "POST":
            response = _refuse(405, grpc.StatusCode.UNIMPLEMENTED, f"{request.method} is not served: POST the request")
            response.headers["Allow"] = "POST"
            return response
        if method.client_streaming:
            return _refuse(
                501, grpc.StatusCode.UNIMPLEMENTED,
                f"{method.full.lstrip('/')} takes a stream of requests, which the Connect protocol over HTTP/1.1 "
                "cannot carry; call it over gRPC (the SDK or any generated client)",
            )  # fmt: skip
        codec = connect.codec_of(request.content_type, method.streaming)
        if codec is None:
            wanted = " or ".join(_types(method))
            response = _refuse(
                415, grpc.StatusCode.INVALID_ARGUMENT,
                f"Content-Type {request.content_type or '(none)'} is not served for {method.full.lstrip('/')}: "
                f"send {wanted}",
            )  # fmt: skip
            response.headers["Accept-Post"] = ", ".join(_types(method))
            return response
        version = request.headers.get("Connect-Protocol-Version")
        if version is not None and version != connect.PROTOCOL_VERSION:
            return _refuse(400, grpc.StatusCode.INVALID_ARGUMENT, f"Connect-Protocol-Version {version!r} is not 1")
        try:
            timeout = _timeout(request.headers.get("Connect-Timeout-Ms"))
            body = await _body(request, self.max_body_bytes, method.streaming)
        except Refused as e:
            return _refuse_failure(e.failure, status=e.http_status)
        message = self._decode(method, codec, body)
        call = call_of(request)
        if method.streaming:
            return await self._stream(request, method, codec, message, timeout, call)
        return await self._unary(method, codec, message, timeout, call)

    @staticmethod
    def _decode(method: _Method, codec: str, body: bytes | None) -> Any:
        if body is None:
            return Undecodable("the body is not one uncompressed Connect envelope")
        try:
            return connect.decode(method.request_class, codec, body)
        except (DecodeError, ValueError) as e:
            return Undecodable(str(e) or type(e).__name__)

    async def invoke(self, full: str, message: Message, call: Call) -> Outcome:
        """Runs a unary RPC as this door runs it, for another HTTP API built on the same handlers
        (MLflow's REST API): the response message, or the Failure the call ended with."""
        method = self._method(full)
        if method is None or method.streaming or method.client_streaming:
            raise LookupError(f"{full} is not a unary RPC of this server")
        return await self._run_unary(method, message, None, call)

    async def invoke_stream(self, full: str, requests: Any, call: Call) -> Outcome:
        """Runs a client-streaming RPC (WriteBlob) as gRPC runs it, on requests another door reads
        from its own transport (the blob data plane's PUT body)."""
        method = self._method(full)
        if method is None or not method.client_streaming or method.streaming:
            raise LookupError(f"{full} is not a client-streaming RPC of this server")
        context = HttpContext(call, method.handler.response_serializer)
        try:
            response = await method.handler.stream_unary(requests, context)  # type: ignore[arg-type, misc]
        except grpc.aio.AbortError:
            return Outcome(None, _failure_of(context), context.trailing_metadata())
        except Exception:
            return Outcome(None, _unexpected(method), context.trailing_metadata())
        serialized = context.serialize(response)
        return Outcome(serialized, None, context.trailing_metadata(), method.message(response, serialized))

    async def serve_as(self, full: str, behaviour: Any, message: Message, call: Call) -> Failure | None:
        """Runs `behaviour(message, context)` in place of a server-streaming RPC's own handler, behind
        that RPC's chain (auth, checks, metrics and its access log line): for a door that sends the
        bytes itself (the blob data plane's ranged GET). The failure it ended with, or None."""
        original = self._raw.get(full)
        if original is None or not original.response_streaming or original.request_streaming:
            raise LookupError(f"{full} is not a server-streaming RPC of this server")
        key = f"{full}#{getattr(behaviour, '__qualname__', id(behaviour))}"
        method = self._methods.get(key)
        if method is None:
            handler = grpc.unary_stream_rpc_method_handler(
                behaviour, original.request_deserializer, original.response_serializer
            )
            method = self._methods[key] = _Method(full, self._interceptor.rechained(full, handler))
        context = HttpContext(call, method.handler.response_serializer)
        try:
            await method.handler.unary_stream(message, context)  # type: ignore[arg-type, misc]
        except grpc.aio.AbortError:
            return _failure_of(context)
        except Exception:
            return _unexpected(method)
        return None

    async def _run_unary(self, method: _Method, message: Any, timeout: float | None, call: Call) -> Outcome:
        context = HttpContext(call, method.handler.response_serializer)
        try:
            async with asyncio.timeout(timeout):
                response = await method.handler.unary_unary(message, context)  # type: ignore[arg-type, misc]
        except grpc.aio.AbortError:
            return Outcome(None, _failure_of(context), context.trailing_metadata())
        except TimeoutError:
            return Outcome(None, _deadline(timeout), context.trailing_metadata())
        except Exception:
            return Outcome(None, _unexpected(method), context.trailing_metadata())
        serialized = context.serialize(response)
        return Outcome(serialized, None, context.trailing_metadata(), method.message(response, serialized))

    async def _unary(
        self, method: _Method, codec: str, message: Any, timeout: float | None, call: Call
    ) -> web.StreamResponse:
        outcome = await self._run_unary(method, message, timeout, call)
        if outcome.serialized is None:
            assert outcome.failure is not None
            return _refuse_failure(outcome.failure, outcome.trailing)
        body = method.encode(codec, outcome.response, outcome.serialized)
        out = web.Response(body=body, content_type=connect.content_type(codec, False))
        _trailers_as_headers(out, outcome.trailing)
        return out

    async def _stream(
        self,
        request: web.Request,
        method: _Method,
        codec: str,
        message: Any,
        timeout: float | None,
        call: Call,
    ) -> web.StreamResponse:
        out = web.StreamResponse(status=200, headers={"Content-Type": connect.content_type(codec, True)})
        await out.prepare(request)

        async def send(response: Any, serialized: bytes) -> None:
            payload = method.encode(codec, response, serialized)
            try:
                await out.write(connect.envelope(0, payload))
            except _CONNECTION_GONE:
                # The client went away: the call is cancelled, as a gRPC stream's is.
                raise asyncio.CancelledError() from None

        context = HttpContext(call, method.handler.response_serializer, send)
        error: Failure | None = None
        try:
            async with asyncio.timeout(timeout):
                await method.handler.unary_stream(message, context)  # type: ignore[arg-type, misc]
        except grpc.aio.AbortError:
            error = _failure_of(context)
        except TimeoutError:
            error = _deadline(timeout)
        except Exception:
            error = _unexpected(method)
        try:
            await out.write(connect.end_of_stream(error, _text(context.trailing_metadata())))
            await out.write_eof()
        except _CONNECTION_GONE:
            pass  # it went away after the last message: nothing left to tell it
        return out


@dataclass(slots=True)
class Outcome:
    """How a unary call ended: its response (serialized, and as a message), or its failure; and its
    trailing metadata."""

    serialized: bytes | None
    failure: Failure | None
    trailing: tuple[tuple[str, Any], ...]
    response: Message | None = None


class Refused(Exception):
    """A request refused before any handler sees it (its framing, not its message)."""

    def __init__(self, code: grpc.StatusCode, message: str, http_status: int | None = None) -> None:
        super().__init__(message)
        self.failure = Failure(code, message)
        self.http_status = http_status


def _too_large(message: str) -> Refused:
    return Refused(grpc.StatusCode.RESOURCE_EXHAUSTED, message, 413)


def _failure_of(context: HttpContext) -> Failure:
    return connect.failure(context.code() or grpc.StatusCode.UNKNOWN, context.details(), context.trailing_metadata())


def _unexpected(method: _Method) -> Failure:
    """A bug, not bad input (the servicers map every domain error): logged with its stack."""
    log.exception("unexpected error serving %s over HTTP", method.full)
    return Failure(grpc.StatusCode.INTERNAL, "regserver hit an unexpected error; it has been logged")


def _deadline(timeout: float | None) -> Failure:
    return Failure(grpc.StatusCode.DEADLINE_EXCEEDED, f"the call did not finish within {timeout}s (Connect-Timeout-Ms)")


def _timeout(header: str | None) -> float | None:
    if header is None:
        return None
    if not header.isdigit() or len(header) > 10:
        raise Refused(
            grpc.StatusCode.INVALID_ARGUMENT, f"Connect-Timeout-Ms {header!r} is not 1 to 10 digits of milliseconds"
        )
    return int(header) / 1000


# Request bodies aiohttp inflates itself as it reads them (so the size limit counts inflated bytes).
_ENCODINGS = frozenset({"identity", "gzip", "deflate"})


async def _body(request: web.Request, limit: int, streaming: bool) -> bytes | None:
    """The request's message bytes (unwrapped from its envelope for a stream), at most `limit` of them."""
    if streaming:
        encoding = request.headers.get("Connect-Content-Encoding", "identity").lower()
        if encoding != "identity":
            raise Refused(
                grpc.StatusCode.UNIMPLEMENTED, f"stream message encoding {encoding!r} is not served: send identity", 415
            )
    else:
        encoding = request.headers.get("Content-Encoding", "identity").lower()
        if encoding not in _ENCODINGS:
            raise Refused(
                grpc.StatusCode.UNIMPLEMENTED,
                f"content encoding {encoding!r} is not served: send identity or gzip",
                415,
            )
        if encoding == "identity" and request.content_length is not None and request.content_length > limit:
            raise _too_large(f"the request body is {request.content_length} bytes; this server takes at most {limit}")
    raw = bytearray()
    try:
        async for chunk in request.content.iter_chunked(64 * 1024):
            raw += chunk
            if len(raw) > limit:
                raise _too_large(
                    f"the request body is over {limit} bytes{' once decompressed' if encoding != 'identity' else ''}, "
                    "the most this server takes"
                )
    except (ContentEncodingError, RequestPayloadError) as e:
        raise Refused(grpc.StatusCode.INVALID_ARGUMENT, f"the {encoding} body does not decompress: {e}") from None
    body = bytes(raw)
    return connect.unwrap(body) if streaming else body


def refuse(status: int, code: grpc.StatusCode, message: str) -> web.Response:
    """An error response in the Connect protocol's JSON shape, for a door of this listener."""
    return _refuse(status, code, message)


def refuse_failure(f: Failure, trailing: tuple[tuple[str, Any], ...] = ()) -> web.Response:
    return _refuse_failure(f, trailing)


def _refuse(status: int, code: grpc.StatusCode, message: str) -> web.Response:
    return web.Response(status=status, body=Failure(code, message).json(), content_type="application/json")


def _refuse_failure(f: Failure, trailing: tuple[tuple[str, Any], ...] = (), status: int | None = None) -> web.Response:
    response = web.Response(status=status or f.http_status, body=f.json(), content_type="application/json")
    _trailers_as_headers(response, trailing)
    return response


def _text(trailing: tuple[tuple[str, Any], ...]) -> tuple[tuple[str, str], ...]:
    """Trailing metadata a header can carry: text values (the status details travel in the body)."""
    return tuple((k, v) for k, v in trailing if isinstance(v, str) and not k.endswith("-bin"))


def _trailers_as_headers(response: web.StreamResponse, trailing: tuple[tuple[str, Any], ...]) -> None:
    for key, value in _text(trailing):
        response.headers.add(f"Trailer-{key}", value)


def spent(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    """The response, closing the connection when the request was refused before its body was read whole."""
    if not request.content.at_eof() or request.content.exception() is not None:
        response.force_close()
    return response


def call_of(request: web.Request, metadata: tuple[tuple[str, str], ...] | None = None) -> Call:
    """Who calls, as a gRPC call would carry it: the request's headers as metadata, unless given."""
    found = connect.metadata_of(request.headers) if metadata is None else metadata
    return Call(found, _peer(request), _peer_identities(request))


def _peer(request: web.Request) -> str:
    """The client's address in gRPC's form ('ipv4:127.0.0.1:50000'), for the access log."""
    peername = request.transport.get_extra_info("peername") if request.transport is not None else None
    if not peername:
        return "unknown"
    host, port = peername[0], peername[1]
    return f"ipv6:[{host}]:{port}" if ":" in host else f"ipv4:{host}:{port}"


def _peer_identities(request: web.Request) -> tuple[bytes, ...] | None:
    """As gRPC gives them: the verified client certificate's subject alternative names, else its CN."""
    cert = request.transport.get_extra_info("peercert") if request.transport is not None else None
    if not cert:
        return None
    names = tuple(value.encode() for _, value in cert.get("subjectAltName", ()))
    if names:
        return names
    common = tuple(value.encode() for rdn in cert.get("subject", ()) for key, value in rdn if key == "commonName")
    return common or None
