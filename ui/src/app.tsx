// The shell: who is signed in, the header, and the page for the URL.

import { useCallback, useEffect, useState } from "preact/hooks";

import { Code } from "@connectrpc/connect";
import { Role, type GetCallerIdentityResponse } from "@gen/access_pb.js";
import { access, problemOf, setToken, token, type Problem } from "./api.js";
import { ProblemBox } from "./components.js";
import { mlflowLink } from "./format.js";
import { AuditPage } from "./pages/audit.js";
import { ComparePage } from "./pages/compare.js";
import { ExperimentPage, ExperimentsPage } from "./pages/experiments.js";
import { ModelPage } from "./pages/model.js";
import { ModelsPage } from "./pages/models.js";
import { NotFoundPage } from "./pages/notfound.js";
import { RunPage } from "./pages/run.js";
import { WebhooksPage } from "./pages/webhooks.js";
import { VersionPage } from "./pages/version.js";
import { Link, route, useLocation } from "./router.js";
import { may, SessionContext } from "./session.js";

// A link MLflow's client printed ("View run at: .../#/experiments/E/runs/R") opens that page here.
const fromMlflow = mlflowLink(window.location.hash);
if (fromMlflow !== undefined) window.history.replaceState(null, "", fromMlflow);

export function App() {
  const url = useLocation();
  const [identity, setIdentity] = useState<GetCallerIdentityResponse | undefined>(undefined);
  const [signIn, setSignIn] = useState<string | undefined>(undefined); // why a token is asked for
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    access
      .getCallerIdentity({})
      .then((who) => {
        if (!current) return;
        setIdentity(who);
        setSignIn(undefined);
        setProblem(undefined);
      })
      .catch((err) => {
        if (!current) return;
        const p = problemOf(err);
        if (p.code === Code.Unauthenticated) {
          setIdentity(undefined);
          setSignIn(token() ? `That token was refused: ${p.message}` : "This registry requires a token.");
        } else {
          setProblem(p);
          window.setTimeout(() => setAttempt((n) => n + 1), 3000); // the server may be restarting
        }
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  const signOut = useCallback(() => {
    setToken("");
    setIdentity(undefined);
    setAttempt((n) => n + 1);
  }, []);

  const here = route(url.pathname);
  let page;
  if (signIn !== undefined) page = <SignIn why={signIn} onToken={() => setAttempt((n) => n + 1)} />;
  else if (identity === undefined) page = <main>{problem && <ProblemBox problem={problem} what="Cannot reach the registry (retrying)" />}</main>;
  else if (here.page === "models") page = <ModelsPage query={url.searchParams} />;
  else if (here.page === "model") page = <ModelPage key={here.name} name={here.name} />;
  else if (here.page === "experiments") page = <ExperimentsPage />;
  else if (here.page === "audit") page = <AuditPage query={url.searchParams} />;
  else if (here.page === "webhooks") page = <WebhooksPage />;
  else if (here.page === "experiment") page = <ExperimentPage key={here.id} id={here.id} query={url.searchParams} />;
  else if (here.page === "run") page = <RunPage key={here.id} id={here.id} />;
  else if (here.page === "compare") page = <ComparePage key={here.name} name={here.name} query={url.searchParams} />;
  else if (here.page === "version") page = <VersionPage key={`${here.name}/${here.version}`} name={here.name} version={here.version} />;
  else page = <NotFoundPage what={`page at ${here.path}`} />;

  return (
    <SessionContext.Provider value={{ identity }}>
      <header class="top">
        <Link href="/models" class="brand">
          regserver
        </Link>
        <nav aria-label="Sections">
          <Link href="/models">Models</Link>
          <Link href="/experiments">Experiments</Link>
          {identity !== undefined && may(identity, Role.ADMIN, "") && (
            <>
              <Link href="/audit">Audit</Link>
              <Link href="/webhooks">Webhooks</Link>
            </>
          )}
        </nav>
        <div class="who">
          {identity && (
            <>
              <span title={identity.open ? "This server runs without authentication (loopback only)" : "Signed in"}>
                {identity.open ? "open server" : identity.principal}
              </span>
              {!identity.open && (
                <button type="button" class="link" onClick={signOut}>
                  Sign out
                </button>
              )}
            </>
          )}
        </div>
      </header>
      {page}
    </SessionContext.Provider>
  );
}

function SignIn(props: { why: string; onToken: () => void }) {
  const [value, setValue] = useState("");
  const submit = (e: Event) => {
    e.preventDefault();
    setToken(value.trim());
    props.onToken();
  };
  return (
    <main class="sign-in">
      <h1>Sign in</h1>
      <p>{props.why}</p>
      <form onSubmit={submit}>
        <label>
          API token
          <input
            type="password"
            autocomplete="off"
            value={value}
            placeholder="rsk_…"
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={!value.trim()}>
          Sign in
        </button>
      </form>
      <p class="hint">
        An admin makes one with <code>regserver tokens create NAME</code>. It is kept in this tab only and sent as a
        bearer token; closing the tab forgets it.
      </p>
    </main>
  );
}
