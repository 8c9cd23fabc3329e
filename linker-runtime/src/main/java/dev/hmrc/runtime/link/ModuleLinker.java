package dev.hmrc.runtime.link;

import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleRecord.ImportBinding;
import dev.hmrc.transformer.ModuleRecord.IndirectExport;
import dev.hmrc.transformer.ModuleRecord.LocalExport;
import dev.hmrc.transformer.ModuleRecord.NamespaceMember;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The module semantics of ECMA-262 16.2.1.5 (Cyclic Module Records) and 16.2.1.6
 * (Source Text Module Records) over {@link ModuleInstance}s: Link, Evaluate with async
 * modules, ResolveExport, GetExportedNames, GetModuleNamespace. Methods carry the spec's
 * names; comments give its step numbers. Runs on the event-loop thread only.
 */
public final class ModuleLinker {
    private final RuntimeSupport support;
    /** The agent's [[ModuleAsyncEvaluationCount]] (IncrementModuleAsyncEvaluationCount). */
    private long moduleAsyncEvaluationCount;
    /** The module whose InitializeEnvironment threw last. */
    private ModuleInstance lastLinkFailure;
    /** The {@code next(holder)} calls of the running Link, as {@code linkModules} reads them (see {@link #relinkPending(List, int)}). */
    private List<Object> pendingRelinks;
    private int pendingRelinkCount;
    /** While Evaluate runs the algorithm: the bodies it collects (see {@link #innerModuleEvaluationTogether}); null otherwise. */
    private BodyRun bodyRun;

    /**
     * A linker whose namespaces and promises live in {@code support}'s context.
     *
     * @param support the JS half of the runtime in the module's context
     */
    public ModuleLinker(RuntimeSupport support) {
        this.support = support;
    }

    // ---------------------------------------------------------------- Link (16.2.1.5.1)

    /**
     * Link(): links {@code module} and its unlinked dependencies, or throws a {@code SyntaxError}.
     * An async module's relink ({@code gen.next(holder)} of an async generator) settles in a
     * later job: it is left in {@link ModuleInstance#pendingStep}, which evaluation waits for.
     *
     * @param module the module whose graph is linked
     */
    public void link(ModuleInstance module) {
        // 1. Assert: module.[[Status]] is not linking or evaluating.
        assertState(module.status != ModuleStatus.LINKING && module.status != ModuleStatus.EVALUATING, module);
        // 2. Let stack be a new empty List.
        Deque<ModuleInstance> stack = new ArrayDeque<>();
        List<Object> outerRelinks = pendingRelinks;
        int outerRelinkCount = pendingRelinkCount;
        pendingRelinks = new ArrayList<>();
        pendingRelinkCount = 0;
        try {
            // 3. Let result be Completion(InnerModuleLinking(module, stack, 0)).
            try {
                innerModuleLinking(module, stack, 0);
            } finally {
                relinkPending(outerRelinks, outerRelinkCount);
            }
        } catch (JsThrow abrupt) {
            // 4. If result is an abrupt completion: every module on the stack goes back to unlinked.
            for (ModuleInstance m : stack) {
                assertState(m.status == ModuleStatus.LINKING, m);
                m.status = ModuleStatus.UNLINKED;
            }
            assertState(module.status == ModuleStatus.UNLINKED, module);
            throw abrupt;
        }
        // 5. Assert: module.[[Status]] is linked, evaluating-async, or evaluated.
        assertState(module.status == ModuleStatus.LINKED || module.status == ModuleStatus.EVALUATING_ASYNC
                || module.status == ModuleStatus.EVALUATED, module);
    }

    /** InnerModuleLinking(module, stack, index) (16.2.1.5.1.1). */
    private int innerModuleLinking(ModuleInstance module, Deque<ModuleInstance> stack, int index) {
        // 2. Already linking, linked, evaluating-async or evaluated: nothing to do.
        if (module.status != ModuleStatus.UNLINKED) {
            return index;
        }
        // 4-8. Mark as linking, number it and push it.
        module.status = ModuleStatus.LINKING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        index++;
        stack.push(module);
        // 9. For each required module: link it first; a dependency still linking is part of our cycle.
        for (ModuleInstance required : module.requested) {
            index = innerModuleLinking(required, stack, index);
            if (required.status == ModuleStatus.LINKING) {
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
            }
        }
        // 10. Perform ? module.InitializeEnvironment().
        initializeEnvironment(module);
        // 12. Assert: dfsAncestorIndex <= dfsIndex.
        assertState(module.dfsAncestorIndex <= module.dfsIndex, module);
        // 13. The root of a strongly connected component marks the component linked.
        if (module.dfsAncestorIndex == module.dfsIndex) {
            ModuleInstance done;
            do {
                done = stack.pop();
                done.status = ModuleStatus.LINKED;
            } while (done != module);
        }
        return index;
    }

    /**
     * InitializeEnvironment() (16.2.1.6.4): checks the indirect exports, then hands the
     * module its holder (one accessor per import binding, then one per namespace member read)
     * through {@code gen.next(holder)}.
     * The module's function declarations were instantiated when it was loaded. The
     * {@code next(holder)} calls of one Link run together when it ends (see
     * {@link #relinkPending}): they run no module code, so nothing can tell.
     */
    private void initializeEnvironment(ModuleInstance module) {
        ModuleRecord record = module.record;
        // 1. Every indirect export must resolve.
        for (IndirectExport e : record.indirectExports()) {
            ExportResolution resolution = resolveExport(module, e.exportName());
            if (!(resolution instanceof ExportResolution.Binding)) {
                lastLinkFailure = module;
                throw linkError(record.requests().get(e.request()).specifier(), e.importName());
            }
        }
        // 5. One binding per import entry.
        List<Object> items = pendingRelinks;
        int start = items.size();
        items.add(module.generator);
        items.add(module.hasTLA ? (ProxyExecutable) args -> {
            // An async module's relink settles in a later job; whoever evaluates waits for it.
            module.pendingStep = args.length > 0 ? args[0] : null;
            return null;
        } : null);
        try {
            holderSlots(module, items, true);
        } catch (JsThrow linkFailure) {
            items.subList(start, items.size()).clear();
            throw linkFailure;
        }
        pendingRelinkCount++;
    }

