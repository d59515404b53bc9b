"""ModelRegistry servicer: unpack the request, call the registry, pack the response."""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import model_registry_pb2 as pb
from regserver_client.v1 import model_registry_pb2_grpc

from regserver.api import convert
from regserver.api.audit import audited
from regserver.api.errors import handles_errors
from regserver.domain import caller
from regserver.domain.models import ModelVersion
from regserver.domain.registry import Registry

Context = grpc.aio.ServicerContext[Any, Any]


class ModelRegistryServicer(model_registry_pb2_grpc.ModelRegistryServicer):
    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    @handles_errors
    async def CreateRegisteredModel(
        self, request: pb.CreateRegisteredModelRequest, context: Context
    ) -> pb.CreateRegisteredModelResponse:
        respond = audited(lambda m: pb.CreateRegisteredModelResponse(registered_model=convert.model_pb(m)))
        return respond(
            await self._registry.create_model(convert.new_model(request.registered_model), request.request_id)
        )

    @handles_errors
    async def GetRegisteredModel(
        self, request: pb.GetRegisteredModelRequest, context: Context
    ) -> pb.GetRegisteredModelResponse:
        model = await self._registry.get_model(request.name, request.show_deleted)
        return pb.GetRegisteredModelResponse(registered_model=convert.model_pb(model))

    @handles_errors
    async def ListRegisteredModels(
        self, request: pb.ListRegisteredModelsRequest, context: Context
    ) -> pb.ListRegisteredModelsResponse:
        page = await self._registry.list_models(
            request.filter,
            request.order_by,
            request.page_size,
            request.page_token,
            request.show_deleted,
            caller.current().visible_model_ids(),
        )
        return pb.ListRegisteredModelsResponse(
            registered_models=[convert.model_pb(m) for m in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def UpdateRegisteredModel(
        self, request: pb.UpdateRegisteredModelRequest, context: Context
    ) -> pb.UpdateRegisteredModelResponse:
        m = request.registered_model
        respond = audited(lambda model: pb.UpdateRegisteredModelResponse(registered_model=convert.model_pb(model)))
        model = await self._registry.update_model(
            m.name, list(request.update_mask.paths), m.description, dict(m.tags), m.owner, m.etag
        )
        return respond(model)

    @handles_errors
    async def RenameRegisteredModel(
        self, request: pb.RenameRegisteredModelRequest, context: Context
    ) -> pb.RenameRegisteredModelResponse:
        respond = audited(lambda m: pb.RenameRegisteredModelResponse(registered_model=convert.model_pb(m)))
        return respond(await self._registry.rename_model(request.name, request.new_name, request.etag))

    @handles_errors
    async def DeleteRegisteredModel(
        self, request: pb.DeleteRegisteredModelRequest, context: Context
    ) -> pb.DeleteRegisteredModelResponse:
        respond = audited(lambda m: pb.DeleteRegisteredModelResponse(registered_model=convert.model_pb(m)))
        return respond(await self._registry.delete_model(request.name, request.etag))

    @handles_errors
    async def UndeleteRegisteredModel(
        self, request: pb.UndeleteRegisteredModelRequest, context: Context
    ) -> pb.UndeleteRegisteredModelResponse:
        respond = audited(lambda m: pb.UndeleteRegisteredModelResponse(registered_model=convert.model_pb(m)))
        return respond(await self._registry.undelete_model(request.name))

    @handles_errors
    async def CreateModelVersion(
        self, request: pb.CreateModelVersionRequest, context: Context
    ) -> pb.CreateModelVersionResponse:
        respond = audited(lambda v: pb.CreateModelVersionResponse(model_version=convert.version_pb(v)))
        version = await self._registry.create_version(
            request.model_name, convert.new_version(request.model_version), caller.principal(), request.request_id
        )
        return respond(version)

    @handles_errors
    async def FinalizeModelVersion(
        self, request: pb.FinalizeModelVersionRequest, context: Context
    ) -> pb.FinalizeModelVersionResponse:
        respond = audited(lambda v: pb.FinalizeModelVersionResponse(model_version=convert.version_pb(v)))
        return respond(await self._registry.finalize_version(request.model_name, request.version))

    @handles_errors
    async def GetModelVersion(self, request: pb.GetModelVersionRequest, context: Context) -> pb.GetModelVersionResponse:
        version = await self._registry.get_version(request.model_name, request.version, request.show_deleted)
        return pb.GetModelVersionResponse(model_version=convert.version_pb(version))

    @handles_errors
    async def ListModelVersions(
        self, request: pb.ListModelVersionsRequest, context: Context
    ) -> pb.ListModelVersionsResponse:
        page = await self._registry.list_versions(
            request.model_name,
            request.filter,
            request.order_by,
            request.page_size,
            request.page_token,
            request.show_deleted,
            caller.current().visible_model_ids(),
        )
        return pb.ListModelVersionsResponse(
            model_versions=[convert.version_pb(v) for v in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def UpdateModelVersion(
        self, request: pb.UpdateModelVersionRequest, context: Context
    ) -> pb.UpdateModelVersionResponse:
        v = request.model_version
        respond = audited(lambda mv: pb.UpdateModelVersionResponse(model_version=convert.version_pb(mv)))
        version = await self._registry.update_version(
            v.model_name, v.version, list(request.update_mask.paths), v.description, dict(v.tags), v.etag
        )
        return respond(version)

    @handles_errors
    async def DeleteModelVersion(
        self, request: pb.DeleteModelVersionRequest, context: Context
    ) -> pb.DeleteModelVersionResponse:
        respond = audited(lambda v: pb.DeleteModelVersionResponse(model_version=convert.version_pb(v)))
        return respond(await self._registry.delete_version(request.model_name, request.version, request.etag))

    @handles_errors
    async def UndeleteModelVersion(
        self, request: pb.UndeleteModelVersionRequest, context: Context
    ) -> pb.UndeleteModelVersionResponse:
        respond = audited(lambda v: pb.UndeleteModelVersionResponse(model_version=convert.version_pb(v)))
        return respond(await self._registry.undelete_version(request.model_name, request.version))

    @handles_errors
    async def TransitionModelVersionStage(
        self, request: pb.TransitionModelVersionStageRequest, context: Context
    ) -> pb.TransitionModelVersionStageResponse:
        def respond(result: tuple[ModelVersion, list[ModelVersion]]) -> pb.TransitionModelVersionStageResponse:
            version, archived = result
            return pb.TransitionModelVersionStageResponse(
                model_version=convert.version_pb(version), archived_versions=[convert.version_pb(a) for a in archived]
            )

        result = await self._registry.transition_stage(
            request.model_name,
            request.version,
            convert.stage(request.stage),
            request.archive_existing_versions,
            request.etag,
        )
        return audited(respond)(result)

    @handles_errors
    async def SetAlias(self, request: pb.SetAliasRequest, context: Context) -> pb.SetAliasResponse:
        respond = audited(lambda r: pb.SetAliasResponse(model_version=convert.version_pb(r[0]), previous_version=r[1]))
        return respond(await self._registry.set_alias(request.model_name, request.alias, request.version))

    @handles_errors
    async def DeleteAlias(self, request: pb.DeleteAliasRequest, context: Context) -> pb.DeleteAliasResponse:
        respond = audited(lambda previous: pb.DeleteAliasResponse(previous_version=previous))
        return respond(await self._registry.delete_alias(request.model_name, request.alias))

    @handles_errors
    async def GetModelVersionByAlias(
        self, request: pb.GetModelVersionByAliasRequest, context: Context
    ) -> pb.GetModelVersionByAliasResponse:
        version = await self._registry.get_version_by_alias(request.model_name, request.alias)
        return pb.GetModelVersionByAliasResponse(model_version=convert.version_pb(version))

    @handles_errors
    async def AddModelVersionParents(
        self, request: pb.AddModelVersionParentsRequest, context: Context
    ) -> pb.AddModelVersionParentsResponse:
        respond = audited(lambda v: pb.AddModelVersionParentsResponse(model_version=convert.version_pb(v)))
        version = await self._registry.add_parents(
            request.model_name, request.version, convert.parents(request.parents), request.etag
        )
        return respond(version)
