package dev.hmrc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Update latency of a leaf edit (DESIGN.md, "Figures to reach": p50 ≤ 10 ms from file
 * write to the {@code [hot] Loaded} line in a 1,000-module graph; 5,000 modules ≤ 1.5× that),
 * for hmrc and, on the same graphs and edits in the same run, dynohot on Node.
 *
 * <p>For each graph size, {@link ModuleGraphGenerator#writeUpdateGraph} writes a graph whose
 * leaves accept their own updates. For each tool the harness starts the program as a child
 * process ({@code bin/hmrc run --import hmr/register main.js}, or
 * {@code node --import dynohot/register main.js} with {@code dynohot} linked into the graph's
 * {@code node_modules}), waits for its {@code ready} line on stdout, then edits leaves, one of
 * ten spread over the graph in turn, each time with new text (a new version of the module):
 * written to a temporary file beside it and renamed over it, as editors' safe saves do. The
 * latency is from just before the write to the moment the harness reads the tool's
 * {@code [hot] Loaded ...} line on stderr; the time the tool reports in that line (its own
 * measure of the update, after its debounce) is collected too. {@code warmup} edits first,
 * then {@code edits} measured ones, {@code pause} ms apart after each line.
 *
 * <p>A tool that prints no {@code [hot]} line within {@code lineTimeout} seconds of an edit
 * is reported as such ("no [hot] line within N s") and stopped; so is one that does not get
 * ready, exits, or prints only failure lines.
 *
 * <pre>UpdateLatency --hmrc bin/hmrc --node node --dynohot .corpora/node_modules/dynohot --folder DIR
 *     [--sizes 1000,5000] [--tools dynohot,hmrc] [--edits 100] [--warmup 20] [--pause 50]
 *     [--ready-timeout 600] [--line-timeout 10]</pre>
 */
public final class UpdateLatency {
    private UpdateLatency() {
    }

    /**
     * The update line of DESIGN.md ("Command line"), also dynohot's (which prints the time
     * as a whole number with no space before {@code ms}).
     */
    static final Pattern LOADED = Pattern.compile(
            "^\\[hot\\] Loaded (\\d+) new modules?, reevaluated (\\d+) existing modules? in ([0-9.]+) ?ms\\.$");


    /** A successful update as the tool reported it. */
    record Loaded(int loaded, int reevaluated, double reportedMillis) {
    }

    /** The update line in {@code line}, or null when it is not one. */
    static Loaded parseLoaded(String line) {
        Matcher matcher = LOADED.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        return new Loaded(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Double.parseDouble(matcher.group(3)));
    }

    /** The outcome for one tool on one graph. */
    record Outcome(String tool, int modules, String failure, double readySeconds, Percentiles latency,
                   Percentiles reported, Map<String, Integer> lineShapes, int failedEdits) {

        String json() {
            StringBuilder text = new StringBuilder("{\"tool\":\"").append(tool).append("\",\"modules\":").append(modules);
            if (failure != null) {
                text.append(",\"failure\":\"").append(failure.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            text.append(String.format(Locale.ROOT, ",\"readySeconds\":%.2f", readySeconds));
            if (latency != null) {
                text.append(",\"writeToLine\":").append(latency.json()).append(",\"reported\":").append(reported.json());
            }
            text.append(",\"failedEdits\":").append(failedEdits).append('}');
            return text.toString();
        }
    }


    public static void main(String[] args) throws Exception {
        Path hmrc = null;
        String node = "node";
        Path dynohot = null;
        Path folder = null;
        List<Integer> sizes = List.of(1000, 5000);
        List<String> tools = List.of("dynohot", "hmrc");
        int edits = 100;
        int warmup = 20;
        int pauseMillis = 50;
        int readyTimeout = 600;
        int lineTimeout = 10;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(value).toAbsolutePath();
                case "--node" -> node = value;
                case "--dynohot" -> dynohot = Path.of(value).toAbsolutePath();
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--sizes" -> sizes = parseInts(value);
                case "--tools" -> tools = List.of(value.split(","));
                case "--edits" -> edits = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--pause" -> pauseMillis = Integer.parseInt(value);
                case "--ready-timeout" -> readyTimeout = Integer.parseInt(value);
                case "--line-timeout" -> lineTimeout = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --hmrc --node"
                        + " --dynohot --folder --sizes --tools --edits --warmup --pause --ready-timeout --line-timeout)");
            }
            i++;
        }
        if (folder == null || (tools.contains("hmrc") && hmrc == null) || (tools.contains("dynohot") && dynohot == null)) {
            throw new IllegalArgumentException("--folder, and --hmrc / --dynohot for the tools asked for, are required");
        }
        System.out.printf(Locale.ROOT, "update latency: leaf edits in generated graphs of %s modules, tools %s; %d edits after %d"
                        + " warm-up, %d ms pause; %d cores, load average %s%n",
                sizes, tools, edits, warmup, pauseMillis, Runtime.getRuntime().availableProcessors(), ProgramRun.loadAverage());
        List<Outcome> outcomes = new ArrayList<>();
        for (int size : sizes) {
            Path graph = folder.resolve("graph-" + size);
            List<Integer> leaves = editedLeaves(size);
            for (String tool : tools) {
                ModuleGraphGenerator.writeUpdateGraph(graph, size); // every tool starts from version 0
                List<String> command;
                if (tool.equals("dynohot")) {
                    linkDynohot(graph, dynohot);
                    command = List.of(node, "--import", "dynohot/register", "main.js");
                } else if (tool.equals("hmrc")) {
                    command = List.of(hmrc.toString(), "run", "--import", "hmr/register", "main.js");
                } else {
                    throw new IllegalArgumentException("unknown tool " + tool + " (known: dynohot, hmrc)");
                }
                Outcome outcome = measure(tool, size, graph, command, leaves, warmup, edits, pauseMillis,
                        readyTimeout, lineTimeout);
                outcomes.add(outcome);
                report(outcome);
            }
        }
        summarize(outcomes, sizes, tools);
        StringBuilder json = new StringBuilder("{\"benchmark\":\"update-latency\",\"edits\":" + edits + ",\"warmup\":" + warmup
                + ",\"results\":[");
        for (int k = 0; k < outcomes.size(); k++) {
            json.append(k == 0 ? "" : ",").append(outcomes.get(k).json());
        }
        json.append("],\"loadAverage\":\"").append(ProgramRun.loadAverage()).append("\"}");
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        System.out.println("BENCHMARK-RESULT " + json);
    }

    static List<Integer> parseInts(String text) {
        List<Integer> result = new ArrayList<>();
        for (String part : text.split(",")) {
            result.add(Integer.parseInt(part.trim()));
        }
        return result;
    }

    /** Ten leaves spread over the graph (the last leaf, then every tenth of the module range down from it). */
    static List<Integer> editedLeaves(int count) {
        List<Integer> leaves = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            int candidate = count - 1 - k * (count / 30);
            while (candidate > 0 && (!ModuleGraphGenerator.isLeaf(candidate, count) || leaves.contains(candidate))) {
                candidate--;
            }
            if (candidate > 0) {
                leaves.add(candidate);
            }
        }
        return leaves;
    }

    /** {@code graph/node_modules/dynohot} → the installed package, so that {@code --import dynohot/register} resolves. */
    private static void linkDynohot(Path graph, Path dynohot) throws IOException {
        Path link = graph.resolve("node_modules/dynohot");
        Files.createDirectories(link.getParent());
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, dynohot);
    }

    private static Outcome measure(String tool, int size, Path graph, List<String> command, List<Integer> leaves,
                                   int warmup, int edits, int pauseMillis, int readyTimeout, int lineTimeout)
            throws IOException, InterruptedException {
        System.out.printf(Locale.ROOT, "%s, %d modules: %s (in %s)%n", tool, size, String.join(" ", command), graph);
        ProcessBuilder builder = new ProcessBuilder(command).directory(graph.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        long started = System.nanoTime();
        Process process = builder.start();
        ChildLines stdout = new ChildLines(tool + "-stdout", process.getInputStream(), 20, null);
        ChildLines stderr = new ChildLines(tool + "-stderr", process.getErrorStream(), 20, null);
        stdout.start();
        stderr.start();
        Map<String, Integer> shapes = new LinkedHashMap<>();
        try {
            // Ready: the program's own line on stdout.
            long readyDeadline = started + TimeUnit.SECONDS.toNanos(readyTimeout);
            ChildLines.Line ready = null;
            while (ready == null) {
                long left = readyDeadline - System.nanoTime();
                ChildLines.Line line = left > 0 ? stdout.lines.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS) : null;
                if (line != null && line.text().startsWith("ready ")) {
                    ready = line;
                } else if (line == null && (!process.isAlive() || left <= 0)) {
                    String why = process.isAlive() ? "not ready within " + readyTimeout + " s"
                            : "exited with status " + process.exitValue() + " before it was ready";
                    return failed(tool, size, why, Double.NaN, stderr, 0);
                }
            }
            double readySeconds = (ready.nanos() - started) / 1e9;
            System.out.printf(Locale.ROOT, "  ready after %.2f s (%s)%n", readySeconds, ready.text());

            double[] latencies = new double[edits];
            double[] reported = new double[edits];
            int failedEdits = 0;
            int measured = 0;
            for (int edit = 0; measured < edits; edit++) {
                int leaf = leaves.get(edit % leaves.size());
                Path file = graph.resolve(ModuleGraphGenerator.moduleName(leaf));
                byte[] text = ModuleGraphGenerator.updateModuleSource(leaf, size, edit + 1).getBytes(StandardCharsets.UTF_8);
                stderr.lines.clear(); // anything printed before this edit is not its answer
                Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
                long start = System.nanoTime();
                Files.write(temporary, text);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

                long deadline = start + TimeUnit.SECONDS.toNanos(lineTimeout);
                ChildLines.Line answer = null;
                Loaded loaded = null;
                while (answer == null) {
                    long left = deadline - System.nanoTime();
                    ChildLines.Line line = left > 0 ? stderr.lines.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (line == null) {
                        String why = process.isAlive() ? "no [hot] line within " + lineTimeout + " s of edit " + (edit + 1)
                                : "exited with status " + process.exitValue() + " after edit " + (edit + 1);
                        return failed(tool, size, why, readySeconds, stderr, failedEdits);
                    }
                    if (line.text().startsWith("[hot] ")) {
                        answer = line;
                        loaded = parseLoaded(line.text());
                    }
                }
                if (loaded == null) {
                    failedEdits++;
                    System.out.printf(Locale.ROOT, "  edit %d of %s: %s%n", edit + 1, file.getFileName(), answer.text());
                    if (failedEdits > 5) {
                        return failed(tool, size, "more than 5 edits answered by failure lines", readySeconds, stderr, failedEdits);
                    }
                } else if (edit >= warmup) {
                    latencies[measured] = (answer.nanos() - start) / 1e6;
                    reported[measured] = loaded.reportedMillis();
                    measured++;
                    shapes.merge(answer.text().replaceFirst(" in [0-9.]+ ?ms\\.$", ""), 1, Integer::sum);
                }
                Thread.sleep(pauseMillis);
            }
            return new Outcome(tool, size, null, readySeconds, Percentiles.of(latencies), Percentiles.of(reported),
                    shapes, failedEdits);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Outcome failed(String tool, int size, String why, double readySeconds, ChildLines stderr, int failedEdits) {
        System.out.printf(Locale.ROOT, "  %s: %s; last stderr lines:%n%s%n", tool, why, indent(stderr.tail()));
        return new Outcome(tool, size, why, readySeconds, null, null, Map.of(), failedEdits);
    }

    private static String indent(String text) {
        return text.isEmpty() ? "    (none)" : "    " + text.replace("\n", "\n    ");
    }

    private static void report(Outcome outcome) {
        if (outcome.failure() != null) {
            System.out.printf(Locale.ROOT, "  %s, %d modules: %s%n", outcome.tool(), outcome.modules(), outcome.failure());
            return;
        }
        System.out.printf(Locale.ROOT, "  %s, %d modules: write -> [hot] line %s%n", outcome.tool(), outcome.modules(),
                outcome.latency().describeMillis());
        System.out.printf(Locale.ROOT, "  %s, %d modules: time in its own line   %s%n", outcome.tool(), outcome.modules(),
                outcome.reported().describeMillis());
        outcome.lineShapes().forEach((shape, count) -> System.out.printf(Locale.ROOT, "    %d x %s%n", count, shape));
    }

    /** The figures side by side, and each tool's largest graph against its smallest. */
    private static void summarize(List<Outcome> outcomes, List<Integer> sizes, List<String> tools) {
        System.out.println("summary, p50 of write -> [hot] line:");
        for (String tool : tools) {
            StringBuilder line = new StringBuilder("  " + tool + ":");
            Outcome first = null;
            Outcome last = null;
            for (Outcome outcome : outcomes) {
                if (!outcome.tool().equals(tool)) {
                    continue;
                }
                if (outcome.failure() != null) {
                    line.append(String.format(Locale.ROOT, " %d modules: %s;", outcome.modules(), outcome.failure()));
                    continue;
                }
                line.append(String.format(Locale.ROOT, " %d modules %.2f ms;", outcome.modules(), outcome.latency().p50()));
                if (outcome.modules() == sizes.get(0)) {
                    first = outcome;
                }
                if (outcome.modules() == sizes.get(sizes.size() - 1)) {
                    last = outcome;
                }
            }
            if (first != null && last != null && first != last) {
                line.append(String.format(Locale.ROOT, " %d/%d: %.2fx", last.modules(), first.modules(),
                        last.latency().p50() / first.latency().p50()));
            }
            System.out.println(line);
        }
        for (Outcome outcome : outcomes) {
            if (outcome.tool().equals("hmrc") && outcome.failure() == null && outcome.modules() == 1000) {
                System.out.printf(Locale.ROOT, "  hmrc 1000 modules p50 %.2f ms, target <= 10 ms: %s%n", outcome.latency().p50(),
                        outcome.latency().p50() <= 10 ? "MET" : "MISS");
            }
        }
    }
}
