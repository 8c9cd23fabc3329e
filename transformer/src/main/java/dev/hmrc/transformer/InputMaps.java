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

    /**
     * Whether the trailing run of blank and comment-only lines mentions
     * {@code sourceMappingURL=}: a cheap pre-check that reads only the file's tail
     * (the comment must be in that run to count), before the exact search.
     */
    static boolean mayHaveUrlComment(String source) {
        int end = source.length();
        boolean inBlockComment = false;
        while (end > 0) {
            int start = end - 1;
            while (start >= 0 && source.charAt(start) != '\n' && source.charAt(start) != '\r') {
                start--;
            }
            int a = start + 1;
            int b = end;
            if (within(source, "sourceMappingURL=", a, b)) {
                return true;
            }
            while (a < b && Character.isWhitespace(source.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(source.charAt(b - 1))) {
                b--;
            }
            boolean closesBlock = b - a >= 2 && source.startsWith("*/", b - 2);
            boolean commentOnly = a == b || inBlockComment || closesBlock || source.startsWith("//", a);
            if (!commentOnly) {
                return false;
            }
            if (closesBlock && !within(source, "/*", a, b)) {
                inBlockComment = true;
            } else if (inBlockComment && within(source, "/*", a, b)) {
                inBlockComment = false;
            }
            end = Math.max(start, 0);
        }
        return false;
    }

    private static boolean within(String s, String what, int from, int to) {
        int found = s.indexOf(what, from);
        return found >= 0 && found + what.length() <= to;
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
