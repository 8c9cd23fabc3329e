package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.sourcemaps.SourceMapComments;
import dev.hmrc.sourcemaps.SourceMapComposer;

import java.util.Optional;

/**
 * An input source map named by the module's own {@code sourceMappingURL} comment
 * (inline {@code data:} URL, or a file the options' loader resolves), composed
 * with the transform's map so the result points at the first sources of the chain.
 */
final class InputMaps {
    private InputMaps() {
    }

    /** The char range {@code [start, end)} of the input's {@code sourceMappingURL} comment, or null. */
    static int[] commentRange(String source) {
        String stripped = SourceMapComments.stripUrlComment(source);
        if (stripped.length() == source.length()) {
            return null;
        }
        int start = 0;
        while (start < stripped.length() && stripped.charAt(start) == source.charAt(start)) {
            start++;
        }
        return new int[]{start, start + (source.length() - stripped.length())};
    }

    /** {@code map} composed with the input's map when there is one that can be read; else {@code map}. */
    static SourceMap compose(SourceMap map, String source, TransformOptions options) {
        Optional<String> url = SourceMapComments.findUrl(source);
        if (url.isEmpty() || url.get().isEmpty()) {
            return map;
        }
        try {
            SourceMap inner;
            if (SourceMapComments.isDataUrl(url.get())) {
                Optional<SourceMap> decoded = SourceMapComments.decodeDataUrl(url.get());
                if (decoded.isEmpty()) {
                    return map;
                }
                inner = decoded.get();
            } else {
                if (options.inputMapLoader() == null) {
                    return map;
                }
                String json = options.inputMapLoader().apply(url.get());
                if (json == null) {
                    return map;
                }
                inner = SourceMap.parse(json);
            }
            return SourceMapComposer.compose(map, inner);
        } catch (IllegalArgumentException unreadable) {
            // A broken input map must not fail the transform: the map then points at the input itself.
            return map;
        }
    }
}
