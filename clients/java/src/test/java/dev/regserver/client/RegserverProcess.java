package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real regserver ({@code regserver serve --auth required}) on 127.0.0.1, a free port and a
 * fresh data dir, for tests: every call needs {@link #token()}, a global admin's token made with
 * {@code regserver tokens create --admin} before the server starts. The binary is $REGSERVER_BIN, else {@code <repo>/.venv/bin/regserver}; a missing
 * binary fails the test (never skips it).
 */
final class RegserverProcess implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 30_000;

    private final Path binary;
    private final List<String> extraArgs;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private String token;
    private Process process;

    private RegserverProcess(Path binary, Path dataDir, int port, List<String> extraArgs) {
        this.binary = binary;
        this.extraArgs = List.copyOf(extraArgs);
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        this.port = port;
    }

    /** Starts a server on a free port with a fresh temporary data dir, with extra `serve` flags. */
    static RegserverProcess start(String... extraArgs) {
        Path binary = binary();
        try {
            Path dataDir = Files.createTempDirectory("regserver-java-test-");
            RegserverProcess server = new RegserverProcess(binary, dataDir, freePort(), List.of(extraArgs));
            server.token = server.bootstrapToken();
            server.startProcess();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path binary() {
        String env = System.getenv("REGSERVER_BIN");
        Path binary;
        if (env != null && !env.isEmpty()) {
            binary = Path.of(env);
        } else {
            String root = System.getProperty("regserver.repoRoot");
            Path repo = root != null ? Path.of(root) : Path.of("").toAbsolutePath().resolve("../..");
            binary = repo.resolve(".venv/bin/regserver").normalize();
        }
        if (!Files.isExecutable(binary)) {
            fail("regserver binary not found at " + binary.toAbsolutePath() + ": run `make install` in the repo root"
                    + " (it creates .venv with the server) or set REGSERVER_BIN to the server's executable");
        }
        return binary;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The first admin's token, created straight in the data dir's database; the secret is stdout. */
    private String bootstrapToken() throws IOException {
        Process made = new ProcessBuilder(binary.toString(), "tokens", "create", "--admin", "integration-test",
                "--data-dir", dataDir.toString()).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        String out = new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!made.waitFor(30, TimeUnit.SECONDS) || made.exitValue() != 0 || out.isEmpty() || out.contains(" ")) {
                fail("regserver tokens create printed '" + out + "'; its log:\n" + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }

    /** The admin's bearer token. */
    String token() {
        return token;
    }

    /** A client that sends the admin's token. */
    RegserverClient connect() {
        return RegserverClient.connect(target(), ClientOptions.builder().token(token).build());
    }

    String target() {
        return "127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    private void startProcess() throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "serve", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--data-dir", dataDir.toString(),
                "--shutdown-grace-seconds", "1", "--auth", "required"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("REGSERVER_PORT");
        builder.environment().remove("REGSERVER_DATA_DIR");
        builder.environment().remove("REGSERVER_DATABASE_URL");
        builder.environment().remove("REGSERVER_ARTIFACT_ROOT");
        process = builder.start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                fail("regserver exited with status " + process.exitValue() + " at start-up; its log:\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        stop();
        fail("regserver did not listen on " + target() + " within 30 s; its log:\n" + log());
    }

    /** SIGTERM, then SIGKILL after 5 s. */
    void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Stops the server and starts it again on the same port and data dir. */
    void restart() throws IOException {
        stop();
        startProcess();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop();
        deleteTree(dataDir);
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // best effort
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
