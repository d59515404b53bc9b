"""Tracking servicer and the protobuf mapping of experiments, runs and metrics."""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import artifacts_pb2, tracking_pb2_grpc
from regserver_client.v1 import tracking_pb2 as pb

from regserver.api import convert
from regserver.api.errors import handles_errors
from regserver.domain.errors import invalid_field
from regserver.domain.lineage import CodeVersion, Dataset, DatasetInput, Environment
from regserver.domain.models import ManifestEntry, RunStatus
from regserver.domain.run_outputs import LoggedModel, LoggedModelChanges, LoggedModelStatus, NewLoggedModel, RunOutputs
from regserver.domain.tracking import Experiment, MetricPoint, NewRun, Run, RunChanges, Tracking

Context = grpc.aio.ServicerContext[Any, Any]

_STATUS_TO_PB = {
    RunStatus.RUNNING: pb.RUN_STATUS_RUNNING,
    RunStatus.FINISHED: pb.RUN_STATUS_FINISHED,
    RunStatus.FAILED: pb.RUN_STATUS_FAILED,
    RunStatus.KILLED: pb.RUN_STATUS_KILLED,
}
_STATUS_FROM_PB = {v: k for k, v in _STATUS_TO_PB.items()}


def _status(value: int, field: str) -> RunStatus | None:
    if value == pb.RUN_STATUS_UNSPECIFIED:
        return None
    if value not in _STATUS_FROM_PB:
        raise invalid_field(field, f"{field} {value} is not a known RunStatus")
    return _STATUS_FROM_PB[value]  # type: ignore[index]


def experiment_pb(e: Experiment) -> pb.Experiment:
    return pb.Experiment(
        id=e.id,
        name=e.name,
        description=e.description,
        tags=e.tags,
        create_time=convert.timestamp(e.create_time),
        update_time=convert.timestamp(e.update_time),
        delete_time=convert.timestamp(e.delete_time),
    )


def metric_pb(m: MetricPoint) -> pb.Metric:
    return pb.Metric(key=m.key, value=m.value, step=m.step, timestamp=convert.timestamp(m.timestamp))


def run_pb(r: Run) -> pb.Run:
    return pb.Run(
        id=r.id,
        experiment_id=r.experiment_id,
        name=r.name,
        status=_STATUS_TO_PB[r.status],
        start_time=convert.timestamp(r.start_time),
        end_time=convert.timestamp(r.end_time),
        principal=r.principal,
        tags=r.tags,
        params=r.params,
        latest_metrics=[metric_pb(m) for m in r.latest_metrics],
        dataset_inputs=[dataset_input_pb(d) for d in r.dataset_inputs],
        code_version=code_version_pb(r.code_version) if r.code_version is not None else None,
        environment=environment_pb(r.environment) if r.environment is not None else None,
        delete_time=convert.timestamp(r.delete_time),
    )


def dataset_pb(d: Dataset) -> pb.Dataset:
    return pb.Dataset(
        digest=d.digest,
        name=d.name,
        source_uri=d.source_uri,
        schema=d.schema,
        row_count=d.row_count,
        create_time=convert.timestamp(d.create_time),
    )


def dataset_input_pb(d: DatasetInput) -> pb.DatasetInput:
    return pb.DatasetInput(dataset=dataset_pb(d.dataset), role=f"DATASET_ROLE_{d.role}")


def code_version_pb(c: CodeVersion) -> pb.CodeVersion:
    return pb.CodeVersion(id=c.id, repository_url=c.repository_url, commit=c.commit, dirty=c.dirty)


def environment_pb(e: Environment) -> pb.Environment:
    return pb.Environment(
        python_version=e.python_version, lock_file_digest=e.lock_file_digest, packages=e.packages, digest=e.digest
    )


def _role(value: int) -> str:
    """ "" for UNSPECIFIED or an unknown number: validation refuses it, naming the field."""
    if value == pb.DATASET_ROLE_UNSPECIFIED or value not in pb.DatasetRole.values():
        return ""
    return pb.DatasetRole.Name(value).removeprefix("DATASET_ROLE_")


def dataset_input(d: pb.DatasetInput) -> DatasetInput:
    x = d.dataset
    dataset = Dataset(x.digest, x.name, x.source_uri, x.schema, x.row_count if x.HasField("row_count") else None)
    return DatasetInput(dataset, _role(d.role))


def metric(m: pb.Metric) -> MetricPoint:
    return MetricPoint(m.key, m.value, m.step, convert.micros(m, "timestamp") or 0)


