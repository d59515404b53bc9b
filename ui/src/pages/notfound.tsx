import { Link } from "../router.js";

export function NotFoundPage(props: { what: string }) {
  return (
    <main class="not-found">
      <h1>Not found</h1>
      <p>There is no {props.what} on this registry, or your token may not read it.</p>
      <p>
        <Link href="/models">Back to the models</Link>
      </p>
    </main>
  );
}
