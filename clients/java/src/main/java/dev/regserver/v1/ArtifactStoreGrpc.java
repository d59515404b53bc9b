package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Content-addressed storage for model files, modelled on ByteStream and on
 * content-addressable storage APIs. A blob is named by its Digest; the same
 * bytes are stored once however many versions use them.
 * Upload flow: create the model version with its manifest (it starts
 * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
 * ModelRegistry.FinalizeModelVersion.
 * A client need not know a blob's digest before it sends the first byte: it
 * may hash while it sends and name the digest at the end (WriteBlob's
 * final_digest, or CommitUpload), then create the version once every file's
 * digest is known. The server checks the digest against the bytes it holds
 * before the blob becomes visible.
 * A large blob may travel in parts over several concurrent streams: each
 * stream writes one byte range (WriteBlob with part set), and CommitUpload
 * joins the parts, which must tile the blob exactly, and verifies the whole.
 * Besides these streams, the server may offer other ways to move the bytes,
 * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
 * PUT of an upload's bytes, same tokens and permissions), and, on Google
 * Cloud Storage, signed URLs straight to the bucket. The streams here work
 * with every server and every generated client.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ArtifactStoreGrpc {

  private ArtifactStoreGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.ArtifactStore";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.FindMissingBlobsRequest,
      dev.regserver.v1.FindMissingBlobsResponse> getFindMissingBlobsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindMissingBlobs",
      requestType = dev.regserver.v1.FindMissingBlobsRequest.class,
      responseType = dev.regserver.v1.FindMissingBlobsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.FindMissingBlobsRequest,
      dev.regserver.v1.FindMissingBlobsResponse> getFindMissingBlobsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.FindMissingBlobsRequest, dev.regserver.v1.FindMissingBlobsResponse> getFindMissingBlobsMethod;
    if ((getFindMissingBlobsMethod = ArtifactStoreGrpc.getFindMissingBlobsMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getFindMissingBlobsMethod = ArtifactStoreGrpc.getFindMissingBlobsMethod) == null) {
          ArtifactStoreGrpc.getFindMissingBlobsMethod = getFindMissingBlobsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.FindMissingBlobsRequest, dev.regserver.v1.FindMissingBlobsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindMissingBlobs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.FindMissingBlobsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.FindMissingBlobsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("FindMissingBlobs"))
              .build();
        }
      }
    }
    return getFindMissingBlobsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.WriteBlobRequest,
      dev.regserver.v1.WriteBlobResponse> getWriteBlobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WriteBlob",
      requestType = dev.regserver.v1.WriteBlobRequest.class,
      responseType = dev.regserver.v1.WriteBlobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.WriteBlobRequest,
      dev.regserver.v1.WriteBlobResponse> getWriteBlobMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.WriteBlobRequest, dev.regserver.v1.WriteBlobResponse> getWriteBlobMethod;
    if ((getWriteBlobMethod = ArtifactStoreGrpc.getWriteBlobMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getWriteBlobMethod = ArtifactStoreGrpc.getWriteBlobMethod) == null) {
          ArtifactStoreGrpc.getWriteBlobMethod = getWriteBlobMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.WriteBlobRequest, dev.regserver.v1.WriteBlobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WriteBlob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WriteBlobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WriteBlobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("WriteBlob"))
              .build();
        }
      }
    }
    return getWriteBlobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.QueryWriteStatusRequest,
      dev.regserver.v1.QueryWriteStatusResponse> getQueryWriteStatusMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueryWriteStatus",
      requestType = dev.regserver.v1.QueryWriteStatusRequest.class,
      responseType = dev.regserver.v1.QueryWriteStatusResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.QueryWriteStatusRequest,
      dev.regserver.v1.QueryWriteStatusResponse> getQueryWriteStatusMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.QueryWriteStatusRequest, dev.regserver.v1.QueryWriteStatusResponse> getQueryWriteStatusMethod;
    if ((getQueryWriteStatusMethod = ArtifactStoreGrpc.getQueryWriteStatusMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getQueryWriteStatusMethod = ArtifactStoreGrpc.getQueryWriteStatusMethod) == null) {
          ArtifactStoreGrpc.getQueryWriteStatusMethod = getQueryWriteStatusMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.QueryWriteStatusRequest, dev.regserver.v1.QueryWriteStatusResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueryWriteStatus"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.QueryWriteStatusRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.QueryWriteStatusResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("QueryWriteStatus"))
              .build();
        }
      }
    }
    return getQueryWriteStatusMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CommitUploadRequest,
      dev.regserver.v1.CommitUploadResponse> getCommitUploadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CommitUpload",
      requestType = dev.regserver.v1.CommitUploadRequest.class,
      responseType = dev.regserver.v1.CommitUploadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CommitUploadRequest,
      dev.regserver.v1.CommitUploadResponse> getCommitUploadMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CommitUploadRequest, dev.regserver.v1.CommitUploadResponse> getCommitUploadMethod;
    if ((getCommitUploadMethod = ArtifactStoreGrpc.getCommitUploadMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getCommitUploadMethod = ArtifactStoreGrpc.getCommitUploadMethod) == null) {
          ArtifactStoreGrpc.getCommitUploadMethod = getCommitUploadMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CommitUploadRequest, dev.regserver.v1.CommitUploadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CommitUpload"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CommitUploadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CommitUploadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("CommitUpload"))
              .build();
        }
      }
    }
    return getCommitUploadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetTransferOptionsRequest,
      dev.regserver.v1.GetTransferOptionsResponse> getGetTransferOptionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTransferOptions",
      requestType = dev.regserver.v1.GetTransferOptionsRequest.class,
      responseType = dev.regserver.v1.GetTransferOptionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetTransferOptionsRequest,
      dev.regserver.v1.GetTransferOptionsResponse> getGetTransferOptionsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetTransferOptionsRequest, dev.regserver.v1.GetTransferOptionsResponse> getGetTransferOptionsMethod;
    if ((getGetTransferOptionsMethod = ArtifactStoreGrpc.getGetTransferOptionsMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getGetTransferOptionsMethod = ArtifactStoreGrpc.getGetTransferOptionsMethod) == null) {
          ArtifactStoreGrpc.getGetTransferOptionsMethod = getGetTransferOptionsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetTransferOptionsRequest, dev.regserver.v1.GetTransferOptionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTransferOptions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetTransferOptionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetTransferOptionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("GetTransferOptions"))
              .build();
        }
      }
    }
    return getGetTransferOptionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.SignUploadUrlsRequest,
      dev.regserver.v1.SignUploadUrlsResponse> getSignUploadUrlsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignUploadUrls",
      requestType = dev.regserver.v1.SignUploadUrlsRequest.class,
      responseType = dev.regserver.v1.SignUploadUrlsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.SignUploadUrlsRequest,
      dev.regserver.v1.SignUploadUrlsResponse> getSignUploadUrlsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.SignUploadUrlsRequest, dev.regserver.v1.SignUploadUrlsResponse> getSignUploadUrlsMethod;
    if ((getSignUploadUrlsMethod = ArtifactStoreGrpc.getSignUploadUrlsMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getSignUploadUrlsMethod = ArtifactStoreGrpc.getSignUploadUrlsMethod) == null) {
          ArtifactStoreGrpc.getSignUploadUrlsMethod = getSignUploadUrlsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.SignUploadUrlsRequest, dev.regserver.v1.SignUploadUrlsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignUploadUrls"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SignUploadUrlsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SignUploadUrlsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("SignUploadUrls"))
              .build();
        }
      }
    }
    return getSignUploadUrlsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.SignDownloadUrlRequest,
      dev.regserver.v1.SignDownloadUrlResponse> getSignDownloadUrlMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignDownloadUrl",
      requestType = dev.regserver.v1.SignDownloadUrlRequest.class,
      responseType = dev.regserver.v1.SignDownloadUrlResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.SignDownloadUrlRequest,
      dev.regserver.v1.SignDownloadUrlResponse> getSignDownloadUrlMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.SignDownloadUrlRequest, dev.regserver.v1.SignDownloadUrlResponse> getSignDownloadUrlMethod;
    if ((getSignDownloadUrlMethod = ArtifactStoreGrpc.getSignDownloadUrlMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getSignDownloadUrlMethod = ArtifactStoreGrpc.getSignDownloadUrlMethod) == null) {
          ArtifactStoreGrpc.getSignDownloadUrlMethod = getSignDownloadUrlMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.SignDownloadUrlRequest, dev.regserver.v1.SignDownloadUrlResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignDownloadUrl"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SignDownloadUrlRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SignDownloadUrlResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("SignDownloadUrl"))
              .build();
        }
      }
    }
    return getSignDownloadUrlMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ReadBlobRequest,
      dev.regserver.v1.ReadBlobResponse> getReadBlobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadBlob",
      requestType = dev.regserver.v1.ReadBlobRequest.class,
      responseType = dev.regserver.v1.ReadBlobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ReadBlobRequest,
      dev.regserver.v1.ReadBlobResponse> getReadBlobMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ReadBlobRequest, dev.regserver.v1.ReadBlobResponse> getReadBlobMethod;
    if ((getReadBlobMethod = ArtifactStoreGrpc.getReadBlobMethod) == null) {
      synchronized (ArtifactStoreGrpc.class) {
        if ((getReadBlobMethod = ArtifactStoreGrpc.getReadBlobMethod) == null) {
          ArtifactStoreGrpc.getReadBlobMethod = getReadBlobMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ReadBlobRequest, dev.regserver.v1.ReadBlobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadBlob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ReadBlobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ReadBlobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ArtifactStoreMethodDescriptorSupplier("ReadBlob"))
              .build();
        }
      }
    }
    return getReadBlobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ArtifactStoreStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreStub>() {
        @java.lang.Override
        public ArtifactStoreStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ArtifactStoreStub(channel, callOptions);
        }
      };
    return ArtifactStoreStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ArtifactStoreBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreBlockingV2Stub>() {
        @java.lang.Override
        public ArtifactStoreBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ArtifactStoreBlockingV2Stub(channel, callOptions);
        }
      };
    return ArtifactStoreBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ArtifactStoreBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreBlockingStub>() {
        @java.lang.Override
        public ArtifactStoreBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ArtifactStoreBlockingStub(channel, callOptions);
        }
      };
    return ArtifactStoreBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ArtifactStoreFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ArtifactStoreFutureStub>() {
        @java.lang.Override
        public ArtifactStoreFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ArtifactStoreFutureStub(channel, callOptions);
        }
      };
    return ArtifactStoreFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Returns the digests, of those given, that the server does not have.
     * </pre>
     */
    default void findMissingBlobs(dev.regserver.v1.FindMissingBlobsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.FindMissingBlobsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindMissingBlobsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Uploads one blob. The first message names the digest and an upload id;
     * the following ones carry consecutive chunks (each at most the server's
     * max message size, 4 MiB by default; 1 MiB chunks are a good choice).
     * The server hashes while streaming and stores the blob only when the
     * bytes match the digest: otherwise INVALID_ARGUMENT and nothing is kept.
     * If the blob already exists the server answers at once, and the client
     * may stop sending.
     * An interrupted upload is resumed with a new WriteBlob that repeats the
     * upload id and sets write_offset to QueryWriteStatus's committed_size; a
     * different offset is OUT_OF_RANGE with the expected offset in the
     * ErrorInfo metadata ("committed_size").
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.regserver.v1.WriteBlobRequest> writeBlob(
        io.grpc.stub.StreamObserver<dev.regserver.v1.WriteBlobResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getWriteBlobMethod(), responseObserver);
    }

    /**
     * <pre>
     * How many bytes of an upload the server holds durably, and in which parts.
     * </pre>
     */
    default void queryWriteStatus(dev.regserver.v1.QueryWriteStatusRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.QueryWriteStatusResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryWriteStatusMethod(), responseObserver);
    }

    /**
     * <pre>
     * Completes an upload whose bytes were sent without finish_write: in parts,
     * through the HTTP listener or to signed URLs. The parts must tile
     * [0, digest.size_bytes) with no gap and no overlap (else INVALID_ARGUMENT
     * naming the range); the server then hashes the joined bytes and stores the
     * blob only if they match the digest (else INVALID_ARGUMENT, and the upload
     * is discarded). Committing an upload already committed with the same digest
     * succeeds again.
     * </pre>
     */
    default void commitUpload(dev.regserver.v1.CommitUploadRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CommitUploadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitUploadMethod(), responseObserver);
    }

    /**
     * <pre>
     * The ways this server can move blob bytes besides the gRPC streams.
     * </pre>
     */
    default void getTransferOptions(dev.regserver.v1.GetTransferOptionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetTransferOptionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTransferOptionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Signed URLs (V4) to PUT an upload's parts straight to the storage bucket,
     * when GetTransferOptions says signed_urls. The parts are then committed
     * with CommitUpload, which verifies them: the client's word is never taken.
     * FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    default void signUploadUrls(dev.regserver.v1.SignUploadUrlsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SignUploadUrlsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignUploadUrlsMethod(), responseObserver);
    }

    /**
     * <pre>
     * A signed URL (V4) to GET a stored blob, with ranged reads, straight from
     * the bucket. The bytes are not verified on the way: check them against
     * the digest. FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    default void signDownloadUrl(dev.regserver.v1.SignDownloadUrlRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SignDownloadUrlResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignDownloadUrlMethod(), responseObserver);
    }

    /**
     * <pre>
     * Downloads a blob, or a range of it, in chunks. Reads of a whole blob
     * are verified against its digest as they stream: a mismatch ends the
     * stream with DATA_LOSS after the bytes already sent, so a client must
     * not use them. NOT_FOUND if the blob is absent; OUT_OF_RANGE if
     * read_offset is past its end.
     * </pre>
     */
    default void readBlob(dev.regserver.v1.ReadBlobRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ReadBlobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadBlobMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ArtifactStore.
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public static abstract class ArtifactStoreImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ArtifactStoreGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ArtifactStore.
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public static final class ArtifactStoreStub
      extends io.grpc.stub.AbstractAsyncStub<ArtifactStoreStub> {
    private ArtifactStoreStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ArtifactStoreStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ArtifactStoreStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the digests, of those given, that the server does not have.
     * </pre>
     */
    public void findMissingBlobs(dev.regserver.v1.FindMissingBlobsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.FindMissingBlobsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindMissingBlobsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Uploads one blob. The first message names the digest and an upload id;
     * the following ones carry consecutive chunks (each at most the server's
     * max message size, 4 MiB by default; 1 MiB chunks are a good choice).
     * The server hashes while streaming and stores the blob only when the
     * bytes match the digest: otherwise INVALID_ARGUMENT and nothing is kept.
     * If the blob already exists the server answers at once, and the client
     * may stop sending.
     * An interrupted upload is resumed with a new WriteBlob that repeats the
     * upload id and sets write_offset to QueryWriteStatus's committed_size; a
     * different offset is OUT_OF_RANGE with the expected offset in the
     * ErrorInfo metadata ("committed_size").
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.regserver.v1.WriteBlobRequest> writeBlob(
        io.grpc.stub.StreamObserver<dev.regserver.v1.WriteBlobResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getWriteBlobMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * How many bytes of an upload the server holds durably, and in which parts.
     * </pre>
     */
    public void queryWriteStatus(dev.regserver.v1.QueryWriteStatusRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.QueryWriteStatusResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryWriteStatusMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Completes an upload whose bytes were sent without finish_write: in parts,
     * through the HTTP listener or to signed URLs. The parts must tile
     * [0, digest.size_bytes) with no gap and no overlap (else INVALID_ARGUMENT
     * naming the range); the server then hashes the joined bytes and stores the
     * blob only if they match the digest (else INVALID_ARGUMENT, and the upload
     * is discarded). Committing an upload already committed with the same digest
     * succeeds again.
     * </pre>
     */
    public void commitUpload(dev.regserver.v1.CommitUploadRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CommitUploadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitUploadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The ways this server can move blob bytes besides the gRPC streams.
     * </pre>
     */
    public void getTransferOptions(dev.regserver.v1.GetTransferOptionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetTransferOptionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTransferOptionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Signed URLs (V4) to PUT an upload's parts straight to the storage bucket,
     * when GetTransferOptions says signed_urls. The parts are then committed
     * with CommitUpload, which verifies them: the client's word is never taken.
     * FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public void signUploadUrls(dev.regserver.v1.SignUploadUrlsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SignUploadUrlsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignUploadUrlsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A signed URL (V4) to GET a stored blob, with ranged reads, straight from
     * the bucket. The bytes are not verified on the way: check them against
     * the digest. FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public void signDownloadUrl(dev.regserver.v1.SignDownloadUrlRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SignDownloadUrlResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignDownloadUrlMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Downloads a blob, or a range of it, in chunks. Reads of a whole blob
     * are verified against its digest as they stream: a mismatch ends the
     * stream with DATA_LOSS after the bytes already sent, so a client must
     * not use them. NOT_FOUND if the blob is absent; OUT_OF_RANGE if
     * read_offset is past its end.
     * </pre>
     */
    public void readBlob(dev.regserver.v1.ReadBlobRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ReadBlobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getReadBlobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ArtifactStore.
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public static final class ArtifactStoreBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ArtifactStoreBlockingV2Stub> {
    private ArtifactStoreBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ArtifactStoreBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ArtifactStoreBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the digests, of those given, that the server does not have.
     * </pre>
     */
    public dev.regserver.v1.FindMissingBlobsResponse findMissingBlobs(dev.regserver.v1.FindMissingBlobsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindMissingBlobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Uploads one blob. The first message names the digest and an upload id;
     * the following ones carry consecutive chunks (each at most the server's
     * max message size, 4 MiB by default; 1 MiB chunks are a good choice).
     * The server hashes while streaming and stores the blob only when the
     * bytes match the digest: otherwise INVALID_ARGUMENT and nothing is kept.
     * If the blob already exists the server answers at once, and the client
     * may stop sending.
     * An interrupted upload is resumed with a new WriteBlob that repeats the
     * upload id and sets write_offset to QueryWriteStatus's committed_size; a
     * different offset is OUT_OF_RANGE with the expected offset in the
     * ErrorInfo metadata ("committed_size").
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<dev.regserver.v1.WriteBlobRequest, dev.regserver.v1.WriteBlobResponse>
        writeBlob() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getWriteBlobMethod(), getCallOptions());
    }

    /**
     * <pre>
     * How many bytes of an upload the server holds durably, and in which parts.
     * </pre>
     */
    public dev.regserver.v1.QueryWriteStatusResponse queryWriteStatus(dev.regserver.v1.QueryWriteStatusRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getQueryWriteStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completes an upload whose bytes were sent without finish_write: in parts,
     * through the HTTP listener or to signed URLs. The parts must tile
     * [0, digest.size_bytes) with no gap and no overlap (else INVALID_ARGUMENT
     * naming the range); the server then hashes the joined bytes and stores the
     * blob only if they match the digest (else INVALID_ARGUMENT, and the upload
     * is discarded). Committing an upload already committed with the same digest
     * succeeds again.
     * </pre>
     */
    public dev.regserver.v1.CommitUploadResponse commitUpload(dev.regserver.v1.CommitUploadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCommitUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The ways this server can move blob bytes besides the gRPC streams.
     * </pre>
     */
    public dev.regserver.v1.GetTransferOptionsResponse getTransferOptions(dev.regserver.v1.GetTransferOptionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTransferOptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Signed URLs (V4) to PUT an upload's parts straight to the storage bucket,
     * when GetTransferOptions says signed_urls. The parts are then committed
     * with CommitUpload, which verifies them: the client's word is never taken.
     * FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public dev.regserver.v1.SignUploadUrlsResponse signUploadUrls(dev.regserver.v1.SignUploadUrlsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignUploadUrlsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A signed URL (V4) to GET a stored blob, with ranged reads, straight from
     * the bucket. The bytes are not verified on the way: check them against
     * the digest. FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public dev.regserver.v1.SignDownloadUrlResponse signDownloadUrl(dev.regserver.v1.SignDownloadUrlRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSignDownloadUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Downloads a blob, or a range of it, in chunks. Reads of a whole blob
     * are verified against its digest as they stream: a mismatch ends the
     * stream with DATA_LOSS after the bytes already sent, so a client must
     * not use them. NOT_FOUND if the blob is absent; OUT_OF_RANGE if
     * read_offset is past its end.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.regserver.v1.ReadBlobResponse>
        readBlob(dev.regserver.v1.ReadBlobRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getReadBlobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ArtifactStore.
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public static final class ArtifactStoreBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ArtifactStoreBlockingStub> {
    private ArtifactStoreBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ArtifactStoreBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ArtifactStoreBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the digests, of those given, that the server does not have.
     * </pre>
     */
    public dev.regserver.v1.FindMissingBlobsResponse findMissingBlobs(dev.regserver.v1.FindMissingBlobsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindMissingBlobsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * How many bytes of an upload the server holds durably, and in which parts.
     * </pre>
     */
    public dev.regserver.v1.QueryWriteStatusResponse queryWriteStatus(dev.regserver.v1.QueryWriteStatusRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryWriteStatusMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completes an upload whose bytes were sent without finish_write: in parts,
     * through the HTTP listener or to signed URLs. The parts must tile
     * [0, digest.size_bytes) with no gap and no overlap (else INVALID_ARGUMENT
     * naming the range); the server then hashes the joined bytes and stores the
     * blob only if they match the digest (else INVALID_ARGUMENT, and the upload
     * is discarded). Committing an upload already committed with the same digest
     * succeeds again.
     * </pre>
     */
    public dev.regserver.v1.CommitUploadResponse commitUpload(dev.regserver.v1.CommitUploadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitUploadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The ways this server can move blob bytes besides the gRPC streams.
     * </pre>
     */
    public dev.regserver.v1.GetTransferOptionsResponse getTransferOptions(dev.regserver.v1.GetTransferOptionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTransferOptionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Signed URLs (V4) to PUT an upload's parts straight to the storage bucket,
     * when GetTransferOptions says signed_urls. The parts are then committed
     * with CommitUpload, which verifies them: the client's word is never taken.
     * FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public dev.regserver.v1.SignUploadUrlsResponse signUploadUrls(dev.regserver.v1.SignUploadUrlsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignUploadUrlsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A signed URL (V4) to GET a stored blob, with ranged reads, straight from
     * the bucket. The bytes are not verified on the way: check them against
     * the digest. FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public dev.regserver.v1.SignDownloadUrlResponse signDownloadUrl(dev.regserver.v1.SignDownloadUrlRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignDownloadUrlMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Downloads a blob, or a range of it, in chunks. Reads of a whole blob
     * are verified against its digest as they stream: a mismatch ends the
     * stream with DATA_LOSS after the bytes already sent, so a client must
     * not use them. NOT_FOUND if the blob is absent; OUT_OF_RANGE if
     * read_offset is past its end.
     * </pre>
     */
    public java.util.Iterator<dev.regserver.v1.ReadBlobResponse> readBlob(
        dev.regserver.v1.ReadBlobRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getReadBlobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ArtifactStore.
   * <pre>
   * Content-addressed storage for model files, modelled on ByteStream and on
   * content-addressable storage APIs. A blob is named by its Digest; the same
   * bytes are stored once however many versions use them.
   * Upload flow: create the model version with its manifest (it starts
   * PENDING_UPLOAD), call FindMissingBlobs, WriteBlob each missing blob, then
   * ModelRegistry.FinalizeModelVersion.
   * A client need not know a blob's digest before it sends the first byte: it
   * may hash while it sends and name the digest at the end (WriteBlob's
   * final_digest, or CommitUpload), then create the version once every file's
   * digest is known. The server checks the digest against the bytes it holds
   * before the blob becomes visible.
   * A large blob may travel in parts over several concurrent streams: each
   * stream writes one byte range (WriteBlob with part set), and CommitUpload
   * joins the parts, which must tile the blob exactly, and verifies the whole.
   * Besides these streams, the server may offer other ways to move the bytes,
   * described by GetTransferOptions: its HTTP listener (ranged GET of a blob,
   * PUT of an upload's bytes, same tokens and permissions), and, on Google
   * Cloud Storage, signed URLs straight to the bucket. The streams here work
   * with every server and every generated client.
   * </pre>
   */
  public static final class ArtifactStoreFutureStub
      extends io.grpc.stub.AbstractFutureStub<ArtifactStoreFutureStub> {
    private ArtifactStoreFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ArtifactStoreFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ArtifactStoreFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the digests, of those given, that the server does not have.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.FindMissingBlobsResponse> findMissingBlobs(
        dev.regserver.v1.FindMissingBlobsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindMissingBlobsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * How many bytes of an upload the server holds durably, and in which parts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.QueryWriteStatusResponse> queryWriteStatus(
        dev.regserver.v1.QueryWriteStatusRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryWriteStatusMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Completes an upload whose bytes were sent without finish_write: in parts,
     * through the HTTP listener or to signed URLs. The parts must tile
     * [0, digest.size_bytes) with no gap and no overlap (else INVALID_ARGUMENT
     * naming the range); the server then hashes the joined bytes and stores the
     * blob only if they match the digest (else INVALID_ARGUMENT, and the upload
     * is discarded). Committing an upload already committed with the same digest
     * succeeds again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CommitUploadResponse> commitUpload(
        dev.regserver.v1.CommitUploadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitUploadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The ways this server can move blob bytes besides the gRPC streams.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetTransferOptionsResponse> getTransferOptions(
        dev.regserver.v1.GetTransferOptionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTransferOptionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Signed URLs (V4) to PUT an upload's parts straight to the storage bucket,
     * when GetTransferOptions says signed_urls. The parts are then committed
     * with CommitUpload, which verifies them: the client's word is never taken.
     * FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.SignUploadUrlsResponse> signUploadUrls(
        dev.regserver.v1.SignUploadUrlsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignUploadUrlsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * A signed URL (V4) to GET a stored blob, with ranged reads, straight from
     * the bucket. The bytes are not verified on the way: check them against
     * the digest. FAILED_PRECONDITION if the server cannot sign.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.SignDownloadUrlResponse> signDownloadUrl(
        dev.regserver.v1.SignDownloadUrlRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignDownloadUrlMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_FIND_MISSING_BLOBS = 0;
  private static final int METHODID_QUERY_WRITE_STATUS = 1;
  private static final int METHODID_COMMIT_UPLOAD = 2;
  private static final int METHODID_GET_TRANSFER_OPTIONS = 3;
  private static final int METHODID_SIGN_UPLOAD_URLS = 4;
  private static final int METHODID_SIGN_DOWNLOAD_URL = 5;
  private static final int METHODID_READ_BLOB = 6;
  private static final int METHODID_WRITE_BLOB = 7;

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
        case METHODID_FIND_MISSING_BLOBS:
          serviceImpl.findMissingBlobs((dev.regserver.v1.FindMissingBlobsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.FindMissingBlobsResponse>) responseObserver);
          break;
        case METHODID_QUERY_WRITE_STATUS:
          serviceImpl.queryWriteStatus((dev.regserver.v1.QueryWriteStatusRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.QueryWriteStatusResponse>) responseObserver);
          break;
        case METHODID_COMMIT_UPLOAD:
          serviceImpl.commitUpload((dev.regserver.v1.CommitUploadRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CommitUploadResponse>) responseObserver);
          break;
        case METHODID_GET_TRANSFER_OPTIONS:
          serviceImpl.getTransferOptions((dev.regserver.v1.GetTransferOptionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetTransferOptionsResponse>) responseObserver);
          break;
        case METHODID_SIGN_UPLOAD_URLS:
          serviceImpl.signUploadUrls((dev.regserver.v1.SignUploadUrlsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.SignUploadUrlsResponse>) responseObserver);
          break;
        case METHODID_SIGN_DOWNLOAD_URL:
          serviceImpl.signDownloadUrl((dev.regserver.v1.SignDownloadUrlRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.SignDownloadUrlResponse>) responseObserver);
          break;
        case METHODID_READ_BLOB:
          serviceImpl.readBlob((dev.regserver.v1.ReadBlobRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ReadBlobResponse>) responseObserver);
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
        case METHODID_WRITE_BLOB:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.writeBlob(
              (io.grpc.stub.StreamObserver<dev.regserver.v1.WriteBlobResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getFindMissingBlobsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.FindMissingBlobsRequest,
              dev.regserver.v1.FindMissingBlobsResponse>(
                service, METHODID_FIND_MISSING_BLOBS)))
        .addMethod(
          getWriteBlobMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              dev.regserver.v1.WriteBlobRequest,
              dev.regserver.v1.WriteBlobResponse>(
                service, METHODID_WRITE_BLOB)))
        .addMethod(
          getQueryWriteStatusMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.QueryWriteStatusRequest,
              dev.regserver.v1.QueryWriteStatusResponse>(
                service, METHODID_QUERY_WRITE_STATUS)))
        .addMethod(
          getCommitUploadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CommitUploadRequest,
              dev.regserver.v1.CommitUploadResponse>(
                service, METHODID_COMMIT_UPLOAD)))
        .addMethod(
          getGetTransferOptionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetTransferOptionsRequest,
              dev.regserver.v1.GetTransferOptionsResponse>(
                service, METHODID_GET_TRANSFER_OPTIONS)))
        .addMethod(
          getSignUploadUrlsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.SignUploadUrlsRequest,
              dev.regserver.v1.SignUploadUrlsResponse>(
                service, METHODID_SIGN_UPLOAD_URLS)))
        .addMethod(
          getSignDownloadUrlMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.SignDownloadUrlRequest,
              dev.regserver.v1.SignDownloadUrlResponse>(
                service, METHODID_SIGN_DOWNLOAD_URL)))
        .addMethod(
          getReadBlobMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.regserver.v1.ReadBlobRequest,
              dev.regserver.v1.ReadBlobResponse>(
                service, METHODID_READ_BLOB)))
        .build();
  }

  private static abstract class ArtifactStoreBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ArtifactStoreBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.ArtifactsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ArtifactStore");
    }
  }

  private static final class ArtifactStoreFileDescriptorSupplier
      extends ArtifactStoreBaseDescriptorSupplier {
    ArtifactStoreFileDescriptorSupplier() {}
  }

  private static final class ArtifactStoreMethodDescriptorSupplier
      extends ArtifactStoreBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ArtifactStoreMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ArtifactStoreGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ArtifactStoreFileDescriptorSupplier())
              .addMethod(getFindMissingBlobsMethod())
              .addMethod(getWriteBlobMethod())
              .addMethod(getQueryWriteStatusMethod())
              .addMethod(getCommitUploadMethod())
              .addMethod(getGetTransferOptionsMethod())
              .addMethod(getSignUploadUrlsMethod())
              .addMethod(getSignDownloadUrlMethod())
              .addMethod(getReadBlobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
