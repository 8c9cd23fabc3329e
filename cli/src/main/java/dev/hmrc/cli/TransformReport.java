package dev.hmrc.cli;

import java.util.Locale;

/**
 * What one {@code hmrc transform} run did.
 *
 * @param transformed  files transformed and written
 * @param sourceBytes  bytes read from the transformed files
 * @param nanos        wall time of the whole run (walk, transforms, writes)
 * @param failed       files that did not transform or could not be written
 * @param upToDate     files skipped because their outputs were newer than them
 * @param skippedLinks links not followed (pointing outside SRC, broken, cycles)
 */
public record TransformReport(int transformed, long sourceBytes, long nanos, int failed, int upToDate, int skippedLinks) {

    /**
     * The one-line summary, e.g.
     * {@code transformed 812 files (3.4 MB) in 0.21 s, 16.2 MB/s; 0 failed, 5 up to date}
     * (then {@code , 2 links skipped} when there were any).
     *
     * @return the summary line
     */
    public String summary() {
        double seconds = nanos / 1e9;
        double megabytesPerSecond = seconds > 0 ? sourceBytes / 1e6 / seconds : 0;
        String line = String.format(Locale.ROOT, "transformed %d %s (%s) in %.2f s, %.1f MB/s; %d failed, %d up to date",
                transformed, transformed == 1 ? "file" : "files", size(sourceBytes), seconds, megabytesPerSecond,
                failed, upToDate);
        if (skippedLinks > 0) {
            line += String.format(Locale.ROOT, ", %d %s skipped", skippedLinks, skippedLinks == 1 ? "link" : "links");
        }
        return line;
    }

    /** {@return the exit status: 1 when any file failed, else 0} */
    public int exitCode() {
        return failed > 0 ? 1 : 0;
    }

    private static String size(long bytes) {
        if (bytes < 100_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
