package dev.hmrc.benchmarks;

import dev.hmrc.runtime.host.EventLoop;
import dev.hmrc.runtime.watch.ChangeSet;
import dev.hmrc.runtime.watch.FileWatcher;
import dev.hmrc.runtime.watch.WatchOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

/**
 * File write → change-set callback latency of {@link FileWatcher} (BENCHMARKS.md, "Watcher
 * latency"), the watcher's share of the 10 ms update budget.
 *
 * <p>Writes {@code files} modules of about 1 kB into 20 folders and watches them all, as the
 * update engine watches a module graph; the callback runs on a real {@link EventLoop} thread,
 * as the engine's does. Save styles: {@code write} rewrites a file in place (truncate and
 * write); {@code rename} writes a temporary file beside it and renames it over the file, as
 * editors' safe saves do; {@code burst} saves five files in five folders one after another
 * that way ("save all"). Each edit saves new content; the latency is from just before the
 * first write to the callback that completes the report of every file saved. The number of
 * change sets per save shows whether a save (or burst) was split.
 *
 * <p>Configurations: a bare JDK {@link WatchService} over the same folders (no debounce, no
 * hashing, no hand-off: what inotify and the JDK's poller thread give by themselves, latency
 * to the wake-up that brings the last file's event, and wake-ups per save), and a
 * {@code FileWatcher} for each quiet window asked for. After one warm-up chunk each, the
 * measured edits run in {@code rounds} chunks per configuration, the configurations taking
 * turns (in an order that rotates each round), so that a change in the machine's load
 * spreads over all of them alike. Each chunk starts a fresh watcher (or watch service).
 *
 * <pre>WatcherLatency --folder DIR [--files 1000] [--edits 300] [--warmup 50] [--rounds 6] [--pause 20] [--quiet 2,0,1,5]</pre>
 */
public final class WatcherLatency {
    private WatcherLatency() {
    }

    /** How an edit is saved. */
    enum SaveStyle {
        /** Truncate and rewrite the file in place. */
        WRITE,
        /** Write a temporary file in the same folder, then rename it over the file (atomic replace). */
        RENAME,
        /** Five files in five folders, each saved as {@link #RENAME}, one after another. */
        BURST;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The files edit {@code edit} saves. */
        List<Path> targets(List<Path> leaves, int edit) {
            if (this != BURST) {
                return List.of(leaves.get(edit % leaves.size()));
            }
            List<Path> targets = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                targets.add(leaves.get((edit * 5 + k) % leaves.size()));
            }
            return targets;
        }

