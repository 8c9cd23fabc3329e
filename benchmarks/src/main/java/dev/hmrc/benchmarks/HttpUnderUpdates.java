package dev.hmrc.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load test of issue 5: an HTTP server that never drops a request while its code changes.
 *
 * <p>Copies an example ({@code examples/http-counter} by default; {@code --example}) to a
 * temporary folder (linking the {@code node_modules} of an example with a {@code package.json},
 * see {@link #copyExample}), starts {@code bin/hmrc run --import hmr/register server.mjs PORT}
 * on a free loopback port, waits for its {@code NAME listening on http://127.0.0.1:PORT/} line,
 * sends the mix's seed requests ({@link RequestMix}), and keeps {@code connections} keep-alive
 * connections busy with the mix's cycle (http-counter's {@code counter-hits}: {@code GET
 * /hit?name=load}; {@code hono-todo}: create, patch, list, delete a todo, a 400 and two 404s),
 * back to back, one thread and one socket each (a minimal HTTP/1.1 client, so that nothing
 * between the harness and the socket pools, retries or hides an error). Phases, one after the
 * other while the load runs:
 * <ol>
 *   <li>warm-up ({@code warmupSeconds}, not measured: the JIT compiles the request path);</li>
 *   <li>baseline ({@code baselineSeconds}): load only;</li>
 *   <li>updates: {@code updates} new versions of the route module ({@code routes.mjs} by
 *       default, {@code --route-module app.mjs} for hono-todo), one every
 *       {@code intervalMillis} (or as soon as the previous one's outcome line was read, if
 *       later), each written to a temporary file and renamed over the module. Update
 *       {@code i} sets {@code version = i + 1}; every {@code failingEvery}-th update (never the
 *       last) fails on purpose, in turn a syntax error, a top-level {@code throw} and an import
 *       of a missing export, and the next one fixes it. After each write the harness waits up to
 *       {@code lineTimeoutSeconds} for the {@code [hot]} outcome line on stderr and checks it is
 *       a success for a valid version and a failure for a failing one;</li>
 *   <li>a one-second tail of load, then the mix's final requests (http-counter: {@code GET /counts}).</li>
 * </ol>
 *
 * <p>Counted: requests, non-2xx answers the mix did not ask for, answers not as the mix
 * expects (status or body shape), connection errors (any I/O error, unexpected close, timeout
 * or unparsable answer; the client reconnects), answers whose version was not valid at the time
 * ({@link VersionTimeline}), and whether the state counter was kept ({@link HitCountCheck}: hit
 * counts, todo ids; and the final requests agree). Latency is per request,
 * {@code System.nanoTime()} from before the request is written to after its body is read,
 * for the baseline and for the update phase (requests sent from the first write to the last
 * outcome line). Correctness targets (zero failed requests, zero connection errors, no invalid
 * version, state kept, every outcome as planned) make the exit status non-zero when missed;
 * the latency ratio p99(updates)/p99(baseline) is reported against its 2x target, not enforced.
 *
 * <p>With {@code --restart-server true} the entry follows the close-and-recreate pattern
 * instead ({@link #useRestartingServer}: its dispose closes the server, its next version
 * creates it again, and routes.mjs does not accept itself), and every update is a failing
 * save of routes.mjs: none may close the server (zero connection errors).
 *
 * <pre>HttpUnderUpdates --hmrc bin/hmrc --example examples/http-counter [--connections 8]
 *     [--updates 200] [--interval-ms 200] [--warmup-seconds 10] [--baseline-seconds 20]
 *     [--failing-every 10] [--seed 1] [--folder DIR] [--ready-timeout 300] [--line-timeout 10]
 *     [--restart-server false] [--mix counter-hits|hono-todo|FILE] [--route-module routes.mjs]
 *     [--node-modules DIR]</pre>
 */
public final class HttpUnderUpdates {
    private HttpUnderUpdates() {
    }

    /**
     * The options of one run.
     *
     * @param mix         the requests the connections send ({@link RequestMix#load}: a built-in name or a file)
     * @param routeModule the module of the example the updates rewrite (it has an
     *                    {@code export const version = N;} line and imports from {@code ./store.mjs})
     * @param nodeModules the {@code node_modules} folder linked into the copy of the example, or
     *                    null: the repository's {@code .corpora/node_modules} when the example has a
     *                    {@code package.json}, none otherwise
     */
    record Options(Path hmrc, Path example, Path folder, int connections, int updates, int intervalMillis,
                   int warmupSeconds, int baselineSeconds, int failingEvery, long seed, int readyTimeoutSeconds,
                   int lineTimeoutSeconds, boolean restartServer, String mix, String routeModule, Path nodeModules) {

        static Options defaults(Path hmrc, Path example) {
            return new Options(hmrc, example, null, 8, 200, 200, 10, 20, 10, 1, 300, 10, false, RequestMix.DEFAULT,
                    "routes.mjs", null);
        }

        Options with(String option, String value) {
            Draft draft = new Draft(this);
            switch (option) {
                case "--hmrc" -> draft.hmrc = Path.of(value).toAbsolutePath();
                case "--example" -> draft.example = Path.of(value).toAbsolutePath();
                case "--folder" -> draft.folder = Path.of(value).toAbsolutePath();
                case "--connections" -> draft.connections = positive(option, value);
                case "--updates" -> draft.updates = positive(option, value);
                case "--interval-ms" -> draft.intervalMillis = positive(option, value);
                case "--warmup-seconds" -> draft.warmupSeconds = Integer.parseInt(value);
                case "--baseline-seconds" -> draft.baselineSeconds = positive(option, value);
                case "--failing-every" -> draft.failingEvery = Integer.parseInt(value);
                case "--seed" -> draft.seed = Long.parseLong(value);
                case "--ready-timeout" -> draft.readyTimeoutSeconds = positive(option, value);
                case "--line-timeout" -> draft.lineTimeoutSeconds = positive(option, value);
                case "--restart-server" -> draft.restartServer = Boolean.parseBoolean(value);
                case "--mix" -> draft.mix = value;
                case "--route-module" -> draft.routeModule = value;
                case "--node-modules" -> draft.nodeModules = Path.of(value).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + option + " (known: --hmrc --example"
                        + " --folder --connections --updates --interval-ms --warmup-seconds --baseline-seconds"
                        + " --failing-every --seed --ready-timeout --line-timeout --restart-server --mix --route-module"
                        + " --node-modules)");
            }
            return draft.options();
        }

        private static int positive(String option, String value) {
            int n = Integer.parseInt(value);
            if (n <= 0) {
                throw new IllegalArgumentException(option + " must be positive: " + value);
            }
            return n;
        }

        /** The options being changed by {@link #with}: a mutable copy, one field per component. */
        private static final class Draft {
            Path hmrc;
            Path example;
            Path folder;
            int connections;
            int updates;
            int intervalMillis;
            int warmupSeconds;
            int baselineSeconds;
            int failingEvery;
            long seed;
            int readyTimeoutSeconds;
            int lineTimeoutSeconds;
            boolean restartServer;
            String mix;
            String routeModule;
            Path nodeModules;

            Draft(Options o) {
                hmrc = o.hmrc;
                example = o.example;
                folder = o.folder;
                connections = o.connections;
                updates = o.updates;
                intervalMillis = o.intervalMillis;
                warmupSeconds = o.warmupSeconds;
                baselineSeconds = o.baselineSeconds;
                failingEvery = o.failingEvery;
                seed = o.seed;
                readyTimeoutSeconds = o.readyTimeoutSeconds;
                lineTimeoutSeconds = o.lineTimeoutSeconds;
                restartServer = o.restartServer;
                mix = o.mix;
                routeModule = o.routeModule;
                nodeModules = o.nodeModules;
            }

            Options options() {
                return new Options(hmrc, example, folder, connections, updates, intervalMillis, warmupSeconds,
                        baselineSeconds, failingEvery, seed, readyTimeoutSeconds, lineTimeoutSeconds, restartServer, mix,
                        routeModule, nodeModules);
            }
        }
    }

    /** What an update writes: a valid new version, or one of the failures the issue asks for. */
    enum Kind {
        VALID("[hot] Loaded "),
        SYNTAX_ERROR("[hot] SyntaxError in "),
        THROWING_BODY("[hot] Error evaluating "),
        LINK_ERROR("[hot] Link error in ");

        /** How the outcome line of this kind begins. */
        final String expectedLine;

        Kind(String expectedLine) {
            this.expectedLine = expectedLine;
        }

        boolean fails() {
            return this != VALID;
        }
    }

    private static final Kind[] FAILING = {Kind.SYNTAX_ERROR, Kind.THROWING_BODY, Kind.LINK_ERROR};

    /**
     * The kind of each update: with {@code restartServer} every one fails (rotating through the
     * failing kinds: what must never take the server down), else {@link #plan(int, int)}.
     */
    static List<Kind> plan(Options options) {
        if (!options.restartServer()) {
            return plan(options.updates(), options.failingEvery());
        }
        List<Kind> kinds = new ArrayList<>();
        for (int i = 0; i < options.updates(); i++) {
            kinds.add(FAILING[i % FAILING.length]);
        }
        return kinds;
    }

    /** The kind of each update 1..count: every {@code failingEvery}-th one fails (never the last), rotating through the failing kinds. */
    static List<Kind> plan(int count, int failingEvery) {
        List<Kind> kinds = new ArrayList<>();
        int failing = 0;
        for (int i = 1; i <= count; i++) {
            boolean fails = failingEvery > 0 && i % failingEvery == 0 && i < count;
            kinds.add(fails ? FAILING[failing++ % FAILING.length] : Kind.VALID);
        }
        return kinds;
    }

    private static final Pattern VERSION_LINE = Pattern.compile("(?m)^export const version = \\d+;$");
    private static final Pattern IMPORT_STORE = Pattern.compile("(?m)^import \\{[^}]*\\} from \"\\./store\\.mjs\";$");

    /**
     * The text of {@code routes.mjs} at {@code version}, from the example's own text: the version
     * line replaced, a seeded unused helper added (so each version's code differs beyond the
     * constant), and for a failing kind the fault.
     */
    static String routesSource(String original, int version, Kind kind, Random random) {
        Matcher line = VERSION_LINE.matcher(original);
        if (!line.find()) {
            throw new IllegalArgumentException("routes.mjs has no `export const version = N;` line");
        }
        String helper = "function note" + version + "() {\n  return " + random.nextInt(1_000_000) + " + "
                + random.nextInt(1000) + ";\n}\n";
        String replacement = "export const version = " + version + ";\n" + helper;
        if (kind == Kind.SYNTAX_ERROR) {
            replacement += "const broken = ;\n";
        }
        String text = original.substring(0, line.start()) + replacement + original.substring(line.end() + 1);
        switch (kind) {
            case THROWING_BODY -> text = text.stripTrailing() + "\n\nthrow new Error(\"bad version " + version + "\");\n";
            case LINK_ERROR -> {
                Matcher imports = IMPORT_STORE.matcher(text);
                if (!imports.find()) {
                    throw new IllegalArgumentException("routes.mjs does not import from ./store.mjs");
                }
                text = text.substring(0, imports.end()) + "\nimport { missing } from \"./store.mjs\";" + text.substring(imports.end());
            }
            default -> {
            }
        }
        return text;
    }

    /** One update as it went. */
    record Update(int index, int version, Kind kind, long writtenNanos, long lineNanos, String line) {

        boolean timedOut() {
            return line == null;
        }

        /** Whether the outcome was a success for a valid version and a failure for a failing one. */
        boolean asPlanned() {
            return line != null && kind.fails() != line.startsWith(Kind.VALID.expectedLine);
        }

        /** Whether a failure line names the kind of failure planned (a success line always does). */
        boolean wordedAsPlanned() {
            return line != null && line.startsWith(kind.expectedLine);
        }
    }

    /** The latency of one step of a mix's cycle (null: no answer of it in that phase). */
    record StepLatency(String step, Percentiles baseline, Percentiles duringUpdates) {
    }

    /**
     * The figures of one run and the correctness targets it missed. {@code non2xx} counts the
     * answers outside 2xx that the mix did not expect, {@code expectedNon2xx} those it did (a
     * 404 asked for); {@code unexpectedAnswers} every answer whose status or body was not the
     * step's (the unexpected non-2xx among them). {@code hits} checks the mix's state counter
     * (http-counter's hit count, hono-todo's todo ids), {@code finalCount} is the count the final
     * steps answered (-1: none), {@code finalAsExpected} whether every seed and final answer was
     * the one its step expects.
     */
    record Result(String mix, int connections, long requests, long non2xx, long expectedNon2xx, long unexpectedAnswers,
                  long connectionErrors, long closedByServer,
                  long invalidVersions, long httpErrorLines, int updatesPlanned, int updatesApplied, int failingPlanned,
                  int failingRejected, int notAsPlanned, int timedOut, int wrongWording, HitCountCheck hits,
                  long finalCount, boolean finalAsExpected, boolean serverAlive, Percentiles baseline, Percentiles duringUpdates,
                  Percentiles overlappingUpdates, Percentiles betweenUpdates, List<StepLatency> byStep, double baselineSeconds, double updateSeconds, List<String> samples, List<String> missed) {

        double p99Ratio() {
            return baseline == null || duringUpdates == null ? Double.NaN : duringUpdates.p99() / baseline.p99();
        }

        String json() {
            StringBuilder text = new StringBuilder("{\"benchmark\":\"http-under-updates\"");
            text.append(",\"mix\":\"").append(mix.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            text.append(",\"connections\":").append(connections).append(",\"requests\":").append(requests)
                    .append(",\"non2xx\":").append(non2xx).append(",\"expectedNon2xx\":").append(expectedNon2xx)
                    .append(",\"unexpectedAnswers\":").append(unexpectedAnswers).append(",\"connectionErrors\":").append(connectionErrors)
                    .append(",\"closedByServer\":").append(closedByServer)
                    .append(",\"invalidVersions\":").append(invalidVersions).append(",\"httpErrorLines\":").append(httpErrorLines)
                    .append(",\"updates\":{\"planned\":").append(updatesPlanned).append(",\"applied\":").append(updatesApplied)
                    .append(",\"failingPlanned\":").append(failingPlanned).append(",\"failingRejected\":").append(failingRejected)
                    .append(",\"notAsPlanned\":").append(notAsPlanned).append(",\"timedOut\":").append(timedOut)
                    .append(",\"wrongWording\":").append(wrongWording).append('}')
                    .append(",\"hits\":").append(hits.json()).append(",\"finalCount\":").append(finalCount).append(",\"finalAsExpected\":").append(finalAsExpected)
                    .append(",\"serverAlive\":").append(serverAlive);
            if (baseline != null) {
                text.append(",\"baselineMs\":").append(baseline.json());
            }
            if (duringUpdates != null) {
                text.append(",\"updatesMs\":").append(duringUpdates.json());
            }
            if (overlappingUpdates != null) {
                text.append(",\"overlappingAnUpdateMs\":").append(overlappingUpdates.json());
            }
            if (betweenUpdates != null) {
                text.append(",\"betweenUpdatesMs\":").append(betweenUpdates.json());
            }
            if (!byStep.isEmpty()) {
                text.append(",\"bySteps\":[");
                for (int i = 0; i < byStep.size(); i++) {
                    StepLatency step = byStep.get(i);
                    text.append(i == 0 ? "" : ",").append("{\"step\":\"").append(step.step().replace("\"", "\\\"")).append('"');
                    if (step.baseline() != null) {
                        text.append(",\"baselineMs\":").append(step.baseline().json());
                    }
                    if (step.duringUpdates() != null) {
                        text.append(",\"updatesMs\":").append(step.duringUpdates().json());
                    }
                    text.append('}');
                }
                text.append(']');
            }
            text.append(String.format(Locale.ROOT, ",\"p99Ratio\":%.3f,\"baselineSeconds\":%.2f,\"updateSeconds\":%.2f",
                    p99Ratio(), baselineSeconds, updateSeconds));
            text.append(",\"missed\":[");
            for (int i = 0; i < missed.size(); i++) {
                text.append(i == 0 ? "\"" : ",\"").append(missed.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return text.append("],\"loadAverage\":\"").append(ProgramRun.loadAverage()).append("\"}").toString();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.defaults(null, null);
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options = options.with(args[i], args[i + 1]);
        }
        if (options.hmrc() == null || options.example() == null) {
            throw new IllegalArgumentException("--hmrc and --example are required");
        }
        Result result = run(options, System.out);
        System.out.println("BENCHMARK-RESULT " + result.json());
        System.exit(result.missed().isEmpty() ? 0 : 1);
    }

    // ---- the run ----

    /** Phases a request can be sent in. */
    private static final int WARMUP = 0;
    private static final int BASELINE = 1;
    private static final int UPDATES = 2;
    private static final int TAIL = 3;
    private static final String[] PHASE_NAMES = {"warm-up", "baseline", "updates", "tail"};

    /** Runs the load test with {@code options}, describing it on {@code out}. */
    static Result run(Options options, PrintStream out) throws IOException, InterruptedException {
        Path folder = options.folder() != null ? options.folder() : Files.createTempDirectory("hmrc-http-under-updates-");
        RequestMix mix = RequestMix.load(options.mix());
        copyExample(options, folder);
        Path routes = folder.resolve(options.routeModule());
        if (options.restartServer()) {
            if (!options.routeModule().equals("routes.mjs")) {
                throw new IllegalArgumentException("--restart-server rewrites examples/http-counter's server.mjs;"
                        + " it needs --route-module routes.mjs");
            }
            useRestartingServer(folder, routes);
        }
        String original = Files.readString(routes, StandardCharsets.UTF_8);
        List<Kind> plan = plan(options);
        int port = freeLoopbackPort();
        out.printf(Locale.ROOT, "http under updates: %s, mix %s (%s), %s edited; %d connections, %d updates (%d failing"
                        + " on purpose) every %d ms after %d s warm-up and %d s baseline, seed %d; %d cores, load average %s%n",
                options.example().getFileName(), mix.name(), describe(mix), options.routeModule(), options.connections(), options.updates(), plan.stream().filter(Kind::fails).count(), options.intervalMillis(),
                options.warmupSeconds(), options.baselineSeconds(), options.seed(),
                Runtime.getRuntime().availableProcessors(), ProgramRun.loadAverage());
        List<String> command = List.of(options.hmrc().toString(), "run", "--import", "hmr/register", "server.mjs",
                Integer.toString(port));
        out.printf(Locale.ROOT, "  %s (in %s)%n", String.join(" ", command), folder);
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        ChildLines stdout = new ChildLines("server-stdout", process.getInputStream(), 30, "[http]");
        ChildLines stderr = new ChildLines("server-stderr", process.getErrorStream(), 30, "[http]");
        stdout.start();
        stderr.start();
        List<Client> clients = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        try {
            // the examples print "NAME listening on URL"
            String listening = " listening on http://127.0.0.1:" + port + "/";
            long readyDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.readyTimeoutSeconds());
            long started = System.nanoTime();
            while (true) {
                long left = readyDeadline - System.nanoTime();
                ChildLines.Line line = left > 0 ? stdout.lines.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS) : null;
                if (line != null && line.text().endsWith(listening)) {
                    break;
                }
                if (line == null && (!process.isAlive() || left <= 0)) {
                    String why = process.isAlive() ? "not listening within " + options.readyTimeoutSeconds() + " s"
                            : "exited with status " + process.exitValue() + " before listening";
                    throw new IOException("the server " + why + "; last stderr lines:\n" + stderr.tail());
                }
            }
            out.printf(Locale.ROOT, "  listening after %.2f s%n", (System.nanoTime() - started) / 1e9);

            StepsSent seeds = send(mix.seed(), mix, port);
            missed.addAll(seeds.mismatches().stream().map(m -> "seed " + m).toList());
            AtomicInteger phase = new AtomicInteger(WARMUP);
            for (int c = 0; c < options.connections(); c++) {
                Client client = new Client(c, port, phase, mix);
                clients.add(client);
                client.start();
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(options.warmupSeconds()));
            long baselineStart = System.nanoTime();
            phase.set(BASELINE);
            Thread.sleep(TimeUnit.SECONDS.toMillis(options.baselineSeconds()));
            long baselineEnd = System.nanoTime();
            phase.set(UPDATES);

            VersionTimeline timeline = new VersionTimeline(1);
            List<Update> updates = new ArrayList<>();
            Random random = new Random(options.seed());
            long updatesStart = System.nanoTime();
            for (int i = 1; i <= plan.size(); i++) {
                long scheduled = updatesStart + TimeUnit.MILLISECONDS.toNanos((long) (i - 1) * options.intervalMillis());
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                for (ChildLines.Line stray; (stray = stderr.lines.poll()) != null; ) {
                    if (isOutcome(stray.text())) {
                        missed.add("a [hot] line no update was waiting for: " + stray.text());
                    }
                }
                Kind kind = plan.get(i - 1);
                int version = i + 1;
                byte[] text = routesSource(original, version, kind, random).getBytes(StandardCharsets.UTF_8);
                Path temporary = routes.resolveSibling("." + options.routeModule() + ".tmp");
                long written = System.nanoTime();
                Files.write(temporary, text);
                Files.move(temporary, routes, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ChildLines.Line outcome = null;
                long deadline = written + TimeUnit.SECONDS.toNanos(options.lineTimeoutSeconds());
                while (outcome == null) {
                    long left = deadline - System.nanoTime();
                    ChildLines.Line line = left > 0 ? stderr.lines.poll(left, TimeUnit.NANOSECONDS) : null;
                    if (line == null) {
                        break;
                    }
                    if (isOutcome(line.text())) {
                        outcome = line;
                    }
                }
                Update update = new Update(i, version, kind, written, outcome == null ? -1 : outcome.nanos(),
                        outcome == null ? null : outcome.text());
                updates.add(update);
                if (update.timedOut()) {
                    out.printf(Locale.ROOT, "  update %d (%s, version %d): no [hot] line within %d s%n", i, kind, version,
                            options.lineTimeoutSeconds());
                    if (!process.isAlive()) {
                        missed.add("the server exited with status " + process.exitValue() + " during update " + i);
                        break;
                    }
                } else {
                    if (update.line().startsWith(Kind.VALID.expectedLine)) {
                        timeline.applied(version, written, outcome.nanos());
                    }
                    if (!update.asPlanned() || kind.fails()) {
                        out.printf(Locale.ROOT, "  update %d (%s, version %d)%s: %s%n", i, kind, version,
                                update.asPlanned() ? "" : " NOT AS PLANNED", update.line());
                    }
                }
            }
            long updatesEnd = System.nanoTime(); // the last outcome line was read just before
            phase.set(TAIL);
            Thread.sleep(1000);
            for (Client client : clients) {
                client.stopping = true;
            }
            for (Client client : clients) {
                client.join(TimeUnit.SECONDS.toMillis(30));
                if (client.isAlive()) {
                    missed.add("connection " + client.id + " did not finish its last request within 30 s");
                    client.interrupt();
                }
            }
            StepsSent finals = send(mix.finalSteps(), mix, port);
            for (String mismatch : finals.mismatches()) {
                out.println("  final " + mismatch);
            }
            boolean alive = process.isAlive();
            Result result = summarize(options, mix, clients, timeline, updates, stderr, seeds, finals, alive,
                    baselineEnd - baselineStart, updatesEnd - updatesStart, missed);
            report(result, updates, out);
            if (result.missed().isEmpty() && options.folder() == null) {
                deleteTree(folder);
            }
            return result;
        } finally {
            for (Client client : clients) {
                client.stopping = true;
                client.interrupt();
            }
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The mix's cycle in a few words: {@code GET /hit?name=load}, or its methods and paths. */
    static String describe(RequestMix mix) {
        return mix.cycle().stream().map(RequestMix.Step::label).collect(java.util.stream.Collectors.joining(", "))
                + (mix.seed().isEmpty() ? "" : "; " + mix.seed().size() + " seed")
                + (mix.finalSteps().isEmpty() ? "" : "; then " + mix.finalSteps().stream().map(RequestMix.Step::label)
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Whether a stderr line is an update's outcome (the trace line that may follow a success is not). */
    static boolean isOutcome(String line) {
        return line.startsWith("[hot] ") && !line.startsWith("[hot] trace ");
    }

    private static Result summarize(Options options, RequestMix mix, List<Client> clients, VersionTimeline timeline,
                                    List<Update> updates, ChildLines stderr, StepsSent seeds, StepsSent finals,
                                    boolean alive, long baselineNanos,
                                    long updateNanos, List<String> missed) {
        long requests = 0;
        long non2xx = 0;
        long expectedNon2xx = 0;
        long unexpected = 0;
        long connectionErrors = 0;
        long closedByServer = 0;
        long invalid = 0;
        List<String> samples = new ArrayList<>();
        long[] counts = new long[seeds.counts().size() + clients.stream().mapToInt(c -> c.recorded).sum()];
        int n = 0;
        for (long seedCount : seeds.counts()) {
            counts[n++] = seedCount;
        }
        List<Double> baseline = new ArrayList<>();
        List<Double> during = new ArrayList<>();
        List<Double> overlapping = new ArrayList<>();
        List<Double> between = new ArrayList<>();
        List<List<Double>> baselineByStep = new ArrayList<>();
        List<List<Double>> duringByStep = new ArrayList<>();
        for (int step = 0; step < mix.cycle().size(); step++) {
            baselineByStep.add(new ArrayList<>());
            duringByStep.add(new ArrayList<>());
        }
        long[] windowStarts = new long[updates.size()];
        long[] windowEnds = new long[updates.size()];
        for (int u = 0; u < updates.size(); u++) {
            windowStarts[u] = updates.get(u).writtenNanos();
            windowEnds[u] = updates.get(u).timedOut() ? Long.MAX_VALUE : updates.get(u).lineNanos();
        }
        for (Client client : clients) {
            requests += client.requests;
            non2xx += client.non2xx;
            expectedNon2xx += client.expectedNon2xx;
            unexpected += client.unexpected;
            connectionErrors += client.connectionErrors;
            closedByServer += client.closedByServer;
            synchronized (client.samples) {
                for (String sample : client.samples) {
                    if (samples.size() < 10) {
                        samples.add("connection " + client.id + ": " + sample);
                    }
                }
            }
            for (int r = 0; r < client.recorded; r++) {
                if (client.counts[r] >= 0) {
                    counts[n++] = client.counts[r];
                }
                long sent = client.sent[r];
                long answered = client.answered[r];
                int version = client.versions[r];
                if (!timeline.isValid(version, sent, answered)) {
                    invalid++;
                    if (samples.size() < 10) {
                        samples.add(String.format(Locale.ROOT, "connection %d: version %d answered a request sent in the %s"
                                + " phase (%s)", client.id, version, PHASE_NAMES[client.phases[r]], timeline.wasApplied(version)
                                ? "outside its window" : "never applied"));
                    }
                }
                double millis = (answered - sent) / 1e6;
                if (client.phases[r] == BASELINE) {
                    baseline.add(millis);
                    baselineByStep.get(client.steps[r]).add(millis);
                } else if (client.phases[r] == UPDATES) {
                    during.add(millis);
                    duringByStep.get(client.steps[r]).add(millis);
                    (overlapsAny(windowStarts, windowEnds, sent, answered) ? overlapping : between).add(millis);
                }
            }
        }
        HitCountCheck hits = HitCountCheck.of(Arrays.copyOf(counts, n));
        int applied = 0;
        int failingPlanned = 0;
        int failingRejected = 0;
        int notAsPlanned = 0;
        int timedOut = 0;
        int wrongWording = 0;
        for (Update update : updates) {
            if (update.timedOut()) {
                timedOut++;
                continue;
            }
            if (update.line().startsWith(Kind.VALID.expectedLine)) {
                applied++;
            }
            if (update.kind().fails()) {
                failingPlanned++;
                if (update.asPlanned()) {
                    failingRejected++;
                }
            }
            if (!update.asPlanned()) {
                notAsPlanned++;
            } else if (!update.wordedAsPlanned()) {
                wrongWording++;
            }
        }
        int planned = plan(options).size();
        List<String> all = new ArrayList<>(missed);
        if (requests == 0) {
            all.add("no requests were made");
        }
        if (baseline.isEmpty() || during.isEmpty()) {
            all.add("no requests answered in the " + (baseline.isEmpty() ? "baseline" : "update") + " phase");
        }
        if (non2xx > 0) {
            all.add(non2xx + " non-2xx answers");
        }
        if (unexpected > non2xx) {
            all.add((unexpected - non2xx) + " answers not as the mix expects");
        }
        if (connectionErrors > 0) {
            all.add(connectionErrors + " connection errors");
        }
        if (invalid > 0) {
            all.add(invalid + " answers from a version that was not valid at the time");
        }
        if (updates.size() < planned) {
            all.add("only " + updates.size() + " of " + planned + " updates were made");
        }
        if (timedOut > 0) {
            all.add(timedOut + " updates printed no [hot] line within " + options.lineTimeoutSeconds() + " s");
        }
        if (notAsPlanned > 0) {
            all.add(notAsPlanned + " updates did not succeed or fail as planned");
        }
        if (!hits.kept()) {
            all.add("state counter not kept: " + hits.json());
        }
        long finalCount = finals.counts().isEmpty() ? -1 : finals.counts().get(finals.counts().size() - 1);
        for (long count : finals.counts()) {
            if (count != hits.largest()) {
                all.add("the final steps say " + count + ", the largest count answered was " + hits.largest());
            }
        }
        for (String mismatch : finals.mismatches()) {
            all.add("final " + mismatch);
        }
        if (!alive) {
            all.add("the server was not running at the end");
        }
        if (stderr.counted() > 0) {
            all.add(stderr.counted() + " [http] error lines on the server's stderr");
        }
        boolean finalAsExpected = seeds.mismatches().isEmpty() && finals.mismatches().isEmpty();
        List<StepLatency> byStep = new ArrayList<>();
        if (mix.cycle().size() > 1) {
            for (int step = 0; step < mix.cycle().size(); step++) {
                List<Double> inBaseline = baselineByStep.get(step);
                List<Double> inUpdates = duringByStep.get(step);
                byStep.add(new StepLatency(mix.cycle().get(step).label(),
                        inBaseline.isEmpty() ? null : Percentiles.of(toArray(inBaseline)),
                        inUpdates.isEmpty() ? null : Percentiles.of(toArray(inUpdates))));
            }
        }
        return new Result(mix.name(), clients.size(), requests, non2xx, expectedNon2xx, unexpected, connectionErrors,
                closedByServer, invalid, stderr.counted(), planned, applied, failingPlanned, failingRejected, notAsPlanned,
                timedOut, wrongWording, hits, finalCount, finalAsExpected, alive, baseline.isEmpty() ? null : Percentiles.of(toArray(baseline)),
                during.isEmpty() ? null : Percentiles.of(toArray(during)),
                overlapping.isEmpty() ? null : Percentiles.of(toArray(overlapping)),
                between.isEmpty() ? null : Percentiles.of(toArray(between)), byStep, baselineNanos / 1e9,
                updateNanos / 1e9, samples, all);
    }

    /**
     * Whether {@code [sent, answered]} overlaps one of the windows {@code [starts[i], ends[i]]},
     * which are sorted and do not overlap each other (the updates, each from its write to its
     * outcome line, one after the other).
     */
    static boolean overlapsAny(long[] starts, long[] ends, long sent, long answered) {
        // the last window starting at or before `answered`; it overlaps iff it ends at or after `sent`
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= answered) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && ends[found] >= sent;
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private static void report(Result result, List<Update> updates, PrintStream out) {
        out.printf(Locale.ROOT, "requests: %d over %d connections; non-2xx %d; connection errors %d; closed by the server %d;"
                        + " answers from a version not valid at the time %d; [http] error lines %d%n",
                result.requests(), result.connections(), result.non2xx(), result.connectionErrors(), result.closedByServer(),
                result.invalidVersions(), result.httpErrorLines());
        if (result.expectedNon2xx() > 0 || result.unexpectedAnswers() > result.non2xx()) {
            out.printf(Locale.ROOT, "answers: non-2xx the mix asks for %d; not as the mix expects (status or body) %d%n",
                    result.expectedNon2xx(), result.unexpectedAnswers());
        }
        out.printf(Locale.ROOT, "updates: %d planned, %d applied, %d failing on purpose of which %d rejected; not as planned %d,"
                        + " no outcome line %d, failure worded as another kind %d%n",
                result.updatesPlanned(), result.updatesApplied(), result.failingPlanned(), result.failingRejected(),
                result.notAsPlanned(), result.timedOut(), result.wrongWording());
        if (!updates.isEmpty()) {
            double[] lines = updates.stream().filter(u -> !u.timedOut()).mapToDouble(u -> (u.lineNanos() - u.writtenNanos()) / 1e6)
                    .toArray();
            if (lines.length > 0) {
                out.printf(Locale.ROOT, "write -> [hot] line: %s%n", Percentiles.of(lines).describeMillis());
            }
            // The engine's own time for each applied update (the "in X ms" of its Loaded line).
            double[] reported = updates.stream().filter(u -> !u.timedOut()).map(u -> UpdateLatency.parseLoaded(u.line()))
                    .filter(java.util.Objects::nonNull).mapToDouble(UpdateLatency.Loaded::reportedMillis).toArray();
            if (reported.length > 0) {
                out.printf(Locale.ROOT, "time in the Loaded lines: %s%n", Percentiles.of(reported).describeMillis());
            }
        }
        String finalPart = result.finalCount() >= 0 ? ", final steps " + result.finalCount() : "";
        boolean kept = result.hits().kept() && result.finalAsExpected()
                && (result.finalCount() < 0 || result.finalCount() == result.hits().largest());
        out.printf(Locale.ROOT, "%s: %d answers, largest %d, duplicates %d, gaps %d%s: %s%n",
                result.mix().equals(RequestMix.DEFAULT) ? "hit count" : "state counter", result.hits().answers(),
                result.hits().largest(), result.hits().duplicates(), result.hits().gaps(), finalPart, kept ? "kept" : "NOT KEPT");
        if (result.baseline() != null) {
            out.printf(Locale.ROOT, "latency, baseline (%.1f s):      %s%n", result.baselineSeconds(), result.baseline().describeMillis());
        }
        if (result.duringUpdates() != null) {
            out.printf(Locale.ROOT, "latency, during updates (%.1f s): %s%n", result.updateSeconds(),
                    result.duringUpdates().describeMillis());
        }
        if (result.overlappingUpdates() != null) {
            out.printf(Locale.ROOT, "  of which overlapping an update (write -> [hot] line): %s%n",
                    result.overlappingUpdates().describeMillis());
        }
        if (result.betweenUpdates() != null) {
            out.printf(Locale.ROOT, "  of which between updates:                         %s%n",
                    result.betweenUpdates().describeMillis());
        }
        for (StepLatency step : result.byStep()) {
            out.printf(Locale.ROOT, "  %-30s baseline %s; during updates %s%n", step.step() + ":",
                    step.baseline() == null ? "-" : String.format(Locale.ROOT, "p50 %.2f p99 %.2f ms", step.baseline().p50(), step.baseline().p99()),
                    step.duringUpdates() == null ? "-" : String.format(Locale.ROOT, "p50 %.2f p99 %.2f ms",
                            step.duringUpdates().p50(), step.duringUpdates().p99()));
        }
        if (result.baseline() != null && result.duringUpdates() != null) {
            out.printf(Locale.ROOT, "p99 during updates / p99 baseline: %.2fx (target <= 2x: %s)%n", result.p99Ratio(),
                    result.p99Ratio() <= 2 ? "MET" : "MISSED");
        }
        for (String sample : result.samples()) {
            out.println("  e.g. " + sample);
        }
        out.printf(Locale.ROOT, "correctness: %s; load average at end %s%n",
                result.missed().isEmpty() ? "all targets met" : "MISSED: " + String.join("; ", result.missed()),
                ProgramRun.loadAverage());
    }

    // ---- the client ----

    /** An answer: status, whether the server asked to close the connection, headers (names in lower case), body. */
    record Answer(int status, boolean close, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A keep-alive connection that sends the mix's cycle back to back, on its own thread. */
    private static final class Client extends Thread {
        final int id;
        private final int port;
        private final AtomicInteger phase;
        private final RequestMix mix;
        volatile boolean stopping;
        // Counters and the per-request records are written by this thread and read after join().
        long requests;
        long non2xx;
        long expectedNon2xx;
        long unexpected;
        long connectionErrors;
        long closedByServer;
        int recorded;
        long[] sent = new long[4096];
        long[] answered = new long[4096];
        int[] versions = new int[4096];
        long[] counts = new long[4096];
        byte[] phases = new byte[4096];
        short[] steps = new short[4096];
        final List<String> samples = new ArrayList<>();

        Client(int id, int port, AtomicInteger phase, RequestMix mix) {
            super("load-" + id);
            this.id = id;
            this.port = port;
            this.phase = phase;
            this.mix = mix;
            setDaemon(true);
        }

        @Override
        public void run() {
            List<RequestMix.Step> cycle = mix.cycle();
            byte[][] fixed = new byte[cycle.size()][];
            for (int s = 0; s < fixed.length; s++) {
                fixed[s] = cycle.get(s).usesId() ? null : cycle.get(s).request(port, null, false);
            }
            Socket socket = null;
            InputStream in = null;
            OutputStream outStream = null;
            // A connection stops between two cycles only, so a cycle that creates and deletes leaves nothing behind.
            while (!stopping) {
                String cycleId = null;
                for (int s = 0; s < fixed.length; s++) {
                    RequestMix.Step step = cycle.get(s);
                    try {
                        if (socket == null) {
                            socket = new Socket();
                            socket.setTcpNoDelay(true);
                            socket.setSoTimeout(10_000);
                            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
                            in = new BufferedInputStream(socket.getInputStream());
                            outStream = socket.getOutputStream();
                        }
                        byte[] request = fixed[s] != null ? fixed[s] : step.request(port, cycleId, false);
                        int sentPhase = phase.get();
                        long t0 = System.nanoTime();
                        requests++;
                        outStream.write(request);
                        outStream.flush();
                        Answer answer = readAnswer(in);
                        long t1 = System.nanoTime();
                        if (answer.status() / 100 != 2) {
                            if (answer.status() == step.status()) {
                                expectedNon2xx++;
                            } else {
                                non2xx++;
                            }
                        }
                        RequestMix.Checked checked = mix.check(step, answer.status(), answer.headers(), answer.text());
                        if (!checked.matches()) {
                            unexpected++;
                            sample(checked.mismatch());
                        } else {
                            record(t0, t1, checked.version(), checked.count(), sentPhase, s);
                            if (checked.id() != null) {
                                cycleId = checked.id();
                            }
                        }
                        if (answer.close()) {
                            closedByServer++;
                            closeQuietly(socket);
                            socket = null;
                        }
                        if (!checked.matches() && step.capturesId()) {
                            break; // the rest of this cycle needs the id this answer did not give
                        }
                    } catch (IOException | RuntimeException error) {
                        if (stopping && socket == null) {
                            break;
                        }
                        connectionErrors++;
                        sample(step.label() + ": " + error.getClass().getSimpleName() + ": " + error.getMessage());
                        closeQuietly(socket);
                        socket = null;
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException interrupted) {
                            stopping = true;
                        }
                        break; // the rest of this cycle may depend on the answer that was lost
                    }
                }
            }
            closeQuietly(socket);
        }

        private void record(long t0, long t1, int version, long count, int sentPhase, int step) {
            if (recorded == sent.length) {
                int size = sent.length * 2;
                sent = Arrays.copyOf(sent, size);
                answered = Arrays.copyOf(answered, size);
                versions = Arrays.copyOf(versions, size);
                counts = Arrays.copyOf(counts, size);
                phases = Arrays.copyOf(phases, size);
                steps = Arrays.copyOf(steps, size);
            }
            sent[recorded] = t0;
            answered[recorded] = t1;
            versions[recorded] = version;
            counts[recorded] = count;
            phases[recorded] = (byte) sentPhase;
            steps[recorded] = (short) step;
            recorded++;
        }

        private void sample(String text) {
            synchronized (samples) {
                if (samples.size() < 5) {
                    samples.add(text);
                }
            }
        }
    }

    /** Reads one HTTP/1.1 answer: status line, headers, then a Content-Length or chunked body. */
    static Answer readAnswer(InputStream in) throws IOException {
        String status = readLine(in);
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("bad status line: " + status);
        }
        int code;
        try {
            code = Integer.parseInt(status.substring(9, 12));
        } catch (NumberFormatException bad) {
            throw new IOException("bad status line: " + status);
        }
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        Map<String, String> headers = new HashMap<>();
        for (String header; !(header = readLine(in)).isEmpty(); ) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("bad header line: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            headers.put(name, value);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            while (true) {
                String size = readLine(in);
                int semicolon = size.indexOf(';');
                int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    while (!readLine(in).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                body.write(in.readNBytes(chunk));
                if (!readLine(in).isEmpty()) {
                    throw new IOException("bad chunk end");
                }
            }
        } else if (length >= 0) {
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                throw new EOFException("closed after " + bytes.length + " of " + length + " body bytes");
            }
            body.write(bytes);
        } else if (code != 204 && code != 304) {
            throw new IOException("answer without Content-Length or chunked encoding");
        }
        return new Answer(code, close, headers, body.toByteArray());
    }

    /** One CRLF-terminated line (ISO-8859-1, the CRLF dropped); EOF before it is an error. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException(line.isEmpty() ? "connection closed" : "connection closed mid-line: " + line);
            }
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
            if (line.length() > 16_384) {
                throw new IOException("line too long");
            }
            line.append((char) b);
        }
    }

    /**
     * What the seed or final steps of the mix found: the counts their answers carried and why
     * an answer was not the one expected.
     */
    record StepsSent(List<Long> counts, List<String> mismatches) {
    }

    /** Sends {@code steps} one after the other, each on a fresh connection closed after its answer. */
    static StepsSent send(List<RequestMix.Step> steps, RequestMix mix, int port) {
        List<Long> counts = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (RequestMix.Step step : steps) {
            try (Socket socket = new Socket()) {
                socket.setSoTimeout(10_000);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
                socket.getOutputStream().write(step.request(port, null, true));
                Answer answer = readAnswer(new BufferedInputStream(socket.getInputStream()));
                RequestMix.Checked checked = mix.check(step, answer.status(), answer.headers(), answer.text());
                if (!checked.matches()) {
                    mismatches.add(checked.mismatch());
                } else if (checked.count() >= 0) {
                    counts.add(checked.count());
                }
            } catch (IOException | RuntimeException failed) {
                mismatches.add(step.label() + " failed: " + failed);
            }
        }
        return new StepsSent(counts, mismatches);
    }

    // ---- process and files ----



    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * The pattern of dynohot's README, the one a failing save used to take down: the entry
     * creates its server and closes it in its dispose handler (its next version creates it
     * again), and routes.mjs does not accept itself, so every save of routes.mjs reaches the
     * entry. A failing save of routes.mjs must leave the server serving.
     */
    static void useRestartingServer(Path folder, Path routes) throws IOException {
        Files.writeString(folder.resolve("server.mjs"), """
                // http-counter's entry in the close-and-recreate pattern (HttpUnderUpdates --restart-server true).
                import { serve } from "hmr:http";
                import { handle } from "./routes.mjs";

                const port = Number(globalThis.arguments?.[0] ?? 8080);
                const server = serve({ port }, (request) => handle(request));
                import.meta.hot?.dispose(() => server.close());
                import.meta.hot?.accept();
                console.log(`http-counter listening on ${server.url}`);
                """, StandardCharsets.UTF_8);
        String text = Files.readString(routes, StandardCharsets.UTF_8);
        String accepting = "import.meta.hot?.accept();";
        if (!text.contains(accepting)) {
            throw new IOException("routes.mjs has no `" + accepting + "` line to remove");
        }
        Files.writeString(routes, text.replace(accepting, "// (no accept: a save of this file re-runs server.mjs)"),
                StandardCharsets.UTF_8);
    }

    /**
     * Copies the example's files into {@code folder} and, for an example with a
     * {@code package.json}, links its {@code node_modules}: {@link Options#nodeModules()}, else
     * the example's own, else the repository's {@code .corpora/node_modules} (where
     * scripts/fetch-corpora.sh installs the pinned packages the examples use, hono among them).
     */
    private static void copyExample(Options options, Path folder) throws IOException {
        Path example = options.example();
        Files.createDirectories(folder);
        try (var files = Files.list(example)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!Files.isRegularFile(folder.resolve("server.mjs")) || !Files.isRegularFile(folder.resolve(options.routeModule()))) {
            throw new IOException(example + " has no server.mjs and " + options.routeModule());
        }
        Path nodeModules = options.nodeModules();
        if (nodeModules == null && Files.isRegularFile(example.resolve("package.json"))) {
            nodeModules = Files.isDirectory(example.resolve("node_modules")) ? example.resolve("node_modules")
                    : example.toAbsolutePath().getParent().getParent().resolve(".corpora/node_modules");
        }
        if (nodeModules != null) {
            if (!Files.isDirectory(nodeModules)) {
                throw new IOException(example.getFileName() + " needs its npm packages in " + nodeModules
                        + " (run scripts/fetch-corpora.sh, or --node-modules DIR)");
            }
            Path link = folder.resolve("node_modules");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, nodeModules.toAbsolutePath());
        }
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
