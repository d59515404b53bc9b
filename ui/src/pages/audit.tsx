// The audit trail (Audit.ListAuditRecords, admins only): filtered by model, principal, method and
// time; each listed record's hash recomputed in the browser and its link to the one before checked.

import { Fragment } from "preact";
import { useEffect, useState } from "preact/hooks";

import { timestampFromMs } from "@bufbuild/protobuf/wkt";
import type { AuditRecord } from "@gen/audit_pb.js";
import { audit, problemOf, type Problem } from "../api.js";
import { checkRecords, type Check } from "../chain.js";
import { Loading, Pager, ProblemBox } from "../components.js";
import { formatTime } from "../format.js";
import { Link, modelPath, navigate } from "../router.js";

const FIELDS = ["model", "principal", "method", "since", "until"] as const;

function micros(r: AuditRecord): bigint {
  return (r.time?.seconds ?? 0n) * 1_000_000n + BigInt(Math.floor((r.time?.nanos ?? 0) / 1000));
}

export function AuditPage(props: { query: URLSearchParams }) {
  const q = Object.fromEntries(FIELDS.map((f) => [f, props.query.get(f) ?? ""])) as Record<(typeof FIELDS)[number], string>;
  const [draft, setDraft] = useState(q);
  const [tokens, setTokens] = useState<string[]>([""]);
  const [records, setRecords] = useState<AuditRecord[] | undefined>(undefined);
  const [checks, setChecks] = useState<Check[]>([]);
  const [next, setNext] = useState("");
  const [open, setOpen] = useState<bigint | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const pageToken = tokens[tokens.length - 1] ?? "";
  const key = FIELDS.map((f) => q[f]).join("\u0000");

  useEffect(() => {
    setTokens([""]);
    setDraft(q);
  }, [key]);

  useEffect(() => {
    let current = true;
    const at = (text: string) => (text ? timestampFromMs(Date.parse(`${text}Z`)) : undefined);
    audit
      .listAuditRecords({
        pageSize: 100,
        pageToken,
        modelName: q.model,
        principal: q.principal,
        method: q.method,
        startTime: at(q.since),
        endTime: at(q.until),
      })
      .then(async (answer) => {
        const verdicts = await checkRecords(answer.auditRecords.map((r) => ({ ...r, time: micros(r) })));
        if (!current) return;
        setRecords(answer.auditRecords);
        setChecks(verdicts);
        setNext(answer.nextPageToken);
        setProblem(undefined);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [key, pageToken]);

  const submit = (e: Event) => {
    e.preventDefault();
    const params = new URLSearchParams();
    for (const f of FIELDS) if (draft[f].trim()) params.set(f, draft[f].trim());
    navigate(params.toString() ? `/audit?${params.toString()}` : "/audit");
  };
  const broken = checks.filter((c) => c !== "ok").length;
  return (
    <main>
      <h1>Audit trail</h1>
      <form class="search" onSubmit={submit} role="search">
        {(["model", "principal", "method"] as const).map((f) => (
          <label key={f}>
            {f === "model" ? "Model" : f === "principal" ? "Principal" : "Method"}
            <input value={draft[f]} onInput={(e) => setDraft({ ...draft, [f]: (e.target as HTMLInputElement).value })} />
          </label>
        ))}
        <label>
          Since (UTC)
          <input type="datetime-local" value={draft.since} onInput={(e) => setDraft({ ...draft, since: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          Until (UTC)
          <input type="datetime-local" value={draft.until} onInput={(e) => setDraft({ ...draft, until: (e.target as HTMLInputElement).value })} />
        </label>
        <button type="submit">Apply</button>
      </form>
      {problem && <ProblemBox problem={problem} what="Could not read the audit trail" />}
      {records === undefined && !problem && <Loading />}
      {records !== undefined && (
        <p class={broken ? "problem" : "ok"} role="status">
          {broken
            ? `${broken} of the ${records.length} records listed do not verify: see the marked rows. Run \`regserver audit verify\` on the server for the whole chain.`
            : `The ${records.length} records listed verify: each hashes to its stored hash, and each follows the one before it where both are listed. \`regserver audit verify\` checks the whole chain, its end included.`}
        </p>
      )}
      {records !== undefined && records.length > 0 && (
        <div class="scroll">
          <table class="list audit">
            <thead>
              <tr>
                <th scope="col" class="num">
                  #
                </th>
                <th scope="col">Time (UTC)</th>
                <th scope="col">Principal</th>
                <th scope="col">Method</th>
                <th scope="col">Resource</th>
                <th scope="col">Code</th>
                <th scope="col">Chain</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r, i) => (
                <Fragment key={String(r.sequence)}>
                  <tr class={checks[i] === "ok" ? "" : "broken"}>
                    <td class="num">
                      <button type="button" class="link" aria-expanded={open === r.sequence} onClick={() => setOpen(open === r.sequence ? undefined : r.sequence)}>
                        {String(r.sequence)}
                      </button>
                    </td>
                    <td>{formatTime(r.time?.seconds)}</td>
                    <td>{r.principal || <span class="muted">unknown</span>}</td>
                    <td title={r.method}>{r.method.split("/").pop()}</td>
                    <td class="clip" title={r.resource}>
                      {r.modelName ? <Link href={modelPath(r.modelName)}>{r.resource || r.modelName}</Link> : r.resource}
                    </td>
                    <td>{r.code === "OK" ? r.code : <span class="problem-inline">{r.code}</span>}</td>
                    <td>{checks[i] === "ok" ? <span class="ok">✓ verified</span> : <span class="problem-inline">✗ {checks[i]}</span>}</td>
                  </tr>
                  {open === r.sequence && (
                    <tr class="detail">
                      <td colSpan={7}>
                        <dl>
                          <dt>Request id</dt>
                          <dd class="mono">{r.requestId}</dd>
                          {(["requestJson", "beforeJson", "afterJson"] as const).map((f) =>
                            r[f] ? (
                              <Fragment key={f}>
                                <dt>{f === "requestJson" ? "Request" : f === "beforeJson" ? "Before" : "After"}</dt>
                                <dd>
                                  <pre>{pretty(r[f])}</pre>
                                </dd>
                              </Fragment>
                            ) : null,
                          )}
                          <dt>Hash</dt>
                          <dd class="mono">{r.hash}</dd>
                        </dl>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager tokens={tokens} next={next} setTokens={setTokens} />
    </main>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
