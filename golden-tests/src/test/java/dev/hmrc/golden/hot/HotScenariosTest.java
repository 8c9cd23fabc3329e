package dev.hmrc.golden.hot;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.ModuleRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every hot-update scenario ({@link HotScenario}) with the real watcher on a
 * temporary folder: start the program, then for each step write its files, wait for the
 * {@code [hot]} lines the step expects, and compare what the program printed in between.
 * No clock is faked; waits are bounded (a step that never reports fails with the
 * transcript so far).
 */
class HotScenariosTest {

    /** How long a step may take to report before it fails. */
    private static final long STEP_TIMEOUT_MS = 20_000;
    /** How long a step that expects no [hot] line waits before checking that nothing happened. */
    private static final long NOTHING_HAPPENS_MS = 400;

    private static JsEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = JsEngine.create();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPrintsItsExpectedTranscript() {
        List<HotScenario> scenarios = HotScenario.all();
        assertTrue(!scenarios.isEmpty(), "no scenarios under " + HotScenario.ROOT);
        String only = System.getProperty("hmrc.hot.only", "");
        if (!only.isEmpty()) {
            // -Dhmrc.hot.only=REGEX runs (or records) just the scenarios whose name matches.
            java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(only);
            scenarios = scenarios.stream().filter(s -> wanted.matcher(s.name()).find()).toList();
            assertTrue(!scenarios.isEmpty(), "no scenario matches -Dhmrc.hot.only=" + only);
        }
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), s.folder().toUri(), () -> run(s)));
    }

    /** Program output in arrival order: stdout lines, and stderr lines marked. */
    private static final class Transcript {
        private final StringBuilder lines = new StringBuilder();
        private int hotLines;

        synchronized void add(String line, boolean stderr) {
            if (stderr && !line.startsWith("[hot] ") && !line.startsWith("    at ")) {
                lines.append("! ");
            }
            if (stderr && line.startsWith("[hot] ")) {
                hotLines++;
            }
            lines.append(line).append('\n');
            notifyAll();
        }

        synchronized int hotLines() {
            return hotLines;
        }

        /** Waits until the text not yet taken holds {@code count} lines; false on timeout. */
        synchronized boolean awaitPendingLines(int count, long timeoutMs) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (lines.chars().filter(c -> c == '\n').count() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        synchronized String take() {
            String text = lines.toString();
            lines.setLength(0);
            return text;
        }

        synchronized boolean awaitHotLines(int count, long timeoutMs) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
            while (hotLines < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        OutputStream stream(boolean stderr) {
            return new OutputStream() {
                private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

                @Override
                public synchronized void write(int b) {
                    if (b == '\n') {
                        add(pending.toString(StandardCharsets.UTF_8), stderr);
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }

                @Override
                public synchronized void write(byte[] bytes, int offset, int length) {
                    for (int i = offset; i < offset + length; i++) {
                        write(bytes[i]);
                    }
                }
            };
        }
    }

    private static void run(HotScenario scenario) throws Exception {
        Path root = Files.createTempDirectory("hmrc-hot-" + scenario.name() + "-").toRealPath();
        try {
            copyStep(scenario, 0, root);
            Transcript transcript = new Transcript();
            boolean record = Boolean.getBoolean("hmrc.hot.record") || !Files.exists(scenario.folder().resolve("expected.txt"));
            List<String> expected = record ? blankBlocks(scenario) : scenario.expectedBlocks();
            assertEquals(scenario.steps() + 1, expected.size(),
                    scenario.name() + ": expected.txt needs a '== start' block and one '== step N' per step");
            StringBuilder actualAll = new StringBuilder();
            StringBuilder expectedAll = new StringBuilder();
            try (ModuleRuntime runtime = ModuleRuntime.builder(root)
                    .engine(engine)
                    .hot(scenario.options())
                    // A wide quiet window: a step's files, written one after the other on a loaded
                    // machine, must make one update (the default 2 ms window can split them).
                    .watchOptions(dev.hmrc.runtime.watch.WatchOptions.defaults()
                            .withQuiet(java.time.Duration.ofMillis(40)).withMaxWait(java.time.Duration.ofMillis(200)))
                    .out(transcript.stream(false))
                    .err(transcript.stream(true))
                    .build()) {
                try {
                    runtime.importModule("./main.mjs").get(STEP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    transcript.add("Uncaught " + failed.getCause().getMessage(), true);
                }
                settle(runtime);
                int seen = transcript.hotLines();
                for (int step = 0; step <= scenario.steps(); step++) {
                    if (step > 0) {
                        copyStep(scenario, step, root);
                        for (String deleted : scenario.deletions(step)) {
                            Files.deleteIfExists(root.resolve(deleted));
                        }
                        int wanted = record ? scenario.recordedHotLines(step) : HotScenario.hotLines(expected.get(step));
                        if (wanted == 0) {
                            if (!record) {
                                // Lines other than [hot] ones (e.g. hmr:message output with silent)
                                // may take a moment under load: wait for as many as expected first.
                                transcript.awaitPendingLines(lineCount(expected.get(step)), STEP_TIMEOUT_MS);
                            }
                            Thread.sleep(NOTHING_HAPPENS_MS);
                        } else if (!transcript.awaitHotLines(seen + wanted, STEP_TIMEOUT_MS)) {
                            actualAll.append("== step ").append(step).append(" (timed out)\n")
                                    .append(normalize(transcript.take(), root));
                            expectedAll.append("== step ").append(step).append('\n').append(expected.get(step));
                            break;
                        }
                        seen += wanted;
                        settle(runtime);
                    }
                    actualAll.append(step == 0 ? "== start\n" : "== step " + step + "\n")
                            .append(HotScenario.trimTrailingBlankLines(normalize(transcript.take(), root)));
                    List<String> watched = scenario.watched(step);
                    if (watched != null) {
                        List<String> actualWatched = runtime.watchedFiles().stream()
                                .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
                        assertEquals(watched, actualWatched, scenario.name() + ": files watched after "
                                + (step == 0 ? "the start" : "step " + step));
                    }
                    expectedAll.append(step == 0 ? "== start\n" : "== step " + step + "\n").append(expected.get(step));
                    if (transcript.hotLines() != seen) {
                        break; // more [hot] lines than the block expects: the comparison shows them
                    }
                }
            }
            if (record) {
                // Writes what ran as the expectation (review it before committing!), then fails, so a
                // recorded run is never taken for a passing one.
                Files.writeString(HotScenario.ROOT.resolve(scenario.name()).resolve("expected.txt"), actualAll + "\n");
                throw new AssertionError(scenario.name() + ": recorded expected.txt; review and run again");
            }
            assertEquals(expectedAll.toString(), actualAll.toString(), scenario.name() + ": transcript differs");
        } finally {
            deleteTree(root);
        }
    }

    private static int lineCount(String block) {
        return (int) block.chars().filter(c -> c == '\n').count();
    }

    private static List<String> blankBlocks(HotScenario scenario) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i <= scenario.steps(); i++) {
            blocks.add("");
        }
        return blocks;
    }

    /** Lets queued loop work and short timers finish: a few round trips through the loop, a few ms apart. */
    private static void settle(ModuleRuntime runtime) throws Exception {
        for (int i = 0; i < 5; i++) {
            runtime.submit(() -> null).get(STEP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Thread.sleep(10);
        }
    }

    private static void copyStep(HotScenario scenario, int step, Path root) throws IOException {
        for (Path file : scenario.files(step)) {
            Path target = root.resolve(file.toString());
            Files.createDirectories(target.getParent());
            Files.copy(scenario.stepFolder(step).resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String normalize(String text, Path root) {
        return text.replace(root.toUri().toString(), "<root>/").replace(root + "/", "<root>/")
                .replaceAll(" in [0-9.]+ ?ms\\.", " in <ms> ms.");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            java.util.Collections.reverse(paths);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        }
    }
}
