package dev.hmrc.runtime.link;

import dev.hmrc.runtime.hooks.LoadContext;
import dev.hmrc.runtime.hooks.LoadResult;
import dev.hmrc.runtime.hooks.LoaderHooks;
import dev.hmrc.runtime.commonjs.CommonJsFacade;
import dev.hmrc.runtime.commonjs.EsModuleRequire;
import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.runtime.hooks.NodeModuleBuiltin;
import dev.hmrc.runtime.resolve.NodeBuiltins;
import dev.hmrc.runtime.host.HttpHost;
import dev.hmrc.runtime.hooks.ResolveContext;
import dev.hmrc.runtime.hooks.ResolveResult;
import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleRecord.ModuleRequest;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.typescript.TypeStripper;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformOptions;
import dev.hmrc.transformer.TransformResult;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The host side of module loading (ECMA-262 HostLoadImportedModule, LoadRequestedModules,
 * import() and import.meta): resolves specifiers, reads and transforms files, evaluates
 * the transformed script to get {@code execute}, starts the module's generator, and keeps
 * the registry (one {@link ModuleInstance} per file and module type). Loading is
 * synchronous and happens on the event-loop thread.
 */
public final class ModuleLoader {
    private final Context context;
    private final RuntimeSupport support;
    private final SpecifierResolver resolver;
    private final Path baseFolder;
    private final ModuleSources sources;
    /** Transforms module sources that are no file (a load hook's virtual modules). */
    private final ModuleTransformer transformer;
    private final ModuleLinker linker;
    /** Every module's versions and the edges between modules (the registry). */
    final ModuleGraph graph = new ModuleGraph();
    private final OriginalStack originalStack = new OriginalStack();
    /** Keys of the modules the host imported (preloads, the entry), in order: what a full reload runs again. */
    final List<String> roots = new ArrayList<>();
    /** Keys of the modules {@code require()} evaluated (require(esm)), in order: a full reload runs them again too. */
    final Set<String> requiredRoots = new LinkedHashSet<>();
    /** The hot-update side (import.meta.hot, watching), or null when hot updates are off. */
    HotHost hotHost;
    private final LoaderHooks hooks;
    private final NodeModuleBuiltin nodeModule;
    /**
     * While a graph loads: the protocol steps 1-2 still to run for its new instances, 5 items
     * each (see {@code startModules} in runtime-support.js); null when each runs at once.
     */
    private List<Object> pendingStarts;
    /** Host modules (Java-backed, {@code ModuleRuntime.Builder.javaModule}): specifier → source text. */
    private final Map<String, String> hostModules = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A loader without loader hooks (until {@code node:module}'s {@code registerHooks} adds some).
     *
     * @param context    the context modules run in (entered on this thread)
     * @param support    the runtime's JS functions in that context
     * @param resolver   specifier resolution
     * @param baseFolder what specifiers without an importer are relative to
     */
    public ModuleLoader(Context context, RuntimeSupport support, SpecifierResolver resolver, Path baseFolder) {
        this(context, support, resolver, baseFolder, new LoaderHooks(),
                new ModuleSources(resolver, baseFolder, null, ModuleSources.DEFAULT_THREADS));
    }

    /**
     * A loader without loader hooks whose module files {@code sources} reads and transforms.
     *
     * @param context    the context modules run in (entered on this thread)
     * @param support    the runtime's JS functions in that context
     * @param resolver   specifier resolution
     * @param baseFolder what specifiers without an importer are relative to
     * @param sources    where module files are read and transformed (read-ahead threads, cache)
     */
    public ModuleLoader(Context context, RuntimeSupport support, SpecifierResolver resolver, Path baseFolder,
                        ModuleSources sources) {
        this(context, support, resolver, baseFolder, new LoaderHooks(), sources);
    }

    /**
     * A loader whose requests go through {@code hooks}.
     *
     * @param context    the context modules run in (entered on this thread)
     * @param support    the runtime's JS functions in that context
     * @param resolver   specifier resolution
     * @param baseFolder what specifiers without an importer are relative to
     * @param hooks      the loader hooks every request goes through (the {@code node:module}
     *                   built-in's {@code registerHooks} adds to them)
     * @param sources    where module files are read and transformed (read-ahead threads, cache)
     */
    public ModuleLoader(Context context, RuntimeSupport support, SpecifierResolver resolver, Path baseFolder,
                        LoaderHooks hooks, ModuleSources sources) {
        this.hooks = hooks;
        this.nodeModule = NodeModuleBuiltin.install(context, support, hooks);
        this.context = context;
        this.support = support;
        this.resolver = resolver;
        this.baseFolder = baseFolder;
        this.sources = sources;
        this.transformer = new ModuleTransformer(TransformOptions.defaults(), sources.language());
        this.linker = new ModuleLinker(support);
    }

    /**
     * Registers a host module: importing {@code specifier} (e.g. {@code java:config}) gives the
     * module made from {@code source}, keyed {@code javascript:SPECIFIER}, as for the
     * {@code hmr:http} built-in (no file, no {@code import.meta.hot}, never watched).
     *
     * @param specifier the exact specifier importers write
     * @param source    the module's source text
     */
    public void addHostModule(String specifier, String source) {
        hostModules.put(specifier, source);
    }

    /**
     * {@return the registry key of the host module {@code specifier}}
     *
     * @param specifier the host module's specifier
     */
    public static String hostModuleKey(String specifier) {
        return "javascript:" + specifier;
    }

    /** The facade source of a {@code node:} built-in by name (set by the runtime once CommonJS is installed). */
    private java.util.function.Function<String, String> builtinFacades = name -> {
        throw new IllegalStateException("no node: built-ins in this loader");
    };

    /**
     * Where {@code node:} built-ins come from: the source of a built-in's facade by its name.
     *
     * @param facades the facade source by built-in name
     */
    public void builtins(java.util.function.Function<String, String> facades) {
        this.builtinFacades = facades;
    }

    /** Where this loader's module files are read and transformed. */
    public ModuleSources sources() {
        return sources;
    }

    /** {@return the linker working on this loader's modules} */
    public ModuleLinker linker() {
        return linker;
    }

    /**
     * Maps stack frames of the loaded modules back to their original positions.
     *
     * @return the map from generated to original stack positions
     */
    public OriginalStack originalStack() {
        return originalStack;
    }

    /**
     * What the hot-update engine does when modules load: make {@code import.meta.hot}
     * objects and start watching files. Called on the loop thread.
     */
    interface HotHost {
        /** Whether {@code path} is excluded from hot updates (the ignore pattern). */
        boolean ignored(Path path);

        /** The control object of a new instance's {@code import.meta.hot} ({@code hotData}: its data, or null). */
        HotState hotContext(ModuleInstance module, Value hotData);

        /** A module file was read and loaded for the first time ({@code bytes}: what it held, null when {@code text} is not the file's, a CommonJS facade). */
        void loaded(ModuleInstance module, String text, byte[] bytes);

        /**
         * A module file read for the first time does not parse ({@code bytes}: what it held):
         * it is watched all the same, so that saving the fix retries what imported it.
         */
        void failedToLoad(Path path, byte[] bytes, ModuleSyntaxError syntaxError);
    }

    /** The registry entry of {@code key}: the module's current instance, or null. */
    ModuleInstance current(String key) {
        return graph.current(key);
    }

    /** The keys of the modules that import {@code key} statically. */
    Set<String> importersOf(String key) {
        return graph.importersOf(key);
    }

    /** The keys of the modules that imported {@code key} with {@code import()}. */
    Set<String> dynamicImportersOf(String key) {
        return graph.dynamicImportersOf(key);
    }

    /** {@return the loaded modules, in load order} */
    public Collection<ModuleInstance> modules() {
        return Collections.unmodifiableCollection(graph.currentInstances());
    }

    /**
     * Loads, links and evaluates the module {@code specifier} names (from {@code referrer},
     * or from the base folder when null) and settles {@code capability} with its namespace
     * or the error (ContinueDynamicImport). Runs on the loop thread, inside or outside a
     * JS call: when the graph has new async modules, linking waits for their generators'
     * first step (which delivers their accessors) to settle.
     *
     * @param specifier the module's specifier
     * @param attributes its import attributes
     * @param referrer the importing module, or null (the base folder)
     * @param capability a {@code {promise, resolve, reject}} object
     */
    public void importModule(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                             Value capability) {
        importModule(specifier, attributes, referrer, capability, false);
    }

    /**
     * {@link #importModule(String, Map, ModuleInstance, Value)}, or with {@code defer}
     * ({@code import.defer()}, staging) only the module's asynchronous dependencies are
     * evaluated and the capability gets its deferred namespace (ContinueDynamicImport, phase defer).
     */
    void importModule(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                      Value capability, boolean defer) {
        importModule(specifier, attributes, referrer, capability, defer, referrer != null);
    }

    /**
     * {@link #importModule(String, Map, ModuleInstance, Value, boolean)}; {@code inGraph} false: the
     * referrer is only where the specifier resolves from (a CommonJS file no ES module imports), and
     * the module is a root.
     */
    private void importModule(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                              Value capability, boolean defer, boolean inGraph) {
        ModuleInstance module;
        Set<ModuleInstance> graph = new LinkedHashSet<>();
        try {
            module = loadGraph(specifier, attributes, referrer, graph);
        } catch (JsThrow abrupt) {
            capability.getMember("reject").executeVoid(abrupt.thrown());
            return;
        }
        if (referrer != null && inGraph) {
            this.graph.addDynamicImporter(module.key, referrer.key);
        } else if (!this.graph.buildingPending() && !roots.contains(module.key)) {
            roots.add(module.key);
        }
        Consumer<Value> reject = thrown -> capability.getMember("reject").executeVoid(thrown);
        afterSettled(pendingSteps(graph), reject, () -> {
            try {
                linker.link(module);
            } catch (JsThrow abrupt) {
                reject.accept(abrupt.thrown());
                return;
            }
            afterSettled(pendingSteps(graph), reject, () -> {
                if (defer) {
                    evaluateDeferred(module, capability);
                } else {
                    evaluate(module, capability);
                }
            });
        });
    }

    // --- require() of an ES module (Node's require(esm)): the graph evaluated synchronously

    /**
     * {@code require(file)} of an ES module, from CommonJS code running inside JS: loads the
     * module's graph (as the base folder's import would: one module record for require and
     * import), fails as Node does when the graph reaches a module still evaluating or a CommonJS
     * module still loading ({@code ERR_REQUIRE_CYCLE_MODULE}) or has top-level await
     * ({@code ERR_REQUIRE_ASYNC_MODULE}, before anything runs), else links and evaluates it in
     * place and gives its namespace (a live one, rebound by hot updates as an importer's is).
     *
     * @param file     the module's absolute path
     * @param parent   the requiring module's filename, or null
     * @param commonJs where a CommonJS file is in the require cache
     * @return the namespace, or what to throw
     */
    public EsModuleRequire.Outcome requireModule(Path file, String parent,
                                                 java.util.function.Function<Path, EsModuleRequire.CommonJsState> commonJs) {
        return requireGraph(file.toString(), file, parent, commonJs);
    }

    /** The namespace of Node's facade of the required module {@code file} ({@link CommonJsFacade#forRequiredModule}). */
    public EsModuleRequire.Outcome requiredModuleFacade(Path file) {
        String specifier = "hmrc:require-esm:" + file;
        hostModules.putIfAbsent(specifier, CommonJsFacade.forRequiredModule(file.toString()));
        return requireGraph(specifier, file, null, path -> EsModuleRequire.CommonJsState.IDLE);
    }

    private EsModuleRequire.Outcome requireGraph(String specifier, Path file, String parent,
                                                 java.util.function.Function<Path, EsModuleRequire.CommonJsState> commonJs) {
        Set<ModuleInstance> graph = new LinkedHashSet<>();
        ModuleInstance module;
        try {
            module = loadGraph(specifier, Map.of(), null, graph);
        } catch (JsThrow abrupt) {
            return EsModuleRequire.Outcome.thrown(abrupt.thrown());
        }
        EsModuleRequire.Outcome cycle = requireCycle(module, file, parent, commonJs);
        if (cycle != null) {
            return cycle;
        }
        for (ModuleInstance m : graph) {
            if (m.hasTLA) {
                return EsModuleRequire.Outcome.asyncGraph(file, parent);
            }
        }
        try {
            linker.link(module);
        } catch (JsThrow abrupt) {
            return EsModuleRequire.Outcome.thrown(abrupt.thrown());
        }
        Value promise = linker.evaluate(module); // settled: the graph is synchronous
        ModuleInstance root = module.cycleRoot != null ? module.cycleRoot : module;
        if (module.hasEvaluationError || root.hasEvaluationError) {
            ProxyExecutable handled = args -> null;
            support.then(promise, handled, handled);
            return EsModuleRequire.Outcome.thrown(module.hasEvaluationError ? module.evaluationError : root.evaluationError);
        }
        requiredRoots.add(module.key);
        return EsModuleRequire.Outcome.of(linker.requiredNamespace(module));
    }

    /**
     * Node's cycle check of require(esm), or null when there is no cycle: the required module
     * itself still evaluating (it imports, through CommonJS, what requires it), or, on the way
     * through the part of its graph not evaluated yet, a module still evaluating or a CommonJS
     * module still loading.
     */
    private EsModuleRequire.Outcome requireCycle(ModuleInstance required, Path file, String parent,
                                                 java.util.function.Function<Path, EsModuleRequire.CommonJsState> commonJs) {
        if (evaluating(required)) {
            return EsModuleRequire.Outcome.requiredInCycle(file, parent);
        }
        Set<ModuleInstance> seen = new HashSet<>();
        Deque<ModuleInstance> work = new ArrayDeque<>();
        seen.add(required);
        work.push(required);
        while (!work.isEmpty()) {
            ModuleInstance importer = work.pop();
            for (int k = 0; importer.requested != null && k < importer.requested.length; k++) {
                ModuleInstance dependency = importer.requested[k];
                if (!seen.add(dependency) || dependency.status == ModuleStatus.EVALUATED) {
                    continue;
                }
                boolean commonJsFile = dependency.path != null && !dependency.type.equals("json")
                        && ModuleFormat.of(dependency.path) == ModuleFormat.COMMONJS;
                if (evaluating(dependency)
                        || commonJsFile && commonJs.apply(dependency.path) != EsModuleRequire.CommonJsState.IDLE) {
                    return EsModuleRequire.Outcome.importedInCycle(commonJsFile,
                            importer.record.requests().get(k).specifier(), importer.path);
                }
                work.push(dependency);
            }
        }
        return null;
    }

    private static boolean evaluating(ModuleInstance module) {
        return module.status == ModuleStatus.EVALUATING || module.status == ModuleStatus.EVALUATING_ASYNC;
    }

    /** ContinueDynamicImport with phase defer: the async dependencies evaluate, then the deferred namespace. */
    private void evaluateDeferred(ModuleInstance module, Value capability) {
        support.trampoline(() -> {
            ProxyExecutable fulfilled = args -> {
                capability.getMember("resolve").executeVoid(linker.getDeferredNamespace(module));
                return null;
            };
            Value asyncDependencies = linker.evaluateAsynchronousDependencies(module);
            if (asyncDependencies == null) {
                fulfilled.execute();
            } else {
                support.then(asyncDependencies, fulfilled, args -> {
                    capability.getMember("reject").executeVoid(args[0]);
                    return null;
                });
            }
        });
    }

    /** The protocol steps of async modules in {@code graph} that are still in flight. */
    static List<Value> pendingSteps(Collection<ModuleInstance> graph) {
        List<Value> steps = new ArrayList<>();
        for (ModuleInstance m : graph) {
            if (m.pendingStep != null) {
                steps.add(m.pendingStep);
            }
        }
        return steps;
    }

    /**
     * Runs {@code next} once all {@code steps} (promises of the async generators' protocol
     * steps) are fulfilled; calls {@code onRejected} with the reason if one is rejected. Called
     * outside JS, the engine settles them when the subscribing call returns, and {@code next}
     * runs right here, still outside JS; inside a JS call it runs in the promise job.
     */
    void afterSettled(List<Value> steps, Consumer<Value> onRejected, Runnable next) {
        if (steps.isEmpty()) {
            next.run();
            return;
        }
        boolean[] state = new boolean[2]; // [settled before the subscription returned, subscription returned]
        Value all = support.function("all").execute(support.listOf(steps));
        support.then(all,
                args -> {
                    if (state[1]) {
                        next.run();
                    } else {
                        state[0] = true;
                    }
                    return null;
                },
                args -> {
                    onRejected.accept(args[0]);
                    return null;
                });
        state[1] = true;
        if (state[0]) {
            next.run();
        }
    }

    private void evaluate(ModuleInstance module, Value capability) {
        // Evaluate and subscribe inside one JS call: no job runs before the handlers are attached.
        support.trampoline(() -> support.then(linker.evaluate(module),
                args -> {
                    capability.getMember("resolve").executeVoid(linker.getModuleNamespace(module));
                    return null;
                },
                args -> {
                    capability.getMember("reject").executeVoid(args[0]);
                    return null;
                }));
    }

    /**
     * LoadRequestedModules, synchronously: the module and every module it needs, each
     * loaded once; {@code visited} receives the whole graph. A failure leaves the modules
     * loaded so far in the registry. Public so that a caller can time loading apart from
     * linking and evaluation (the start-up benchmark does).
     *
     * @param specifier the module's specifier
     * @param attributes its import attributes
     * @param referrer the importing module, or null (the base folder)
     * @param visited receives every module of the graph
     * @return the module {@code specifier} names
     */
    public ModuleInstance loadGraph(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                                     Set<ModuleInstance> visited) {
        sources.beginGraph(); // files are read and transformed ahead on other threads; the order here is unchanged
        try {
            return startingTogether(() -> loadRequestedModules(specifier, attributes, referrer, visited));
        } finally {
            sources.endGraph();
        }
    }

    private ModuleInstance loadRequestedModules(String specifier, Map<String, String> attributes,
                                                ModuleInstance referrer, Set<ModuleInstance> visited) {
        ModuleInstance root = hostLoadImportedModule(specifier, attributes, referrer);
        loadRequestedNow(root, visited, false);
        return root;
    }

    /**
     * LoadRequestedModules from an instance: loads what {@code root} needs that is not
     * loaded; {@code visited} receives the graph, or with {@code onlyNew} only the part not
     * loaded before (a hot update's new instances and files: the walk stops at modules
     * that were linked already, so it costs what changed, not the graph).
     */
    void loadRequested(ModuleInstance root, Set<ModuleInstance> visited, boolean onlyNew) {
        startingTogether(() -> {
            loadRequestedNow(root, visited, onlyNew);
            return null;
        });
    }

    private void loadRequestedNow(ModuleInstance root, Set<ModuleInstance> visited, boolean onlyNew) {
        Deque<ModuleInstance> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            ModuleInstance module = work.pop();
            if (onlyNew && module != root && module.requested != null) {
                continue;
            }
            if (!visited.add(module)) {
                continue;
            }
            if (module.requested == null) {
                ModuleInstance[] requested = new ModuleInstance[module.record.requests().size()];
                for (ModuleRequest request : module.record.requests()) {
                    requireSupportedAttributes(request, module);
                }
                for (int k = 0; k < requested.length; k++) {
                    ModuleRequest request = module.record.requests().get(k);
                    requested[k] = hostLoadImportedModule(request.specifier(), request.attributes(), module);
                }
                module.requested = requested;
                graph.recordImports(module);
            }
            for (int k = module.requested.length - 1; k >= 0; k--) {
                work.push(module.requested[k]);
            }
        }
    }

