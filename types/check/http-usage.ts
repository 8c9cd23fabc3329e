// Sample use of the hmr:http built-in, type-checked by HotTypesTest against ../http.d.ts.
// Lines under @ts-expect-error must be type errors.
import http, { json, serve, type Request, type Server } from "hmr:http";

const hits = new Map<string, number>();

async function handle(request: Request) {
    const url = new URL(request.url);
    const name: string = url.searchParams.get("name") ?? request.query.name ?? "anonymous";
    const next = (hits.get(name) ?? 0) + 1;
    hits.set(name, next);
    const agent: string | null = request.headers.get("user-agent");
    const signal: AbortSignal = request.signal;
    if (request.method === "POST") {
        const body: unknown = await request.json();
        return { status: 201, headers: { "x-hits": next }, body: { name, body, agent } };
    }
    if (request.path === "/raw") return new Uint8Array(await request.arrayBuffer());
    if (request.path === "/later") return Promise.resolve(json({ name, hits: next }, { status: 200 }));
    if (request.path === "/stream") {
        return new Response(new ReadableStream({ start(controller) { controller.enqueue(new TextEncoder().encode("x")); controller.close(); } }));
    }
    if (signal.aborted) return new Response(null, { status: 499 });
    return Response.json({ name, hits: next }, { headers: new Headers({ "x-hits": String(next) }) });
}

const server: Server = import.meta.hot?.data.server ?? serve({ port: 8080, maxBodyBytes: 1 << 20, timeout: 5000 }, handle);
server.handler = handle;
const port: number = server.port;
const url: string = server.url;
const closed: Promise<void> = server.close();
const alsoServe: typeof serve = http.serve;
serve((request) => request.text());
serve({ port: 0, fetch: (request, running) => new Response(request.url + running.port) });

// @ts-expect-error -- a handler is required
serve({ port: 1 });
// @ts-expect-error -- the port is a number
serve({ port: "8080" }, handle);
// @ts-expect-error -- the server's fields are read-only
server.port = 1;
// @ts-expect-error -- the body methods are the standard's: text() is a promise
serve((request) => request.text().toUpperCase());

export { port, url, closed, alsoServe };
