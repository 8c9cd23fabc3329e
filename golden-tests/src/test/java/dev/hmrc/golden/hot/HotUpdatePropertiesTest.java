package dev.hmrc.golden.hot;

import dev.hmrc.golden.hot.HotGraphs.Edit;
import dev.hmrc.golden.hot.HotGraphs.Fault;
import dev.hmrc.golden.hot.HotGraphs.Program;
import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.graalvm.polyglot.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hot-update property: random module graphs, random accept placements and random
 * sequences of edits ({@link HotGraphs}), applied to a running program through real file
 * saves and the real watcher. After each edit the test waits (bounded) for the update's
 * {@code [hot]} line, then:
 *
 * <ul>
 * <li>the outcome is the one the graph implies: a syntax error is reported as one; an edit
 *     no accept covers is not accepted; else a broken import is a link error, a throwing
 *     body an evaluation error, and a good version is applied;</li>
 * <li>after an applied update, exactly the modules the change reaches up to the accepting
 *     ones ran again, once each, and the {@code Loaded}/{@code reevaluated} counts add up
 *     to them; each of them recorded, while it ran, exactly what it records in a fresh run
 *     of the files now running, started from scratch with GraalJS's own module loader;
 *     and every module's {@code probe()}, called from Java after the update, reads through
 *     its (live) imports exactly what the same probe reads in that fresh run, so modules
 *     that did not run again see the new exports;</li>
 * <li>after an update that is not accepted or fails, no probe reads anything else than
 *     before, and (but for a throwing body, which ran before it was rolled back) no module
 *     ran; after a throwing body, a module that ran again is either the failing version
 *     or a module whose dispose had run, restored: it ran its last good version;</li>
 * <li>after every update, each module that owns an interval has exactly one, and it keeps
 *     ticking: a failed update never leaves a parent's side effects stopped (or doubled).</li>
 * </ul>
 *
 * "The files now running" are the newest good versions except where a change was not
 * accepted: that one waits, staged, and runs when a later update reaches its module; so
 * each module that runs again must run either the version it ran or its newest saved one,
 * and the fresh run uses whichever it ran.
 */
class HotUpdatePropertiesTest {

    /** About 0.35 s a try on an idle 2-core machine, 2 s under heavy load (each applied update also starts a fresh native run). */
    private static final int TRIES = 30;
    private static final long WAIT_MS = 20_000;
    private static final Pattern LOADED = Pattern.compile(
            "^\\[hot] Loaded (\\d+) new modules?, reevaluated (\\d+) existing modules? in [0-9.]+ ?ms\\.$");
    private static JsEngine engine;

    private static synchronized JsEngine engine() {
        if (engine == null) {
            engine = JsEngine.create();
        }
        return engine;
    }

    @AfterContainer
    static synchronized void closeEngine() {
        if (engine != null) {
            engine.engine().close(true);
            engine = null;
        }
    }

    @Provide
    Arbitrary<Program> programs() {
        return Arbitraries.integers().between(0, 9_999).withDistribution(RandomDistribution.uniform())
                .list().ofMinSize(60).ofMaxSize(100).withoutEdgeCases()
                .map(HotGraphs::build);
    }

    /** What the program shows: per module its probe, what it recorded when it last ran, and how often it ran. */
    private record Observation(List<String> probes, List<String> seen, List<Integer> runs) {
    }

    /** How an update ended, from its [hot] line. */
    private enum Outcome { APPLIED, NOT_ACCEPTED, SYNTAX_ERROR, LINK_ERROR, EVALUATION_ERROR }

    /** The program's output and [hot] lines in arrival order, for failure messages and waiting. */
    private static final class Transcript {
        private final StringBuilder text = new StringBuilder();
        private final List<String> hotLines = new ArrayList<>();

        /** A [hot] report (its text reaches the transcript through stderr). */
        synchronized void hot(String line) {
            hotLines.add(line);
            notifyAll();
        }

        synchronized void note(String line) {
            text.append(line).append('\n');
        }

        synchronized String line(int index, long timeoutMs) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (hotLines.size() <= index) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return hotLines.get(index);
        }

        synchronized int hotLineCount() {
            return hotLines.size();
        }

        synchronized String text() {
            return text.toString();
        }

