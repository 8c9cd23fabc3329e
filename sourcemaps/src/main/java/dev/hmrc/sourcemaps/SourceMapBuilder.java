package dev.hmrc.sourcemaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a V3 source map from mappings given in output order (by generated line,
 * then generated column), encoding the {@code mappings} string as it goes, so
 * that a printer can write text and mappings in one pass. Lines and columns are
 * zero-based, columns in UTF-16 code units, as in the format.
 */
public final class SourceMapBuilder {
    private final String file;
    private final List<String> sources = new ArrayList<>();
    private final List<String> sourcesContent = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    /**
     * The encoded {@code mappings} so far, as ASCII bytes: one capacity check per segment,
     * then plain array stores (a StringBuilder checks and may inflate on every char).
     */
    private byte[] mappings;
    private int size;
    /** {@code sources.size()} and {@code names.size()}, read on every mapping. */
    private int sourceCount;
    private int nameCount;

    private int line;            // generated line the mappings string is at
    private int lineSegments;    // segments written on that line
    private int prevGeneratedColumn;
    private int prevSource;
    private int prevOriginalLine;
    private int prevOriginalColumn;
    private int prevName;

    /**
     * A builder for a map of {@code file}.
     *
     * @param file the generated file's name for the map's {@code file} field, or null
     */
    public SourceMapBuilder(String file) {
        this(file, 256);
    }

    /**
     * A builder with room for about {@code expectedMappings} mappings.
     *
     * @param file             the generated file's name for the map's {@code file} field, or null
     * @param expectedMappings a guess of the length of the {@code mappings} string, to size its buffer once
     */
    public SourceMapBuilder(String file, int expectedMappings) {
        this.file = file;
        this.mappings = new byte[Math.max(64, expectedMappings)];
    }

    /**
     * Adds (or finds) a source and returns its index; {@code content} may be null.
     *
     * @param path the source's path as the map names it
     * @param content its text, or null
     * @return its index
     */
    public int addSource(String path, String content) {
        Integer existing = sourceIndex.get(path);
        if (existing != null) {
            return existing;
        }
        int index = sources.size();
        sources.add(path);
        sourcesContent.add(content);
        sourceIndex.put(path, index);
        sourceCount = index + 1;
        return index;
    }

    /**
     * Adds (or finds) a name and returns its index.
     *
     * @param name the name
     * @return its index
     */
    public int addName(String name) {
        Integer existing = nameIndex.get(name);
        if (existing != null) {
            return existing;
        }
        int index = names.size();
        names.add(name);
        nameIndex.put(name, index);
        nameCount = index + 1;
        return index;
    }

    /**
     * Adds one mapping. Calls must come in output order; a mapping at the same
     * generated position as the previous one is ignored.
     *
     * @param generatedLine 0-based generated line
     * @param generatedColumn 0-based generated column
     * @param source a source index from {@link #addSource}
     * @param originalLine 0-based original line
     * @param originalColumn 0-based original column
     * @param name a name index from {@link #addName}, or -1 for none
     * @throws IllegalArgumentException when out of order, for a negative position,
     *                                  or for a source or name index not added yet
     */
    public void addMapping(int generatedLine, int generatedColumn, int source,
                           int originalLine, int originalColumn, int name) {
        if ((generatedLine | generatedColumn | source | originalLine | originalColumn) < 0
                || source >= sourceCount || name < -1 || name >= nameCount) {
            throw new IllegalArgumentException("invalid mapping " + generatedLine + ":" + generatedColumn
                    + " -> source " + source + " (of " + sources.size() + ") " + originalLine + ":" + originalColumn
                    + " name " + name + " (of " + names.size() + ")");
        }
        if (generatedLine < line || (generatedLine == line && lineSegments > 0 && generatedColumn < prevGeneratedColumn)) {
            throw new IllegalArgumentException("mapping out of output order at " + generatedLine + ":" + generatedColumn);
        }
        if (generatedLine == line && lineSegments > 0 && generatedColumn == prevGeneratedColumn) {
            return;
        }
        if (line < generatedLine) {
            startLine(generatedLine);
        }
        byte[] out = mappings;
        int p = size;
        if (out.length - p < 1 + 5 * Base64Vlq.MAX_DIGITS) {
            out = grow(1 + 5 * Base64Vlq.MAX_DIGITS);
        }
        if (lineSegments > 0) {
            out[p++] = ',';
        }
        p = Base64Vlq.encode(out, p, generatedColumn - prevGeneratedColumn);
        p = Base64Vlq.encode(out, p, source - prevSource);
        p = Base64Vlq.encode(out, p, originalLine - prevOriginalLine);
        p = Base64Vlq.encode(out, p, originalColumn - prevOriginalColumn);
        if (name >= 0) {
            p = Base64Vlq.encode(out, p, name - prevName);
            prevName = name;
        }
        size = p;
        prevGeneratedColumn = generatedColumn;
        prevSource = source;
        prevOriginalLine = originalLine;
        prevOriginalColumn = originalColumn;
        lineSegments++;
    }

