package dev.hmrc.benchmarks;

import dev.hmrc.benchmarks.ProgramRun.Mode;
import dev.hmrc.runtime.link.ModuleInstance;
import dev.hmrc.runtime.link.ModuleLinker;
import dev.hmrc.runtime.link.ModuleLoader;
import dev.hmrc.runtime.link.RuntimeSupport;
import dev.hmrc.runtime.resolve.BareSpecifierFileSystem;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Start-up of a generated module graph (DESIGN.md, "Figures to reach": hot ≤ 1.5× native).
 *
 * <p>Part 1, processes: {@code bin/hmrc run main.js} natively and with
 * {@code --import hmr/register}, fresh processes, alternating, {@code reps} each; the figure
 * is the wall time from just before the process starts to the {@code Date.now()} the entry
 * prints when it has finished evaluating (median), beside the time to process exit and the
 * same for {@code empty.js} (JVM and engine start without modules).
 *
 * <p>Part 2, in this JVM (which must run with the Graal JIT flags of bin/hmrc): where the
 * hot linker's time goes, per module. It drives the runtime's loader in phases: load (read,
 * transform, evaluate the transformed script, start the module's generator) for the whole
 * graph ({@code ModuleLoader.loadGraph}), then Link, then Evaluate, each timed. Each round
 * uses a new context; round 1 is cold (first JS of this JVM), the later rounds show the
 * cost with the JVM's own code warm. GraalJS's loader is timed in-process as a whole too.
 *
 * <pre>StartupGraph --hmrc bin/hmrc --folder benchmarks/target/startup-graph [--modules 1000] [--reps 7] [--rounds 4]</pre>
 */
public final class StartupGraph {
    private StartupGraph() {
    }

    /** One in-process round of the hot linker, in nanoseconds. */
    record Phases(long load, long link, long evaluate, long value) {
        long total() {
            return load + link + evaluate;
        }
    }

    public static void main(String[] args) throws Exception {
        Path hmrc = null;
        Path folder = null;
        int modules = 1000;
        int reps = 7;
        int rounds = 4;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(value);
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--modules" -> modules = Integer.parseInt(value);
                case "--reps" -> reps = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --hmrc --folder --modules --reps --rounds)");
            }
            i++;
        }
        if (hmrc == null || folder == null) {
            throw new IllegalArgumentException("--hmrc and --folder are required");
        }
        ModuleGraphGenerator.write(folder, modules);
        System.out.printf(Locale.ROOT, "start-up: %d generated modules in %s, %d processes per mode; load average %s%n",
                modules, folder, reps, ProgramRun.loadAverage());

        // Part 1: fresh processes.
        List<Double> nativeEntry = new ArrayList<>(), hotEntry = new ArrayList<>();
        List<Double> nativeExit = new ArrayList<>(), hotExit = new ArrayList<>();
        List<Double> nativeEmpty = new ArrayList<>(), hotEmpty = new ArrayList<>();
        String expected = null;
        for (int rep = 0; rep < reps; rep++) {
            for (Mode mode : rep % 2 == 0 ? List.of(Mode.NATIVE, Mode.HOT) : List.of(Mode.HOT, Mode.NATIVE)) {
                ProgramRun run = ProgramRun.start(hmrc, mode, folder, folder.resolve("main.js"), List.of())
                        .requireSuccess(mode.label() + " run of main.js");
                String[] done = onlyDoneLine(run);
                if (expected == null) {
                    expected = done[2];
                } else if (!expected.equals(done[2])) {
                    throw new IllegalStateException(mode.label() + " run computed " + done[2] + ", an earlier run " + expected);
                }
                double toEntry = Long.parseLong(done[1]) - run.startMillis();
                (mode == Mode.NATIVE ? nativeEntry : hotEntry).add(toEntry);
                (mode == Mode.NATIVE ? nativeExit : hotExit).add(run.wallNanos() / 1e6);
                ProgramRun empty = ProgramRun.start(hmrc, mode, folder, folder.resolve("empty.js"), List.of())
                        .requireSuccess(mode.label() + " run of empty.js");
                (mode == Mode.NATIVE ? nativeEmpty : hotEmpty).add((double) (Long.parseLong(onlyDoneLine(empty)[1]) - empty.startMillis()));
                System.out.printf(Locale.ROOT, "  rep %d %-6s entry finished %6.0f ms, exit %6.0f ms; empty.js %6.0f ms%n",
                        rep, mode.label(), toEntry, run.wallNanos() / 1e6,
                        (double) (Long.parseLong(onlyDoneLine(empty)[1]) - empty.startMillis()));
            }
        }
        Spread nEntry = spread(nativeEntry), hEntry = spread(hotEntry);
        Spread nExit = spread(nativeExit), hExit = spread(hotExit);
        Spread nEmpty = spread(nativeEmpty), hEmpty = spread(hotEmpty);
        double ratio = hEntry.median() / nEntry.median();
        double graphRatio = (hEntry.median() - hEmpty.median()) / (nEntry.median() - nEmpty.median());
        System.out.printf(Locale.ROOT, "JVM start -> entry finished (median [min - max], ms): native %.0f [%.0f - %.0f], hot %.0f [%.0f - %.0f]%n",
                nEntry.median(), nEntry.min(), nEntry.max(), hEntry.median(), hEntry.min(), hEntry.max());
        System.out.printf(Locale.ROOT, "JVM start -> process exit (ms):                 native %.0f, hot %.0f%n", nExit.median(), hExit.median());
        System.out.printf(Locale.ROOT, "empty.js, JVM start -> its line (ms):           native %.0f, hot %.0f%n", nEmpty.median(), hEmpty.median());
        System.out.printf(Locale.ROOT, "hot/native, start -> entry finished: %.3fx  target <= 1.5x: %s%n", ratio, ratio <= 1.5 ? "ok" : "MISS");
        System.out.printf(Locale.ROOT, "hot/native, the graph's share only (entry minus empty.js): %.3fx (%.0f ms vs %.0f ms)%n",
                graphRatio, hEntry.median() - hEmpty.median(), nEntry.median() - nEmpty.median());

        // Part 2: in-process phases.
        Path root = folder.resolve(ModuleGraphGenerator.moduleName(0));
        List<Phases> hot = new ArrayList<>();
        List<Long> nativeTotals = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Phases phases = hotPhases(folder, root);
            long nativeTotal = nativeImport(folder, root);
            if (!Long.toString(phases.value()).equals(expected)) {
                throw new IllegalStateException("in-process hot run computed " + phases.value() + ", the processes " + expected);
            }
            hot.add(phases);
            nativeTotals.add(nativeTotal);
            System.out.printf(Locale.ROOT, "  in-process round %d: hot load %.1f ms, link %.1f ms, evaluate %.1f ms (total %.1f ms); native import %.1f ms%n",
                    round + 1, phases.load() / 1e6, phases.link() / 1e6, phases.evaluate() / 1e6, phases.total() / 1e6, nativeTotal / 1e6);
        }
        Phases cold = hot.get(0);
        System.out.printf(Locale.ROOT, "per module, hot linker, cold (round 1): load+transform %.1f us, link %.1f us, evaluate %.1f us%n",
                cold.load() / 1e3 / modules, cold.link() / 1e3 / modules, cold.evaluate() / 1e3 / modules);
        Phases warm = hot.get(hot.size() - 1);
        if (rounds > 1) {
            System.out.printf(Locale.ROOT, "per module, hot linker, round %d: load+transform %.1f us, link %.1f us, evaluate %.1f us; native import %.1f us%n",
                    rounds, warm.load() / 1e3 / modules, warm.link() / 1e3 / modules, warm.evaluate() / 1e3 / modules,
                    nativeTotals.get(rounds - 1) / 1e3 / modules);
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        System.out.println(String.format(Locale.ROOT,
                "BENCHMARK-RESULT {\"benchmark\":\"startup-graph\",\"modules\":%d,\"reps\":%d,\"nativeEntryMs\":%.1f,\"hotEntryMs\":%.1f,\"ratio\":%.4f,"
                        + "\"nativeExitMs\":%.1f,\"hotExitMs\":%.1f,\"nativeEmptyMs\":%.1f,\"hotEmptyMs\":%.1f,\"graphRatio\":%.4f,"
                        + "\"coldUsPerModule\":{\"load\":%.2f,\"link\":%.2f,\"evaluate\":%.2f},\"lastRoundUsPerModule\":{\"load\":%.2f,\"link\":%.2f,\"evaluate\":%.2f,\"nativeImport\":%.2f},\"loadAverage\":\"%s\"}",
                modules, reps, nEntry.median(), hEntry.median(), ratio, nExit.median(), hExit.median(), nEmpty.median(), hEmpty.median(), graphRatio,
                cold.load() / 1e3 / modules, cold.link() / 1e3 / modules, cold.evaluate() / 1e3 / modules,
                warm.load() / 1e3 / modules, warm.link() / 1e3 / modules, warm.evaluate() / 1e3 / modules,
                nativeTotals.get(rounds - 1) / 1e3 / modules, ProgramRun.loadAverage()));
    }

    private static String[] onlyDoneLine(ProgramRun run) {
        List<String[]> done = run.lines("done");
        if (done.size() != 1) {
            throw new IllegalStateException("expected one `done` line, got:\n" + run.stdout() + run.stderr());
        }
        return done.get(0);
    }

    private static Spread spread(List<Double> values) {
        return Spread.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** A context set up as ModuleRuntime sets up its own (no timers: the graph needs none). */
    private static Context newContext(Path folder, boolean nativeLoader) {
        Context.Builder builder = Context.newBuilder("js")
                .allowExperimentalOptions(true)
                .option("js.unhandled-rejections", "throw")
                .option("engine.WarnInterpreterOnly", "false");
        if (nativeLoader) {
            builder.allowIO(IOAccess.newBuilder().fileSystem(new BareSpecifierFileSystem(folder)).build());
        }
        return builder.build();
    }

    private static Phases hotPhases(Path folder, Path root) throws Exception {
        try (Context context = newContext(folder, false)) {
            RuntimeSupport support = RuntimeSupport.install(context);
            ProxyExecutable noTimers = args -> {
                throw new UnsupportedOperationException("the start-up graph sets no timers");
            };
            support.function("installGlobals").executeVoid(noTimers, noTimers, ProxyArray.fromArray());
            ModuleLoader loader = new ModuleLoader(context, support, new SpecifierResolver(), folder);
            Set<ModuleInstance> graph = new LinkedHashSet<>();
            long t0 = System.nanoTime();
            ModuleInstance module = loader.loadGraph(root.toString(), Map.of(), null, graph);
            long t1 = System.nanoTime();
            ModuleLinker linker = loader.linker();
            linker.link(module);
            long t2 = System.nanoTime();
            Value[] promise = new Value[1];
            support.trampoline(() -> promise[0] = linker.evaluate(module));
            long t3 = System.nanoTime();
            long value = linker.getModuleNamespace(module).getMember("value").asLong();
            return new Phases(t1 - t0, t2 - t1, t3 - t2, value);
        }
    }

    private static long nativeImport(Path folder, Path root) throws Exception {
        try (Context context = newContext(folder, true)) {
            long t0 = System.nanoTime();
            context.eval(Source.newBuilder("js", root.toFile()).mimeType("application/javascript+module").build());
            return System.nanoTime() - t0;
        }
    }
}
