// The Watch helper against a real regserver that is restarted mid-watch.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import {
  Code,
  ConnectError,
  connect,
  EventType,
  errorInfo,
  watchEvents,
  type Client,
  type Event,
  type EventService,
  type RegistryClient,
  type WatchRequest,
} from "../index.js";
import { Server, uniqueName } from "./helpers.js";

/** A gate the test opens to let the watcher reconnect. */
class Gate {
  private opened: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;
  close(): void {
    this.opened = new Promise((resolve) => (this.release = resolve));
  }
  open(): void {
    this.release();
  }
  wait(): Promise<void> {
    return this.opened;
  }
}

let consumerError: unknown;

async function until(cond: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (consumerError !== undefined) throw consumerError;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("watch helper", () => {
  let server: Server;
  let rs: RegistryClient;

  before(async () => {
    server = await Server.start();
    rs = connect(server.target, { token: server.token });
  });

  after(async () => {
    rs?.close();
    await server?.close();
  });

  test("resumes after server restarts (SIGTERM and SIGKILL) without missing or repeating an event", { timeout: 60_000 }, async () => {
    const model = uniqueName("watched");
    await rs.registry.createRegisteredModel({ registeredModel: { name: model } });
    for (let i = 0; i < 6; i++) await rs.registry.createModelVersion({ modelName: model, modelVersion: {} });
    const setAlias = (version: bigint) => rs.registry.setAlias({ modelName: model, alias: "prod", version });

    // The real EventService client, instrumented: it records each Watch request and
    // holds a reconnect until the test opens the gate.
    const gate = new Gate();
    const requests: { startRevision: bigint; sendInitialState: boolean }[] = [];
    const instrumented = {
      watch(req: WatchRequest, opts?: { signal?: AbortSignal }) {
        requests.push({ startRevision: req.startRevision, sendInitialState: req.sendInitialState });
        return (async function* () {
          await gate.wait();
          yield* rs.events.watch(req, opts);
        })();
      },
    } as unknown as Client<typeof EventService>;

    const events: Event[] = [];
    const reconnects: (string | undefined)[] = [];
    let snapshotRevision = -1n;
    const controller = new AbortController();
    const consumer = (async () => {
      const stream = watchEvents(
        instrumented,
        { modelNames: [model], eventTypes: [EventType.ALIAS_SET], sendInitialState: true },
        {
          signal: controller.signal,
          minBackoffMs: 50,
          maxBackoffMs: 200,
          onReconnect: (reason) => reconnects.push(reason ? Code[reason.code] : undefined),
        },
      );
      for await (const res of stream) {
        if (res.kind.case === "event") events.push(res.kind.value);
        if (res.kind.case === "snapshotComplete") snapshotRevision = res.kind.value.revision;
      }
    })().catch((err: unknown) => {
      consumerError = err;
    });

    try {
      await until(() => snapshotRevision >= 0n, "snapshot_complete");
      await setAlias(1n);
      await setAlias(2n);
      await until(() => events.length === 2, "2 events");
      const lastBeforeStop = events[1]!.revision;

      // 1: graceful shutdown (the server ends the stream with UNAVAILABLE); changes
      // are committed on the restarted server before the watcher is let back in.
      gate.close();
      await server.stop("SIGTERM");
      await until(() => requests.length === 2, "a reconnect attempt");
      await server.launch();
      await setAlias(3n);
      await setAlias(4n);
      await setAlias(5n);
      gate.open();
      await until(() => events.length === 5, "5 events");
      await setAlias(6n);
      await until(() => events.length === 6, "6 events");

      // 2: the server dies abruptly (connection reset, no status).
      gate.close();
      const attempts = requests.length;
      await server.stop("SIGKILL");
      await until(() => requests.length === attempts + 1, "a reconnect attempt after SIGKILL");
      await server.launch();
      await setAlias(1n);
      gate.open();
      await until(() => events.length === 7, "7 events");

      assert.deepEqual(
        events.map((e) => [e.version, e.previousVersion]),
        [
          [1n, 0n],
          [2n, 1n],
          [3n, 2n],
          [4n, 3n],
          [5n, 4n],
          [6n, 5n],
          [1n, 6n],
        ],
        "every ALIAS_SET event exactly once, in order",
      );
      const revisions = events.map((e) => e.revision);
      for (let i = 1; i < revisions.length; i++) assert.ok(revisions[i]! > revisions[i - 1]!, "increasing revisions");
      assert.ok(revisions[0]! > snapshotRevision);

      assert.deepEqual(requests[0], { startRevision: 0n, sendInitialState: true });
      for (const r of requests.slice(1)) {
        assert.equal(r.sendInitialState, false, "a resume never asks for the snapshot again");
        assert.ok(r.startRevision > lastBeforeStop, "a resume starts after the last revision seen");
      }
      assert.ok(requests[1]!.startRevision <= events[2]!.revision, "the first resume does not skip event 3");
      // SIGTERM: the server ends the stream with UNAVAILABLE; SIGKILL: the connection
      // drops (seen as an HTTP/2 stream reset). Each is one reconnect.
      assert.equal(reconnects.length, 2, reconnects.join(","));
      assert.equal(reconnects[0], "Unavailable");
    } finally {
      gate.open();
      controller.abort();
      await consumer;
    }
  });

  test("OUT_OF_RANGE (revision compacted) and other non-resumable errors are surfaced, not retried", { timeout: 30_000 }, async () => {
    let attempts = 0;
    const counting = {
      watch(req: WatchRequest, opts?: { signal?: AbortSignal }) {
        attempts++;
        return rs.events.watch(req, opts);
      },
    } as unknown as Client<typeof EventService>;
    const firstMessage = (init: Parameters<typeof watchEvents>[1]) =>
      (async () => {
        for await (const _ of watchEvents(counting, init)) break;
      })();

    // start_revision with send_initial_state is INVALID_ARGUMENT.
    await assert.rejects(firstMessage({ startRevision: 1n, sendInitialState: true }), (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.InvalidArgument);
      return true;
    });
    assert.equal(attempts, 1);

    // Restart keeping only the 2 newest events: the server compacts the rest at start-up.
    await server.stop();
    await server.launch(["--event-retention-count", "2"]);
    await until(() => /compacted \d+ events/.test(server.log), "compaction at start-up");
    attempts = 0;
    await assert.rejects(firstMessage({ startRevision: 1n }), (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.OutOfRange);
      const info = errorInfo(err);
      assert.equal(info?.reason, "REVISION_COMPACTED");
      assert.match(info?.metadata["oldest_revision"] ?? "", /^\d+$/);
      return true;
    });
    assert.equal(attempts, 1);
  });
});
