package dev.hmrc.runtime.link;

import dev.hmrc.runtime.UncaughtError;
import dev.hmrc.runtime.UpdateOutcome;
import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleRecord.IndirectExport;
import dev.hmrc.transformer.ModuleSyntaxError;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The hot-update engine: turns changed files into new module instances while the
 * program runs. One update at a time, on the loop thread; changes that arrive meanwhile
 * wait for the next one.
 *
 * <p>An update, in order (docs/runtime.md has the details): compile the changed files (a
 * syntax error stops here); plan it ({@link UpdatePlan}: from each changed module up its
 * importers to the nearest accepting module); make new instances of the modules that run
 * again and link them, and work out the new holders of the modules that import them (a
 * link error stops here: nothing was disposed, nothing ran); then, one strongly connected
 * component of the new instances at a time, dependencies first, run the old instances'
 * dispose handlers (awaited) and evaluate the new ones: a throw stops the update before any
 * importer of the failing component was disposed, every change is undone ({@link UndoLog})
 * and the old instances whose dispose ran get their last good version back running (a
 * restore: the same phases over the previous code). Else make the new instances current and
 * re-link every holder that pointed at a replaced module; call the accept handlers with the
 * new namespaces, then the self-accept handlers (a throw counts as not accepted and
 * propagates from that module); prune modules nobody imports any more. Each outcome is one
 * {@link UpdateOutcome}, worded in one place.
 *
 * <p>Mutable state: the pending changes, the update in progress and what the watcher needs
 * (texts running, files by key); the modules' versions are the {@link ModuleGraph}'s. All
 * touched only on the loop thread.
 */
public final class UpdateEngine implements ModuleLoader.HotHost {

    /** Where the engine reports and what it watches. */
    public interface Host {
        /** Prints one report line (and its detail lines) of an update. */
        void report(String line);

        /** Starts watching a module file, which held {@code bytes} when it was read. */
        void watch(Path file, byte[] bytes);

        /** Stops watching a module file. */
        void unwatch(Path file);

        /** Ends the program so that it runs again in a fresh process ({@code reload=restart}). */
        default void restart() {
            throw new UnsupportedOperationException("reload=restart needs a host that can restart the program");
        }

        /** Each outcome as a value, right after its line was reported (for typed listeners; nothing by default). */
        default void outcome(UpdateOutcome outcome) {
        }

        /** An update starts (its outcomes follow; nothing by default). */
        default void updateStarted() {
        }

        /** The update that {@link #updateStarted} announced ended: all its outcomes were reported (nothing by default). */
        default void updateFinished() {
        }
    }

    private final ModuleLoader loader;
    private final ModuleLinker linker;
    private final RuntimeSupport support;
    private final Executor loop;
    private final Host host;
    private final Pattern ignore;
    private final UpdateOutcome.Fallback whenUnaccepted;
    /** Whether disposing or pruning an instance clears its timers and closes its servers ({@code cleanup}). */
    private final boolean cleanup;
    /** The globs of {@code boundaries=}, before the entry's {@code package.json} adds its own. */
    private final List<String> boundaryGlobs;
    /** Whose {@code import.meta.hot} rules apply: {@code vite}, {@code esm-hmr} or {@code bun} ({@code api=}). */
    private String api = "vite";
    /** The boundaries, read at the first update (the entry is known then). */
    private Boundaries boundaries;
    private final Path root;
    private final HotBus hotBus;

    /**
     * Files an update started to import that did not become part of the program (they did not
     * parse, or the update was rolled back): watched, so that saving a fix retries the staged
     * update; released after the next applied update unless a module runs from them by then.
     */
    private final Set<Path> strandedFiles = new LinkedHashSet<>();
    /** The syntax error of the last new file that did not parse while an update loaded it. */
    private ModuleSyntaxError newFileSyntaxError;
    /** Key → the hash of the text its current instance runs (to skip saves that change nothing). */
    private final Map<String, Integer> runningText = new HashMap<>();
    /** Path → registry keys loaded from it (a file may be a JS and a JSON module). */
    private final Map<Path, Set<String>> keysByPath = new HashMap<>();
    /** The modules' versions (current, pending, previous, staged) and edges. */
    private final ModuleGraph graph;
    /** Staged keys already reported as not accepted or declined (reported once per staged version). */
    private final Set<String> reportedUnaccepted = new HashSet<>();
    /** Modules whose change must propagate past their own accept(): invalidate(), throwing accept handlers. */
    private final Set<String> invalidated = new LinkedHashSet<>();
    private final Set<Path> pendingChanged = new LinkedHashSet<>();
    /** CommonJS's {@code require.cache}, or null when there is none. */
    private RequireCache requireCache;
    /** Files watched because {@code require} reached them (they stay watched while the runtime runs, as they stay cached). */
    private final Set<Path> requiredFiles = new HashSet<>();
    /** Changed files {@code require} knows whose change no update applied yet (a failed or waiting one keeps them). */
    private final Set<Path> unappliedRequired = new LinkedHashSet<>();
    private final Set<Path> pendingDeleted = new LinkedHashSet<>();
    private boolean updating;
    /** The last update failed (or a save did not compile) and none applied since: the process waits for the next save. */
    private boolean failedSinceLastApplied;
    /** {@link #failedSinceLastApplied} was reported as what keeps the process waiting. */
    private boolean reportedWaiting;
    private boolean fullReloadRequested;
    /** The host was asked to run the program again in a fresh process: no update starts any more. */
    private boolean restarting;
    private int updateCount;

    /**
     * @param loader                   the loader whose modules are updated (the engine installs itself as its hot host)
     * @param loop                     the event loop (continuations of an update are posted to it)
     * @param host                     reporting and watching
     * @param ignore                   paths that get no {@code import.meta.hot} and are not watched
     * @param whenUnaccepted           what a change that reaches the entry unaccepted does
     * @param cleanup                  disposing or pruning an instance clears the timers and closes the servers it made
     * @param boundaryGlobs            modules accepted as if they called {@code import.meta.hot.accept()} ({@link Boundaries})
     * @param root                     the folder report lines name files relative to
     */
    public UpdateEngine(ModuleLoader loader, Executor loop, Host host, Pattern ignore,
                        UpdateOutcome.Fallback whenUnaccepted, boolean cleanup, List<String> boundaryGlobs, Path root) {
        this.loader = loader;
        this.linker = loader.linker();
        this.graph = loader.graph;
        this.support = loader.support();
        this.loop = loop;
        this.host = host;
        this.ignore = ignore;
        this.whenUnaccepted = whenUnaccepted;
        this.cleanup = cleanup;
        this.boundaryGlobs = List.copyOf(boundaryGlobs);
        this.root = root;
        this.hotBus = new HotBus(support);
        loader.hotHost = this;
    }

    /**
     * Lets updates reach CommonJS: a changed file that {@code require} loaded re-runs with its
     * requirers, up to the facades and ES modules that imported or required them, which then
     * update as if they had changed; the cache entries go back if the update fails.
     *
     * @param cache the runtime's {@code require.cache}
     */
    public void requireCache(RequireCache cache) {
        this.requireCache = cache;
    }

    /**
     * {@code require} reached {@code file} from a module (loop thread, before the file runs):
     * it is watched from now on, unless the ignore pattern excludes it.
     *
     * @param file a CommonJS or JSON file
     */
    public void requiredFile(Path file) {
        if (ignored(file) || !requiredFiles.add(file)) {
            return;
        }
        if (!keysByPath.containsKey(file) && !strandedFiles.contains(file)) {
            host.watch(file, null);
        }
    }

