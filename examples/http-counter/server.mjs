// The entry of the http-counter example: it owns the listening socket.
//
// Two ways hmrc keeps a server serving while its code changes, both used here:
//  1. routes.mjs (the request handler) accepts its own updates. This file calls it through
//     its live binding, `handle`, so a new version of routes.mjs answers the next request
//     without this module running again or the socket being touched.
//  2. This module accepts its own updates too. Editing it runs it again; the old version
//     hands the open server over through import.meta.hot.data and the new one installs
//     its handler on it, so the port stays bound.
//
// Run:  bin/hmrc run --import hmr/register examples/http-counter/server.mjs [PORT]
import { serve } from "hmr:http";
import { handle } from "./routes.mjs";

const port = Number(globalThis.arguments?.[0] ?? 8080);
const handedOver = import.meta.hot?.data.server;
const server = handedOver ?? serve({ port }, (request) => handle(request));
server.handler = (request) => handle(request);

if (import.meta.hot) {
  import.meta.hot.dispose((data) => {
    data.server = server;
  });
  import.meta.hot.accept();
}

if (!handedOver) {
  console.log(`http-counter listening on ${server.url}`);
}