    /**
     * The registry key of what {@code specifier} names from {@code referrer} ({@code json:}
     * for a {@code .json} file, else {@code javascript:}); throws the resolution error.
     */
    String keyOf(String specifier, ModuleInstance referrer) {
        if (hostModules.containsKey(specifier)) {
            return hostModuleKey(specifier);
        }
        Path path;
        try {
            path = resolver.resolve(specifier, referrer.path, baseFolder);
        } catch (ModuleResolutionError notFound) {
            throw error("Error", notFound.getMessage());
        }
        return (path.getFileName().toString().endsWith(".json") ? "json:" : "javascript:") + path;
    }

    /** The support functions of this loader's context. */
    RuntimeSupport support() {
        return support;
    }

    /** A JS error of a standard type, as a {@link JsThrow}. */
    JsThrow jsError(String type, String message) {
        return error(type, message);
    }

    /**
     * ParseModule (16.2.1.7.1) step 7: a static import whose attributes have a key the host does
     * not support (AllImportAttributesSupported) makes the importing module a SyntaxError, before
     * anything links. ({@code import()} rejects such options with a TypeError instead.)
     */
    private void requireSupportedAttributes(ModuleRequest request, ModuleInstance importer) {
        for (String key : request.attributes().keySet()) {
            if (!key.equals("type")) {
                throw error("SyntaxError", "Import attribute \"" + key + "\" is not supported (importing '"
                        + request.specifier() + "'" + from(importer) + ")");
            }
        }
    }

