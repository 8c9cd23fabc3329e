package dev.hmrc.runtime;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hot updates through the Java API: a namespace read from Java follows updates; report lines reach a listener. */
class HotUpdateApiTest {

    @TempDir
    Path temp;

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void namespaceReadFromJavaSeesTheNewVersionAfterAnUpdate() throws Exception {
        Files.writeString(temp.resolve("main.mjs"), "export { rule } from './rule.mjs';\n");
        Files.writeString(temp.resolve("rule.mjs"), "export const rule = (x) => x + 1;\nimport.meta.hot.accept();\n");
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp.toRealPath())
                .hot(HotOptions.parse("silent"))
                .hotListener(lines::add)
                .err(new ByteArrayOutputStream())
                .build()) {
            Value main = await(runtime.importModule("./main.mjs"));
            assertEquals(11, await(runtime.submit(() -> main.getMember("rule").execute(10).asInt())));
            Files.writeString(temp.resolve("rule.mjs"), "export const rule = (x) => x * 2;\nimport.meta.hot.accept();\n");
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(line, "no [hot] line within 20 s");
            assertTrue(line.matches("^\\[hot\\] Loaded 1 new module, reevaluated 0 existing modules in [0-9.]+ ?ms\\.$"), line);
            assertEquals(20, await(runtime.submit(() -> main.getMember("rule").execute(10).asInt())),
                    "the re-exporting entry's namespace reads the new rule");
        }
    }

    @Test
    void callExportRunsTheCurrentVersionOfAReplacedModule() throws Exception {
        Files.writeString(temp.resolve("rule.mjs"), "export const rule = (x) => x + 1;\n"
                + "export const later = (x) => new Promise((ok, fail) => setTimeout(() => x < 0 ? fail(new RangeError('negative')) : ok(x), 5));\n"
                + "export const notAFunction = 1;\nimport.meta.hot.accept();\n");
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp.toRealPath())
                .hot(HotOptions.parse("silent")).hotListener(lines::add).err(new ByteArrayOutputStream()).build()) {
            Value held = await(runtime.importModule("./rule.mjs"));
            assertEquals(11, await(runtime.callExport("./rule.mjs", "rule", Value::asInt, 10)));
            assertEquals(7, await(runtime.callExport("./rule.mjs", "later", Value::asInt, 7)), "a promise is awaited");
            java.util.concurrent.ExecutionException rejected = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> await(runtime.callExport("./rule.mjs", "later", Value::asInt, -1)));
            assertEquals("RangeError: negative", ((JsError) rejected.getCause()).error().headline());
            java.util.concurrent.ExecutionException notCallable = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> await(runtime.callExport("./rule.mjs", "notAFunction", Value::asInt)));
            assertEquals("TypeError: ./rule.mjs does not export a function named 'notAFunction'",
                    ((JsError) notCallable.getCause()).error().headline());

            Files.writeString(temp.resolve("rule.mjs"), "export const rule = (x) => x * 2;\nimport.meta.hot.accept();\n");
            String line = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(line, "no [hot] line within 20 s");
            assertEquals(20, await(runtime.callExport("./rule.mjs", "rule", Value::asInt, 10)), "the new version runs");
            assertEquals(11, await(runtime.submit(() -> held.getMember("rule").execute(10).asInt())),
                    "a namespace held from Java stays on its version");
        }
    }

    @Test
    void importMetaHotIsUndefinedWithoutHotUpdates() throws Exception {
        Files.writeString(temp.resolve("main.mjs"), "export const hot = typeof import.meta.hot;\n");
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            Value main = await(runtime.importModule("./main.mjs"));
            assertEquals("undefined", await(runtime.submit(() -> main.getMember("hot").asString())));
        }
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).hot(HotOptions.defaults()).build()) {
            Value main = await(runtime.importModule("./main.mjs"));
            assertEquals("object", await(runtime.submit(() -> main.getMember("hot").asString())));
        }
    }

    @Test
    void hotUpdatesNeedHmrcLinker() {
        assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp)
                .linker(Linker.GRAALJS).hot(HotOptions.defaults()).build());
    }

    @Test
    void aFailedUpdateThatLeavesNothingPendingKeepsTheProgramWaitingForTheNextSave() throws Exception {
        Files.writeString(temp.resolve("main.mjs"), "import { v } from './dep.mjs';\nconsole.log('main', v);\n"
                + "setTimeout(() => console.log('last timer done'), 2500);\n");
        Files.writeString(temp.resolve("dep.mjs"), "export const v = 1;\nimport.meta.hot.accept();\n");
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] status = {-1};
        ModuleRuntime.Builder builder = ModuleRuntime.builder(temp.toRealPath()).hot(HotOptions.parse("silent"))
                .hotListener(lines::add).out(out).err(new ByteArrayOutputStream());
        Thread program = new Thread(() -> status[0] = builder.runProgram(java.util.List.of("./main.mjs")));
        program.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!out.toString().contains("main 1") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(out.toString().contains("main 1"), "the program did not start: " + out);
            Files.writeString(temp.resolve("dep.mjs"), "export const v = 2;\nimport.meta.hot.accept();\nthrow new Error('broken');\n");
            String failed = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(failed, "no [hot] line for the failing save");
            assertTrue(failed.startsWith("[hot] Error evaluating dep.mjs: Error: broken"), failed);
            String waiting = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(waiting, "the program ended (or said nothing) after its last timer; status " + status[0]);
            assertEquals("[hot] The failed update left nothing running; waiting for the next save", waiting);
            assertTrue(out.toString().contains("last timer done"), out.toString());
            Thread.sleep(200);
            assertTrue(program.isAlive(), "the program ended after a failed update");
            Files.writeString(temp.resolve("dep.mjs"), "export const v = 3;\nimport.meta.hot.accept();\n");
            String applied = lines.poll(20, TimeUnit.SECONDS);
            assertNotNull(applied, "no [hot] line for the good save");
            assertTrue(applied.startsWith("[hot] Loaded 1 new module"), applied);
            program.join(20_000);
            assertTrue(!program.isAlive(), "the program keeps running after the good save although nothing is pending");
            assertEquals(0, status[0]);
        } finally {
            program.interrupt();
        }
    }
}
