package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.regserver.v1.ArtifactStoreGrpc;
import dev.regserver.v1.Digest;
import dev.regserver.v1.EventServiceGrpc;
import dev.regserver.v1.ModelRegistryGrpc;
import dev.regserver.v1.WatchRequest;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token option, checked as a header on the wire: a plain gRPC server (not regserver; it
 * implements nothing, so every call is UNIMPLEMENTED) records the headers each call arrives with.
 */
class BearerTokenTest {
    /** Records the authorization header of every call (null when absent). */
    private static final class Recorder implements ServerInterceptor {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<String> methods = new CopyOnWriteArrayList<>();

        @Override
        public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(ServerCall<ReqT, RespT> call, Metadata headers,
                ServerCallHandler<ReqT, RespT> next) {
            String value = headers.get(BearerTokenInterceptor.AUTHORIZATION);
            seen.add(value == null ? "<none>" : value);
            methods.add(call.getMethodDescriptor().getBareMethodName());
            return next.startCall(call, headers);
        }
    }

    private static Server serve(ServerCredentials credentials, Recorder recorder) throws Exception {
        return Grpc.newServerBuilderForPort(0, credentials)
                .addService(ServerInterceptors.intercept(new ModelRegistryGrpc.ModelRegistryImplBase() {}, recorder))
                .addService(ServerInterceptors.intercept(new ArtifactStoreGrpc.ArtifactStoreImplBase() {}, recorder))
                .addService(ServerInterceptors.intercept(new EventServiceGrpc.EventServiceImplBase() {}, recorder))
                .build().start();
    }

    @Test
    void sendsTheTokenOnUnaryAndStreamingCalls() throws Exception {
        Recorder recorder = new Recorder();
        Server server = serve(InsecureServerCredentials.create(), recorder);
        try (RegserverClient client = RegserverClient.connect("127.0.0.1:" + server.getPort(),
                ClientOptions.builder().token("s3cret-token").build())) {
            client.getModel("m");
        } catch (RegserverException expected) {
            assertEquals(Status.Code.UNIMPLEMENTED, expected.code());
        } finally {
            server.shutdownNow().awaitTermination();
        }
        assertEquals(List.of("Bearer s3cret-token"), recorder.seen);
    }

    @Test
    void sendsTheTokenOnEveryKindOfCall(@TempDir Path tmp) throws Exception {
        Recorder recorder = new Recorder();
        Server server = serve(InsecureServerCredentials.create(), recorder);
        try (RegserverClient client = RegserverClient.connect("127.0.0.1:" + server.getPort(),
                ClientOptions.builder().token("abc.def-ghi").timeout(Duration.ofSeconds(10)).build())) {
            assertThrows(RegserverException.class,
                    () -> client.downloadBlob(Digest.newBuilder().setHash("00").setSizeBytes(1).build(),
                            tmp.resolve("x")));
            assertThrows(RegserverException.class, () -> client.writeBlob(Files.writeString(tmp.resolve("f"), "x")));
            try (Watcher watcher = client.watch(WatchRequest.getDefaultInstance())) {
                RegserverException streamed = assertThrows(RegserverException.class, watcher::hasNext);
                assertEquals(Status.Code.UNIMPLEMENTED, streamed.code());
            }
        } finally {
            server.shutdownNow().awaitTermination();
        }
        assertEquals(List.of("ReadBlob", "WriteBlob", "Watch"), recorder.methods);
        assertEquals(List.of("Bearer abc.def-ghi", "Bearer abc.def-ghi", "Bearer abc.def-ghi"), recorder.seen);
    }

    @Test
    void sendsNoHeaderWithoutAToken() throws Exception {
        Recorder recorder = new Recorder();
        Server server = serve(InsecureServerCredentials.create(), recorder);
        try (RegserverClient client = RegserverClient.connect("127.0.0.1:" + server.getPort())) {
            assertThrows(RegserverException.class, () -> client.getModel("m"));
        } finally {
            server.shutdownNow().awaitTermination();
        }
        assertEquals(List.of("<none>"), recorder.seen);
    }

    @Test
    void connectsOverTlsTrustingACaFile(@TempDir Path tmp) throws Exception {
        Path cert = copyResource("tls/server.crt", tmp);
        Path key = copyResource("tls/server.key", tmp);
        Recorder recorder = new Recorder();
        Server server = serve(TlsServerCredentials.create(cert.toFile(), key.toFile()), recorder);
        try {
            try (RegserverClient client = RegserverClient.connect("localhost:" + server.getPort(),
                    ClientOptions.builder().caFile(cert).token("over-tls").build())) {
                RegserverException e = assertThrows(RegserverException.class, () -> client.getModel("m"));
                assertEquals(Status.Code.UNIMPLEMENTED, e.code(), "the call reached the server over TLS");
            }
            assertEquals(List.of("Bearer over-tls"), recorder.seen);
            // Without the CA (system roots) the self-signed certificate is refused: nothing arrives.
            try (RegserverClient client = RegserverClient.connect("localhost:" + server.getPort(),
                    ClientOptions.builder().tls(true).build())) {
                RegserverException e = assertThrows(RegserverException.class, () -> client.getModel("m"));
                assertEquals(Status.Code.UNAVAILABLE, e.code());
            }
            assertEquals(1, recorder.seen.size());
        } finally {
            server.shutdownNow().awaitTermination();
        }
    }

    @Test
    void rejectsATokenThatCannotBeAHeader() {
        assertThrows(IllegalArgumentException.class, () -> new BearerTokenInterceptor("bad\ntoken"));
        assertNull(ClientOptions.builder().token("").build().token());
    }

    private static Path copyResource(String name, Path dir) throws Exception {
        try (InputStream in = BearerTokenTest.class.getClassLoader().getResourceAsStream(name)) {
            Path target = dir.resolve(Path.of(name).getFileName());
            Files.copy(in, target);
            return target;
        }
    }
}
