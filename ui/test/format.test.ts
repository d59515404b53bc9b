import assert from "node:assert/strict";
import { test } from "node:test";

import {
  containsPattern,
  formatAgo,
  formatBytes,
  formatMetric,
  formatTime,
  metricNames,
  modelFilter,
  parseTag,
  quote,
  stageLabel,
  statusLabel,
  tagUpdate,
} from "../src/format.js";

test("bytes read as a person reads them", () => {
  assert.equal(formatBytes(0), "0 B");
  assert.equal(formatBytes(1023), "1023 B");
  assert.equal(formatBytes(1024), "1.0 KiB");
  assert.equal(formatBytes(3n * 1024n * 1024n + 200_000n), "3.2 MiB");
  assert.equal(formatBytes(50 * 1024 * 1024 * 1024), "50 GiB");
});

test("times relative to now, and in full for a tooltip", () => {
  const now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const at = (secondsAgo: number) => now / 1000 - secondsAgo;
  assert.equal(formatAgo(at(10), now), "just now");
  assert.equal(formatAgo(at(5 * 60), now), "5 min ago");
  assert.equal(formatAgo(at(3 * 3600), now), "3 h ago");
  assert.equal(formatAgo(at(3 * 86400), now), "3 days ago");
  assert.equal(formatAgo(at(90 * 86400), now), "2026-09-08");
  assert.equal(formatAgo(0n, now), "—");
  assert.equal(formatTime(BigInt(now / 1000)), "2026-12-07 12:00:00 UTC");
});

test("metrics keep integers and round the rest to 4 significant digits", () => {
  assert.equal(formatMetric(3), "3");
  assert.equal(formatMetric(0.912345), "0.9123");
  assert.equal(formatMetric(1234567.89), "1235000");
  assert.equal(formatMetric(Number.NaN), "NaN");
});

test("the search box becomes an ILIKE that matches its text literally", () => {
  assert.equal(quote('a "b" \\c'), '"a \\"b\\" \\\\c"');
  assert.equal(containsPattern("50%_off"), "%50\\%\\_off%");
  assert.equal(modelFilter("", ""), "");
  assert.equal(modelFilter(" fraud ", ""), 'name ILIKE "%fraud%"');
  assert.equal(modelFilter("", "tags.team = 'risk'"), "tags.team = 'risk'");
  assert.equal(
    modelFilter("fr", "tags.team = 'risk' OR owner = 'ana'"),
    "name ILIKE \"%fr%\" AND (tags.team = 'risk' OR owner = 'ana')",
  );
});

test("stages and statuses read as words", () => {
  assert.equal(stageLabel("STAGE_PRODUCTION"), "Production");
  assert.equal(stageLabel("STAGE_NONE"), "");
  assert.equal(stageLabel("STAGE_UNSPECIFIED"), "");
  assert.equal(statusLabel("MODEL_VERSION_STATUS_PENDING_UPLOAD"), "pending upload");
});

test("tag edits become the tags to set and every changed path, removals included", () => {
  assert.deepEqual(tagUpdate({ a: "1", b: "2" }, { a: "1", b: "3", c: "4" }), {
    tags: { b: "3", c: "4" },
    paths: ["tags.b", "tags.c"],
  });
  assert.deepEqual(tagUpdate({ a: "1", gone: "x" }, { a: "1" }), { tags: {}, paths: ["tags.gone"] });
  assert.deepEqual(parseTag("team = risk"), ["team", "risk"]);
  assert.deepEqual(parseTag("url=a=b"), ["url", "a=b"]);
  assert.equal(parseTag("=x"), undefined);
  assert.equal(parseTag("nokey"), undefined);
});

test("the metric column picker offers every metric once, sorted", () => {
  assert.deepEqual(metricNames([{ metrics: { f1: 1, auc: 2 } }, { metrics: { auc: 3, loss: 4 } }]), [
    "auc",
    "f1",
    "loss",
  ]);
});

