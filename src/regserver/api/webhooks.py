"""Webhooks servicer, the protobuf mapping of webhooks and deliveries, and the JSON bodies receivers get."""

from __future__ import annotations

import json
from typing import Any

import grpc
from google.protobuf import duration_pb2, json_format
from regserver_client.v1 import events_pb2, webhooks_pb2_grpc
from regserver_client.v1 import webhooks_pb2 as pb

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.domain.errors import invalid_field
from regserver.domain.models import Event, EventType
from regserver.domain.webhooks import Attempt, Delivery, DeliveryStatus, Webhook, WebhookFields, Webhooks

Context = grpc.aio.ServicerContext[Any, Any]

_STATUS_TO_PB = {
    DeliveryStatus.PENDING: pb.WEBHOOK_DELIVERY_STATUS_PENDING,
    DeliveryStatus.SUCCEEDED: pb.WEBHOOK_DELIVERY_STATUS_SUCCEEDED,
    DeliveryStatus.FAILED: pb.WEBHOOK_DELIVERY_STATUS_FAILED,
}
_STATUS_FROM_PB = {v: k for k, v in _STATUS_TO_PB.items()}


# ----- the bodies POSTed to receivers (documented on service Webhooks) ---------


def _body(fields: dict[str, Any]) -> str:
    # ASCII-only JSON: the signed bytes are the same however a receiver decodes them.
    return json.dumps(fields, separators=(",", ":"))


def event_body(event: Event) -> str:
    resource: dict[str, Any] | None = None
    if event.model is not None:
        resource = json_format.MessageToDict(convert.model_pb(event.model), preserving_proto_field_name=True)
    elif event.model_version is not None:
        resource = json_format.MessageToDict(convert.version_pb(event.model_version), preserving_proto_field_name=True)
    time = convert.timestamp(event.time)
    assert time is not None
    return _body(
        {
            "id": f"evt_{event.revision}",
            "type": event.type.value,
            "revision": event.revision,
            "time": time.ToJsonString(),
            "model_name": event.model_name,
            "previous_model_name": event.previous_model_name,
            "version": event.version,
            "alias": event.alias,
            "previous_version": event.previous_version,
            "principal": event.principal,
            "promotion_request_id": event.promotion_request_id,
            "target_stage": event.target_stage.value if event.target_stage is not None else None,
            "resource": resource,
        }
    )


def ping_body(ping_id: str, webhook_id: str, time_us: int) -> str:
    time = convert.timestamp(time_us)
    assert time is not None
    return _body(
        {
            "id": ping_id,
            "type": "PING",
            "revision": None,
            "time": time.ToJsonString(),
            "model_name": None,
            "previous_model_name": None,
            "version": None,
            "alias": None,
            "previous_version": None,
            "principal": None,
            "resource": {"webhook_id": webhook_id},
        }
    )


# ----- protobuf mapping ----------------------------------------------------


def _event_types(values: Any, field: str) -> list[EventType]:
    types = []
    for i, value in enumerate(values):
        name = events_pb2.EventType.Name(value) if value in events_pb2.EventType.values() else ""
        if not name or value == events_pb2.EVENT_TYPE_UNSPECIFIED:
            raise invalid_field(f"{field}[{i}]", f"{field}[{i}] is {value}, not a known EventType")
        types.append(EventType(name.removeprefix("EVENT_TYPE_")))
    return types


def _event_type_pb(t: EventType) -> Any:
    return events_pb2.EventType.Value(f"EVENT_TYPE_{t.value}")


def fields(w: pb.Webhook) -> WebhookFields:
    return WebhookFields(
        url=w.url,
        event_types=_event_types(w.event_types, "webhook.event_types"),
        model_names=list(w.model_names),
        model_name_prefix=w.model_name_prefix,
        secret=w.secret,
        enabled=w.enabled if w.HasField("enabled") else None,
        description=w.description,
    )


def webhook_pb(w: Webhook) -> pb.Webhook:
    return pb.Webhook(
        id=w.id,
        url=w.url,
        event_types=[_event_type_pb(t) for t in w.event_types],
        model_names=w.model_names,
        model_name_prefix=w.model_name_prefix,
        has_secret=bool(w.secret_hint),
        secret_hint=w.secret_hint,
        enabled=w.enabled,
        description=w.description,
        create_time=convert.timestamp(w.create_time),
        update_time=convert.timestamp(w.update_time),
        etag=w.etag,
    )


