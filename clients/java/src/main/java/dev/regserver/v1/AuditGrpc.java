package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The audit trail: who changed what, and who was refused.
 * ## What is recorded
 * One record per call of every RPC that changes something (every RPC but
 * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
 * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
 * PERMISSION_DENIED. A record holds the principal, the full method, the
 * resource the request names, the request id (the x-request-id the server
 * returns in trailing metadata), the time, the gRPC status code, the
 * request, and for a successful call the response's resource ("after").
 * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
 * stored, so token and webhook secrets never reach the trail.
 * ## When it is written
 * The mutations of services ModelRegistry, Governance and AccessControl
 * write their record in the transaction of the change itself, with the
 * state before the change in before_json: the change and its record commit
 * together or not at all, so a change that cannot be recorded does not
 * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
 * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
 * high-volume ones) the server queues the record when the call has its
 * status, answers, and writes queued records in batches, each batch in one
 * transaction of its own: auditing adds no write to those calls' latency.
 * So a crash (not a graceful stop, which writes the queue out) can leave
 * such committed changes without their records, and such a change is
 * visible a moment before its record; ListAuditRecords first waits for the
 * records the replica it is sent to has queued. If writing them fails the
 * calls' answers are unchanged (the changes are already committed); the
 * server logs the failure at ERROR with the request ids.
 * ## The hash chain
 * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
 * the lowercase hex SHA-256 of the UTF-8 JSON array
 * [sequence, time_us, principal, method, resource, model_name, request_id,
 *  code, request_json, before_json, after_json, previous_hash]
 * encoded with no whitespace (separators "," and ":"), non-ASCII characters
 * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
 * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
 * are the stored JSON text ("" when absent) and previous_hash is the hash
 * of record sequence - 1 ("" for record 1). Appends lock one chain-head
 * row, so every replica extends the same chain. Altering or deleting a
 * record breaks the chain at that record; `regserver audit verify` finds
 * it.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AuditGrpc {

  private AuditGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Audit";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListAuditRecordsRequest,
      dev.regserver.v1.ListAuditRecordsResponse> getListAuditRecordsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAuditRecords",
      requestType = dev.regserver.v1.ListAuditRecordsRequest.class,
      responseType = dev.regserver.v1.ListAuditRecordsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListAuditRecordsRequest,
      dev.regserver.v1.ListAuditRecordsResponse> getListAuditRecordsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListAuditRecordsRequest, dev.regserver.v1.ListAuditRecordsResponse> getListAuditRecordsMethod;
    if ((getListAuditRecordsMethod = AuditGrpc.getListAuditRecordsMethod) == null) {
      synchronized (AuditGrpc.class) {
        if ((getListAuditRecordsMethod = AuditGrpc.getListAuditRecordsMethod) == null) {
          AuditGrpc.getListAuditRecordsMethod = getListAuditRecordsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListAuditRecordsRequest, dev.regserver.v1.ListAuditRecordsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAuditRecords"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListAuditRecordsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListAuditRecordsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuditMethodDescriptorSupplier("ListAuditRecords"))
              .build();
        }
      }
    }
    return getListAuditRecordsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuditStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditStub>() {
        @java.lang.Override
        public AuditStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditStub(channel, callOptions);
        }
      };
    return AuditStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AuditBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditBlockingV2Stub>() {
        @java.lang.Override
        public AuditBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditBlockingV2Stub(channel, callOptions);
        }
      };
    return AuditBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuditBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditBlockingStub>() {
        @java.lang.Override
        public AuditBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditBlockingStub(channel, callOptions);
        }
      };
    return AuditBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuditFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuditFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuditFutureStub>() {
        @java.lang.Override
        public AuditFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuditFutureStub(channel, callOptions);
        }
      };
    return AuditFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists audit records, oldest first; global admins only.
     * </pre>
     */
    default void listAuditRecords(dev.regserver.v1.ListAuditRecordsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListAuditRecordsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAuditRecordsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Audit.
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public static abstract class AuditImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AuditGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Audit.
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public static final class AuditStub
      extends io.grpc.stub.AbstractAsyncStub<AuditStub> {
    private AuditStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists audit records, oldest first; global admins only.
     * </pre>
     */
    public void listAuditRecords(dev.regserver.v1.ListAuditRecordsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListAuditRecordsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAuditRecordsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Audit.
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public static final class AuditBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AuditBlockingV2Stub> {
    private AuditBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists audit records, oldest first; global admins only.
     * </pre>
     */
    public dev.regserver.v1.ListAuditRecordsResponse listAuditRecords(dev.regserver.v1.ListAuditRecordsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAuditRecordsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Audit.
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public static final class AuditBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AuditBlockingStub> {
    private AuditBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists audit records, oldest first; global admins only.
     * </pre>
     */
    public dev.regserver.v1.ListAuditRecordsResponse listAuditRecords(dev.regserver.v1.ListAuditRecordsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAuditRecordsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Audit.
   * <pre>
   * The audit trail: who changed what, and who was refused.
   * ## What is recorded
   * One record per call of every RPC that changes something (every RPC but
   * the Get*, List*, Compare*, Find*, Query*, Read* and Watch ones), whatever
   * its outcome, and one per call of any RPC refused as UNAUTHENTICATED or
   * PERMISSION_DENIED. A record holds the principal, the full method, the
   * resource the request names, the request id (the x-request-id the server
   * returns in trailing metadata), the time, the gRPC status code, the
   * request, and for a successful call the response's resource ("after").
   * Fields named `secret` are replaced by "&lt;redacted&gt;" before anything is
   * stored, so token and webhook secrets never reach the trail.
   * ## When it is written
   * The mutations of services ModelRegistry, Governance and AccessControl
   * write their record in the transaction of the change itself, with the
   * state before the change in before_json: the change and its record commit
   * together or not at all, so a change that cannot be recorded does not
   * happen (UNAVAILABLE). A call of theirs that fails is recorded as below.
   * For every other RPC (Tracking, Evaluation, ArtifactStore, Webhooks: the
   * high-volume ones) the server queues the record when the call has its
   * status, answers, and writes queued records in batches, each batch in one
   * transaction of its own: auditing adds no write to those calls' latency.
   * So a crash (not a graceful stop, which writes the queue out) can leave
   * such committed changes without their records, and such a change is
   * visible a moment before its record; ListAuditRecords first waits for the
   * records the replica it is sent to has queued. If writing them fails the
   * calls' answers are unchanged (the changes are already committed); the
   * server logs the failure at ERROR with the request ids.
   * ## The hash chain
   * Records are numbered 1, 2, 3, ... (`sequence`) and each stores `hash`:
   * the lowercase hex SHA-256 of the UTF-8 JSON array
   * [sequence, time_us, principal, method, resource, model_name, request_id,
   *  code, request_json, before_json, after_json, previous_hash]
   * encoded with no whitespace (separators "," and ":"), non-ASCII characters
   * escaped as JSON unicode escapes, where time_us is microseconds since the Unix epoch,
   * code is the status name ("OK", "PERMISSION_DENIED"), the *_json fields
   * are the stored JSON text ("" when absent) and previous_hash is the hash
   * of record sequence - 1 ("" for record 1). Appends lock one chain-head
   * row, so every replica extends the same chain. Altering or deleting a
   * record breaks the chain at that record; `regserver audit verify` finds
   * it.
   * </pre>
   */
  public static final class AuditFutureStub
      extends io.grpc.stub.AbstractFutureStub<AuditFutureStub> {
    private AuditFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuditFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuditFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists audit records, oldest first; global admins only.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListAuditRecordsResponse> listAuditRecords(
        dev.regserver.v1.ListAuditRecordsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAuditRecordsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_AUDIT_RECORDS = 0;

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
        case METHODID_LIST_AUDIT_RECORDS:
          serviceImpl.listAuditRecords((dev.regserver.v1.ListAuditRecordsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListAuditRecordsResponse>) responseObserver);
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
          getListAuditRecordsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListAuditRecordsRequest,
              dev.regserver.v1.ListAuditRecordsResponse>(
                service, METHODID_LIST_AUDIT_RECORDS)))
        .build();
  }

  private static abstract class AuditBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuditBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.AuditProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Audit");
    }
  }

  private static final class AuditFileDescriptorSupplier
      extends AuditBaseDescriptorSupplier {
    AuditFileDescriptorSupplier() {}
  }

  private static final class AuditMethodDescriptorSupplier
      extends AuditBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AuditMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AuditGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuditFileDescriptorSupplier())
              .addMethod(getListAuditRecordsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
