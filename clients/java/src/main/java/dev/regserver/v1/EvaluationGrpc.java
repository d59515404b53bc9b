package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Evaluation and monitoring records of model versions, and comparing two
 * versions side by side.
 * ## Evaluations
 * An evaluation is one measured value of a metric of a model version: the
 * metric key, the value, optionally the digest of the dataset it was
 * measured on and a slice of it (e.g. "country=DE"), whether it came from an
 * offline evaluation or from production monitoring, who recorded it and
 * when. A version holds any number of evaluations per key; they are never
 * changed or removed (a soft-deleted version keeps them).
 * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
 *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
 *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
 *   the dataset need not have been logged by a run. A slice is at most 256
 *   characters without control characters; "" means the whole dataset.
 * - NaN and infinite values are refused like tracking metrics:
 *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
 *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
 * - LogEvaluations is one transaction: every evaluation of the call is
 *   stored, or none is. A call carries at most 1000 evaluations; more is
 *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
 *   unknown or soft-deleted model or version is NOT_FOUND
 *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
 * - Recording evaluations does not change the version (its etag and
 *   update_time stay) and is not written to the event log.
 * ## The version's value of a metric
 * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
 * compares the version's current value of the metric: the latest
 * evaluation of that key recorded without a slice (any dataset, any
 * source), latest meaning the highest Evaluation.time, then the one
 * recorded last; when the version has no such evaluation, the value given
 * in ModelVersion.metrics at registration. A version with neither does not
 * match (and `NOT metrics.auc &gt; 0.9` matches it).
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EvaluationGrpc {

  private EvaluationGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Evaluation";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.LogEvaluationsRequest,
      dev.regserver.v1.LogEvaluationsResponse> getLogEvaluationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LogEvaluations",
      requestType = dev.regserver.v1.LogEvaluationsRequest.class,
      responseType = dev.regserver.v1.LogEvaluationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.LogEvaluationsRequest,
      dev.regserver.v1.LogEvaluationsResponse> getLogEvaluationsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.LogEvaluationsRequest, dev.regserver.v1.LogEvaluationsResponse> getLogEvaluationsMethod;
    if ((getLogEvaluationsMethod = EvaluationGrpc.getLogEvaluationsMethod) == null) {
      synchronized (EvaluationGrpc.class) {
        if ((getLogEvaluationsMethod = EvaluationGrpc.getLogEvaluationsMethod) == null) {
          EvaluationGrpc.getLogEvaluationsMethod = getLogEvaluationsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.LogEvaluationsRequest, dev.regserver.v1.LogEvaluationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LogEvaluations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogEvaluationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogEvaluationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationMethodDescriptorSupplier("LogEvaluations"))
              .build();
        }
      }
    }
    return getLogEvaluationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListEvaluationsRequest,
      dev.regserver.v1.ListEvaluationsResponse> getListEvaluationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEvaluations",
      requestType = dev.regserver.v1.ListEvaluationsRequest.class,
      responseType = dev.regserver.v1.ListEvaluationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListEvaluationsRequest,
      dev.regserver.v1.ListEvaluationsResponse> getListEvaluationsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListEvaluationsRequest, dev.regserver.v1.ListEvaluationsResponse> getListEvaluationsMethod;
    if ((getListEvaluationsMethod = EvaluationGrpc.getListEvaluationsMethod) == null) {
      synchronized (EvaluationGrpc.class) {
        if ((getListEvaluationsMethod = EvaluationGrpc.getListEvaluationsMethod) == null) {
          EvaluationGrpc.getListEvaluationsMethod = getListEvaluationsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListEvaluationsRequest, dev.regserver.v1.ListEvaluationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEvaluations"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListEvaluationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListEvaluationsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationMethodDescriptorSupplier("ListEvaluations"))
              .build();
        }
      }
    }
    return getListEvaluationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CompareModelVersionsRequest,
      dev.regserver.v1.CompareModelVersionsResponse> getCompareModelVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompareModelVersions",
      requestType = dev.regserver.v1.CompareModelVersionsRequest.class,
      responseType = dev.regserver.v1.CompareModelVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CompareModelVersionsRequest,
      dev.regserver.v1.CompareModelVersionsResponse> getCompareModelVersionsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CompareModelVersionsRequest, dev.regserver.v1.CompareModelVersionsResponse> getCompareModelVersionsMethod;
    if ((getCompareModelVersionsMethod = EvaluationGrpc.getCompareModelVersionsMethod) == null) {
      synchronized (EvaluationGrpc.class) {
        if ((getCompareModelVersionsMethod = EvaluationGrpc.getCompareModelVersionsMethod) == null) {
          EvaluationGrpc.getCompareModelVersionsMethod = getCompareModelVersionsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CompareModelVersionsRequest, dev.regserver.v1.CompareModelVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompareModelVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CompareModelVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CompareModelVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EvaluationMethodDescriptorSupplier("CompareModelVersions"))
              .build();
        }
      }
    }
    return getCompareModelVersionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EvaluationStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationStub>() {
        @java.lang.Override
        public EvaluationStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationStub(channel, callOptions);
        }
      };
    return EvaluationStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EvaluationBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationBlockingV2Stub>() {
        @java.lang.Override
        public EvaluationBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationBlockingV2Stub(channel, callOptions);
        }
      };
    return EvaluationBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EvaluationBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationBlockingStub>() {
        @java.lang.Override
        public EvaluationBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationBlockingStub(channel, callOptions);
        }
      };
    return EvaluationBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EvaluationFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EvaluationFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EvaluationFutureStub>() {
        @java.lang.Override
        public EvaluationFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EvaluationFutureStub(channel, callOptions);
        }
      };
    return EvaluationFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Records evaluations of one model version, in one transaction.
     * </pre>
     */
    default void logEvaluations(dev.regserver.v1.LogEvaluationsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogEvaluationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogEvaluationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pages through the evaluations of one model version, newest first
     * (highest time, then recorded last first), optionally only those of one
     * key, dataset, slice or source.
     * </pre>
     */
    default void listEvaluations(dev.regserver.v1.ListEvaluationsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListEvaluationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEvaluationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Compares two versions of a model side by side: the params and latest
     * metrics of the runs that produced them, the metrics given at
     * registration, and their latest evaluations. Versions are named by
     * number or by alias, so `a = {alias: "champion"}`, `b = {alias:
     * "challenger"}` compares a challenger with the current champion.
     * </pre>
     */
    default void compareModelVersions(dev.regserver.v1.CompareModelVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CompareModelVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompareModelVersionsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Evaluation.
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public static abstract class EvaluationImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EvaluationGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Evaluation.
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public static final class EvaluationStub
      extends io.grpc.stub.AbstractAsyncStub<EvaluationStub> {
    private EvaluationStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records evaluations of one model version, in one transaction.
     * </pre>
     */
    public void logEvaluations(dev.regserver.v1.LogEvaluationsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogEvaluationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogEvaluationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pages through the evaluations of one model version, newest first
     * (highest time, then recorded last first), optionally only those of one
     * key, dataset, slice or source.
     * </pre>
     */
    public void listEvaluations(dev.regserver.v1.ListEvaluationsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListEvaluationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEvaluationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Compares two versions of a model side by side: the params and latest
     * metrics of the runs that produced them, the metrics given at
     * registration, and their latest evaluations. Versions are named by
     * number or by alias, so `a = {alias: "champion"}`, `b = {alias:
     * "challenger"}` compares a challenger with the current champion.
     * </pre>
     */
    public void compareModelVersions(dev.regserver.v1.CompareModelVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CompareModelVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompareModelVersionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Evaluation.
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public static final class EvaluationBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EvaluationBlockingV2Stub> {
    private EvaluationBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Records evaluations of one model version, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.LogEvaluationsResponse logEvaluations(dev.regserver.v1.LogEvaluationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLogEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pages through the evaluations of one model version, newest first
     * (highest time, then recorded last first), optionally only those of one
     * key, dataset, slice or source.
     * </pre>
     */
    public dev.regserver.v1.ListEvaluationsResponse listEvaluations(dev.regserver.v1.ListEvaluationsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Compares two versions of a model side by side: the params and latest
     * metrics of the runs that produced them, the metrics given at
     * registration, and their latest evaluations. Versions are named by
     * number or by alias, so `a = {alias: "champion"}`, `b = {alias:
     * "challenger"}` compares a challenger with the current champion.
     * </pre>
     */
    public dev.regserver.v1.CompareModelVersionsResponse compareModelVersions(dev.regserver.v1.CompareModelVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCompareModelVersionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Evaluation.
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public static final class EvaluationBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EvaluationBlockingStub> {
    private EvaluationBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records evaluations of one model version, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.LogEvaluationsResponse logEvaluations(dev.regserver.v1.LogEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pages through the evaluations of one model version, newest first
     * (highest time, then recorded last first), optionally only those of one
     * key, dataset, slice or source.
     * </pre>
     */
    public dev.regserver.v1.ListEvaluationsResponse listEvaluations(dev.regserver.v1.ListEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEvaluationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Compares two versions of a model side by side: the params and latest
     * metrics of the runs that produced them, the metrics given at
     * registration, and their latest evaluations. Versions are named by
     * number or by alias, so `a = {alias: "champion"}`, `b = {alias:
     * "challenger"}` compares a challenger with the current champion.
     * </pre>
     */
    public dev.regserver.v1.CompareModelVersionsResponse compareModelVersions(dev.regserver.v1.CompareModelVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompareModelVersionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Evaluation.
   * <pre>
   * Evaluation and monitoring records of model versions, and comparing two
   * versions side by side.
   * ## Evaluations
   * An evaluation is one measured value of a metric of a model version: the
   * metric key, the value, optionally the digest of the dataset it was
   * measured on and a slice of it (e.g. "country=DE"), whether it came from an
   * offline evaluation or from production monitoring, who recorded it and
   * when. A version holds any number of evaluations per key; they are never
   * changed or removed (a soft-deleted version keeps them).
   * - Keys follow the tracking metric rules: 1 to 250 letters, digits and
   *   '_', '-', '.', '/', ':'. A dataset digest, when given, is the SHA-256 of
   *   the dataset's content (64 lowercase hex characters, as Dataset.digest);
   *   the dataset need not have been logged by a run. A slice is at most 256
   *   characters without control characters; "" means the whole dataset.
   * - NaN and infinite values are refused like tracking metrics:
   *   INVALID_ARGUMENT (INVALID_FIELD, metadata["field"] =
   *   "evaluations[&lt;i&gt;].value") and nothing of the call is stored.
   * - LogEvaluations is one transaction: every evaluation of the call is
   *   stored, or none is. A call carries at most 1000 evaluations; more is
   *   INVALID_ARGUMENT (INVALID_FIELD) whose message names the limit. An
   *   unknown or soft-deleted model or version is NOT_FOUND
   *   (MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND).
   * - Recording evaluations does not change the version (its etag and
   *   update_time stay) and is not written to the event log.
   * ## The version's value of a metric
   * `metrics.&lt;key&gt;` in ListModelVersions' filter (e.g. `metrics.auc &gt; 0.9`)
   * compares the version's current value of the metric: the latest
   * evaluation of that key recorded without a slice (any dataset, any
   * source), latest meaning the highest Evaluation.time, then the one
   * recorded last; when the version has no such evaluation, the value given
   * in ModelVersion.metrics at registration. A version with neither does not
   * match (and `NOT metrics.auc &gt; 0.9` matches it).
   * </pre>
   */
  public static final class EvaluationFutureStub
      extends io.grpc.stub.AbstractFutureStub<EvaluationFutureStub> {
    private EvaluationFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EvaluationFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EvaluationFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records evaluations of one model version, in one transaction.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.LogEvaluationsResponse> logEvaluations(
        dev.regserver.v1.LogEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogEvaluationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pages through the evaluations of one model version, newest first
     * (highest time, then recorded last first), optionally only those of one
     * key, dataset, slice or source.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListEvaluationsResponse> listEvaluations(
        dev.regserver.v1.ListEvaluationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEvaluationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Compares two versions of a model side by side: the params and latest
     * metrics of the runs that produced them, the metrics given at
     * registration, and their latest evaluations. Versions are named by
     * number or by alias, so `a = {alias: "champion"}`, `b = {alias:
     * "challenger"}` compares a challenger with the current champion.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CompareModelVersionsResponse> compareModelVersions(
        dev.regserver.v1.CompareModelVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompareModelVersionsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LOG_EVALUATIONS = 0;
  private static final int METHODID_LIST_EVALUATIONS = 1;
  private static final int METHODID_COMPARE_MODEL_VERSIONS = 2;

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
        case METHODID_LOG_EVALUATIONS:
          serviceImpl.logEvaluations((dev.regserver.v1.LogEvaluationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.LogEvaluationsResponse>) responseObserver);
          break;
        case METHODID_LIST_EVALUATIONS:
          serviceImpl.listEvaluations((dev.regserver.v1.ListEvaluationsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListEvaluationsResponse>) responseObserver);
          break;
        case METHODID_COMPARE_MODEL_VERSIONS:
          serviceImpl.compareModelVersions((dev.regserver.v1.CompareModelVersionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CompareModelVersionsResponse>) responseObserver);
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
          getLogEvaluationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.LogEvaluationsRequest,
              dev.regserver.v1.LogEvaluationsResponse>(
                service, METHODID_LOG_EVALUATIONS)))
        .addMethod(
          getListEvaluationsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListEvaluationsRequest,
              dev.regserver.v1.ListEvaluationsResponse>(
                service, METHODID_LIST_EVALUATIONS)))
        .addMethod(
          getCompareModelVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CompareModelVersionsRequest,
              dev.regserver.v1.CompareModelVersionsResponse>(
                service, METHODID_COMPARE_MODEL_VERSIONS)))
        .build();
  }

  private static abstract class EvaluationBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EvaluationBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.EvaluationProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Evaluation");
    }
  }

  private static final class EvaluationFileDescriptorSupplier
      extends EvaluationBaseDescriptorSupplier {
    EvaluationFileDescriptorSupplier() {}
  }

  private static final class EvaluationMethodDescriptorSupplier
      extends EvaluationBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EvaluationMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (EvaluationGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EvaluationFileDescriptorSupplier())
              .addMethod(getLogEvaluationsMethod())
              .addMethod(getListEvaluationsMethod())
              .addMethod(getCompareModelVersionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
