package dev.hmrc.benchmarks;

import dev.hmrc.benchmarks.ProgramRun.Mode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Steady-state overhead of transformed code (DESIGN.md, "Figures to reach": hot ≤ 1.10×
 * native, JIT on). Runs the compute-bound workload in {@code benchmarks/workloads/steady-state}
 * (main → a → b → c; imported functions, constants, objects, a class and namespace members
 * used in the inner loop) through {@code bin/hmrc run}, natively (GraalJS's loader) and hot
 * ({@code --import hmr/register}), in fresh processes with the same JVM flags, alternating.
 * Each process runs {@code rounds} rounds of {@code ops} kernel iterations and prints each
 * round's time; the figure of a process is the median of its last {@code last} rounds, and
 * the checksums of both modes must agree round by round. {@code --workload} may be given
 * more than once (e.g. the {@code steady-state-named} variant without namespace member
 * reads); the target is checked on the first.
 *
 * <pre>SteadyStateOverhead --hmrc bin/hmrc --workload benchmarks/workloads/steady-state [--workload ...]
 *     [--rounds 70] [--ops 1000000] [--last 20] [--pairs 2]</pre>
 */
public final class SteadyStateOverhead {
    private SteadyStateOverhead() {
    }

    /** The figures of one process: per-op time of the last rounds, and the drift against the rounds before. */
    record ProcessFigures(Mode mode, double nanosPerOp, double previousNanosPerOp, double minNanosPerOp,
                          double maxNanosPerOp, List<String> checksums, double wallSeconds) {
        double drift() {
            return nanosPerOp / previousNanosPerOp - 1;
        }
    }

    public static void main(String[] args) throws Exception {
        Path hmrc = null;
        List<Path> workloads = new ArrayList<>();
        int rounds = 70;
        int ops = 1_000_000;
        int last = 20;
        int pairs = 2;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(value);
                case "--workload" -> workloads.add(Path.of(value));
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--ops" -> ops = Integer.parseInt(value);
                case "--last" -> last = Integer.parseInt(value);
                case "--pairs" -> pairs = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --hmrc --workload --rounds --ops --last --pairs)");
            }
            i++;
        }
        if (hmrc == null || workloads.isEmpty()) {
            throw new IllegalArgumentException("--hmrc and --workload are required");
        }
        if (rounds < 2 * last) {
            throw new IllegalArgumentException("--rounds must be at least twice --last (drift is measured against the rounds before)");
        }
        System.out.printf(Locale.ROOT, "steady-state overhead: %d rounds x %,d ops per process, figure = median of the last %d rounds, %d pairs of processes; load average %s%n",
                rounds, ops, last, pairs, ProgramRun.loadAverage());
        StringBuilder json = new StringBuilder("BENCHMARK-RESULT {\"benchmark\":\"steady-state-overhead\"")
                .append(",\"rounds\":").append(rounds).append(",\"ops\":").append(ops).append(",\"last\":").append(last);
        for (int w = 0; w < workloads.size(); w++) {
            Path workload = workloads.get(w);
            System.out.printf(Locale.ROOT, "workload %s%n", workload.getFileName());
            double[] figures = measureWorkload(hmrc, workload, rounds, ops, last, pairs, w == 0);
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"nativeNsPerOp\":%.3f,\"hotNsPerOp\":%.3f,\"ratio\":%.4f,\"ratioMin\":%.4f,\"ratioMax\":%.4f}",
                    workload.getFileName(), figures[0], figures[1], figures[2], figures[3], figures[4]));
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        json.append(",\"loadAverage\":\"").append(ProgramRun.loadAverage()).append("\"}");
        System.out.println(json);
    }

    /** Native and hot ns/op (medians over processes), then the hot/native ratio's median, min and max over pairs. */
    private static double[] measureWorkload(Path hmrc, Path workload, int rounds, int ops, int last, int pairs,
                                            boolean target) throws Exception {
        List<ProcessFigures> all = new ArrayList<>();
        double[] ratios = new double[pairs];
        for (int pair = 0; pair < pairs; pair++) {
            // Alternate which mode goes first, so that a load change hits both alike.
            Mode first = pair % 2 == 0 ? Mode.NATIVE : Mode.HOT;
            Mode second = first == Mode.NATIVE ? Mode.HOT : Mode.NATIVE;
            ProcessFigures a = measure(hmrc, workload, first, rounds, ops, last);
            ProcessFigures b = measure(hmrc, workload, second, rounds, ops, last);
            if (!a.checksums().equals(b.checksums())) {
                throw new IllegalStateException("native and hot runs computed different checksums:\n"
                        + a.checksums() + "\n" + b.checksums());
            }
            ProcessFigures nativeRun = a.mode() == Mode.NATIVE ? a : b;
            ProcessFigures hotRun = a.mode() == Mode.HOT ? a : b;
            all.add(nativeRun);
            all.add(hotRun);
            ratios[pair] = hotRun.nanosPerOp() / nativeRun.nanosPerOp();
            System.out.printf(Locale.ROOT, "pair %d: hot/native %.3fx   (load average %s)%n", pair, ratios[pair], ProgramRun.loadAverage());
        }
        double nativeMedian = Spread.of(all.stream().filter(f -> f.mode() == Mode.NATIVE).mapToDouble(ProcessFigures::nanosPerOp).toArray()).median();
        double hotMedian = Spread.of(all.stream().filter(f -> f.mode() == Mode.HOT).mapToDouble(ProcessFigures::nanosPerOp).toArray()).median();
        Spread ratio = Spread.of(ratios);
        System.out.printf(Locale.ROOT, "native %.2f ns/op, hot %.2f ns/op (medians over processes)%n", nativeMedian, hotMedian);
        System.out.printf(Locale.ROOT, "hot/native: %.3fx [%.3f - %.3f] (median of pairs)%s%n",
                ratio.median(), ratio.min(), ratio.max(),
                target ? "  target <= 1.10x: " + (ratio.median() <= 1.10 ? "ok" : "MISS") : "");
        return new double[] {nativeMedian, hotMedian, ratio.median(), ratio.min(), ratio.max()};
    }

    private static ProcessFigures measure(Path hmrc, Path workload, Mode mode, int rounds, int ops, int last) throws Exception {
        ProgramRun run = ProgramRun.start(hmrc, mode, workload, workload.resolve("main.js"),
                List.of(Integer.toString(rounds), Integer.toString(ops))).requireSuccess(mode.label() + " run");
        if (run.stderr().contains("interpreted")) {
            throw new IllegalStateException("the launcher ran without the Graal JIT: " + run.stderr());
        }
        List<String[]> lines = run.lines("round");
        if (lines.size() != rounds) {
            throw new IllegalStateException(mode.label() + " run printed " + lines.size() + " rounds, expected " + rounds
                    + "\n" + run.stdout());
        }
        double[] nanosPerOp = new double[rounds];
        List<String> checksums = new ArrayList<>();
        for (String[] line : lines) {
            int round = Integer.parseInt(line[1]);
            nanosPerOp[round] = Long.parseLong(line[2]) * 1e6 / ops;
            checksums.add(line[3] + "/" + line[4]);
        }
        Spread lastRounds = Spread.of(Arrays.copyOfRange(nanosPerOp, rounds - last, rounds));
        Spread before = Spread.of(Arrays.copyOfRange(nanosPerOp, rounds - 2 * last, rounds - last));
        ProcessFigures figures = new ProcessFigures(mode, lastRounds.median(), before.median(), lastRounds.min(),
                lastRounds.max(), checksums, run.wallNanos() / 1e9);
        System.out.printf(Locale.ROOT, "  %-6s %7.2f ns/op [%.2f - %.2f] over the last %d rounds; rounds before: %.2f ns/op (drift %+.1f%%); process %.1f s%n",
                mode.label(), figures.nanosPerOp(), figures.minNanosPerOp(), figures.maxNanosPerOp(), last,
                figures.previousNanosPerOp(), figures.drift() * 100, figures.wallSeconds());
        return figures;
    }
}
