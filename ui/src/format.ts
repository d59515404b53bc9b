// Pure formatting and query logic of the UI: no DOM, no network (unit-tested in test/).

/** Bytes as a person reads them: 0 B, 999 B, 1.0 KiB, 3.2 MiB, 1.5 GiB. */
export function formatBytes(n: bigint | number): string {
  const value = Number(n);
  if (value < 1024) return `${value} B`;
  const units = ["KiB", "MiB", "GiB", "TiB", "PiB"];
  let scaled = value;
  let unit = -1;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return `${scaled.toFixed(scaled < 10 ? 1 : 0)} ${units[unit]}`;
}

/** A timestamp (seconds since the epoch) relative to now: "just now", "5 min ago", "3 days ago", or a date. */
export function formatAgo(seconds: bigint | number | undefined, now: number = Date.now()): string {
  if (seconds === undefined || Number(seconds) === 0) return "—";
  const ms = Number(seconds) * 1000;
  const ago = Math.max(0, (now - ms) / 1000);
  if (ago < 45) return "just now";
  if (ago < 90 * 60) return `${Math.round(ago / 60)} min ago`;
  if (ago < 36 * 3600) return `${Math.round(ago / 3600)} h ago`;
  if (ago < 30 * 86400) return `${Math.round(ago / 86400)} days ago`;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The full UTC time, for a tooltip: 2026-12-07 07:48:02 UTC. */
export function formatTime(seconds: bigint | number | undefined): string {
  if (seconds === undefined || Number(seconds) === 0) return "";
  return new Date(Number(seconds) * 1000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
}

/** A metric value: integers as they are, others with 4 significant digits. */
export function formatMetric(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (!Number.isFinite(value)) return String(value);
  return Number(value.toPrecision(4)).toString();
}

/** A digest shortened for a table cell: the first 12 hex characters. */
export function shortDigest(hash: string): string {
  return hash.length > 12 ? `${hash.slice(0, 12)}…` : hash;
}

/** A string as the filter grammar's double-quoted literal. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A LIKE pattern that matches `text` literally anywhere (%, _ and \ escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The ListRegisteredModels filter for the list page: the plain search box (a case-insensitive
 * substring of the name) AND the advanced filter the user typed, each optional.
 */
export function modelFilter(search: string, advanced: string): string {
  const parts: string[] = [];
  const words = search.trim();
  if (words) parts.push(`name ILIKE ${quote(containsPattern(words))}`);
  if (advanced.trim()) parts.push(parts.length ? `(${advanced.trim()})` : advanced.trim());
  return parts.join(" AND ");
}

/** A stage enum's name as shown: "STAGE_PRODUCTION" -> "Production"; unspecified and none -> "". */
export function stageLabel(name: string): string {
  const bare = name.replace(/^STAGE_/, "");
  if (bare === "UNSPECIFIED" || bare === "NONE" || bare === "") return "";
  return bare.charAt(0) + bare.slice(1).toLowerCase();
}

/** A status enum's name as shown: "MODEL_VERSION_STATUS_PENDING_UPLOAD" -> "pending upload". */
export function statusLabel(name: string): string {
  return name.replace(/^MODEL_VERSION_STATUS_/, "").replace(/_/g, " ").toLowerCase();
}

/** Tag edits as an update: the tags to set and the update_mask paths, removals included. */
export function tagUpdate(
  before: Record<string, string>,
  after: Record<string, string>,
): { tags: Record<string, string>; paths: string[] } {
  const paths: string[] = [];
  const tags: Record<string, string> = {};
  for (const [key, value] of Object.entries(after)) {
    if (before[key] !== value) {
      tags[key] = value;
      paths.push(`tags.${key}`);
    }
  }
  for (const key of Object.keys(before)) {
    if (!(key in after)) paths.push(`tags.${key}`);
  }
  return { tags, paths: paths.sort() };
}

/** "k=v" as a tag; undefined when there is no "=" or the key is empty. */
export function parseTag(text: string): [string, string] | undefined {
  const at = text.indexOf("=");
  if (at <= 0) return undefined;
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** The union of the metric names of some versions, sorted, for the column picker. */
export function metricNames(versions: { metrics: Record<string, number> }[]): string[] {
  const names = new Set<string>();
  for (const v of versions) for (const name of Object.keys(v.metrics)) names.add(name);
  return [...names].sort();
}

/** Lowercase hex of a digest's bytes. */
export function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** b - a as shown in a comparison: a sign always, 4 significant digits. */
export function formatDelta(delta: number | undefined): string {
  if (delta === undefined) return "";
  if (delta === 0) return "±0";
  return `${delta > 0 ? "+" : "−"}${formatMetric(Math.abs(delta))}`;
}

/** The CSS class of a compared row, from the ComparisonResult enum's name. */
export function comparisonClass(result: string): string {
  const bare = result.replace(/^COMPARISON_RESULT_/, "");
  return { EQUAL: "same", DIFFERENT: "changed", ONLY_IN_A: "only-a", ONLY_IN_B: "only-b" }[bare] ?? "";
}

/** A compare-page selector from the URL: a version number, or an alias. */
export function selector(text: string | null): { version: bigint } | { alias: string } | undefined {
  if (text === null || text.trim() === "") return undefined;
  const trimmed = text.trim();
  if (/^[1-9][0-9]{0,17}$/.test(trimmed)) return { version: BigInt(trimmed) };
  return { alias: trimmed };
}

/**
 * At most about `buckets * 2` points of a series, keeping each bucket's lowest and highest value in
 * step order, so spikes survive: a 100,000-point history draws as fast as a short one.
 */
export function downsample(steps: number[], values: number[], buckets: number): [number[], number[]] {
  if (steps.length <= buckets * 2) return [steps, values];
  const outSteps: number[] = [];
  const outValues: number[] = [];
  const size = steps.length / buckets;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor(b * size);
    const to = Math.min(steps.length, Math.floor((b + 1) * size));
    let lo = from;
    let hi = from;
    for (let i = from; i < to; i++) {
      if (values[i]! < values[lo]!) lo = i;
      if (values[i]! > values[hi]!) hi = i;
    }
    for (const i of lo === hi ? [lo] : [Math.min(lo, hi), Math.max(lo, hi)]) {
      outSteps.push(steps[i]!);
      outValues.push(values[i]!);
    }
  }
  return [outSteps, outValues];
}

/** A run's duration: "42 s", "3 min 5 s", "2 h 4 min", or "running" without an end. */
export function formatDuration(start: bigint | undefined, end: bigint | undefined): string {
  if (start === undefined || start === 0n) return "—";
  if (end === undefined || end === 0n) return "running";
  const s = Number(end - start);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The fields of an evaluation record this UI groups by (an EvaluationRecord satisfies it). */
export interface EvaluationPoint {
  key: string;
  value: number;
  datasetDigest: string;
  slice: string;
  source: number;
  seconds: number;
}

/** The newest value of each key, slice, source and dataset, sorted by key then slice. */
export function latestEvaluations<T extends EvaluationPoint>(points: T[]): T[] {
  const newest = new Map<string, T>();
  for (const p of points) {
    const id = JSON.stringify([p.key, p.slice, p.source, p.datasetDigest]);
    const seen = newest.get(id);
    if (seen === undefined || p.seconds >= seen.seconds) newest.set(id, p);
  }
  return [...newest.values()].sort((a, b) => a.key.localeCompare(b.key) || a.slice.localeCompare(b.slice));
}

/**
 * One chart per key: its time axis (every time any slice has a value, ascending) and one series
 * per slice with null where that slice has no value at that time (a gap, not a zero).
 */
export function evaluationSeries(points: EvaluationPoint[]): Map<string, { times: number[]; slices: Map<string, (number | null)[]> }> {
  const charts = new Map<string, { times: number[]; slices: Map<string, (number | null)[]> }>();
  const byKey = new Map<string, EvaluationPoint[]>();
  for (const p of points) byKey.set(p.key, [...(byKey.get(p.key) ?? []), p]);
  for (const [key, list] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const times = [...new Set(list.map((p) => p.seconds))].sort((a, b) => a - b);
    const index = new Map(times.map((t, i) => [t, i]));
    const slices = new Map<string, (number | null)[]>();
    for (const p of list) {
      const name = p.slice || "all data";
      if (!slices.has(name)) slices.set(name, times.map(() => null));
      slices.get(name)![index.get(p.seconds)!] = p.value;
    }
    charts.set(key, { times, slices: new Map([...slices.entries()].sort(([a], [b]) => a.localeCompare(b))) });
  }
  return charts;
}

/**
 * The page for one of MLflow's UI links (the client prints "View run at: <server>/#/experiments/E/runs/R"),
 * or undefined: MLflow's UI routes in the URL's fragment, this one in its path.
 */
export function mlflowLink(hash: string): string | undefined {
  const decoded = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const parts = hash
    .replace(/^#\/?/, "")
    .split("?")[0]!
    .split("/")
    .filter(Boolean)
    .map((part) => encodeURIComponent(decoded(part)));
  if (parts[0] === "experiments" && parts.length >= 4 && parts[2] === "runs") return `/runs/${parts[3]}`;
  if (parts[0] === "experiments" && parts.length >= 2) return `/experiments/${parts[1]}`;
  if (parts[0] === "models" && parts.length >= 4 && parts[2] === "versions") return `/models/${parts[1]}/versions/${parts[3]}`;
  if (parts[0] === "models" && parts.length >= 2) return `/models/${parts[1]}`;
  return undefined;
}
