package dev.hmrc.cli;

import java.io.PrintWriter;

/**
 * Progress of a long {@code hmrc transform} on stderr. On a terminal one line is
 * rewritten in place (carriage return) at most every 100 ms; otherwise (a log, a
 * pipe) a line is printed at each further 10 %. Small runs show nothing.
 */
final class ProgressLine {

    /** Runs of more files than this show progress. */
    static final int THRESHOLD_FILES = 300;

    private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal;
    private final boolean shown;
    private int done;
    private int lastPercentStep;
    private long lastDrawn;
    private boolean lineOpen;

    ProgressLine(PrintWriter err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        this.shown = total > THRESHOLD_FILES;
    }

    /** One more file finished. */
    synchronized void advance() {
        done++;
        if (!shown) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (terminal) {
            long now = System.nanoTime();
            if (done == total || now - lastDrawn >= TERMINAL_INTERVAL_NANOS) {
                lastDrawn = now;
                err.print("\rtransform: " + percent + "% (" + done + "/" + total + " files)");
                err.flush();
                lineOpen = true;
            }
        } else if (percent / 10 > lastPercentStep && done < total) {
            lastPercentStep = percent / 10;
            err.println("transform: " + percent + "% (" + done + "/" + total + " files)");
            err.flush();
        }
    }

    /** Clears the terminal line so that the next message starts at column 0. */
    synchronized void finish() {
        if (lineOpen) {
            err.print("\r\033[K");
            err.flush();
            lineOpen = false;
        }
    }
}
