package dev.hmrc.transformer;

/**
 * One change to the source text: replace {@code [start, end)} with {@code text}
 * (an insertion when {@code start == end}). Edits are collected, sorted once and
 * applied in one pass by {@link Rewriter}.
 *
 * @param start      first replaced char
 * @param end        end of the replaced range (exclusive)
 * @param text       what the output gets instead
 * @param kind       how the range is emitted and mapped (see the constants)
 * @param name       the original identifier's name for the mapping, or null
 * @param secondMap  offset in {@code text} of a second mapping to the same original
 *                   position and name (shorthand properties), or -1
 * @param sequence   insertion order, to keep edits at the same position stable
 */
record Edit(int start, int end, String text, int kind, String name, int secondMap, int sequence)
        implements Comparable<Edit> {

    /** {@code text} replaces the range; it maps to the range's start (with {@code name} if given). */
    static final int REPLACE = 0;
    /** {@code text}, then the range's line terminators and nothing else of it. */
    static final int BLANK = 1;
    /** {@code text} replaces the range and maps to nothing (wrapper glue). */
    static final int UNMAPPED = 2;

    @Override
    public int compareTo(Edit o) {
        if (start != o.start) {
            return Integer.compare(start, o.start);
        }
        if (end != o.end) {
            return Integer.compare(end, o.end);
        }
        return Integer.compare(sequence, o.sequence);
    }
}
