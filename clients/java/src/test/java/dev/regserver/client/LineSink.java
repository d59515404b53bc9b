package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A PrintStream target that hands over each complete line, as a test reading stdout live would. */
final class LineSink extends OutputStream {
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();
    private final String echoPrefix;

    LineSink(String echoPrefix) {
        this.echoPrefix = echoPrefix;
    }

    PrintStream printStream() {
        return new PrintStream(this, false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            String line = current.toString(StandardCharsets.UTF_8);
            current.reset();
            all.add(line);
            lines.add(line);
            System.out.println(echoPrefix + line);
        } else {
            current.write(b);
        }
    }

    /** The next line, failing after the timeout. */
    String next(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        assertNotNull(line, "no output line within " + seconds + " s; lines so far: " + all());
        return line;
    }

    synchronized List<String> all() {
        return List.copyOf(all);
    }
}
