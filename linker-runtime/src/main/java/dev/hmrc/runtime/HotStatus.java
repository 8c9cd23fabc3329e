package dev.hmrc.runtime;

import java.util.Locale;

/** Where a runtime's hot updates stand ({@link ModuleRuntime#hotStatus()}); {@link #toString()} is the lower-case name. */
public enum HotStatus {
    /** Nothing staged, no update running; the last update (if any) applied or found nothing to do. */
    IDLE,
    /** Changed files are staged and wait for {@link ModuleRuntime#applyUpdates()} (manual mode) or the loop. */
    PENDING,
    /** An update runs on the loop. */
    APPLYING,
    /** The last update did not apply (an error, or a change nobody accepts); the previous versions run. */
    FAILED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
