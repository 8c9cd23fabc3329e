// CommonJS for hmrc, in both linkers: Node's module system (require, module, exports,
// require.cache, cycles) on the host functions of CommonJsHost ("natives"), the entry points of
// the ES-module facades (importFile, requireBuiltin, namedValues), and the globals Node gives
// every program (process, Buffer, global, setImmediate). Returns the functions Java calls.
(function install(natives) {
    "use strict";
    const hasOwn = Object.prototype.hasOwnProperty;
    const nodeBuiltins = new Set(Array.from(natives.nodeBuiltins));
    const provided = new Set(Array.from(natives.providedBuiltins));

    // Node's errors: `code`, and a stack whose first line is "Name [CODE]: message".
    function nodeError(Type, code, message) {
        const error = new Type(message);
        Object.defineProperty(error, "name", { value: Type.name + " [" + code + "]", configurable: true, writable: true });
        void error.stack;
        delete error.name;
        Object.defineProperty(error, "code", { value: code, configurable: true, writable: true, enumerable: true });
        return error;
    }
    const FS_DESCRIPTIONS = {
        ENOENT: "no such file or directory", EACCES: "permission denied", EEXIST: "file already exists",
        ENOTEMPTY: "directory not empty", ENOTDIR: "not a directory", EISDIR: "illegal operation on a directory",
        EIO: "i/o error",
    };
    function fsError(code, errno, syscall, path) {
        const error = new Error(code + ": " + (FS_DESCRIPTIONS[code] || "error") + ", " + syscall
            + (path == null ? "" : " '" + path + "'"));
        error.errno = errno;
        error.code = code;
        error.syscall = syscall;
        if (path != null) error.path = path;
        return error;
    }
    function fail(code, errno, syscall, path) {
        throw fsError(code, errno, syscall, path);
    }

    // --- paths (posix), what the loader itself needs
    function dirname(path) {
        const slash = path.lastIndexOf("/");
        return slash <= 0 ? (slash === 0 ? "/" : ".") : path.slice(0, slash);
    }
    function nodeModulePaths(from) {
        const paths = [];
        let dir = from;
        for (;;) {
            if (!dir.endsWith("/node_modules")) paths.push((dir === "/" ? "" : dir) + "/node_modules");
            if (dir === "/") break;
            dir = dirname(dir);
        }
        return paths;
    }

    // --- the module system
    const cache = Object.create(null);           // require.cache, by filename
    const builtinModules = new Map();            // name -> module of a loaded built-in
    const facadeVersion = new WeakMap();         // module -> the file version a facade ran it for
    let mainModule;

    function Module(id = "", parent) {
        this.id = id;
        this.path = id === "." ? dirname(mainFile || "./x") : dirname(id);
        this.exports = {};
        Object.defineProperty(this, "parent", { value: parent, writable: true, configurable: true, enumerable: false });
        this.filename = null;
        this.loaded = false;
        this.children = [];
        this.paths = [];
        if (parent && parent.children) parent.children.push(this);
    }
    Module.prototype.require = function require(id) {
        if (typeof id !== "string") {
            throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
                "The \"id\" argument must be of type string. Received " + describeValue(id));
        }
        if (id === "") {
            throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''");
        }
        return loadModule(id, this);
    };
    Module._cache = cache;
    Module._extensions = Object.create(null);
    Module._extensions[".js"] = function () {};
    Module._extensions[".json"] = function () {};
    Module._extensions[".node"] = function () {};
    Module.builtinModules = Array.from(natives.nodeBuiltins).sort();
    Module.isBuiltin = (name) => typeof name === "string" && (name.startsWith("node:") ? nodeBuiltins.has(name.slice(5)) : nodeBuiltins.has(name));
    Module.wrap = (script) => "(function (exports, require, module, __filename, __dirname) { " + script + "\n});";
    Module._resolveFilename = (request, parent) => resolveFilename(request, parent);
    Module._load = (request, parent) => loadModule(request, parent || rootModule());
    Module._nodeModulePaths = nodeModulePaths;
    Module.Module = Module;

    function describeValue(value) {
        if (value === null) return "null";
        if (value === undefined) return "undefined";
        if (typeof value === "function") return "function " + value.name;
        if (typeof value === "object") return "an instance of " + (value.constructor && value.constructor.name || "Object");
        return "type " + typeof value + " (" + String(value) + ")";
    }

    function builtinName(request) {
        if (request.startsWith("node:")) return request.slice(5);
        return nodeBuiltins.has(request) ? request : null;
    }

    function resolveFilename(request, parent) {
        const builtin = builtinName(request);
        if (builtin !== null) return request;
        const resolved = natives.resolve(request, parent && parent.filename ? parent.filename : null);
        if (typeof resolved === "string") return resolved;
        const error = new Error(resolved[0]);
        error.code = "MODULE_NOT_FOUND";
        error.requireStack = parent && parent.filename ? [parent.filename] : [];
        throw error;
    }

    function loadModule(request, parent) {
        const builtin = builtinName(request);
        if (builtin !== null) return requireBuiltin(builtin);
        const filename = resolveFilename(request, parent);
        hot.required(filename, parent); // s12b: watched for hot updates
        const cached = cache[filename];
        if (cached !== undefined) {
            if (!cached.loaded && requiredEsModules.has(cached)) { // s12a: require(esm) of an ES module still evaluating
                throw nodeError(Error, "ERR_REQUIRE_CYCLE_MODULE", "Cannot require() ES Module " + filename + " in a cycle."
                    + (parent && parent.filename ? " (from " + parent.filename + ")" : ""));
            }
            if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
            return cached.exports; // a cycle gets the exports as they are so far, as in Node
        }
        return loadFile(filename, parent, undefined).exports;
    }

    let mainFile = null; // the program's entry when it is a CommonJS file: its module is require.main
    function loadFile(filename, parent, version) {
        const module = new Module(filename === mainFile && mainModule === undefined ? "." : filename, parent);
        if (filename === mainFile && mainModule === undefined) {
            mainModule = module;
            Module._mainModule = module;
        }
        if (version !== undefined) facadeVersion.set(module, version);
        hot.replacing(filename); // s12b: the update's journal keeps the entry this replaces
        cache[filename] = module;
        let threw = true;
        try {
            hot.running(filename);
            runFile(module, filename);
            threw = false;
        } finally {
            if (threw) {
                hot.threw(filename);
                delete cache[filename];
                if (parent && parent.children) {
                    const at = parent.children.indexOf(module);
                    if (at >= 0) parent.children.splice(at, 1);
                }
            }
        }
        return module;
    }

    function runFile(module, filename) {
        module.filename = filename;
        module.paths = nodeModulePaths(dirname(filename));
        const format = natives.format(filename);
        if (format === "json") {
            const text = natives.readModule(filename);
            try {
                module.exports = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
            } catch (error) {
                error.message = filename + ": " + error.message;
                throw error;
            }
        } else if (format === "module") {
            module.exports = requireEsModule(module, filename);
        } else if (format === "addon") {
            throw nodeError(Error, "ERR_DLOPEN_FAILED", "Cannot load native addon " + filename + ": hmrc runs JavaScript only");
        } else {
            const wrapper = natives.compile(filename, natives.readModule(filename), false);
            Reflect.apply(wrapper, module.exports,
                [module.exports, makeRequire(module), module, filename, dirname(filename)]);
        }
        module.loaded = true;
    }

    // --- s12a: require() of an ES module, as Node 20.19+/22.12+ (require(esm)): the linker evaluates
    // its graph synchronously (EsModuleRequire.java); module.exports is the module's "module.exports"
    // export if it has one, else its namespace, or, when it has a default export and no __esModule
    // one, the namespace of Node's facade that adds __esModule: true.
    function commonJsState(filename) {
        const loading = cache[filename];
        if (loading === undefined || loading.loaded) return "idle";
        return facadeVersion.has(loading) && loading !== mainModule ? "import" : "require";
    }
    const requiredEsModules = new WeakSet(); // modules of require.cache that are ES modules
    function requireEsModule(module, filename) {
        requiredEsModules.add(module);
        const parentFile = module.parent && module.parent.filename;
        const namespace = outcomeOf(natives.requireModule(filename, parentFile || null, commonJsState));
        if ("module.exports" in namespace) return namespace["module.exports"];
        if (!("default" in namespace) || "__esModule" in namespace) return namespace;
        return outcomeOf(natives.requiredModuleFacade(filename));
    }
    function outcomeOf(outcome) {
        if (outcome[0] === "ok") return outcome[1];
        if (outcome[0] === "throw") throw outcome[1];
        throw nodeError(Error, outcome[1], outcome[2]);
    }
    // --- end of s12a's require(esm)

    function makeRequire(module) {
        const require = function require(id) { return module.require(id); };
        function resolve(request, options) {
            if (typeof request !== "string") {
                throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE",
                    "The \"request\" argument must be of type string. Received " + describeValue(request));
            }
            if (options && Array.isArray(options.paths)) {
                for (const base of options.paths) {
                    try {
                        return resolveFilename(request, { filename: base.replace(/\/$/, "") + "/index.js" });
                    } catch (notThere) { /* the next path */ }
                }
            }
            return resolveFilename(request, module);
        }
        resolve.paths = (request) => builtinName(request) !== null ? null : nodeModulePaths(module.path);
        require.resolve = resolve;
        Object.defineProperty(require, "main", { get: () => mainModule, enumerable: true, configurable: true });
        require.extensions = Module._extensions;
        require.cache = cache;
        return require;
    }

    let root;
    function rootModule() {
        if (!root) {
            root = new Module(".", undefined);
            root.filename = natives.cwd() + "/[eval]";
            root.paths = nodeModulePaths(natives.cwd());
        }
        return root;
    }

    function createRequire(filename) {
        let path = filename;
        if (typeof path === "object" && path !== null && typeof path.href === "string") path = path.href;
        if (typeof path !== "string") {
            throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE",
                "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "
                + describeValue(filename));
        }
        if (path.startsWith("file:")) {
            path = decodeURIComponent(new URLParts(path).pathname);
        }
        if (!path.startsWith("/")) {
            throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE",
                "The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received '"
                + path + "'");
        }
        const module = new Module(path, undefined);
        module.filename = path.endsWith("/") ? path + "noop.js" : path;
        module.paths = nodeModulePaths(module.path);
        hot.esRequirer(module); // s12b
        return makeRequire(module);
    }
    // file: URLs without relying on a URL global (that the web-platform globals may or may not provide)
    function URLParts(url) {
        const match = /^file:(?:\/\/[^/]*)?(\/[^?#]*)/.exec(url);
        this.pathname = match ? match[1] : url.slice(5);
    }

    // --- built-ins
    function requireBuiltin(name) {
        const loaded = builtinModules.get(name);
        if (loaded !== undefined) return loaded.exports;
        if (!provided.has(name)) {
            throw nodeError(Error, "ERR_UNKNOWN_BUILTIN_MODULE", nodeBuiltins.has(name)
                ? "node:" + name + " is not available in hmrc"
                : "No such built-in module: node:" + name);
        }
        return loadBuiltin(name, name).exports;
    }
    function loadBuiltin(key, name) {
        const source = natives.builtinSource(name);
        if (source == null) throw new Error("hmrc: built-in " + name + " is missing");
        const module = new Module("node:" + name, undefined);
        module.filename = "node:" + name;
        builtinModules.set(key, module);
        const wrapper = natives.compile("node:" + name, source, true);
        const require = (id) => {
            if (id.startsWith("hmrc:vendor/")) return vendor(id.slice(12));
            if (id.startsWith("./") || id.startsWith("../")) return vendor(vendorRelative(key, id)); // s12c: its own files
            // s12c: "process/" is npm's spelling of the package rather than the core module; here both are the built-in
            const builtin = builtinName(id.endsWith("/") ? id.slice(0, -1) : id);
            if (builtin !== null) return requireBuiltin(builtin);
            return vendor(id); // a vendored package's own dependency (base64-js, ieee754)
        };
        Reflect.apply(wrapper, module.exports, [module.exports, require, module, "node:" + name, "node:", natives]);
        module.loaded = true;
        return module;
    }
    // s12c: a vendored module by the WebJar file it is (one instance however it is named)
    function vendorRelative(fromKey, id) {
        const from = fromKey.startsWith("vendor/") ? natives.vendorFile(fromKey.slice(7)) : null;
        if (from == null) throw new Error("hmrc: " + fromKey + " cannot require " + id);
        const segments = from.split("/").slice(0, -1);
        for (const segment of id.split("/")) {
            if (segment === "..") segments.pop();
            else if (segment !== "." && segment !== "") segments.push(segment);
        }
        const file = segments.join("/");
        return /\.(?:js|json)$/.test(file) ? file : file + ".js";
    }
    function vendor(name) {
        const file = natives.vendorFile(name);
        const key = "vendor/" + (file == null ? name : file);
        const loaded = builtinModules.get(key);
        return loaded !== undefined ? loaded.exports : loadBuiltin(key, key).exports;
    }

    // --- what the facades call
    function importFile(filename, version) {
        let module = cache[filename];
        if (module !== undefined && facadeVersion.has(module) && facadeVersion.get(module) !== version) {
            // The file changed (a hot update): re-run it whole; its cache entry is replaced.
            hot.replacing(filename);
            delete cache[filename];
            module = undefined;
        }
        if (module === undefined) {
            module = loadFile(filename, undefined, version);
            // s12a: Node runs a CommonJS entry outside any promise job: its ticks come before its promise jobs.
            if (module === mainModule) globalThis[Symbol.for("hmrc.ticks")].run();
        } else if (!facadeVersion.has(module)) {
            facadeVersion.set(module, version);
        }
        return module.exports;
    }
    function namedValues(exports, names) {
        const values = new Array(names.length);
        if (exports === null || (typeof exports !== "object" && typeof exports !== "function")) return values;
        for (let i = 0; i < names.length; i++) {
            if (hasOwn.call(exports, names[i])) {
                try { values[i] = exports[names[i]]; } catch (getterThrew) { /* undefined, as in Node */ }
            }
        }
        return values;
    }

    // --- hot updates (s12b): which files require loaded, who required them, and the update's journal.
    // A changed file makes stale its cache entry and those of its requirers, transitively (each
    // cache entry's module.children, as Node fills them, and the ES modules that required through
    // createRequire); the update drops them (journaled), re-runs the facades and ES modules on the
    // way, and commits or rolls the journal back (restoring the old entries and their exports).
    const hot = (() => {
        const announced = new Set();              // files Java was told of (it watches them)
        const esRequirers = new WeakSet();        // createRequire's modules
        const requiredByEs = new Map();           // filename -> filenames of ES modules that required it
        const esModuleFiles = new Set();          // ES modules among them: they re-run as modules of the graph
        let journal = null;                       // { before: Map filename -> entry, ran: [], thrower }
        function required(filename, parent) {
            if (parent && esRequirers.has(parent)) {
                let by = requiredByEs.get(filename);
                if (by === undefined) requiredByEs.set(filename, by = new Set());
                by.add(parent.filename);
            }
            if (!announced.has(filename) && parent && parent.filename && parent !== root) {
                announced.add(filename);
                natives.requiredFile(filename);
            }
        }
        function requirersOf(filename) {
            const found = [];
            for (const key in cache) {
                const children = cache[key].children;
                for (let i = 0; i < children.length; i++) {
                    if (children[i].filename === filename) { found.push(key); break; }
                }
            }
            const es = requiredByEs.get(filename);
            if (es !== undefined) found.push(...es);
            return found;
        }
        return {
            required,
            esRequirer(module) {
                esRequirers.add(module);
                let format = null;
                try { format = natives.format(module.filename); } catch (unknown) { /* not a file */ }
                if (format === "module") esModuleFiles.add(module.filename);
            },
            replacing(filename) {
                if (journal !== null && !journal.before.has(filename)) journal.before.set(filename, cache[filename]);
            },
            running(filename) { if (journal !== null) journal.ran.push(filename); },
            threw(filename) { if (journal !== null && journal.thrower === null) journal.thrower = filename; },
            /** The changed files known to require, with their requirers, transitively. */
            staleAfter(changed) {
                const stale = new Set();
                const work = [];
                for (const filename of changed) {
                    if (filename in cache || requiredByEs.has(filename)) work.push(filename);
                }
                while (work.length > 0) {
                    const filename = work.pop();
                    if (stale.has(filename)) continue;
                    stale.add(filename);
                    if (esModuleFiles.has(filename)) continue; // its importers are the graph's to update
                    if (filename in cache) work.push(...requirersOf(filename));
                    else if (requiredByEs.has(filename)) work.push(...requiredByEs.get(filename));
                }
                return Array.from(stale);
            },
            /** The way from {@code changed} up its requirers to {@code requirer} (both included), or []. */
            requirePath(changed, requirer) {
                const cameFrom = new Map([[changed, null]]);
                const work = [changed];
                while (work.length > 0) {
                    const filename = work.shift();
                    if (filename === requirer) {
                        const path = [];
                        for (let at = filename; at !== null; at = cameFrom.get(at)) path.unshift(at);
                        return path;
                    }
                    const up = filename in cache ? requirersOf(filename) : Array.from(requiredByEs.get(filename) || []);
                    for (const next of up) {
                        if (!cameFrom.has(next)) { cameFrom.set(next, filename); work.push(next); }
                    }
                }
                return [];
            },
            begin(stale) {
                journal = { before: new Map(), ran: [], thrower: null };
                for (const filename of stale) {
                    if (filename in cache && !esModuleFiles.has(filename)) { // (an ES module's entry, require(esm)'s, stays)
                        journal.before.set(filename, cache[filename]);
                        delete cache[filename];
                    }
                }
            },
            thrower: () => journal === null ? null : journal.thrower,
            commit() {
                const ran = journal === null ? [] : journal.ran;
                journal = null;
                return ran;
            },
            rollBack() {
                if (journal === null) return;
                for (const [filename, entry] of journal.before) {
                    if (entry === undefined) delete cache[filename];
                    else cache[filename] = entry;
                }
                journal = null;
            },
        };
    })();

    // --- the globals
    const defineGlobal = (name, get) => {
        Object.defineProperty(globalThis, name, {
            configurable: true, enumerable: false,
            get() { const value = get(); Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false }); return value; },
            set(value) { Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false }); },
        });
    };
    defineGlobal("process", () => requireBuiltin("process"));
    defineGlobal("Buffer", () => requireBuiltin("buffer").Buffer);
    defineGlobal("setImmediate", () => requireBuiltin("timers").setImmediate);
    defineGlobal("clearImmediate", () => requireBuiltin("timers").clearImmediate);
    // s12c: the global console is node:console (util.format), writing through the engine's console
    const engineConsole = globalThis.console;
    defineGlobal("console", () => requireBuiltin("console"));
    if (!("global" in globalThis)) {
        Object.defineProperty(globalThis, "global", { value: globalThis, writable: true, configurable: true, enumerable: false });
    }

    const entryPoints = Object.freeze({
        importFile, requireBuiltin, namedValues, createRequire, Module, nodeError, fsError, cache,
        engineConsole, // s12c
    });
    Object.defineProperty(globalThis, Symbol.for("hmrc.commonjs"), { value: entryPoints, enumerable: false });
    natives.setFail(fail);
    return {
        fail,
        hot: { staleAfter: hot.staleAfter, requirePath: hot.requirePath, begin: hot.begin, thrower: hot.thrower, commit: hot.commit, rollBack: hot.rollBack },
        setMainFile: (filename) => { mainFile = filename; },
        builtinExportNames: (name) => Object.keys(requireBuiltin(name)).filter((key) => key !== "default"),
        emitExit: (code) => {
            if (!builtinModules.has("process")) return code;
            const process = requireBuiltin("process");
            return process.__emitExit(code);
        },
        exitCode: () => {
            if (!builtinModules.has("process")) return 0;
            const code = requireBuiltin("process").exitCode;
            return typeof code === "number" ? code : 0;
        },
    };
})
