"""The metrics concern of every call (regserver.api.calls): counted, timed and access-logged with its
status, and given a request id that comes back in the trailing metadata.

The instruments are observability.metrics'; this is how a call feeds them.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from regserver.api.calls import Concern, Context, Layer, Method, Proceed
from regserver.observability.metrics import Metrics


def layer(m: Metrics) -> Layer:
    """The layer that measures every call with these instruments."""
    return lambda method: _measure(m, method)


def code_of(context: Context, error: BaseException | None) -> str:
    """The call's status name. context.code() is the call's own Python state, safe to read here."""
    code = context.code()
    if code is None or isinstance(code, int):
        # No status set: success unless the handler failed (a cancelled call is CANCELLED).
        if error is None:
            return "OK"
        return "CANCELLED" if isinstance(error, asyncio.CancelledError) else "UNKNOWN"
    return code.name


access_log = logging.getLogger("regserver.access")
REQUEST_ID = "x-request-id"
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:/+=-]{1,128}$")
# The request id of the call this task serves, for inner concerns (the audit trail).
_current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("regserver_request_id", default="")


def current_request_id(context: Context) -> str:
    return _current_request_id.get() or request_id(context)


def request_id(context: Context) -> str:
    """The caller's x-request-id if it is a sane token, else a fresh one; returned in trailing metadata."""
    for key, value in context.invocation_metadata() or ():
        if key == REQUEST_ID and isinstance(value, str) and _SAFE_REQUEST_ID.match(value):
            return value
    return uuid.uuid4().hex


def _measure(m: Metrics, method: Method) -> Concern:
    """The metrics concern of one method: counted, timed and access-logged with its status.

    Everything read from the call's context is read before the handler runs: the peer comes from
    the gRPC core's call object, which must not be touched once the call may have finished."""
    labels = (method.service, method.name, method.kind)
    full_method = method.full
    started = m.started.labels(*labels)
    in_flight = m.in_flight.labels(*labels)
    received = m.received.labels(*labels)
    sent = m.sent.labels(*labels)
    handling = m.handling.labels(*labels)
    handled = m.handled
    streaming_request = method.request_streaming
    serialize = method.response_serializer

    def serialize_counted(message: Any) -> Any:
        # Every response message, returned or written, is serialized once: counted here.
        sent.inc()
        return serialize(message) if serialize is not None else message

    method.response_serializer = serialize_counted

    async def counted(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for request in requests:
            received.inc()
            yield request

    async def measured(request: Any, context: Context, proceed: Proceed) -> Any:
        started.inc()
        in_flight.inc()
        rid = request_id(context)
        _current_request_id.set(rid)
        context.set_trailing_metadata(((REQUEST_ID, rid),))
        logged = access_log.isEnabledFor(logging.INFO)
        peer = context.peer() if logged else ""
        if streaming_request:
            request = counted(request)
        else:
            received.inc()
        began = time.perf_counter()
        error: BaseException | None = None
        try:
            return await proceed(request)
        except BaseException as e:
            error = e
            raise
        finally:
            seconds = time.perf_counter() - began
            code = code_of(context, error)
            error = None  # this frame <-> the error's traceback: no cycle left to the collector
            in_flight.dec()
            handling.observe(seconds)
            handled.labels(*labels, code).inc()
            if logged:
                access_log.info(
                    "rpc %s %s %.3fms request_id=%s",
                    full_method,
                    code,
                    seconds * 1000,
                    rid,
                    extra={"method": full_method, "code": code, "duration_ms": round(seconds * 1000, 3),
                           "request_id": rid, "peer": peer},
                )  # fmt: skip

    return measured