    /** Runs the {@code next(holder)} calls collected by this Link, then restores the outer Link's list. */
    private void relinkPending(List<Object> outer, int outerCount) {
        List<Object> items = pendingRelinks;
        int n = pendingRelinkCount;
        pendingRelinks = outer;
        pendingRelinkCount = outerCount;
        if (n > 0) {
            support.linkModules(items, n);
        }
    }

    /**
     * The import holder of {@code module} (InitializeEnvironment step 5) against the
     * modules its {@code requested} array names now: one accessor per import binding, then
     * one per namespace member read.
     * Throws the link {@code SyntaxError} when a name does not resolve. A hot update calls
     * it again to re-link a module whose dependencies were replaced.
     */
    Value holderOf(ModuleInstance module) {
        List<Object> items = new ArrayList<>();
        items.add(null);
        items.add(null);
        holderSlots(module, items, false);
        return support.holder(items);
    }

    /**
     * Appends the holder's slots as {@code linkModules} in runtime-support.js reads them: the
     * count, then kind and two values per slot. {@code lazyNamespaces}: a namespace slot makes
     * the namespace when it is first read (GetModuleNamespace has no effect module code can
     * see before, and most namespace imports are read only through their member slots).
     */
    private void holderSlots(ModuleInstance module, List<Object> items, boolean lazyNamespaces) {
        ModuleRecord record = module.record;
        List<ImportBinding> imports = record.imports();
        List<NamespaceMember> members = record.namespaceMembers();
        items.add(imports.size() + members.size());
        for (ImportBinding in : imports) {
            ModuleInstance imported = module.requested[in.request()];
            if (in.importName().equals(ModuleRecord.NAMESPACE)) {
                // 5.b. import * as ns: the binding is the namespace.
                namespaceSlot(imported, items, lazyNamespaces);
            } else if (in.importName().equals(ModuleRecord.DEFERRED_NAMESPACE)) {
                // 5.b. (import defer) import defer * as ns: GetModuleNamespace(imported, defer).
                bodiesRunInPlace = true;
                items.add(3);
                items.add((ProxyExecutable) args -> getDeferredNamespace(imported));
                items.add(null);
            } else {
                // 5.c. Resolve the name through the imported module.
                ExportResolution resolution = resolveExport(imported, in.importName());
                if (!(resolution instanceof ExportResolution.Binding binding)) {
                    lastLinkFailure = module;
                    throw linkError(record.requests().get(in.request()).specifier(), in.importName());
                }
                accessorSlot(binding, items, lazyNamespaces);
            }
        }
        // Then one entry per namespace member read (ns.x in the module's code, docs/module-format.md).
        for (NamespaceMember member : members) {
            ModuleInstance imported = module.requested[imports.get(member.importIndex()).request()];
            namespaceMemberSlot(imported, member.name(), items, lazyNamespaces);
        }
    }

    /** A slot that reads the namespace of {@code module}. */
    private void namespaceSlot(ModuleInstance module, List<Object> items, boolean lazy) {
        if (lazy && module.namespace == null) {
            items.add(BatchLayout.SLOT_LAZY_NAMESPACE);
            items.add((ProxyExecutable) args -> getModuleNamespace(module));
        } else {
            items.add(BatchLayout.SLOT_CONSTANT);
            items.add(getModuleNamespace(module));
        }
        items.add(null);
    }

    /** The module whose body threw last during Evaluate (sync bodies), or null. */
    private ModuleInstance lastBodyThrower;

    /**
     * The module whose body threw last in an Evaluate (for the hot-update report: in a cycle
     * every module records the error, this is the one that threw it); null when none did
     * since {@link #forgetBodyThrower}.
     */
    ModuleInstance lastBodyThrower() {
        return lastBodyThrower;
    }

    /** Forgets {@link #lastBodyThrower} (before an update evaluates). */
    void forgetBodyThrower() {
        lastBodyThrower = null;
    }

    /** The module whose linking threw the last link error (for the hot-update report). */
    ModuleInstance lastLinkFailure() {
        return lastLinkFailure;
    }

    /**
     * The holder slot for {@code ns.name} where {@code ns} is the namespace of {@code module}: what the
     * namespace's [[Get]] (10.4.6.8) reads, as a function. 3. A name not in its [[Exports]] reads
     * undefined (never a link error). 4-5. An export resolves through ResolveExport like a named import
     * (its names are exactly those that ResolveExport resolves to a binding). 6-10. The binding's value,
     * live (the exporter's accessor, which throws its TDZ ReferenceError), or a namespace.
     */
    private void namespaceMemberSlot(ModuleInstance module, String name, List<Object> items, boolean lazy) {
        if (resolveExport(module, name) instanceof ExportResolution.Binding binding) {
            accessorSlot(binding, items, lazy);
        } else {
            items.add(BatchLayout.SLOT_UNDEFINED);
            items.add(null);
            items.add(null);
        }
    }

