package dev.hmrc.benchmarks;

import dev.hmrc.benchmarks.ProgramRun.Mode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The web-platform figure of DESIGN.md ("within 3x of Node with the JIT on"): the kernels of
 * {@code benchmarks/workloads/web-platform/main.mjs} (TextEncoder.encode and TextDecoder.decode
 * of 1 MB, {@code new URL()}, structuredClone of a 10,000-entry object) under {@code node} and
 * under {@code bin/hmrc run} (GraalJS's loader, and with {@code --import hmr/register}), in
 * fresh processes, alternating, in one run. Each process runs every kernel for {@code rounds}
 * rounds; its figure for a kernel is the median time per operation of the last {@code last}
 * rounds; the checksums must agree across processes. The ratio is hmrc's figure over Node's.
 *
 * <pre>WebPlatformGlobals --hmrc bin/hmrc --workload benchmarks/workloads/web-platform
 *     [--node node] [--rounds 60] [--last 15] [--pairs 2] [--no-hot]</pre>
 */
public final class WebPlatformGlobals {
    private WebPlatformGlobals() {
    }

    private static final List<String> KERNELS = List.of("encode", "decode", "url", "clone");

    public static void main(String[] args) throws Exception {
        Path hmrc = null;
        Path workload = null;
        String node = "node";
        int rounds = 60;
        int last = 15;
        int pairs = 2;
        boolean hot = true;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(value);
                case "--workload" -> workload = Path.of(value);
                case "--node" -> node = value;
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--last" -> last = Integer.parseInt(value);
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--no-hot" -> {
                    hot = false;
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --hmrc --workload --node --rounds --last --pairs --no-hot)");
            }
            i++;
        }
        if (hmrc == null || workload == null) {
            throw new IllegalArgumentException("--hmrc and --workload are required");
        }
        Path entry = workload.resolve("main.mjs").toAbsolutePath();
        System.out.printf(Locale.ROOT, "web-platform globals: %d rounds per kernel and process, figure = median of the last %d, %d pairs; load average %s%n",
                rounds, last, pairs, ProgramRun.loadAverage());
        List<String> runners = new ArrayList<>(List.of("node", "hmrc native"));
        if (hot) {
            runners.add("hmrc hot");
        }
        Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        for (int pair = 0; pair < pairs; pair++) {
            for (String runner : runners) {
                String stdout = switch (runner) {
                    case "node" -> runNode(node, entry, rounds);
                    case "hmrc native" -> ProgramRun.start(hmrc, Mode.NATIVE, workload, entry, List.of(String.valueOf(rounds)))
                            .requireSuccess("hmrc run").stdout();
                    default -> ProgramRun.start(hmrc, Mode.HOT, workload, entry, List.of(String.valueOf(rounds)))
                            .requireSuccess("hmrc run --import hmr/register").stdout();
                };
                for (String kernel : KERNELS) {
                    double[] nanos = roundTimes(stdout, kernel, rounds, checksums, runner);
                    double figure = median(Arrays.copyOfRange(nanos, rounds - last, rounds));
                    figures.computeIfAbsent(kernel, k -> new LinkedHashMap<>()).computeIfAbsent(runner, r -> new ArrayList<>()).add(figure);
                    System.out.printf(Locale.ROOT, "  pair %d %-11s %-6s %,14.1f ns/op (first round %,.1f)%n", pair + 1, runner, kernel, figure, nanos[0]);
                }
            }
        }
        StringBuilder json = new StringBuilder("BENCHMARK-RESULT {\"benchmark\":\"web-platform-globals\",\"rounds\":")
                .append(rounds).append(",\"last\":").append(last).append(",\"pairs\":").append(pairs);
        System.out.println("kernel   node ns/op     hmrc native ns/op (ratio)   hmrc hot ns/op (ratio)   [median over pairs]");
        for (String kernel : KERNELS) {
            Map<String, List<Double>> byRunner = figures.get(kernel);
            double nodeFigure = median(byRunner.get("node"));
            double nativeFigure = median(byRunner.get("hmrc native"));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-7s %,14.1f %,16.1f (%.2fx)", kernel, nodeFigure, nativeFigure, nativeFigure / nodeFigure));
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"nodeNsPerOp\":%.1f,\"nativeNsPerOp\":%.1f,\"nativeRatio\":%.3f", kernel, nodeFigure, nativeFigure, nativeFigure / nodeFigure));
            if (hot) {
                double hotFigure = median(byRunner.get("hmrc hot"));
                line.append(String.format(Locale.ROOT, " %,16.1f (%.2fx)", hotFigure, hotFigure / nodeFigure));
                json.append(String.format(Locale.ROOT, ",\"hotNsPerOp\":%.1f,\"hotRatio\":%.3f", hotFigure, hotFigure / nodeFigure));
            }
            json.append('}');
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        json.append(",\"loadAverage\":\"").append(ProgramRun.loadAverage()).append("\"}");
        System.out.println(json);
    }

    private static String runNode(String node, Path entry, int rounds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("hmrc-bench-node-", ".out");
        try {
            Process process = new ProcessBuilder(node, entry.toString(), String.valueOf(rounds))
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("node exited " + process.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The ns/op of each round of {@code kernel}; checks its checksum against the other processes'. */
    static double[] roundTimes(String stdout, String kernel, int rounds, Map<String, String> checksums, String runner) {
        double[] nanos = new double[rounds];
        int seen = 0;
        for (String line : stdout.split("\n")) {
            String[] f = line.trim().split(" +");
            if (f.length == 5 && f[0].equals("round") && f[1].equals(kernel)) {
                nanos[Integer.parseInt(f[2])] = Double.parseDouble(f[3]);
                String known = checksums.putIfAbsent(kernel, f[4]);
                if (known != null && !known.equals(f[4])) {
                    throw new IllegalStateException(runner + ": checksum of " + kernel + " is " + f[4] + ", others had " + known);
                }
                seen++;
            }
        }
        if (seen != rounds) {
            throw new IllegalStateException(runner + ": " + seen + " rounds of " + kernel + ", expected " + rounds + "\n" + stdout);
        }
        return nanos;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
