// One run: what it recorded (params, tags, datasets, code) and a chart of each metric's history,
// read page by page and downsampled, so a 100,000-point history stays responsive.

import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

import { Code } from "@connectrpc/connect";
import type { ManifestEntry } from "@gen/artifacts_pb.js";
import { DatasetRole, type Run } from "@gen/tracking_pb.js";
import { problemOf, tracking, type Problem } from "../api.js";
import { Ago, Loading, ProblemBox, TagList } from "../components.js";
import { downsample, formatDuration, formatMetric, shortDigest } from "../format.js";
import { Link } from "../router.js";
import { RunStatusBadge } from "./experiments.js";
import { NotFoundPage } from "./notfound.js";
import { Files } from "./version.js";

const MAX_POINTS = 200_000; // read at most this many points of one metric
const BUCKETS = 1000;

export function RunPage(props: { id: string }) {
  const { id } = props;
  const [run, setRun] = useState<Run | undefined>(undefined);
  const [files, setFiles] = useState<ManifestEntry[] | undefined>(undefined);
  const [experiment, setExperiment] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  useEffect(() => {
    tracking
      .getRun({ runId: id, showDeleted: true })
      .then(async ({ run: r }) => {
        setRun(r);
        // Files of a deleted run stay, but the server lists them once it is restored.
        if (!r?.deleteTime) {
          tracking
            .listArtifacts({ parent: `runs/${id}` })
            .then(({ files: f }) => setFiles(f))
            .catch((err) => setProblem(problemOf(err)));
        }
        const { experiment: e } = await tracking.getExperiment({ id: r?.experimentId ?? "", showDeleted: true });
        setExperiment(e?.name ?? "");
      })
      .catch((err) => setProblem(problemOf(err)));
  }, [id]);
  if (problem?.code === Code.NotFound) return <NotFoundPage what={`run ${id}`} />;
  if (run === undefined) return <main>{problem ? <ProblemBox problem={problem} /> : <Loading />}</main>;
  const params = Object.keys(run.params).sort();
  const metrics = [...run.latestMetrics].sort((a, b) => a.key.localeCompare(b.key));
  return (
    <main>
      <nav class="crumbs" aria-label="Breadcrumbs">
        <Link href="/experiments">Experiments</Link> /{" "}
        <Link href={`/experiments/${encodeURIComponent(run.experimentId)}`}>{experiment || "experiment"}</Link> / <span>{run.name || run.id}</span>
      </nav>
      <h1>{run.name || run.id}</h1>
      <p class="meta">
        <RunStatusBadge status={run.status} />
        {run.deleteTime && <span class="badge status-FAILED">deleted</span>} by <strong>{run.principal || "—"}</strong>, started{" "}
        <Ago seconds={run.startTime?.seconds} />, {formatDuration(run.startTime?.seconds, run.endTime?.seconds)}
      </p>
      <div class="columns">
        <section class="main-column">
          <h2>Metrics</h2>
          {metrics.length === 0 ? (
            <p class="muted">This run logged no metric.</p>
          ) : (
            <div class="charts">
              {metrics.map((m) => (
                <MetricChart key={m.key} runId={run.id} metric={m.key} latest={m.value} />
              ))}
            </div>
          )}
          <h2>Files</h2>
          {files === undefined ? (
            run.deleteTime ? <p class="muted">Restore the run to list its files.</p> : <Loading />
          ) : (
            <Files files={files} empty="This run logged no file." />
          )}
        </section>
        <aside class="side-column">
          <h2>Params</h2>
          {params.length === 0 ? (
            <p class="muted">none</p>
          ) : (
            <table class="kv">
              <tbody>
                {params.map((p) => (
                  <tr key={p}>
                    <th scope="row">{p}</th>
                    <td class="clip" title={run.params[p]}>
                      {run.params[p]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Tags</h2>
          <TagList tags={run.tags} />
          <h2>Datasets</h2>
          {run.datasetInputs.length === 0 ? (
            <p class="muted">none recorded</p>
          ) : (
            <ul class="plain">
              {run.datasetInputs.map((d, i) => (
                <li key={i}>
                  <strong>{d.dataset?.name || shortDigest(d.dataset?.digest ?? "")}</strong>{" "}
                  <span class="muted">
                    {DatasetRole[d.role]?.replace(/^DATASET_ROLE_/, "").toLowerCase()} · {shortDigest(d.dataset?.digest ?? "")}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h2>Code</h2>
          {run.codeVersion ? (
            <p class="mono clip" title={`${run.codeVersion.repositoryUrl} ${run.codeVersion.commit}`}>
              {run.codeVersion.repositoryUrl} @ {run.codeVersion.commit.slice(0, 12)}
              {run.codeVersion.dirty && " (dirty)"}
            </p>
          ) : (
            <p class="muted">none recorded</p>
          )}
        </aside>
      </div>
    </main>
  );
}

function MetricChart(props: { runId: string; metric: string; latest: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ points: number; shown: number } | Problem | undefined>(undefined);
  useEffect(() => {
    let current = true;
    let plot: uPlot | undefined;
    (async () => {
      const steps: number[] = [];
      const values: number[] = [];
      let pageToken = "";
      do {
        const page = await tracking.getMetricHistory({ runId: props.runId, metricKey: props.metric, pageSize: 10_000, pageToken });
        for (const m of page.metrics) {
          steps.push(Number(m.step));
          values.push(m.value);
        }
        pageToken = page.nextPageToken;
      } while (pageToken && steps.length < MAX_POINTS && current);
      if (!current || box.current === null) return;
      const [xs, ys] = downsample(steps, values, BUCKETS);
      plot = new uPlot(
        {
          width: Math.max(280, box.current.clientWidth),
          height: 180,
          legend: { show: false },
          cursor: { drag: { x: true, y: false } },
          scales: { x: { time: false } },
          axes: [{ label: "step" }, {}],
          series: [{}, { label: props.metric, stroke: "#0b5fff", width: 1.5, points: { show: xs.length < 60 } }],
        },
        [xs, ys],
        box.current,
      );
      setState({ points: steps.length, shown: xs.length });
    })().catch((err) => current && setState(problemOf(err)));
    return () => {
      current = false;
      plot?.destroy();
    };
  }, [props.runId, props.metric]);
  return (
    <figure class="chart" aria-label={`History of ${props.metric}`}>
      <figcaption>
        <strong>{props.metric}</strong> <span class="muted">latest {formatMetric(props.latest)}</span>
        {state !== undefined && "points" in state && (
          <span class="muted">
            {" "}
            · {state.points.toLocaleString("en")} point{state.points === 1 ? "" : "s"}{state.shown < state.points ? `, drawn as ${state.shown}` : ""}
          </span>
        )}
      </figcaption>
      {state !== undefined && "code" in state && <ProblemBox problem={state} what="Could not read the history" />}
      <div ref={box} class="chart-box" />
    </figure>
  );
}
