"""Server settings: command-line flags over REGSERVER_* environment variables over defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 50051
    data_dir: str = "./regserver-data"
    # Empty means SQLite in the data directory.
    database_url: str = ""
    # Soft-deleted models and versions stay restorable this long.
    retention_days: float = 30.0
    # How often soft-deleted resources past retention are purged.
    purge_interval_seconds: float = 3600.0
    db_pool_size: int = 10
    # Threads that run database work off the event loop.
    workers: int = 16
    migrate: bool = True
    shutdown_grace_seconds: float = 10.0
    health_check_interval_seconds: float = 5.0

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{Path(self.data_dir).resolve() / 'regserver.db'}"

    @property
    def purge_after_us(self) -> int:
        return int(self.retention_days * 86400 * 1_000_000)


class SettingError(ValueError):
    """A setting with a bad value; the message names the setting."""


def _parse(name: str, kind: type, raw: str, source: str) -> object:
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError
        return kind(raw)
    except ValueError:
        raise SettingError(f"{source}: {raw!r} is not a valid {kind.__name__}") from None


def env_name(field: str) -> str:
    return "REGSERVER_" + field.upper()


def load(overrides: dict[str, object], environ: dict[str, str] | None = None) -> Settings:
    """Flags (overrides, None meaning unset) win over the environment, which wins over defaults."""
    environ = dict(os.environ) if environ is None else environ
    values: dict[str, object] = {}
    for f in fields(Settings):
        kind = type(f.default)
        if overrides.get(f.name) is not None:
            values[f.name] = overrides[f.name]
        elif env_name(f.name) in environ:
            values[f.name] = _parse(f.name, kind, environ[env_name(f.name)], env_name(f.name))
    settings = Settings(**values)  # type: ignore[arg-type]
    _check(settings)
    return settings


def _check(s: Settings) -> None:
    if not 0 <= s.port <= 65535:
        raise SettingError(f"port: {s.port} is not a TCP port (0-65535)")
    for name in ("retention_days", "purge_interval_seconds", "shutdown_grace_seconds", "health_check_interval_seconds"):
        if getattr(s, name) < 0:
            raise SettingError(f"{name}: must not be negative, got {getattr(s, name)}")
    for name in ("db_pool_size", "workers"):
        if getattr(s, name) < 1:
            raise SettingError(f"{name}: must be at least 1, got {getattr(s, name)}")
    url = s.resolved_database_url
    if not (url.startswith("sqlite:") or url.startswith("postgresql")):
        raise SettingError(
            f"database_url: {url!r} is not supported; use sqlite:///path/to/file.db or postgresql+psycopg://..."
        )