        OutputStream stream(String prefix) {
            return new OutputStream() {
                private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

                @Override
                public synchronized void write(int b) {
                    if (b == '\n') {
                        note(prefix + pending.toString(StandardCharsets.UTF_8));
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }
            };
        }
    }

    @Property(tries = TRIES)
    void everyUpdateLeavesTheProgramAsAFreshRunOfItsFiles(@ForAll("programs") Program program) throws Exception {
        Path root = Files.createTempDirectory("hmrc-hot-property").toRealPath();
        Transcript transcript = new Transcript();
        int size = program.size();
        int[] running = new int[size];       // version each module runs
        int[] saved = new int[size];         // newest good version saved
        List<Boolean> extraOf = new ArrayList<>(); // version → whether it exports xK
        extraOf.add(false);
        try {
            for (int m = 0; m < size; m++) {
                save(root, m, HotGraphs.source(program, m, 0, false, Fault.NONE));
            }
            Files.writeString(root.resolve("state.mjs"), HotGraphs.STATE_MODULE);
            Statistics.label("graph").collect(program.cyclic() ? "cyclic" : "acyclic");
            try (ModuleRuntime hot = ModuleRuntime.builder(root).engine(engine())
                    .hot(HotOptions.defaults().withReload(HotOptions.Reload.NONE)) // an unaccepted edit waits, as the model expects
                    .hotListener(transcript::hot)
                    .out(transcript.stream(""))
                    .err(transcript.stream("! "))
                    .build()) {
                String context = program.describe();
                get(hot.importModule("./main.mjs"), transcript, context);
                Observation before = observe(hot, size, transcript, context);
                assertSideEffectsGoOn(hot, program, transcript, context);
                assertEquals(fresh(program, running, extraOf, transcript, context), before,
                        "at start, the hot run differs from a fresh run\n" + context + "\n" + transcript.text());
                int version = 0;
                for (Edit edit : program.edits()) {
                    int m = edit.module();
                    version++;
                    boolean extra = edit.toggleExtra() != extraOf.get(saved[m]);
                    extraOf.add(extra);
                    String step = "edit " + edit + " (version " + version + ")";
                    context = program.describe() + "\n  at " + step;
                    transcript.note("== " + step);
                    int linesBefore = transcript.hotLineCount();
                    save(root, m, HotGraphs.source(program, m, version, extra, edit.fault()));
                    if (edit.fault() == Fault.NONE) {
                        saved[m] = version;
                    }
                    String line = transcript.line(linesBefore, WAIT_MS);
                    if (line == null) {
                        fail("no [hot] line within " + WAIT_MS + " ms after " + step + "\n" + context
                                + "\ntranscript:\n" + transcript.text());
                    }
                    Outcome outcome = outcome(line, m);
                    if (outcome == null) {
                        fail("unexpected [hot] line after " + step + ": " + line + "\n" + context
                                + "\ntranscript:\n" + transcript.text());
                    }
                    Set<Integer> reached = program.rerunOnChange(m);
                    Fault fault = edit.fault() == Fault.LINK && program.edges().get(m).isEmpty() ? Fault.SYNTAX : edit.fault();
                    Outcome expected = fault == Fault.SYNTAX ? Outcome.SYNTAX_ERROR
                            : reached == null ? Outcome.NOT_ACCEPTED
                            : fault == Fault.LINK ? Outcome.LINK_ERROR
                            : fault == Fault.THROWS ? Outcome.EVALUATION_ERROR
                            : Outcome.APPLIED;
                    Statistics.label("outcome").collect(outcome);
                    assertEquals(expected, outcome, "outcome of " + step + ": " + line + "\n" + context
                            + "\ntranscript:\n" + transcript.text());
                    Observation after = observe(hot, size, transcript, context);
                    assertEquals(linesBefore + 1, transcript.hotLineCount(), "one [hot] line per edit\n" + context
                            + "\ntranscript:\n" + transcript.text());
                    assertSideEffectsGoOn(hot, program, transcript, context + "\n  after " + outcome);
                    if (outcome != Outcome.APPLIED) {
                        assertEquals(before.probes(), after.probes(), "a " + outcome + " changed what modules read\n"
                                + context + "\ntranscript:\n" + transcript.text());
                        if (outcome != Outcome.EVALUATION_ERROR) {
                            assertEquals(before.runs(), after.runs(), "a " + outcome + " ran modules\n" + context
                                    + "\ntranscript:\n" + transcript.text());
                        } else {
                            for (int k = 0; k < size; k++) {
                                if (!after.runs().get(k).equals(before.runs().get(k))) {
                                    int recorded = recordedVersion(after.seen().get(k));
                                    Statistics.label("ran again in a failed update")
                                            .collect(recorded == running[k] ? "restored" : "the failing version");
                                    assertTrue(recorded == running[k] || k == m && recorded == version, "m" + k
                                            + " ran version " + recorded + " in a failed update, neither its last good"
                                            + " version (" + running[k] + ") nor the failing one\n" + context
                                            + "\ntranscript:\n" + transcript.text());
                                }
                            }
                        }
                        before = after;
                        continue;
                    }
                    Set<Integer> ran = new TreeSet<>();
                    for (int k = 0; k < size; k++) {
                        int times = after.runs().get(k) - before.runs().get(k);
                        if (times != 0) {
                            assertEquals(1, times, "m" + k + " ran " + times + " times in one update\n" + context);
                            ran.add(k);
                        }
                    }
                    assertEquals(reached, ran, "the modules that ran again\n" + context + "\ntranscript:\n"
                            + transcript.text());
                    Matcher counts = LOADED.matcher(line);
                    assertTrue(counts.matches(), line);
                    assertEquals(ran.size(), Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2)),
                            "new + reevaluated modules in " + line + "\n" + context);
                    for (int k : ran) {
                        int recorded = recordedVersion(after.seen().get(k));
                        assertTrue(recorded == running[k] || recorded == saved[k], "m" + k + " ran version " + recorded
                                + ", neither the one it ran (" + running[k] + ") nor the newest saved (" + saved[k] + ")\n"
                                + context);
                        running[k] = recorded;
                    }
                    assertEquals(saved[m], running[m], "the edited module runs its new version\n" + context);
                    Observation expectedNow = fresh(program, running, extraOf, transcript, context);
                    assertEquals(expectedNow.probes(), after.probes(),
                            "probes after the update differ from a fresh run of the running versions\n" + context
                                    + "\ntranscript:\n" + transcript.text());
                    for (int k : ran) {
                        assertEquals(expectedNow.seen().get(k), after.seen().get(k), "what m" + k
                                + " read while it ran again differs from a fresh run\n" + context
                                + "\ntranscript:\n" + transcript.text());
                    }
                    before = after;
                }
            }
        } finally {
            deleteTree(root);
        }
    }

    /** The outcome a [hot] line reports for an edit of {@code module}; null for any other line. */
    private static Outcome outcome(String line, int module) {
        String name = HotGraphs.fileName(module);
        if (LOADED.matcher(line).matches()) {
            return Outcome.APPLIED;
        }
        if ((line.startsWith("[hot] " + name + " -> ") || line.startsWith("[hot] " + name + " (entry)"))
                && line.contains(": no module on the way accepts it;")) {
            return Outcome.NOT_ACCEPTED;
        }
        if (line.startsWith("[hot] SyntaxError in " + name + ":")) {
            return Outcome.SYNTAX_ERROR;
        }
        if (line.startsWith("[hot] Link error in " + name + ":")) {
            return Outcome.LINK_ERROR;
        }
        if (line.startsWith("[hot] Error evaluating " + name + ":")) {
            return Outcome.EVALUATION_ERROR;
        }
        return null;
    }

    /**
     * Every module that owns an interval has exactly one live interval, and each of them ticks
     * again within a bounded wait.
     */
    private static void assertSideEffectsGoOn(ModuleRuntime runtime, Program program, Transcript transcript,
                                              String context) throws Exception {
        List<Integer> owners = new ArrayList<>();
        for (int m = 0; m < program.size(); m++) {
            if (program.ownsInterval()[m]) {
                owners.add(m);
            }
        }
        if (owners.isEmpty()) {
            return;
        }
        Value state = get(runtime.importModule("./state.mjs"), transcript, context);
        List<Integer> start = get(runtime.submit(() -> {
            List<Integer> ticks = new ArrayList<>();
            for (int m : owners) {
                assertEquals(1, state.getMember("timers").execute("m" + m).asInt(), "live intervals of m" + m
                        + "\n" + context + "\ntranscript:\n" + transcript.text());
                ticks.add(state.getMember("ticks").execute("m" + m).asInt());
            }
            return ticks;
        }), transcript, context);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (true) {
            Thread.sleep(5);
            List<Integer> now = get(runtime.submit(() -> {
                List<Integer> ticks = new ArrayList<>();
                for (int m : owners) {
                    ticks.add(state.getMember("ticks").execute("m" + m).asInt());
                }
                return ticks;
            }), transcript, context);
            List<Integer> stopped = new ArrayList<>();
            for (int i = 0; i < owners.size(); i++) {
                if (now.get(i) <= start.get(i)) {
                    stopped.add(owners.get(i));
                }
            }
            if (stopped.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("the intervals of " + stopped + " stopped ticking\n" + context + "\ntranscript:\n" + transcript.text());
            }
        }
    }

    /** The version number in a {@code __seen} record ({@code {"v":N,...}}). */
    private static int recordedVersion(String seen) {
        Matcher m = Pattern.compile("^\\{\"v\":(\\d+),").matcher(seen == null ? "" : seen);
        if (!m.find()) {
            throw new AssertionError("no version in " + seen);
        }
        return Integer.parseInt(m.group(1));
    }

    /** What the running program shows now: every module's probe and records, read on its loop. */
    private static Observation observe(ModuleRuntime runtime, int size, Transcript transcript, String context)
            throws Exception {
        Value state = get(runtime.importModule("./state.mjs"), transcript, context);
        List<Value> namespaces = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            namespaces.add(get(runtime.importModule("./" + HotGraphs.fileName(m)), transcript, context));
        }
        return get(runtime.submit(() -> {
            List<String> probes = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            List<Integer> runs = new ArrayList<>();
            for (int m = 0; m < size; m++) {
                Value probe = namespaces.get(m).getMember("probe" + m);
                String read;
                try {
                    read = probe.execute().asString();
                } catch (RuntimeException thrown) {
                    read = "probe threw " + thrown.getMessage();
                }
                probes.add(read);
                Value record = state.getMember("seen").execute("m" + m);
                seen.add(record.isNull() ? null : record.asString());
                runs.add(state.getMember("runs").execute("m" + m).asInt());
            }
            return new Observation(probes, seen, runs);
        }), transcript, context);
    }

    /** A fresh run, by GraalJS's own loader, of the versions in {@code running}. */
    private static Observation fresh(Program program, int[] running, List<Boolean> extraOf, Transcript transcript,
                                     String context) throws Exception {
        Path folder = Files.createTempDirectory("hmrc-hot-property-fresh").toRealPath();
        try {
            for (int m = 0; m < program.size(); m++) {
                Files.writeString(folder.resolve(HotGraphs.fileName(m)),
                        HotGraphs.source(program, m, running[m], extraOf.get(running[m]), Fault.NONE));
            }
            Files.writeString(folder.resolve("state.mjs"), HotGraphs.STATE_MODULE);
            Transcript output = new Transcript();
            try (ModuleRuntime plain = ModuleRuntime.builder(folder).engine(engine()).linker(Linker.GRAALJS)
                    .out(output.stream("")).err(output.stream("! ")).build()) {
                get(plain.importModule("./main.mjs"), output, context + "\n(fresh run)");
                return observe(plain, program.size(), output, context + "\n(fresh run)");
            }
        } finally {
            deleteTree(folder);
        }
    }

    /** Saves a module as editors do: a temporary file beside it, renamed over it (never half-written). */
    private static void save(Path root, int module, String text) throws IOException {
        Path target = root.resolve(HotGraphs.fileName(module));
        Path temporary = root.resolve(".save.tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future, Transcript transcript, String context)
            throws InterruptedException {
        try {
            return future.get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException timedOut) {
            throw new AssertionError("no answer within " + WAIT_MS + " ms\n" + context + "\ntranscript:\n" + transcript.text());
        } catch (ExecutionException failed) {
            throw new AssertionError("failed: " + failed.getCause() + "\n" + context + "\ntranscript:\n" + transcript.text(),
                    failed.getCause());
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
