package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.SourceMapBuilder;

import java.util.List;

/**
 * The rewrite pass: copies the source into the output, applies the sorted edits,
 * and writes the source-map mappings as it writes the text. The tokens to map and
 * the line starts come from the {@link TokenScan} of the whole source, so untouched
 * text is copied in runs and only the token table is walked.
 *
 * <p>Lines are kept: no edit adds or removes a line terminator, so generated line
 * N is original line N. Line terminators are LF, CR and CR LF (as the source-map
 * consumers and the engine's stack traces count them).
 */
final class Rewriter {
    private final String text;
    private final char[] src;
    private final int length;
    private final StringBuilder out;
    private final SourceMapBuilder map;
    private final int sourceIndex;
    private final int[] tokens;
    private final int tokenCount;
    private final int[] lineStarts;
    private final int lineCount;
    private int tokenNext;
    private int lineNext;

    private int line;
    private int origLineStart;
    private int outLineStart;

    /**
     * @param source the text
     * @param src    the text as chars (the array the scan read)
     * @param scan   the finished scan of {@code source}
     */
    Rewriter(String source, char[] src, TokenScan scan, StringBuilder out, SourceMapBuilder map, int sourceIndex) {
        this.text = source;
        this.src = src;
        this.length = source.length();
        this.out = out;
        this.map = map;
        this.sourceIndex = sourceIndex;
        this.tokens = scan.tokens;
        this.tokenCount = scan.tokenCount;
        this.lineStarts = scan.lineStarts;
        this.lineCount = scan.lineCount;
    }

    /** Writes the whole source with the edits (sorted, non-overlapping) applied. */
    void rewrite(List<Edit> edits) {
        // The prefix sits on line 0 before the original text: columns there count from the output's line start.
        outLineStart = 0;
        int pos = 0;
        for (Edit edit : edits) {
            if (edit.start() < pos) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            copy(pos, edit.start());
            apply(edit);
            pos = edit.end();
        }
        copy(pos, length);
    }

    private void apply(Edit edit) {
        int outPos = out.length();
        String text = edit.text();
        switch (edit.kind()) {
            case Edit.REPLACE -> {
                int nameIndex = edit.name() == null ? -1 : map.addName(edit.name());
                int column = edit.start() - origLineStart;
                if (!text.isEmpty()) {
                    map.addMapping(line, outPos - outLineStart, sourceIndex, line, column, nameIndex);
                    if (edit.secondMap() >= 0) {
                        map.addMapping(line, outPos + edit.secondMap() - outLineStart, sourceIndex, line, column,
                                nameIndex);
                    }
                }
                out.append(text);
            }
            case Edit.UNMAPPED -> {
                if (!text.isEmpty()) {
                    map.addUnmapped(line, outPos - outLineStart);
                }
                out.append(text);
            }
            case Edit.BLANK -> {
                if (!text.isEmpty()) {
                    map.addMapping(line, outPos - outLineStart, sourceIndex, line, edit.start() - origLineStart, -1);
                    out.append(text);
                }
                for (int i = edit.start(); i < edit.end(); i++) {
                    char c = src[i];
                    if (c == '\n') {
                        out.append('\n');
                        newLine(i + 1);
                    } else if (c == '\r') {
                        out.append('\r');
                        if (i + 1 < edit.end() && src[i + 1] == '\n') {
                            out.append('\n');
                            i++;
                        }
                        newLine(i + 1);
                    }
                }
                // The scan's line starts in the blanked range are the ones counted just now.
                while (lineNext < lineCount && lineStarts[lineNext] <= edit.end()) {
                    lineNext++;
                }
                // Code after the blank on the same line: nothing maps the gap, the next token maps itself.
            }
            default -> throw new IllegalStateException("unknown edit kind " + edit.kind());
        }
    }

    private void newLine(int origNext) {
        line++;
        origLineStart = origNext;
        outLineStart = out.length();
    }

    /** Copies {@code [from, to)} (never starting inside a token, comment or template text) with mappings. */
    private void copy(int from, int to) {
        if (from >= to) {
            return;
        }
        int outBase = out.length();
        out.append(text, from, to);
        int[] tokens = this.tokens;
        int[] lineStarts = this.lineStarts;
        int t = tokenNext;
        while (t < tokenCount && tokens[t] < from) {
            t++; // inside the edit before this run
        }
        int l = lineNext;
        for (; t < tokenCount; t++) {
            int token = tokens[t];
            if (token >= to) {
                break;
            }
            while (l < lineCount && lineStarts[l] <= token) {
                line++;
                origLineStart = lineStarts[l++];
                outLineStart = outBase + (origLineStart - from);
            }
            map.addSameLineMapping(line, outBase + (token - from) - outLineStart, sourceIndex, token - origLineStart);
        }
        while (l < lineCount && lineStarts[l] <= to) {
            line++;
            origLineStart = lineStarts[l++];
            outLineStart = outBase + (origLineStart - from);
        }
        tokenNext = t;
        lineNext = l;
    }
}
