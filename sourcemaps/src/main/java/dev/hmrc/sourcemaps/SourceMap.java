package dev.hmrc.sourcemaps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A V3 source map as its JSON fields hold it: the {@code mappings} field stays
 * encoded; decoding and lookups live in {@link DecodedSourceMap}. {@link #parse}
 * reads and checks the JSON form, {@link #toJson()} writes it.
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

    /** {@return the map as compact JSON, fields in the order the format lists them} */
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

    /**
     * The sources as a consumer sees them: each joined to {@code sourceRoot} when
     * that is set and not empty (with a {@code /} between unless one side has it
     * already, as browsers and Mozilla's {@code source-map} do); null entries stay null.
     *
     * @return the sources joined to {@code sourceRoot}
     */
    public List<String> resolvedSources() {
        if (sourceRoot == null || sourceRoot.isEmpty()) {
            return sources;
        }
        List<String> resolved = new ArrayList<>(sources.size());
        for (String source : sources) {
            resolved.add(resolve(sourceRoot, source));
        }
        return Collections.unmodifiableList(resolved);
    }

    static String resolve(String sourceRoot, String source) {
        if (source == null || sourceRoot == null || sourceRoot.isEmpty()) {
            return source;
        }
        if (sourceRoot.endsWith("/") || source.startsWith("/")) {
            return sourceRoot + source;
        }
        return sourceRoot + "/" + source;
    }

    /**
     * Reads a source map from its JSON text and checks it, mappings included.
     * Accepts the {@code )]}'} first line some servers prefix, a missing
     * {@code names} (as empty), null entries in {@code sources} and
     * {@code sourcesContent}, and a {@code sourcesContent} shorter than
     * {@code sources} (padded with nulls). An index map ({@code sections}, each
     * with an inline {@code map}) is flattened into one regular map whose sources
     * are resolved against each section's {@code sourceRoot}. Unknown fields are
     * ignored.
     *
     * @param json the map's JSON text
     * @return the map
     * @throws IllegalArgumentException naming the field and, for JSON syntax and
     *                                  mappings, the offset of what is wrong
     */
    public static SourceMap parse(String json) {
        String text = json;
        if (text.startsWith(")]}'")) {
            int newline = text.indexOf('\n');
            text = newline < 0 ? "" : text.substring(newline + 1);
        }
        return fromJson(JsonReader.parseObject(text), "");
    }

    private static SourceMap fromJson(Map<String, Object> json, String where) {
        if (!json.containsKey("version")) {
            throw new IllegalArgumentException(where + "version is missing (must be 3)");
        }
        Object version = json.get("version");
        if (!(version instanceof Double d) || d != 3.0) {
            throw new IllegalArgumentException(where + "version must be 3, got " + describe(version));
        }
        if (json.containsKey("sections")) {
            return flattenSections(json, where);
        }
        String file = optionalString(json, "file", where);
        String sourceRoot = optionalString(json, "sourceRoot", where);
        if (!json.containsKey("sources")) {
            throw new IllegalArgumentException(where + "sources is missing");
        }
        List<String> sources = stringList(json.get("sources"), "sources", where, true);
        List<String> sourcesContent = null;
        if (json.get("sourcesContent") != null) {
            sourcesContent = stringList(json.get("sourcesContent"), "sourcesContent", where, true);
            if (sourcesContent.size() > sources.size()) {
                throw new IllegalArgumentException(where + "sourcesContent has " + sourcesContent.size()
                        + " entries but sources only " + sources.size());
            }
            if (sourcesContent.size() < sources.size()) {
                List<String> padded = new ArrayList<>(sourcesContent);
                while (padded.size() < sources.size()) {
                    padded.add(null);
                }
                sourcesContent = Collections.unmodifiableList(padded);
            }
        }
        List<String> names = json.get("names") == null ? List.of()
                : stringList(json.get("names"), "names", where, false);
        Object mappings = json.get("mappings");
        if (!(mappings instanceof String m)) {
            throw new IllegalArgumentException(where + (json.containsKey("mappings")
                    ? "mappings must be a string, got " + JsonReader.typeName(mappings) : "mappings is missing"));
        }
        SourceMap map = new SourceMap(file, sourceRoot, sources, sourcesContent, names, m);
        try {
            DecodedSourceMap.decode(map);
        } catch (IllegalArgumentException e) {
            throw where.isEmpty() ? e : new IllegalArgumentException(where + e.getMessage(), e);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static SourceMap flattenSections(Map<String, Object> json, String where) {
        if (!(json.get("sections") instanceof List<?> sections)) {
            throw new IllegalArgumentException(where + "sections must be an array, got "
                    + JsonReader.typeName(json.get("sections")));
        }
        if (!where.isEmpty()) {
            throw new IllegalArgumentException(where + "an index map may not nest another index map");
        }
        SourceMapBuilder builder = new SourceMapBuilder(optionalString(json, "file", where));
        long previousLine = -1;
        long previousColumn = -1;
        long end = -1; // generated position after which the next section's segments must come
        for (int i = 0; i < sections.size(); i++) {
            String at = "sections[" + i + "]";
            if (!(sections.get(i) instanceof Map<?, ?> section)) {
                throw new IllegalArgumentException(at + " must be an object");
            }
            if (section.containsKey("url")) {
                throw new IllegalArgumentException(at + ": sections with a url are not supported (inline the map)");
            }
            if (!(section.get("offset") instanceof Map<?, ?> offset)) {
                throw new IllegalArgumentException(at + ".offset must be an object with line and column");
            }
            int line = nonNegativeInt(offset.get("line"), at + ".offset.line");
            int column = nonNegativeInt(offset.get("column"), at + ".offset.column");
            if (line < previousLine || (line == previousLine && column < previousColumn)) {
                throw new IllegalArgumentException(at + ".offset " + line + ":" + column
                        + " comes before the previous section's " + previousLine + ":" + previousColumn);
            }
            previousLine = line;
            previousColumn = column;
            if (!(section.get("map") instanceof Map<?, ?> inner)) {
                throw new IllegalArgumentException(at + ".map must be an object");
            }
            SourceMap sub = fromJson((Map<String, Object>) inner, at + ".map: ");
            end = appendSection(builder, DecodedSourceMap.decode(sub), line, column, at, end);
        }
        return builder.build();
    }

    /** Appends a section's segments; returns the packed position of the last one (or {@code end} if none). */
    private static long appendSection(SourceMapBuilder builder, DecodedSourceMap section, int lineOffset,
                                      int columnOffset, String at, long end) {
        SourceMap sub = section.sourceMap();
        List<String> resolved = section.sources();
        int[] sourceIds = new int[resolved.size()];
        for (int s = 0; s < sourceIds.length; s++) {
            sourceIds[s] = resolved.get(s) == null ? -1
                    : builder.addSource(resolved.get(s), sub.sourcesContent() == null ? null
                    : sub.sourcesContent().get(s));
        }
        int[] nameIds = new int[sub.names().size()];
        for (int n = 0; n < nameIds.length; n++) {
            nameIds[n] = builder.addName(sub.names().get(n));
        }
        try {
            for (int k = 0; k < section.size(); k++) {
                int line = section.generatedLineAt(k);
                int genLine = Math.addExact(line, lineOffset);
                int genColumn = line == 0 ? Math.addExact(section.generatedColumnAt(k), columnOffset)
                        : section.generatedColumnAt(k);
                long position = ((long) genLine << 32) | genColumn;
                if (position <= end) {
                    throw new IllegalArgumentException(at + ": mappings overlap the previous section (segment at "
                            + genLine + ":" + genColumn + ")");
                }
                end = position;
                int s = section.sourceIndexAt(k);
                if (s < 0 || sourceIds[s] < 0) {
                    builder.addUnmapped(genLine, genColumn);
                } else {
                    int n = section.nameIndexAt(k);
                    builder.addMapping(genLine, genColumn, sourceIds[s], section.originalLineAt(k),
                            section.originalColumnAt(k), n < 0 ? -1 : nameIds[n]);
                }
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(at + ": generated position exceeds 2^31-1", e);
        }
        return end;
    }

    private static int nonNegativeInt(Object value, String what) {
        if (!(value instanceof Double d) || d < 0 || d > Integer.MAX_VALUE || d != Math.rint(d)) {
            throw new IllegalArgumentException(what + " must be a non-negative integer, got " + describe(value));
        }
        return d.intValue();
    }

    private static String optionalString(Map<String, Object> json, String field, String where) {
        Object value = json.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException(where + field + " must be a string, got " + JsonReader.typeName(value));
    }

    private static List<String> stringList(Object value, String field, String where, boolean nullsAllowed) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + field + " must be an array, got " + JsonReader.typeName(value));
        }
        String[] out = new String[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object item = list.get(i);
            if (item instanceof String s) {
                out[i] = s;
            } else if (item != null || !nullsAllowed) {
                throw new IllegalArgumentException(where + field + "[" + i + "] must be a string"
                        + (nullsAllowed ? " or null" : "") + ", got " + JsonReader.typeName(item));
            }
        }
        return nullsAllowed ? Collections.unmodifiableList(java.util.Arrays.asList(out)) : List.of(out);
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder();
            JsonText.quote(out, s);
            return out.toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value instanceof Double ? value.toString() : JsonReader.typeName(value);
    }
}
