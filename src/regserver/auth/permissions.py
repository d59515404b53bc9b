"""The one table of what every RPC needs. A test derives every RPC from the protos and fails on a gap.

Health and reflection are exempt: load balancers and tools call them without credentials.
"""

from __future__ import annotations

from regserver.domain.caller import Rule
from regserver.domain.roles import Permission

P = Permission

EXEMPT_SERVICES = frozenset({"grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection"})


_MR = "/regserver.v1.ModelRegistry/"
_AS = "/regserver.v1.ArtifactStore/"
_EV = "/regserver.v1.EventService/"
_WH = "/regserver.v1.Webhooks/"
_TR = "/regserver.v1.Tracking/"
_AC = "/regserver.v1.AccessControl/"
_LI = "/regserver.v1.Lineage/"
_EL = "/regserver.v1.Evaluation/"
_AU = "/regserver.v1.Audit/"
_GV = "/regserver.v1.Governance/"

RULES: dict[str, Rule] = {
    _MR + "CreateRegisteredModel": Rule(P.MODELS_CREATE),
    _MR + "GetRegisteredModel": Rule(P.MODELS_READ, "name"),
    _MR + "ListRegisteredModels": Rule(P.MODELS_READ, any_model=True),
    _MR + "UpdateRegisteredModel": Rule(P.MODELS_WRITE, "registered_model.name"),
    _MR + "RenameRegisteredModel": Rule(P.MODELS_MANAGE, "name"),
    _MR + "DeleteRegisteredModel": Rule(P.MODELS_MANAGE, "name"),
    _MR + "UndeleteRegisteredModel": Rule(P.MODELS_MANAGE, "name"),
    _MR + "CreateModelVersion": Rule(P.MODELS_WRITE, "model_name"),
    _MR + "FinalizeModelVersion": Rule(P.MODELS_WRITE, "model_name"),
    _MR + "GetModelVersion": Rule(P.MODELS_READ, "model_name"),
    _MR + "ListModelVersions": Rule(P.MODELS_READ, "model_name", any_model=True),
    _MR + "UpdateModelVersion": Rule(P.MODELS_WRITE, "model_version.model_name"),
    _MR + "DeleteModelVersion": Rule(P.MODELS_WRITE, "model_name"),
    _MR + "UndeleteModelVersion": Rule(P.MODELS_WRITE, "model_name"),
    _MR + "TransitionModelVersionStage": Rule(P.MODELS_PROMOTE, "model_name"),
    _MR + "SetAlias": Rule(P.MODELS_PROMOTE, "model_name"),
    _MR + "DeleteAlias": Rule(P.MODELS_PROMOTE, "model_name"),
    _MR + "GetModelVersionByAlias": Rule(P.MODELS_READ, "model_name"),
    _MR + "AddModelVersionParents": Rule(P.MODELS_WRITE, "model_name"),
    # Blobs are content-addressed and shared between models: a role on any model reaches them.
    _AS + "FindMissingBlobs": Rule(P.BLOBS_WRITE, any_model=True),
    _AS + "WriteBlob": Rule(P.BLOBS_WRITE, any_model=True),
    _AS + "QueryWriteStatus": Rule(P.BLOBS_WRITE, any_model=True),
    _AS + "ReadBlob": Rule(P.BLOBS_READ, any_model=True),
    _AS + "CommitUpload": Rule(P.BLOBS_WRITE, any_model=True),
    _AS + "GetTransferOptions": Rule(P.BLOBS_READ, any_model=True),
    _AS + "SignUploadUrls": Rule(P.BLOBS_WRITE, any_model=True),
    _AS + "SignDownloadUrl": Rule(P.BLOBS_READ, any_model=True),
    _EV + "Watch": Rule(P.MODELS_READ, any_model=True),
    _WH + "CreateWebhook": Rule(P.WEBHOOKS_MANAGE),
    _WH + "GetWebhook": Rule(P.WEBHOOKS_MANAGE),
    _WH + "ListWebhooks": Rule(P.WEBHOOKS_MANAGE),
    _WH + "UpdateWebhook": Rule(P.WEBHOOKS_MANAGE),
    _WH + "DeleteWebhook": Rule(P.WEBHOOKS_MANAGE),
    _WH + "TestWebhook": Rule(P.WEBHOOKS_MANAGE),
    _WH + "ListWebhookDeliveries": Rule(P.WEBHOOKS_MANAGE),
    _WH + "RedeliverWebhookDelivery": Rule(P.WEBHOOKS_MANAGE),
    _TR + "CreateExperiment": Rule(P.TRACKING_WRITE),
    _TR + "GetExperiment": Rule(P.TRACKING_READ),
    _TR + "ListExperiments": Rule(P.TRACKING_READ),
    _TR + "DeleteExperiment": Rule(P.TRACKING_WRITE),
    _TR + "UndeleteExperiment": Rule(P.TRACKING_WRITE),
    _TR + "CreateRun": Rule(P.TRACKING_WRITE),
    _TR + "GetRun": Rule(P.TRACKING_READ),
    _TR + "UpdateRun": Rule(P.TRACKING_WRITE),
    _TR + "ListRuns": Rule(P.TRACKING_READ),
    _TR + "DeleteRun": Rule(P.TRACKING_WRITE),
    _TR + "UndeleteRun": Rule(P.TRACKING_WRITE),
    _TR + "LogBatch": Rule(P.TRACKING_WRITE),
    _TR + "GetMetricHistory": Rule(P.TRACKING_READ),
    _TR + "LogInputs": Rule(P.TRACKING_WRITE),
    _TR + "LogArtifacts": Rule(P.TRACKING_WRITE),
    _TR + "ListArtifacts": Rule(P.TRACKING_READ),
    _TR + "CreateLoggedModel": Rule(P.TRACKING_WRITE),
    _TR + "GetLoggedModel": Rule(P.TRACKING_READ),
    _TR + "UpdateLoggedModel": Rule(P.TRACKING_WRITE),
    _TR + "ListLoggedModels": Rule(P.TRACKING_READ),
    _TR + "DeleteLoggedModel": Rule(P.TRACKING_WRITE),
    # A lineage walk crosses models (parents, datasets shared between models): global readers only.
    _LI + "GetLineage": Rule(P.MODELS_READ),
    _EL + "LogEvaluations": Rule(P.MODELS_WRITE, "model_name"),
    _EL + "ListEvaluations": Rule(P.MODELS_READ, "model_name"),
    _EL + "CompareModelVersions": Rule(P.MODELS_READ, "model_name"),
    _AC + "CreateToken": Rule(P.TOKENS_MANAGE),
    _AC + "GetToken": Rule(P.TOKENS_MANAGE),
    _AC + "ListTokens": Rule(P.TOKENS_MANAGE),
    _AC + "RevokeToken": Rule(P.TOKENS_MANAGE),
    # A model's admins manage that model's bindings; global bindings need a global admin.
    _AC + "GrantRole": Rule(P.ROLES_MANAGE, "model_name"),
    _AC + "RevokeRole": Rule(P.ROLES_MANAGE, "model_name"),
    _AC + "ListRoleBindings": Rule(P.ROLES_MANAGE, "model_name"),
    _AC + "GetCallerIdentity": Rule(P.AUTHENTICATED),
    # The trail names every model and principal: global admins only.
    _AU + "ListAuditRecords": Rule(P.AUDIT_READ),
    _GV + "GetPromotionPolicy": Rule(P.MODELS_READ, "model_name"),
    _GV + "SetPromotionPolicy": Rule(P.MODELS_MANAGE, "model_name"),
    _GV + "RequestPromotion": Rule(P.MODELS_WRITE, "model_name"),
    # By id: the store checks the request's model is one the caller may read (see Governance).
    _GV + "GetPromotionRequest": Rule(P.MODELS_READ, any_model=True),
    _GV + "ListPromotionRequests": Rule(P.MODELS_READ, "model_name", any_model=True),
    # By id: a role on any model admits the call; the decision then needs it on the request's model.
    _GV + "ApprovePromotion": Rule(P.MODELS_PROMOTE, any_model=True),
    _GV + "RejectPromotion": Rule(P.MODELS_PROMOTE, any_model=True),
    _GV + "WithdrawPromotion": Rule(P.MODELS_WRITE, any_model=True),
    _GV + "Rollback": Rule(P.MODELS_PROMOTE, "model_name"),
    _GV + "ListTargetHistory": Rule(P.MODELS_READ, "model_name"),
}
