package dev.hmrc.runtime;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pool of runtimes over one folder: one watcher, one transform per change, one outcome per runtime, no thread left. */
class ModuleRuntimePoolTest {

    @TempDir
    Path temp;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    private static int transformsRunBy(ModuleRuntimePool pool) {
        int sum = 0;
        for (ModuleRuntime runtime : pool.runtimes()) {
            sum += runtime.moduleLoader().sources().transformsRun();
        }
        return sum;
    }

    @Test
    void aPoolOfEightAppliesOneChangeToAllEightWithOneTransform() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("render.mjs"), "import { greeting } from 'java:text';\n"
                + "export const render = (name) => greeting + ' ' + name;\nimport.meta.hot.accept();\n");
        Files.writeString(root.resolve("unrelated.mjs"), "export const x = 1;\n");
        LinkedBlockingQueue<UpdateOutcome> outcomes = new LinkedBlockingQueue<>();
        try (ModuleRuntimePool pool = ModuleRuntimePool.create(8, ModuleRuntime.builder(root)
                .hot(HotOptions.parse("silent")).updateListener(outcomes::add).err(new ByteArrayOutputStream())
                .javaModule("java:text", Map.of("greeting", "hello")))) {
            for (ModuleRuntime runtime : pool.runtimes()) {
                assertEquals("hello ada", await(runtime.callExport("./render.mjs", "render", Value::asString, "ada")));
            }
            int before = transformsRunBy(pool);
            assertEquals(1, pool.get(3).watchedFiles().size(), "each runtime watches its own graph: " + pool.get(3).watchedFiles());

            Files.writeString(root.resolve("render.mjs"), "import { greeting } from 'java:text';\n"
                    + "export const render = (name) => greeting + ', ' + name + '!';\nimport.meta.hot.accept();\n");
            List<UpdateOutcome> heard = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                UpdateOutcome outcome = outcomes.poll(60, TimeUnit.SECONDS);
                assertNotNull(outcome, "outcomes so far: " + heard);
                heard.add(outcome);
            }
            assertTrue(heard.stream().allMatch(UpdateOutcome::applied), heard.toString());
            assertEquals(1, pool.sharedTransforms(), "the shared watcher transformed the file once");
            assertEquals(before, transformsRunBy(pool), "no runtime transformed it again");
            for (ModuleRuntime runtime : pool.runtimes()) {
                assertEquals("hello, ada!", await(runtime.callExport("./render.mjs", "render", Value::asString, "ada")));
            }
            await(pool.setJavaExport("java:text", "greeting", "hi"));
            Set<String> rendered = pool.runtimes().stream()
                    .map(runtime -> runtime.callExport("./render.mjs", "render", Value::asString, "ada").join())
                    .collect(Collectors.toSet());
            assertEquals(Set.of("hi, ada!"), rendered);
        }
    }

    @Test
    void aRequiredOnlyCommonJsEditReachesEveryRuntimeOfThePool() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("words.cjs"), "module.exports = { word: 'one' };\n");
        Files.writeString(root.resolve("speak.cjs"), "exports.speak = () => require('./words.cjs').word;\n"
                + "exports.word = require('./words.cjs').word;\n");
        Files.writeString(root.resolve("app.mjs"), "import { word } from './speak.cjs';\n"
                + "export const read = () => word;\nimport.meta.hot.accept('./speak.cjs');\n");
        LinkedBlockingQueue<UpdateOutcome> outcomes = new LinkedBlockingQueue<>();
        try (ModuleRuntimePool pool = ModuleRuntimePool.create(2, ModuleRuntime.builder(root)
                .hot(HotOptions.parse("silent")).updateListener(outcomes::add).err(new ByteArrayOutputStream()))) {
            for (ModuleRuntime runtime : pool.runtimes()) {
                assertEquals("one", await(runtime.callExport("./app.mjs", "read", Value::asString)));
                assertTrue(runtime.watchedFiles().contains(root.resolve("words.cjs")), runtime.watchedFiles().toString());
            }
            Files.writeString(root.resolve("words.cjs"), "module.exports = { word: 'two' };\n");
            for (int i = 0; i < 2; i++) {
                UpdateOutcome outcome = outcomes.poll(60, TimeUnit.SECONDS);
                assertNotNull(outcome);
                assertTrue(outcome.applied(), outcome.toString());
            }
            for (ModuleRuntime runtime : pool.runtimes()) {
                assertEquals("two", await(runtime.callExport("./app.mjs", "read", Value::asString)));
            }
        }
    }

    @Test
    void aManualPoolAppliesWhenAskedOneOutcomePerRuntime() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("rule.mjs"), "export const rule = () => 1;\nimport.meta.hot.accept();\n");
        try (ModuleRuntimePool pool = ModuleRuntimePool.create(3, ModuleRuntime.builder(root)
                .hot(HotOptions.parse("silent").manual(true)).err(new ByteArrayOutputStream()))) {
            for (ModuleRuntime runtime : pool.runtimes()) {
                await(runtime.importModule("./rule.mjs"));
            }
            Files.writeString(root.resolve("rule.mjs"), "export const rule = () => 2;\nimport.meta.hot.accept();\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!pool.runtimes().stream().allMatch(r -> r.hotStatus() == HotStatus.PENDING)) {
                assertTrue(System.nanoTime() < deadline, "not all pending");
                Thread.sleep(10);
            }
            assertEquals(1, await(pool.next().callExport("./rule.mjs", "rule", Value::asInt)));
            List<UpdateOutcome> each = await(pool.applyUpdates());
            assertEquals(3, each.size());
            assertTrue(each.stream().allMatch(UpdateOutcome::applied), each.toString());
            for (ModuleRuntime runtime : pool.runtimes()) {
                assertEquals(2, await(runtime.callExport("./rule.mjs", "rule", Value::asInt)));
            }
        }
    }

    @Test
    void closingThePoolLeavesNoThread() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("app.mjs"), "setInterval(() => {}, 5);\nexport const ok = 1;\nimport.meta.hot.accept();\n");
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ModuleRuntimePool pool = ModuleRuntimePool.create(4, ModuleRuntime.builder(root)
                .hot(HotOptions.parse("silent")).err(new ByteArrayOutputStream()));
        for (ModuleRuntime runtime : pool.runtimes()) {
            await(runtime.importModule("./app.mjs"));
        }
        pool.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive())
                    .map(Thread::getName)
                    // the JDK's virtual-thread scheduler starts its timer thread lazily, once per JVM
                    .filter(name -> !(name.startsWith("ForkJoinPool-") && name.endsWith("-delayScheduler")))
                    .toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertEquals(List.of(), left, "threads left after close");
    }
}
