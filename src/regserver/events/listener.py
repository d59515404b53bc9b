"""PostgreSQL LISTEN on a thread of its own: other replicas' commits wake this process's hub."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine

from regserver.store.transactions import NOTIFY_CHANNEL

log = logging.getLogger(__name__)


class NotifyListener:
    def __init__(self, engine: Engine, wake: Callable[[int | None], None]) -> None:
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._wake = wake
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="regserver-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():  # `regserver gc` builds a server that never starts
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._wake(None)  # catch up on anything committed while not listening
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=1.0):
                            self._wake(int(notice.payload) if notice.payload.isdigit() else None)
            except psycopg.Error as e:
                # The hub's periodic poll keeps delivering meanwhile, only slower.
                log.warning(
                    "LISTEN connection lost (%s); reconnecting", str(e).strip().splitlines()[0] if str(e) else e
                )
                self._stop.wait(1.0)
