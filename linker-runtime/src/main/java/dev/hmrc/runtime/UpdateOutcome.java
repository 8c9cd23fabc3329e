package dev.hmrc.runtime;

import java.util.List;
import java.util.Locale;

/**
 * How a hot update ended (or a note the engine reports about one), as a value. The engine
 * decides an outcome; {@link #reportLine()} is the one place that words it: the {@code [hot]}
 * line on stderr, the {@code message} of the {@code hmr:error} event and what the Java
 * listener receives all come from it. Module names are as report lines name them (paths
 * relative to the root folder).
 *
 * <p>Public API: {@link ModuleRuntime#applyUpdates()} completes with one, and
 * {@link ModuleRuntime.Builder#updateListener} receives every one; records of strings and
 * numbers, no JS values, so they may leave the loop thread. Switch over the records, or ask
 * {@link #applied()}.
 */
public sealed interface UpdateOutcome {

    /** {@return whether the update was applied (its new versions run)} */
    default boolean applied() {
        return false;
    }

    /** {@return the {@code [hot]} line (without detail lines such as a stack or a code frame)} */
    default String reportLine() {
        return "[hot] " + text(this);
    }

    /**
     * The update ran: {@code loaded} modules from new code, {@code reevaluated} from unchanged code.
     *
     * @param loaded modules that ran from new code (or were loaded for the first time)
     * @param reevaluated modules that ran again from unchanged code
     * @param millis the update's own time on the loop, in milliseconds
     */
    record Applied(int loaded, int reevaluated, double millis) implements UpdateOutcome {
        @Override
        public boolean applied() {
            return true;
        }
    }

    /**
     * A changed file (or a file the update imports for the first time) does not parse; nothing ran.
     *
     * @param file the file, relative to the root folder
     * @param line 1-based line
     * @param column 1-based column
     * @param reason the parser's message
     */
    record SyntaxError(String file, int line, int column, String reason) implements UpdateOutcome {
    }

    /**
     * The engine rejected a changed file's transformed code (an early error the parser let pass).
     *
     * @param module the module
     * @param reason the engine's message
     */
    record CompileError(String module, String reason) implements UpdateOutcome {
    }

    /**
     * The new instances could not be loaded (a missing import, a rejected first step); nothing ran.
     *
     * @param modules the modules the update was for
     * @param error the error's headline
     */
    record LoadError(String modules, String error) implements UpdateOutcome {
    }

    /**
     * A name does not resolve in {@code module}; nothing was disposed, nothing ran.
     *
     * @param module where the name does not resolve
     * @param error the error's headline
     */
    record LinkError(String module, String error) implements UpdateOutcome {
    }

    /**
     * The body of {@code module} threw (or its top-level await rejected): the update was rolled back; {@code restored} are the modules whose dispose had run and that run their last good version again.
     *
     * @param module the module whose body threw
     * @param error the error's headline
     * @param restored the modules that run their last good version again
     */
    record EvaluationError(String module, String error, List<String> restored) implements UpdateOutcome {
    }

    /**
     * A dispose handler of {@code module} threw: the update stopped and was rolled back, as for {@link EvaluationError}.
     *
     * @param module the module whose dispose handler threw
     * @param error the error's headline
     * @param restored the modules that run their last good version again
     */
    record DisposeHandlerThrew(String module, String error, List<String> restored) implements UpdateOutcome {
    }

    /**
     * An accept handler of {@code module} threw after the update was applied: the change propagates to its importers.
     *
     * @param module the module whose accept handler threw
     * @param error the error's headline
     */
    record AcceptHandlerThrew(String module, String error) implements UpdateOutcome {
    }

    /**
     * A change reaches the entry with no accepting module on the way: {@code chain} the way from
     * the changed module to the entry (both included); {@code then} what the engine does about it.
     *
     * @param chain the modules from the changed one to the entry
     * @param then  what the engine does about it
     */
    record NotAccepted(List<String> chain, Fallback then) implements UpdateOutcome {
        /** {@return the changed module} */
        public String module() {
            return chain.getFirst();
        }

        /** {@return the module that could accept the change: the one just below the entry (the entry if it changed itself)} */
        public String suggested() {
            return chain.size() >= 2 ? chain.get(chain.size() - 2) : chain.getFirst();
        }
    }

    /** What an update that no module accepts does ({@code reload=none|full|restart}). */
    enum Fallback {
        /** Nothing runs; the change waits, staged. */
        WAIT,
        /** The whole program runs again in the same process. */
        FULL_RELOAD,
        /** The program runs again in a fresh process. */
        RESTART
    }

    /**
     * {@code decliner} declined the update of {@code module} ({@code import.meta.hot.decline()}).
     *
     * @param decliner the declining module
     * @param module the changed module
     */
    record Declined(String decliner, String module) implements UpdateOutcome {
    }

    /**
     * The whole program runs again ({@code reload=full}), for {@code reason}.
     *
     * @param reason why
     */
    record FullReload(String reason) implements UpdateOutcome {
    }

    // Notes: reported by the engine, not the end of an update.

    /**
     * The file of {@code module} was deleted; the previous version keeps running.
     *
     * @param module the module
     */
    record Deleted(String module) implements UpdateOutcome {
    }

