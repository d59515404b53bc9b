#!/usr/bin/env node
/**
 * Serving-side example: follow a model's alias and keep its files on disk.
 *
 *   node dist/examples/serving.js --model fraud --out ./models [--alias champion]
 *        [--target 127.0.0.1:50051] [--max-promotions N] [--tls] [--ca-file ca.pem]
 *        [--token TOKEN]   (default: env REGSERVER_TOKEN)
 *
 * Resolves the alias from the Watch snapshot, downloads that version into
 * <out>/v<n>/ (verified), then downloads every version the alias is moved to.
 * Output lines (stdout, one per step):
 *   RESOLVED model=<m> alias=<a> version=<n>      (or WAITING model=<m> alias=<a>)
 *   FILE path=<p> sha256=<hex> size=<bytes> verified
 *   WATCHING revision=<r>
 *   PROMOTED model=<m> alias=<a> version=<n> previous=<p> revision=<r>
 */

import * as path from "node:path";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { connect, describeError, EventType, type ModelVersion, type RegistryClient } from "../index.js";

export interface ServingOptions {
  target: string;
  model: string;
  alias: string;
  out: string;
  /** Return after this many promotions; 0 = run until aborted. */
  maxPromotions: number;
  tls: boolean;
  caFile?: string;
  token?: string;
}

export const USAGE =
  "usage: serving --model NAME --out DIR [--target HOST:PORT] [--alias NAME] " +
  "[--max-promotions N] [--tls] [--ca-file PATH] [--token TOKEN]";

/** Parses the CLI flags; throws an Error with a usage message when they are wrong. */
export function parseServingArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServingOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      target: { type: "string", default: "127.0.0.1:50051" },
      model: { type: "string" },
      alias: { type: "string", default: "champion" },
      out: { type: "string" },
      "max-promotions": { type: "string", default: "0" },
      tls: { type: "boolean", default: false },
      "ca-file": { type: "string" },
      token: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}\n${USAGE}`);
  if (!values.model) throw new Error(`--model is required\n${USAGE}`);
  if (!values.out) throw new Error(`--out is required\n${USAGE}`);
  const max = Number(values["max-promotions"]);
  if (!Number.isInteger(max) || max < 0) throw new Error(`--max-promotions must be a whole number >= 0\n${USAGE}`);
  const token = values.token ?? env["REGSERVER_TOKEN"];
  return {
    target: values.target!,
    model: values.model,
    alias: values.alias!,
    out: values.out,
    maxPromotions: max,
    tls: values.tls === true,
    ...(values["ca-file"] !== undefined ? { caFile: values["ca-file"] } : {}),
    ...(token ? { token } : {}),
  };
}

/**
 * The example's logic. Each output line is passed to `emit` as soon as it is known.
 * Resolves after --max-promotions promotions, or when `signal` aborts; rejects on error.
 * Uses `client` if given (left open), else connects with the options (and closes).
 */
export async function runServing(
  opts: ServingOptions,
  emit: (line: string) => void,
  signal?: AbortSignal,
  client?: RegistryClient,
): Promise<void> {
  const rs =
    client ??
    connect(opts.target, {
      tls: opts.tls,
      ...(opts.caFile !== undefined ? { caFile: opts.caFile } : {}),
      ...(opts.token !== undefined ? { token: opts.token } : {}),
    });
  const download = async (version: ModelVersion): Promise<void> => {
    const dir = path.join(opts.out, `v${version.version}`);
    await rs.downloadVersion(version, dir, {
      ...(signal ? { signal } : {}),
      onFile: (f) => emit(`FILE path=${f.path} sha256=${f.sha256} size=${f.sizeBytes} verified`),
    });
  };
  let snapshotDone = false;
  let resolved = false;
  let promotions = 0;
  try {
    const stream = rs.watch(
      {
        modelNames: [opts.model],
        aliases: [opts.alias],
        eventTypes: [EventType.ALIAS_SET],
        sendInitialState: true,
      },
      signal ? { signal } : {},
    );
    for await (const res of stream) {
      switch (res.kind.case) {
        case "snapshot": {
          // A snapshot seen again (the stream broke inside it) changes nothing here.
          if (snapshotDone || resolved || res.kind.value.registeredModel?.name !== opts.model) break;
          const version = res.kind.value.aliasVersions.find((v) => v.aliases.includes(opts.alias));
          if (version === undefined) break;
          resolved = true;
          emit(`RESOLVED model=${opts.model} alias=${opts.alias} version=${version.version}`);
          await download(version);
          break;
        }
        case "snapshotComplete":
          if (!snapshotDone) {
            snapshotDone = true;
            if (!resolved) emit(`WAITING model=${opts.model} alias=${opts.alias}`);
            emit(`WATCHING revision=${res.kind.value.revision}`);
          }
          break;
        case "event": {
          const ev = res.kind.value;
          if (ev.type !== EventType.ALIAS_SET || ev.alias !== opts.alias || ev.modelName !== opts.model) break;
          emit(
            `PROMOTED model=${opts.model} alias=${opts.alias} version=${ev.version} ` +
              `previous=${ev.previousVersion} revision=${ev.revision}`,
          );
          if (ev.modelVersion === undefined) throw new Error(`ALIAS_SET event ${ev.revision} carries no model version`);
          await download(ev.modelVersion);
          promotions++;
          if (opts.maxPromotions > 0 && promotions >= opts.maxPromotions) return;
          break;
        }
        default:
          break;
      }
    }
  } catch (err) {
    if (signal?.aborted) return; // stopped on purpose, e.g. in the middle of a download
    throw err;
  } finally {
    if (client === undefined) rs.close();
  }
}

/** The CLI: parses argv, prints lines to stdout, errors to stderr; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let opts: ServingOptions;
  try {
    opts = parseServingArgs(argv);
  } catch (err) {
    process.stderr.write(`serving: ${(err as Error).message}\n`);
    return 2;
  }
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    // stdout writes to pipes and files are synchronous on Linux: each line is out at once.
    await runServing(opts, (line) => process.stdout.write(`${line}\n`), controller.signal);
    return 0;
  } catch (err) {
    process.stderr.write(`serving: error: ${describeError(err)}\n`);
    return 1;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`serving: error: ${describeError(err)}\n`);
      process.exitCode = 1;
    },
  );
}
