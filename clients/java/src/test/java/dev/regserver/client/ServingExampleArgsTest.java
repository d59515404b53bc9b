package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.regserver.client.examples.ServingExample;
import dev.regserver.client.examples.ServingExample.Options;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example's command line contract. */
class ServingExampleArgsTest {
    @Test
    void defaults() {
        Options o = Options.parse(new String[] {"--model", "m", "--out", "/tmp/o"}, Map.of());
        assertEquals("127.0.0.1:50051", o.target());
        assertEquals("champion", o.alias());
        assertEquals(0, o.maxPromotions());
        assertFalse(o.tls());
        assertNull(o.caFile());
        assertNull(o.token());
        assertEquals(Path.of("/tmp/o"), o.out());
    }

    @Test
    void everyFlag() {
        Options o = Options.parse(new String[] {"--target=h:1", "--model", "m", "--alias", "prod", "--out", "d",
            "--max-promotions", "3", "--ca-file", "ca.pem", "--token", "t"}, Map.of("REGSERVER_TOKEN", "env"));
        assertEquals("h:1", o.target());
        assertEquals("prod", o.alias());
        assertEquals(3, o.maxPromotions());
        assertTrue(o.tls(), "--ca-file implies TLS");
        assertEquals(Path.of("ca.pem"), o.caFile());
        assertEquals("t", o.token());
        assertTrue(Options.parse(new String[] {"--model", "m", "--out", "d", "--tls"}, Map.of()).tls());
    }

    @Test
    void tokenDefaultsToTheEnvironment() {
        Options o = Options.parse(new String[] {"--model", "m", "--out", "d"}, Map.of("REGSERVER_TOKEN", "from-env"));
        assertEquals("from-env", o.token());
    }

    @Test
    void badUsageExitsWithStatus2OnStderr() {
        for (String[] args : new String[][] {{"--out", "d"}, {"--model", "m"}, {"--model", "m", "--out", "d",
            "--max-promotions", "x"}, {"--model", "m", "--out", "d", "--bogus"}, {"--model"}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ServingExample.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, String.join(" ", args));
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: "), err.toString());
        }
        assertThrows(IllegalArgumentException.class,
                () -> Options.parse(new String[] {"--model", "m", "--out", "d", "--max-promotions", "-1"}, Map.of()));
    }
}
