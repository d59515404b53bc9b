"""Signed webhook requests over HTTP (httpx, on the event loop: nothing blocks it)."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx

from regserver import __version__
from regserver.domain.registry import now_us
from regserver.domain.webhooks import AllowedHosts, SendResult, sign, url_host

# Enough of an error answer's body to say what the receiver objected to.
SNIPPET = 200


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, given as seconds or as an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe(error: Exception) -> str:
    text = str(error).strip()
    if isinstance(error, httpx.ConnectError):
        return f"connection failed: {text or 'refused'}"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class HttpSender:
    def __init__(self, timeout: float, allowed: AllowedHosts) -> None:
        self._timeout = timeout
        self._allowed = allowed
        self._client: httpx.AsyncClient | None = None
        self._opening = asyncio.Lock()

    def _open(self) -> httpx.AsyncClient:
        # Never follow redirects (a 3xx is a failed attempt); environment proxies are not used, so the
        # allow-list decides where requests go.
        return httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(self._timeout),
            trust_env=False,
            headers={"user-agent": f"regserver/{__version__}"},
        )

    async def _connected(self) -> httpx.AsyncClient:
        # Built on first use, on a worker thread: loading the CA certificates takes ~100 ms.
        async with self._opening:
            if self._client is None:
                self._client = await asyncio.get_running_loop().run_in_executor(None, self._open)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def send(self, url: str, secret: str, message_id: str, body: bytes) -> SendResult:
        start = now_us()
        began = time.monotonic()

        def elapsed() -> int:
            return int((time.monotonic() - began) * 1_000_000)

        host = url_host(url)
        if not self._allowed.allows(host):
            return SendResult(
                start, 0, error=f"host {host!r} is not on the webhook allow-list ({self._allowed})", permanent=True
            )
        timestamp = int(time.time())
        headers = {
            "content-type": "application/json",
            "webhook-id": message_id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": sign(secret, message_id, timestamp, body),
        }
        client = await self._connected()
        try:
            async with (
                asyncio.timeout(self._timeout),
                client.stream("POST", url, content=body, headers=headers) as response,
            ):
                duration = elapsed()
                status = response.status_code
                if 200 <= status < 300:
                    return SendResult(start, duration, status)
                error = f"HTTP {status}"
                if 300 <= status < 400:
                    error += f": redirect to {response.headers.get('location', '?')!r} not followed"
                else:
                    snippet = await self._snippet(response)
                    if snippet:
                        error += f": {snippet}"
                return SendResult(start, duration, status, error, _retry_after(response.headers.get("retry-after")))
        except (TimeoutError, httpx.TimeoutException):
            return SendResult(start, elapsed(), error=f"timed out after {self._timeout:g}s")
        except (httpx.HTTPError, OSError) as e:
            return SendResult(start, elapsed(), error=_describe(e))

    @staticmethod
    async def _snippet(response: httpx.Response) -> str:
        data = b""
        async for chunk in response.aiter_bytes():
            data += chunk
            if len(data) >= SNIPPET:
                break
        text = data[:SNIPPET].decode("utf-8", "replace")
        return " ".join(text.split())
