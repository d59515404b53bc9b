// A version's evaluations (Evaluation.ListEvaluations): the newest value of each key and slice as a
// table, and each key's history over time as a chart, offline and monitoring apart or together.

import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

import { EvaluationSource, type EvaluationRecord } from "@gen/evaluation_pb.js";
import { evaluation, problemOf, type Problem } from "./api.js";
import { Loading, ProblemBox, Segmented } from "./components.js";
import { evaluationSeries, formatMetric, formatTime, latestEvaluations, shortDigest, type EvaluationPoint } from "./format.js";

const COLORS = ["#0b5fff", "#1a7f37", "#b35900", "#6639ba", "#b42318", "#0e7490"];
type Point = EvaluationPoint & { record: EvaluationRecord };

function sourceName(source: number): string {
  return EvaluationSource[source]?.replace(/^EVALUATION_SOURCE_/, "").toLowerCase() ?? "";
}

export function Evaluations(props: { name: string; version: bigint; changes: number }) {
  const [points, setPoints] = useState<Point[] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [source, setSource] = useState<EvaluationSource>(EvaluationSource.UNSPECIFIED);
  useEffect(() => {
    let current = true;
    (async () => {
      const all: Point[] = [];
      let pageToken = "";
      do {
        const page = await evaluation.listEvaluations({ modelName: props.name, version: props.version, pageSize: 1000, pageToken });
        for (const r of page.evaluations) {
          all.push({
            key: r.key,
            value: r.value,
            datasetDigest: r.datasetDigest,
            slice: r.slice,
            source: r.source === EvaluationSource.UNSPECIFIED ? EvaluationSource.OFFLINE : r.source,
            seconds: Number(r.time?.seconds ?? 0n),
            record: r,
          });
        }
        pageToken = page.nextPageToken;
      } while (pageToken && all.length < 20_000 && current);
      if (current) setPoints(all);
    })().catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [props.name, props.version, props.changes]);

  if (problem) return <ProblemBox problem={problem} what="Could not read the evaluations" />;
  if (points === undefined) return <Loading />;
  if (points.length === 0) {
    return (
      <p class="muted">
        No evaluation yet. An evaluation job or a monitor records them:{" "}
        <code>registry.log_evaluation("{props.name}", {String(props.version)}, "auc", 0.93, slice="eu")</code>
      </p>
    );
  }
  const shown = source === EvaluationSource.UNSPECIFIED ? points : points.filter((p) => p.source === source);
  const charts = evaluationSeries(shown);
  const choices: [EvaluationSource, string][] = [
    [EvaluationSource.UNSPECIFIED, "All"],
    [EvaluationSource.OFFLINE, "Offline"],
    [EvaluationSource.MONITORING, "Monitoring"],
  ];
  return (
    <div class="evaluations">
      <Segmented label="Evaluation source" choices={choices} value={source} onChange={setSource} />
      <table class="list compact">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Slice</th>
            <th scope="col">Source</th>
            <th scope="col">Dataset</th>
            <th scope="col" class="num">
              Latest
            </th>
            <th scope="col">At</th>
          </tr>
        </thead>
        <tbody>
          {latestEvaluations(shown).map((p) => (
            <tr key={p.record.id}>
              <th scope="row">{p.key}</th>
              <td>{p.slice || <span class="muted">all data</span>}</td>
              <td>{sourceName(p.source)}</td>
              <td class="mono" title={p.datasetDigest}>
                {shortDigest(p.datasetDigest) || "—"}
              </td>
              <td class="num">{formatMetric(p.value)}</td>
              <td>{formatTime(p.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="charts">
        {[...charts.entries()].map(([key, series]) => (
          <TimeChart key={`${key}-${source}`} title={key} times={series.times} slices={series.slices} />
        ))}
      </div>
    </div>
  );
}

function TimeChart(props: { title: string; times: number[]; slices: Map<string, (number | null)[]> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (box.current === null) return;
    const names = [...props.slices.keys()];
    const plot = new uPlot(
      {
        width: Math.max(280, box.current.clientWidth),
        height: 170,
        legend: { show: names.length > 1, live: false },
        scales: { x: { time: true } },
        series: [
          {},
          ...names.map((n, i) => ({
            label: n,
            stroke: COLORS[i % COLORS.length],
            width: 1.5,
            spanGaps: true,
            points: { show: props.times.length < 60 },
          })),
        ],
      },
      [props.times, ...names.map((n) => props.slices.get(n)!)] as uPlot.AlignedData,
      box.current,
    );
    return () => plot.destroy();
  }, [props.times, props.slices]);
  return (
    <figure class="chart" aria-label={`Evaluations of ${props.title} over time`}>
      <figcaption>
        <strong>{props.title}</strong>{" "}
        <span class="muted">
          {props.times.length} time{props.times.length === 1 ? "" : "s"}, {props.slices.size} slice{props.slices.size === 1 ? "" : "s"}
        </span>
      </figcaption>
      <div ref={box} class="chart-box" />
    </figure>
  );
}
