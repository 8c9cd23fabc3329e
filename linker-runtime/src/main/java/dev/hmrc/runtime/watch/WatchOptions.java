package dev.hmrc.runtime.watch;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link FileWatcher}.
 *
 * <p>A burst of events is reported once no new event arrived for {@code quiet}, or at the
 * latest {@code maxWait} after its first event (so that a file written without pause is
 * still reported). A file that reads as gone or as empty (the middle of a
 * delete-then-create or truncate-then-write save) is held back until {@code maxWait} after
 * the burst's first event, in case the rest of the save follows.
 *
 * <p>The default quiet window, {@value #DEFAULT_QUIET_MILLIS} ms, comes from what inotify
 * and the JDK's watch service deliver on Linux (BENCHMARKS.md, "Watcher latency"): the
 * events of one write-then-rename save arrive in one wake-up, an in-place save (truncate,
 * write) in one or two wake-ups a fraction of a millisecond apart (the empty file in
 * between is held back anyway), and every millisecond of quiet adds a millisecond to the
 * update latency, whose whole budget from file write to applied update is 10 ms. The
 * window is there to merge saves of several files ("save all", a formatter, a branch
 * switch) into one update.
 *
 * @param quiet   how long no event must arrive before a burst is reported; not negative
 * @param maxWait the longest a burst (or a file in a transitional state) is held back; at least {@code quiet}
 * @param ignore  files whose path (with {@code /} separators) contains a match are never watched; null ignores nothing
 */
public record WatchOptions(Duration quiet, Duration maxWait, Pattern ignore) {

    /** Default quiet window in milliseconds. */
    public static final long DEFAULT_QUIET_MILLIS = 2;
    /** Default maximum wait in milliseconds. */
    public static final long DEFAULT_MAX_WAIT_MILLIS = 50;
    /** The default ignore pattern: anything under a {@code node_modules} folder. */
    public static final String DEFAULT_IGNORE = "node_modules";

    /** Checks the durations. */
    public WatchOptions {
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(maxWait, "maxWait");
        if (quiet.isNegative()) {
            throw new IllegalArgumentException("quiet window is negative: " + quiet);
        }
        if (maxWait.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("maximum wait " + maxWait + " is shorter than the quiet window " + quiet);
        }
    }

    /** The defaults: {@value #DEFAULT_QUIET_MILLIS} ms quiet, {@value #DEFAULT_MAX_WAIT_MILLIS} ms maximum wait, ignore {@code node_modules}. */
    public static WatchOptions defaults() {
        return new WatchOptions(Duration.ofMillis(DEFAULT_QUIET_MILLIS), Duration.ofMillis(DEFAULT_MAX_WAIT_MILLIS),
                Pattern.compile(DEFAULT_IGNORE));
    }

    /** These options with another quiet window (the maximum wait grows to it if shorter). */
    public WatchOptions withQuiet(Duration newQuiet) {
        return new WatchOptions(newQuiet, maxWait.compareTo(newQuiet) < 0 ? newQuiet : maxWait, ignore);
    }

    /** These options with another maximum wait. */
    public WatchOptions withMaxWait(Duration newMaxWait) {
        return new WatchOptions(quiet, newMaxWait, ignore);
    }

    /** These options with another ignore pattern (null: ignore nothing). */
    public WatchOptions withIgnore(Pattern newIgnore) {
        return new WatchOptions(quiet, maxWait, newIgnore);
    }

    /** Whether {@code file} is excluded by the ignore pattern. */
    public boolean ignores(Path file) {
        return ignore != null && ignore.matcher(file.toString().replace(File.separatorChar, '/')).find();
    }
}
