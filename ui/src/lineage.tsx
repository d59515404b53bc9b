// A version's lineage as a graph (Lineage.GetLineage): datasets and code -> run -> version ->
// derived versions, laid out left to right by ELK (loaded only when a lineage is shown).

import { useEffect, useState } from "preact/hooks";

import {
  LineageDirection,
  LineageEdgeType,
  type GetLineageResponse,
  type LineageNode,
} from "@gen/lineage_pb.js";
import { DatasetRole } from "@gen/tracking_pb.js";
import type { ElkNode } from "elkjs/lib/elk-api.js";
import { lineage, problemOf, type Problem } from "./api.js";
import { Loading, ProblemBox, Segmented } from "./components.js";
import { shortDigest } from "./format.js";
import { Link, navigate, versionPath } from "./router.js";

const NODE_W = 170;
const NODE_H = 46;

interface Placed {
  id: string;
  x: number;
  y: number;
  kind: string;
  title: string;
  detail: string;
  href: string | undefined;
  focus: boolean;
}

interface Laid {
  nodes: Placed[];
  edges: { id: string; points: { x: number; y: number }[]; label: string }[];
  width: number;
  height: number;
  truncated: boolean;
}

function describe(node: LineageNode): Omit<Placed, "x" | "y" | "focus" | "id"> {
  if (node.modelVersion) {
    const v = node.modelVersion;
    return {
      kind: "version",
      title: `${v.modelName} v${v.version}`,
      detail: v.aliases.join(", ") || "model version",
      href: versionPath(v.modelName, v.version),
    };
  }
  if (node.run) {
    return { kind: "run", title: node.run.name || node.run.id, detail: "run", href: `/runs/${encodeURIComponent(node.run.id)}` };
  }
  if (node.dataset) {
    const d = node.dataset;
    return { kind: "dataset", title: d.name || shortDigest(d.digest), detail: `dataset ${shortDigest(d.digest)}`, href: undefined };
  }
  if (node.codeVersion) {
    const c = node.codeVersion;
    return { kind: "code", title: c.commit.slice(0, 12) || c.id, detail: c.repositoryUrl || "code", href: undefined };
  }
  return { kind: "other", title: node.name, detail: "", href: undefined };
}

function edgeLabel(type: LineageEdgeType, role: DatasetRole): string {
  if (type === LineageEdgeType.DATASET_INPUT) return DatasetRole[role]?.replace(/^DATASET_ROLE_/, "").toLowerCase() ?? "";
  return LineageEdgeType[type]?.replace(/^LINEAGE_EDGE_TYPE_/, "").toLowerCase() ?? "";
}

async function layout(graph: GetLineageResponse, focus: string): Promise<Laid> {
  if (graph.nodes.length <= 1) {
    // Nothing linked: no graph to draw, and no reason to load the layout engine.
    return { nodes: graph.nodes.map((n) => ({ id: n.name, x: 0, y: 0, focus: true, ...describe(n) })), edges: [], width: 0, height: 0, truncated: graph.truncated };
  }
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  const graphIn: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "84",
      "elk.spacing.nodeNode": "24",
      "elk.edgeRouting": "ORTHOGONAL",
    },
    children: graph.nodes.map((n) => ({ id: n.name, width: NODE_W, height: NODE_H })),
    edges: graph.edges.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elk.layout(graphIn);
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  return {
    nodes: (laid.children ?? []).map((c) => ({
      id: c.id,
      x: c.x ?? 0,
      y: c.y ?? 0,
      focus: c.id === focus,
      ...describe(byName.get(c.id)!),
    })),
    edges: (laid.edges ?? []).map((e, i) => {
      const section = e.sections?.[0];
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
      const source = graph.edges[i]!;
      return { id: e.id, points, label: edgeLabel(source.type, source.datasetRole) };
    }),
    width: (laid.width ?? 0) + 4,
    height: (laid.height ?? 0) + 4,
    truncated: graph.truncated,
  };
}

export function LineageGraph(props: { name: string; version: bigint }) {
  const resource = `models/${props.name}/versions/${props.version}`;
  const [direction, setDirection] = useState<LineageDirection>(LineageDirection.BOTH);
  const [laid, setLaid] = useState<Laid | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setLaid(undefined);
    lineage
      .getLineage({ resource, direction, maxDepth: 4 })
      .then((graph) => layout(graph, resource))
      .then((result) => current && setLaid(result))
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [resource, direction]);

  const choices: [LineageDirection, string][] = [
    [LineageDirection.UPSTREAM, "Upstream"],
    [LineageDirection.DOWNSTREAM, "Downstream"],
    [LineageDirection.BOTH, "Both"],
  ];
  return (
    <div class="lineage">
      <Segmented label="Lineage direction" choices={choices} value={direction} onChange={setDirection} />
      {problem && <ProblemBox problem={problem} what="Could not read the lineage" />}
      {laid === undefined && !problem && <Loading />}
      {laid !== undefined && laid.nodes.length <= 1 && (
        <p class="muted">
          Nothing is linked to this version yet: register it from a run (<code>run.register_version(...)</code>) or
          name its parents, and its datasets, code and relatives appear here.
        </p>
      )}
      {laid !== undefined && laid.nodes.length > 1 && (
        <div class="scroll">
          <svg
            class="lineage-graph"
            width={laid.width}
            height={laid.height}
            viewBox={`-2 -2 ${laid.width} ${laid.height}`}
            role="img"
            aria-label={`Lineage of ${props.name} version ${props.version}: ${laid.nodes.length} nodes`}
          >
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" class="arrow" />
              </marker>
            </defs>
            {laid.edges.map((e) => (
              <g key={e.id}>
                <polyline class="edge" points={e.points.map((p) => `${p.x},${p.y}`).join(" ")} marker-end="url(#arrow)" />
                {e.label && e.points.length > 1 && (
                  <text
                    class="edge-label"
                    text-anchor="middle"
                    x={(e.points[e.points.length - 2]!.x + e.points[e.points.length - 1]!.x) / 2}
                    y={(e.points[e.points.length - 2]!.y + e.points[e.points.length - 1]!.y) / 2 - 5}
                  >
                    {e.label}
                  </text>
                )}
              </g>
            ))}
            {laid.nodes.map((n) => (
              <g
                key={n.id}
                class={`node ${n.kind}${n.focus ? " focus" : ""}${n.href ? " link" : ""}`}
                transform={`translate(${n.x},${n.y})`}
                role={n.href ? "link" : undefined}
                tabIndex={n.href ? 0 : undefined}
                aria-label={n.href ? `${n.title} (${n.detail})` : undefined}
                onClick={() => n.href && navigate(n.href)}
                onKeyDown={(e) => n.href && e.key === "Enter" && navigate(n.href)}
              >
                <rect width={NODE_W} height={NODE_H} rx="6" />
                <text x="10" y="19" class="node-title">
                  {n.title.length > 21 ? `${n.title.slice(0, 20)}…` : n.title}
                </text>
                <text x="10" y="36" class="node-detail">
                  {n.detail.length > 25 ? `${n.detail.slice(0, 24)}…` : n.detail}
                </text>
              </g>
            ))}
          </svg>
        </div>
      )}
      {laid?.truncated && <p class="muted">Only the nearest relatives are shown; the graph goes on.</p>}
      {laid !== undefined && laid.nodes.some((n) => n.href && !n.focus) && (
        <ul class="visually-hidden">
          {laid.nodes
            .filter((n) => n.href && !n.focus)
            .map((n) => (
              <li key={n.id}>
                <Link href={n.href!}>{n.title}</Link>
              </li>
            ))}
        </ul>
      )}
    </div>
  );
}
