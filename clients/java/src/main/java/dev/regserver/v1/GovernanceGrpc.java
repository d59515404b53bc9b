package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Approved promotions: protected aliases and stages, promotion requests
 * decided by a second person, policy gates, rollback, and the history of
 * which version held an alias or stage when.
 * ## Protection
 * A registered model's PromotionPolicy names its protected targets (e.g.
 * the alias `champion` and the stage PRODUCTION). Once a target is
 * protected, no one, admins included, moves it directly:
 * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
 * TransitionModelVersionStage into a protected stage, and
 * DeleteModelVersion of a version holding a protected alias are
 * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
 * RequestPromotion, then ApprovePromotion by an approver who is not the
 * requester. Moving a version out of a protected stage (to another stage)
 * stays direct. Unprotected targets work as before.
 * ## Gates
 * A protected target carries gates, evaluated when the request is made
 * and again, inside the approval's transaction, when it is approved: the
 * version is live and READY (always), has a signature, carries required
 * tags, has metric values passing thresholds, and beats the target's
 * current holder on a named metric. A version's value of a metric is the
 * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
 * unsliced evaluation, else the value given at registration). A failed
 * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
 * google.rpc.PreconditionFailure naming each failed check; at approval
 * nothing moves and the request stays PENDING.
 * ## Applying
 * ApprovePromotion is one transaction: it re-checks the gates, moves the
 * alias or the stage, archives the previous holder (the versions that held
 * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
 * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
 * APPROVED, and appends its audit record. Rollback goes through the same
 * path. The audit records of every Governance RPC that changes something
 * are written in the call's own transaction (see audit.proto), with the
 * state before the change in before_json.
 * ## Roles
 * Reading policies, requests and history: viewer. RequestPromotion and
 * WithdrawPromotion: editor (a request is withdrawn by its requester, or
 * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
 * who may not decide a request they made (PERMISSION_DENIED, reason
 * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
 * the model.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class GovernanceGrpc {

  private GovernanceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Governance";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionPolicyRequest,
      dev.regserver.v1.GetPromotionPolicyResponse> getGetPromotionPolicyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPromotionPolicy",
      requestType = dev.regserver.v1.GetPromotionPolicyRequest.class,
      responseType = dev.regserver.v1.GetPromotionPolicyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionPolicyRequest,
      dev.regserver.v1.GetPromotionPolicyResponse> getGetPromotionPolicyMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionPolicyRequest, dev.regserver.v1.GetPromotionPolicyResponse> getGetPromotionPolicyMethod;
    if ((getGetPromotionPolicyMethod = GovernanceGrpc.getGetPromotionPolicyMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getGetPromotionPolicyMethod = GovernanceGrpc.getGetPromotionPolicyMethod) == null) {
          GovernanceGrpc.getGetPromotionPolicyMethod = getGetPromotionPolicyMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetPromotionPolicyRequest, dev.regserver.v1.GetPromotionPolicyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPromotionPolicy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetPromotionPolicyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetPromotionPolicyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("GetPromotionPolicy"))
              .build();
        }
      }
    }
    return getGetPromotionPolicyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.SetPromotionPolicyRequest,
      dev.regserver.v1.SetPromotionPolicyResponse> getSetPromotionPolicyMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetPromotionPolicy",
      requestType = dev.regserver.v1.SetPromotionPolicyRequest.class,
      responseType = dev.regserver.v1.SetPromotionPolicyResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.SetPromotionPolicyRequest,
      dev.regserver.v1.SetPromotionPolicyResponse> getSetPromotionPolicyMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.SetPromotionPolicyRequest, dev.regserver.v1.SetPromotionPolicyResponse> getSetPromotionPolicyMethod;
    if ((getSetPromotionPolicyMethod = GovernanceGrpc.getSetPromotionPolicyMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getSetPromotionPolicyMethod = GovernanceGrpc.getSetPromotionPolicyMethod) == null) {
          GovernanceGrpc.getSetPromotionPolicyMethod = getSetPromotionPolicyMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.SetPromotionPolicyRequest, dev.regserver.v1.SetPromotionPolicyResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetPromotionPolicy"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SetPromotionPolicyRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SetPromotionPolicyResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("SetPromotionPolicy"))
              .build();
        }
      }
    }
    return getSetPromotionPolicyMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RequestPromotionRequest,
      dev.regserver.v1.RequestPromotionResponse> getRequestPromotionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RequestPromotion",
      requestType = dev.regserver.v1.RequestPromotionRequest.class,
      responseType = dev.regserver.v1.RequestPromotionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RequestPromotionRequest,
      dev.regserver.v1.RequestPromotionResponse> getRequestPromotionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RequestPromotionRequest, dev.regserver.v1.RequestPromotionResponse> getRequestPromotionMethod;
    if ((getRequestPromotionMethod = GovernanceGrpc.getRequestPromotionMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getRequestPromotionMethod = GovernanceGrpc.getRequestPromotionMethod) == null) {
          GovernanceGrpc.getRequestPromotionMethod = getRequestPromotionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RequestPromotionRequest, dev.regserver.v1.RequestPromotionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RequestPromotion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RequestPromotionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RequestPromotionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("RequestPromotion"))
              .build();
        }
      }
    }
    return getRequestPromotionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionRequestRequest,
      dev.regserver.v1.GetPromotionRequestResponse> getGetPromotionRequestMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPromotionRequest",
      requestType = dev.regserver.v1.GetPromotionRequestRequest.class,
      responseType = dev.regserver.v1.GetPromotionRequestResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionRequestRequest,
      dev.regserver.v1.GetPromotionRequestResponse> getGetPromotionRequestMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetPromotionRequestRequest, dev.regserver.v1.GetPromotionRequestResponse> getGetPromotionRequestMethod;
    if ((getGetPromotionRequestMethod = GovernanceGrpc.getGetPromotionRequestMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getGetPromotionRequestMethod = GovernanceGrpc.getGetPromotionRequestMethod) == null) {
          GovernanceGrpc.getGetPromotionRequestMethod = getGetPromotionRequestMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetPromotionRequestRequest, dev.regserver.v1.GetPromotionRequestResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPromotionRequest"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetPromotionRequestRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetPromotionRequestResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("GetPromotionRequest"))
              .build();
        }
      }
    }
    return getGetPromotionRequestMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListPromotionRequestsRequest,
      dev.regserver.v1.ListPromotionRequestsResponse> getListPromotionRequestsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListPromotionRequests",
      requestType = dev.regserver.v1.ListPromotionRequestsRequest.class,
      responseType = dev.regserver.v1.ListPromotionRequestsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListPromotionRequestsRequest,
      dev.regserver.v1.ListPromotionRequestsResponse> getListPromotionRequestsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListPromotionRequestsRequest, dev.regserver.v1.ListPromotionRequestsResponse> getListPromotionRequestsMethod;
    if ((getListPromotionRequestsMethod = GovernanceGrpc.getListPromotionRequestsMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getListPromotionRequestsMethod = GovernanceGrpc.getListPromotionRequestsMethod) == null) {
          GovernanceGrpc.getListPromotionRequestsMethod = getListPromotionRequestsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListPromotionRequestsRequest, dev.regserver.v1.ListPromotionRequestsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListPromotionRequests"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListPromotionRequestsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListPromotionRequestsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("ListPromotionRequests"))
              .build();
        }
      }
    }
    return getListPromotionRequestsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ApprovePromotionRequest,
      dev.regserver.v1.ApprovePromotionResponse> getApprovePromotionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApprovePromotion",
      requestType = dev.regserver.v1.ApprovePromotionRequest.class,
      responseType = dev.regserver.v1.ApprovePromotionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ApprovePromotionRequest,
      dev.regserver.v1.ApprovePromotionResponse> getApprovePromotionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ApprovePromotionRequest, dev.regserver.v1.ApprovePromotionResponse> getApprovePromotionMethod;
    if ((getApprovePromotionMethod = GovernanceGrpc.getApprovePromotionMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getApprovePromotionMethod = GovernanceGrpc.getApprovePromotionMethod) == null) {
          GovernanceGrpc.getApprovePromotionMethod = getApprovePromotionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ApprovePromotionRequest, dev.regserver.v1.ApprovePromotionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApprovePromotion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ApprovePromotionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ApprovePromotionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("ApprovePromotion"))
              .build();
        }
      }
    }
    return getApprovePromotionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RejectPromotionRequest,
      dev.regserver.v1.RejectPromotionResponse> getRejectPromotionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RejectPromotion",
      requestType = dev.regserver.v1.RejectPromotionRequest.class,
      responseType = dev.regserver.v1.RejectPromotionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RejectPromotionRequest,
      dev.regserver.v1.RejectPromotionResponse> getRejectPromotionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RejectPromotionRequest, dev.regserver.v1.RejectPromotionResponse> getRejectPromotionMethod;
    if ((getRejectPromotionMethod = GovernanceGrpc.getRejectPromotionMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getRejectPromotionMethod = GovernanceGrpc.getRejectPromotionMethod) == null) {
          GovernanceGrpc.getRejectPromotionMethod = getRejectPromotionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RejectPromotionRequest, dev.regserver.v1.RejectPromotionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RejectPromotion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RejectPromotionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RejectPromotionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("RejectPromotion"))
              .build();
        }
      }
    }
    return getRejectPromotionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.WithdrawPromotionRequest,
      dev.regserver.v1.WithdrawPromotionResponse> getWithdrawPromotionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WithdrawPromotion",
      requestType = dev.regserver.v1.WithdrawPromotionRequest.class,
      responseType = dev.regserver.v1.WithdrawPromotionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.WithdrawPromotionRequest,
      dev.regserver.v1.WithdrawPromotionResponse> getWithdrawPromotionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.WithdrawPromotionRequest, dev.regserver.v1.WithdrawPromotionResponse> getWithdrawPromotionMethod;
    if ((getWithdrawPromotionMethod = GovernanceGrpc.getWithdrawPromotionMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getWithdrawPromotionMethod = GovernanceGrpc.getWithdrawPromotionMethod) == null) {
          GovernanceGrpc.getWithdrawPromotionMethod = getWithdrawPromotionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.WithdrawPromotionRequest, dev.regserver.v1.WithdrawPromotionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WithdrawPromotion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WithdrawPromotionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.WithdrawPromotionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("WithdrawPromotion"))
              .build();
        }
      }
    }
    return getWithdrawPromotionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RollbackRequest,
      dev.regserver.v1.RollbackResponse> getRollbackMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Rollback",
      requestType = dev.regserver.v1.RollbackRequest.class,
      responseType = dev.regserver.v1.RollbackResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RollbackRequest,
      dev.regserver.v1.RollbackResponse> getRollbackMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RollbackRequest, dev.regserver.v1.RollbackResponse> getRollbackMethod;
    if ((getRollbackMethod = GovernanceGrpc.getRollbackMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getRollbackMethod = GovernanceGrpc.getRollbackMethod) == null) {
          GovernanceGrpc.getRollbackMethod = getRollbackMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RollbackRequest, dev.regserver.v1.RollbackResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Rollback"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RollbackRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RollbackResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("Rollback"))
              .build();
        }
      }
    }
    return getRollbackMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListTargetHistoryRequest,
      dev.regserver.v1.ListTargetHistoryResponse> getListTargetHistoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTargetHistory",
      requestType = dev.regserver.v1.ListTargetHistoryRequest.class,
      responseType = dev.regserver.v1.ListTargetHistoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListTargetHistoryRequest,
      dev.regserver.v1.ListTargetHistoryResponse> getListTargetHistoryMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListTargetHistoryRequest, dev.regserver.v1.ListTargetHistoryResponse> getListTargetHistoryMethod;
    if ((getListTargetHistoryMethod = GovernanceGrpc.getListTargetHistoryMethod) == null) {
      synchronized (GovernanceGrpc.class) {
        if ((getListTargetHistoryMethod = GovernanceGrpc.getListTargetHistoryMethod) == null) {
          GovernanceGrpc.getListTargetHistoryMethod = getListTargetHistoryMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListTargetHistoryRequest, dev.regserver.v1.ListTargetHistoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTargetHistory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListTargetHistoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListTargetHistoryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new GovernanceMethodDescriptorSupplier("ListTargetHistory"))
              .build();
        }
      }
    }
    return getListTargetHistoryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static GovernanceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GovernanceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GovernanceStub>() {
        @java.lang.Override
        public GovernanceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GovernanceStub(channel, callOptions);
        }
      };
    return GovernanceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static GovernanceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GovernanceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GovernanceBlockingV2Stub>() {
        @java.lang.Override
        public GovernanceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GovernanceBlockingV2Stub(channel, callOptions);
        }
      };
    return GovernanceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static GovernanceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GovernanceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GovernanceBlockingStub>() {
        @java.lang.Override
        public GovernanceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GovernanceBlockingStub(channel, callOptions);
        }
      };
    return GovernanceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static GovernanceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<GovernanceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<GovernanceFutureStub>() {
        @java.lang.Override
        public GovernanceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new GovernanceFutureStub(channel, callOptions);
        }
      };
    return GovernanceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Gets a model's promotion policy (empty when it protects nothing).
     * </pre>
     */
    default void getPromotionPolicy(dev.regserver.v1.GetPromotionPolicyRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionPolicyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPromotionPolicyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces a model's promotion policy. Requests already PENDING are
     * judged by the policy in force when they are decided.
     * </pre>
     */
    default void setPromotionPolicy(dev.regserver.v1.SetPromotionPolicyRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SetPromotionPolicyResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetPromotionPolicyMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks for a version to be moved to a protected alias or stage. The gates
     * are checked now (FAILED_PRECONDITION naming each failed check, and no
     * request is made). A target that is not protected is FAILED_PRECONDITION
     * (TARGET_NOT_PROTECTED): move it directly. ALREADY_EXISTS
     * (PROMOTION_REQUEST_EXISTS) when the same version already has a PENDING
     * request for the same target.
     * </pre>
     */
    default void requestPromotion(dev.regserver.v1.RequestPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RequestPromotionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRequestPromotionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a promotion request by id.
     * </pre>
     */
    default void getPromotionRequest(dev.regserver.v1.GetPromotionRequestRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionRequestResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPromotionRequestMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists a model's promotion requests (or every model's), newest first.
     * </pre>
     */
    default void listPromotionRequests(dev.regserver.v1.ListPromotionRequestsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListPromotionRequestsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListPromotionRequestsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Approves a PENDING request and applies it (see "Applying").
     * FAILED_PRECONDITION (PROMOTION_NOT_PENDING) when it was already
     * decided or withdrawn; FAILED_PRECONDITION (PROMOTION_GATES_FAILED)
     * when its gates no longer pass, and then nothing moves.
     * </pre>
     */
    default void approvePromotion(dev.regserver.v1.ApprovePromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ApprovePromotionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApprovePromotionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Rejects a PENDING request; nothing moves.
     * </pre>
     */
    default void rejectPromotion(dev.regserver.v1.RejectPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RejectPromotionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRejectPromotionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Withdraws a PENDING request; only its requester or an admin may.
     * </pre>
     */
    default void withdrawPromotion(dev.regserver.v1.WithdrawPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.WithdrawPromotionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWithdrawPromotionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns an alias to the version it pointed at before its current one,
     * in one transaction with its history entry, event and audit record.
     * Gates are not re-checked (the previous version was already in
     * production), but it must still be live and READY. FAILED_PRECONDITION
     * (NO_PREVIOUS_TARGET) when the alias has no earlier holder.
     * </pre>
     */
    default void rollback(dev.regserver.v1.RollbackRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RollbackResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRollbackMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists which versions held an alias or a stage and when, newest first.
     * With at_time set, only the entries in force at that moment: "which
     * version was `champion` at time T" is one call.
     * </pre>
     */
    default void listTargetHistory(dev.regserver.v1.ListTargetHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListTargetHistoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTargetHistoryMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Governance.
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public static abstract class GovernanceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return GovernanceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Governance.
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public static final class GovernanceStub
      extends io.grpc.stub.AbstractAsyncStub<GovernanceStub> {
    private GovernanceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GovernanceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GovernanceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets a model's promotion policy (empty when it protects nothing).
     * </pre>
     */
    public void getPromotionPolicy(dev.regserver.v1.GetPromotionPolicyRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionPolicyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPromotionPolicyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces a model's promotion policy. Requests already PENDING are
     * judged by the policy in force when they are decided.
     * </pre>
     */
    public void setPromotionPolicy(dev.regserver.v1.SetPromotionPolicyRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SetPromotionPolicyResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetPromotionPolicyMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks for a version to be moved to a protected alias or stage. The gates
     * are checked now (FAILED_PRECONDITION naming each failed check, and no
     * request is made). A target that is not protected is FAILED_PRECONDITION
     * (TARGET_NOT_PROTECTED): move it directly. ALREADY_EXISTS
     * (PROMOTION_REQUEST_EXISTS) when the same version already has a PENDING
     * request for the same target.
     * </pre>
     */
    public void requestPromotion(dev.regserver.v1.RequestPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RequestPromotionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRequestPromotionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a promotion request by id.
     * </pre>
     */
    public void getPromotionRequest(dev.regserver.v1.GetPromotionRequestRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionRequestResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPromotionRequestMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists a model's promotion requests (or every model's), newest first.
     * </pre>
     */
    public void listPromotionRequests(dev.regserver.v1.ListPromotionRequestsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListPromotionRequestsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListPromotionRequestsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Approves a PENDING request and applies it (see "Applying").
     * FAILED_PRECONDITION (PROMOTION_NOT_PENDING) when it was already
     * decided or withdrawn; FAILED_PRECONDITION (PROMOTION_GATES_FAILED)
     * when its gates no longer pass, and then nothing moves.
     * </pre>
     */
    public void approvePromotion(dev.regserver.v1.ApprovePromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ApprovePromotionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApprovePromotionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Rejects a PENDING request; nothing moves.
     * </pre>
     */
    public void rejectPromotion(dev.regserver.v1.RejectPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RejectPromotionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRejectPromotionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Withdraws a PENDING request; only its requester or an admin may.
     * </pre>
     */
    public void withdrawPromotion(dev.regserver.v1.WithdrawPromotionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.WithdrawPromotionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWithdrawPromotionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns an alias to the version it pointed at before its current one,
     * in one transaction with its history entry, event and audit record.
     * Gates are not re-checked (the previous version was already in
     * production), but it must still be live and READY. FAILED_PRECONDITION
     * (NO_PREVIOUS_TARGET) when the alias has no earlier holder.
     * </pre>
     */
    public void rollback(dev.regserver.v1.RollbackRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RollbackResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRollbackMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists which versions held an alias or a stage and when, newest first.
     * With at_time set, only the entries in force at that moment: "which
     * version was `champion` at time T" is one call.
     * </pre>
     */
    public void listTargetHistory(dev.regserver.v1.ListTargetHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListTargetHistoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTargetHistoryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Governance.
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public static final class GovernanceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<GovernanceBlockingV2Stub> {
    private GovernanceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GovernanceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GovernanceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets a model's promotion policy (empty when it protects nothing).
     * </pre>
     */
    public dev.regserver.v1.GetPromotionPolicyResponse getPromotionPolicy(dev.regserver.v1.GetPromotionPolicyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPromotionPolicyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a model's promotion policy. Requests already PENDING are
     * judged by the policy in force when they are decided.
     * </pre>
     */
    public dev.regserver.v1.SetPromotionPolicyResponse setPromotionPolicy(dev.regserver.v1.SetPromotionPolicyRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetPromotionPolicyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for a version to be moved to a protected alias or stage. The gates
     * are checked now (FAILED_PRECONDITION naming each failed check, and no
     * request is made). A target that is not protected is FAILED_PRECONDITION
     * (TARGET_NOT_PROTECTED): move it directly. ALREADY_EXISTS
     * (PROMOTION_REQUEST_EXISTS) when the same version already has a PENDING
     * request for the same target.
     * </pre>
     */
    public dev.regserver.v1.RequestPromotionResponse requestPromotion(dev.regserver.v1.RequestPromotionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRequestPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a promotion request by id.
     * </pre>
     */
    public dev.regserver.v1.GetPromotionRequestResponse getPromotionRequest(dev.regserver.v1.GetPromotionRequestRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPromotionRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a model's promotion requests (or every model's), newest first.
     * </pre>
     */
    public dev.regserver.v1.ListPromotionRequestsResponse listPromotionRequests(dev.regserver.v1.ListPromotionRequestsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListPromotionRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Approves a PENDING request and applies it (see "Applying").
     * FAILED_PRECONDITION (PROMOTION_NOT_PENDING) when it was already
     * decided or withdrawn; FAILED_PRECONDITION (PROMOTION_GATES_FAILED)
     * when its gates no longer pass, and then nothing moves.
     * </pre>
     */
    public dev.regserver.v1.ApprovePromotionResponse approvePromotion(dev.regserver.v1.ApprovePromotionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getApprovePromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rejects a PENDING request; nothing moves.
     * </pre>
     */
    public dev.regserver.v1.RejectPromotionResponse rejectPromotion(dev.regserver.v1.RejectPromotionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRejectPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Withdraws a PENDING request; only its requester or an admin may.
     * </pre>
     */
    public dev.regserver.v1.WithdrawPromotionResponse withdrawPromotion(dev.regserver.v1.WithdrawPromotionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getWithdrawPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an alias to the version it pointed at before its current one,
     * in one transaction with its history entry, event and audit record.
     * Gates are not re-checked (the previous version was already in
     * production), but it must still be live and READY. FAILED_PRECONDITION
     * (NO_PREVIOUS_TARGET) when the alias has no earlier holder.
     * </pre>
     */
    public dev.regserver.v1.RollbackResponse rollback(dev.regserver.v1.RollbackRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRollbackMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists which versions held an alias or a stage and when, newest first.
     * With at_time set, only the entries in force at that moment: "which
     * version was `champion` at time T" is one call.
     * </pre>
     */
    public dev.regserver.v1.ListTargetHistoryResponse listTargetHistory(dev.regserver.v1.ListTargetHistoryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListTargetHistoryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Governance.
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public static final class GovernanceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<GovernanceBlockingStub> {
    private GovernanceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GovernanceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GovernanceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets a model's promotion policy (empty when it protects nothing).
     * </pre>
     */
    public dev.regserver.v1.GetPromotionPolicyResponse getPromotionPolicy(dev.regserver.v1.GetPromotionPolicyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPromotionPolicyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces a model's promotion policy. Requests already PENDING are
     * judged by the policy in force when they are decided.
     * </pre>
     */
    public dev.regserver.v1.SetPromotionPolicyResponse setPromotionPolicy(dev.regserver.v1.SetPromotionPolicyRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetPromotionPolicyMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for a version to be moved to a protected alias or stage. The gates
     * are checked now (FAILED_PRECONDITION naming each failed check, and no
     * request is made). A target that is not protected is FAILED_PRECONDITION
     * (TARGET_NOT_PROTECTED): move it directly. ALREADY_EXISTS
     * (PROMOTION_REQUEST_EXISTS) when the same version already has a PENDING
     * request for the same target.
     * </pre>
     */
    public dev.regserver.v1.RequestPromotionResponse requestPromotion(dev.regserver.v1.RequestPromotionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRequestPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a promotion request by id.
     * </pre>
     */
    public dev.regserver.v1.GetPromotionRequestResponse getPromotionRequest(dev.regserver.v1.GetPromotionRequestRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPromotionRequestMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists a model's promotion requests (or every model's), newest first.
     * </pre>
     */
    public dev.regserver.v1.ListPromotionRequestsResponse listPromotionRequests(dev.regserver.v1.ListPromotionRequestsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListPromotionRequestsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Approves a PENDING request and applies it (see "Applying").
     * FAILED_PRECONDITION (PROMOTION_NOT_PENDING) when it was already
     * decided or withdrawn; FAILED_PRECONDITION (PROMOTION_GATES_FAILED)
     * when its gates no longer pass, and then nothing moves.
     * </pre>
     */
    public dev.regserver.v1.ApprovePromotionResponse approvePromotion(dev.regserver.v1.ApprovePromotionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApprovePromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Rejects a PENDING request; nothing moves.
     * </pre>
     */
    public dev.regserver.v1.RejectPromotionResponse rejectPromotion(dev.regserver.v1.RejectPromotionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRejectPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Withdraws a PENDING request; only its requester or an admin may.
     * </pre>
     */
    public dev.regserver.v1.WithdrawPromotionResponse withdrawPromotion(dev.regserver.v1.WithdrawPromotionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWithdrawPromotionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an alias to the version it pointed at before its current one,
     * in one transaction with its history entry, event and audit record.
     * Gates are not re-checked (the previous version was already in
     * production), but it must still be live and READY. FAILED_PRECONDITION
     * (NO_PREVIOUS_TARGET) when the alias has no earlier holder.
     * </pre>
     */
    public dev.regserver.v1.RollbackResponse rollback(dev.regserver.v1.RollbackRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRollbackMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists which versions held an alias or a stage and when, newest first.
     * With at_time set, only the entries in force at that moment: "which
     * version was `champion` at time T" is one call.
     * </pre>
     */
    public dev.regserver.v1.ListTargetHistoryResponse listTargetHistory(dev.regserver.v1.ListTargetHistoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTargetHistoryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Governance.
   * <pre>
   * Approved promotions: protected aliases and stages, promotion requests
   * decided by a second person, policy gates, rollback, and the history of
   * which version held an alias or stage when.
   * ## Protection
   * A registered model's PromotionPolicy names its protected targets (e.g.
   * the alias `champion` and the stage PRODUCTION). Once a target is
   * protected, no one, admins included, moves it directly:
   * ModelRegistry.SetAlias and DeleteAlias on a protected alias,
   * TransitionModelVersionStage into a protected stage, and
   * DeleteModelVersion of a version holding a protected alias are
   * FAILED_PRECONDITION (reason PROMOTION_REQUIRED). The way in is
   * RequestPromotion, then ApprovePromotion by an approver who is not the
   * requester. Moving a version out of a protected stage (to another stage)
   * stays direct. Unprotected targets work as before.
   * ## Gates
   * A protected target carries gates, evaluated when the request is made
   * and again, inside the approval's transaction, when it is approved: the
   * version is live and READY (always), has a signature, carries required
   * tags, has metric values passing thresholds, and beats the target's
   * current holder on a named metric. A version's value of a metric is the
   * one ListModelVersions' `metrics.&lt;key&gt;` filter compares (its latest
   * unsliced evaluation, else the value given at registration). A failed
   * gate is FAILED_PRECONDITION (reason PROMOTION_GATES_FAILED) with a
   * google.rpc.PreconditionFailure naming each failed check; at approval
   * nothing moves and the request stays PENDING.
   * ## Applying
   * ApprovePromotion is one transaction: it re-checks the gates, moves the
   * alias or the stage, archives the previous holder (the versions that held
   * the stage; for an alias, with archive_previous_holder), records the history, appends the events (ALIAS_SET or
   * VERSION_STAGE_CHANGED, with the approver as principal), marks the request
   * APPROVED, and appends its audit record. Rollback goes through the same
   * path. The audit records of every Governance RPC that changes something
   * are written in the call's own transaction (see audit.proto), with the
   * state before the change in before_json.
   * ## Roles
   * Reading policies, requests and history: viewer. RequestPromotion and
   * WithdrawPromotion: editor (a request is withdrawn by its requester, or
   * by an admin). ApprovePromotion, RejectPromotion and Rollback: approver,
   * who may not decide a request they made (PERMISSION_DENIED, reason
   * SELF_APPROVAL). SetPromotionPolicy: admin. Roles count globally or on
   * the model.
   * </pre>
   */
  public static final class GovernanceFutureStub
      extends io.grpc.stub.AbstractFutureStub<GovernanceFutureStub> {
    private GovernanceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected GovernanceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new GovernanceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Gets a model's promotion policy (empty when it protects nothing).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetPromotionPolicyResponse> getPromotionPolicy(
        dev.regserver.v1.GetPromotionPolicyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPromotionPolicyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces a model's promotion policy. Requests already PENDING are
     * judged by the policy in force when they are decided.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.SetPromotionPolicyResponse> setPromotionPolicy(
        dev.regserver.v1.SetPromotionPolicyRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetPromotionPolicyMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks for a version to be moved to a protected alias or stage. The gates
     * are checked now (FAILED_PRECONDITION naming each failed check, and no
     * request is made). A target that is not protected is FAILED_PRECONDITION
     * (TARGET_NOT_PROTECTED): move it directly. ALREADY_EXISTS
     * (PROMOTION_REQUEST_EXISTS) when the same version already has a PENDING
     * request for the same target.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RequestPromotionResponse> requestPromotion(
        dev.regserver.v1.RequestPromotionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRequestPromotionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a promotion request by id.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetPromotionRequestResponse> getPromotionRequest(
        dev.regserver.v1.GetPromotionRequestRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPromotionRequestMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists a model's promotion requests (or every model's), newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListPromotionRequestsResponse> listPromotionRequests(
        dev.regserver.v1.ListPromotionRequestsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListPromotionRequestsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Approves a PENDING request and applies it (see "Applying").
     * FAILED_PRECONDITION (PROMOTION_NOT_PENDING) when it was already
     * decided or withdrawn; FAILED_PRECONDITION (PROMOTION_GATES_FAILED)
     * when its gates no longer pass, and then nothing moves.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ApprovePromotionResponse> approvePromotion(
        dev.regserver.v1.ApprovePromotionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApprovePromotionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Rejects a PENDING request; nothing moves.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RejectPromotionResponse> rejectPromotion(
        dev.regserver.v1.RejectPromotionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRejectPromotionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Withdraws a PENDING request; only its requester or an admin may.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.WithdrawPromotionResponse> withdrawPromotion(
        dev.regserver.v1.WithdrawPromotionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWithdrawPromotionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns an alias to the version it pointed at before its current one,
     * in one transaction with its history entry, event and audit record.
     * Gates are not re-checked (the previous version was already in
     * production), but it must still be live and READY. FAILED_PRECONDITION
     * (NO_PREVIOUS_TARGET) when the alias has no earlier holder.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RollbackResponse> rollback(
        dev.regserver.v1.RollbackRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRollbackMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists which versions held an alias or a stage and when, newest first.
     * With at_time set, only the entries in force at that moment: "which
     * version was `champion` at time T" is one call.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListTargetHistoryResponse> listTargetHistory(
        dev.regserver.v1.ListTargetHistoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTargetHistoryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_PROMOTION_POLICY = 0;
  private static final int METHODID_SET_PROMOTION_POLICY = 1;
  private static final int METHODID_REQUEST_PROMOTION = 2;
  private static final int METHODID_GET_PROMOTION_REQUEST = 3;
  private static final int METHODID_LIST_PROMOTION_REQUESTS = 4;
  private static final int METHODID_APPROVE_PROMOTION = 5;
  private static final int METHODID_REJECT_PROMOTION = 6;
  private static final int METHODID_WITHDRAW_PROMOTION = 7;
  private static final int METHODID_ROLLBACK = 8;
  private static final int METHODID_LIST_TARGET_HISTORY = 9;

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
        case METHODID_GET_PROMOTION_POLICY:
          serviceImpl.getPromotionPolicy((dev.regserver.v1.GetPromotionPolicyRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionPolicyResponse>) responseObserver);
          break;
        case METHODID_SET_PROMOTION_POLICY:
          serviceImpl.setPromotionPolicy((dev.regserver.v1.SetPromotionPolicyRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.SetPromotionPolicyResponse>) responseObserver);
          break;
        case METHODID_REQUEST_PROMOTION:
          serviceImpl.requestPromotion((dev.regserver.v1.RequestPromotionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RequestPromotionResponse>) responseObserver);
          break;
        case METHODID_GET_PROMOTION_REQUEST:
          serviceImpl.getPromotionRequest((dev.regserver.v1.GetPromotionRequestRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetPromotionRequestResponse>) responseObserver);
          break;
        case METHODID_LIST_PROMOTION_REQUESTS:
          serviceImpl.listPromotionRequests((dev.regserver.v1.ListPromotionRequestsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListPromotionRequestsResponse>) responseObserver);
          break;
        case METHODID_APPROVE_PROMOTION:
          serviceImpl.approvePromotion((dev.regserver.v1.ApprovePromotionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ApprovePromotionResponse>) responseObserver);
          break;
        case METHODID_REJECT_PROMOTION:
          serviceImpl.rejectPromotion((dev.regserver.v1.RejectPromotionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RejectPromotionResponse>) responseObserver);
          break;
        case METHODID_WITHDRAW_PROMOTION:
          serviceImpl.withdrawPromotion((dev.regserver.v1.WithdrawPromotionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.WithdrawPromotionResponse>) responseObserver);
          break;
        case METHODID_ROLLBACK:
          serviceImpl.rollback((dev.regserver.v1.RollbackRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RollbackResponse>) responseObserver);
          break;
        case METHODID_LIST_TARGET_HISTORY:
          serviceImpl.listTargetHistory((dev.regserver.v1.ListTargetHistoryRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListTargetHistoryResponse>) responseObserver);
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
          getGetPromotionPolicyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetPromotionPolicyRequest,
              dev.regserver.v1.GetPromotionPolicyResponse>(
                service, METHODID_GET_PROMOTION_POLICY)))
        .addMethod(
          getSetPromotionPolicyMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.SetPromotionPolicyRequest,
              dev.regserver.v1.SetPromotionPolicyResponse>(
                service, METHODID_SET_PROMOTION_POLICY)))
        .addMethod(
          getRequestPromotionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RequestPromotionRequest,
              dev.regserver.v1.RequestPromotionResponse>(
                service, METHODID_REQUEST_PROMOTION)))
        .addMethod(
          getGetPromotionRequestMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetPromotionRequestRequest,
              dev.regserver.v1.GetPromotionRequestResponse>(
                service, METHODID_GET_PROMOTION_REQUEST)))
        .addMethod(
          getListPromotionRequestsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListPromotionRequestsRequest,
              dev.regserver.v1.ListPromotionRequestsResponse>(
                service, METHODID_LIST_PROMOTION_REQUESTS)))
        .addMethod(
          getApprovePromotionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ApprovePromotionRequest,
              dev.regserver.v1.ApprovePromotionResponse>(
                service, METHODID_APPROVE_PROMOTION)))
        .addMethod(
          getRejectPromotionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RejectPromotionRequest,
              dev.regserver.v1.RejectPromotionResponse>(
                service, METHODID_REJECT_PROMOTION)))
        .addMethod(
          getWithdrawPromotionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.WithdrawPromotionRequest,
              dev.regserver.v1.WithdrawPromotionResponse>(
                service, METHODID_WITHDRAW_PROMOTION)))
        .addMethod(
          getRollbackMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RollbackRequest,
              dev.regserver.v1.RollbackResponse>(
                service, METHODID_ROLLBACK)))
        .addMethod(
          getListTargetHistoryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListTargetHistoryRequest,
              dev.regserver.v1.ListTargetHistoryResponse>(
                service, METHODID_LIST_TARGET_HISTORY)))
        .build();
  }

  private static abstract class GovernanceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    GovernanceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.GovernanceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Governance");
    }
  }

  private static final class GovernanceFileDescriptorSupplier
      extends GovernanceBaseDescriptorSupplier {
    GovernanceFileDescriptorSupplier() {}
  }

  private static final class GovernanceMethodDescriptorSupplier
      extends GovernanceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    GovernanceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (GovernanceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new GovernanceFileDescriptorSupplier())
              .addMethod(getGetPromotionPolicyMethod())
              .addMethod(getSetPromotionPolicyMethod())
              .addMethod(getRequestPromotionMethod())
              .addMethod(getGetPromotionRequestMethod())
              .addMethod(getListPromotionRequestsMethod())
              .addMethod(getApprovePromotionMethod())
              .addMethod(getRejectPromotionMethod())
              .addMethod(getWithdrawPromotionMethod())
              .addMethod(getRollbackMethod())
              .addMethod(getListTargetHistoryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