    /**
     * Whose {@code import.meta.hot} rules the modules loaded from now on get ({@code api=}):
     * {@code vite} (the default), {@code esm-hmr} or {@code bun}.
     */
    public void api(String value) {
        this.api = value;
    }

    /** How many updates were applied so far. */
    public int updateCount() {
        return updateCount;
    }

    /** Emits a {@code hmr:}/{@code vite:}/{@code bun:} event to the program's listeners ({@code message}, ...). */
    public void emit(String event, Value payload) {
        emitThen(event, () -> payload, () -> { });
    }

    /** {@link #emit(String, Value)} with the payload made only when someone listens. */
    private void emit(String event, java.util.function.Supplier<Value> payload) {
        emitThen(event, payload, () -> { });
    }

    /**
     * Emits an event and runs {@code next} once its listeners (and the promises they
     * returned) are done; a listener that throws is reported, and {@code next} still runs.
     */
    private void emitThen(String event, java.util.function.Supplier<Value> payload, Runnable next) {
        if (!hotBus.listening(event)) {
            next.run(); // nobody listens: no promise, no hop through the loop
            return;
        }
        await(() -> hotBus.emit(event, payload.get()), (Value outcome) -> {
            if (outcome != null && outcome.hasArrayElements()) {
                report(new UpdateOutcome.ListenerThrew(outcome.getArrayElement(0).asString(),
                        describe(outcome.getArrayElement(1)).headline()), null);
            }
            next.run();
        }, failure -> next.run());
    }

    // ---------------------------------------------------------------- HotHost

    @Override
    public boolean ignored(Path path) {
        return ignore != null && ignore.matcher(path.toString()).find();
    }

    @Override
    public HotState hotContext(ModuleInstance module, Value hotData) {
        ProxyExecutable resolveDependency = args -> {
            try {
                return loader.keyOf(args[0].asString(), module);
            } catch (JsThrow notFound) {
                support.function("throwValue").execute(notFound.thrown());
                throw new AssertionError("throwValue returned");
            }
        };
        ProxyExecutable invalidate = args -> {
            String message = args.length > 0 && !args[0].isNull() ? args[0].asString() : null;
            loop.execute(() -> invalidate(module, message));
            return null;
        };
        ProxyExecutable ownNamespace = args -> {
            ModuleInstance current = loader.current(module.key);
            return linker.getModuleNamespace(current != null ? current : module);
        };
        Value data = hotData != null ? hotData : hotBus.plainObject();
        return hotBus.newHotState(data, resolveDependency, invalidate, api, ownNamespace);
    }

    @Override
    public void loaded(ModuleInstance module, String text, byte[] bytes) {
        strandedFiles.remove(module.path);
        runningText.put(module.key, text.hashCode());
        Set<String> keys = keysByPath.computeIfAbsent(module.path, p -> new LinkedHashSet<>());
        if (keys.isEmpty() && !ignored(module.path)) {
            host.watch(module.path, bytes);
        }
        keys.add(module.key);
    }

    @Override
    public void failedToLoad(Path path, byte[] bytes, ModuleSyntaxError syntaxError) {
        newFileSyntaxError = syntaxError;
        if (!ignored(path) && !keysByPath.containsKey(path) && strandedFiles.add(path)) {
            host.watch(path, bytes);
        }
    }

    // ---------------------------------------------------------------- triggers

    /** Files of the graph changed or were deleted (loop thread): starts an update, or queues for the next. */
    public void filesChanged(Set<Path> changed, Set<Path> deleted) {
        pendingChanged.addAll(changed);
        pendingChanged.removeAll(deleted);
        pendingDeleted.addAll(deleted);
        pendingDeleted.removeAll(changed);
        startWhenIdle();
    }

    /**
     * A host module's export was replaced from Java ({@code JavaModule.set}): its importers
     * already read the new value through their live bindings; this runs the accept callbacks
     * ({@code import.meta.hot.accept(specifier, cb)}) of the importers that accept it, with its
     * namespace, in order (loop thread). A callback that throws is reported as for a file's
     * update and invalidates its module. {@code done} runs when all settled.
     *
     * @param key  the host module's registry key
     * @param done run on the loop after the callbacks
     */
    public void hostModuleChanged(String key, Runnable done) {
        ModuleInstance module = loader.current(key);
        if (module == null) {
            done.run();
            return;
        }
        Value namespace = linker.getModuleNamespace(module);
        Value batches = hotBus.array();
        List<String> owners = new ArrayList<>();
        for (String importer : acceptingGraph().importers(key)) {
            HotState hot = hotOf(importer);
            if (hot == null) {
                continue;
            }
            for (HotState.DependencyAccept accept : hot.dependencyAccepts()) {
                int at = accept.keys().indexOf(key);
                if (at < 0) {
                    continue;
                }
                Value argument = namespace;
                if (!accept.single()) {
                    argument = hotBus.array();
                    for (int k = 0; k < accept.keys().size(); k++) {
                        argument.setArrayElement(k, k == at ? namespace : hotBus.undefined());
                    }
                }
                batches.setArrayElement(owners.size(), hotBus.batchOfOne(accept.callback(), argument));
                owners.add(importer);
            }
        }
        runHostAcceptBatches(batches, owners, 0, done);
    }

    private void runHostAcceptBatches(Value batches, List<String> owners, int from, Runnable done) {
        if (from >= owners.size()) {
            done.run();
            return;
        }
        Value rest = hotBus.array();
        for (int i = from; i < owners.size(); i++) {
            rest.setArrayElement(i - from, batches.getArrayElement(i));
        }
        await(() -> hotBus.runBatches(rest), done, failure -> {
            int at = from + HotBus.failedBatch(failure);
            Value error = HotBus.failedBatchError(failure);
            report(new UpdateOutcome.AcceptHandlerThrew(name(owners.get(at)), describe(error).headline()), error);
            invalidated.add(owners.get(at));
            runHostAcceptBatches(batches, owners, at + 1, done);
        });
    }

    /** {@code import.meta.hot.invalidate(message)} of {@code module} (loop thread). */
    private void invalidate(ModuleInstance module, String message) {
        if (loader.current(module.key) == null) {
            return; // pruned meanwhile
        }
        Value payload = hotBus.plainObject();
        payload.putMember("path", module.url);
        payload.putMember("message", message);
        emit("invalidate", payload);
        report(new UpdateOutcome.Invalidated(name(module.key), message), null);
        invalidated.add(module.key);
        startWhenIdle();
    }

    private void startWhenIdle() {
        if (!updating && !restarting && (!pendingChanged.isEmpty() || !pendingDeleted.isEmpty() || !invalidated.isEmpty()
                || fullReloadRequested)) {
            updating = true;
            host.updateStarted();
            try {
                new Update(null).start();
            } catch (RuntimeException broken) {
                updating = false;
                report(new UpdateOutcome.EngineFailed(broken.toString()), null);
                host.updateFinished();
            }
        }
    }

    private void finished() {
        graph.endUpdate();
        hotBus.endUpdate();
        updating = false;
        reportedWaiting = false;
        host.updateFinished();
        loop.execute(this::startWhenIdle);
    }