    /**
     * A changed file could not be read.
     *
     * @param file the file
     * @param reason the I/O error
     */
    record Unreadable(String file, String reason) implements UpdateOutcome {
    }

    /**
     * {@code module} called {@code import.meta.hot.invalidate(message)} ({@code message} may be null).
     *
     * @param module the module
     * @param message its message, or null
     */
    record Invalidated(String module, String message) implements UpdateOutcome {
    }

    /**
     * A listener of {@code event} threw.
     *
     * @param event the event
     * @param error the error's headline
     */
    record ListenerThrew(String event, String error) implements UpdateOutcome {
    }

    /**
     * The last good versions of a rolled-back update could not run again; they stay disposed.
     *
     * @param modules the modules that stay disposed
     * @param failure what failed
     */
    record RestoreFailed(String modules, String failure) implements UpdateOutcome {
    }

    /**
     * A dispose or prune handler of a module nobody imports any more threw.
     *
     * @param error the error's headline
     */
    record PruneHandlerThrew(String error) implements UpdateOutcome {
    }

    /**
     * The engine itself failed (a bug): the update did not run.
     *
     * @param error what failed
     */
    record EngineFailed(String error) implements UpdateOutcome {
    }

    /** A failed update left nothing else running: the process waits for the next save instead of ending. */
    record WaitingForSave() implements UpdateOutcome {
    }

    /**
     * With {@code -Dhmrc.hot.trace=true}: where an applied update's time went.
     *
     * @param phases phase names and times
     */
    record Trace(String phases) implements UpdateOutcome {
    }

    /** {@link ModuleRuntime#applyUpdates()} found no change to apply (none staged, or saves that changed nothing). */
    record NothingToApply() implements UpdateOutcome {
    }

    /** The one place outcomes are worded. */
    private static String text(UpdateOutcome outcome) {
        return switch (outcome) {
            case Applied a -> String.format(Locale.ROOT, "Loaded %d new module%s, reevaluated %d existing module%s in %.1f ms.",
                    a.loaded(), a.loaded() == 1 ? "" : "s", a.reevaluated(), a.reevaluated() == 1 ? "" : "s", a.millis());
            case SyntaxError s -> "SyntaxError in " + s.file() + ":" + s.line() + ":" + s.column() + ": " + s.reason()
                    + " (the previous version keeps running)";
            case CompileError c -> "SyntaxError in " + c.module() + ": " + c.reason() + " (the previous version keeps running)";
            case LoadError l -> "Update of " + l.modules() + " failed: " + l.error();
            case LinkError l -> "Link error in " + l.module() + ": " + l.error()
                    + "; nothing ran, the previous version keeps running";
            case EvaluationError e -> "Error evaluating " + e.module() + ": " + e.error() + rolledBack(e.restored());
            case DisposeHandlerThrew d -> "Dispose handler of " + d.module() + " threw " + d.error()
                    + "; the update stopped" + (d.restored().isEmpty() ? "" : rolledBack(d.restored()));
            case AcceptHandlerThrew a -> "Accept handler of " + a.module() + " threw " + a.error()
                    + "; the update propagates to its importers";
            case NotAccepted n -> String.join(" -> ", n.chain()) + " (entry): no module on the way accepts it; add"
                    + " import.meta.hot.accept() to " + n.suggested() + " or name it in boundaries; " + switch (n.then()) {
                        case WAIT -> "nothing ran, the change waits for an update that accepts it (reload=none)";
                        case FULL_RELOAD -> "running the whole program again";
                        case RESTART -> "restarting the program";
                    };
            case Declined d -> d.decliner() + " declined "
                    + (d.decliner().equals(d.module()) ? "its update" : "the update of " + d.module())
                    + " (import.meta.hot.decline()); restart to apply it";
            case FullReload f -> "Full reload: " + f.reason() + "; running the program again";
            case Deleted d -> "Cannot update " + d.module() + ": the file was deleted; the previous version"
                    + " keeps running until it is back";
            case Unreadable u -> "Cannot read " + u.file() + ": " + u.reason();
            case Invalidated i -> i.module() + " invalidated itself" + (i.message() == null ? "" : ": " + i.message());
            case ListenerThrew l -> "A " + l.event() + " listener threw " + l.error();
            case RestoreFailed r -> "Could not restore " + r.modules() + " from the last good version: "
                    + r.failure().replaceFirst("^\\[hot] ", "");
            case PruneHandlerThrew p -> "A dispose or prune handler of a removed module threw " + p.error();
            case EngineFailed e -> "Update failed: " + e.error();
            case WaitingForSave w -> "The failed update left nothing running; waiting for the next save";
            case Trace t -> "trace (ms): " + t.phases();
            case NothingToApply n -> "Nothing to apply";
        };
    }

    /** How a rolled-back update ends its line: which modules run their last good version again. */
    private static String rolledBack(List<String> restored) {
        if (restored.isEmpty()) {
            return "; rolled back, the previous version keeps running";
        }
        return "; rolled back; restored " + String.join(", ", restored) + " from "
                + (restored.size() == 1 ? "its" : "their") + " last good version";
    }
}
