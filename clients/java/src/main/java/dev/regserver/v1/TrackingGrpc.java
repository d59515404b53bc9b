package dev.regserver.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Experiment tracking: experiments, the runs in them, and each run's params,
 * metric histories and tags.
 * ## Params, metrics and tags
 * - A param is a key and a string value, immutable once logged: logging the
 *   same key again with the same value does nothing; with a different value
 *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
 *   stored.
 * - A metric is a history of points (key, value, step, timestamp); a key
 *   holds any number of points. A run's latest value of a key is the point
 *   with the highest step, then the latest timestamp, then the one logged
 *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
 * - NaN and infinite metric values are refused: INVALID_ARGUMENT
 *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
 *   the call is stored. Log a sentinel of your own, or a tag, instead.
 * - Tags are mutable: logging a tag again replaces its value.
 * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
 *   '.', '/', ':'; param values are at most 6000 characters, tag values at
 *   most 5000.
 * ## LogBatch
 * One call, one transaction: every param, metric and tag of the call is
 * stored, or none is. A call carries at most 1000 metrics, 100 params and
 * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
 * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
 * ## ListRuns filters
 * The grammar is the one documented on service ModelRegistry. Runs can be
 * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
 * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
 * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
 * string), e.g.
 *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
 * and ordered by `start_time` (the default, newest first), `name` or
 * `end_time`. Page tokens are opaque and bound to the query.
 * ## Inputs: datasets, code version, environment
 * LogInputs records what a run consumed, in one transaction:
 * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
 *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
 *   characters): the same digest logged from many runs is one dataset
 *   record, linked to each run with each role. Its name, source URI,
 *   schema and row count are those given the first time the digest was
 *   logged; later loggings link the stored record (LogInputs returns it).
 *   Logging a (dataset, role) a run already has does nothing. At most 100
 *   datasets per call.
 * - The code version (repository URL, full commit hash, dirty flag) and the
 *   environment (Python version, lock-file digest, key package versions).
 *   Each is set once: logging the same again does nothing; different values
 *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
 *   A code version (repository URL, commit) is one record shared by every
 *   run built from it; the dirty flag belongs to the run.
 * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
 * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
 * nothing of the call is stored.
 * ## Artifacts: the files of a run or a logged model
 * A run, and a logged model, hold files: paths mapped to blobs of the
 * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
 * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
 * LogArtifacts; ListArtifacts reads them back. The parent is named
 * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
 * - LogArtifacts is one transaction: every path of the call is recorded, or
 *   none is. A path logged again points at the new blob (a file replaced).
 * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
 *   the digest) otherwise. Paths follow ManifestEntry's rules
 *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
 *   10000 per parent (RESOURCE_EXHAUSTED past that).
 * - A blob logged by a run or a logged model is never garbage-collected.
 * - With validate_only, the call checks the parent, the caller's permission
 *   and the paths, and records nothing: a proxy asks it before it accepts a
 *   file's bytes.
 * ## Logged models
 * A logged model is a model a run produced (MLflow's `log_model`), before or
 * without registration: a name, a status, tags, params and files. A model
 * version created from it copies its files into the version's manifest (see
 * the MLflow API in the README).
 * Mutations of experiments, runs and logged models are not (yet) written to
 * the event log that Watch and webhooks follow.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class TrackingGrpc {

  private TrackingGrpc() {}

  public static final java.lang.String SERVICE_NAME = "regserver.v1.Tracking";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateExperimentRequest,
      dev.regserver.v1.CreateExperimentResponse> getCreateExperimentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateExperiment",
      requestType = dev.regserver.v1.CreateExperimentRequest.class,
      responseType = dev.regserver.v1.CreateExperimentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateExperimentRequest,
      dev.regserver.v1.CreateExperimentResponse> getCreateExperimentMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateExperimentRequest, dev.regserver.v1.CreateExperimentResponse> getCreateExperimentMethod;
    if ((getCreateExperimentMethod = TrackingGrpc.getCreateExperimentMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getCreateExperimentMethod = TrackingGrpc.getCreateExperimentMethod) == null) {
          TrackingGrpc.getCreateExperimentMethod = getCreateExperimentMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateExperimentRequest, dev.regserver.v1.CreateExperimentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateExperiment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateExperimentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateExperimentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("CreateExperiment"))
              .build();
        }
      }
    }
    return getCreateExperimentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetExperimentRequest,
      dev.regserver.v1.GetExperimentResponse> getGetExperimentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetExperiment",
      requestType = dev.regserver.v1.GetExperimentRequest.class,
      responseType = dev.regserver.v1.GetExperimentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetExperimentRequest,
      dev.regserver.v1.GetExperimentResponse> getGetExperimentMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetExperimentRequest, dev.regserver.v1.GetExperimentResponse> getGetExperimentMethod;
    if ((getGetExperimentMethod = TrackingGrpc.getGetExperimentMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getGetExperimentMethod = TrackingGrpc.getGetExperimentMethod) == null) {
          TrackingGrpc.getGetExperimentMethod = getGetExperimentMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetExperimentRequest, dev.regserver.v1.GetExperimentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetExperiment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetExperimentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetExperimentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("GetExperiment"))
              .build();
        }
      }
    }
    return getGetExperimentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListExperimentsRequest,
      dev.regserver.v1.ListExperimentsResponse> getListExperimentsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListExperiments",
      requestType = dev.regserver.v1.ListExperimentsRequest.class,
      responseType = dev.regserver.v1.ListExperimentsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListExperimentsRequest,
      dev.regserver.v1.ListExperimentsResponse> getListExperimentsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListExperimentsRequest, dev.regserver.v1.ListExperimentsResponse> getListExperimentsMethod;
    if ((getListExperimentsMethod = TrackingGrpc.getListExperimentsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getListExperimentsMethod = TrackingGrpc.getListExperimentsMethod) == null) {
          TrackingGrpc.getListExperimentsMethod = getListExperimentsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListExperimentsRequest, dev.regserver.v1.ListExperimentsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListExperiments"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListExperimentsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListExperimentsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("ListExperiments"))
              .build();
        }
      }
    }
    return getListExperimentsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteExperimentRequest,
      dev.regserver.v1.DeleteExperimentResponse> getDeleteExperimentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteExperiment",
      requestType = dev.regserver.v1.DeleteExperimentRequest.class,
      responseType = dev.regserver.v1.DeleteExperimentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteExperimentRequest,
      dev.regserver.v1.DeleteExperimentResponse> getDeleteExperimentMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteExperimentRequest, dev.regserver.v1.DeleteExperimentResponse> getDeleteExperimentMethod;
    if ((getDeleteExperimentMethod = TrackingGrpc.getDeleteExperimentMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getDeleteExperimentMethod = TrackingGrpc.getDeleteExperimentMethod) == null) {
          TrackingGrpc.getDeleteExperimentMethod = getDeleteExperimentMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteExperimentRequest, dev.regserver.v1.DeleteExperimentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteExperiment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteExperimentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteExperimentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("DeleteExperiment"))
              .build();
        }
      }
    }
    return getDeleteExperimentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteExperimentRequest,
      dev.regserver.v1.UndeleteExperimentResponse> getUndeleteExperimentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteExperiment",
      requestType = dev.regserver.v1.UndeleteExperimentRequest.class,
      responseType = dev.regserver.v1.UndeleteExperimentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteExperimentRequest,
      dev.regserver.v1.UndeleteExperimentResponse> getUndeleteExperimentMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteExperimentRequest, dev.regserver.v1.UndeleteExperimentResponse> getUndeleteExperimentMethod;
    if ((getUndeleteExperimentMethod = TrackingGrpc.getUndeleteExperimentMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getUndeleteExperimentMethod = TrackingGrpc.getUndeleteExperimentMethod) == null) {
          TrackingGrpc.getUndeleteExperimentMethod = getUndeleteExperimentMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UndeleteExperimentRequest, dev.regserver.v1.UndeleteExperimentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteExperiment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteExperimentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteExperimentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("UndeleteExperiment"))
              .build();
        }
      }
    }
    return getUndeleteExperimentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateRunRequest,
      dev.regserver.v1.CreateRunResponse> getCreateRunMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRun",
      requestType = dev.regserver.v1.CreateRunRequest.class,
      responseType = dev.regserver.v1.CreateRunResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateRunRequest,
      dev.regserver.v1.CreateRunResponse> getCreateRunMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateRunRequest, dev.regserver.v1.CreateRunResponse> getCreateRunMethod;
    if ((getCreateRunMethod = TrackingGrpc.getCreateRunMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getCreateRunMethod = TrackingGrpc.getCreateRunMethod) == null) {
          TrackingGrpc.getCreateRunMethod = getCreateRunMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateRunRequest, dev.regserver.v1.CreateRunResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRun"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateRunRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateRunResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("CreateRun"))
              .build();
        }
      }
    }
    return getCreateRunMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetRunRequest,
      dev.regserver.v1.GetRunResponse> getGetRunMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRun",
      requestType = dev.regserver.v1.GetRunRequest.class,
      responseType = dev.regserver.v1.GetRunResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetRunRequest,
      dev.regserver.v1.GetRunResponse> getGetRunMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetRunRequest, dev.regserver.v1.GetRunResponse> getGetRunMethod;
    if ((getGetRunMethod = TrackingGrpc.getGetRunMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getGetRunMethod = TrackingGrpc.getGetRunMethod) == null) {
          TrackingGrpc.getGetRunMethod = getGetRunMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetRunRequest, dev.regserver.v1.GetRunResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRun"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetRunRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetRunResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("GetRun"))
              .build();
        }
      }
    }
    return getGetRunMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRunRequest,
      dev.regserver.v1.UpdateRunResponse> getUpdateRunMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRun",
      requestType = dev.regserver.v1.UpdateRunRequest.class,
      responseType = dev.regserver.v1.UpdateRunResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRunRequest,
      dev.regserver.v1.UpdateRunResponse> getUpdateRunMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UpdateRunRequest, dev.regserver.v1.UpdateRunResponse> getUpdateRunMethod;
    if ((getUpdateRunMethod = TrackingGrpc.getUpdateRunMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getUpdateRunMethod = TrackingGrpc.getUpdateRunMethod) == null) {
          TrackingGrpc.getUpdateRunMethod = getUpdateRunMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UpdateRunRequest, dev.regserver.v1.UpdateRunResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRun"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateRunRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateRunResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("UpdateRun"))
              .build();
        }
      }
    }
    return getUpdateRunMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListRunsRequest,
      dev.regserver.v1.ListRunsResponse> getListRunsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRuns",
      requestType = dev.regserver.v1.ListRunsRequest.class,
      responseType = dev.regserver.v1.ListRunsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListRunsRequest,
      dev.regserver.v1.ListRunsResponse> getListRunsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListRunsRequest, dev.regserver.v1.ListRunsResponse> getListRunsMethod;
    if ((getListRunsMethod = TrackingGrpc.getListRunsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getListRunsMethod = TrackingGrpc.getListRunsMethod) == null) {
          TrackingGrpc.getListRunsMethod = getListRunsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListRunsRequest, dev.regserver.v1.ListRunsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRuns"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRunsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListRunsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("ListRuns"))
              .build();
        }
      }
    }
    return getListRunsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRunRequest,
      dev.regserver.v1.DeleteRunResponse> getDeleteRunMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRun",
      requestType = dev.regserver.v1.DeleteRunRequest.class,
      responseType = dev.regserver.v1.DeleteRunResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRunRequest,
      dev.regserver.v1.DeleteRunResponse> getDeleteRunMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteRunRequest, dev.regserver.v1.DeleteRunResponse> getDeleteRunMethod;
    if ((getDeleteRunMethod = TrackingGrpc.getDeleteRunMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getDeleteRunMethod = TrackingGrpc.getDeleteRunMethod) == null) {
          TrackingGrpc.getDeleteRunMethod = getDeleteRunMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteRunRequest, dev.regserver.v1.DeleteRunResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRun"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteRunRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteRunResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("DeleteRun"))
              .build();
        }
      }
    }
    return getDeleteRunMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRunRequest,
      dev.regserver.v1.UndeleteRunResponse> getUndeleteRunMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteRun",
      requestType = dev.regserver.v1.UndeleteRunRequest.class,
      responseType = dev.regserver.v1.UndeleteRunResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRunRequest,
      dev.regserver.v1.UndeleteRunResponse> getUndeleteRunMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UndeleteRunRequest, dev.regserver.v1.UndeleteRunResponse> getUndeleteRunMethod;
    if ((getUndeleteRunMethod = TrackingGrpc.getUndeleteRunMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getUndeleteRunMethod = TrackingGrpc.getUndeleteRunMethod) == null) {
          TrackingGrpc.getUndeleteRunMethod = getUndeleteRunMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UndeleteRunRequest, dev.regserver.v1.UndeleteRunResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteRun"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteRunRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UndeleteRunResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("UndeleteRun"))
              .build();
        }
      }
    }
    return getUndeleteRunMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.LogBatchRequest,
      dev.regserver.v1.LogBatchResponse> getLogBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LogBatch",
      requestType = dev.regserver.v1.LogBatchRequest.class,
      responseType = dev.regserver.v1.LogBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.LogBatchRequest,
      dev.regserver.v1.LogBatchResponse> getLogBatchMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.LogBatchRequest, dev.regserver.v1.LogBatchResponse> getLogBatchMethod;
    if ((getLogBatchMethod = TrackingGrpc.getLogBatchMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getLogBatchMethod = TrackingGrpc.getLogBatchMethod) == null) {
          TrackingGrpc.getLogBatchMethod = getLogBatchMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.LogBatchRequest, dev.regserver.v1.LogBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LogBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("LogBatch"))
              .build();
        }
      }
    }
    return getLogBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetMetricHistoryRequest,
      dev.regserver.v1.GetMetricHistoryResponse> getGetMetricHistoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMetricHistory",
      requestType = dev.regserver.v1.GetMetricHistoryRequest.class,
      responseType = dev.regserver.v1.GetMetricHistoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetMetricHistoryRequest,
      dev.regserver.v1.GetMetricHistoryResponse> getGetMetricHistoryMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetMetricHistoryRequest, dev.regserver.v1.GetMetricHistoryResponse> getGetMetricHistoryMethod;
    if ((getGetMetricHistoryMethod = TrackingGrpc.getGetMetricHistoryMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getGetMetricHistoryMethod = TrackingGrpc.getGetMetricHistoryMethod) == null) {
          TrackingGrpc.getGetMetricHistoryMethod = getGetMetricHistoryMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetMetricHistoryRequest, dev.regserver.v1.GetMetricHistoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMetricHistory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetMetricHistoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetMetricHistoryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("GetMetricHistory"))
              .build();
        }
      }
    }
    return getGetMetricHistoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.LogInputsRequest,
      dev.regserver.v1.LogInputsResponse> getLogInputsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LogInputs",
      requestType = dev.regserver.v1.LogInputsRequest.class,
      responseType = dev.regserver.v1.LogInputsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.LogInputsRequest,
      dev.regserver.v1.LogInputsResponse> getLogInputsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.LogInputsRequest, dev.regserver.v1.LogInputsResponse> getLogInputsMethod;
    if ((getLogInputsMethod = TrackingGrpc.getLogInputsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getLogInputsMethod = TrackingGrpc.getLogInputsMethod) == null) {
          TrackingGrpc.getLogInputsMethod = getLogInputsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.LogInputsRequest, dev.regserver.v1.LogInputsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LogInputs"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogInputsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogInputsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("LogInputs"))
              .build();
        }
      }
    }
    return getLogInputsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.LogArtifactsRequest,
      dev.regserver.v1.LogArtifactsResponse> getLogArtifactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "LogArtifacts",
      requestType = dev.regserver.v1.LogArtifactsRequest.class,
      responseType = dev.regserver.v1.LogArtifactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.LogArtifactsRequest,
      dev.regserver.v1.LogArtifactsResponse> getLogArtifactsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.LogArtifactsRequest, dev.regserver.v1.LogArtifactsResponse> getLogArtifactsMethod;
    if ((getLogArtifactsMethod = TrackingGrpc.getLogArtifactsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getLogArtifactsMethod = TrackingGrpc.getLogArtifactsMethod) == null) {
          TrackingGrpc.getLogArtifactsMethod = getLogArtifactsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.LogArtifactsRequest, dev.regserver.v1.LogArtifactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "LogArtifacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogArtifactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.LogArtifactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("LogArtifacts"))
              .build();
        }
      }
    }
    return getLogArtifactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListArtifactsRequest,
      dev.regserver.v1.ListArtifactsResponse> getListArtifactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListArtifacts",
      requestType = dev.regserver.v1.ListArtifactsRequest.class,
      responseType = dev.regserver.v1.ListArtifactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListArtifactsRequest,
      dev.regserver.v1.ListArtifactsResponse> getListArtifactsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListArtifactsRequest, dev.regserver.v1.ListArtifactsResponse> getListArtifactsMethod;
    if ((getListArtifactsMethod = TrackingGrpc.getListArtifactsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getListArtifactsMethod = TrackingGrpc.getListArtifactsMethod) == null) {
          TrackingGrpc.getListArtifactsMethod = getListArtifactsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListArtifactsRequest, dev.regserver.v1.ListArtifactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListArtifacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListArtifactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListArtifactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("ListArtifacts"))
              .build();
        }
      }
    }
    return getListArtifactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.CreateLoggedModelRequest,
      dev.regserver.v1.CreateLoggedModelResponse> getCreateLoggedModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateLoggedModel",
      requestType = dev.regserver.v1.CreateLoggedModelRequest.class,
      responseType = dev.regserver.v1.CreateLoggedModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.CreateLoggedModelRequest,
      dev.regserver.v1.CreateLoggedModelResponse> getCreateLoggedModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.CreateLoggedModelRequest, dev.regserver.v1.CreateLoggedModelResponse> getCreateLoggedModelMethod;
    if ((getCreateLoggedModelMethod = TrackingGrpc.getCreateLoggedModelMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getCreateLoggedModelMethod = TrackingGrpc.getCreateLoggedModelMethod) == null) {
          TrackingGrpc.getCreateLoggedModelMethod = getCreateLoggedModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.CreateLoggedModelRequest, dev.regserver.v1.CreateLoggedModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateLoggedModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateLoggedModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.CreateLoggedModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("CreateLoggedModel"))
              .build();
        }
      }
    }
    return getCreateLoggedModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.GetLoggedModelRequest,
      dev.regserver.v1.GetLoggedModelResponse> getGetLoggedModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLoggedModel",
      requestType = dev.regserver.v1.GetLoggedModelRequest.class,
      responseType = dev.regserver.v1.GetLoggedModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.GetLoggedModelRequest,
      dev.regserver.v1.GetLoggedModelResponse> getGetLoggedModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.GetLoggedModelRequest, dev.regserver.v1.GetLoggedModelResponse> getGetLoggedModelMethod;
    if ((getGetLoggedModelMethod = TrackingGrpc.getGetLoggedModelMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getGetLoggedModelMethod = TrackingGrpc.getGetLoggedModelMethod) == null) {
          TrackingGrpc.getGetLoggedModelMethod = getGetLoggedModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.GetLoggedModelRequest, dev.regserver.v1.GetLoggedModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLoggedModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetLoggedModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.GetLoggedModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("GetLoggedModel"))
              .build();
        }
      }
    }
    return getGetLoggedModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.UpdateLoggedModelRequest,
      dev.regserver.v1.UpdateLoggedModelResponse> getUpdateLoggedModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateLoggedModel",
      requestType = dev.regserver.v1.UpdateLoggedModelRequest.class,
      responseType = dev.regserver.v1.UpdateLoggedModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.UpdateLoggedModelRequest,
      dev.regserver.v1.UpdateLoggedModelResponse> getUpdateLoggedModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.UpdateLoggedModelRequest, dev.regserver.v1.UpdateLoggedModelResponse> getUpdateLoggedModelMethod;
    if ((getUpdateLoggedModelMethod = TrackingGrpc.getUpdateLoggedModelMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getUpdateLoggedModelMethod = TrackingGrpc.getUpdateLoggedModelMethod) == null) {
          TrackingGrpc.getUpdateLoggedModelMethod = getUpdateLoggedModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.UpdateLoggedModelRequest, dev.regserver.v1.UpdateLoggedModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateLoggedModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateLoggedModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.UpdateLoggedModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("UpdateLoggedModel"))
              .build();
        }
      }
    }
    return getUpdateLoggedModelMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.ListLoggedModelsRequest,
      dev.regserver.v1.ListLoggedModelsResponse> getListLoggedModelsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListLoggedModels",
      requestType = dev.regserver.v1.ListLoggedModelsRequest.class,
      responseType = dev.regserver.v1.ListLoggedModelsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.ListLoggedModelsRequest,
      dev.regserver.v1.ListLoggedModelsResponse> getListLoggedModelsMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.ListLoggedModelsRequest, dev.regserver.v1.ListLoggedModelsResponse> getListLoggedModelsMethod;
    if ((getListLoggedModelsMethod = TrackingGrpc.getListLoggedModelsMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getListLoggedModelsMethod = TrackingGrpc.getListLoggedModelsMethod) == null) {
          TrackingGrpc.getListLoggedModelsMethod = getListLoggedModelsMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.ListLoggedModelsRequest, dev.regserver.v1.ListLoggedModelsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListLoggedModels"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListLoggedModelsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.ListLoggedModelsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("ListLoggedModels"))
              .build();
        }
      }
    }
    return getListLoggedModelsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.regserver.v1.DeleteLoggedModelRequest,
      dev.regserver.v1.DeleteLoggedModelResponse> getDeleteLoggedModelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteLoggedModel",
      requestType = dev.regserver.v1.DeleteLoggedModelRequest.class,
      responseType = dev.regserver.v1.DeleteLoggedModelResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.regserver.v1.DeleteLoggedModelRequest,
      dev.regserver.v1.DeleteLoggedModelResponse> getDeleteLoggedModelMethod() {
    io.grpc.MethodDescriptor<dev.regserver.v1.DeleteLoggedModelRequest, dev.regserver.v1.DeleteLoggedModelResponse> getDeleteLoggedModelMethod;
    if ((getDeleteLoggedModelMethod = TrackingGrpc.getDeleteLoggedModelMethod) == null) {
      synchronized (TrackingGrpc.class) {
        if ((getDeleteLoggedModelMethod = TrackingGrpc.getDeleteLoggedModelMethod) == null) {
          TrackingGrpc.getDeleteLoggedModelMethod = getDeleteLoggedModelMethod =
              io.grpc.MethodDescriptor.<dev.regserver.v1.DeleteLoggedModelRequest, dev.regserver.v1.DeleteLoggedModelResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteLoggedModel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteLoggedModelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.regserver.v1.DeleteLoggedModelResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TrackingMethodDescriptorSupplier("DeleteLoggedModel"))
              .build();
        }
      }
    }
    return getDeleteLoggedModelMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TrackingStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TrackingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TrackingStub>() {
        @java.lang.Override
        public TrackingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TrackingStub(channel, callOptions);
        }
      };
    return TrackingStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TrackingBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TrackingBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TrackingBlockingV2Stub>() {
        @java.lang.Override
        public TrackingBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TrackingBlockingV2Stub(channel, callOptions);
        }
      };
    return TrackingBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TrackingBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TrackingBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TrackingBlockingStub>() {
        @java.lang.Override
        public TrackingBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TrackingBlockingStub(channel, callOptions);
        }
      };
    return TrackingBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TrackingFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TrackingFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TrackingFutureStub>() {
        @java.lang.Override
        public TrackingFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TrackingFutureStub(channel, callOptions);
        }
      };
    return TrackingFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an experiment; ALREADY_EXISTS (EXPERIMENT_ALREADY_EXISTS) if an
     * experiment (live or deleted) has the name.
     * </pre>
     */
    default void createExperiment(dev.regserver.v1.CreateExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateExperimentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateExperimentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets an experiment by id or by name.
     * </pre>
     */
    default void getExperiment(dev.regserver.v1.GetExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetExperimentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetExperimentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists experiments by name.
     * </pre>
     */
    default void listExperiments(dev.regserver.v1.ListExperimentsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListExperimentsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListExperimentsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes an experiment: it and its runs are hidden from Get and List
     * (unless show_deleted), and no run can be created in it. Its name stays
     * taken.
     * </pre>
     */
    default void deleteExperiment(dev.regserver.v1.DeleteExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteExperimentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteExperimentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted experiment.
     * </pre>
     */
    default void undeleteExperiment(dev.regserver.v1.UndeleteExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteExperimentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteExperimentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts a run in an experiment: status RUNNING, start time now unless
     * given.
     * </pre>
     */
    default void createRun(dev.regserver.v1.CreateRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRunResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRunMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a run with its params, tags and latest metrics.
     * </pre>
     */
    default void getRun(dev.regserver.v1.GetRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetRunResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRunMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a run's status, end time or name.
     * </pre>
     */
    default void updateRun(dev.regserver.v1.UpdateRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRunResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRunMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the runs of some experiments (or of all), filtered and ordered.
     * </pre>
     */
    default void listRuns(dev.regserver.v1.ListRunsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRunsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRunsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a run: hidden from ListRuns (unless show_deleted) and
     * closed to logging until restored; GetRun finds it with show_deleted.
     * Its params, metrics, files and lineage stay.
     * </pre>
     */
    default void deleteRun(dev.regserver.v1.DeleteRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRunResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRunMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted run.
     * </pre>
     */
    default void undeleteRun(dev.regserver.v1.UndeleteRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRunResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteRunMethod(), responseObserver);
    }

    /**
     * <pre>
     * Logs params, metrics and tags of a run in one transaction.
     * </pre>
     */
    default void logBatch(dev.regserver.v1.LogBatchRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pages through every point of one metric of a run, ordered by step, then
     * timestamp, then the order they were logged in.
     * </pre>
     */
    default void getMetricHistory(dev.regserver.v1.GetMetricHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetMetricHistoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMetricHistoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Logs a run's dataset inputs, code version and environment in one
     * transaction (see "Inputs" above).
     * </pre>
     */
    default void logInputs(dev.regserver.v1.LogInputsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogInputsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogInputsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Records files of a run or a logged model, in one transaction (see
     * "Artifacts" above).
     * </pre>
     */
    default void logArtifacts(dev.regserver.v1.LogArtifactsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogArtifactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getLogArtifactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the files of a run or a logged model at or under a path, in path
     * order.
     * </pre>
     */
    default void listArtifacts(dev.regserver.v1.ListArtifactsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListArtifactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListArtifactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a logged model in an experiment: status PENDING.
     * </pre>
     */
    default void createLoggedModel(dev.regserver.v1.CreateLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateLoggedModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateLoggedModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Gets a logged model.
     * </pre>
     */
    default void getLoggedModel(dev.regserver.v1.GetLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetLoggedModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLoggedModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes a logged model's status, tags or params, in one transaction.
     * </pre>
     */
    default void updateLoggedModel(dev.regserver.v1.UpdateLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateLoggedModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateLoggedModelMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the logged models of some experiments, newest first.
     * </pre>
     */
    default void listLoggedModels(dev.regserver.v1.ListLoggedModelsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListLoggedModelsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListLoggedModelsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a logged model: hidden from Get and List unless
     * show_deleted; its files stay.
     * </pre>
     */
    default void deleteLoggedModel(dev.regserver.v1.DeleteLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteLoggedModelResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteLoggedModelMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service Tracking.
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public static abstract class TrackingImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TrackingGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service Tracking.
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public static final class TrackingStub
      extends io.grpc.stub.AbstractAsyncStub<TrackingStub> {
    private TrackingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TrackingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TrackingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an experiment; ALREADY_EXISTS (EXPERIMENT_ALREADY_EXISTS) if an
     * experiment (live or deleted) has the name.
     * </pre>
     */
    public void createExperiment(dev.regserver.v1.CreateExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateExperimentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateExperimentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets an experiment by id or by name.
     * </pre>
     */
    public void getExperiment(dev.regserver.v1.GetExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetExperimentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetExperimentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists experiments by name.
     * </pre>
     */
    public void listExperiments(dev.regserver.v1.ListExperimentsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListExperimentsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListExperimentsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes an experiment: it and its runs are hidden from Get and List
     * (unless show_deleted), and no run can be created in it. Its name stays
     * taken.
     * </pre>
     */
    public void deleteExperiment(dev.regserver.v1.DeleteExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteExperimentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteExperimentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted experiment.
     * </pre>
     */
    public void undeleteExperiment(dev.regserver.v1.UndeleteExperimentRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteExperimentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteExperimentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts a run in an experiment: status RUNNING, start time now unless
     * given.
     * </pre>
     */
    public void createRun(dev.regserver.v1.CreateRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRunResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRunMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a run with its params, tags and latest metrics.
     * </pre>
     */
    public void getRun(dev.regserver.v1.GetRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetRunResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRunMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a run's status, end time or name.
     * </pre>
     */
    public void updateRun(dev.regserver.v1.UpdateRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRunResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRunMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the runs of some experiments (or of all), filtered and ordered.
     * </pre>
     */
    public void listRuns(dev.regserver.v1.ListRunsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListRunsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRunsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a run: hidden from ListRuns (unless show_deleted) and
     * closed to logging until restored; GetRun finds it with show_deleted.
     * Its params, metrics, files and lineage stay.
     * </pre>
     */
    public void deleteRun(dev.regserver.v1.DeleteRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRunResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRunMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted run.
     * </pre>
     */
    public void undeleteRun(dev.regserver.v1.UndeleteRunRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRunResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteRunMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Logs params, metrics and tags of a run in one transaction.
     * </pre>
     */
    public void logBatch(dev.regserver.v1.LogBatchRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pages through every point of one metric of a run, ordered by step, then
     * timestamp, then the order they were logged in.
     * </pre>
     */
    public void getMetricHistory(dev.regserver.v1.GetMetricHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetMetricHistoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMetricHistoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Logs a run's dataset inputs, code version and environment in one
     * transaction (see "Inputs" above).
     * </pre>
     */
    public void logInputs(dev.regserver.v1.LogInputsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogInputsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogInputsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Records files of a run or a logged model, in one transaction (see
     * "Artifacts" above).
     * </pre>
     */
    public void logArtifacts(dev.regserver.v1.LogArtifactsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.LogArtifactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getLogArtifactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the files of a run or a logged model at or under a path, in path
     * order.
     * </pre>
     */
    public void listArtifacts(dev.regserver.v1.ListArtifactsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListArtifactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListArtifactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a logged model in an experiment: status PENDING.
     * </pre>
     */
    public void createLoggedModel(dev.regserver.v1.CreateLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.CreateLoggedModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateLoggedModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Gets a logged model.
     * </pre>
     */
    public void getLoggedModel(dev.regserver.v1.GetLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.GetLoggedModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLoggedModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes a logged model's status, tags or params, in one transaction.
     * </pre>
     */
    public void updateLoggedModel(dev.regserver.v1.UpdateLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateLoggedModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateLoggedModelMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the logged models of some experiments, newest first.
     * </pre>
     */
    public void listLoggedModels(dev.regserver.v1.ListLoggedModelsRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.ListLoggedModelsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListLoggedModelsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a logged model: hidden from Get and List unless
     * show_deleted; its files stay.
     * </pre>
     */
    public void deleteLoggedModel(dev.regserver.v1.DeleteLoggedModelRequest request,
        io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteLoggedModelResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteLoggedModelMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service Tracking.
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public static final class TrackingBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TrackingBlockingV2Stub> {
    private TrackingBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TrackingBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TrackingBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an experiment; ALREADY_EXISTS (EXPERIMENT_ALREADY_EXISTS) if an
     * experiment (live or deleted) has the name.
     * </pre>
     */
    public dev.regserver.v1.CreateExperimentResponse createExperiment(dev.regserver.v1.CreateExperimentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an experiment by id or by name.
     * </pre>
     */
    public dev.regserver.v1.GetExperimentResponse getExperiment(dev.regserver.v1.GetExperimentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists experiments by name.
     * </pre>
     */
    public dev.regserver.v1.ListExperimentsResponse listExperiments(dev.regserver.v1.ListExperimentsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListExperimentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes an experiment: it and its runs are hidden from Get and List
     * (unless show_deleted), and no run can be created in it. Its name stays
     * taken.
     * </pre>
     */
    public dev.regserver.v1.DeleteExperimentResponse deleteExperiment(dev.regserver.v1.DeleteExperimentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted experiment.
     * </pre>
     */
    public dev.regserver.v1.UndeleteExperimentResponse undeleteExperiment(dev.regserver.v1.UndeleteExperimentRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts a run in an experiment: status RUNNING, start time now unless
     * given.
     * </pre>
     */
    public dev.regserver.v1.CreateRunResponse createRun(dev.regserver.v1.CreateRunRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a run with its params, tags and latest metrics.
     * </pre>
     */
    public dev.regserver.v1.GetRunResponse getRun(dev.regserver.v1.GetRunRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a run's status, end time or name.
     * </pre>
     */
    public dev.regserver.v1.UpdateRunResponse updateRun(dev.regserver.v1.UpdateRunRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the runs of some experiments (or of all), filtered and ordered.
     * </pre>
     */
    public dev.regserver.v1.ListRunsResponse listRuns(dev.regserver.v1.ListRunsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListRunsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a run: hidden from ListRuns (unless show_deleted) and
     * closed to logging until restored; GetRun finds it with show_deleted.
     * Its params, metrics, files and lineage stay.
     * </pre>
     */
    public dev.regserver.v1.DeleteRunResponse deleteRun(dev.regserver.v1.DeleteRunRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted run.
     * </pre>
     */
    public dev.regserver.v1.UndeleteRunResponse undeleteRun(dev.regserver.v1.UndeleteRunRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUndeleteRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logs params, metrics and tags of a run in one transaction.
     * </pre>
     */
    public dev.regserver.v1.LogBatchResponse logBatch(dev.regserver.v1.LogBatchRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLogBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pages through every point of one metric of a run, ordered by step, then
     * timestamp, then the order they were logged in.
     * </pre>
     */
    public dev.regserver.v1.GetMetricHistoryResponse getMetricHistory(dev.regserver.v1.GetMetricHistoryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetMetricHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logs a run's dataset inputs, code version and environment in one
     * transaction (see "Inputs" above).
     * </pre>
     */
    public dev.regserver.v1.LogInputsResponse logInputs(dev.regserver.v1.LogInputsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLogInputsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records files of a run or a logged model, in one transaction (see
     * "Artifacts" above).
     * </pre>
     */
    public dev.regserver.v1.LogArtifactsResponse logArtifacts(dev.regserver.v1.LogArtifactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getLogArtifactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the files of a run or a logged model at or under a path, in path
     * order.
     * </pre>
     */
    public dev.regserver.v1.ListArtifactsResponse listArtifacts(dev.regserver.v1.ListArtifactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListArtifactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a logged model in an experiment: status PENDING.
     * </pre>
     */
    public dev.regserver.v1.CreateLoggedModelResponse createLoggedModel(dev.regserver.v1.CreateLoggedModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a logged model.
     * </pre>
     */
    public dev.regserver.v1.GetLoggedModelResponse getLoggedModel(dev.regserver.v1.GetLoggedModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a logged model's status, tags or params, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.UpdateLoggedModelResponse updateLoggedModel(dev.regserver.v1.UpdateLoggedModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the logged models of some experiments, newest first.
     * </pre>
     */
    public dev.regserver.v1.ListLoggedModelsResponse listLoggedModels(dev.regserver.v1.ListLoggedModelsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListLoggedModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a logged model: hidden from Get and List unless
     * show_deleted; its files stay.
     * </pre>
     */
    public dev.regserver.v1.DeleteLoggedModelResponse deleteLoggedModel(dev.regserver.v1.DeleteLoggedModelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteLoggedModelMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service Tracking.
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public static final class TrackingBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TrackingBlockingStub> {
    private TrackingBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TrackingBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TrackingBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an experiment; ALREADY_EXISTS (EXPERIMENT_ALREADY_EXISTS) if an
     * experiment (live or deleted) has the name.
     * </pre>
     */
    public dev.regserver.v1.CreateExperimentResponse createExperiment(dev.regserver.v1.CreateExperimentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets an experiment by id or by name.
     * </pre>
     */
    public dev.regserver.v1.GetExperimentResponse getExperiment(dev.regserver.v1.GetExperimentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists experiments by name.
     * </pre>
     */
    public dev.regserver.v1.ListExperimentsResponse listExperiments(dev.regserver.v1.ListExperimentsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListExperimentsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes an experiment: it and its runs are hidden from Get and List
     * (unless show_deleted), and no run can be created in it. Its name stays
     * taken.
     * </pre>
     */
    public dev.regserver.v1.DeleteExperimentResponse deleteExperiment(dev.regserver.v1.DeleteExperimentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted experiment.
     * </pre>
     */
    public dev.regserver.v1.UndeleteExperimentResponse undeleteExperiment(dev.regserver.v1.UndeleteExperimentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteExperimentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts a run in an experiment: status RUNNING, start time now unless
     * given.
     * </pre>
     */
    public dev.regserver.v1.CreateRunResponse createRun(dev.regserver.v1.CreateRunRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a run with its params, tags and latest metrics.
     * </pre>
     */
    public dev.regserver.v1.GetRunResponse getRun(dev.regserver.v1.GetRunRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a run's status, end time or name.
     * </pre>
     */
    public dev.regserver.v1.UpdateRunResponse updateRun(dev.regserver.v1.UpdateRunRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the runs of some experiments (or of all), filtered and ordered.
     * </pre>
     */
    public dev.regserver.v1.ListRunsResponse listRuns(dev.regserver.v1.ListRunsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRunsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a run: hidden from ListRuns (unless show_deleted) and
     * closed to logging until restored; GetRun finds it with show_deleted.
     * Its params, metrics, files and lineage stay.
     * </pre>
     */
    public dev.regserver.v1.DeleteRunResponse deleteRun(dev.regserver.v1.DeleteRunRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted run.
     * </pre>
     */
    public dev.regserver.v1.UndeleteRunResponse undeleteRun(dev.regserver.v1.UndeleteRunRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteRunMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logs params, metrics and tags of a run in one transaction.
     * </pre>
     */
    public dev.regserver.v1.LogBatchResponse logBatch(dev.regserver.v1.LogBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pages through every point of one metric of a run, ordered by step, then
     * timestamp, then the order they were logged in.
     * </pre>
     */
    public dev.regserver.v1.GetMetricHistoryResponse getMetricHistory(dev.regserver.v1.GetMetricHistoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMetricHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Logs a run's dataset inputs, code version and environment in one
     * transaction (see "Inputs" above).
     * </pre>
     */
    public dev.regserver.v1.LogInputsResponse logInputs(dev.regserver.v1.LogInputsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogInputsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Records files of a run or a logged model, in one transaction (see
     * "Artifacts" above).
     * </pre>
     */
    public dev.regserver.v1.LogArtifactsResponse logArtifacts(dev.regserver.v1.LogArtifactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getLogArtifactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the files of a run or a logged model at or under a path, in path
     * order.
     * </pre>
     */
    public dev.regserver.v1.ListArtifactsResponse listArtifacts(dev.regserver.v1.ListArtifactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListArtifactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a logged model in an experiment: status PENDING.
     * </pre>
     */
    public dev.regserver.v1.CreateLoggedModelResponse createLoggedModel(dev.regserver.v1.CreateLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Gets a logged model.
     * </pre>
     */
    public dev.regserver.v1.GetLoggedModelResponse getLoggedModel(dev.regserver.v1.GetLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes a logged model's status, tags or params, in one transaction.
     * </pre>
     */
    public dev.regserver.v1.UpdateLoggedModelResponse updateLoggedModel(dev.regserver.v1.UpdateLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateLoggedModelMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the logged models of some experiments, newest first.
     * </pre>
     */
    public dev.regserver.v1.ListLoggedModelsResponse listLoggedModels(dev.regserver.v1.ListLoggedModelsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListLoggedModelsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a logged model: hidden from Get and List unless
     * show_deleted; its files stay.
     * </pre>
     */
    public dev.regserver.v1.DeleteLoggedModelResponse deleteLoggedModel(dev.regserver.v1.DeleteLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteLoggedModelMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service Tracking.
   * <pre>
   * Experiment tracking: experiments, the runs in them, and each run's params,
   * metric histories and tags.
   * ## Params, metrics and tags
   * - A param is a key and a string value, immutable once logged: logging the
   *   same key again with the same value does nothing; with a different value
   *   it is FAILED_PRECONDITION (PARAM_CONFLICT) and nothing of that call is
   *   stored.
   * - A metric is a history of points (key, value, step, timestamp); a key
   *   holds any number of points. A run's latest value of a key is the point
   *   with the highest step, then the latest timestamp, then the one logged
   *   last: that value is what `metrics.&lt;key&gt;` in ListRuns' filter compares.
   * - NaN and infinite metric values are refused: INVALID_ARGUMENT
   *   (INVALID_FIELD, metadata["field"] = "metrics[&lt;i&gt;].value") and nothing of
   *   the call is stored. Log a sentinel of your own, or a tag, instead.
   * - Tags are mutable: logging a tag again replaces its value.
   * - Keys (params, metrics, tags) are 1 to 250 letters, digits and '_', '-',
   *   '.', '/', ':'; param values are at most 6000 characters, tag values at
   *   most 5000.
   * ## LogBatch
   * One call, one transaction: every param, metric and tag of the call is
   * stored, or none is. A call carries at most 1000 metrics, 100 params and
   * 100 tags; more is INVALID_ARGUMENT (INVALID_FIELD) whose message names the
   * limit. An unknown run is NOT_FOUND (RUN_NOT_FOUND).
   * ## ListRuns filters
   * The grammar is the one documented on service ModelRegistry. Runs can be
   * filtered on `name`, `status` (RUNNING, FINISHED, FAILED, KILLED),
   * `start_time`, `end_time`, `principal`, `params.&lt;key&gt;` (a string),
   * `metrics.&lt;key&gt;` (a number: the run's latest value) and `tags.&lt;key&gt;` (a
   * string), e.g.
   *     params.optimizer = "adam" AND metrics.auc &gt; 0.9 AND status = FINISHED
   * and ordered by `start_time` (the default, newest first), `name` or
   * `end_time`. Page tokens are opaque and bound to the query.
   * ## Inputs: datasets, code version, environment
   * LogInputs records what a run consumed, in one transaction:
   * - Datasets, each with a role (TRAINING, VALIDATION, TEST). A dataset is
   *   identified by its digest (the SHA-256 of its content, 64 lowercase hex
   *   characters): the same digest logged from many runs is one dataset
   *   record, linked to each run with each role. Its name, source URI,
   *   schema and row count are those given the first time the digest was
   *   logged; later loggings link the stored record (LogInputs returns it).
   *   Logging a (dataset, role) a run already has does nothing. At most 100
   *   datasets per call.
   * - The code version (repository URL, full commit hash, dirty flag) and the
   *   environment (Python version, lock-file digest, key package versions).
   *   Each is set once: logging the same again does nothing; different values
   *   are FAILED_PRECONDITION (RUN_INPUT_CONFLICT): start a new run instead.
   *   A code version (repository URL, commit) is one record shared by every
   *   run built from it; the dirty flag belongs to the run.
   * An unknown run is NOT_FOUND (RUN_NOT_FOUND); a malformed digest, commit or
   * missing role is INVALID_ARGUMENT (INVALID_FIELD) naming the field, and
   * nothing of the call is stored.
   * ## Artifacts: the files of a run or a logged model
   * A run, and a logged model, hold files: paths mapped to blobs of the
   * ArtifactStore, exactly like a model version's manifest (ManifestEntry).
   * Upload each blob with ArtifactStore.WriteBlob, then record the paths with
   * LogArtifacts; ListArtifacts reads them back. The parent is named
   * "runs/&lt;run id&gt;" or "loggedModels/&lt;logged model id&gt;".
   * - LogArtifacts is one transaction: every path of the call is recorded, or
   *   none is. A path logged again points at the new blob (a file replaced).
   * - Each blob must be stored: FAILED_PRECONDITION (BLOB_NOT_FOUND, naming
   *   the digest) otherwise. Paths follow ManifestEntry's rules
   *   (INVALID_ARGUMENT naming the field). At most 1000 files per call and
   *   10000 per parent (RESOURCE_EXHAUSTED past that).
   * - A blob logged by a run or a logged model is never garbage-collected.
   * - With validate_only, the call checks the parent, the caller's permission
   *   and the paths, and records nothing: a proxy asks it before it accepts a
   *   file's bytes.
   * ## Logged models
   * A logged model is a model a run produced (MLflow's `log_model`), before or
   * without registration: a name, a status, tags, params and files. A model
   * version created from it copies its files into the version's manifest (see
   * the MLflow API in the README).
   * Mutations of experiments, runs and logged models are not (yet) written to
   * the event log that Watch and webhooks follow.
   * </pre>
   */
  public static final class TrackingFutureStub
      extends io.grpc.stub.AbstractFutureStub<TrackingFutureStub> {
    private TrackingFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TrackingFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TrackingFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an experiment; ALREADY_EXISTS (EXPERIMENT_ALREADY_EXISTS) if an
     * experiment (live or deleted) has the name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateExperimentResponse> createExperiment(
        dev.regserver.v1.CreateExperimentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateExperimentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets an experiment by id or by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetExperimentResponse> getExperiment(
        dev.regserver.v1.GetExperimentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetExperimentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists experiments by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListExperimentsResponse> listExperiments(
        dev.regserver.v1.ListExperimentsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListExperimentsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes an experiment: it and its runs are hidden from Get and List
     * (unless show_deleted), and no run can be created in it. Its name stays
     * taken.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteExperimentResponse> deleteExperiment(
        dev.regserver.v1.DeleteExperimentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteExperimentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted experiment.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UndeleteExperimentResponse> undeleteExperiment(
        dev.regserver.v1.UndeleteExperimentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteExperimentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts a run in an experiment: status RUNNING, start time now unless
     * given.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateRunResponse> createRun(
        dev.regserver.v1.CreateRunRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRunMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a run with its params, tags and latest metrics.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetRunResponse> getRun(
        dev.regserver.v1.GetRunRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRunMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a run's status, end time or name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UpdateRunResponse> updateRun(
        dev.regserver.v1.UpdateRunRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRunMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the runs of some experiments (or of all), filtered and ordered.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListRunsResponse> listRuns(
        dev.regserver.v1.ListRunsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRunsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a run: hidden from ListRuns (unless show_deleted) and
     * closed to logging until restored; GetRun finds it with show_deleted.
     * Its params, metrics, files and lineage stay.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteRunResponse> deleteRun(
        dev.regserver.v1.DeleteRunRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRunMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted run.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UndeleteRunResponse> undeleteRun(
        dev.regserver.v1.UndeleteRunRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteRunMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Logs params, metrics and tags of a run in one transaction.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.LogBatchResponse> logBatch(
        dev.regserver.v1.LogBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pages through every point of one metric of a run, ordered by step, then
     * timestamp, then the order they were logged in.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetMetricHistoryResponse> getMetricHistory(
        dev.regserver.v1.GetMetricHistoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMetricHistoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Logs a run's dataset inputs, code version and environment in one
     * transaction (see "Inputs" above).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.LogInputsResponse> logInputs(
        dev.regserver.v1.LogInputsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogInputsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Records files of a run or a logged model, in one transaction (see
     * "Artifacts" above).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.LogArtifactsResponse> logArtifacts(
        dev.regserver.v1.LogArtifactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getLogArtifactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the files of a run or a logged model at or under a path, in path
     * order.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListArtifactsResponse> listArtifacts(
        dev.regserver.v1.ListArtifactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListArtifactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a logged model in an experiment: status PENDING.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.CreateLoggedModelResponse> createLoggedModel(
        dev.regserver.v1.CreateLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateLoggedModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Gets a logged model.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.GetLoggedModelResponse> getLoggedModel(
        dev.regserver.v1.GetLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLoggedModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes a logged model's status, tags or params, in one transaction.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.UpdateLoggedModelResponse> updateLoggedModel(
        dev.regserver.v1.UpdateLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateLoggedModelMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the logged models of some experiments, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.ListLoggedModelsResponse> listLoggedModels(
        dev.regserver.v1.ListLoggedModelsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListLoggedModelsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a logged model: hidden from Get and List unless
     * show_deleted; its files stay.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.regserver.v1.DeleteLoggedModelResponse> deleteLoggedModel(
        dev.regserver.v1.DeleteLoggedModelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteLoggedModelMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_EXPERIMENT = 0;
  private static final int METHODID_GET_EXPERIMENT = 1;
  private static final int METHODID_LIST_EXPERIMENTS = 2;
  private static final int METHODID_DELETE_EXPERIMENT = 3;
  private static final int METHODID_UNDELETE_EXPERIMENT = 4;
  private static final int METHODID_CREATE_RUN = 5;
  private static final int METHODID_GET_RUN = 6;
  private static final int METHODID_UPDATE_RUN = 7;
  private static final int METHODID_LIST_RUNS = 8;
  private static final int METHODID_DELETE_RUN = 9;
  private static final int METHODID_UNDELETE_RUN = 10;
  private static final int METHODID_LOG_BATCH = 11;
  private static final int METHODID_GET_METRIC_HISTORY = 12;
  private static final int METHODID_LOG_INPUTS = 13;
  private static final int METHODID_LOG_ARTIFACTS = 14;
  private static final int METHODID_LIST_ARTIFACTS = 15;
  private static final int METHODID_CREATE_LOGGED_MODEL = 16;
  private static final int METHODID_GET_LOGGED_MODEL = 17;
  private static final int METHODID_UPDATE_LOGGED_MODEL = 18;
  private static final int METHODID_LIST_LOGGED_MODELS = 19;
  private static final int METHODID_DELETE_LOGGED_MODEL = 20;

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
        case METHODID_CREATE_EXPERIMENT:
          serviceImpl.createExperiment((dev.regserver.v1.CreateExperimentRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateExperimentResponse>) responseObserver);
          break;
        case METHODID_GET_EXPERIMENT:
          serviceImpl.getExperiment((dev.regserver.v1.GetExperimentRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetExperimentResponse>) responseObserver);
          break;
        case METHODID_LIST_EXPERIMENTS:
          serviceImpl.listExperiments((dev.regserver.v1.ListExperimentsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListExperimentsResponse>) responseObserver);
          break;
        case METHODID_DELETE_EXPERIMENT:
          serviceImpl.deleteExperiment((dev.regserver.v1.DeleteExperimentRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteExperimentResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_EXPERIMENT:
          serviceImpl.undeleteExperiment((dev.regserver.v1.UndeleteExperimentRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteExperimentResponse>) responseObserver);
          break;
        case METHODID_CREATE_RUN:
          serviceImpl.createRun((dev.regserver.v1.CreateRunRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateRunResponse>) responseObserver);
          break;
        case METHODID_GET_RUN:
          serviceImpl.getRun((dev.regserver.v1.GetRunRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetRunResponse>) responseObserver);
          break;
        case METHODID_UPDATE_RUN:
          serviceImpl.updateRun((dev.regserver.v1.UpdateRunRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateRunResponse>) responseObserver);
          break;
        case METHODID_LIST_RUNS:
          serviceImpl.listRuns((dev.regserver.v1.ListRunsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListRunsResponse>) responseObserver);
          break;
        case METHODID_DELETE_RUN:
          serviceImpl.deleteRun((dev.regserver.v1.DeleteRunRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteRunResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_RUN:
          serviceImpl.undeleteRun((dev.regserver.v1.UndeleteRunRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UndeleteRunResponse>) responseObserver);
          break;
        case METHODID_LOG_BATCH:
          serviceImpl.logBatch((dev.regserver.v1.LogBatchRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.LogBatchResponse>) responseObserver);
          break;
        case METHODID_GET_METRIC_HISTORY:
          serviceImpl.getMetricHistory((dev.regserver.v1.GetMetricHistoryRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetMetricHistoryResponse>) responseObserver);
          break;
        case METHODID_LOG_INPUTS:
          serviceImpl.logInputs((dev.regserver.v1.LogInputsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.LogInputsResponse>) responseObserver);
          break;
        case METHODID_LOG_ARTIFACTS:
          serviceImpl.logArtifacts((dev.regserver.v1.LogArtifactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.LogArtifactsResponse>) responseObserver);
          break;
        case METHODID_LIST_ARTIFACTS:
          serviceImpl.listArtifacts((dev.regserver.v1.ListArtifactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListArtifactsResponse>) responseObserver);
          break;
        case METHODID_CREATE_LOGGED_MODEL:
          serviceImpl.createLoggedModel((dev.regserver.v1.CreateLoggedModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.CreateLoggedModelResponse>) responseObserver);
          break;
        case METHODID_GET_LOGGED_MODEL:
          serviceImpl.getLoggedModel((dev.regserver.v1.GetLoggedModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.GetLoggedModelResponse>) responseObserver);
          break;
        case METHODID_UPDATE_LOGGED_MODEL:
          serviceImpl.updateLoggedModel((dev.regserver.v1.UpdateLoggedModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.UpdateLoggedModelResponse>) responseObserver);
          break;
        case METHODID_LIST_LOGGED_MODELS:
          serviceImpl.listLoggedModels((dev.regserver.v1.ListLoggedModelsRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.ListLoggedModelsResponse>) responseObserver);
          break;
        case METHODID_DELETE_LOGGED_MODEL:
          serviceImpl.deleteLoggedModel((dev.regserver.v1.DeleteLoggedModelRequest) request,
              (io.grpc.stub.StreamObserver<dev.regserver.v1.DeleteLoggedModelResponse>) responseObserver);
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
          getCreateExperimentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateExperimentRequest,
              dev.regserver.v1.CreateExperimentResponse>(
                service, METHODID_CREATE_EXPERIMENT)))
        .addMethod(
          getGetExperimentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetExperimentRequest,
              dev.regserver.v1.GetExperimentResponse>(
                service, METHODID_GET_EXPERIMENT)))
        .addMethod(
          getListExperimentsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListExperimentsRequest,
              dev.regserver.v1.ListExperimentsResponse>(
                service, METHODID_LIST_EXPERIMENTS)))
        .addMethod(
          getDeleteExperimentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteExperimentRequest,
              dev.regserver.v1.DeleteExperimentResponse>(
                service, METHODID_DELETE_EXPERIMENT)))
        .addMethod(
          getUndeleteExperimentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UndeleteExperimentRequest,
              dev.regserver.v1.UndeleteExperimentResponse>(
                service, METHODID_UNDELETE_EXPERIMENT)))
        .addMethod(
          getCreateRunMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateRunRequest,
              dev.regserver.v1.CreateRunResponse>(
                service, METHODID_CREATE_RUN)))
        .addMethod(
          getGetRunMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetRunRequest,
              dev.regserver.v1.GetRunResponse>(
                service, METHODID_GET_RUN)))
        .addMethod(
          getUpdateRunMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UpdateRunRequest,
              dev.regserver.v1.UpdateRunResponse>(
                service, METHODID_UPDATE_RUN)))
        .addMethod(
          getListRunsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListRunsRequest,
              dev.regserver.v1.ListRunsResponse>(
                service, METHODID_LIST_RUNS)))
        .addMethod(
          getDeleteRunMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteRunRequest,
              dev.regserver.v1.DeleteRunResponse>(
                service, METHODID_DELETE_RUN)))
        .addMethod(
          getUndeleteRunMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UndeleteRunRequest,
              dev.regserver.v1.UndeleteRunResponse>(
                service, METHODID_UNDELETE_RUN)))
        .addMethod(
          getLogBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.LogBatchRequest,
              dev.regserver.v1.LogBatchResponse>(
                service, METHODID_LOG_BATCH)))
        .addMethod(
          getGetMetricHistoryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetMetricHistoryRequest,
              dev.regserver.v1.GetMetricHistoryResponse>(
                service, METHODID_GET_METRIC_HISTORY)))
        .addMethod(
          getLogInputsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.LogInputsRequest,
              dev.regserver.v1.LogInputsResponse>(
                service, METHODID_LOG_INPUTS)))
        .addMethod(
          getLogArtifactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.LogArtifactsRequest,
              dev.regserver.v1.LogArtifactsResponse>(
                service, METHODID_LOG_ARTIFACTS)))
        .addMethod(
          getListArtifactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListArtifactsRequest,
              dev.regserver.v1.ListArtifactsResponse>(
                service, METHODID_LIST_ARTIFACTS)))
        .addMethod(
          getCreateLoggedModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.CreateLoggedModelRequest,
              dev.regserver.v1.CreateLoggedModelResponse>(
                service, METHODID_CREATE_LOGGED_MODEL)))
        .addMethod(
          getGetLoggedModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.GetLoggedModelRequest,
              dev.regserver.v1.GetLoggedModelResponse>(
                service, METHODID_GET_LOGGED_MODEL)))
        .addMethod(
          getUpdateLoggedModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.UpdateLoggedModelRequest,
              dev.regserver.v1.UpdateLoggedModelResponse>(
                service, METHODID_UPDATE_LOGGED_MODEL)))
        .addMethod(
          getListLoggedModelsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.ListLoggedModelsRequest,
              dev.regserver.v1.ListLoggedModelsResponse>(
                service, METHODID_LIST_LOGGED_MODELS)))
        .addMethod(
          getDeleteLoggedModelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.regserver.v1.DeleteLoggedModelRequest,
              dev.regserver.v1.DeleteLoggedModelResponse>(
                service, METHODID_DELETE_LOGGED_MODEL)))
        .build();
  }

  private static abstract class TrackingBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TrackingBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.regserver.v1.TrackingProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("Tracking");
    }
  }

  private static final class TrackingFileDescriptorSupplier
      extends TrackingBaseDescriptorSupplier {
    TrackingFileDescriptorSupplier() {}
  }

  private static final class TrackingMethodDescriptorSupplier
      extends TrackingBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TrackingMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TrackingGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TrackingFileDescriptorSupplier())
              .addMethod(getCreateExperimentMethod())
              .addMethod(getGetExperimentMethod())
              .addMethod(getListExperimentsMethod())
              .addMethod(getDeleteExperimentMethod())
              .addMethod(getUndeleteExperimentMethod())
              .addMethod(getCreateRunMethod())
              .addMethod(getGetRunMethod())
              .addMethod(getUpdateRunMethod())
              .addMethod(getListRunsMethod())
              .addMethod(getDeleteRunMethod())
              .addMethod(getUndeleteRunMethod())
              .addMethod(getLogBatchMethod())
              .addMethod(getGetMetricHistoryMethod())
              .addMethod(getLogInputsMethod())
              .addMethod(getLogArtifactsMethod())
              .addMethod(getListArtifactsMethod())
              .addMethod(getCreateLoggedModelMethod())
              .addMethod(getGetLoggedModelMethod())
              .addMethod(getUpdateLoggedModelMethod())
              .addMethod(getListLoggedModelsMethod())
              .addMethod(getDeleteLoggedModelMethod())
              .build();
        }
      }
    }
    return result;
  }
}