    /**
     * Whether the process must keep waiting although nothing else is pending (the loop asks
     * when it would end): the last update failed and none applied since, so the next save
     * is what the program waits for. Says so once per failure.
     *
     * @return whether the loop should wait for the next task instead of ending
     */
    public boolean waitsForNextSave() {
        if (!failedSinceLastApplied) {
            return false;
        }
        if (!reportedWaiting) {
            reportedWaiting = true;
            report(new UpdateOutcome.WaitingForSave(), null);
        }
        return true;
    }

    // ---------------------------------------------------------------- one update

    /** With {@code -Dhmrc.hot.trace=true}: each applied update also prints where its time went. */
    private static final boolean TRACE = Boolean.getBoolean("hmrc.hot.trace");

    /**
     * What a rolled-back update asks of the next pass: run the last good versions of
     * {@code olds} again (their dispose handlers ran), each with the {@code data} its handlers
     * filled, then {@code then} with the names of those restored (and a note of any that
     * could not be).
     */
    private record Restore(List<ModuleInstance> olds, Map<String, Value> data, Consumer<List<String>> then) {
    }

    /**
     * The state of the update in progress. With a {@link Restore} it is the second pass of a
     * rolled-back update: the same phases over the last good versions, without events,
     * dispose handlers, accept handlers or pruning.
     */
    private final class Update {
        private final long startNanos = System.nanoTime();
        /** With tracing: the phases marked so far and their ends (nanoTime), formatted only after the update's line. */
        private final List<String> tracePhases = TRACE ? new ArrayList<>() : null;
        private final List<Long> traceEnds = TRACE ? new ArrayList<>() : null;
        /** Null for an update; the rolled-back update's olds for a restore. */
        private final Restore restore;

        Update(Restore restore) {
            this.restore = restore;
        }

        /** Notes the time since the previous mark under {@code phase} (only when tracing). */
        private void mark(String phase) {
            if (tracePhases != null) {
                traceEnds.add(System.nanoTime());
                tracePhases.add(phase);
            }
        }

        /** The trace line's text: each phase and its milliseconds (formatted here, after the update was timed). */
        private String traceText() {
            StringBuilder text = new StringBuilder();
            long from = startNanos;
            for (int i = 0; i < tracePhases.size(); i++) {
                long end = traceEnds.get(i);
                text.append(i == 0 ? "" : ", ").append(tracePhases.get(i)).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", (end - from) / 1e6));
                from = end;
            }
            return text.toString();
        }
        private final UpdatePlan plan = new UpdatePlan();
        /** Keys of the modules this update replaces (their previous instances are in the graph). */
        private final Set<String> replaced = new LinkedHashSet<>();
        /** Key → the new instance (of new code, unchanged code, or a file loaded for the first time). */
        private final Map<String, ModuleInstance> created = new LinkedHashMap<>();
        /** Key → the {@code import.meta.hot.data} the old instance's dispose fills and the new one starts with. */
        private final Map<String, Value> dataOf = new HashMap<>();
        /** Every change to state that outlives the update, undone in reverse if it fails. */
        private final UndoLog undo = new UndoLog();
        /** Modules outside {@link #created} whose holders change at commit. */
        private final Set<String> relinked = new LinkedHashSet<>();
        /** Modules that stay but re-export from a replaced one: their namespaces are refreshed at commit. */
        private final Set<String> reexporters = new LinkedHashSet<>();
        private final Set<String> consumedStaged = new LinkedHashSet<>();
        /** The cache entries this update drops: changed files {@code require} knows and their requirers. */
        private Set<Path> staleRequired = Set.of();
        /** The changed ones among them. */
        private Set<Path> changedRequired = Set.of();
        /** Facades and ES modules that run again because a file they required (directly or not) changed. */
        private final Set<String> requirerReruns = new LinkedHashSet<>();
        /** CommonJS files without a module of their own that ran in this update: changed ones, and the others. */
        private int requiredLoaded;
        private int requiredReevaluated;
        /** The strongly connected components of {@link #created}, in evaluation order. */
        private List<UpdatePlan.Component> components;
        private boolean fullReload;
        private String fullReloadReason;

        void start() {
            if (restore != null) {
                for (ModuleInstance old : restore.olds()) {
                    plan.rerun.add(old.key);
                }
                build();
                return;
            }
            hotBus.beginUpdate();
            compileChanges();
            mark("compile");
            if (fullReloadRequested) {
                fullReloadRequested = false;
                planFullReload("requested", null);
            } else {
                planChanges();
            }
            mark("plan");
            if (restarting) {
                return; // the program ends; this process runs nothing more
            }
            if (plan.rerun.isEmpty()) {
                dropStaleNobodyRuns();
                finished();
                return;
            }
            emitThen("beforeUpdate", this::updatePayload, this::build);
        }

        /**
         * Stale cache entries that no module of the graph reaches (what required them is gone,
         * or was never a module): dropped, so the next {@code require} runs the new text, as
         * deleting them from {@code require.cache} would in Node.
         */
        private void dropStaleNobodyRuns() {
            if (staleRequired.isEmpty() || !requirerReruns.isEmpty()) {
                return;
            }
            for (Path path : staleRequired) {
                if (keysByPath.containsKey(path)) {
                    return; // a module that did not run (declined, not accepted): it waits, its entry too
                }
            }
            requireCache.begin(staleRequired);
            requireCache.commit();
            unappliedRequired.clear();
        }

        /** After the beforeUpdate listeners: the new instances. */
        private void build() {
            mark("beforeUpdate");
            graph.beginPending();
            newFileSyntaxError = null;
            try {
                instantiate();
            } catch (JsThrow failed) {
                ModuleSyntaxError syntaxError = newFileSyntaxError;
                if (syntaxError != null) {
                    // A file this update imports for the first time does not parse: reported like a
                    // changed file's syntax error; nothing ran.
                    fail(syntaxErrorOutcome(name(Path.of(syntaxError.sourceName())), syntaxError), null, syntaxError);
                } else {
                    fail(new UpdateOutcome.LoadError(names(plan.rerun), describe(failed.thrown()).headline()),
                            failed.thrown(), null);
                }
                return;
            }
            mark("instantiate");
            loader.afterSettled(ModuleLoader.pendingSteps(created.values()), this::loadFailedAsync, () ->
                    loop.execute(this::link));
        }

        /** Reads and compiles every changed file; a syntax error is reported and leaves nothing staged. */
        private void compileChanges() {
            for (Path path : List.copyOf(pendingDeleted)) {
                for (String key : keysByPath.getOrDefault(path, Set.of())) {
                    graph.unstage(key);
                    report(new UpdateOutcome.Deleted(name(key)), null);
                }
            }
            pendingDeleted.clear();
            Set<Path> changedNow = new LinkedHashSet<>(pendingChanged);
            for (Path path : List.copyOf(pendingChanged)) {
                pendingChanged.remove(path);
                Set<String> keys = keysByPath.get(path);
                if (keys == null) {
                    continue;
                }
                String text;
                try {
                    text = path.getFileName().toString().endsWith(".json") ? Files.readString(path, StandardCharsets.UTF_8)
                            : ModuleSources.moduleText(path); // a CommonJS file: its facade
                } catch (NoSuchFileException gone) {
                    pendingDeleted.add(path);
                    continue;
                } catch (IOException unreadable) {
                    report(new UpdateOutcome.Unreadable(name(path), unreadable.getMessage()), null);
                    continue;
                }
                for (String key : keys) {
                    stageIfChanged(key, path, text);
                }
            }
            changedNow.removeAll(pendingDeleted);
            findStaleRequired(changedNow);
        }

