"""AccessControl servicer: tokens and role bindings."""

from __future__ import annotations

from typing import Any

import grpc
from regserver_client.v1 import access_pb2 as pb
from regserver_client.v1 import access_pb2_grpc

from regserver.api import convert
from regserver.api.audit import REDACTED, audited
from regserver.api.errors import handles_errors
from regserver.auth.access import Access
from regserver.domain import caller
from regserver.domain.caller import RoleBinding, Token
from regserver.domain.errors import invalid_field
from regserver.domain.roles import Role

Context = grpc.aio.ServicerContext[Any, Any]


def token_pb(t: Token) -> pb.Token:
    return pb.Token(
        id=t.id,
        principal=t.principal,
        description=t.description,
        create_time=convert.timestamp(t.create_time),
        expire_time=convert.timestamp(t.expire_time),
        revoke_time=convert.timestamp(t.revoke_time),
        creator=t.creator,
    )


def binding_pb(b: RoleBinding) -> pb.RoleBinding:
    return pb.RoleBinding(
        principal=b.principal,
        role="ROLE_" + b.role.value,
        model_name=b.model_name,
        create_time=convert.timestamp(b.create_time),
        creator=b.creator,
    )


def role(value: int) -> Role | None:
    if value == pb.ROLE_UNSPECIFIED:
        return None
    if value not in pb.Role.values():
        raise invalid_field("role", f"role is {value}, not a known Role")
    return Role(pb.Role.Name(value).removeprefix("ROLE_"))


class AccessControlServicer(access_pb2_grpc.AccessControlServicer):
    def __init__(self, access: Access, required: bool) -> None:
        self._access = access
        self._required = required

    @handles_errors
    async def CreateToken(self, request: pb.CreateTokenRequest, context: Context) -> pb.CreateTokenResponse:
        expire = convert.micros(request, "expire_time")
        # The audit record is rendered from what the store returns: the token, never its secret.
        audited(lambda t: pb.CreateTokenResponse(token=token_pb(t), secret=REDACTED))
        token, secret = await self._access.create_token(
            request.principal, request.description, expire, caller.principal()
        )
        return pb.CreateTokenResponse(token=token_pb(token), secret=secret)

    @handles_errors
    async def GetToken(self, request: pb.GetTokenRequest, context: Context) -> pb.GetTokenResponse:
        return pb.GetTokenResponse(token=token_pb(await self._access.get_token(request.id)))

    @handles_errors
    async def ListTokens(self, request: pb.ListTokensRequest, context: Context) -> pb.ListTokensResponse:
        page = await self._access.list_tokens(
            request.principal, request.show_revoked, request.page_size, request.page_token
        )
        return pb.ListTokensResponse(tokens=[token_pb(t) for t in page.items], next_page_token=page.next_page_token)

    @handles_errors
    async def RevokeToken(self, request: pb.RevokeTokenRequest, context: Context) -> pb.RevokeTokenResponse:
        respond = audited(lambda t: pb.RevokeTokenResponse(token=token_pb(t)))
        return respond(await self._access.revoke_token(request.id))

    @handles_errors
    async def GrantRole(self, request: pb.GrantRoleRequest, context: Context) -> pb.GrantRoleResponse:
        respond = audited(lambda b: pb.GrantRoleResponse(role_binding=binding_pb(b)))
        binding = await self._access.grant_role(
            request.principal, role(request.role), request.model_name, caller.principal()
        )
        return respond(binding)

    @handles_errors
    async def RevokeRole(self, request: pb.RevokeRoleRequest, context: Context) -> pb.RevokeRoleResponse:
        respond = audited(lambda b: pb.RevokeRoleResponse(role_binding=binding_pb(b)))
        return respond(await self._access.revoke_role(request.principal, role(request.role), request.model_name))

    @handles_errors
    async def ListRoleBindings(
        self, request: pb.ListRoleBindingsRequest, context: Context
    ) -> pb.ListRoleBindingsResponse:
        page = await self._access.list_role_bindings(
            request.principal, request.model_name, request.page_size, request.page_token
        )
        return pb.ListRoleBindingsResponse(
            role_bindings=[binding_pb(b) for b in page.items], next_page_token=page.next_page_token
        )

    @handles_errors
    async def GetCallerIdentity(
        self, request: pb.GetCallerIdentityRequest, context: Context
    ) -> pb.GetCallerIdentityResponse:
        who = caller.current()
        return pb.GetCallerIdentityResponse(
            principal=who.principal,
            token_id=who.token_id,
            role_bindings=[binding_pb(b) for b in who.bindings],
            open=not self._required,
        )
