// The model list: a plain search box and the ListRegisteredModels filter grammar, paged by the
// server's cursors, refreshed live as models change.

import { useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import type { RegisteredModel } from "@gen/model_pb.js";
import { problemOf, registry, type Problem } from "../api.js";
import { Ago, Badge, LiveDot, Loading, Pager, ProblemBox, TagList } from "../components.js";
import { modelFilter } from "../format.js";
import { useLive } from "../live.js";
import { Link, modelPath, navigate, versionPath } from "../router.js";

const PAGE_SIZE = 25;

export function ModelsPage(props: { query: URLSearchParams }) {
  const search = props.query.get("q") ?? "";
  const advanced = props.query.get("filter") ?? "";
  const [draftSearch, setDraftSearch] = useState(search);
  const [draftFilter, setDraftFilter] = useState(advanced);
  // The page tokens that led here, so "Previous" can go back; "" is the first page.
  const [tokens, setTokens] = useState<string[]>([""]);
  const [models, setModels] = useState<RegisteredModel[] | undefined>(undefined);
  const [next, setNext] = useState("");
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const pageToken = tokens[tokens.length - 1] ?? "";
  // Any change to any model may change this page: refetch it, at most every 300 ms.
  const { live, changes } = useLive({}, "all", 300);

  useEffect(() => {
    setTokens([""]);
    setDraftSearch(search);
    setDraftFilter(advanced);
  }, [search, advanced]);

  useEffect(() => {
    let current = true;
    registry
      .listRegisteredModels({ filter: modelFilter(search, advanced), pageSize: PAGE_SIZE, pageToken, orderBy: "name" })
      .then((answer) => {
        if (!current) return;
        setModels(answer.registeredModels);
        setNext(answer.nextPageToken);
        setProblem(undefined);
      })
      .catch((err) => current && setProblem(problemOf(err)));
    return () => {
      current = false;
    };
  }, [search, advanced, pageToken, changes]);

  const submit = (e: Event) => {
    e.preventDefault();
    const params = new URLSearchParams();
    if (draftSearch.trim()) params.set("q", draftSearch.trim());
    if (draftFilter.trim()) params.set("filter", draftFilter.trim());
    const query = params.toString();
    navigate(query ? `/models?${query}` : "/models");
  };

  const filterProblem = problem?.code === Code.InvalidArgument ? problem : undefined;
  const filtered = search !== "" || advanced !== "";
  return (
    <main>
      <div class="page-head">
        <h1>Models</h1>
        <LiveDot live={live} />
      </div>
      <form class="search" onSubmit={submit} role="search">
        <label>
          Search
          <input
            type="search"
            name="q"
            value={draftSearch}
            placeholder="part of a model's name"
            onInput={(e) => setDraftSearch((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="grow">
          Filter
          <input
            name="filter"
            value={draftFilter}
            placeholder={"tags.team = 'risk' AND owner = 'ana'"}
            aria-describedby="filter-help"
            onInput={(e) => setDraftFilter((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Apply</button>
      </form>
      <p id="filter-help" class="hint">
        The filter is the API's: fields <code>name</code>, <code>owner</code>, <code>tags.KEY</code>,{" "}
        <code>create_time</code>, <code>update_time</code>; operators <code>= != &lt; &gt; LIKE ILIKE</code>;{" "}
        <code>AND OR NOT</code> and parentheses.
      </p>
      {filterProblem && <ProblemBox problem={filterProblem} what="This filter does not work" />}
      {problem && !filterProblem && <ProblemBox problem={problem} what="Could not list models" />}
      {models === undefined && !problem && <Loading />}
      {models !== undefined && models.length === 0 && !problem && (filtered ? <NoMatch /> : <FirstModel />)}
      {models !== undefined && models.length > 0 && (
        <div class="scroll">
        <table class="list models">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Latest</th>
              <th scope="col">Aliases</th>
              <th scope="col">Owner</th>
              <th scope="col">Tags</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {models.map((m) => (
              <tr key={m.name}>
                <td>
                  <Link href={modelPath(m.name)} class="strong">
                    {m.name}
                  </Link>
                  {m.description && <div class="muted clip">{firstLine(m.description)}</div>}
                </td>
                <td>
                  {m.latestVersion > 0n ? <Link href={versionPath(m.name, m.latestVersion)}>v{String(m.latestVersion)}</Link> : "—"}
                </td>
                <td>
                  {m.aliases.map((a) => (
                    <Badge key={a.alias} kind="alias" title={`${a.alias} → version ${a.version}`}>
                      {a.alias} → v{String(a.version)}
                    </Badge>
                  ))}
                </td>
                <td>{m.owner}</td>
                <td>
                  <TagList tags={m.tags} />
                </td>
                <td>
                  <Ago seconds={m.updateTime?.seconds} />
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

function NoMatch() {
  return (
    <div class="empty">
      <p>No model matches this search.</p>
      <Link href="/models">Show every model</Link>
    </div>
  );
}

function FirstModel() {
  const origin = window.location.hostname;
  return (
    <div class="empty">
      <h2>No models yet</h2>
      <p>Register the first one from a training job, and it appears here at once:</p>
      <pre>
        <code>{`from regserver_client import Registry

with Registry("${origin}:50051") as registry:
    registry.create_model("fraud-detector", description="Card fraud scoring")
    registry.upload_version("fraud-detector", "out/model/")`}</code>
      </pre>
      <p>
        Later versions can come from a shell as well: <code>regctl upload fraud-detector out/model/</code>
      </p>
    </div>
  );
}

/** A description's first line of text, without Markdown's heading and emphasis marks. */
function firstLine(markdown: string): string {
  const line = markdown.split("\n").find((l) => l.trim() !== "") ?? "";
  return line.replace(/^\s*#+\s*/, "").replace(/[*_`]/g, "");
}
