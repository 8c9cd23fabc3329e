package dev.hmrc.cli;

/** How {@code hmrc transform} delivers each output's source map. */
public enum SourceMapMode {
    /** {@code NAME.map} beside the output, referenced by {@code //# sourceMappingURL=NAME.map}. */
    FILE,
    /** A {@code data:} URL comment at the end of the output; no map file. */
    INLINE,
    /** No map and no comment. */
    NONE
}
