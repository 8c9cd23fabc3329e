package dev.hmrc.runtime.link;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * An abrupt completion of a module algorithm carrying the thrown JS value (an error the
 * runtime created, such as a link {@code SyntaxError}, or one module code threw).
 */
public final class JsThrow extends RuntimeException {
    private final transient Value thrown;

    /**
     * An abrupt completion with {@code thrown}.
     *
     * @param thrown the JS value thrown
     * @param description the Java message ({@code Type: message})
     */
    public JsThrow(Value thrown, String description) {
        super(description, null, false, false);
        this.thrown = thrown;
    }

    /**
     * {@return a JsThrow carrying the thrown JS value of a guest exception (host and internal errors are rethrown as they are)}
     *
     * @param exception what the engine threw
     */
    public static JsThrow of(PolyglotException exception) {
        if (!exception.isGuestException() || exception.getGuestObject() == null) {
            throw exception;
        }
        return new JsThrow(exception.getGuestObject(), exception.getMessage());
    }

    /** {@return the thrown value} */
    public Value thrown() {
        return thrown;
    }
}
