// One model: its description, tags, aliases and stages with their history, the promotion policy,
// and its versions, with the metric columns the reader picks; live as the model changes.

import { useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import { Role } from "@gen/access_pb.js";
import type { PromotionPolicy, ProtectedTarget, TargetHistoryEntry } from "@gen/governance_pb.js";
import { ModelVersionStatus, Stage, type ModelVersion, type RegisteredModel } from "@gen/model_pb.js";
import { governance, problemOf, registry, type Problem } from "../api.js";
import { AddTag, Ago, Badge, LiveDot, Loading, Markdown, MetricPicker, ProblemBox, TagList } from "../components.js";
import { formatMetric, metricNames, stageLabel, statusLabel } from "../format.js";
import { useLive } from "../live.js";
import { PendingPromotions } from "../promotions.js";
import { comparePath, Link, versionPath } from "../router.js";
import { may, useSession } from "../session.js";
import { NotFoundPage } from "./notfound.js";

interface Loaded {
  model: RegisteredModel;
  versions: ModelVersion[];
  more: boolean;
  history: TargetHistoryEntry[];
  policy: PromotionPolicy | undefined;
}

export function ModelPage(props: { name: string }) {
  const { name } = props;
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [writeProblem, setWriteProblem] = useState<Problem | undefined>(undefined);
  const { live, changes } = useLive({ modelNames: [name] }, name, 100);
  const [edits, setEdits] = useState(0);
  const [columns, setColumns] = useState<string[] | undefined>(undefined);

  useEffect(() => {
    setLoaded(undefined);
    setProblem(undefined);
    setColumns(undefined);
  }, [name]);

  useEffect(() => {
    let current = true;
    (async () => {
      const { registeredModel } = await registry.getRegisteredModel({ name });
      if (registeredModel === undefined) return;
      // The history is kept per target: each current alias, and the stages.
      const targets = [
        ...registeredModel.aliases.map((a) => ({ kind: { case: "alias" as const, value: a.alias } })),
        ...[Stage.STAGING, Stage.PRODUCTION].map((stage) => ({ kind: { case: "stage" as const, value: stage } })),
      ];
      const [versions, policy, ...histories] = await Promise.all([
        registry.listModelVersions({ modelName: name, pageSize: 200, orderBy: "version desc" }),
        governance.getPromotionPolicy({ modelName: name }).catch(() => undefined),
        ...targets.map((target) => governance.listTargetHistory({ modelName: name, target, pageSize: 20 })),
      ]);
      if (!current) return;
      const history = histories
        .flatMap((h) => h.entries)
        .sort((a, b) => Number((b.startTime?.seconds ?? 0n) - (a.startTime?.seconds ?? 0n)))
        .slice(0, 30);
      setLoaded({
        model: registeredModel,
        versions: versions.modelVersions,
        more: versions.nextPageToken !== "",
        history,
        policy: policy?.policy,
      });
      setProblem(undefined);
    })().catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [name, changes, edits]);

  if (problem?.code === Code.NotFound && loaded === undefined) return <NotFoundPage what={`model “${name}”`} />;
  if (loaded === undefined) return <main>{problem ? <ProblemBox problem={problem} what="Could not load the model" /> : <Loading />}</main>;

  const { model, versions, history, policy } = loaded;
  const canWrite = may(session.identity, Role.EDITOR, name);
  const metrics = metricNames(versions);
  const shown = columns ?? metrics.slice(0, 3);

  const updateTags = async (tags: Record<string, string>, paths: string[]) => {
    try {
      const { registeredModel } = await registry.updateRegisteredModel({
        registeredModel: { name, tags, etag: model.etag },
        updateMask: { paths },
      });
      if (registeredModel) setLoaded({ ...loaded, model: registeredModel });
      setWriteProblem(undefined);
    } catch (err) {
      setWriteProblem(problemOf(err));
      setEdits((n) => n + 1); // show what the server has, never a half-applied edit
    }
  };

  return (
    <main>
      <nav class="crumbs" aria-label="Breadcrumbs">
        <Link href="/models">Models</Link> / <span>{name}</span>
      </nav>
      <div class="page-head">
        <h1>{name}</h1>
        <LiveDot live={live} />
        {versions.length > 1 && (
          <Link href={comparePath(name, model.aliases.some((x) => x.alias === "champion") ? "champion" : String(versions[1]!.version), String(versions[0]!.version))} class="action">
            Compare versions
          </Link>
        )}
      </div>
      <p class="meta">
        {model.owner && <>Owner <strong>{model.owner}</strong> · </>}created <Ago seconds={model.createTime?.seconds} /> ·
        updated <Ago seconds={model.updateTime?.seconds} />
      </p>
      {problem && <ProblemBox problem={problem} what="Could not refresh" />}
      <div class="columns">
        <section class="main-column">
          <h2>Description</h2>
          <Markdown text={model.description} />
          <h2>Versions</h2>
          {versions.length === 0 ? (
            <div class="empty">
              <p>No versions yet. Upload the first from Python:</p>
              <pre>
                <code>{`registry.upload_version("${name}", "out/model/")`}</code>
              </pre>
            </div>
          ) : (
            <>
              <MetricPicker metrics={metrics} shown={shown} setShown={setColumns} />
              <div class="scroll">
                <table class="list versions">
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Status</th>
                      <th scope="col">Stage</th>
                      <th scope="col">Aliases</th>
                      {shown.map((m) => (
                        <th scope="col" class="num" key={m}>
                          {m}
                        </th>
                      ))}
                      <th scope="col">Created by</th>
                      <th scope="col">Created</th>
                      <th scope="col">Source</th>
                    </tr>
                  </thead>
                  <tbody>
                    {versions.map((v) => (
                      <tr key={String(v.version)}>
                        <td>
                          <Link href={versionPath(name, v.version)} class="strong">
                            v{String(v.version)}
                          </Link>
                        </td>
                        <td>
                          <Badge kind={`status-${ModelVersionStatus[v.status]}`}>
                            {statusLabel(ModelVersionStatus[v.status] ?? "")}
                          </Badge>
                        </td>
                        <td>{stageLabel(Stage[v.stage] ?? "")}</td>
                        <td>
                          {v.aliases.map((a) => (
                            <Badge key={a} kind="alias">
                              {a}
                            </Badge>
                          ))}
                        </td>
                        {shown.map((m) => (
                          <td class="num" key={m}>
                            {v.metrics[m] === undefined ? "" : formatMetric(v.metrics[m]!)}
                          </td>
                        ))}
                        <td>{v.creator}</td>
                        <td>
                          <Ago seconds={v.createTime?.seconds} />
                        </td>
                        <td class="clip" title={v.source}>
                          {v.source}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {loaded.more && <p class="muted">Showing the newest 200 versions.</p>}
            </>
          )}
        </section>
        <aside class="side-column">
          <h2>Aliases</h2>
          {model.aliases.length === 0 ? (
            <p class="muted">No alias points at a version.</p>
          ) : (
            <ul class="plain">
              {model.aliases.map((a) => (
                <li key={a.alias}>
                  <Badge kind="alias">{a.alias}</Badge> →{" "}
                  <Link href={versionPath(name, a.version)}>version {String(a.version)}</Link>
                </li>
              ))}
            </ul>
          )}
          <h2>Tags</h2>
          {writeProblem && <ProblemBox problem={writeProblem} what="The tags were not changed" />}
          <TagList
            tags={model.tags}
            onRemove={
              canWrite
                ? (key) => {
                    const rest = { ...model.tags };
                    delete rest[key];
                    void updateTags(rest, [`tags.${key}`]);
                  }
                : undefined
            }
          />
          {canWrite && <AddTag onAdd={(key, value) => updateTags({ ...model.tags, [key]: value }, [`tags.${key}`])} />}
          <h2>Promotions</h2>
          <PendingPromotions name={name} changes={changes} />
          <h2>Promotion policy</h2>
          {policy === undefined || policy.protectedTargets.length === 0 ? (
            <p class="muted">No target is protected: editors move aliases and stages directly.</p>
          ) : (
            <ul class="plain">
              {policy.protectedTargets.map((t, i) => (
                <li key={i}>
                  {t.target?.kind.case === "alias" ? (
                    <>
                      alias <Badge kind="alias">{t.target.kind.value}</Badge>
                    </>
                  ) : (
                    <>stage {stageLabel(Stage[t.target?.kind.value as Stage] ?? "")}</>
                  )}{" "}
                  needs an approved promotion
                  {gates(t).length > 0 && <div class="muted">gates: {gates(t).join(", ")}</div>}
                </li>
              ))}
            </ul>
          )}
          <h2>History</h2>
          {history.length === 0 ? (
            <p class="muted">No alias or stage has moved yet.</p>
          ) : (
            <ol class="history">
              {history.map((h, i) => (
                <li key={i}>
                  {h.target?.kind.case === "alias" ? (
                    <Badge kind="alias">{h.target.kind.value}</Badge>
                  ) : (
                    <span>{stageLabel(Stage[h.target?.kind.value as Stage] ?? "")}</span>
                  )}{" "}
                  → <Link href={versionPath(name, h.version)}>v{String(h.version)}</Link>
                  <div class="muted">
                    by {h.principal || "someone"} <Ago seconds={h.startTime?.seconds} />
                    {h.endTime && h.endTime.seconds > 0n && <> · until <Ago seconds={h.endTime.seconds} /></>}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </main>
  );
}

/** What a protected target's gates check, in words. */
function gates(t: ProtectedTarget): string[] {
  const out: string[] = [];
  if (t.requireSignature) out.push("a signature");
  for (const [key, value] of Object.entries(t.requiredTags)) out.push(value ? `tag ${key}=${value}` : `tag ${key}`);
  for (const m of t.metricThresholds) out.push(`metric ${m.metric}`);
  if (t.beatChampion) out.push("beats the champion");
  return out;
}
