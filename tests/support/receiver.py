"""A webhook receiver on 127.0.0.1 for tests: records every request and answers scripted statuses."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# A scripted answer: a status, or a status with extra response headers.
Answer = int | tuple[int, dict[str, str]]


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    status: int  # what the receiver answered
    arrived: float  # time.monotonic()

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class Receiver:
    """Answers each POST with the next scripted answer, or `default` once the script is used up."""

    def __init__(self, default: int = 200) -> None:
        self.default = default
        self.requests: list[Request] = []
        self._script: deque[Answer] = deque()
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver._changed:
                    answer = receiver._script.popleft() if receiver._script else receiver.default
                status, extra = (answer, {}) if isinstance(answer, int) else answer
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("content-length", "2")
                self.end_headers()
                self.wfile.write(b"no" if status >= 300 else b"ok")
                request = Request(
                    self.path, {k.lower(): v for k, v in self.headers.items()}, body, status, time.monotonic()
                )
                with receiver._changed:
                    receiver.requests.append(request)
                    receiver._changed.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def answer(self, *answers: Answer) -> None:
        """Queues answers for the next requests."""
        with self._changed:
            self._script.extend(answers)

    def wait_for(self, done: Callable[[list[Request]], bool], timeout: float = 20.0) -> list[Request]:
        """Waits until done(requests so far) holds; returns the requests."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done(self.requests):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    shown = [(r.path, r.status, r.body[:80]) for r in self.requests]
                    raise AssertionError(f"the receiver did not get what was expected within {timeout}s: {shown}")
                self._changed.wait(remaining)
            return list(self.requests)
