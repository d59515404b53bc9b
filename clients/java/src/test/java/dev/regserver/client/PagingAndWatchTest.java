package dev.regserver.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.regserver.v1.Event;
import dev.regserver.v1.EventType;
import dev.regserver.v1.ListModelVersionsRequest;
import dev.regserver.v1.ListRegisteredModelsRequest;
import dev.regserver.v1.ModelVersion;
import dev.regserver.v1.RegisteredModel;
import dev.regserver.v1.WatchRequest;
import dev.regserver.v1.WatchResponse;
import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Paging and the resuming Watch against a real regserver. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PagingAndWatchTest {

    @Test
    void iteratesEveryModelAndVersionAcrossPages() {
        try (RegserverProcess server = RegserverProcess.start();
                RegserverClient client = server.connect()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                names.add("model-" + i);
                client.createModel("model-" + i);
            }
            for (int i = 0; i < 5; i++) {
                client.createVersion("model-3", ModelVersion.newBuilder().setDescription("v" + (i + 1)).build());
            }
            // The pages really are small: the first one has a next_page_token.
            assertFalse(client.registryStub().listRegisteredModels(
                    ListRegisteredModelsRequest.newBuilder().setPageSize(2).build()).getNextPageToken().isEmpty());

            List<String> listed = client.listModels(ListRegisteredModelsRequest.newBuilder().setPageSize(2).build())
                    .stream().map(RegisteredModel::getName).toList();
            assertEquals(names, listed);
            // Iterating again starts from the first page.
            assertEquals(7, client.listModels(ListRegisteredModelsRequest.newBuilder().setPageSize(3).build())
                    .stream().count());

            List<Long> versions = client.listVersions(
                    ListModelVersionsRequest.newBuilder().setModelName("model-3").setPageSize(2).build())
                    .stream().map(ModelVersion::getVersion).toList();
            assertEquals(List.of(5L, 4L, 3L, 2L, 1L), versions);
            assertEquals(List.of(), client.listVersions("model-0").stream().toList());
        }
    }

    /** Collects VERSION_CREATED events until `count` arrived. */
    private static void collect(Watcher watcher, List<Event> events, int count) {
        while (events.size() < count) {
            assertTrue(watcher.hasNext());
            WatchResponse response = watcher.next();
            if (response.hasEvent()) {
                events.add(response.getEvent());
            }
        }
    }

    @Test
    void watchResumesAfterAServerRestartWithoutLossOrDuplicates() throws Exception {
        try (RegserverProcess server = RegserverProcess.start();
                RegserverClient writer = server.connect();
                RegserverClient reader = server.connect()) {
            writer.createModel("resumed");
            WatchRequest request = WatchRequest.newBuilder().addModelNames("resumed")
                    .addEventTypes(EventType.EVENT_TYPE_VERSION_CREATED).setProgressIntervalSeconds(1).build();
            List<Event> events = new ArrayList<>();
            try (Watcher watcher = reader.watch(request, Duration.ofMillis(200), Duration.ofSeconds(1))) {
                // The first message (a progress) says where the stream starts.
                assertTrue(watcher.hasNext());
                watcher.next();
                for (int i = 0; i < 3; i++) {
                    writer.createVersion("resumed", ModelVersion.getDefaultInstance());
                }
                collect(watcher, events, 3);
                long before = watcher.lastRevision();

                // Restart the server on the same port and data dir; write while the watcher is
                // (probably) still backing off, and after.
                server.restart();
                for (int i = 0; i < 3; i++) {
                    writer.createVersion("resumed", ModelVersion.getDefaultInstance());
                }
                collect(watcher, events, 6);
                assertTrue(watcher.reconnects() >= 1, "the stream was re-opened");
                assertTrue(watcher.lastRevision() > before);

                // One more after the resume, to check the stream is live.
                writer.createVersion("resumed", ModelVersion.getDefaultInstance());
                collect(watcher, events, 7);
            }
            assertEquals(LongStream.rangeClosed(1, 7).boxed().toList(),
                    events.stream().map(Event::getVersion).toList(), "every version once, in order");
            for (int i = 1; i < events.size(); i++) {
                assertTrue(events.get(i).getRevision() > events.get(i - 1).getRevision(), "increasing revisions");
            }
        }
    }

    @Test
    void watchSurfacesACompactedRevisionAsOutOfRange() throws Exception {
        // Keep one event; the server compacts at start-up, so restart it after writing.
        try (RegserverProcess server = RegserverProcess.start("--event-retention-count", "1");
                RegserverClient client = server.connect()) {
            client.createModel("compacted");
            for (int i = 0; i < 3; i++) {
                client.createVersion("compacted", ModelVersion.getDefaultInstance());
            }
            server.restart();
            WatchRequest fromTheStart = WatchRequest.newBuilder().setStartRevision(1).build();
            RegserverException error = null;
            long deadline = System.currentTimeMillis() + 20_000;
            while (error == null && System.currentTimeMillis() < deadline) {
                try (Watcher watcher = client.watch(fromTheStart)) {
                    watcher.hasNext(); // compaction has not run yet: try again
                    Thread.sleep(200);
                } catch (RegserverException e) {
                    error = e;
                }
            }
            assertNotNull(error, "the watch from revision 1 never failed");
            assertEquals(Status.Code.OUT_OF_RANGE, error.code(), error.getMessage());
            assertEquals("REVISION_COMPACTED", error.reason());
            assertTrue(Long.parseLong(error.metadata().get("oldest_revision")) > 1, error.metadata().toString());
        }
    }

    @Test
    void classifiesEndsOfStream() {
        assertTrue(Watcher.retryable(Status.UNAVAILABLE, false));
        assertTrue(Watcher.retryable(Status.RESOURCE_EXHAUSTED, true));
        assertTrue(Watcher.retryable(Status.DEADLINE_EXCEEDED, false));
        assertTrue(Watcher.retryable(Status.OK, false), "a stream that simply ends is resumed");
        assertTrue(Watcher.retryable(Status.INTERNAL, false), "INTERNAL from the transport");
        assertFalse(Watcher.retryable(Status.INTERNAL, true), "INTERNAL from regserver itself");
        assertFalse(Watcher.retryable(Status.OUT_OF_RANGE, true));
        assertFalse(Watcher.retryable(Status.INVALID_ARGUMENT, true));
    }
}
