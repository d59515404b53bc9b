package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.regserver.client.examples.ServingExample;
import dev.regserver.v1.ModelVersion;
import dev.regserver.v1.ModelVersionStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving-side flow against a real regserver: register a model through this client,
 * run the example's CLI in-process (and once as a subprocess through ./serving-example),
 * promote a new version, check every line and every downloaded byte.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServingExampleIntegrationTest {
    private static final long LINE_TIMEOUT_S = 30;
    private static final Pattern FILE_LINE =
            Pattern.compile("FILE path=(\\S+) sha256=([0-9a-f]{64}) size=(\\d+) verified");
    private static final Pattern WATCHING = Pattern.compile("WATCHING revision=(\\d+)");

    private static RegserverProcess server;
    private static RegserverClient client;

    @BeforeAll
    static void startServer() {
        server = RegserverProcess.start();
        client = server.connect();
    }

    @AfterAll
    static void stopServer() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Two files: 3 MiB of pseudo-random bytes (several chunks) and a small text file in a subdirectory. */
    private static Map<String, Path> makeFiles(Path dir, long seed, String text) throws IOException {
        byte[] weights = new byte[3 * 1024 * 1024 + 123];
        new Random(seed).nextBytes(weights);
        Files.createDirectories(dir.resolve("config"));
        Path bin = Files.write(dir.resolve("model.bin"), weights);
        Path params = Files.writeString(dir.resolve("config/params.txt"), text, StandardCharsets.UTF_8);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("model.bin", bin);
        files.put("config/params.txt", params);
        return files;
    }

    /** Reads the FILE lines of one version (manifest order) and checks them against the originals. */
    private static void expectFiles(LineSink out, ModelVersion version, Map<String, Path> originals, Path dir)
            throws Exception {
        for (var entry : version.getFilesList()) {
            String line = out.next(LINE_TIMEOUT_S);
            Matcher m = FILE_LINE.matcher(line);
            assertTrue(m.matches(), "expected a FILE line, got: " + line);
            assertEquals(entry.getPath(), m.group(1));
            assertEquals(entry.getDigest().getHash(), m.group(2));
            assertEquals(entry.getDigest().getSizeBytes(), Long.parseLong(m.group(3)));
            byte[] expected = Files.readAllBytes(originals.get(entry.getPath()));
            byte[] actual = Files.readAllBytes(dir.resolve(entry.getPath()));
            assertArrayEquals(expected, actual, "downloaded bytes of " + entry.getPath());
        }
        try (var leftovers = Files.walk(dir)) {
            assertEquals(List.of(), leftovers.filter(p -> p.getFileName().toString().endsWith(".part")).toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void servesTheChampionAndFollowsAPromotion(@TempDir Path tmp) throws Exception {
        String model = "fraud-detector";
        client.createModel(model);
        Map<String, Path> v1Files = makeFiles(tmp.resolve("src-v1"), 1, "threshold=0.5\n");
        ModelVersion v1 = client.uploadVersion(model, v1Files);
        assertEquals(1, v1.getVersion());
        assertEquals(ModelVersionStatus.MODEL_VERSION_STATUS_READY, v1.getStatus());
        assertEquals(0, client.setAlias(model, "champion", 1).getPreviousVersion());

        Path out = tmp.resolve("out");
        LineSink stdout = new LineSink("[serving-example] ");
        LineSink stderr = new LineSink("[serving-example stderr] ");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = pool.submit(() -> ServingExample.run(new String[] {
                "--target", server.target(), "--model", model, "--out", out.toString(), "--max-promotions", "1"},
                    Map.of("REGSERVER_TOKEN", server.token()), stdout.printStream(), stderr.printStream()));

            assertEquals("RESOLVED model=" + model + " alias=champion version=1", stdout.next(LINE_TIMEOUT_S));
            expectFiles(stdout, v1, v1Files, out.resolve("v1"));
            Matcher watching = WATCHING.matcher(stdout.next(LINE_TIMEOUT_S));
            assertTrue(watching.matches(), "expected WATCHING, got " + stdout.all());
            long snapshotRevision = Long.parseLong(watching.group(1));

            Map<String, Path> v2Files = makeFiles(tmp.resolve("src-v2"), 2, "threshold=0.7\n");
            ModelVersion v2 = client.uploadVersion(model, v2Files);
            assertEquals(2, v2.getVersion());
            assertEquals(1, client.setAlias(model, "champion", 2).getPreviousVersion());

            String promoted = stdout.next(LINE_TIMEOUT_S);
            Matcher p = Pattern.compile("PROMOTED model=" + model + " alias=champion version=2 previous=1 revision=(\\d+)")
                    .matcher(promoted);
            assertTrue(p.matches(), "expected PROMOTED ... version=2 previous=1, got: " + promoted);
            assertTrue(Long.parseLong(p.group(1)) > snapshotRevision);
            expectFiles(stdout, v2, v2Files, out.resolve("v2"));

            assertEquals(0, exit.get(LINE_TIMEOUT_S, TimeUnit.SECONDS), "exit status; stderr: " + stderr.all());
            assertEquals(List.of(), stderr.all());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waitsForAnAliasThatDoesNotExistYet_asASubprocess(@TempDir Path tmp) throws Exception {
        String model = "churn";
        client.createModel(model);
        Map<String, Path> files = makeFiles(tmp.resolve("src"), 3, "depth=6\n");
        ModelVersion v1 = client.uploadVersion(model, files);

        Path script = Path.of(System.getProperty("regserver.clientDir", "."), "serving-example").toAbsolutePath();
        assertTrue(Files.isExecutable(script), script + " must be executable");
        Path out = tmp.resolve("out");
        Process process = new ProcessBuilder(script.toString(), "--target", server.target(), "--model", model,
                "--alias", "prod", "--out", out.toString(), "--max-promotions=1", "--token", server.token())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            LineSink stdout = new LineSink("[serving-example subprocess] ");
            Thread pump = new Thread(() -> {
                try (var in = process.getInputStream()) {
                    in.transferTo(stdout);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            pump.setDaemon(true);
            pump.start();

            assertEquals("WAITING model=" + model + " alias=prod", stdout.next(LINE_TIMEOUT_S));
            assertTrue(WATCHING.matcher(stdout.next(LINE_TIMEOUT_S)).matches(), stdout.all().toString());
            client.setAlias(model, "prod", 1);
            String promoted = stdout.next(LINE_TIMEOUT_S);
            assertTrue(promoted.matches("PROMOTED model=churn alias=prod version=1 previous=0 revision=\\d+"),
                    promoted);
            expectFiles(stdout, v1, files, out.resolve("v1"));
            assertTrue(process.waitFor(LINE_TIMEOUT_S, TimeUnit.SECONDS), "the example did not exit");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
