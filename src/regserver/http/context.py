"""The servicer context of a call that came through the HTTP front door.

The chain of concerns and the servicers (regserver.api) read a call through grpc.aio's
ServicerContext; this is that context for a Connect call, so the same handler serves both doors
with the same auth, audit, checks and metrics. It implements what regserver.api uses (metadata,
peer, abort, status, trailing metadata, write) and nothing else.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc

# Sends one response of a server stream, given as the handler wrote it and serialized (awaits the
# client's reading it).
Send = Callable[[Any, bytes], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Call:
    """Who calls: what a gRPC call would carry in its metadata and its transport."""

    metadata: tuple[tuple[str, str], ...]
    peer: str  # as gRPC writes it: "ipv4:127.0.0.1:50000"
    peer_identities: tuple[bytes, ...] | None  # a verified client certificate's names


class HttpContext:
    """Passed where regserver.api expects a grpc.aio.ServicerContext (the subset it uses)."""

    def __init__(self, call: Call, serialize: Callable[[Any], bytes] | None, send: Send | None = None) -> None:
        self._metadata = call.metadata
        self._peer = call.peer
        self._peer_identities = call.peer_identities
        self._serialize = serialize
        self._send = send
        self._code: grpc.StatusCode | None = None
        self._details = ""
        self._trailing: tuple[tuple[str, Any], ...] = ()

    # --- what the call says -----------------------------------------------------------------------
    def invocation_metadata(self) -> tuple[tuple[str, str], ...]:
        return self._metadata

    def peer(self) -> str:
        return self._peer

    def peer_identities(self) -> tuple[bytes, ...] | None:
        return self._peer_identities

    # --- how it ends --------------------------------------------------------------------------------
    async def abort(
        self, code: grpc.StatusCode, details: str = "", trailing_metadata: tuple[tuple[str, Any], ...] = ()
    ) -> None:
        """As grpc.aio's: records the status and raises AbortError, which ends the handler."""
        if code == grpc.StatusCode.OK:
            raise ValueError("abort() needs a status other than OK")
        self._code, self._details = code, details
        if trailing_metadata:
            self._trailing = tuple(trailing_metadata)
        raise grpc.aio.AbortError()

    def set_code(self, code: grpc.StatusCode) -> None:
        self._code = code

    def set_details(self, details: str) -> None:
        self._details = details

    def code(self) -> grpc.StatusCode | None:
        return self._code

    def details(self) -> str:
        return self._details

    def set_trailing_metadata(self, trailing_metadata: tuple[tuple[str, Any], ...]) -> None:
        self._trailing = tuple(trailing_metadata)

    def trailing_metadata(self) -> tuple[tuple[str, Any], ...]:
        return self._trailing

    # --- server streams -----------------------------------------------------------------------------
    def serialize(self, message: Any) -> bytes:
        """A response message as its method's (counting) serializer makes it."""
        return self._serialize(message) if self._serialize is not None else message

    async def write(self, message: Any) -> None:
        if self._send is None:
            raise RuntimeError("write() on a call that is not a server stream")
        await self._send(message, self.serialize(message))