    /** HostLoadImportedModule: the registered module for (file, type), loading it on first request. */
    private ModuleInstance hostLoadImportedModule(String specifier, Map<String, String> attributes,
                                                  ModuleInstance referrer) {
        for (String key : attributes.keySet()) {
            if (!key.equals("type")) {
                throw error("TypeError", "Import attribute \"" + key + "\" is not supported (importing '"
                        + specifier + "'" + from(referrer) + ")");
            }
        }
        String type = attributes.getOrDefault("type", "javascript");
        if (!type.equals("javascript") && !type.equals("json")) {
            throw error("TypeError", "Import attribute type \"" + type + "\" is not supported (importing '"
                    + specifier + "'" + from(referrer) + ")");
        }
        if (!hooks.isEmpty() || specifier.equals(HttpHost.URL) || NodeBuiltins.nameOf(specifier) != null
                || hostModules.containsKey(specifier)) {
            return loadThroughHooks(specifier, attributes, type, referrer); // --- loader hooks
        }
        Path path;
        try {
            path = resolver.resolve(specifier, referrer == null ? null : referrer.path, baseFolder);
        } catch (ModuleResolutionError notFound) {
            throw error("Error", notFound.getMessage());
        }
        boolean jsonFile = path.getFileName().toString().endsWith(".json");
        if (jsonFile && type.equals("javascript")) {
            throw error("TypeError", "Module \"" + path.toUri() + "\" needs an import attribute of \"type: json\"");
        }
        String key = type + ":" + path;
        ModuleInstance loaded = graph.loaded(key);
        if (loaded == null) {
            loaded = load(path, type);
            graph.addLoaded(loaded);
        }
        return loaded;
    }

