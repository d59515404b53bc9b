"""Database and storage work runs on worker threads, so the event loop keeps serving streams."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


async def in_thread(executor: ThreadPoolExecutor, fn: Callable[..., T], *args: Any) -> T:
    """fn(*args) on one of executor's threads, in a copy of this context: it carries the caller
    (regserver.domain.caller), so the store records who made the change."""
    context = contextvars.copy_context()
    return await asyncio.get_running_loop().run_in_executor(executor, context.run, fn, *args)
