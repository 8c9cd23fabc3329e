package dev.hmrc.runtime.hooks;

import java.util.Objects;

/**
 * What a load hook returns.
 *
 * @param format {@code "module"} (an ES module), {@code "json"} (a JSON module) or
 *               {@code "builtin"}; null means: decided by the URL ({@code .json} or not)
 * @param source the module's source text
 */
public record LoadResult(String format, String source) {
    /** Checks that there is a source. */
    public LoadResult {
        Objects.requireNonNull(source, "source");
    }
}