    private static String from(ModuleInstance referrer) {
        return referrer == null ? "" : " from " + referrer.url;
    }

    // --- loader hooks: resolution and loading through the LoaderHooks chains

    /**
     * HostLoadImportedModule when loader hooks are registered (or {@code node:module} is
     * asked for): the resolve chain gives a URL, the registry is keyed by it as for files, and
     * a module not loaded yet gets its source from the load chain.
     */
    private ModuleInstance loadThroughHooks(String specifier, Map<String, String> attributes, String type,
                                            ModuleInstance referrer) {
        ResolveResult resolved = resolveThroughHooks(specifier, attributes, referrer);
        Path path = filePath(resolved.url());
        String key = type + ":" + (path != null ? path.toString() : resolved.url());
        ModuleInstance loaded = graph.loaded(key);
        if (loaded != null) {
            return loaded;
        }
        LoadResult source = callHooks(() -> hooks.load(resolved.url(), new LoadContext(resolved.format(), attributes),
                this::ownLoad));
        String format = source.format() != null ? source.format()
                : resolved.url().endsWith(".json") ? "json" : "module";
        String loadedType = switch (format) {
            case "module", "builtin", "module-typescript" -> "javascript";
            case "json" -> "json";
            default -> throw error("TypeError", "Unsupported module format \"" + format + "\" for " + resolved.url()
                    + " (hmrc runs \"module\", \"module-typescript\" and \"json\")");
        };
        if (!loadedType.equals(type)) {
            throw error("TypeError", type.equals("json")
                    ? "Module \"" + resolved.url() + "\" is not of type \"json\""
                    : "Module \"" + resolved.url() + "\" needs an import attribute of \"type: json\"");
        }
        String text = source.source();
        String name = path != null ? path.toString() : resolved.url();
        if (format.equals("module-typescript") && !TypeStripper.isTypeScriptFile(name)) {
            try { // a .ts name is stripped by the transform; any other name needs it here
                text = TypeStripper.strip(text, resolved.url());
            } catch (ModuleSyntaxError notStrippable) {
                throw error("SyntaxError", notStrippable.getMessage().lines().findFirst().orElse("")
                        .replaceFirst("^SyntaxError: ", ""));
            }
        }
        loaded = load(path, resolved.url(), type, text, null);
        graph.addLoaded(loaded);
        return loaded;
    }

