// The request handler of the http-counter example. Edit a route while the server runs:
// the next request uses the new code, and the counts in store.mjs are kept.
// It takes a standard Request and answers a standard Response (as under Deno.serve or Bun.serve);
// a plain string is still a fine answer too (200, text/plain).
import { bump, counts, reset } from "./store.mjs";

export const version = 1;

export function handle(request) {
  const url = new URL(request.url);
  switch (url.pathname) {
    case "/":
      return `http-counter v${version}: GET /hit?name=NAME counts a hit, GET /counts lists them\n`;
    case "/hit": {
      const name = url.searchParams.get("name") ?? "anonymous";
      return Response.json({ name, hits: bump(name), version });
    }
    case "/counts":
      return Response.json({ counts: counts(), version });
    case "/reset":
      if (request.method !== "POST") return new Response("use POST\n", { status: 405, headers: { allow: "POST" } });
      reset();
      return Response.json({ reset: true, version });
    default:
      return new Response(`no route for ${url.pathname}\n`, { status: 404 });
  }
}

import.meta.hot?.accept();
