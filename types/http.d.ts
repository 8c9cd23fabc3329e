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

    /** What a handler receives. The body was read in full before the handler runs. */
    export interface Request {
        /** "GET", "POST", ... as the client sent it. */
        readonly method: string;
        /** The request target as sent: path and query, still percent-encoded. */
        readonly url: string;
        /** The decoded path, without the query. */
        readonly path: string;
        /** The query's parameters, decoded; the first value of a repeated name. */
        readonly query: Readonly<Record<string, string>>;
        /** Header names in lower case; repeated headers joined with ", ". */
        readonly headers: Readonly<Record<string, string>>;
        /** The body decoded as UTF-8 ("" when there is none). */
        text(): string;
        /** The body parsed as JSON (throws a SyntaxError when it is not JSON). */
        json(): any;
        /** A copy of the body's bytes. */
        bytes(): Uint8Array;
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
        headers?: Headers;
        body?: unknown;
    }

    /**
     * What a handler may return (or a promise of): a string (200, text/plain), bytes (200,
     * application/octet-stream), an `Answer`, what `json()` makes, undefined/null (204), or
     * any other value, sent as JSON with status 200.
     */
    export type HandlerResult = string | Uint8Array | ArrayBuffer | ArrayBufferView | Answer | null | undefined | object
        | number | boolean;

    /** Gets each request on the event loop; a throw or a rejection answers 500 and is reported on stderr. */
    export type Handler = (request: Request) => HandlerResult | Promise<HandlerResult>;

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

    /** Listens on `options.hostname`:`options.port` and answers every request through `handler`. */
    export function serve(options: ServeOptions, handler: Handler): Server;
    export function serve(handler: Handler): Server;

    /** An answer whose body is `value` as JSON, whatever its type (also a string). */
    export function json(value: unknown, init?: { status?: number; headers?: Headers }): Answer;

    const http: { serve: typeof serve; json: typeof json };
    export default http;
}
