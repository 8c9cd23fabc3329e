package dev.hmrc.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which version of a hot-updated module may have answered a request, from what the load test
 * saw of each update: the moment it wrote the version's file and the moment it read the
 * {@code [hot] Loaded} line for it.
 *
 * <p>A version becomes current somewhere between its write and its {@code Loaded} line (the
 * harness cannot see the swap itself), and stops being current when the {@code Loaded} line of
 * the next applied version is seen. So a request sent at {@code t0} and answered at {@code t1}
 * by version {@code v} is valid iff {@code v} was applied, {@code write(v) <= t1}, and the next
 * applied version's {@code Loaded} line came at or after {@code t0} (or there is none). A
 * version that was never applied (a failing update, or one whose outcome was never seen) is
 * never valid.
 *
 * <p>Versions are added in the order they were applied, on one thread; {@link #isValid} is
 * called after the run.
 */
final class VersionTimeline {

    /** One applied version: when its file was written, when its {@code Loaded} line was read. */
    record Applied(int version, long writtenNanos, long loadedNanos) {
    }

    private final List<Applied> applied = new ArrayList<>();
    private final Map<Integer, Integer> indexOf = new HashMap<>();

    /** A timeline whose first version is current from the start (the program loaded it before any request). */
    VersionTimeline(int initialVersion) {
        add(new Applied(initialVersion, Long.MIN_VALUE, Long.MIN_VALUE));
    }

    /** Records that {@code version}, written at {@code writtenNanos}, was reported loaded at {@code loadedNanos}. */
    void applied(int version, long writtenNanos, long loadedNanos) {
        if (loadedNanos < writtenNanos) {
            throw new IllegalArgumentException("loaded before written: " + version);
        }
        Applied last = applied.get(applied.size() - 1);
        if (loadedNanos < last.loadedNanos()) {
            throw new IllegalArgumentException("versions must be added in the order they were applied: " + version);
        }
        add(new Applied(version, writtenNanos, loadedNanos));
    }

    private void add(Applied entry) {
        if (indexOf.putIfAbsent(entry.version(), applied.size()) != null) {
            throw new IllegalArgumentException("version " + entry.version() + " applied twice");
        }
        applied.add(entry);
    }

    /** Whether {@code version} was applied at all. */
    boolean wasApplied(int version) {
        return indexOf.containsKey(version);
    }

    /** How many versions were applied, the initial one included. */
    int size() {
        return applied.size();
    }

    /** Whether an answer from {@code version} to a request sent at {@code sentNanos} and answered at {@code answeredNanos} is valid. */
    boolean isValid(int version, long sentNanos, long answeredNanos) {
        Integer index = indexOf.get(version);
        if (index == null) {
            return false;
        }
        Applied entry = applied.get(index);
        if (entry.writtenNanos() > answeredNanos) {
            return false; // answered before its file even existed
        }
        if (index + 1 < applied.size()) {
            long supersededAt = applied.get(index + 1).loadedNanos();
            return supersededAt >= sentNanos; // still current at some moment after the request was sent
        }
        return true;
    }
}
