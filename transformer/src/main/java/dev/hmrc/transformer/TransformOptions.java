package dev.hmrc.transformer;

import java.util.function.Function;

/**
 * How the transformer writes its source map.
 *
 * @param mapSourceName          what to write in the map's {@code sources} (null: the source name)
 * @param includeSourcesContent  whether the map carries the original text in {@code sourcesContent}
 * @param inputMapLoader         resolves a non-{@code data:} {@code sourceMappingURL} found in the input
 *                               to that map's JSON; a null loader or a null result means no input map
 */
public record TransformOptions(String mapSourceName, boolean includeSourcesContent,
                               Function<String, String> inputMapLoader) {

    /**
     * Source name as given, sources content included, no loader for external input maps.
     *
     * @return the default options
     */
    public static TransformOptions defaults() {
        return new TransformOptions(null, true, null);
    }
}