        /** Stages the module {@code key} of {@code path} with {@code text}, unless that is what runs; reports a syntax error. */
        private void stageIfChanged(String key, Path path, String text) {
            ModuleInstance current = loader.current(key);
            if (current == null) {
                return;
            }
            int hash = text.hashCode();
            Integer running = runningText.get(key);
            if (running != null && running == hash) {
                graph.unstage(key); // back to what runs: nothing to do
                return;
            }
            try {
                graph.stage(key, new ModuleGraph.Staged(loader.compile(path, path.toString(), current.type, text), hash));
                reportedUnaccepted.remove(key);
            } catch (ModuleSyntaxError syntaxError) {
                graph.unstage(key);
                reportSyntaxError(syntaxErrorOutcome(name(key), syntaxError), syntaxError);
                failedSinceLastApplied = true;
            } catch (JsThrow syntaxError) {
                graph.unstage(key);
                report(new UpdateOutcome.CompileError(name(key),
                        describe(syntaxError.thrown()).headline().replaceFirst("^SyntaxError: ", "")),
                        syntaxError.thrown());
                failedSinceLastApplied = true;
            }
        }

        /**
         * CommonJS (docs/runtime.md): the changed files {@code require} knows make their cache
         * entries stale, and their requirers', transitively. The requirers that are modules of
         * the graph (facades of CommonJS files an ES module imports, ES modules that required
         * through {@code createRequire}) run again: staged when their text changes with it (a
         * facade whose re-exported names changed), else as they are.
         */
        private void findStaleRequired(Set<Path> changedNow) {
            if (requireCache == null) {
                return;
            }
            Set<Path> candidates = new LinkedHashSet<>(unappliedRequired);
            candidates.addAll(changedNow);
            // A module's own file counts while its change is staged (a save back to what runs is none),
            // and only a CommonJS file's: an ES module that require reached (require(esm)) updates as
            // the module it is; its requirers keep the namespace they got.
            candidates.removeIf(path -> {
                Set<String> keys = keysByPath.get(path);
                return keys != null && (keys.stream().noneMatch(key -> graph.staged(key) != null)
                        || ModuleFormat.of(path) != ModuleFormat.COMMONJS);
            });
            if (candidates.isEmpty()) {
                return;
            }
            staleRequired = requireCache.staleAfter(candidates);
            if (staleRequired.isEmpty()) {
                unappliedRequired.clear();
                return;
            }
            candidates.retainAll(staleRequired);
            changedRequired = candidates;
            unappliedRequired.clear();
            unappliedRequired.addAll(candidates);
            for (Path path : staleRequired) {
                Set<String> keys = keysByPath.get(path);
                if (keys == null || changedNow.contains(path)) {
                    continue; // a file without a module of its own, or one staged above
                }
                for (String key : keys) {
                    if (loader.current(key) == null || graph.staged(key) != null) {
                        continue;
                    }
                    if (ModuleFormat.of(path) == ModuleFormat.COMMONJS) {
                        try {
                            String text = ModuleSources.moduleText(path);
                            stageIfChanged(key, path, text);
                        } catch (IOException unreadable) {
                            // runs as it is; its require reports what is missing
                        }
                    }
                    if (graph.staged(key) == null) {
                        requirerReruns.add(key);
                    }
                }
            }
        }

        private void planChanges() {
            UpdatePlan.Graph accepting = acceptingGraph();
            Set<String> skipSelf = new LinkedHashSet<>(invalidated);
            invalidated.clear();
            Set<String> changes = new LinkedHashSet<>(graph.stagedKeys());
            changes.addAll(skipSelf);
            changes.addAll(requirerReruns);
            for (String key : changes) {
                if (loader.current(key) == null) {
                    graph.unstage(key);
                    continue;
                }
                UpdatePlan.Refusal refusal = plan.propagate(accepting, key, skipSelf.contains(key));
                if (refusal == null) {
                    continue;
                }
                if (refusal.declined()) {
                    if (!reportedUnaccepted.add(key)) {
                        continue; // reported when it was saved; it stays staged
                    }
                    report(new UpdateOutcome.Declined(name(refusal.key()), name(key)), null);
                } else if (skipSelf.contains(key)) {
                    planFullReload(name(key) + " invalidated itself", null);
                    return;
                } else if (whenUnaccepted == UpdateOutcome.Fallback.FULL_RELOAD) {
                    planFullReload(name(key) + " is not accepted", notAccepted(refusal));
                    return;
                } else if (whenUnaccepted == UpdateOutcome.Fallback.RESTART) {
                    report(notAccepted(refusal), null);
                    plan.rerun.clear();
                    restarting = true;
                    host.restart();
                    return;
                } else if (reportedUnaccepted.add(key)) {
                    report(notAccepted(refusal), null);
                }
            }
        }

        private UpdateOutcome.NotAccepted notAccepted(UpdatePlan.Refusal refusal) {
            List<String> chain = new ArrayList<>();
            String head = refusal.chain().getFirst();
            ModuleInstance changedRequirer = requirerReruns.contains(head) ? loader.current(head) : null;
            if (changedRequirer != null) {
                // It runs again for a file it required: the way starts at that file.
                for (Path changed : changedRequired) {
                    List<Path> way = requireCache.requirePath(changed, changedRequirer.path);
                    if (way.size() > 1) {
                        for (Path file : way.subList(0, way.size() - 1)) {
                            chain.add(name(file));
                        }
                        break;
                    }
                }
            }
            for (String key : refusal.chain()) {
                chain.add(name(key));
            }
            return new UpdateOutcome.NotAccepted(List.copyOf(chain), whenUnaccepted);
        }

        /**
         * Plans a re-run of the whole program for {@code reason} (the {@code full-reload}
         * event's), announced by {@code announcement} (null: a {@link UpdateOutcome.FullReload} line).
         */
        private void planFullReload(String reason, UpdateOutcome announcement) {
            fullReload = true;
            fullReloadReason = reason;
            plan.rerun.clear();
            plan.acceptedBy.clear();
            plan.selfAccepted.clear();
            // Every module the roots (and require(esm), which CommonJS reaches) reach statically, dependencies first.
            Set<String> seen = new LinkedHashSet<>();
            for (String key : java.util.stream.Stream.concat(loader.roots.stream(), loader.requiredRoots.stream()).toList()) {
                ModuleInstance module = loader.current(key);
                if (module != null) {
                    collectStatic(module, seen);
                }
            }
            plan.rerun.addAll(seen);
            report(announcement != null ? announcement : new UpdateOutcome.FullReload(reason), null);
            emit("beforeFullReload", this::fullReloadPayload);
        }

        private void collectStatic(ModuleInstance module, Set<String> seen) {
            if (!seen.add(module.key) || module.requested == null) {
                return;
            }
            for (ModuleInstance dependency : module.requested) {
                collectStatic(dependency, seen);
            }
        }

