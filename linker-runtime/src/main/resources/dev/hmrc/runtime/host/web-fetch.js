// The JS half of the Fetch Standard's globals (dev.hmrc.runtime.host.FetchHost is the Java half):
// Blob, File, FormData, Headers, Request, Response, fetch, TextEncoderStream, TextDecoderStream.
// Streams are web-streams-polyfill's ponyfill (brought in by the build as a WebJar), handed in as
// `streams`. Evaluated once per context, on the first use of one of these globals; the result is
// a function of (host, streams) that returns { globals, internals } where internals serve hmr:http.
//
// Bytes cross to Java as latin1 strings (one char per byte): strings cross the polyglot boundary
// without a copy per element.
(function (host, streams) {
    "use strict";
    const { ReadableStream, WritableStream, TransformStream } = streams;
    const G = globalThis;
    const TextEncoderCtor = G.TextEncoder;
    const TextDecoderCtor = G.TextDecoder;
    const URLCtor = G.URL;
    const URLSearchParamsCtor = G.URLSearchParams;
    const AbortControllerCtor = G.AbortController;
    const AbortSignalCtor = G.AbortSignal;
    const DOMExceptionCtor = G.DOMException;
    const fromCharCode = String.fromCharCode;
    const { defineProperty, freeze } = Object;
    const isArray = Array.isArray;

    // ReadableStream.from (Streams Standard, ReadableStreamFromIterable), which the polyfill's
    // version 3 lacks: a pull-driven stream (high-water mark 0) over an async or sync iterable.
    if (typeof ReadableStream.from !== "function") {
        defineProperty(ReadableStream, "from", {
            value: function from(asyncIterable) {
                const asyncMethod = asyncIterable === null || asyncIterable === undefined ? undefined : asyncIterable[Symbol.asyncIterator];
                let iterator;
                if (typeof asyncMethod === "function") {
                    iterator = asyncMethod.call(asyncIterable);
                } else {
                    const syncMethod = asyncIterable === null || asyncIterable === undefined ? undefined : asyncIterable[Symbol.iterator];
                    if (typeof syncMethod !== "function") throw new TypeError("ReadableStream.from: the argument is not iterable");
                    const sync = syncMethod.call(asyncIterable);
                    iterator = (async function* () { yield* { [Symbol.iterator]: () => sync }; })();
                }
                if (iterator === null || typeof iterator !== "object") throw new TypeError("ReadableStream.from: the iterator is not an object");
                const next = iterator.next;
                return new ReadableStream({
                    async pull(controller) {
                        const result = await next.call(iterator);
                        if (result === null || typeof result !== "object") throw new TypeError("ReadableStream.from: the iterator result is not an object");
                        if (result.done) controller.close();
                        else controller.enqueue(result.value);
                    },
                    async cancel(reason) {
                        const ret = iterator.return;
                        if (ret === undefined || ret === null) return;
                        const result = await ret.call(iterator, reason);
                        if (result === null || typeof result !== "object") throw new TypeError("ReadableStream.from: the return result is not an object");
                    },
                }, { highWaterMark: 0 });
            },
            writable: true, enumerable: false, configurable: true,
        });
    }

    // ---- bytes and text ----

    const utf8Encoder = TextEncoderCtor === undefined ? null : new TextEncoderCtor();

    function utf8Encode(text) {
        if (utf8Encoder !== null) return utf8Encoder.encode(text);
        return latin1ToBytes(host.utf8Encode(String(text)));
    }

    // UTF-8 decode (the Encoding Standard's: a leading BOM is dropped, errors become U+FFFD).
    function utf8Decode(bytes) {
        if (TextDecoderCtor !== undefined) return new TextDecoderCtor().decode(bytes);
        let text = host.utf8Decode(bytesToLatin1(bytes));
        return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
    }

    function latin1ToBytes(text) {
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
        return bytes;
    }

    function bytesToLatin1(bytes) {
        if (bytes.length <= 8192) return fromCharCode.apply(null, bytes);
        let text = "";
        for (let i = 0; i < bytes.length; i += 8192) {
            text += fromCharCode.apply(null, bytes.subarray(i, Math.min(i + 8192, bytes.length)));
        }
        return text;
    }

    function bufferSourceBytes(value) {
        if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && value instanceof SharedArrayBuffer)) {
            return new Uint8Array(value.slice(0));
        }
        if (ArrayBuffer.isView(value)) {
            return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
        }
        return null;
    }

    function concatBytes(chunks, total) {
        if (chunks.length === 1) return chunks[0];
        const all = new Uint8Array(total);
        let at = 0;
        for (const chunk of chunks) {
            all.set(chunk, at);
            at += chunk.length;
        }
        return all;
    }

    function usvString(value) {
        return String(value).toWellFormed();
    }

    function byteString(value, what) {
        const text = String(value);
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) > 255) throw new TypeError(what + ": the string has a character above U+00FF");
        }
        return text;
    }

    function isObject(value) {
        return value !== null && (typeof value === "object" || typeof value === "function");
    }

    // The streams made over known bytes (a body's or a Blob's), so that a body made of one of them
    // (new Response(response.body, response), as frameworks do to change headers) keeps the bytes.
    const streamedBytes = new WeakMap();

    function bytesStream(bytes) {
        const stream = new ReadableStream({
            type: "bytes",
            start(controller) {
                if (bytes.length > 0) controller.enqueue(bytes.slice());
                controller.close();
            },
        });
        streamedBytes.set(stream, bytes);
        return stream;
    }

    // ---- Blob and File (File API) ----

    let makingBlob = null; // the bytes of a Blob being made by slice(), else null

    class Blob {
        #bytes;
        #type;

        constructor(blobParts = undefined, options = undefined) {
            if (makingBlob !== null) {
                this.#bytes = makingBlob.bytes;
                this.#type = makingBlob.type;
                makingBlob = null;
                return;
            }
            const endings = options === undefined || options === null || options.endings === undefined
                ? "transparent" : String(options.endings);
            if (endings !== "transparent" && endings !== "native") {
                throw new TypeError("Blob: options.endings must be \"transparent\" or \"native\"");
            }
            const chunks = [];
            let total = 0;
            if (blobParts !== undefined) {
                if (!isObject(blobParts) || typeof blobParts[Symbol.iterator] !== "function") {
                    throw new TypeError("Blob: blobParts must be a sequence");
                }
                for (const part of blobParts) {
                    let bytes;
                    if (part instanceof Blob) bytes = part.#bytes;
                    else if ((bytes = bufferSourceBytes(part)) === null) {
                        let text = usvString(part);
                        if (endings === "native") text = text.replace(/\r\n?/g, "\n");
                        bytes = utf8Encode(text);
                    }
                    chunks.push(bytes);
                    total += bytes.length;
                }
            }
            this.#bytes = concatBytes(chunks, total);
            this.#type = normalizedType(options === undefined || options === null || options.type === undefined
                ? "" : String(options.type));
        }

        get size() { return this.#bytes.length; }
        get type() { return this.#type; }

        slice(start = undefined, end = undefined, contentType = undefined) {
            const size = this.#bytes.length;
            const from = relativeIndex(start, 0, size);
            const to = relativeIndex(end, size, size);
            makingBlob = {
                bytes: this.#bytes.subarray(from, Math.max(from, to)),
                type: contentType === undefined ? "" : normalizedType(String(contentType)),
            };
            return new Blob();
        }

        stream() {
            return bytesStream(this.#bytes);
        }

        text() {
            return Promise.resolve(utf8Decode(this.#bytes));
        }

        arrayBuffer() {
            return Promise.resolve(this.#bytes.slice().buffer);
        }

        bytes() {
            return Promise.resolve(this.#bytes.slice());
        }

        static bytesOf(blob) {
            return blob.#bytes;
        }

        get [Symbol.toStringTag]() { return "Blob"; }
    }
    const blobBytes = Blob.bytesOf;
    delete Blob.bytesOf;

    function normalizedType(type) {
        for (let i = 0; i < type.length; i++) {
            const c = type.charCodeAt(i);
            if (c < 0x20 || c > 0x7E) return "";
        }
        return type.toLowerCase();
    }

    function relativeIndex(value, fallback, size) {
        if (value === undefined) return fallback;
        let n = Math.trunc(Number(value)) || 0;
        if (n < 0) return Math.max(size + n, 0);
        return Math.min(n, size);
    }

    class File extends Blob {
        #name;
        #lastModified;

        constructor(fileBits, fileName, options = undefined) {
            if (arguments.length < 2) throw new TypeError("File: 2 arguments required, but only " + arguments.length + " present");
            super(fileBits, options);
            this.#name = usvString(fileName);
            this.#lastModified = options !== undefined && options !== null && options.lastModified !== undefined
                ? Math.trunc(Number(options.lastModified)) || 0 : Date.now();
        }

        get name() { return this.#name; }
        get lastModified() { return this.#lastModified; }
        get [Symbol.toStringTag]() { return "File"; }
    }

    function asFile(value, filename) {
        if (value instanceof File && filename === undefined) return value;
        const name = filename !== undefined ? usvString(filename) : value instanceof File ? value.name : "blob";
        const options = { type: value.type };
        if (value instanceof File) options.lastModified = value.lastModified;
        return new File([value], name, options);
    }

    // ---- FormData (XMLHttpRequest Standard) ----

    class FormData {
        #entries = [];

        constructor(form = undefined) {
            if (form !== undefined) throw new TypeError("FormData: there is no form element here; call new FormData() without arguments");
        }

        append(name, value, filename = undefined) {
            this.#entries.push(formEntry(arguments.length, name, value, filename, "append"));
        }

        delete(name) {
            const key = usvString(name);
            this.#entries = this.#entries.filter((entry) => entry[0] !== key);
        }

        get(name) {
            const key = usvString(name);
            const found = this.#entries.find((entry) => entry[0] === key);
            return found === undefined ? null : found[1];
        }

        getAll(name) {
            const key = usvString(name);
            return this.#entries.filter((entry) => entry[0] === key).map((entry) => entry[1]);
        }

        has(name) {
            const key = usvString(name);
            return this.#entries.some((entry) => entry[0] === key);
        }

        set(name, value, filename = undefined) {
            const entry = formEntry(arguments.length, name, value, filename, "set");
            const at = this.#entries.findIndex((existing) => existing[0] === entry[0]);
            if (at < 0) {
                this.#entries.push(entry);
            } else {
                this.#entries[at] = entry;
                this.#entries = this.#entries.filter((existing, index) => index <= at || existing[0] !== entry[0]);
            }
        }

        forEach(callback, thisArg = undefined) {
            if (typeof callback !== "function") throw new TypeError("FormData.forEach: the callback is not a function");
            for (const [name, value] of this) callback.call(thisArg, value, name, this);
        }

        *entries() {
            for (let i = 0; i < this.#entries.length; i++) yield [this.#entries[i][0], this.#entries[i][1]];
        }

        *keys() {
            for (const [name] of this.entries()) yield name;
        }

        *values() {
            for (const [, value] of this.entries()) yield value;
        }

        [Symbol.iterator]() {
            return this.entries();
        }

        static listOf(form) {
            return form.#entries;
        }

        get [Symbol.toStringTag]() { return "FormData"; }
    }
    const formEntries = FormData.listOf;
    delete FormData.listOf;

    function formEntry(count, name, value, filename, method) {
        if (count < 2) throw new TypeError("FormData." + method + ": 2 arguments required, but only " + count + " present");
        if (value instanceof Blob) return [usvString(name), asFile(value, filename)];
        if (count > 2 && filename !== undefined) {
            throw new TypeError("FormData." + method + ": parameter 2 is not of type 'Blob'");
        }
        return [usvString(name), usvString(value)];
    }

    function escapeFormName(name) {
        return name.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
    }

    // multipart/form-data encoding (HTML's "multipart/form-data encoding algorithm").
    function multipartBody(form) {
        let random = "";
        for (let i = 0; i < 24; i++) random += Math.floor(Math.random() * 10);
        const boundary = "----formdata-hmrc-" + random;
        const chunks = [];
        let total = 0;
        const add = (bytes) => { chunks.push(bytes); total += bytes.length; };
        for (const [name, value] of formEntries(form)) {
            let head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escapeFormName(name.replace(/\r\n?|\n/g, "\r\n")) + "\"";
            if (typeof value === "string") {
                add(utf8Encode(head + "\r\n\r\n" + value.replace(/\r\n?|\n/g, "\r\n") + "\r\n"));
            } else {
                head += "; filename=\"" + escapeFormName(value.name) + "\"\r\nContent-Type: "
                    + (value.type === "" ? "application/octet-stream" : value.type) + "\r\n\r\n";
                add(utf8Encode(head));
                add(blobBytes(value));
                add(utf8Encode("\r\n"));
            }
        }
        add(utf8Encode("--" + boundary + "--\r\n"));
        return { bytes: concatBytes(chunks, total), type: "multipart/form-data; boundary=" + boundary };
    }

    function indexOfBytes(haystack, needle, from) {
        const first = needle[0];
        outer: for (let i = from; i <= haystack.length - needle.length; i++) {
            if (haystack[i] !== first) continue;
            for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    function parameterOf(header, name) {
        const match = new RegExp(";\\s*" + name + "=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))", "i").exec(header);
        if (match === null) return null;
        return match[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : match[2];
    }

    function parseMultipart(bytes, boundary) {
        const form = new FormData();
        const delimiter = latin1ToBytes("--" + boundary);
        let at = indexOfBytes(bytes, delimiter, 0);
        if (at < 0) throw new TypeError("Failed to parse body as FormData: no boundary");
        for (;;) {
            at += delimiter.length;
            if (bytes[at] === 0x2D && bytes[at + 1] === 0x2D) return form; // "--": the last delimiter
            if (bytes[at] === 0x0D && bytes[at + 1] === 0x0A) at += 2;
            const headerEnd = indexOfBytes(bytes, latin1ToBytes("\r\n\r\n"), at);
            if (headerEnd < 0) throw new TypeError("Failed to parse body as FormData: a part has no header end");
            const headers = utf8Decode(bytes.subarray(at, headerEnd)).split("\r\n");
            const next = indexOfBytes(bytes, delimiter, headerEnd + 4);
            if (next < 0) throw new TypeError("Failed to parse body as FormData: the last boundary is missing");
            const content = bytes.subarray(headerEnd + 4, next - 2 >= headerEnd + 4 ? next - 2 : headerEnd + 4);
            let name = null;
            let filename = null;
            let type = "";
            for (const line of headers) {
                const colon = line.indexOf(":");
                if (colon < 0) continue;
                const key = line.slice(0, colon).trim().toLowerCase();
                const value = line.slice(colon + 1).trim();
                if (key === "content-disposition") {
                    name = parameterOf(value, "name");
                    filename = parameterOf(value, "filename");
                } else if (key === "content-type") {
                    type = value;
                }
            }
            if (name === null) throw new TypeError("Failed to parse body as FormData: a part has no name");
            if (filename !== null) form.append(name, new File([content], filename, { type }));
            else form.append(name, utf8Decode(content));
            at = next;
        }
    }

    function parseUrlEncoded(text) {
        const form = new FormData();
        if (URLSearchParamsCtor !== undefined) {
            for (const [name, value] of new URLSearchParamsCtor(text)) form.append(name, value);
            return form;
        }
        for (const part of text.split("&")) {
            if (part === "") continue;
            const eq = part.indexOf("=");
            const decode = (s) => decodeURIComponent(s.replace(/\+/g, " "));
            form.append(decode(eq < 0 ? part : part.slice(0, eq)), eq < 0 ? "" : decode(part.slice(eq + 1)));
        }
        return form;
    }

    // ---- Headers (Fetch Standard) ----

    const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
    const HTTP_WHITESPACE_EDGES = /^[\t\n\r ]+|[\t\n\r ]+$/g;

    function headerName(name) {
        const text = byteString(name, "Headers");
        if (!TOKEN.test(text)) throw new TypeError("Headers: invalid header name: \"" + text + "\"");
        return text.toLowerCase();
    }

    function headerValue(value) {
        const text = byteString(value, "Headers").replace(HTTP_WHITESPACE_EDGES, "");
        if (/[\0\r\n]/.test(text)) throw new TypeError("Headers: invalid header value: \"" + text + "\"");
        return text;
    }

    let headersFromList = null; // the header list of a Headers being made from Java's list, else null

    class Headers {
        #list = []; // [lowercase name, value] in the order added
        #guard = "none";
        #sorted = null; // the sort-and-combine result, until the list changes

        constructor(init = undefined) {
            if (headersFromList !== null) {
                this.#list = headersFromList;
                headersFromList = null;
                return;
            }
            if (init !== undefined) fillHeaders(this, init);
        }

        append(name, value) {
            this.#check();
            this.#list.push([headerName(name), headerValue(value)]);
            this.#sorted = null;
        }

        delete(name) {
            const key = headerName(name);
            this.#check();
            this.#list = this.#list.filter((entry) => entry[0] !== key);
            this.#sorted = null;
        }

        get(name) {
            const key = headerName(name);
            let result = null;
            for (const entry of this.#list) {
                if (entry[0] === key) result = result === null ? entry[1] : result + ", " + entry[1];
            }
            return result;
        }

        getSetCookie() {
            return this.#list.filter((entry) => entry[0] === "set-cookie").map((entry) => entry[1]);
        }

        has(name) {
            const key = headerName(name);
            return this.#list.some((entry) => entry[0] === key);
        }

        set(name, value) {
            const key = headerName(name);
            const text = headerValue(value);
            this.#check();
            const at = this.#list.findIndex((entry) => entry[0] === key);
            if (at < 0) {
                this.#list.push([key, text]);
            } else {
                this.#list[at] = [key, text];
                this.#list = this.#list.filter((entry, index) => index <= at || entry[0] !== key);
            }
            this.#sorted = null;
        }

        forEach(callback, thisArg = undefined) {
            if (typeof callback !== "function") throw new TypeError("Headers.forEach: the callback is not a function");
            for (const [name, value] of this) callback.call(thisArg, value, name, this);
        }

        *entries() {
            for (let i = 0; ; i++) {
                const pairs = this.#pairs();
                if (i >= pairs.length) return;
                yield [pairs[i][0], pairs[i][1]];
            }
        }

        *keys() {
            for (const [name] of this.entries()) yield name;
        }

        *values() {
            for (const [, value] of this.entries()) yield value;
        }

        [Symbol.iterator]() {
            return this.entries();
        }

        #check() {
            if (this.#guard === "immutable") throw new TypeError("immutable");
        }

        // "sort and combine": names in order, values of one name joined by ", " (set-cookie apart).
        #pairs() {
            if (this.#sorted === null) {
                const names = [...new Set(this.#list.map((entry) => entry[0]))].sort();
                const pairs = [];
                for (const name of names) {
                    if (name === "set-cookie") {
                        for (const value of this.getSetCookie()) pairs.push([name, value]);
                    } else {
                        pairs.push([name, this.get(name)]);
                    }
                }
                this.#sorted = pairs;
            }
            return this.#sorted;
        }

        static listOf(headers) { return headers.#list; }
        static guard(headers, guard) { headers.#guard = guard; return headers; }
        static guardOf(headers) { return headers.#guard; }

        get [Symbol.toStringTag]() { return "Headers"; }
    }
    const headerList = Headers.listOf;
    const guarded = Headers.guard;
    const headersGuard = Headers.guardOf;
    delete Headers.guardOf;
    delete Headers.listOf;
    delete Headers.guard;

    function fillHeaders(headers, init) {
        if (!isObject(init)) throw new TypeError("Headers: init must be an object, a sequence of pairs or a record");
        if (init instanceof Headers) {
            for (const [name, value] of headerList(init)) headers.append(name, value);
            return;
        }
        if (typeof init[Symbol.iterator] === "function") {
            for (const pair of init) {
                if (!isObject(pair) || typeof pair[Symbol.iterator] !== "function") {
                    throw new TypeError("Headers: each header must be a [name, value] pair");
                }
                const items = [...pair];
                if (items.length !== 2) throw new TypeError("Headers: each header must be a [name, value] pair");
                headers.append(items[0], items[1]);
            }
            return;
        }
        for (const key of Reflect.ownKeys(init)) {
            const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
            if (descriptor === undefined || !descriptor.enumerable) continue;
            if (typeof key === "symbol") throw new TypeError("Headers: a record key cannot be a symbol");
            headers.append(key, init[key]);
        }
    }

    function headersOf(list) {
        headersFromList = list;
        return new Headers();
    }

    // ---- bodies (the Body mixin) ----

    // What a Body holds: { bytes } (known bytes, streamed on demand) or { stream }; used marks a
    // body consumed without a stream ever being made.
    function extractBody(init, keepalive) {
        if (init instanceof ReadableStream) {
            if (init.locked || init._disturbed) throw new TypeError("Response body object should not be disturbed or locked");
            const known = streamedBytes.get(init);
            if (known !== undefined) {
                init.getReader(); // taken by the new body, as reading it would
                return { body: { stream: null, bytes: known, used: false }, type: null, length: known.length };
            }
            return { body: { stream: init, bytes: null, used: false }, type: null, length: null };
        }
        let bytes;
        let type = null;
        if (typeof init === "string") {
            bytes = utf8Encode(init);
            type = "text/plain;charset=UTF-8";
        } else if (init instanceof Blob) {
            bytes = blobBytes(init);
            if (init.type !== "") type = init.type;
        } else if (init instanceof FormData) {
            const multipart = multipartBody(init);
            bytes = multipart.bytes;
            type = multipart.type;
        } else if (URLSearchParamsCtor !== undefined && init instanceof URLSearchParamsCtor) {
            bytes = utf8Encode(init.toString());
            type = "application/x-www-form-urlencoded;charset=UTF-8";
        } else if ((bytes = bufferSourceBytes(init)) !== null) {
            // copied
        } else if (isObject(init) && typeof init[Symbol.asyncIterator] === "function") {
            const iterator = init[Symbol.asyncIterator]();
            const stream = new ReadableStream({
                async pull(controller) {
                    const next = await iterator.next();
                    if (next.done) controller.close();
                    else controller.enqueue(typeof next.value === "string" ? utf8Encode(next.value) : bufferSourceBytes(next.value) ?? next.value);
                },
                async cancel(reason) {
                    if (typeof iterator.return === "function") await iterator.return(reason);
                },
            });
            return { body: { stream, bytes: null, used: false }, type: null, length: null };
        } else {
            bytes = utf8Encode(usvString(init));
            type = "text/plain;charset=UTF-8";
        }
        return { body: { stream: null, bytes, used: false }, type, length: bytes.length };
    }

    function bodyStream(body) {
        if (body.stream === null) {
            body.stream = bytesStream(body.bytes);
            if (body.used) body.stream.getReader(); // consumed already: a locked stream
        }
        return body.stream;
    }

    function bodyUsed(body) {
        return body !== null && (body.used || (body.stream !== null && body.stream._disturbed === true));
    }

    // The whole body's bytes (a promise); marks it used.
    function consumeBody(body, what) {
        if (body === null) return Promise.resolve(new Uint8Array(0));
        if (bodyUsed(body) || (body.stream !== null && body.stream.locked)) {
            return Promise.reject(new TypeError(what + ": Body is unusable: Body has already been read"));
        }
        if (body.stream === null) {
            body.used = true;
            return Promise.resolve(body.bytes);
        }
        return readAll(body.stream);
    }

    async function readAll(stream) {
        const reader = stream.getReader();
        const chunks = [];
        let total = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (!(value instanceof Uint8Array)) {
                throw new TypeError("Received non-Uint8Array chunk");
            }
            chunks.push(value);
            total += value.length;
        }
        return concatBytes(chunks, total);
    }

    function teeBody(body) {
        if (body === null) return null;
        if (body.stream === null) return { stream: null, bytes: body.bytes, used: false };
        const [first, second] = body.stream.tee();
        body.stream = first;
        return { stream: second, bytes: null, used: false };
    }

    function mimeEssence(headers) {
        const type = headers.get("content-type");
        return type === null ? "" : type.split(";")[0].trim().toLowerCase();
    }

    function defineBodyMethods(Class, bodyOf, headersOfThis) {
        const name = Class.name;
        const methods = {
            get body() {
                const body = bodyOf(this);
                return body === null ? null : bodyStream(body);
            },
            get bodyUsed() {
                return bodyUsed(bodyOf(this));
            },
            arrayBuffer() {
                return consumeBody(bodyOf(this), name + ".arrayBuffer").then((bytes) => bytes.slice().buffer);
            },
            bytes() {
                return consumeBody(bodyOf(this), name + ".bytes").then((bytes) => bytes.slice());
            },
            text() {
                return consumeBody(bodyOf(this), name + ".text").then(utf8Decode);
            },
            json() {
                return consumeBody(bodyOf(this), name + ".json").then((bytes) => JSON.parse(utf8Decode(bytes)));
            },
            blob() {
                const headers = headersOfThis(this);
                return consumeBody(bodyOf(this), name + ".blob").then((bytes) => {
                    const type = headers.get("content-type");
                    return new Blob([bytes], { type: type === null ? "" : type });
                });
            },
            formData() {
                const headers = headersOfThis(this);
                return consumeBody(bodyOf(this), name + ".formData").then((bytes) => {
                    const essence = mimeEssence(headers);
                    if (essence === "multipart/form-data") {
                        const boundary = parameterOf(headers.get("content-type"), "boundary");
                        if (boundary === null) throw new TypeError("Failed to parse body as FormData: no boundary");
                        return parseMultipart(bytes, boundary);
                    }
                    if (essence === "application/x-www-form-urlencoded") return parseUrlEncoded(utf8Decode(bytes));
                    throw new TypeError("Content-Type was not one of \"multipart/form-data\" or \"application/x-www-form-urlencoded\".");
                });
            },
        };
        for (const key of Reflect.ownKeys(methods)) {
            const descriptor = Reflect.getOwnPropertyDescriptor(methods, key);
            descriptor.enumerable = true;
            defineProperty(Class.prototype, key, descriptor);
        }
    }

    // ---- Request ----

    const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
    const NORMALIZED_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);

    function normalizeMethod(method) {
        const text = byteString(method, "Request");
        if (!TOKEN.test(text)) throw new TypeError("'" + text + "' is not a valid HTTP method.");
        const upper = text.toUpperCase();
        if (FORBIDDEN_METHODS.has(upper)) throw new TypeError("'" + text + "' HTTP method is unsupported.");
        return NORMALIZED_METHODS.has(upper) ? upper : text;
    }

    function parseUrl(input, what) {
        if (URLCtor === undefined) throw new TypeError(what + ": URL is not available");
        try {
            return new URLCtor(input);
        } catch (error) {
            throw new TypeError("Failed to parse URL from " + input, { cause: error });
        }
    }

    function oneOf(value, allowed, what) {
        const text = String(value);
        if (!allowed.includes(text)) throw new TypeError(what + " must be one of " + allowed.map((a) => "\"" + a + "\"").join(", "));
        return text;
    }

    // A request's signal: made on first use (most server requests never read it), following its parent.
    function newSignalState(parent) {
        return { signal: null, controller: null, parent, reason: undefined, aborted: false };
    }

    function signalOf(state) {
        if (state.signal === null && AbortControllerCtor !== undefined) {
            state.controller = new AbortControllerCtor();
            state.signal = state.controller.signal;
            if (state.aborted) state.controller.abort(state.reason);
            const parent = state.parent;
            if (parent !== null && parent !== undefined) {
                if (parent.aborted) state.controller.abort(parent.reason);
                else parent.addEventListener("abort", () => state.controller.abort(parent.reason), { once: true });
            }
        }
        return state.signal;
    }

    function abortSignalState(state, reason) {
        if (state.aborted) return;
        state.aborted = true;
        state.reason = reason;
        if (state.controller !== null) state.controller.abort(reason);
    }

    let requestParts = null; // the parts of a Request being made by hmrc itself, else null

    class Request {
        #method;
        #url;
        #headers;
        #body;
        #signalState;
        #init; // redirect, mode, credentials, cache, referrer, referrerPolicy, integrity, keepalive, duplex

        constructor(input, init = undefined) {
            if (requestParts !== null) {
                const parts = requestParts;
                requestParts = null;
                this.#method = parts.method;
                this.#url = parts.url;
                this.#headers = parts.headers;
                this.#body = parts.body;
                this.#signalState = parts.signalState;
                this.#init = DEFAULT_REQUEST_INIT;
                return;
            }
            if (arguments.length < 1) throw new TypeError("Request: 1 argument required, but only 0 present");
            if (init !== undefined && init !== null && !isObject(init)) throw new TypeError("Request: init must be an object");
            init = init === undefined || init === null ? {} : init;
            let source = null;
            if (input instanceof Request) {
                source = input;
                this.#method = input.#method;
                this.#url = input.#url;
                this.#init = input.#init;
            } else {
                const parsed = parseUrl(usvString(input), "Request");
                if (parsed.username !== "" || parsed.password !== "") {
                    throw new TypeError("Request cannot be constructed from a URL that includes credentials: " + input);
                }
                this.#url = parsed.href;
                this.#method = "GET";
                this.#init = DEFAULT_REQUEST_INIT;
            }
            const options = { ...this.#init };
            if (init.method !== undefined) this.#method = normalizeMethod(init.method);
            if (init.redirect !== undefined) options.redirect = oneOf(init.redirect, ["follow", "error", "manual"], "Request: redirect");
            if (init.mode !== undefined) {
                options.mode = oneOf(init.mode, ["same-origin", "no-cors", "cors", "navigate", "websocket"], "Request: mode");
                if (options.mode === "navigate") throw new TypeError("Request constructor: invalid request mode navigate.");
            }
            if (init.credentials !== undefined) options.credentials = oneOf(init.credentials, ["omit", "same-origin", "include"], "Request: credentials");
            if (init.cache !== undefined) options.cache = oneOf(init.cache, ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached"], "Request: cache");
            if (init.integrity !== undefined) options.integrity = String(init.integrity);
            if (init.keepalive !== undefined) options.keepalive = Boolean(init.keepalive);
            if (init.referrer !== undefined) options.referrer = init.referrer === "" ? "" : String(init.referrer);
            if (init.referrerPolicy !== undefined) options.referrerPolicy = String(init.referrerPolicy);
            if (init.duplex !== undefined) options.duplex = oneOf(init.duplex, ["half"], "Request: duplex");
            this.#init = freeze(options);
            let parentSignal = source === null ? null : signalOf(source.#signalState);
            if (init.signal !== undefined) {
                if (init.signal !== null && (AbortSignalCtor === undefined || !(init.signal instanceof AbortSignalCtor))) {
                    throw new TypeError("Request: init.signal must be an AbortSignal");
                }
                parentSignal = init.signal;
            }
            this.#signalState = newSignalState(parentSignal);
            const headers = new Headers(init.headers !== undefined ? init.headers : source === null ? undefined : source.#headers);
            this.#headers = guarded(headers, "request");
            const hasInitBody = init.body !== undefined && init.body !== null;
            if ((hasInitBody || (source !== null && source.#body !== null)) && (this.#method === "GET" || this.#method === "HEAD")) {
                throw new TypeError("Request with GET/HEAD method cannot have body.");
            }
            if (hasInitBody) {
                const extracted = extractBody(init.body, options.keepalive);
                if (extracted.body.stream !== null && init.duplex !== "half") {
                    throw new TypeError("RequestInit: duplex option is required when sending a body.");
                }
                if (extracted.type !== null && !headers.has("content-type")) headerList(headers).push(["content-type", extracted.type]);
                this.#body = extracted.body;
            } else if (source !== null && source.#body !== null) {
                if (bodyUsed(source.#body) || (source.#body.stream !== null && source.#body.stream.locked)) {
                    throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
                }
                // the new request takes the body over; the source's becomes disturbed
                const taken = source.#body;
                this.#body = { stream: taken.stream, bytes: taken.bytes, used: false };
                taken.used = true;
                taken.stream = null;
            } else {
                this.#body = null;
            }
        }

        get method() { return this.#method; }
        get url() { return this.#url; }
        get headers() { return this.#headers; }
        get destination() { return ""; }
        get referrer() {
            const referrer = this.#init.referrer;
            return referrer === "" ? "" : referrer === undefined || referrer === "about:client" ? "about:client" : referrer;
        }
        get referrerPolicy() { return this.#init.referrerPolicy; }
        get mode() { return this.#init.mode; }
        get credentials() { return this.#init.credentials; }
        get cache() { return this.#init.cache; }
        get redirect() { return this.#init.redirect; }
        get integrity() { return this.#init.integrity; }
        get keepalive() { return this.#init.keepalive; }
        get isReloadNavigation() { return false; }
        get isHistoryNavigation() { return false; }
        get signal() { return signalOf(this.#signalState); }
        get duplex() { return this.#init.duplex; }

        clone() {
            if (bodyUsed(this.#body)) throw new TypeError("Request.clone: Body has already been consumed.");
            const copy = new Request(this.#url, { method: this.#method === "GET" ? "GET" : this.#method });
            copy.#headers = guarded(new Headers(this.#headers), "request");
            copy.#body = teeBody(this.#body);
            copy.#init = this.#init;
            copy.#signalState = newSignalState(signalOf(this.#signalState));
            return copy;
        }

        static bodyOf(request) { return request.#body; }
        static headersOf(request) { return request.#headers; }
        static signalStateOf(request) { return request.#signalState; }
        static initOf(request) { return request.#init; }

        get [Symbol.toStringTag]() { return "Request"; }
    }
    const DEFAULT_REQUEST_INIT = freeze({
        redirect: "follow", mode: "cors", credentials: "same-origin", cache: "default", referrer: "about:client",
        referrerPolicy: "", integrity: "", keepalive: false, duplex: "half",
    });
    const requestBody = Request.bodyOf;
    const requestHeaders = Request.headersOf;
    const requestSignalState = Request.signalStateOf;
    const requestInit = Request.initOf;
    delete Request.bodyOf;
    delete Request.headersOf;
    delete Request.signalStateOf;
    delete Request.initOf;
    defineBodyMethods(Request, requestBody, requestHeaders);

    // ---- Response ----

    const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
    const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
    const REASON_PHRASE = /^[\t\x20-\x7E\x80-\xFF]*$/;

    let responseParts = null; // the parts of a Response being made by hmrc itself, else null

    class Response {
        #status = 200;
        #statusText = "";
        #headers;
        #body = null;
        #type = "default";
        #urls = [];

        constructor(body = null, init = undefined) {
            if (responseParts !== null) {
                const parts = responseParts;
                responseParts = null;
                this.#status = parts.status;
                this.#statusText = parts.statusText;
                this.#headers = parts.headers;
                this.#body = parts.body;
                this.#type = parts.type;
                this.#urls = parts.urls;
                return;
            }
            if (init !== undefined && init !== null && !isObject(init)) throw new TypeError("Response: init must be an object");
            init = init === undefined || init === null ? {} : init;
            const status = init.status === undefined ? 200 : Number(init.status);
            if (!Number.isInteger(status) || status < 200 || status > 599) {
                throw new RangeError("init[\"status\"] must be in the range of 200 to 599, inclusive.");
            }
            const statusText = init.statusText === undefined ? "" : byteString(init.statusText, "Response");
            if (!REASON_PHRASE.test(statusText)) throw new TypeError("Invalid statusText");
            this.#status = status;
            this.#statusText = statusText;
            this.#headers = guarded(new Headers(init.headers), "response");
            if (body !== null && body !== undefined) {
                if (NULL_BODY_STATUS.has(status)) throw new TypeError("Response constructor: Invalid response status code " + status);
                const extracted = extractBody(body, false);
                if (extracted.type !== null && !this.#headers.has("content-type")) headerList(this.#headers).push(["content-type", extracted.type]);
                this.#body = extracted.body;
            }
        }

        get type() { return this.#type; }
        get url() { return this.#urls.length === 0 ? "" : this.#urls[this.#urls.length - 1]; }
        get redirected() { return this.#urls.length > 1; }
        get status() { return this.#status; }
        get ok() { return this.#status >= 200 && this.#status <= 299; }
        get statusText() { return this.#statusText; }
        get headers() { return this.#headers; }

        clone() {
            if (bodyUsed(this.#body)) throw new TypeError("Response.clone: Body has already been consumed.");
            const headers = new Headers(this.#headers);
            responseParts = {
                status: this.#status, statusText: this.#statusText,
                headers: guarded(headers, headersGuard(this.#headers)),
                body: teeBody(this.#body), type: this.#type, urls: this.#urls,
            };
            return new Response();
        }

        static error() {
            responseParts = { status: 0, statusText: "", headers: guarded(new Headers(), "immutable"), body: null, type: "error", urls: [] };
            return new Response();
        }

        static redirect(url, status = 302) {
            const parsed = parseUrl(usvString(url), "Response.redirect");
            status = Number(status);
            if (!REDIRECT_STATUS.has(status)) throw new RangeError("Invalid status code " + status);
            const headers = new Headers([["location", parsed.href]]);
            responseParts = { status, statusText: "", headers: guarded(headers, "immutable"), body: null, type: "default", urls: [] };
            return new Response();
        }

        static json(data, init = undefined) {
            const text = JSON.stringify(data);
            if (text === undefined) throw new TypeError("Value is not JSON serializable");
            const response = new Response(text, init);
            const headers = response.#headers;
            if (!headers.has("content-type")) {
                headerList(headers).push(["content-type", "application/json"]);
            } else if (headerList(headers).some((entry) => entry[0] === "content-type" && entry[1] === "text/plain;charset=UTF-8")) {
                // the init's headers had none: extractBody's text/plain was added; JSON replaces it
                headers.set("content-type", "application/json");
            }
            return response;
        }

        static bodyOf(response) { return response.#body; }
        static headersOf(response) { return response.#headers; }
        get [Symbol.toStringTag]() { return "Response"; }
    }
    const responseBody = Response.bodyOf;
    const responseHeaders = Response.headersOf;
    delete Response.bodyOf;
    delete Response.headersOf;
    defineBodyMethods(Response, responseBody, responseHeaders);

    function makeResponse(status, statusText, list, body, type, urls, immutable) {
        responseParts = {
            status, statusText, headers: guarded(headersOf(list), immutable ? "immutable" : "response"),
            body, type, urls,
        };
        return new Response();
    }

    // ---- fetch (on the JDK's java.net.http.HttpClient, through host) ----

    function abortReasonOf(signal) {
        if (signal.reason !== undefined) return signal.reason;
        return DOMExceptionCtor === undefined ? new Error("This operation was aborted") : new DOMExceptionCtor("This operation was aborted", "AbortError");
    }

    function fetchFailed(message) {
        return new TypeError("fetch failed", { cause: new Error(message) });
    }

    // A response body read from Java chunk by chunk as the stream is pulled.
    function javaBodyStream(id, onAbort) {
        let finished = false;
        return new ReadableStream({
            type: "bytes",
            pull(controller) {
                return new Promise((resolve, reject) => {
                    host.readBody(id, (latin1) => {
                        if (latin1 === null) {
                            finished = true;
                            controller.close();
                            const view = controller.byobRequest;
                            if (view) view.respond(0);
                        } else {
                            controller.enqueue(latin1ToBytes(latin1));
                        }
                        resolve();
                    }, (message) => {
                        finished = true;
                        reject(onAbort.reason !== undefined ? onAbort.reason : fetchFailed(message));
                    });
                });
            },
            cancel() {
                if (!finished) host.cancel(id);
            },
        });
    }

    // Streams a request body to Java, one chunk at a time, each after Java consumed the one before.
    function pumpRequestBody(id, stream) {
        const reader = stream.getReader();
        const next = () => {
            reader.read().then(({ done, value }) => {
                if (done) {
                    host.endChunks(id);
                    return;
                }
                const bytes = value instanceof Uint8Array ? value : bufferSourceBytes(value);
                if (bytes === null) {
                    host.failChunks(id, "a request body chunk is not a Uint8Array");
                    reader.cancel();
                    return;
                }
                host.writeChunk(id, bytesToLatin1(bytes), next);
            }, (error) => host.failChunks(id, String(error)));
        };
        next();
        return reader;
    }

    const REQUEST_BODY_HEADERS = ["content-encoding", "content-language", "content-location", "content-type"];

    function fetch(input, init = undefined) {
        let request;
        try {
            request = new Request(input, init);
        } catch (error) {
            return Promise.reject(error);
        }
        const signal = request.signal;
        if (signal !== null && signal !== undefined && signal.aborted) return Promise.reject(abortReasonOf(signal));
        return new Promise((resolve, reject) => {
            const state = { id: -1, reason: undefined, settled: false };
            let onAbort = null;
            if (signal !== null && signal !== undefined) {
                onAbort = () => {
                    state.reason = abortReasonOf(signal);
                    if (state.id >= 0) host.cancel(state.id);
                    if (!state.settled) {
                        state.settled = true;
                        reject(state.reason);
                    }
                };
                signal.addEventListener("abort", onAbort, { once: true });
            }
            const fail = (error) => {
                if (onAbort !== null) signal.removeEventListener("abort", onAbort);
                if (!state.settled) {
                    state.settled = true;
                    reject(error);
                }
            };
            const options = requestInit(request);
            const urls = [];
            let method = request.method;
            let list = headerList(requestHeaders(request)).map((entry) => [entry[0], entry[1]]);
            let body = requestBody(request);
            if (body !== null) requestBody(request).used = true;
            const send = (url) => {
                urls.push(url);
                const parsed = parseUrl(url, "fetch");
                if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
                    fail(fetchFailed("unknown scheme " + parsed.protocol));
                    return;
                }
                const flat = [];
                let hasAccept = false, hasUserAgent = false;
                for (const [name, value] of list) {
                    if (name === "accept") hasAccept = true;
                    if (name === "user-agent") hasUserAgent = true;
                    flat.push(name, value);
                }
                if (!hasAccept) flat.push("accept", "*/*");
                if (!hasUserAgent) flat.push("user-agent", G.navigator !== undefined && typeof G.navigator.userAgent === "string" ? G.navigator.userAgent : "hmrc");
                const streamed = body !== null && body.stream !== null;
                const latin1 = body === null || streamed ? null : bytesToLatin1(body.bytes);
                state.id = host.send(method, parsed.href, flat, body === null ? 0 : streamed ? 2 : 1, latin1,
                    (id, status, statusText, responseList) => {
                        if (state.settled) { host.cancel(id); return; }
                        const pairs = [];
                        for (let i = 0; i + 1 < responseList.length; i += 2) pairs.push([responseList[i], responseList[i + 1]]);
                        const location = pairs.find((entry) => entry[0] === "location");
                        if (REDIRECT_STATUS.has(status) && location !== undefined && options.redirect !== "manual") {
                            host.cancel(id);
                            if (options.redirect === "error") { fail(fetchFailed("unexpected redirect")); return; }
                            if (urls.length > 20) { fail(fetchFailed("redirect count exceeded")); return; }
                            let next;
                            try {
                                next = new URLCtor(location[1], parsed.href);
                            } catch (error) {
                                fail(fetchFailed("invalid redirect location " + location[1]));
                                return;
                            }
                            if (next.protocol !== "http:" && next.protocol !== "https:") { fail(fetchFailed("URL scheme must be a HTTP(S) scheme")); return; }
                            if (status !== 303 && body !== null && body.stream !== null) { fail(fetchFailed("cannot follow a redirect with a streamed body")); return; }
                            if (((status === 301 || status === 302) && method === "POST") || (status === 303 && method !== "GET" && method !== "HEAD")) {
                                method = "GET";
                                body = null;
                                list = list.filter((entry) => !REQUEST_BODY_HEADERS.includes(entry[0]));
                            }
                            if (next.origin !== parsed.origin) list = list.filter((entry) => entry[0] !== "authorization");
                            send(next.href);
                            return;
                        }
                        state.settled = true;
                        const nullBody = method === "HEAD" || NULL_BODY_STATUS.has(status);
                        let responseBody = null;
                        if (nullBody) host.cancel(id);
                        else responseBody = { stream: javaBodyStream(id, state), bytes: null, used: false };
                        resolve(makeResponse(status, statusText, pairs, responseBody, "basic", urls.slice(), true));
                    },
                    (message) => fail(fetchFailed(message)));
                if (streamed) pumpRequestBody(state.id, body.stream);
            };
            try {
                send(request.url);
            } catch (error) {
                fail(error);
            }
        });
    }

    // ---- TextEncoderStream and TextDecoderStream (Encoding Standard) ----

    class TextEncoderStream {
        #transform;

        constructor() {
            let pendingHigh = "";
            this.#transform = new TransformStream({
                transform(chunk, controller) {
                    let text = pendingHigh + String(chunk);
                    pendingHigh = "";
                    const last = text.charCodeAt(text.length - 1);
                    if (last >= 0xD800 && last <= 0xDBFF) {
                        pendingHigh = text.slice(-1);
                        text = text.slice(0, -1);
                    }
                    if (text.length > 0) controller.enqueue(utf8Encode(text));
                },
                flush(controller) {
                    if (pendingHigh !== "") controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
                },
            });
        }

        get encoding() { return "utf-8"; }
        get readable() { return this.#transform.readable; }
        get writable() { return this.#transform.writable; }
        get [Symbol.toStringTag]() { return "TextEncoderStream"; }
    }

    class TextDecoderStream {
        #decoder;
        #transform;

        constructor(label = "utf-8", options = undefined) {
            if (TextDecoderCtor === undefined) throw new TypeError("TextDecoderStream: TextDecoder is not available");
            const decoder = new TextDecoderCtor(label, options);
            this.#decoder = decoder;
            this.#transform = new TransformStream({
                transform(chunk, controller) {
                    const text = decoder.decode(chunk, { stream: true });
                    if (text !== "") controller.enqueue(text);
                },
                flush(controller) {
                    const text = decoder.decode();
                    if (text !== "") controller.enqueue(text);
                },
            });
        }

        get encoding() { return this.#decoder.encoding; }
        get fatal() { return this.#decoder.fatal; }
        get ignoreBOM() { return this.#decoder.ignoreBOM; }
        get readable() { return this.#transform.readable; }
        get writable() { return this.#transform.writable; }
        get [Symbol.toStringTag]() { return "TextDecoderStream"; }
    }

    for (const Class of [Blob, File, FormData, Headers, Request, Response, TextEncoderStream, TextDecoderStream]) {
        const tag = Reflect.getOwnPropertyDescriptor(Class.prototype, Symbol.toStringTag);
        defineProperty(Class.prototype, Symbol.toStringTag, { value: tag.get.call(null), configurable: true });
    }

    // ---- what hmr:http uses ----

    // The Request a server's handler receives: body known in full (latin1), headers as Java read them.
    const PLAIN_TARGET = /^http:\/\/[a-z0-9.\-]+(?::[0-9]+)?\/(?:[A-Za-z0-9\-_~!$&()*+,;=:@\/?%]|\.(?![.\/?]|$))*$/;

    function serverRequest(Class, method, url, list, latin1Body) {
        if (!PLAIN_TARGET.test(url) && URLCtor !== undefined) {
            try {
                url = new URLCtor(url).href; // the URL standard's serialization (dot segments, encoding)
            } catch (malformed) {
                // kept as the client sent it
            }
        }
        const pairs = [];
        for (let i = 0; i + 1 < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
        const hasBody = latin1Body.length > 0 || (method !== "GET" && method !== "HEAD" && pairs.some((e) => e[0] === "content-length" || e[0] === "transfer-encoding"));
        const signalState = newSignalState(null);
        requestParts = {
            method, url, headers: guarded(headersOf(pairs), "request"),
            body: hasBody ? { stream: null, bytes: latin1ToBytes(latin1Body), used: false } : null,
            signalState,
        };
        const request = new Class();
        return { request, abort: (reason) => abortSignalState(signalState, reason) };
    }

    // A Response as hmr:http writes it: [status, headerList, latin1Payload | null, stream | null].
    function responseAnswer(response) {
        if (response.type === "error") throw new TypeError("the handler answered Response.error()");
        const flat = [];
        for (const [name, value] of headerList(responseHeaders(response))) flat.push(name, value);
        const body = responseBody(response);
        if (body === null) return [response.status, flat, "", null];
        if (bodyUsed(body) || (body.stream !== null && body.stream.locked)) {
            throw new TypeError("the handler's Response body has already been read");
        }
        if (body.stream === null) {
            body.used = true;
            return [response.status, flat, bytesToLatin1(body.bytes), null];
        }
        return [response.status, flat, null, body.stream];
    }

    return freeze({
        globals: freeze({
            Blob, File, FormData, Headers, Request, Response, fetch, TextEncoderStream, TextDecoderStream,
            ReadableStream, WritableStream, TransformStream,
            ReadableStreamDefaultReader: streams.ReadableStreamDefaultReader,
            ReadableStreamBYOBReader: streams.ReadableStreamBYOBReader,
            ReadableStreamBYOBRequest: streams.ReadableStreamBYOBRequest,
            ReadableByteStreamController: streams.ReadableByteStreamController,
            ReadableStreamDefaultController: streams.ReadableStreamDefaultController,
            TransformStreamDefaultController: streams.TransformStreamDefaultController,
            WritableStreamDefaultWriter: streams.WritableStreamDefaultWriter,
            WritableStreamDefaultController: streams.WritableStreamDefaultController,
            ByteLengthQueuingStrategy: streams.ByteLengthQueuingStrategy,
            CountQueuingStrategy: streams.CountQueuingStrategy,
        }),
        internals: freeze({ serverRequest, responseAnswer, bytesToLatin1, latin1ToBytes, Request, Response, Headers }),
    });
})
