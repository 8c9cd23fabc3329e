package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.SourceMap;

/**
 * One transformed module.
 *
 * @param code   the re-executable script, ending with the wrapper suffix and the
 *               {@code //# hmrc-record=} line, without any {@code sourceMappingURL} comment
 * @param map    the source map from {@code code} to the original (composed with an input map if any)
 * @param record what the runtime needs to link the module
 */
public record TransformResult(String code, SourceMap map, ModuleRecord record) {
}
