"""Keyset pages: every List RPC's store query reads one row more than the page to know if more follow."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, Select


def fetch_page(conn: Connection, query: Select[Any], limit: int) -> tuple[list[Row[Any]], Row[Any] | None]:
    """One page of an ordered keyset query: its rows, and the last of them when more follow (the cursor)."""
    rows = list(conn.execute(query.limit(limit + 1)).all())
    if len(rows) > limit:
        return rows[:limit], rows[limit - 1]
    return rows, None
