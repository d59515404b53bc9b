// The UI's one way to the server: the regserver.v1 services over the Connect protocol, on the same
// origin that served the page. Nothing here is UI-only: a token can do exactly this over gRPC.

import { Code, ConnectError, createClient, type Interceptor } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";

import { AccessControl } from "@gen/access_pb.js";
import { ArtifactStore } from "@gen/artifacts_pb.js";
import { Audit } from "@gen/audit_pb.js";
import { Evaluation } from "@gen/evaluation_pb.js";
import { EventService, type WatchRequest, type WatchResponse } from "@gen/events_pb.js";
import { Governance } from "@gen/governance_pb.js";
import { Lineage } from "@gen/lineage_pb.js";
import { ModelRegistry } from "@gen/model_registry_pb.js";
import { Tracking } from "@gen/tracking_pb.js";
import { Webhooks } from "@gen/webhooks_pb.js";
import type { MessageInitShape } from "@bufbuild/protobuf";
import { BinaryReader } from "@bufbuild/protobuf/wire";
import type { WatchRequestSchema } from "@gen/events_pb.js";

const TOKEN_KEY = "regserver.token";

/** The bearer token of this tab (sessionStorage: gone with the tab, never sent as a cookie). */
export function token(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

export function setToken(value: string): void {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

const bearer: Interceptor = (next) => async (req) => {
  const secret = token();
  if (secret) req.header.set("Authorization", `Bearer ${secret}`);
  return next(req);
};

const transport = createConnectTransport({ baseUrl: window.location.origin, interceptors: [bearer] });

export const registry = createClient(ModelRegistry, transport);
export const artifacts = createClient(ArtifactStore, transport);
export const events = createClient(EventService, transport);
export const access = createClient(AccessControl, transport);
export const governance = createClient(Governance, transport);
export const evaluation = createClient(Evaluation, transport);
export const audit = createClient(Audit, transport);
export const webhooks = createClient(Webhooks, transport);
export const lineage = createClient(Lineage, transport);
export const tracking = createClient(Tracking, transport);

/** What a failed call tells a person: the server's own message, and its code and reason. */
export interface Problem {
  code: Code;
  codeName: string;
  message: string;
  reason: string;
}

export function problemOf(err: unknown): Problem {
  const error = ConnectError.from(err);
  if (error.code === Code.Unknown && /fetch|network/i.test(error.rawMessage)) {
    // The browser's own words for a dropped connection ("Failed to fetch") tell a person nothing.
    return {
      code: Code.Unavailable,
      codeName: "UNAVAILABLE",
      message: "the registry cannot be reached (the network dropped or the server is restarting); retrying",
      reason: "",
    };
  }
  return {
    code: error.code,
    // As gRPC names it (INVALID_ARGUMENT), the name the docs and the CLI use.
    codeName: (Code[error.code] ?? String(error.code)).replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase(),
    message: error.rawMessage || String(err),
    reason: reasonOf(error),
  };
}

/** The reason of the call's google.rpc.ErrorInfo detail (field 1), or "". */
function reasonOf(error: ConnectError): string {
  for (const detail of error.details) {
    if (!("type" in detail) || detail.type !== "google.rpc.ErrorInfo") continue;
    const reader = new BinaryReader(detail.value);
    while (reader.pos < reader.len) {
      const [field, wireType] = reader.tag();
      if (field === 1) return reader.string();
      reader.skip(wireType);
    }
  }
  return "";
}

/**
 * Follows the event log from now, calling `onMessage` for each message, and resumes from the last
 * revision seen after a dropped stream (1 s, then up to 10 s apart). `onState` hears when the stream
 * goes live or drops; `afterDrop` says it came back, so a page refetches what it may have missed
 * while its calls were failing. Returns a stop().
 */
export function follow(
  request: MessageInitShape<typeof WatchRequestSchema>,
  onMessage: (message: WatchResponse) => void,
  onState: (live: boolean, afterDrop: boolean) => void = () => {},
): () => void {
  const abort = new AbortController();
  let revision = 0n;
  let delay = 1000;
  let live = false;
  let dropped = false;
  void (async () => {
    while (!abort.signal.aborted) {
      try {
        const watch: MessageInitShape<typeof WatchRequestSchema> =
          revision > 0n ? { ...request, startRevision: revision + 1n } : request;
        for await (const message of events.watch(watch as WatchRequest, { signal: abort.signal })) {
          if (!live) onState((live = true), dropped);
          delay = 1000;
          if (message.kind.case === "event") revision = message.kind.value.revision;
          else if (message.kind.case === "progress" && revision === 0n) revision = message.kind.value.revision;
          onMessage(message);
        }
      } catch (err) {
        if (abort.signal.aborted) return;
        if (ConnectError.from(err).code === Code.OutOfRange) revision = 0n; // compacted: start from now
      }
      if (live) onState((live = false), (dropped = true));
      dropped = true;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  })();
  return () => abort.abort();
}
