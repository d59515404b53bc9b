"""Where `regctl` connects: flags, then the environment, then a named context of its config file.

# ~/.config/regctl/config.toml  (or $REGCTL_CONFIG)
current-context = "local"

[contexts.local]
target = "localhost:50051"

[contexts.prod]
target = "registry.example.com:443"
tls = true
ca-file = "/etc/ssl/certs/corp-ca.pem"   # optional: default is the system's roots
token = "rsk_..."                        # or leave it out and set REGCTL_TOKEN
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ConfigError", "Connection", "config_path", "resolve"]

DEFAULT_TARGET = "localhost:50051"
_KEYS = frozenset({"target", "token", "tls", "ca-file", "cert-file", "key-file"})


class ConfigError(Exception):
    """The config file cannot be read, or names a context it does not define."""


@dataclass(frozen=True)
class Connection:
    target: str
    token: str | None
    tls: bool = False
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    context: str = ""


def config_path(env: dict[str, str] | os._Environ[str] | None = None) -> Path:
    environ = os.environ if env is None else env
    if environ.get("REGCTL_CONFIG"):
        return Path(environ["REGCTL_CONFIG"])
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "regctl" / "config.toml"


def _load(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the client depends on nothing beyond grpc and protobuf
        raise ConfigError(f"{path}: reading the config file needs Python 3.11 or newer (tomllib)") from None
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text())
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: {err}") from None
    return data


def _context(path: Path, wanted: str | None) -> tuple[str, dict[str, Any]]:
    data = _load(path)
    contexts = data.get("contexts", {})
    if not isinstance(contexts, dict):
        raise ConfigError(f"{path}: 'contexts' must be a table of [contexts.NAME] tables")
    name = wanted or data.get("current-context") or ""
    if not name:
        return "", {}
    if name not in contexts or not isinstance(contexts[name], dict):
        known = ", ".join(sorted(contexts)) or "none"
        raise ConfigError(f"{path}: no context {name!r} (defined: {known})")
    settings: dict[str, Any] = contexts[name]
    unknown = sorted(set(settings) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: context {name!r}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    return name, settings


def resolve(
    *,
    target: str | None,
    token: str | None,
    context: str | None,
    tls: bool | None,
    ca_file: str | None,
    cert_file: str | None,
    key_file: str | None,
    env: dict[str, str] | os._Environ[str] | None = None,
) -> Connection:
    """Each setting from its flag, else its REGCTL_* variable, else the context, else the default."""
    environ = os.environ if env is None else env
    name, ctx = _context(config_path(environ), context or environ.get("REGCTL_CONTEXT") or None)

    def pick(flag: Any, variable: str, key: str) -> Any:
        if flag is not None:
            return flag
        if variable and environ.get(variable):
            return environ[variable]
        return ctx.get(key)

    use_tls = pick(tls, "", "tls")
    ca = pick(ca_file, "REGCTL_CA_FILE", "ca-file")
    cert = pick(cert_file, "REGCTL_CERT_FILE", "cert-file")
    key = pick(key_file, "REGCTL_KEY_FILE", "key-file")
    return Connection(
        target=pick(target, "REGCTL_TARGET", "target") or DEFAULT_TARGET,
        token=pick(token, "REGCTL_TOKEN", "token") or None,
        tls=bool(use_tls) or bool(ca or cert),
        ca_file=ca,
        cert_file=cert,
        key_file=key,
        context=name,
    )
