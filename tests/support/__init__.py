"""Test support helpers (throw-away PostgreSQL server, etc.)."""
