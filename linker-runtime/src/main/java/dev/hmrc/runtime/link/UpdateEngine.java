package dev.hmrc.runtime.link;

import dev.hmrc.runtime.UncaughtError;
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
 * <p>An update, in order: compile the changed files (a syntax error stops here); plan it
 * ({@link UpdatePlan}: from each changed module up its importers to the nearest accepting
 * module); make new instances of the modules that run again and link them, and work out
 * the new holders of the modules that import them (a link error stops here: nothing was
 * disposed, nothing ran); run the old instances' dispose handlers, dependencies first
 * (awaited; a throw stops the update); evaluate the new instances (a throw rolls back: the
 * old instances stay current); make them current and re-link every holder that pointed at
 * a replaced module; call the accept handlers with the new namespaces, then the self-accept
 * handlers (a throw counts as not accepted and propagates from that module); prune modules
 * nobody imports any more. Each outcome is one {@code [hot]} line.
 *
 * <p>Mutable state: the staged code, the pending changes and the update in progress,
 * all touched only on the loop thread.
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
    }

    /** A module version compiled from changed text, not yet running. */
    private record Staged(ModuleLoader.Compiled compiled, int textHash) {
    }

    private final ModuleLoader loader;
    private final ModuleLinker linker;
    private final RuntimeSupport support;
    private final Executor loop;
    private final Host host;
    private final Pattern ignore;
    private final boolean fullReloadWhenUnaccepted;
    private final Path root;
    private final Value bus;

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
    /** Compiled new versions waiting for an update that accepts them. */
    private final Map<String, Staged> staged = new LinkedHashMap<>();
    /** Staged keys already reported as not accepted or declined (reported once per staged version). */
    private final Set<String> reportedUnaccepted = new HashSet<>();
    /** Modules whose change must propagate past their own accept(): invalidate(), throwing accept handlers. */
    private final Set<String> invalidated = new LinkedHashSet<>();
    private final Set<Path> pendingChanged = new LinkedHashSet<>();
    private final Set<Path> pendingDeleted = new LinkedHashSet<>();
    private boolean updating;
    private boolean fullReloadRequested;
    private int updateCount;

    /**
     * @param loader                   the loader whose modules are updated (the engine installs itself as its hot host)
     * @param loop                     the event loop (continuations of an update are posted to it)
     * @param host                     reporting and watching
     * @param ignore                   paths that get no {@code import.meta.hot} and are not watched
     * @param fullReloadWhenUnaccepted run the whole graph again when a change is not accepted
     * @param root                     the folder report lines name files relative to
     */
    public UpdateEngine(ModuleLoader loader, Executor loop, Host host, Pattern ignore,
                        boolean fullReloadWhenUnaccepted, Path root) {
        this.loader = loader;
        this.linker = loader.linker();
        this.support = loader.support();
        this.loop = loop;
        this.host = host;
        this.ignore = ignore;
        this.fullReloadWhenUnaccepted = fullReloadWhenUnaccepted;
        this.root = root;
        this.bus = support.function("hotBus").execute();
        loader.hotHost = this;
    }

    /** How many updates were applied so far. */
    public int updateCount() {
        return updateCount;
    }

    /** Emits a {@code hmr:}/{@code vite:}/{@code bun:} event to the program's listeners ({@code message}, ...). */
    public void emit(String event, Value payload) {
        emitThen(event, payload, () -> { });
    }

    /**
     * Emits an event and runs {@code next} once its listeners (and the promises they
     * returned) are done; a listener that throws is reported, and {@code next} still runs.
     */
    private void emitThen(String event, Value payload, Runnable next) {
        await(() -> support.function("hotEmit").execute(bus, event, payload), (Value outcome) -> {
            if (outcome != null && outcome.hasArrayElements()) {
                reportError("[hot] A " + outcome.getArrayElement(0).asString() + " listener threw "
                        + describe(outcome.getArrayElement(1)).headline(), null);
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
    public Value hotContext(ModuleInstance module, Value hotData) {
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
        Value data = hotData != null ? hotData : support.function("plainObject").execute();
        return support.function("hotContext").execute(bus, data, resolveDependency, invalidate);
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

    /** {@code import.meta.hot.invalidate(message)} of {@code module} (loop thread). */
    private void invalidate(ModuleInstance module, String message) {
        if (loader.current(module.key) == null) {
            return; // pruned meanwhile
        }
        Value payload = support.function("plainObject").execute();
        payload.putMember("path", module.url);
        payload.putMember("message", message);
        emit("invalidate", payload);
        host.report("[hot] " + name(module.key) + " invalidated itself" + (message == null ? "" : ": " + message));
        invalidated.add(module.key);
        startWhenIdle();
    }

    private void startWhenIdle() {
        if (!updating && (!pendingChanged.isEmpty() || !pendingDeleted.isEmpty() || !invalidated.isEmpty()
                || fullReloadRequested)) {
            updating = true;
            try {
                new Update().start();
            } catch (RuntimeException broken) {
                updating = false;
                host.report("[hot] Update failed: " + broken);
            }
        }
    }

    private void finished() {
        updating = false;
        loop.execute(this::startWhenIdle);
    }

    // ---------------------------------------------------------------- one update

    /** With {@code -Dhmrc.hot.trace=true}: each applied update also prints where its time went. */
    private static final boolean TRACE = Boolean.getBoolean("hmrc.hot.trace");

    /** The state of the update in progress. */
    private final class Update {
        private final long startNanos = System.nanoTime();
        private final StringBuilder trace = TRACE ? new StringBuilder() : null;
        private long lastMark = startNanos;

        /** Notes the time since the previous mark under {@code phase} (only when tracing). */
        private void mark(String phase) {
            if (trace != null) {
                long now = System.nanoTime();
                trace.append(trace.isEmpty() ? "" : ", ").append(phase).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", (now - lastMark) / 1e6));
                lastMark = now;
            }
        }
        private final UpdatePlan plan = new UpdatePlan();
        private final Map<String, ModuleInstance> replaced = new LinkedHashMap<>();
        private final Map<String, ModuleInstance> created = new LinkedHashMap<>();
        private final Map<String, Value> dataOf = new HashMap<>();
        /** Modules outside {@link #created} whose holders change: key → [old requested, new requested]. */
        private final Map<String, ModuleInstance[][]> relinked = new LinkedHashMap<>();
        /** Re-exporters' namespaces replaced at link time (their names change), to restore on abort. */
        private final Map<String, Value> oldNamespaces = new LinkedHashMap<>();
        private final Map<String, Value> newHolders = new LinkedHashMap<>();
        /** Modules that stay but re-export from a replaced one: their namespaces are refreshed at commit. */
        private final Set<String> reexporters = new LinkedHashSet<>();
        private final Set<String> consumedStaged = new LinkedHashSet<>();
        private boolean fullReload;
        private String fullReloadReason;

        void start() {
            compileChanges();
            mark("compile");
            if (fullReloadRequested) {
                fullReloadRequested = false;
                planFullReload("requested");
            } else {
                planChanges();
            }
            mark("plan");
            if (plan.rerun.isEmpty()) {
                finished();
                return;
            }
            emitThen("beforeUpdate", updatePayload(), this::build);
        }

        /** After the beforeUpdate listeners: the new instances. */
        private void build() {
            mark("beforeUpdate");
            loader.overlay = new LinkedHashMap<>();
            newFileSyntaxError = null;
            try {
                instantiate();
            } catch (JsThrow failed) {
                ModuleSyntaxError syntaxError = newFileSyntaxError;
                if (syntaxError != null) {
                    // A file this update imports for the first time does not parse: reported like a
                    // changed file's syntax error; nothing ran.
                    reportSyntaxError(name(Path.of(syntaxError.sourceName())), syntaxError);
                    abort(null, null);
                } else {
                    abort("[hot] Update of " + names(plan.rerun) + " failed: " + describe(failed.thrown()).headline(),
                            failed.thrown());
                }
                return;
            }
            mark("instantiate");
            loader.afterSettled(ModuleLoader.pendingSteps(created.values()), this::linkFailedAsync, () ->
                    loop.execute(this::link));
        }

        /** Reads and compiles every changed file; a syntax error is reported and leaves nothing staged. */
        private void compileChanges() {
            for (Path path : List.copyOf(pendingDeleted)) {
                for (String key : keysByPath.getOrDefault(path, Set.of())) {
                    staged.remove(key);
                    host.report("[hot] Cannot update " + name(key) + ": the file was deleted; the previous version"
                            + " keeps running until it is back");
                }
            }
            pendingDeleted.clear();
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
                    host.report("[hot] Cannot read " + name(path) + ": " + unreadable.getMessage());
                    continue;
                }
                for (String key : keys) {
                    ModuleInstance current = loader.current(key);
                    if (current == null) {
                        continue;
                    }
                    int hash = text.hashCode();
                    Integer running = runningText.get(key);
                    if (running != null && running == hash) {
                        staged.remove(key); // back to what runs: nothing to do
                        continue;
                    }
                    try {
                        staged.put(key, new Staged(loader.compile(path, path.toString(), current.type, text), hash));
                        reportedUnaccepted.remove(key);
                    } catch (ModuleSyntaxError syntaxError) {
                        staged.remove(key);
                        reportSyntaxError(name(key), syntaxError);
                    } catch (JsThrow syntaxError) {
                        staged.remove(key);
                        reportError("[hot] SyntaxError in " + name(key) + ": "
                                + describe(syntaxError.thrown()).headline().replaceFirst("^SyntaxError: ", "")
                                + " (the previous version keeps running)", syntaxError.thrown());
                    }
                }
            }
        }

        private void planChanges() {
            UpdatePlan.Graph graph = graph();
            Set<String> skipSelf = new LinkedHashSet<>(invalidated);
            invalidated.clear();
            Set<String> changes = new LinkedHashSet<>(staged.keySet());
            changes.addAll(skipSelf);
            for (String key : changes) {
                if (loader.current(key) == null) {
                    staged.remove(key);
                    continue;
                }
                UpdatePlan.Refusal refusal = plan.propagate(graph, key, skipSelf.contains(key));
                if (refusal == null) {
                    continue;
                }
                if (refusal.declined()) {
                    if (!reportedUnaccepted.add(key)) {
                        continue; // reported when it was saved; it stays staged
                    }
                    host.report("[hot] " + name(refusal.key()) + " declined "
                            + (refusal.key().equals(key) ? "its update" : "the update of " + name(key))
                            + " (import.meta.hot.decline()); restart to apply it");
                } else if (skipSelf.contains(key) || fullReloadWhenUnaccepted) {
                    planFullReload(skipSelf.contains(key) ? name(key) + " invalidated itself"
                            : name(key) + " is not accepted");
                    return;
                } else if (reportedUnaccepted.add(key)) {
                    host.report("[hot] Update of " + name(key) + " is not accepted: it reaches " + name(refusal.key())
                            + " with no import.meta.hot.accept() on the way; nothing ran, the change waits for the"
                            + " next update that accepts it");
                }
            }
        }

        private void planFullReload(String reason) {
            fullReload = true;
            fullReloadReason = reason;
            plan.rerun.clear();
            plan.acceptedBy.clear();
            plan.selfAccepted.clear();
            // Every module the roots reach statically, dependencies first.
            Set<String> seen = new LinkedHashSet<>();
            for (String key : loader.roots) {
                ModuleInstance module = loader.current(key);
                if (module != null) {
                    collectStatic(module, seen);
                }
            }
            plan.rerun.addAll(seen);
            host.report("[hot] Full reload: " + reason + "; running the program again");
            emit("beforeFullReload", fullReloadPayload());
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
                replaced.put(key, old);
                Staged code = staged.get(key);
                ModuleRecord record = code != null ? code.compiled().record() : old.record;
                Value execute = code != null ? code.compiled().execute() : old.execute;
                if (code != null) {
                    consumedStaged.add(key);
                }
                Value data = support.function("plainObject").execute();
                dataOf.put(key, data);
                ModuleInstance fresh = loader.newInstance(old.path, old.url, old.type, record, execute, data);
                created.put(key, fresh);
                loader.overlay.put(key, fresh);
            }
            Set<ModuleInstance> visited = new LinkedHashSet<>();
            for (ModuleInstance fresh : List.copyOf(created.values())) {
                loader.loadRequested(fresh, visited, true);
            }
            // Files loaded for the first time by this update are new instances too.
            for (Map.Entry<String, ModuleInstance> e : loader.overlay.entrySet()) {
                created.putIfAbsent(e.getKey(), e.getValue());
            }
        }

        private void linkFailedAsync(Value thrown) {
            loop.execute(() -> abort("[hot] Update of " + names(plan.rerun) + " failed: " + describe(thrown).headline(),
                    thrown));
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
                        oldNamespaces.put(key, module.namespace);
                        module.namespace = null;
                    }
                }
                for (ModuleInstance fresh : created.values()) {
                    if (fresh.status == ModuleStatus.UNLINKED) {
                        linker.link(fresh);
                    }
                }
                for (Map.Entry<String, ModuleInstance[][]> e : relinked.entrySet()) {
                    newHolders.put(e.getKey(), linker.holderOf(loader.current(e.getKey())));
                }
            } catch (JsThrow linkError) {
                ModuleInstance failed = linker.lastLinkFailure();
                abort("[hot] Link error in " + (failed != null ? name(failed.key) : names(plan.rerun)) + ": "
                        + describe(linkError.thrown()).headline() + "; nothing ran, the previous version keeps running",
                        linkError.thrown());
                return;
            }
            mark("link");
            loader.afterSettled(ModuleLoader.pendingSteps(created.values()), this::linkFailedAsync, () ->
                    loop.execute(this::dispose));
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
                module.requested = after;
                relinked.put(key, new ModuleInstance[][] {before, after});
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

        /** Runs the old instances' dispose handlers, dependencies first, then evaluates. */
        private void dispose() {
            mark("hop");
            List<ModuleInstance> order = dependenciesFirst(replaced.values(), replaced.keySet());
            Value batches = support.emptyArray();
            List<ModuleInstance> owners = new ArrayList<>();
            for (ModuleInstance old : order) {
                if (old.hot != null) {
                    Value state = old.hot.getMember("state");
                    state.putMember("disposed", true);
                    support.function("hotBusRemoveOwner").execute(bus, state);
                    batches.setArrayElement(owners.size(),
                            support.function("hotBatch").execute(state.getMember("dispose"), dataOf.get(old.key)));
                    owners.add(old);
                }
            }
            await(() -> support.function("hotRunBatches").execute(batches), this::evaluate, failure -> {
                ModuleInstance owner = owners.get(failure.getMember("at").asInt());
                Value error = failure.getMember("error");
                abort("[hot] Dispose handler of " + name(owner.key) + " threw " + describe(error).headline()
                        + "; the update stopped", error);
            });
        }

        /** Evaluates the new instances from the top ones down, one top at a time. */
        private void evaluate() {
            mark("dispose");
            List<ModuleInstance> tops = new ArrayList<>();
            Set<ModuleInstance> imported = new HashSet<>();
            for (ModuleInstance fresh : created.values()) {
                for (ModuleInstance dependency : fresh.requested) {
                    imported.add(dependency);
                }
            }
            if (fullReload) {
                for (String key : loader.roots) {
                    if (created.containsKey(key)) {
                        tops.add(created.get(key));
                    }
                }
            }
            for (ModuleInstance fresh : created.values()) {
                if (!imported.contains(fresh) && !tops.contains(fresh)) {
                    tops.add(fresh);
                }
            }
            // A cycle of new instances with no top: entered where the program enters it, at a
            // member imported from outside the new instances (as a fresh run does from that
            // importer), so the members evaluate in the order they did at start.
            for (ModuleInstance fresh : created.values()) {
                Set<String> importers = new LinkedHashSet<>(loader.importersOf(fresh.key));
                importers.addAll(loader.dynamicImportersOf(fresh.key));
                for (String importer : importers) {
                    if (!created.containsKey(importer)) {
                        tops.add(fresh);
                        break;
                    }
                }
            }
            tops.addAll(created.values());
            linker.forgetBodyThrower();
            evaluateNext(tops, 0);
        }

        private void evaluateNext(List<ModuleInstance> tops, int index) {
            while (index < tops.size() && tops.get(index).status != ModuleStatus.LINKED) {
                index++;
            }
            if (index >= tops.size()) {
                commit();
                return;
            }
            ModuleInstance top = tops.get(index);
            int next = index + 1;
            await(() -> linker.evaluate(top), () -> evaluateNext(tops, next), thrown -> {
                // Every module on the evaluation stack records the error; the one that threw it is
                // the one none of whose dependencies records it.
                ModuleInstance failed = top;
                ModuleInstance thrower = linker.lastBodyThrower();
                if (thrower != null && created.get(thrower.key) == thrower) {
                    failed = thrower; // a body that threw synchronously (in a cycle, all record it)
                } else {
                    for (ModuleInstance fresh : created.values()) {
                        if (failedWith(fresh, thrown) && !Arrays.stream(fresh.requested).anyMatch(d -> failedWith(d, thrown))) {
                            failed = fresh;
                            break;
                        }
                    }
                }
                disposeQuietly(created.values());
                abort("[hot] Error evaluating " + name(failed.key) + ": " + describe(thrown).headline()
                        + "; rolled back, the previous version keeps running", thrown);
            });
        }

        /** Makes the new instances current, re-links holders, then runs the accept handlers. */
        private void commit() {
            mark("evaluate");
            for (Map.Entry<String, ModuleInstance> e : created.entrySet()) {
                String key = e.getKey();
                ModuleInstance fresh = e.getValue();
                ModuleInstance old = replaced.get(key);
                if (old != null && old.requested != null) {
                    for (ModuleInstance dependency : old.requested) {
                        loader.importersOf(dependency.key).remove(key);
                    }
                }
                loader.replace(fresh);
                for (ModuleInstance dependency : fresh.requested) {
                    loader.importersOf(dependency.key).add(key);
                }
                Staged code = staged.get(key);
                if (code != null && consumedStaged.contains(key)) {
                    runningText.put(key, code.textHash());
                    staged.remove(key);
                    reportedUnaccepted.remove(key);
                }
            }
            // Modules that the new instances' bodies loaded with import() while they ran.
            for (ModuleInstance late : loader.overlay.values()) {
                if (!created.containsKey(late.key)) {
                    loader.replace(late);
                    if (late.requested != null) {
                        for (ModuleInstance dependency : late.requested) {
                            loader.importersOf(dependency.key).add(late.key);
                        }
                    }
                }
            }
            loader.overlay = null;
            // Re-exporters' namespaces first, so that the holders made below see them.
            boolean namespaceReplaced = false;
            for (String key : reexporters) {
                namespaceReplaced |= !linker.refreshNamespace(loader.current(key));
            }
            // The holders were checked at link time; made again now, they see refreshed namespaces.
            for (String key : newHolders.keySet()) {
                ModuleInstance module = loader.current(key);
                module.relink.execute(linker.holderOf(module));
            }
            if (namespaceReplaced) {
                // A re-exporter's names changed after link time (link() gave the new instances a
                // new namespace already when they changed by then): the new instances were linked
                // to the old one, directly or through a re-export; link them again.
                for (ModuleInstance fresh : created.values()) {
                    if (!newHolders.containsKey(fresh.key) && fresh.relink != null && fresh.requested != null) {
                        fresh.relink.execute(linker.holderOf(fresh));
                    }
                }
            }
            runAcceptHandlers();
        }

        private void runAcceptHandlers() {
            Value batches = support.emptyArray();
            List<String> owners = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : plan.acceptedBy.entrySet()) {
                String importer = e.getKey();
                ModuleInstance module = loader.current(importer);
                if (created.containsKey(importer) || module == null || module.hot == null) {
                    continue; // it ran again itself
                }
                Value depAccepts = module.hot.getMember("state").getMember("depAccepts");
                for (long i = 0; i < depAccepts.getArraySize(); i++) {
                    Value entry = depAccepts.getArrayElement(i);
                    Value keys = entry.getMember("keys");
                    boolean touched = false;
                    Value namespaces = support.emptyArray();
                    for (long k = 0; k < keys.getArraySize(); k++) {
                        String key = keys.getArrayElement(k).asString();
                        ModuleInstance fresh = created.get(key);
                        if (fresh != null && e.getValue().contains(key)) {
                            touched = true;
                            namespaces.setArrayElement(k, linker.getModuleNamespace(fresh));
                        } else {
                            namespaces.setArrayElement(k, support.function("hotUndefined").execute());
                        }
                    }
                    if (touched) {
                        Value argument = entry.getMember("single").asBoolean() ? namespaces.getArrayElement(0) : namespaces;
                        batches.setArrayElement(owners.size(),
                                support.function("hotOne").execute(entry.getMember("callback"), argument));
                        owners.add(importer);
                    }
                }
            }
            for (String key : plan.selfAccepted) {
                ModuleInstance old = replaced.get(key);
                if (old != null && old.hot != null) {
                    batches.setArrayElement(owners.size(), support.function("hotBatch").execute(
                            old.hot.getMember("state").getMember("selfCallbacks"),
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
            Value rest = support.emptyArray();
            for (int i = from; i < owners.size(); i++) {
                rest.setArrayElement(i - from, batches.getArrayElement(i));
            }
            await(() -> support.function("hotRunBatches").execute(rest), this::prune, failure -> {
                int at = from + failure.getMember("at").asInt();
                String owner = owners.get(at);
                Value error = failure.getMember("error");
                reportError("[hot] Accept handler of " + name(owner) + " threw " + describe(error).headline()
                        + "; the update propagates to its importers", error);
                invalidated.add(owner);
                runBatchesFrom(batches, owners, at + 1);
            });
        }

        /** Disposes and drops modules nobody imports any more, then reports the update. */
        private void prune() {
            mark("commit+accept");
            List<ModuleInstance> orphans = new ArrayList<>();
            Deque<ModuleInstance> candidates = new ArrayDeque<>();
            for (ModuleInstance old : replaced.values()) {
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
                loader.remove(current);
                if (current.requested != null) {
                    candidates.addAll(List.of(current.requested));
                }
            }
            if (orphans.isEmpty()) {
                done();
                return;
            }
            Value paths = support.emptyArray();
            Value batches = support.emptyArray();
            int n = 0;
            for (ModuleInstance orphan : orphans) {
                paths.setArrayElement(paths.getArraySize(), orphan.url);
                Set<String> keys = keysByPath.get(orphan.path);
                if (keys != null) {
                    keys.remove(orphan.key);
                    if (keys.isEmpty()) {
                        keysByPath.remove(orphan.path);
                        host.unwatch(orphan.path);
                    }
                }
                runningText.remove(orphan.key);
                staged.remove(orphan.key);
                if (orphan.hot != null) {
                    Value state = orphan.hot.getMember("state");
                    support.function("hotBusRemoveOwner").execute(bus, state);
                    Value data = support.function("plainObject").execute();
                    batches.setArrayElement(n++, support.function("hotBatch").execute(state.getMember("dispose"), data));
                    batches.setArrayElement(n++, support.function("hotBatch").execute(state.getMember("prune"), data));
                }
            }
            Value payload = support.function("plainObject").execute();
            payload.putMember("type", "prune");
            payload.putMember("paths", paths);
            emit("beforePrune", payload);
            await(() -> support.function("hotRunBatches").execute(batches), this::done, failure -> {
                Value error = failure.getMember("error");
                reportError("[hot] A dispose or prune handler of a removed module threw "
                        + describe(error).headline(), error);
                done();
            });
        }

        private void done() {
            mark("prune");
            updateCount++;
            releaseStrandedFiles();
            int loaded = 0;
            for (String key : created.keySet()) {
                if (consumedStaged.contains(key) || !replaced.containsKey(key)) {
                    loaded++;
                }
            }
            int reevaluated = created.size() - loaded;
            double millis = (System.nanoTime() - startNanos) / 1e6;
            host.report(String.format(Locale.ROOT, "[hot] Loaded %d new module%s, reevaluated %d existing module%s in %.1f ms.",
                    loaded, loaded == 1 ? "" : "s", reevaluated, reevaluated == 1 ? "" : "s", millis));
            if (trace != null) {
                host.report("[hot] trace (ms): " + trace);
            }
            emit("afterUpdate", updatePayload());
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
                    host.unwatch(path);
                }
            }
            strandedFiles.clear();
        }

        /** Undoes the relinks prepared so far and drops the new instances; reports {@code line} unless null. */
        private void abort(String line, Value error) {
            if (loader.overlay != null) {
                for (Map.Entry<String, ModuleInstance> e : loader.overlay.entrySet()) {
                    if (!replaced.containsKey(e.getKey())) {
                        strandedFiles.add(e.getValue().path); // loaded for this update only
                    }
                }
            }
            for (Map.Entry<String, ModuleInstance[][]> e : relinked.entrySet()) {
                ModuleInstance module = loader.current(e.getKey());
                if (module != null) {
                    module.requested = e.getValue()[0];
                }
            }
            for (Map.Entry<String, Value> e : oldNamespaces.entrySet()) {
                ModuleInstance module = loader.current(e.getKey());
                if (module != null) {
                    module.namespace = e.getValue();
                }
            }
            loader.overlay = null;
            if (line != null) {
                reportError(line, error);
            }
            finished();
        }

        private Value updatePayload() {
            Value payload = support.function("plainObject").execute();
            payload.putMember("type", "update");
            Value updates = support.emptyArray();
            long timestamp = System.currentTimeMillis();
            int i = 0;
            for (String key : plan.rerun) {
                ModuleInstance module = loader.current(key);
                Value update = support.function("plainObject").execute();
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
            Value payload = support.function("plainObject").execute();
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

    /**
     * Reports a syntax error in the file {@code name} (one line, then its code frame) and emits
     * the {@code error} event: {@code message} the line, {@code err} a SyntaxError with the position.
     */
    private void reportSyntaxError(String name, ModuleSyntaxError syntaxError) {
        String position = name + ":" + syntaxError.line() + ":" + syntaxError.column();
        String line = "[hot] SyntaxError in " + position + ": " + syntaxError.reason()
                + " (the previous version keeps running)";
        String frame = syntaxError.codeFrame();
        host.report(line + (frame == null || frame.isEmpty() ? "" : "\n" + frame.stripTrailing()));
        Value payload = support.function("plainObject").execute();
        payload.putMember("err", support.newError("SyntaxError", syntaxError.reason() + " (" + position + ")"));
        payload.putMember("message", line);
        emit("error", payload);
    }

    /** Calls the dispose handlers of instances that will not become current (an update rolled back); errors ignored. */
    private void disposeQuietly(Iterable<ModuleInstance> instances) {
        Value batches = support.emptyArray();
        int n = 0;
        for (ModuleInstance instance : instances) {
            if (instance.hot != null && instance.status == ModuleStatus.EVALUATED) {
                Value state = instance.hot.getMember("state");
                support.function("hotBusRemoveOwner").execute(bus, state);
                batches.setArrayElement(n++, support.function("hotBatch").execute(state.getMember("dispose"),
                        support.function("plainObject").execute()));
            }
        }
        if (n > 0) {
            support.trampoline(() -> support.then(support.function("hotRunBatches").execute(batches),
                    args -> null, args -> null));
        }
    }

    /** The instances in {@code order}, each after the ones among {@code keys} it imports. */
    private static List<ModuleInstance> dependenciesFirst(Iterable<ModuleInstance> modules, Set<String> keys) {
        List<ModuleInstance> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ModuleInstance module : modules) {
            visitDependenciesFirst(module, keys, seen, order);
        }
        return order;
    }

    private static void visitDependenciesFirst(ModuleInstance module, Set<String> keys, Set<String> seen,
                                               List<ModuleInstance> order) {
        if (!keys.contains(module.key) || !seen.add(module.key)) {
            return;
        }
        if (module.requested != null) {
            for (ModuleInstance dependency : module.requested) {
                visitDependenciesFirst(dependency, keys, seen, order);
            }
        }
        order.add(module);
    }

    private UpdatePlan.Graph graph() {
        return new UpdatePlan.Graph() {
            @Override
            public boolean selfAccepting(String key) {
                Value state = stateOf(key);
                return state != null && state.getMember("selfAccepting").asBoolean();
            }

            @Override
            public boolean declined(String key) {
                Value state = stateOf(key);
                return state != null && state.getMember("declined").asBoolean();
            }

            @Override
            public boolean acceptsDependency(String importer, String dependency) {
                Value state = stateOf(importer);
                if (state == null) {
                    return false;
                }
                Value depAccepts = state.getMember("depAccepts");
                for (long i = 0; i < depAccepts.getArraySize(); i++) {
                    Value keys = depAccepts.getArrayElement(i).getMember("keys");
                    for (long k = 0; k < keys.getArraySize(); k++) {
                        if (keys.getArrayElement(k).asString().equals(dependency)) {
                            return true;
                        }
                    }
                }
                return false;
            }

            @Override
            public Set<String> importers(String key) {
                Set<String> all = new LinkedHashSet<>(loader.importersOf(key));
                all.addAll(loader.dynamicImportersOf(key));
                return all;
            }
        };
    }

    private Value stateOf(String key) {
        ModuleInstance module = loader.current(key);
        return module == null || module.hot == null ? null : module.hot.getMember("state");
    }

    /** Reports a failure line with the error's stack (original positions) and emits the {@code error} event. */
    private void reportError(String line, Value error) {
        StringBuilder text = new StringBuilder(line);
        if (error != null) {
            UncaughtError described = describe(error);
            if (!described.stack().isEmpty()) {
                text.append('\n').append(described.stack());
            }
            emitError(line, error);
        }
        host.report(text.toString());
    }

    /** Emits the {@code error} event: {@code {message, err}} ({@code message} the [hot] line, {@code err} the thrown value). */
    private void emitError(String message, Value error) {
        Value payload = support.function("plainObject").execute();
        payload.putMember("err", error);
        payload.putMember("message", message);
        emit("error", payload);
    }

    private UncaughtError describe(Value thrown) {
        UncaughtError described = support.describe(thrown);
        return new UncaughtError(described.headline(), loader.originalStack().rewrite(described.stack()));
    }

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