    /** The format Node's resolve and load give a file: {@code json}, {@code module-typescript} or {@code module}. */
    private static String formatOf(String url) {
        return url.endsWith(".json") ? "json" : TypeStripper.isTypeScriptFile(url) ? "module-typescript" : "module";
    }

    /** The resolve chain for {@code specifier} as {@code referrer} imports it (also import.meta.resolve). */
    private ResolveResult resolveThroughHooks(String specifier, Map<String, String> attributes, ModuleInstance referrer) {
        return callHooks(() -> hooks.resolve(specifier,
                new ResolveContext(referrer == null ? null : referrer.url, attributes), this::ownResolve));
    }

    /** The end of the resolve chain: hmrc's own resolution, from the context's parent URL. */
    private ResolveResult ownResolve(String specifier, ResolveContext context) {
        if (specifier.equals(HttpHost.URL) || hostModules.containsKey(specifier)) {
            return new ResolveResult(specifier, "builtin");
        }
        String builtin = NodeBuiltins.nameOf(specifier);
        if (builtin != null) {
            return new ResolveResult("node:" + builtin, "builtin");
        }
        Path parent = context.parentUrl() == null ? null : filePath(context.parentUrl());
        try {
            Path path = resolver.resolve(specifier, parent, baseFolder);
            return new ResolveResult(path.toUri().toString(), formatOf(path.getFileName().toString()));
        } catch (ModuleResolutionError notFound) {
            throw error("Error", notFound.getMessage());
        }
    }

