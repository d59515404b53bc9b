// History-API routing: real URLs (/models/fraud/versions/3) that the server answers with this page.

import type { ComponentChildren, TargetedMouseEvent } from "preact";
import { useEffect, useState } from "preact/hooks";

const CHANGED = "regserver:navigate";

export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", path);
  window.dispatchEvent(new Event(CHANGED));
  window.scrollTo(0, 0);
}

export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(window.location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(window.location.href));
    window.addEventListener("popstate", update);
    window.addEventListener(CHANGED, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(CHANGED, update);
    };
  }, []);
  return url;
}

/** A link that navigates in the page (a modified click still opens a new tab). */
export function Link(props: { href: string; class?: string; children: ComponentChildren; title?: string }) {
  const onClick = (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(props.href);
  };
  return (
    <a href={props.href} class={props.class} title={props.title} onClick={onClick}>
      {props.children}
    </a>
  );
}

export function modelPath(name: string): string {
  return `/models/${encodeURIComponent(name)}`;
}

/** The compare page of two versions (numbers or aliases); b may be left to choose. */
export function comparePath(name: string, a: string, b = ""): string {
  const query = new URLSearchParams({ a });
  if (b) query.set("b", b);
  return `${modelPath(name)}/compare?${query.toString()}`;
}

export function versionPath(name: string, version: bigint | number): string {
  return `${modelPath(name)}/versions/${version}`;
}

export type Route =
  | { page: "models" }
  | { page: "model"; name: string }
  | { page: "version"; name: string; version: bigint }
  | { page: "compare"; name: string }
  | { page: "experiments" }
  | { page: "audit" }
  | { page: "webhooks" }
  | { page: "experiment"; id: string }
  | { page: "run"; id: string }
  | { page: "not-found"; path: string };

export function route(pathname: string): Route {
  const parts = pathname.split("/").filter((p) => p !== "");
  const decode = (p: string) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return undefined;
    }
  };
  if (parts.length === 0 || (parts.length === 1 && parts[0] === "models")) return { page: "models" };
  if (parts[0] === "experiments" && parts.length === 1) return { page: "experiments" };
  if (parts[0] === "audit" && parts.length === 1) return { page: "audit" };
  if (parts[0] === "webhooks" && parts.length === 1) return { page: "webhooks" };
  if ((parts[0] === "experiments" || parts[0] === "runs") && parts.length === 2) {
    const id = decode(parts[1]!);
    if (id === undefined) return { page: "not-found", path: pathname };
    return parts[0] === "runs" ? { page: "run", id } : { page: "experiment", id };
  }
  if (parts[0] === "models" && parts.length >= 2) {
    const name = decode(parts[1]!);
    if (name === undefined) return { page: "not-found", path: pathname };
    if (parts.length === 2) return { page: "model", name };
    if (parts.length === 3 && parts[2] === "compare") return { page: "compare", name };
    if (parts.length === 4 && parts[2] === "versions" && /^[1-9][0-9]{0,17}$/.test(parts[3]!)) {
      return { page: "version", name, version: BigInt(parts[3]!) };
    }
  }
  return { page: "not-found", path: pathname };
}
