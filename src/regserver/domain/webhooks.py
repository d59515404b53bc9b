"""Webhooks: subscriptions, their validation, the signature, the retry policy, and the service the API calls."""

from __future__ import annotations

import asyncio
import base64
import enum
import hashlib
import hmac
import ipaddress
import random
import re
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

from regserver.domain import listing, validation
from regserver.domain.errors import InvalidArgument, invalid_field
from regserver.domain.models import EventType, Page, RequestKey
from regserver.domain.registry import _request_key, now_us

T = TypeVar("T")

MAX_URL = 2048
MIN_SECRET = 16
MAX_SECRET = 1024
MAX_MODEL_NAMES = 1000
# A prefix of some valid model name (see validation.MODEL_NAME).
_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
# Retry-After beyond this is clamped: a webhook's queue waits for its oldest delivery.
MAX_RETRY_AFTER = 3600.0


class DeliveryStatus(enum.Enum):
    PENDING = "PENDING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


@dataclass
class Webhook:
    id: str
    url: str
    event_types: list[EventType]
    model_names: list[str]
    model_name_prefix: str
    enabled: bool
    description: str
    create_time: int
    update_time: int
    etag: str
    secret_hint: str


@dataclass
class WebhookFields:
    """What a caller supplies to create or update a webhook; `enabled` None means "not given"."""

    url: str = ""
    event_types: list[EventType] = field(default_factory=list)
    model_names: list[str] = field(default_factory=list)
    model_name_prefix: str = ""
    secret: str = ""
    enabled: bool | None = None
    description: str = ""


@dataclass
class WebhookChanges:
    """A validated partial update; None leaves a field as it is."""

    url: str | None = None
    event_types: list[EventType] | None = None
    model_names: list[str] | None = None
    model_name_prefix: str | None = None
    secret: str | None = None
    enabled: bool | None = None
    description: str | None = None


@dataclass(frozen=True)
class WebhookCursor:
    """A webhook as the dispatcher sees it while queueing deliveries."""

    pk: int
    cursor_revision: int
    event_types: frozenset[EventType]
    model_names: frozenset[str]
    model_name_prefix: str


@dataclass(frozen=True)
class Attempt:
    number: int
    start_time: int
    duration_us: int
    http_status: int  # 0: no answer
    error: str  # empty on success

    @property
    def succeeded(self) -> bool:
        return not self.error


@dataclass
class Delivery:
    id: str
    webhook_id: str
    revision: int
    event_type: EventType
    model_name: str
    status: DeliveryStatus
    attempt_count: int
    next_attempt_time: int | None
    last_error: str
    create_time: int
    update_time: int
    attempts: list[Attempt]


@dataclass(frozen=True)
class DeliveryJob:
    """A delivery this process has leased and must attempt."""

    pk: int
    id: str
    webhook_id: str
    url: str
    secret: str
    body: str
    attempt_count: int
    queued_attempts: int
    leased_until: int
    # When the delivery was queued (µs): the delivery lag is measured from here.
    create_time: int


@dataclass(frozen=True)
class SendResult:
    """How one HTTP request went."""

    start_time: int
    duration_us: int
    http_status: int = 0
    error: str = ""
    # Seconds the receiver asked us to wait (Retry-After).
    retry_after: float | None = None
    # An error that retrying cannot fix (the host is no longer allowed).
    permanent: bool = False

    @property
    def succeeded(self) -> bool:
        return 200 <= self.http_status < 300

    @property
    def retryable(self) -> bool:
        if self.http_status:
            return self.http_status == 429 or self.http_status >= 500
        return not self.permanent


class Sender(Protocol):
    async def send(self, url: str, secret: str, message_id: str, body: bytes) -> SendResult: ...


