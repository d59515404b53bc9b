package dev.regserver.client;

import com.google.rpc.ErrorInfo;
import dev.regserver.v1.EventServiceGrpc;
import dev.regserver.v1.WatchRequest;
import dev.regserver.v1.WatchResponse;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A Watch that survives disconnects: a blocking iterator of {@link WatchResponse} messages.
 *
 * <p>It remembers the last revision seen (from events, progress and snapshot_complete messages)
 * and, when the stream ends in a retryable way, reconnects with {@code start_revision = last + 1}
 * after a capped exponential backoff with jitter, so no event is missed or repeated. A resumed
 * stream never asks for the initial state again. Retryable: UNAVAILABLE, RESOURCE_EXHAUSTED,
 * DEADLINE_EXCEEDED, INTERNAL / UNKNOWN / CANCELLED without a regserver ErrorInfo (i.e. from the
 * transport), and the stream simply ending. Anything else, notably OUT_OF_RANGE (the revision
 * was compacted away), ends the iteration: {@link #hasNext()} throws a {@link RegserverException}.
 *
 * <p>{@link #hasNext()} blocks until a message arrives. {@link #close()} (from any thread)
 * cancels the stream; hasNext then returns false. Messages are requested from the server as
 * they are consumed (flow control), so a consumer that stops reading does not buffer unboundedly.
 */
public final class Watcher implements Iterator<WatchResponse>, AutoCloseable {
    private static final int PREFETCH = 4;

    /** Queue items besides WatchResponse. */
    private record End(long generation, Status status, Throwable error, boolean fromRegserver) {}

    private static final Object CLOSED = new Object();

    private final EventServiceGrpc.EventServiceStub stub;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    private WatchRequest request;
    private volatile boolean closed;
    private long generation;
    private ClientCallStreamObserver<WatchRequest> call;
    private WatchResponse pending;
    private RegserverException failure;
    private long lastRevision = -1;
    private int failures;
    private int reconnects;

    Watcher(EventServiceGrpc.EventServiceStub stub, WatchRequest request, Duration initialBackoff,
            Duration maxBackoff) {
        this.stub = stub;
        this.request = request;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        start();
    }

    /** The last revision seen (event, progress or snapshot_complete); -1 before any. */
    public synchronized long lastRevision() {
        return lastRevision;
    }

    /** How many times the stream was re-opened after a retryable end. */
    public synchronized int reconnects() {
        return reconnects;
    }

    private synchronized void start() {
        if (closed) {
            return; // close() raced with a reconnect: start nothing that would never be cancelled
        }
        long gen = ++generation;
        WatchRequest req = request;
        stub.watch(req, new ClientResponseObserver<WatchRequest, WatchResponse>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<WatchRequest> requestStream) {
                requestStream.disableAutoRequestWithInitial(PREFETCH);
                synchronized (Watcher.this) {
                    call = requestStream;
                }
            }

            @Override
            public void onNext(WatchResponse value) {
                queue.add(new Item(gen, value));
            }

            @Override
            public void onError(Throwable t) {
                queue.add(new End(gen, Status.fromThrowable(t), t, isRegserverError(t)));
            }

            @Override
            public void onCompleted() {
                queue.add(new End(gen, Status.OK, null, false));
            }
        });
    }

    private record Item(long generation, WatchResponse response) {}

    private static boolean isRegserverError(Throwable t) {
        ErrorInfo info = RegserverException.errorInfo(t);
        return info != null && "regserver".equals(info.getDomain());
    }

    @Override
    public boolean hasNext() {
        if (pending != null) {
            return true;
        }
        if (failure != null) {
            throw failure;
        }
        while (!closed) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new RegserverException(Status.Code.CANCELLED, "interrupted while watching", "", Map.of(), e);
            }
            if (item == CLOSED) {
                break;
            }
            if (item instanceof Item i) {
                if (i.generation() != currentGeneration()) {
                    continue;
                }
                callRequestOne();
                pending = i.response();
                return true;
            }
            if (item instanceof End end) {
                if (end.generation() != currentGeneration() || closed) {
                    continue;
                }
                if (!retryable(end.status(), end.fromRegserver())) {
                    failure = RegserverException.from(end.error());
                    close();
                    throw failure;
                }
                if (!backoff()) {
                    break;
                }
                synchronized (this) {
                    reconnects++;
                }
                start();
            }
        }
        return false;
    }

    @Override
    public WatchResponse next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the watch is closed");
        }
        WatchResponse response = pending;
        pending = null;
        record(response);
        return response;
    }

    private synchronized void record(WatchResponse response) {
        failures = 0;
        long revision = switch (response.getKindCase()) {
            case EVENT -> response.getEvent().getRevision();
            case PROGRESS -> response.getProgress().getRevision();
            case SNAPSHOT_COMPLETE -> response.getSnapshotComplete().getRevision();
            default -> -1;
        };
        if (revision >= 0) {
            lastRevision = revision;
            request = request.toBuilder().setStartRevision(revision + 1).setSendInitialState(false).build();
        }
    }

    private synchronized long currentGeneration() {
        return generation;
    }

    private synchronized void callRequestOne() {
        if (call != null) {
            call.request(1);
        }
    }

    static boolean retryable(Status status, boolean fromRegserver) {
        return switch (status.getCode()) {
            case OK, UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED -> true;
            case INTERNAL, UNKNOWN, CANCELLED -> !fromRegserver;
            default -> false;
        };
    }

    /** Sleeps the backoff; false if closed meanwhile. */
    private boolean backoff() {
        long delayMs;
        synchronized (this) {
            failures++;
            long base = initialBackoff.toMillis() << Math.min(failures - 1, 20);
            delayMs = Math.min(maxBackoff.toMillis(), base);
        }
        delayMs = (long) (delayMs * ThreadLocalRandom.current().nextDouble(0.5, 1.0));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMs);
        try {
            while (!closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                Object item = queue.poll(left, TimeUnit.NANOSECONDS);
                if (item == CLOSED) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
        return false;
    }

    /** Cancels the stream; hasNext() then returns false. Safe from any thread, idempotent. */
    @Override
    public void close() {
        ClientCallStreamObserver<WatchRequest> current;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            current = call;
        }
        if (current != null) {
            current.cancel("watch closed by the client", null);
        }
        queue.add(CLOSED);
    }
}
