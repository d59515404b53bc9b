/**
 * TypeScript client for regserver, the gRPC ML model registry.
 *
 * A thin layer over the generated protobuf-es / Connect code in ./gen:
 *
 *   import { connect } from "@regserver/client";
 *
 *   const rs = connect("127.0.0.1:50051");            // plaintext
 *   for await (const m of rs.listRegisteredModels()) console.log(m.name);
 *   const { modelVersion } = await rs.registry.getModelVersionByAlias({ modelName: "m", alias: "champion" });
 *   await rs.downloadVersion(modelVersion!, "out/");
 *   for await (const msg of rs.watch({ modelNames: ["m"] })) { ... }
 *   rs.close();
 *
 * `rs.registry`, `rs.artifacts` and `rs.events` are the raw Connect clients of the
 * three services (every RPC, with the bearer token attached when one was given).
 */

import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { readFileSync } from "node:fs";

import { create } from "@bufbuild/protobuf";
import { BinaryReader } from "@bufbuild/protobuf/wire";
import {
  Code,
  ConnectError,
  createClient,
  type CallOptions,
  type Client,
  type Interceptor,
  type Transport,
} from "@connectrpc/connect";
import { createGrpcTransport, Http2SessionManager } from "@connectrpc/connect-node";

import {
  ArtifactStore,
  DigestSchema,
  ManifestEntrySchema,
  type Digest,
  type ManifestEntry,
  type WriteBlobRequest,
  WriteBlobRequestSchema,
} from "./gen/regserver/v1/artifacts_pb.js";
import {
  EventService,
  type EventType,
  type WatchRequest,
  WatchRequestSchema,
  type WatchResponse,
} from "./gen/regserver/v1/events_pb.js";
import { type ModelVersion, ModelVersionSchema, type RegisteredModel } from "./gen/regserver/v1/model_pb.js";
import {
  type ListModelVersionsRequest,
  type ListRegisteredModelsRequest,
  ModelRegistry,
} from "./gen/regserver/v1/model_registry_pb.js";

export * from "./gen/regserver/v1/artifacts_pb.js";
export * from "./gen/regserver/v1/errors_pb.js";
export * from "./gen/regserver/v1/events_pb.js";
export * from "./gen/regserver/v1/model_pb.js";
export * from "./gen/regserver/v1/model_registry_pb.js";
export * from "./gen/regserver/v1/webhooks_pb.js";
export { Code, ConnectError } from "@connectrpc/connect";
export type { CallOptions, Client, Interceptor, Transport } from "@connectrpc/connect";

/** Bytes per WriteBlob data message (the server accepts up to 4 MiB by default). */
export const UPLOAD_CHUNK_BYTES = 1 << 20;

// -- connecting -----------------------------------------------------------------------

export interface ConnectOptions {
  /** Use TLS (https). Implied by `caFile`. Without `caFile`, the system roots are trusted. */
  tls?: boolean;
  /** PEM file with the CA certificate(s) to trust instead of the system roots. */
  caFile?: string;
  /** Sent as `authorization: Bearer <token>` on every call (streaming ones too). */
  token?: string;
  /** Default deadline of ModelRegistry calls, in ms (default 30 s; 0 = none). ArtifactStore
   * and EventService calls (long transfers and streams) get no default deadline. */
  timeoutMs?: number;
  /** Extra Connect interceptors, run after the bearer-token one. */
  interceptors?: Interceptor[];
}

/** An interceptor that adds `authorization: Bearer <token>` to every request. */
export function bearerTokenInterceptor(token: string): Interceptor {
  const value = `Bearer ${token}`;
  return (next) => async (req) => {
    req.header.set("authorization", value);
    return next(req);
  };
}

/** Opens a client to a regserver at `target` ("host:port", or an http(s):// URL). */
export function connect(target: string, options: ConnectOptions = {}): RegistryClient {
  return new RegistryClient(target, options);
}

