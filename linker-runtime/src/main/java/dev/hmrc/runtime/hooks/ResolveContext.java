package dev.hmrc.runtime.hooks;

import java.util.Map;

/**
 * What a resolve hook is told besides the specifier.
 *
 * @param parentUrl        the importing module's URL, or null for the entry and preloads
 * @param importAttributes the import attributes ({@code with { type: "json" }}), possibly empty
 */
public record ResolveContext(String parentUrl, Map<String, String> importAttributes) {
    /** Copies the attributes. */
    public ResolveContext {
        importAttributes = Map.copyOf(importAttributes);
    }
}
