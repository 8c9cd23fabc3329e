// hmrc runtime support: evaluated once per context as a script; its completion value
// is an object of functions the Java runtime calls. Nothing here is visible to modules
// (no global is defined by this file).
(function () {
    "use strict";
    const { create, defineProperty, preventExtensions, keys: objectKeys } = Object;
    const { getOwnPropertyDescriptor, has, deleteProperty, ownKeys } = Reflect;
    const PromiseCtor = Promise;
    const then = Promise.prototype.then;
    const promiseAll = Promise.all;
    const promiseReject = Promise.reject;
    const toStringTag = Symbol.toStringTag;

    // A module namespace exotic object (ECMA-262 10.4.6) as a Proxy. The target holds every
    // export name as a non-configurable writable enumerable data property and @@toStringTag,
    // and is non-extensible, so the Proxy invariants allow exactly the exotic behaviour.
    // names: the sorted export names; getters: matching zero-argument functions that return
    // the live value (or throw the engine's TDZ ReferenceError).
    //
    // The traps are the same functions for every namespace (namespaceTraps, the prototype of
    // each handler; a trap's this is the handler, which holds that namespace's getters). The
    // engine caches the trap function at each call site that reads a namespace; were the
    // traps closures per namespace, the code of a module version whose accept callback reads
    // the next version's namespace would keep that version's scope, and so on down every
    // version after it (HotUpdateMemoryTest).
    const namespaceTraps = {
        // [[Get]]: symbols from the target; exports read live; anything else undefined.
        get(t, key) {
            if (typeof key === "symbol") return t[key];
            const getter = this.getterOf[key];
            return getter !== undefined ? getter() : undefined;
        },
        // [[Set]] always fails (TypeError in strict code).
        set() { return false; },
        // [[GetOwnProperty]]
        getOwnPropertyDescriptor(t, key) {
            if (typeof key === "symbol") return getOwnPropertyDescriptor(t, key);
            const getter = this.getterOf[key];
            if (getter === undefined) return undefined;
            return { value: getter(), writable: true, enumerable: true, configurable: false };
        },
        // [[DefineOwnProperty]] succeeds only for a descriptor the property already satisfies.
        defineProperty(t, key, desc) {
            if (typeof key === "symbol") return Reflect.defineProperty(t, key, desc);
            const getter = this.getterOf[key];
            if (getter === undefined) return false;
            const value = getter();
            if (desc.configurable === true || desc.enumerable === false || desc.writable === false) return false;
            if ("get" in desc || "set" in desc) return false;
            if ("value" in desc) return Object.is(desc.value, value);
            return true;
        },
        // [[HasProperty]]
        has(t, key) {
            if (typeof key === "symbol") return has(t, key);
            return this.getterOf[key] !== undefined;
        },
        // [[Delete]]
        deleteProperty(t, key) {
            if (typeof key === "symbol") return deleteProperty(t, key);
            return this.getterOf[key] === undefined;
        },
        // [[OwnPropertyKeys]]: exports in code-unit order, then @@toStringTag.
        ownKeys() { return this.keys.slice(); },
        // [[SetPrototypeOf]]: SetImmutablePrototype.
        setPrototypeOf(t, proto) { return proto === null; },
    };

    // A deferred namespace (import defer, a staging proposal): the traps of a namespace, but a
    // string key other than "then" first evaluates the module (GetModuleExportsList: its
    // EvaluateModuleSync); symbols and "then" are ordinary properties of the target
    // (IsSymbolLikeNamespaceKey). [[Set]] and the prototype and extensibility traps never
    // evaluate. handler.ensure() returns null once the module evaluated, else [error] to throw.
    function evaluateDeferred(handler) {
        const ensure = handler.ensure;
        if (ensure === undefined) return;
        const failure = ensure();
        if (failure !== null && failure !== undefined) throw failure[0];
        handler.ensure = undefined;
    }
    const deferredNamespaceTraps = {
        get(t, key, receiver) {
            if (typeof key === "symbol" || key === "then") return t[key];
            evaluateDeferred(this);
            return namespaceTraps.get.call(this, t, key, receiver);
        },
        set() { return false; },
        getOwnPropertyDescriptor(t, key) {
            if (typeof key === "symbol" || key === "then") return getOwnPropertyDescriptor(t, key);
            evaluateDeferred(this);
            return namespaceTraps.getOwnPropertyDescriptor.call(this, t, key);
        },
        defineProperty(t, key, desc) {
            if (typeof key === "symbol" || key === "then") return Reflect.defineProperty(t, key, desc);
            evaluateDeferred(this);
            return namespaceTraps.defineProperty.call(this, t, key, desc);
        },
        has(t, key) {
            if (typeof key === "symbol" || key === "then") return has(t, key);
            evaluateDeferred(this);
            return namespaceTraps.has.call(this, t, key);
        },
        deleteProperty(t, key) {
            if (typeof key === "symbol" || key === "then") return deleteProperty(t, key);
            evaluateDeferred(this);
            return namespaceTraps.deleteProperty.call(this, t, key);
        },
        ownKeys() {
            evaluateDeferred(this);
            return this.keys.slice();
        },
        setPrototypeOf: namespaceTraps.setPrototypeOf,
    };

    // The getters of each namespace, so that a hot update can point them at new versions.
    const gettersOfNamespace = new WeakMap();

    // GetModuleNamespace(module, defer) steps 3.b (no "then") and ModuleNamespaceCreate with
    // the tag "Deferred Module".
    function deferredNamespace(names, getters, ensure) {
        const kept = [], keptGetters = [];
        for (let i = 0; i < names.length; i++) {
            if (names[i] !== "then") { kept.push(names[i]); keptGetters.push(getters[i]); }
        }
        return makeNamespace(kept, keptGetters, "Deferred Module", deferredNamespaceTraps, ensure);
    }

    function namespace(names, getters) {
        return makeNamespace(names, getters, "Module", namespaceTraps, undefined);
    }

    function makeNamespace(names, getters, tag, traps, ensure) {
        const target = create(null);
        const getterOf = create(null);
        for (let i = 0; i < names.length; i++) {
            getterOf[names[i]] = getters[i];
            defineProperty(target, names[i], { value: undefined, writable: true, enumerable: true, configurable: false });
        }
        defineProperty(target, toStringTag, { value: tag, writable: false, enumerable: false, configurable: false });
        preventExtensions(target);
        const keys = names.slice();
        keys.push(toStringTag);
        const handler = create(traps);
        handler.getterOf = getterOf;
        handler.keys = keys;
        if (ensure !== undefined) handler.ensure = ensure;
        const proxy = new Proxy(target, handler);
        gettersOfNamespace.set(proxy, getterOf);
        return proxy;
    }

    // Points the namespace's existing names at new getters (a hot update re-resolved them).
    // Returns false when the names differ from the namespace's (it cannot gain or lose keys).
    function rebindNamespace(ns, names, getters) {
        if (!namespaceHasNames(ns, names)) return false;
        const getterOf = gettersOfNamespace.get(ns);
        for (let i = 0; i < names.length; i++) getterOf[names[i]] = getters[i];
        return true;
    }

    // Whether the namespace has exactly these names (what rebindNamespace needs).
    function namespaceHasNames(ns, names) {
        const getterOf = gettersOfNamespace.get(ns);
        if (getterOf === undefined || objectKeys(getterOf).length !== names.length) return false;
        for (let i = 0; i < names.length; i++) {
            if (getterOf[names[i]] === undefined) return false;
        }
        return true;
    }

    // A promise and its resolving functions (NewPromiseCapability(%Promise%)).
    function capability() {
        let resolve, reject;
        const promise = new PromiseCtor((res, rej) => { resolve = res; reject = rej; });
        return { promise, resolve, reject };
    }


    // ---- Hot updates (import.meta.hot). Vite's API; the Java update engine reads the
    // registrations through the control object and runs the handlers through the functions below.

    // The event bus of one runtime: listeners by event name, each with the instance that added it
    // (so that a disposed instance's listeners go with it).
    function hotBus() {
        const listeners = new Map();
        return {
            add(name, owner, callback) {
                let list = listeners.get(name);
                if (list === undefined) { list = []; listeners.set(name, list); }
                list.push({ owner, callback });
            },
            remove(name, owner, callback) {
                const list = listeners.get(name);
                if (list === undefined) return;
                const at = list.findIndex((l) => l.owner === owner && l.callback === callback);
                if (at >= 0) list.splice(at, 1);
            },
            // Whether any listener is registered for name.
            listening(name) {
                return listeners.has(name);
            },
            removeOwner(owner) {
                for (const [name, list] of listeners) {
                    const kept = list.filter((l) => l.owner !== owner);
                    if (kept.length === 0) listeners.delete(name); else listeners.set(name, kept);
                }
            },
            // Calls the listeners of name in order, awaiting what they return; every listener is
            // called even when one throws; then the first error is thrown. The listeners of a
            // disposed instance hear nothing (they are removed when its update commits; a
            // rolled-back update may give them back).
            async emit(name, payload) {
                const list = listeners.get(name);
                if (list === undefined) return;
                let failed = false, first;
                for (const l of list.slice()) {
                    if (l.owner.disposed) continue;
                    try {
                        await l.callback(payload);
                    } catch (error) {
                        if (!failed) { failed = true; first = error; }
                    }
                }
                if (failed) throw first;
            },
        };
    }
    // ---- What each module instance owns: the timers and servers made while its body ran, or
    // while a callback it scheduled ran. The owner is the instance's hot state, or its generator
    // for a module without import.meta.hot. Disposing an
    // instance releases what it did not hand over (hotRelease); a server released during an
    // update keeps listening until the update ends, so that a serve() of the new version for
    // the same host and port adopts its socket (http-support.js).
    let currentOwner = null;
    let updating = false;
    const timerOwners = new Map(); // timer id -> owner
    const ownedBy = new WeakMap(); // owner -> { timers: Set of ids, servers: Set of entries }
    const owned = (owner) => {
        let record = ownedBy.get(owner);
        if (record === undefined) {
            record = { timers: new Set(), servers: new Set() };
            ownedBy.set(owner, record);
        }
        return record;
    };
    const ownerOfData = new WeakMap(); // import.meta.hot.data -> the state of the instance it starts
    let clearTimerImpl = null;
    // Server entries released or adopted during the update in progress: each settles when it
    // ends (closed when released and not adopted, else the adopting version's handler answers).
    const touchedServers = new Set();
    // Servers handed over in a data object no instance started with yet (a rolled-back update's
    // new instance handing back to the last good version that runs again).
    const parkedByData = new WeakMap();
    const parkedServers = new Set();
    const resources = {
        // Called by the timers and http-support.js.
        owner: () => currentOwner,
        enter: (owner) => { const previous = currentOwner; currentOwner = owner; return previous; },
        leave: (previous) => { currentOwner = previous; },
        updating: () => updating,
        timerStarted: (id, owner) => { timerOwners.set(id, owner); owned(owner).timers.add(id); },
        timerEnded: (id) => {
            const owner = timerOwners.get(id);
            if (owner !== undefined) { timerOwners.delete(id); owned(owner).timers.delete(id); }
        },
        // entry: {handle, owner, settle()}; http-support.js makes them.
        serverOpened: (entry) => { if (entry.owner !== null) owned(entry.owner).servers.add(entry); },
        serverClosed: (entry) => {
            touchedServers.delete(entry);
            if (entry.owner !== null) owned(entry.owner).servers.delete(entry);
        },
        serverTouched: (entry) => { touchedServers.add(entry); },
        serverAdopted: (entry, owner) => {
            if (entry.owner !== null) owned(entry.owner).servers.delete(entry);
            entry.owner = owner;
            if (owner !== null) owned(owner).servers.add(entry);
        },
    };
    function ownsResources(owner) {
        const record = ownedBy.get(owner);
        return record !== undefined && (record.timers.size > 0 || record.servers.size > 0);
    }
    // Clears the timers of a disposed instance and closes its servers, but for servers its
    // dispose handlers put in `data` (handed over: the instance that starts with `data` owns them).
    function releaseResources(state, data) {
        const record = ownedBy.get(state);
        if (record === undefined) return;
        for (const id of record.timers) { timerOwners.delete(id); clearTimerImpl(id); }
        record.timers.clear();
        const next = data !== null && data !== undefined ? ownerOfData.get(data) : undefined;
        for (const entry of [...record.servers]) {
            if (!inData(data, entry.handle)) {
                entry.handle.close();
            } else if (next !== undefined && next !== state) {
                resources.serverAdopted(entry, next);
            } else {
                resources.serverAdopted(entry, null);
                parkedServers.add(entry);
                const list = parkedByData.get(data);
                if (list === undefined) parkedByData.set(data, [entry]); else list.push(entry);
            }
        }
    }
    function inData(data, value) {
        if (data === null || data === undefined) return false;
        for (const key of objectKeys(data)) if (data[key] === value) return true;
        return false;
    }
    function beginUpdate() { updating = true; }
    function endUpdate() {
        updating = false;
        for (const entry of [...parkedServers]) entry.handle.close();
        parkedServers.clear();
        const touched = [...touchedServers];
        touchedServers.clear();
        for (const entry of touched) entry.settle();
    }

    const eventPrefixes = ["hmr:", "vite:", "bun:"];

    // import.meta.hot of one module instance. resolveDep(specifier) -> the dependency's registry key
    // (throws when it does not resolve); invalidateModule(message) asks the engine to propagate;
    // api: whose rules apply ("vite", "esm-hmr": callbacks take ({ module }) / ({ deps, module }),
    // "bun": assigning data self-accepts, data carries over, dispose callbacks run in parallel);
    // ownNamespace() -> the module's current namespace (for esm-hmr's { deps, module }).
    function hotContext(bus, data, resolveDep, invalidateModule, api, ownNamespace) {
        const state = { selfAccepting: false, selfCallbacks: [], depAccepts: [], dispose: [], prune: [],
            declined: false, disposed: false };
        ownerOfData.set(data, state);
        const parked = parkedByData.get(data);
        if (parked !== undefined) { // servers handed over in data before this instance existed
            parkedByData.delete(data);
            for (const entry of parked) { parkedServers.delete(entry); resources.serverAdopted(entry, state); }
        }
        const owner = state;
        const checkCallback = (cb, what) => {
            if (cb !== undefined && typeof cb !== "function") {
                throw new TypeError("import.meta.hot." + what + ": the callback must be a function");
            }
        };
        const esm = api === "esm-hmr";
        const bun = api === "bun";
        // esm-hmr: accept(({ module }) => ...) and accept(deps, ({ deps, module }) => ...).
        const selfCallback = (cb) => esm ? (namespace) => cb({ module: namespace }) : cb;
        const depCallback = (cb, single) => !esm || cb === undefined ? cb
            : (namespaces) => cb({ deps: single ? [namespaces] : namespaces, module: ownNamespace() });
        // bun: the dispose callbacks run together, and data carries over to the next version.
        const bunDispose = [];
        if (bun) {
            state.dispose.push((next) => {
                for (const key of objectKeys(data)) next[key] = data[key];
                return PromiseCtor.all(bunDispose.map((cb) => cb(next)));
            });
        }
        const hot = {
            get data() { return data; },
            set data(value) {
                if (!bun) throw new TypeError("import.meta.hot.data cannot be assigned (it can with hmr/register?api=bun)");
                if (value === null || typeof value !== "object") throw new TypeError("import.meta.hot.data must be an object");
                for (const key of objectKeys(data)) delete data[key];
                for (const key of objectKeys(value)) data[key] = value[key];
                state.selfAccepting = true; // Bun: a module that writes its data accepts itself
            },
            accept(deps, callback) {
                if (deps === undefined || typeof deps === "function") {
                    checkCallback(deps, "accept");
                    state.selfAccepting = true;
                    if (deps !== undefined) state.selfCallbacks.push(selfCallback(deps));
                } else if (typeof deps === "string") {
                    checkCallback(callback, "accept");
                    state.depAccepts.push({ keys: [resolveDep(deps)], single: true, callback: depCallback(callback, true) });
                } else if (Array.isArray(deps)) {
                    checkCallback(callback, "accept");
                    const keys = [];
                    for (const d of deps) {
                        if (typeof d !== "string") throw new TypeError("import.meta.hot.accept: dependencies must be strings");
                        keys.push(resolveDep(d));
                    }
                    state.depAccepts.push({ keys, single: false, callback: depCallback(callback, false) });
                } else {
                    throw new TypeError("import.meta.hot.accept: expected a callback, a specifier or an array of specifiers");
                }
            },
            dispose(callback) {
                checkCallback(callback, "dispose");
                if (callback) (bun ? bunDispose : state.dispose).push(callback);
            },
            prune(callback) { checkCallback(callback, "prune"); if (callback) state.prune.push(callback); },
            decline() { state.declined = true; },
            invalidate(message) { invalidateModule(message === undefined ? undefined : StringCtor(message)); },
            on(event, callback) { checkCallback(callback, "on"); bus.add(StringCtor(event), owner, callback); },
            off(event, callback) { bus.remove(StringCtor(event), owner, callback); },
            send(event, payload) { bus.emit(StringCtor(event), payload).catch(() => {}); },
        };
        return { hot, state };
    }

    // Runs handlers one after the other, awaiting each; rejects with the first error.
    async function runHandlers(handlers, argument) {
        for (const h of handlers) await h(argument);
    }

    // Runs batches [{handlers, argument}, ...] in order, awaiting each handler; rejects with
    // {at: index of the batch, error} at the first throw or rejection.
    async function runBatches(batches) {
        for (let i = 0; i < batches.length; i++) {
            try {
                await runHandlers(batches[i].handlers, batches[i].argument);
            } catch (error) {
                throw { at: i, error };
            }
        }
    }

    // ---- Whole phases in one call. A Java -> JS call costs little, but every kind of call
    // (Value.execute, getMember, setArrayElement, ...) is one call target the engine compiles
    // once it was called a few dozen times; per module and per binding, start-up made
    // thousands of them and the Graal compiler worked for seconds on those entry points
    // (GraalJS's own loader compiles nothing before the entry has run). So the runtime hands
    // each phase over as one flat list (a Java ProxyArray) and these loops do the per-module
    // work; they are called once per phase, and their bodies call no shared helper (only the
    // modules' own functions and Generator.prototype.next), so that nothing else becomes hot.
    // Results go back through the Java callbacks in the list (a JS -> Java call costs no
    // compilation).

    const alwaysUndefined = () => undefined;

    // The layouts of the lists (BatchLayout.java has the same names and values; docs/runtime.md).
    const START_STRIDE = 5;        // startModules: execute, meta, dynamicImport, async, report
    const BODY_STRIDE = 5;         // runBodies: gen, async, onFulfilled, onRejected, owner
    const LINK_HEADER = 3;         // linkModules: gen, report, slot count ...
    const SLOT_STRIDE = 3;         // ... then per slot: kind, a, b
    const SLOT_ACCESSOR = 0;       // a[b]: the exporter's accessor b
    const SLOT_CONSTANT = 1;       // () => a
    const SLOT_UNDEFINED = 2;      // () => undefined
    const SLOT_LAZY_NAMESPACE = 3; // the namespace a() makes, on first read

    // Protocol steps 1-2 for n modules. items: 5 per module: execute, meta, dynamicImport,
    // async, report. Synchronous: report(gen, relink, accessors). Async: report(gen, step)
    // (step: the promise of the first step), then, once it settled, report(relink, accessors).
    function startModules(items, n) {
        for (let i = 0, o = 0; i < n; i++, o += START_STRIDE) {
            const execute = items[o];
            const report = items[o + 4];
            const gen = execute(items[o + 1], items[o + 2]);
            const first = gen.next();
            if (items[o + 3]) {
                report(gen, then.call(first, (step) => { const pair = step.value; report(pair[0], pair[1]); }));
            } else {
                const pair = first.value;
                report(gen, pair[0], pair[1]);
            }
        }
    }

    // InitializeEnvironment step 5 (gen.next(holder)) for n modules. items per module: gen
    // (null: return the holder instead, for a hot update's relink), report (null for a
    // synchronous module; an async one: report(promise of the relink step), and report() when
    // it settled), then the holder's slots: their count, then 3 items per slot: kind, a, b.
    // kind 0: a[b] (the exporter's accessor b); 1: () => a (a constant, e.g. a namespace);
    // 2: () => undefined; 3: a namespace made on first read by a() (GetModuleNamespace).
    // The holder is built inline: a helper function called per module would become hot.
    function linkModules(items, n) {
        for (let i = 0, o = 0; i < n; i++) {
            const gen = items[o];
            const report = items[o + 1];
            const count = items[o + 2];
            o += LINK_HEADER;
            const holder = [];
            for (let k = 0; k < count; k++, o += SLOT_STRIDE) {
                const kind = items[o];
                if (kind === SLOT_ACCESSOR) {
                    holder[k] = items[o + 1][items[o + 2]];
                } else if (kind === SLOT_CONSTANT) {
                    const value = items[o + 1];
                    holder[k] = () => value;
                } else if (kind === SLOT_UNDEFINED) {
                    holder[k] = alwaysUndefined;
                } else { // SLOT_LAZY_NAMESPACE
                    const make = items[o + 1];
                    let namespace;
                    holder[k] = () => namespace !== undefined ? namespace : (namespace = make());
                }
            }
            if (gen === null) {
                return holder;
            }
            const relinked = gen.next(holder);
            if (report !== null) {
                report(then.call(relinked, () => { report(); }));
            }
        }
        return undefined;
    }

    // ExecuteModule for n module bodies in order; items: 5 per module: gen, async, onFulfilled,
    // onRejected (async bodies: their promise settles into these), owner (what owns the
    // timers and servers the body makes: its hot state or generator; null: nobody). A synchronous body that throws
    // ends the run: threw(index, thrown).
    function runBodies(items, n, threw) {
        const outer = currentOwner;
        for (let i = 0, o = 0; i < n; i++, o += BODY_STRIDE) {
            const gen = items[o];
            currentOwner = items[o + 4];
            if (items[o + 1]) {
                try {
                    then.call(gen.next(), items[o + 2], items[o + 3]);
                } finally {
                    currentOwner = outer;
                }
            } else {
                try {
                    gen.next();
                } catch (thrown) {
                    currentOwner = outer;
                    threw(i, thrown);
                    return;
                }
            }
        }
        currentOwner = outer;
    }

    // import(specifier, options) of one module (EvaluateImportCall steps up to the host call);
    // load(specifierString, [key, value, ...] or undefined, defer) returns a promise.
    function importCall(load, specifier, options, defer) {
        try {
            const specifierString = `${specifier}`;
            let attributes;
            if (options !== undefined) {
                if (typeof options !== "object" || options === null) {
                    throw new TypeError("The second argument of import() must be an object");
                }
                const withObject = options.with;
                if (withObject !== undefined) {
                    if (typeof withObject !== "object" || withObject === null) {
                        throw new TypeError("The 'with' option of import() must be an object");
                    }
                    attributes = [];
                    for (const key of objectKeys(withObject)) {
                        const value = withObject[key];
                        if (typeof value !== "string") {
                            throw new TypeError("Import attribute value must be a string");
                        }
                        attributes.push(key, value);
                    }
                }
            }
            return load(specifierString, attributes, defer);
        } catch (e) {
            return promiseReject.call(PromiseCtor, e);
        }
    }

    const queueMicrotaskImpl = (callback) => { then.call(PromiseCtor.resolve(), () => { callback(); }); };

    // process.nextTick's queue, run as Node's processTicksAndRejections runs it: every queued
    // tick, and those they queue, before the promise jobs of the same macrotask, and again each
    // time the promise jobs leave ticks behind. runTicks is called at the end of a macrotask's
    // own code inside the same JS call (a timer, an fs callback, a CommonJS entry), before the
    // engine runs the promise jobs, and by the loop after each task (NextTicks.java) for the
    // ticks that promise jobs queued. ticks holds [callback, args] pairs from tickHead on.
    const ticks = [];
    const applyTick = Reflect.apply;
    let tickHead = 0;
    let ticksQueued = () => {}; // tells the loop that ticks wait (NextTicks.java)
    function queueTick(callback, args) {
        if (tickHead === ticks.length) ticksQueued();
        ticks.push(callback, args);
    }
    function runTicks() {
        while (tickHead < ticks.length) {
            const callback = ticks[tickHead];
            const args = ticks[tickHead + 1];
            ticks[tickHead] = ticks[tickHead + 1] = undefined;
            tickHead += 2;
            if (tickHead === ticks.length) {
                ticks.length = 0;
                tickHead = 0;
            }
            try {
                applyTick(callback, undefined, args);
            } catch (e) {
                if (tickHead < ticks.length) ticksQueued(); // the rest runs after the error is reported
                throw e;
            }
        }
    }
    const tickQueue = Object.freeze({ queue: queueTick, run: runTicks });
    const errorTypes = { Error, SyntaxError, TypeError, ReferenceError, RangeError };
    const ErrorCtor = Error;
    const StringCtor = String;

    return {
        namespace,
        deferredNamespace,
        rebindNamespace,
        namespaceHasNames,
        newError: (type, message) => new errorTypes[type](message),
        throwValue: (value) => { throw value; },
        // The host's globals: timers and queueMicrotask (console is the engine's own).
        // setTimer(task, delayMs, repeat) -> id, clearTimer(id) are the Java event loop's.
        // programArguments: the program's arguments (ARGS of hmrc run) as the global `arguments`,
        // as GraalJS's own js launcher defines it.
        // setImmediate(task) -> id, clearImmediate(id): the loop's check phase (for node:timers).
        installGlobals: (setTimer, clearTimer, programArguments, setImmediate, clearImmediate) => {
            const apply = Reflect.apply;
            const define = (name, value) =>
                defineProperty(globalThis, name, { value, writable: true, enumerable: true, configurable: true });
            const checked = (callback) => {
                if (typeof callback !== "function") {
                    throw new TypeError("The \"callback\" argument must be of type function. Received " + typeof callback);
                }
                return callback;
            };
            const delayOf = (delay) => {
                const ms = +delay;
                return ms >= 1 && ms <= 2147483647 ? Math.trunc(ms) : 1;
            };
            clearTimerImpl = clearTimer;
            // A timer made while an instance owns the running code belongs to it; so do the
            // timers its callback makes.
            const start = (callback, delay, args, repeat) => {
                const owner = currentOwner;
                if (owner === null) {
                    return setTimer(() => { apply(callback, undefined, args); runTicks(); }, delayOf(delay), repeat);
                }
                let id;
                id = setTimer(() => {
                    if (!repeat) resources.timerEnded(id);
                    const previous = currentOwner;
                    currentOwner = owner;
                    try {
                        apply(callback, undefined, args);
                        runTicks();
                    } finally {
                        currentOwner = previous;
                    }
                }, delayOf(delay), repeat);
                resources.timerStarted(id, owner);
                return id;
            };
            define("setTimeout", function setTimeout(callback, delay, ...args) {
                return start(checked(callback), delay, args, false);
            });
            define("setInterval", function setInterval(callback, delay, ...args) {
                return start(checked(callback), delay, args, true);
            });
            const clear = function (id) { if (typeof id === "number") { resources.timerEnded(id); clearTimer(id); } };
            define("clearTimeout", function clearTimeout(id) { clear(id); });
            define("clearInterval", function clearInterval(id) { clear(id); });
            define("queueMicrotask", function queueMicrotask(callback) { queueMicrotaskImpl(checked(callback)); });
            defineProperty(globalThis, Symbol.for("hmrc.resources"), { value: Object.freeze(resources), enumerable: false });
            defineProperty(globalThis, Symbol.for("hmrc.ticks"), { value: tickQueue, enumerable: false });
            defineProperty(globalThis, Symbol.for("hmrc.immediates"), { value: Object.freeze({
                set: (callback) => setImmediate(() => { callback(); runTicks(); }),
                clear: (id) => { clearImmediate(id); },
            }), enumerable: false });
            defineProperty(globalThis, "arguments",
                { value: Array.from(programArguments), writable: true, enumerable: false, configurable: true });
        },
        // import() through GraalJS's own loader (the plain mode).
        nativeImport: (url, onFulfilled, onRejected) => { then.call(import(url), onFulfilled, onRejected); },
        // import.meta of one module (an ordinary object with a null prototype, as in Node).
        importMeta: (url, filename, dirname, resolveSpecifier) => {
            const meta = create(null);
            if (filename !== null) { // null: not a file (a load hook's virtual module)
                meta.dirname = dirname;
                meta.filename = filename;
            }
            meta.resolve = function resolve(specifier) { return resolveSpecifier(`${specifier}`); };
            meta.url = url;
            return meta;
        },
        // The function import(specifier, options) calls in one module (EvaluateImportCall steps
        // up to the host call); load(specifierString, [key, value, ...] or undefined) returns a promise.
        dynamicImportFor: (load) => {
            const dynamicImport = function (specifier, options) { return importCall(load, specifier, options, false); };
            // import.defer(specifier, options) (staging): the promise of the deferred namespace.
            dynamicImport.defer = function (specifier, options) { return importCall(load, specifier, options, true); };
            return dynamicImport;
        },
        // [headline, stack frames] of an uncaught value.
        describe: (thrown) => {
            if (thrown instanceof ErrorCtor) {
                let headline;
                try { headline = StringCtor(thrown.name) + ": " + StringCtor(thrown.message); } catch (e) { headline = "Error"; }
                try {
                    // Node's errors with a code say it in their stack's first line: "Error [ERR_X]: message".
                    const first = typeof thrown.stack === "string" ? thrown.stack.split("\n")[0] : "";
                    if (typeof thrown.code === "string" && first === StringCtor(thrown.name) + " [" + thrown.code + "]: "
                        + StringCtor(thrown.message)) headline = first;
                } catch (e) { /* the plain headline */ }
                let stack = "";
                try {
                    const text = typeof thrown.stack === "string" ? thrown.stack : "";
                    stack = text.split("\n")
                        .filter((line) => /^\s+at /.test(line) && !/\(hmrc:|^\s+at hmrc:|Generator\.next \(native\)/.test(line))
                        .join("\n");
                } catch (e) { /* no stack */ }
                return [headline, stack];
            }
            try { return [StringCtor(thrown), ""]; } catch (e) { return [Object.prototype.toString.call(thrown), ""]; }
        },
        startModules,
        linkModules,
        runBodies,
        capability,
        hotBus,
        hotContext,
        hotRunBatches: runBatches,
        hotBusRemoveOwner: (bus, owner) => bus.removeOwner(owner),
        // Whether a built-in event has a listener under any prefix.
        hotListening: (bus, name) => {
            for (const p of eventPrefixes) {
                if (bus.listening(p + name)) return true;
            }
            return name === "message" && bus.listening(name);
        },
        hotUndefined: () => undefined,
        hotOwnsResources: ownsResources,
        hotRelease: releaseResources,
        hotBeginUpdate: beginUpdate,
        hotEndUpdate: endUpdate,
        // One batch: handlers (a JS array, or undefined for none) called with argument.
        hotBatch: (handlers, argument) => ({ handlers: handlers === undefined ? [] : handlers, argument }),
        hotOne: (handler, argument) => ({ handlers: handler === undefined ? [] : [handler], argument }),
        // Emits a built-in event under every prefix (hmr:, vite:, bun:); settles with
        // [event name, error] of the first listener that threw, or undefined.
        hotEmit: async (bus, name, payload) => {
            let outcome;
            for (const p of eventPrefixes) {
                try {
                    await bus.emit(p + name, payload);
                } catch (error) {
                    if (outcome === undefined) outcome = [p + name, error];
                }
            }
            if (name === "message") {
                // dynohot's hot.on("message", cb): the line without its "[hot] " prefix
                try {
                    await bus.emit(name, typeof payload === "string" ? payload.replace(/^\[hot\] /, "") : payload);
                } catch (error) {
                    if (outcome === undefined) outcome = [name, error];
                }
            }
            return outcome;
        },
        plainObject: () => ({}),
        // promise.then with the intrinsic then, whatever the program did to Promise.prototype.
        then: (promise, onFulfilled, onRejected) => { then.call(promise, onFulfilled, onRejected); },
        all: (promises) => promiseAll.call(PromiseCtor, promises),
        // Runs task as a promise job (where the engine runs the job of an import() call).
        enqueueJob: (task) => { then.call(PromiseCtor.resolve(), () => { task(); }); },
        // Calls f with no JS frames in between: the Java side runs nested, so the engine drains
        // the microtask queue only when the trampoline returns.
        trampoline: (f) => f(),
        // process.nextTick's queue (see queueTick): onQueued is called when the queue gets its first tick.
        installTicks: (onQueued) => { ticksQueued = onQueued; },
        runTicks,
        emptyArray: () => [],
        metaObject: () => create(null),
        isError: (value) => value instanceof Error,
    };
})()
