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
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * as the engine's does. Then, for each save style ({@code write}: rewrite in place, i.e.
 * truncate and write; {@code rename}: write a temporary file beside it and rename it over)
 * and each quiet window asked for, {@code warmup} + {@code edits} edits, each to one of ten
 * leaf files in turn with new content, {@code pause} ms apart: the latency is from just
 * before the write starts to the callback that reports the file. Change sets beyond the
 * one expected per edit (a save split into two reports) are counted.
 *
 * <p>First, the same edits against a bare JDK {@link WatchService} over the same folders
 * (no debounce, no hashing, no hand-off): what inotify and the JDK's poller thread give by
 * themselves, and how many wake-ups one save produces.
 *
 * <pre>WatcherLatency --folder DIR [--files 1000] [--edits 300] [--warmup 50] [--pause 20] [--quiet 3,1,5]</pre>
 */
public final class WatcherLatency {
    private WatcherLatency() {
    }

    /** How an edit is saved. */
    enum SaveStyle {
        /** Truncate and rewrite the file in place. */
        WRITE,
        /** Write a temporary file in the same folder, then rename it over the file (atomic replace). */
        RENAME;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        void save(Path file, byte[] content) throws IOException {
            if (this == WRITE) {
                Files.write(file, content);
            } else {
                Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
                Files.write(temporary, content);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
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
        int pauseMillis = 20;
        List<Long> quietWindows = List.of(WatchOptions.DEFAULT_QUIET_MILLIS);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--folder" -> folder = Path.of(value).toAbsolutePath();
                case "--files" -> fileCount = Integer.parseInt(value);
                case "--edits" -> edits = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--pause" -> pauseMillis = Integer.parseInt(value);
                case "--quiet" -> {
                    List<Long> parsed = new ArrayList<>();
                    for (String part : value.split(",")) {
                        parsed.add(Long.parseLong(part.trim()));
                    }
                    quietWindows = parsed;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --folder --files --edits --warmup --pause --quiet)");
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
        System.out.printf(Locale.ROOT, "watcher latency: %d files in %s, %d edits after %d warm-up, %d ms apart; "
                        + "max wait %d ms; %d cores, load average %s%n",
                fileCount, folder, edits, warmup, pauseMillis, WatchOptions.DEFAULT_MAX_WAIT_MILLIS,
                Runtime.getRuntime().availableProcessors(), ProgramRun.loadAverage());

        StringBuilder json = new StringBuilder("{\"benchmark\":\"watcher-latency\",\"files\":" + fileCount
                + ",\"edits\":" + edits + ",\"pauseMs\":" + pauseMillis);
        int[] sequence = {0};
        for (SaveStyle style : SaveStyle.values()) {
            Percentiles raw = rawWatchService(folder, leaves, style, warmup, edits, pauseMillis, sequence);
            json.append(",\"raw-").append(style.label()).append("\":").append(raw.json());
        }
        for (long quiet : quietWindows) {
            WatchOptions options = WatchOptions.defaults().withQuiet(Duration.ofMillis(quiet));
            for (SaveStyle style : SaveStyle.values()) {
                Percentiles watched = watcher(options, files, leaves, style, warmup, edits, pauseMillis, sequence, json);
                json.append(",\"quiet").append(quiet).append("-").append(style.label()).append("\":").append(watched.json());
            }
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

    /** Edits against a bare watch service: write → first wake-up of {@code take()}, and wake-ups per save. */
    private static Percentiles rawWatchService(Path folder, List<Path> leaves, SaveStyle style, int warmup, int edits,
                                               int pauseMillis, int[] sequence) throws Exception {
        try (WatchService service = folder.getFileSystem().newWatchService()) {
            try (var folders = Files.list(folder)) {
                for (Path sub : folders.toList()) {
                    sub.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                }
            }
            double[] latencies = new double[edits];
            long wakeups = 0;
            long events = 0;
            for (int i = 0; i < warmup + edits; i++) {
                Path leaf = leaves.get(i % leaves.size());
                byte[] content = content(i, ++sequence[0]);
                long start = System.nanoTime();
                style.save(leaf, content);
                WatchKey key = service.poll(5, TimeUnit.SECONDS);
                long arrived = System.nanoTime();
                if (key == null) {
                    throw new IllegalStateException("no event within 5 s for " + leaf);
                }
                int wakeupsNow = 1;
                int eventsNow = key.pollEvents().size();
                key.reset();
                long pauseEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pauseMillis);
                for (long left; (left = pauseEnd - System.nanoTime()) > 0; ) {
                    WatchKey more = service.poll(left, TimeUnit.NANOSECONDS);
                    if (more != null) {
                        wakeupsNow++;
                        eventsNow += more.pollEvents().size();
                        more.reset();
                    }
                }
                if (i >= warmup) {
                    latencies[i - warmup] = (arrived - start) / 1e6;
                    wakeups += wakeupsNow;
                    events += eventsNow;
                }
            }
            Percentiles result = Percentiles.of(latencies);
            System.out.printf(Locale.ROOT, "  bare WatchService, %-7s write -> take(): %s; %.2f wake-ups and %.2f events per save%n",
                    style.label(), result.describeMillis(), wakeups / (double) edits, events / (double) edits);
            return result;
        }
    }

    /** Edits against a {@link FileWatcher} watching all files: write → the callback on the event loop. */
    private static Percentiles watcher(WatchOptions options, List<Path> files, List<Path> leaves, SaveStyle style,
                                       int warmup, int edits, int pauseMillis, int[] sequence, StringBuilder json)
            throws Exception {
        EventLoop loop = new EventLoop();
        Thread loopThread = new Thread(() -> loop.run(false, Throwable::printStackTrace), "bench-event-loop");
        loopThread.start();
        LinkedBlockingQueue<Report> reports = new LinkedBlockingQueue<>();
        long extraReports = 0;
        double[] latencies = new double[edits];
        long watchStart = System.nanoTime();
        try (FileWatcher watcher = new FileWatcher(options, loop, changes -> reports.add(new Report(System.nanoTime(), changes)))) {
            for (Path file : files) {
                watcher.watch(file);
            }
            long watchNanos = System.nanoTime() - watchStart;
            for (int i = 0; i < warmup + edits; i++) {
                Path leaf = leaves.get(i % leaves.size());
                byte[] content = content(i, ++sequence[0]);
                long start = System.nanoTime();
                style.save(leaf, content);
                Report report;
                while (true) {
                    report = reports.poll(5, TimeUnit.SECONDS);
                    if (report == null) {
                        throw new IllegalStateException("no change set within 5 s for " + leaf);
                    }
                    if (report.changes().changed().contains(leaf)) {
                        break;
                    }
                    extraReports += i >= warmup ? 1 : 0; // a late part of an earlier save
                }
                if (!report.changes().equals(ChangeSet.of(java.util.Set.of(leaf), java.util.Set.of()))) {
                    throw new IllegalStateException("expected only " + leaf + " to change, got " + report.changes());
                }
                Thread.sleep(pauseMillis);
                for (Report more; (more = reports.poll()) != null; ) {
                    extraReports += i >= warmup ? 1 : 0;
                }
                if (i >= warmup) {
                    latencies[i - warmup] = (report.nanos() - start) / 1e6;
                }
            }
            Percentiles result = Percentiles.of(latencies);
            System.out.printf(Locale.ROOT, "  FileWatcher quiet %d ms, %-7s write -> callback: %s; extra change sets %d; "
                            + "watching %d files took %.0f ms%n",
                    options.quiet().toMillis(), style.label(), result.describeMillis(), extraReports,
                    files.size(), watchNanos / 1e6);
            json.append(",\"quiet").append(options.quiet().toMillis()).append("-").append(style.label())
                    .append("-extra\":").append(extraReports);
            return result;
        } finally {
            loop.stop();
            loopThread.join();
        }
    }
}
