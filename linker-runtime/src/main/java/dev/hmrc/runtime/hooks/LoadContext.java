package dev.hmrc.runtime.hooks;

import java.util.Map;

/**
 * What a load hook is told besides the URL.
 *
 * @param format           the format the resolve chain suggested, or null
 * @param importAttributes the import attributes, possibly empty
 */
public record LoadContext(String format, Map<String, String> importAttributes) {
    /** Copies the attributes. */
    public LoadContext {
        importAttributes = Map.copyOf(importAttributes);
    }
}
