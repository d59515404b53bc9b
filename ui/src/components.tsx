// Small pieces every page uses: problems shown as the server said them, times, tags, Markdown.

import { micromark } from "micromark";
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

import type { Problem } from "./api.js";
import { formatAgo, formatTime, parseTag } from "./format.js";

export function ProblemBox(props: { problem: Problem; what?: string }) {
  const { problem } = props;
  return (
    <div class="problem" role="alert">
      <strong>{props.what ?? "The server refused this"}:</strong> {problem.message}
      <span class="code">
        {" "}
        ({problem.codeName}
        {problem.reason && problem.reason !== problem.codeName ? `, ${problem.reason}` : ""})
      </span>
    </div>
  );
}

export function Loading() {
  return (
    <p class="muted" aria-busy="true">
      Loading…
    </p>
  );
}

export function Ago(props: { seconds: bigint | undefined }) {
  return <time title={formatTime(props.seconds)}>{formatAgo(props.seconds)}</time>;
}

/** Markdown as safe HTML: micromark escapes raw HTML and drops dangerous link protocols. */
export function Markdown(props: { text: string; empty?: string }) {
  if (!props.text.trim()) return <p class="muted">{props.empty ?? "No description."}</p>;
  // Its headings sit under the page's own: # becomes h3 (raw HTML is escaped, so these tags are micromark's).
  const html = micromark(props.text).replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(Number(level) + 2, 6)}>`;
  });
  return <div class="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function TagList(props: { tags: Record<string, string>; onRemove?: (key: string) => void }) {
  const keys = Object.keys(props.tags).sort();
  if (keys.length === 0) return <span class="muted">none</span>;
  return (
    <ul class="tags">
      {keys.map((key) => (
        <li key={key} class="tag">
          <span class="tag-key">{key}</span>
          <span class="tag-value">{props.tags[key]}</span>
          {props.onRemove && (
            <button type="button" class="tag-remove" aria-label={`Remove tag ${key}`} onClick={() => props.onRemove!(key)}>
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** An input that adds a `key=value` tag. */
export function AddTag(props: { onAdd: (key: string, value: string) => Promise<void> }) {
  const [text, setText] = useState("");
  const [hint, setHint] = useState("");
  const submit = async (e: Event) => {
    e.preventDefault();
    const tag = parseTag(text);
    if (tag === undefined) {
      setHint("Write the tag as key=value");
      return;
    }
    setHint("");
    await props.onAdd(tag[0], tag[1]);
    setText("");
  };
  return (
    <form class="add-tag" onSubmit={submit}>
      <label>
        <span class="visually-hidden">New tag</span>
        <input
          value={text}
          placeholder="key=value"
          aria-label="New tag (key=value)"
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit">Add tag</button>
      {hint && <span class="hint">{hint}</span>}
    </form>
  );
}

export function Badge(props: { kind?: string; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge ${props.kind ?? ""}`} title={props.title}>
      {props.children}
    </span>
  );
}

export function LiveDot(props: { live: boolean }) {
  return (
    <span
      class={props.live ? "live on" : "live off"}
      title={props.live ? "Live: changes appear as they happen" : "Reconnecting to the event stream…"}
    >
      {props.live ? "live" : "reconnecting"}
    </span>
  );
}

/** Previous / Next over a list's page tokens ("" is the first page); nothing when there is one page. */
export function Pager(props: { tokens: string[]; next: string; setTokens: (tokens: string[]) => void }) {
  const { tokens, next, setTokens } = props;
  if (tokens.length <= 1 && !next) return null;
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={tokens.length <= 1} onClick={() => setTokens(tokens.slice(0, -1))}>
        ← Previous
      </button>
      <span class="muted">Page {tokens.length}</span>
      <button type="button" disabled={!next} onClick={() => setTokens([...tokens, next])}>
        Next →
      </button>
    </nav>
  );
}

/** Checkboxes choosing which metrics are table columns. */
export function MetricPicker(props: { metrics: string[]; shown: string[]; setShown: (shown: string[]) => void }) {
  if (props.metrics.length === 0) return null;
  return (
    <fieldset class="picker">
      <legend>Metric columns</legend>
      {props.metrics.map((m) => (
        <label key={m}>
          <input
            type="checkbox"
            checked={props.shown.includes(m)}
            onChange={(e) =>
              props.setShown(
                (e.target as HTMLInputElement).checked ? [...props.shown, m].sort() : props.shown.filter((c) => c !== m),
              )
            }
          />
          {m}
        </label>
      ))}
    </fieldset>
  );
}

/** A row of buttons of which one is pressed. */
export function Segmented<T>(props: { label: string; choices: [T, string][]; value: T; onChange: (value: T) => void }) {
  return (
    <div class="segmented" role="group" aria-label={props.label}>
      {props.choices.map(([value, text]) => (
        <button key={text} type="button" aria-pressed={props.value === value} onClick={() => props.onChange(value)}>
          {text}
        </button>
      ))}
    </div>
  );
}
