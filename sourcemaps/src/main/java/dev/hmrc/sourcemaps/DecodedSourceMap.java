package dev.hmrc.sourcemaps;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A source map with its {@code mappings} decoded into flat arrays, for lookups in
 * both directions. Decoding is one linear pass (segments that a map lists out of
 * column order within a line are sorted, stably, per line); a generated-to-original
 * lookup is a binary search within the line. The original-to-generated index is
 * built on the first {@link #generatedPositionsFor} call (one sort), after which
 * each call is a binary search too. Instances are immutable and safe to share
 * between threads.
 *
 * <p>Lines and columns are zero-based, columns in UTF-16 code units. Sources come
 * out joined to the map's {@code sourceRoot} (see {@link SourceMap#resolvedSources()}).
 */
public final class DecodedSourceMap {
    private static final int[] NO_INTS = new int[0];

    private final SourceMap sourceMap;
    private final List<String> sources;
    private final List<String> names;
    private final int size;
    private final int[] generatedLine;
    private final int[] generatedColumn;
    private final int[] source;        // -1 for a generated-only segment
    private final int[] originalLine;
    private final int[] originalColumn;
    private final int[] name;          // -1 when absent
    private final int[] lineStart;     // first segment index of each generated line; length lines + 1
    private volatile ReverseIndex reverseIndex;

    private DecodedSourceMap(SourceMap sourceMap, List<String> sources, int size, int[] generatedLine,
                             int[] generatedColumn, int[] source, int[] originalLine, int[] originalColumn,
                             int[] name, int[] lineStart) {
        this.sourceMap = sourceMap;
        this.sources = sources;
        this.names = sourceMap.names();
        this.size = size;
        this.generatedLine = generatedLine;
        this.generatedColumn = generatedColumn;
        this.source = source;
        this.originalLine = originalLine;
        this.originalColumn = originalColumn;
        this.name = name;
        this.lineStart = lineStart;
    }

    /**
     * Decodes the map's {@code mappings}.
     *
     * @param map the map
     * @return its decoded mappings
     * @throws IllegalArgumentException when the mappings are malformed (bad Base64
     *                                  digit, truncated or overflowing value, wrong field count, index out of
     *                                  range, negative position); the message names the offset in the string
     */
    public static DecodedSourceMap decode(SourceMap map) {
        String m = map.mappings();
        int length = m.length();
        int capacity = 1;
        int lines = 1;
        for (int i = 0; i < length; i++) {
            char c = m.charAt(i);
            if (c == ',') {
                capacity++;
            } else if (c == ';') {
                capacity++;
                lines++;
            }
        }
        if (length == 0) {
            capacity = 0;
        }
        int sourceCount = map.sources().size();
        int nameCount = map.names().size();
        int[] gLine = new int[capacity];
        int[] gCol = new int[capacity];
        int[] src = new int[capacity];
        int[] oLine = new int[capacity];
        int[] oCol = new int[capacity];
        int[] nm = new int[capacity];
        int[] lineStart = new int[lines + 1];
        int[] fields = new int[5];

        int n = 0;
        int line = 0;
        long prevColumn = 0;
        long prevSource = 0;
        long prevOriginalLine = 0;
        long prevOriginalColumn = 0;
        long prevName = 0;
        boolean lineUnsorted = false;
        int i = 0;
        while (i < length) {
            char c = m.charAt(i);
            if (c == ';') {
                if (lineUnsorted) {
                    sortLine(lineStart[line], n, gCol, src, oLine, oCol, nm);
                    lineUnsorted = false;
                }
                line++;
                lineStart[line] = n;
                prevColumn = 0;
                i++;
                continue;
            }
            if (c == ',') {
                i++;
                continue;
            }
            int segmentStart = i;
            int fieldCount = 0;
            while (i < length && (c = m.charAt(i)) != ',' && c != ';') {
                if (fieldCount == 5) {
                    throw mappingsError("segment has more than 5 fields", segmentStart);
                }
                long raw = 0;
                int shift = 0;
                int digit;
                do {
                    if (i >= length || (c = m.charAt(i)) == ',' || c == ';') {
                        throw mappingsError("value ends in the middle (continuation bit set on its last digit)", i);
                    }
                    digit = Base64Vlq.digitValue(c);
                    if (digit < 0) {
                        throw mappingsError("invalid Base64 digit " + quoteChar(c), i);
                    }
                    if (shift > 30) {
                        throw mappingsError("value does not fit in 32 bits", i);
                    }
                    raw |= ((long) (digit & 31)) << shift;
                    shift += 5;
                    i++;
                } while ((digit & 32) != 0);
                long magnitude = raw >>> 1;
                if (magnitude > 0x8000_0000L || (magnitude == 0x8000_0000L && (raw & 1) == 0)) {
                    throw mappingsError("value does not fit in 32 bits", i - 1);
                }
                fields[fieldCount++] = (int) ((raw & 1) != 0 ? -magnitude : magnitude);
            }
            if (fieldCount != 1 && fieldCount != 4 && fieldCount != 5) {
                throw mappingsError("segment has " + fieldCount + " fields (must be 1, 4 or 5)", segmentStart);
            }
            long column = prevColumn + fields[0];
            checkPosition("generated column", column, segmentStart);
            if (column < prevColumn && n > lineStart[line]) {
                lineUnsorted = true;
            }
            prevColumn = column;
            gLine[n] = line;
            gCol[n] = (int) column;
            if (fieldCount == 1) {
                src[n] = -1;
                oLine[n] = -1;
                oCol[n] = -1;
                nm[n] = -1;
            } else {
                prevSource += fields[1];
                if (prevSource < 0 || prevSource >= sourceCount) {
                    throw mappingsError("source index " + prevSource + " out of range (" + sourceCount
                            + " sources)", segmentStart);
                }
                prevOriginalLine += fields[2];
                checkPosition("original line", prevOriginalLine, segmentStart);
                prevOriginalColumn += fields[3];
                checkPosition("original column", prevOriginalColumn, segmentStart);
                src[n] = (int) prevSource;
                oLine[n] = (int) prevOriginalLine;
                oCol[n] = (int) prevOriginalColumn;
                if (fieldCount == 5) {
                    prevName += fields[4];
                    if (prevName < 0 || prevName >= nameCount) {
                        throw mappingsError("name index " + prevName + " out of range (" + nameCount + " names)",
                                segmentStart);
                    }
                    nm[n] = (int) prevName;
                } else {
                    nm[n] = -1;
                }
            }
            n++;
        }
        if (lineUnsorted) {
            sortLine(lineStart[line], n, gCol, src, oLine, oCol, nm);
        }
        lineStart[lines] = n;
        return new DecodedSourceMap(map, map.resolvedSources(), n, gLine, gCol, src, oLine, oCol, nm, lineStart);
    }

    private static void checkPosition(String what, long value, int offset) {
        if (value < 0) {
            throw mappingsError(what + " becomes negative (" + value + ")", offset);
        }
        if (value > Integer.MAX_VALUE) {
            throw mappingsError(what + " exceeds 2^31-1", offset);
        }
    }

    private static IllegalArgumentException mappingsError(String message, int offset) {
        return new IllegalArgumentException("mappings: " + message + " at offset " + offset);
    }

    private static String quoteChar(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** Sorts segments [from, to) of one line by generated column, keeping the map's order among equal columns. */
    private static void sortLine(int from, int to, int[] gCol, int[] src, int[] oLine, int[] oCol, int[] nm) {
        int count = to - from;
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            keys[k] = ((long) gCol[from + k] << 32) | k;
        }
        Arrays.sort(keys);
        int[][] columns = {gCol, src, oLine, oCol, nm};
        int[] copy = new int[count];
        for (int[] column : columns) {
            System.arraycopy(column, from, copy, 0, count);
            for (int k = 0; k < count; k++) {
                column[from + k] = copy[(int) keys[k]];
            }
        }
    }

    /** {@return the map this was decoded from} */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    /** {@return the sources as mappings name them: joined to {@code sourceRoot} when the map has one} */
    public List<String> sources() {
        return sources;
    }

    /** {@return the number of segments} */
    public int size() {
        return size;
    }

    /** {@return the number of generated lines the mappings cover (one more than the number of {@code ;})} */
    public int lineCount() {
        return lineStart.length - 1;
    }

    /** {@return all segments in generated order (line, then column); a read-only view, no copy} */
    public List<Mapping> mappings() {
        return new MappingList();
    }

    /**
     * {@return the segment at {@code index} in generated order}
     *
     * @param index 0 to {@link #size()} - 1
     */
    public Mapping mapping(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("segment " + index + " of " + size);
        }
        int s = source[index];
        if (s < 0 || sources.get(s) == null) {
            return Mapping.unmapped(generatedLine[index], generatedColumn[index]);
        }
        int n = name[index];
        return new Mapping(generatedLine[index], generatedColumn[index], sources.get(s), originalLine[index],
                originalColumn[index], n < 0 ? null : names.get(n));
    }

    /**
     * The original position of a generated position: the segment on that line with
     * the greatest generated column not after {@code column} (the first such segment
     * when several share the column). Empty when there is none, or when it is a
     * generated-only segment or its source is null.
     *
     * @param line 0-based generated line
     * @param column 0-based generated column
     * @return the segment that maps it, if any
     */
    public Optional<Mapping> originalPositionFor(int line, int column) {
        int index = segmentAt(line, column);
        if (index < 0) {
            return Optional.empty();
        }
        Mapping mapping = mapping(index);
        return mapping.source() == null ? Optional.empty() : Optional.of(mapping);
    }

    /**
     * The index of the segment that covers a generated position (see
     * {@link #originalPositionFor}), or -1. It may be a generated-only segment.
     */
    int segmentAt(int line, int column) {
        if (line < 0 || line >= lineStart.length - 1 || column < 0) {
            return -1;
        }
        int from = lineStart[line];
        int to = lineStart[line + 1];
        // first index in [from, to) whose column is > column
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (generatedColumn[mid] <= column) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == from) {
            return -1;
        }
        int found = generatedColumn[lo - 1];
        // first index in [from, lo) whose column is >= found
        int first = from;
        hi = lo - 1;
        while (first < hi) {
            int mid = (first + hi) >>> 1;
            if (generatedColumn[mid] < found) {
                first = mid + 1;
            } else {
                hi = mid;
            }
        }
        return first;
    }

    int sourceIndexAt(int index) {
        return source[index];
    }

    int originalLineAt(int index) {
        return originalLine[index];
    }

    int originalColumnAt(int index) {
        return originalColumn[index];
    }

    int nameIndexAt(int index) {
        return name[index];
    }

    int generatedLineAt(int index) {
        return generatedLine[index];
    }

    int generatedColumnAt(int index) {
        return generatedColumn[index];
    }

    /**
     * All segments that map exactly to the given original position, in generated
     * order. {@code source} may be given as {@link #sources()} lists it or as the
     * map's raw {@code sources} entry.
     *
     * @param source the original source
     * @param originalLine 0-based original line
     * @param originalColumn 0-based original column
     * @return the segments, possibly none
     */
    public List<Mapping> generatedPositionsFor(String source, int originalLine, int originalColumn) {
        ReverseIndex index = reverseIndex();
        Integer id = index.sourceIds.get(source);
        if (id == null) {
            return List.of();
        }
        int[] order = index.order;
        int[] canonical = index.canonicalSource;
        int sourceId = id;
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int k = order[mid];
            if (compareOriginal(canonical[this.source[k]], this.originalLine[k], this.originalColumn[k],
                    sourceId, originalLine, originalColumn) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mapping> result = new ArrayList<>(2);
        for (int i = lo; i < order.length; i++) {
            int k = order[i];
            if (canonical[this.source[k]] != sourceId || this.originalLine[k] != originalLine
                    || this.originalColumn[k] != originalColumn) {
                break;
            }
            result.add(mapping(k));
        }
        return List.copyOf(result);
    }

    private static int compareOriginal(int s1, int l1, int c1, int s2, int l2, int c2) {
        if (s1 != s2) {
            return Integer.compare(s1, s2);
        }
        if (l1 != l2) {
            return Integer.compare(l1, l2);
        }
        return Integer.compare(c1, c2);
    }

    private ReverseIndex reverseIndex() {
        ReverseIndex index = reverseIndex;
        if (index == null) {
            index = buildReverseIndex();
            reverseIndex = index;
        }
        return index;
    }

    private ReverseIndex buildReverseIndex() {
        List<String> raw = sourceMap.sources();
        Map<String, Integer> ids = new HashMap<>();
        int[] canonical = new int[sources.size()];
        for (int s = 0; s < canonical.length; s++) {
            String resolved = sources.get(s);
            Integer first = resolved == null ? null : ids.putIfAbsent(resolved, s);
            canonical[s] = first == null ? s : first;
        }
        for (int s = 0; s < canonical.length; s++) {
            if (raw.get(s) != null) {
                ids.putIfAbsent(raw.get(s), canonical[s]);
            }
        }
        int count = 0;
        for (int k = 0; k < size; k++) {
            if (source[k] >= 0) {
                count++;
            }
        }
        int[] order = count == 0 ? NO_INTS : new int[count];
        int j = 0;
        for (int k = 0; k < size; k++) {
            if (source[k] >= 0) {
                order[j++] = k;
            }
        }
        mergeSort(order, new int[count], 0, count, canonical);
        return new ReverseIndex(order, canonical, ids);
    }

    /** Stable merge sort of segment indices by original position (indices start in generated order). */
    private void mergeSort(int[] a, int[] tmp, int from, int to, int[] canonical) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && compareSegments(a[j], v, canonical) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, canonical);
        mergeSort(a, tmp, mid, to, canonical);
        if (compareSegments(a[mid - 1], a[mid], canonical) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compareSegments(tmp[i], tmp[j], canonical) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }

    private int compareSegments(int a, int b, int[] canonical) {
        return compareOriginal(canonical[source[a]], originalLine[a], originalColumn[a],
                canonical[source[b]], originalLine[b], originalColumn[b]);
    }

    private record ReverseIndex(int[] order, int[] canonicalSource, Map<String, Integer> sourceIds) {
    }

    private final class MappingList extends AbstractList<Mapping> implements RandomAccess {
        @Override
        public Mapping get(int index) {
            return mapping(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
