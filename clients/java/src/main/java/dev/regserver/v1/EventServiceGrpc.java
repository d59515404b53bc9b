package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The registry's change log, modelled on etcd's Watch.
 * Every mutation appends its events in the same database transaction as the
 * change itself, so a change that rolls back leaves no event and a
 * committed change always has one. Each event has a global revision: one
 * more than the event before it, across all models (revisions are
 * allocated in commit order).
 * Guarantees of Watch, for the events that match its filter:
 * - Ordered: events arrive in increasing revision order.
 * - Unique: no event arrives twice on one stream.
 * - Gap-free: no matching event is skipped, across any number of
 *   reconnects that resume with start_revision = last revision seen + 1.
 * - Durable: an event is sent only after its change committed.
 * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
 *   READY status for a version without files) only when all its files are
 *   stored.
 * Events older than the retention period (default 7 days, at most 1,000,000
 * events) are compacted away; resuming from before the oldest kept revision
 * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
 * whose metadata["oldest_revision"] is the oldest revision still available.
 * A stream whose client does not read for `slow_consumer_timeout` (default
 * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
 * watchers, and can resume from its last revision. On shutdown a server
 * ends every stream with UNAVAILABLE so clients resume on another replica.
 * With several replicas on one PostgreSQL, a Watch on any replica sees
 * changes committed through every replica.
 * With authentication on, a stream checks its caller again at most every
 * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
 * event or a progress message): a revoked or expired token ends it with
 * UNAUTHENTICATED, and losing the role to read a watched model ends it
 * with PERMISSION_DENIED.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EventServiceGrpc {

  private EventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.EventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.WatchRequest,
      dev.regserver.v1.WatchResponse> getWatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Watch",
      requestType = dev.regserver.v1.WatchRequest.class,
      responseType = dev.regserver.v1.WatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.WatchRequest,
      dev.regserver.v1.WatchResponse> getWatchMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.WatchRequest, dev.regserver.v1.WatchResponse> getWatchMethod;
    if ((getWatchMethod = EventServiceGrpc.getWatchMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getWatchMethod = EventServiceGrpc.getWatchMethod) == null) {
          EventServiceGrpc.getWatchMethod = getWatchMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.WatchRequest, dev.regserver.v1.WatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Watch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("Watch"))
              .build();
        }
      }
    }
    return getWatchMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceStub>() {
        @java.lang.Override
        public EventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceStub(channel, callOptions);
        }
      };
    return EventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub>() {
        @java.lang.Override
        public EventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub>() {
        @java.lang.Override
        public EventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingStub(channel, callOptions);
        }
      };
    return EventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub>() {
        @java.lang.Override
        public EventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceFutureStub(channel, callOptions);
        }
      };
    return EventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Streams events as they are committed, optionally after a snapshot. The
     * first message after the snapshot (if any) is a progress message with the
     * revision the stream starts after, so a client can always resume.
     * </pre>
     */
    default void watch(dev.regserver.v1.WatchRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.WatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EventService.
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public static abstract class EventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EventService.
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EventServiceStub> {
    private EventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams events as they are committed, optionally after a snapshot. The
     * first message after the snapshot (if any) is a progress message with the
     * revision the stream starts after, so a client can always resume.
     * </pre>
     */
    public void watch(dev.regserver.v1.WatchRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.WatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EventService.
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingV2Stub> {
    private EventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams events as they are committed, optionally after a snapshot. The
     * first message after the snapshot (if any) is a progress message with the
     * revision the stream starts after, so a client can always resume.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.regserver.v1.WatchResponse>
        watch(dev.regserver.v1.WatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EventService.
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingStub> {
    private EventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Streams events as they are committed, optionally after a snapshot. The
     * first message after the snapshot (if any) is a progress message with the
     * revision the stream starts after, so a client can always resume.
     * </pre>
     */
    public java.util.Iterator<dev.regserver.v1.WatchResponse> watch(
        dev.regserver.v1.WatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EventService.
   * <pre>
   * The registry's change log, modelled on etcd's Watch.
   * Every mutation appends its events in the same database transaction as the
   * change itself, so a change that rolls back leaves no event and a
   * committed change always has one. Each event has a global revision: one
   * more than the event before it, across all models (revisions are
   * allocated in commit order).
   * Guarantees of Watch, for the events that match its filter:
   * - Ordered: events arrive in increasing revision order.
   * - Unique: no event arrives twice on one stream.
   * - Gap-free: no matching event is skipped, across any number of
   *   reconnects that resume with start_revision = last revision seen + 1.
   * - Durable: an event is sent only after its change committed.
   * - A version is announced READY (VERSION_READY, or VERSION_CREATED with a
   *   READY status for a version without files) only when all its files are
   *   stored.
   * Events older than the retention period (default 7 days, at most 1,000,000
   * events) are compacted away; resuming from before the oldest kept revision
   * fails with OUT_OF_RANGE and an ErrorInfo (reason REVISION_COMPACTED)
   * whose metadata["oldest_revision"] is the oldest revision still available.
   * A stream whose client does not read for `slow_consumer_timeout` (default
   * 30 s) is ended with RESOURCE_EXHAUSTED; it never slows writers or other
   * watchers, and can resume from its last revision. On shutdown a server
   * ends every stream with UNAVAILABLE so clients resume on another replica.
   * With several replicas on one PostgreSQL, a Watch on any replica sees
   * changes committed through every replica.
   * With authentication on, a stream checks its caller again at most every
   * `--auth-cache-seconds` (default 2 s), when it next sends a message (an
   * event or a progress message): a revoked or expired token ends it with
   * UNAUTHENTICATED, and losing the role to read a watched model ends it
   * with PERMISSION_DENIED.
   * </pre>
   */
  public static final class EventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EventServiceFutureStub> {
    private EventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceFutureStub(channel, callOptions);
    }
  }

  private static final int METHODID_WATCH = 0;

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
        case METHODID_WATCH:
          serviceImpl.watch((dev.regserver.v1.WatchRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.WatchResponse>) responseObserver);
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
          getWatchMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.regserver.v1.WatchRequest,
              dev.regserver.v1.WatchResponse>(
                service, METHODID_WATCH)))
        .build();
  }

  private static abstract class EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.EventsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EventService");
    }
  }

  private static final class EventServiceFileDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier {
    EventServiceFileDescriptorSupplier() {}
  }

  private static final class EventServiceMethodDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EventServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (EventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EventServiceFileDescriptorSupplier())
              .addMethod(getWatchMethod())
              .build();
        }
      }
    }
    return result;
  }
}
