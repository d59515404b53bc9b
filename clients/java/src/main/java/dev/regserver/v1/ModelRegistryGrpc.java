package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Registered models, their versions, stages and aliases.
 * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
 * ErrorReason in errors.proto.
 * Every mutation is one database transaction: it happens whole or not at
 * all.
 * ## Filters
 * List RPCs take a `filter` written in this grammar (keywords are
 * case-insensitive):
 *     filter     := or_expr
 *     or_expr    := and_expr ("OR" and_expr)*
 *     and_expr   := not_expr ("AND" not_expr)*
 *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
 *     comparison := field op value
 *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
 *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
 * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
 * of characters and '_' any one character; in a pattern a backslash makes
 * the next character literal. Strings escape quotes and backslashes with a
 * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
 * contain U+0000. Timestamps are RFC 3339 strings, e.g.
 * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
 * without their prefix: stage = PRODUCTION, status = READY.
 * Fields of registered models: `name`, `owner`, `description`,
 * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
 * Fields of model versions: `name` (the model's name), `version`, `stage`,
 * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
 * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
 * `update_time`.
 * `aliases = "champion"` holds when the resource has that alias;
 * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
 * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
 * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
 * latest evaluation without a slice, else the value given at registration
 * (see service Evaluation).
 * Tag and metric keys that are not plain identifiers are quoted with
 * backticks: tags.`team/owner` = "fraud".
 * ## Ordering and paging
 * `order_by` is a comma-separated list of fields, each optionally followed
 * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
 * also `version` for versions. Defaults: models by name, versions by model
 * and then version descending (newest first).
 * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
 * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
 * last page. A page token is opaque, valid only with the same filter,
 * order_by and parent it was issued for, and is a keyset cursor: pages do
 * not skip or repeat rows when rows are added or removed in between.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class ModelRegistryGrpc {

  private ModelRegistryGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.ModelRegistry";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateRegisteredModelRequest,
      dev.regserver.v1.CreateRegisteredModelResponse> getCreateRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRegisteredModel",
      requestType = dev.regserver.v1.CreateRegisteredModelRequest.class,
      responseType = dev.regserver.v1.CreateRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateRegisteredModelRequest,
      dev.regserver.v1.CreateRegisteredModelResponse> getCreateRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateRegisteredModelRequest, dev.regserver.v1.CreateRegisteredModelResponse> getCreateRegisteredModelMethod;
    if ((getCreateRegisteredModelMethod = ModelRegistryGrpc.getCreateRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getCreateRegisteredModelMethod = ModelRegistryGrpc.getCreateRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getCreateRegisteredModelMethod = getCreateRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateRegisteredModelRequest, dev.regserver.v1.CreateRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("CreateRegisteredModel"))
              .build();
        }
      }
    }
    return getCreateRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetRegisteredModelRequest,
      dev.regserver.v1.GetRegisteredModelResponse> getGetRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRegisteredModel",
      requestType = dev.regserver.v1.GetRegisteredModelRequest.class,
      responseType = dev.regserver.v1.GetRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetRegisteredModelRequest,
      dev.regserver.v1.GetRegisteredModelResponse> getGetRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetRegisteredModelRequest, dev.regserver.v1.GetRegisteredModelResponse> getGetRegisteredModelMethod;
    if ((getGetRegisteredModelMethod = ModelRegistryGrpc.getGetRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getGetRegisteredModelMethod = ModelRegistryGrpc.getGetRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getGetRegisteredModelMethod = getGetRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetRegisteredModelRequest, dev.regserver.v1.GetRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("GetRegisteredModel"))
              .build();
        }
      }
    }
    return getGetRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListRegisteredModelsRequest,
      dev.regserver.v1.ListRegisteredModelsResponse> getListRegisteredModelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRegisteredModels",
      requestType = dev.regserver.v1.ListRegisteredModelsRequest.class,
      responseType = dev.regserver.v1.ListRegisteredModelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListRegisteredModelsRequest,
      dev.regserver.v1.ListRegisteredModelsResponse> getListRegisteredModelsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListRegisteredModelsRequest, dev.regserver.v1.ListRegisteredModelsResponse> getListRegisteredModelsMethod;
    if ((getListRegisteredModelsMethod = ModelRegistryGrpc.getListRegisteredModelsMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getListRegisteredModelsMethod = ModelRegistryGrpc.getListRegisteredModelsMethod) == null) {
          ModelRegistryGrpc.getListRegisteredModelsMethod = getListRegisteredModelsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListRegisteredModelsRequest, dev.regserver.v1.ListRegisteredModelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRegisteredModels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRegisteredModelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRegisteredModelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("ListRegisteredModels"))
              .build();
        }
      }
    }
    return getListRegisteredModelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRegisteredModelRequest,
      dev.regserver.v1.UpdateRegisteredModelResponse> getUpdateRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRegisteredModel",
      requestType = dev.regserver.v1.UpdateRegisteredModelRequest.class,
      responseType = dev.regserver.v1.UpdateRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRegisteredModelRequest,
      dev.regserver.v1.UpdateRegisteredModelResponse> getUpdateRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRegisteredModelRequest, dev.regserver.v1.UpdateRegisteredModelResponse> getUpdateRegisteredModelMethod;
    if ((getUpdateRegisteredModelMethod = ModelRegistryGrpc.getUpdateRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getUpdateRegisteredModelMethod = ModelRegistryGrpc.getUpdateRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getUpdateRegisteredModelMethod = getUpdateRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UpdateRegisteredModelRequest, dev.regserver.v1.UpdateRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("UpdateRegisteredModel"))
              .build();
        }
      }
    }
    return getUpdateRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.RenameRegisteredModelRequest,
      dev.regserver.v1.RenameRegisteredModelResponse> getRenameRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RenameRegisteredModel",
      requestType = dev.regserver.v1.RenameRegisteredModelRequest.class,
      responseType = dev.regserver.v1.RenameRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.RenameRegisteredModelRequest,
      dev.regserver.v1.RenameRegisteredModelResponse> getRenameRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.RenameRegisteredModelRequest, dev.regserver.v1.RenameRegisteredModelResponse> getRenameRegisteredModelMethod;
    if ((getRenameRegisteredModelMethod = ModelRegistryGrpc.getRenameRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getRenameRegisteredModelMethod = ModelRegistryGrpc.getRenameRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getRenameRegisteredModelMethod = getRenameRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.RenameRegisteredModelRequest, dev.regserver.v1.RenameRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RenameRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RenameRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.RenameRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("RenameRegisteredModel"))
              .build();
        }
      }
    }
    return getRenameRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRegisteredModelRequest,
      dev.regserver.v1.DeleteRegisteredModelResponse> getDeleteRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRegisteredModel",
      requestType = dev.regserver.v1.DeleteRegisteredModelRequest.class,
      responseType = dev.regserver.v1.DeleteRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRegisteredModelRequest,
      dev.regserver.v1.DeleteRegisteredModelResponse> getDeleteRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRegisteredModelRequest, dev.regserver.v1.DeleteRegisteredModelResponse> getDeleteRegisteredModelMethod;
    if ((getDeleteRegisteredModelMethod = ModelRegistryGrpc.getDeleteRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getDeleteRegisteredModelMethod = ModelRegistryGrpc.getDeleteRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getDeleteRegisteredModelMethod = getDeleteRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteRegisteredModelRequest, dev.regserver.v1.DeleteRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("DeleteRegisteredModel"))
              .build();
        }
      }
    }
    return getDeleteRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRegisteredModelRequest,
      dev.regserver.v1.UndeleteRegisteredModelResponse> getUndeleteRegisteredModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteRegisteredModel",
      requestType = dev.regserver.v1.UndeleteRegisteredModelRequest.class,
      responseType = dev.regserver.v1.UndeleteRegisteredModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRegisteredModelRequest,
      dev.regserver.v1.UndeleteRegisteredModelResponse> getUndeleteRegisteredModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRegisteredModelRequest, dev.regserver.v1.UndeleteRegisteredModelResponse> getUndeleteRegisteredModelMethod;
    if ((getUndeleteRegisteredModelMethod = ModelRegistryGrpc.getUndeleteRegisteredModelMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getUndeleteRegisteredModelMethod = ModelRegistryGrpc.getUndeleteRegisteredModelMethod) == null) {
          ModelRegistryGrpc.getUndeleteRegisteredModelMethod = getUndeleteRegisteredModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UndeleteRegisteredModelRequest, dev.regserver.v1.UndeleteRegisteredModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteRegisteredModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteRegisteredModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteRegisteredModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("UndeleteRegisteredModel"))
              .build();
        }
      }
    }
    return getUndeleteRegisteredModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateModelVersionRequest,
      dev.regserver.v1.CreateModelVersionResponse> getCreateModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateModelVersion",
      requestType = dev.regserver.v1.CreateModelVersionRequest.class,
      responseType = dev.regserver.v1.CreateModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateModelVersionRequest,
      dev.regserver.v1.CreateModelVersionResponse> getCreateModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateModelVersionRequest, dev.regserver.v1.CreateModelVersionResponse> getCreateModelVersionMethod;
    if ((getCreateModelVersionMethod = ModelRegistryGrpc.getCreateModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getCreateModelVersionMethod = ModelRegistryGrpc.getCreateModelVersionMethod) == null) {
          ModelRegistryGrpc.getCreateModelVersionMethod = getCreateModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateModelVersionRequest, dev.regserver.v1.CreateModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("CreateModelVersion"))
              .build();
        }
      }
    }
    return getCreateModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.FinalizeModelVersionRequest,
      dev.regserver.v1.FinalizeModelVersionResponse> getFinalizeModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FinalizeModelVersion",
      requestType = dev.regserver.v1.FinalizeModelVersionRequest.class,
      responseType = dev.regserver.v1.FinalizeModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.FinalizeModelVersionRequest,
      dev.regserver.v1.FinalizeModelVersionResponse> getFinalizeModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.FinalizeModelVersionRequest, dev.regserver.v1.FinalizeModelVersionResponse> getFinalizeModelVersionMethod;
    if ((getFinalizeModelVersionMethod = ModelRegistryGrpc.getFinalizeModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getFinalizeModelVersionMethod = ModelRegistryGrpc.getFinalizeModelVersionMethod) == null) {
          ModelRegistryGrpc.getFinalizeModelVersionMethod = getFinalizeModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.FinalizeModelVersionRequest, dev.regserver.v1.FinalizeModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FinalizeModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.FinalizeModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.FinalizeModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("FinalizeModelVersion"))
              .build();
        }
      }
    }
    return getFinalizeModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionRequest,
      dev.regserver.v1.GetModelVersionResponse> getGetModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetModelVersion",
      requestType = dev.regserver.v1.GetModelVersionRequest.class,
      responseType = dev.regserver.v1.GetModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionRequest,
      dev.regserver.v1.GetModelVersionResponse> getGetModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionRequest, dev.regserver.v1.GetModelVersionResponse> getGetModelVersionMethod;
    if ((getGetModelVersionMethod = ModelRegistryGrpc.getGetModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getGetModelVersionMethod = ModelRegistryGrpc.getGetModelVersionMethod) == null) {
          ModelRegistryGrpc.getGetModelVersionMethod = getGetModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetModelVersionRequest, dev.regserver.v1.GetModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("GetModelVersion"))
              .build();
        }
      }
    }
    return getGetModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListModelVersionsRequest,
      dev.regserver.v1.ListModelVersionsResponse> getListModelVersionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListModelVersions",
      requestType = dev.regserver.v1.ListModelVersionsRequest.class,
      responseType = dev.regserver.v1.ListModelVersionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListModelVersionsRequest,
      dev.regserver.v1.ListModelVersionsResponse> getListModelVersionsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListModelVersionsRequest, dev.regserver.v1.ListModelVersionsResponse> getListModelVersionsMethod;
    if ((getListModelVersionsMethod = ModelRegistryGrpc.getListModelVersionsMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getListModelVersionsMethod = ModelRegistryGrpc.getListModelVersionsMethod) == null) {
          ModelRegistryGrpc.getListModelVersionsMethod = getListModelVersionsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListModelVersionsRequest, dev.regserver.v1.ListModelVersionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListModelVersions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListModelVersionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListModelVersionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("ListModelVersions"))
              .build();
        }
      }
    }
    return getListModelVersionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UpdateModelVersionRequest,
      dev.regserver.v1.UpdateModelVersionResponse> getUpdateModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateModelVersion",
      requestType = dev.regserver.v1.UpdateModelVersionRequest.class,
      responseType = dev.regserver.v1.UpdateModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UpdateModelVersionRequest,
      dev.regserver.v1.UpdateModelVersionResponse> getUpdateModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UpdateModelVersionRequest, dev.regserver.v1.UpdateModelVersionResponse> getUpdateModelVersionMethod;
    if ((getUpdateModelVersionMethod = ModelRegistryGrpc.getUpdateModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getUpdateModelVersionMethod = ModelRegistryGrpc.getUpdateModelVersionMethod) == null) {
          ModelRegistryGrpc.getUpdateModelVersionMethod = getUpdateModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UpdateModelVersionRequest, dev.regserver.v1.UpdateModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("UpdateModelVersion"))
              .build();
        }
      }
    }
    return getUpdateModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteModelVersionRequest,
      dev.regserver.v1.DeleteModelVersionResponse> getDeleteModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteModelVersion",
      requestType = dev.regserver.v1.DeleteModelVersionRequest.class,
      responseType = dev.regserver.v1.DeleteModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteModelVersionRequest,
      dev.regserver.v1.DeleteModelVersionResponse> getDeleteModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteModelVersionRequest, dev.regserver.v1.DeleteModelVersionResponse> getDeleteModelVersionMethod;
    if ((getDeleteModelVersionMethod = ModelRegistryGrpc.getDeleteModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getDeleteModelVersionMethod = ModelRegistryGrpc.getDeleteModelVersionMethod) == null) {
          ModelRegistryGrpc.getDeleteModelVersionMethod = getDeleteModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteModelVersionRequest, dev.regserver.v1.DeleteModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("DeleteModelVersion"))
              .build();
        }
      }
    }
    return getDeleteModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteModelVersionRequest,
      dev.regserver.v1.UndeleteModelVersionResponse> getUndeleteModelVersionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteModelVersion",
      requestType = dev.regserver.v1.UndeleteModelVersionRequest.class,
      responseType = dev.regserver.v1.UndeleteModelVersionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteModelVersionRequest,
      dev.regserver.v1.UndeleteModelVersionResponse> getUndeleteModelVersionMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteModelVersionRequest, dev.regserver.v1.UndeleteModelVersionResponse> getUndeleteModelVersionMethod;
    if ((getUndeleteModelVersionMethod = ModelRegistryGrpc.getUndeleteModelVersionMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getUndeleteModelVersionMethod = ModelRegistryGrpc.getUndeleteModelVersionMethod) == null) {
          ModelRegistryGrpc.getUndeleteModelVersionMethod = getUndeleteModelVersionMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UndeleteModelVersionRequest, dev.regserver.v1.UndeleteModelVersionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteModelVersion"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteModelVersionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteModelVersionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("UndeleteModelVersion"))
              .build();
        }
      }
    }
    return getUndeleteModelVersionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.TransitionModelVersionStageRequest,
      dev.regserver.v1.TransitionModelVersionStageResponse> getTransitionModelVersionStageMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TransitionModelVersionStage",
      requestType = dev.regserver.v1.TransitionModelVersionStageRequest.class,
      responseType = dev.regserver.v1.TransitionModelVersionStageResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.TransitionModelVersionStageRequest,
      dev.regserver.v1.TransitionModelVersionStageResponse> getTransitionModelVersionStageMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.TransitionModelVersionStageRequest, dev.regserver.v1.TransitionModelVersionStageResponse> getTransitionModelVersionStageMethod;
    if ((getTransitionModelVersionStageMethod = ModelRegistryGrpc.getTransitionModelVersionStageMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getTransitionModelVersionStageMethod = ModelRegistryGrpc.getTransitionModelVersionStageMethod) == null) {
          ModelRegistryGrpc.getTransitionModelVersionStageMethod = getTransitionModelVersionStageMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.TransitionModelVersionStageRequest, dev.regserver.v1.TransitionModelVersionStageResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TransitionModelVersionStage"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.TransitionModelVersionStageRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.TransitionModelVersionStageResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("TransitionModelVersionStage"))
              .build();
        }
      }
    }
    return getTransitionModelVersionStageMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.SetAliasRequest,
      dev.regserver.v1.SetAliasResponse> getSetAliasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetAlias",
      requestType = dev.regserver.v1.SetAliasRequest.class,
      responseType = dev.regserver.v1.SetAliasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.SetAliasRequest,
      dev.regserver.v1.SetAliasResponse> getSetAliasMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.SetAliasRequest, dev.regserver.v1.SetAliasResponse> getSetAliasMethod;
    if ((getSetAliasMethod = ModelRegistryGrpc.getSetAliasMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getSetAliasMethod = ModelRegistryGrpc.getSetAliasMethod) == null) {
          ModelRegistryGrpc.getSetAliasMethod = getSetAliasMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.SetAliasRequest, dev.regserver.v1.SetAliasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetAlias"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SetAliasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.SetAliasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("SetAlias"))
              .build();
        }
      }
    }
    return getSetAliasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteAliasRequest,
      dev.regserver.v1.DeleteAliasResponse> getDeleteAliasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAlias",
      requestType = dev.regserver.v1.DeleteAliasRequest.class,
      responseType = dev.regserver.v1.DeleteAliasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteAliasRequest,
      dev.regserver.v1.DeleteAliasResponse> getDeleteAliasMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteAliasRequest, dev.regserver.v1.DeleteAliasResponse> getDeleteAliasMethod;
    if ((getDeleteAliasMethod = ModelRegistryGrpc.getDeleteAliasMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getDeleteAliasMethod = ModelRegistryGrpc.getDeleteAliasMethod) == null) {
          ModelRegistryGrpc.getDeleteAliasMethod = getDeleteAliasMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteAliasRequest, dev.regserver.v1.DeleteAliasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAlias"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteAliasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteAliasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("DeleteAlias"))
              .build();
        }
      }
    }
    return getDeleteAliasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionByAliasRequest,
      dev.regserver.v1.GetModelVersionByAliasResponse> getGetModelVersionByAliasMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetModelVersionByAlias",
      requestType = dev.regserver.v1.GetModelVersionByAliasRequest.class,
      responseType = dev.regserver.v1.GetModelVersionByAliasResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionByAliasRequest,
      dev.regserver.v1.GetModelVersionByAliasResponse> getGetModelVersionByAliasMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetModelVersionByAliasRequest, dev.regserver.v1.GetModelVersionByAliasResponse> getGetModelVersionByAliasMethod;
    if ((getGetModelVersionByAliasMethod = ModelRegistryGrpc.getGetModelVersionByAliasMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getGetModelVersionByAliasMethod = ModelRegistryGrpc.getGetModelVersionByAliasMethod) == null) {
          ModelRegistryGrpc.getGetModelVersionByAliasMethod = getGetModelVersionByAliasMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetModelVersionByAliasRequest, dev.regserver.v1.GetModelVersionByAliasResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetModelVersionByAlias"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetModelVersionByAliasRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetModelVersionByAliasResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("GetModelVersionByAlias"))
              .build();
        }
      }
    }
    return getGetModelVersionByAliasMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.AddModelVersionParentsRequest,
      dev.regserver.v1.AddModelVersionParentsResponse> getAddModelVersionParentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AddModelVersionParents",
      requestType = dev.regserver.v1.AddModelVersionParentsRequest.class,
      responseType = dev.regserver.v1.AddModelVersionParentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.AddModelVersionParentsRequest,
      dev.regserver.v1.AddModelVersionParentsResponse> getAddModelVersionParentsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.AddModelVersionParentsRequest, dev.regserver.v1.AddModelVersionParentsResponse> getAddModelVersionParentsMethod;
    if ((getAddModelVersionParentsMethod = ModelRegistryGrpc.getAddModelVersionParentsMethod) == null) {
      synchronized (ModelRegistryGrpc.class) {
        if ((getAddModelVersionParentsMethod = ModelRegistryGrpc.getAddModelVersionParentsMethod) == null) {
          ModelRegistryGrpc.getAddModelVersionParentsMethod = getAddModelVersionParentsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.AddModelVersionParentsRequest, dev.regserver.v1.AddModelVersionParentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AddModelVersionParents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.AddModelVersionParentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.AddModelVersionParentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ModelRegistryMethodDescriptorSupplier("AddModelVersionParents"))
              .build();
        }
      }
    }
    return getAddModelVersionParentsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ModelRegistryStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelRegistryStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelRegistryStub>() {
        @java.lang.Override
        public ModelRegistryStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelRegistryStub(channel, callOptions);
        }
      };
    return ModelRegistryStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ModelRegistryBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelRegistryBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelRegistryBlockingV2Stub>() {
        @java.lang.Override
        public ModelRegistryBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelRegistryBlockingV2Stub(channel, callOptions);
        }
      };
    return ModelRegistryBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ModelRegistryBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelRegistryBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelRegistryBlockingStub>() {
        @java.lang.Override
        public ModelRegistryBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelRegistryBlockingStub(channel, callOptions);
        }
      };
    return ModelRegistryBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ModelRegistryFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ModelRegistryFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ModelRegistryFutureStub>() {
        @java.lang.Override
        public ModelRegistryFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ModelRegistryFutureStub(channel, callOptions);
        }
      };
    return ModelRegistryFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a registered model. ALREADY_EXISTS if the name is taken.
     * </pre>
     */
    default void createRegisteredModel(dev.regserver.v1.CreateRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a registered model by name.
     * </pre>
     */
    default void getRegisteredModel(dev.regserver.v1.GetRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists registered models.
     * </pre>
     */
    default void listRegisteredModels(dev.regserver.v1.ListRegisteredModelsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRegisteredModelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRegisteredModelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a registered model's description, tags or owner.
     * </pre>
     */
    default void updateRegisteredModel(dev.regserver.v1.UpdateRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Renames a registered model, keeping every version, alias and tag.
     * </pre>
     */
    default void renameRegisteredModel(dev.regserver.v1.RenameRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RenameRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRenameRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a registered model and hides all its versions.
     * </pre>
     */
    default void deleteRegisteredModel(dev.regserver.v1.DeleteRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted registered model with its versions and aliases.
     * </pre>
     */
    default void undeleteRegisteredModel(dev.regserver.v1.UndeleteRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteRegisteredModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates the next version of a registered model. With files it starts
     * PENDING_UPLOAD; see ArtifactStore for the upload flow.
     * </pre>
     */
    default void createModelVersion(dev.regserver.v1.CreateModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Flips a PENDING_UPLOAD version to READY once every blob of its manifest
     * is stored, atomically. FAILED_PRECONDITION with a
     * google.rpc.PreconditionFailure naming each missing blob otherwise.
     * Finalizing a READY version returns it unchanged.
     * </pre>
     */
    default void finalizeModelVersion(dev.regserver.v1.FinalizeModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.FinalizeModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFinalizeModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a model version.
     * </pre>
     */
    default void getModelVersion(dev.regserver.v1.GetModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the versions of one registered model, or of all of them.
     * </pre>
     */
    default void listModelVersions(dev.regserver.v1.ListModelVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListModelVersionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListModelVersionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Updates a model version's description or tags.
     * </pre>
     */
    default void updateModelVersion(dev.regserver.v1.UpdateModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a model version and removes its aliases.
     * </pre>
     */
    default void deleteModelVersion(dev.regserver.v1.DeleteModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted model version, and the aliases it held that
     * have not been pointed elsewhere since.
     * </pre>
     */
    default void undeleteModelVersion(dev.regserver.v1.UndeleteModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteModelVersionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteModelVersionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves a model version to a stage, optionally archiving the versions
     * that held that stage, in one transaction.
     * </pre>
     */
    default void transitionModelVersionStage(dev.regserver.v1.TransitionModelVersionStageRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.TransitionModelVersionStageResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTransitionModelVersionStageMethod(), responseObserver);
    }

    /**
     * <pre>
     * Points an alias at a version, moving it atomically if it pointed
     * elsewhere.
     * </pre>
     */
    default void setAlias(dev.regserver.v1.SetAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SetAliasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetAliasMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes an alias.
     * </pre>
     */
    default void deleteAlias(dev.regserver.v1.DeleteAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteAliasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAliasMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets the version an alias points at.
     * </pre>
     */
    default void getModelVersionByAlias(dev.regserver.v1.GetModelVersionByAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionByAliasResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetModelVersionByAliasMethod(), responseObserver);
    }

    /**
     * <pre>
     * Adds parents to a model version (see ModelVersion.parents), in one
     * transaction. A parent the version already has with the same relation is
     * skipped; with another relation it is FAILED_PRECONDITION. A link that
     * would make a version its own ancestor is FAILED_PRECONDITION
     * (LINEAGE_CYCLE) and nothing is added.
     * </pre>
     */
    default void addModelVersionParents(dev.regserver.v1.AddModelVersionParentsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.AddModelVersionParentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAddModelVersionParentsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ModelRegistry.
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public static abstract class ModelRegistryImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ModelRegistryGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ModelRegistry.
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public static final class ModelRegistryStub
      extends io.grpc.stub.AbstractAsyncStub<ModelRegistryStub> {
    private ModelRegistryStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelRegistryStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelRegistryStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a registered model. ALREADY_EXISTS if the name is taken.
     * </pre>
     */
    public void createRegisteredModel(dev.regserver.v1.CreateRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a registered model by name.
     * </pre>
     */
    public void getRegisteredModel(dev.regserver.v1.GetRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists registered models.
     * </pre>
     */
    public void listRegisteredModels(dev.regserver.v1.ListRegisteredModelsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRegisteredModelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRegisteredModelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a registered model's description, tags or owner.
     * </pre>
     */
    public void updateRegisteredModel(dev.regserver.v1.UpdateRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Renames a registered model, keeping every version, alias and tag.
     * </pre>
     */
    public void renameRegisteredModel(dev.regserver.v1.RenameRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.RenameRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRenameRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a registered model and hides all its versions.
     * </pre>
     */
    public void deleteRegisteredModel(dev.regserver.v1.DeleteRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted registered model with its versions and aliases.
     * </pre>
     */
    public void undeleteRegisteredModel(dev.regserver.v1.UndeleteRegisteredModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRegisteredModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteRegisteredModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates the next version of a registered model. With files it starts
     * PENDING_UPLOAD; see ArtifactStore for the upload flow.
     * </pre>
     */
    public void createModelVersion(dev.regserver.v1.CreateModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Flips a PENDING_UPLOAD version to READY once every blob of its manifest
     * is stored, atomically. FAILED_PRECONDITION with a
     * google.rpc.PreconditionFailure naming each missing blob otherwise.
     * Finalizing a READY version returns it unchanged.
     * </pre>
     */
    public void finalizeModelVersion(dev.regserver.v1.FinalizeModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.FinalizeModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFinalizeModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a model version.
     * </pre>
     */
    public void getModelVersion(dev.regserver.v1.GetModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the versions of one registered model, or of all of them.
     * </pre>
     */
    public void listModelVersions(dev.regserver.v1.ListModelVersionsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListModelVersionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListModelVersionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Updates a model version's description or tags.
     * </pre>
     */
    public void updateModelVersion(dev.regserver.v1.UpdateModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a model version and removes its aliases.
     * </pre>
     */
    public void deleteModelVersion(dev.regserver.v1.DeleteModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted model version, and the aliases it held that
     * have not been pointed elsewhere since.
     * </pre>
     */
    public void undeleteModelVersion(dev.regserver.v1.UndeleteModelVersionRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteModelVersionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteModelVersionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves a model version to a stage, optionally archiving the versions
     * that held that stage, in one transaction.
     * </pre>
     */
    public void transitionModelVersionStage(dev.regserver.v1.TransitionModelVersionStageRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.TransitionModelVersionStageResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getTransitionModelVersionStageMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Points an alias at a version, moving it atomically if it pointed
     * elsewhere.
     * </pre>
     */
    public void setAlias(dev.regserver.v1.SetAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.SetAliasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetAliasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes an alias.
     * </pre>
     */
    public void deleteAlias(dev.regserver.v1.DeleteAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteAliasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAliasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets the version an alias points at.
     * </pre>
     */
    public void getModelVersionByAlias(dev.regserver.v1.GetModelVersionByAliasRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionByAliasResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetModelVersionByAliasMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Adds parents to a model version (see ModelVersion.parents), in one
     * transaction. A parent the version already has with the same relation is
     * skipped; with another relation it is FAILED_PRECONDITION. A link that
     * would make a version its own ancestor is FAILED_PRECONDITION
     * (LINEAGE_CYCLE) and nothing is added.
     * </pre>
     */
    public void addModelVersionParents(dev.regserver.v1.AddModelVersionParentsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.AddModelVersionParentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAddModelVersionParentsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ModelRegistry.
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public static final class ModelRegistryBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ModelRegistryBlockingV2Stub> {
    private ModelRegistryBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelRegistryBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelRegistryBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a registered model. ALREADY_EXISTS if the name is taken.
     * </pre>
     */
    public dev.regserver.v1.CreateRegisteredModelResponse createRegisteredModel(dev.regserver.v1.CreateRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a registered model by name.
     * </pre>
     */
    public dev.regserver.v1.GetRegisteredModelResponse getRegisteredModel(dev.regserver.v1.GetRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists registered models.
     * </pre>
     */
    public dev.regserver.v1.ListRegisteredModelsResponse listRegisteredModels(dev.regserver.v1.ListRegisteredModelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRegisteredModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a registered model's description, tags or owner.
     * </pre>
     */
    public dev.regserver.v1.UpdateRegisteredModelResponse updateRegisteredModel(dev.regserver.v1.UpdateRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a registered model, keeping every version, alias and tag.
     * </pre>
     */
    public dev.regserver.v1.RenameRegisteredModelResponse renameRegisteredModel(dev.regserver.v1.RenameRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getRenameRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a registered model and hides all its versions.
     * </pre>
     */
    public dev.regserver.v1.DeleteRegisteredModelResponse deleteRegisteredModel(dev.regserver.v1.DeleteRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted registered model with its versions and aliases.
     * </pre>
     */
    public dev.regserver.v1.UndeleteRegisteredModelResponse undeleteRegisteredModel(dev.regserver.v1.UndeleteRegisteredModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates the next version of a registered model. With files it starts
     * PENDING_UPLOAD; see ArtifactStore for the upload flow.
     * </pre>
     */
    public dev.regserver.v1.CreateModelVersionResponse createModelVersion(dev.regserver.v1.CreateModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Flips a PENDING_UPLOAD version to READY once every blob of its manifest
     * is stored, atomically. FAILED_PRECONDITION with a
     * google.rpc.PreconditionFailure naming each missing blob otherwise.
     * Finalizing a READY version returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.FinalizeModelVersionResponse finalizeModelVersion(dev.regserver.v1.FinalizeModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFinalizeModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a model version.
     * </pre>
     */
    public dev.regserver.v1.GetModelVersionResponse getModelVersion(dev.regserver.v1.GetModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the versions of one registered model, or of all of them.
     * </pre>
     */
    public dev.regserver.v1.ListModelVersionsResponse listModelVersions(dev.regserver.v1.ListModelVersionsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListModelVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a model version's description or tags.
     * </pre>
     */
    public dev.regserver.v1.UpdateModelVersionResponse updateModelVersion(dev.regserver.v1.UpdateModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a model version and removes its aliases.
     * </pre>
     */
    public dev.regserver.v1.DeleteModelVersionResponse deleteModelVersion(dev.regserver.v1.DeleteModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted model version, and the aliases it held that
     * have not been pointed elsewhere since.
     * </pre>
     */
    public dev.regserver.v1.UndeleteModelVersionResponse undeleteModelVersion(dev.regserver.v1.UndeleteModelVersionRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a model version to a stage, optionally archiving the versions
     * that held that stage, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.TransitionModelVersionStageResponse transitionModelVersionStage(dev.regserver.v1.TransitionModelVersionStageRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getTransitionModelVersionStageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Points an alias at a version, moving it atomically if it pointed
     * elsewhere.
     * </pre>
     */
    public dev.regserver.v1.SetAliasResponse setAlias(dev.regserver.v1.SetAliasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getSetAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes an alias.
     * </pre>
     */
    public dev.regserver.v1.DeleteAliasResponse deleteAlias(dev.regserver.v1.DeleteAliasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets the version an alias points at.
     * </pre>
     */
    public dev.regserver.v1.GetModelVersionByAliasResponse getModelVersionByAlias(dev.regserver.v1.GetModelVersionByAliasRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetModelVersionByAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds parents to a model version (see ModelVersion.parents), in one
     * transaction. A parent the version already has with the same relation is
     * skipped; with another relation it is FAILED_PRECONDITION. A link that
     * would make a version its own ancestor is FAILED_PRECONDITION
     * (LINEAGE_CYCLE) and nothing is added.
     * </pre>
     */
    public dev.regserver.v1.AddModelVersionParentsResponse addModelVersionParents(dev.regserver.v1.AddModelVersionParentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getAddModelVersionParentsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ModelRegistry.
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public static final class ModelRegistryBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ModelRegistryBlockingStub> {
    private ModelRegistryBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelRegistryBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelRegistryBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a registered model. ALREADY_EXISTS if the name is taken.
     * </pre>
     */
    public dev.regserver.v1.CreateRegisteredModelResponse createRegisteredModel(dev.regserver.v1.CreateRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a registered model by name.
     * </pre>
     */
    public dev.regserver.v1.GetRegisteredModelResponse getRegisteredModel(dev.regserver.v1.GetRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists registered models.
     * </pre>
     */
    public dev.regserver.v1.ListRegisteredModelsResponse listRegisteredModels(dev.regserver.v1.ListRegisteredModelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRegisteredModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a registered model's description, tags or owner.
     * </pre>
     */
    public dev.regserver.v1.UpdateRegisteredModelResponse updateRegisteredModel(dev.regserver.v1.UpdateRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Renames a registered model, keeping every version, alias and tag.
     * </pre>
     */
    public dev.regserver.v1.RenameRegisteredModelResponse renameRegisteredModel(dev.regserver.v1.RenameRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRenameRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a registered model and hides all its versions.
     * </pre>
     */
    public dev.regserver.v1.DeleteRegisteredModelResponse deleteRegisteredModel(dev.regserver.v1.DeleteRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted registered model with its versions and aliases.
     * </pre>
     */
    public dev.regserver.v1.UndeleteRegisteredModelResponse undeleteRegisteredModel(dev.regserver.v1.UndeleteRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteRegisteredModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates the next version of a registered model. With files it starts
     * PENDING_UPLOAD; see ArtifactStore for the upload flow.
     * </pre>
     */
    public dev.regserver.v1.CreateModelVersionResponse createModelVersion(dev.regserver.v1.CreateModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Flips a PENDING_UPLOAD version to READY once every blob of its manifest
     * is stored, atomically. FAILED_PRECONDITION with a
     * google.rpc.PreconditionFailure naming each missing blob otherwise.
     * Finalizing a READY version returns it unchanged.
     * </pre>
     */
    public dev.regserver.v1.FinalizeModelVersionResponse finalizeModelVersion(dev.regserver.v1.FinalizeModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFinalizeModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a model version.
     * </pre>
     */
    public dev.regserver.v1.GetModelVersionResponse getModelVersion(dev.regserver.v1.GetModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the versions of one registered model, or of all of them.
     * </pre>
     */
    public dev.regserver.v1.ListModelVersionsResponse listModelVersions(dev.regserver.v1.ListModelVersionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListModelVersionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Updates a model version's description or tags.
     * </pre>
     */
    public dev.regserver.v1.UpdateModelVersionResponse updateModelVersion(dev.regserver.v1.UpdateModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a model version and removes its aliases.
     * </pre>
     */
    public dev.regserver.v1.DeleteModelVersionResponse deleteModelVersion(dev.regserver.v1.DeleteModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted model version, and the aliases it held that
     * have not been pointed elsewhere since.
     * </pre>
     */
    public dev.regserver.v1.UndeleteModelVersionResponse undeleteModelVersion(dev.regserver.v1.UndeleteModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteModelVersionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves a model version to a stage, optionally archiving the versions
     * that held that stage, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.TransitionModelVersionStageResponse transitionModelVersionStage(dev.regserver.v1.TransitionModelVersionStageRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getTransitionModelVersionStageMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Points an alias at a version, moving it atomically if it pointed
     * elsewhere.
     * </pre>
     */
    public dev.regserver.v1.SetAliasResponse setAlias(dev.regserver.v1.SetAliasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes an alias.
     * </pre>
     */
    public dev.regserver.v1.DeleteAliasResponse deleteAlias(dev.regserver.v1.DeleteAliasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets the version an alias points at.
     * </pre>
     */
    public dev.regserver.v1.GetModelVersionByAliasResponse getModelVersionByAlias(dev.regserver.v1.GetModelVersionByAliasRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetModelVersionByAliasMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Adds parents to a model version (see ModelVersion.parents), in one
     * transaction. A parent the version already has with the same relation is
     * skipped; with another relation it is FAILED_PRECONDITION. A link that
     * would make a version its own ancestor is FAILED_PRECONDITION
     * (LINEAGE_CYCLE) and nothing is added.
     * </pre>
     */
    public dev.regserver.v1.AddModelVersionParentsResponse addModelVersionParents(dev.regserver.v1.AddModelVersionParentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAddModelVersionParentsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ModelRegistry.
   * <pre>
   * Registered models, their versions, stages and aliases.
   * Errors use canonical status codes with a google.rpc.ErrorInfo detail; see
   * ErrorReason in errors.proto.
   * Every mutation is one database transaction: it happens whole or not at
   * all.
   * ## Filters
   * List RPCs take a `filter` written in this grammar (keywords are
   * case-insensitive):
   *     filter     := or_expr
   *     or_expr    := and_expr ("OR" and_expr)*
   *     and_expr   := not_expr ("AND" not_expr)*
   *     not_expr   := "NOT" not_expr | "(" or_expr ")" | comparison
   *     comparison := field op value
   *     op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "LIKE" | "ILIKE"
   *     value      := "double-quoted" | 'single-quoted' | number | IDENTIFIER
   * LIKE and ILIKE (case-insensitive) take SQL patterns: '%' matches any run
   * of characters and '_' any one character; in a pattern a backslash makes
   * the next character literal. Strings escape quotes and backslashes with a
   * backslash, so a literal '%' is written name LIKE "100&#92;&#92;%". Strings may not
   * contain U+0000. Timestamps are RFC 3339 strings, e.g.
   * create_time &gt; "2026-01-31T00:00:00Z". Stages and statuses are written
   * without their prefix: stage = PRODUCTION, status = READY.
   * Fields of registered models: `name`, `owner`, `description`,
   * `tags.&lt;key&gt;`, `aliases`, `create_time`, `update_time`.
   * Fields of model versions: `name` (the model's name), `version`, `stage`,
   * `status`, `aliases`, `run_id`, `source`, `creator`, `description`,
   * `tags.&lt;key&gt;`, `metrics.&lt;key&gt;`, `fingerprint`, `create_time`,
   * `update_time`.
   * `aliases = "champion"` holds when the resource has that alias;
   * `aliases != "champion"` when it does not. A comparison on `tags.&lt;key&gt;` or
   * `metrics.&lt;key&gt;` is false when the key is absent (so `NOT` of it is true).
   * `metrics.&lt;key&gt;` of a version is its current value of the metric: its
   * latest evaluation without a slice, else the value given at registration
   * (see service Evaluation).
   * Tag and metric keys that are not plain identifiers are quoted with
   * backticks: tags.`team/owner` = "fraud".
   * ## Ordering and paging
   * `order_by` is a comma-separated list of fields, each optionally followed
   * by "asc" or "desc": `name`, `create_time`, `update_time` for models, and
   * also `version` for versions. Defaults: models by name, versions by model
   * and then version descending (newest first).
   * `page_size` defaults to 100 and is capped at 1000; 0 means the default,
   * a negative value is INVALID_ARGUMENT. `next_page_token` is empty on the
   * last page. A page token is opaque, valid only with the same filter,
   * order_by and parent it was issued for, and is a keyset cursor: pages do
   * not skip or repeat rows when rows are added or removed in between.
   * </pre>
   */
  public static final class ModelRegistryFutureStub
      extends io.grpc.stub.AbstractFutureStub<ModelRegistryFutureStub> {
    private ModelRegistryFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ModelRegistryFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ModelRegistryFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a registered model. ALREADY_EXISTS if the name is taken.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateRegisteredModelResponse> createRegisteredModel(
        dev.regserver.v1.CreateRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a registered model by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetRegisteredModelResponse> getRegisteredModel(
        dev.regserver.v1.GetRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists registered models.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListRegisteredModelsResponse> listRegisteredModels(
        dev.regserver.v1.ListRegisteredModelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRegisteredModelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a registered model's description, tags or owner.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UpdateRegisteredModelResponse> updateRegisteredModel(
        dev.regserver.v1.UpdateRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Renames a registered model, keeping every version, alias and tag.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.RenameRegisteredModelResponse> renameRegisteredModel(
        dev.regserver.v1.RenameRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRenameRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a registered model and hides all its versions.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteRegisteredModelResponse> deleteRegisteredModel(
        dev.regserver.v1.DeleteRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted registered model with its versions and aliases.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UndeleteRegisteredModelResponse> undeleteRegisteredModel(
        dev.regserver.v1.UndeleteRegisteredModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteRegisteredModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates the next version of a registered model. With files it starts
     * PENDING_UPLOAD; see ArtifactStore for the upload flow.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateModelVersionResponse> createModelVersion(
        dev.regserver.v1.CreateModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Flips a PENDING_UPLOAD version to READY once every blob of its manifest
     * is stored, atomically. FAILED_PRECONDITION with a
     * google.rpc.PreconditionFailure naming each missing blob otherwise.
     * Finalizing a READY version returns it unchanged.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.FinalizeModelVersionResponse> finalizeModelVersion(
        dev.regserver.v1.FinalizeModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFinalizeModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a model version.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetModelVersionResponse> getModelVersion(
        dev.regserver.v1.GetModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the versions of one registered model, or of all of them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListModelVersionsResponse> listModelVersions(
        dev.regserver.v1.ListModelVersionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListModelVersionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Updates a model version's description or tags.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UpdateModelVersionResponse> updateModelVersion(
        dev.regserver.v1.UpdateModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a model version and removes its aliases.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteModelVersionResponse> deleteModelVersion(
        dev.regserver.v1.DeleteModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted model version, and the aliases it held that
     * have not been pointed elsewhere since.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UndeleteModelVersionResponse> undeleteModelVersion(
        dev.regserver.v1.UndeleteModelVersionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteModelVersionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves a model version to a stage, optionally archiving the versions
     * that held that stage, in one transaction.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.TransitionModelVersionStageResponse> transitionModelVersionStage(
        dev.regserver.v1.TransitionModelVersionStageRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getTransitionModelVersionStageMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Points an alias at a version, moving it atomically if it pointed
     * elsewhere.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.SetAliasResponse> setAlias(
        dev.regserver.v1.SetAliasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetAliasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes an alias.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteAliasResponse> deleteAlias(
        dev.regserver.v1.DeleteAliasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAliasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets the version an alias points at.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetModelVersionByAliasResponse> getModelVersionByAlias(
        dev.regserver.v1.GetModelVersionByAliasRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetModelVersionByAliasMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Adds parents to a model version (see ModelVersion.parents), in one
     * transaction. A parent the version already has with the same relation is
     * skipped; with another relation it is FAILED_PRECONDITION. A link that
     * would make a version its own ancestor is FAILED_PRECONDITION
     * (LINEAGE_CYCLE) and nothing is added.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.AddModelVersionParentsResponse> addModelVersionParents(
        dev.regserver.v1.AddModelVersionParentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAddModelVersionParentsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_REGISTERED_MODEL = 0;
  private static final int METHODID_GET_REGISTERED_MODEL = 1;
  private static final int METHODID_LIST_REGISTERED_MODELS = 2;
  private static final int METHODID_UPDATE_REGISTERED_MODEL = 3;
  private static final int METHODID_RENAME_REGISTERED_MODEL = 4;
  private static final int METHODID_DELETE_REGISTERED_MODEL = 5;
  private static final int METHODID_UNDELETE_REGISTERED_MODEL = 6;
  private static final int METHODID_CREATE_MODEL_VERSION = 7;
  private static final int METHODID_FINALIZE_MODEL_VERSION = 8;
  private static final int METHODID_GET_MODEL_VERSION = 9;
  private static final int METHODID_LIST_MODEL_VERSIONS = 10;
  private static final int METHODID_UPDATE_MODEL_VERSION = 11;
  private static final int METHODID_DELETE_MODEL_VERSION = 12;
  private static final int METHODID_UNDELETE_MODEL_VERSION = 13;
  private static final int METHODID_TRANSITION_MODEL_VERSION_STAGE = 14;
  private static final int METHODID_SET_ALIAS = 15;
  private static final int METHODID_DELETE_ALIAS = 16;
  private static final int METHODID_GET_MODEL_VERSION_BY_ALIAS = 17;
  private static final int METHODID_ADD_MODEL_VERSION_PARENTS = 18;

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
        case METHODID_CREATE_REGISTERED_MODEL:
          serviceImpl.createRegisteredModel((dev.regserver.v1.CreateRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_GET_REGISTERED_MODEL:
          serviceImpl.getRegisteredModel((dev.regserver.v1.GetRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_LIST_REGISTERED_MODELS:
          serviceImpl.listRegisteredModels((dev.regserver.v1.ListRegisteredModelsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListRegisteredModelsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_REGISTERED_MODEL:
          serviceImpl.updateRegisteredModel((dev.regserver.v1.UpdateRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_RENAME_REGISTERED_MODEL:
          serviceImpl.renameRegisteredModel((dev.regserver.v1.RenameRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.RenameRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_DELETE_REGISTERED_MODEL:
          serviceImpl.deleteRegisteredModel((dev.regserver.v1.DeleteRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_REGISTERED_MODEL:
          serviceImpl.undeleteRegisteredModel((dev.regserver.v1.UndeleteRegisteredModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRegisteredModelResponse>) responseObserver);
          break;
        case METHODID_CREATE_MODEL_VERSION:
          serviceImpl.createModelVersion((dev.regserver.v1.CreateModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateModelVersionResponse>) responseObserver);
          break;
        case METHODID_FINALIZE_MODEL_VERSION:
          serviceImpl.finalizeModelVersion((dev.regserver.v1.FinalizeModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.FinalizeModelVersionResponse>) responseObserver);
          break;
        case METHODID_GET_MODEL_VERSION:
          serviceImpl.getModelVersion((dev.regserver.v1.GetModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionResponse>) responseObserver);
          break;
        case METHODID_LIST_MODEL_VERSIONS:
          serviceImpl.listModelVersions((dev.regserver.v1.ListModelVersionsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListModelVersionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_MODEL_VERSION:
          serviceImpl.updateModelVersion((dev.regserver.v1.UpdateModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateModelVersionResponse>) responseObserver);
          break;
        case METHODID_DELETE_MODEL_VERSION:
          serviceImpl.deleteModelVersion((dev.regserver.v1.DeleteModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteModelVersionResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_MODEL_VERSION:
          serviceImpl.undeleteModelVersion((dev.regserver.v1.UndeleteModelVersionRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteModelVersionResponse>) responseObserver);
          break;
        case METHODID_TRANSITION_MODEL_VERSION_STAGE:
          serviceImpl.transitionModelVersionStage((dev.regserver.v1.TransitionModelVersionStageRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.TransitionModelVersionStageResponse>) responseObserver);
          break;
        case METHODID_SET_ALIAS:
          serviceImpl.setAlias((dev.regserver.v1.SetAliasRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.SetAliasResponse>) responseObserver);
          break;
        case METHODID_DELETE_ALIAS:
          serviceImpl.deleteAlias((dev.regserver.v1.DeleteAliasRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteAliasResponse>) responseObserver);
          break;
        case METHODID_GET_MODEL_VERSION_BY_ALIAS:
          serviceImpl.getModelVersionByAlias((dev.regserver.v1.GetModelVersionByAliasRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetModelVersionByAliasResponse>) responseObserver);
          break;
        case METHODID_ADD_MODEL_VERSION_PARENTS:
          serviceImpl.addModelVersionParents((dev.regserver.v1.AddModelVersionParentsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.AddModelVersionParentsResponse>) responseObserver);
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
          getCreateRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateRegisteredModelRequest,
              dev.regserver.v1.CreateRegisteredModelResponse>(
                service, METHODID_CREATE_REGISTERED_MODEL)))
        .addMethod(
          getGetRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetRegisteredModelRequest,
              dev.regserver.v1.GetRegisteredModelResponse>(
                service, METHODID_GET_REGISTERED_MODEL)))
        .addMethod(
          getListRegisteredModelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListRegisteredModelsRequest,
              dev.regserver.v1.ListRegisteredModelsResponse>(
                service, METHODID_LIST_REGISTERED_MODELS)))
        .addMethod(
          getUpdateRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UpdateRegisteredModelRequest,
              dev.regserver.v1.UpdateRegisteredModelResponse>(
                service, METHODID_UPDATE_REGISTERED_MODEL)))
        .addMethod(
          getRenameRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.RenameRegisteredModelRequest,
              dev.regserver.v1.RenameRegisteredModelResponse>(
                service, METHODID_RENAME_REGISTERED_MODEL)))
        .addMethod(
          getDeleteRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteRegisteredModelRequest,
              dev.regserver.v1.DeleteRegisteredModelResponse>(
                service, METHODID_DELETE_REGISTERED_MODEL)))
        .addMethod(
          getUndeleteRegisteredModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UndeleteRegisteredModelRequest,
              dev.regserver.v1.UndeleteRegisteredModelResponse>(
                service, METHODID_UNDELETE_REGISTERED_MODEL)))
        .addMethod(
          getCreateModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateModelVersionRequest,
              dev.regserver.v1.CreateModelVersionResponse>(
                service, METHODID_CREATE_MODEL_VERSION)))
        .addMethod(
          getFinalizeModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.FinalizeModelVersionRequest,
              dev.regserver.v1.FinalizeModelVersionResponse>(
                service, METHODID_FINALIZE_MODEL_VERSION)))
        .addMethod(
          getGetModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetModelVersionRequest,
              dev.regserver.v1.GetModelVersionResponse>(
                service, METHODID_GET_MODEL_VERSION)))
        .addMethod(
          getListModelVersionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListModelVersionsRequest,
              dev.regserver.v1.ListModelVersionsResponse>(
                service, METHODID_LIST_MODEL_VERSIONS)))
        .addMethod(
          getUpdateModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UpdateModelVersionRequest,
              dev.regserver.v1.UpdateModelVersionResponse>(
                service, METHODID_UPDATE_MODEL_VERSION)))
        .addMethod(
          getDeleteModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteModelVersionRequest,
              dev.regserver.v1.DeleteModelVersionResponse>(
                service, METHODID_DELETE_MODEL_VERSION)))
        .addMethod(
          getUndeleteModelVersionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UndeleteModelVersionRequest,
              dev.regserver.v1.UndeleteModelVersionResponse>(
                service, METHODID_UNDELETE_MODEL_VERSION)))
        .addMethod(
          getTransitionModelVersionStageMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.TransitionModelVersionStageRequest,
              dev.regserver.v1.TransitionModelVersionStageResponse>(
                service, METHODID_TRANSITION_MODEL_VERSION_STAGE)))
        .addMethod(
          getSetAliasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.SetAliasRequest,
              dev.regserver.v1.SetAliasResponse>(
                service, METHODID_SET_ALIAS)))
        .addMethod(
          getDeleteAliasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteAliasRequest,
              dev.regserver.v1.DeleteAliasResponse>(
                service, METHODID_DELETE_ALIAS)))
        .addMethod(
          getGetModelVersionByAliasMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetModelVersionByAliasRequest,
              dev.regserver.v1.GetModelVersionByAliasResponse>(
                service, METHODID_GET_MODEL_VERSION_BY_ALIAS)))
        .addMethod(
          getAddModelVersionParentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.AddModelVersionParentsRequest,
              dev.regserver.v1.AddModelVersionParentsResponse>(
                service, METHODID_ADD_MODEL_VERSION_PARENTS)))
        .build();
  }

  private static abstract class ModelRegistryBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ModelRegistryBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.ModelRegistryProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ModelRegistry");
    }
  }

  private static final class ModelRegistryFileDescriptorSupplier
      extends ModelRegistryBaseDescriptorSupplier {
    ModelRegistryFileDescriptorSupplier() {}
  }

  private static final class ModelRegistryMethodDescriptorSupplier
      extends ModelRegistryBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ModelRegistryMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ModelRegistryGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ModelRegistryFileDescriptorSupplier())
              .addMethod(getCreateRegisteredModelMethod())
              .addMethod(getGetRegisteredModelMethod())
              .addMethod(getListRegisteredModelsMethod())
              .addMethod(getUpdateRegisteredModelMethod())
              .addMethod(getRenameRegisteredModelMethod())
              .addMethod(getDeleteRegisteredModelMethod())
              .addMethod(getUndeleteRegisteredModelMethod())
              .addMethod(getCreateModelVersionMethod())
              .addMethod(getFinalizeModelVersionMethod())
              .addMethod(getGetModelVersionMethod())
              .addMethod(getListModelVersionsMethod())
              .addMethod(getUpdateModelVersionMethod())
              .addMethod(getDeleteModelVersionMethod())
              .addMethod(getUndeleteModelVersionMethod())
              .addMethod(getTransitionModelVersionStageMethod())
              .addMethod(getSetAliasMethod())
              .addMethod(getDeleteAliasMethod())
              .addMethod(getGetModelVersionByAliasMethod())
              .addMethod(getAddModelVersionParentsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