function baseUrlOf(target: string, tls: boolean): string {
  if (/^https?:\/\//.test(target)) return target;
  return `${tls ? "https" : "http"}://${target}`;
}

/** A connection to one regserver; close() it when done. */
export class RegistryClient {
  /** The raw ModelRegistry client (every RPC). */
  readonly registry: Client<typeof ModelRegistry>;
  /** The raw ArtifactStore client (blob uploads and downloads). */
  readonly artifacts: Client<typeof ArtifactStore>;
  /** The raw EventService client. Prefer watch(), which resumes after disconnects. */
  readonly events: Client<typeof EventService>;
  readonly transport: Transport;
  readonly baseUrl: string;
  private readonly sessions: Http2SessionManager;

  constructor(target: string, options: ConnectOptions = {}) {
    const tls = options.tls === true || options.caFile !== undefined || target.startsWith("https://");
    this.baseUrl = baseUrlOf(target, tls);
    const nodeOptions = options.caFile !== undefined ? { ca: readFileSync(options.caFile) } : {};
    this.sessions = new Http2SessionManager(
      this.baseUrl,
      { pingIntervalMs: 30_000, pingTimeoutMs: 10_000, idleConnectionTimeoutMs: 15 * 60_000 },
      nodeOptions,
    );
    const timeoutMs = options.timeoutMs ?? 30_000;
    const interceptors: Interceptor[] = [];
    if (options.token !== undefined && options.token !== "") {
      interceptors.push(bearerTokenInterceptor(options.token));
    }
    interceptors.push(...(options.interceptors ?? []));
    this.transport = createGrpcTransport({
      baseUrl: this.baseUrl,
      sessionManager: this.sessions,
      interceptors,
    });
    // Same connection; ModelRegistry calls (all unary) get a default deadline.
    const registryTransport =
      timeoutMs > 0
        ? createGrpcTransport({
            baseUrl: this.baseUrl,
            sessionManager: this.sessions,
            interceptors,
            defaultTimeoutMs: timeoutMs,
          })
        : this.transport;
    this.registry = createClient(ModelRegistry, registryTransport);
    this.artifacts = createClient(ArtifactStore, this.transport);
    this.events = createClient(EventService, this.transport);
  }

  /** Closes the HTTP/2 connection; calls in flight fail. */
  close(): void {
    this.sessions.abort();
  }

  [Symbol.dispose](): void {
    this.close();
  }

  // -- paging ---------------------------------------------------------------------------

  /** Every registered model matching the request, fetching pages lazily. */
  async *listRegisteredModels(
    request: Partial<Omit<ListRegisteredModelsRequest, "$typeName" | "pageToken">> = {},
    callOptions?: CallOptions,
  ): AsyncGenerator<RegisteredModel, void, undefined> {
    let pageToken = "";
    do {
      const page = await this.registry.listRegisteredModels({ ...request, pageToken }, callOptions);
      yield* page.registeredModels;
      pageToken = page.nextPageToken;
    } while (pageToken !== "");
  }

  /** Every model version matching the request (of one model, or of all with modelName ""). */
  async *listModelVersions(
    request: Partial<Omit<ListModelVersionsRequest, "$typeName" | "pageToken">> = {},
    callOptions?: CallOptions,
  ): AsyncGenerator<ModelVersion, void, undefined> {
    let pageToken = "";
    do {
      const page = await this.registry.listModelVersions({ ...request, pageToken }, callOptions);
      yield* page.modelVersions;
      pageToken = page.nextPageToken;
    } while (pageToken !== "");
  }

  // -- uploads --------------------------------------------------------------------------

  /**
   * Uploads one local file as a blob (WriteBlob, 1 MiB chunks). Hashes it first
   * (streaming) unless `digest` is given. Returns the digest.
   */
  async uploadFile(localPath: string, digest?: Digest): Promise<Digest> {
    const d = digest ?? (await hashFile(localPath));
    const uploadId = randomBytes(16).toString("hex");
    async function* requests(): AsyncGenerator<WriteBlobRequest> {
      yield create(WriteBlobRequestSchema, { digest: d, uploadId, writeOffset: 0n });
      let sent = 0;
      for await (const chunk of createReadStream(localPath, { highWaterMark: UPLOAD_CHUNK_BYTES })) {
        const data = chunk as Buffer;
        sent += data.length;
        yield create(WriteBlobRequestSchema, { data, finishWrite: BigInt(sent) === d.sizeBytes });
      }
      if (BigInt(sent) !== d.sizeBytes || sent === 0) {
        yield create(WriteBlobRequestSchema, { finishWrite: true });
      }
    }
    await this.artifacts.writeBlob(requests());
    return d;
  }

  /**
   * Registers the model's next version from local files: creates the version with its
   * manifest, uploads the blobs the server lacks, and finalizes it. Returns it READY.
   */
  async uploadVersion(
    modelName: string,
    files: { path: string; localPath: string; mediaType?: string }[],
    fields: Partial<Omit<ModelVersion, "$typeName" | "files">> = {},
  ): Promise<ModelVersion> {
    const manifest: ManifestEntry[] = [];
    for (const f of files) {
      checkManifestPath(f.path);
      manifest.push(
        create(ManifestEntrySchema, {
          path: f.path,
          digest: await hashFile(f.localPath),
          mediaType: f.mediaType ?? "application/octet-stream",
        }),
      );
    }
    const created = await this.registry.createModelVersion({
      modelName,
      modelVersion: create(ModelVersionSchema, { ...fields, files: manifest }),
      requestId: randomBytes(16).toString("hex"),
    });
    const version = created.modelVersion!;
    if (manifest.length === 0) return version;
    const { missingBlobDigests } = await this.artifacts.findMissingBlobs({
      blobDigests: manifest.map((e) => e.digest!),
    });
    const missing = new Set(missingBlobDigests.map((d) => `${d.hash}/${d.sizeBytes}`));
    for (let i = 0; i < files.length; i++) {
      const key = `${manifest[i]!.digest!.hash}/${manifest[i]!.digest!.sizeBytes}`;
      if (missing.delete(key)) await this.uploadFile(files[i]!.localPath, manifest[i]!.digest);
    }
    const finalized = await this.registry.finalizeModelVersion({ modelName, version: version.version });
    return finalized.modelVersion!;
  }

  // -- downloads ------------------------------------------------------------------------

  /**
   * Downloads every file of `version` into `destDir`, in manifest order: each blob is
   * streamed (ReadBlob) into a temp file beside its target while its SHA-256 and size
   * are computed, then renamed into place only if both match the manifest. A mismatch
   * is a DigestMismatchError and leaves nothing behind. Paths that would escape
   * destDir are refused before anything is fetched.
   */
  async downloadVersion(
    version: ModelVersion,
    destDir: string,
    options: { onFile?: (file: DownloadedFile) => void; signal?: AbortSignal } = {},
  ): Promise<DownloadedFile[]> {
    await fsp.mkdir(destDir, { recursive: true });
    const targets = version.files.map((entry) => safeJoin(destDir, entry.path));
    const done: DownloadedFile[] = [];
    for (let i = 0; i < version.files.length; i++) {
      const entry = version.files[i]!;
      const target = targets[i]!;
      const digest = entry.digest ?? create(DigestSchema);
      const chunks = (async function* (artifacts: Client<typeof ArtifactStore>) {
        for await (const res of artifacts.readBlob({ digest }, { signal: options.signal })) {
          yield res.data;
        }
      })(this.artifacts);
      await writeVerifiedFile(chunks, target, digest);
      const file: DownloadedFile = {
        path: entry.path,
        localPath: target,
        sha256: digest.hash,
        sizeBytes: digest.sizeBytes,
      };
      done.push(file);
      options.onFile?.(file);
    }
    return done;
  }

  // -- watch ----------------------------------------------------------------------------

  /** EventService.Watch that reconnects and resumes; see watchEvents(). */
  watch(request: WatchInit = {}, options: WatchOptions = {}): AsyncGenerator<WatchResponse, void, undefined> {
    return watchEvents(this.events, request, options);
  }
}

// -- files ----------------------------------------------------------------------------

export interface DownloadedFile {
  /** The manifest path. */
  path: string;
  /** Where it was written. */
  localPath: string;
  /** Lowercase hex SHA-256, verified. */
  sha256: string;
  sizeBytes: bigint;
}

/** The bytes received do not match the manifest's digest; nothing was written. */
export class DigestMismatchError extends Error {
  constructor(
    readonly target: string,
    readonly expected: { hash: string; sizeBytes: bigint },
    readonly actual: { hash: string; sizeBytes: bigint },
  ) {
    super(
      `digest mismatch for ${target}: expected sha256 ${expected.hash} size ${expected.sizeBytes}, ` +
        `got sha256 ${actual.hash} size ${actual.sizeBytes}; nothing was written`,
    );
    this.name = "DigestMismatchError";
  }
}

/** Throws unless `p` is a plain relative '/'-separated path (no '', '.', '..' segments). */
export function checkManifestPath(p: string): string[] {
  const segments = p.split("/");
  if (
    p === "" ||
    p.startsWith("/") ||
    p.includes("\\") ||
    p.includes("\0") ||
    /^[A-Za-z]:/.test(p) ||
    segments.some((s) => s === "" || s === "." || s === "..")
  ) {
    throw new Error(`refusing manifest path ${JSON.stringify(p)}: it is not a plain relative path inside the destination`);
  }
  return segments;
}

/** destDir/<p>, refusing any manifest path that could land outside destDir. */
export function safeJoin(destDir: string, p: string): string {
  const segments = checkManifestPath(p);
  const root = path.resolve(destDir);
  const target = path.resolve(root, ...segments);
  const rel = path.relative(root, target);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`refusing manifest path ${JSON.stringify(p)}: it leads outside ${destDir}`);
  }
  return target;
}

