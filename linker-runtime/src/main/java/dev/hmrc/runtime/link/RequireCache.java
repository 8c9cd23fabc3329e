package dev.hmrc.runtime.link;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * What hot updates need of CommonJS's {@code require.cache} (the runtime hands the engine one
 * over its CommonJS host): which cache entries a changed file makes stale, and the update's
 * journal of the entries it replaces, committed or rolled back with the update.
 */
public interface RequireCache {

    /**
     * The files whose cache entries a change of {@code changed} makes stale: the changed files
     * {@code require} knows and, transitively, every file that required one (CommonJS files by
     * their {@code module.children}, ES modules through {@code createRequire}).
     *
     * @param changed changed files
     * @return the stale files, the known changed ones included; empty when {@code require} knows none
     */
    Set<Path> staleAfter(Collection<Path> changed);

    /**
     * The way a change travelled, for the report of a change nothing accepts.
     *
     * @param changed  a changed file
     * @param requirer a stale file that (transitively) required it
     * @return the files from {@code changed} up to {@code requirer}, both included; empty when it does not reach it
     */
    java.util.List<Path> requirePath(Path changed, Path requirer);

    /**
     * Opens the update's journal and drops the cache entries of {@code stale}, so that the
     * facades and ES modules the update re-runs run those files again.
     *
     * @param stale the files to run again
     */
    void begin(Collection<Path> stale);

    /** {@return the CommonJS file whose body threw first since {@link #begin}, or null} */
    Path thrower();

    /**
     * The update committed: the entries it made stay.
     *
     * @return the files that ran since {@link #begin}, each once
     */
    Set<Path> commit();

    /** The update failed: every entry it replaced or added is what it was before {@link #begin}. */
    void rollBack();
}
