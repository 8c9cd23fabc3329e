// The entry of the hono-todo example: a Hono app served by hmr:http's serve(), which hands it
// standard Requests, exactly as `Deno.serve(options, app.fetch)` or `Bun.serve({ fetch })` would.
// app.mjs accepts its own updates; this module calls it through its live binding `app`, so an
// edit of app.mjs answers the next request without the socket being touched.
//
// Run (after scripts/fetch-corpora.sh, or `npm install hono` here):
//   bin/hmrc run --import hmr/register examples/hono-todo/server.mjs [PORT]
import { serve } from "hmr:http";
import { app } from "./app.mjs";

const port = Number(globalThis.arguments?.[0] ?? 8787);
const server = serve({ port }, (request) => app.fetch(request));
console.log(`hono-todo listening on ${server.url}`);
