package dev.hmrc.sourcemaps;

/**
 * One decoded segment of a source map: a generated position and, unless the
 * segment is generated-only, the original position it comes from. Lines and
 * columns are zero-based, columns in UTF-16 code units.
 *
 * @param generatedLine   line in the generated file
 * @param generatedColumn column in the generated file
 * @param source          the original source (after applying the map's {@code sourceRoot}),
 *                        or null for a generated-only segment
 * @param originalLine    line in the source, or -1 when {@code source} is null
 * @param originalColumn  column in the source, or -1 when {@code source} is null
 * @param name            the original name, or null when the segment has none
 */
public record Mapping(int generatedLine, int generatedColumn, String source, int originalLine, int originalColumn,
                      String name) {

    /**
     * {@return a generated-only segment: it maps its generated position to no source}
     *
     * @param generatedLine 0-based generated line
     * @param generatedColumn 0-based generated column
     */
    public static Mapping unmapped(int generatedLine, int generatedColumn) {
        return new Mapping(generatedLine, generatedColumn, null, -1, -1, null);
    }

    /** {@return whether this segment maps to a source position} */
    public boolean hasSource() {
        return source != null;
    }

    @Override
    public String toString() {
        String at = generatedLine + ":" + generatedColumn;
        if (source == null) {
            return at + " -> (none)";
        }
        return at + " -> " + source + ":" + originalLine + ":" + originalColumn + (name == null ? "" : " " + name);
    }
}
