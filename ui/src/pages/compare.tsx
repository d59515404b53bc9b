// Two versions side by side (Evaluation.CompareModelVersions): what each is, their registration
// metrics, their runs' metrics and params, and their latest evaluations; differences highlighted.

import { useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import {
  ComparisonResult,
  EvaluationSource,
  type CompareModelVersionsResponse,
  type NumberComparison,
} from "@gen/evaluation_pb.js";
import { ModelVersionStatus, Stage, type ModelVersion, type RegisteredModel } from "@gen/model_pb.js";
import { evaluation, problemOf, registry, type Problem } from "../api.js";
import { Ago, Badge, Loading, ProblemBox } from "../components.js";
import { comparisonClass, formatBytes, formatDelta, formatMetric, selector, stageLabel, statusLabel } from "../format.js";
import { Link, modelPath, navigate, versionPath } from "../router.js";
import { NotFoundPage } from "./notfound.js";

export function ComparePage(props: { name: string; query: URLSearchParams }) {
  const { name } = props;
  const a = props.query.get("a") ?? "champion";
  const b = props.query.get("b") ?? "";
  const [model, setModel] = useState<RegisteredModel | undefined>(undefined);
  const [versions, setVersions] = useState<ModelVersion[]>([]);
  const [result, setResult] = useState<CompareModelVersionsResponse | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let current = true;
    Promise.all([
      registry.getRegisteredModel({ name }),
      registry.listModelVersions({ modelName: name, pageSize: 200, orderBy: "version desc" }),
    ])
      .then(([m, v]) => {
        if (!current) return;
        setModel(m.registeredModel);
        setVersions(v.modelVersions);
      })
      .catch((err) => {
        if (!current) return;
        const p = problemOf(err);
        if (p.code === Code.NotFound) setMissing(true);
        else setProblem(p);
      });
    return () => {
      current = false;
    };
  }, [name]);

  useEffect(() => {
    let current = true;
    const sa = selector(a);
    const sb = selector(b);
    setResult(undefined);
    if (sa === undefined || sb === undefined) return;
    evaluation
      .compareModelVersions({ modelName: name, a: sa, b: sb })
      .then((answer) => {
        if (!current) return;
        setResult(answer);
        setProblem(undefined);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [name, a, b]);

  if (missing) return <NotFoundPage what={`model “${name}”`} />;
  if (model === undefined) return <main>{problem ? <ProblemBox problem={problem} /> : <Loading />}</main>;

  const choose = (which: "a" | "b", value: string) => {
    const next = new URLSearchParams(props.query);
    next.set(which, value);
    navigate(`${modelPath(name)}/compare?${next.toString()}`);
  };
  const options = [
    ...model.aliases.map((al) => ({ value: al.alias, label: `${al.alias} (v${al.version})` })),
    ...versions.map((v) => ({ value: String(v.version), label: `v${v.version}` })),
  ];

  return (
    <main>
      <nav class="crumbs" aria-label="Breadcrumbs">
        <Link href="/models">Models</Link> / <Link href={modelPath(name)}>{name}</Link> / <span>compare</span>
      </nav>
      <h1>Compare versions of {name}</h1>
      <form class="search compare-pick" onSubmit={(e) => e.preventDefault()}>
        <label>
          Baseline (a)
          <select value={a} onChange={(e) => choose("a", (e.target as HTMLSelectElement).value)}>
            {!options.some((o) => o.value === a) && <option value={a}>{a}</option>}
            {options.map((o) => (
              <option key={`a-${o.value}`} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Candidate (b)
          <select value={b} onChange={(e) => choose("b", (e.target as HTMLSelectElement).value)}>
            {b === "" && <option value="">choose a version</option>}
            {!options.some((o) => o.value === b) && b !== "" && <option value={b}>{b}</option>}
            {options.map((o) => (
              <option key={`b-${o.value}`} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {problem && <ProblemBox problem={problem} what="These versions cannot be compared" />}
      {b === "" && <p class="muted">Choose the candidate version to compare with {a}.</p>}
      {result && result.a && result.b && <Comparison name={name} result={result} a={result.a} b={result.b} />}
    </main>
  );
}

function Comparison(props: { name: string; result: CompareModelVersionsResponse; a: ModelVersion; b: ModelVersion }) {
  const { result, a, b, name } = props;
  const size = (v: ModelVersion) => v.files.reduce((sum, f) => sum + (f.digest?.sizeBytes ?? 0n), 0n);
  const rows: [string, string, string][] = [
    ["Status", statusLabel(ModelVersionStatus[a.status] ?? ""), statusLabel(ModelVersionStatus[b.status] ?? "")],
    ["Stage", stageLabel(Stage[a.stage] ?? "") || "—", stageLabel(Stage[b.stage] ?? "") || "—"],
    ["Aliases", a.aliases.join(", ") || "—", b.aliases.join(", ") || "—"],
    ["Created by", a.creator || "—", b.creator || "—"],
    ["Files", `${a.files.length} (${formatBytes(size(a))})`, `${b.files.length} (${formatBytes(size(b))})`],
    ["Source", a.source || "—", b.source || "—"],
    ["Run", a.runId || "—", b.runId || "—"],
  ];
  return (
    <>
      <table class="list compare">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">
              <Link href={versionPath(name, a.version)}>v{String(a.version)}</Link>{" "}
              {a.aliases.map((x) => (
                <Badge key={x} kind="alias">
                  {x}
                </Badge>
              ))}
            </th>
            <th scope="col">
              <Link href={versionPath(name, b.version)}>v{String(b.version)}</Link>{" "}
              {b.aliases.map((x) => (
                <Badge key={x} kind="alias">
                  {x}
                </Badge>
              ))}
            </th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, va, vb]) => (
            <tr key={label} class={va === vb ? "same" : "changed"}>
              <th scope="row">{label}</th>
              <td class="clip" title={va}>
                {va}
              </td>
              <td class="clip" title={vb}>
                {vb}
              </td>
              <td />
            </tr>
          ))}
          <tr class="same">
            <th scope="row">Created</th>
            <td>
              <Ago seconds={a.createTime?.seconds} />
            </td>
            <td>
              <Ago seconds={b.createTime?.seconds} />
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <Numbers title="Metrics given at registration" rows={result.versionMetrics} />
      <Numbers title="The runs' metrics (latest value)" rows={result.runMetrics} />
      <Numbers title="Latest evaluations" rows={result.evaluations} evaluations />
      <h2>The runs' params</h2>
      {result.params.length === 0 ? (
        <p class="muted">Neither version has a run with params.</p>
      ) : (
        <table class="list compare">
          <thead>
            <tr>
              <th scope="col">Param</th>
              <th scope="col">v{String(a.version)}</th>
              <th scope="col">v{String(b.version)}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {result.params.map((p) => (
              <tr key={p.key} class={comparisonClass(ComparisonResult[p.result] ?? "")}>
                <th scope="row">{p.key}</th>
                <td>{p.a ?? "—"}</td>
                <td>{p.b ?? "—"}</td>
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Numbers(props: { title: string; rows: NumberComparison[]; evaluations?: boolean }) {
  return (
    <>
      <h2>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        <table class="list compare">
          <thead>
            <tr>
              <th scope="col">{props.evaluations ? "Evaluation" : "Metric"}</th>
              <th scope="col" class="num">
                a
              </th>
              <th scope="col" class="num">
                b
              </th>
              <th scope="col" class="num">
                b − a
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((n, i) => (
              <tr key={i} class={comparisonClass(ComparisonResult[n.result] ?? "")}>
                <th scope="row">
                  {n.key}
                  {props.evaluations && (
                    <div class="muted">
                      {[n.slice || "all data", EvaluationSource[n.source]?.replace(/^EVALUATION_SOURCE_/, "").toLowerCase()]
                        .filter(Boolean)
                        .join(" · ")}
                    </div>
                  )}
                </th>
                <td class="num">{n.a === undefined ? "—" : formatMetric(n.a)}</td>
                <td class="num">{n.b === undefined ? "—" : formatMetric(n.b)}</td>
                <td class="num delta">{formatDelta(n.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