/** Streaming SHA-256 and size of a local file. */
export async function hashFile(localPath: string): Promise<Digest> {
  const hash = createHash("sha256");
  let size = 0n;
  for await (const chunk of createReadStream(localPath, { highWaterMark: UPLOAD_CHUNK_BYTES })) {
    hash.update(chunk as Buffer);
    size += BigInt((chunk as Buffer).length);
  }
  return create(DigestSchema, { hash: hash.digest("hex"), sizeBytes: size });
}

/**
 * Writes `chunks` to a new temp file beside `target` while hashing them, then renames
 * it to `target` if the SHA-256 and size equal `expected`; otherwise removes the temp
 * file and throws DigestMismatchError. Holds one chunk in memory at a time. Creates
 * target's parent directories.
 */
export async function writeVerifiedFile(
  chunks: AsyncIterable<Uint8Array>,
  target: string,
  expected: { hash: string; sizeBytes: bigint },
): Promise<void> {
  await fsp.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.part`);
  const handle = await fsp.open(temp, "wx", 0o644);
  let closed = false;
  try {
    const hash = createHash("sha256");
    let size = 0n;
    for await (const chunk of chunks) {
      size += BigInt(chunk.length);
      if (size > expected.sizeBytes) {
        throw new DigestMismatchError(target, expected, { hash: "(longer than expected)", sizeBytes: size });
      }
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
    await handle.close();
    closed = true;
    const actual = { hash: hash.digest("hex"), sizeBytes: size };
    if (actual.hash !== expected.hash.toLowerCase() || actual.sizeBytes !== expected.sizeBytes) {
      throw new DigestMismatchError(target, expected, actual);
    }
    await fsp.rename(temp, target);
  } catch (err) {
    if (!closed) await handle.close().catch(() => undefined);
    await fsp.rm(temp, { force: true });
    throw err;
  }
}

// -- errors ---------------------------------------------------------------------------

/** The google.rpc.ErrorInfo regserver attaches to every error. */
export interface ErrorInfo {
  reason: string;
  domain: string;
  metadata: Record<string, string>;
}

const CODE_NAMES: Record<number, string> = {
  0: "OK",
  1: "CANCELLED",
  2: "UNKNOWN",
  3: "INVALID_ARGUMENT",
  4: "DEADLINE_EXCEEDED",
  5: "NOT_FOUND",
  6: "ALREADY_EXISTS",
  7: "PERMISSION_DENIED",
  8: "RESOURCE_EXHAUSTED",
  9: "FAILED_PRECONDITION",
  10: "ABORTED",
  11: "OUT_OF_RANGE",
  12: "UNIMPLEMENTED",
  13: "INTERNAL",
  14: "UNAVAILABLE",
  15: "DATA_LOSS",
  16: "UNAUTHENTICATED",
};

/** The canonical gRPC name of a status code, e.g. "NOT_FOUND". */
export function codeName(code: Code): string {
  return CODE_NAMES[code] ?? String(code);
}

/** Decodes the google.rpc.ErrorInfo detail of a failed call, if it carries one. */
export function errorInfo(err: unknown): ErrorInfo | undefined {
  if (!(err instanceof ConnectError)) return undefined;
  for (const detail of err.details) {
    if (!("type" in detail) || detail.type !== "google.rpc.ErrorInfo" || !(detail.value instanceof Uint8Array)) {
      continue;
    }
    const info: ErrorInfo = { reason: "", domain: "", metadata: {} };
    const reader = new BinaryReader(detail.value);
    while (reader.pos < reader.len) {
      const [field, wireType] = reader.tag();
      if (field === 1) info.reason = reader.string();
      else if (field === 2) info.domain = reader.string();
      else if (field === 3) {
        const entry = new BinaryReader(reader.bytes());
        let key = "";
        let value = "";
        while (entry.pos < entry.len) {
          const [f, wt] = entry.tag();
          if (f === 1) key = entry.string();
          else if (f === 2) value = entry.string();
          else entry.skip(wt);
        }
        info.metadata[key] = value;
      } else reader.skip(wireType);
    }
    return info;
  }
  return undefined;
}

/** "NOT_FOUND: message [MODEL_NOT_FOUND]" for a failed call; the message for other errors. */
export function describeError(err: unknown): string {
  if (err instanceof ConnectError) {
    const info = errorInfo(err);
    return `${codeName(err.code)}: ${err.rawMessage}${info && info.reason ? ` [${info.reason}]` : ""}`;
  }
  return err instanceof Error ? err.message : String(err);
}

// -- watch ----------------------------------------------------------------------------

/** The fields of a WatchRequest, all optional. */
export type WatchInit = {
  modelNames?: string[];
  modelNamePrefix?: string;
  eventTypes?: EventType[];
  aliases?: string[];
  startRevision?: bigint;
  sendInitialState?: boolean;
  progressIntervalSeconds?: number;
};

export interface WatchOptions {
  /** Stops the watch: the iteration ends quietly. */
  signal?: AbortSignal;
  /** First reconnect delay (default 100 ms); doubles per failure up to maxBackoffMs (default 5 s). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failed attempts before giving up with the last error (default: never). */
  maxAttempts?: number;
  /** Called before each reconnect with the reason and the revision it resumes from. */
  onReconnect?: (reason: ConnectError | undefined, startRevision: bigint, delayMs: number) => void;
}

function hasNetworkCause(err: ConnectError): boolean {
  if (err.rawMessage.startsWith("http/2 stream closed")) return true;
  let cause: unknown = err.cause;
  for (let depth = 0; cause instanceof Error && depth < 10; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && (code.startsWith("E") || code.startsWith("ERR_HTTP2"))) return true;
    cause = cause.cause;
  }
  return false;
}

/** Whether a Watch that ended with `err` can be resumed from its last revision. */
export function isResumable(err: ConnectError): boolean {
  switch (err.code) {
    case Code.Unavailable:
    case Code.ResourceExhausted:
    case Code.DeadlineExceeded:
      return true;
    case Code.Internal:
    case Code.Unknown:
    case Code.Aborted:
    case Code.Canceled: // the peer reset the stream (our own cancellations never get here)
      return hasNetworkCause(err);
    default:
      return false;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

/**
 * Calls EventService.Watch and yields every response, reconnecting after a resumable
 * end (UNAVAILABLE, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED, INTERNAL/UNKNOWN/ABORTED with
 * a network cause, CANCELLED by the peer (an HTTP/2 stream reset), or the stream simply ending) with exponential backoff, resuming at
 * start_revision = last revision seen + 1 (events, progress and snapshot_complete all
 * carry one), so no event is missed or repeated. send_initial_state is sent only until
 * the snapshot is complete (a stream cut inside the snapshot starts it over). Other
 * errors, notably OUT_OF_RANGE (the revision was compacted), are thrown.
 */
export async function* watchEvents(
  events: Client<typeof EventService>,
  init: WatchInit = {},
  options: WatchOptions = {},
): AsyncGenerator<WatchResponse, void, undefined> {
  const request: WatchRequest = create(WatchRequestSchema, init);
  const minBackoff = options.minBackoffMs ?? 100;
  const maxBackoff = options.maxBackoffMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? Infinity;
  let failures = 0;
  for (;;) {
    if (options.signal?.aborted) return;
    const controller = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
    let reason: ConnectError | undefined;
    try {
      for await (const res of events.watch(request, { signal })) {
        failures = 0;
        switch (res.kind.case) {
          case "event":
            request.startRevision = res.kind.value.revision + 1n;
            break;
          case "progress":
          case "snapshotComplete":
            request.startRevision = res.kind.value.revision + 1n;
            break;
        }
        if (res.kind.case !== "snapshot") request.sendInitialState = false;
        yield res;
      }
    } catch (err) {
      if (options.signal?.aborted) return;
      reason = ConnectError.from(err);
      if (!isResumable(reason)) throw reason;
    } finally {
      controller.abort();
    }
    failures++;
    if (failures >= maxAttempts) {
      throw reason ?? new ConnectError("watch stream ended", Code.Unavailable);
    }
    const delay = Math.min(maxBackoff, minBackoff * 2 ** (failures - 1));
    const jittered = Math.round(delay * (0.5 + Math.random() / 2));
    options.onReconnect?.(reason, request.startRevision, jittered);
    await sleep(jittered, options.signal);
  }
}
