// Experiments and their runs (regserver.v1.Tracking): the list, an experiment's runs filtered on
// params and metrics with the metric columns the reader picks, and a run with its metric charts.

import { useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import { RunStatus, type Experiment, type Run } from "@gen/tracking_pb.js";
import { problemOf, tracking, type Problem } from "../api.js";
import { Ago, Badge, Loading, Markdown, MetricPicker, Pager, ProblemBox, TagList } from "../components.js";
import { formatDuration, formatMetric, metricNames } from "../format.js";
import { Link, navigate } from "../router.js";
import { NotFoundPage } from "./notfound.js";

export function ExperimentsPage() {
  const [tokens, setTokens] = useState<string[]>([""]);
  const [experiments, setExperiments] = useState<Experiment[] | undefined>(undefined);
  const [next, setNext] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const pageToken = tokens[tokens.length - 1] ?? "";
  useEffect(() => {
    let current = true;
    tracking
      .listExperiments({ pageSize: 50, pageToken })
      .then((answer) => {
        if (!current) return;
        setExperiments(answer.experiments);
        setNext(answer.nextPageToken);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [pageToken]);
  return (
    <main>
      <h1>Experiments</h1>
      {problem && <ProblemBox problem={problem} what="Could not list experiments" />}
      {experiments === undefined && !problem && <Loading />}
      {experiments !== undefined && experiments.length === 0 && (
        <div class="empty">
          <h2>No experiments yet</h2>
          <p>A training job records its runs like this, and they appear here:</p>
          <pre>
            <code>{`with registry.start_run("fraud-training") as run:
    run.log_params({"learning_rate": 0.01})
    run.log_metric("loss", 0.42, step=1)`}</code>
          </pre>
        </div>
      )}
      {experiments !== undefined && experiments.length > 0 && (
        <div class="scroll">
          <table class="list">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Tags</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {experiments.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link href={`/experiments/${encodeURIComponent(e.id)}`} class="strong">
                      {e.name}
                    </Link>
                    {e.description && <div class="muted clip">{e.description.split("\n")[0]}</div>}
                  </td>
                  <td>
                    <TagList tags={e.tags} />
                  </td>
                  <td>
                    <Ago seconds={e.createTime?.seconds} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager tokens={tokens} next={next} setTokens={setTokens} />
    </main>
  );
}

export function ExperimentPage(props: { id: string; query: URLSearchParams }) {
  const { id } = props;
  const filter = props.query.get("filter") ?? "";
  const [draft, setDraft] = useState(filter);
  const [experiment, setExperiment] = useState<Experiment | undefined>(undefined);
  const [runs, setRuns] = useState<Run[] | undefined>(undefined);
  const [tokens, setTokens] = useState<string[]>([""]);
  const [next, setNext] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const [columns, setColumns] = useState<string[] | undefined>(undefined);
  const pageToken = tokens[tokens.length - 1] ?? "";

  useEffect(() => {
    tracking
      .getExperiment({ id })
      .then(({ experiment: e }) => setExperiment(e))
      .catch((err) => (problemOf(err).code === Code.NotFound ? setMissing(true) : setProblem(problemOf(err))));
  }, [id]);
  useEffect(() => {
    setTokens([""]);
    setDraft(filter);
  }, [filter]);
  useEffect(() => {
    let current = true;
    tracking
      .listRuns({ experimentIds: [id], filter, pageSize: 100, pageToken })
      .then((answer) => {
        if (!current) return;
        setRuns(answer.runs);
        setNext(answer.nextPageToken);
        setProblem(undefined);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [id, filter, pageToken]);

  if (missing) return <NotFoundPage what={`experiment ${id}`} />;
  const latest = (r: Run) => Object.fromEntries(r.latestMetrics.map((m) => [m.key, m.value]));
  const metrics = metricNames((runs ?? []).map((r) => ({ metrics: latest(r) })));
  const shown = columns ?? metrics.slice(0, 4);
  const params = [...new Set((runs ?? []).flatMap((r) => Object.keys(r.params)))].sort().slice(0, 4);
  const submit = (e: Event) => {
    e.preventDefault();
    navigate(draft.trim() ? `/experiments/${encodeURIComponent(id)}?filter=${encodeURIComponent(draft.trim())}` : `/experiments/${encodeURIComponent(id)}`);
  };
  return (
    <main>
      <nav class="crumbs" aria-label="Breadcrumbs">
        <Link href="/experiments">Experiments</Link> / <span>{experiment?.name ?? id}</span>
      </nav>
      <h1>{experiment?.name ?? id}</h1>
      {experiment?.description && <Markdown text={experiment.description} />}
      <form class="search" onSubmit={submit} role="search">
        <label class="grow">
          Filter runs
          <input
            name="filter"
            value={draft}
            placeholder={"metrics.auc > 0.9 AND params.learning_rate = '0.01'"}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Apply</button>
      </form>
      {problem && <ProblemBox problem={problem} what={problem.code === Code.InvalidArgument ? "This filter does not work" : "Could not list runs"} />}
      {runs === undefined && !problem && <Loading />}
      {runs !== undefined && runs.length === 0 && <p class="muted">No run {filter ? "matches this filter" : "yet"}.</p>}
      {runs !== undefined && runs.length > 0 && (
        <>
          <MetricPicker metrics={metrics} shown={shown} setShown={setColumns} />
          <div class="scroll">
            <table class="list runs">
              <thead>
                <tr>
                  <th scope="col">Run</th>
                  <th scope="col">Status</th>
                  <th scope="col">By</th>
                  <th scope="col">Started</th>
                  <th scope="col">Duration</th>
                  {params.map((p) => (
                    <th scope="col" key={`p-${p}`}>
                      {p}
                    </th>
                  ))}
                  {shown.map((m) => (
                    <th scope="col" class="num" key={`m-${m}`}>
                      {m}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => {
                  const values = latest(r);
                  return (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/runs/${encodeURIComponent(r.id)}`} class="strong">
                          {r.name || r.id}
                        </Link>
                      </td>
                      <td>
                        <RunStatusBadge status={r.status} />
                      </td>
                      <td>{r.principal}</td>
                      <td>
                        <Ago seconds={r.startTime?.seconds} />
                      </td>
                      <td>{formatDuration(r.startTime?.seconds, r.endTime?.seconds)}</td>
                      {params.map((p) => (
                        <td key={`p-${p}`} class="clip">
                          {r.params[p] ?? ""}
                        </td>
                      ))}
                      {shown.map((m) => (
                        <td class="num" key={`m-${m}`}>
                          {values[m] === undefined ? "" : formatMetric(values[m]!)}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager tokens={tokens} next={next} setTokens={setTokens} />
        </>
      )}
    </main>
  );
}

export function RunStatusBadge(props: { status: RunStatus }) {
  const name = RunStatus[props.status]?.replace(/^RUN_STATUS_/, "") ?? "";
  return <Badge kind={name === "FINISHED" ? "status-READY" : name === "FAILED" ? "status-FAILED" : ""}>{name.toLowerCase()}</Badge>;
}
