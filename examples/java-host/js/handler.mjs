// The JS handler of the java-host example. JavaHost.java calls handle() for every request
// with plain data it made ({ method, path, visits, served }) and writes what it returns.
// Edit this file or greeting.mjs while the host runs: the next request uses the new code.
import { greeting } from "./greeting.mjs";

export function handle(request) {
  if (request.path === "/health") {
    return { status: 200, body: "ok\n" };
  }
  return `${greeting}: ${request.method} ${request.path}, visit ${request.visits} of this path,`
    + ` request ${request.served} of the Java host\n`;
}

import.meta.hot?.accept();
