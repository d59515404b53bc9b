"""Server settings: command-line flags over REGSERVER_* environment variables over a TOML file over defaults."""

from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from regserver.domain.webhooks import AllowedHosts


@dataclass(frozen=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 50051
    data_dir: str = "./regserver-data"
    # Empty means SQLite in the data directory.
    database_url: str = ""
    # gs://bucket/prefix for Google Cloud Storage; empty means <data_dir>/artifacts.
    artifact_root: str = ""
    # Signed URLs straight to a gs:// artifact root (GetTransferOptions tells clients): signed with
    # this service account JSON key, or if empty with the storage credentials when they can sign
    # (else none are offered); each works for signed_url_seconds.
    signing_credentials_file: str = ""
    signed_url_seconds: int = 900
    # Bytes per ReadBlob message; uploads may send chunks up to max_message_bytes.
    chunk_size: int = 1024 * 1024
    max_message_bytes: int = 4 * 1024 * 1024
    # HTTP/2 flow-control window of each call's incoming stream: the most a client can have sent
    # that the server has not yet taken in. Fixed (gRPC's BDP probing, which grows it to tens of MiB
    # on a fast link, is off) so that each upload holds a bounded amount of memory; a link with a
    # long round trip may want more (per-stream throughput is at most window / round trip).
    stream_window_bytes: int = 4 * 1024 * 1024
    # A version still PENDING_UPLOAD this long after creation is marked FAILED by gc.
    upload_timeout_hours: float = 24.0
    # Run gc this often; 0 runs it only through `regserver gc`.
    gc_interval_seconds: float = 0.0
    # Events older than this, or beyond the newest event_retention_count, are compacted away.
    event_retention_hours: float = 168.0
    event_retention_count: int = 1_000_000
    # Watch: progress messages while idle; cut off a client that does not read for this long.
    watch_progress_seconds: float = 10.0
    slow_consumer_timeout_seconds: float = 30.0
    # How often the hub polls the event log even without a wake-up (the safety net).
    event_poll_seconds: float = 1.0
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
    # Webhooks: the hosts their URLs may name (comma-separated names, IPs or *.domain; "*" allows any),
    # the timeout of one attempt, attempts before a delivery fails, and the retry backoff (doubling from
    # the base up to the cap, with jitter).
    webhook_allowed_hosts: str = "*"
    webhook_timeout_seconds: float = 10.0
    webhook_max_attempts: int = 8
    webhook_backoff_base_seconds: float = 1.0
    webhook_backoff_cap_seconds: float = 300.0
    # The HTTP front door (Connect protocol for browsers and HTTP clients) on `host`, with the same TLS
    # settings as gRPC; port 0 picks a free one, -1 turns it off.
    http_port: int = 8080
    # Where clients reach the HTTP listener when not at the gRPC host on http_port (a proxy, another
    # name), e.g. https://registry.example.com; GetTransferOptions tells clients, for blob bytes.
    http_public_url: str = ""
    # Blob uploads and downloads at least this large are suggested to travel in parts of
    # part_size_bytes over concurrent streams (0: always one piece).
    part_threshold_bytes: int = 0
    part_size_bytes: int = 256 * 1024 * 1024
    # Prometheus /metrics over HTTP; port 0 picks a free one, -1 turns the endpoint off.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = 9464
    # Logs: "text" or "json" lines on stderr; one line per RPC at info level (logger regserver.access).
    log_format: str = "text"
    log_level: str = "info"
    # TLS: a PEM certificate chain and key; with a client CA, clients must present a certificate it signed.
    tls_cert_file: str = ""
    tls_key_file: str = ""
    tls_client_ca_file: str = ""
    # Authentication: "auto" requires a bearer token unless the server listens on loopback only
    # (then calls without one run open, as "anonymous"); "required" always requires one.
    auth: str = "auto"
    # How long a resolved token is trusted before it is read again; a revoke through this process
    # clears it at once, other replicas notice within this time.
    auth_cache_seconds: float = 2.0

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{Path(self.data_dir).resolve() / 'regserver.db'}"

    @property
    def tls(self) -> bool:
        return bool(self.tls_cert_file)

    @property
    def loopback_only(self) -> bool:
        """True when only this machine can connect (127.0.0.0/8, ::1, localhost)."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    @property
    def auth_required(self) -> bool:
        return self.auth == "required" or not self.loopback_only

    @property
    def upload_timeout_us(self) -> int:
        return int(self.upload_timeout_hours * 3600 * 1_000_000)

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


CONFIG_ENV = "REGSERVER_CONFIG"


def read_toml(path: str) -> dict[str, object]:
    """A TOML file of settings, keyed by their names (e.g. `port = 6000`, `database_url = "..."`)."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise SettingError(f"config: cannot read {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingError(f"config: {path} is not valid TOML: {e}") from None
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, object] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in known:
            raise SettingError(f"{key} (in {path}): not a regserver setting; see `regserver serve --help`")
        kind = type(known[name].default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SettingError(f"{name} (in {path}): {value!r} is not a valid {kind.__name__}")
        values[name] = value
    return values


def load(
    overrides: dict[str, object], environ: dict[str, str] | None = None, config_file: str | None = None
) -> Settings:
    """Flags (overrides, None meaning unset) win over the environment, then the TOML file, then defaults.

    The file is `config_file`, else $REGSERVER_CONFIG, else none.
    """
    environ = dict(os.environ) if environ is None else environ
    path = config_file or environ.get(CONFIG_ENV, "")
    from_file = read_toml(path) if path else {}
    values: dict[str, object] = {}
    for f in fields(Settings):
        kind = type(f.default)
        if overrides.get(f.name) is not None:
            values[f.name] = overrides[f.name]
        elif env_name(f.name) in environ:
            values[f.name] = _parse(f.name, kind, environ[env_name(f.name)], env_name(f.name))
        elif f.name in from_file:
            values[f.name] = from_file[f.name]
    settings = Settings(**values)  # type: ignore[arg-type]
    _check(settings)
    return settings


def _check(s: Settings) -> None:
    if not 0 <= s.port <= 65535:
        raise SettingError(f"port: {s.port} is not a TCP port (0-65535)")
    if not -1 <= s.http_port <= 65535:
        raise SettingError(f"http_port: {s.http_port} is not a TCP port (0-65535), or -1 to turn HTTP off")
    if s.http_public_url and (
        not s.http_public_url.startswith(("http://", "https://")) or any(c in s.http_public_url for c in "?# ")
    ):
        raise SettingError(
            f"http_public_url: {s.http_public_url!r} is not an http:// or https:// URL without query or fragment"
        )
    if s.part_threshold_bytes < 0:
        raise SettingError(f"part_threshold_bytes: {s.part_threshold_bytes} must be 0 (one piece) or more")
    if s.part_size_bytes < 1024 * 1024:
        raise SettingError(f"part_size_bytes: {s.part_size_bytes} must be at least 1 MiB (1048576)")
    if not -1 <= s.metrics_port <= 65535:
        raise SettingError(f"metrics_port: {s.metrics_port} is not a TCP port (0-65535), or -1 to turn metrics off")
    if s.log_format not in ("text", "json"):
        raise SettingError(f"log_format: {s.log_format!r} is not text or json")
    if s.log_level.lower() not in ("debug", "info", "warning", "error"):
        raise SettingError(f"log_level: {s.log_level!r} is not debug, info, warning or error")
    if s.auth not in ("auto", "required"):
        raise SettingError(
            f"auth: {s.auth!r} is not auto (a token is required unless listening on loopback) or required"
        )
    if bool(s.tls_cert_file) != bool(s.tls_key_file):
        raise SettingError("tls_cert_file: TLS needs both tls_cert_file and tls_key_file")
    if s.tls_client_ca_file and not s.tls_cert_file:
        raise SettingError("tls_client_ca_file: mutual TLS needs tls_cert_file and tls_key_file too")
    if s.signing_credentials_file and not s.artifact_root.startswith("gs://"):
        raise SettingError(
            "signing_credentials_file: signed URLs need a gs:// artifact_root; the local artifact store has none"
        )
    if not 1 <= s.signed_url_seconds <= 7 * 24 * 3600:
        raise SettingError(
            f"signed_url_seconds: must be between 1 and 604800 (7 days, the V4 limit), got {s.signed_url_seconds}"
        )
    for name in ("tls_cert_file", "tls_key_file", "tls_client_ca_file", "signing_credentials_file"):
        path = getattr(s, name)
        if path and not os.path.isfile(path):
            raise SettingError(f"{name}: {path} does not exist or is not a file")
    for name in (
        "retention_days",
        "purge_interval_seconds",
        "shutdown_grace_seconds",
        "health_check_interval_seconds",
        "upload_timeout_hours",
        "gc_interval_seconds",
        "event_retention_hours",
        "auth_cache_seconds",
    ):
        if getattr(s, name) < 0:
            raise SettingError(f"{name}: must not be negative, got {getattr(s, name)}")
    for name in (
        "watch_progress_seconds",
        "slow_consumer_timeout_seconds",
        "event_poll_seconds",
        "webhook_timeout_seconds",
        "webhook_backoff_base_seconds",
    ):
        if getattr(s, name) <= 0:
            raise SettingError(f"{name}: must be more than 0, got {getattr(s, name)}")
    for name in ("db_pool_size", "workers", "event_retention_count", "webhook_max_attempts"):
        if getattr(s, name) < 1:
            raise SettingError(f"{name}: must be at least 1, got {getattr(s, name)}")
    if s.webhook_backoff_cap_seconds < s.webhook_backoff_base_seconds:
        raise SettingError(
            f"webhook_backoff_cap_seconds: must be at least webhook_backoff_base_seconds "
            f"({s.webhook_backoff_base_seconds:g}), got {s.webhook_backoff_cap_seconds:g}"
        )
    try:
        AllowedHosts.parse(s.webhook_allowed_hosts)
    except ValueError as e:
        raise SettingError(f"webhook_allowed_hosts: {e}") from None
    if not 4096 <= s.chunk_size <= 16 * 1024 * 1024:
        raise SettingError(f"chunk_size: must be between 4096 and 16777216 bytes, got {s.chunk_size}")
    if not s.chunk_size + 1024 <= s.max_message_bytes <= 64 * 1024 * 1024:
        raise SettingError(
            f"max_message_bytes: must exceed chunk_size ({s.chunk_size}) by 1024 and be at most 67108864, "
            f"got {s.max_message_bytes}"
        )
    if not 64 * 1024 <= s.stream_window_bytes <= 256 * 1024 * 1024:
        raise SettingError(
            f"stream_window_bytes: must be between 65536 and 268435456 bytes, got {s.stream_window_bytes}"
        )
    if s.artifact_root.startswith(("s3://", "az://", "http://", "https://")) or (
        "://" in s.artifact_root and not s.artifact_root.startswith("gs://")
    ):
        raise SettingError(f"artifact_root: {s.artifact_root!r} is not supported; use gs://bucket/prefix or a path")
    url = s.resolved_database_url
    if not (url.startswith("sqlite:") or url.startswith("postgresql")):
        raise SettingError(
            f"database_url: {url!r} is not supported; use sqlite:///path/to/file.db or postgresql+psycopg://..."
        )
