package dev.hmrc.runtime;

/**
 * A JS error that reached Java: an import that failed to load, link or evaluate. The
 * message is the error's {@code Type: message}.
 */
public final class JsError extends RuntimeException {
    /** The error as it is reported. */
    private final UncaughtError error;

    /**
     * Wraps a JS error that reached Java.
     *
     * @param error the error as it is reported
     */
    public JsError(UncaughtError error) {
        super(error.headline(), null, false, false);
        this.error = error;
    }

    /** {@return the error with its stack} */
    public UncaughtError error() {
        return error;
    }
}
