package dev.hmrc.runtime;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java API: a runtime over a folder, imports, live namespaces, posting work, closing. */
class ModuleRuntimeTest {

    @TempDir
    Path temp;

    private void write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(30, TimeUnit.SECONDS);
    }

    @Test
    void namespaceReadFromJavaIsLive() throws Exception {
        write("counter.mjs", """
                export let count = 0;
                export function increment() { count++; }
                """);
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            Value ns = await(runtime.importModule("./counter.mjs"));
            assertEquals(0, await(runtime.submit(() -> ns.getMember("count").asInt())));
            assertEquals(List.of("count", "increment"),
                    await(runtime.submit(() -> List.copyOf(ns.getMemberKeys()))));
            await(runtime.submit(() -> ns.getMember("increment").execute()));
            assertEquals(1, await(runtime.submit(() -> ns.getMember("count").asInt())));
            Value again = await(runtime.importModule(temp.resolve("counter.mjs").toUri().toString()));
            assertTrue(await(runtime.submit(() -> again.equals(ns))), "one module instance per file");
        }
    }

    @Test
    void postedWorkRunsOnTheLoopThreadInOrder() throws Exception {
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            List<String> seen = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                runtime.post(() -> seen.add(n + ":" + Thread.currentThread().getName()));
            }
            String loopThread = await(runtime.submit(() -> Thread.currentThread().getName()));
            assertNotEquals(Thread.currentThread().getName(), loopThread);
            assertEquals(List.of("0:" + loopThread, "1:" + loopThread, "2:" + loopThread, "3:" + loopThread,
                    "4:" + loopThread), seen);
        }
    }

    @Test
    void workPostedAfterCloseIsRejected() {
        ModuleRuntime runtime = ModuleRuntime.builder(temp).build();
        runtime.close();
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> runtime.post(() -> { }));
        assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> runtime.importModule("./x.mjs"));
    }

    @Test
    void failedImportsCompleteExceptionallyWithTheJsError() throws Exception {
        write("throws.mjs", "throw new RangeError('no good');\n");
        write("missing-export.mjs", "import { nope } from './throws.mjs';\n");
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            ExecutionException thrown = assertThrows(ExecutionException.class,
                    () -> await(runtime.importModule("./throws.mjs")));
            JsError error = assertInstanceOf(JsError.class, thrown.getCause());
            assertEquals("RangeError: no good", error.error().headline());
            assertTrue(error.error().stack().contains("throws.mjs:1"), error.error().stack());
            ExecutionException link = assertThrows(ExecutionException.class,
                    () -> await(runtime.importModule("./missing-export.mjs")));
            assertEquals("SyntaxError: The requested module './throws.mjs' does not provide an export named 'nope'",
                    link.getCause().getMessage());
        }
    }

    @Test
    void importMetaHasUrlFilenameDirnameAndResolve() throws Exception {
        write("sub/meta.mjs", """
                export const url = import.meta.url;
                export const filename = import.meta.filename;
                export const dirname = import.meta.dirname;
                export const resolved = import.meta.resolve('../other.mjs');
                export const proto = Object.getPrototypeOf(import.meta);
                """);
        write("other.mjs", "");
        Path real = temp.toRealPath();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).build()) {
            Value ns = await(runtime.importModule("./sub/meta.mjs"));
            assertEquals(real.resolve("sub/meta.mjs").toUri().toString(),
                    await(runtime.submit(() -> ns.getMember("url").asString())));
            assertEquals(real.resolve("sub/meta.mjs").toString(),
                    await(runtime.submit(() -> ns.getMember("filename").asString())));
            assertEquals(real.resolve("sub").toString(),
                    await(runtime.submit(() -> ns.getMember("dirname").asString())));
            assertEquals(real.resolve("other.mjs").toUri().toString(),
                    await(runtime.submit(() -> ns.getMember("resolved").asString())));
            assertTrue(await(runtime.submit(() -> ns.getMember("proto").isNull())));
        }
    }

    @Test
    void uncaughtTimerErrorsReachTheHandlerAndTheLoopGoesOn() throws Exception {
        write("timers.mjs", """
                setTimeout(() => { throw new TypeError('from a timer'); }, 1);
                setTimeout(() => console.log('still running'), 20);
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<UncaughtError> uncaught = new CopyOnWriteArrayList<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp).out(out).onUncaught(uncaught::add).build()) {
            await(runtime.importModule("./timers.mjs"));
            for (int i = 0; i < 300 && !out.toString(StandardCharsets.UTF_8).contains("still"); i++) {
                Thread.sleep(10);
            }
        }
        assertEquals(1, uncaught.size());
        assertEquals("Uncaught TypeError: from a timer", uncaught.get(0).report().lines().findFirst().orElseThrow());
        assertEquals("still running\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void programRunEndsWhenNothingIsPending() throws IOException {
        write("main.mjs", """
                let n = 0;
                const id = setInterval(() => { if (++n === 3) { clearInterval(id); console.log('done', n); } }, 2);
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(temp).out(out).runProgram(List.of("./main.mjs"));
        assertEquals(0, status);
        assertEquals("done 3\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void uncaughtErrorsReachTheHandlerWithTheOriginalPositionsNativeRunsReport() throws Exception {
        write("v.mjs", "export const v = 1;\n");
        // Line 1 carries the wrapper prefix; on line 2 the two reads of v are rewritten to longer calls.
        write("stack.mjs", """
                import { v } from './v.mjs'; setTimeout(() => { throw new RangeError('line one ' + v); }, 1);
                function later() { return v + v + missing; }
                setTimeout(() => { later(); }, 5);
                """);
        String file = temp.resolve("stack.mjs").toRealPath().toString();
        List<String> expectedTopFrames = List.of(
                "Uncaught RangeError: line one 1\n    at " + file + ":1:55",
                "Uncaught ReferenceError: missing is not defined\n    at later (" + file + ":2:35)\n    at " + file + ":3:20");
        java.util.Map<Linker, List<String>> reports = new java.util.EnumMap<>(Linker.class);
        for (Linker linker : Linker.values()) {
            List<UncaughtError> uncaught = new CopyOnWriteArrayList<>();
            try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker).onUncaught(uncaught::add).build()) {
                await(runtime.importModule("./stack.mjs"));
                for (int i = 0; i < 300 && uncaught.size() < 2; i++) {
                    Thread.sleep(10);
                }
            }
            assertEquals(2, uncaught.size(), linker + ": " + uncaught);
            List<String> texts = uncaught.stream().map(UncaughtError::report).toList();
            for (int k = 0; k < 2; k++) {
                assertTrue(texts.get(k).startsWith(expectedTopFrames.get(k)),
                        linker + " frame positions, expected\n" + expectedTopFrames.get(k) + "\nbut got\n" + texts.get(k));
            }
            reports.put(linker, texts);
        }
        assertEquals(reports.get(Linker.GRAALJS), reports.get(Linker.HMRC), "hot and native stacks differ");
    }

    private static long cacheEntries(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".hmrct")).count();
        }
    }

    private int runMain(ModuleRuntime.Builder builder, ByteArrayOutputStream out) {
        return builder.out(out).err(out).runProgram(List.of("./main.mjs"));
    }

    @Test
    void theTransformCacheFolderIsAnOptionAndTheNextRunUsesIt() throws Exception {
        write("main.mjs", "import { twice } from './lib.mjs';\nimport data from './data.json' with { type: 'json' };\n"
                + "console.log(twice(data.n));\nnull.boom;\n");
        write("lib.mjs", "export const twice = (n) => n * 2;\n");
        write("data.json", "{\"n\": 21}");
        Path cache = temp.resolve("the-cache");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertEquals(1, runMain(ModuleRuntime.builder(temp).transformCache(cache), first));
        assertEquals(3, cacheEntries(cache), "main, lib and the JSON module");
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertEquals(1, runMain(ModuleRuntime.builder(temp).transformCache(cache).transformThreads(0), second));
        assertEquals(first.toString(StandardCharsets.UTF_8), second.toString(StandardCharsets.UTF_8),
                "same output, the uncaught error's original position included, from the cache");
        assertTrue(first.toString(StandardCharsets.UTF_8).startsWith("42\n"), first.toString(StandardCharsets.UTF_8));
        assertTrue(first.toString(StandardCharsets.UTF_8).contains("main.mjs:4:"), first.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream off = new ByteArrayOutputStream();
        ModuleRuntime.Builder noCache = ModuleRuntime.builder(temp).transformCache(null);
        org.junit.jupiter.api.Assertions.assertNull(noCache.cacheFolder());
        runMain(noCache, off);
        assertEquals(first.toString(StandardCharsets.UTF_8), off.toString(StandardCharsets.UTF_8));
        assertEquals(cache, ModuleRuntime.builder(temp).transformCache(cache).cacheFolder());
        assertThrows(IllegalArgumentException.class, () -> ModuleRuntime.builder(temp).transformThreads(-1));
    }

    @Test
    void aBindingReadInItsDeadZoneShowsTheNativeFramesOnly() throws Exception {
        // b reads a's const before a ran (a cycle entered at a): hmrc reads it through a's export
        // accessor in the wrapper prefix, a frame the native run does not have.
        write("tdz-a.mjs", "import './tdz-b.mjs';\nexport const a = 1;\n");
        write("tdz-b.mjs", """
                import { a } from './tdz-a.mjs';
                let caught;
                try { a; } catch (e) { caught = e; }
                setTimeout(() => { throw caught; }, 1);
                """);
        java.util.Map<Linker, String> reports = new java.util.EnumMap<>(Linker.class);
        for (Linker linker : Linker.values()) {
            List<UncaughtError> uncaught = new CopyOnWriteArrayList<>();
            try (ModuleRuntime runtime = ModuleRuntime.builder(temp).linker(linker).onUncaught(uncaught::add).build()) {
                await(runtime.importModule("./tdz-a.mjs"));
                for (int i = 0; i < 300 && uncaught.isEmpty(); i++) {
                    Thread.sleep(10);
                }
            }
            assertEquals(1, uncaught.size(), linker + ": " + uncaught);
            reports.put(linker, uncaught.get(0).report());
        }
        String file = temp.resolve("tdz-b.mjs").toRealPath().toString();
        assertTrue(reports.get(Linker.GRAALJS).startsWith("Uncaught ReferenceError: a is not defined\n    at " + file + ":3:7"),
                reports.get(Linker.GRAALJS));
        assertEquals(reports.get(Linker.GRAALJS), reports.get(Linker.HMRC), "hot and native stacks differ");
    }
}
