package dev.hmrc.runtime;

import dev.hmrc.runtime.link.ModuleInstance;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory across many hot updates: 1,000 updates in one runtime must not keep the replaced
 * module instances (the Java {@link ModuleInstance} objects, and with them their JS
 * module scopes) reachable. Each version of the updated module allocates an array of
 * {@value #ARRAY_LENGTH} numbers kept only in its module scope, so a leaked version
 * costs about 100 kB of heap and 1,000 leaked versions show up far beyond the 10 MB the
 * design allows (DESIGN.md, "memory across 1,000 updates").
 *
 * <p>Two graphs: a self-accepting module (updates driven straight into the update engine
 * on the loop, without the watcher's debounce, for speed), and a chain {@code main →
 * parent → child} whose parent accepts the child with a callback (updates through real
 * file writes and the watcher).
 */
class HotUpdateMemoryTest {

    private static final int UPDATES = 1_000;
    private static final int ARRAY_LENGTH = 25_000;
    /**
     * Replaced instances that may stay reachable: a bounded few. GraalJS's own call-site
     * caches (e.g. the polymorphic cache of {@code Generator.prototype.next}) keep the first
     * couple of versions' code, and that code's cached {@code import.meta.hot} functions
     * reach their instance; a leak keeps one per update.
     */
    private static final int ALLOWED_SURVIVORS = 3;
    private static final long MAX_HEAP_GROWTH_BYTES = 10L * 1024 * 1024;
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path temp;

    private final LinkedBlockingQueue<String> hotLines = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private ModuleRuntime start(Path root) throws Exception {
        ModuleRuntime runtime = ModuleRuntime.builder(root)
                .hot(HotOptions.defaults())
                .hotListener(hotLines::add)
                .out(output)
                .err(output)
                .build();
        runtime.importModule("./main.mjs").get(WAIT_SECONDS, TimeUnit.SECONDS);
        return runtime;
    }

    /**
     * The self-accepting module's registrations: each version's accept callback, dispose
     * handler and event listener close over its module scope (the array), so that old
     * versions stay reachable if the engine keeps any of them (handler arrays, the event bus).
     */
    private static final String SELF_ACCEPTING = """
            export const previous = import.meta.hot.data.version ?? -1;
            import.meta.hot.accept((fresh) => { if (fresh.version < 0) throw new Error(String(retained.length)); });
            import.meta.hot.dispose((data) => { data.version = version + retained.length * 0; });
            import.meta.hot.on('hmr:afterUpdate', () => { if (retained.length !== %d) throw new Error('lost'); });
            """.formatted(ARRAY_LENGTH);

    /** A version of a module that keeps a large array only in its module scope. */
    private static String bigVersion(int version, String extra) {
        return "// version " + version + "\n"
                + "const retained = new Array(" + ARRAY_LENGTH + ").fill(" + version + ");\n"
                + "export const version = " + version + ";\n"
                + "export function size() { return retained.length + retained[" + (ARRAY_LENGTH - 1) + "] - version; }\n"
                + extra;
    }

    @Test
    void aThousandUpdatesOfASelfAcceptingModuleReleaseEveryOldInstance() throws Exception {
        Files.writeString(temp.resolve("main.mjs"), """
                import { version, size, previous } from './counter.mjs';
                export function read() { return version + ':' + size() + ':' + previous; }
                """);
        Path counter = temp.resolve("counter.mjs");
        Files.writeString(counter, bigVersion(0, SELF_ACCEPTING));
        Path real = counter.toRealPath();
        List<WeakReference<ModuleInstance>> replaced = new ArrayList<>();
        long heapAt100 = 0;
        try (ModuleRuntime runtime = start(temp)) {
            Value main = runtime.importModule("./main.mjs").get(WAIT_SECONDS, TimeUnit.SECONDS);
            for (int version = 1; version <= UPDATES; version++) {
                // Saved whole (rename over) so that the watcher, which sees the save too and
                // asks for an update that finds nothing new, never reads a half-written file.
                save(counter, bigVersion(version, SELF_ACCEPTING));
                replaced.add(new WeakReference<>(runtime.submit(() -> {
                    ModuleInstance current = currentInstance(runtime, real);
                    runtime.updateEngine().filesChanged(Set.of(real), Set.of());
                    return current;
                }).get(WAIT_SECONDS, TimeUnit.SECONDS)));
                expectLoaded(version);
                if (version % 100 == 0) {
                    int expected = version;
                    assertEquals(expected + ":" + ARRAY_LENGTH + ":" + (expected - 1),
                            runtime.submit(() -> main.getMember("read").execute().asString()).get(WAIT_SECONDS, TimeUnit.SECONDS),
                            "main reads the newest version through its live binding, which got the data of the one before");
                }
                if (version == 100) {
                    heapAt100 = usedHeapAfterGc();
                }
            }
            long heapAt1000 = usedHeapAfterGc();
            int survivors = survivors(replaced);
            report("self-accepting module", heapAt100, heapAt1000, survivors);
            assertTrue(survivors <= ALLOWED_SURVIVORS, survivors + " of " + UPDATES
                    + " replaced instances of counter.mjs are still reachable");
            assertTrue(heapAt1000 - heapAt100 < MAX_HEAP_GROWTH_BYTES, "used heap grew by "
                    + mb(heapAt1000 - heapAt100) + " MB between update 100 and update 1,000");
        }
    }

    @Test
    void aThousandSavedEditsOfAnAcceptedChildReleaseEveryOldInstance() throws Exception {
        Files.writeString(temp.resolve("main.mjs"), """
                import { read } from './parent.mjs';
                export { read };
                """);
        Files.writeString(temp.resolve("parent.mjs"), """
                import * as child from './child.mjs';
                let accepted = 0;
                import.meta.hot.accept('./child.mjs', (fresh) => { accepted++; });
                export function read() { return child.version + ':' + child.size() + ':' + accepted; }
                """);
        Path child = temp.resolve("child.mjs");
        Files.writeString(child, bigVersion(0, ""));
        Path real = child.toRealPath();
        List<WeakReference<ModuleInstance>> replaced = new ArrayList<>();
        long heapAt100 = 0;
        try (ModuleRuntime runtime = start(temp)) {
            Value main = runtime.importModule("./main.mjs").get(WAIT_SECONDS, TimeUnit.SECONDS);
            for (int version = 1; version <= UPDATES; version++) {
                replaced.add(new WeakReference<>(runtime.submit(() -> currentInstance(runtime, real))
                        .get(WAIT_SECONDS, TimeUnit.SECONDS)));
                save(child, bigVersion(version, ""));
                expectLoaded(version);
                if (version % 100 == 0) {
                    int expected = version;
                    assertEquals(expected + ":" + ARRAY_LENGTH + ":" + expected,
                            runtime.submit(() -> main.getMember("read").execute().asString()).get(WAIT_SECONDS, TimeUnit.SECONDS),
                            "the parent reads the newest child through its live namespace import");
                }
                if (version == 100) {
                    heapAt100 = usedHeapAfterGc();
                }
            }
            long heapAt1000 = usedHeapAfterGc();
            int survivors = survivors(replaced);
            report("accepted child (real file writes)", heapAt100, heapAt1000, survivors);
            assertTrue(survivors <= ALLOWED_SURVIVORS, survivors + " of " + UPDATES
                    + " replaced instances of child.mjs are still reachable");
            assertTrue(heapAt1000 - heapAt100 < MAX_HEAP_GROWTH_BYTES, "used heap grew by "
                    + mb(heapAt1000 - heapAt100) + " MB between update 100 and update 1,000");
        }
    }

    /** The module instance of {@code file} that is current now (loop thread). */
    private static ModuleInstance currentInstance(ModuleRuntime runtime, Path file) {
        for (ModuleInstance module : runtime.moduleLoader().modules()) {
            if (module.path().equals(file)) {
                return module;
            }
        }
        throw new AssertionError("no module instance of " + file);
    }

    /** Saves as editors do: a temporary file beside it, renamed over it. */
    private static void save(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void expectLoaded(int version) throws InterruptedException {
        String line = hotLines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(line, "update " + version + " did not report within " + WAIT_SECONDS + " s; output so far:\n"
                + output.toString(StandardCharsets.UTF_8));
        assertTrue(line.startsWith("[hot] Loaded 1 new module, reevaluated 0 existing modules in "),
                "update " + version + ": " + line);
    }

    /** Replaced instances not yet collected, after up to ten collections. */
    private static int survivors(List<WeakReference<ModuleInstance>> replaced) throws InterruptedException {
        int alive = Integer.MAX_VALUE;
        for (int round = 0; round < 10 && alive > ALLOWED_SURVIVORS; round++) {
            System.gc();
            Thread.sleep(50);
            alive = 0;
            for (WeakReference<ModuleInstance> ref : replaced) {
                if (ref.get() != null) {
                    alive++;
                }
            }
        }
        return alive;
    }

    /** Used heap after collections settle it (the smallest of a few readings). */
    private static long usedHeapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(30);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f", bytes / (1024.0 * 1024.0));
    }

    private static void report(String what, long heapAt100, long heapAt1000, int survivors) {
        System.out.println("[memory] " + what + ": used heap after GC " + mb(heapAt100) + " MB at update 100, "
                + mb(heapAt1000) + " MB at update 1,000 (growth " + mb(heapAt1000 - heapAt100) + " MB); "
                + survivors + " of " + UPDATES + " replaced instances still reachable");
    }
}
