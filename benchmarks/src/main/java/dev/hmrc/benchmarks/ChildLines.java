package dev.hmrc.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a child process's output stream line by line on a daemon thread, stamping each line
 * with {@link System#nanoTime()} as it is read (the harnesses measure to that moment), and
 * keeps the last lines for reports of a child that misbehaved.
 */
final class ChildLines extends Thread {

    /** One line a child printed, with the time the harness read it. */
    record Line(long nanos, String text) {
    }

    /** Every line read, in order; the harness takes them as it waits. */
    final LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final int tailSize;
    private final String countedPrefix;
    private final AtomicInteger counted = new AtomicInteger();
    private final InputStream stream;

    /**
     * @param name          the thread's name
     * @param stream        the child's stdout or stderr
     * @param tailSize      how many last lines {@link #tail} keeps
     * @param countedPrefix lines starting with it are counted ({@link #counted}); null counts none
     */
    ChildLines(String name, InputStream stream, int tailSize, String countedPrefix) {
        super(name);
        this.stream = stream;
        this.tailSize = tailSize;
        this.countedPrefix = countedPrefix;
        setDaemon(true);
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(new Line(System.nanoTime(), line));
                if (countedPrefix != null && line.startsWith(countedPrefix)) {
                    counted.incrementAndGet();
                }
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > tailSize) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException closed) {
            // The child is gone.
        }
    }

    /** {@return how many lines so far started with the counted prefix} */
    int counted() {
        return counted.get();
    }

    /** {@return the last lines read, newline separated} */
    String tail() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }
}