test("comparisons: deltas with their sign, rows by result, selectors from the URL", async () => {
  const { formatDelta, comparisonClass, selector } = await import("../src/format.js");
  assert.equal(formatDelta(0.0123456), "+0.01235");
  assert.equal(formatDelta(-2), "−2");
  assert.equal(formatDelta(0), "±0");
  assert.equal(formatDelta(undefined), "");
  assert.equal(comparisonClass("COMPARISON_RESULT_DIFFERENT"), "changed");
  assert.equal(comparisonClass("COMPARISON_RESULT_ONLY_IN_B"), "only-b");
  assert.equal(comparisonClass("COMPARISON_RESULT_EQUAL"), "same");
  assert.deepEqual(selector("7"), { version: 7n });
  assert.deepEqual(selector("champion"), { alias: "champion" });
  assert.equal(selector(""), undefined);
  assert.equal(selector(null), undefined);
  assert.deepEqual(selector("007"), { alias: "007" });
});

test("a long metric history is downsampled keeping each bucket's extremes in order", async () => {
  const { downsample } = await import("../src/format.js");
  const steps = Array.from({ length: 100_000 }, (_, i) => i);
  const values = steps.map((i) => Math.sin(i / 1000) + (i === 54_321 ? 50 : 0));
  const [s, v] = downsample(steps, values, 1000);
  assert.ok(s.length <= 2000 && s.length >= 1000);
  assert.ok(v.includes(values[54_321]!), "the spike survives");
  assert.ok(s.every((x, i) => i === 0 || x > s[i - 1]!), "steps stay in order");
  assert.deepEqual(downsample([1, 2, 3], [4, 5, 6], 1000), [[1, 2, 3], [4, 5, 6]]);
});

test("durations read as a person reads them", async () => {
  const { formatDuration } = await import("../src/format.js");
  assert.equal(formatDuration(100n, 142n), "42 s");
  assert.equal(formatDuration(0n, 5n), "—");
  assert.equal(formatDuration(100n, 0n), "running");
  assert.equal(formatDuration(0n + 1n, 1n + 185n), "3 min 5 s");
  assert.equal(formatDuration(1n, 1n + 7440n), "2 h 4 min");
});

test("evaluations: the newest per key, slice, source and dataset; series per slice with gaps", async () => {
  const { latestEvaluations, evaluationSeries } = await import("../src/format.js");
  const p = (key: string, slice: string, seconds: number, value: number, source = 1) => ({
    key, slice, seconds, value, source, datasetDigest: "d",
  });
  const points = [p("auc", "", 10, 0.9), p("auc", "", 20, 0.91), p("auc", "eu", 10, 0.8), p("auc", "", 30, 0.5, 2), p("f1", "", 5, 0.7)];
  assert.deepEqual(
    latestEvaluations(points).map((x) => [x.key, x.slice, x.source, x.value]),
    [["auc", "", 1, 0.91], ["auc", "", 2, 0.5], ["auc", "eu", 1, 0.8], ["f1", "", 1, 0.7]],
  );
  const charts = evaluationSeries(points.filter((x) => x.source === 1));
  assert.deepEqual([...charts.keys()], ["auc", "f1"]);
  assert.deepEqual(charts.get("auc")!.times, [10, 20]);
  assert.deepEqual(charts.get("auc")!.slices.get("all data"), [0.9, 0.91]);
  assert.deepEqual(charts.get("auc")!.slices.get("eu"), [0.8, null]);
});

test("MLflow's UI links open the same things here", async () => {
  const { mlflowLink } = await import("../src/format.js");
  assert.equal(mlflowLink("#/experiments/exp_1/runs/run_2"), "/runs/run_2");
  assert.equal(mlflowLink("#/experiments/exp_1"), "/experiments/exp_1");
  assert.equal(mlflowLink("#/models/fraud/versions/3"), "/models/fraud/versions/3");
  assert.equal(mlflowLink("#/models/fraud"), "/models/fraud");
  assert.equal(mlflowLink("#/models/a%20b"), "/models/a%20b");
  assert.equal(mlflowLink(""), undefined);
  assert.equal(mlflowLink("#section"), undefined);
});
