// One version: what it is, its files (downloaded through ReadBlob and verified against their
// sha256 before the browser saves them), its signature, metrics and tags; live as it changes.

import { useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import type { ManifestEntry } from "@gen/artifacts_pb.js";
import { DataType, ModelVersionStatus, Stage, type ModelVersion, type Schema } from "@gen/model_pb.js";
import type { Run } from "@gen/tracking_pb.js";
import { artifacts, problemOf, registry, tracking, type Problem } from "../api.js";
import { Ago, Badge, LiveDot, Loading, Markdown, ProblemBox, TagList } from "../components.js";
import { formatBytes, formatMetric, hex, shortDigest, stageLabel, statusLabel } from "../format.js";
import { Role } from "@gen/access_pb.js";
import { Evaluations } from "../evaluations.js";
import { useLive } from "../live.js";
import { LineageGraph } from "../lineage.js";
import { RequestPromotion } from "../promotions.js";
import { comparePath, Link, modelPath } from "../router.js";
import { may, useSession } from "../session.js";
import { NotFoundPage } from "./notfound.js";

// Larger files are for the SDK or regctl: the browser holds a file whole to verify it.
const BROWSER_LIMIT = 2n * 1024n * 1024n * 1024n;

export function VersionPage(props: { name: string; version: bigint }) {
  const { name, version } = props;
  const session = useSession();
  const [loaded, setLoaded] = useState<ModelVersion | undefined>(undefined);
  const [champion, setChampion] = useState<bigint | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const { live, changes } = useLive(
    { modelNames: [name] },
    `${name}/${version}`,
    100,
    (event) => event.version === 0n || event.version === version || event.previousVersion === version,
  );

  useEffect(() => {
    let current = true;
    registry
      .getModelVersion({ modelName: name, version })
      .then(async ({ modelVersion }) => {
        const { registeredModel } = await registry.getRegisteredModel({ name });
        if (!current) return;
        setLoaded(modelVersion);
        setChampion(registeredModel?.aliases.find((a) => a.alias === "champion")?.version);
        setProblem(undefined);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [name, version, changes]);

  if (problem?.code === Code.NotFound && loaded === undefined) {
    return <NotFoundPage what={`version ${version} of model “${name}”`} />;
  }
  if (loaded === undefined) return <main>{problem ? <ProblemBox problem={problem} /> : <Loading />}</main>;
  const v = loaded;
  const metrics = Object.keys(v.metrics).sort();
  return (
    <main>
      <nav class="crumbs" aria-label="Breadcrumbs">
        <Link href="/models">Models</Link> / <Link href={modelPath(name)}>{name}</Link> / <span>v{String(version)}</span>
      </nav>
      <div class="page-head">
        <h1>
          {name} <span class="muted">version {String(version)}</span>
        </h1>
        <LiveDot live={live} />
        {champion !== undefined && champion !== version ? (
          <Link href={comparePath(name, "champion", String(version))} class="action">
            Compare with the champion (v{String(champion)})
          </Link>
        ) : (
          <Link href={comparePath(name, String(version))} class="action">
            Compare with…
          </Link>
        )}
      </div>
      <p class="meta">
        <Badge kind={`status-${ModelVersionStatus[v.status]}`}>{statusLabel(ModelVersionStatus[v.status] ?? "")}</Badge>{" "}
        {stageLabel(Stage[v.stage] ?? "") && <Badge kind="stage">{stageLabel(Stage[v.stage] ?? "")}</Badge>}{" "}
        {v.aliases.map((a) => (
          <Badge key={a} kind="alias">
            {a}
          </Badge>
        ))}{" "}
        created by <strong>{v.creator || "—"}</strong> <Ago seconds={v.createTime?.seconds} />
      </p>
      {problem && <ProblemBox problem={problem} what="Could not refresh" />}
      <div class="columns">
        <section class="main-column">
          <h2>Description</h2>
          <Markdown text={v.description} />
          <h2>Files</h2>
          <Files files={v.files} empty="This version has no files." />
          <h2>Evaluations</h2>
          <Evaluations name={name} version={version} changes={changes} />
          <h2>Lineage</h2>
          <LineageGraph name={name} version={version} />
          <h2>Signature</h2>
          {v.signature ? (
            <div class="signature">
              <SchemaTable title="Inputs" schema={v.signature.inputs} />
              <SchemaTable title="Outputs" schema={v.signature.outputs} />
            </div>
          ) : (
            <p class="muted">No signature was recorded.</p>
          )}
          {may(session.identity, Role.EDITOR, name) && (
            <>
              <h2>Request a promotion</h2>
              <RequestPromotion name={name} version={version} />
            </>
          )}
        </section>
        <aside class="side-column">
          <h2>Metrics</h2>
          {metrics.length === 0 ? (
            <p class="muted">none</p>
          ) : (
            <table class="kv">
              <tbody>
                {metrics.map((m) => (
                  <tr key={m}>
                    <th scope="row">{m}</th>
                    <td class="num">{formatMetric(v.metrics[m]!)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>Tags</h2>
          <TagList tags={v.tags} />
          {v.runId && <RunSummary runId={v.runId} />}
          <h2>Where it came from</h2>
          <table class="kv">
            <tbody>
              <tr>
                <th scope="row">Source</th>
                <td class="clip" title={v.source}>
                  {v.source || "—"}
                </td>
              </tr>
              <tr>
                <th scope="row">Run</th>
                <td>{v.runId ? <Link href={`/runs/${encodeURIComponent(v.runId)}`}>{v.runId}</Link> : "—"}</td>
              </tr>
              <tr>
                <th scope="row">Parents</th>
                <td>
                  {v.parents.length === 0
                    ? "—"
                    : v.parents.map((p, i) => (
                        <div key={i}>
                          <Link href={`${modelPath(p.modelName)}/versions/${p.version}`}>
                            {p.modelName} v{String(p.version)}
                          </Link>
                        </div>
                      ))}
                </td>
              </tr>
            </tbody>
          </table>
        </aside>
      </div>
    </main>
  );
}

function SchemaTable(props: { title: string; schema: Schema | undefined }) {
  const columns = props.schema?.columns ?? [];
  const tensors = props.schema?.tensors ?? [];
  return (
    <div>
      <h3>{props.title}</h3>
      {columns.length === 0 && tensors.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        <table class="list compact">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Shape</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => (
              <tr key={c.name}>
                <td>
                  {c.name}
                  {c.optional && <span class="muted"> (optional)</span>}
                </td>
                <td>{DataType[c.dataType]?.replace(/^DATA_TYPE_/, "").toLowerCase()}</td>
                <td />
              </tr>
            ))}
            {tensors.map((t) => (
              <tr key={t.name}>
                <td>{t.name}</td>
                <td>{DataType[t.dataType]?.replace(/^DATA_TYPE_/, "").toLowerCase()}</td>
                <td>[{t.shape.map((d) => (d < 0n ? "?" : String(d))).join(", ")}]</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

type Download = { state: "reading"; done: bigint } | { state: "verified" } | { state: "failed"; why: string };

/** Files of a version's manifest or of a run: each downloaded through ReadBlob and saved only once
 * its SHA-256 matches the digest. */
export function Files(props: { files: ManifestEntry[]; empty: string }) {
  const [downloads, setDownloads] = useState<Record<string, Download>>({});
  if (props.files.length === 0) return <p class="muted">{props.empty}</p>;
  const total = props.files.reduce((sum, f) => sum + (f.digest?.sizeBytes ?? 0n), 0n);

  const download = async (file: ManifestEntry) => {
    const digest = file.digest!;
    const set = (d: Download) => setDownloads((all) => ({ ...all, [file.path]: d }));
    try {
      if (!window.crypto?.subtle) throw new Error("verifying a download needs HTTPS or localhost");
      const chunks: Uint8Array[] = [];
      let done = 0n;
      set({ state: "reading", done });
      for await (const { data } of artifacts.readBlob({ digest })) {
        chunks.push(data);
        done += BigInt(data.length);
        set({ state: "reading", done });
      }
      const blob = new Blob(chunks as BlobPart[], { type: file.mediaType || "application/octet-stream" });
      const actual = hex(await crypto.subtle.digest("SHA-256", await blob.arrayBuffer()));
      if (actual !== digest.hash || BigInt(blob.size) !== digest.sizeBytes) {
        throw new Error(`the bytes received hash to ${actual}, not ${digest.hash}: nothing was saved`);
      }
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = file.path.split("/").pop() || "file";
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      set({ state: "verified" });
    } catch (err) {
      set({ state: "failed", why: err instanceof Error && !("code" in err) ? err.message : problemOf(err).message });
    }
  };

  return (
    <>
      <p class="muted">
        {props.files.length} file{props.files.length === 1 ? "" : "s"}, {formatBytes(total)}
      </p>
      <table class="list files">
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col" class="num">
              Size
            </th>
            <th scope="col">sha256</th>
            <th scope="col">
              <span class="visually-hidden">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.files.map((f) => {
            const d = downloads[f.path];
            const size = f.digest?.sizeBytes ?? 0n;
            return (
              <tr key={f.path}>
                <td class="mono">{f.path}</td>
                <td class="num">{formatBytes(size)}</td>
                <td class="mono" title={f.digest?.hash}>
                  {shortDigest(f.digest?.hash ?? "")}
                </td>
                <td>
                  {size > BROWSER_LIMIT ? (
                    <span class="muted" title="The browser would hold the whole file to verify it">
                      use <code>regctl download</code>
                    </span>
                  ) : (
                    <button type="button" onClick={() => void download(f)} disabled={d?.state === "reading"}>
                      Download
                    </button>
                  )}{" "}
                  {d?.state === "reading" && (
                    <span class="muted">
                      {formatBytes(d.done)} of {formatBytes(size)}
                    </span>
                  )}
                  {d?.state === "verified" && <span class="ok">sha256 verified</span>}
                  {d?.state === "failed" && (
                    <span class="problem-inline" role="alert">
                      {d.why}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** The params and latest metrics of the run that made the version. */
function RunSummary(props: { runId: string }) {
  const [run, setRun] = useState<Run | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  useEffect(() => {
    tracking
      .getRun({ runId: props.runId })
      .then(({ run: r }) => setRun(r))
      .catch((err) => setProblem(problemOf(err)));
  }, [props.runId]);
  if (problem) return <ProblemBox problem={problem} what="Could not read its run" />;
  if (run === undefined) return null;
  const params = Object.keys(run.params).sort();
  const metrics = [...run.latestMetrics].sort((a, b) => a.key.localeCompare(b.key));
  return (
    <>
      <h2>
        Its run: <Link href={`/runs/${encodeURIComponent(run.id)}`}>{run.name || run.id}</Link>
      </h2>
      <table class="kv run-summary">
        <tbody>
          {params.map((p) => (
            <tr key={`p-${p}`}>
              <th scope="row">{p}</th>
              <td class="clip" title={run.params[p]}>
                {run.params[p]}
              </td>
            </tr>
          ))}
          {metrics.map((m) => (
            <tr key={`m-${m.key}`}>
              <th scope="row">{m.key}</th>
              <td class="num">{formatMetric(m.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