    /** The slot that reads a resolved binding: the exporter's accessor, or one returning a namespace. */
    private void accessorSlot(ExportResolution.Binding binding, List<Object> items, boolean lazy) {
        if (binding.isNamespace()) {
            namespaceSlot(binding.module(), items, lazy);
            return;
        }
        items.add(BatchLayout.SLOT_ACCESSOR);
        items.add(accessorsOf(binding.module()));
        items.add(binding.exportName());
    }

    /** The accessor of a resolved binding (a namespace getter). */
    private Value accessorOf(ExportResolution.Binding binding) {
        return accessorsOf(binding.module()).getMember(binding.exportName());
    }

    private static Value accessorsOf(ModuleInstance module) {
        Value accessors = module.accessors;
        if (accessors == null) {
            throw new IllegalStateException("hmrc: accessors of " + module + " not yet available");
        }
        return accessors;
    }

    /**
     * The link SyntaxError, worded as GraalJS words it (for a missing and for an ambiguous
     * name alike), so that both {@code hmrc run} modes print the same line.
     */
    private JsThrow linkError(String specifier, String name) {
        String message = "The requested module '" + specifier + "' does not provide an export named '" + name + "'";
        return new JsThrow(support.newError("SyntaxError", message), "SyntaxError: " + message);
    }

    // ---------------------------------------------------------------- ResolveExport (16.2.1.6.3)

    /**
     * ResolveExport(exportName) with a new resolveSet.
     *
     * @param module the module
     * @param exportName the export's name
     * @return the binding, {@link ExportResolution#NOT_FOUND} or {@link ExportResolution#AMBIGUOUS}
     */
    public ExportResolution resolveExport(ModuleInstance module, String exportName) {
        return resolveExport(module, exportName, new HashSet<>());
    }

    private record ResolveSetEntry(ModuleInstance module, String exportName) {
    }

    private ExportResolution resolveExport(ModuleInstance module, String exportName, Set<ResolveSetEntry> resolveSet) {
        // 2-3. A repeated (module, exportName) pair is a circular import request: null.
        if (!resolveSet.add(new ResolveSetEntry(module, exportName))) {
            return ExportResolution.NOT_FOUND;
        }
        ModuleRecord record = module.record;
        // 4. A local export resolves to this module.
        for (LocalExport e : record.localExports()) {
            if (e.exportName().equals(exportName)) {
                return new ExportResolution.Binding(module, e.exportName());
            }
        }
        // 5. An indirect export resolves through the imported module.
        for (IndirectExport e : record.indirectExports()) {
            if (e.exportName().equals(exportName)) {
                ModuleInstance imported = module.requested[e.request()];
                if (e.importName().equals(ModuleRecord.NAMESPACE)) {
                    return new ExportResolution.Binding(imported, null);
                }
                return resolveExport(imported, e.importName(), resolveSet);
            }
        }
        // 6. export * never provides "default".
        if (exportName.equals("default")) {
            return ExportResolution.NOT_FOUND;
        }
        // 7-8. Star exports: all that resolve must agree.
        ExportResolution.Binding starResolution = null;
        for (int request : record.starExports()) {
            ExportResolution resolution = resolveExport(module.requested[request], exportName, resolveSet);
            if (resolution instanceof ExportResolution.Ambiguous) {
                return resolution;
            }
            if (resolution instanceof ExportResolution.Binding binding) {
                if (starResolution == null) {
                    starResolution = binding;
                } else if (binding.module() != starResolution.module()
                        || !Objects.equals(binding.exportName(), starResolution.exportName())) {
                    return ExportResolution.AMBIGUOUS;
                }
            }
        }
        // 9. Return starResolution.
        return starResolution == null ? ExportResolution.NOT_FOUND : starResolution;
    }

