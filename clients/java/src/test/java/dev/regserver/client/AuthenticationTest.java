package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.regserver.v1.AccessControlGrpc;
import dev.regserver.v1.CreateTokenRequest;
import dev.regserver.v1.CreateTokenResponse;
import dev.regserver.v1.GrantRoleRequest;
import dev.regserver.v1.RevokeTokenRequest;
import dev.regserver.v1.Role;
import io.grpc.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The test server requires tokens: what a caller without one, with a viewer's or a revoked one sees. */
class AuthenticationTest {
    @Test
    @Timeout(60)
    void noTokenOrARevokedOneIsUnauthenticated_aViewerReadsButCannotWrite() {
        try (RegserverProcess server = RegserverProcess.start();
                RegserverClient admin = server.connect();
                RegserverClient anonymous = RegserverClient.connect(server.target())) {
            admin.createModel("guarded");

            RegserverException missing = assertThrows(RegserverException.class, () -> anonymous.getModel("guarded"));
            assertEquals(Status.Code.UNAUTHENTICATED, missing.code());
            assertEquals("TOKEN_MISSING", missing.reason());

            var access = AccessControlGrpc.newBlockingStub(admin.channel());
            CreateTokenResponse made = access.createToken(CreateTokenRequest.newBuilder().setPrincipal("dashboard").build());
            access.grantRole(GrantRoleRequest.newBuilder().setPrincipal("dashboard").setRole(Role.ROLE_VIEWER).build());
            try (RegserverClient viewer = RegserverClient.connect(server.target(),
                    ClientOptions.builder().token(made.getSecret()).build())) {
                assertEquals("guarded", viewer.getModel("guarded").getName());
                RegserverException denied = assertThrows(RegserverException.class, () -> viewer.createModel("denied"));
                assertEquals(Status.Code.PERMISSION_DENIED, denied.code());
                assertEquals("PERMISSION_DENIED", denied.reason());

                access.revokeToken(RevokeTokenRequest.newBuilder().setId(made.getToken().getId()).build());
                RegserverException revoked = assertThrows(RegserverException.class, () -> viewer.getModel("guarded"));
                assertEquals(Status.Code.UNAUTHENTICATED, revoked.code());
                assertEquals("TOKEN_REVOKED", revoked.reason());
            }
        }
    }
}
