// Sample use of the hmr:http built-in, type-checked by HotTypesTest against ../http.d.ts.
// Lines under @ts-expect-error must be type errors.
import http, { json, serve, type Request, type Server } from "hmr:http";

const hits = new Map<string, number>();

function handle(request: Request) {
    const name: string = request.query.name ?? "anonymous";
    const next = (hits.get(name) ?? 0) + 1;
    hits.set(name, next);
    if (request.method === "POST") {
        const body: unknown = request.json();
        return { status: 201, headers: { "x-hits": next }, body: { name, body } };
    }
    if (request.path === "/raw") return request.bytes();
    if (request.path === "/later") return Promise.resolve(json({ name, hits: next }, { status: 200 }));
    return `${name}: ${next}\n`;
}

const server: Server = import.meta.hot?.data.server ?? serve({ port: 8080, maxBodyBytes: 1 << 20, timeout: 5000 }, handle);
server.handler = handle;
const port: number = server.port;
const url: string = server.url;
const closed: Promise<void> = server.close();
const alsoServe: typeof serve = http.serve;
serve((request) => request.text());

// @ts-expect-error -- a handler is required
serve({ port: 1 });
// @ts-expect-error -- the port is a number
serve({ port: "8080" }, handle);
// @ts-expect-error -- the server's fields are read-only
server.port = 1;

export { port, url, closed, alsoServe };
