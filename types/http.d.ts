// Types of the `hmr:http` built-in module (dev.hmrc.runtime.host.HttpHost, http-support.js).
//
// Use: add this file to a TypeScript program next to hmr.d.ts (tsconfig.json "files", or
// `/// <reference path="path/to/hmrc/types/http.d.ts" />`); then `import { serve } from "hmr:http"`
// is typed. The module exists in both `hmrc run` modes (with and without --import hmr/register).

declare module "hmr:http" {
    /** Options of `serve`; every one has a default. */
    export interface ServeOptions {
        /** The TCP port; 0 picks a free one (see `Server.port`). Default 3000. */
        port?: number;
        /** The address to listen on. Default "127.0.0.1" (loopback only). */
        hostname?: string;
        /** Longest request body accepted, in bytes; a longer one is answered 413. Default 1048576 (1 MiB). */
        maxBodyBytes?: number;
        /** How long a request may wait for the handler's answer, in ms, before a 503. Default 30000. */
        timeout?: number;
    }

    /**
     * What a handler receives: a standard `Request` (the `Request` of TypeScript's "dom" lib or of
     * @types/node) with an absolute `url`, `headers` as a `Headers`, the body methods (`text()`,
     * `json()`, `arrayBuffer()`, `formData()`, `blob()`, `body`) and a `signal` that aborts when the
     * client goes away while a streamed answer is written, when the answer timed out or when the
     * server closed before answering (not when
     * the client leaves before a non-streaming answer is ready: the JDK's server gives no notice of
     * it; see the README's "`request.signal` and clients that leave"); the body was read in full (up to `maxBodyBytes`) before the handler runs.
     * Two extras the standard has no name for are kept from hmrc's first request shape.
     */
    export interface Request extends globalThis.Request {
        /** The decoded path, without the query. */
        readonly path: string;
        /** The query's parameters, decoded; the first value of a repeated name. */
        readonly query: Readonly<Record<string, string>>;
    }

    /** Header values of an answer: an object, or [name, value] pairs (a value may be a list). */
    export type Headers = Record<string, string | number | ReadonlyArray<string | number>>
        | ReadonlyArray<readonly [string, string | number | ReadonlyArray<string | number>]>;

    /**
     * An answer with a status: `body` as a string is sent as UTF-8 text (text/plain unless
     * `headers` say otherwise), bytes as they are (application/octet-stream), any other
     * value as JSON (application/json); no body sends none.
     */
    export interface Answer {
        status?: number;
        headers?: Headers | globalThis.Headers;
        body?: unknown;
    }

    /**
     * What a handler may return (or a promise of): a standard `Response` (its body streamed when
     * it is a ReadableStream), a string (200, text/plain), bytes (200, application/octet-stream),
     * an `Answer`, what `json()` makes, undefined/null (204), or any other value, sent as JSON
     * with status 200.
     */
    export type HandlerResult = globalThis.Response | string | Uint8Array | ArrayBuffer | ArrayBufferView | Answer | null
        | undefined | object | number | boolean;

    /**
     * Gets each request on the event loop, and the server as its second argument (Bun's
     * `fetch(request, server)`); a throw or a rejection answers 500 and is reported on stderr.
     */
    export type Handler = (request: Request, server: Server) => HandlerResult | Promise<HandlerResult>;

    /** An open server. It keeps the program running until `close()`. */
    export interface Server {
        /** The port it listens on (the chosen one when `port` was 0). */
        readonly port: number;
        readonly hostname: string;
        /** "http://hostname:port/". */
        readonly url: string;
        /** The handler of the next requests; assign a new version's handler to keep the socket across updates. */
        handler: Handler;
        /** Stops listening; requests in flight get their answers first. The same promise on every call. */
        close(): Promise<void>;
    }

    /**
     * Listens on `options.hostname`:`options.port` and answers every request through `handler`,
     * as `Deno.serve(options, handler)` does; `serve(handler)` takes the default options and
     * `serve({ port, fetch })` is Bun's form (so `serve({ port }, (request) => app.fetch(request))`
     * and `serve({ port, fetch: app.fetch })` both serve a Hono app).
     */
    export function serve(options: ServeOptions, handler: Handler): Server;
    export function serve(options: ServeOptions & { fetch: Handler }): Server;
    export function serve(handler: Handler): Server;

    /** An answer whose body is `value` as JSON, whatever its type (also a string). */
    export function json(value: unknown, init?: { status?: number; headers?: Headers }): Answer;

    const http: { serve: typeof serve; json: typeof json };
    export default http;
}
