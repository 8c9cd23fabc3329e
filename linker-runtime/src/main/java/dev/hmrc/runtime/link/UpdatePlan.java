package dev.hmrc.runtime.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one hot update will do, worked out before anything runs: the modules that run
 * again ({@link #rerun}, new instances from new or unchanged code), the modules that
 * accepted an updated dependency ({@link #acceptedBy}: importer key → the updated
 * dependency keys it accepts; these do not run again), and the self-accepting modules
 * among {@link #rerun}. Built by {@link #propagate}, one changed module at a time; a
 * change that reaches a module nobody imports without an accepting module on the way is
 * not accepted. Mutable while it is built, by one {@link UpdateEngine} on the loop thread.
 */
final class UpdatePlan {
    /** Keys of the modules that get a new instance, in the order they were reached. */
    final Set<String> rerun = new LinkedHashSet<>();
    /** Importer key → keys of updated dependencies it accepts with {@code accept(dep, cb)}. */
    final Map<String, Set<String>> acceptedBy = new LinkedHashMap<>();
    /** Keys of the self-accepting modules in {@link #rerun}. */
    final Set<String> selfAccepted = new LinkedHashSet<>();

    /**
     * Why a change could not be accepted: the module that declined it, or the top it reached
     * ({@code key}); {@code chain} the way from the changed module to {@code key}, both included.
     */
    record Refusal(String key, boolean declined, List<String> chain) {
        /** This refusal reached through {@code importee}, one step further down the chain. */
        Refusal from(String importee) {
            List<String> longer = new ArrayList<>(chain.size() + 1);
            longer.add(importee);
            longer.addAll(chain);
            return new Refusal(key, declined, List.copyOf(longer));
        }
    }

    /** The graph the plan is worked out on. */
    interface Graph {
        /** Whether the current instance of {@code key} calls {@code import.meta.hot.accept()} on itself. */
        boolean selfAccepting(String key);

        /** Whether the current instance of {@code key} declined hot updates. */
        boolean declined(String key);

        /** Whether the current instance of {@code importer} accepts updates of {@code dependency}. */
        boolean acceptsDependency(String importer, String dependency);

        /** Keys of the modules that import {@code key}, statically or with {@code import()}. */
        Set<String> importers(String key);
    }

    /**
     * Adds what a change of {@code changed} needs to this plan, or returns why it cannot be
     * accepted (and adds nothing). With {@code skipSelfAccept} the module's own
     * {@code accept()} does not count ({@code import.meta.hot.invalidate()}, or its accept
     * handler threw): the change goes on to its importers.
     */
    Refusal propagate(Graph graph, String changed, boolean skipSelfAccept) {
        UpdatePlan attempt = new UpdatePlan();
        Refusal refusal = attempt.walk(graph, changed, skipSelfAccept, new LinkedHashSet<>());
        if (refusal == null) {
            rerun.addAll(attempt.rerun);
            selfAccepted.addAll(attempt.selfAccepted);
            attempt.acceptedBy.forEach((importer, deps) ->
                    acceptedBy.computeIfAbsent(importer, k -> new LinkedHashSet<>()).addAll(deps));
        }
        return refusal;
    }

    private Refusal walk(Graph graph, String key, boolean skipSelfAccept, Set<String> visited) {
        if (graph.declined(key)) {
            return new Refusal(key, true, List.of(key));
        }
        if (!skipSelfAccept && graph.selfAccepting(key)) {
            rerun.add(key);
            selfAccepted.add(key);
            return null;
        }
        if (!visited.add(key)) {
            return null; // a cycle back to a module this walk already handles
        }
        rerun.add(key);
        Set<String> importers = graph.importers(key);
        if (importers.isEmpty()) {
            return new Refusal(key, false, List.of(key));
        }
        for (String importer : importers) {
            if (graph.acceptsDependency(importer, key)) {
                acceptedBy.computeIfAbsent(importer, k -> new LinkedHashSet<>()).add(key);
                continue;
            }
            Refusal refusal = walk(graph, importer, false, visited);
            if (refusal != null) {
                return refusal.from(key);
            }
        }
        return null;
    }

    /**
     * One strongly connected component of the new instances: {@code entry} is where
     * evaluation enters it (Evaluate from there runs exactly its members, their other
     * dependencies being evaluated), {@code members} in the order their bodies run.
     */
    record Component(ModuleInstance entry, List<ModuleInstance> members) {
    }

    /**
     * The strongly connected components of {@code members}, in the order a depth-first
     * evaluation from {@code entries} (in order, through each module's {@code requested} in
     * order) finishes them: dependencies first, as InnerModuleEvaluation runs them (Tarjan's
     * algorithm, which is what InnerModuleEvaluation's dfsIndex/dfsAncestorIndex are). Only
     * unevaluated ({@link ModuleStatus#LINKED}) members take part.
     */
    static List<Component> componentsInEvaluationOrder(List<ModuleInstance> entries,
                                                       Map<String, ModuleInstance> members) {
        Tarjan tarjan = new Tarjan(members.values());
        for (ModuleInstance entry : entries) {
            if (tarjan.isMember(entry) && !tarjan.index.containsKey(entry)) {
                tarjan.strongConnect(entry);
            }
        }
        return tarjan.components;
    }

    private static final class Tarjan {
        final Set<ModuleInstance> members = new LinkedHashSet<>();
        final Map<ModuleInstance, Integer> index = new HashMap<>();
        final Map<ModuleInstance, Integer> lowLink = new HashMap<>();
        final Deque<ModuleInstance> stack = new ArrayDeque<>();
        final Set<ModuleInstance> onStack = new LinkedHashSet<>();
        final List<Component> components = new ArrayList<>();
        /** Members of the components still open, in the order they finished (their bodies' order). */
        final List<ModuleInstance> finished = new ArrayList<>();

        Tarjan(Collection<ModuleInstance> candidates) {
            for (ModuleInstance m : candidates) {
                if (m.status == ModuleStatus.LINKED) {
                    members.add(m);
                }
            }
        }

        boolean isMember(ModuleInstance m) {
            return members.contains(m);
        }

        void strongConnect(ModuleInstance v) {
            int i = index.size();
            index.put(v, i);
            lowLink.put(v, i);
            stack.push(v);
            onStack.add(v);
            for (ModuleInstance w : v.requested) {
                if (!isMember(w)) {
                    continue;
                }
                if (!index.containsKey(w)) {
                    strongConnect(w);
                    lowLink.put(v, Math.min(lowLink.get(v), lowLink.get(w)));
                } else if (onStack.contains(w)) {
                    lowLink.put(v, Math.min(lowLink.get(v), index.get(w)));
                }
            }
            finished.add(v);
            if (lowLink.get(v).equals(index.get(v))) {
                Set<ModuleInstance> component = new LinkedHashSet<>();
                ModuleInstance w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (w != v);
                List<ModuleInstance> inBodyOrder = new ArrayList<>(component.size());
                for (ModuleInstance m : finished) {
                    if (component.contains(m)) {
                        inBodyOrder.add(m);
                    }
                }
                finished.removeAll(component);
                components.add(new Component(v, inBodyOrder));
            }
        }
    }
}
