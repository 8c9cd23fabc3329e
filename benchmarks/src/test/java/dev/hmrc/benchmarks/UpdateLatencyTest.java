package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateLatencyTest {

    @Test
    void readsHmrcsUpdateLine() {
        assertEquals(new UpdateLatency.Loaded(1, 2, 3.1),
                UpdateLatency.parseLoaded("[hot] Loaded 1 new module, reevaluated 2 existing modules in 3.1 ms."));
    }

    @Test
    void readsDynohotsUpdateLine() {
        // dynohot 1.2.1 (dist/runtime/controller.js): whole milliseconds, no space before "ms"
        assertEquals(new UpdateLatency.Loaded(1, 0, 12),
                UpdateLatency.parseLoaded("[hot] Loaded 1 new module, reevaluated 0 existing modules in 12ms."));
    }

    @Test
    void otherHotLinesAreNotUpdates() {
        assertNull(UpdateLatency.parseLoaded("[hot] A pending update was not accepted, and reached the root module:"));
        assertNull(UpdateLatency.parseLoaded("[hot] Loaded 1 new module, reevaluated 0 existing modules in 12ms. extra"));
        assertNull(UpdateLatency.parseLoaded("Loaded 1 new module, reevaluated 0 existing modules in 12ms."));
    }

    @Test
    void editedLeavesAreTenDistinctLeaves() {
        for (int size : List.of(100, 1000, 5000)) {
            List<Integer> leaves = UpdateLatency.editedLeaves(size);
            assertEquals(10, leaves.size(), "size " + size);
            assertEquals(10, new HashSet<>(leaves).size(), "distinct at size " + size);
            for (int leaf : leaves) {
                assertTrue(ModuleGraphGenerator.isLeaf(leaf, size), leaf + " of " + size);
            }
        }
    }
}
