// The audit trail's hash chain, checked in the browser over the records it lists: each record's
// SHA-256 is recomputed from its fields exactly as the server computes it (regserver.audit.chain:
// json.dumps of the field list with ensure_ascii), and consecutive records must link.

import { hex } from "./format.js";

/** What the hash covers, in order; `time` in microseconds since the epoch. */
export interface ChainFields {
  sequence: bigint;
  time: bigint;
  principal: string;
  method: string;
  resource: string;
  modelName: string;
  requestId: string;
  code: string;
  requestJson: string;
  beforeJson: string;
  afterJson: string;
  previousHash: string;
}

/** A string as Python's json.dumps(ensure_ascii=True) writes it. */
export function pythonJsonString(value: string): string {
  // JSON.stringify escapes what JSON must; Python also escapes everything outside space..tilde.
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The exact bytes the server hashes for a record. */
export function canonical(r: ChainFields): string {
  const strings = [
    r.principal, r.method, r.resource, r.modelName, r.requestId, r.code,
    r.requestJson, r.beforeJson, r.afterJson, r.previousHash,
  ].map(pythonJsonString);  // prettier-ignore
  return `[${r.sequence},${r.time},${strings.join(",")}]`;
}

export async function recordHash(r: ChainFields): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonical(r))));
}

export type Check = "ok" | "altered" | "unlinked";

/**
 * Each record's verdict, records in ascending sequence: "altered" when its fields do not hash to
 * its hash, "unlinked" when it follows the record just before it in the chain (sequence - 1) in
 * this list but does not carry that record's hash.
 */
export async function checkRecords(records: (ChainFields & { hash: string })[]): Promise<Check[]> {
  const bySequence = new Map(records.map((r) => [r.sequence, r]));
  const verdicts: Check[] = [];
  for (const r of records) {
    if ((await recordHash(r)) !== r.hash) verdicts.push("altered");
    else if (bySequence.has(r.sequence - 1n) && bySequence.get(r.sequence - 1n)!.hash !== r.previousHash) {
      verdicts.push("unlinked");
    } else verdicts.push("ok");
  }
  return verdicts;
}