    /** The end of the load chain: a file's text, or the built-in's source. */
    private LoadResult ownLoad(String url, LoadContext context) {
        if (url.equals(NodeModuleBuiltin.URL)) {
            return new LoadResult("builtin", NodeModuleBuiltin.SOURCE);
        }
        if (url.equals(HttpHost.URL)) {
            return new LoadResult("builtin", HttpHost.SOURCE);
        }
        String hostModule = hostModules.get(url);
        if (hostModule != null) {
            return new LoadResult("builtin", hostModule);
        }
        if (url.startsWith("node:")) {
            return new LoadResult("builtin", builtinFacades.apply(url.substring(5)));
        }
        Path path = filePath(url);
        if (path == null) {
            throw error("Error", "Cannot load '" + url + "': hmrc loads file: URLs only,"
                    + " a load hook must return the source of any other URL");
        }
        try {
            String format = context.format() != null ? context.format() : formatOf(url);
            return new LoadResult(format, format.equals("json") ? Files.readString(path, StandardCharsets.UTF_8)
                    : ModuleSources.moduleText(path)); // a CommonJS file: its facade
        } catch (IOException unreadable) {
            throw error("Error", "Cannot read module " + path + ": " + unreadable.getMessage());
        }
    }

    /**
     * Calls into the hook chains: a JS hook's error arrives as itself, a Java hook's exception
     * as an {@code Error} with its message.
     */
    private <T> T callHooks(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (JsThrow abrupt) {
            throw abrupt;
        } catch (PolyglotException thrown) {
            if (thrown.isHostException()) {
                throw error("Error", String.valueOf(thrown.asHostException().getMessage()));
            }
            throw JsThrow.of(thrown);
        } catch (RuntimeException fromJava) {
            throw error("Error", String.valueOf(fromJava.getMessage()));
        }
    }

