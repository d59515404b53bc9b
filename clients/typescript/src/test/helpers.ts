// Test helpers: a real regserver process, temp dirs, and a live line reader.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

/** clients/typescript (this file is dist/test/helpers.js). */
export const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const REPO_ROOT = path.resolve(PACKAGE_DIR, "..", "..");

export function serverBinary(): string {
  const bin = process.env["REGSERVER_BIN"] || path.join(REPO_ROOT, ".venv", "bin", "regserver");
  if (!existsSync(bin)) {
    throw new Error(
      `regserver binary not found at ${bin}: run \`make install\` in ${REPO_ROOT} ` +
        "(creates .venv) or set REGSERVER_BIN to the regserver executable",
    );
  }
  return bin;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address() as net.AddressInfo;
      srv.close(() => resolve(addr.port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: "127.0.0.1" });
    sock.once("connect", () => {
      sock.destroy();
      resolve(true);
    });
    sock.once("error", () => resolve(false));
  });
}

/** The first admin's token, created straight in the data dir's database; the secret is stdout. */
function bootstrapToken(dataDir: string): string {
  const made = spawnSync(serverBinary(), ["tokens", "create", "--admin", "integration-test", "--data-dir", dataDir], {
    encoding: "utf8",
  });
  const token = (made.stdout ?? "").trim();
  if (made.status !== 0 || token === "" || /\s/.test(token)) {
    throw new Error(`regserver tokens create exited ${made.status}, printed ${JSON.stringify(made.stdout)}:\n${made.stderr}`);
  }
  return token;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `regserver-ts-${prefix}-`));
}

/**
 * A regserver child process on 127.0.0.1:port with its own data dir, serving with
 * `--auth required`: every call needs `token`, a global admin's bearer token made with
 * `regserver tokens create --admin` before the first launch.
 */
export class Server {
  private proc: ChildProcess | undefined;
  private stderr = "";
  token = "";

  private constructor(
    readonly port: number,
    readonly dataDir: string,
  ) {}

  get target(): string {
    return `127.0.0.1:${this.port}`;
  }

  static async start(extraArgs: string[] = []): Promise<Server> {
    const server = new Server(await freePort(), tempDir("data"));
    try {
      server.token = bootstrapToken(server.dataDir);
      await server.launch(extraArgs);
    } catch (err) {
      await server.close();
      throw err;
    }
    return server;
  }

  /** Everything the server has logged since its last launch. */
  get log(): string {
    return this.stderr;
  }

  /** Starts the process (again) on the same port and data dir; waits until it listens. */
  async launch(extraArgs: string[] = []): Promise<void> {
    const bin = serverBinary();
    this.stderr = "";
    const proc = spawn(
      bin,
      [
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        String(this.port),
        "--data-dir",
        this.dataDir,
        "--shutdown-grace-seconds",
        "1",
        "--auth",
        "required",
        ...extraArgs,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    this.proc = proc;
    proc.stderr!.setEncoding("utf8");
    proc.stderr!.on("data", (d: string) => {
      this.stderr += d;
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null) {
        throw new Error(`regserver exited with ${proc.exitCode} before listening:\n${this.stderr}`);
      }
      if (this.stderr.includes(`listening on 127.0.0.1:${this.port}`) && (await canConnect(this.port))) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    await this.stop();
    throw new Error(`regserver did not listen on ${this.target} within 30 s:\n${this.stderr}`);
  }

  /** SIGTERM (or `signal`), then SIGKILL after 5 s; resolves once the process is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const proc = this.proc;
    this.proc = undefined;
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Deterministic pseudo-random bytes (so a failure is reproducible). */
export function pseudoRandomBytes(size: number, seed: number): Buffer {
  const buf = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    // xorshift32
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    buf[i] = x & 0xff;
  }
  return buf;
}

/** Writes `files` (relative path -> bytes) under a new temp dir; returns the dir. */
export function writeTree(files: Record<string, Buffer | string>): string {
  const dir = tempDir("src");
  for (const [rel, data] of Object.entries(files)) {
    const p = path.join(dir, ...rel.split("/"));
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
  return dir;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

/** Collects lines and lets a test wait for one matching a pattern. */
export class Lines {
  readonly all: string[] = [];
  private waiters: { re: RegExp; from: number; resolve: (line: string) => void }[] = [];

  push = (line: string): void => {
    this.all.push(line);
    this.waiters = this.waiters.filter((w) => {
      const hit = this.all.slice(w.from).find((l) => w.re.test(l));
      if (hit !== undefined) w.resolve(hit);
      return hit === undefined;
    });
  };

  /** Resolves with the first line (at index >= from) matching `re`; rejects after timeoutMs. */
  waitFor(re: RegExp, timeoutMs = 20_000, from = 0): Promise<string> {
    const hit = this.all.slice(from).find((l) => re.test(l));
    if (hit !== undefined) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no line matching ${re} within ${timeoutMs} ms; got:\n${this.all.join("\n")}`));
      }, timeoutMs);
      this.waiters.push({
        re,
        from,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  }
}
