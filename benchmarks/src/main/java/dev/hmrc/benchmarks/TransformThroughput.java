package dev.hmrc.benchmarks;

import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Transform throughput, warm, on one thread: hmrc's {@link ModuleTransformer#transform} against
 * parse-only ({@link ModuleTransformer#parseOnly}, the same parser settings) in the same run, and
 * against dynohot's own Babel transform on Node over the same files.
 *
 * <p>Steps: load every corpus file into memory; check that each file parses and transforms
 * (and transforms to the same bytes twice), listing the ones that do not; warm up with
 * alternating parse-only and transform rounds until both round times are stable; measure
 * alternating rounds; run {@code benchmarks/node/dynohot-transform.mjs} on the files that
 * passed; print a table per clock (wall clock, and CPU time of the whole process, which a
 * loaded machine disturbs much less), the targets of DESIGN.md and one machine-readable line starting with
 * {@code BENCHMARK-RESULT }. Exits 1 when a file failed to transform (unless
 * {@code --allow-failures}), 2 on a usage error.
 *
 * <p>Run it through {@code scripts/bench-transform.sh}; options are listed by {@code --help}.
 */
public final class TransformThroughput {

    private static final PrintStream OUT = System.out;

    /** Index of the wall-clock times and of the process CPU times in the timing arrays. */
    private static final int WALL = 0;
    private static final int CPU = 1;

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** Target figures from DESIGN.md, "Figures to reach". */
    private static final double TARGET_MB_PER_S = 40;
    private static final double TARGET_SHARE_OF_PARSE = 0.60;
    private static final double TARGET_TIMES_DYNOHOT = 20;

    /**
     * Warm-up stops once, for each kind, the median of the last {@code STABLE_WINDOW} rounds is within
     * {@code STABLE_RANGE} of the median of the {@code STABLE_WINDOW} rounds before them: times no longer
     * trend down. (Comparing medians, not single rounds, keeps this usable on a loaded machine.)
     */
    private static final int STABLE_WINDOW = 3;
    private static final double STABLE_RANGE = 0.05;

    private TransformThroughput() {
    }

    /** A file that did not go through, and why. */
    private record Failure(CorpusFile file, String stage, String message) {
    }

    /** One unit of timed work on one file; returns something derived from the result so it is not optimised away. */
    @FunctionalInterface
    private interface Work {
        long apply(CorpusFile file) throws Exception;
    }

    /** Command line options. */
    private record Options(Path nodeModules, int minWarmup, int maxWarmup, int rounds, boolean dynohot,
                           String node, Path nodeScript, int dynohotWarmup, int dynohotRounds, Path listFile,
                           boolean allowFailures) {

        static final String USAGE = """
                usage: TransformThroughput [options]
                  --corpora DIR          node_modules holding the corpora (default .corpora/node_modules)
                  --warmup N             at least N warm-up rounds of each kind (default 6)
                  --max-warmup N         at most N warm-up rounds of each kind (default 30)
                  --rounds N             measured rounds of each kind (default 15)
                  --no-dynohot           skip the dynohot comparison
                  --node CMD             Node executable (default node)
                  --node-script FILE     default benchmarks/node/dynohot-transform.mjs
                  --dynohot-warmup N     dynohot warm-up rounds (default 2)
                  --dynohot-rounds N     dynohot measured rounds (default 3)
                  --list-file FILE       where to write the file list for Node (default benchmarks/target/transform-files.tsv)
                  --allow-failures       exit 0 even when some files fail to transform
                """;

        static Options parse(String[] args) {
            Path nodeModules = Path.of(".corpora/node_modules");
            int minWarmup = 6;
            int maxWarmup = 30;
            int rounds = 15;
            boolean dynohot = true;
            String node = "node";
            Path nodeScript = Path.of("benchmarks/node/dynohot-transform.mjs");
            int dynohotWarmup = 2;
            int dynohotRounds = 3;
            Path listFile = Path.of("benchmarks/target/transform-files.tsv");
            boolean allowFailures = false;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                switch (name) {
                    case "--no-dynohot" -> dynohot = false;
                    case "--allow-failures" -> allowFailures = true;
                    case "--help", "-h" -> throw new UsageError("");
                    default -> {
                        if (i + 1 >= args.length) {
                            throw new UsageError("missing value after " + name);
                        }
                        String value = args[++i];
                        switch (name) {
                            case "--corpora" -> nodeModules = Path.of(value);
                            case "--warmup" -> minWarmup = positive(name, value);
                            case "--max-warmup" -> maxWarmup = positive(name, value);
                            case "--rounds" -> rounds = positive(name, value);
                            case "--node" -> node = value;
                            case "--node-script" -> nodeScript = Path.of(value);
                            case "--dynohot-warmup" -> dynohotWarmup = Integer.parseInt(value);
                            case "--dynohot-rounds" -> dynohotRounds = positive(name, value);
                            case "--list-file" -> listFile = Path.of(value);
                            default -> throw new UsageError("unknown option " + name);
                        }
                    }
                }
            }
            return new Options(nodeModules, minWarmup, Math.max(minWarmup, maxWarmup), rounds, dynohot, node,
                    nodeScript, dynohotWarmup, dynohotRounds, listFile, allowFailures);
        }

        private static int positive(String name, String value) {
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageError(name + " needs a positive whole number, not '" + value + "'");
        }
    }

    private static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args see {@code --help}
     */
    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageError | NumberFormatException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println("TransformThroughput: " + e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        System.exit(run(options));
    }

    private static int run(Options options) throws IOException, InterruptedException {
        OUT.printf(Locale.ROOT, "hmrc transform throughput: JDK %s (%s), %d processors, heap max %d MB, GraalJS %s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                graalJsVersion());
        OUT.printf(Locale.ROOT, "machine: %s, %s RAM, load average at start %s%n", procLine("/proc/cpuinfo", "model name"),
                procLine("/proc/meminfo", "MemTotal"), loadAverage());

        List<Corpus> corpora = new ArrayList<>();
        for (Corpus.Selection selection : Corpus.TRANSFORM_CORPORA) {
            Corpus corpus = selection.load(options.nodeModules());
            corpora.add(corpus);
            OUT.printf(Locale.ROOT, "  %-10s %5d files %,12d bytes  (%s)%n", corpus.name(), corpus.files().size(),
                    corpus.bytes(), options.nodeModules().resolve(selection.directory()));
        }

        ModuleTransformer transformer = new ModuleTransformer();
        List<Failure> failures = check(transformer, corpora);
        List<Corpus> timed = withoutFailures(corpora, failures);
        int[] kept = timed.stream().mapToInt(corpus -> corpus.files().size()).toArray();
        OUT.printf(Locale.ROOT, "checked: %d of %d files parse and transform (deterministically)%n",
                java.util.Arrays.stream(kept).sum(), corpora.stream().mapToInt(c -> c.files().size()).sum());

        Work parse = file -> {
            ModuleTransformer.parseOnly(file.text(), file.path().toString());
            return 1;
        };
        Work transform = file -> {
            TransformResult result = transformer.transform(file.text(), file.path().toString());
            return result.code().length() + result.map().mappings().length() + result.record().imports().size();
        };

        long[] sink = new long[1];
        List<Long> warmParse = new ArrayList<>();
        List<Long> warmTransform = new ArrayList<>();
        long warmStart = System.nanoTime();
        for (int i = 0; i < options.maxWarmup(); i++) {
            warmParse.add(sum(timeRound(timed, parse, sink)[WALL]));
            warmTransform.add(sum(timeRound(timed, transform, sink)[WALL]));
            OUT.printf(Locale.ROOT, "warm-up %2d: parse %7.1f ms, transform %7.1f ms%n", i + 1,
                    warmParse.get(i) / 1e6, warmTransform.get(i) / 1e6);
            if (i + 1 >= options.minWarmup() && stable(warmParse) && stable(warmTransform)) {
                break;
            }
        }
        OUT.printf(Locale.ROOT, "warm-up done in %.1f s (%s)%n", (System.nanoTime() - warmStart) / 1e9,
                stable(warmParse) && stable(warmTransform) ? "median of the last " + STABLE_WINDOW + " rounds within "
                        + Math.round(STABLE_RANGE * 100) + " % of the " + STABLE_WINDOW + " before"
                        : "NOT stable after " + options.maxWarmup() + " rounds");

        int rounds = options.rounds();
        // [clock][corpus][round]; the CPU clock has one "corpus": all of them
        long[][][] parseNanos = {new long[timed.size()][rounds], new long[1][rounds]};
        long[][][] transformNanos = {new long[timed.size()][rounds], new long[1][rounds]};
        for (int r = 0; r < rounds; r++) {
            long[][] p = timeRound(timed, parse, sink);
            long[][] t = timeRound(timed, transform, sink);
            for (int clock = WALL; clock <= CPU; clock++) {
                for (int c = 0; c < p[clock].length; c++) {
                    parseNanos[clock][c][r] = p[clock][c];
                    transformNanos[clock][c][r] = t[clock][c];
                }
            }
            OUT.printf(Locale.ROOT, "round   %2d: parse %7.1f ms (cpu %7.1f), transform %7.1f ms (cpu %7.1f)%n", r + 1,
                    sum(p[WALL]) / 1e6, p[CPU][0] / 1e6, sum(t[WALL]) / 1e6, t[CPU][0] / 1e6);
        }

        DynohotRun dynohot = null;
        if (options.dynohot()) {
            List<CorpusFile> files = timed.stream().flatMap(corpus -> corpus.files().stream()).toList();
            OUT.printf(Locale.ROOT, "dynohot: %d files, %d warm-up + %d measured rounds on %s ...%n", files.size(),
                    options.dynohotWarmup(), options.dynohotRounds(), options.node());
            OUT.flush();
            dynohot = DynohotRun.run(options.node(), options.nodeScript(), options.nodeModules().resolve("dynohot"),
                    files, options.listFile(), options.dynohotWarmup(), options.dynohotRounds());
        }

        OUT.printf(Locale.ROOT, "load average at end %s%n", loadAverage());
        StringBuilder json = new StringBuilder();
        json.append("{\"benchmark\":\"transform-throughput\",\"jdk\":\"").append(System.getProperty("java.version"))
                .append("\",\"graaljs\":\"").append(graalJsVersion())
                .append("\",\"processors\":").append(Runtime.getRuntime().availableProcessors())
                .append(",\"loadAverage\":\"").append(loadAverage())
                .append("\",\"rounds\":").append(rounds)
                .append(",\"failures\":").append(failures.size());
        if (dynohot != null) {
            json.append(",\"dynohot\":\"").append(dynohot.dynohotVersion())
                    .append("\",\"node\":\"").append(dynohot.nodeVersion())
                    .append("\",\"dynohotFailures\":").append(dynohot.failures().size());
        }
        reportFailures(failures);
        if (dynohot != null && !dynohot.failures().isEmpty()) {
            OUT.printf(Locale.ROOT, "dynohot failed on %d file(s) (their time still counts):%n", dynohot.failures().size());
            dynohot.failures().forEach((file, message) -> OUT.printf(Locale.ROOT, "  %s: %s%n", file, message));
        }
        json.append(",\"wall\":");
        report(WALL, timed, parseNanos[WALL], transformNanos[WALL], dynohot, failures, json);
        List<CorpusFile> all = timed.stream().flatMap(corpus -> corpus.files().stream()).toList();
        json.append(",\"cpu\":");
        report(CPU, List.of(new Corpus("all", all)), parseNanos[CPU], transformNanos[CPU], dynohot, failures, json);
        json.append(",\"sink\":").append(sink[0]).append('}');
        OUT.println();
        OUT.println("BENCHMARK-RESULT " + json);
        return failures.stream().anyMatch(f -> !f.stage().equals("parse")) && !options.allowFailures() ? 1 : 0;
    }

    /** Parses and transforms every file once (twice for transform, to check determinism). */
    private static List<Failure> check(ModuleTransformer transformer, List<Corpus> corpora) {
        List<Failure> failures = new ArrayList<>();
        for (Corpus corpus : corpora) {
            for (CorpusFile file : corpus.files()) {
                String name = file.path().toString();
                try {
                    ModuleTransformer.parseOnly(file.text(), name);
                } catch (Exception | StackOverflowError e) {
                    failures.add(new Failure(file, "parse", describe(e)));
                    continue;
                }
                try {
                    TransformResult first = transformer.transform(file.text(), name);
                    TransformResult second = transformer.transform(file.text(), name);
                    if (first.code() == null || first.map() == null || first.record() == null) {
                        failures.add(new Failure(file, "transform", "result has a null part: " + first));
                    } else if (!first.code().equals(second.code())
                            || !first.map().mappings().equals(second.map().mappings())) {
                        failures.add(new Failure(file, "determinism", "two transforms of the same text differ"));
                    }
                } catch (Exception | StackOverflowError e) {
                    failures.add(new Failure(file, "transform", describe(e)));
                }
            }
        }
        return failures;
    }

    private static String describe(Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return e.getClass().getName() + ": " + message + where;
    }

    private static List<Corpus> withoutFailures(List<Corpus> corpora, List<Failure> failures) {
        List<Corpus> kept = new ArrayList<>();
        for (Corpus corpus : corpora) {
            List<CorpusFile> files = corpus.files().stream()
                    .filter(file -> failures.stream().noneMatch(failure -> failure.file() == file))
                    .toList();
            kept.add(new Corpus(corpus.name(), files));
        }
        return kept;
    }

    private static void reportFailures(List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        OUT.printf(Locale.ROOT, "FAILURES: %d file(s), left out of the timing:%n", failures.size());
        for (Failure failure : failures) {
            OUT.printf(Locale.ROOT, "  [%s] %s: %s%n", failure.stage(), failure.file().path(), failure.message());
        }
    }

    /**
     * One pass over all corpora in order. Returns two rows: {@code [WALL]} holds the wall-clock
     * nanoseconds spent on each corpus; {@code [CPU]} holds one value, the process CPU time of the
     * whole pass (the JVM reports it in 10 ms clock ticks, too coarse for a single small corpus).
     */
    private static long[][] timeRound(List<Corpus> corpora, Work work, long[] sink) {
        long[][] nanos = {new long[corpora.size()], new long[1]};
        long accumulated = 0;
        long startCpu = PROCESS.getProcessCpuTime();
        for (int c = 0; c < corpora.size(); c++) {
            long start = System.nanoTime();
            for (CorpusFile file : corpora.get(c).files()) {
                try {
                    accumulated += work.apply(file);
                } catch (Exception e) {
                    throw new IllegalStateException(file.path() + " passed the check but failed while timed", e);
                }
            }
            nanos[WALL][c] = System.nanoTime() - start;
        }
        nanos[CPU][0] = PROCESS.getProcessCpuTime() - startCpu;
        sink[0] += accumulated;
        return nanos;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static boolean stable(List<Long> times) {
        int size = times.size();
        if (size < 2 * STABLE_WINDOW) {
            return false;
        }
        double recent = median(times.subList(size - STABLE_WINDOW, size));
        double before = median(times.subList(size - 2 * STABLE_WINDOW, size - STABLE_WINDOW));
        return Math.abs(recent - before) / before <= STABLE_RANGE;
    }

    private static double median(List<Long> times) {
        return Spread.of(times.stream().mapToDouble(Long::doubleValue).toArray()).median();
    }

    private static long[] columnSums(long[][] byCorpus) {
        long[] total = new long[byCorpus[0].length];
        for (long[] corpus : byCorpus) {
            for (int r = 0; r < total.length; r++) {
                total[r] += corpus[r];
            }
        }
        return total;
    }

    /** Prints the table and the targets for one clock, and appends its figures to {@code json}. */
    private static void report(int clock, List<Corpus> corpora, long[][] parseNanos, long[][] transformNanos,
                               DynohotRun dynohot, List<Failure> failures, StringBuilder json) {
        OUT.println();
        OUT.println(clock == WALL
                ? "WALL-CLOCK time: MB/s = 10^6 bytes of source (as on disk) per second; median of rounds [min - max]"
                : "CPU time of the whole process per round (JVM: all threads incl. GC and JIT, 10 ms ticks; "
                        + "Node: process.cpuUsage()): MB per CPU-second; median [min - max]");
        String header = String.format(Locale.ROOT, "%-10s %6s %11s  %-24s %-24s %9s", "corpus", "files", "bytes",
                "parse-only MB/s", "transform MB/s", "tr/parse");
        if (dynohot != null) {
            header += String.format(Locale.ROOT, "  %-24s %12s", "dynohot MB/s", "hmrc/dynohot");
        }
        OUT.println(header);
        OUT.println("-".repeat(header.length()));
        Map<String, long[]> dynohotNanos = dynohot == null ? null
                : clock == WALL ? dynohot.wallByCorpus() : dynohot.cpuByCorpus();

        json.append('{');
        double[] total = null;
        for (int c = corpora.size() == 1 ? 1 : 0; c <= corpora.size(); c++) {
            boolean isTotal = c == corpora.size();
            String name = isTotal ? "total" : corpora.get(c).name();
            int files = isTotal ? corpora.stream().mapToInt(k -> k.files().size()).sum() : corpora.get(c).files().size();
            long bytes = isTotal ? corpora.stream().mapToLong(Corpus::bytes).sum() : corpora.get(c).bytes();
            Spread parse = Spread.throughput(bytes, isTotal ? columnSums(parseNanos) : parseNanos[c]);
            Spread transform = Spread.throughput(bytes, isTotal ? columnSums(transformNanos) : transformNanos[c]);
            double share = transform.median() / parse.median();
            if (isTotal && corpora.size() > 1) {
                OUT.println("-".repeat(header.length()));
            }
            String line = String.format(Locale.ROOT, "%-10s %6d %,11d  %-24s %-24s %8.1f%%", name, files, bytes,
                    format(parse), format(transform), share * 100);
            Spread dyno = null;
            if (dynohot != null) {
                long[] nanos = isTotal ? DynohotRun.totalNanos(dynohotNanos) : dynohotNanos.get(name);
                long dynoBytes = isTotal ? dynohot.totalBytes() : dynohot.corpusBytes().get(name);
                dyno = Spread.throughput(dynoBytes, nanos);
                line += String.format(Locale.ROOT, "  %-24s %11.1fx", format(dyno), transform.median() / dyno.median());
            }
            OUT.println(line);
            if (json.charAt(json.length() - 1) != '{') {
                json.append(',');
            }
            json.append('"').append(name).append("\":{\"files\":").append(files).append(",\"bytes\":").append(bytes)
                    .append(",\"parseMBps\":").append(round(parse.median()))
                    .append(",\"transformMBps\":").append(round(transform.median()))
                    .append(",\"transformMBpsMin\":").append(round(transform.min()))
                    .append(",\"transformMBpsMax\":").append(round(transform.max()))
                    .append(",\"transformOverParse\":").append(round(share));
            if (dyno != null) {
                json.append(",\"dynohotMBps\":").append(round(dyno.median()))
                        .append(",\"hmrcOverDynohot\":").append(round(transform.median() / dyno.median()));
            }
            json.append('}');
            if (isTotal) {
                total = new double[] {transform.median(), share, dyno == null ? Double.NaN
                        : transform.median() / dyno.median()};
            }
        }
        json.append('}');

        OUT.println("targets (DESIGN.md, \"Figures to reach\"), " + (clock == WALL ? "wall clock:" : "CPU time:"));
        target(String.format(Locale.ROOT, "transform >= %.0f MB/s", TARGET_MB_PER_S), total[0] >= TARGET_MB_PER_S,
                String.format(Locale.ROOT, "%.1f MB/s", total[0]));
        target(String.format(Locale.ROOT, "transform >= %.0f %% of parse-only", TARGET_SHARE_OF_PARSE * 100),
                total[1] >= TARGET_SHARE_OF_PARSE, String.format(Locale.ROOT, "%.1f %%", total[1] * 100));
        if (dynohot != null) {
            target(String.format(Locale.ROOT, "transform >= %.0fx dynohot", TARGET_TIMES_DYNOHOT),
                    total[2] >= TARGET_TIMES_DYNOHOT, String.format(Locale.ROOT, "%.1fx", total[2]));
        }
        if (!failures.isEmpty()) {
            OUT.printf(Locale.ROOT, "  %-36s FAIL  %d file(s) failed, see FAILURES above%n",
                    "every corpus file transforms", failures.size());
        } else {
            OUT.printf(Locale.ROOT, "  %-36s ok%n", "every corpus file transforms");
        }
    }

    private static void target(String what, boolean met, String actual) {
        OUT.printf(Locale.ROOT, "  %-36s %-5s %s%n", what, met ? "ok" : "MISS", actual);
    }

    private static String format(Spread spread) {
        return String.format(Locale.ROOT, "%6.1f [%.1f - %.1f]", spread.median(), spread.min(), spread.max());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The value of the first {@code key: value} line of a /proc file starting with {@code key}, or "?". */
    private static String procLine(String file, String key) {
        try {
            return java.nio.file.Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The 1, 5 and 15 minute load averages (Linux), so a reader can judge how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The version of the GraalJS parser on the class path, from its jar's manifest (or the jar's name). */
    static String graalJsVersion() {
        try {
            java.security.CodeSource source = Class.forName("com.oracle.js.parser.Parser").getProtectionDomain()
                    .getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path jar = Path.of(source.getLocation().toURI());
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                java.util.jar.Manifest manifest = file.getManifest();
                String version = null;
                if (manifest != null) {
                    java.util.jar.Attributes section = manifest.getAttributes("js-language");
                    version = (section != null ? section : manifest.getMainAttributes()).getValue("Implementation-Version");
                }
                return version != null ? version : jar.getFileName().toString();
            }
        } catch (ReflectiveOperationException | java.net.URISyntaxException | IOException | RuntimeException e) {
            return "unknown (" + e.getClass().getSimpleName() + ")";
        }
    }
}
