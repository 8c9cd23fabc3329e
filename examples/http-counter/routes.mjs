// The request handler of the http-counter example. Edit a route while the server runs:
// the next request uses the new code, and the counts in store.mjs are kept.
import { json } from "hmr:http";
import { bump, counts, reset } from "./store.mjs";

export const version = 1;

export function handle(request) {
  switch (request.path) {
    case "/":
      return `http-counter v${version}: GET /hit?name=NAME counts a hit, GET /counts lists them\n`;
    case "/hit": {
      const name = request.query.name ?? "anonymous";
      return json({ name, hits: bump(name), version });
    }
    case "/counts":
      return json({ counts: counts(), version });
    case "/reset":
      if (request.method !== "POST") return { status: 405, headers: { allow: "POST" }, body: "use POST\n" };
      reset();
      return json({ reset: true, version });
    default:
      return { status: 404, body: `no route for ${request.path}\n` };
  }
}

import.meta.hot?.accept();
