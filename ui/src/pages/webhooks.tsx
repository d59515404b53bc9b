// Webhook subscriptions (regserver.v1.Webhooks, admins): each with its deliveries, their attempts
// and errors; a test ping, and a redeliver button for a delivery that failed.

import { useEffect, useState } from "preact/hooks";

import { EventType } from "@gen/events_pb.js";
import { WebhookDeliveryStatus, type Webhook, type WebhookDelivery } from "@gen/webhooks_pb.js";
import { problemOf, webhooks, type Problem } from "../api.js";
import { Ago, Badge, Loading, ProblemBox } from "../components.js";
import { Link, modelPath } from "../router.js";

function eventName(t: EventType): string {
  return EventType[t]?.replace(/^EVENT_TYPE_/, "").toLowerCase() ?? String(t);
}

function statusName(s: WebhookDeliveryStatus): string {
  return WebhookDeliveryStatus[s]?.replace(/^WEBHOOK_DELIVERY_STATUS_/, "").toLowerCase() ?? "";
}

export function WebhooksPage() {
  const [hooks, setHooks] = useState<Webhook[] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  useEffect(() => {
    webhooks
      .listWebhooks({ pageSize: 100 })
      .then((answer) => setHooks(answer.webhooks))
      .catch((err) => setProblem(problemOf(err)));
  }, []);
  return (
    <main>
      <h1>Webhooks</h1>
      {problem && <ProblemBox problem={problem} what="Could not list webhooks" />}
      {hooks === undefined && !problem && <Loading />}
      {hooks !== undefined && hooks.length === 0 && (
        <div class="empty">
          <h2>No webhook yet</h2>
          <p>CI/CD systems subscribe to registry events with a signed webhook, for example:</p>
          <pre>
            <code>{`grpcurl -plaintext -d '{"webhook": {"url": "https://ci.example/hooks/registry",
  "event_types": ["EVENT_TYPE_ALIAS_SET"], "secret": "a signing key of 16+ characters"}}' \\
  localhost:50051 regserver.v1.Webhooks/CreateWebhook`}</code>
          </pre>
        </div>
      )}
      {hooks?.map((hook) => <WebhookCard key={hook.id} hook={hook} />)}
    </main>
  );
}

function WebhookCard(props: { hook: Webhook }) {
  const { hook } = props;
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [note, setNote] = useState("");
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    webhooks
      .listWebhookDeliveries({ webhookId: hook.id, pageSize: 20 })
      .then((answer) => setDeliveries(answer.deliveries))
      .catch((err) => setProblem(problemOf(err)));
  }, [hook.id, refresh]);

  const test = async () => {
    try {
      const { attempt } = await webhooks.testWebhook({ id: hook.id });
      setNote(
        attempt?.succeeded
          ? `Test ping delivered (HTTP ${attempt.httpStatus}).`
          : `Test ping failed: ${attempt?.error || `HTTP ${attempt?.httpStatus}`}`,
      );
      setProblem(undefined);
    } catch (err) {
      setProblem(problemOf(err));
    }
  };
  const redeliver = async (id: string) => {
    try {
      await webhooks.redeliverWebhookDelivery({ id });
      setNote("Queued again: the dispatcher delivers it now.");
      setProblem(undefined);
      setRefresh((n) => n + 1);
    } catch (err) {
      setProblem(problemOf(err));
    }
  };

  const enabled = hook.enabled !== false;
  return (
    <section class="webhook" aria-label={`Webhook ${hook.url}`}>
      <h2 class="mono">{hook.url}</h2>
      <p class="meta">
        <Badge kind={enabled ? "status-READY" : ""}>{enabled ? "enabled" : "disabled"}</Badge>{" "}
        {hook.eventTypes.length ? hook.eventTypes.map(eventName).join(", ") : "every event"}
        {hook.modelNames.length > 0 && <> · models {hook.modelNames.join(", ")}</>}
        {hook.modelNamePrefix && <> · models starting {hook.modelNamePrefix}</>}
        {hook.hasSecret && <> · signed (secret …{hook.secretHint})</>}
      </p>
      {hook.description && <p>{hook.description}</p>}
      <button type="button" onClick={() => void test()}>
        Send a test ping
      </button>{" "}
      {note && (
        <span class="muted" role="status">
          {note}
        </span>
      )}
      {problem && <ProblemBox problem={problem} />}
      {deliveries === undefined && !problem && <Loading />}
      {deliveries !== undefined && deliveries.length === 0 && <p class="muted">No delivery yet.</p>}
      {deliveries !== undefined && deliveries.length > 0 && (
        <div class="scroll">
          <table class="list compact deliveries">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Model</th>
                <th scope="col">Status</th>
                <th scope="col" class="num">
                  Attempts
                </th>
                <th scope="col">Last error</th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>
                    {eventName(d.eventType)} <span class="muted">#{String(d.revision)}</span>
                  </td>
                  <td>{d.modelName ? <Link href={modelPath(d.modelName)}>{d.modelName}</Link> : "—"}</td>
                  <td>
                    <Badge kind={d.status === WebhookDeliveryStatus.SUCCEEDED ? "status-READY" : d.status === WebhookDeliveryStatus.FAILED ? "status-FAILED" : ""}>
                      {statusName(d.status)}
                    </Badge>
                  </td>
                  <td class="num">{d.attemptCount}</td>
                  <td class="clip" title={d.lastError}>
                    {d.lastError}
                  </td>
                  <td>
                    <Ago seconds={d.updateTime?.seconds} />
                  </td>
                  <td>
                    {d.status === WebhookDeliveryStatus.FAILED && (
                      <button type="button" onClick={() => void redeliver(d.id)}>
                        Redeliver
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
