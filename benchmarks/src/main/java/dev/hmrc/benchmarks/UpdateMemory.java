package dev.hmrc.benchmarks;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.ModuleRuntime;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Retained heap across hot updates (DESIGN.md, "Figures to reach": growth ≤ 10 MB across
 * 1,000 updates), through the public API and real file saves, as an embedder or
 * {@code hmrc run --import hmr/register} sees it.
 *
 * <p>One runtime over a small program: {@code main.mjs} imports a self-accepting
 * {@code counter.mjs} and a {@code parent.mjs} that accepts its {@code child.mjs} with a
 * callback. Each version of {@code counter.mjs} and {@code child.mjs} keeps an array of
 * {@code array} numbers in its module scope (about 4 bytes each: a version that stayed
 * reachable would cost that much). The harness saves new versions of the two modules in
 * turn (a temporary file renamed over the module, as editors save) and waits for each
 * update's {@code [hot] Loaded} line; after {@code warmup} updates it reads the used heap
 * after full collections (the smallest of eight readings 300 ms apart), then again after each quarter of
 * {@code updates} more. The figure is the difference at the end; the quarters show whether
 * it grows with the updates (a leak) or levels off (the JIT compiler's own data, which
 * lives on the same heap). Between readings, the program's live bindings are checked to
 * see the newest versions.
 *
 * <pre>UpdateMemory --folder DIR [--updates 1000] [--warmup 100] [--array 25000]</pre>
 */
public final class UpdateMemory {
    private UpdateMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        int updates = 1000;
        int warmup = 100;
        int array = 25_000;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--folder" -> folder = Path.of(value);
                case "--updates" -> updates = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--array" -> array = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (UpdateMemory --folder DIR [--updates 1000] [--warmup 100] [--array 25000])");
            }
            i++;
        }
        if (folder == null) {
            throw new IllegalArgumentException("--folder DIR is required");
        }
        Files.createDirectories(folder);
        Path root = folder.toRealPath();
        Files.writeString(root.resolve("main.mjs"), """
                import { version } from './counter.mjs';
                import { childVersion } from './parent.mjs';
                export function read() { return version + ':' + childVersion(); }
                """);
        Files.writeString(root.resolve("parent.mjs"), """
                import * as child from './child.mjs';
                import.meta.hot.accept('./child.mjs', () => {});
                export function childVersion() { return child.version; }
                """);
        save(root.resolve("counter.mjs"), version(0, array, "import.meta.hot.accept();\n"));
        save(root.resolve("child.mjs"), version(0, array, ""));

        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        OutputStream quiet = OutputStream.nullOutputStream();
        try (ModuleRuntime runtime = ModuleRuntime.builder(root).hot(HotOptions.defaults())
                .hotListener(lines::add).out(quiet).err(quiet).build()) {
            Value main = runtime.importModule("./main.mjs").get(60, TimeUnit.SECONDS);
            int[] versions = {0, 0};
            long start = System.nanoTime();
            update(root, runtime, main, lines, versions, warmup, array);
            long before = usedHeapAfterGc();
            StringBuilder checkpoints = new StringBuilder();
            int done = 0;
            long after = before;
            while (done < updates) {
                int step = Math.min(updates / 4 > 0 ? updates / 4 : updates, updates - done);
                update(root, runtime, main, lines, versions, step, array);
                done += step;
                after = usedHeapAfterGc();
                checkpoints.append(String.format(Locale.ROOT, " +%d: %.2f MB", done, mb(after - before)));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double perVersionMb = array * 4 / (1024.0 * 1024.0);
            System.out.printf(Locale.ROOT, "update-memory: %d updates after %d warm-up ones (%d of counter.mjs,"
                            + " self-accepting; %d of child.mjs, accepted by parent.mjs), %.1f s%n",
                    updates, warmup, (updates + 1) / 2, updates / 2, seconds);
            System.out.printf(Locale.ROOT, "used heap after GC: %.2f MB before, %.2f MB after: growth %.2f MB"
                            + " (a leaked version would keep about %.2f MB, all %d about %.0f MB)%n",
                    mb(before), mb(after), mb(after - before), perVersionMb, updates, perVersionMb * updates);
            System.out.println("growth at checkpoints:" + checkpoints);
            System.out.printf(Locale.ROOT, "BENCHMARK-RESULT {\"benchmark\":\"update-memory\",\"updates\":%d,"
                    + "\"heapBeforeMb\":%.2f,\"heapAfterMb\":%.2f,\"growthMb\":%.2f}%n",
                    updates, mb(before), mb(after), mb(after - before));
        }
    }

    /** A module version whose scope keeps an array of {@code length} numbers. */
    private static String version(int version, int length, String extra) {
        return "// version " + version + "\n"
                + "const retained = new Array(" + length + ").fill(" + version + ");\n"
                + "export const version = retained[" + (length - 1) + "];\n"
                + extra;
    }

    /** Saves {@code count} new versions, counter.mjs and child.mjs in turn, each waited for. */
    private static void update(Path root, ModuleRuntime runtime, Value main, LinkedBlockingQueue<String> lines,
                               int[] versions, int count, int array) throws Exception {
        for (int n = 0; n < count; n++) {
            int which = (versions[0] + versions[1]) % 2;
            int version = ++versions[which];
            save(root.resolve(which == 0 ? "counter.mjs" : "child.mjs"),
                    version(version, array, which == 0 ? "import.meta.hot.accept();\n" : ""));
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("[hot] Loaded 1 new module")) {
                throw new IllegalStateException("update " + (versions[0] + versions[1]) + ": " + line);
            }
        }
        String expected = versions[0] + ":" + versions[1];
        String read = runtime.submit(() -> main.getMember("read").execute().asString()).get(60, TimeUnit.SECONDS);
        if (!read.equals(expected)) {
            throw new IllegalStateException("main reads " + read + ", expected " + expected);
        }
    }

    private static void save(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        // Readings 300 ms apart, the least counts: the JIT compiler keeps its work on the same
        // heap, and a compilation still in flight would count as retained.
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 8; round++) {
            Thread.sleep(300);
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
