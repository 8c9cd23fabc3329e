package dev.hmrc.runtime;

/**
 * A JS error that reached Java: an import that failed to load, link or evaluate. The
 * message is the error's {@code Type: message}.
 */
public final class JsError extends RuntimeException {
    private final UncaughtError error;

    /** @param error the error as it is reported */
    public JsError(UncaughtError error) {
        super(error.headline(), null, false, false);
        this.error = error;
    }

    /** The error with its stack. */
    public UncaughtError error() {
        return error;
    }
}