    /**
     * The same as {@code addMapping(line, generatedColumn, source, line, originalColumn, -1)}:
     * a mapping without a name whose original line number is its generated line number
     * (a printer that keeps lines maps every token so). The usual case, a later column on
     * the line of the previous segment with the same source and original line, is written
     * here directly: a comma, the column delta, {@code AA}, the original column delta.
     *
     * @param line 0-based line, generated and original
     * @param generatedColumn 0-based generated column
     * @param source a source index from {@link #addSource}
     * @param originalColumn 0-based original column
     */
    public void addSameLineMapping(int line, int generatedColumn, int source, int originalColumn) {
        if (line == this.line && lineSegments > 0 && generatedColumn > prevGeneratedColumn && source == prevSource
                && line == prevOriginalLine && originalColumn >= 0 && source < sourceCount) {
            byte[] out = mappings;
            int p = size;
            if (out.length - p < 3 + 2 * Base64Vlq.MAX_DIGITS) {
                out = grow(3 + 2 * Base64Vlq.MAX_DIGITS);
            }
            out[p++] = ',';
            p = Base64Vlq.encode(out, p, generatedColumn - prevGeneratedColumn);
            out[p++] = 'A';
            out[p++] = 'A';
            size = Base64Vlq.encode(out, p, originalColumn - prevOriginalColumn);
            prevGeneratedColumn = generatedColumn;
            prevOriginalColumn = originalColumn;
            lineSegments++;
            return;
        }
        addMapping(line, generatedColumn, source, line, originalColumn, -1);
    }

    /**
     * Adds a segment that maps a generated position to no source (ends the previous
     * mapping). A call that is not after the previous segment is ignored.
     *
     * @param generatedLine 0-based generated line
     * @param generatedColumn 0-based generated column
     */
    public void addUnmapped(int generatedLine, int generatedColumn) {
        if ((generatedLine | generatedColumn) < 0) {
            throw new IllegalArgumentException("invalid position " + generatedLine + ":" + generatedColumn);
        }
        if (generatedLine < line || (generatedLine == line && lineSegments > 0 && generatedColumn <= prevGeneratedColumn)) {
            return;
        }
        if (line < generatedLine) {
            startLine(generatedLine);
        }
        byte[] out = mappings;
        int p = size;
        if (out.length - p < 1 + Base64Vlq.MAX_DIGITS) {
            out = grow(1 + Base64Vlq.MAX_DIGITS);
        }
        if (lineSegments > 0) {
            out[p++] = ',';
        }
        size = Base64Vlq.encode(out, p, generatedColumn - prevGeneratedColumn);
        prevGeneratedColumn = generatedColumn;
        lineSegments++;
    }

    /** Ends the current generated line and those up to {@code generatedLine}: one {@code ;} each. */
    private void startLine(int generatedLine) {
        int count = generatedLine - line;
        if (mappings.length - size < count) {
            grow(count);
        }
        java.util.Arrays.fill(mappings, size, size + count, (byte) ';');
        size += count;
        line = generatedLine;
        lineSegments = 0;
        prevGeneratedColumn = 0;
    }

    /** Makes room for at least {@code more} bytes after {@code size} and returns the (new) buffer. */
    private byte[] grow(int more) {
        long wanted = Math.max((long) size + more, (long) mappings.length * 2);
        if (wanted > Integer.MAX_VALUE - 16) {
            if ((long) size + more > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("mappings string too long");
            }
            wanted = Integer.MAX_VALUE - 16;
        }
        mappings = java.util.Arrays.copyOf(mappings, (int) wanted);
        return mappings;
    }

    private String mappingsText() {
        return new String(mappings, 0, size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@return the map's {@code file} field, or null} */
    public String file() {
        return file;
    }

    /** {@return the sources so far, in index order} */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /**
     * Source contents in source order; an entry is null where none was given.
     *
     * @return the contents, in source order
     */
    public List<String> sourcesContent() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(sourcesContent));
    }

    /** {@return the names so far, in index order} */
    public List<String> names() {
        return List.copyOf(names);
    }

    /** {@return the encoded {@code mappings} field so far} */
    public String encodedMappings() {
        return mappingsText();
    }

    /** {@return the map built so far; {@code sourcesContent} is omitted when no source has content} */
    public SourceMap build() {
        boolean anyContent = sourcesContent.stream().anyMatch(java.util.Objects::nonNull);
        return new SourceMap(file, null, List.copyOf(sources),
                anyContent ? java.util.Collections.unmodifiableList(new ArrayList<>(sourcesContent)) : null,
                List.copyOf(names), mappingsText());
    }
}
