package dev.hmrc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the full-reload fallback (issue 16): the entry of a graph with no HMR code is
 * edited, so the whole program runs again. hmrc ({@code hmrc run --import hmr/register}, whose
 * default {@code reload=full} re-runs the program in the same JVM), Bun {@code --hot} and Deno
 * {@code --watch-hmr} run the same graph in the same run.
 *
 * <p>The graph: {@code main.mjs} imports {@code m0.mjs}; module {@code i} imports modules
 * {@code 2i+1} and {@code 2i+2} (a binary tree of {@code modules} modules) and exports the
 * sum of theirs plus one. Each run of the entry prints {@code ready TOKEN SUM} on stdout
 * and keeps the process alive with an interval. The harness starts a tool, waits for
 * {@code ready 0}, then writes the entry with token {@code e} (to a temporary file renamed
 * over it, as editors' safe saves do) and measures until it reads {@code ready e}; warm-up
 * edits first, then the measured ones, {@code pause} ms apart.
 *
 * <pre>FullReloadLatency --folder DIR [--hmrc bin/hmrc] [--bun PATH] [--deno PATH] [--modules 1000]
 *     [--edits 30] [--warmup 5] [--pause 200] [--ready-timeout 300] [--line-timeout 30]</pre>
 */
public final class FullReloadLatency {
    private FullReloadLatency() {
    }

    /** One tool's result: its latencies, or why it has none. */
    record Outcome(String tool, int modules, Percentiles latency, int missed, String failure) {
        String json() {
            return "{\"tool\":\"" + tool + "\",\"modules\":" + modules + ",\"missed\":" + missed
                    + (latency != null ? ",\"writeToReady\":" + latency.json() : "")
                    + (failure != null ? ",\"failure\":\"" + failure.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : "")
                    + "}";
        }
    }

    /** Writes the graph into {@code folder}: {@code modules} modules under {@code main.mjs}. */
    static void writeGraph(Path folder, int modules) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("package.json"), "{\"type\": \"module\", \"private\": true}\n");
        for (int i = 0; i < modules; i++) {
            StringBuilder text = new StringBuilder();
            List<String> terms = new ArrayList<>();
            for (int child : new int[]{2 * i + 1, 2 * i + 2}) {
                if (child < modules) {
                    text.append("import { value as v").append(child).append(" } from './m").append(child).append(".mjs';\n");
                    terms.add("v" + child);
                }
            }
            terms.add("1");
            text.append("export const value = ").append(String.join(" + ", terms)).append(";\n");
            Files.writeString(folder.resolve("m" + i + ".mjs"), text.toString());
        }
        writeEntry(folder, 0);
    }

    /** The entry, printing {@code ready token sum}; written as a safe save. */
    static void writeEntry(Path folder, int token) throws IOException {
        String text = "import { value } from './m0.mjs';\n"
                + "console.log('ready " + token + " ' + value);\n"
                + "setInterval(() => {}, 1 << 30);\n";
        Path temporary = folder.resolve(".main.mjs.tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve("main.mjs"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs one tool on the graph in {@code folder}. */
    static Outcome measure(String tool, List<String> command, Path folder, int modules, int warmup, int edits,
                           int pauseMillis, int readyTimeout, int lineTimeout) throws IOException, InterruptedException {
        writeEntry(folder, 0);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        ChildLines out = new ChildLines(tool + "-stdout", process.getInputStream(), 20, null);
        ChildLines err = new ChildLines(tool + "-stderr", process.getErrorStream(), 20, null);
        out.start();
        err.start();
        try {
            if (!awaitReady(out, 0, readyTimeout)) {
                return new Outcome(tool, modules, null, 0, "not ready within " + readyTimeout + " s: " + err.tail());
            }
            Thread.sleep(500); // past the watchers' start
            // An edit whose run never printed (a tool that restarts may lose one) is counted as
            // missed and left out; three in a row end the tool's run.
            List<Double> millis = new ArrayList<>();
            int missed = 0;
            int missedInARow = 0;
            for (int e = 1; e <= warmup + edits; e++) {
                long start = System.nanoTime();
                writeEntry(folder, e);
                ChildLines.Line ready = awaitLine(out, "ready " + e + " ", lineTimeout);
                if (ready == null) {
                    missed++;
                    if (++missedInARow == 3) {
                        return new Outcome(tool, modules, null, missed, "no 'ready " + e + "' within " + lineTimeout
                                + " s, three edits in a row: " + err.tail().replace('\n', ' '));
                    }
                    continue;
                }
                missedInARow = 0;
                if (e > warmup) {
                    millis.add((ready.nanos() - start) / 1e6);
                }
                Thread.sleep(pauseMillis);
            }
            return new Outcome(tool, modules, Percentiles.of(millis.stream().mapToDouble(Double::doubleValue).toArray()),
                    missed, null);
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean awaitReady(ChildLines out, int token, int timeoutSeconds) throws InterruptedException {
        return awaitLine(out, "ready " + token + " ", timeoutSeconds) != null;
    }

    private static ChildLines.Line awaitLine(ChildLines out, String prefix, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            ChildLines.Line line = out.lines.poll(left, TimeUnit.NANOSECONDS);
            if (line != null && line.text().startsWith(prefix)) {
                return line;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        Path hmrc = null;
        String bun = null;
        String deno = null;
        int modules = 1000;
        int edits = 30;
        int warmup = 5;
        int pause = 200;
        int readyTimeout = 300;
        int lineTimeout = 30;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--hmrc" -> hmrc = Path.of(value).toAbsolutePath();
                case "--bun" -> bun = value;
                case "--deno" -> deno = value;
                case "--modules" -> modules = Integer.parseInt(value);
                case "--edits" -> edits = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--pause" -> pause = Integer.parseInt(value);
                case "--ready-timeout" -> readyTimeout = Integer.parseInt(value);
                case "--line-timeout" -> lineTimeout = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (known: --folder --hmrc --bun"
                        + " --deno --modules --edits --warmup --pause --ready-timeout --line-timeout)");
            }
            i++;
        }
        if (folder == null) {
            throw new IllegalArgumentException("--folder DIR is required");
        }
        writeGraph(folder, modules);
        List<Outcome> outcomes = new ArrayList<>();
        if (hmrc != null) {
            outcomes.add(measure("hmrc", List.of(hmrc.toString(), "run", "--import", "hmr/register", "main.mjs"),
                    folder, modules, warmup, edits, pause, readyTimeout, lineTimeout));
        }
        if (bun != null) {
            outcomes.add(measure("bun --hot", List.of(bun, "--hot", "--no-clear-screen", "main.mjs"),
                    folder, modules, warmup, edits, pause, readyTimeout, lineTimeout));
        }
        if (deno != null) {
            outcomes.add(measure("deno --watch-hmr", List.of(deno, "run", "--watch-hmr", "--no-clear-screen", "main.mjs"),
                    folder, modules, warmup, edits, pause, readyTimeout, lineTimeout));
        }
        for (Outcome outcome : outcomes) {
            System.out.println(String.format(Locale.ROOT, "%-18s %5d modules  %s", outcome.tool(), outcome.modules(),
                    (outcome.latency() != null ? "write -> ready: " + outcome.latency().describeMillis() : outcome.failure())
                            + (outcome.missed() > 0 ? " (" + outcome.missed() + " edits never printed)" : "")));
        }
        System.out.println("BENCHMARK-RESULT [" + String.join(",", outcomes.stream().map(Outcome::json).toList()) + "]");
    }
}
