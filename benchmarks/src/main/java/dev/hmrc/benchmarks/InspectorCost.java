package dev.hmrc.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a debugger costs a hot-running program: {@code bin/hmrc run --import hmr/register} of a
 * CPU-bound workload, once without the inspector and once with {@code --inspect-wait} and a
 * Chrome DevTools Protocol client attached ({@code Runtime.enable}, {@code Debugger.enable}, no
 * breakpoints), in the same run. Steady state: the median of the last rounds of the workload
 * (each round prints its milliseconds). Update latency: the engine's own time of leaf edits
 * as the {@code [hot] Loaded ... in X ms.} lines give it, and the time from the file write to
 * that line.
 *
 * <p>{@code InspectorCost --hmrc bin/hmrc [--rounds 30] [--edits 20]}
 */
public final class InspectorCost {

    private static final Pattern LISTENING = Pattern.compile("Debugger listening on (ws://\\S+)");
    private static final Pattern LOADED = Pattern.compile("^\\[hot\\] Loaded .* in ([0-9.]+) ?ms\\.$");

    private InspectorCost() {
    }

    /** One configuration's figures. */
    record Figures(double steadyMedianMs, List<Double> updateEngineMs, List<Double> updateWallMs) {
    }

    public static void main(String[] args) throws Exception {
        Path hmrc = null;
        int rounds = 30;
        int edits = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--hmrc" -> hmrc = Path.of(args[++i]).toAbsolutePath();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (hmrc == null) {
            throw new IllegalArgumentException("--hmrc PATH is required");
        }
        System.out.println("inspector-cost: load before " + ProgramRun.loadAverage());
        Figures without = run(hmrc, rounds, edits, false);
        Figures with = run(hmrc, rounds, edits, true);
        System.out.println("inspector-cost: load after " + ProgramRun.loadAverage());
        report("no inspector", without);
        report("inspector attached, no breakpoints", with);
        System.out.printf("steady state, attached / none: %.2fx%n", with.steadyMedianMs() / without.steadyMedianMs());
        System.out.printf("update (engine's part, p50), attached / none: %.2fx%n",
                median(with.updateEngineMs()) / median(without.updateEngineMs()));
        System.out.printf("update (write to [hot] line, p50), attached / none: %.2fx%n",
                median(with.updateWallMs()) / median(without.updateWallMs()));
    }

    private static void report(String label, Figures f) {
        System.out.printf("%-36s steady round p50 %.1f ms; update engine p50 %.1f ms, write-to-line p50 %.1f ms (n=%d)%n",
                label, f.steadyMedianMs(), median(f.updateEngineMs()), median(f.updateWallMs()), f.updateWallMs().size());
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
    }

    private static Figures run(Path hmrc, int rounds, int edits, boolean inspect) throws Exception {
        Path folder = Files.createTempDirectory("hmrc-inspector-cost-");
        Files.writeString(folder.resolve("work.mjs"), """
                // A CPU-bound round: objects, closures, strings and arrays.
                export function round(n) {
                    let sum = 0;
                    const items = [];
                    for (let i = 0; i < n; i++) {
                        const item = { id: i, name: 'item' + (i % 100), weight: (i * 7) % 13 };
                        items.push(item);
                        sum += item.weight;
                    }
                    items.sort((a, b) => a.weight - b.weight || a.id - b.id);
                    const names = new Map();
                    for (const item of items) names.set(item.name, (names.get(item.name) ?? 0) + item.weight);
                    return sum + names.size;
                }
                """);
        Files.writeString(folder.resolve("leaf.mjs"), leaf(0));
        Files.writeString(folder.resolve("main.mjs"), """
                import { round } from './work.mjs';
                import { version } from './leaf.mjs';
                const rounds = Number(arguments[0]);
                for (let r = 0; r < rounds; r++) {
                    const start = Date.now();
                    let check = 0;
                    for (let k = 0; k < 20; k++) check += round(20000);
                    console.log('round', Date.now() - start, check);
                }
                console.log('ready');
                setInterval(() => version(), 50);
                """);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(hmrc.toString(), "run"));
        if (inspect) {
            command.add("--inspect-wait=127.0.0.1:" + port);
        }
        command.addAll(List.of("--import", "hmr/register", "main.mjs", Integer.toString(rounds)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        BlockingQueue<String> err = new LinkedBlockingQueue<>();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread outReader = lines(process.getInputStream(), out::add);
        Thread errReader = lines(process.getErrorStream(), line -> {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                url.complete(m.group(1));
            }
            err.add(line);
        });
        WebSocket socket = null;
        try {
            if (inspect) {
                socket = attach(url.get(120, TimeUnit.SECONDS));
            }
            List<Double> roundMs = new ArrayList<>();
            while (true) {
                String line = out.poll(300, TimeUnit.SECONDS);
                if (line == null) {
                    throw new IllegalStateException("the workload stopped printing; stderr: " + err);
                }
                if (line.equals("ready")) {
                    break;
                }
                if (line.startsWith("round ")) {
                    roundMs.add(Double.parseDouble(line.split(" ")[1]));
                }
            }
            List<Double> last = roundMs.subList(roundMs.size() / 2, roundMs.size());
            List<Double> engine = new ArrayList<>();
            List<Double> wall = new ArrayList<>();
            err.clear();
            for (int e = 1; e <= edits; e++) {
                long written = System.nanoTime();
                Files.writeString(folder.resolve("leaf.mjs"), leaf(e));
                while (true) {
                    String line = err.poll(60, TimeUnit.SECONDS);
                    if (line == null) {
                        throw new IllegalStateException("no [hot] line after edit " + e);
                    }
                    Matcher m = LOADED.matcher(line);
                    if (m.find()) {
                        wall.add((System.nanoTime() - written) / 1e6);
                        engine.add(Double.parseDouble(m.group(1)));
                        break;
                    }
                }
                Thread.sleep(150);
            }
            return new Figures(median(last), engine, wall);
        } finally {
            if (socket != null) {
                socket.abort();
            }
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            outReader.join(5000);
            errReader.join(5000);
        }
    }

    private static String leaf(int version) {
        return "export function version() { return " + version + "; }\nif (import.meta.hot) import.meta.hot.accept();\n";
    }

    /** Attaches as DevTools does (no breakpoints) and lets the waiting program run. */
    private static WebSocket attach(String url) throws Exception {
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        webSocket.request(1);
                        return null;
                    }
                }).get(60, TimeUnit.SECONDS);
        socket.sendText("{\"id\":1,\"method\":\"Runtime.enable\",\"params\":{}}", true).get();
        socket.sendText("{\"id\":2,\"method\":\"Debugger.enable\",\"params\":{}}", true).get();
        socket.sendText("{\"id\":3,\"method\":\"Runtime.runIfWaitingForDebugger\",\"params\":{}}", true).get();
        return socket;
    }

    private static Thread lines(java.io.InputStream stream, java.util.function.Consumer<String> sink) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    sink.accept(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }
}