        void save(List<Path> targets, int[] sequence) throws IOException {
            for (Path file : targets) {
                byte[] content = content(targets.indexOf(file), ++sequence[0]);
                if (this == WRITE) {
                    Files.write(file, content);
                } else {
                    Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
                    Files.write(temporary, content);
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /** A configuration: the bare watch service ({@code quiet} &lt; 0) or a FileWatcher with that quiet window, and a save style. */
    record Config(long quiet, SaveStyle style) {
        String label() {
            return (quiet < 0 ? "bare WatchService" : "FileWatcher quiet " + quiet + " ms") + ", " + style.label();
        }

        String key() {
            return (quiet < 0 ? "raw" : "quiet" + quiet) + "-" + style.label();
        }
    }

    /** What the measured chunks of one configuration collected. */
    private static final class Samples {
        final List<Double> latencies = new ArrayList<>();
        /** Change sets (FileWatcher) or wake-ups (bare service) per save, summed. */
        long reports;
        long maxReports;
        final List<Double> watchMillis = new ArrayList<>();

        double[] latencyArray() {
            return latencies.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    /** One callback: when it ran and what it reported. */
    private record Report(long nanos, ChangeSet changes) {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        int fileCount = 1000;
        int edits = 300;
        int warmup = 50;
        int rounds = 6;
        int pauseMillis = 20;
        List<Long> quietWindows = List.of(WatchOptions.DEFAULT_QUIET_MILLIS);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--files" -> fileCount = Integer.parseInt(value);
                case "--edits" -> edits = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--pause" -> pauseMillis = Integer.parseInt(value);
                case "--quiet" -> {
                    List<Long> parsed = new ArrayList<>();
                    for (String part : value.split(",")) {
                        parsed.add(Long.parseLong(part.trim()));
                    }
                    quietWindows = parsed;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --folder --files --edits --warmup --rounds --pause --quiet)");
            }
            i++;
        }
        if (folder == null) {
            throw new IllegalArgumentException("--folder is required");
        }
        List<Path> files = writeFiles(folder, fileCount);
        List<Path> leaves = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            leaves.add(files.get(files.size() - 1 - k * (files.size() / 10)));
        }
        int chunk = Math.max(1, edits / rounds);
        System.out.printf(Locale.ROOT, "watcher latency: %d files in %s, %d edits per configuration (%d rounds of %d) after %d"
                        + " warm-up, %d ms apart; max wait %d ms; %d cores, load average %s%n",
                fileCount, folder, chunk * rounds, rounds, chunk, warmup, pauseMillis, WatchOptions.DEFAULT_MAX_WAIT_MILLIS,
                Runtime.getRuntime().availableProcessors(), ProgramRun.loadAverage());

        List<Config> configs = new ArrayList<>();
        for (SaveStyle style : SaveStyle.values()) {
            configs.add(new Config(-1, style));
            for (long quiet : quietWindows) {
                configs.add(new Config(quiet, style));
            }
        }
        Map<Config, Samples> samples = new LinkedHashMap<>();
        int[] sequence = {0};
        int[] editNumber = {0};
        for (Config config : configs) {
            samples.put(config, new Samples());
            runChunk(config, files, leaves, warmup, pauseMillis, sequence, editNumber, null);
        }
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < configs.size(); k++) {
                Config config = configs.get((k + round) % configs.size());
                runChunk(config, files, leaves, chunk, pauseMillis, sequence, editNumber, samples.get(config));
            }
        }

        StringBuilder json = new StringBuilder("{\"benchmark\":\"watcher-latency\",\"files\":" + fileCount
                + ",\"edits\":" + chunk * rounds + ",\"pauseMs\":" + pauseMillis);
        for (Config config : configs) {
            Samples collected = samples.get(config);
            Percentiles latency = Percentiles.of(collected.latencyArray());
            int saves = collected.latencies.size();
            String perSave = String.format(Locale.ROOT, "%.2f %s per save (max %d)", collected.reports / (double) saves,
                    config.quiet() < 0 ? "wake-ups" : "change sets", collected.maxReports);
            String watching = config.quiet() < 0 ? "" : String.format(Locale.ROOT, "; watch() of all %d files %.0f ms (median)",
                    files.size(), Spread.of(collected.watchMillis.stream().mapToDouble(Double::doubleValue).toArray()).median());
            System.out.printf(Locale.ROOT, "  %-34s %s; %s%s%n", config.label(), latency.describeMillis(), perSave, watching);
            json.append(",\"").append(config.key()).append("\":").append(latency.json())
                    .append(String.format(Locale.ROOT, ",\"%s-perSave\":%.3f", config.key(), collected.reports / (double) saves));
        }
        System.out.printf(Locale.ROOT, "load average at end %s%n", ProgramRun.loadAverage());
        json.append(",\"loadAverage\":\"").append(ProgramRun.loadAverage()).append("\"}");
        System.out.println("BENCHMARK-RESULT " + json);
    }