        /** New instances of every module in the plan (new code where staged), their new dependencies loaded. */
        private void instantiate() {
            for (String key : plan.rerun) {
                ModuleInstance old = loader.current(key);
                replaced.add(key);
                ModuleGraph.Staged code = restore == null ? graph.staged(key) : null;
                ModuleRecord record = code != null ? code.compiled().record() : old.record;
                Value execute = code != null ? code.compiled().execute() : old.execute;
                if (code != null) {
                    consumedStaged.add(key);
                }
                Value data = restore != null ? restore.data().get(key) : hotBus.plainObject();
                dataOf.put(key, data);
                ModuleInstance fresh = loader.newInstance(old.path, old.url, old.type, record, execute, data);
                created.put(key, fresh);
                graph.addPending(fresh, old);
            }
            Set<ModuleInstance> visited = new LinkedHashSet<>();
            for (ModuleInstance fresh : List.copyOf(created.values())) {
                loader.loadRequested(fresh, visited, true);
            }
            // Files loaded for the first time by this update are new instances too.
            for (ModuleInstance loaded : graph.pendingInstances()) {
                if (created.putIfAbsent(loaded.key, loaded) == null) {
                    undo.record(new UndoLog.FileLoaded(loaded));
                }
            }
        }

        private void loadFailedAsync(Value thrown) {
            loop.execute(() -> fail(new UpdateOutcome.LoadError(names(plan.rerun), describe(thrown).headline()),
                    thrown, null));
        }

        /** Links the new instances and works out the new holders of their importers; nothing runs yet. */
        private void link() {
            mark("hop");
            try {
                prepareRelinks();
                // A re-exporter whose names change gets a new namespace: the new instances must
                // link to that one (its old one stays with the old holders until commit).
                for (String key : reexporters) {
                    ModuleInstance module = loader.current(key);
                    if (module != null && module.namespace != null && !linker.namespaceNamesHold(module)) {
                        undo.record(new UndoLog.NamespaceDropped(module, module.namespace));
                        module.namespace = null;
                    }
                }
                for (ModuleInstance fresh : created.values()) {
                    if (fresh.status == ModuleStatus.UNLINKED) {
                        linker.link(fresh);
                    }
                }
                for (String key : relinked) {
                    linker.holderOf(loader.current(key)); // throws the link error now, before anything ran
                }
            } catch (JsThrow linkError) {
                ModuleInstance failed = linker.lastLinkFailure();
                fail(new UpdateOutcome.LinkError(failed != null ? name(failed.key) : names(plan.rerun),
                        describe(linkError.thrown()).headline()), linkError.thrown(), null);
                return;
            }
            mark("link");
            loader.afterSettled(ModuleLoader.pendingSteps(created.values()), this::loadFailedAsync, () ->
                    loop.execute(this::evaluate));
        }

        /**
         * The modules that stay but import a replaced one (or re-export from one, through
         * any chain of re-exports): their {@code requested} arrays point at the new instances
         * from now on (undone on abort); re-exporters get a new namespace object.
         */
        private void prepareRelinks() {
            Set<String> reexporters = new LinkedHashSet<>();
            Deque<String> work = new ArrayDeque<>(created.keySet());
            Set<String> affected = new LinkedHashSet<>();
            while (!work.isEmpty()) {
                String key = work.pop();
                for (String importer : loader.importersOf(key)) {
                    if (created.containsKey(importer) || loader.current(importer) == null) {
                        continue;
                    }
                    affected.add(importer);
                    if (reexportsFrom(loader.current(importer), key) && reexporters.add(importer)) {
                        work.push(importer);
                    }
                }
            }
            for (String key : affected) {
                ModuleInstance module = loader.current(key);
                ModuleInstance[] before = module.requested;
                ModuleInstance[] after = before.clone();
                for (int k = 0; k < after.length; k++) {
                    ModuleInstance fresh = created.get(after[k].key);
                    if (fresh != null) {
                        after[k] = fresh;
                    }
                }
                undo.record(new UndoLog.RequestedChanged(module, before));
                module.requested = after;
                relinked.add(key);
            }
            this.reexporters.addAll(reexporters);
        }

