package dev.hmrc.runtime.link;

import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleRecord.ModuleRequest;
import dev.hmrc.transformer.ModuleSyntaxError;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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
    private final ModuleLinker linker;
    private final Map<String, ModuleInstance> registry = new LinkedHashMap<>();
    private final OriginalStack originalStack = new OriginalStack();

    /**
     * @param context    the context modules run in (entered on this thread)
     * @param support    the runtime's JS functions in that context
     * @param resolver   specifier resolution
     * @param baseFolder what specifiers without an importer are relative to
     */
    public ModuleLoader(Context context, RuntimeSupport support, SpecifierResolver resolver, Path baseFolder) {
        this(context, support, resolver, baseFolder,
                new ModuleSources(resolver, baseFolder, null, ModuleSources.DEFAULT_THREADS));
    }

    /**
     * @param sources where module files are read and transformed (read-ahead threads, cache)
     */
    public ModuleLoader(Context context, RuntimeSupport support, SpecifierResolver resolver, Path baseFolder,
                        ModuleSources sources) {
        this.context = context;
        this.support = support;
        this.resolver = resolver;
        this.baseFolder = baseFolder;
        this.sources = sources;
        this.linker = new ModuleLinker(support);
    }

    /** Where this loader's module files are read and transformed. */
    public ModuleSources sources() {
        return sources;
    }

    /** The linker working on this loader's modules. */
    public ModuleLinker linker() {
        return linker;
    }

    /** Maps stack frames of the loaded modules back to their original positions. */
    public OriginalStack originalStack() {
        return originalStack;
    }

    /** The loaded modules, in load order. */
    public Collection<ModuleInstance> modules() {
        return Collections.unmodifiableCollection(registry.values());
    }

    /**
     * Loads, links and evaluates the module {@code specifier} names (from {@code referrer},
     * or from the base folder when null) and settles {@code capability} with its namespace
     * or the error (ContinueDynamicImport). Runs on the loop thread, inside or outside a
     * JS call: when the graph has new async modules, linking waits for their generators'
     * first step (which delivers their accessors) to settle.
     */
    public void importModule(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                             Value capability) {
        ModuleInstance module;
        Set<ModuleInstance> graph = new LinkedHashSet<>();
        try {
            module = loadGraph(specifier, attributes, referrer, graph);
        } catch (JsThrow abrupt) {
            capability.getMember("reject").executeVoid(abrupt.thrown());
            return;
        }
        afterSettled(pendingSteps(graph), capability, () -> {
            try {
                linker.link(module);
            } catch (JsThrow abrupt) {
                capability.getMember("reject").executeVoid(abrupt.thrown());
                return;
            }
            afterSettled(pendingSteps(graph), capability, () -> evaluate(module, capability));
        });
    }

    /** The protocol steps of async modules in {@code graph} that are still in flight. */
    private static List<Value> pendingSteps(Set<ModuleInstance> graph) {
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
     * steps) are fulfilled; rejects {@code capability} if one is rejected. Called outside JS,
     * the engine settles them when the subscribing call returns, and {@code next} runs right
     * here, still outside JS; inside a JS call it runs in the promise job.
     */
    private void afterSettled(List<Value> steps, Value capability, Runnable next) {
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
                    capability.getMember("reject").executeVoid(args[0]);
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
     */
    public ModuleInstance loadGraph(String specifier, Map<String, String> attributes, ModuleInstance referrer,
                                     Set<ModuleInstance> visited) {
        sources.beginGraph(); // files are read and transformed ahead on other threads; the order here is unchanged
        try {
            return loadRequestedModules(specifier, attributes, referrer, visited);
        } finally {
            sources.endGraph();
        }
    }

    private ModuleInstance loadRequestedModules(String specifier, Map<String, String> attributes,
                                                ModuleInstance referrer, Set<ModuleInstance> visited) {
        ModuleInstance root = hostLoadImportedModule(specifier, attributes, referrer);
        Deque<ModuleInstance> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            ModuleInstance module = work.pop();
            if (!visited.add(module)) {
                continue;
            }
            if (module.requested == null) {
                ModuleInstance[] requested = new ModuleInstance[module.record.requests().size()];
                for (int k = 0; k < requested.length; k++) {
                    ModuleRequest request = module.record.requests().get(k);
                    requested[k] = hostLoadImportedModule(request.specifier(), request.attributes(), module);
                }
                module.requested = requested;
            }
            for (int k = module.requested.length - 1; k >= 0; k--) {
                work.push(module.requested[k]);
            }
        }
        return root;
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
        ModuleInstance loaded = registry.get(key);
        if (loaded == null) {
            loaded = load(path, type);
            registry.put(key, loaded);
        }
        return loaded;
    }

    private static String from(ModuleInstance referrer) {
        return referrer == null ? "" : " from " + referrer.url;
    }

    /** Reads, transforms and starts one module. */
    private ModuleInstance load(Path path, String type) {
        TransformedModule transformed;
        try {
            transformed = sources.take(path, type);
        } catch (IOException unreadable) {
            throw error("Error", "Cannot read module " + path + ": " + unreadable.getMessage());
        } catch (ModuleSyntaxError syntaxError) {
            throw error("SyntaxError", syntaxError.reason() + " (" + syntaxError.sourceName() + ":"
                    + syntaxError.line() + ":" + syntaxError.column() + ")");
        }
        originalStack.register(path.toString(), transformed::map, transformed.text());
        ModuleRecord record = transformed.record();
        ModuleInstance module = new ModuleInstance(path, path.toUri().toString(), type, record);
        Value execute;
        try {
            execute = context.eval(Source.newBuilder("js", transformed.code(), path.toString()).buildLiteral());
        } catch (PolyglotException engineRejected) {
            throw JsThrow.of(engineRejected);
        }
        instantiate(module, execute);
        return module;
    }

    /**
     * Steps 1-2 of the module format's protocol: {@code execute(meta, dynamicImport)}, then
     * the first {@code next()} delivers {@code [relink, accessors]}; for an async module
     * through a promise, left in {@link ModuleInstance#pendingStep} until it settles.
     */
    private void instantiate(ModuleInstance module, Value execute) {
        Value meta = module.record.usesImportMeta() ? importMeta(module) : null;
        Value dynamicImport = module.record.usesDynamicImport() ? dynamicImportFor(module) : null;
        module.generator = support.start(execute, meta, dynamicImport);
        Value first = module.generator.invokeMember("next");
        if (module.hasTLA) {
            module.pendingStep = support.thenPromise(first, args -> {
                module.accessors = args[0].getMember("value").getArrayElement(1);
                module.pendingStep = null;
                return null;
            });
        } else {
            module.accessors = first.getMember("value").getArrayElement(1);
        }
    }

    private Value importMeta(ModuleInstance module) {
        ProxyExecutable resolve = args -> {
            String specifier = args[0].asString();
            try {
                return resolver.resolve(specifier, module.path, baseFolder).toUri().toString();
            } catch (ModuleResolutionError notFound) {
                support.function("throwValue").execute(support.newError("Error", notFound.getMessage()));
                throw new AssertionError("throwValue returned");
            }
        };
        Path parent = module.path.getParent();
        return support.function("importMeta").execute(module.url, module.path.toString(),
                parent == null ? null : parent.toString(), resolve);
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
            Value capability = support.newCapability();
            support.function("enqueueJob").executeVoid((ProxyExecutable) jobArgs -> {
                importModule(specifier, attributes, module, capability);
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
