package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleGraphGeneratorTest {

    @Test
    void everyModuleIsReachableFromTheFirst() {
        int count = 1000;
        BitSet seen = new BitSet(count);
        Deque<Integer> work = new ArrayDeque<>(List.of(0));
        while (!work.isEmpty()) {
            int module = work.pop();
            if (!seen.get(module)) {
                seen.set(module);
                work.addAll(ModuleGraphGenerator.imports(module, count));
            }
        }
        assertEquals(count, seen.cardinality());
    }

    @Test
    void importsOnlyPointFurtherDownSoTheGraphHasNoCycle() {
        int count = 1000;
        int edges = 0;
        for (int i = 0; i < count; i++) {
            for (int target : ModuleGraphGenerator.imports(i, count)) {
                assertTrue(target > i && target < count, i + " imports " + target);
                edges++;
            }
        }
        // the tree's 999 edges plus the extra edges that make it a DAG with shared modules
        assertTrue(edges > count, "only " + edges + " edges");
    }

    @Test
    void aModuleImportsEachTargetUnderNamesOfItsOwn(@TempDir Path folder) throws Exception {
        ModuleGraphGenerator.write(folder, 10);
        String first = Files.readString(folder.resolve("m0000.js"));
        assertTrue(first.contains("import { value as v0, combine as c0 } from './m0001.js';"), first);
        assertTrue(first.contains("import * as n1 from './m0002.js';"), first);
        assertTrue(first.contains("import { value as w2, scale as s2 } from './m0003.js';"), first);
        assertTrue(Files.readString(folder.resolve("main.js")).contains("from './m0000.js'"));
        assertEquals(10, Files.list(folder).filter(p -> p.getFileName().toString().matches("m\\d+\\.js")).count());
    }

    @Test
    void updateGraphLeavesAcceptThemselvesAndChangeWithEachVersion(@TempDir Path folder) throws Exception {
        int count = 40;
        ModuleGraphGenerator.writeUpdateGraph(folder, count);
        int leaf = count - 1;
        assertTrue(ModuleGraphGenerator.isLeaf(leaf, count));
        assertTrue(!ModuleGraphGenerator.isLeaf(0, count));
        String written = Files.readString(folder.resolve(ModuleGraphGenerator.moduleName(leaf)));
        assertEquals(ModuleGraphGenerator.updateModuleSource(leaf, count, 0), written);
        assertTrue(written.contains("import.meta.hot.accept();"), written);
        assertTrue(written.contains("let acc = 39 + 0;"), written);
        String next = ModuleGraphGenerator.updateModuleSource(leaf, count, 1);
        assertTrue(next.contains("let acc = 39 + 1;") && next.contains("export const version = 1;"), next);
        assertEquals(ModuleGraphGenerator.moduleSource(0, count), Files.readString(folder.resolve("m0000.js")),
                "modules that import others are as in the start-up graph");
        assertTrue(Files.readString(folder.resolve("main.js")).contains("console.log(`ready ${value}`)"));
        assertTrue(Files.readString(folder.resolve("package.json")).contains("\"type\": \"module\""));
    }
}
