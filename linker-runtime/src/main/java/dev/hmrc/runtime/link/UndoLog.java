package dev.hmrc.runtime.link;

import org.graalvm.polyglot.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Every change one hot update makes to state that outlives it, in the order it made them,
 * until the update commits. A failed update rolls them back in reverse: {@link #rollBack}
 * undoes what can be undone at once and returns the old instances whose dispose handlers
 * ran, which only running their last good version again can undo (the engine does that).
 * One per update, on the loop thread.
 */
final class UndoLog {

    /** One change to shared state. */
    sealed interface Change {
    }

    /** A module that stays got new {@code requested} (its dependencies' new instances); {@code before} were its old. */
    record RequestedChanged(ModuleInstance module, ModuleInstance[] before) implements Change {
    }

    /** A re-exporter's namespace was dropped at link time (its names change); {@code before} was it. */
    record NamespaceDropped(ModuleInstance module, Value before) implements Change {
    }

    /** A file was loaded for the first time by this update (watched; stranded if the update fails). */
    record FileLoaded(ModuleInstance module) implements Change {
    }

    /**
     * The old instance was disposed ({@code hot.state.disposed} set, its listeners silenced);
     * {@code ranHandlers}: it had dispose handlers, which ran.
     */
    record Disposed(ModuleInstance old, boolean ranHandlers) implements Change {
    }

    /** {@code require.cache} entries were dropped or replaced (CommonJS files re-run); {@code rollBack} puts them back. */
    record RequireCacheChanged(Runnable rollBack) implements Change {
    }

    /** The namespace require() gave for {@code old} was rebound to {@code fresh} (require(esm)); undone by binding it back. */
    record RequiredNamespaceRebound(ModuleInstance old, ModuleInstance fresh, ModuleLinker linker) implements Change {
    }

    private final List<Change> changes = new ArrayList<>();

    void record(Change change) {
        changes.add(change);
    }

    /**
     * Undoes every change in reverse and forgets them. Returns the old instances whose
     * dispose handlers ran, dependencies first (the order they were disposed in); they must
     * run again. Files loaded for this update only go to {@code stranded}.
     */
    List<ModuleInstance> rollBack(List<ModuleInstance> stranded) {
        List<ModuleInstance> toRestore = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            switch (changes.get(i)) {
                case RequestedChanged r -> r.module().requested = r.before();
                case NamespaceDropped n -> n.module().namespace = n.before();
                case FileLoaded f -> stranded.add(f.module());
                case RequireCacheChanged r -> r.rollBack().run();
                case RequiredNamespaceRebound r -> {
                    r.linker().carryRequiredNamespace(r.fresh(), r.old());
                    r.fresh().requiredNamespace = null;
                }
                case Disposed d -> {
                    if (d.ranHandlers()) {
                        toRestore.add(0, d.old());
                    } else if (d.old().hot != null) {
                        d.old().hot.undispose(); // nothing ran: it keeps running, its listeners hear again
                    }
                }
            }
        }
        changes.clear();
        return toRestore;
    }

    /** The update committed: nothing is undone any more. */
    void commit() {
        changes.clear();
    }
}