def attempt_pb(a: Attempt) -> pb.WebhookDeliveryAttempt:
    return pb.WebhookDeliveryAttempt(
        number=a.number,
        start_time=convert.timestamp(a.start_time),
        duration=duration_pb2.Duration(seconds=a.duration_us // 1_000_000, nanos=(a.duration_us % 1_000_000) * 1000),
        http_status=a.http_status,
        error=a.error,
        succeeded=a.succeeded,
    )


def delivery_pb(d: Delivery) -> pb.WebhookDelivery:
    return pb.WebhookDelivery(
        id=d.id,
        webhook_id=d.webhook_id,
        revision=d.revision,
        event_type=_event_type_pb(d.event_type),
        model_name=d.model_name,
        status=_STATUS_TO_PB[d.status],
        attempt_count=d.attempt_count,
        next_attempt_time=convert.timestamp(d.next_attempt_time),
        last_error=d.last_error,
        create_time=convert.timestamp(d.create_time),
        update_time=convert.timestamp(d.update_time),
        attempts=[attempt_pb(a) for a in d.attempts],
    )


def _status(value: int) -> DeliveryStatus | None:
    if value == pb.WEBHOOK_DELIVERY_STATUS_UNSPECIFIED:
        return None
    if value not in _STATUS_FROM_PB:
        raise invalid_field("status", f"status {value} is not a known WebhookDeliveryStatus")
    return _STATUS_FROM_PB[value]  # type: ignore[index]


# ----- the servicer --------------------------------------------------------


class WebhooksServicer(webhooks_pb2_grpc.WebhooksServicer):
    def __init__(self, webhooks: Webhooks) -> None:
        self._webhooks = webhooks

    @handles_errors
    async def CreateWebhook(self, request: pb.CreateWebhookRequest, context: Context) -> pb.CreateWebhookResponse:
        webhook = await self._webhooks.create(fields(request.webhook), request.request_id)
        return pb.CreateWebhookResponse(webhook=webhook_pb(webhook))

    @handles_errors
    async def GetWebhook(self, request: pb.GetWebhookRequest, context: Context) -> pb.GetWebhookResponse:
        return pb.GetWebhookResponse(webhook=webhook_pb(await self._webhooks.get(request.id)))

    @handles_errors
    async def ListWebhooks(self, request: pb.ListWebhooksRequest, context: Context) -> pb.ListWebhooksResponse:
        page = await self._webhooks.list_webhooks(request.page_size, request.page_token)
        return pb.ListWebhooksResponse(
            webhooks=[webhook_pb(w) for w in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def UpdateWebhook(self, request: pb.UpdateWebhookRequest, context: Context) -> pb.UpdateWebhookResponse:
        w = request.webhook
        webhook = await self._webhooks.update(w.id, w.etag, list(request.update_mask.paths), fields(w))
        return pb.UpdateWebhookResponse(webhook=webhook_pb(webhook))

    @handles_errors
    async def DeleteWebhook(self, request: pb.DeleteWebhookRequest, context: Context) -> pb.DeleteWebhookResponse:
        await self._webhooks.delete(request.id, request.etag)
        return pb.DeleteWebhookResponse()

    @handles_errors
    async def TestWebhook(self, request: pb.TestWebhookRequest, context: Context) -> pb.TestWebhookResponse:
        return pb.TestWebhookResponse(attempt=attempt_pb(await self._webhooks.test(request.id)))

    @handles_errors
    async def ListWebhookDeliveries(
        self, request: pb.ListWebhookDeliveriesRequest, context: Context
    ) -> pb.ListWebhookDeliveriesResponse:
        page = await self._webhooks.list_deliveries(
            request.webhook_id, _status(request.status), request.page_size, request.page_token
        )
        return pb.ListWebhookDeliveriesResponse(
            deliveries=[delivery_pb(d) for d in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def RedeliverWebhookDelivery(
        self, request: pb.RedeliverWebhookDeliveryRequest, context: Context
    ) -> pb.RedeliverWebhookDeliveryResponse:
        delivery = await self._webhooks.redeliver(request.id)
        return pb.RedeliverWebhookDeliveryResponse(delivery=delivery_pb(delivery))
