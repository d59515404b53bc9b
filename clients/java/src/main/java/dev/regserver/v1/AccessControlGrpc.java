package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Who may call regserver and what they may do: API tokens and role bindings.
 * ## Tokens
 * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
 * token is bound to a principal (a user or service account name); the
 * secret is returned once, by CreateToken, and only its SHA-256 is stored.
 * A missing, malformed, unknown, revoked or expired token is
 * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
 * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
 * next call to the replica that revoked it, and within the server's
 * auth_cache_seconds (default 2 s) on every other replica.
 * A server listening only on loopback (127.0.0.1, ::1) runs open unless
 * started with `--auth required`: calls without a token act as principal
 * "anonymous" with every permission; calls with a token are authenticated
 * and authorized as its principal. Beyond loopback every call needs a token.
 * ## Roles
 * Roles are granted to a principal globally or on one registered model;
 * each includes the ones before it:
 * - viewer: read models, versions, aliases, files, events, experiments and
 *   runs;
 * - editor: create models and versions, change descriptions and tags,
 *   upload files, record runs;
 * - approver: move stages and aliases;
 * - admin: rename, delete and restore models, manage webhooks, tokens and
 *   role bindings.
 * A role on a model applies to calls that name that model; listings and
 * Watch streams of a caller without a global viewer role only show the
 * models it holds a role on. A call the caller's roles do not allow is
 * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
 * metadata["permission"] name the permission needed.
 * Tokens are managed by global admins; role bindings of one model also by
 * that model's admins.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AccessControlGrpc {

  private AccessControlGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.AccessControl";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateTokenRequest,
      dev.regserver.v1.CreateTokenResponse> getCreateTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateToken",
      requestType = dev.regserver.v1.CreateTokenRequest.class,
      responseType = dev.regserver.v1.CreateTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateTokenRequest,
      dev.regserver.v1.CreateTokenResponse> getCreateTokenMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateTokenRequest, dev.regserver.v1.CreateTokenResponse> getCreateTokenMethod;
    if ((getCreateTokenMethod = AccessControlGrpc.getCreateTokenMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getCreateTokenMethod = AccessControlGrpc.getCreateTokenMethod) == null) {
          AccessControlGrpc.getCreateTokenMethod = getCreateTokenMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateTokenRequest, dev.regserver.v1.CreateTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("CreateToken"))
              .build();
        }
      }
    }
    return getCreateTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetTokenRequest,
      dev.regserver.v1.GetTokenResponse> getGetTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetToken",
      requestType = dev.regserver.v1.GetTokenRequest.class,
      responseType = dev.regserver.v1.GetTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetTokenRequest,
      dev.regserver.v1.GetTokenResponse> getGetTokenMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetTokenRequest, dev.regserver.v1.GetTokenResponse> getGetTokenMethod;
    if ((getGetTokenMethod = AccessControlGrpc.getGetTokenMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getGetTokenMethod = AccessControlGrpc.getGetTokenMethod) == null) {
          AccessControlGrpc.getGetTokenMethod = getGetTokenMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetTokenRequest, dev.regserver.v1.GetTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("GetToken"))
              .build();
        }
      }
    }
    return getGetTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListTokensRequest,
      dev.regserver.v1.ListTokensResponse> getListTokensMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTokens",
      requestType = dev.regserver.v1.ListTokensRequest.class,
      responseType = dev.regserver.v1.ListTokensResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListTokensRequest,
      dev.regserver.v1.ListTokensResponse> getListTokensMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListTokensRequest, dev.regserver.v1.ListTokensResponse> getListTokensMethod;
    if ((getListTokensMethod = AccessControlGrpc.getListTokensMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getListTokensMethod = AccessControlGrpc.getListTokensMethod) == null) {
          AccessControlGrpc.getListTokensMethod = getListTokensMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListTokensRequest, dev.regserver.v1.ListTokensResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTokens"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListTokensRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListTokensResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("ListTokens"))
              .build();
        }
      }
    }
    return getListTokensMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RevokeTokenRequest,
      dev.regserver.v1.RevokeTokenResponse> getRevokeTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeToken",
      requestType = dev.regserver.v1.RevokeTokenRequest.class,
      responseType = dev.regserver.v1.RevokeTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RevokeTokenRequest,
      dev.regserver.v1.RevokeTokenResponse> getRevokeTokenMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RevokeTokenRequest, dev.regserver.v1.RevokeTokenResponse> getRevokeTokenMethod;
    if ((getRevokeTokenMethod = AccessControlGrpc.getRevokeTokenMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getRevokeTokenMethod = AccessControlGrpc.getRevokeTokenMethod) == null) {
          AccessControlGrpc.getRevokeTokenMethod = getRevokeTokenMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RevokeTokenRequest, dev.regserver.v1.RevokeTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RevokeTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RevokeTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("RevokeToken"))
              .build();
        }
      }
    }
    return getRevokeTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GrantRoleRequest,
      dev.regserver.v1.GrantRoleResponse> getGrantRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GrantRole",
      requestType = dev.regserver.v1.GrantRoleRequest.class,
      responseType = dev.regserver.v1.GrantRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GrantRoleRequest,
      dev.regserver.v1.GrantRoleResponse> getGrantRoleMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GrantRoleRequest, dev.regserver.v1.GrantRoleResponse> getGrantRoleMethod;
    if ((getGrantRoleMethod = AccessControlGrpc.getGrantRoleMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getGrantRoleMethod = AccessControlGrpc.getGrantRoleMethod) == null) {
          AccessControlGrpc.getGrantRoleMethod = getGrantRoleMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GrantRoleRequest, dev.regserver.v1.GrantRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GrantRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GrantRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GrantRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("GrantRole"))
              .build();
        }
      }
    }
    return getGrantRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RevokeRoleRequest,
      dev.regserver.v1.RevokeRoleResponse> getRevokeRoleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeRole",
      requestType = dev.regserver.v1.RevokeRoleRequest.class,
      responseType = dev.regserver.v1.RevokeRoleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RevokeRoleRequest,
      dev.regserver.v1.RevokeRoleResponse> getRevokeRoleMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RevokeRoleRequest, dev.regserver.v1.RevokeRoleResponse> getRevokeRoleMethod;
    if ((getRevokeRoleMethod = AccessControlGrpc.getRevokeRoleMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getRevokeRoleMethod = AccessControlGrpc.getRevokeRoleMethod) == null) {
          AccessControlGrpc.getRevokeRoleMethod = getRevokeRoleMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RevokeRoleRequest, dev.regserver.v1.RevokeRoleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeRole"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RevokeRoleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RevokeRoleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("RevokeRole"))
              .build();
        }
      }
    }
    return getRevokeRoleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListRoleBindingsRequest,
      dev.regserver.v1.ListRoleBindingsResponse> getListRoleBindingsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRoleBindings",
      requestType = dev.regserver.v1.ListRoleBindingsRequest.class,
      responseType = dev.regserver.v1.ListRoleBindingsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListRoleBindingsRequest,
      dev.regserver.v1.ListRoleBindingsResponse> getListRoleBindingsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListRoleBindingsRequest, dev.regserver.v1.ListRoleBindingsResponse> getListRoleBindingsMethod;
    if ((getListRoleBindingsMethod = AccessControlGrpc.getListRoleBindingsMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getListRoleBindingsMethod = AccessControlGrpc.getListRoleBindingsMethod) == null) {
          AccessControlGrpc.getListRoleBindingsMethod = getListRoleBindingsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListRoleBindingsRequest, dev.regserver.v1.ListRoleBindingsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRoleBindings"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRoleBindingsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRoleBindingsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("ListRoleBindings"))
              .build();
        }
      }
    }
    return getListRoleBindingsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetCallerIdentityRequest,
      dev.regserver.v1.GetCallerIdentityResponse> getGetCallerIdentityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCallerIdentity",
      requestType = dev.regserver.v1.GetCallerIdentityRequest.class,
      responseType = dev.regserver.v1.GetCallerIdentityResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetCallerIdentityRequest,
      dev.regserver.v1.GetCallerIdentityResponse> getGetCallerIdentityMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetCallerIdentityRequest, dev.regserver.v1.GetCallerIdentityResponse> getGetCallerIdentityMethod;
    if ((getGetCallerIdentityMethod = AccessControlGrpc.getGetCallerIdentityMethod) == null) {
      synchronized (AccessControlGrpc.class) {
        if ((getGetCallerIdentityMethod = AccessControlGrpc.getGetCallerIdentityMethod) == null) {
          AccessControlGrpc.getGetCallerIdentityMethod = getGetCallerIdentityMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetCallerIdentityRequest, dev.regserver.v1.GetCallerIdentityResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCallerIdentity"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetCallerIdentityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetCallerIdentityResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccessControlMethodDescriptorSupplier("GetCallerIdentity"))
              .build();
        }
      }
    }
    return getGetCallerIdentityMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AccessControlStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessControlStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessControlStub>() {
        @java.lang.Override
        public AccessControlStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessControlStub(channel, callOptions);
        }
      };
    return AccessControlStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AccessControlBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessControlBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessControlBlockingV2Stub>() {
        @java.lang.Override
        public AccessControlBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessControlBlockingV2Stub(channel, callOptions);
        }
      };
    return AccessControlBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AccessControlBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessControlBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessControlBlockingStub>() {
        @java.lang.Override
        public AccessControlBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessControlBlockingStub(channel, callOptions);
        }
      };
    return AccessControlBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AccessControlFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccessControlFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccessControlFutureStub>() {
        @java.lang.Override
        public AccessControlFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccessControlFutureStub(channel, callOptions);
        }
      };
    return AccessControlFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a token for a principal; the response carries its secret, which
     * cannot be read again.
     * </pre>
     */
    default void createToken(dev.regserver.v1.CreateTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a token's metadata (never its secret).
     * </pre>
     */
    default void getToken(dev.regserver.v1.GetTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists tokens, oldest first.
     * </pre>
     */
    default void listTokens(dev.regserver.v1.ListTokensRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListTokensResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTokensMethod(), responseObserver);
    }

    /**
     * <pre>
     * Revokes a token: calls with it fail from the next one on. Revoking a
     * revoked token returns it unchanged.
     * </pre>
     */
    default void revokeToken(dev.regserver.v1.RevokeTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Grants a role to a principal, globally or on one model. Granting a
     * binding that exists returns it unchanged.
     * </pre>
     */
    default void grantRole(dev.regserver.v1.GrantRoleRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GrantRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGrantRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes a role binding; NOT_FOUND (ROLE_BINDING_NOT_FOUND) if there is
     * none.
     * </pre>
     */
    default void revokeRole(dev.regserver.v1.RevokeRoleRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeRoleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeRoleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists role bindings, optionally of one principal or one model.
     * </pre>
     */
    default void listRoleBindings(dev.regserver.v1.ListRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRoleBindingsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Says who the caller is and which roles it holds; any caller may ask.
     * </pre>
     */
    default void getCallerIdentity(dev.regserver.v1.GetCallerIdentityRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetCallerIdentityResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCallerIdentityMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AccessControl.
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public static abstract class AccessControlImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AccessControlGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AccessControl.
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public static final class AccessControlStub
      extends io.grpc.stub.AbstractAsyncStub<AccessControlStub> {
    private AccessControlStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessControlStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessControlStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a token for a principal; the response carries its secret, which
     * cannot be read again.
     * </pre>
     */
    public void createToken(dev.regserver.v1.CreateTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a token's metadata (never its secret).
     * </pre>
     */
    public void getToken(dev.regserver.v1.GetTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists tokens, oldest first.
     * </pre>
     */
    public void listTokens(dev.regserver.v1.ListTokensRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListTokensResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTokensMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Revokes a token: calls with it fail from the next one on. Revoking a
     * revoked token returns it unchanged.
     * </pre>
     */
    public void revokeToken(dev.regserver.v1.RevokeTokenRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Grants a role to a principal, globally or on one model. Granting a
     * binding that exists returns it unchanged.
     * </pre>
     */
    public void grantRole(dev.regserver.v1.GrantRoleRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GrantRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGrantRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes a role binding; NOT_FOUND (ROLE_BINDING_NOT_FOUND) if there is
     * none.
     * </pre>
     */
    public void revokeRole(dev.regserver.v1.RevokeRoleRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeRoleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeRoleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists role bindings, optionally of one principal or one model.
     * </pre>
     */
    public void listRoleBindings(dev.regserver.v1.ListRoleBindingsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRoleBindingsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRoleBindingsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Says who the caller is and which roles it holds; any caller may ask.
     * </pre>
     */
    public void getCallerIdentity(dev.regserver.v1.GetCallerIdentityRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetCallerIdentityResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCallerIdentityMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AccessControl.
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public static final class AccessControlBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AccessControlBlockingV2Stub> {
    private AccessControlBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessControlBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessControlBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a token for a principal; the response carries its secret, which
     * cannot be read again.
     * </pre>
     */
    public dev.regserver.v1.CreateTokenResponse createToken(dev.regserver.v1.CreateTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a token's metadata (never its secret).
     * </pre>
     */
    public dev.regserver.v1.GetTokenResponse getToken(dev.regserver.v1.GetTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tokens, oldest first.
     * </pre>
     */
    public dev.regserver.v1.ListTokensResponse listTokens(dev.regserver.v1.ListTokensRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTokensMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a token: calls with it fail from the next one on. Revoking a
     * revoked token returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.RevokeTokenResponse revokeToken(dev.regserver.v1.RevokeTokenRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Grants a role to a principal, globally or on one model. Granting a
     * binding that exists returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.GrantRoleResponse grantRole(dev.regserver.v1.GrantRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGrantRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a role binding; NOT_FOUND (ROLE_BINDING_NOT_FOUND) if there is
     * none.
     * </pre>
     */
    public dev.regserver.v1.RevokeRoleResponse revokeRole(dev.regserver.v1.RevokeRoleRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRevokeRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists role bindings, optionally of one principal or one model.
     * </pre>
     */
    public dev.regserver.v1.ListRoleBindingsResponse listRoleBindings(dev.regserver.v1.ListRoleBindingsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Says who the caller is and which roles it holds; any caller may ask.
     * </pre>
     */
    public dev.regserver.v1.GetCallerIdentityResponse getCallerIdentity(dev.regserver.v1.GetCallerIdentityRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetCallerIdentityMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AccessControl.
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public static final class AccessControlBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AccessControlBlockingStub> {
    private AccessControlBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessControlBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessControlBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a token for a principal; the response carries its secret, which
     * cannot be read again.
     * </pre>
     */
    public dev.regserver.v1.CreateTokenResponse createToken(dev.regserver.v1.CreateTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a token's metadata (never its secret).
     * </pre>
     */
    public dev.regserver.v1.GetTokenResponse getToken(dev.regserver.v1.GetTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists tokens, oldest first.
     * </pre>
     */
    public dev.regserver.v1.ListTokensResponse listTokens(dev.regserver.v1.ListTokensRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTokensMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Revokes a token: calls with it fail from the next one on. Revoking a
     * revoked token returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.RevokeTokenResponse revokeToken(dev.regserver.v1.RevokeTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Grants a role to a principal, globally or on one model. Granting a
     * binding that exists returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.GrantRoleResponse grantRole(dev.regserver.v1.GrantRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGrantRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes a role binding; NOT_FOUND (ROLE_BINDING_NOT_FOUND) if there is
     * none.
     * </pre>
     */
    public dev.regserver.v1.RevokeRoleResponse revokeRole(dev.regserver.v1.RevokeRoleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeRoleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists role bindings, optionally of one principal or one model.
     * </pre>
     */
    public dev.regserver.v1.ListRoleBindingsResponse listRoleBindings(dev.regserver.v1.ListRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRoleBindingsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Says who the caller is and which roles it holds; any caller may ask.
     * </pre>
     */
    public dev.regserver.v1.GetCallerIdentityResponse getCallerIdentity(dev.regserver.v1.GetCallerIdentityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCallerIdentityMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AccessControl.
   * <pre>
   * Who may call regserver and what they may do: API tokens and role bindings.
   * ## Tokens
   * A caller sends `authorization: Bearer &lt;secret&gt;` metadata on every call. A
   * token is bound to a principal (a user or service account name); the
   * secret is returned once, by CreateToken, and only its SHA-256 is stored.
   * A missing, malformed, unknown, revoked or expired token is
   * UNAUTHENTICATED (ErrorInfo reason TOKEN_MISSING, TOKEN_INVALID,
   * TOKEN_REVOKED or TOKEN_EXPIRED). Revoking a token takes effect on the
   * next call to the replica that revoked it, and within the server's
   * auth_cache_seconds (default 2 s) on every other replica.
   * A server listening only on loopback (127.0.0.1, ::1) runs open unless
   * started with `--auth required`: calls without a token act as principal
   * "anonymous" with every permission; calls with a token are authenticated
   * and authorized as its principal. Beyond loopback every call needs a token.
   * ## Roles
   * Roles are granted to a principal globally or on one registered model;
   * each includes the ones before it:
   * - viewer: read models, versions, aliases, files, events, experiments and
   *   runs;
   * - editor: create models and versions, change descriptions and tags,
   *   upload files, record runs;
   * - approver: move stages and aliases;
   * - admin: rename, delete and restore models, manage webhooks, tokens and
   *   role bindings.
   * A role on a model applies to calls that name that model; listings and
   * Watch streams of a caller without a global viewer role only show the
   * models it holds a role on. A call the caller's roles do not allow is
   * PERMISSION_DENIED (reason PERMISSION_DENIED) whose message and
   * metadata["permission"] name the permission needed.
   * Tokens are managed by global admins; role bindings of one model also by
   * that model's admins.
   * </pre>
   */
  public static final class AccessControlFutureStub
      extends io.grpc.stub.AbstractFutureStub<AccessControlFutureStub> {
    private AccessControlFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccessControlFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccessControlFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a token for a principal; the response carries its secret, which
     * cannot be read again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateTokenResponse> createToken(
        dev.regserver.v1.CreateTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a token's metadata (never its secret).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetTokenResponse> getToken(
        dev.regserver.v1.GetTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists tokens, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListTokensResponse> listTokens(
        dev.regserver.v1.ListTokensRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTokensMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Revokes a token: calls with it fail from the next one on. Revoking a
     * revoked token returns it unchanged.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RevokeTokenResponse> revokeToken(
        dev.regserver.v1.RevokeTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Grants a role to a principal, globally or on one model. Granting a
     * binding that exists returns it unchanged.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GrantRoleResponse> grantRole(
        dev.regserver.v1.GrantRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGrantRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes a role binding; NOT_FOUND (ROLE_BINDING_NOT_FOUND) if there is
     * none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RevokeRoleResponse> revokeRole(
        dev.regserver.v1.RevokeRoleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeRoleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists role bindings, optionally of one principal or one model.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListRoleBindingsResponse> listRoleBindings(
        dev.regserver.v1.ListRoleBindingsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRoleBindingsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Says who the caller is and which roles it holds; any caller may ask.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetCallerIdentityResponse> getCallerIdentity(
        dev.regserver.v1.GetCallerIdentityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCallerIdentityMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TOKEN = 0;
  private static final int METHODID_GET_TOKEN = 1;
  private static final int METHODID_LIST_TOKENS = 2;
  private static final int METHODID_REVOKE_TOKEN = 3;
  private static final int METHODID_GRANT_ROLE = 4;
  private static final int METHODID_REVOKE_ROLE = 5;
  private static final int METHODID_LIST_ROLE_BINDINGS = 6;
  private static final int METHODID_GET_CALLER_IDENTITY = 7;

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
        case METHODID_CREATE_TOKEN:
          serviceImpl.createToken((dev.regserver.v1.CreateTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateTokenResponse>) responseObserver);
          break;
        case METHODID_GET_TOKEN:
          serviceImpl.getToken((dev.regserver.v1.GetTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetTokenResponse>) responseObserver);
          break;
        case METHODID_LIST_TOKENS:
          serviceImpl.listTokens((dev.regserver.v1.ListTokensRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListTokensResponse>) responseObserver);
          break;
        case METHODID_REVOKE_TOKEN:
          serviceImpl.revokeToken((dev.regserver.v1.RevokeTokenRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeTokenResponse>) responseObserver);
          break;
        case METHODID_GRANT_ROLE:
          serviceImpl.grantRole((dev.regserver.v1.GrantRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GrantRoleResponse>) responseObserver);
          break;
        case METHODID_REVOKE_ROLE:
          serviceImpl.revokeRole((dev.regserver.v1.RevokeRoleRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RevokeRoleResponse>) responseObserver);
          break;
        case METHODID_LIST_ROLE_BINDINGS:
          serviceImpl.listRoleBindings((dev.regserver.v1.ListRoleBindingsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListRoleBindingsResponse>) responseObserver);
          break;
        case METHODID_GET_CALLER_IDENTITY:
          serviceImpl.getCallerIdentity((dev.regserver.v1.GetCallerIdentityRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetCallerIdentityResponse>) responseObserver);
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
          getCreateTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateTokenRequest,
              dev.regserver.v1.CreateTokenResponse>(
                service, METHODID_CREATE_TOKEN)))
        .addMethod(
          getGetTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetTokenRequest,
              dev.regserver.v1.GetTokenResponse>(
                service, METHODID_GET_TOKEN)))
        .addMethod(
          getListTokensMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListTokensRequest,
              dev.regserver.v1.ListTokensResponse>(
                service, METHODID_LIST_TOKENS)))
        .addMethod(
          getRevokeTokenMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RevokeTokenRequest,
              dev.regserver.v1.RevokeTokenResponse>(
                service, METHODID_REVOKE_TOKEN)))
        .addMethod(
          getGrantRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GrantRoleRequest,
              dev.regserver.v1.GrantRoleResponse>(
                service, METHODID_GRANT_ROLE)))
        .addMethod(
          getRevokeRoleMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RevokeRoleRequest,
              dev.regserver.v1.RevokeRoleResponse>(
                service, METHODID_REVOKE_ROLE)))
        .addMethod(
          getListRoleBindingsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListRoleBindingsRequest,
              dev.regserver.v1.ListRoleBindingsResponse>(
                service, METHODID_LIST_ROLE_BINDINGS)))
        .addMethod(
          getGetCallerIdentityMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetCallerIdentityRequest,
              dev.regserver.v1.GetCallerIdentityResponse>(
                service, METHODID_GET_CALLER_IDENTITY)))
        .build();
  }

  private static abstract class AccessControlBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AccessControlBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.AccessProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AccessControl");
    }
  }

  private static final class AccessControlFileDescriptorSupplier
      extends AccessControlBaseDescriptorSupplier {
    AccessControlFileDescriptorSupplier() {}
  }

  private static final class AccessControlMethodDescriptorSupplier
      extends AccessControlBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AccessControlMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AccessControlGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AccessControlFileDescriptorSupplier())
              .addMethod(getCreateTokenMethod())
              .addMethod(getGetTokenMethod())
              .addMethod(getListTokensMethod())
              .addMethod(getRevokeTokenMethod())
              .addMethod(getGrantRoleMethod())
              .addMethod(getRevokeRoleMethod())
              .addMethod(getListRoleBindingsMethod())
              .addMethod(getGetCallerIdentityMethod())
              .build();
        }
      }
    }
    return result;
  }
}
