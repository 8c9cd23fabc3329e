package dev.hmrc.runtime.hooks;

import java.util.Objects;

/**
 * What a resolve hook returns.
 *
 * @param url    the module's URL ({@code file:} for a file; any other scheme needs a load hook)
 * @param format a format hint for the load chain ({@code "module"}, {@code "json"}), or null
 */
public record ResolveResult(String url, String format) {
    /** Checks that there is a URL. */
    public ResolveResult {
        Objects.requireNonNull(url, "url");
    }
}
