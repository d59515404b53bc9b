"""Runs a real regserver (grpc.aio) on its own event loop in a background thread, bound to port 0."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future
from typing import Any

from regserver.config import Settings
from regserver.server import RegServer


class ServerThread:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="regserver-test", daemon=True)
        self.server: RegServer | None = None
        self.port = 0

    def _run(self, coro: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self.loop)
        return future.result(timeout=60)

    def start(self) -> ServerThread:
        self.thread.start()

        async def start() -> int:
            self.server = RegServer(self.settings)
            return await self.server.start()

        self.port = self._run(start())
        return self

    @property
    def target(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def http_url(self) -> str:
        """The HTTP front door's base URL (the settings must not turn it off)."""
        assert self.server is not None and self.server.http_port
        return f"http://127.0.0.1:{self.server.http_port}"

    def stop(self, grace: float = 1.0) -> None:
        if self.server is not None:
            self._run(self.server.stop(grace))
            self.server = None
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=30)
        self.loop.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
