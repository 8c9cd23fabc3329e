package dev.hmrc.runtime.link;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a change propagates to the nearest accepting module ({@link UpdatePlan#propagate}). */
class UpdatePlanTest {

    /** A graph written as edges "importer->dependency", with accept marks. */
    private static final class Graph implements UpdatePlan.Graph {
        final Map<String, Set<String>> importers = new LinkedHashMap<>();
        final Set<String> selfAccepting = new LinkedHashSet<>();
        final Set<String> declined = new LinkedHashSet<>();
        final Set<String> accepts = new LinkedHashSet<>(); // "importer->dependency"

        Graph edge(String importer, String dependency) {
            importers.computeIfAbsent(dependency, k -> new LinkedHashSet<>()).add(importer);
            return this;
        }

        @Override
        public boolean selfAccepting(String key) {
            return selfAccepting.contains(key);
        }

        @Override
        public boolean declined(String key) {
            return declined.contains(key);
        }

        @Override
        public boolean acceptsDependency(String importer, String dependency) {
            return accepts.contains(importer + "->" + dependency);
        }

        @Override
        public Set<String> importers(String key) {
            return importers.getOrDefault(key, Set.of());
        }
    }

    @Test
    void selfAcceptingChangedModuleIsItsOwnBoundary() {
        Graph g = new Graph().edge("main", "leaf");
        g.selfAccepting.add("leaf");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "leaf", false));
        assertEquals(List.of("leaf"), List.copyOf(plan.rerun));
        assertEquals(Set.of("leaf"), plan.selfAccepted);
    }

    @Test
    void changeBubblesThroughNonAcceptingModulesToASelfAcceptingOne() {
        Graph g = new Graph().edge("main", "mid").edge("mid", "leaf");
        g.selfAccepting.add("mid");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "leaf", false));
        assertEquals(List.of("leaf", "mid"), List.copyOf(plan.rerun));
    }

    @Test
    void importerThatAcceptsTheDependencyDoesNotRunAgain() {
        Graph g = new Graph().edge("main", "dep");
        g.accepts.add("main->dep");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "dep", false));
        assertEquals(List.of("dep"), List.copyOf(plan.rerun));
        assertEquals(Map.of("main", Set.of("dep")), plan.acceptedBy);
    }

    @Test
    void everyImporterPathMustBeAcceptedOrNothingIsAdded() {
        Graph g = new Graph().edge("main", "a").edge("main", "b").edge("a", "c").edge("b", "c");
        g.selfAccepting.add("a");
        UpdatePlan plan = new UpdatePlan();
        UpdatePlan.Refusal refusal = plan.propagate(g, "c", false);
        assertEquals(new UpdatePlan.Refusal("main", false, List.of("c", "b", "main")), refusal);
        assertTrue(plan.rerun.isEmpty(), "a refused change adds nothing to the plan");
    }

    @Test
    void cycleWithAnAcceptingMemberTerminates() {
        Graph g = new Graph().edge("main", "a").edge("a", "b").edge("b", "a");
        g.selfAccepting.add("a");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "b", false));
        assertEquals(List.of("b", "a"), List.copyOf(plan.rerun));
    }

    @Test
    void cycleWithoutAnAcceptingMemberReachesTheEntry() {
        Graph g = new Graph().edge("main", "a").edge("a", "b").edge("b", "a");
        assertEquals(new UpdatePlan.Refusal("main", false, List.of("b", "a", "main")), new UpdatePlan().propagate(g, "b", false));
    }

    @Test
    void declinedModuleOnThePathRefuses() {
        Graph g = new Graph().edge("main", "mid").edge("mid", "leaf");
        g.declined.add("mid");
        g.selfAccepting.add("main");
        assertEquals(new UpdatePlan.Refusal("mid", true, List.of("leaf", "mid")), new UpdatePlan().propagate(g, "leaf", false));
    }

    @Test
    void invalidatedModuleSkipsItsOwnAccept() {
        Graph g = new Graph().edge("main", "dep");
        g.selfAccepting.add("dep");
        g.selfAccepting.add("main");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "dep", true));
        assertEquals(List.of("dep", "main"), List.copyOf(plan.rerun));
    }

    @Test
    void planCostFollowsThePathNotTheGraph() {
        // A wide graph: the entry imports 1,000 leaves; a change of one self-accepting leaf touches one module.
        Graph g = new Graph();
        for (int i = 0; i < 1000; i++) {
            g.edge("main", "leaf" + i);
        }
        g.selfAccepting.add("leaf7");
        UpdatePlan plan = new UpdatePlan();
        assertNull(plan.propagate(g, "leaf7", false));
        assertEquals(Set.of("leaf7"), plan.rerun);
    }
}
