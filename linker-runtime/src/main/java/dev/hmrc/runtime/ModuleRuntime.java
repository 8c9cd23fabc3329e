package dev.hmrc.runtime;

import dev.hmrc.runtime.commonjs.CommonJsFacade;
import dev.hmrc.runtime.commonjs.CommonJsHost;
import dev.hmrc.runtime.commonjs.EsModuleRequire;
import dev.hmrc.runtime.commonjs.NodeAccess;
import dev.hmrc.runtime.hooks.LoadHook;
import dev.hmrc.runtime.hooks.LoaderHooks;
import dev.hmrc.runtime.hooks.ResolveHook;
import dev.hmrc.runtime.host.EventLoop;
import dev.hmrc.runtime.host.FetchHost;
import dev.hmrc.runtime.host.HttpHost;
import dev.hmrc.runtime.host.NextTicks;
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
    /**
     * Exit status of a program that asks to run again in a fresh process: with
     * {@code reload=restart}, an update reached the entry unaccepted. {@code hmrc run}
     * starts the program again when its child JVM ends with it.
     */
    public static final int RESTART_REQUESTED = 75;

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
    private final InspectOptions inspect;
    private final EventLoop loop = new EventLoop();
    private final SpecifierResolver resolver = new SpecifierResolver();
    /** Java hosts: host access, globals, context options, Java-backed modules (see {@link HostInterop}). */
    private final HostInterop interop;
    private final Map<String, JavaModule> javaModules;
    /** Hot updates on the host's terms: manual staging, status, outcomes as values (null without hot updates). */
    private final UpdateControl updateControl;
    /** A pool's one watcher, or null when this runtime watches its own files. */
    private final SharedWatch sharedWatch;
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
    /** With {@code reload=restart} in {@link Builder#runProgram}: an update asked for a fresh process. */
    private boolean restartRequested;
    /** Whether this runtime runs a program ({@link Builder#runProgram}), which can end to restart. */
    private boolean runsProgram;

    private ModuleRuntime(Builder builder) {
        this.root = builder.root.toAbsolutePath().normalize();
        this.linker = builder.linker;
        this.arguments = builder.arguments;
        this.cacheFolder = builder.linker == Linker.HMRC ? builder.cacheFolder() : null;
        this.transformThreads = builder.transformThreads;
        this.resolveHooks = List.copyOf(builder.resolveHooks);
        this.loadHooks = List.copyOf(builder.loadHooks);
        this.language = builder.language;
        this.interop = builder.interop;
        this.javaModules = interop.newJavaModules();
        this.sharedWatch = builder.sharedWatch;
        this.updateControl = builder.hot == null ? null
                : new UpdateControl(builder.hot.manual(), builder.updateListener, loop);

        this.inspect = builder.inspect;
        if (inspect != null && builder.engine != null) {
            throw new IllegalStateException("inspect needs the context's own engine: build the runtime without"
                    + " engine(...) (the inspector is an engine option)");
        }
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
        private final HostInterop interop = new HostInterop();
        private Consumer<UpdateOutcome> updateListener;
        /** Set by {@link ModuleRuntimePool} while it builds its runtimes. */
        SharedWatch sharedWatch;

        private InspectOptions inspect;

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
         * Serves a debugger (Chrome DevTools, VS Code) over the Chrome DevTools Protocol, as
         * {@code hmrc run --inspect}, {@code --inspect-brk} and {@code --inspect-wait} do: GraalVM's
         * inspector on {@code value}'s address, answering {@code /json/list} and {@code /json/version}.
         * Needs the context's own engine (no {@link #engine}). Each module version is one script
         * whose URL is the module's {@code file:} URL, so breakpoints set by URL apply to every
         * version. Null: no debugger (the default).
         *
         * @param value the inspector's options, or null
         * @return this builder
         */
        public Builder inspect(InspectOptions value) {
            this.inspect = value;
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

        // ---------------------------------------------------------------- Java hosts (issue 15)

        /**
         * Called on the loop thread with every outcome of hot updates, as a value (the same
         * outcomes {@link #hotListener} gets as lines): {@link UpdateOutcome.Applied} and the
         * failures, and the engine's notes ({@link UpdateOutcome.Deleted}, ...).
         *
         * @param value the listener, or null for none
         * @return this builder
         */
        public Builder updateListener(Consumer<UpdateOutcome> value) {
            this.updateListener = value;
            return this;
        }

        /** For {@link ModuleRuntimePool}: the options it builds its shared watcher from. */
        HotOptions hotOptions() {
            return hot;
        }

        WatchOptions watchOptionsOrDefault() {
            return (watchOptions != null ? watchOptions : WatchOptions.defaults()).withIgnore(hot.ignore());
        }

        Path rootFolder() {
            return root.toAbsolutePath().normalize();
        }

        JsEngine sharedEngine() {
            return engine;
        }

        JsLanguage languageChosen() {
            return language;
        }

        /**
         * What JS may do with the Java objects it reaches (globals, Java-backed modules' values,
         * arguments and results of calls): GraalJS's {@link org.graalvm.polyglot.HostAccess}
         * policy. The default is {@link org.graalvm.polyglot.HostAccess#NONE}, a sandbox: JS sees
         * Java objects but can reach none of their members (polyglot proxies still work).
         * {@link org.graalvm.polyglot.HostAccess#ALL} gives every public member;
         * {@link org.graalvm.polyglot.HostAccess#EXPLICIT} those annotated {@code @HostAccess.Export}.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder hostAccess(org.graalvm.polyglot.HostAccess value) {
            interop.hostAccess = Objects.requireNonNull(value, "hostAccess");
            return this;
        }

        /**
         * Which Java classes {@code Java.type(name)} finds (default: none, and there is no
         * {@code Java} global). A class the predicate refuses fails with {@code TypeError:
         * Access to host class NAME is not allowed or does not exist}.
         * What JS may do with the class and its instances is {@link #hostAccess}'s.
         *
         * @param classNames whether a fully qualified class name may be looked up
         * @return this builder
         */
        public Builder allowHostClassLookup(java.util.function.Predicate<String> classNames) {
            interop.classLookup = Objects.requireNonNull(classNames, "classNames");
            return this;
        }

        /**
         * A global binding {@code name} holding {@code value} (a Java object, a polyglot proxy,
         * a string or number), defined before any module runs; a later call for the same name wins.
         *
         * @param name  the global's name
         * @param value its value
         * @return this builder
         */
        public Builder global(String name, Object value) {
            interop.globals.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Further GraalJS context options, applied to each context's {@code Context.Builder}
         * before the runtime's own settings (e.g. {@code b -> b.timeZone(ZoneId.of("UTC"))},
         * {@code b -> b.hostClassLoader(loader)}, {@code b -> b.allowCreateThread(true)}).
         * What the runtime owns is refused when the runtime is built, with an
         * {@link IllegalArgumentException} that names it: the engine, out, err and in, the file
         * system and I/O access (module loading), host access and class lookup (use
         * {@link #hostAccess} and {@link #allowHostClassLookup}), and the options
         * {@code js.unhandled-rejections}, {@code engine.WarnInterpreterOnly}, {@code js.mle-mode} and
         * {@code js.ecmascript-version} (see {@link #language}).
         *
         * @param options called with each context's builder
         * @return this builder
         */
        public Builder contextOptions(Consumer<Context.Builder> options) {
            interop.contextOptions.add(Objects.requireNonNull(options, "options"));
            return this;
        }

        /**
         * Registers a Java-backed module: {@code import { name } from 'SPECIFIER'} gives the
         * values of {@code exports} (in both linkers); {@link ModuleRuntime#javaModule} replaces
         * one later, and importers see the new value through their live bindings. The export
         * names must be JS identifiers (or {@code default}) and are fixed here.
         *
         * @param specifier a specifier no file has, e.g. {@code java:config}
         * @param exports   export name → Java value (as {@link #hostAccess} lets JS use it)
         * @return this builder
         * @throws IllegalArgumentException for a path-like specifier or a name that is no identifier
         */
        public Builder javaModule(String specifier, Map<String, ?> exports) {
            new JavaModule(specifier, exports); // checks the specifier and names now
            interop.javaModules.put(specifier, new java.util.LinkedHashMap<>(exports));
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
            runtime.runsProgram = true;
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
            if (runtime.restartRequested) {
                return RESTART_REQUESTED;
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
        Context.Builder builder = Context.newBuilder("js");
        interop.applyContextOptions(builder);
        builder.out(out)
                .err(err)
                .allowExperimentalOptions(true)
                .option("js.unhandled-rejections", "throw")
                .option("js.ecmascript-version", language.ecmaScriptVersionOption());
        if (engine != null) {
            builder.engine(engine.engine());
        } else {
            builder.option("engine.WarnInterpreterOnly", "false");
        }
        if (inspect != null) {
            inspect.engineOptions().forEach(builder::option);
        }
        if (linker == Linker.GRAALJS) {
            plainFileSystem = new BareSpecifierFileSystem(root, HttpHost.SOURCE, javaModuleSources());
            builder.allowIO(IOAccess.newBuilder().fileSystem(plainFileSystem).build());
            builder.option(PlainModeLookup.OPTION, "true");
        }
        interop.applyAccess(builder);
        context = builder.build();
        if (linker == Linker.GRAALJS) {
            LoaderHooks plainHooks = new LoaderHooks();
            resolveHooks.forEach(hook -> plainHooks.register(hook, null));
            PlainModeLookup.install(context, root, plainHooks, javaModules.keySet());
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
        ProxyExecutable setImmediate = args -> {
            Value task = args[0];
            return loop.setImmediate(task::executeVoid);
        };
        ProxyExecutable clearImmediate = args -> {
            loop.clearImmediate(args[0].asLong());
            return null;
        };
        support.function("installGlobals").executeVoid(setTimer, clearTimer,
                ProxyArray.fromList(new java.util.ArrayList<Object>(arguments)), setImmediate, clearImmediate);
        NextTicks.install(support, loop);
        // The web platform first: node: built-ins (url, util, buffer) take its globals.
        WebPlatform.install(context, loop::unrefTimer);
        commonJs = CommonJsHost.install(context, loop, root, new NodeAccess(fileAccess, environment, code -> {
            exitStatus = code;
            loop.stop();
        }), out, err, programEntry == null ? arguments
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(programEntry), arguments.stream()).toList());
        commonJs.folderEvents(this::watchEvents);
        if (plainFileSystem != null) {
            plainFileSystem.serveVirtualModules(this::plainVirtualModule);
            commonJs.requireEsModulesWith(new PlainModeRequire(context, resolver, root, language));
            commonJs.dynamicImportsWith(this::plainDynamicImportFrom);
        }
        installJavaHost();
        if (linker == Linker.HMRC) {
            TransformCache cache = cacheFolder == null ? null : TransformCache.open(cacheFolder, TransformCache.DEFAULT_MAX_BYTES);
            LoaderHooks hooks = new LoaderHooks();
            resolveHooks.forEach(hook -> hooks.register(hook, null));
            loadHooks.forEach(hook -> hooks.register(null, hook));
            ModuleSources sources = new ModuleSources(resolver, root, cache, transformThreads, language);
            sources.holdWrites(); // the start-up's cache entries are written once its imports settled
            loader = new ModuleLoader(context, support, resolver, root, hooks, sources);
            loader.builtins(commonJs::builtinFacade);
            ModuleLoader esModules = loader;
            commonJs.requireEsModulesWith(new EsModuleRequire() {
                @Override
                public Outcome require(Path file, String parent, java.util.function.Function<Path, CommonJsState> state) {
                    return esModules.requireModule(file, parent, state);
                }

                @Override
                public Outcome facade(Path file) {
                    return esModules.requiredModuleFacade(file);
                }
            });
            commonJs.dynamicImportsWith(esModules::dynamicImportFrom);
            javaModules.forEach((specifier, module) -> loader.addHostModule(specifier, module.source()));

            if (inspect != null) {
                loader.debuggerScripts();
            }
            if (hot != null) {
                startHotUpdates();
            }
        }
    }

    /** The engine's own {@code console.error}, when a debugger is served ({@link Builder#inspect}); else null. */
    private Value debuggerConsoleError;

    /** import() of each CommonJS file that calls it, in the plain mode (loop thread only). */
    private final Map<Path, Value> plainDynamicImports = new java.util.HashMap<>();
    /** {@code (resolve) => import()}: made by a module, where import() goes to GraalJS's loader. */
    private Value plainImportFactory;

    /**
     * import() from the CommonJS file {@code file} in the plain mode: GraalJS's import() with the
     * specifier resolved from the file first (a path beside it, or a package with the import
     * conditions, as for an ES module there; GraalJS gives a script's import() no referrer);
     * built-ins, {@code file:} URLs and what does not resolve go to GraalJS's lookup as they are.
     */
    private Value plainDynamicImportFrom(Path file) {
        if (plainImportFactory == null) {
            plainImportFactory = context.eval(org.graalvm.polyglot.Source.newBuilder("js",
                            "(resolve) => function (specifier, options) {\n"
                                    + "  try { const url = resolve(`${specifier}`);\n"
                                    + "    return options === undefined ? import(url) : import(url, options); }\n"
                                    + "  catch (error) { return Promise.reject(error); }\n};\n",
                            root.resolve("[hmrc import() from CommonJS].mjs").toString())
                    .mimeType("application/javascript+module").buildLiteral());
        }
        return plainDynamicImports.computeIfAbsent(file, from -> plainImportFactory.execute((ProxyExecutable) args -> {
            String specifier = args[0].asString();
            if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")
                    || specifier.equals(".") || specifier.equals("..")) {
                return from.resolveSibling(specifier).normalize().toString();
            }
            if (specifier.contains(":") || specifier.isEmpty() || dev.hmrc.runtime.resolve.NodeBuiltins.nameOf(specifier) != null
                    || javaModules.containsKey(specifier)) {
                return specifier;
            }
            try {
                return resolver.resolve(specifier, from, root).toString();
            } catch (ModuleResolutionError | RuntimeException notFound) {
                return specifier; // GraalJS's lookup reports it in its words
            }
        }));
    }

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
        String required = PlainModeLookup.requiredModuleFile(path);
        if (required != null) {
            return CommonJsFacade.forRequiredModule(required);
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

    /** The update engine and the watcher that feeds it (on the loop thread, at start). */
    private void startHotUpdates() {
        if (inspect != null) {
            Value console = context.getBindings("js").getMember("console");
            debuggerConsoleError = console != null && console.hasMember("error") ? console.getMember("error") : null;
        }
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        UpdateEngine[] engine = new UpdateEngine[1];
        UpdateEngine.Host host = new UpdateEngine.Host() {
            @Override
            public void report(String line) {
                if (hotListener != null) {
                    hotListener.accept(line);
                }
                if (!hot.silent() && debuggerConsoleError != null) {
                    // With a debugger: through console.error (node:console, on the engine's), which writes to the same
                    // stderr and shows the line in the debugger's console too.
                    errStream.flush();
                    debuggerConsoleError.executeVoid("%s", line); // the line as it is: console.error formats its first argument
                } else if (!hot.silent()) {
                    errStream.println(line);
                }
                engine[0].emit("message", context.asValue(line)); // dynohot's on('message'), silent or not
            }

            @Override
            public void watch(Path file, byte[] bytes) {
                if (sharedWatch != null) {
                    sharedWatch.watch(ModuleRuntime.this, file, bytes);
                } else {
                    watcher.watch(file, bytes);
                }
            }

            @Override
            public void unwatch(Path file) {
                if (sharedWatch != null) {
                    sharedWatch.unwatch(ModuleRuntime.this, file);
                } else {
                    watcher.unwatch(file);
                }
            }

            @Override
            public void outcome(UpdateOutcome outcome) {
                updateControl.outcome(outcome);
            }

            @Override
            public void updateStarted() {
                updateControl.updateStarted();
            }

            @Override
            public void updateFinished() {
                updateControl.updateFinished();
            }

            @Override
            public void restart() {
                restartRequested = true;
                loop.stop();
            }
        };
        if (sharedWatch != null) {
            // A pool's runtime: the pool's watcher transforms each change once and hands it over.
            sharedWatch.join(this, loader.sources(), changes -> {
                try {
                    loop.execute(() -> updateControl.filesChanged(changes.changed(), changes.deleted()));
                } catch (RejectedExecutionException stopped) {
                    // this runtime closed: changes no longer matter
                }
            });
        } else {
            try {
                WatchOptions options = (watchOptions != null ? watchOptions : WatchOptions.defaults()).withIgnore(hot.ignore());
                // The listener runs on the watcher's thread: it transforms the changed files there,
                // then hands the update to the loop, which only compiles them (the loop, which also
                // answers requests and timers, is busy for less of each update).
                // The transform starts at a burst's first event, during the watcher's quiet window
                // (the file is usually complete by then: an atomic save, or one write); the
                // change set's prepare only checks that the text is still the one transformed.
                watcher = new FileWatcher(options, Runnable::run, changes -> {
                    loader.sources().prepare(changes.changed());
                    try {
                        loop.execute(() -> updateControl.filesChanged(changes.changed(), changes.deleted()));
                    } catch (RejectedExecutionException stopped) {
                        // the program ended: changes no longer matter
                    }
                }, first -> loader.sources().prepare(first));
            } catch (java.io.IOException unavailable) {
                throw new java.io.UncheckedIOException("hmrc: cannot watch files for hot updates", unavailable);
            }
        }
        // Only a program run can end to start again; an embedded runtime reloads in place instead.
        UpdateOutcome.Fallback whenUnaccepted = switch (hot.reload()) {
            case NONE -> UpdateOutcome.Fallback.WAIT;
            case FULL -> UpdateOutcome.Fallback.FULL_RELOAD;
            case RESTART -> runsProgram ? UpdateOutcome.Fallback.RESTART : UpdateOutcome.Fallback.FULL_RELOAD;
        };
        engine[0] = new UpdateEngine(loader, loop, host, hot.ignore(), whenUnaccepted, hot.cleanup(),
                hot.boundaries(), root);
        engine[0].api(switch (hot.api()) {
            case VITE -> "vite";
            case ESM_HMR -> "esm-hmr";
            case BUN -> "bun";
        });
        updates = engine[0];
        // CommonJS: files require reaches are watched; a change re-runs them up to the modules that imported them.
        CommonJsHost cjs = commonJs;
        engine[0].requireCache(new dev.hmrc.runtime.link.RequireCache() {
            @Override
            public java.util.Set<Path> staleAfter(java.util.Collection<Path> changed) {
                return cjs.staleAfter(changed);
            }

            @Override
            public java.util.List<Path> requirePath(Path changed, Path requirer) {
                return cjs.requirePath(changed, requirer);
            }

            @Override
            public void begin(java.util.Collection<Path> stale) {
                cjs.beginUpdate(stale);
            }

            @Override
            public Path thrower() {
                return cjs.updateThrower();
            }

            @Override
            public java.util.Set<Path> commit() {
                return cjs.commitUpdate();
            }

            @Override
            public void rollBack() {
                cjs.rollBackUpdate();
            }
        });
        cjs.onRequiredFile(engine[0]::requiredFile);
        updateControl.connect(engine[0]);
        loop.holdWhenIdle(engine[0]::waitsForNextSave); // a failed update never ends the program
    }

    /** The watcher of {@code fs.watch} when hot updates have none to share (made on first use, loop thread). */
    private FileWatcher eventsWatcher;

    /**
     * {@code fs.watch}'s events, through the runtime's own watcher: the pool's, else the hot
     * updates', else one made for {@code fs.watch} on first use (one watch service per runtime).
     */
    private AutoCloseable watchEvents(Path target, boolean recursive,
                                      java.util.function.Consumer<FileWatcher.FolderEvent> listener)
            throws java.io.IOException {
        if (sharedWatch != null) {
            return sharedWatch.watchEvents(target, recursive, listener);
        }
        FileWatcher current = watcher;
        if (current == null) {
            if (eventsWatcher == null) {
                eventsWatcher = new FileWatcher(WatchOptions.defaults(), Runnable::run, changes -> { });
            }
            current = eventsWatcher;
        }
        return current.watchEvents(target, recursive, listener);
    }

    private void closeWatcher() {
        if (eventsWatcher != null) {
            eventsWatcher.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (sharedWatch != null) {
            sharedWatch.leave(this);
        }
        if (updateControl != null) {
            updateControl.close();
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

    // ---------------------------------------------------------------- Java hosts (issue 15)

    /** Globals and Java-backed modules (loop thread, after the runtime's own globals). */
    private void installJavaHost() {
        interop.installGlobals(context);
        if (javaModules.isEmpty()) {
            return;
        }
        JavaModule.installAll(context, javaModules);
        for (JavaModule module : javaModules.values()) {
            module.connect((name, done) -> {
                try {
                    loop.execute(() -> javaModuleChanged(module, name, done));
                } catch (RejectedExecutionException closed) {
                    done.run(); // the runtime is closed: nobody imports it any more
                }
            });
        }
    }

    /** A {@link JavaModule#set}: the bindings, then the accept callbacks (loop thread). */
    private void javaModuleChanged(JavaModule module, String name, Runnable done) {
        try {
            module.assignBinding(name);
        } finally {
            if (updates != null) {
                updates.hostModuleChanged(ModuleLoader.hostModuleKey(module.specifier()), done);
            } else {
                done.run();
            }
        }
    }

    /**
     * Applies the staged changes now ({@link HotOptions#manual manual} mode: the watcher only
     * stages them, with their transforms made off the loop): the update runs on the loop,
     * e.g. between requests or frames, and the future completes with how it ended ({@link
     * UpdateOutcome#applied()}; {@link UpdateOutcome.NothingToApply} when nothing was
     * staged). Without manual mode it waits for the update running now, if any.
     *
     * @return completes with the update's outcome (exceptionally if the runtime closes first)
     * @throws IllegalStateException without {@link Builder#hot hot updates}
     */
    public CompletableFuture<UpdateOutcome> applyUpdates() {
        if (updateControl == null) {
            throw new IllegalStateException("applyUpdates needs hot updates (ModuleRuntime.Builder.hot)");
        }
        return updateControl.applyUpdates();
    }

    /**
     * {@return where hot updates stand: {@code idle}, {@code pending} (changes staged),
     * {@code applying} or {@code failed} (the last update did not apply)} Any thread.
     *
     * @throws IllegalStateException without {@link Builder#hot hot updates}
     */
    public HotStatus hotStatus() {
        if (updateControl == null) {
            throw new IllegalStateException("hotStatus needs hot updates (ModuleRuntime.Builder.hot)");
        }
        return updateControl.status();
    }

    /** The plain mode's virtual files of the Java-backed modules: specifier → source. */
    private Map<String, String> javaModuleSources() {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        javaModules.forEach((specifier, module) -> sources.put(specifier, module.source()));
        return sources;
    }

    /**
     * The Java-backed module registered as {@code specifier} ({@link Builder#javaModule}), to
     * read or {@link JavaModule#set replace} its exports from any thread.
     *
     * @param specifier the specifier it was registered under, e.g. {@code java:config}
     * @return its handle in this runtime
     * @throws IllegalArgumentException when no Java-backed module has that specifier
     */
    public JavaModule javaModule(String specifier) {
        JavaModule module = javaModules.get(specifier);
        if (module == null) {
            throw new IllegalArgumentException("no Java-backed module '" + specifier + "' (registered: "
                    + String.join(", ", javaModules.keySet()) + ")");
        }
        return module;
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
     * {@link Builder#hot hot updates}. In a {@link ModuleRuntimePool}, the files this runtime
     * asked its pool's watcher to watch.
     *
     * @return the watched files
     */
    public java.util.SortedSet<Path> watchedFiles() {
        if (sharedWatch != null) {
            return new java.util.TreeSet<>(sharedWatch.watchedBy(this));
        }
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
