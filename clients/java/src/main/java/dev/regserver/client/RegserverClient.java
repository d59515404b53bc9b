package dev.regserver.client;

import com.google.protobuf.ByteString;
import dev.regserver.v1.ArtifactStoreGrpc;
import dev.regserver.v1.CreateModelVersionRequest;
import dev.regserver.v1.CreateRegisteredModelRequest;
import dev.regserver.v1.Digest;
import dev.regserver.v1.EventServiceGrpc;
import dev.regserver.v1.FinalizeModelVersionRequest;
import dev.regserver.v1.FindMissingBlobsRequest;
import dev.regserver.v1.GetModelVersionByAliasRequest;
import dev.regserver.v1.GetModelVersionRequest;
import dev.regserver.v1.GetRegisteredModelRequest;
import dev.regserver.v1.ListModelVersionsRequest;
import dev.regserver.v1.ListModelVersionsResponse;
import dev.regserver.v1.ListRegisteredModelsRequest;
import dev.regserver.v1.ListRegisteredModelsResponse;
import dev.regserver.v1.ManifestEntry;
import dev.regserver.v1.ModelRegistryGrpc;
import dev.regserver.v1.ModelVersion;
import dev.regserver.v1.ModelVersionStatus;
import dev.regserver.v1.ReadBlobRequest;
import dev.regserver.v1.ReadBlobResponse;
import dev.regserver.v1.RegisteredModel;
import dev.regserver.v1.SetAliasRequest;
import dev.regserver.v1.SetAliasResponse;
import dev.regserver.v1.WatchRequest;
import dev.regserver.v1.WriteBlobRequest;
import dev.regserver.v1.WriteBlobResponse;
import io.grpc.Channel;
import io.grpc.ChannelCredentials;
import io.grpc.ClientInterceptors;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A connection to a regserver: the generated stubs plus a thin layer (paging, verified
 * downloads, uploads, a resuming Watch).
 *
 * <p>Methods return the generated proto messages and throw {@link RegserverException} (status
 * code, message, ErrorInfo reason) on failure. Reads are retried on UNAVAILABLE (3 attempts);
 * other calls never are. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (RegserverClient client = RegserverClient.connect("127.0.0.1:50051", ClientOptions.defaults())) {
 *     for (RegisteredModel m : client.listModels()) System.out.println(m.getName());
 * }
 * }</pre>
 */
public final class RegserverClient implements AutoCloseable {
    /** Bytes per WriteBlob message. */
    public static final int CHUNK_SIZE = 1 << 20;

    private static final int MAX_ATTEMPTS = 3;

    private final ManagedChannel owned;
    private final Channel channel;
    private final Duration timeout;
    private final ModelRegistryGrpc.ModelRegistryBlockingStub registry;
    private final ArtifactStoreGrpc.ArtifactStoreBlockingStub artifacts;
    private final ArtifactStoreGrpc.ArtifactStoreStub artifactsAsync;
    private final EventServiceGrpc.EventServiceStub eventsAsync;

    private RegserverClient(ManagedChannel owned, Channel channel, Duration timeout) {
        this.owned = owned;
        this.channel = channel;
        this.timeout = timeout;
        this.registry = ModelRegistryGrpc.newBlockingStub(channel);
        this.artifacts = ArtifactStoreGrpc.newBlockingStub(channel);
        this.artifactsAsync = ArtifactStoreGrpc.newStub(channel);
        this.eventsAsync = EventServiceGrpc.newStub(channel);
    }

    /**
     * Opens a channel to {@code target} ("host:port" or a gRPC target URI): plaintext, or TLS
     * trusting the system roots or {@code options.caFile()}; with a token, every call carries
     * {@code authorization: Bearer <token>}.
     */
    public static RegserverClient connect(String target, ClientOptions options) {
        ChannelCredentials credentials;
        if (options.tls()) {
            if (options.caFile() != null) {
                try {
                    credentials = TlsChannelCredentials.newBuilder().trustManager(options.caFile().toFile()).build();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read CA file " + options.caFile(), e);
                }
            } else {
                credentials = TlsChannelCredentials.create();
            }
        } else {
            credentials = InsecureChannelCredentials.create();
        }
        ManagedChannel managed = Grpc.newChannelBuilder(target, credentials)
                .maxInboundMessageSize(options.maxInboundMessageBytes())
                .build();
        Channel channel = options.token() == null
                ? managed
                : ClientInterceptors.intercept(managed, new BearerTokenInterceptor(options.token()));
        return new RegserverClient(managed, channel, options.timeout());
    }

    /** Plaintext, no token. */
    public static RegserverClient connect(String target) {
        return connect(target, ClientOptions.defaults());
    }

