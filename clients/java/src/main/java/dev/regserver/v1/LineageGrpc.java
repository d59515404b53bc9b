package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The lineage graph: which datasets and code a run consumed, which model
 * versions a run produced, and which versions were derived from which.
 * Nodes are named by resource names:
 *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
 *   runs/&lt;run id&gt;                            a run
 *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
 *   codeVersions/&lt;code version id&gt;           a code version
 * Edges point downstream, from what was consumed to what was made:
 * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
 * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
 * (PARENT, with the relation). A version is linked to a run when it was
 * created with a regserver run_id (see ModelVersion.run_id).
 * Soft-deleted versions and runs of soft-deleted experiments stay in the
 * graph (a version's delete_time says so): lineage is history.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class LineageGrpc {

  private LineageGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Lineage";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetLineageRequest,
      dev.regserver.v1.GetLineageResponse> getGetLineageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLineage",
      requestType = dev.regserver.v1.GetLineageRequest.class,
      responseType = dev.regserver.v1.GetLineageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetLineageRequest,
      dev.regserver.v1.GetLineageResponse> getGetLineageMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetLineageRequest, dev.regserver.v1.GetLineageResponse> getGetLineageMethod;
    if ((getGetLineageMethod = LineageGrpc.getGetLineageMethod) == null) {
      synchronized (LineageGrpc.class) {
        if ((getGetLineageMethod = LineageGrpc.getGetLineageMethod) == null) {
          LineageGrpc.getGetLineageMethod = getGetLineageMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetLineageRequest, dev.regserver.v1.GetLineageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLineage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetLineageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetLineageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LineageMethodDescriptorSupplier("GetLineage"))
              .build();
        }
      }
    }
    return getGetLineageMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static LineageStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LineageStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LineageStub>() {
        @java.lang.Override
        public LineageStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LineageStub(channel, callOptions);
        }
      };
    return LineageStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static LineageBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LineageBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LineageBlockingV2Stub>() {
        @java.lang.Override
        public LineageBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LineageBlockingV2Stub(channel, callOptions);
        }
      };
    return LineageBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static LineageBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LineageBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LineageBlockingStub>() {
        @java.lang.Override
        public LineageBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LineageBlockingStub(channel, callOptions);
        }
      };
    return LineageBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static LineageFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LineageFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LineageFutureStub>() {
        @java.lang.Override
        public LineageFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LineageFutureStub(channel, callOptions);
        }
      };
    return LineageFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Walks the graph from a resource: UPSTREAM follows edges backwards ("what
     * made this version"), DOWNSTREAM forwards ("what was made from this
     * dataset"), BOTH is the union of the two walks (not every relative of
     * every node). Nodes further than max_depth edges from the resource are
     * left out. An unknown resource is NOT_FOUND; a malformed one
     * INVALID_ARGUMENT (INVALID_FIELD, field "resource").
     * </pre>
     */
    default void getLineage(dev.regserver.v1.GetLineageRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetLineageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLineageMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Lineage.
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public static abstract class LineageImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return LineageGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Lineage.
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public static final class LineageStub
      extends io.grpc.stub.AbstractAsyncStub<LineageStub> {
    private LineageStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LineageStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LineageStub(channel, callOptions);
    }

    /**
     * <pre>
     * Walks the graph from a resource: UPSTREAM follows edges backwards ("what
     * made this version"), DOWNSTREAM forwards ("what was made from this
     * dataset"), BOTH is the union of the two walks (not every relative of
     * every node). Nodes further than max_depth edges from the resource are
     * left out. An unknown resource is NOT_FOUND; a malformed one
     * INVALID_ARGUMENT (INVALID_FIELD, field "resource").
     * </pre>
     */
    public void getLineage(dev.regserver.v1.GetLineageRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetLineageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLineageMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Lineage.
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public static final class LineageBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<LineageBlockingV2Stub> {
    private LineageBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LineageBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LineageBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Walks the graph from a resource: UPSTREAM follows edges backwards ("what
     * made this version"), DOWNSTREAM forwards ("what was made from this
     * dataset"), BOTH is the union of the two walks (not every relative of
     * every node). Nodes further than max_depth edges from the resource are
     * left out. An unknown resource is NOT_FOUND; a malformed one
     * INVALID_ARGUMENT (INVALID_FIELD, field "resource").
     * </pre>
     */
    public dev.regserver.v1.GetLineageResponse getLineage(dev.regserver.v1.GetLineageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLineageMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Lineage.
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public static final class LineageBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<LineageBlockingStub> {
    private LineageBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LineageBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LineageBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Walks the graph from a resource: UPSTREAM follows edges backwards ("what
     * made this version"), DOWNSTREAM forwards ("what was made from this
     * dataset"), BOTH is the union of the two walks (not every relative of
     * every node). Nodes further than max_depth edges from the resource are
     * left out. An unknown resource is NOT_FOUND; a malformed one
     * INVALID_ARGUMENT (INVALID_FIELD, field "resource").
     * </pre>
     */
    public dev.regserver.v1.GetLineageResponse getLineage(dev.regserver.v1.GetLineageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLineageMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Lineage.
   * <pre>
   * The lineage graph: which datasets and code a run consumed, which model
   * versions a run produced, and which versions were derived from which.
   * Nodes are named by resource names:
   *   models/&lt;model name&gt;/versions/&lt;version&gt;   a model version
   *   runs/&lt;run id&gt;                            a run
   *   datasets/&lt;digest&gt;                        a dataset (its SHA-256)
   *   codeVersions/&lt;code version id&gt;           a code version
   * Edges point downstream, from what was consumed to what was made:
   * dataset -&gt; run (DATASET_INPUT, with the role), code version -&gt; run
   * (CODE), run -&gt; model version (PRODUCED), parent version -&gt; child version
   * (PARENT, with the relation). A version is linked to a run when it was
   * created with a regserver run_id (see ModelVersion.run_id).
   * Soft-deleted versions and runs of soft-deleted experiments stay in the
   * graph (a version's delete_time says so): lineage is history.
   * </pre>
   */
  public static final class LineageFutureStub
      extends io.grpc.stub.AbstractFutureStub<LineageFutureStub> {
    private LineageFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LineageFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LineageFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Walks the graph from a resource: UPSTREAM follows edges backwards ("what
     * made this version"), DOWNSTREAM forwards ("what was made from this
     * dataset"), BOTH is the union of the two walks (not every relative of
     * every node). Nodes further than max_depth edges from the resource are
     * left out. An unknown resource is NOT_FOUND; a malformed one
     * INVALID_ARGUMENT (INVALID_FIELD, field "resource").
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetLineageResponse> getLineage(
        dev.regserver.v1.GetLineageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLineageMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_LINEAGE = 0;

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
        case METHODID_GET_LINEAGE:
          serviceImpl.getLineage((dev.regserver.v1.GetLineageRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetLineageResponse>) responseObserver);
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
          getGetLineageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetLineageRequest,
              dev.regserver.v1.GetLineageResponse>(
                service, METHODID_GET_LINEAGE)))
        .build();
  }

  private static abstract class LineageBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    LineageBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.LineageProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Lineage");
    }
  }

  private static final class LineageFileDescriptorSupplier
      extends LineageBaseDescriptorSupplier {
    LineageFileDescriptorSupplier() {}
  }

  private static final class LineageMethodDescriptorSupplier
      extends LineageBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    LineageMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (LineageGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new LineageFileDescriptorSupplier())
              .addMethod(getGetLineageMethod())
              .build();
        }
      }
    }
    return result;
  }
}