_LOGGED_TO_PB = {
    LoggedModelStatus.PENDING: pb.LOGGED_MODEL_STATUS_PENDING,
    LoggedModelStatus.READY: pb.LOGGED_MODEL_STATUS_READY,
    LoggedModelStatus.FAILED: pb.LOGGED_MODEL_STATUS_FAILED,
}
_LOGGED_FROM_PB = {v: k for k, v in _LOGGED_TO_PB.items()}


def logged_model_pb(m: LoggedModel) -> pb.LoggedModel:
    return pb.LoggedModel(
        id=m.id,
        experiment_id=m.experiment_id,
        name=m.name,
        run_id=m.run_id,
        model_type=m.model_type,
        status=_LOGGED_TO_PB[m.status],
        status_message=m.status_message,
        tags=m.tags,
        params=m.params,
        principal=m.principal,
        create_time=convert.timestamp(m.create_time),
        update_time=convert.timestamp(m.update_time),
        delete_time=convert.timestamp(m.delete_time),
    )


def _logged_status(value: int) -> LoggedModelStatus | None:
    if value == pb.LOGGED_MODEL_STATUS_UNSPECIFIED:
        return None
    if value not in _LOGGED_FROM_PB:
        raise invalid_field("status", f"status {value} is not a known LoggedModelStatus")
    return _LOGGED_FROM_PB[value]  # type: ignore[index]


def _entry_pb(e: ManifestEntry) -> artifacts_pb2.ManifestEntry:
    return artifacts_pb2.ManifestEntry(path=e.path, digest=convert.digest_pb(e.digest), media_type=e.media_type)


