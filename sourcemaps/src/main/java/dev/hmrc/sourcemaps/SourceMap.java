package dev.hmrc.sourcemaps;

import java.util.List;

/**
 * A V3 source map as its JSON fields hold it: the {@code mappings} field stays
 * encoded; decoding and lookups live in {@code DecodedSourceMap}.
 *
 * @param file           the generated file's name, or null
 * @param sourceRoot     prefix for the sources, or null
 * @param sources        source paths or URLs
 * @param sourcesContent contents by source index (entries may be null), or null when absent
 * @param names          symbol names
 * @param mappings       the encoded mappings string
 */
public record SourceMap(String file, String sourceRoot, List<String> sources, List<String> sourcesContent,
                        List<String> names, String mappings) {

    /** The map as compact JSON, fields in the order the format lists them. */
    public String toJson() {
        StringBuilder out = new StringBuilder(mappings.length() + 256);
        out.append("{\"version\":3");
        if (file != null) {
            out.append(",\"file\":");
            JsonText.quote(out, file);
        }
        if (sourceRoot != null) {
            out.append(",\"sourceRoot\":");
            JsonText.quote(out, sourceRoot);
        }
        out.append(",\"sources\":");
        JsonText.quoteAll(out, sources);
        if (sourcesContent != null) {
            out.append(",\"sourcesContent\":");
            JsonText.quoteAll(out, sourcesContent);
        }
        out.append(",\"names\":");
        JsonText.quoteAll(out, names);
        out.append(",\"mappings\":");
        JsonText.quote(out, mappings);
        out.append('}');
        return out.toString();
    }
}
