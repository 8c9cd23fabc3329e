package dev.hmrc.runtime;

/**
 * A JS value thrown and not caught, as it is reported.
 *
 * @param headline {@code Type: message} for an error object, else the value as a string
 * @param stack    the error's stack frame lines ({@code "    at ..."}), newline separated, possibly empty
 */
public record UncaughtError(String headline, String stack) {

    /**
     * {@code Uncaught <headline>} and the stack lines, as {@code hmrc run} prints it on stderr.
     *
     * @return the report
     */
    public String report() {
        return "Uncaught " + headline + (stack.isEmpty() ? "" : "\n" + stack);
    }
}
