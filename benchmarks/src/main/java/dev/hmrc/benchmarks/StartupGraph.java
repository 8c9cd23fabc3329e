package dev.hmrc.benchmarks;

import dev.hmrc.benchmarks.ProgramRun.Mode;
import dev.hmrc.runtime.link.ModuleInstance;
import dev.hmrc.runtime.link.ModuleLinker;
import dev.hmrc.runtime.link.ModuleLoader;
import dev.hmrc.runtime.link.ModuleSources;
import dev.hmrc.runtime.link.RuntimeSupport;
import dev.hmrc.runtime.link.TransformCache;
import dev.hmrc.runtime.resolve.BareSpecifierFileSystem;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Start-up of a generated module graph (DESIGN.md, "Figures to reach": hot ≤ 1.5× native).
 *
 * <p>Part 1, processes: {@code bin/hmrc run main.js} natively and with
 * {@code --import hmr/register} in several variants of the transform cache and read-ahead
 * ({@link Variant}), fresh processes, the order rotating from one repetition to the next;
 * the figure is the wall time from just before the process starts to the {@code Date.now()}
 * the entry prints when it has finished evaluating (median), beside the time to process
 * exit, the process's CPU time (all threads) and the same for {@code empty.js} (JVM and
 * engine start without modules).
 *
 * <p>Part 2, per-module phases: a fresh JVM for each measurement (this class with
 * {@code --phases VARIANT}, the same JVM flags as this one, which must be bin/hmrc's JIT
 * flags) drives the runtime's loader in phases: load (resolve, read, transform or read the
 * cache, evaluate the transformed script, start the module's generator) for the whole graph
 * ({@code ModuleLoader.loadGraph}), then Link, then Evaluate, each timed; so every figure is
 * what a cold JVM pays. GraalJS's loader is timed the same way as a whole.
 *
 * <pre>StartupGraph --hmrc bin/hmrc --folder benchmarks/target/startup-graph [--modules 1000] [--reps 7] [--rounds 3]
 *              [--variants native,hot-cold,hot-warm,hot-off,hot-read-ahead]</pre>
 */
public final class StartupGraph {
    private StartupGraph() {
    }

    /** How a run is set up: which loader, and for hmrc's, the cache and the read-ahead threads. */
    enum Variant {
        /** GraalJS's own loader on the untransformed files. */
        NATIVE("native", "GraalJS's loader"),
        /** hmrc, read-ahead on, an empty cache (what the first run after a change of every file pays). */
        HOT_COLD("hot-cold", "hmrc, cache empty, read-ahead"),
        /** hmrc, read-ahead on, the cache filled by an earlier run (every later run). */
        HOT_WARM("hot-warm", "hmrc, cache full, read-ahead"),
        /** hmrc without cache and without read-ahead: how it ran before either existed. */
        HOT_OFF("hot-off", "hmrc, no cache, no read-ahead"),
        /** hmrc with read-ahead only, no cache. */
        HOT_READ_AHEAD("hot-read-ahead", "hmrc, no cache, read-ahead");

        final String label;
        final String description;

        Variant(String label, String description) {
            this.label = label;
            this.description = description;
        }