        private boolean reexportsFrom(ModuleInstance module, String dependencyKey) {
            ModuleRecord record = module.record;
            for (IndirectExport e : record.indirectExports()) {
                if (module.requested[e.request()].key.equals(dependencyKey)) {
                    return true;
                }
            }
            for (int request : record.starExports()) {
                if (module.requested[request].key.equals(dependencyKey)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Evaluates the new instances one strongly connected component at a time, dependencies
         * first, each component's old instances disposed just before its new ones run: a failure
         * stops the update before any importer of the failing component was disposed.
         */
        private void evaluate() {
            mark("hop");
            components = UpdatePlan.componentsInEvaluationOrder(entries(), created);
            linker.forgetBodyThrower();
            if (restore == null && requireCache != null) {
                // From here CommonJS files may run again: the stale entries go, the journal keeps them.
                requireCache.begin(staleRequired);
                undo.record(new UndoLog.RequireCacheChanged(requireCache::rollBack));
            }
            runComponent(0);
        }

        /**
         * Where evaluation enters the new instances, in order (each entry evaluates what it
         * imports first): the program's roots on a full reload, then the new instances no new
         * instance imports; then members of cycles of new instances at a member imported from
         * outside them (as a fresh run enters such a cycle from that importer), so the members
         * evaluate in the order they did at start; then the rest.
         */
        private List<ModuleInstance> entries() {
            List<ModuleInstance> entries = new ArrayList<>();
            Set<ModuleInstance> imported = new HashSet<>();
            for (ModuleInstance fresh : created.values()) {
                Collections.addAll(imported, fresh.requested);
            }
            if (fullReload) {
                // The modules require(esm) evaluated first: the CommonJS modules that hold them run
                // only if they changed, and the roots' bodies read them through those.
                for (String key : loader.requiredRoots) {
                    if (created.containsKey(key)) {
                        entries.add(created.get(key));
                    }
                }
                for (String key : loader.roots) {
                    if (created.containsKey(key)) {
                        entries.add(created.get(key));
                    }
                }
            }
            for (ModuleInstance fresh : created.values()) {
                if (!imported.contains(fresh) && !entries.contains(fresh)) {
                    entries.add(fresh);
                }
            }
            for (ModuleInstance fresh : created.values()) {
                Set<String> importers = new LinkedHashSet<>(loader.importersOf(fresh.key));
                importers.addAll(loader.dynamicImportersOf(fresh.key));
                for (String importer : importers) {
                    if (!created.containsKey(importer)) {
                        entries.add(fresh);
                        break;
                    }
                }
            }
            entries.addAll(created.values());
            return entries;
        }

        /** Disposes the old instances of component {@code index}, then evaluates its new ones. */
        private void runComponent(int index) {
            if (index >= components.size()) {
                commit();
                return;
            }
            UpdatePlan.Component component = components.get(index);
            if (restore != null) {
                evaluateComponent(component, index);
                return;
            }
            Value batches = hotBus.array();
            List<ModuleInstance> owners = new ArrayList<>();
            List<ModuleInstance> releasing = new ArrayList<>();
            for (ModuleInstance fresh : component.members()) {
                ModuleInstance old = graph.previous(fresh.key);
                if (old == null) {
                    continue;
                }
                // Clearing its timers and closing its servers is an effect of disposing it, as its
                // handlers are: a rollback runs its last good version again.
                boolean ownsResources = cleanup && hotBus.ownsResources(old);
                if (ownsResources) {
                    releasing.add(old);
                }
                if (old.hot == null) {
                    if (ownsResources) {
                        undo.record(new UndoLog.Disposed(old, true));
                    }
                } else {
                    old.hot.markDisposed();
                    undo.record(new UndoLog.Disposed(old, old.hot.hasDisposeHandlers() || ownsResources));
                    if (old.hot.hasDisposeHandlers()) {
                        batches.setArrayElement(owners.size(), hotBus.batch(old.hot.disposeHandlers(), dataOf.get(old.key)));
                        owners.add(old);
                    }
                }
            }
            if (owners.isEmpty()) {
                release(releasing);
                evaluateComponent(component, index);
                return;
            }
            await(() -> hotBus.runBatches(batches), () -> {
                release(releasing);
                evaluateComponent(component, index);
            }, failure -> {
                release(releasing);
                ModuleInstance owner = owners.get(HotBus.failedBatch(failure));
                Value error = HotBus.failedBatchError(failure);
                fail(new UpdateOutcome.DisposeHandlerThrew(name(owner.key), describe(error).headline(), List.of()),
                        error, null);
            });
        }

        /** After their dispose handlers: what the old instances made and did not hand over in {@code data} goes. */
        private void release(List<ModuleInstance> olds) {
            for (ModuleInstance old : olds) {
                hotBus.release(old, dataOf.get(old.key));
            }
        }

        private void evaluateComponent(UpdatePlan.Component component, int index) {
            ModuleInstance entry = component.entry();
            if (entry.status != ModuleStatus.LINKED) {
                runComponent(index + 1); // evaluated meanwhile (an import() of an earlier body)
                return;
            }
            await(() -> linker.evaluate(entry), () -> {
                carryRequiredNamespaces(component);
                runComponent(index + 1);
            }, thrown -> {
                // Every module on the evaluation stack records the error; the one that threw it is
                // the one none of whose dependencies records it.
                ModuleInstance failed = entry;
                ModuleInstance thrower = linker.lastBodyThrower();
                if (thrower != null && created.get(thrower.key) == thrower) {
                    failed = thrower; // a body that threw synchronously (in a cycle, all record it)
                } else {
                    for (ModuleInstance fresh : component.members()) {
                        if (failedWith(fresh, thrown) && !Arrays.stream(fresh.requested).anyMatch(d -> failedWith(d, thrown))) {
                            failed = fresh;
                            break;
                        }
                    }
                }
                Path commonJsThrower = requireCache != null && restore == null ? requireCache.thrower() : null;
                fail(new UpdateOutcome.EvaluationError(commonJsThrower != null ? name(commonJsThrower) : name(failed.key),
                        describe(thrown).headline(), List.of()), thrown, null);
            });
        }

        /**
         * What {@code require()} gave CommonJS of the component's old versions reads their new
         * versions from now on, before any later component runs (a rollback points it back).
         */
        private void carryRequiredNamespaces(UpdatePlan.Component component) {
            for (ModuleInstance fresh : component.members()) {
                ModuleInstance old = graph.previous(fresh.key);
                if (old != null && old.requiredNamespace != null && fresh.requiredNamespace == null) {
                    linker.carryRequiredNamespace(old, fresh);
                    undo.record(new UndoLog.RequiredNamespaceRebound(old, fresh, linker));
                }
            }
        }

        /**
         * Ends a failed update: the new instances that ran are disposed (errors ignored), every
         * change is undone in reverse, the old instances whose dispose handlers ran get their last
         * good version back running, and then the outcome is reported (naming those restored).
         */
        private void fail(UpdateOutcome outcome, Value error, ModuleSyntaxError syntaxError) {
            disposeQuietly(created.values(), dataOf);
            List<ModuleInstance> stranded = new ArrayList<>();
            List<ModuleInstance> toRestore = undo.rollBack(stranded);
            for (ModuleInstance module : stranded) {
                strandedFiles.add(module.path); // loaded for this update only
            }
            graph.endPending();
            if (restore != null) {
                // The last good versions failed this time (they are not deterministic): they stay disposed.
                List<String> olds = new ArrayList<>();
                for (ModuleInstance old : restore.olds()) {
                    olds.add(old.key);
                }
                report(new UpdateOutcome.RestoreFailed(names(new LinkedHashSet<>(olds)), outcome.reportLine()), error);
                restore.then().accept(List.of());
                return;
            }
            failedSinceLastApplied = true;
            Runnable finish = () -> {
                if (syntaxError != null) {
                    reportSyntaxError((UpdateOutcome.SyntaxError) outcome, syntaxError);
                } else {
                    report(outcome, error);
                }
                finished();
            };
            if (toRestore.isEmpty()) {
                finish.run();
                return;
            }
            new Update(new Restore(toRestore, dataOf, restored -> {
                UpdateOutcome withRestored = switch (outcome) {
                    case UpdateOutcome.EvaluationError e -> new UpdateOutcome.EvaluationError(e.module(), e.error(), restored);
                    case UpdateOutcome.DisposeHandlerThrew d ->
                            new UpdateOutcome.DisposeHandlerThrew(d.module(), d.error(), restored);
                    default -> outcome;
                };
                report(withRestored, error);
                finished();
            })).start();
        }

        /** Makes the new instances current, re-links holders, then runs the accept handlers. */
        private void commit() {
            mark("evaluate");
            undo.commit();
            if (restore == null && requireCache != null) {
                for (Path ran : requireCache.commit()) {
                    if (!keysByPath.containsKey(ran)) {
                        if (changedRequired.contains(ran)) {
                            requiredLoaded++;
                        } else {
                            requiredReevaluated++;
                        }
                    }
                }
                unappliedRequired.removeAll(changedRequired);
            }
            for (Map.Entry<String, ModuleInstance> e : created.entrySet()) {
                String key = e.getKey();
                ModuleInstance old = graph.previous(key);
                if (old != null && old.hot != null) {
                    hotBus.removeListeners(old.hot);
                }
                graph.makeCurrent(e.getValue());
                ModuleGraph.Staged code = graph.staged(key);
                if (code != null && consumedStaged.contains(key)) {
                    runningText.put(key, code.textHash());
                    graph.unstage(key);
                    reportedUnaccepted.remove(key);
                }
            }
            // Modules that the new instances' bodies loaded with import() while they ran.
            for (ModuleInstance late : graph.pendingInstances()) {
                if (!created.containsKey(late.key)) {
                    graph.makeCurrent(late);
                }
            }
            graph.endPending();
            // Re-exporters' namespaces first, so that the holders made below see them.
            boolean namespaceReplaced = false;
            for (String key : reexporters) {
                namespaceReplaced |= !linker.refreshNamespace(loader.current(key));
            }
            // The holders were checked at link time; made again now, they see refreshed namespaces.
            for (String key : relinked) {
                ModuleInstance module = loader.current(key);
                module.relink.execute(linker.holderOf(module));
            }
            if (namespaceReplaced) {
                // A re-exporter's names changed after link time (link() gave the new instances a
                // new namespace already when they changed by then): the new instances were linked
                // to the old one, directly or through a re-export; link them again.
                for (ModuleInstance fresh : created.values()) {
                    if (!relinked.contains(fresh.key) && fresh.relink != null && fresh.requested != null) {
                        fresh.relink.execute(linker.holderOf(fresh));
                    }
                }
            }
            if (restore != null) {
                List<String> restored = new ArrayList<>();
                for (ModuleInstance old : restore.olds()) {
                    restored.add(name(old.key));
                }
                restore.then().accept(restored);
                return;
            }
            runAcceptHandlers();
        }

        private void runAcceptHandlers() {
            Value batches = hotBus.array();
            List<String> owners = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : plan.acceptedBy.entrySet()) {
                String importer = e.getKey();
                ModuleInstance module = loader.current(importer);
                if (created.containsKey(importer) || module == null || module.hot == null) {
                    continue; // it ran again itself
                }
                for (HotState.DependencyAccept accept : module.hot.dependencyAccepts()) {
                    boolean touched = false;
                    Value namespaces = hotBus.array();
                    for (int k = 0; k < accept.keys().size(); k++) {
                        String key = accept.keys().get(k);
                        ModuleInstance fresh = created.get(key);
                        if (fresh != null && e.getValue().contains(key)) {
                            touched = true;
                            namespaces.setArrayElement(k, linker.getModuleNamespace(fresh));
                        } else {
                            namespaces.setArrayElement(k, hotBus.undefined());
                        }
                    }
                    if (touched) {
                        Value argument = accept.single() ? namespaces.getArrayElement(0) : namespaces;
                        batches.setArrayElement(owners.size(), hotBus.batchOfOne(accept.callback(), argument));
                        owners.add(importer);
                    }
                }
            }
            for (String key : plan.selfAccepted) {
                ModuleInstance old = graph.previous(key);
                if (old != null && old.hot != null && old.hot.selfAcceptHandlers().getArraySize() > 0) {
                    batches.setArrayElement(owners.size(), hotBus.batch(old.hot.selfAcceptHandlers(),
                            linker.getModuleNamespace(created.get(key))));
                    owners.add(key);
                }
            }
            runBatchesFrom(batches, owners, 0);
        }

        /** Runs the accept batches; one that throws propagates from its module, the rest still run. */
        private void runBatchesFrom(Value batches, List<String> owners, int from) {
            if (from >= owners.size()) {
                prune();
                return;
            }
            Value rest = hotBus.array();
            for (int i = from; i < owners.size(); i++) {
                rest.setArrayElement(i - from, batches.getArrayElement(i));
            }
            await(() -> hotBus.runBatches(rest), this::prune, failure -> {
                int at = from + HotBus.failedBatch(failure);
                String owner = owners.get(at);
                Value error = HotBus.failedBatchError(failure);
                report(new UpdateOutcome.AcceptHandlerThrew(name(owner), describe(error).headline()), error);
                invalidated.add(owner);
                runBatchesFrom(batches, owners, at + 1);
            });
        }

        /** Disposes and drops modules nobody imports any more, then reports the update. */
        private void prune() {
            mark("commit+accept");
            List<ModuleInstance> orphans = new ArrayList<>();
            Deque<ModuleInstance> candidates = new ArrayDeque<>();
            for (String key : replaced) {
                ModuleInstance old = graph.previous(key);
                if (old.requested != null) {
                    candidates.addAll(List.of(old.requested));
                }
            }
            if (fullReload) {
                for (ModuleInstance module : List.copyOf(loader.modules())) {
                    if (!created.containsKey(module.key)) {
                        candidates.add(module);
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            while (!candidates.isEmpty()) {
                ModuleInstance candidate = candidates.pop();
                ModuleInstance current = loader.current(candidate.key);
                if (current == null || !seen.add(candidate.key) || loader.roots.contains(candidate.key)
                        || !loader.importersOf(candidate.key).isEmpty()
                        || !loader.dynamicImportersOf(candidate.key).isEmpty() && !fullReload) {
                    continue;
                }
                orphans.add(current);
                graph.remove(current);
                if (current.requested != null) {
                    candidates.addAll(List.of(current.requested));
                }
            }
            if (orphans.isEmpty()) {
                done();
                return;
            }
            Value paths = hotBus.array();
            Value batches = hotBus.array();
            int n = 0;
            for (ModuleInstance orphan : orphans) {
                paths.setArrayElement(paths.getArraySize(), orphan.url);
                Set<String> keys = keysByPath.get(orphan.path);
                if (keys != null) {
                    keys.remove(orphan.key);
                    if (keys.isEmpty()) {
                        keysByPath.remove(orphan.path);
                        if (!requiredFiles.contains(orphan.path)) {
                            host.unwatch(orphan.path); // (a file require reached stays watched, as it stays cached)
                        }
                    }
                }
                runningText.remove(orphan.key);
                if (orphan.hot != null) {
                    hotBus.removeListeners(orphan.hot);
                    Value data = hotBus.plainObject();
                    batches.setArrayElement(n++, hotBus.batch(orphan.hot.disposeHandlers(), data));
                    batches.setArrayElement(n++, hotBus.batch(orphan.hot.pruneHandlers(), data));
                }
            }
            Value payload = hotBus.plainObject();
            payload.putMember("type", "prune");
            payload.putMember("paths", paths);
            emit("beforePrune", payload);
            Runnable released = () -> {
                if (cleanup) {
                    for (ModuleInstance orphan : orphans) {
                        hotBus.release(orphan, null);
                    }
                }
            };
            await(() -> hotBus.runBatches(batches), () -> {
                released.run();
                done();
            }, failure -> {
                released.run();
                Value error = HotBus.failedBatchError(failure);
                report(new UpdateOutcome.PruneHandlerThrew(describe(error).headline()), error);
                done();
            });
        }

        private void done() {
            mark("prune");
            updateCount++;
            failedSinceLastApplied = false;
            releaseStrandedFiles();
            int loaded = 0;
            for (String key : created.keySet()) {
                if (consumedStaged.contains(key) || !replaced.contains(key)) {
                    loaded++;
                }
            }
            int reevaluated = created.size() - loaded + requiredReevaluated;
            loaded += requiredLoaded;
            report(new UpdateOutcome.Applied(loaded, reevaluated, (System.nanoTime() - startNanos) / 1e6), null);
            if (tracePhases != null) {
                report(new UpdateOutcome.Trace(traceText()), null);
            }
            emit("afterUpdate", this::updatePayload);
            finished();
        }

        /** Stops watching the stranded files that no running module was loaded from. */
        private void releaseStrandedFiles() {
            for (Path path : strandedFiles) {
                Set<String> keys = keysByPath.get(path);
                if (keys != null) {
                    for (String key : List.copyOf(keys)) {
                        if (loader.current(key) == null) {
                            keys.remove(key);
                            runningText.remove(key);
                        }
                    }
                }
                if (keys == null || keys.isEmpty()) {
                    keysByPath.remove(path);
                    if (!requiredFiles.contains(path)) {
                        host.unwatch(path);
                    }
                }
            }
            strandedFiles.clear();
        }

        private Value updatePayload() {
            Value payload = hotBus.plainObject();
            payload.putMember("type", "update");
            Value updates = hotBus.array();
            long timestamp = System.currentTimeMillis();
            int i = 0;
            for (String key : plan.rerun) {
                ModuleInstance module = loader.current(key);
                Value update = hotBus.plainObject();
                update.putMember("type", "js-update");
                update.putMember("path", module == null ? key : module.url);
                update.putMember("acceptedPath", module == null ? key : module.url);
                update.putMember("timestamp", timestamp);
                updates.setArrayElement(i++, update);
            }
            payload.putMember("updates", updates);
            return payload;
        }

        private Value fullReloadPayload() {
            Value payload = hotBus.plainObject();
            payload.putMember("type", "full-reload");
            payload.putMember("reason", fullReloadReason);
            return payload;
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Calls {@code start} and runs {@code next} on the loop when the promise it returns
     * fulfils, {@code failed} with the reason when it rejects. The handlers are attached in
     * the same JS call that makes the promise, so a rejection is never seen as unhandled.
     */
    private void await(java.util.function.Supplier<Value> start, Runnable next, Consumer<Value> failed) {
        await(start, (Value ignored) -> next.run(), failed);
    }

    /** {@link #await(java.util.function.Supplier, Runnable, Consumer)} with the fulfilled value. */
    private void await(java.util.function.Supplier<Value> start, Consumer<Value> next, Consumer<Value> failed) {
        support.trampoline(() -> support.then(start.get(),
                args -> {
                    Value value = args.length > 0 ? args[0] : null;
                    loop.execute(() -> next.accept(value));
                    return null;
                },
                args -> {
                    Value reason = args.length > 0 ? args[0] : null;
                    loop.execute(() -> failed.accept(reason));
                    return null;
                }));
    }

    /** Whether {@code module} recorded {@code thrown} as its evaluation error (the same JS value). */
    private static boolean failedWith(ModuleInstance module, Value thrown) {
        return module.hasEvaluationError && (module.evaluationError == thrown
                || module.evaluationError != null && module.evaluationError.equals(thrown));
    }

    private static UpdateOutcome.SyntaxError syntaxErrorOutcome(String name, ModuleSyntaxError syntaxError) {
        return new UpdateOutcome.SyntaxError(name, syntaxError.line(), syntaxError.column(), syntaxError.reason());
    }

    /**
     * Reports a syntax error (its line, then its code frame) and emits the {@code error}
     * event: {@code message} the line, {@code err} a SyntaxError with the position.
     */
    private void reportSyntaxError(UpdateOutcome.SyntaxError outcome, ModuleSyntaxError syntaxError) {
        String line = outcome.reportLine();
        String frame = syntaxError.codeFrame();
        host.report(line + (frame == null || frame.isEmpty() ? "" : "\n" + frame.stripTrailing()));
        host.outcome(outcome);
        Value payload = hotBus.plainObject();
        payload.putMember("err", support.newError("SyntaxError", outcome.reason() + " (" + outcome.file() + ":"
                + outcome.line() + ":" + outcome.column() + ")"));
        payload.putMember("message", line);
        emit("error", payload);
    }

    /**
     * Calls the dispose handlers of instances that will not become current (an update rolled
     * back; errors ignored), then clears their timers and closes their servers but for the
     * servers in {@code dataOf} their key's data (handed over to the last good version that
     * runs again with that data).
     */
    private void disposeQuietly(Iterable<ModuleInstance> instances, Map<String, Value> dataOf) {
        Value batches = hotBus.array();
        List<ModuleInstance> disposed = new ArrayList<>();
        int n = 0;
        for (ModuleInstance instance : instances) {
            boolean ran = instance.status == ModuleStatus.EVALUATED || instance.status == ModuleStatus.EVALUATING_ASYNC;
            if (!ran) {
                continue;
            }
            disposed.add(instance);
            if (instance.hot != null) {
                instance.hot.markDisposed();
                hotBus.removeListeners(instance.hot);
                if (instance.status == ModuleStatus.EVALUATED) {
                    batches.setArrayElement(n++, hotBus.batch(instance.hot.disposeHandlers(), hotBus.plainObject()));
                }
            }
        }
        Runnable release = () -> {
            if (cleanup) {
                for (ModuleInstance instance : disposed) {
                    hotBus.release(instance, dataOf.get(instance.key));
                }
            }
        };
        if (n > 0) {
            support.trampoline(() -> support.then(hotBus.runBatches(batches), args -> {
                release.run();
                return null;
            }, args -> {
                release.run();
                return null;
            }));
        } else {
            release.run();
        }
    }

    private UpdatePlan.Graph acceptingGraph() {
        return new UpdatePlan.Graph() {
            @Override
            public boolean selfAccepting(String key) {
                HotState hot = hotOf(key);
                if (hot != null && hot.selfAccepting()) {
                    return true;
                }
                ModuleInstance module = loader.current(key);
                return module != null && module.path != null && !ignored(module.path) && boundaries().matches(module.path);
            }

            @Override
            public boolean declined(String key) {
                HotState hot = hotOf(key);
                return hot != null && hot.declined();
            }

            @Override
            public boolean acceptsDependency(String importer, String dependency) {
                HotState hot = hotOf(importer);
                return hot != null && hot.acceptsDependency(dependency);
            }

            @Override
            public Set<String> importers(String key) {
                Set<String> all = new LinkedHashSet<>(loader.importersOf(key));
                all.addAll(loader.dynamicImportersOf(key));
                return all;
            }
        };
    }

    /** The boundaries: the options' globs and the entry's {@code package.json}'s, read once. */
    private Boundaries boundaries() {
        if (boundaries == null) {
            ModuleInstance entry = null;
            for (String key : loader.roots) {
                ModuleInstance root = loader.current(key);
                if (root != null && root.path != null) {
                    entry = root; // the last root is the entry (the others are --import preloads)
                }
            }
            boundaries = entry == null ? new Boundaries(root, boundaryGlobs)
                    : Boundaries.forEntry(entry.path, boundaryGlobs, root);
        }
        return boundaries;
    }

    private HotState hotOf(String key) {
        ModuleInstance module = loader.current(key);
        return module == null ? null : module.hot;
    }

    /**
     * Reports an outcome: its line, with the error's stack (original positions) when there is
     * an error, which also goes to the {@code error} event ({@code {message, err}}).
     */
    private void report(UpdateOutcome outcome, Value error) {
        String line = outcome.reportLine();
        if (error == null) {
            host.report(line);
            host.outcome(outcome);
            return;
        }
        StringBuilder text = new StringBuilder(line);
        UncaughtError described = describe(error);
        if (!described.stack().isEmpty()) {
            text.append('\n').append(described.stack());
        }
        Value payload = hotBus.plainObject();
        payload.putMember("err", error);
        payload.putMember("message", line);
        emit("error", payload);
        host.report(text.toString());
        host.outcome(outcome);
    }

    private UncaughtError describe(Value thrown) {
        UncaughtError described = support.describe(thrown);
        String stack = loader.originalStack().rewrite(described.stack());
        if (stack.contains(COMMONJS_LOADER_FRAME)) {
            // The CommonJS loader's own frames (require, the facade's entry) say nothing about the
            // user's code and move with every edit of the loader: the [hot] line leaves them out.
            stack = String.join("\n", stack.lines().filter(frame -> !frame.contains(COMMONJS_LOADER_FRAME)).toList());
        }
        return new UncaughtError(described.headline(), stack);
    }

    /** Where a frame of the CommonJS loader ({@code commonjs.js}) is. */
    private static final String COMMONJS_LOADER_FRAME = "(node:internal/commonjs:";

    private String names(Set<String> keys) {
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            names.add(name(key));
            if (names.size() == 3 && keys.size() > 3) {
                names.add("and " + (keys.size() - 3) + " more");
                break;
            }
        }
        return String.join(", ", names);
    }

    /** A registry key as report lines name it: the path relative to the root folder. */
    private String name(String key) {
        return name(Path.of(key.substring(key.indexOf(':') + 1)));
    }

    private String name(Path path) {
        Path relative = path.startsWith(root) ? root.relativize(path) : path;
        return relative.toString().replace('\\', '/');
    }
}
