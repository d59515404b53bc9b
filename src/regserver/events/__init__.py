"""The change log's consumers: the in-process watch hub and the PostgreSQL wake-up listener."""