        static Variant of(String label) {
            for (Variant v : values()) {
                if (v.label.equals(label)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("unknown variant " + label);
        }
    }

    /** One in-process measurement of the hot linker, in nanoseconds. */
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
        int rounds = 3;
        String phasesOnly = null;
        Path cacheFolder = null;
        List<Variant> variants = List.of(Variant.values());
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(value);
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--modules" -> modules = Integer.parseInt(value);
                case "--reps" -> reps = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--variants" -> variants = Stream.of(value.split(",")).map(Variant::of).toList();
                case "--phases" -> phasesOnly = value;
                case "--cache" -> cacheFolder = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --hmrc --folder --modules --reps --rounds --variants)");
            }
            i++;
        }
        if (phasesOnly != null) {
            measurePhasesHere(Variant.of(phasesOnly), folder, cacheFolder);
            return;
        }
        if (hmrc == null || folder == null) {
            throw new IllegalArgumentException("--hmrc and --folder are required");
        }
        if (!variants.contains(Variant.NATIVE)) {
            throw new IllegalArgumentException("--variants must include native (the reference)");
        }
        ModuleGraphGenerator.write(folder, modules);
        Path caches = folder.resolveSibling(folder.getFileName() + "-caches");
        deleteTree(caches);
        Path warmCache = caches.resolve("warm");
        System.out.printf(Locale.ROOT, "start-up: %d generated modules in %s, %d processes per variant; load average %s%n",
                modules, folder, reps, ProgramRun.loadAverage());
        for (Variant v : variants) {
            System.out.printf(Locale.ROOT, "  %-15s %s%n", v.label, v.description);
        }

        // Fill the warm cache once (not timed) and get the value every run must print.
        String expected = onlyDoneLine(runProcess(hmrc, Variant.HOT_WARM, folder, "main.js", warmCache, caches)
                .requireSuccess("the run that fills the cache"))[2];

        // Part 1: fresh processes.
        Map<Variant, List<Double>> entry = new LinkedHashMap<>(), exit = new LinkedHashMap<>(), cpu = new LinkedHashMap<>();
        for (Variant v : variants) {
            entry.put(v, new ArrayList<>());
            exit.put(v, new ArrayList<>());
            cpu.put(v, new ArrayList<>());
        }
        List<Double> nativeEmpty = new ArrayList<>(), hotEmpty = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            List<Variant> order = new ArrayList<>(variants);
            java.util.Collections.rotate(order, -rep);
            if (rep % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Variant v : order) {
                ProgramRun run = runProcess(hmrc, v, folder, "main.js", warmCache, caches)
                        .requireSuccess(v.label + " run of main.js");
                String[] done = onlyDoneLine(run);
                if (!expected.equals(done[2])) {
                    throw new IllegalStateException(v.label + " run computed " + done[2] + ", an earlier run " + expected);
                }
                double toEntry = Long.parseLong(done[1]) - run.startMillis();
                entry.get(v).add(toEntry);
                exit.get(v).add(run.wallNanos() / 1e6);
                cpu.get(v).add(run.cpuNanos() / 1e6);
                System.out.printf(Locale.ROOT, "  rep %d %-15s entry finished %6.0f ms, exit %6.0f ms, CPU %6.0f ms   (load %s)%n",
                        rep, v.label, toEntry, run.wallNanos() / 1e6, run.cpuNanos() / 1e6, ProgramRun.loadAverage());
            }
            for (Variant v : List.of(Variant.NATIVE, Variant.HOT_WARM)) {
                ProgramRun empty = runProcess(hmrc, v, folder, "empty.js", warmCache, caches)
                        .requireSuccess(v.label + " run of empty.js");
                (v == Variant.NATIVE ? nativeEmpty : hotEmpty)
                        .add((double) (Long.parseLong(onlyDoneLine(empty)[1]) - empty.startMillis()));
            }
        }
        Spread nEntry = spread(entry.get(Variant.NATIVE));
        Spread nCpu = spread(cpu.get(Variant.NATIVE));
        Spread nEmpty = spread(nativeEmpty), hEmpty = spread(hotEmpty);
        System.out.printf(Locale.ROOT, "JVM start -> entry finished, median [min - max] of %d; exit and CPU time medians; ratios to native%n", reps);
        StringBuilder json = new StringBuilder();
        for (Variant v : variants) {
            Spread e = spread(entry.get(v));
            Spread x = spread(exit.get(v));
            Spread c = spread(cpu.get(v));
            double ratio = e.median() / nEntry.median();
            double cpuRatio = c.median() / nCpu.median();
            System.out.printf(Locale.ROOT, "  %-15s entry %6.0f [%6.0f - %6.0f] ms, exit %6.0f ms, CPU %6.0f ms;  hot/native %.3fx (CPU %.3fx)%s%n",
                    v.label, e.median(), e.min(), e.max(), x.median(), c.median(), ratio, cpuRatio,
                    v == Variant.NATIVE ? "" : ratio <= 1.5 ? "  target <= 1.5x: ok" : "  target <= 1.5x: MISS");
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"entryMs\":%.1f,\"exitMs\":%.1f,\"cpuMs\":%.1f,\"ratio\":%.4f,\"cpuRatio\":%.4f}",
                    v.label, e.median(), x.median(), c.median(), ratio, cpuRatio));
        }
        System.out.printf(Locale.ROOT, "empty.js, JVM start -> its line (ms): native %.0f, hot %.0f%n", nEmpty.median(), hEmpty.median());
        for (Variant v : variants) {
            if (v != Variant.NATIVE) {
                double share = spread(entry.get(v)).median() - hEmpty.median();
                System.out.printf(Locale.ROOT, "  the graph's share (entry minus empty.js), %-15s %6.0f ms vs native %6.0f ms: %.3fx%n",
                        v.label, share, nEntry.median() - nEmpty.median(), share / (nEntry.median() - nEmpty.median()));
            }
        }

        // Part 2: per-module phases, a fresh JVM each.
        Map<Variant, List<Phases>> phases = new LinkedHashMap<>();
        for (Variant v : variants) {
            phases.put(v, new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (Variant v : variants) {
                Path cache = v == Variant.HOT_WARM ? warmCache : caches.resolve("phases-" + round + "-" + v.label);
                Phases p = phasesInChildJvm(v, folder, cache);
                deleteTree(v == Variant.HOT_WARM ? null : cache);
                if (v != Variant.NATIVE && !Long.toString(p.value()).equals(expected)) {
                    throw new IllegalStateException("in-process " + v.label + " run computed " + p.value() + ", the processes " + expected);
                }
                phases.get(v).add(p);
                System.out.printf(Locale.ROOT, "  phases round %d %-15s load %7.1f ms, link %6.1f ms, evaluate %6.1f ms (total %7.1f ms)%n",
                        round + 1, v.label, p.load() / 1e6, p.link() / 1e6, p.evaluate() / 1e6, p.total() / 1e6);
            }
        }
        System.out.printf(Locale.ROOT, "per module, fresh JVM, median of %d (us): load (read, transform or cache, eval, start) / link / evaluate%n", rounds);
        StringBuilder phaseJson = new StringBuilder();
        for (Variant v : variants) {
            double load = median(phases.get(v), Phases::load) / 1e3 / modules;
            double link = median(phases.get(v), Phases::link) / 1e3 / modules;
            double evaluate = median(phases.get(v), Phases::evaluate) / 1e3 / modules;
            double total = median(phases.get(v), Phases::total) / 1e3 / modules;
            if (v == Variant.NATIVE) {
                System.out.printf(Locale.ROOT, "  %-15s whole import %7.1f us%n", v.label, total);
            } else {
                System.out.printf(Locale.ROOT, "  %-15s load %7.1f, link %6.1f, evaluate %6.1f (total %7.1f)%n",
                        v.label, load, link, evaluate, total);
            }
            phaseJson.append(String.format(Locale.ROOT, "%s\"%s\":{\"load\":%.2f,\"link\":%.2f,\"evaluate\":%.2f,\"total\":%.2f}",
                    phaseJson.isEmpty() ? "" : ",", v.label, load, link, evaluate, total));
        }
        deleteTree(caches);
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        System.out.println(String.format(Locale.ROOT,
                "BENCHMARK-RESULT {\"benchmark\":\"startup-graph\",\"modules\":%d,\"reps\":%d,\"rounds\":%d%s,"
                        + "\"nativeEmptyMs\":%.1f,\"hotEmptyMs\":%.1f,\"usPerModule\":{%s},\"loadAverage\":\"%s\"}",
                modules, reps, rounds, json, nEmpty.median(), hEmpty.median(), phaseJson, ProgramRun.loadAverage()));
    }

    /** One process of {@code variant}; the cold variant gets a cache folder of its own, deleted afterwards. */
    private static ProgramRun runProcess(Path hmrc, Variant variant, Path folder, String entry, Path warmCache, Path caches)
            throws IOException, InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>();
        String javaOptions = System.getenv().getOrDefault("HMRC_JAVA_OPTS", "");
        Path coldCache = null;
        switch (variant) {
            case NATIVE -> environment.put(TransformCache.FOLDER_VARIABLE, "off");
            case HOT_COLD -> {
                coldCache = Files.createDirectories(caches).resolve("cold-" + System.nanoTime());
                environment.put(TransformCache.FOLDER_VARIABLE, coldCache.toString());
            }
            case HOT_WARM -> environment.put(TransformCache.FOLDER_VARIABLE, warmCache.toString());
            case HOT_OFF -> {
                environment.put(TransformCache.FOLDER_VARIABLE, "off");
                javaOptions = (javaOptions + " -Dhmrc.transform.threads=0").strip();
            }
            case HOT_READ_AHEAD -> environment.put(TransformCache.FOLDER_VARIABLE, "off");
        }
        if (!javaOptions.isEmpty()) {
            environment.put("HMRC_JAVA_OPTS", javaOptions);
        }
        try {
            return ProgramRun.start(hmrc, variant == Variant.NATIVE ? Mode.NATIVE : Mode.HOT, folder,
                    folder.resolve(entry), List.of(), environment);
        } finally {
            deleteTree(coldCache);
        }
    }

    /** Runs {@code --phases variant} in a new JVM with this JVM's flags and class path. */
    private static Phases phasesInChildJvm(Variant variant, Path folder, Path cache) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupGraph.class.getName(),
                "--phases", variant.label, "--folder", folder.toString(), "--cache", cache.toString()));
        Path out = Files.createTempFile("hmrc-phases-", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int status = process.waitFor();
            String text = Files.readString(out, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.startsWith("PHASES ")) {
                    String[] f = line.trim().split(" ");
                    return new Phases(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
                }
            }
            throw new IllegalStateException("--phases " + variant.label + " exited " + status + ":\n" + text);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The child JVM's work: one measurement, printed as {@code PHASES load link evaluate value}. */
    private static void measurePhasesHere(Variant variant, Path folder, Path cache) throws Exception {
        Path root = folder.resolve(ModuleGraphGenerator.moduleName(0));
        Phases p;
        if (variant == Variant.NATIVE) {
            p = nativeImport(folder, root);
        } else {
            TransformCache transformCache = variant == Variant.HOT_COLD || variant == Variant.HOT_WARM
                    ? TransformCache.open(cache, TransformCache.DEFAULT_MAX_BYTES) : null;
            int threads = variant == Variant.HOT_OFF ? 0 : ModuleSources.DEFAULT_THREADS;
            p = hotPhases(folder, root, new ModuleSources(new SpecifierResolver(), folder, transformCache, threads));
        }
        System.out.println("PHASES " + p.load() + " " + p.link() + " " + p.evaluate() + " " + p.value());
        System.exit(0);
    }

    private static double median(List<Phases> list, java.util.function.ToLongFunction<Phases> part) {
        return Spread.of(list.stream().mapToDouble(p -> part.applyAsLong(p)).toArray()).median();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
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

    private static Phases hotPhases(Path folder, Path root, ModuleSources sources) throws Exception {
        try (Context context = newContext(folder, false)) {
            RuntimeSupport support = RuntimeSupport.install(context);
            ProxyExecutable noTimers = args -> {
                throw new UnsupportedOperationException("the start-up graph sets no timers");
            };
            support.function("installGlobals").executeVoid(noTimers, noTimers, ProxyArray.fromArray());
            ModuleLoader loader = new ModuleLoader(context, support, new SpecifierResolver(), folder, sources);
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
        } finally {
            sources.close();
        }
    }

    /** GraalJS's loader, the whole import timed (reported as its "evaluate"; no value). */
    private static Phases nativeImport(Path folder, Path root) throws Exception {
        try (Context context = newContext(folder, true)) {
            long t0 = System.nanoTime();
            context.eval(Source.newBuilder("js", root.toFile()).mimeType("application/javascript+module").build());
            long t1 = System.nanoTime();
            return new Phases(0, 0, t1 - t0, -1); // eval gives no namespace to check (the processes check the value)
        }
    }
}