    /**
     * GetExportedNames([exportStarSet]) (16.2.1.6.2).
     *
     * @param module the module
     * @return its export names, star exports included
     */
    public List<String> getExportedNames(ModuleInstance module) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        getExportedNames(module, new HashSet<>(), names);
        return new ArrayList<>(names);
    }

    private void getExportedNames(ModuleInstance module, Set<ModuleInstance> exportStarSet, Set<String> exportedNames) {
        // 2-3. A module already visited through export * adds nothing.
        if (!exportStarSet.add(module)) {
            return;
        }
        // 5-6. Local and indirect export names.
        for (LocalExport e : module.record.localExports()) {
            exportedNames.add(e.exportName());
        }
        for (IndirectExport e : module.record.indirectExports()) {
            exportedNames.add(e.exportName());
        }
        // 7. Names of star exports, except "default".
        for (int request : module.record.starExports()) {
            LinkedHashSet<String> starNames = new LinkedHashSet<>();
            getExportedNames(module.requested[request], exportStarSet, starNames);
            for (String n : starNames) {
                if (!n.equals("default")) {
                    exportedNames.add(n);
                }
            }
        }
    }

    // ---------------------------------------------------------------- GetModuleNamespace (16.2.1.10)

    /**
     * GetModuleNamespace(module): the module's namespace exotic object, created on first use.
     *
     * @param module a linked module
     * @return its namespace object
     */
    public Value getModuleNamespace(ModuleInstance module) {
        // 3. If namespace is empty:
        if (module.namespace == null) {
            Value[] namesAndGetters = namespaceBindings(module);
            // d. ModuleNamespaceCreate(module, unambiguousNames).
            module.namespace = support.namespace(namesAndGetters[0], namesAndGetters[1]);
        }
        return module.namespace;
    }

    /**
     * After a hot update replaced modules that {@code module} re-exports from: points its
     * existing namespace's getters at the new bindings, or, when its set of export names
     * changed, drops it so that the next GetModuleNamespace makes a new one. Returns
     * whether the old namespace object stays valid.
     */
    /**
     * Whether {@code module}'s namespace, if made, has the export names GetModuleNamespace
     * would give it now (during a hot update: with the new instances it re-exports from).
     */
    boolean namespaceNamesHold(ModuleInstance module) {
        if (module.namespace == null) {
            return true;
        }
        return support.function("namespaceHasNames").execute(module.namespace, namespaceBindings(module)[0]).asBoolean();
    }

    boolean refreshNamespace(ModuleInstance module) {
        if (module.namespace == null) {
            return true;
        }
        Value[] namesAndGetters = namespaceBindings(module);
        if (support.function("rebindNamespace").execute(module.namespace, namesAndGetters[0], namesAndGetters[1])
                .asBoolean()) {
            return true;
        }
        module.namespace = null;
        return false;
    }

    /**
     * The namespace {@code require()} gives for {@code module}: the one handed out for an earlier
     * version (see {@link #carryRequiredNamespace}), else its own.
     */
    Value requiredNamespace(ModuleInstance module) {
        if (module.requiredNamespace == null) {
            module.requiredNamespace = getModuleNamespace(module);
        }
        return module.requiredNamespace;
    }

    /**
     * After a hot update replaced {@code old} by {@code fresh}: the namespace {@code require()}
     * handed out for {@code old} reads {@code fresh}'s bindings from now on and stays the one
     * {@code require} gives, as an importer's live bindings follow the new version; when the
     * export names changed it keeps the old version's (Node has no hot updates to compare with).
     */
    void carryRequiredNamespace(ModuleInstance old, ModuleInstance fresh) {
        Value[] namesAndGetters = namespaceBindings(fresh);
        if (support.function("rebindNamespace").execute(old.requiredNamespace, namesAndGetters[0], namesAndGetters[1])
                .asBoolean()) {
            fresh.requiredNamespace = old.requiredNamespace;
        }
    }

    /** GetModuleNamespace steps 3.a-d: the sorted unambiguous export names and a getter for each. */
    private Value[] namespaceBindings(ModuleInstance module) {
        // a-c. The exported names that resolve unambiguously.
        List<String> unambiguousNames = new ArrayList<>();
        List<ExportResolution.Binding> bindings = new ArrayList<>();
        for (String name : getExportedNames(module)) {
            if (resolveExport(module, name) instanceof ExportResolution.Binding binding) {
                unambiguousNames.add(name);
                bindings.add(binding);
            }
        }
        // d. Names sorted by code units.
        Integer[] order = new Integer[unambiguousNames.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing(unambiguousNames::get));
        Value names = support.emptyArray();
        Value getters = support.emptyArray();
        for (int i = 0; i < order.length; i++) {
            ExportResolution.Binding binding = bindings.get(order[i]);
            names.setArrayElement(i, unambiguousNames.get(order[i]));
            getters.setArrayElement(i, binding.isNamespace()
                    ? lazyNamespace(binding.module())
                    : accessorOf(binding));
        }
        return new Value[] {names, getters};
    }

    /** A getter for a re-exported namespace; lazy, as namespaces may re-export each other in a cycle. */
    private ProxyExecutable lazyNamespace(ModuleInstance module) {
        return args -> getModuleNamespace(module);
    }

    // ---------------------------------------------------------------- Evaluate (16.2.1.5.3)

    /**
     * Evaluate(): evaluates {@code module} and its dependencies; returns a promise that
     * settles when the module and its async dependencies are done. Call it inside a
     * {@link RuntimeSupport#trampoline} so that no microtask runs between module bodies.
     *
     * @param module a linked module
     * @return the promise of its evaluation
     */
    public Value evaluate(ModuleInstance module) {
        // 1. Assert: status is linked, evaluating-async or evaluated.
        assertState(module.status == ModuleStatus.LINKED || module.status == ModuleStatus.EVALUATING_ASYNC
                || module.status == ModuleStatus.EVALUATED, module);
        // 2. A module that already ran (or runs) stands for its cycle root.
        if ((module.status == ModuleStatus.EVALUATING_ASYNC || module.status == ModuleStatus.EVALUATED)
                && module.cycleRoot != null) {
            module = module.cycleRoot;
        }
        // 3. If module.[[TopLevelCapability]] is not empty, return its promise.
        if (module.topLevelCapability != null) {
            return module.topLevelCapability.getMember("promise");
        }
        // 4-6. stack, capability.
        Deque<ModuleInstance> stack = new ArrayDeque<>();
        Value capability = support.newCapability();
        module.topLevelCapability = capability;
        try {
            // 7. Let result be Completion(InnerModuleEvaluation(module, stack, 0)).
            innerModuleEvaluationTogether(module, stack);
        } catch (JsThrow abrupt) {
            // 8. Every module on the stack is evaluated with this error; reject.
            for (ModuleInstance m : stack) {
                assertState(m.status == ModuleStatus.EVALUATING, m);
                m.status = ModuleStatus.EVALUATED;
                m.evaluationError = abrupt.thrown();
                m.hasEvaluationError = true;
            }
            assertState(module.status == ModuleStatus.EVALUATED, module);
            capability.getMember("reject").executeVoid(abrupt.thrown());
            return capability.getMember("promise");
        }
        // 9. A module that finished synchronously resolves the capability now.
        assertState(module.status == ModuleStatus.EVALUATING_ASYNC || module.status == ModuleStatus.EVALUATED, module);
        if (!module.asyncEvaluation) {
            assertState(module.status == ModuleStatus.EVALUATED, module);
            capability.getMember("resolve").executeVoid();
        }
        assertState(stack.isEmpty(), module);
        // 10. Return capability.[[Promise]].
        return capability.getMember("promise");
    }

    /** InnerModuleEvaluation(module, stack, index) (16.2.1.5.3.1). */
    private int innerModuleEvaluation(ModuleInstance module, Deque<ModuleInstance> stack, int index) {
        // 2. Evaluated or evaluating-async: its cached error, or nothing to do.
        if (module.status == ModuleStatus.EVALUATING_ASYNC || module.status == ModuleStatus.EVALUATED) {
            if (module.hasEvaluationError) {
                throw new JsThrow(module.evaluationError, "cached evaluation error of " + module);
            }
            return index;
        }
        // 3. If module.[[Status]] is evaluating, return index.
        if (module.status == ModuleStatus.EVALUATING) {
            return index;
        }
        // 4. Assert: module.[[Status]] is linked.
        assertState(module.status == ModuleStatus.LINKED, module);
        // 5-10. Mark as evaluating, number it, push it.
        module.status = ModuleStatus.EVALUATING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        module.pendingAsyncDependencies = 0;
        index++;
        stack.push(module);
        // 11. Evaluate each required module first (with import defer: the evaluation list).
        for (ModuleInstance required : module.record.phasedRequests().isEmpty() ? List.of(module.requested)
                : evaluationList(module)) {
            index = innerModuleEvaluation(required, stack, index);
            if (required.status == ModuleStatus.EVALUATING) {
                // 11.c.ii. Part of our cycle.
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, required.dfsAncestorIndex);
            } else {
                // 11.c.iii. Done or async: look at its cycle root (a module that failed before
                // its component finished has none; its own error was rethrown at step 2).
                if (required.cycleRoot != null) {
                    required = required.cycleRoot;
                }
                assertState(required.status == ModuleStatus.EVALUATING_ASYNC
                        || required.status == ModuleStatus.EVALUATED, required);
                if (required.hasEvaluationError) {
                    throw new JsThrow(required.evaluationError, "cached evaluation error of " + required);
                }
            }
            // 11.c.iv. Wait for an async dependency.
            if (required.asyncEvaluation) {
                module.pendingAsyncDependencies++;
                required.asyncParentModules.add(module);
            }
        }
        // 12. Async (TLA or waiting for async dependencies): executes later or now, asynchronously.
        if (module.pendingAsyncDependencies > 0 || module.hasTLA) {
            assertState(!module.asyncEvaluation, module);
            module.asyncEvaluation = true;
            module.asyncEvaluationOrder = ++moduleAsyncEvaluationCount;
            if (module.pendingAsyncDependencies == 0) {
                executeAsyncModule(module);
            }
        } else {
            // 13. Perform ? module.ExecuteModule().
            executeModule(module);
        }
        // 15. Assert: dfsAncestorIndex <= dfsIndex.
        assertState(module.dfsAncestorIndex <= module.dfsIndex, module);
        // 16. The root of a strongly connected component finishes the component.
        if (module.dfsAncestorIndex == module.dfsIndex) {
            ModuleInstance done;
            do {
                done = stack.pop();
                done.status = done.asyncEvaluation ? ModuleStatus.EVALUATING_ASYNC : ModuleStatus.EVALUATED;
                done.cycleRoot = module;
            } while (done != module);
        }
        return index;
    }

    /**
     * InnerModuleEvaluation(module, stack, 0) with the module bodies run together in one JS
     * call: first the algorithm runs with every ExecuteModule / ExecuteAsyncModule collected,
     * in its order ({@link BodyRun}), then {@code runBodies} runs them in that order. If a
     * synchronous body throws, every module the algorithm touched goes back to its state
     * before, and the algorithm runs again with the bodies before that one counted as done and
     * that one throwing: it ends exactly as a run that executed each body in place. (No body
     * can see the algorithm's state of the modules after it: module code reaches the linker
     * only through import(), which runs in a later job; once CommonJS code, which can require an ES module
     * synchronously, or an {@code import defer} is linked, every body runs in place instead.)
     */
    private void innerModuleEvaluationTogether(ModuleInstance module, Deque<ModuleInstance> stack) {
        BodyRun outer = bodyRun;
        if (bodiesRunInPlace) {
            // A body may evaluate a deferred module (its namespace's first read), which needs the
            // other modules' true states: every body runs in place, as the spec runs it.
            bodyRun = null;
            try {
                innerModuleEvaluation(module, stack, 0);
            } finally {
                bodyRun = outer;
            }
            return;
        }
        List<EvaluationState> saved = saveEvaluationState(module);
        long savedCount = moduleAsyncEvaluationCount;
        BodyRun run = new BodyRun(-1, null);
        JsThrow abrupt = null;
        bodyRun = run;
        try {
            innerModuleEvaluation(module, stack, 0);
        } catch (JsThrow cachedError) {
            abrupt = cachedError; // a cached evaluation error: the bodies collected before it still run
        } finally {
            bodyRun = outer;
        }
        int[] threwAt = {-1};
        Value[] thrown = new Value[1];
        if (run.count > 0) {
            support.runBodies(run.items, run.count, args -> {
                threwAt[0] = args[0].asInt();
                thrown[0] = args[1];
                return null;
            });
        }
        if (threwAt[0] < 0) {
            if (abrupt != null) {
                throw abrupt;
            }
            return;
        }
        // Body threwAt[0] threw: the algorithm again, from the state before, up to that throw.
        PolyglotException exception = support.rethrow(thrown[0]);
        RuntimeException failure = exception.isGuestException() && exception.getGuestObject() != null
                ? JsThrow.of(exception) : exception;
        for (EvaluationState state : saved) {
            state.restore();
        }
        moduleAsyncEvaluationCount = savedCount;
        stack.clear();
        BodyRun replay = new BodyRun(threwAt[0], failure);
        bodyRun = replay;
        try {
            innerModuleEvaluation(module, stack, 0);
        } finally {
            bodyRun = outer;
            if (replay.thrower != null) {
                lastBodyThrower = replay.thrower;
            }
        }
        throw new IllegalStateException("hmrc: evaluation of " + module + " replayed without its body's throw");
    }

    /**
     * The module bodies of one Evaluate: collected while the algorithm plans ({@code replayThrowsAt}
     * -1), or, when it runs again after body {@code replayThrowsAt} threw, the count of bodies seen.
     */
    private static final class BodyRun {
        final int replayThrowsAt;
        final RuntimeException failure;
        /** {@link BatchLayout#BODY_STRIDE} items per body, as {@code runBodies} in runtime-support.js reads them. */
        final List<Object> items = new ArrayList<>();
        int count;
        /** In a replay: the module whose body threw. */
        ModuleInstance thrower;

        BodyRun(int replayThrowsAt, RuntimeException failure) {
            this.replayThrowsAt = replayThrowsAt;
            this.failure = failure;
        }

        /** Collects a body, or in a replay skips one that ran (and throws what the failing one threw). */
        void body(ModuleInstance module, boolean async, ProxyExecutable onFulfilled, ProxyExecutable onRejected) {
            int index = count++;
            if (replayThrowsAt >= 0) {
                if (index == replayThrowsAt) {
                    thrower = module;
                    throw failure;
                }
                assertState(index < replayThrowsAt, module);
                return;
            }
            Collections.addAll(items, module.generator, async, onFulfilled, onRejected,
                    module.resourceOwner());
        }
    }

    /** What InnerModuleEvaluation may change in one module, saved to be put back. */
    private record EvaluationState(ModuleInstance module, ModuleStatus status, int dfsIndex, int dfsAncestorIndex,
                                   ModuleInstance cycleRoot, boolean asyncEvaluation, long asyncEvaluationOrder,
                                   int pendingAsyncDependencies, int asyncParents, Value evaluationError,
                                   boolean hasEvaluationError, Value topLevelCapability) {
        EvaluationState(ModuleInstance m) {
            this(m, m.status, m.dfsIndex, m.dfsAncestorIndex, m.cycleRoot, m.asyncEvaluation, m.asyncEvaluationOrder,
                    m.pendingAsyncDependencies, m.asyncParentModules.size(), m.evaluationError, m.hasEvaluationError,
                    m.topLevelCapability);
        }

        void restore() {
            module.status = status;
            module.dfsIndex = dfsIndex;
            module.dfsAncestorIndex = dfsAncestorIndex;
            module.cycleRoot = cycleRoot;
            module.asyncEvaluation = asyncEvaluation;
            module.asyncEvaluationOrder = asyncEvaluationOrder;
            module.pendingAsyncDependencies = pendingAsyncDependencies;
            module.asyncParentModules.subList(asyncParents, module.asyncParentModules.size()).clear();
            module.evaluationError = evaluationError;
            module.hasEvaluationError = hasEvaluationError;
            module.topLevelCapability = topLevelCapability;
        }
    }

    /**
     * The state of every module InnerModuleEvaluation(root) can change: the modules it can
     * reach through unevaluated ones, and their cycle roots.
     */
    private static List<EvaluationState> saveEvaluationState(ModuleInstance root) {
        List<EvaluationState> saved = new ArrayList<>();
        Set<ModuleInstance> seen = new HashSet<>();
        Deque<ModuleInstance> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            ModuleInstance m = work.pop();
            if (!seen.add(m)) {
                continue;
            }
            saved.add(new EvaluationState(m));
            if (m.cycleRoot != null) {
                work.push(m.cycleRoot);
            }
            if (m.status == ModuleStatus.LINKED && m.requested != null) {
                for (ModuleInstance required : m.requested) {
                    work.push(required);
                }
            }
        }
        return saved;
    }

    // ---------------------------------------------------------------- import defer (staging proposal)

    /**
     * Whether module bodies run in place (see innerModuleEvaluationTogether): from the first linked
     * {@code import defer}, or the first CommonJS module ({@link #runBodiesInPlace}), on.
     */
    private boolean bodiesRunInPlace;

    /**
     * From now on every module body runs in place, as the spec runs it, instead of together after
     * the algorithm: CommonJS code reaches the linker synchronously ({@code require} of an ES
     * module), and must see the true states of the modules of the evaluation it runs in.
     */
    public void runBodiesInPlace() {
        bodiesRunInPlace = true;
    }

    /**
     * InnerModuleEvaluation step 11 with deferred requests: the evaluation list, each eager
     * request's module and, for a deferred one, the modules of
     * GatherAsynchronousTransitiveDependencies, each once, in order.
     */
    private static List<ModuleInstance> evaluationList(ModuleInstance module) {
        List<ModuleInstance> evaluationList = new ArrayList<>();
        for (ModuleRecord.PhasedRequest request : module.record.phasedRequests()) {
            ModuleInstance required = module.requested[request.request()];
            if (request.defer()) {
                gatherAsynchronousTransitiveDependencies(required, new HashSet<>(), evaluationList);
            } else if (!evaluationList.contains(required)) {
                evaluationList.add(required);
            }
        }
        return evaluationList;
    }

    /**
     * GatherAsynchronousTransitiveDependencies(module, seen): the modules with top-level await
     * that a deferred {@code module} needs and that are not evaluated, appended to
     * {@code result} (post-order, once each); the walk stops at each one found.
     */
    private static void gatherAsynchronousTransitiveDependencies(ModuleInstance module, Set<ModuleInstance> seen,
                                                                 List<ModuleInstance> result) {
        // 3-4. Seen: nothing more.
        if (!seen.add(module)) {
            return;
        }
        // 6. Evaluating, or its whole strongly connected component evaluated: nothing to gather.
        if (module.status == ModuleStatus.EVALUATING || isModuleSccEvaluated(module)) {
            return;
        }
        // 7. An async module is gathered, its dependencies are its own business.
        if (module.hasTLA) {
            if (!result.contains(module)) {
                result.add(module);
            }
            return;
        }
        // 8. Else what its requests gather.
        for (ModuleInstance required : module.requested) {
            gatherAsynchronousTransitiveDependencies(required, seen, result);
        }
    }

    /**
     * ContinueDynamicImport steps for phase defer: Evaluate() of each module of
     * GatherAsynchronousTransitiveDependencies(module), as one promise (all of them), or null
     * when there is none. Call it inside a {@link RuntimeSupport#trampoline}.
     */
    Value evaluateAsynchronousDependencies(ModuleInstance module) {
        bodiesRunInPlace = true;
        List<ModuleInstance> evaluationList = new ArrayList<>();
        gatherAsynchronousTransitiveDependencies(module, new HashSet<>(), evaluationList);
        if (evaluationList.isEmpty()) {
            return null;
        }
        List<Value> promises = new ArrayList<>();
        for (ModuleInstance dependency : evaluationList) {
            promises.add(evaluate(dependency));
        }
        return support.function("all").execute(support.listOf(promises));
    }

    /** GetModuleNamespace(module, defer): the module's deferred namespace, created on first use. */
    Value getDeferredNamespace(ModuleInstance module) {
        if (module.deferredNamespace == null) {
            Value[] namesAndGetters = namespaceBindings(module);
            ProxyExecutable ensure = args -> {
                Value failure = evaluateModuleSync(module);
                return failure == null ? null : org.graalvm.polyglot.proxy.ProxyArray.fromArray(failure);
            };
            module.deferredNamespace = support.function("deferredNamespace")
                    .execute(namesAndGetters[0], namesAndGetters[1], ensure);
        }
        return module.deferredNamespace;
    }

    /**
     * EvaluateModuleSync(module), what the first string-keyed operation on a deferred namespace
     * performs: {@code null} when the module is (now) evaluated, else the error to throw: a
     * TypeError when it cannot evaluate synchronously (ReadyForSyncExecution is false), or its
     * evaluation error.
     */
    private Value evaluateModuleSync(ModuleInstance module) {
        // 1. If ReadyForSyncExecution(module) is false, throw a TypeError.
        if (!readyForSyncExecution(module, new HashSet<>())) {
            return support.newError("TypeError", "Cannot evaluate the deferred module " + module.url
                    + " synchronously: it or a module it imports is evaluating or uses top-level await");
        }
        // 2. Let promise be module.Evaluate() (already settled, 3).
        Value promise = evaluate(module);
        // 4. Rejected: mark it handled and throw its reason.
        ModuleInstance root = module.cycleRoot != null ? module.cycleRoot : module;
        Value error = module.hasEvaluationError ? module.evaluationError
                : root.hasEvaluationError ? root.evaluationError : null;
        if (module.hasEvaluationError || root.hasEvaluationError) {
            ProxyExecutable handled = args -> null;
            support.then(promise, handled, handled);
            return error;
        }
        return null;
    }

    /**
     * IsModuleSCCEvaluated(module): whether the module's strongly connected component finished,
     * which its cycle root says (a module of an async cycle is evaluated before its root is).
     */
    private static boolean isModuleSccEvaluated(ModuleInstance module) {
        // 1. With a cycle root: the root's status.
        if (module.cycleRoot != null) {
            return module.cycleRoot.status == ModuleStatus.EVALUATED;
        }
        // 2. Else its own.
        return module.status == ModuleStatus.EVALUATED;
    }

    /**
     * ReadyForSyncExecution(module, seen): whether {@code module} and everything it imports can
     * evaluate now without waiting: nothing on the way is evaluating or has top-level await.
     */
    private static boolean readyForSyncExecution(ModuleInstance module, Set<ModuleInstance> seen) {
        // 3-4. Seen already.
        if (!seen.add(module)) {
            return true;
        }
        // 5. Its whole strongly connected component evaluated.
        if (isModuleSccEvaluated(module)) {
            return true;
        }
        // 6. Evaluating (on the stack, or waiting for async dependencies).
        if (module.status == ModuleStatus.EVALUATING || module.status == ModuleStatus.EVALUATING_ASYNC) {
            return false;
        }
        // 8. Top-level await cannot run synchronously.
        if (module.hasTLA) {
            return false;
        }
        // 9. Every module it requests.
        for (ModuleInstance required : module.requested) {
            if (!readyForSyncExecution(required, seen)) {
                return false;
            }
        }
        return true;
    }

    /** ExecuteModule() of a synchronous module: runs its body; a throw is an abrupt completion. */
    private void executeModule(ModuleInstance module) {
        if (bodyRun != null) {
            bodyRun.body(module, false, null, null);
            return;
        }
        try {
            module.generator.invokeMember("next");
        } catch (PolyglotException thrown) {
            throw JsThrow.of(thrown);
        }
    }

    /** ExecuteAsyncModule(module) (16.2.1.5.3.2). */
    private void executeAsyncModule(ModuleInstance module) {
        // 1-2. Assert: evaluating or evaluating-async, and [[HasTLA]].
        assertState((module.status == ModuleStatus.EVALUATING || module.status == ModuleStatus.EVALUATING_ASYNC)
                && module.hasTLA, module);
        // 3-8. Run the body; its promise settles into AsyncModuleExecutionFulfilled / Rejected.
        ProxyExecutable onFulfilled = args -> {
            asyncModuleExecutionFulfilled(module);
            return null;
        };
        ProxyExecutable onRejected = args -> {
            asyncModuleExecutionRejected(module, args.length > 0 ? args[0] : null);
            return null;
        };
        if (bodyRun != null) {
            bodyRun.body(module, true, onFulfilled, onRejected);
            return;
        }
        Value promise = module.generator.invokeMember("next");
        support.then(promise, onFulfilled, onRejected);
    }

    /** GatherAvailableAncestors(module, execList) (16.2.1.5.3.3). */
    private void gatherAvailableAncestors(ModuleInstance module, List<ModuleInstance> execList) {
        for (ModuleInstance m : module.asyncParentModules) {
            // 1.a. Not yet listed and its cycle did not fail. A module that was still on the
            // stack when a sibling dependency threw has no [[CycleRoot]] (Evaluate step 8 gave
            // it the error directly): its own error stands for its cycle's.
            ModuleInstance cycleRoot = m.cycleRoot != null ? m.cycleRoot : m;
            if (!execList.contains(m) && !cycleRoot.hasEvaluationError) {
                assertState(m.status == ModuleStatus.EVALUATING_ASYNC && !m.hasEvaluationError
                        && m.asyncEvaluation && m.pendingAsyncDependencies > 0, m);
                // 1.a.v-vi. One dependency fewer; ready when none is left.
                m.pendingAsyncDependencies--;
                if (m.pendingAsyncDependencies == 0) {
                    execList.add(m);
                    if (!m.hasTLA) {
                        gatherAvailableAncestors(m, execList);
                    }
                }
            }
        }
    }

    /** AsyncModuleExecutionFulfilled(module) (16.2.1.5.3.4). */
    private void asyncModuleExecutionFulfilled(ModuleInstance module) {
        // 1. Already evaluated: it failed meanwhile.
        if (module.status == ModuleStatus.EVALUATED) {
            assertState(module.hasEvaluationError, module);
            return;
        }
        // 2-4. Assert: evaluating-async, [[AsyncEvaluation]], no error.
        assertState(module.status == ModuleStatus.EVALUATING_ASYNC && module.asyncEvaluation
                && !module.hasEvaluationError, module);
        // 5-6. Done.
        module.asyncEvaluation = false;
        module.status = ModuleStatus.EVALUATED;
        // 7. Resolve the top-level capability.
        if (module.topLevelCapability != null) {
            module.topLevelCapability.getMember("resolve").executeVoid();
        }
        // 8-10. The ancestors that were waiting only for this module, in async evaluation order.
        List<ModuleInstance> execList = new ArrayList<>();
        gatherAvailableAncestors(module, execList);
        execList.sort(Comparator.comparingLong(m -> m.asyncEvaluationOrder));
        // 12. Run them.
        for (ModuleInstance m : execList) {
            if (m.status == ModuleStatus.EVALUATED) {
                // 12.a. Failed meanwhile.
                assertState(m.hasEvaluationError, m);
            } else if (m.hasTLA) {
                // 12.b. Perform ExecuteAsyncModule(m).
                executeAsyncModule(m);
            } else {
                // 12.c. Synchronous body.
                try {
                    executeModule(m);
                } catch (JsThrow abrupt) {
                    asyncModuleExecutionRejected(m, abrupt.thrown());
                    continue;
                }
                m.asyncEvaluation = false;
                m.status = ModuleStatus.EVALUATED;
                if (m.topLevelCapability != null) {
                    m.topLevelCapability.getMember("resolve").executeVoid();
                }
            }
        }
    }

    /** AsyncModuleExecutionRejected(module, error) (16.2.1.5.3.5). */
    private void asyncModuleExecutionRejected(ModuleInstance module, Value error) {
        // 1. Already evaluated: nothing more to do.
        if (module.status == ModuleStatus.EVALUATED) {
            assertState(module.hasEvaluationError, module);
            return;
        }
        // 2-4. Assert: evaluating-async, [[AsyncEvaluation]], no error.
        assertState(module.status == ModuleStatus.EVALUATING_ASYNC && module.asyncEvaluation
                && !module.hasEvaluationError, module);
        // 5-6. Cache the error; evaluated.
        module.evaluationError = error;
        module.hasEvaluationError = true;
        module.status = ModuleStatus.EVALUATED;
        // 7. Every waiting parent fails with it.
        for (ModuleInstance m : List.copyOf(module.asyncParentModules)) {
            asyncModuleExecutionRejected(m, error);
        }
        // 8. Reject the top-level capability.
        if (module.topLevelCapability != null) {
            module.topLevelCapability.getMember("reject").executeVoid(error);
        }
    }

    private static void assertState(boolean condition, ModuleInstance module) {
        if (!condition) {
            throw new IllegalStateException("hmrc: module algorithm invariant broken at " + module
                    + " (status " + module.status + ")");
        }
    }
}
