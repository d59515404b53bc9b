// Approved promotions (regserver.v1.Governance): the pending requests of a model with their gate
// results, the reviewer's decisions, and a version's request form. A refusal is shown as the server
// worded it (self-approval, a failing gate, a target that is not protected, ...).

import { useEffect, useState } from "preact/hooks";

import { Role } from "@gen/access_pb.js";
import { PromotionState, type PromotionRequest, type PromotionTarget } from "@gen/governance_pb.js";
import { Stage } from "@gen/model_pb.js";
import { governance, problemOf, type Problem } from "./api.js";
import { Ago, ProblemBox } from "./components.js";
import { stageLabel } from "./format.js";
import { Link, versionPath } from "./router.js";
import { may, useSession } from "./session.js";

export function targetLabel(target: PromotionTarget | undefined): string {
  if (target?.kind.case === "alias") return `alias ${target.kind.value}`;
  if (target?.kind.case === "stage") return `stage ${stageLabel(Stage[target.kind.value] ?? "")}`;
  return "?";
}

/** The model's pending promotion requests; `changes` bumps when the model changed (a live event). */
export function PendingPromotions(props: { name: string; changes: number }) {
  const { name } = props;
  const session = useSession();
  const [pending, setPending] = useState<PromotionRequest[] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    let current = true;
    governance
      .listPromotionRequests({ modelName: name, state: PromotionState.PENDING, pageSize: 50 })
      .then((answer) => current && setPending(answer.promotionRequests))
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [name, props.changes, refresh]);

  if (problem) return <ProblemBox problem={problem} what="Could not list the promotion requests" />;
  if (pending === undefined) return null;
  if (pending.length === 0) return <p class="muted">No promotion is waiting for a decision.</p>;
  const approver = may(session.identity, Role.APPROVER, name);
  return (
    <ul class="plain promotions">
      {pending.map((r) => (
        <Pending
          key={r.id}
          request={r}
          name={name}
          approver={approver}
          mine={session.identity?.open === true || session.identity?.principal === r.requester}
          onDecided={() => setRefresh((n) => n + 1)}
        />
      ))}
    </ul>
  );
}

function Pending(props: {
  request: PromotionRequest;
  name: string;
  approver: boolean;
  mine: boolean;
  onDecided: () => void;
}) {
  const { request: r } = props;
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const decide = async (how: "approve" | "reject" | "withdraw") => {
    setBusy(true);
    try {
      if (how === "approve") await governance.approvePromotion({ id: r.id, comment });
      else if (how === "reject") await governance.rejectPromotion({ id: r.id, comment });
      else await governance.withdrawPromotion({ id: r.id, comment });
      setProblem(undefined);
      props.onDecided();
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="promotion" aria-label={`Promotion of version ${r.version} to ${targetLabel(r.target)}`}>
      <div>
        <Link href={versionPath(props.name, r.version)}>v{String(r.version)}</Link> → <strong>{targetLabel(r.target)}</strong>
      </div>
      <div class="muted">
        asked by {r.requester || "someone"} <Ago seconds={r.createTime?.seconds} />
        {r.comment && <>: “{r.comment}”</>}
      </div>
      {r.gateResults.length > 0 && (
        <ul class="gates">
          {r.gateResults.map((g, i) => (
            <li key={i} class={g.passed ? "ok" : "problem-inline"}>
              {g.passed ? "✓" : "✗"} {g.check}
              {g.detail && <span class="muted"> — {g.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {problem && <ProblemBox problem={problem} what="Refused" />}
      {(props.approver || props.mine) && (
        <div class="decide">
          <input
            value={comment}
            placeholder="comment"
            aria-label={`Comment on the promotion of version ${r.version}`}
            onInput={(e) => setComment((e.target as HTMLInputElement).value)}
          />
          {props.approver && (
            <>
              <button type="button" disabled={busy} onClick={() => void decide("approve")}>
                Approve
              </button>
              <button type="button" disabled={busy} onClick={() => void decide("reject")}>
                Reject
              </button>
            </>
          )}
          {props.mine && (
            <button type="button" disabled={busy} onClick={() => void decide("withdraw")}>
              Withdraw
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Asks for this version to be promoted to an alias or a stage that the model's policy protects. */
export function RequestPromotion(props: { name: string; version: bigint }) {
  const [kind, setKind] = useState<"alias" | "stage">("alias");
  const [alias, setAlias] = useState("champion");
  const [stage, setStage] = useState<Stage>(Stage.PRODUCTION);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [made, setMade] = useState<PromotionRequest | undefined>(undefined);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const target =
        kind === "alias" ? { kind: { case: "alias" as const, value: alias.trim() } } : { kind: { case: "stage" as const, value: stage } };
      const { promotionRequest } = await governance.requestPromotion({
        modelName: props.name,
        version: props.version,
        target,
        comment,
      });
      setMade(promotionRequest);
      setProblem(undefined);
    } catch (err) {
      setProblem(problemOf(err));
      setMade(undefined);
    }
  };
  return (
    <form class="request-promotion" onSubmit={(e) => void submit(e)}>
      <label>
        Promote to
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as "alias" | "stage")}>
          <option value="alias">alias</option>
          <option value="stage">stage</option>
        </select>
      </label>
      {kind === "alias" ? (
        <label>
          Alias
          <input value={alias} onInput={(e) => setAlias((e.target as HTMLInputElement).value)} />
        </label>
      ) : (
        <label>
          Stage
          <select
            value={String(stage)}
            onChange={(e) => setStage(Number((e.target as HTMLSelectElement).value) as Stage)}
          >
            <option value={String(Stage.STAGING)}>Staging</option>
            <option value={String(Stage.PRODUCTION)}>Production</option>
            <option value={String(Stage.ARCHIVED)}>Archived</option>
          </select>
        </label>
      )}
      <label class="grow">
        Why
        <input
          value={comment}
          placeholder="what a reviewer should know"
          onInput={(e) => setComment((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">Request promotion</button>
      {problem && <ProblemBox problem={problem} what="The request was refused" />}
      {made && (
        <p class="ok" role="status">
          Requested: v{String(made.version)} → {targetLabel(made.target)} now waits for an approver
          {made.gateResults.some((g) => !g.passed) && " (some gates fail: see the model page)"}.
        </p>
      )}
    </form>
  );
}
