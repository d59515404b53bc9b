package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Signed HTTP callbacks for the registry's events (see EventService for the
 * event log they are driven from).
 * ## Delivery
 * A webhook subscribes to the events matching its filter (event types,
 * model names, a model name prefix) that are committed after it is created
 * or last enabled. For each matching event the server records one delivery
 * in the database, in the same transaction that advances the webhook's
 * position in the event log (a transactional outbox): every matching event
 * gets exactly one delivery, however many replicas run, and a server that
 * crashes or restarts loses none. One replica at a time makes each
 * delivery attempt (it holds a lease on the delivery while it does).
 * - At least once: a delivery is retried until the receiver answers 2xx or
 *   it is marked FAILED, so a receiver may see the same delivery twice
 *   (after a crash or a timeout). The `webhook-id` header is the same on
 *   every attempt of a delivery: use it to drop duplicates.
 * - In order, per webhook: deliveries are made one at a time in revision
 *   order. A delivery being retried holds back the later deliveries of the
 *   same webhook until it succeeds or is marked FAILED; other webhooks are
 *   not affected. A redelivered delivery goes to the front of its webhook's
 *   queue.
 * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
 *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
 *   default; a Retry-After header in seconds or as an HTTP date is
 *   honoured, up to an hour), for at most 8 attempts by default; then the
 *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
 *   other answer (3xx included: redirects are never followed, and 4xx other
 *   than 429) fails the delivery at once. Each attempt times out after 10 s
 *   by default. ListWebhookDeliveries shows every attempt, and
 *   RedeliverWebhookDelivery queues a delivery again.
 * - Deliveries are made only while the webhook is enabled; events committed
 *   while it is disabled are skipped, and deliveries queued before it was
 *   disabled wait until it is enabled again.
 * - Delivery records are kept for the event retention period (7 days by
 *   default) after they succeed or fail.
 * - A webhook's URL must be http or https, and its host must be on the
 *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
 *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
 *   allows any host).
 * ## The request
 * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
 * regserver/&lt;version&gt;` and the Standard Webhooks headers:
 * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
 * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
 * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
 *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
 *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
 *   carry several space-separated signatures (while a secret is rotated);
 *   accept the request if any matches. With a Standard Webhooks library,
 *   pass the secret as "whsec_" + base64(secret).
 * The body is one JSON object:
 *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
 *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
 *      "previous_model_name": null, "version": 7, "alias": "champion",
 *      "previous_version": 6, "principal": "anonymous",
 *      "promotion_request_id": null, "target_stage": null,
 *      "resource": {"model_name": "fraud", "version": "7", ...}}
 * `id` is "evt_" + the event's revision, the same for every webhook; `type`
 * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
 * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
 * `version`, `alias`, `previous_version`, `previous_model_name`,
 * `promotion_request_id` and `target_stage` (a Stage name such as
 * "PRODUCTION") are null where the event type has none (see Event);
 * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
 * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
 * change, in Protobuf's JSON mapping with the
 * .proto field names, so json_format.ParseDict (or any language's
 * JSON parser for Protobuf) reads it back.
 * ## Verifying a request (Python)
 *     import base64, hashlib, hmac, time
 *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
 *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
 *         if abs(time.time() - int(timestamp)) &gt; 300:
 *             return False  # stale: a replayed request
 *         signed = f"{msg_id}.{timestamp}.".encode() + body
 *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
 *         expected = "v1," + base64.b64encode(digest).decode()
 *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
 * Verify the raw body bytes before parsing them, and remember the
 * webhook-ids already processed to drop redeliveries.
 * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
 * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
 * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
 * (INVALID_FIELD, metadata["field"] naming it).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class WebhooksGrpc {

  private WebhooksGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Webhooks";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateWebhookRequest,
      dev.regserver.v1.CreateWebhookResponse> getCreateWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateWebhook",
      requestType = dev.regserver.v1.CreateWebhookRequest.class,
      responseType = dev.regserver.v1.CreateWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateWebhookRequest,
      dev.regserver.v1.CreateWebhookResponse> getCreateWebhookMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateWebhookRequest, dev.regserver.v1.CreateWebhookResponse> getCreateWebhookMethod;
    if ((getCreateWebhookMethod = WebhooksGrpc.getCreateWebhookMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getCreateWebhookMethod = WebhooksGrpc.getCreateWebhookMethod) == null) {
          WebhooksGrpc.getCreateWebhookMethod = getCreateWebhookMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateWebhookRequest, dev.regserver.v1.CreateWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("CreateWebhook"))
              .build();
        }
      }
    }
    return getCreateWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetWebhookRequest,
      dev.regserver.v1.GetWebhookResponse> getGetWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWebhook",
      requestType = dev.regserver.v1.GetWebhookRequest.class,
      responseType = dev.regserver.v1.GetWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetWebhookRequest,
      dev.regserver.v1.GetWebhookResponse> getGetWebhookMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetWebhookRequest, dev.regserver.v1.GetWebhookResponse> getGetWebhookMethod;
    if ((getGetWebhookMethod = WebhooksGrpc.getGetWebhookMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getGetWebhookMethod = WebhooksGrpc.getGetWebhookMethod) == null) {
          WebhooksGrpc.getGetWebhookMethod = getGetWebhookMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetWebhookRequest, dev.regserver.v1.GetWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("GetWebhook"))
              .build();
        }
      }
    }
    return getGetWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhooksRequest,
      dev.regserver.v1.ListWebhooksResponse> getListWebhooksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhooks",
      requestType = dev.regserver.v1.ListWebhooksRequest.class,
      responseType = dev.regserver.v1.ListWebhooksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhooksRequest,
      dev.regserver.v1.ListWebhooksResponse> getListWebhooksMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhooksRequest, dev.regserver.v1.ListWebhooksResponse> getListWebhooksMethod;
    if ((getListWebhooksMethod = WebhooksGrpc.getListWebhooksMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getListWebhooksMethod = WebhooksGrpc.getListWebhooksMethod) == null) {
          WebhooksGrpc.getListWebhooksMethod = getListWebhooksMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListWebhooksRequest, dev.regserver.v1.ListWebhooksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhooks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListWebhooksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListWebhooksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("ListWebhooks"))
              .build();
        }
      }
    }
    return getListWebhooksMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UpdateWebhookRequest,
      dev.regserver.v1.UpdateWebhookResponse> getUpdateWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateWebhook",
      requestType = dev.regserver.v1.UpdateWebhookRequest.class,
      responseType = dev.regserver.v1.UpdateWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UpdateWebhookRequest,
      dev.regserver.v1.UpdateWebhookResponse> getUpdateWebhookMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UpdateWebhookRequest, dev.regserver.v1.UpdateWebhookResponse> getUpdateWebhookMethod;
    if ((getUpdateWebhookMethod = WebhooksGrpc.getUpdateWebhookMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getUpdateWebhookMethod = WebhooksGrpc.getUpdateWebhookMethod) == null) {
          WebhooksGrpc.getUpdateWebhookMethod = getUpdateWebhookMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UpdateWebhookRequest, dev.regserver.v1.UpdateWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("UpdateWebhook"))
              .build();
        }
      }
    }
    return getUpdateWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteWebhookRequest,
      dev.regserver.v1.DeleteWebhookResponse> getDeleteWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteWebhook",
      requestType = dev.regserver.v1.DeleteWebhookRequest.class,
      responseType = dev.regserver.v1.DeleteWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteWebhookRequest,
      dev.regserver.v1.DeleteWebhookResponse> getDeleteWebhookMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteWebhookRequest, dev.regserver.v1.DeleteWebhookResponse> getDeleteWebhookMethod;
    if ((getDeleteWebhookMethod = WebhooksGrpc.getDeleteWebhookMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getDeleteWebhookMethod = WebhooksGrpc.getDeleteWebhookMethod) == null) {
          WebhooksGrpc.getDeleteWebhookMethod = getDeleteWebhookMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteWebhookRequest, dev.regserver.v1.DeleteWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("DeleteWebhook"))
              .build();
        }
      }
    }
    return getDeleteWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.TestWebhookRequest,
      dev.regserver.v1.TestWebhookResponse> getTestWebhookMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TestWebhook",
      requestType = dev.regserver.v1.TestWebhookRequest.class,
      responseType = dev.regserver.v1.TestWebhookResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.TestWebhookRequest,
      dev.regserver.v1.TestWebhookResponse> getTestWebhookMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.TestWebhookRequest, dev.regserver.v1.TestWebhookResponse> getTestWebhookMethod;
    if ((getTestWebhookMethod = WebhooksGrpc.getTestWebhookMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getTestWebhookMethod = WebhooksGrpc.getTestWebhookMethod) == null) {
          WebhooksGrpc.getTestWebhookMethod = getTestWebhookMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.TestWebhookRequest, dev.regserver.v1.TestWebhookResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TestWebhook"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.TestWebhookRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.TestWebhookResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("TestWebhook"))
              .build();
        }
      }
    }
    return getTestWebhookMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhookDeliveriesRequest,
      dev.regserver.v1.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListWebhookDeliveries",
      requestType = dev.regserver.v1.ListWebhookDeliveriesRequest.class,
      responseType = dev.regserver.v1.ListWebhookDeliveriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhookDeliveriesRequest,
      dev.regserver.v1.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListWebhookDeliveriesRequest, dev.regserver.v1.ListWebhookDeliveriesResponse> getListWebhookDeliveriesMethod;
    if ((getListWebhookDeliveriesMethod = WebhooksGrpc.getListWebhookDeliveriesMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getListWebhookDeliveriesMethod = WebhooksGrpc.getListWebhookDeliveriesMethod) == null) {
          WebhooksGrpc.getListWebhookDeliveriesMethod = getListWebhookDeliveriesMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListWebhookDeliveriesRequest, dev.regserver.v1.ListWebhookDeliveriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListWebhookDeliveries"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListWebhookDeliveriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListWebhookDeliveriesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("ListWebhookDeliveries"))
              .build();
        }
      }
    }
    return getListWebhookDeliveriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RedeliverWebhookDeliveryRequest,
      dev.regserver.v1.RedeliverWebhookDeliveryResponse> getRedeliverWebhookDeliveryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RedeliverWebhookDelivery",
      requestType = dev.regserver.v1.RedeliverWebhookDeliveryRequest.class,
      responseType = dev.regserver.v1.RedeliverWebhookDeliveryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RedeliverWebhookDeliveryRequest,
      dev.regserver.v1.RedeliverWebhookDeliveryResponse> getRedeliverWebhookDeliveryMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RedeliverWebhookDeliveryRequest, dev.regserver.v1.RedeliverWebhookDeliveryResponse> getRedeliverWebhookDeliveryMethod;
    if ((getRedeliverWebhookDeliveryMethod = WebhooksGrpc.getRedeliverWebhookDeliveryMethod) == null) {
      synchronized (WebhooksGrpc.class) {
        if ((getRedeliverWebhookDeliveryMethod = WebhooksGrpc.getRedeliverWebhookDeliveryMethod) == null) {
          WebhooksGrpc.getRedeliverWebhookDeliveryMethod = getRedeliverWebhookDeliveryMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RedeliverWebhookDeliveryRequest, dev.regserver.v1.RedeliverWebhookDeliveryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RedeliverWebhookDelivery"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RedeliverWebhookDeliveryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RedeliverWebhookDeliveryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new WebhooksMethodDescriptorSupplier("RedeliverWebhookDelivery"))
              .build();
        }
      }
    }
    return getRedeliverWebhookDeliveryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static WebhooksStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhooksStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhooksStub>() {
        @java.lang.Override
        public WebhooksStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhooksStub(channel, callOptions);
        }
      };
    return WebhooksStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static WebhooksBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhooksBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhooksBlockingV2Stub>() {
        @java.lang.Override
        public WebhooksBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhooksBlockingV2Stub(channel, callOptions);
        }
      };
    return WebhooksBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static WebhooksBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhooksBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhooksBlockingStub>() {
        @java.lang.Override
        public WebhooksBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhooksBlockingStub(channel, callOptions);
        }
      };
    return WebhooksBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static WebhooksFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<WebhooksFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<WebhooksFutureStub>() {
        @java.lang.Override
        public WebhooksFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new WebhooksFutureStub(channel, callOptions);
        }
      };
    return WebhooksFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a webhook. It receives the matching events committed from now
     * on.
     * </pre>
     */
    default void createWebhook(dev.regserver.v1.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a webhook (without its secret).
     * </pre>
     */
    default void getWebhook(dev.regserver.v1.GetWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists webhooks, oldest first.
     * </pre>
     */
    default void listWebhooks(dev.regserver.v1.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhooksMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a webhook's url, filters, secret, enabled flag or description.
     * </pre>
     */
    default void updateWebhook(dev.regserver.v1.UpdateWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a webhook and its delivery records; its pending deliveries are
     * not made.
     * </pre>
     */
    default void deleteWebhook(dev.regserver.v1.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends a synthetic "PING" event to the webhook now, once, and returns
     * how the attempt went. The ping is signed like any delivery (its
     * webhook-id starts with "ping_"), is sent even if the webhook is
     * disabled, is not retried and is not recorded as a delivery.
     * </pre>
     */
    default void testWebhook(dev.regserver.v1.TestWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.TestWebhookResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTestWebhookMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists deliveries with their attempts, newest first.
     * </pre>
     */
    default void listWebhookDeliveries(dev.regserver.v1.ListWebhookDeliveriesRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhookDeliveriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListWebhookDeliveriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Queues a FAILED (or SUCCEEDED) delivery again, at the front of its
     * webhook's queue, with a fresh retry budget. FAILED_PRECONDITION
     * (WEBHOOK_DELIVERY_PENDING) if it is still pending.
     * </pre>
     */
    default void redeliverWebhookDelivery(dev.regserver.v1.RedeliverWebhookDeliveryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RedeliverWebhookDeliveryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRedeliverWebhookDeliveryMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Webhooks.
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public static abstract class WebhooksImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return WebhooksGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Webhooks.
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public static final class WebhooksStub
      extends io.grpc.stub.AbstractAsyncStub<WebhooksStub> {
    private WebhooksStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhooksStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhooksStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a webhook. It receives the matching events committed from now
     * on.
     * </pre>
     */
    public void createWebhook(dev.regserver.v1.CreateWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a webhook (without its secret).
     * </pre>
     */
    public void getWebhook(dev.regserver.v1.GetWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists webhooks, oldest first.
     * </pre>
     */
    public void listWebhooks(dev.regserver.v1.ListWebhooksRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhooksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a webhook's url, filters, secret, enabled flag or description.
     * </pre>
     */
    public void updateWebhook(dev.regserver.v1.UpdateWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a webhook and its delivery records; its pending deliveries are
     * not made.
     * </pre>
     */
    public void deleteWebhook(dev.regserver.v1.DeleteWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends a synthetic "PING" event to the webhook now, once, and returns
     * how the attempt went. The ping is signed like any delivery (its
     * webhook-id starts with "ping_"), is sent even if the webhook is
     * disabled, is not retried and is not recorded as a delivery.
     * </pre>
     */
    public void testWebhook(dev.regserver.v1.TestWebhookRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.TestWebhookResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTestWebhookMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists deliveries with their attempts, newest first.
     * </pre>
     */
    public void listWebhookDeliveries(dev.regserver.v1.ListWebhookDeliveriesRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhookDeliveriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListWebhookDeliveriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Queues a FAILED (or SUCCEEDED) delivery again, at the front of its
     * webhook's queue, with a fresh retry budget. FAILED_PRECONDITION
     * (WEBHOOK_DELIVERY_PENDING) if it is still pending.
     * </pre>
     */
    public void redeliverWebhookDelivery(dev.regserver.v1.RedeliverWebhookDeliveryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RedeliverWebhookDeliveryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRedeliverWebhookDeliveryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Webhooks.
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public static final class WebhooksBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<WebhooksBlockingV2Stub> {
    private WebhooksBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhooksBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhooksBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a webhook. It receives the matching events committed from now
     * on.
     * </pre>
     */
    public dev.regserver.v1.CreateWebhookResponse createWebhook(dev.regserver.v1.CreateWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a webhook (without its secret).
     * </pre>
     */
    public dev.regserver.v1.GetWebhookResponse getWebhook(dev.regserver.v1.GetWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists webhooks, oldest first.
     * </pre>
     */
    public dev.regserver.v1.ListWebhooksResponse listWebhooks(dev.regserver.v1.ListWebhooksRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWebhooksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a webhook's url, filters, secret, enabled flag or description.
     * </pre>
     */
    public dev.regserver.v1.UpdateWebhookResponse updateWebhook(dev.regserver.v1.UpdateWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a webhook and its delivery records; its pending deliveries are
     * not made.
     * </pre>
     */
    public dev.regserver.v1.DeleteWebhookResponse deleteWebhook(dev.regserver.v1.DeleteWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a synthetic "PING" event to the webhook now, once, and returns
     * how the attempt went. The ping is signed like any delivery (its
     * webhook-id starts with "ping_"), is sent even if the webhook is
     * disabled, is not retried and is not recorded as a delivery.
     * </pre>
     */
    public dev.regserver.v1.TestWebhookResponse testWebhook(dev.regserver.v1.TestWebhookRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTestWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists deliveries with their attempts, newest first.
     * </pre>
     */
    public dev.regserver.v1.ListWebhookDeliveriesResponse listWebhookDeliveries(dev.regserver.v1.ListWebhookDeliveriesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListWebhookDeliveriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Queues a FAILED (or SUCCEEDED) delivery again, at the front of its
     * webhook's queue, with a fresh retry budget. FAILED_PRECONDITION
     * (WEBHOOK_DELIVERY_PENDING) if it is still pending.
     * </pre>
     */
    public dev.regserver.v1.RedeliverWebhookDeliveryResponse redeliverWebhookDelivery(dev.regserver.v1.RedeliverWebhookDeliveryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRedeliverWebhookDeliveryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Webhooks.
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public static final class WebhooksBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<WebhooksBlockingStub> {
    private WebhooksBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhooksBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhooksBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a webhook. It receives the matching events committed from now
     * on.
     * </pre>
     */
    public dev.regserver.v1.CreateWebhookResponse createWebhook(dev.regserver.v1.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a webhook (without its secret).
     * </pre>
     */
    public dev.regserver.v1.GetWebhookResponse getWebhook(dev.regserver.v1.GetWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists webhooks, oldest first.
     * </pre>
     */
    public dev.regserver.v1.ListWebhooksResponse listWebhooks(dev.regserver.v1.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhooksMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a webhook's url, filters, secret, enabled flag or description.
     * </pre>
     */
    public dev.regserver.v1.UpdateWebhookResponse updateWebhook(dev.regserver.v1.UpdateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a webhook and its delivery records; its pending deliveries are
     * not made.
     * </pre>
     */
    public dev.regserver.v1.DeleteWebhookResponse deleteWebhook(dev.regserver.v1.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a synthetic "PING" event to the webhook now, once, and returns
     * how the attempt went. The ping is signed like any delivery (its
     * webhook-id starts with "ping_"), is sent even if the webhook is
     * disabled, is not retried and is not recorded as a delivery.
     * </pre>
     */
    public dev.regserver.v1.TestWebhookResponse testWebhook(dev.regserver.v1.TestWebhookRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTestWebhookMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists deliveries with their attempts, newest first.
     * </pre>
     */
    public dev.regserver.v1.ListWebhookDeliveriesResponse listWebhookDeliveries(dev.regserver.v1.ListWebhookDeliveriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListWebhookDeliveriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Queues a FAILED (or SUCCEEDED) delivery again, at the front of its
     * webhook's queue, with a fresh retry budget. FAILED_PRECONDITION
     * (WEBHOOK_DELIVERY_PENDING) if it is still pending.
     * </pre>
     */
    public dev.regserver.v1.RedeliverWebhookDeliveryResponse redeliverWebhookDelivery(dev.regserver.v1.RedeliverWebhookDeliveryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRedeliverWebhookDeliveryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Webhooks.
   * <pre>
   * Signed HTTP callbacks for the registry's events (see EventService for the
   * event log they are driven from).
   * ## Delivery
   * A webhook subscribes to the events matching its filter (event types,
   * model names, a model name prefix) that are committed after it is created
   * or last enabled. For each matching event the server records one delivery
   * in the database, in the same transaction that advances the webhook's
   * position in the event log (a transactional outbox): every matching event
   * gets exactly one delivery, however many replicas run, and a server that
   * crashes or restarts loses none. One replica at a time makes each
   * delivery attempt (it holds a lease on the delivery while it does).
   * - At least once: a delivery is retried until the receiver answers 2xx or
   *   it is marked FAILED, so a receiver may see the same delivery twice
   *   (after a crash or a timeout). The `webhook-id` header is the same on
   *   every attempt of a delivery: use it to drop duplicates.
   * - In order, per webhook: deliveries are made one at a time in revision
   *   order. A delivery being retried holds back the later deliveries of the
   *   same webhook until it succeeds or is marked FAILED; other webhooks are
   *   not affected. A redelivered delivery goes to the front of its webhook's
   *   queue.
   * - Retries: a timeout, a connection error, a 5xx or a 429 answer is
   *   retried with exponential backoff and jitter (1 s doubling up to 300 s by
   *   default; a Retry-After header in seconds or as an HTTP date is
   *   honoured, up to an hour), for at most 8 attempts by default; then the
   *   delivery is FAILED (a dead letter) and the webhook's queue moves on. Any
   *   other answer (3xx included: redirects are never followed, and 4xx other
   *   than 429) fails the delivery at once. Each attempt times out after 10 s
   *   by default. ListWebhookDeliveries shows every attempt, and
   *   RedeliverWebhookDelivery queues a delivery again.
   * - Deliveries are made only while the webhook is enabled; events committed
   *   while it is disabled are skipped, and deliveries queued before it was
   *   disabled wait until it is enabled again.
   * - Delivery records are kept for the event retention period (7 days by
   *   default) after they succeed or fail.
   * - A webhook's URL must be http or https, and its host must be on the
   *   server's allow-list (`--webhook-allowed-hosts`: comma-separated host
   *   names or IP addresses, `*.example.com` for subdomains; `*`, the default,
   *   allows any host).
   * ## The request
   * `POST &lt;url&gt;` with `Content-Type: application/json`, `User-Agent:
   * regserver/&lt;version&gt;` and the Standard Webhooks headers:
   * - `webhook-id`: the delivery id (WebhookDelivery.id), e.g. "dlv_1f0c...".
   * - `webhook-timestamp`: when this attempt was signed, in Unix seconds.
   * - `webhook-signature`: `v1,` followed by the base64 (standard alphabet,
   *   padded) HMAC-SHA256, keyed with the webhook's secret (its UTF-8 bytes),
   *   of `&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;`. The header may in future
   *   carry several space-separated signatures (while a secret is rotated);
   *   accept the request if any matches. With a Standard Webhooks library,
   *   pass the secret as "whsec_" + base64(secret).
   * The body is one JSON object:
   *     {"id": "evt_42", "type": "ALIAS_SET", "revision": 42,
   *      "time": "2026-11-28T09:30:00.123456Z", "model_name": "fraud",
   *      "previous_model_name": null, "version": 7, "alias": "champion",
   *      "previous_version": 6, "principal": "anonymous",
   *      "promotion_request_id": null, "target_stage": null,
   *      "resource": {"model_name": "fraud", "version": "7", ...}}
   * `id` is "evt_" + the event's revision, the same for every webhook; `type`
   * is the EventType name without its "EVENT_TYPE_" prefix ("PING" for
   * TestWebhook); `time` is when the change was committed (RFC 3339, UTC);
   * `version`, `alias`, `previous_version`, `previous_model_name`,
   * `promotion_request_id` and `target_stage` (a Stage name such as
   * "PRODUCTION") are null where the event type has none (see Event);
   * `resource` is the RegisteredModel (MODEL_* events) or the ModelVersion
   * (VERSION_*, ALIAS_* and PROMOTION_* events: the candidate) after the
   * change, in Protobuf's JSON mapping with the
   * .proto field names, so json_format.ParseDict (or any language's
   * JSON parser for Protobuf) reads it back.
   * ## Verifying a request (Python)
   *     import base64, hashlib, hmac, time
   *     def verify(secret: str, headers: dict[str, str], body: bytes) -&gt; bool:
   *         msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
   *         if abs(time.time() - int(timestamp)) &gt; 300:
   *             return False  # stale: a replayed request
   *         signed = f"{msg_id}.{timestamp}.".encode() + body
   *         digest = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
   *         expected = "v1," + base64.b64encode(digest).decode()
   *         return any(hmac.compare_digest(expected, s) for s in headers["webhook-signature"].split())
   * Verify the raw body bytes before parsing them, and remember the
   * webhook-ids already processed to drop redeliveries.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail (see
   * errors.proto): an unknown webhook is NOT_FOUND (WEBHOOK_NOT_FOUND), a
   * stale etag ABORTED (ETAG_MISMATCH), a bad field INVALID_ARGUMENT
   * (INVALID_FIELD, metadata["field"] naming it).
   * </pre>
   */
  public static final class WebhooksFutureStub
      extends io.grpc.stub.AbstractFutureStub<WebhooksFutureStub> {
    private WebhooksFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected WebhooksFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new WebhooksFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a webhook. It receives the matching events committed from now
     * on.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateWebhookResponse> createWebhook(
        dev.regserver.v1.CreateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a webhook (without its secret).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetWebhookResponse> getWebhook(
        dev.regserver.v1.GetWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists webhooks, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListWebhooksResponse> listWebhooks(
        dev.regserver.v1.ListWebhooksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhooksMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a webhook's url, filters, secret, enabled flag or description.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UpdateWebhookResponse> updateWebhook(
        dev.regserver.v1.UpdateWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a webhook and its delivery records; its pending deliveries are
     * not made.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteWebhookResponse> deleteWebhook(
        dev.regserver.v1.DeleteWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sends a synthetic "PING" event to the webhook now, once, and returns
     * how the attempt went. The ping is signed like any delivery (its
     * webhook-id starts with "ping_"), is sent even if the webhook is
     * disabled, is not retried and is not recorded as a delivery.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.TestWebhookResponse> testWebhook(
        dev.regserver.v1.TestWebhookRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTestWebhookMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists deliveries with their attempts, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListWebhookDeliveriesResponse> listWebhookDeliveries(
        dev.regserver.v1.ListWebhookDeliveriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListWebhookDeliveriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Queues a FAILED (or SUCCEEDED) delivery again, at the front of its
     * webhook's queue, with a fresh retry budget. FAILED_PRECONDITION
     * (WEBHOOK_DELIVERY_PENDING) if it is still pending.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RedeliverWebhookDeliveryResponse> redeliverWebhookDelivery(
        dev.regserver.v1.RedeliverWebhookDeliveryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRedeliverWebhookDeliveryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_WEBHOOK = 0;
  private static final int METHODID_GET_WEBHOOK = 1;
  private static final int METHODID_LIST_WEBHOOKS = 2;
  private static final int METHODID_UPDATE_WEBHOOK = 3;
  private static final int METHODID_DELETE_WEBHOOK = 4;
  private static final int METHODID_TEST_WEBHOOK = 5;
  private static final int METHODID_LIST_WEBHOOK_DELIVERIES = 6;
  private static final int METHODID_REDELIVER_WEBHOOK_DELIVERY = 7;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_WEBHOOK:
          serviceImpl.createWebhook((dev.regserver.v1.CreateWebhookRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateWebhookResponse>) responseObserver);
          break;
        case METHODID_GET_WEBHOOK:
          serviceImpl.getWebhook((dev.regserver.v1.GetWebhookRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetWebhookResponse>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOKS:
          serviceImpl.listWebhooks((dev.regserver.v1.ListWebhooksRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhooksResponse>) responseObserver);
          break;
        case METHODID_UPDATE_WEBHOOK:
          serviceImpl.updateWebhook((dev.regserver.v1.UpdateWebhookRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateWebhookResponse>) responseObserver);
          break;
        case METHODID_DELETE_WEBHOOK:
          serviceImpl.deleteWebhook((dev.regserver.v1.DeleteWebhookRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteWebhookResponse>) responseObserver);
          break;
        case METHODID_TEST_WEBHOOK:
          serviceImpl.testWebhook((dev.regserver.v1.TestWebhookRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.TestWebhookResponse>) responseObserver);
          break;
        case METHODID_LIST_WEBHOOK_DELIVERIES:
          serviceImpl.listWebhookDeliveries((dev.regserver.v1.ListWebhookDeliveriesRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListWebhookDeliveriesResponse>) responseObserver);
          break;
        case METHODID_REDELIVER_WEBHOOK_DELIVERY:
          serviceImpl.redeliverWebhookDelivery((dev.regserver.v1.RedeliverWebhookDeliveryRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RedeliverWebhookDeliveryResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateWebhookRequest,
              dev.regserver.v1.CreateWebhookResponse>(
                service, METHODID_CREATE_WEBHOOK)))
        .addMethod(
          getGetWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetWebhookRequest,
              dev.regserver.v1.GetWebhookResponse>(
                service, METHODID_GET_WEBHOOK)))
        .addMethod(
          getListWebhooksMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListWebhooksRequest,
              dev.regserver.v1.ListWebhooksResponse>(
                service, METHODID_LIST_WEBHOOKS)))
        .addMethod(
          getUpdateWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UpdateWebhookRequest,
              dev.regserver.v1.UpdateWebhookResponse>(
                service, METHODID_UPDATE_WEBHOOK)))
        .addMethod(
          getDeleteWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteWebhookRequest,
              dev.regserver.v1.DeleteWebhookResponse>(
                service, METHODID_DELETE_WEBHOOK)))
        .addMethod(
          getTestWebhookMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.TestWebhookRequest,
              dev.regserver.v1.TestWebhookResponse>(
                service, METHODID_TEST_WEBHOOK)))
        .addMethod(
          getListWebhookDeliveriesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListWebhookDeliveriesRequest,
              dev.regserver.v1.ListWebhookDeliveriesResponse>(
                service, METHODID_LIST_WEBHOOK_DELIVERIES)))
        .addMethod(
          getRedeliverWebhookDeliveryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RedeliverWebhookDeliveryRequest,
              dev.regserver.v1.RedeliverWebhookDeliveryResponse>(
                service, METHODID_REDELIVER_WEBHOOK_DELIVERY)))
        .build();
  }

  private static abstract class WebhooksBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    WebhooksBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.WebhooksProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Webhooks");
    }
  }

  private static final class WebhooksFileDescriptorSupplier
      extends WebhooksBaseDescriptorSupplier {
    WebhooksFileDescriptorSupplier() {}
  }

  private static final class WebhooksMethodDescriptorSupplier
      extends WebhooksBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    WebhooksMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (WebhooksGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new WebhooksFileDescriptorSupplier())
              .addMethod(getCreateWebhookMethod())
              .addMethod(getGetWebhookMethod())
              .addMethod(getListWebhooksMethod())
              .addMethod(getUpdateWebhookMethod())
              .addMethod(getDeleteWebhookMethod())
              .addMethod(getTestWebhookMethod())
              .addMethod(getListWebhookDeliveriesMethod())
              .addMethod(getRedeliverWebhookDeliveryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
