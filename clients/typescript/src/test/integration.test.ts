// Integration tests against a real regserver process (see helpers.Server).

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";

import {
  Code,
  ConnectError,
  connect,
  describeError,
  DigestMismatchError,
  errorInfo,
  ModelVersionStatus,
  writeVerifiedFile,
  type Interceptor,
  type ModelVersion,
  type RegistryClient,
} from "../index.js";
import { createClient } from "@connectrpc/connect";
import { AccessControl, Role } from "../gen/regserver/v1/access_pb.js";
import { runServing } from "../examples/serving.js";
import { Lines, PACKAGE_DIR, pseudoRandomBytes, Server, tempDir, uniqueName, writeTree } from "./helpers.js";

const MiB = 1 << 20;

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** A version's files: a 3 MiB pseudo-random blob, a small text file in a subdirectory, an empty file. */
function modelFiles(seed: number): Record<string, Buffer> {
  return {
    "model.bin": pseudoRandomBytes(3 * MiB + seed, seed),
    "config/params.txt": Buffer.from(`learning_rate=0.0${seed}\nlabel=caf\u00e9 \u2713\nseed=${seed}\n`),
    "EMPTY.txt": Buffer.alloc(0),
  };
}

async function register(rs: RegistryClient, model: string, files: Record<string, Buffer>): Promise<ModelVersion> {
  const dir = writeTree(files);
  try {
    const version = await rs.uploadVersion(
      model,
      Object.keys(files).map((p) => ({ path: p, localPath: path.join(dir, ...p.split("/")) })),
      { source: `file://${dir}` },
    );
    assert.equal(version.status, ModelVersionStatus.READY);
    return version;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fileLine(version: ModelVersion, p: string): string {
  const entry = version.files.find((f) => f.path === p)!;
  return `FILE path=${p} sha256=${entry.digest!.hash} size=${entry.digest!.sizeBytes} verified`;
}

function assertDownloaded(outDir: string, files: Record<string, Buffer>): void {
  for (const [p, data] of Object.entries(files)) {
    const got = readFileSync(path.join(outDir, ...p.split("/")));
    assert.equal(got.length, data.length, `${p}: size`);
    assert.ok(got.equals(data), `${p}: downloaded bytes differ from the uploaded ones`);
  }
  const leftovers = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith(".part"));
  assert.deepEqual(leftovers, [], "no temp files are left behind");
}

describe("against a real regserver", () => {
  let server: Server;
  let rs: RegistryClient;
  const cleanup: string[] = [];

  before(async () => {
    server = await Server.start();
    rs = connect(server.target, { token: server.token });
  });

  after(async () => {
    rs?.close();
    await server?.close();
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  test("serving flow in-process: resolve champion, download v1, follow the promotion to v2", async () => {
    const model = uniqueName("fraud");
    await rs.registry.createRegisteredModel({ registeredModel: { name: model } });
    const files1 = modelFiles(1);
    const v1 = await register(rs, model, files1);
    assert.equal(v1.version, 1n);
    assert.deepEqual(
      v1.files.map((f) => f.path),
      ["EMPTY.txt", "config/params.txt", "model.bin"],
    );
    assert.equal(v1.files.find((f) => f.path === "model.bin")!.digest!.hash, sha256(files1["model.bin"]!));
    const set1 = await rs.registry.setAlias({ modelName: model, alias: "champion", version: 1n });
    assert.equal(set1.previousVersion, 0n);

    const out = tempDir("out");
    cleanup.push(out);
    const lines = new Lines();
    const controller = new AbortController();
    const run = runServing(
      { target: server.target, token: server.token, model, alias: "champion", out, maxPromotions: 1, tls: false },
      lines.push,
      controller.signal,
    );
    try {
      const watching = await lines.waitFor(/^WATCHING revision=\d+$/);
      assert.deepEqual(lines.all, [
        `RESOLVED model=${model} alias=champion version=1`,
        ...v1.files.map((f) => fileLine(v1, f.path)),
        watching,
      ]);
      assertDownloaded(path.join(out, "v1"), files1);

      const files2 = modelFiles(2);
      const v2 = await register(rs, model, files2);
      assert.equal(v2.version, 2n);
      const set2 = await rs.registry.setAlias({ modelName: model, alias: "champion", version: 2n });
      assert.equal(set2.previousVersion, 1n);

      await run; // --max-promotions 1: returns after the promotion's files are in place
      const watchingRevision = BigInt(watching.split("=")[1]!);
      const promoted = lines.all.find((l) => l.startsWith("PROMOTED"));
      assert.match(promoted ?? "", new RegExp(`^PROMOTED model=${model} alias=champion version=2 previous=1 revision=\\d+$`));
      assert.ok(BigInt(promoted!.split("revision=")[1]!) > watchingRevision);
      const idx = lines.all.indexOf(promoted!);
      assert.deepEqual(
        lines.all.slice(idx + 1),
        v2.files.map((f) => fileLine(v2, f.path)),
      );
      assertDownloaded(path.join(out, "v2"), files2);
      assertDownloaded(path.join(out, "v1"), files1);
    } finally {
      controller.abort();
      await run.catch(() => undefined);
    }
  });

  test("serving CLI as a subprocess: WAITING, then two promotions, exit 0", async () => {
    const model = uniqueName("cli");
    await rs.registry.createRegisteredModel({ registeredModel: { name: model } });
    const files1 = modelFiles(3);
    const files2 = modelFiles(4);
    const v1 = await register(rs, model, files1);
    const v2 = await register(rs, model, files2);
    const out = tempDir("cli-out");
    cleanup.push(out);

    const child = spawn(
      process.execPath,
      [
        path.join(PACKAGE_DIR, "dist", "examples", "serving.js"),
        "--target",
        server.target,
        "--model",
        model,
        "--out",
        out,
        "--max-promotions",
        "2",
      ],
      { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REGSERVER_TOKEN: server.token } },
    );
    const lines = new Lines();
    let stderr = "";
    let partial = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      partial += chunk;
      let nl: number;
      while ((nl = partial.indexOf("\n")) >= 0) {
        lines.push(partial.slice(0, nl));
        partial = partial.slice(nl + 1);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await lines.waitFor(/^WATCHING revision=\d+$/);
      assert.equal(lines.all[0], `WAITING model=${model} alias=champion`);
      assert.equal(lines.all.length, 2);

      await rs.registry.setAlias({ modelName: model, alias: "champion", version: 1n });
      await lines.waitFor(new RegExp(`^PROMOTED model=${model} alias=champion version=1 previous=0 revision=\\d+$`));
      await lines.waitFor(/^FILE path=model\.bin /);
      await rs.registry.setAlias({ modelName: model, alias: "champion", version: 2n });
      const code = await exited;
      assert.equal(code, 0, `exit code; stderr:\n${stderr}`);
      assert.equal(stderr, "");
      const all = lines.all;
      const p1 = all.findIndex((l) => l.includes("version=1 previous=0"));
      const p2 = all.findIndex((l) => l.includes(`PROMOTED model=${model} alias=champion version=2 previous=1 revision=`));
      assert.ok(p1 > 0 && p2 > p1, all.join("\n"));
      assert.deepEqual(all.slice(p1 + 1, p2), v1.files.map((f) => fileLine(v1, f.path)));
      assert.deepEqual(all.slice(p2 + 1), v2.files.map((f) => fileLine(v2, f.path)));
      assertDownloaded(path.join(out, "v1"), files1);
      assertDownloaded(path.join(out, "v2"), files2);
    } finally {
      child.kill("SIGKILL");
    }
  });

  test("serving CLI: bad flags go to stderr with a non-zero exit", async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(PACKAGE_DIR, "dist", "examples", "serving.js"), ...args]);
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d));
        child.stderr.on("data", (d) => (stderr += d));
        child.once("exit", (code) => resolve({ code, stdout, stderr }));
      });
    const missing = await run(["--out", "/tmp/x"]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--model is required/);
    assert.equal(missing.stdout, "");
  });

  test("paging follows next_page_token across several pages", async () => {
    const prefix = uniqueName("pg");
    const names = Array.from({ length: 7 }, (_, i) => `${prefix}-${String(i).padStart(2, "0")}`);
    for (const name of names) await rs.registry.createRegisteredModel({ registeredModel: { name } });

    let listCalls = 0;
    const counter: Interceptor = (next) => async (req) => {
      if (req.method.name === "ListRegisteredModels" || req.method.name === "ListModelVersions") listCalls++;
      return next(req);
    };
    const counted = connect(server.target, { token: server.token, interceptors: [counter] });
    try {
      const got: string[] = [];
      for await (const m of counted.listRegisteredModels({ filter: `name LIKE "${prefix}-%"`, pageSize: 2 })) {
        got.push(m.name);
      }
      assert.deepEqual(got, names);
      assert.equal(listCalls, 4, "7 models in pages of 2 take 4 calls");

      // Versions without files are READY at creation.
      for (let i = 0; i < 5; i++) await counted.registry.createModelVersion({ modelName: names[0]!, modelVersion: {} });
      listCalls = 0;
      const versions: bigint[] = [];
      for await (const v of counted.listModelVersions({ modelName: names[0]!, pageSize: 2 })) versions.push(v.version);
      assert.deepEqual(versions, [5n, 4n, 3n, 2n, 1n]);
      assert.equal(listCalls, 3);

      // Breaking out early fetches no further page.
      listCalls = 0;
      for await (const v of counted.listModelVersions({ modelName: names[0]!, pageSize: 2 })) {
        assert.equal(v.version, 5n);
        break;
      }
      assert.equal(listCalls, 1);
    } finally {
      counted.close();
    }
  });

  test("the server requires tokens: none or revoked is UNAUTHENTICATED, a viewer cannot write", async () => {
    const name = uniqueName("guarded");
    await rs.registry.createRegisteredModel({ registeredModel: { name } });
    const unauthenticated = (reason: string) => (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.Unauthenticated);
      assert.equal(errorInfo(err)?.reason, reason);
      return true;
    };
    const anonymous = connect(server.target);
    try {
      await assert.rejects(anonymous.registry.getRegisteredModel({ name }), unauthenticated("TOKEN_MISSING"));
    } finally {
      anonymous.close();
    }

    const access = createClient(AccessControl, rs.transport);
    const made = await access.createToken({ principal: "dashboard" });
    await access.grantRole({ principal: "dashboard", role: Role.VIEWER });
    const viewer = connect(server.target, { token: made.secret });
    try {
      const got = await viewer.registry.getRegisteredModel({ name });
      assert.equal(got.registeredModel?.name, name);
      await assert.rejects(
        viewer.registry.createRegisteredModel({ registeredModel: { name: uniqueName("denied") } }),
        (err: unknown) => {
          assert.ok(err instanceof ConnectError);
          assert.equal(err.code, Code.PermissionDenied);
          assert.equal(errorInfo(err)?.reason, "PERMISSION_DENIED");
          return true;
        },
      );
      await access.revokeToken({ id: made.token!.id });
      await assert.rejects(viewer.registry.getRegisteredModel({ name }), unauthenticated("TOKEN_REVOKED"));
    } finally {
      viewer.close();
    }
  });

  test("errors carry the status code, message and ErrorInfo reason", async () => {
    const name = uniqueName("absent");
    await assert.rejects(rs.registry.getRegisteredModel({ name }), (err: unknown) => {
      assert.ok(err instanceof ConnectError);
      assert.equal(err.code, Code.NotFound);
      assert.equal(errorInfo(err)?.reason, "MODEL_NOT_FOUND");
      assert.equal(errorInfo(err)?.domain, "regserver");
      assert.match(describeError(err), /^NOT_FOUND: .*\[MODEL_NOT_FOUND\]$/);
      return true;
    });
  });

  test("a blob whose bytes do not match the expected digest is refused and nothing is kept", async () => {
    const model = uniqueName("mismatch");
    await rs.registry.createRegisteredModel({ registeredModel: { name: model } });
    const files = modelFiles(5);
    const v1 = await register(rs, model, files);
    const entry = v1.files.find((f) => f.path === "model.bin")!;
    const out = tempDir("mismatch");
    cleanup.push(out);
    const target = path.join(out, "sub", "model.bin");

    // Real bytes from the server, checked against a digest they do not have.
    const chunks = async function* () {
      for await (const res of rs.artifacts.readBlob({ digest: entry.digest! })) yield res.data;
    };
    const wrong = { hash: "0".repeat(64), sizeBytes: entry.digest!.sizeBytes };
    await assert.rejects(writeVerifiedFile(chunks(), target, wrong), (err: unknown) => {
      assert.ok(err instanceof DigestMismatchError);
      assert.equal(err.actual.hash, entry.digest!.hash);
      return true;
    });
    assert.equal(existsSync(target), false);
    assert.deepEqual(readdirSync(path.dirname(target)), [], "the temp file was removed");

    // The right digest is accepted.
    await writeVerifiedFile(chunks(), target, entry.digest!);
    assert.ok(readFileSync(target).equals(files["model.bin"]!));

    // downloadVersion checks every file too: a manifest whose size is off fails.
    const tampered = { ...v1, files: [{ ...entry, digest: { ...entry.digest!, sizeBytes: entry.digest!.sizeBytes - 1n } }] };
    await assert.rejects(rs.downloadVersion(tampered as ModelVersion, path.join(out, "t")));
    assert.equal(existsSync(path.join(out, "t", "model.bin")), false);
  });
});
