package dev.hmrc.runtime.host;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that owns a JS context and everything that runs on it: tasks posted
 * from any thread ({@link #execute}), timers ({@link #setTimer}) and immediates
 * ({@link #setImmediate}). Each turn goes through Node's phases: the timers due at the turn's
 * start, in the order they fell due; then the tasks posted so far (Node's poll phase: I/O
 * callbacks), waiting for one when nothing else is pending; then the immediates queued before
 * that (Node's check phase). With {@code exitWhenIdle} the loop ends when no task is queued and
 * no timer or immediate is active.
 *
 * <p>Mutable state: the queue is shared with other threads; timers and immediates are touched
 * only on the loop thread.
 */
public final class EventLoop implements Executor {

    /** A loop that has not started; {@link #run} runs it on the calling thread. */
    public EventLoop() {
    }

    /** One timer; {@code repeat} is the interval in ms, or -1 for a one-shot timeout. */
    private record Timer(long id, long dueNanos, long sequence, long repeat, Runnable callback) {
    }

    private final LinkedBlockingQueue<Runnable> incoming = new LinkedBlockingQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.dueNanos != b.dueNanos
            ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.sequence, b.sequence));
    /** Active timers by id (a cleared timer is removed here and skipped when it falls due). */
    private final Map<Long, Timer> active = new HashMap<>();
    /** Ids of active timers that do not keep an idle loop running (Node's {@code timer.unref()}). */
    private final java.util.Set<Long> unreferenced = new java.util.HashSet<>();
    /** When the running task (or timer, or immediate) started: what its timers count from. */
    private long taskStart = System.nanoTime();
    /** Immediates by id, in the order they were queued (a cleared one is removed). */
    private final java.util.LinkedHashMap<Long, Runnable> immediates = new java.util.LinkedHashMap<>();
    private long nextImmediateId = 1;
    private long nextTimerId = 1;
    private long nextSequence;
    private volatile boolean stopped;
    private volatile Thread owner;
    /** Open handles that keep the loop alive while idle (servers); any thread. */
    private final java.util.concurrent.atomic.AtomicInteger keptAlive = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Posts {@code task} to run on the loop thread (from any thread).
     *
     * @throws RejectedExecutionException once the loop was stopped
     */
    @Override
    public void execute(Runnable task) {
        if (stopped) {
            throw new RejectedExecutionException("the event loop has stopped");
        }
        incoming.add(task);
    }

    /** {@return whether the calling thread is the loop thread} */
    public boolean inLoop() {
        return Thread.currentThread() == owner;
    }

    /**
     * Starts a timer (loop thread only): {@code callback} runs after {@code delayMs}, and
     * again every {@code delayMs} when {@code repeat}. Returns its id for {@link #clearTimer}.
     *
     * @param delayMs the delay in milliseconds
     * @param repeat whether it runs again every {@code delayMs}
     * @param callback what runs on the loop thread
     * @return the timer's id, for {@link #clearTimer}
     */
    public long setTimer(long delayMs, boolean repeat, Runnable callback) {
        long delay = Math.max(1, delayMs);
        long id = nextTimerId++;
        // Counted from the start of the running task, as Node counts from its loop's cached time:
        // timers one task starts with the same delay fall due together, in one timers phase.
        long start = inLoop() ? taskStart : System.nanoTime();
        Timer timer = new Timer(id, start + TimeUnit.MILLISECONDS.toNanos(delay), nextSequence++,
                repeat ? delay : -1, callback);
        active.put(id, timer);
        timers.add(timer);
        return id;
    }

    /**
     * Queues an immediate (loop thread only): {@code callback} runs in the check phase of this
     * turn, after the tasks of its poll phase, or of the next turn when queued during the check
     * phase, like Node's {@code setImmediate}. It keeps an idle loop running until it ran.
     *
     * @param callback what runs on the loop thread
     * @return the immediate's id, for {@link #clearImmediate}
     */
    public long setImmediate(Runnable callback) {
        long id = nextImmediateId++;
        immediates.put(id, callback);
        return id;
    }

    /**
     * Cancels an immediate that has not run (loop thread only); unknown ids are ignored.
     *
     * @param id what {@link #setImmediate} returned
     */
    public void clearImmediate(long id) {
        immediates.remove(id);
    }

    /**
     * Stops a timer (loop thread only); unknown ids are ignored.
     *
     * @param id what {@link #setTimer} returned
     */
    public void clearTimer(long id) {
        active.remove(id);
        unreferenced.remove(id);
    }

    /**
     * Lets an active timer run without keeping a loop that exits when idle alive (loop thread
     * only), like Node's {@code timer.unref()}; unknown ids are ignored.
     *
     * @param id what {@link #setTimer} returned
     */
    public void unrefTimer(long id) {
        if (active.containsKey(id)) {
            unreferenced.add(id);
        }
    }

    /**
     * Keeps a loop that exits when idle running until the returned release runs (from any
     * thread; a second run does nothing): what an open server holds, like a ref'd handle in Node.
     *
     * @return the release
     */
    public Runnable keepAlive() {
        keptAlive.incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true) && keptAlive.decrementAndGet() == 0) {
                incoming.add(() -> { }); // wakes an idle loop so that it can see it may exit
            }
        };
    }

    /**
     * What a loop that exits when idle asks before it ends (loop thread, like Node's
     * {@code beforeExit}): true keeps it waiting for the next task. Hot updates hold the
     * process this way after a failed update, until the next save.
     */
    private volatile java.util.function.BooleanSupplier holdWhenIdle = () -> false;

    /**
     * Sets what the loop asks before it ends for want of work (see {@link #run}).
     *
     * @param hold true when the loop should wait for the next task instead of ending
     */
    public void holdWhenIdle(java.util.function.BooleanSupplier hold) {
        this.holdWhenIdle = java.util.Objects.requireNonNull(hold);
    }

    /** What runs on the loop thread after each task and timer (see {@link #afterEachTask}). */
    private Runnable afterEachTask = () -> { };

    /**
     * Sets what runs after each task and each timer, on the loop thread, outside any JS call:
     * the JS work a task left for the end of its turn ({@code process.nextTick} callbacks
     * queued by promise jobs, {@link NextTicks}). What it throws goes to {@code onUncaught}.
     *
     * @param hook what runs after each task
     */
    public void afterEachTask(Runnable hook) {
        this.afterEachTask = java.util.Objects.requireNonNull(hook);
    }

    /** Ends {@link #run} after the current task (from any thread). */
    public void stop() {
        stopped = true;
        incoming.add(() -> { });
    }

    /**
     * Runs the loop on the calling thread until {@link #stop()}, or, with
     * {@code exitWhenIdle}, until nothing is pending. A task or timer that throws is
     * handed to {@code onUncaught} and the loop goes on (the handler may stop it).
     *
     * @param exitWhenIdle whether to return once no task or timer is pending (else only after {@link #stop})
     * @param onUncaught gets what a task or timer threw; the loop goes on
     */
    public void run(boolean exitWhenIdle, Consumer<RuntimeException> onUncaught) {
        owner = Thread.currentThread();
        try {
            while (!stopped) {
                runDueTimers(onUncaught);
                if (stopped) {
                    break;
                }
                boolean ranTasks = runPostedTasks(onUncaught);
                if (stopped) {
                    break;
                }
                if (!ranTasks && immediates.isEmpty()) {
                    if (exitWhenIdle && incoming.isEmpty() && active.size() == unreferenced.size()
                            && keptAlive.get() == 0 && !holdWhenIdle.getAsBoolean()) {
                        return;
                    }
                    Runnable waited = waitForTask();
                    if (waited != null) {
                        runGuarded(waited, onUncaught);
                        runPostedTasks(onUncaught);
                    }
                }
                runImmediates(onUncaught);
            }
        } finally {
            owner = null;
        }
    }

    /** The timers phase: every timer due at its start, in the order they fell due (not those they start). */
    private void runDueTimers(Consumer<RuntimeException> onUncaught) {
        long now = System.nanoTime();
        Timer due;
        while (!stopped && (due = nextDueTimer(now)) != null) {
            if (due.repeat >= 0) {
                Timer again = new Timer(due.id, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(due.repeat),
                        nextSequence++, due.repeat, due.callback);
                active.put(due.id, again);
                timers.add(again);
            } else {
                active.remove(due.id);
                unreferenced.remove(due.id);
            }
            runGuarded(due.callback, onUncaught);
        }
    }

    /** The poll phase without waiting: the tasks posted before it started; whether there was one. */
    private boolean runPostedTasks(Consumer<RuntimeException> onUncaught) {
        int waiting = incoming.size();
        for (int i = 0; i < waiting && !stopped; i++) {
            Runnable task = incoming.poll();
            if (task == null) {
                return i > 0;
            }
            runGuarded(task, onUncaught);
        }
        return waiting > 0;
    }

    /** The check phase: the immediates queued before it started (those they queue wait for the next turn). */
    private void runImmediates(Consumer<RuntimeException> onUncaught) {
        if (immediates.isEmpty()) {
            return;
        }
        for (Long id : new java.util.ArrayList<>(immediates.keySet())) {
            if (stopped) {
                return;
            }
            Runnable callback = immediates.remove(id);
            if (callback != null) {
                runGuarded(callback, onUncaught);
            }
        }
    }

    /** The earliest timer that is due at {@code now}, removed from the queue; skips cleared ones. */
    private Timer nextDueTimer(long now) {
        while (!timers.isEmpty()) {
            Timer first = timers.peek();
            if (active.get(first.id) != first) {
                timers.poll(); // cleared, or replaced by its next interval
                continue;
            }
            if (first.dueNanos - now > 0) {
                return null;
            }
            return timers.poll();
        }
        return null;
    }

    private Runnable waitForTask() {
        try {
            while (!timers.isEmpty() && active.get(timers.peek().id) != timers.peek()) {
                timers.poll();
            }
            if (timers.isEmpty()) {
                return incoming.take();
            }
            long wait = timers.peek().dueNanos - System.nanoTime();
            return wait <= 0 ? null : incoming.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
            return null;
        }
    }

    private void runGuarded(Runnable task, Consumer<RuntimeException> onUncaught) {
        taskStart = System.nanoTime();
        try {
            task.run();
        } catch (RuntimeException uncaught) {
            onUncaught.accept(uncaught);
        }
        if (stopped) {
            return;
        }
        try {
            afterEachTask.run();
        } catch (RuntimeException uncaught) {
            onUncaught.accept(uncaught);
        }
    }
}
