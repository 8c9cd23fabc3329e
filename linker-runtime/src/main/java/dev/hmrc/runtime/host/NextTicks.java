package dev.hmrc.runtime.host;

import dev.hmrc.runtime.link.RuntimeSupport;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The loop's side of {@code process.nextTick} (the queue itself is {@code runtime-support.js}'s):
 * Node runs the tick queue after each macrotask's own code, before its promise jobs, and again
 * whenever the promise jobs queued ticks ({@code processTicksAndRejections}). The first half runs
 * inside JS at the end of each macrotask; this class does the second: after each task of the
 * {@link EventLoop}, once the engine has run the promise jobs, it runs the ticks they left, in a
 * JS call of its own (whose promise jobs the engine runs when it returns), until none is left.
 *
 * <p>Mutable state: {@link #queued}, loop thread only (JS tells it when the queue gets a tick).
 */
public final class NextTicks {

    private final Value runTicks;
    /** Whether ticks may be waiting: set when the JS queue gets its first tick, cleared before running them. */
    private boolean queued;

    private NextTicks(Value runTicks) {
        this.runTicks = runTicks;
    }

    /**
     * Connects the context's tick queue to {@code loop} (on the loop thread, before any module runs).
     *
     * @param support the context's support functions
     * @param loop    the context's event loop
     */
    public static void install(RuntimeSupport support, EventLoop loop) {
        NextTicks ticks = new NextTicks(support.function("runTicks"));
        support.function("installTicks").executeVoid((ProxyExecutable) args -> {
            ticks.queued = true;
            return null;
        });
        loop.afterEachTask(ticks::runLeftTicks);
    }

    /** Runs the ticks promise jobs left, and those their own promise jobs leave, until none is queued. */
    private void runLeftTicks() {
        while (queued) {
            queued = false;
            runTicks.executeVoid();
        }
    }
}
