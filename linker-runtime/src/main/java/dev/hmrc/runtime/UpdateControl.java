package dev.hmrc.runtime;

import dev.hmrc.runtime.link.UpdateEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * When a runtime's hot updates run and how they ended, as the host sees it: changed files go
 * to the engine at once, or ({@link HotOptions#manual manual}) are staged until {@link
 * #applyUpdates()}; the engine's outcomes go to the listener as values; each update's
 * principal outcome completes the {@link #applyUpdates()} futures waiting for it; {@link
 * #status()} follows. Loop-thread state, but {@link #status()} and {@link #applyUpdates()}.
 */
final class UpdateControl {
    private final boolean manual;
    private final Consumer<UpdateOutcome> listener;
    private final Executor loop;
    private UpdateEngine engine;

    private final Set<Path> stagedChanged = new LinkedHashSet<>();
    private final Set<Path> stagedDeleted = new LinkedHashSet<>();
    /** Outcomes of the update running now. */
    private final List<UpdateOutcome> outcomes = new ArrayList<>();
    /** applyUpdates callers whose changes went to the engine: they wait for the next update to start. */
    private final List<CompletableFuture<UpdateOutcome>> awaitingStart = new ArrayList<>();
    /** applyUpdates callers waiting for the update running now. */
    private final List<CompletableFuture<UpdateOutcome>> awaitingEnd = new ArrayList<>();
    private boolean running;
    private volatile HotStatus status = HotStatus.IDLE;

    UpdateControl(boolean manual, Consumer<UpdateOutcome> listener, Executor loop) {
        this.manual = manual;
        this.listener = listener;
        this.loop = loop;
    }

    void connect(UpdateEngine engine) {
        this.engine = engine;
    }

    HotStatus status() {
        return status;
    }

    /** The watcher's changes, on the loop: to the engine, or staged in manual mode. */
    void filesChanged(Set<Path> changed, Set<Path> deleted) {
        if (!manual) {
            engine.filesChanged(changed, deleted);
            return;
        }
        stagedChanged.addAll(changed);
        stagedChanged.removeAll(deleted);
        stagedDeleted.addAll(deleted);
        stagedDeleted.removeAll(changed);
        if (!running) {
            status = HotStatus.PENDING;
        }
    }

    /** {@link ModuleRuntime#applyUpdates()}. */
    CompletableFuture<UpdateOutcome> applyUpdates() {
        CompletableFuture<UpdateOutcome> result = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                if (stagedChanged.isEmpty() && stagedDeleted.isEmpty()) {
                    if (running) {
                        awaitingEnd.add(result);
                    } else {
                        result.complete(new UpdateOutcome.NothingToApply());
                    }
                    return;
                }
                Set<Path> changed = new LinkedHashSet<>(stagedChanged);
                Set<Path> deleted = new LinkedHashSet<>(stagedDeleted);
                stagedChanged.clear();
                stagedDeleted.clear();
                awaitingStart.add(result);
                engine.filesChanged(changed, deleted);
            });
        } catch (RejectedExecutionException closed) {
            result.completeExceptionally(closed);
        }
        return result;
    }

    /** {@link UpdateEngine.Host#outcome}. */
    void outcome(UpdateOutcome outcome) {
        if (running) {
            outcomes.add(outcome);
        }
        if (listener != null) {
            listener.accept(outcome);
        }
    }

    /** {@link UpdateEngine.Host#updateStarted}. */
    void updateStarted() {
        running = true;
        outcomes.clear();
        awaitingEnd.addAll(awaitingStart);
        awaitingStart.clear();
        status = HotStatus.APPLYING;
    }

    /** {@link UpdateEngine.Host#updateFinished}. */
    void updateFinished() {
        running = false;
        UpdateOutcome principal = principal(outcomes);
        outcomes.clear();
        boolean failed = !principal.applied() && !(principal instanceof UpdateOutcome.NothingToApply);
        status = !stagedChanged.isEmpty() || !stagedDeleted.isEmpty() ? HotStatus.PENDING
                : failed ? HotStatus.FAILED : HotStatus.IDLE;
        List<CompletableFuture<UpdateOutcome>> done = List.copyOf(awaitingEnd);
        awaitingEnd.clear();
        done.forEach(future -> future.complete(principal));
    }

    /** Fails the waiting futures (the runtime closes). */
    void close() {
        RejectedExecutionException closed = new RejectedExecutionException("the runtime was closed");
        awaitingStart.forEach(future -> future.completeExceptionally(closed));
        awaitingEnd.forEach(future -> future.completeExceptionally(closed));
    }

    /**
     * What an update's outcomes amount to: {@code Applied} if it applied; else its first
     * failure or refusal; else a restore's failure; else nothing to apply.
     */
    static UpdateOutcome principal(List<UpdateOutcome> outcomes) {
        for (UpdateOutcome outcome : outcomes) {
            if (outcome.applied()) {
                return outcome;
            }
        }
        for (UpdateOutcome outcome : outcomes) {
            switch (outcome) {
                case UpdateOutcome.SyntaxError s -> { return s; }
                case UpdateOutcome.CompileError c -> { return c; }
                case UpdateOutcome.LoadError l -> { return l; }
                case UpdateOutcome.LinkError l -> { return l; }
                case UpdateOutcome.EvaluationError e -> { return e; }
                case UpdateOutcome.DisposeHandlerThrew d -> { return d; }
                case UpdateOutcome.NotAccepted n -> { return n; }
                case UpdateOutcome.Declined d -> { return d; }
                case UpdateOutcome.EngineFailed e -> { return e; }
                default -> { }
            }
        }
        for (UpdateOutcome outcome : outcomes) {
            if (outcome instanceof UpdateOutcome.RestoreFailed restoreFailed) {
                return restoreFailed;
            }
        }
        return new UpdateOutcome.NothingToApply();
    }
}
