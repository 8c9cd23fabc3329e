package dev.hmrc.runtime.link;

import java.util.List;
import java.util.Locale;

/**
 * How a hot update ended (or a note the engine reports about one), as a value. The engine
 * decides an outcome; {@link #reportLine()} is the one place that words it: the {@code [hot]}
 * line on stderr, the {@code message} of the {@code hmr:error} event and what the Java
 * listener receives all come from it. Module names are as report lines name them (paths
 * relative to the root folder).
 *
 * <p>Written so that it can become public API ({@code dev.hmrc.runtime.UpdateOutcome})
 * unchanged: records of strings and numbers, no JS values.
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

    /** The update ran: {@code loaded} modules from new code, {@code reevaluated} from unchanged code. */
    record Applied(int loaded, int reevaluated, double millis) implements UpdateOutcome {
        @Override
        public boolean applied() {
            return true;
        }
    }

    /** A changed file (or a file the update imports for the first time) does not parse; nothing ran. */
    record SyntaxError(String file, int line, int column, String reason) implements UpdateOutcome {
    }

    /** The engine rejected a changed file's transformed code (an early error the parser let pass). */
    record CompileError(String module, String reason) implements UpdateOutcome {
    }

    /** The new instances could not be loaded (a missing import, a rejected first step); nothing ran. */
    record LoadError(String modules, String error) implements UpdateOutcome {
    }

    /** A name does not resolve in {@code module}; nothing was disposed, nothing ran. */
    record LinkError(String module, String error) implements UpdateOutcome {
    }

    /**
     * The body of {@code module} threw (or its top-level await rejected): the update was rolled
     * back; {@code restored} are the modules whose dispose had run and that run their last good
     * version again.
     */
    record EvaluationError(String module, String error, List<String> restored) implements UpdateOutcome {
    }

    /** A dispose handler of {@code module} threw: the update stopped and was rolled back, as for {@link EvaluationError}. */
    record DisposeHandlerThrew(String module, String error, List<String> restored) implements UpdateOutcome {
    }

    /** An accept handler of {@code module} threw after the update was applied: the change propagates to its importers. */
    record AcceptHandlerThrew(String module, String error) implements UpdateOutcome {
    }

    /** The change of {@code module} reaches {@code top} with no accepting module on the way; it waits, staged. */
    record NotAccepted(String module, String top) implements UpdateOutcome {
    }

    /** {@code decliner} declined the update of {@code module} ({@code import.meta.hot.decline()}). */
    record Declined(String decliner, String module) implements UpdateOutcome {
    }

    /** The whole program runs again ({@code reload=full}), for {@code reason}. */
    record FullReload(String reason) implements UpdateOutcome {
    }

    // Notes: reported by the engine, not the end of an update.

    /** The file of {@code module} was deleted; the previous version keeps running. */
    record Deleted(String module) implements UpdateOutcome {
    }

    /** A changed file could not be read. */
    record Unreadable(String file, String reason) implements UpdateOutcome {
    }

    /** {@code module} called {@code import.meta.hot.invalidate(message)} ({@code message} may be null). */
    record Invalidated(String module, String message) implements UpdateOutcome {
    }

    /** A listener of {@code event} threw. */
    record ListenerThrew(String event, String error) implements UpdateOutcome {
    }

    /** The last good versions of a rolled-back update could not run again; they stay disposed. */
    record RestoreFailed(String modules, String failure) implements UpdateOutcome {
    }

    /** A dispose or prune handler of a module nobody imports any more threw. */
    record PruneHandlerThrew(String error) implements UpdateOutcome {
    }

    /** The engine itself failed (a bug): the update did not run. */
    record EngineFailed(String error) implements UpdateOutcome {
    }

    /** A failed update left nothing else running: the process waits for the next save instead of ending. */
    record WaitingForSave() implements UpdateOutcome {
    }

    /** With {@code -Dhmrc.hot.trace=true}: where an applied update's time went. */
    record Trace(String phases) implements UpdateOutcome {
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
            case NotAccepted n -> "Update of " + n.module() + " is not accepted: it reaches " + n.top()
                    + " with no import.meta.hot.accept() on the way; nothing ran, the change waits for the"
                    + " next update that accepts it";
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
