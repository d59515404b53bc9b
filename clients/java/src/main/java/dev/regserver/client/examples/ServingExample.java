package dev.regserver.client.examples;

import dev.regserver.client.ClientOptions;
import dev.regserver.client.DownloadedFile;
import dev.regserver.client.RegserverClient;
import dev.regserver.client.RegserverException;
import dev.regserver.client.Watcher;
import dev.regserver.v1.Event;
import dev.regserver.v1.EventType;
import dev.regserver.v1.ModelSnapshot;
import dev.regserver.v1.ModelVersion;
import dev.regserver.v1.WatchRequest;
import dev.regserver.v1.WatchResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The serving side of a model registry: keeps the version behind an alias downloaded.
 *
 * <pre>
 * serving-example --model NAME --out DIR [--target HOST:PORT] [--alias NAME]
 *                 [--max-promotions N] [--tls] [--ca-file PATH] [--token TOKEN]
 * </pre>
 *
 * <p>Watches the alias (with the initial state), downloads the version it points at into
 * DIR/v&lt;n&gt;/ verifying every file, then downloads each version the alias is moved to.
 * Prints, one flushed line each: {@code RESOLVED} (or {@code WAITING}), {@code FILE},
 * {@code WATCHING}, {@code PROMOTED}; errors go to stderr with exit status 1 (2 for bad usage).
 */
public final class ServingExample {
    static final String USAGE = String.join("\n",
            "usage: serving-example --model NAME --out DIR [--target HOST:PORT] [--alias NAME]",
            "                       [--max-promotions N] [--tls] [--ca-file PATH] [--token TOKEN]",
            "",
            "  --target HOST:PORT    regserver address (default 127.0.0.1:50051)",
            "  --model NAME          registered model to serve (required)",
            "  --alias NAME          alias to follow (default champion)",
            "  --out DIR             where versions are downloaded, as DIR/v<n>/ (required)",
            "  --max-promotions N    exit 0 after N promotions (default 0: run forever)",
            "  --tls                 use TLS (system roots unless --ca-file)",
            "  --ca-file PATH        PEM file of CA certificates to trust (implies --tls)",
            "  --token TOKEN         bearer token (default: env REGSERVER_TOKEN)");

    private ServingExample() {}

    /** The parsed command line. */
    public record Options(String target, String model, String alias, Path out, int maxPromotions, boolean tls,
            Path caFile, String token) {

        /** Parses the flags ({@code --flag value} or {@code --flag=value}); IllegalArgumentException on bad usage. */
        public static Options parse(String[] args, Map<String, String> env) {
            String target = "127.0.0.1:50051";
            String model = null;
            String alias = "champion";
            String out = null;
            int maxPromotions = 0;
            boolean tls = false;
            String caFile = null;
            String token = env.get("REGSERVER_TOKEN");
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    value = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                if (arg.equals("--tls")) {
                    if (value != null) {
                        throw new IllegalArgumentException("--tls takes no value");
                    }
                    tls = true;
                    continue;
                }
                if (!arg.equals("--target") && !arg.equals("--model") && !arg.equals("--alias")
                        && !arg.equals("--out") && !arg.equals("--max-promotions") && !arg.equals("--ca-file")
                        && !arg.equals("--token")) {
                    throw new IllegalArgumentException("unknown argument " + args[i]);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    value = args[++i];
                }
                switch (arg) {
                    case "--target" -> target = value;
                    case "--model" -> model = value;
                    case "--alias" -> alias = value;
                    case "--out" -> out = value;
                    case "--ca-file" -> caFile = value;
                    case "--token" -> token = value;
                    case "--max-promotions" -> {
                        try {
                            maxPromotions = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--max-promotions needs a number, got " + value);
                        }
                        if (maxPromotions < 0) {
                            throw new IllegalArgumentException("--max-promotions must be 0 or more");
                        }
                    }
                    default -> throw new IllegalStateException(arg);
                }
            }
            if (model == null || model.isEmpty()) {
                throw new IllegalArgumentException("--model is required");
            }
            if (out == null || out.isEmpty()) {
                throw new IllegalArgumentException("--out is required");
            }
            if (alias.isEmpty()) {
                throw new IllegalArgumentException("--alias must not be empty");
            }
            return new Options(target, model, alias, Path.of(out), maxPromotions, tls || caFile != null,
                    caFile == null ? null : Path.of(caFile), token == null || token.isEmpty() ? null : token);
        }

