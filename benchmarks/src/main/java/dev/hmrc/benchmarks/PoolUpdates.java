package dev.hmrc.benchmarks;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.ModuleRuntime;
import dev.hmrc.runtime.ModuleRuntimePool;
import dev.hmrc.runtime.UpdateOutcome;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pool of runtimes against one runtime, and against as many separate runtimes (issue 15).
 *
 * <p>The program is a renderer: {@code main.mjs} imports a self-accepting {@code render.mjs},
 * which imports {@code modules} helper modules (a few functions each). <b>Latency</b>: the
 * harness saves a new version of {@code render.mjs} (a temporary file renamed over it) and
 * takes the time until every runtime reported its {@code Applied} outcome, then checks that
 * every runtime renders the new version; {@code updates} saves for one runtime, then for a
 * pool of {@code runtimes}. <b>Memory</b>: used heap after full collections (the least of
 * five readings) with the program loaded, for a {@link ModuleRuntimePool} of {@code runtimes}
 * (one engine, one watcher) and for {@code runtimes} separate {@link ModuleRuntime}s (each
 * its own engine and watcher), each measured from the same empty baseline.
 *
 * <pre>PoolUpdates --folder DIR [--runtimes 8] [--updates 40] [--modules 30]</pre>
 */
public final class PoolUpdates {
    private PoolUpdates() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        int runtimes = 8;
        int updates = 40;
        int modules = 30;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--folder" -> folder = Path.of(value);
                case "--runtimes" -> runtimes = Integer.parseInt(value);
                case "--updates" -> updates = Integer.parseInt(value);
                case "--modules" -> modules = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (PoolUpdates --folder DIR [--runtimes 8] [--updates 40] [--modules 30])");
            }
            i++;
        }
        if (folder == null) {
            throw new IllegalArgumentException("--folder DIR is required");
        }
        Files.createDirectories(folder);
        Path root = folder.toRealPath();
        writeProgram(root, modules);

        double[] single = latencies(root, 1, updates);
        double[] pooled = latencies(root, runtimes, updates);
        Percentiles one = Percentiles.of(single);
        Percentiles pool = Percentiles.of(pooled);
        System.out.printf(Locale.ROOT, "update latency, 1 runtime:       p50 %.1f ms, p90 %.1f ms (%d updates)%n",
                one.p50(), one.p90(), one.count());
        System.out.printf(Locale.ROOT, "update latency, pool of %d (all): p50 %.1f ms, p90 %.1f ms (%d updates); p50 ratio %.2f%n",
                runtimes, pool.p50(), pool.p90(), pool.count(), pool.p50() / one.p50());

        long baseline = usedHeapAfterGc();
        long poolHeap;
        try (ModuleRuntimePool held = ModuleRuntimePool.create(runtimes, builder(root, null))) {
            for (ModuleRuntime runtime : held.runtimes()) {
                render(runtime);
            }
            poolHeap = usedHeapAfterGc() - baseline;
        }
        long separateBaseline = usedHeapAfterGc();
        long separateHeap;
        List<ModuleRuntime> separate = new ArrayList<>();
        try {
            for (int i = 0; i < runtimes; i++) {
                separate.add(builder(root, null).build());
            }
            for (ModuleRuntime runtime : separate) {
                render(runtime);
            }
            separateHeap = usedHeapAfterGc() - separateBaseline;
        } finally {
            separate.forEach(ModuleRuntime::close);
        }
        System.out.printf(Locale.ROOT, "heap with the program loaded: pool of %d %.1f MB, %d separate runtimes %.1f MB; ratio %.2f%n",
                runtimes, mb(poolHeap), runtimes, mb(separateHeap), (double) poolHeap / separateHeap);
    }

    private static ModuleRuntime.Builder builder(Path root, LinkedBlockingQueue<UpdateOutcome> outcomes) {
        OutputStream quiet = OutputStream.nullOutputStream();
        return ModuleRuntime.builder(root).hot(HotOptions.parse("silent")).out(quiet).err(quiet)
                .updateListener(outcomes == null ? null : outcomes::add);
    }

    private static String render(ModuleRuntime runtime) throws Exception {
        return runtime.callExport("./main.mjs", "page", Value::asString, "bench").get(60, TimeUnit.SECONDS);
    }

    /** Save-to-applied-everywhere times (ms) of {@code updates} saves of render.mjs, with {@code size} runtimes. */
    private static double[] latencies(Path root, int size, int updates) throws Exception {
        saveRenderer(root, 0);
        LinkedBlockingQueue<UpdateOutcome> outcomes = new LinkedBlockingQueue<>();
        double[] millis = new double[updates];
        try (ModuleRuntimePool pool = ModuleRuntimePool.create(size, builder(root, outcomes))) {
            for (ModuleRuntime runtime : pool.runtimes()) {
                render(runtime);
            }
            int warmup = Math.max(3, updates / 5);
            for (int u = -warmup; u < updates; u++) {
                int version = u + warmup + 1;
                outcomes.clear();
                long start = System.nanoTime();
                saveRenderer(root, version);
                for (int applied = 0; applied < size; ) {
                    UpdateOutcome outcome = outcomes.poll(60, TimeUnit.SECONDS);
                    if (outcome == null) {
                        throw new IllegalStateException("no outcome within 60 s (version " + version + ")");
                    }
                    if (outcome.applied()) {
                        applied++;
                    } else if (!(outcome instanceof UpdateOutcome.Trace)) {
                        throw new IllegalStateException("update failed: " + outcome.reportLine());
                    }
                }
                long end = System.nanoTime();
                if (u >= 0) {
                    millis[u] = (end - start) / 1e6;
                }
                for (ModuleRuntime runtime : pool.runtimes()) {
                    String page = render(runtime);
                    if (!page.startsWith("v" + version + ":")) {
                        throw new IllegalStateException("a runtime renders " + page + ", not version " + version);
                    }
                }
                Thread.sleep(20);
            }
        }
        return millis;
    }

    private static void writeProgram(Path root, int modules) throws IOException {
        for (int m = 0; m < modules; m++) {
            Files.writeString(root.resolve("part" + m + ".mjs"), """
                    export const name = 'part%1$d';
                    export function format(x) { return `${name}(${String(x).padStart(4, '0')})`; }
                    export function sum(list) { return list.reduce((a, b) => a + b, %1$d); }
                    """.formatted(m));
        }
        Files.writeString(root.resolve("main.mjs"), """
                import { render } from './render.mjs';
                export function page(path) { return render(path); }
                """);
    }

    private static void saveRenderer(Path root, int version) throws IOException {
        StringBuilder text = new StringBuilder();
        int modules = 0;
        while (Files.exists(root.resolve("part" + modules + ".mjs"))) {
            text.append("import * as p").append(modules).append(" from './part").append(modules).append(".mjs';\n");
            modules++;
        }
        text.append("const parts = [");
        for (int m = 0; m < modules; m++) {
            text.append(m == 0 ? "" : ", ").append('p').append(m);
        }
        text.append("];\n");
        text.append("export function render(path) {\n  return 'v").append(version)
                .append(":' + path + ':' + parts.map((p, i) => p.format(p.sum([i, ").append(version).append("]))).join(',');\n}\n");
        text.append("import.meta.hot.accept();\n");
        Path file = root.resolve("render.mjs");
        Path temporary = file.resolveSibling(".render.mjs.tmp");
        Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            Thread.sleep(200);
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