class TrackingServicer(tracking_pb2_grpc.TrackingServicer):
    def __init__(self, tracking: Tracking, outputs: RunOutputs) -> None:
        self._tracking = tracking
        self._outputs = outputs

    @handles_errors
    async def CreateExperiment(
        self, request: pb.CreateExperimentRequest, context: Context
    ) -> pb.CreateExperimentResponse:
        e = request.experiment
        experiment = await self._tracking.create_experiment(e.name, e.description, dict(e.tags))
        return pb.CreateExperimentResponse(experiment=experiment_pb(experiment))

    @handles_errors
    async def GetExperiment(self, request: pb.GetExperimentRequest, context: Context) -> pb.GetExperimentResponse:
        experiment = await self._tracking.get_experiment(request.id, request.name, request.show_deleted)
        return pb.GetExperimentResponse(experiment=experiment_pb(experiment))

    @handles_errors
    async def ListExperiments(self, request: pb.ListExperimentsRequest, context: Context) -> pb.ListExperimentsResponse:
        page = await self._tracking.list_experiments(request.page_size, request.page_token, request.show_deleted)
        return pb.ListExperimentsResponse(
            experiments=[experiment_pb(e) for e in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def DeleteExperiment(
        self, request: pb.DeleteExperimentRequest, context: Context
    ) -> pb.DeleteExperimentResponse:
        return pb.DeleteExperimentResponse(experiment=experiment_pb(await self._tracking.delete_experiment(request.id)))

    @handles_errors
    async def UndeleteExperiment(
        self, request: pb.UndeleteExperimentRequest, context: Context
    ) -> pb.UndeleteExperimentResponse:
        experiment = await self._tracking.undelete_experiment(request.id)
        return pb.UndeleteExperimentResponse(experiment=experiment_pb(experiment))

    @handles_errors
    async def CreateRun(self, request: pb.CreateRunRequest, context: Context) -> pb.CreateRunResponse:
        r = request.run
        new = NewRun(
            experiment_id=r.experiment_id,
            name=r.name,
            start_time=convert.micros(r, "start_time"),
            tags=dict(r.tags),
        )
        return pb.CreateRunResponse(run=run_pb(await self._tracking.create_run(new)))

    @handles_errors
    async def GetRun(self, request: pb.GetRunRequest, context: Context) -> pb.GetRunResponse:
        return pb.GetRunResponse(run=run_pb(await self._tracking.get_run(request.run_id, request.show_deleted)))

    @handles_errors
    async def DeleteRun(self, request: pb.DeleteRunRequest, context: Context) -> pb.DeleteRunResponse:
        return pb.DeleteRunResponse(run=run_pb(await self._tracking.delete_run(request.run_id)))

    @handles_errors
    async def UndeleteRun(self, request: pb.UndeleteRunRequest, context: Context) -> pb.UndeleteRunResponse:
        return pb.UndeleteRunResponse(run=run_pb(await self._tracking.undelete_run(request.run_id)))

    @handles_errors
    async def UpdateRun(self, request: pb.UpdateRunRequest, context: Context) -> pb.UpdateRunResponse:
        changes = RunChanges(
            status=_status(request.status, "status"),
            end_time=convert.micros(request, "end_time"),
            name=request.name or None,
        )
        return pb.UpdateRunResponse(run=run_pb(await self._tracking.update_run(request.run_id, changes)))

    @handles_errors
    async def ListRuns(self, request: pb.ListRunsRequest, context: Context) -> pb.ListRunsResponse:
        page = await self._tracking.list_runs(
            list(request.experiment_ids),
            request.filter,
            request.order_by,
            request.page_size,
            request.page_token,
            request.show_deleted,
        )
        return pb.ListRunsResponse(runs=[run_pb(r) for r in page.items], next_page_token=page.next_page_token)

    @handles_errors
    async def LogBatch(self, request: pb.LogBatchRequest, context: Context) -> pb.LogBatchResponse:
        await self._tracking.log_batch(
            request.run_id,
            [metric(m) for m in request.metrics],
            [(p.key, p.value) for p in request.params],
            [(t.key, t.value) for t in request.tags],
        )
        return pb.LogBatchResponse()

    @handles_errors
    async def GetMetricHistory(
        self, request: pb.GetMetricHistoryRequest, context: Context
    ) -> pb.GetMetricHistoryResponse:
        page = await self._tracking.metric_history(
            request.run_id, request.metric_key, request.page_size, request.page_token
        )
        return pb.GetMetricHistoryResponse(
            metrics=[metric_pb(m) for m in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def LogInputs(self, request: pb.LogInputsRequest, context: Context) -> pb.LogInputsResponse:
        c, e = request.code_version, request.environment
        run = await self._tracking.log_inputs(
            request.run_id,
            [dataset_input(d) for d in request.datasets],
            CodeVersion(c.repository_url, c.commit, c.dirty) if request.HasField("code_version") else None,
            Environment(e.python_version, e.lock_file_digest, dict(e.packages))
            if request.HasField("environment")
            else None,
        )
        return pb.LogInputsResponse(run=run_pb(run))

    @handles_errors
    async def LogArtifacts(self, request: pb.LogArtifactsRequest, context: Context) -> pb.LogArtifactsResponse:
        files = [ManifestEntry(f.path, convert.digest(f.digest), f.media_type) for f in request.files]
        await self._outputs.log_artifacts(request.parent, files, request.validate_only)
        return pb.LogArtifactsResponse()

    @handles_errors
    async def ListArtifacts(self, request: pb.ListArtifactsRequest, context: Context) -> pb.ListArtifactsResponse:
        files = await self._outputs.list_artifacts(request.parent, request.path)
        return pb.ListArtifactsResponse(files=[_entry_pb(f) for f in files])

    @handles_errors
    async def CreateLoggedModel(
        self, request: pb.CreateLoggedModelRequest, context: Context
    ) -> pb.CreateLoggedModelResponse:
        m = request.logged_model
        new = NewLoggedModel(m.experiment_id, m.name, m.run_id, m.model_type, dict(m.tags), dict(m.params))
        return pb.CreateLoggedModelResponse(logged_model=logged_model_pb(await self._outputs.create_logged_model(new)))

    @handles_errors
    async def GetLoggedModel(self, request: pb.GetLoggedModelRequest, context: Context) -> pb.GetLoggedModelResponse:
        model = await self._outputs.get_logged_model(request.id, request.show_deleted)
        return pb.GetLoggedModelResponse(logged_model=logged_model_pb(model))

    @handles_errors
    async def UpdateLoggedModel(
        self, request: pb.UpdateLoggedModelRequest, context: Context
    ) -> pb.UpdateLoggedModelResponse:
        changes = LoggedModelChanges(
            status=_logged_status(request.status),
            status_message=request.status_message,
            set_tags=dict(request.set_tags),
            remove_tags=list(request.remove_tags),
            params=dict(request.params),
        )
        model = await self._outputs.update_logged_model(request.id, changes)
        return pb.UpdateLoggedModelResponse(logged_model=logged_model_pb(model))

    @handles_errors
    async def ListLoggedModels(
        self, request: pb.ListLoggedModelsRequest, context: Context
    ) -> pb.ListLoggedModelsResponse:
        page = await self._outputs.list_logged_models(
            list(request.experiment_ids),
            request.name,
            request.run_id,
            request.show_deleted,
            request.page_size,
            request.page_token,
        )
        return pb.ListLoggedModelsResponse(
            logged_models=[logged_model_pb(m) for m in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def DeleteLoggedModel(
        self, request: pb.DeleteLoggedModelRequest, context: Context
    ) -> pb.DeleteLoggedModelResponse:
        return pb.DeleteLoggedModelResponse(
            logged_model=logged_model_pb(await self._outputs.delete_logged_model(request.id))
        )