    /**
     * The path of a {@code file:} URL (its real path when the file exists, so that two
     * spellings of one file are one module), or null for any other URL.
     */
    private static Path filePath(String url) {
        if (!url.startsWith("file:")) {
            return null;
        }
        Path path;
        try {
            path = Path.of(new URI(url));
        } catch (URISyntaxException | IllegalArgumentException notAFileUrl) {
            return null;
        }
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException missing) {
            return path;
        }
    }

    // --- end of loader hooks

    /** Reads, transforms and starts one module. */
    private ModuleInstance load(Path path, String type) {
        TransformedModule transformed;
        try {
            transformed = sources.take(path, type);
        } catch (IOException unreadable) {
            throw error("Error", "Cannot read module " + path + ": " + unreadable.getMessage());
        } catch (ModuleSyntaxError syntaxError) {
            if (hotHost != null) {
                hotHost.failedToLoad(path, bytesOrEmpty(path), syntaxError);
            }
            throw error("SyntaxError", syntaxError.reason() + " (" + syntaxError.sourceName() + ":"
                    + syntaxError.line() + ":" + syntaxError.column() + ")");
        }
        String sourceName = path.toString();
        Compiled compiled = evaluate(sourceName, transformed.code(), transformed.record(), transformed::map,
                transformed.text());
        ModuleInstance module = newInstance(path, path.toUri().toString(), type, compiled.record(),
                compiled.execute(), null);
        if (hotHost != null) {
            // The text was decoded strictly as UTF-8, so encoding it again gives the file's bytes;
            // a CommonJS file's facade is not the file's text: the watcher reads the file itself.
            hotHost.loaded(module, transformed.text(), transformed.text().startsWith(CommonJsFacade.MARKER) ? null
                    : transformed.text().getBytes(StandardCharsets.UTF_8));
        }
        return module;
    }

    /** The file's bytes, or none when it cannot be read (it is watched all the same). */
    private static byte[] bytesOrEmpty(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException unreadable) {
            return new byte[0];
        }
    }

    /**
     * Transforms and starts one module from its text ({@code path} null: not a file, e.g. a
     * virtual module; {@code bytes}: the file's bytes as read, or null when it is no file).
     */
    private ModuleInstance load(Path path, String url, String type, String text, byte[] bytes) {
        Compiled compiled;
        try {
            compiled = compile(path, path != null ? path.toString() : url, type, text);
        } catch (ModuleSyntaxError syntaxError) {
            if (hotHost != null && bytes != null) {
                hotHost.failedToLoad(path, bytes, syntaxError);
            }
            throw error("SyntaxError", syntaxError.reason() + " (" + syntaxError.sourceName() + ":"
                    + syntaxError.line() + ":" + syntaxError.column() + ")");
        }
        return newInstance(path, url, type, compiled.record(), compiled.execute(), null);
    }

    /** One version of a module's code: its record and its {@code execute} function, parsed once. */
    public record Compiled(ModuleRecord record, Value execute) {
    }

    /**
     * Transforms {@code text} (a module's source, named {@code sourceName} in stack traces:
     * its path, or its URL when it is no file) and evaluates the result to its
     * {@code execute} function; registers the version's source map for stack traces. A file's
     * text goes through {@link ModuleSources} (the transform cache).
     *
     * @throws ModuleSyntaxError when the text does not parse (with its position)
     * @throws JsThrow           when the engine rejects the transformed script
     */
    Compiled compile(Path path, String sourceName, String type, String text) throws ModuleSyntaxError {
        if (path != null) {
            TransformedModule transformed = hotHost != null
                    ? sources.transformWritingLater(path, text, type)
                    : sources.transform(path, text, type);
            return evaluate(sourceName, transformed.code(), transformed.record(), transformed::map, text);
        }
        TransformResult transformed = type.equals("json")
                ? transformer.transformJson(text, sourceName)
                : transformer.transform(text, sourceName);
        return evaluate(sourceName, transformed.code(), transformed.record(), transformed::map, text);
    }

    /** Whether scripts are shaped for a debugger (see {@link DebuggerScripts}); set before anything loads. */
    private boolean debuggerScripts;

    /** Shapes every module version's script for a debugger from now on ({@link DebuggerScripts}). */
    public void debuggerScripts() {
        this.debuggerScripts = true;
    }

    /** GraalJS's MIME type for a classic script (its module one is {@code application/javascript+module}). */
    private static final String SCRIPT_MIME_TYPE = "application/javascript";

    /** Evaluates a transformed script to its {@code execute} function and registers its map for stack traces. */
    private Compiled evaluate(String sourceName, String code, ModuleRecord record,
                              java.util.function.Supplier<dev.hmrc.sourcemaps.SourceMap> map, String text) {
        Value execute;
        try {
            // With hot updates every saved version is a new Source evaluated exactly once (a
            // re-run calls execute again), so the engine's code cache could only ever keep
            // old versions alive: its entries hold the parsed code, whose call-site caches
            // hold that version's import.meta.hot functions and through them the replaced
            // ModuleInstance and its module scope (HotUpdateMemoryTest). Without hot updates
            // the cache stays on, for embedders that share one engine across runtimes.
            Source.Builder builder = Source.newBuilder("js", code, sourceName).cached(hotHost == null);
            if (debuggerScripts) {
                builder = DebuggerScripts.describe(code, sourceName, map);
            }
            // The transformed code is a script whatever the file's name (docs/module-format.md):
            // without a MIME type GraalJS parses a name ending in .mjs as a module, and running a
            // module to get its completion value costs more than running the script (in a hot
            // update of a 10 kB module, about 0.1-0.4 ms of the engine's 1.3-1.8 ms).
            Source source = builder.mimeType(SCRIPT_MIME_TYPE).buildLiteral();
            execute = context.eval(source);
        } catch (PolyglotException engineRejected) {
            throw JsThrow.of(engineRejected);
        }
        if (!text.startsWith(CommonJsFacade.MARKER)) {
            // (a facade's file is the CommonJS module's, whose own frames are already right)
            originalStack.register(sourceName, map, text);
        }
        if (text.startsWith(CommonJsFacade.MARKER) || sourceName.equals(NodeModuleBuiltin.URL)) {
            linker.runBodiesInPlace(); // CommonJS can require an ES module in the middle of an evaluation
        }
        return new Compiled(record, execute);
    }

    /**
     * A fresh, unlinked instance of a module version: calls its {@code execute} (steps 1-2
     * of the protocol). {@code hotData} is the {@code import.meta.hot.data} object it starts
     * with (null: a new empty one).
     */
    ModuleInstance newInstance(Path path, String url, String type, ModuleRecord record, Value execute,
                               Value hotData) {
        ModuleInstance module = new ModuleInstance(path, url, type, record);
        module.execute = execute;
        module.tracksResources = hotHost != null;
        if (hotHost != null && path != null && record.usesImportMeta() && !hotHost.ignored(path)) {
            module.hot = hotHost.hotContext(module, hotData);
        }
        instantiate(module, execute);
        return module;
    }

    /**
     * Steps 1-2 of the module format's protocol: {@code execute(meta, dynamicImport)}, then
     * the first {@code next()} delivers {@code [relink, accessors]}; for an async module
     * through a promise, left in {@link ModuleInstance#pendingStep} until it settles. While a
     * graph loads the steps wait in {@link #pendingStarts} and run for all its new modules in
     * one JS call when it is loaded (nothing observes them before: no module code runs).
     */
    private void instantiate(ModuleInstance module, Value execute) {
        Value meta = module.record.usesImportMeta() ? importMeta(module) : null;
        Value dynamicImport = module.record.usesDynamicImport() ? dynamicImportFor(module) : null;
        ProxyExecutable report = args -> {
            if (!module.hasTLA) {
                module.generator = args[0];
                module.relink = args[1];
                module.accessors = args[2];
            } else if (module.generator == null) {
                module.generator = args[0];
                module.pendingStep = args[1];
            } else {
                module.relink = args[0];
                module.accessors = args[1];
                module.pendingStep = null;
            }
            return null;
        };
        boolean alone = pendingStarts == null;
        if (alone) {
            pendingStarts = new ArrayList<>(BatchLayout.START_STRIDE);
        }
        Collections.addAll(pendingStarts, execute, meta, dynamicImport, module.hasTLA, report);
        if (alone) {
            startPending();
        }
    }

    /**
     * Runs {@code body} with the protocol steps 1-2 of every module it loads held back and then
     * run together (one JS call); nested calls join the outer one.
     */
    private <T> T startingTogether(java.util.function.Supplier<T> body) {
        if (pendingStarts != null) {
            return body.get();
        }
        pendingStarts = new ArrayList<>();
        try {
            return body.get();
        } finally {
            startPending();
        }
    }

    /** Starts the modules waiting in {@link #pendingStarts} (also when loading failed half-way: they are in the registry). */
    private void startPending() {
        List<Object> items = pendingStarts;
        pendingStarts = null;
        if (!items.isEmpty()) {
            support.startModules(items, items.size() / BatchLayout.START_STRIDE);
        }
    }

    private Value importMeta(ModuleInstance module) {
        if (module.url.equals(NodeModuleBuiltin.URL)) {
            return nodeModule.importMeta(); // --- loader hooks: the built-in's registerHooks
        }
        ProxyExecutable resolve = args -> {
            String specifier = args[0].asString();
            if (!hooks.isEmpty()) {
                try {
                    return resolveThroughHooks(specifier, Map.of(), module).url(); // --- loader hooks
                } catch (JsThrow abrupt) {
                    support.function("throwValue").execute(abrupt.thrown());
                    throw new AssertionError("throwValue returned");
                }
            }
            try {
                return resolver.resolve(specifier, module.path, baseFolder).toUri().toString();
            } catch (ModuleResolutionError notFound) {
                support.function("throwValue").execute(support.newError("Error", notFound.getMessage()));
                throw new AssertionError("throwValue returned");
            }
        };
        if (module.path == null) {
            // Not a file (a virtual module of a load hook): no filename or dirname, as in Node.
            return support.function("importMeta").execute(module.url, null, null, resolve);
        }
        Path parent = module.path.getParent();
        Value meta = support.function("importMeta").execute(module.url, module.path.toString(),
                parent == null ? null : parent.toString(), resolve);
        if (module.hot != null) {
            meta.putMember("hot", module.hot.importMetaHot());
            meta.putMember("dynoHot", module.hot.importMetaHot()); // dynohot's name for it
        }
        return meta;
    }

    /** import(specifier, options) of {@code module}: loads in a promise job, as GraalJS's loader does. */
    private Value dynamicImportFor(ModuleInstance module) {
        ProxyExecutable load = args -> {
            String specifier = args[0].asString();
            Map<String, String> attributes = new LinkedHashMap<>();
            Value list = args.length > 1 ? args[1] : null;
            if (list != null && list.hasArrayElements()) {
                for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
                    attributes.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
                }
            }
            boolean defer = args.length > 2 && args[2].isBoolean() && args[2].asBoolean();
            Value capability = support.newCapability();
            support.function("enqueueJob").executeVoid((ProxyExecutable) jobArgs -> {
                importModule(specifier, attributes, module, capability, defer);
                return null;
            });
            return capability.getMember("promise");
        };
        return support.function("dynamicImportFor").execute(load);
    }

    /**
     * What {@code import(specifier, options)} calls in the CommonJS file {@code file}: resolves from
     * the file with the {@code import} conditions and gives the module instance {@code import} gives,
     * as Node does. When an ES module imports the file, its facade is the importer (a hot update of
     * the imported module reaches the facade's importers); else the module is a root, as one the host
     * imports.
     *
     * @param file the CommonJS file, an absolute real path
     * @return a JS function {@code (specifier, options)} returning the import's promise
     */
    public Value dynamicImportFrom(Path file) {
        ModuleInstance resolvingFrom = new ModuleInstance(file, file.toUri().toString(), "javascript",
                new ModuleRecord(List.of(), List.of(), List.of(), List.of(), List.of(), false, true, false));
        ProxyExecutable load = args -> {
            String specifier = args[0].asString();
            Map<String, String> attributes = new LinkedHashMap<>();
            Value list = args.length > 1 ? args[1] : null;
            if (list != null && list.hasArrayElements()) {
                for (long i = 0; i + 1 < list.getArraySize(); i += 2) {
                    attributes.put(list.getArrayElement(i).asString(), list.getArrayElement(i + 1).asString());
                }
            }
            boolean defer = args.length > 2 && args[2].isBoolean() && args[2].asBoolean();
            Value capability = support.newCapability();
            support.function("enqueueJob").executeVoid((ProxyExecutable) jobArgs -> {
                ModuleInstance facade = graph.loaded("javascript:" + file);
                importModule(specifier, attributes, facade != null ? facade : resolvingFrom, capability, defer,
                        facade != null);
                return null;
            });
            return capability.getMember("promise");
        };
        return support.function("dynamicImportFor").execute(load);
    }

    private JsThrow error(String type, String message) {
        return new JsThrow(support.newError(type, message), type + ": " + message);
    }
}