    /** Writes {@code count} files of about 1 kB into 20 folders under {@code folder} (cleared first). */
    static List<Path> writeFiles(Path folder, int count) throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format(Locale.ROOT, "d%02d/m%04d.js", i % 20, i));
            Files.createDirectories(file.getParent());
            Files.write(file, content(i, 0));
            files.add(file.toRealPath());
        }
        return files;
    }

    /** About 1 kB of module text, different for each (file, version). */
    static byte[] content(int file, int version) {
        StringBuilder text = new StringBuilder();
        text.append("// module ").append(file).append(", version ").append(version).append('\n');
        text.append("export const version = ").append(version).append(";\n");
        while (text.length() < 1000) {
            text.append("export function f").append(text.length()).append("(x) { return x * ").append(file).append(" + version; }\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@code edits} edits of one configuration; records them into {@code samples} unless it is null (warm-up). */
    private static void runChunk(Config config, List<Path> files, List<Path> leaves, int edits, int pauseMillis,
                                 int[] sequence, int[] editNumber, Samples samples) throws Exception {
        if (config.quiet() < 0) {
            rawWatchService(files, leaves, config.style(), edits, pauseMillis, sequence, editNumber, samples);
        } else {
            watcher(WatchOptions.defaults().withQuiet(Duration.ofMillis(config.quiet())), files, leaves, config.style(),
                    edits, pauseMillis, sequence, editNumber, samples);
        }
    }

    private static void record(Samples samples, long start, long end, int reports) {
        if (samples != null) {
            samples.latencies.add((end - start) / 1e6);
            samples.reports += reports;
            samples.maxReports = Math.max(samples.maxReports, reports);
        }
    }

    /** Edits against a bare watch service: write → the wake-up of {@code poll()} that brings the last file's event. */
    private static void rawWatchService(List<Path> files, List<Path> leaves, SaveStyle style, int edits, int pauseMillis,
                                        int[] sequence, int[] editNumber, Samples samples) throws Exception {
        try (WatchService service = files.get(0).getFileSystem().newWatchService()) {
            Map<WatchKey, Path> folders = new HashMap<>();
            for (Path file : files) {
                if (!folders.containsValue(file.getParent())) {
                    folders.put(file.getParent().register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), file.getParent());
                }
            }
            for (int i = 0; i < edits; i++) {
                List<Path> targets = style.targets(leaves, editNumber[0]++);
                Set<Path> waiting = new HashSet<>(targets);
                long start = System.nanoTime();
                style.save(targets, sequence);
                int wakeups = 0;
                long end = 0;
                while (!waiting.isEmpty()) {
                    WatchKey key = service.poll(5, TimeUnit.SECONDS);
                    if (key == null) {
                        throw new IllegalStateException("no event within 5 s for " + waiting);
                    }
                    end = System.nanoTime();
                    wakeups++;
                    Path folder = folders.get(key);
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name) {
                            waiting.remove(folder.resolve(name));
                        }
                    }
                    key.reset();
                }
                long pauseEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis);
                for (long left; (left = pauseEnd - System.nanoTime()) > 0; ) {
                    WatchKey more = service.poll(left, TimeUnit.NANOSECONDS);
                    if (more != null) {
                        wakeups++;
                        more.pollEvents();
                        more.reset();
                    }
                }
                record(samples, start, end, wakeups);
            }
        }
    }

    /** Edits against a {@link FileWatcher} watching all files: write → the callback on the event loop that completes the report. */
    private static void watcher(WatchOptions options, List<Path> files, List<Path> leaves, SaveStyle style, int edits,
                                int pauseMillis, int[] sequence, int[] editNumber, Samples samples) throws Exception {
        EventLoop loop = new EventLoop();
        Thread loopThread = new Thread(() -> loop.run(false, Throwable::printStackTrace), "bench-event-loop");
        loopThread.start();
        LinkedBlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        try (FileWatcher watcher = new FileWatcher(options, loop, changes -> reports.add(new Report(System.nanoTime(), changes)))) {
            long watchStart = System.nanoTime();
            for (Path file : files) {
                watcher.watch(file);
            }
            if (samples != null) {
                samples.watchMillis.add((System.nanoTime() - watchStart) / 1e6);
            }
            for (int i = 0; i < edits; i++) {
                List<Path> targets = style.targets(leaves, editNumber[0]++);
                Set<Path> waiting = new HashSet<>(targets);
                long start = System.nanoTime();
                style.save(targets, sequence);
                int changeSets = 0;
                long end = 0;
                while (!waiting.isEmpty()) {
                    Report report = reports.poll(5, TimeUnit.SECONDS);
                    if (report == null) {
                        throw new IllegalStateException("no change set within 5 s for " + waiting);
                    }
                    if (!report.changes().deleted().isEmpty() || !targets.containsAll(report.changes().changed())) {
                        throw new IllegalStateException("expected changes of " + targets + " only, got " + report.changes());
                    }
                    changeSets++;
                    end = report.nanos();
                    waiting.removeAll(report.changes().changed());
                }
                Thread.sleep(pauseMillis);
                for (Report more; (more = reports.poll()) != null; ) {
                    changeSets++; // a late part of this save
                }
                record(samples, start, end, changeSets);
            }
        } finally {
            loop.stop();
            loopThread.join();
        }
    }
}
