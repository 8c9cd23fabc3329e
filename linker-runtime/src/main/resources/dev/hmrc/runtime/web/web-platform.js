// hmrc web platform: the WinterTC Minimum Common Web Platform API globals (without the fetch
// and streams family), evaluated once per context before any module runs. Its completion value
// is the installer; WebPlatform.java calls it with the host functions (JDK-backed: text codecs,
// URL parsing, SecureRandom, MessageDigest/Mac, base64, the monotonic clock).
(function (host) {
    "use strict";
    const { defineProperty, defineProperties, getPrototypeOf, setPrototypeOf, freeze, create } = Object;
    const apply = Reflect.apply;
    const ArrayBufferCtor = ArrayBuffer;
    const Uint8ArrayCtor = Uint8Array;
    const isView = ArrayBuffer.isView;
    const StringCtor = String;
    const toStringTag = Symbol.toStringTag;
    const hostNow = () => host.now(), timeOrigin = host.timeOrigin();
    const queueJob = (f) => { Promise.resolve().then(f); };
    // A Java ByteBuffer as a Uint8Array over the same memory (no copy).
    const bytesOfHost = (byteBuffer) => new Uint8ArrayCtor(new ArrayBufferCtor(byteBuffer));
    // A JS copy of a Java ByteBuffer in an ordinary ArrayBuffer (for small results that programs keep).
    const copyOfHost = (byteBuffer) => {
        const view = bytesOfHost(byteBuffer);
        const copy = new Uint8ArrayCtor(view.length);
        copy.set(view);
        return copy.buffer;
    };

    // Defines a global like WebIDL's interface objects: writable, configurable, not enumerable.
    const define = (name, value) =>
        defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
    // Gives a class's prototype its class string ([object Name]) and hides its methods from for-in.
    const brand = (cls, name) => {
        defineProperty(cls.prototype, toStringTag, { value: name, configurable: true });
        for (const key of Reflect.ownKeys(cls.prototype)) {
            const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
            if (desc.enumerable) { desc.enumerable = false; defineProperty(cls.prototype, key, desc); }
        }
        return cls;
    };
    const illegalConstructor = () => { throw new TypeError("Illegal constructor"); };
    const requireArguments = (given, needed, where) => {
        if (given < needed) {
            throw new TypeError(`Failed to execute '${where}': ${needed} argument${needed > 1 ? "s" : ""} required, but only ${given} present.`);
        }
    };

    // ---- DOMException (WebIDL 3.14.1)
    const legacyCodes = {
        IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
        NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
        InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
        InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
        URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
    };
    const domExceptionData = new WeakMap();
    class DOMException extends Error {
        constructor(message = "", options = "Error") {
            super();
            delete this.message;
            let name = options;
            let cause;
            if (options !== null && typeof options === "object") {
                name = "name" in options ? StringCtor(options.name) : "Error";
                if ("cause" in options) cause = options.cause;
            }
            domExceptionData.set(this, { name: StringCtor(name), message: StringCtor(message) });
            if (cause !== undefined) defineProperty(this, "cause", { value: cause, writable: true, configurable: true });
        }
        get name() { return data(this).name; }
        get message() { return data(this).message; }
        get code() { return legacyCodes[data(this).name] ?? 0; }
    }
    function data(e) {
        const d = domExceptionData.get(e);
        if (d === undefined) throw new TypeError("Illegal invocation");
        return d;
    }
    brand(DOMException, "DOMException");
    const codeNames = ["INDEX_SIZE_ERR", 1, "DOMSTRING_SIZE_ERR", 2, "HIERARCHY_REQUEST_ERR", 3, "WRONG_DOCUMENT_ERR", 4,
        "INVALID_CHARACTER_ERR", 5, "NO_DATA_ALLOWED_ERR", 6, "NO_MODIFICATION_ALLOWED_ERR", 7, "NOT_FOUND_ERR", 8,
        "NOT_SUPPORTED_ERR", 9, "INUSE_ATTRIBUTE_ERR", 10, "INVALID_STATE_ERR", 11, "SYNTAX_ERR", 12,
        "INVALID_MODIFICATION_ERR", 13, "NAMESPACE_ERR", 14, "INVALID_ACCESS_ERR", 15, "VALIDATION_ERR", 16,
        "TYPE_MISMATCH_ERR", 17, "SECURITY_ERR", 18, "NETWORK_ERR", 19, "ABORT_ERR", 20, "URL_MISMATCH_ERR", 21,
        "QUOTA_EXCEEDED_ERR", 22, "TIMEOUT_ERR", 23, "INVALID_NODE_TYPE_ERR", 24, "DATA_CLONE_ERR", 25];
    for (let i = 0; i < codeNames.length; i += 2) {
        const desc = { value: codeNames[i + 1], enumerable: true };
        defineProperty(DOMException, codeNames[i], desc);
        defineProperty(DOMException.prototype, codeNames[i], desc);
    }
    const domException = (message, name) => new DOMException(message, name);
    define("DOMException", DOMException);

    // ---- Event (DOM 2.2)
    const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
    const eventState = new WeakMap();
    const stateOf = (event) => {
        const s = eventState.get(event);
        if (s === undefined) throw new TypeError("Illegal invocation");
        return s;
    };
    class Event {
        constructor(type, eventInitDict = undefined) {
            requireArguments(arguments.length, 1, "Event constructor");
            const init = eventInitDict ?? {};
            if (typeof init !== "object" && typeof init !== "function") {
                throw new TypeError("The \"options\" argument must be of type object.");
            }
            eventState.set(this, {
                type: StringCtor(type), bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed,
                target: null, currentTarget: null, eventPhase: NONE, canceled: false, stopPropagation: false,
                stopImmediate: false, inPassiveListener: false, dispatching: false, initialized: true,
                timeStamp: hostNow(),
            });
            // isTrusted is an unforgeable own accessor (DOM 2.2 [LegacyUnforgeable]).
            defineProperty(this, "isTrusted", { get: isTrustedGetter, enumerable: true, configurable: false });
        }
        get type() { return stateOf(this).type; }
        get target() { return stateOf(this).target; }
        get srcElement() { return stateOf(this).target; }
        get currentTarget() { return stateOf(this).currentTarget; }
        composedPath() { const s = stateOf(this); return s.dispatching && s.currentTarget !== null ? [s.currentTarget] : []; }
        get eventPhase() { return stateOf(this).eventPhase; }
        stopPropagation() { stateOf(this).stopPropagation = true; }
        get cancelBubble() { return stateOf(this).stopPropagation; }
        set cancelBubble(value) { if (value) stateOf(this).stopPropagation = true; }
        stopImmediatePropagation() { const s = stateOf(this); s.stopPropagation = true; s.stopImmediate = true; }
        get bubbles() { return stateOf(this).bubbles; }
        get cancelable() { return stateOf(this).cancelable; }
        get returnValue() { return !stateOf(this).canceled; }
        set returnValue(value) { if (!value) setCanceled(stateOf(this)); }
        preventDefault() { setCanceled(stateOf(this)); }
        get defaultPrevented() { return stateOf(this).canceled; }
        get composed() { return stateOf(this).composed; }
        get timeStamp() { return stateOf(this).timeStamp; }
        initEvent(type, bubbles = false, cancelable = false) {
            requireArguments(arguments.length, 1, "initEvent");
            const s = stateOf(this);
            if (s.dispatching) return;
            s.type = StringCtor(type); s.bubbles = !!bubbles; s.cancelable = !!cancelable;
            s.stopPropagation = s.stopImmediate = s.canceled = false; s.target = null;
        }
    }
    const isTrustedGetter = function () { return eventState.get(this)?.isTrusted === true; };
    function setCanceled(s) { if (s.cancelable && !s.inPassiveListener) s.canceled = true; }
    brand(Event, "Event");
    for (const [name, value] of [["NONE", NONE], ["CAPTURING_PHASE", CAPTURING_PHASE], ["AT_TARGET", AT_TARGET], ["BUBBLING_PHASE", BUBBLING_PHASE]]) {
        defineProperty(Event, name, { value, enumerable: true });
        defineProperty(Event.prototype, name, { value, enumerable: true });
    }
    define("Event", Event);

    class CustomEvent extends Event {
        #detail;
        constructor(type, eventInitDict = undefined) {
            requireArguments(arguments.length, 1, "CustomEvent constructor");
            super(type, eventInitDict);
            this.#detail = eventInitDict?.detail ?? null;
        }
        get detail() { return this.#detail; }
        initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
            this.initEvent(type, bubbles, cancelable);
            if (!stateOf(this).dispatching) this.#detail = detail;
        }
    }
    brand(CustomEvent, "CustomEvent");
    define("CustomEvent", CustomEvent);

    // ---- EventTarget (DOM 2.7). No tree: an event reaches only its target.
    const listenersOf = new WeakMap();
    const listenerList = (target) => {
        const list = listenersOf.get(target);
        if (list === undefined) throw new TypeError("Illegal invocation");
        return list;
    };
    // DOM 2.7 "flatten more options"
    const flattenOptions = (options) => {
        if (typeof options === "boolean") return { capture: options, once: false, passive: false, signal: null };
        if (options === null || options === undefined || (typeof options !== "object" && typeof options !== "function")) {
            return { capture: !!options, once: false, passive: false, signal: null };
        }
        const signal = options.signal;
        if (signal !== undefined && !(signal instanceof AbortSignal)) {
            throw new TypeError("The \"options.signal\" property must be an instance of AbortSignal.");
        }
        return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: signal ?? null };
    };
    class EventTarget {
        constructor() { listenersOf.set(this, []); }
        addEventListener(type, callback, options = undefined) {
            requireArguments(arguments.length, 2, "addEventListener");
            const list = listenerList(this);
            const { capture, once, passive, signal } = flattenOptions(options);
            // DOM 2.7 "add an event listener"
            if (signal !== null && signal.aborted) return;                               // 2
            if (callback === null || callback === undefined) return;                     // 3
            if (typeof callback !== "function" && typeof callback !== "object") {
                throw new TypeError("The \"listener\" argument must be an instance of EventListener.");
            }
            const typeString = StringCtor(type);
            for (const l of list) {                                                      // 4
                if (l.type === typeString && l.callback === callback && l.capture === capture) return;
            }
            const listener = { type: typeString, callback, capture, once, passive, removed: false };
            list.push(listener);
            if (signal !== null) {                                                        // 5
                signal.addEventListener("abort", () => removeListener(list, listener));
            }
        }
        removeEventListener(type, callback, options = undefined) {
            requireArguments(arguments.length, 2, "removeEventListener");
            const list = listenerList(this);
            const capture = typeof options === "boolean" ? options : !!(options && options.capture);
            const typeString = StringCtor(type);
            for (const l of list) {
                if (l.type === typeString && l.callback === callback && l.capture === capture) {
                    removeListener(list, l);
                    return;
                }
            }
        }
        dispatchEvent(event) {
            requireArguments(arguments.length, 1, "dispatchEvent");
            if (!(event instanceof Event)) {
                throw new TypeError("The \"event\" argument must be an instance of Event.");
            }
            const s = stateOf(event);
            if (s.dispatching || !s.initialized) {
                throw domException("The event is already being dispatched.", "InvalidStateError");
            }
            return dispatch(this, event, s);
        }
    }
    brand(EventTarget, "EventTarget");
    function removeListener(list, listener) {
        listener.removed = true;
        const at = list.indexOf(listener);
        if (at >= 0) list.splice(at, 1);
    }
    // DOM 2.9 "dispatch" for a target without parents: the AT_TARGET phase only.
    function dispatch(target, event, s) {
        s.dispatching = true;
        s.target = target;
        s.currentTarget = target;
        s.eventPhase = AT_TARGET;
        const list = listenersOf.get(target);
        if (list !== undefined && list.length > 0) {
            // "inner invoke": capture listeners first, then the others, each set as it was when
            // dispatch began (a listener added meanwhile is not called).
            const snapshot = list.slice();
            invoke(target, event, s, snapshot, true);
            invoke(target, event, s, snapshot, false);
        }
        s.dispatching = false;
        s.eventPhase = NONE;
        s.currentTarget = null;
        s.stopPropagation = false;
        s.stopImmediate = false;
        return !s.canceled;
    }
    function invoke(target, event, s, listeners, capturePhase) {
        for (const l of listeners) {
            if (s.stopImmediate) return;
            if (l.removed || l.type !== s.type || l.capture !== capturePhase) continue;
            if (l.once) removeListener(listenersOf.get(target), l);
            s.inPassiveListener = l.passive;
            try {
                const callback = l.callback;
                if (typeof callback === "function") {
                    apply(callback, target, [event]);
                } else {
                    const handleEvent = callback.handleEvent;
                    if (typeof handleEvent !== "function") {
                        throw new TypeError("'handleEvent' property of the listener is not a function");
                    }
                    apply(handleEvent, callback, [event]);
                }
            } catch (error) {
                // "report an exception": the dispatch goes on; the error is uncaught (as in Node).
                queueJob(() => { throw error; });
            } finally {
                s.inPassiveListener = false;
            }
        }
    }
    define("EventTarget", EventTarget);

    // An event handler IDL attribute (HTML 8.1.8.1), e.g. AbortSignal's onabort.
    const handlerAttribute = (cls, type) => {
        const handlers = new WeakMap();
        defineProperty(cls.prototype, "on" + type, {
            get() { return handlers.get(this)?.value ?? null; },
            set(value) {
                let slot = handlers.get(this);
                if (slot === undefined) {
                    slot = { value: null };
                    handlers.set(this, slot);
                    this.addEventListener(type, function (event) {
                        const f = slot.value;
                        if (typeof f === "function") {
                            const result = apply(f, this, [event]);
                            if (result === false) event.preventDefault();
                        }
                    });
                }
                slot.value = typeof value === "function" || (value !== null && typeof value === "object") ? value : null;
            },
            enumerable: false, configurable: true,
        });
    };

    // ---- AbortController / AbortSignal (DOM 3.1, 3.2)
    const signalState = new WeakMap();
    let constructingSignal = false;
    const newSignal = () => {
        constructingSignal = true;
        try { return new AbortSignal(); } finally { constructingSignal = false; }
    };
    const signalOf = (signal) => {
        const s = signalState.get(signal);
        if (s === undefined) throw new TypeError("Illegal invocation");
        return s;
    };
    class AbortSignal extends EventTarget {
        constructor() {
            if (!constructingSignal) illegalConstructor();
            super();
            signalState.set(this, { aborted: false, reason: undefined, algorithms: [], dependent: false,
                sources: [], dependents: [] });
        }
        static abort(reason = undefined) {
            const signal = newSignal();
            const s = signalOf(signal);
            s.aborted = true;
            s.reason = reason !== undefined ? reason : domException("This operation was aborted", "AbortError");
            return signal;
        }
        static timeout(milliseconds) {
            requireArguments(arguments.length, 1, "timeout");
            const ms = Number(milliseconds);
            if (!Number.isFinite(ms) || ms < 0 || ms > Number.MAX_SAFE_INTEGER) {
                throw new TypeError("The \"delay\" argument must be a non-negative finite number.");
            }
            const signal = newSignal();
            // the timer does not keep the program alive (as in Node)
            const id = setTimeout(() => signalAbort(signal, domException("The operation was aborted due to timeout", "TimeoutError")), ms);
            host.unrefTimer(id);
            return signal;
        }
        static any(signals) {
            requireArguments(arguments.length, 1, "any");
            const list = Array.from(signals);
            for (const signal of list) {
                if (!(signal instanceof AbortSignal)) {
                    throw new TypeError("The \"signals\" argument must be a sequence of AbortSignal.");
                }
            }
            // DOM 3.2 "create a dependent abort signal"
            const result = newSignal();
            const r = signalOf(result);
            for (const signal of list) {                                                 // 2
                const s = signalOf(signal);
                if (s.aborted) { r.aborted = true; r.reason = s.reason; return result; }
            }
            r.dependent = true;                                                          // 3
            for (const signal of list) {                                                 // 4
                const s = signalOf(signal);
                const sources = s.dependent ? s.sources : [signal];
                for (const source of sources) {
                    if (!r.sources.includes(source)) {
                        r.sources.push(source);
                        signalOf(source).dependents.push(result);
                    }
                }
            }
            return result;
        }
        get aborted() { return signalOf(this).aborted; }
        get reason() { return signalOf(this).reason; }
        throwIfAborted() {
            const s = signalOf(this);
            if (s.aborted) throw s.reason;
        }
    }
    brand(AbortSignal, "AbortSignal");
    handlerAttribute(AbortSignal, "abort");
    // DOM 3.2 "signal abort"
    function signalAbort(signal, reason) {
        const s = signalOf(signal);
        if (s.aborted) return;                                                           // 1
        s.aborted = true;                                                                // 2
        s.reason = reason !== undefined ? reason : domException("This operation was aborted", "AbortError");
        const dependentsToAbort = [];                                                    // 3
        for (const dependent of s.dependents) {                                          // 4
            const d = signalOf(dependent);
            if (!d.aborted) {
                d.aborted = true;
                d.reason = s.reason;
                dependentsToAbort.push(dependent);
            }
        }
        runAbortSteps(signal);                                                           // 5
        for (const dependent of dependentsToAbort) runAbortSteps(dependent);             // 6
    }
    function runAbortSteps(signal) {
        const s = signalOf(signal);
        const algorithms = s.algorithms;
        s.algorithms = [];
        for (const algorithm of algorithms) algorithm();
        const event = new Event("abort");
        eventState.get(event).isTrusted = true;
        signal.dispatchEvent(event);
    }
    class AbortController {
        #signal = newSignal();
        get signal() { return this.#signal; }
        abort(reason = undefined) { signalAbort(this.#signal, reason); }
    }
    brand(AbortController, "AbortController");
    define("AbortSignal", AbortSignal);
    define("AbortController", AbortController);

    // ---- TextEncoder / TextDecoder (Encoding Standard 7)
    // [buffer, offset, length] of an AllowSharedBufferSource.
    const bufferSource = (input, what) => {
        if (isView(input)) return [input.buffer, input.byteOffset, input.byteLength];
        if (input instanceof ArrayBufferCtor || (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer)) {
            return [input, 0, input.byteLength];
        }
        throw new TypeError(`The "${what}" argument must be an instance of ArrayBuffer or ArrayBufferView.`);
    };
    const wellFormed = (s) => s.isWellFormed() ? s : s.toWellFormed();
    const encodeUtf8 = (s) => bytesOfHost(host.encodeUtf8(wellFormed(s)));
    class TextEncoder {
        get encoding() { return "utf-8"; }
        encode(input = "") {
            return encodeUtf8(StringCtor(input));
        }
        // 7.4 encodeInto(source, destination): UTF-8 of as much of source as fits whole.
        encodeInto(source, destination) {
            requireArguments(arguments.length, 2, "encodeInto");
            if (!(destination instanceof Uint8ArrayCtor)) {
                throw new TypeError("The \"dest\" argument must be an instance of Uint8Array.");
            }
            const s = StringCtor(source);
            const capacity = destination.length;
            let read = 0, written = 0;
            const n = s.length;
            while (read < n) {
                let c = s.charCodeAt(read);
                let units = 1;
                if (c >= 0xD800 && c <= 0xDBFF && read + 1 < n) {
                    const d = s.charCodeAt(read + 1);
                    if (d >= 0xDC00 && d <= 0xDFFF) { c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); units = 2; }
                    else c = 0xFFFD;
                } else if (c >= 0xD800 && c <= 0xDFFF) {
                    c = 0xFFFD;
                }
                if (c < 0x80) {
                    if (written + 1 > capacity) break;
                    destination[written++] = c;
                } else if (c < 0x800) {
                    if (written + 2 > capacity) break;
                    destination[written++] = 0xC0 | (c >> 6);
                    destination[written++] = 0x80 | (c & 0x3F);
                } else if (c < 0x10000) {
                    if (written + 3 > capacity) break;
                    destination[written++] = 0xE0 | (c >> 12);
                    destination[written++] = 0x80 | ((c >> 6) & 0x3F);
                    destination[written++] = 0x80 | (c & 0x3F);
                } else {
                    if (written + 4 > capacity) break;
                    destination[written++] = 0xF0 | (c >> 18);
                    destination[written++] = 0x80 | ((c >> 12) & 0x3F);
                    destination[written++] = 0x80 | ((c >> 6) & 0x3F);
                    destination[written++] = 0x80 | (c & 0x3F);
                }
                read += units;
            }
            return { read, written };
        }
    }
    brand(TextEncoder, "TextEncoder");
    define("TextEncoder", TextEncoder);

    const hostDecode = (d, b, o, l, s) => host.decode(d, b, o, l, s), hostNewDecoder = (n, f, i) => host.newDecoder(n, f, i);
    class TextDecoder {
        #encoding; #fatal; #ignoreBOM; #decoder = null;
        constructor(label = "utf-8", options = undefined) {
            const name = host.encodingOf(StringCtor(label));
            if (name === null || name === "replacement") {
                throw new RangeError(`The "${label}" encoding is not supported`);
            }
            if (options !== undefined && options !== null && typeof options !== "object") {
                throw new TypeError("The \"options\" argument must be of type object.");
            }
            this.#encoding = name;
            this.#fatal = !!options?.fatal;
            this.#ignoreBOM = !!options?.ignoreBOM;
        }
        get encoding() { return this.#encoding; }
        get fatal() { return this.#fatal; }
        get ignoreBOM() { return this.#ignoreBOM; }
        decode(input = undefined, options = undefined) {
            const stream = !!options?.stream;
            let buffer = null, offset = 0, length = 0;
            if (input !== undefined) [buffer, offset, length] = bufferSource(input, "input");
            if (this.#decoder === null) this.#decoder = hostNewDecoder(this.#encoding, this.#fatal, this.#ignoreBOM);
            const text = hostDecode(this.#decoder, buffer, offset, length, stream);
            if (text === null) {
                throw new TypeError(`The encoded data was not valid for encoding ${this.#encoding}`);
            }
            return text;
        }
    }
    brand(TextDecoder, "TextDecoder");
    define("TextDecoder", TextDecoder);

    // ---- atob / btoa (HTML 8.3)
    const toLatin1Check = (s) => {
        for (let i = 0; i < s.length; i++) {
            if (s.charCodeAt(i) > 0xFF) throw domException("Invalid character", "InvalidCharacterError");
        }
        return s;
    };
    define("btoa", function btoa(data) {
        requireArguments(arguments.length, 1, "btoa");
        return host.btoa(toLatin1Check(StringCtor(data)));
    });
    define("atob", function atob(data) {
        requireArguments(arguments.length, 1, "atob");
        const decoded = host.atob(StringCtor(data));
        if (decoded === null) throw domException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
        return decoded;
    });

    // ---- performance (High Resolution Time 3, User Timing 3)
    class PerformanceEntry {
        #name; #type; #start; #duration;
        constructor(name, type, start, duration, token) {
            if (token !== entryToken) illegalConstructor();
            this.#name = name; this.#type = type; this.#start = start; this.#duration = duration;
        }
        get name() { return this.#name; }
        get entryType() { return this.#type; }
        get startTime() { return this.#start; }
        get duration() { return this.#duration; }
        toJSON() { return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration }; }
    }
    const entryToken = {};
    class PerformanceMark extends PerformanceEntry {
        #detail;
        constructor(markName, markOptions = undefined) {
            requireArguments(arguments.length, 1, "PerformanceMark constructor");
            const start = markOptions?.startTime !== undefined ? Number(markOptions.startTime) : hostNow();
            if (start < 0) throw new TypeError("startTime cannot be negative");
            super(StringCtor(markName), "mark", start, 0, entryToken);
            this.#detail = markOptions?.detail === undefined ? null : structuredClone(markOptions.detail);
        }
        get detail() { return this.#detail; }
        toJSON() { const json = super.toJSON(); json.detail = this.#detail; return json; }
    }
    class PerformanceMeasure extends PerformanceEntry {
        #detail;
        constructor(name, start, duration, detail, token) {
            super(name, "measure", start, duration, token);
            this.#detail = detail;
        }
        get detail() { return this.#detail; }
        toJSON() { const json = super.toJSON(); json.detail = this.#detail; return json; }
    }
    brand(PerformanceEntry, "PerformanceEntry");
    brand(PerformanceMark, "PerformanceMark");
    brand(PerformanceMeasure, "PerformanceMeasure");
    const entries = [];
    const markTime = (name) => {
        if (typeof name === "number") return name;
        for (let i = entries.length - 1; i >= 0; i--) {
            if (entries[i].entryType === "mark" && entries[i].name === name) return entries[i].startTime;
        }
        throw domException(`The "${name}" performance mark has not been set`, "SyntaxError");
    };
    class Performance extends EventTarget {
        constructor(token) { if (token !== entryToken) illegalConstructor(); super(); }
        now() { return hostNow(); }
        get timeOrigin() { return timeOrigin; }
        mark(markName, markOptions = undefined) {
            const mark = new PerformanceMark(markName, markOptions);
            entries.push(mark);
            return mark;
        }
        // User Timing 3.1.3 measure(measureName, startOrMeasureOptions, endMark)
        measure(measureName, startOrMeasureOptions = undefined, endMark = undefined) {
            requireArguments(arguments.length, 1, "measure");
            let start = 0, end, detail = null;
            if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === "object") {
                const o = startOrMeasureOptions;
                if (endMark !== undefined) throw new TypeError("endMark cannot be given with measure options");
                end = o.end !== undefined ? markTime(o.end)
                    : o.start !== undefined && o.duration !== undefined ? markTime(o.start) + Number(o.duration) : hostNow();
                start = o.start !== undefined ? markTime(o.start)
                    : o.duration !== undefined && o.end !== undefined ? end - Number(o.duration) : 0;
                detail = o.detail === undefined ? null : structuredClone(o.detail);
            } else {
                end = endMark !== undefined ? markTime(StringCtor(endMark)) : hostNow();
                start = startOrMeasureOptions !== undefined ? markTime(StringCtor(startOrMeasureOptions)) : 0;
            }
            const measure = new PerformanceMeasure(StringCtor(measureName), start, end - start, detail, entryToken);
            entries.push(measure);
            return measure;
        }
        getEntries() { return entries.slice(); }
        getEntriesByType(type) { return entries.filter((e) => e.entryType === StringCtor(type)); }
        getEntriesByName(name, type = undefined) {
            return entries.filter((e) => e.name === StringCtor(name) && (type === undefined || e.entryType === StringCtor(type)));
        }
        clearMarks(name = undefined) { clearEntries("mark", name); }
        clearMeasures(name = undefined) { clearEntries("measure", name); }
        toJSON() { return { timeOrigin }; }
    }
    function clearEntries(type, name) {
        for (let i = entries.length - 1; i >= 0; i--) {
            if (entries[i].entryType === type && (name === undefined || entries[i].name === StringCtor(name))) entries.splice(i, 1);
        }
    }
    brand(Performance, "Performance");
    define("Performance", Performance);
    define("PerformanceEntry", PerformanceEntry);
    define("PerformanceMark", PerformanceMark);
    define("PerformanceMeasure", PerformanceMeasure);
    define("performance", new Performance(entryToken));

    // ---- URL, URLSearchParams (URL Standard 6). The parser is Java's (UrlParser). A URL keeps
    // the record the host hands back: the href after a prefix of the offsets of its components
    // in it (UrlParser.withComponentOffsets), so that new URL() is one host call and a getter a
    // slice. The offsets, in the prefix's order: the scheme's ':', username [1, 2), password
    // [3, 4), hostname [5, 6), port [6 + 1, 7) when 7 > 6 (host is [5, 7)), pathname [8, 9),
    // search [9, 10) (a lone "?" reads as ""), hash [10, end).
    const RECORD_PREFIX = 22; // 11 offsets of two UTF-16 code units each (high, low)
    const offset = (u, k) => (u.charCodeAt(2 * k) << 16) | u.charCodeAt(2 * k + 1);
    const component = (u, from, to) => u.slice(RECORD_PREFIX + offset(u, from), RECORD_PREFIX + offset(u, to));
    const queryOf = (u) => { const q = offset(u, 9), f = offset(u, 10); return f > q ? u.slice(RECORD_PREFIX + q + 1, RECORD_PREFIX + f) : ""; };
    const hostParseUrl = (input, base) => host.parseUrl(input, base), hostSetUrl = (href, name, value) => host.setUrl(href, name, value);
    const specialSchemes = new Set(["ftp:", "file:", "http:", "https:", "ws:", "wss:"]);
    // A URL's state is private fields (a WeakMap lookup per getter costs more than the parse):
    // the record, and the state of its searchParams once asked for. Defined in the static block.
    let urlOf, setUrlRecord;
    let parsedRecord = null; // URL.parse hands the constructor a record it already parsed
    const invalidUrl = (input) => {
        const error = new TypeError("Invalid URL");
        defineProperty(error, "code", { value: "ERR_INVALID_URL", writable: true, configurable: true, enumerable: true });
        defineProperty(error, "input", { value: input, writable: true, configurable: true, enumerable: true });
        return error;
    };
    const usv = (value) => wellFormed(StringCtor(value));
    // The API URL parser: the record of url against base, or null for failure of either, in one
    // host call (UrlParser: its fast path takes the common inputs, the state machine the others).
    // Lone surrogates need no toWellFormed here: the parser reads them as U+FFFD.
    const parseRecord = (url, base) => hostParseUrl(StringCtor(url), base === undefined ? null : StringCtor(base));
    class URL {
        #u;
        #query = null; // { params, state } of searchParams, once asked for
        static {
            urlOf = (url) => {
                if (typeof url !== "object" || url === null || !(#u in url)) throw new TypeError("Illegal invocation");
                return url.#u;
            };
            setUrlRecord = (url, u) => { url.#u = u; };
        }
        constructor(url, base = undefined) {
            if (parsedRecord !== null) {
                this.#u = parsedRecord;
                parsedRecord = null;
                return;
            }
            if (url === undefined) requireArguments(arguments.length, 1, "URL constructor");
            const record = parseRecord(url, base);
            if (record === null) throw invalidUrl(StringCtor(url));
            this.#u = record;
        }
        static canParse(url, base = undefined) {
            requireArguments(arguments.length, 1, "canParse");
            return parseRecord(url, base) !== null;
        }
        static parse(url, base = undefined) {
            requireArguments(arguments.length, 1, "parse");
            const record = parseRecord(url, base);
            if (record === null) return null;
            parsedRecord = record;
            return new URL(record);
        }
        get href() { return urlOf(this).slice(RECORD_PREFIX); }
        set href(value) {
            urlOf(this);
            const record = hostParseUrl(usv(value), null);
            if (record === null) throw invalidUrl(StringCtor(value));
            this.#u = record;
            if (this.#query !== null) this.#query.state.list = parseUrlencoded(queryOf(record));
        }
        get origin() {
            const u = urlOf(this);
            const protocol = u.slice(RECORD_PREFIX, RECORD_PREFIX + offset(u, 0) + 1);
            if (protocol === "blob:") {
                const inner = hostParseUrl(component(u, 8, 9), null);
                if (inner === null) return "null";
                const innerProtocol = inner.slice(RECORD_PREFIX, RECORD_PREFIX + offset(inner, 0) + 1);
                return innerProtocol === "http:" || innerProtocol === "https:" ? innerProtocol + "//" + component(inner, 5, 7) : "null";
            }
            return specialSchemes.has(protocol) && protocol !== "file:" ? protocol + "//" + component(u, 5, 7) : "null";
        }
        get protocol() { const u = urlOf(this); return u.slice(RECORD_PREFIX, RECORD_PREFIX + offset(u, 0) + 1); }
        set protocol(value) { setComponent(this, "protocol", value); }
        get username() { return component(urlOf(this), 1, 2); }
        set username(value) { setComponent(this, "username", value); }
        get password() { return component(urlOf(this), 3, 4); }
        set password(value) { setComponent(this, "password", value); }
        get host() { return component(urlOf(this), 5, 7); }
        set host(value) { setComponent(this, "host", value); }
        get hostname() { return component(urlOf(this), 5, 6); }
        set hostname(value) { setComponent(this, "hostname", value); }
        get port() {
            const u = urlOf(this);
            const hostEnd = offset(u, 6), portEnd = offset(u, 7);
            return portEnd > hostEnd ? u.slice(RECORD_PREFIX + hostEnd + 1, RECORD_PREFIX + portEnd) : "";
        }
        set port(value) { setComponent(this, "port", value); }
        get pathname() { return component(urlOf(this), 8, 9); }
        set pathname(value) { setComponent(this, "pathname", value); }
        get search() {
            const u = urlOf(this);
            return offset(u, 10) - offset(u, 9) <= 1 ? "" : component(u, 9, 10);
        }
        set search(value) {
            setComponent(this, "search", value);
            if (this.#query !== null) this.#query.state.list = parseUrlencoded(queryOf(this.#u));
        }
        get searchParams() {
            const u = urlOf(this);
            if (this.#query === null) {
                const params = new URLSearchParams();
                const state = paramsOf(params);
                state.list = parseUrlencoded(queryOf(u));
                state.url = this;
                this.#query = { params, state };
            }
            return this.#query.params;
        }
        get hash() {
            const u = urlOf(this);
            return u.length - RECORD_PREFIX - offset(u, 10) <= 1 ? "" : u.slice(RECORD_PREFIX + offset(u, 10));
        }
        set hash(value) { setComponent(this, "hash", value); }
        toString() { return urlOf(this).slice(RECORD_PREFIX); }
        toJSON() { return urlOf(this).slice(RECORD_PREFIX); }
    }
    // A setter of the URL interface: the host runs it on the href and hands back the new record.
    function setComponent(url, name, value) {
        const u = urlOf(url);
        setUrlRecord(url, hostSetUrl(u.slice(RECORD_PREFIX), name, usv(value)));
    }
    brand(URL, "URL");
    for (const key of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname",
        "search", "searchParams", "hash"]) {
        const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
        desc.enumerable = true;
        defineProperty(URL.prototype, key, desc);
    }
    define("URL", URL);

    // application/x-www-form-urlencoded (URL Standard 5)
    const utf8Decoder = new TextDecoder();
    const utf8Encoder = new TextEncoder();
    function percentDecodeToString(text) {
        if (text.indexOf("%") < 0) return text;
        const bytes = utf8Encoder.encode(text);
        const out = new Uint8ArrayCtor(bytes.length);
        let n = 0;
        for (let i = 0; i < bytes.length; i++) {
            const b = bytes[i];
            if (b === 0x25 && i + 2 < bytes.length) {
                const h = hexValue(bytes[i + 1]), l = hexValue(bytes[i + 2]);
                if (h >= 0 && l >= 0) { out[n++] = h * 16 + l; i += 2; continue; }
            }
            out[n++] = b;
        }
        return utf8Decoder.decode(out.subarray(0, n));
    }
    function hexValue(b) {
        if (b >= 0x30 && b <= 0x39) return b - 0x30;
        if (b >= 0x41 && b <= 0x46) return b - 0x37;
        if (b >= 0x61 && b <= 0x66) return b - 0x57;
        return -1;
    }
    // 5.1 the application/x-www-form-urlencoded parser
    function parseUrlencoded(input) {
        const list = [];
        if (input === "") return list;
        for (const sequence of input.split("&")) {
            if (sequence === "") continue;
            const eq = sequence.indexOf("=");
            let name = eq >= 0 ? sequence.slice(0, eq) : sequence;
            let value = eq >= 0 ? sequence.slice(eq + 1) : "";
            if (name.indexOf("+") >= 0) name = name.replaceAll("+", " ");
            if (value.indexOf("+") >= 0) value = value.replaceAll("+", " ");
            list.push([percentDecodeToString(name), percentDecodeToString(value)]);
        }
        return list;
    }
    // 5.2 the serializer: the urlencoded percent-encode set is encodeURIComponent's plus !'()~, space as +.
    const formExtra = /[!'()~]/g;
    const formEscapes = { "!": "%21", "'": "%27", "(": "%28", ")": "%29", "~": "%7E" };
    const formEncode = (s) => encodeURIComponent(s).replace(formExtra, (c) => formEscapes[c]).replaceAll("%20", "+");
    function serializeUrlencoded(list) {
        let out = "";
        for (let i = 0; i < list.length; i++) {
            if (i > 0) out += "&";
            out += formEncode(list[i][0]) + "=" + formEncode(list[i][1]);
        }
        return out;
    }
    const paramsState = new WeakMap();
    const paramsOf = (params) => {
        const p = paramsState.get(params);
        if (p === undefined) throw new TypeError("Illegal invocation");
        return p;
    };
    // 6.2 "update": the URL's query follows the list. The serialized list has nothing the query
    // percent-encode sets encode, so the search setter (which also strips an opaque path's
    // trailing spaces when the query goes) gives the URL exactly the standard's update.
    function updateParams(p) {
        if (p.url === null) return;
        setComponent(p.url, "search", serializeUrlencoded(p.list));
    }
    class URLSearchParams {
        constructor(init = "") {
            const p = { list: [], url: null };
            paramsState.set(this, p);
            if (init !== null && (typeof init === "object" || typeof init === "function")) {
                if (typeof init[Symbol.iterator] === "function") {
                    for (const pair of init) {
                        const items = Array.from(pair);
                        if (items.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
                        p.list.push([usv(items[0]), usv(items[1])]);
                    }
                } else {
                    for (const key of Reflect.ownKeys(init)) {
                        if (typeof key !== "string") continue;
                        const desc = Object.getOwnPropertyDescriptor(init, key);
                        if (desc !== undefined && desc.enumerable) p.list.push([usv(key), usv(init[key])]);
                    }
                }
            } else {
                let text = usv(init);
                if (text.charCodeAt(0) === 0x3F) text = text.slice(1);
                p.list = parseUrlencoded(text);
            }
        }
        get size() { return paramsOf(this).list.length; }
        append(name, value) {
            requireArguments(arguments.length, 2, "append");
            const p = paramsOf(this);
            p.list.push([usv(name), usv(value)]);
            updateParams(p);
        }
        delete(name, value = undefined) {
            requireArguments(arguments.length, 1, "delete");
            const p = paramsOf(this);
            const n = usv(name), v = value === undefined ? undefined : usv(value);
            p.list = p.list.filter((e) => !(e[0] === n && (v === undefined || e[1] === v)));
            updateParams(p);
        }
        get(name) {
            requireArguments(arguments.length, 1, "get");
            const n = usv(name);
            const found = paramsOf(this).list.find((e) => e[0] === n);
            return found === undefined ? null : found[1];
        }
        getAll(name) {
            requireArguments(arguments.length, 1, "getAll");
            const n = usv(name);
            return paramsOf(this).list.filter((e) => e[0] === n).map((e) => e[1]);
        }
        has(name, value = undefined) {
            requireArguments(arguments.length, 1, "has");
            const n = usv(name), v = value === undefined ? undefined : usv(value);
            return paramsOf(this).list.some((e) => e[0] === n && (v === undefined || e[1] === v));
        }
        set(name, value) {
            requireArguments(arguments.length, 2, "set");
            const p = paramsOf(this);
            const n = usv(name), v = usv(value);
            const at = p.list.findIndex((e) => e[0] === n);
            if (at < 0) {
                p.list.push([n, v]);
            } else {
                p.list[at][1] = v;
                p.list = p.list.filter((e, i) => i <= at || e[0] !== n);
            }
            updateParams(p);
        }
        sort() {
            const p = paramsOf(this);
            // a stable sort by name in code units
            p.list = p.list.map((e, i) => [e, i]).sort((a, b) => a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]).map((x) => x[0]);
            updateParams(p);
        }
        forEach(callback, thisArg = undefined) {
            requireArguments(arguments.length, 1, "forEach");
            if (typeof callback !== "function") throw new TypeError("The \"callback\" argument must be of type function.");
            const p = paramsOf(this);
            for (let i = 0; i < p.list.length; i++) apply(callback, thisArg, [p.list[i][1], p.list[i][0], this]);
        }
        keys() { return new ParamsIterator(paramsOf(this), 0); }
        values() { return new ParamsIterator(paramsOf(this), 1); }
        entries() { return new ParamsIterator(paramsOf(this), 2); }
        toString() { return serializeUrlencoded(paramsOf(this).list); }
    }
    defineProperty(URLSearchParams.prototype, Symbol.iterator, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });
    brand(URLSearchParams, "URLSearchParams");
    const iteratorPrototype = getPrototypeOf(getPrototypeOf([][Symbol.iterator]()));
    class ParamsIterator {
        #p; #kind; #index = 0;
        constructor(p, kind) { this.#p = p; this.#kind = kind; }
        next() {
            const list = this.#p.list;
            if (this.#index >= list.length) return { value: undefined, done: true };
            const e = list[this.#index++];
            return { value: this.#kind === 0 ? e[0] : this.#kind === 1 ? e[1] : [e[0], e[1]], done: false };
        }
    }
    setPrototypeOf(ParamsIterator.prototype, iteratorPrototype);
    brand(ParamsIterator, "URLSearchParams Iterator");
    define("URLSearchParams", URLSearchParams);

    // ---- structuredClone (HTML 2.7.3 StructuredSerialize + StructuredDeserialize in one walk)
    const ObjectPrototype = Object.prototype;
    const objectToString = ObjectPrototype.toString;
    const ownKeys = Object.keys;
    const typedArrayTag = Object.getOwnPropertyDescriptor(getPrototypeOf(Uint8ArrayCtor.prototype), toStringTag).get;
    const dateTime = Date.prototype.getTime;
    const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get;
    const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
    const mapEntries = Map.prototype.entries, setValues = Set.prototype.values;
    const mapSet = Map.prototype.set, setAdd = Set.prototype.add;
    const arrayBufferSlice = ArrayBufferCtor.prototype.slice;
    const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBufferCtor.prototype, "detached")?.get;
    const arrayBufferResizable = Object.getOwnPropertyDescriptor(ArrayBufferCtor.prototype, "resizable")?.get;
    const errorPrototypes = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
    const typedArrayConstructors = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
        Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
    if (typeof Float16Array === "function") typedArrayConstructors.Float16Array = Float16Array;
    const cannotClone = (value) => {
        let shown;
        if (typeof value === "function" || typeof value === "symbol") shown = StringCtor(value);
        else shown = `#<${value?.constructor?.name ?? "Object"}>`;
        return domException(`${shown} could not be cloned.`, "DataCloneError");
    };
    function cloneInto(value, memory) {
        if (typeof value !== "object") {
            if (typeof value === "function" || typeof value === "symbol") throw cannotClone(value);
            return value;                                                                // 1-2: primitives
        }
        if (value === null) return null;
        const known = memory.get(value);                                                 // 1: the memory
        if (known !== undefined) return known;
        const proto = getPrototypeOf(value);
        if (proto === ObjectPrototype) {                                                 // the common case
            const out = {};
            memory.set(value, out);
            copyProperties(value, out, memory);
            return out;
        }
        if (Array.isArray(value)) {                                                      // 16: Array
            const out = new Array(value.length);
            memory.set(value, out);
            copyProperties(value, out, memory);
            return out;
        }
        const typedTag = typedArrayTag.call(value);
        if (typedTag !== undefined) {                                                    // 14: ArrayBufferView
            const buffer = cloneInto(value.buffer, memory);
            const out = new typedArrayConstructors[typedTag](buffer, value.byteOffset, value.length);
            memory.set(value, out);
            return out;
        }
        const tag = objectToString.call(value);
        let out;
        switch (tag) {
            case "[object Boolean]": out = Object(Boolean.prototype.valueOf.call(value)); break;  // 6
            case "[object Number]": out = Object(Number.prototype.valueOf.call(value)); break;    // 7
            case "[object BigInt]": out = Object(BigInt.prototype.valueOf.call(value)); break;    // 8
            case "[object String]": out = Object(StringCtor.prototype.valueOf.call(value)); break; // 9
            case "[object Date]": out = new Date(dateTime.call(value)); break;                   // 10
            case "[object RegExp]": out = new RegExp(regExpSource.call(value), regExpFlags.call(value)); break; // 11
            case "[object ArrayBuffer]": {                                                       // 13
                if (arrayBufferDetached !== undefined && arrayBufferDetached.call(value)) throw cannotClone(value);
                if (arrayBufferResizable !== undefined && arrayBufferResizable.call(value)) {
                    out = new ArrayBufferCtor(value.byteLength, { maxByteLength: value.maxByteLength });
                    new Uint8ArrayCtor(out).set(new Uint8ArrayCtor(value));
                } else {
                    out = arrayBufferSlice.call(value, 0);
                }
                break;
            }
            case "[object DataView]": {                                                          // 14
                const buffer = cloneInto(value.buffer, memory);
                out = new DataView(buffer, value.byteOffset, value.byteLength);
                break;
            }
            case "[object Map]": {                                                               // 15
                out = new Map();
                memory.set(value, out);
                const copied = Array.from(mapEntries.call(value));
                for (const [k, v] of copied) mapSet.call(out, cloneInto(k, memory), cloneInto(v, memory));
                return out;
            }
            case "[object Set]": {
                out = new Set();
                memory.set(value, out);
                const copied = Array.from(setValues.call(value));
                for (const v of copied) setAdd.call(out, cloneInto(v, memory));
                return out;
            }
            case "[object DOMException]": {                                                      // a serializable platform object
                if (!domExceptionData.has(value)) throw cannotClone(value);
                out = new DOMException(value.message, value.name);
                break;
            }
            case "[object Error]": {                                                             // 17
                const name = value.name;
                const ctor = (typeof name === "string" && Object.hasOwn(errorPrototypes, name)) ? errorPrototypes[name] : Error;
                const message = Object.getOwnPropertyDescriptor(value, "message");
                out = message !== undefined && "value" in message ? new ctor(StringCtor(message.value)) : new ctor();
                memory.set(value, out);
                const cause = Object.getOwnPropertyDescriptor(value, "cause");
                if (cause !== undefined && "value" in cause) {
                    defineProperty(out, "cause", { value: cloneInto(cause.value, memory), writable: true, configurable: true });
                }
                const stack = value.stack;
                if (typeof stack === "string") defineProperty(out, "stack", { value: stack, writable: true, configurable: true });
                return out;
            }
            case "[object Symbol]": case "[object WeakMap]": case "[object WeakSet]": case "[object WeakRef]":
            case "[object Promise]": case "[object FinalizationRegistry]": case "[object SharedArrayBuffer]":
            case "[object Generator]": case "[object AsyncGenerator]":
                throw cannotClone(value);
            default: {                                                                           // 18: ordinary objects
                out = {};
                memory.set(value, out);
                copyProperties(value, out, memory);
                return out;
            }
        }
        memory.set(value, out);
        return out;
    }
    // 26.4: each own enumerable string-keyed property, read with [[Get]], defined on the copy.
    function copyProperties(value, out, memory) {
        const keys = ownKeys(value);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const v = cloneInto(value[key], memory);
            if (key === "__proto__") defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
            else out[key] = v;
        }
    }
    define("structuredClone", function structuredClone(value, options = undefined) {
        requireArguments(arguments.length, 1, "structuredClone");
        const memory = new Map();
        const transfer = options?.transfer;
        if (transfer !== undefined) {
            // StructuredSerializeWithTransfer: each transferred ArrayBuffer moves to the copy.
            const list = Array.from(transfer);
            for (const item of list) {
                if (objectToString.call(item) !== "[object ArrayBuffer]") throw cannotClone(item);
                if (memory.has(item)) throw domException("Transfer list contains duplicate ArrayBuffer", "DataCloneError");
                if (arrayBufferDetached !== undefined && arrayBufferDetached.call(item)) throw cannotClone(item);
                memory.set(item, null);
            }
            for (const item of list) memory.set(item, item.transfer());
        }
        return cloneInto(value, memory);
    });

    // ---- crypto (WebCrypto: getRandomValues, randomUUID, subtle.digest, HMAC)
    const integerArrays = new Set(["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"]);
    const digestNames = { "sha-1": "SHA-1", "sha-256": "SHA-256", "sha-384": "SHA-384", "sha-512": "SHA-512" };
    const hmacBlockBits = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 };
    const keyState = new WeakMap();
    const cryptoToken = {};
    class CryptoKey {
        constructor(token) { if (token !== cryptoToken) illegalConstructor(); }
        get type() { return keyOf(this).type; }
        get extractable() { return keyOf(this).extractable; }
        get algorithm() { return keyOf(this).algorithm; }
        get usages() { return keyOf(this).usages.slice(); }
    }
    const keyOf = (key) => {
        const k = keyState.get(key);
        if (k === undefined) throw new TypeError("Illegal invocation");
        return k;
    };
    brand(CryptoKey, "CryptoKey");
    // WebCrypto 18.4.4 "normalize an algorithm"
    const algorithmName = (algorithm) => {
        if (typeof algorithm === "string") return algorithm;
        if (algorithm !== null && typeof algorithm === "object" && algorithm.name !== undefined) return StringCtor(algorithm.name);
        throw new TypeError("Algorithm: Unrecognized name");
    };
    const hashOf = (algorithm) => {
        const name = digestNames[algorithmName(algorithm).toLowerCase()];
        if (name === undefined) throw domException("Unrecognized algorithm name", "NotSupportedError");
        return name;
    };
    const copyBytes = (data, what) => {
        const [buffer, offset, length] = bufferSource(data, what);
        const copy = new Uint8ArrayCtor(length);
        copy.set(new Uint8ArrayCtor(buffer, offset, length));
        return copy;
    };
    const settle = (work) => new Promise((resolve) => resolve(work()));
    const checkUsages = (usages, allowed) => {
        const list = Array.from(usages, StringCtor);
        for (const u of list) {
            if (!allowed.includes(u)) throw domException(`Unsupported key usage for this key: ${u}`, "SyntaxError");
        }
        return list;
    };
    const hmacKey = (bytes, hash, extractable, usages) => {
        const key = new CryptoKey(cryptoToken);
        keyState.set(key, { type: "secret", extractable: !!extractable, usages,
            algorithm: freeze({ name: "HMAC", hash: freeze({ name: hash }), length: bytes.length * 8 }), bytes });
        return key;
    };
    const hmacOf = (key, usage, data) => {
        const k = keyOf(key);
        if (k.algorithm.name !== "HMAC") throw domException("The key is not an HMAC key", "InvalidAccessError");
        if (!k.usages.includes(usage)) throw domException(`The key does not allow ${usage}`, "InvalidAccessError");
        return bytesOfHost(host.hmac(k.algorithm.hash.name, k.bytes.buffer, 0, k.bytes.length, data.buffer, 0, data.length));
    };
    const requireHmac = (algorithm) => {
        if (algorithmName(algorithm).toUpperCase() !== "HMAC") throw domException("Unrecognized algorithm name", "NotSupportedError");
    };
    class SubtleCrypto {
        constructor(token) { if (token !== cryptoToken) illegalConstructor(); }
        digest(algorithm, data) {
            return settle(() => {
                const name = hashOf(algorithm);
                const bytes = copyBytes(data, "data");
                return copyOfHost(host.digest(name, bytes.buffer, 0, bytes.length));
            });
        }
        importKey(format, keyData, algorithm, extractable, keyUsages) {
            return settle(() => {
                requireHmac(algorithm);
                if (format !== "raw") throw domException(`Unsupported key format: ${format}`, "NotSupportedError");
                const hash = hashOf(algorithm.hash);
                const usages = checkUsages(keyUsages, ["sign", "verify"]);
                const bytes = copyBytes(keyData, "keyData");
                if (bytes.length === 0) throw domException("The key must not be empty", "DataError");
                return hmacKey(bytes, hash, extractable, usages);
            });
        }
        generateKey(algorithm, extractable, keyUsages) {
            return settle(() => {
                requireHmac(algorithm);
                const hash = hashOf(algorithm.hash);
                const bits = algorithm.length !== undefined ? Number(algorithm.length) : hmacBlockBits[hash];
                const usages = checkUsages(keyUsages, ["sign", "verify"]);
                const bytes = new Uint8ArrayCtor(Math.ceil(bits / 8));
                bytes.set(bytesOfHost(host.randomBytes(bytes.length)));
                return hmacKey(bytes, hash, extractable, usages);
            });
        }
        exportKey(format, key) {
            return settle(() => {
                const k = keyOf(key);
                if (format !== "raw") throw domException(`Unsupported key format: ${format}`, "NotSupportedError");
                if (!k.extractable) throw domException("The key is not extractable", "InvalidAccessError");
                return k.bytes.slice().buffer;
            });
        }
        sign(algorithm, key, data) {
            return settle(() => {
                requireHmac(algorithm);
                const mac = hmacOf(key, "sign", copyBytes(data, "data"));
                return mac.slice().buffer;
            });
        }
        verify(algorithm, key, signature, data) {
            return settle(() => {
                requireHmac(algorithm);
                const expected = copyBytes(signature, "signature");
                const mac = hmacOf(key, "verify", copyBytes(data, "data"));
                if (mac.length !== expected.length) return false;
                let diff = 0;
                for (let i = 0; i < mac.length; i++) diff |= mac[i] ^ expected[i];
                return diff === 0;
            });
        }
    }
    brand(SubtleCrypto, "SubtleCrypto");
    const subtle = new SubtleCrypto(cryptoToken);
    class Crypto {
        constructor(token) { if (token !== cryptoToken) illegalConstructor(); }
        get subtle() { return subtle; }
        getRandomValues(array) {
            requireArguments(arguments.length, 1, "getRandomValues");
            const tag = isView(array) ? typedArrayTag.call(array) : undefined;
            if (tag === undefined || !integerArrays.has(tag)) {
                throw domException("The data argument must be an integer-type TypedArray", "TypeMismatchError");
            }
            if (array.byteLength > 65536) {
                throw domException(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
            }
            if (array.byteLength > 0) {
                new Uint8ArrayCtor(array.buffer, array.byteOffset, array.byteLength).set(bytesOfHost(host.randomBytes(array.byteLength)));
            }
            return array;
        }
        randomUUID() { return host.randomUUID(); }
    }
    brand(Crypto, "Crypto");
    define("Crypto", Crypto);
    define("CryptoKey", CryptoKey);
    define("SubtleCrypto", SubtleCrypto);
    defineProperty(globalThis, "crypto", { value: new Crypto(cryptoToken), writable: true, enumerable: true, configurable: true });

    // ---- navigator, self
    class Navigator {
        constructor(token) { if (token !== entryToken) illegalConstructor(); }
        get userAgent() { return "hmrc"; }
        get hardwareConcurrency() { return host.hardwareConcurrency(); }
        get language() { return "en-US"; }
        get languages() { return ["en-US"]; }
    }
    brand(Navigator, "Navigator");
    define("Navigator", Navigator);
    define("navigator", new Navigator(entryToken));
    defineProperty(globalThis, "self", {
        get() { return globalThis; }, set(value) { defineProperty(globalThis, "self", { value, writable: true, configurable: true, enumerable: true }); },
        enumerable: true, configurable: true,
    });
})
