// The JS half of the hmr:http built-in (dev.hmrc.runtime.host.HttpHost is the Java half).
// Evaluated once per context; the result is a function that takes the Java side's `open` and the
// Fetch globals' internals (web-fetch.js) and returns the module's exports: serve() and json().
//
// Java calls dispatch(method, url, headerList, latin1Body, done) on the loop for every request;
// the handler gets a standard Request (an absolute url, Headers, the body methods, a signal) and
// its answer (a Response, or one of the conveniences below, or a promise of either) is turned into
// [status, headerList, payload, isBytes, stream] and handed to done(answer, null, abort), or
// done(null, error, abort) when the handler throws, rejects or returns something that is not an answer.
// stream is null, or { pull(deliver), cancel() } for a Response whose body is a ReadableStream.
(function (open, web) {
    "use strict";
    const { defineProperty, freeze, create, keys } = Object;
    const isArray = Array.isArray;
    const stringify = JSON.stringify;
    const parseJson = JSON.parse;
    const fromCharCode = String.fromCharCode;
    const PromiseCtor = Promise;
    const then = Promise.prototype.then;
    const jsonAnswer = Symbol("hmr:http json answer");
    // The runtime's tracking of what each module instance owns (runtime-support.js); with hot
    // updates it also lets a server closed during an update keep its socket for a serve() of
    // the new version to adopt.
    const resources = () => globalThis[Symbol.for("hmrc.resources")];
    // "hostname:port" -> the entry of the server listening there (fixed ports only).
    const listening = new Map();

    function integerOption(options, name, fallback, min, max) {
        const value = options[name];
        if (value === undefined) return fallback;
        if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
            throw new RangeError("serve(): option \"" + name + "\" must be an integer from " + min + " to " + max
                + ", got " + (typeof value === "string" ? stringify(value) : String(value)));
        }
        return value;
    }

    function decodeComponent(text) {
        try {
            return decodeURIComponent(text.replace(/\+/g, " "));
        } catch (malformed) {
            return text;
        }
    }

    function parseQuery(query) {
        const result = create(null);
        if (query === "") return result;
        for (const part of query.split("&")) {
            if (part === "") continue;
            const eq = part.indexOf("=");
            const name = decodeComponent(eq < 0 ? part : part.slice(0, eq));
            const value = eq < 0 ? "" : decodeComponent(part.slice(eq + 1));
            if (!(name in result)) result[name] = value;
        }
        return result;
    }

    function bytesToLatin1(bytes) {
        let text = "";
        for (let i = 0; i < bytes.length; i += 8192) {
            text += fromCharCode.apply(null, bytes.subarray(i, Math.min(i + 8192, bytes.length)));
        }
        return text;
    }

    function asBytes(value) {
        if (value instanceof Uint8Array) return value;
        if (value instanceof ArrayBuffer) return new Uint8Array(value);
        if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return null;
    }

    // The Request a handler receives: a standard Request, with two extra getters that the standard
    // has no name for (path: decoded, without the query; query: the first value of each name).
    class ServerRequest extends web.Request {
        get path() {
            const url = this.url;
            const start = url.indexOf("/", url.indexOf("//") + 2);
            let end = url.indexOf("?", start);
            if (end < 0) end = url.length;
            return decodeComponent(url.slice(start, end));
        }

        get query() {
            const url = this.url;
            const question = url.indexOf("?");
            return freeze(parseQuery(question < 0 ? "" : url.slice(question + 1)));
        }
    }

    function headerPairs(headers, into) {
        if (headers === undefined || headers === null) return;
        if (headers instanceof web.Headers) {
            for (const [name, value] of headers) into.push(name, value);
            return;
        }
        if (typeof headers !== "object") throw new TypeError("the answer's headers must be an object or an array of [name, value] pairs");
        const list = isArray(headers) ? headers : keys(headers).map((name) => [name, headers[name]]);
        for (const pair of list) {
            if (!isArray(pair) || pair.length !== 2) throw new TypeError("a header must be a [name, value] pair");
            const values = isArray(pair[1]) ? pair[1] : [pair[1]];
            for (const value of values) into.push(String(pair[0]), String(value));
        }
    }

    function hasHeader(list, name) {
        for (let i = 0; i < list.length; i += 2) if (list[i].toLowerCase() === name) return true;
        return false;
    }

    function withBody(status, headers, body, json) {
        if (json) {
            const text = stringify(body);
            if (text === undefined) throw new TypeError("the answer's JSON body is not serialisable (" + typeof body + ")");
            if (!hasHeader(headers, "content-type")) headers.push("content-type", "application/json; charset=utf-8");
            return [status, headers, text, false, null];
        }
        if (body === undefined || body === null) return [status, headers, "", false, null];
        if (typeof body === "string") {
            if (!hasHeader(headers, "content-type")) headers.push("content-type", "text/plain; charset=utf-8");
            return [status, headers, body, false, null];
        }
        const bytes = asBytes(body);
        if (bytes !== null) {
            if (!hasHeader(headers, "content-type")) headers.push("content-type", "application/octet-stream");
            return [status, headers, bytesToLatin1(bytes), true, null];
        }
        return withBody(status, headers, body, true);
    }

    // What a handler returned, as [status, headerList, payload, isBytes].
    function toAnswer(value) {
        if (value instanceof web.Response) return responseAnswer(value);
        if (value === undefined || value === null) return [204, [], "", false, null];
        if (typeof value === "string" || asBytes(value) !== null) return withBody(200, [], value, false);
        if (typeof value !== "object") return withBody(200, [], value, true);
        const asJson = value[jsonAnswer] === true;
        if (!asJson && !("status" in value) && !("body" in value) && !("headers" in value)) return withBody(200, [], value, true);
        const status = value.status === undefined ? 200 : value.status;
        if (typeof status !== "number" || !Number.isInteger(status) || status < 100 || status > 599) {
            throw new RangeError("the answer's status must be an integer from 100 to 599, got " + String(status));
        }
        const headers = [];
        headerPairs(value.headers, headers);
        return withBody(status, headers, value.body, asJson);
    }

    // A Response as [status, headerList, latin1Payload, true, stream].
    function responseAnswer(response) {
        const parts = web.responseAnswer(response);
        if (parts[3] === null) return [parts[0], parts[1], parts[2], true, null];
        const reader = parts[3].getReader();
        const stream = {
            pull(deliver) {
                then.call(reader.read(), (result) => {
                    if (result.done) {
                        deliver(null, null);
                        return;
                    }
                    const chunk = result.value;
                    if (!(chunk instanceof Uint8Array)) {
                        deliver(null, new TypeError("a chunk of the Response body is not a Uint8Array"));
                        reader.cancel();
                        return;
                    }
                    deliver(web.bytesToLatin1(chunk), null);
                }, (error) => deliver(null, error === undefined ? new Error("the Response body's stream errored") : error));
            },
            cancel(reason) {
                then.call(reader.cancel(reason), undefined, () => {});
            },
        };
        return [parts[0], parts[1], "", true, stream];
    }

    // Calls the handler; its answer goes to done(answer, null, abort) or done(null, error, abort),
    // where abort(reason) aborts request.signal (Java calls it when the client has gone or the answer
    // timed out); it is returned too, for a handler that has not answered yet.
    function dispatch(server, method, url, headerList, latin1Body, done) {
        const made = web.serverRequest(ServerRequest, method, url, headerList, latin1Body);
        const abort = made.abort;
        const answer = (value) => {
            let converted;
            try {
                converted = toAnswer(value);
            } catch (error) {
                done(null, error, abort);
                return;
            }
            done(converted, null, abort);
        };
        let result;
        const tracking = resources();
        // What the handler schedules belongs to the instance that owns the server.
        const outer = tracking === undefined ? null : tracking.enter(server.owner);
        try {
            const handler = server.handler;
            if (typeof handler !== "function") throw new TypeError("the server's handler is not a function");
            result = handler(made.request, server.handle);
        } catch (error) {
            done(null, error, abort);
            return abort;
        } finally {
            if (tracking !== undefined) tracking.leave(outer);
        }
        if (result !== null && (typeof result === "object" || typeof result === "function") && typeof result.then === "function") {
            then.call(PromiseCtor.resolve(result), answer,
                (error) => done(null, error === undefined ? new Error("the handler's promise rejected with undefined") : error, abort));
            return abort;
        }
        answer(result);
        return abort;
    }

    // serve(options, handler) (Deno's form), serve(handler), or serve({ port, fetch }) (Bun's form).
    function serve(options, handler) {
        if (typeof options === "function" && handler === undefined) {
            handler = options;
            options = {};
        }
        if (options === undefined || options === null) options = {};
        if (typeof options !== "object") throw new TypeError("serve(options, handler): options must be an object");
        if (handler === undefined && typeof options.fetch === "function") {
            const bound = options;
            handler = (request, server) => bound.fetch(request, server);
        }
        if (typeof handler !== "function") throw new TypeError("serve(options, handler): handler must be a function (or options.fetch)");
        const port = integerOption(options, "port", 3000, 0, 65535);
        const hostname = options.hostname === undefined ? "127.0.0.1" : String(options.hostname);
        const maxBodyBytes = integerOption(options, "maxBodyBytes", 1048576, 0, 2147483647);
        const timeout = integerOption(options, "timeout", 30000, 1, 2147483647);
        const tracking = resources();
        const owner = tracking === undefined ? null : tracking.owner();
        const key = port === 0 ? null : hostname + ":" + port;
        const existing = key === null ? undefined : listening.get(key);
        if (existing !== undefined && tracking !== undefined && tracking.updating()
            && (existing.released || existing.owner === null || existing.owner.disposed === true)) {
            // The new version of a module (or the program run again) serves where the old one
            // did, during the update that disposes the old one: it adopts the listening socket,
            // so no connection is refused. The old handler answers until the update ends; then
            // (if the update applied, or the last good version that ran again served too) the
            // new one does.
            existing.pending = handler;
            existing.released = false;
            tracking.serverAdopted(existing, owner);
            tracking.serverTouched(existing);
            existing.handle = makeHandle(existing, hostname);
            return existing.handle;
        }
        const entry = { handler, pending: undefined, owner, key, released: false, handle: null, port: 0,
            closeSocket: null, closed: false };
        const opened = open(port, hostname, maxBodyBytes, timeout,
            (method, url, headerList, latin1Body, done) => dispatch(entry, method, url, headerList, latin1Body, done));
        entry.port = opened[0];
        entry.closeSocket = opened[1];
        // Stops listening (once); `resolve` runs when the server stopped.
        entry.shut = (resolve) => {
            if (entry.closed) { resolve(); return; }
            entry.closed = true;
            if (key !== null && listening.get(key) === entry) listening.delete(key);
            const tracker = resources();
            if (tracker !== undefined) tracker.serverClosed(entry);
            entry.closeSocket(resolve);
        };
        // The update that released or adopted it ended: closed when nobody adopted it, else the
        // adopting version's handler answers from now on.
        entry.settle = () => {
            if (entry.released) {
                entry.shut(() => {});
            } else if (entry.pending !== undefined) {
                entry.handler = entry.pending;
                entry.pending = undefined;
            }
        };
        entry.handle = makeHandle(entry, hostname);
        if (key !== null) listening.set(key, entry);
        if (tracking !== undefined) tracking.serverOpened(entry);
        return entry.handle;
    }

    // What serve() returns: one per version that serves; a handle whose server a newer version
    // adopted closes nothing.
    function makeHandle(entry, hostname) {
        let closing;
        const handle = {
            get port() { return entry.port; },
            get hostname() { return hostname; },
            get url() { return "http://" + (hostname.includes(":") ? "[" + hostname + "]" : hostname) + ":" + entry.port + "/"; },
            get handler() { return entry.pending !== undefined ? entry.pending : entry.handler; },
            set handler(value) {
                if (typeof value !== "function") throw new TypeError("a server's handler must be a function");
                entry.handler = value;
                entry.pending = undefined;
            },
            close() {
                if (closing === undefined) {
                    const tracking = resources();
                    if (entry.handle !== handle || entry.closed) {
                        closing = PromiseCtor.resolve(); // a newer version serves on this socket now
                    } else if (entry.key !== null && tracking !== undefined && tracking.updating()) {
                        // During an update: it keeps answering until the update ends, for a serve()
                        // of the new version on the same host and port to adopt it.
                        entry.released = true;
                        tracking.serverTouched(entry);
                        closing = PromiseCtor.resolve();
                    } else {
                        closing = new PromiseCtor((resolve) => entry.shut(resolve));
                    }
                }
                return closing;
            },
        };
        defineProperty(handle, Symbol.toStringTag, { value: "Server" });
        return handle;
    }

    // json(value, { status, headers }): an answer whose body is value as JSON, whatever its type.
    function json(value, init) {
        const answer = { status: 200, headers: undefined, body: value };
        if (init !== undefined && init !== null) {
            if (init.status !== undefined) answer.status = init.status;
            answer.headers = init.headers;
        }
        answer[jsonAnswer] = true;
        return freeze(answer);
    }

    return freeze({ serve, json });
})
