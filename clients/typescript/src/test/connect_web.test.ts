// The browser's path: @connectrpc/connect-web's Connect transport (what the web UI uses) with the
// generated types, against a real regserver's HTTP front door (--http-port). Node's fetch stands in
// for the browser's; the protocol on the wire is the same.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";

import { errorInfo } from "../index.js";
import { EventService, EventType } from "../gen/regserver/v1/events_pb.js";
import { ModelRegistry } from "../gen/regserver/v1/model_registry_pb.js";
import { freePort, Server, uniqueName } from "./helpers.js";

describe("connect-web against the HTTP front door", () => {
  let server: Server;
  let httpPort: number;
  let registry: Client<typeof ModelRegistry>;
  let events: Client<typeof EventService>;

  /** A browser's transport: Connect over fetch, JSON unless binary, with the token if given. */
  function transport(useBinaryFormat: boolean, token: string | undefined) {
    return createConnectTransport({
      baseUrl: `http://127.0.0.1:${httpPort}`,
      useBinaryFormat,
      interceptors: [
        (next) => async (req) => {
          if (token !== undefined) req.header.set("Authorization", `Bearer ${token}`);
          return next(req);
        },
      ],
    });
  }

  before(async () => {
    httpPort = await freePort();
    server = await Server.start(["--http-port", String(httpPort)]);
    registry = createClient(ModelRegistry, transport(false, server.token));
    events = createClient(EventService, transport(false, server.token));
  });

  after(async () => {
    await server?.close();
  });

  test("creates and reads a model in JSON and in binary protobuf", async () => {
    const name = uniqueName("web");
    const created = await registry.createRegisteredModel({
      registeredModel: { name, description: "from a browser", tags: { team: "risk" } },
    });
    assert.equal(created.registeredModel?.name, name);
    const binary = createClient(ModelRegistry, transport(true, server.token));
    const got = await binary.getRegisteredModel({ name });
    assert.equal(got.registeredModel?.description, "from a browser");
    assert.equal(got.registeredModel?.tags["team"], "risk");
  });

  test("errors arrive as ConnectError with the code and the ErrorInfo detail", async () => {
    await assert.rejects(registry.getRegisteredModel({ name: "no-such-model" }), (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.NotFound);
      assert.match(err.rawMessage, /no-such-model/);
      assert.equal(errorInfo(err)?.reason, "MODEL_NOT_FOUND");
      return true;
    });
    const anonymous = createClient(ModelRegistry, transport(false, undefined));
    await assert.rejects(anonymous.listRegisteredModels({}), (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.Unauthenticated);
      return true;
    });
  });

  test("Watch streams an alias move as it happens", async () => {
    const name = uniqueName("watched");
    await registry.createRegisteredModel({ registeredModel: { name } });
    await registry.createModelVersion({ modelName: name });
    const abort = new AbortController();
    const stream = events.watch(
      { modelNames: [name], eventTypes: [EventType.ALIAS_SET] },
      { signal: abort.signal },
    );
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next(); // the stream is open once its first progress message arrives
    assert.equal(first.value?.kind.case, "progress");
    await registry.setAlias({ modelName: name, alias: "champion", version: 1n });
    let next = await iterator.next();
    while (next.value?.kind.case === "progress") next = await iterator.next();
    assert.equal(next.value?.kind.case, "event");
    const event = next.value?.kind.case === "event" ? next.value.kind.value : undefined;
    assert.equal(event?.modelName, name);
    assert.equal(event?.alias, "champion");
    abort.abort();
    await assert.rejects(iterator.next(), (err: unknown) => ConnectError.from(err).code === Code.Canceled);
  });
});