        public ClientOptions clientOptions() {
            return ClientOptions.builder().tls(tls).caFile(caFile).token(token).build();
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** The whole program; returns the exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream stdout, PrintStream stderr) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                stdout.println(USAGE);
                stdout.flush();
                return 0;
            }
        }
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.println(USAGE);
            stderr.flush();
            return 2;
        }
        Consumer<String> print = line -> {
            stdout.println(line);
            stdout.flush();
        };
        try (RegserverClient client = RegserverClient.connect(options.target(), options.clientOptions())) {
            serve(client, options.model(), options.alias(), options.out(), options.maxPromotions(), print);
            return 0;
        } catch (RegserverException | IOException | IllegalArgumentException e) {
            stderr.println("error: " + e.getMessage());
            stderr.flush();
            return 1;
        }
    }

    /**
     * The serving flow: resolves the alias from the Watch snapshot and downloads that version,
     * then downloads each version the alias is moved to. Returns after maxPromotions promotions
     * (never if 0); interrupting the thread stops it (RegserverException CANCELLED).
     *
     * @param print receives each output line (it must flush)
     */
    public static void serve(RegserverClient client, String model, String alias, Path out, int maxPromotions,
            Consumer<String> print) throws IOException {
        WatchRequest request = WatchRequest.newBuilder()
                .addModelNames(model)
                .addAliases(alias)
                .addEventTypes(EventType.EVENT_TYPE_ALIAS_SET)
                .setSendInitialState(true)
                .build();
        int promotions = 0;
        boolean resolved = false;
        boolean watching = false;
        try (Watcher watcher = client.watch(request)) {
            while (watcher.hasNext()) {
                WatchResponse response = watcher.next();
                switch (response.getKindCase()) {
                    case SNAPSHOT -> {
                        ModelSnapshot snapshot = response.getSnapshot();
                        if (!snapshot.getRegisteredModel().getName().equals(model)) {
                            break;
                        }
                        for (ModelVersion version : snapshot.getAliasVersionsList()) {
                            if (version.getAliasesList().contains(alias)) {
                                print.accept("RESOLVED model=" + model + " alias=" + alias + " version="
                                        + version.getVersion());
                                download(client, version, out, print);
                                resolved = true;
                                break;
                            }
                        }
                    }
                    case SNAPSHOT_COMPLETE -> {
                        if (watching) {
                            break; // a re-sent snapshot after a reconnect during the first one
                        }
                        if (!resolved) {
                            print.accept("WAITING model=" + model + " alias=" + alias);
                        }
                        print.accept("WATCHING revision=" + response.getSnapshotComplete().getRevision());
                        watching = true;
                    }
                    case EVENT -> {
                        Event event = response.getEvent();
                        if (event.getType() != EventType.EVENT_TYPE_ALIAS_SET || !event.getAlias().equals(alias)
                                || !event.getModelName().equals(model)) {
                            break;
                        }
                        print.accept("PROMOTED model=" + model + " alias=" + alias + " version=" + event.getVersion()
                                + " previous=" + event.getPreviousVersion() + " revision=" + event.getRevision());
                        download(client, event.getModelVersion(), out, print);
                        promotions++;
                        if (maxPromotions > 0 && promotions >= maxPromotions) {
                            return;
                        }
                    }
                    default -> {
                        // progress messages only move the resume point
                    }
                }
            }
        }
    }

    private static void download(RegserverClient client, ModelVersion version, Path out, Consumer<String> print)
            throws IOException {
        Path dir = out.resolve("v" + version.getVersion());
        client.downloadVersion(version, dir, (DownloadedFile file) -> print.accept("FILE path=" + file.path()
                + " sha256=" + file.sha256() + " size=" + file.sizeBytes() + " verified"));
    }
}
