package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.SourceMap;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.TransformResult;

import java.nio.file.Path;

/**
 * One module file read and transformed, ready to be evaluated: the original text, the
 * transformed code and record, and the source map. A map that came from the
 * {@link TransformCache} is kept as JSON and parsed on first use (only an error's stack
 * needs it). Immutable and safe to share between threads.
 */
public final class TransformedModule {
    private final Path path;
    private final String type;
    private final String text;
    private final String code;
    private final ModuleRecord record;
    private final String mapJson;
    private final boolean fromCache;
    private volatile SourceMap map;

    private TransformedModule(Path path, String type, String text, String code, ModuleRecord record,
                              SourceMap map, String mapJson, boolean fromCache) {
        this.path = path;
        this.type = type;
        this.text = text;
        this.code = code;
        this.record = record;
        this.map = map;
        this.mapJson = mapJson;
        this.fromCache = fromCache;
    }

    /** A module the transformer has just transformed. */
    static TransformedModule transformed(Path path, String type, String text, TransformResult result) {
        return new TransformedModule(path, type, text, result.code(), result.record(), result.map(), null, false);
    }

    /** A module whose transform came from the cache; its map is parsed when first asked for. */
    static TransformedModule cached(Path path, String type, String text, String code, ModuleRecord record,
                                    String mapJson) {
        return new TransformedModule(path, type, text, code, record, null, mapJson, true);
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** The module type ({@code "javascript"} or {@code "json"}). */
    public String type() {
        return type;
    }

    /** The file's text as read. */
    public String text() {
        return text;
    }

    /** The transformed script (docs/module-format.md). */
    public String code() {
        return code;
    }

    /** The module record. */
    public ModuleRecord record() {
        return record;
    }

    /** The source map from {@link #code()} to {@link #text()}. */
    public SourceMap map() {
        SourceMap m = map;
        if (m == null) {
            m = SourceMap.parse(mapJson);
            map = m;
        }
        return m;
    }

    /** Whether the transform was read from the cache rather than computed. */
    public boolean fromCache() {
        return fromCache;
    }
}