    /** Wraps a channel the caller owns (close() leaves it open); a token, if any, must be on it already. */
    public static RegserverClient wrap(Channel channel, Duration timeout) {
        return new RegserverClient(null, channel, timeout);
    }

    /** The channel calls go through (with the token interceptor, if any), for the raw stubs. */
    public Channel channel() {
        return channel;
    }

    /** The raw ModelRegistry stub, for RPCs this class does not wrap (no deadline set). */
    public ModelRegistryGrpc.ModelRegistryBlockingStub registryStub() {
        return registry;
    }

    /** The raw ArtifactStore stub. */
    public ArtifactStoreGrpc.ArtifactStoreBlockingStub artifactsStub() {
        return artifacts;
    }

    /** The raw asynchronous EventService stub. */
    public EventServiceGrpc.EventServiceStub eventsStub() {
        return eventsAsync;
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
            try {
                owned.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // -- registered models -------------------------------------------------------------

    /** Creates a registered model; ALREADY_EXISTS if the name is taken. */
    public RegisteredModel createModel(String name) {
        return createModel(RegisteredModel.newBuilder().setName(name).build());
    }

    /** Creates a registered model (name, description, tags, owner), idempotently retried. */
    public RegisteredModel createModel(RegisteredModel model) {
        CreateRegisteredModelRequest request = CreateRegisteredModelRequest.newBuilder()
                .setRegisteredModel(model).setRequestId(UUID.randomUUID().toString()).build();
        return call(() -> deadline(registry).createRegisteredModel(request), true).getRegisteredModel();
    }

    public RegisteredModel getModel(String name) {
        GetRegisteredModelRequest request = GetRegisteredModelRequest.newBuilder().setName(name).build();
        return call(() -> deadline(registry).getRegisteredModel(request), true).getRegisteredModel();
    }

    /** Every registered model, by name. */
    public Paging<RegisteredModel> listModels() {
        return listModels(ListRegisteredModelsRequest.getDefaultInstance());
    }

    /** Every registered model matching the request's filter/order_by/page_size, following page tokens. */
    public Paging<RegisteredModel> listModels(ListRegisteredModelsRequest request) {
        return new Paging<>(token -> {
            ListRegisteredModelsRequest page = request.toBuilder().setPageToken(token).build();
            ListRegisteredModelsResponse response = call(() -> deadline(registry).listRegisteredModels(page), true);
            return new Paging.Page<>(response.getRegisteredModelsList(), response.getNextPageToken());
        });
    }

    // -- model versions ----------------------------------------------------------------

    /** Every version of a model (newest first); "" for the versions of every model. */
    public Paging<ModelVersion> listVersions(String modelName) {
        return listVersions(ListModelVersionsRequest.newBuilder().setModelName(modelName).build());
    }

    /** Every version matching the request, following page tokens. */
    public Paging<ModelVersion> listVersions(ListModelVersionsRequest request) {
        return new Paging<>(token -> {
            ListModelVersionsRequest page = request.toBuilder().setPageToken(token).build();
            ListModelVersionsResponse response = call(() -> deadline(registry).listModelVersions(page), true);
            return new Paging.Page<>(response.getModelVersionsList(), response.getNextPageToken());
        });
    }

    /** Creates the model's next version; with files it starts PENDING_UPLOAD. */
    public ModelVersion createVersion(String modelName, ModelVersion version) {
        CreateModelVersionRequest request = CreateModelVersionRequest.newBuilder().setModelName(modelName)
                .setModelVersion(version).setRequestId(UUID.randomUUID().toString()).build();
        return call(() -> deadline(registry).createModelVersion(request), true).getModelVersion();
    }

    /** Flips a PENDING_UPLOAD version to READY once its blobs are stored (FAILED_PRECONDITION otherwise). */
    public ModelVersion finalizeVersion(String modelName, long version) {
        FinalizeModelVersionRequest request = FinalizeModelVersionRequest.newBuilder().setModelName(modelName)
                .setVersion(version).build();
        return call(() -> deadline(registry).finalizeModelVersion(request), true).getModelVersion();
    }

    public ModelVersion getVersion(String modelName, long version) {
        GetModelVersionRequest request = GetModelVersionRequest.newBuilder().setModelName(modelName)
                .setVersion(version).build();
        return call(() -> deadline(registry).getModelVersion(request), true).getModelVersion();
    }

    public ModelVersion getVersionByAlias(String modelName, String alias) {
        GetModelVersionByAliasRequest request = GetModelVersionByAliasRequest.newBuilder().setModelName(modelName)
                .setAlias(alias).build();
        return call(() -> deadline(registry).getModelVersionByAlias(request), true).getModelVersion();
    }

    /** Points an alias at a READY version; the response has the version and previous_version. */
    public SetAliasResponse setAlias(String modelName, String alias, long version) {
        SetAliasRequest request = SetAliasRequest.newBuilder().setModelName(modelName).setAlias(alias)
                .setVersion(version).build();
        return call(() -> deadline(registry).setAlias(request), false);
    }

    // -- uploads -----------------------------------------------------------------------

    /** The digests, of those given, that the server does not have. */
    public List<Digest> findMissingBlobs(Collection<Digest> digests) {
        FindMissingBlobsRequest request = FindMissingBlobsRequest.newBuilder().addAllBlobDigests(digests).build();
        return call(() -> deadline(artifacts).findMissingBlobs(request), true).getMissingBlobDigestsList();
    }

    /** Uploads a local file as a blob (hashing it first); returns its digest. */
    public Digest writeBlob(Path file) throws IOException {
        Digest digest = Downloads.digestOf(file);
        writeBlob(file, digest);
        return digest;
    }

    /**
     * Uploads a local file whose digest is known, in {@link #CHUNK_SIZE} messages, honouring
     * flow control (bounded memory). If the server already has the blob it answers at once and
     * the rest is not sent.
     */
    public WriteBlobResponse writeBlob(Path file, Digest digest) throws IOException {
        CompletableFuture<WriteBlobResponse> result = new CompletableFuture<>();
        Object ready = new Object();
        AtomicReference<ClientCallStreamObserver<WriteBlobRequest>> callRef = new AtomicReference<>();
        ClientResponseObserver<WriteBlobRequest, WriteBlobResponse> observer = new ClientResponseObserver<>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<WriteBlobRequest> requestStream) {
                callRef.set(requestStream);
                requestStream.setOnReadyHandler(() -> {
                    synchronized (ready) {
                        ready.notifyAll();
                    }
                });
            }

            @Override
            public void onNext(WriteBlobResponse value) {
                result.complete(value);
                wake();
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
                wake();
            }

            @Override
            public void onCompleted() {
                result.completeExceptionally(
                        Status.INTERNAL.withDescription("WriteBlob ended without a response").asRuntimeException());
                wake();
            }

            private void wake() {
                synchronized (ready) {
                    ready.notifyAll();
                }
            }
        };
        artifactsAsync.writeBlob(observer);
        ClientCallStreamObserver<WriteBlobRequest> call = callRef.get();
        long size = digest.getSizeBytes();
        try (InputStream in = Files.newInputStream(file)) {
            call.onNext(WriteBlobRequest.newBuilder().setDigest(digest)
                    .setUploadId(UUID.randomUUID().toString()).setWriteOffset(0).setFinishWrite(size == 0).build());
            long sent = 0;
            byte[] buffer = new byte[CHUNK_SIZE];
            while (sent < size && !result.isDone()) {
                synchronized (ready) {
                    while (!call.isReady() && !result.isDone()) {
                        ready.wait(100);
                    }
                }
                if (result.isDone()) {
                    break;
                }
                int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, size - sent));
                if (n == 0) {
                    break; // the file shrank: the server reports the mismatch
                }
                sent += n;
                call.onNext(WriteBlobRequest.newBuilder().setData(ByteString.copyFrom(buffer, 0, n))
                        .setFinishWrite(sent >= size).build());
            }
            call.onCompleted();
        } catch (IOException | RuntimeException e) {
            call.cancel("local failure while uploading", e);
            throw e;
        } catch (InterruptedException e) {
            call.cancel("interrupted", e);
            Thread.currentThread().interrupt();
            throw new RegserverException(Status.Code.CANCELLED, "interrupted", "", Map.of(), e);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw RegserverException.from(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegserverException(Status.Code.CANCELLED, "interrupted", "", Map.of(), e);
        }
    }

    /**
     * Uploads local files as the model's next version and returns it READY: creates the
     * version with the manifest (paths in map order), uploads each blob the server lacks, then
     * finalizes.
     *
     * @param files manifest path ('/'-separated, relative) to local file
     */
    public ModelVersion uploadVersion(String modelName, Map<String, Path> files) throws IOException {
        Map<Digest, Path> sources = new LinkedHashMap<>();
        ModelVersion.Builder version = ModelVersion.newBuilder();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Digest digest = Downloads.digestOf(file.getValue());
            sources.putIfAbsent(digest, file.getValue());
            version.addFiles(ManifestEntry.newBuilder().setPath(file.getKey()).setDigest(digest)
                    .setMediaType("application/octet-stream"));
        }
        ModelVersion created = createVersion(modelName, version.build());
        if (created.getStatus() == ModelVersionStatus.MODEL_VERSION_STATUS_READY) {
            return created;
        }
        for (Digest missing : findMissingBlobs(sources.keySet())) {
            writeBlob(sources.get(missing), missing);
        }
        return finalizeVersion(modelName, created.getVersion());
    }

    /** Uploads every regular file under a directory (paths relative to it) as the next version. */
    public ModelVersion uploadDirectory(String modelName, Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                StringBuilder rel = new StringBuilder();
                for (Path part : dir.relativize(p)) {
                    if (rel.length() > 0) {
                        rel.append('/');
                    }
                    rel.append(part);
                }
                files.put(rel.toString(), p);
            });
        }
        return uploadVersion(modelName, files);
    }

    // -- downloads ---------------------------------------------------------------------

    /**
     * Downloads every file of the version into destDir, in manifest order: each blob is
     * streamed (ReadBlob) into a temporary file beside its target while its SHA-256 and size
     * are computed, refused on a mismatch ({@link DigestMismatchException}, temporary file
     * removed), then moved atomically to destDir/path. Paths that would escape destDir are
     * rejected (IllegalArgumentException) before anything is downloaded.
     */
    public List<DownloadedFile> downloadVersion(ModelVersion version, Path destDir) throws IOException {
        return downloadVersion(version, destDir, file -> {});
    }

    /** As {@link #downloadVersion(ModelVersion, Path)}, calling onFile after each file is in place. */
    public List<DownloadedFile> downloadVersion(ModelVersion version, Path destDir, Consumer<DownloadedFile> onFile)
            throws IOException {
        if (version.getStatus() != ModelVersionStatus.MODEL_VERSION_STATUS_READY
                && version.getStatus() != ModelVersionStatus.MODEL_VERSION_STATUS_UNSPECIFIED) {
            throw new RegserverException(Status.Code.FAILED_PRECONDITION, "version " + version.getVersion()
                    + " of model '" + version.getModelName() + "' is " + version.getStatus()
                    + ", not READY: it cannot be downloaded", "VERSION_NOT_READY", Map.of(), null);
        }
        Files.createDirectories(destDir);
        List<Path> targets = new ArrayList<>();
        for (ManifestEntry entry : version.getFilesList()) {
            targets.add(Downloads.safeTarget(destDir, entry.getPath()));
        }
        List<DownloadedFile> done = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ManifestEntry entry = version.getFiles(i);
            String hash = downloadBlob(entry.getDigest(), targets.get(i));
            DownloadedFile file = new DownloadedFile(entry.getPath(), targets.get(i), hash,
                    entry.getDigest().getSizeBytes());
            done.add(file);
            onFile.accept(file);
        }
        return done;
    }

    /** Downloads one blob to target, verified (see {@link Downloads#writeVerified}); returns its SHA-256. */
    public String downloadBlob(Digest digest, Path target) throws IOException {
        ReadBlobRequest request = ReadBlobRequest.newBuilder().setDigest(digest).build();
        Context.CancellableContext context = Context.current().withCancellation();
        try {
            Iterator<ReadBlobResponse> responses = context.call(() -> artifacts.readBlob(request));
            Iterator<ByteString> chunks = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return responses.hasNext();
                    } catch (StatusRuntimeException e) {
                        throw RegserverException.from(e);
                    }
                }

                @Override
                public ByteString next() {
                    try {
                        return responses.next().getData();
                    } catch (StatusRuntimeException e) {
                        throw RegserverException.from(e);
                    }
                }
            };
            return Downloads.writeVerified(chunks, digest, target);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw RegserverException.from(e);
        } finally {
            context.cancel(null);
        }
    }

    // -- watch -------------------------------------------------------------------------

    /** A resuming Watch with the default backoff (100 ms doubling to 5 s); see {@link Watcher}. */
    public Watcher watch(WatchRequest request) {
        return new Watcher(eventsAsync, request, Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    /** A resuming Watch with the given backoff bounds. */
    public Watcher watch(WatchRequest request, Duration initialBackoff, Duration maxBackoff) {
        return new Watcher(eventsAsync, request, initialBackoff, maxBackoff);
    }

    // -- plumbing ----------------------------------------------------------------------

    private <S extends AbstractStub<S>> S deadline(S stub) {
        return timeout == null ? stub : stub.withDeadlineAfter(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <T> T call(Supplier<T> rpc, boolean retry) {
        for (int attempt = 1;; attempt++) {
            try {
                return rpc.get();
            } catch (StatusRuntimeException e) {
                if (!retry || attempt >= MAX_ATTEMPTS || e.getStatus().getCode() != Status.Code.UNAVAILABLE) {
                    throw RegserverException.from(e);
                }
                try {
                    Thread.sleep(100L << (attempt - 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw RegserverException.from(e);
                }
            }
        }
    }
}