# ----- rules -----------------------------------------------------------


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks signature: v1,base64(HMAC-SHA256(secret, "{id}.{timestamp}.{body}"))."""
    digest = hmac.new(secret.encode(), f"{message_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def _normal_host(host: str) -> str:
    host = host.strip().lower().rstrip(".").removeprefix("[").removesuffix("]")
    try:
        return ipaddress.ip_address(host).compressed
    except ValueError:
        return host


@dataclass(frozen=True)
class AllowedHosts:
    """The hosts webhooks may call: '*' for any, exact names or IPs, or '*.example.com' for subdomains."""

    any_host: bool
    exact: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    text: str = "*"

    @classmethod
    def parse(cls, text: str) -> AllowedHosts:
        entries = [e.strip() for e in text.split(",") if e.strip()]
        if not entries:
            raise ValueError("name at least one host, or * for any")
        if "*" in entries:
            return cls(any_host=True, text="*")
        exact, suffixes = set(), []
        for entry in entries:
            if entry.startswith("*."):
                suffixes.append("." + _normal_host(entry[2:]))
            elif "*" in entry or "/" in entry or " " in entry:
                raise ValueError(f"{entry!r} is not a host name, an IP address or *.domain")
            else:
                exact.add(_normal_host(entry))
        return cls(any_host=False, exact=frozenset(exact), suffixes=tuple(suffixes), text=",".join(entries))

    def allows(self, host: str) -> bool:
        host = _normal_host(host)
        return self.any_host or host in self.exact or any(host.endswith(s) for s in self.suffixes)

    def __str__(self) -> str:
        return self.text


def url_host(url: str) -> str:
    return _normal_host(urlsplit(url).hostname or "")


def webhook_url(url: str, allowed: AllowedHosts, field: str = "webhook.url") -> str:
    if not url:
        raise invalid_field(field, f"{field} is required: the http or https URL deliveries are POSTed to")
    if len(url) > MAX_URL:
        raise invalid_field(field, f"{field} is {len(url)} characters long; the limit is {MAX_URL}")
    if any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        raise invalid_field(field, f"{field} {url!r} contains spaces or control characters; percent-encode them")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError as e:
        raise invalid_field(field, f"{field} {url!r} is not a valid URL: {e}") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise invalid_field(field, f"{field} {url!r} has {shown}; webhooks need an http:// or https:// URL")
    if not parts.hostname:
        raise invalid_field(field, f"{field} {url!r} has no host")
    if parts.username is not None or parts.password is not None:
        raise invalid_field(
            field, f"{field} must not carry user:password; receivers authenticate deliveries by their signature"
        )
    host = _normal_host(parts.hostname)
    if not allowed.allows(host):
        raise InvalidArgument(
            f"{field} host {host!r} is not on this server's webhook allow-list ({allowed}); an operator can "
            "add it with --webhook-allowed-hosts",
            "INVALID_FIELD",
            field=field,
            host=host,
        )
    return url


def secret(value: str, field: str = "webhook.secret") -> str:
    if not value:
        raise invalid_field(field, f"{field} is required: the key that signs deliveries ({MIN_SECRET}+ characters)")
    if not MIN_SECRET <= len(value) <= MAX_SECRET:
        raise invalid_field(
            field, f"{field} is {len(value)} characters long; use {MIN_SECRET} to {MAX_SECRET} (e.g. 32 random bytes)"
        )
    return validation.no_nul(value, field)


def model_names(names: Sequence[str], field: str = "webhook.model_names") -> list[str]:
    if len(names) > MAX_MODEL_NAMES:
        raise invalid_field(field, f"{len(names)} model names given; the limit is {MAX_MODEL_NAMES}")
    for i, name in enumerate(names):
        validation.model_name(name, f"{field}[{i}]")
    return list(dict.fromkeys(names))


def model_name_prefix(prefix: str, field: str = "webhook.model_name_prefix") -> str:
    if prefix and not _PREFIX.fullmatch(prefix):
        raise invalid_field(
            field, f"{field} {prefix!r} cannot start a model name: use letters, digits, '.', '_' and '-' (128 at most)"
        )
    return prefix


def _fields(w: WebhookFields, allowed: AllowedHosts) -> WebhookFields:
    return WebhookFields(
        url=webhook_url(w.url, allowed),
        event_types=list(dict.fromkeys(w.event_types)),
        model_names=model_names(w.model_names),
        model_name_prefix=model_name_prefix(w.model_name_prefix),
        secret=secret(w.secret),
        enabled=True if w.enabled is None else w.enabled,
        description=validation.description(w.description, "webhook.description"),
    )


_MUTABLE = ("url", "event_types", "model_names", "model_name_prefix", "secret", "enabled", "description")
_OUTPUT_ONLY = ("id", "has_secret", "secret_hint", "create_time", "update_time", "etag")


def _bad_mask(message: str, path: str) -> InvalidArgument:
    return InvalidArgument(message, "INVALID_UPDATE_MASK", field="update_mask", path=path)


def changes(paths: Sequence[str], w: WebhookFields, allowed: AllowedHosts) -> WebhookChanges:
    given = {
        "url": bool(w.url),
        "event_types": bool(w.event_types),
        "model_names": bool(w.model_names),
        "model_name_prefix": bool(w.model_name_prefix),
        "secret": bool(w.secret),
        "enabled": w.enabled is not None,
        "description": bool(w.description),
    }
    if not paths:
        # AIP-134: without a mask, change the fields that are set.
        paths = [f for f in _MUTABLE if given[f]]
        if not paths:
            raise _bad_mask("nothing to update: set update_mask or at least one of " + ", ".join(_MUTABLE), "")
    chosen: set[str] = set()
    for path in paths:
        if path == "*":
            chosen.update(f for f in _MUTABLE if f not in ("secret", "enabled") or given[f])
        elif path in _MUTABLE:
            chosen.add(path)
        elif path in _OUTPUT_ONLY:
            raise _bad_mask(f"update_mask names {path!r}, which is output only", path)
        else:
            raise _bad_mask(f"update_mask names unknown field {path!r}; it can name {', '.join(_MUTABLE)}", path)
    result = WebhookChanges()
    if "url" in chosen:
        result.url = webhook_url(w.url, allowed)
    if "event_types" in chosen:
        result.event_types = list(dict.fromkeys(w.event_types))
    if "model_names" in chosen:
        result.model_names = model_names(w.model_names)
    if "model_name_prefix" in chosen:
        result.model_name_prefix = model_name_prefix(w.model_name_prefix)
    if "secret" in chosen:
        result.secret = secret(w.secret)
    if "enabled" in chosen:
        result.enabled = bool(w.enabled)
    if "description" in chosen:
        result.description = validation.description(w.description, "webhook.description")
    return result


def webhook_id(value: str, field: str = "id") -> str:
    if not value:
        raise invalid_field(field, f"{field} is required (a webhook id such as 'wh_…')")
    return validation.no_nul(value, field)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 8
    base_seconds: float = 1.0
    cap_seconds: float = 300.0

    def delay(self, queued_attempts: int, retry_after: float | None, rng: random.Random) -> float:
        """Exponential backoff with equal jitter; at least what Retry-After asked for (up to an hour)."""
        backoff = min(self.cap_seconds, self.base_seconds * 2.0 ** min(queued_attempts - 1, 60))
        delay = backoff * rng.uniform(0.5, 1.0)
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        return delay

    def decide(
        self, result: SendResult, queued_attempts: int, now: int, rng: random.Random
    ) -> tuple[DeliveryStatus, int | None, str]:
        """(status, next attempt time, last error) after an attempt; queued_attempts counts this one."""
        if result.succeeded:
            return DeliveryStatus.SUCCEEDED, None, ""
        if not result.retryable:
            return DeliveryStatus.FAILED, None, result.error
        if queued_attempts >= self.max_attempts:
            return DeliveryStatus.FAILED, None, f"{result.error} (gave up after {queued_attempts} attempts)"
        delay = self.delay(queued_attempts, result.retry_after, rng)
        return DeliveryStatus.PENDING, now + int(delay * 1_000_000), result.error


# ----- page tokens -----------------------------------------------------

_TOKEN_KEY = b"regserver webhook page token v1"


def encode_token(scope: str, pk: int) -> str:
    return listing.sign_token([scope, pk], _TOKEN_KEY)


def decode_token(token: str, scope: str) -> int:
    issued_for, pk = listing.unsign_token(token, _TOKEN_KEY)
    if issued_for != scope or not isinstance(pk, int):
        raise listing.bad_token(
            "page_token belongs to a different listing; keep webhook_id and status the same while paging"
        )
    return pk


# ----- the service -----------------------------------------------------


class WebhookStore(Protocol):
    def create_webhook(self, new: WebhookFields, now: int, request: RequestKey | None) -> Webhook: ...
    def get_webhook(self, webhook_id: str) -> Webhook: ...
    def webhook_target(self, webhook_id: str) -> tuple[str, str]: ...
    def list_webhooks(self, after: int | None, limit: int) -> tuple[list[Webhook], int | None]: ...
    def update_webhook(self, webhook_id: str, given_etag: str, changes: WebhookChanges, now: int) -> Webhook: ...
    def delete_webhook(self, webhook_id: str, given_etag: str) -> None: ...
    def list_deliveries(
        self, webhook_id: str, status: DeliveryStatus | None, before: int | None, limit: int
    ) -> tuple[list[Delivery], int | None]: ...
    def redeliver(self, delivery_id: str, now: int) -> Delivery: ...


class Webhooks:
    def __init__(
        self,
        store: WebhookStore,
        executor: ThreadPoolExecutor,
        sender: Sender,
        allowed: AllowedHosts,
        render_ping: Callable[[str, str, int], str],
        on_change: Callable[[], None] = lambda: None,
        clock: Callable[[], int] = now_us,
    ) -> None:
        self._store = store
        self._executor = executor
        self._sender = sender
        self._allowed = allowed
        self._render_ping = render_ping
        # Wakes this process's dispatcher: a webhook or a delivery changed.
        self._on_change = on_change
        self._clock = clock

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def create(self, new: WebhookFields, request_id: str = "") -> Webhook:
        checked = _fields(new, self._allowed)
        request = _request_key("CreateWebhook", request_id, checked)
        created = await self._call(self._store.create_webhook, checked, self._clock(), request)
        self._on_change()
        return created

    async def get(self, webhook_id_: str) -> Webhook:
        return await self._call(self._store.get_webhook, webhook_id(webhook_id_))

    async def list_webhooks(self, page_size: int, page_token: str) -> Page[Webhook]:
        size = listing.page_size(page_size)
        after = decode_token(page_token, "webhooks") if page_token else None
        items, last = await self._call(self._store.list_webhooks, after, size)
        return Page(items, encode_token("webhooks", last) if last is not None else "")

    async def update(self, webhook_id_: str, etag: str, paths: Sequence[str], fields: WebhookFields) -> Webhook:
        webhook_id(webhook_id_, "webhook.id")
        result = changes(paths, fields, self._allowed)
        updated = await self._call(self._store.update_webhook, webhook_id_, etag, result, self._clock())
        self._on_change()
        return updated

    async def delete(self, webhook_id_: str, etag: str) -> None:
        await self._call(self._store.delete_webhook, webhook_id(webhook_id_), etag)

    async def test(self, webhook_id_: str) -> Attempt:
        url, key = await self._call(self._store.webhook_target, webhook_id(webhook_id_))
        ping_id = "ping_" + uuid.uuid4().hex
        body = self._render_ping(ping_id, webhook_id_, self._clock())
        result = await self._sender.send(url, key, ping_id, body.encode())
        return Attempt(1, result.start_time, result.duration_us, result.http_status, result.error)

    async def list_deliveries(
        self, webhook_id_: str, status: DeliveryStatus | None, page_size: int, page_token: str
    ) -> Page[Delivery]:
        size = listing.page_size(page_size)
        scope = f"deliveries:{webhook_id_}:{status.value if status else ''}"
        before = decode_token(page_token, scope) if page_token else None
        items, last = await self._call(self._store.list_deliveries, webhook_id_, status, before, size)
        return Page(items, encode_token(scope, last) if last is not None else "")

    async def redeliver(self, delivery_id: str) -> Delivery:
        if not delivery_id:
            raise invalid_field("id", "id is required (a delivery id such as 'dlv_…')")
        delivery = await self._call(self._store.redeliver, validation.no_nul(delivery_id, "id"), self._clock())
        self._on_change()
        return delivery
