package dev.hmrc.runtime.link;

import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformResult;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Module files read and transformed for the loader: through the cache (same output as the
 * transformer's, damaged entries redone, concurrent callers) and read ahead on other threads
 * (same registry order, same output, same errors as loading on the loop thread alone).
 */
class ModuleSourcesTest {

    @TempDir
    Path temp;

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file.toRealPath();
    }

    private ModuleSources sources(int threads) {
        return new ModuleSources(new SpecifierResolver(), temp, TransformCache.open(temp.resolve("cache"), 1 << 24), threads);
    }

    private static void assertSameTransform(TransformResult expected, TransformedModule actual) {
        assertEquals(expected.code(), actual.code());
        assertEquals(expected.record(), actual.record());
        assertEquals(expected.map().toJson(), actual.map().toJson());
    }

    @Test
    void aCachedTransformIsTheTransformersOutput() throws Exception {
        Path file = write("m.mjs", """
                import { a as b } from './dep.mjs';
                import data from './data.json' with { type: 'json' };
                export const x = b + data.n; // a comment
                export default function () { return import.meta.url; }
                """);
        String text = Files.readString(file);
        TransformResult fresh = new ModuleTransformer().transform(text, file.toString());

        TransformedModule first = sources(0).transform(file, text, "javascript");
        assertFalse(first.fromCache());
        assertSameTransform(fresh, first);

        TransformedModule second = sources(0).transform(file, text, "javascript"); // a new instance: a new run
        assertTrue(second.fromCache());
        assertSameTransform(fresh, second);
        assertEquals(text, second.text());

        TransformedModule moved = sources(0).transform(file.resolveSibling("n.mjs"), text, "javascript");
        assertFalse(moved.fromCache(), "another path names another map source: another key");
        TransformedModule edited = sources(0).transform(file, text + "\n", "javascript");
        assertFalse(edited.fromCache());
    }

    @Test
    void preparingATextAlreadyPreparedDoesNotTransformItAgain() throws Exception {
        Path file = write("early.mjs", "export const v = 1;\n");
        try (ModuleSources sources = sources(0)) {
            sources.prepare(List.of(file)); // at the burst's first event
            sources.prepare(List.of(file)); // at its change set: the same text
            assertEquals(1, sources.transformsRun(), "the second prepare found the text prepared");
            Files.writeString(file, "export const v = 2;\n");
            sources.prepare(List.of(file)); // the file changed after the first event
            assertEquals(2, sources.transformsRun());
            TransformedModule taken = sources.transformWritingLater(file, "export const v = 2;\n", "javascript");
            assertSameTransform(new ModuleTransformer().transform("export const v = 2;\n", file.toString()), taken);
            assertEquals(2, sources.transformsRun(), "the update took the newer preparation");
        }
    }

    @Test
    void aPreparedTransformIsTakenOnlyForTheTextItWasMadeFrom() throws Exception {
        Path file = write("p.mjs", "export const v = 1;\n");
        try (ModuleSources sources = sources(0)) {
            sources.prepare(List.of(file, temp.resolve("src/missing.mjs"), write("bad.mjs", "export const = ;\n")));
            assertEquals(1, sources.preparedCount(), "only the file that reads and parses is prepared");
            TransformedModule taken = sources.transformWritingLater(file, "export const v = 1;\n", "javascript");
            assertEquals(0, sources.preparedCount(), "taken");
            assertSameTransform(new ModuleTransformer().transform("export const v = 1;\n", file.toString()), taken);

            sources.prepare(List.of(file));
            // The file changed again between prepare and the update: the update's text wins.
            TransformedModule newer = sources.transformWritingLater(file, "export const v = 2;\n", "javascript");
            assertSameTransform(new ModuleTransformer().transform("export const v = 2;\n", file.toString()), newer);
            assertEquals(0, sources.preparedCount(), "a stale preparation is dropped");
        }
    }

    @Test
    void heldCacheWritesWaitForTheFlush() throws Exception {
        Path file = write("h.mjs", "export const h = 1;\n");
        Path folder = temp.resolve("cache");
        long before;
        try (ModuleSources sources = sources(0)) {
            before = cacheFiles(folder);
            sources.holdWrites();
            sources.read(file, "javascript");
            assertEquals(before, cacheFiles(folder), "nothing written while held");
            sources.flushWrites();
        } // close waits for the background writer
        assertEquals(before + 1, cacheFiles(folder), "written after the flush");
        try (ModuleSources sources = sources(0)) {
            sources.holdWrites();
            sources.read(write("i.mjs", "export const i = 2;\n"), "javascript");
        } // close flushes what is still held
        assertEquals(before + 2, cacheFiles(folder), "close flushes held writes");
    }

    private static long cacheFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void jsonModulesAreCachedToo() throws Exception {
        Path file = write("d.json", "[1, {\"n\": 2}]\n"); // JSON that is a valid script too
        String text = Files.readString(file);
        TransformResult fresh = new ModuleTransformer().transformJson(text, file.toString());
        assertFalse(sources(0).transform(file, text, "json").fromCache());
        TransformedModule hit = sources(0).transform(file, text, "json");
        assertTrue(hit.fromCache());
        assertSameTransform(fresh, hit);
        assertFalse(sources(0).transform(file, text, "javascript").fromCache(), "the type is part of the key");
    }

    @Test
    void damagedEntriesAreTransformedAgainAndRewritten() throws Exception {
        Path file = write("m.mjs", "export let n = 1;\n");
        String text = Files.readString(file);
        sources(0).transform(file, text, "javascript");
        List<Path> entries;
        try (Stream<Path> files = Files.walk(temp.resolve("cache"))) {
            entries = files.filter(f -> f.toString().endsWith(".hmrct")).toList();
        }
        assertEquals(1, entries.size());
        byte[] bytes = Files.readAllBytes(entries.get(0));
        bytes[bytes.length / 3] ^= 0x01;
        Files.write(entries.get(0), bytes);

        TransformedModule again = sources(0).transform(file, text, "javascript");
        assertFalse(again.fromCache());
        assertSameTransform(new ModuleTransformer().transform(text, file.toString()), again);
        assertTrue(sources(0).transform(file, text, "javascript").fromCache(), "rewritten");
    }

    @Test
    void anEntryWhoseRecordIsNotARecordIsRedone() throws Exception {
        Path file = write("m.mjs", "export let n = 1;\n");
        String text = Files.readString(file);
        TransformCache cache = TransformCache.open(temp.resolve("cache"), 1 << 24);
        String key = TransformCache.key(ModuleSources.Fingerprint.VALUE, "javascript", file.toString(),
                text.getBytes(StandardCharsets.UTF_8));
        cache.put(key, new TransformCache.Entry("bogus", "{}", "[1, 2]"));
        TransformedModule redone = sources(0).transform(file, text, "javascript");
        assertFalse(redone.fromCache());
        assertSameTransform(new ModuleTransformer().transform(text, file.toString()), redone);
    }

    @Test
    void syntaxErrorsAreReportedEveryTimeAndNotStored() throws Exception {
        Path file = write("bad.mjs", "export const = 1;\n");
        String text = Files.readString(file);
        ModuleSyntaxError first = assertThrows(ModuleSyntaxError.class, () -> sources(0).transform(file, text, "javascript"));
        ModuleSyntaxError second = assertThrows(ModuleSyntaxError.class, () -> sources(0).transform(file, text, "javascript"));
        assertEquals(first.getMessage(), second.getMessage());
        try (Stream<Path> files = Files.walk(temp)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".hmrct")));
        }
    }

    @Test
    void concurrentCallersGetTheTransformersOutput() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            files.add(write("c" + k + ".mjs", "import * as ns from './c" + ((k + 1) % 12) + ".mjs';\n"
                    + "export function f" + k + "() { return ns; }\nexport const v = " + k + ";\n"));
        }
        ModuleSources shared = sources(2);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                done.add(threads.submit(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (Path file : files) {
                            String text = Files.readString(file);
                            assertSameTransform(new ModuleTransformer().transform(text, file.toString()),
                                    shared.transform(file, text, "javascript"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
            shared.close();
        }
    }

    // --- read-ahead through the loader ---------------------------------------------------------

    /** What one loader run did: the registry order, what the modules printed, the value or error. */
    record Outcome(List<String> registry, String output, String result) {
    }

    /** Loads, links and evaluates {@code entry} with a fresh context and the given sources. */
    private Outcome run(String entry, ModuleSources sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("js").out(out).err(out).allowExperimentalOptions(true)
                .option("js.unhandled-rejections", "throw").option("engine.WarnInterpreterOnly", "false").build()) {
            RuntimeSupport support = RuntimeSupport.install(context);
            ProxyExecutable noTimers = args -> {
                throw new UnsupportedOperationException("no timers here");
            };
            support.function("installGlobals").executeVoid(noTimers, noTimers, ProxyArray.fromArray());
            ModuleLoader loader = new ModuleLoader(context, support, new SpecifierResolver(), temp.resolve("src"), sources);
            String result;
            try {
                ModuleInstance module = loader.loadGraph(entry, Map.of(), null, new LinkedHashSet<>());
                loader.linker().link(module);
                support.trampoline(() -> loader.linker().evaluate(module));
                Value ns = loader.linker().getModuleNamespace(module);
                result = "value " + ns.getMember("value");
            } catch (JsThrow abrupt) {
                result = "thrown " + abrupt.getMessage();
            } catch (PolyglotException thrownByModule) {
                result = "thrown by module " + thrownByModule.getMessage();
            }
            assertEquals(0, sources.readAheadCount(), "nothing read ahead is kept after the graph");
            List<String> registry = new ArrayList<>();
            for (ModuleInstance m : loader.modules()) {
                registry.add(m.type + " " + temp.relativize(m.path));
            }
            return new Outcome(registry, out.toString(StandardCharsets.UTF_8), result);
        } finally {
            sources.close();
        }
    }

    /**
     * A graph with the shapes that make load order visible: a wide fan-out, shared
     * dependencies reached at different depths, a cycle, namespace and JSON imports, a
     * re-export; every module prints when it runs.
     */
    private void writeGraph(int modules) throws IOException {
        Files.createDirectories(temp.resolve("src"));
        for (int i = 0; i < modules; i++) {
            StringBuilder text = new StringBuilder();
            List<Integer> deps = new ArrayList<>();
            for (int c = 3 * i + 1; c <= 3 * i + 3 && c < modules; c++) {
                deps.add(c);
            }
            if (i % 4 == 1) {
                deps.add((i * 5 + 7) % modules); // shared, sometimes an ancestor: a cycle
            }
            int n = 0;
            for (int d : deps.stream().distinct().toList()) {
                if (d == i) {
                    continue;
                }
                if (n % 2 == 0) {
                    text.append("import { value as v").append(n).append(" } from './m").append(d).append(".mjs';\n");
                } else {
                    text.append("import * as ns").append(n).append(" from './m").append(d).append(".mjs';\n");
                }
                n++;
            }
            if (i % 7 == 3) {
                text.append("import data from './d").append(i).append(".json' with { type: 'json' };\n");
                Files.writeString(temp.resolve("src").resolve("d" + i + ".json"), "{\"k\": " + i + "}");
            }
            if (i % 9 == 2) {
                text.append("export { value as again } from './m").append((i + 1) % modules).append(".mjs';\n");
            }
            text.append("console.log('run m").append(i).append("');\n");
            text.append("export function value() { return ").append(i).append("; }\n");
            write("m" + i + ".mjs", text.toString());
        }
        write("main.mjs", "import { value } from './m0.mjs';\nconsole.log('main', value());\nexport { value };\n");
    }

    @Test
    void readAheadKeepsTheRegistryOrderAndTheOutput() throws Exception {
        writeGraph(60);
        Outcome alone = run("./main.mjs", new ModuleSources(new SpecifierResolver(), temp, null, 0));
        long jsonModules = java.util.stream.IntStream.range(0, 60).filter(i -> i % 7 == 3).count();
        assertEquals(1 + 60 + jsonModules, alone.registry().size(), alone.registry().toString());
        assertTrue(alone.output().contains("run m59"), alone.output());
        assertEquals(alone, run("./main.mjs", new ModuleSources(new SpecifierResolver(), temp, null, 3)));
        assertEquals(alone, run("./main.mjs", sources(1)), "read-ahead, cache empty");
        assertEquals(alone, run("./main.mjs", sources(3)), "read-ahead, cache full");
        assertEquals(alone, run("./main.mjs", sources(0)), "loop thread only, cache full");
    }

    @Test
    void failuresReadAsWithoutReadAhead() throws Exception {
        writeGraph(30);
        write("bad-syntax.mjs", "import './m1.mjs';\nimport './broken.mjs';\nexport const value = 1;\n");
        write("broken.mjs", "export const = 2;\n");
        write("bad-request.mjs", "import './m2.mjs';\nimport './missing.mjs';\nimport './m5.mjs';\nexport const value = 1;\n");
        write("bad-attribute.mjs", "import './m3.mjs';\nimport d from './d3.json';\nexport const value = d;\n");
        write("bad-type.mjs", "import './m3.mjs';\nimport d from './m1.mjs' with { type: 'css' };\nexport const value = d;\n");
        write("throws.mjs", "import './m4.mjs';\nthrow new RangeError('at top level');\n");
        for (String entry : List.of("./bad-syntax.mjs", "./bad-request.mjs", "./bad-attribute.mjs", "./bad-type.mjs",
                "./throws.mjs")) {
            Outcome alone = run(entry, new ModuleSources(new SpecifierResolver(), temp, null, 0));
            assertTrue(alone.result().startsWith("thrown "), entry + ": " + alone);
            assertEquals(alone, run(entry, new ModuleSources(new SpecifierResolver(), temp, null, 2)), entry);
            assertEquals(alone, run(entry, sources(2)), entry + ", cache");
        }
    }

    @Test
    void whatWasReadAheadAndNotTakenIsReadAgainLater() throws Exception {
        writeGraph(10);
        // main's first request fails, after its later ones were queued for read-ahead.
        write("early-failure.mjs", "import './missing.mjs';\nimport { value } from './late.mjs';\n");
        write("late.mjs", "export const value = 'old';\n");
        ModuleSources sources = new ModuleSources(new SpecifierResolver(), temp, null, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("js").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            RuntimeSupport support = RuntimeSupport.install(context);
            ModuleLoader loader = new ModuleLoader(context, support, new SpecifierResolver(), temp.resolve("src"), sources);
            JsThrow failed = assertThrows(JsThrow.class,
                    () -> loader.loadGraph("./early-failure.mjs", Map.of(), null, new LinkedHashSet<>()));
            assertTrue(failed.getMessage().contains("missing.mjs"), failed.getMessage());
            assertEquals(0, sources.readAheadCount());
            write("late.mjs", "export const value = 'new';\n");
            ModuleInstance late = loader.loadGraph("./late.mjs", Map.of(), null, new LinkedHashSet<>());
            loader.linker().link(late);
            support.trampoline(() -> loader.linker().evaluate(late));
            assertEquals("new", loader.linker().getModuleNamespace(late).getMember("value").asString());
        } finally {
            sources.close();
        }
    }

    @Test
    void anUnreadableFileFailsWhenTaken() throws Exception {
        Path folder = write("dir.mjs/keep", "x").getParent(); // a folder named like a module
        ModuleSources sources = new ModuleSources(new SpecifierResolver(), temp, null, 0);
        assertInstanceOf(IOException.class, assertThrows(IOException.class, () -> sources.take(folder, "javascript")));
    }
}
