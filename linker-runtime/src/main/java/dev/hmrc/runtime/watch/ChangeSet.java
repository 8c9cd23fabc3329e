package dev.hmrc.runtime.watch;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One coalesced burst of file changes, as {@link FileWatcher} reports it: the watched
 * files whose bytes now differ from the last version reported (or taken when they were
 * watched), and the watched files that are gone. A file is in at most one of the two sets.
 * Paths are the ones given to {@link FileWatcher#watch}; both sets are sorted and
 * unmodifiable.
 *
 * @param changed files that exist and whose content changed (including files that came back after a deletion)
 * @param deleted files that no longer exist (or can no longer be read)
 */
public record ChangeSet(SortedSet<Path> changed, SortedSet<Path> deleted) {

    /** Copies both sets. */
    public ChangeSet {
        changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
        deleted = Collections.unmodifiableSortedSet(new TreeSet<>(deleted));
        for (Path path : changed) {
            if (deleted.contains(path)) {
                throw new IllegalArgumentException(path + " is both changed and deleted");
            }
        }
    }

    /** A change set of the given paths. */
    public static ChangeSet of(Set<Path> changed, Set<Path> deleted) {
        return new ChangeSet(new TreeSet<>(changed), new TreeSet<>(deleted));
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return changed.isEmpty() && deleted.isEmpty();
    }

    /** Every path of the change set, changed and deleted, sorted. */
    public SortedSet<Path> all() {
        TreeSet<Path> all = new TreeSet<>(changed);
        all.addAll(deleted);
        return Collections.unmodifiableSortedSet(all);
    }
}
