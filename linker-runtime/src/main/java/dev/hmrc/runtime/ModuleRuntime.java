package dev.hmrc.runtime;

import dev.hmrc.runtime.commonjs.CommonJsFacade;
import dev.hmrc.runtime.commonjs.CommonJsHost;
import dev.hmrc.runtime.commonjs.NodeAccess;
import dev.hmrc.runtime.hooks.LoadHook;
import dev.hmrc.runtime.hooks.LoaderHooks;
import dev.hmrc.runtime.hooks.ResolveHook;
import dev.hmrc.runtime.host.EventLoop;
import dev.hmrc.runtime.host.FetchHost;
import dev.hmrc.runtime.host.HttpHost;
import dev.hmrc.runtime.link.ModuleLoader;
import dev.hmrc.runtime.link.ModuleSources;
import dev.hmrc.runtime.link.RuntimeSupport;
import dev.hmrc.runtime.link.TransformCache;
import dev.hmrc.runtime.link.UpdateEngine;
import dev.hmrc.runtime.watch.FileWatcher;
import dev.hmrc.runtime.web.WebPlatform;
import dev.hmrc.runtime.watch.WatchOptions;
import dev.hmrc.runtime.resolve.BareSpecifierFileSystem;
import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.PlainModeLookup;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.transformer.JsLanguage;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A JS program host: one GraalJS context owned by one event-loop thread, ES modules
 * loaded from a root folder and linked by hmrc's linker (or GraalJS's own, see
 * {@link Linker}), with timers, {@code queueMicrotask} and the engine's {@code console}.
 *
 * <p>Embedding: {@code ModuleRuntime.builder(root).build()} starts the loop thread;
 * {@link #importModule} loads, links and evaluates a module and completes with its live
 * namespace; {@link #post} and {@link #submit} run Java code on the loop (the only thread
 * that may touch JS values, namespaces included); {@link #close} ends it. A command line
 * uses {@link Builder#runProgram} instead, which runs on the calling thread and returns
 * when nothing is pending, like Node. After {@link #close}, {@link #post}, {@link #submit}
 * and {@link #importModule} throw {@link RejectedExecutionException}.
 */
public final class ModuleRuntime implements AutoCloseable {
    /** Exit status of a program whose modules never finished evaluating (Node's code 13). */
    public static final int UNSETTLED_TOP_LEVEL_AWAIT = 13;

    private final Path root;
    private final Linker linker;
    private final JsEngine engine;
    private final OutputStream out;
    private final OutputStream err;
    private final Consumer<UncaughtError> onUncaught;
    private final List<String> arguments;
    private final Path cacheFolder;
    private final int transformThreads;
    private final HotOptions hot;
    private final Consumer<String> hotListener;
    private final WatchOptions watchOptions;
    private final List<ResolveHook> resolveHooks;
    private final List<LoadHook> loadHooks;
    private final JsLanguage language;
    private final EventLoop loop = new EventLoop();
    private final SpecifierResolver resolver = new SpecifierResolver();
    private final List<Path> fileAccess;
    private final Map<String, String> environment;
    /** The code {@code process.exit} ended the program with, or -1. */
    private volatile int exitStatus = -1;
    /** The program's entry module (process.argv[1]) when run by {@link Builder#runProgram}, else null. */
    private String programEntry;

    // Loop-thread state, created by initialize().
    private Context context;
    private RuntimeSupport support;
    private ModuleLoader loader;
    private UpdateEngine updates;
    private volatile FileWatcher watcher;
    private HttpHost http;
    private CommonJsHost commonJs;
    private BareSpecifierFileSystem plainFileSystem;
    private FetchHost fetch;
    private Thread thread;

    private ModuleRuntime(Builder builder) {
        this.root = builder.root.toAbsolutePath().normalize();
        this.linker = builder.linker;
        this.arguments = builder.arguments;
        this.cacheFolder = builder.linker == Linker.HMRC ? builder.cacheFolder() : null;
        this.transformThreads = builder.transformThreads;
        this.resolveHooks = List.copyOf(builder.resolveHooks);
        this.loadHooks = List.copyOf(builder.loadHooks);
        this.language = builder.language;
        if (linker == Linker.GRAALJS && !loadHooks.isEmpty()) {
            throw new IllegalStateException("Load hooks need Linker.HMRC (hmrc's linker, what --import hmr/register"
                    + " selects): GraalJS's own module loader reads the files itself");
        }
        this.engine = builder.engine;
        this.out = builder.out;
        this.err = builder.err;
        this.hot = builder.hot;
        this.hotListener = builder.hotListener;
        this.watchOptions = builder.watchOptions;
        this.fileAccess = builder.allFiles ? null
                : builder.fileAccess.isEmpty() ? List.of(root) : List.copyOf(builder.fileAccess);
        this.environment = Map.copyOf(builder.environment);
        if (hot != null && linker != Linker.HMRC) {
            throw new IllegalArgumentException("hot updates need hmrc's linker (Linker.HMRC)");
        }
        this.onUncaught = builder.onUncaught != null ? builder.onUncaught
                : error -> {
                    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
                    stream.println(error.report());
                };
    }

    /**
     * {@return a builder for a runtime whose relative specifiers start at {@code rootFolder}}
     *
     * @param rootFolder the folder relative specifiers (and bare ones without an importer) resolve from
     */
    public static Builder builder(Path rootFolder) {
        return new Builder(rootFolder);
    }

    /** Options of a {@link ModuleRuntime}. */
    public static final class Builder {
        private final Path root;
        private Linker linker = Linker.HMRC;
        private JsEngine engine;
        private OutputStream out = System.out;
        private OutputStream err = System.err;
        private Consumer<UncaughtError> onUncaught;
        private List<String> arguments = List.of();
        private boolean cacheChosen;
        private Path cacheFolder;
        private int transformThreads = ModuleSources.DEFAULT_THREADS;
        private HotOptions hot;
        private Consumer<String> hotListener;
        private WatchOptions watchOptions;
        private final List<ResolveHook> resolveHooks = new java.util.ArrayList<>();
        private final List<LoadHook> loadHooks = new java.util.ArrayList<>();
        private final List<Path> fileAccess = new java.util.ArrayList<>();
        private boolean allFiles;
        private final Map<String, String> environment = new java.util.LinkedHashMap<>();
        private JsLanguage language = JsLanguage.STABLE;

        private Builder(Path root) {
            this.root = Objects.requireNonNull(root, "rootFolder");
        }

        /**
         * Which linker runs the modules (default {@link Linker#HMRC}).
         *
         * @param value the linker
         * @return this builder
         */
        public Builder linker(Linker value) {
            this.linker = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Which ECMAScript the program is written in (default {@link JsLanguage#STABLE}, the
         * latest edition): one setting for the transformer's parser, the context's
         * {@code js.ecmascript-version} and GraalJS's own loader, so both linkers accept the
         * same programs. {@link JsLanguage#STAGING} adds GraalJS's staging proposals
         * ({@code import defer}); {@code hmrc run --js-staging} selects it.
         *
         * @param value the language
         * @return this builder
         */
        public Builder language(JsLanguage value) {
            this.language = Objects.requireNonNull(value);
            return this;
        }

        /**
         * A shared engine (default: the context's own engine).
         *
         * @param value the engine, or null for the context's own
         * @return this builder
         */
        public Builder engine(JsEngine value) {
            this.engine = value;
            return this;
        }

        /**
         * Where {@code console.log} writes (default System.out).
         *
         * @param value the stream
         * @return this builder
         */
        public Builder out(OutputStream value) {
            this.out = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Where {@code console.error} and uncaught errors write (default System.err).
         *
         * @param value the stream
         * @return this builder
         */
        public Builder err(OutputStream value) {
            this.err = Objects.requireNonNull(value);
            return this;
        }

        /**
         * Called on the loop thread for every uncaught error (default: printed to {@link #err}).
         *
         * @param value the handler, or null for the default
         * @return this builder
         */
        public Builder onUncaught(Consumer<UncaughtError> value) {
            this.onUncaught = value;
            return this;
        }

        /**
         * The program's arguments, the global {@code arguments} array (as GraalJS's js launcher sets it).
         *
         * @param value the arguments
         * @return this builder
         */
        public Builder arguments(List<String> value) {
            this.arguments = List.copyOf(value);
            return this;
        }

        /**
         * Where transformed modules are kept between runs (a {@link TransformCache}), or null to
         * keep none. Default: {@code $HMRC_CACHE_DIR} ({@code off}: none), else
         * {@code $XDG_CACHE_HOME/hmrc}, else {@code ~/.cache/hmrc}.
         */
        public Builder transformCache(Path folder) {
            this.cacheChosen = true;
            this.cacheFolder = folder;
            return this;
        }

        /**
         * Turns hot updates on (needs {@link Linker#HMRC}): modules get {@code import.meta.hot},
         * their files are watched, and a change re-runs what it touches. Null: off (the default).
         */
        public Builder hot(HotOptions value) {
            this.hot = value;
            return this;
        }

        /**
         * How many threads read and transform module files ahead of the loop thread while a
         * module graph loads (0: all on the loop thread). Default {@link ModuleSources#DEFAULT_THREADS}.
         */
        public Builder transformThreads(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("transformThreads must be >= 0: " + value);
            }
            this.transformThreads = value;
            return this;
        }

        /** The cache folder this builder's options and the environment select, or null for none. */
        Path cacheFolder() {
            return cacheChosen ? cacheFolder : TransformCache.defaultFolder(System.getenv(), System.getProperty("user.home"));
        }

        /**
         * Adds a resolve hook (Node's {@code registerHooks({resolve})} from Java). Hooks form one
         * chain in registration order, the last registered running first: this one runs before
         * the Java hooks added earlier and after any JS hook a module registers through
         * {@code node:module}. With {@link Linker#GRAALJS} resolve hooks run too (they must
         * resolve to {@code file:} URLs there).
         *
         * @param hook the resolve hook
         * @return this builder
         */
        public Builder resolveHook(ResolveHook hook) {
            resolveHooks.add(Objects.requireNonNull(hook));
            return this;
        }

        /**
         * How the hot-update watcher debounces (its quiet window and maximum wait; the ignore
         * pattern comes from {@link #hot}). Null: {@link WatchOptions#defaults()}.
         *
         * @param value the watcher's options
         * @return this builder
         */
        public Builder watchOptions(WatchOptions value) {
            this.watchOptions = value;
            return this;
        }

        /**
         * Called on the loop thread with every {@code [hot]} report line (one update's outcome,
         * possibly followed by detail lines), whether or not the lines are silent.
         */
        public Builder hotListener(Consumer<String> value) {
            this.hotListener = value;
            return this;
        }

        /**
         * Adds a load hook (Node's {@code registerHooks({load})} from Java), chained like
         * {@link #resolveHook}. Needs {@link Linker#HMRC}: building a {@link Linker#GRAALJS}
         * runtime with a load hook throws {@link IllegalStateException}.
         *
         * @param hook the load hook
         * @return this builder
         */
        /**
         * Lets {@code node:fs} read and write below {@code folder} (default: the root folder only;
         * once a folder is named, only the named folders). A file elsewhere fails with {@code EACCES}.
         *
         * @param folder a folder
         * @return this builder
         */
        public Builder allowFiles(Path folder) {
            fileAccess.add(folder.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Lets {@code node:fs} reach every file the JVM can, as {@code node} from a shell does.
         *
         * @return this builder
         */
        public Builder allowAllFiles() {
            this.allFiles = true;
            return this;
        }

        /**
         * The variables {@code process.env} shows (default: none; a shell passes {@code System.getenv()}).
         *
         * @param variables names and values
         * @return this builder
         */
        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        public Builder loadHook(LoadHook hook) {
            loadHooks.add(Objects.requireNonNull(hook));
            return this;
        }

        /**
         * Starts the runtime's loop thread; it runs until {@link ModuleRuntime#close()}.
         *
         * @return the running runtime
         */
        public ModuleRuntime build() {
            ModuleRuntime runtime = new ModuleRuntime(this);
            runtime.start();
            return runtime;
        }

        /**
         * Runs a program on the calling thread: imports {@code specifiers} one after the
         * other (the {@code --import} preloads, then the entry), then runs the loop until
         * nothing is pending. The first uncaught error is printed ({@code Uncaught Type:
         * message} and its stack) and ends the program with status 1; when the loop runs dry
         * before the modules finished evaluating (a top-level await that never settles) the
         * status is {@value #UNSETTLED_TOP_LEVEL_AWAIT}, as in Node; else it is 0.
         *
         * @param specifiers the modules to import in order (preloads, then the entry)
         * @return the exit status: 0, 1 or {@value #UNSETTLED_TOP_LEVEL_AWAIT}
         */
        public int runProgram(List<String> specifiers) {
            ModuleRuntime runtime = new ModuleRuntime(this);
            int[] status = {0};
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            Consumer<RuntimeException> fatal = uncaught -> {
                if (runtime.exitStatus >= 0) {
                    status[0] = runtime.exitStatus; // process.exit unwinding: not an error
                } else {
                    errStream.println(runtime.describe(uncaught).report());
                    status[0] = 1;
                }
                runtime.loop.stop();
            };
            boolean[] settled = {specifiers.isEmpty()};
            if (!specifiers.isEmpty()) {
                String entry = specifiers.get(specifiers.size() - 1);
                runtime.programEntry = entry.startsWith("/") ? entry : runtime.root.resolve(entry).normalize().toString();
            }
            try {
                runtime.initialize();
                if (runtime.programEntry != null) {
                    try {
                        runtime.commonJs.setMainFile(runtime.resolver.resolve(runtime.programEntry, null, runtime.root));
                    } catch (ModuleResolutionError notFound) {
                        // the import reports it
                    }
                }
                runtime.loop.execute(() -> runtime.importInOrder(specifiers, 0, fatal, () -> settled[0] = true));
                runtime.loop.run(true, fatal);
                if (runtime.exitStatus >= 0) {
                    status[0] = runtime.exitStatus;
                } else if (runtime.commonJs != null) {
                    int code = runtime.commonJs.emitExit(status[0] != 0 ? status[0] : runtime.commonJs.exitCode());
                    status[0] = runtime.exitStatus >= 0 ? runtime.exitStatus : code;
                }
            } finally {
                runtime.closeWatcher();
                runtime.closeContext();
            }
            if (status[0] == 0 && !settled[0]) {
                // Nothing is pending but the program's modules never finished: a top-level await
                // on a promise nobody settles. Node exits 13 then, with a warning.
                errStream.println("Warning: Detected unsettled top-level await in " + specifiers);
                status[0] = UNSETTLED_TOP_LEVEL_AWAIT;
            }
            return status[0];
        }
    }

    private void start() {
        CountDownLatch ready = new CountDownLatch(1);
        RuntimeException[] failure = new RuntimeException[1];
        thread = new Thread(() -> {
            try {
                initialize();
            } catch (RuntimeException e) {
                failure[0] = e;
                ready.countDown();
                return;
            }
            ready.countDown();
            try {
                loop.run(false, uncaught -> onUncaught.accept(describe(uncaught)));
            } finally {
                closeWatcher();
                closeContext();
            }
        }, "hmrc-event-loop");
        thread.start();
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the runtime", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** Closes the context and stops the loader's read-ahead threads (on the loop thread). */
    private void closeContext() {
        if (http != null) {
            http.closeAll();
        }
        if (fetch != null) {
            fetch.closeAll();
        }
        if (loader != null) {
            loader.sources().close();
        }
        if (context != null) {
            context.close(true);
        }
    }

    /** Creates the context and the host globals (on the loop thread). */
    private void initialize() {
        Context.Builder builder = Context.newBuilder("js")
                .out(out)
                .err(err)
                .allowExperimentalOptions(true)
                .option("js.unhandled-rejections", "throw")
                .option("js.ecmascript-version", language.ecmaScriptVersionOption())
                .allowHostAccess(WebPlatform.HOST_ACCESS);
        if (engine != null) {
            builder.engine(engine.engine());
        } else {
            builder.option("engine.WarnInterpreterOnly", "false");
        }
        if (linker == Linker.GRAALJS) {
            plainFileSystem = new BareSpecifierFileSystem(root, HttpHost.SOURCE);
            builder.allowIO(IOAccess.newBuilder().fileSystem(plainFileSystem).build());
            builder.option(PlainModeLookup.OPTION, "true");
        }
        context = builder.build();
        if (linker == Linker.GRAALJS) {
            LoaderHooks plainHooks = new LoaderHooks();
            resolveHooks.forEach(hook -> plainHooks.register(hook, null));
            PlainModeLookup.install(context, root, plainHooks);
        }
        support = RuntimeSupport.install(context);
        fetch = new FetchHost(context, support, loop);
        fetch.install();
        http = new HttpHost(context, support, loop, new PrintStream(err, true, StandardCharsets.UTF_8),
                this::describeThrown, fetch);
        http.install();
        ProxyExecutable setTimer = args -> {
            Value task = args[0];
            return loop.setTimer(args[1].asLong(), args[2].asBoolean(), task::executeVoid);
        };
        ProxyExecutable clearTimer = args -> {
            loop.clearTimer(args[0].asLong());
            return null;
        };
        support.function("installGlobals").executeVoid(setTimer, clearTimer, ProxyArray.fromList(new java.util.ArrayList<Object>(arguments)));
        // The web platform first: node: built-ins (url, util, buffer) take its globals.
        WebPlatform.install(context, loop::unrefTimer);
        commonJs = CommonJsHost.install(context, loop, root, new NodeAccess(fileAccess, environment, code -> {
            exitStatus = code;
            loop.stop();
        }), out, err, programEntry == null ? arguments
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(programEntry), arguments.stream()).toList());
        if (plainFileSystem != null) {
            plainFileSystem.serveVirtualModules(this::plainVirtualModule);
        }
        if (linker == Linker.HMRC) {
            TransformCache cache = cacheFolder == null ? null : TransformCache.open(cacheFolder, TransformCache.DEFAULT_MAX_BYTES);
            LoaderHooks hooks = new LoaderHooks();
            resolveHooks.forEach(hook -> hooks.register(hook, null));
            loadHooks.forEach(hook -> hooks.register(null, hook));
            ModuleSources sources = new ModuleSources(resolver, root, cache, transformThreads, language);
            sources.holdWrites(); // the start-up's cache entries are written once its imports settled
            loader = new ModuleLoader(context, support, resolver, root, hooks, sources);
            loader.builtins(commonJs::builtinFacade);
            if (hot != null) {
                startHotUpdates();
            }
        }
    }

    /** The update engine and the watcher that feeds it (on the loop thread, at start). */
    /** The text of a plain-mode virtual module: a CommonJS file's facade or a built-in's (null: none). */
    private String plainVirtualModule(String path) {
        String file = PlainModeLookup.commonJsFile(path);
        if (file != null) {
            try {
                return CommonJsFacade.forFile(Path.of(file), java.nio.file.Files.readString(Path.of(file)));
            } catch (java.io.IOException unreadable) {
                return null;
            }
        }
        String builtin = PlainModeLookup.builtinName(path);
        if (builtin == null) {
            return null;
        }
        if (builtin.equals("module")) {
            return commonJs.builtinFacade(builtin) + "export const registerHooks = () => { throw new Error("
                    + "\"" + PlainModeLookup.NODE_MODULE_MESSAGE.replace("'", "\\'") + "\"); };\n";
        }
        return commonJs.builtinFacade(builtin);
    }

    private void startHotUpdates() {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        UpdateEngine[] engine = new UpdateEngine[1];
        UpdateEngine.Host host = new UpdateEngine.Host() {
            @Override
            public void report(String line) {
                if (hotListener != null) {
                    hotListener.accept(line);
                }
                if (hot.silent()) {
                    engine[0].emit("message", context.asValue(line));
                } else {
                    errStream.println(line);
                }
            }

            @Override
            public void watch(Path file, byte[] bytes) {
                watcher.watch(file, bytes);
            }

            @Override
            public void unwatch(Path file) {
                watcher.unwatch(file);
            }
        };
        try {
            WatchOptions options = (watchOptions != null ? watchOptions : WatchOptions.defaults()).withIgnore(hot.ignore());
            // The listener runs on the watcher's thread: it transforms the changed files there,
            // then hands the update to the loop, which only compiles them (the loop, which also
            // answers requests and timers, is busy for less of each update).
            watcher = new FileWatcher(options, Runnable::run, changes -> {
                loader.sources().prepare(changes.changed());
                try {
                    loop.execute(() -> engine[0].filesChanged(changes.changed(), changes.deleted()));
                } catch (RejectedExecutionException stopped) {
                    // the program ended: changes no longer matter
                }
            });
        } catch (java.io.IOException unavailable) {
            throw new java.io.UncheckedIOException("hmrc: cannot watch files for hot updates", unavailable);
        }
        engine[0] = new UpdateEngine(loader, loop, host, hot.ignore(), hot.fullReload(), root);
        updates = engine[0];
        loop.holdWhenIdle(engine[0]::waitsForNextSave); // a failed update never ends the program
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private void importInOrder(List<String> specifiers, int index, Consumer<RuntimeException> fatal,
                               Runnable whenAllSettled) {
        if (index >= specifiers.size()) {
            if (loader != null) {
                loader.sources().flushWrites();
            }
            whenAllSettled.run();
            return;
        }
        importOnLoop(specifiers.get(index),
                args -> {
                    try {
                        loop.execute(() -> importInOrder(specifiers, index + 1, fatal, whenAllSettled));
                    } catch (RejectedExecutionException programEnded) {
                        // an uncaught error stopped the program meanwhile: nothing more to import
                    }
                    return null;
                },
                args -> {
                    fatal.accept(new JsError(describeThrown(args[0])));
                    return null;
                });
    }

    /**
     * Starts an import on the loop thread, outside JS calls; the callbacks get the namespace
     * or the error. They are attached before anything can settle the import, so that the
     * engine never sees its rejection as unhandled.
     */
    private void importOnLoop(String specifier, ProxyExecutable onFulfilled, ProxyExecutable onRejected) {
        if (loader != null) {
            Value capability = support.newCapability();
            support.then(capability.getMember("promise"), onFulfilled, onRejected);
            loader.importModule(specifier, Map.of(), null, capability);
            return;
        }
        String url;
        try {
            String builtin = dev.hmrc.runtime.resolve.NodeBuiltins.nameOf(specifier);
            String path = builtin != null ? PlainModeLookup.builtinPath(builtin)
                    : PlainModeLookup.commonJsFacadeOrSelf(resolver.resolve(specifier, null, root).toString());
            url = Path.of(path).toUri().toString();
        } catch (ModuleResolutionError notFound) {
            onRejected.execute(support.newError("Error", notFound.getMessage()));
            return;
        }
        support.function("nativeImport").executeVoid(url, onFulfilled, onRejected);
    }

    /**
     * Imports {@code specifier} (relative to the root folder, absolute, a file: URL or a bare
     * package name): loads, links and evaluates it and its dependencies on the loop, then
     * completes with its namespace object, whose properties read the live bindings. Use
     * the namespace only on the loop thread ({@link #submit}). Fails with a {@link JsError}
     * when the module does not load, link or evaluate.
     *
     * @param specifier the module to import
     * @return completes with the module's namespace, or exceptionally with a {@link JsError}
     */
    public CompletableFuture<Value> importModule(String specifier) {
        CompletableFuture<Value> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                importOnLoop(specifier,
                        args -> {
                            flushCacheWrites();
                            result.complete(args[0]);
                            return null;
                        },
                        args -> {
                            flushCacheWrites();
                            result.completeExceptionally(new JsError(describeThrown(args[0])));
                            return null;
                        });
            } catch (RuntimeException failed) {
                result.completeExceptionally(failed);
            }
        });
        return result;
    }

    /**
     * Calls the function that {@code specifier}'s module exports as {@code exportName}, in the
     * module's current version: after a hot update replaced the module, the next call runs the
     * new code (a namespace held from Java keeps reading the version it came from). The
     * module is imported first if it is not loaded yet. On the loop thread, the call gets
     * {@code arguments} (as {@link Value#execute} converts them: strings, numbers, booleans,
     * polyglot proxies), a returned promise is awaited, and {@code convert} turns the result
     * into what the future completes with, so that no JS value leaves the loop.
     *
     * @param <T>        what {@code convert} makes
     * @param specifier  the module, as for {@link #importModule}
     * @param exportName the name of an exported function
     * @param convert    turns the (awaited) result into a Java value, on the loop thread
     * @param arguments  the call's arguments
     * @return completes with the converted result; exceptionally with a {@link JsError} when the
     *         module fails, the export is not a function, or the call throws or rejects
     */
    public <T> CompletableFuture<T> callExport(String specifier, String exportName,
                                               java.util.function.Function<Value, T> convert, Object... arguments) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                importOnLoop(specifier,
                        args -> {
                            callOnLoop(args[0], specifier, exportName, convert, arguments, result);
                            return null;
                        },
                        args -> {
                            result.completeExceptionally(new JsError(describeThrown(args[0])));
                            return null;
                        });
            } catch (RuntimeException failed) {
                result.completeExceptionally(failed);
            }
        });
        return result;
    }

    private <T> void callOnLoop(Value namespace, String specifier, String exportName,
                                java.util.function.Function<Value, T> convert, Object[] arguments,
                                CompletableFuture<T> result) {
        Value called;
        try {
            Value function = namespace.getMember(exportName);
            if (function == null || !function.canExecute()) {
                result.completeExceptionally(new JsError(new UncaughtError("TypeError: " + specifier
                        + " does not export a function named '" + exportName + "'", "")));
                return;
            }
            called = function.execute(arguments);
        } catch (PolyglotException thrown) {
            result.completeExceptionally(thrown.isGuestException() && thrown.getGuestObject() != null
                    ? new JsError(describeThrown(thrown.getGuestObject())) : thrown);
            return;
        } catch (RuntimeException failed) {
            result.completeExceptionally(failed);
            return;
        }
        ProxyExecutable onFulfilled = args -> {
            try {
                result.complete(convert.apply(args[0]));
            } catch (RuntimeException failed) {
                result.completeExceptionally(failed);
            }
            return null;
        };
        ProxyExecutable onRejected = args -> {
            result.completeExceptionally(new JsError(describeThrown(args[0])));
            return null;
        };
        if (called.hasMember("then") && called.getMember("then").canExecute()) {
            support.then(called, onFulfilled, onRejected);
        } else {
            onFulfilled.execute(called);
        }
    }

    /** Hands the cache writes of what loaded so far to the background writer. */
    private void flushCacheWrites() {
        if (loader != null) {
            loader.sources().flushWrites();
        }
    }

    /**
     * Runs {@code task} on the loop thread; if it throws, the error is reported as uncaught.
     *
     * @param task the work, which may touch JS values
     */
    public void post(Runnable task) {
        loop.execute(task);
    }

    /**
     * Runs {@code task} on the loop thread and completes with its result or exception.
     *
     * @param <T> the result's type
     * @param task the work, which may touch JS values
     * @return completes with what {@code task} returns, or exceptionally with what it throws
     */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        loop.execute(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error failed) {
                result.completeExceptionally(failed);
            }
        });
        return result;
    }

    /** {@return the folder relative specifiers start from} */
    public Path root() {
        return root;
    }

    /**
     * The update engine (null unless hot updates are on), for tests in this package that
     * drive updates without the watcher's debounce; use it only on the loop thread.
     */
    UpdateEngine updateEngine() {
        return updates;
    }

    /** The module loader (null with {@link Linker#GRAALJS}), for tests in this package; loop thread only. */
    ModuleLoader moduleLoader() {
        return loader;
    }

    /**
     * The files hot updates watch now (absolute, sorted): the files of the live module graph
     * outside the ignore pattern, and files a failed update is waiting on. Empty without
     * {@link Builder#hot hot updates}.
     */
    public java.util.SortedSet<Path> watchedFiles() {
        FileWatcher current = watcher;
        return current == null ? new java.util.TreeSet<>() : new java.util.TreeSet<>(current.watched());
    }

    /** Stops the loop (pending timers do not run) and closes the context; waits for the loop thread. */
    @Override
    public void close() {
        loop.stop();
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How an exception that reached the loop reads as an uncaught error. */
    private UncaughtError describe(RuntimeException uncaught) {
        if (uncaught instanceof JsError js) {
            return js.error();
        }
        if (uncaught instanceof PolyglotException polyglot && polyglot.isGuestException()
                && polyglot.getGuestObject() != null && !polyglot.isInternalError()) {
            return describeThrown(polyglot.getGuestObject());
        }
        return new UncaughtError(uncaught.toString(), "");
    }

    /** How a thrown JS value reads, with the frames of hmrc-linked modules at their original positions. */
    private UncaughtError describeThrown(Value thrown) {
        UncaughtError described = support.describe(thrown);
        if (loader == null) {
            return described;
        }
        return new UncaughtError(described.headline(), loader.originalStack().rewrite(described.stack()));
    }
}
