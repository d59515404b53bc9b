// Focused tests that need no regserver: path safety, verification, headers, flags.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import * as http2 from "node:http2";
import * as path from "node:path";
import { after, describe, test } from "node:test";

import { create } from "@bufbuild/protobuf";

import {
  checkManifestPath,
  Code,
  connect,
  ConnectError,
  DigestMismatchError,
  ModelVersionSchema,
  safeJoin,
  writeVerifiedFile,
} from "../index.js";
import { parseServingArgs } from "../examples/serving.js";
import { tempDir } from "./helpers.js";

async function* chunksOf(...parts: string[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

function digestOf(s: string): { hash: string; sizeBytes: bigint } {
  return { hash: createHash("sha256").update(s).digest("hex"), sizeBytes: BigInt(Buffer.byteLength(s)) };
}

describe("manifest paths", () => {
  const dest = "/srv/models/v1";

  test("plain relative paths land under the destination", () => {
    assert.equal(safeJoin(dest, "model.bin"), "/srv/models/v1/model.bin");
    assert.equal(safeJoin(dest, "config/params.txt"), "/srv/models/v1/config/params.txt");
    assert.deepEqual(checkManifestPath("a/b/c"), ["a", "b", "c"]);
  });

  for (const bad of ["../evil", "a/../../evil", "/etc/passwd", "a//b", "./a", "a/.", "", "a\\..\\b", "C:/x", "a\0b", ".."]) {
    test(`refuses ${JSON.stringify(bad)}`, () => {
      assert.throws(() => safeJoin(dest, bad), /refusing manifest path/);
    });
  }

  test("downloadVersion refuses an escaping path before fetching or writing anything", async () => {
    const out = tempDir("escape");
    // Nothing listens on port 9: a fetch attempt would fail with a different error.
    const rs = connect("127.0.0.1:9");
    try {
      const version = create(ModelVersionSchema, {
        modelName: "m",
        version: 1n,
        files: [
          { path: "ok.txt", digest: digestOf("x") },
          { path: "../escaped.txt", digest: digestOf("y") },
        ],
      });
      await assert.rejects(rs.downloadVersion(version, path.join(out, "v1")), /refusing manifest path "\.\.\/escaped\.txt"/);
      assert.equal(existsSync(path.join(out, "escaped.txt")), false);
      assert.deepEqual(readdirSync(path.join(out, "v1")), []);
    } finally {
      rs.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe("verified writes", () => {
  const dir = tempDir("verify");
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("matching bytes are renamed into place, creating parent dirs", async () => {
    const target = path.join(dir, "ok", "deep", "f.txt");
    await writeVerifiedFile(chunksOf("hello ", "world"), target, digestOf("hello world"));
    assert.equal(readFileSync(target, "utf8"), "hello world");
    assert.deepEqual(readdirSync(path.dirname(target)), ["f.txt"]);
  });

  test("a wrong hash is a DigestMismatchError; the temp file is removed, the target untouched", async () => {
    const target = path.join(dir, "bad", "f.txt");
    const expected = digestOf("hello world");
    await assert.rejects(writeVerifiedFile(chunksOf("hello there"), target, expected), (err: unknown) => {
      assert.ok(err instanceof DigestMismatchError);
      assert.equal(err.expected.hash, expected.hash);
      assert.equal(err.actual.hash, digestOf("hello there").hash);
      assert.match(err.message, /digest mismatch/);
      return true;
    });
    assert.deepEqual(readdirSync(path.dirname(target)), []);
  });

  test("too many or too few bytes are refused", async () => {
    const target = path.join(dir, "size", "f.txt");
    await assert.rejects(writeVerifiedFile(chunksOf("hello world!!"), target, digestOf("hello world")), DigestMismatchError);
    await assert.rejects(writeVerifiedFile(chunksOf("hello"), target, digestOf("hello world")), DigestMismatchError);
    assert.deepEqual(readdirSync(path.dirname(target)), []);
  });

  test("an existing file is replaced only by verified bytes", async () => {
    const target = path.join(dir, "keep", "f.txt");
    await writeVerifiedFile(chunksOf("v1"), target, digestOf("v1"));
    await assert.rejects(writeVerifiedFile(chunksOf("v2?"), target, digestOf("v2")), DigestMismatchError);
    assert.equal(readFileSync(target, "utf8"), "v1");
  });
});

describe("bearer token", () => {
  /** An HTTP/2 server that records request headers and answers UNIMPLEMENTED. */
  async function headerRecorder(): Promise<{ port: number; seen: http2.IncomingHttpHeaders[]; close: () => Promise<void> }> {
    const seen: http2.IncomingHttpHeaders[] = [];
    const server = http2.createServer();
    server.on("stream", (stream, headers) => {
      seen.push(headers);
      stream.on("data", () => undefined);
      stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "12", "grpc-message": "recorded" }, { endStream: true });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    return { port, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  test("is sent as `authorization: Bearer <token>` on unary and streaming calls", async () => {
    const rec = await headerRecorder();
    const rs = connect(`127.0.0.1:${rec.port}`, { token: "s3cret" });
    try {
      await assert.rejects(rs.registry.getRegisteredModel({ name: "m" }), (err: unknown) => {
        assert.ok(err instanceof ConnectError);
        assert.equal(err.code, Code.Unimplemented);
        return true;
      });
      await assert.rejects(async () => {
        for await (const _ of rs.events.watch({})) break;
      }, ConnectError);
      await assert.rejects(async () => {
        for await (const _ of rs.artifacts.readBlob({})) break;
      }, ConnectError);
      assert.deepEqual(
        rec.seen.map((h) => [h[":path"], h["authorization"]]),
        [
          ["/regserver.v1.ModelRegistry/GetRegisteredModel", "Bearer s3cret"],
          ["/regserver.v1.EventService/Watch", "Bearer s3cret"],
          ["/regserver.v1.ArtifactStore/ReadBlob", "Bearer s3cret"],
        ],
      );
      assert.equal(rec.seen[0]!["content-type"], "application/grpc+proto");
    } finally {
      rs.close();
      await rec.close();
    }
  });

  test("is absent without a token", async () => {
    const rec = await headerRecorder();
    const rs = connect(`127.0.0.1:${rec.port}`);
    try {
      await assert.rejects(rs.registry.getRegisteredModel({ name: "m" }), ConnectError);
      assert.equal(rec.seen.length, 1);
      assert.equal(rec.seen[0]!["authorization"], undefined);
    } finally {
      rs.close();
      await rec.close();
    }
  });
});

describe("serving CLI flags", () => {
  test("defaults", () => {
    assert.deepEqual(parseServingArgs(["--model", "m", "--out", "o"], {}), {
      target: "127.0.0.1:50051",
      model: "m",
      alias: "champion",
      out: "o",
      maxPromotions: 0,
      tls: false,
    });
  });

  test("every flag, and the token from REGSERVER_TOKEN", () => {
    assert.deepEqual(
      parseServingArgs(
        ["--target", "h:1", "--model", "m", "--alias", "a", "--out", "o", "--max-promotions", "3", "--tls", "--ca-file", "ca.pem"],
        { REGSERVER_TOKEN: "envtok" },
      ),
      { target: "h:1", model: "m", alias: "a", out: "o", maxPromotions: 3, tls: true, caFile: "ca.pem", token: "envtok" },
    );
    assert.equal(parseServingArgs(["--model", "m", "--out", "o", "--token", "flag"], { REGSERVER_TOKEN: "env" }).token, "flag");
  });

  test("errors", () => {
    assert.throws(() => parseServingArgs(["--out", "o"], {}), /--model is required/);
    assert.throws(() => parseServingArgs(["--model", "m"], {}), /--out is required/);
    assert.throws(() => parseServingArgs(["--model", "m", "--out", "o", "--max-promotions", "-1"], {}), /max-promotions/);
    assert.throws(() => parseServingArgs(["--model", "m", "--out", "o", "--bogus"], {}));
  });
});
