package dev.hmrc.transformer;

import dev.hmrc.sourcemaps.SourceMapBuilder;

import java.util.List;

/**
 * The rewrite pass: copies the source into the output, applies the sorted edits,
 * and writes the source-map mappings as it writes the text. A small scanner finds
 * the start of every surviving token (identifiers, keywords, punctuators, numbers,
 * strings, template pieces, regular expressions) so each gets a mapping to its
 * original line and column; comments and whitespace get none. Regular expression
 * literals are taken from the AST (their spans), so the scanner never has to tell
 * a division from a regex.
 *
 * <p>Lines are kept: no edit adds or removes a line terminator, so generated line
 * N is original line N. Line terminators are LF, CR and CR LF (as the source-map
 * consumers and the engine's stack traces count them).
 */
final class Rewriter {
    private final String text;
    /** The source as chars: the scanner reads every char once, without String's per-call checks. */
    private final char[] src;
    private final int length;
    private final StringBuilder out;
    private final SourceMapBuilder map;
    private final int sourceIndex;
    private final int[] regexSpans;
    private final int regexCount;
    private int regexNext;

    private int line;
    private int origLineStart;
    private int outLineStart;
    /** Brace depths at which an open template literal continues ({@code ${ ... }}). */
    private int[] templateDepths = new int[8];
    private int templateCount;
    private int braceDepth;

    Rewriter(String src, StringBuilder out, SourceMapBuilder map, int sourceIndex, int[] regexSpans, int regexCount) {
        this.text = src;
        this.src = src.toCharArray();
        this.length = src.length();
        this.out = out;
        this.map = map;
        this.sourceIndex = sourceIndex;
        this.regexSpans = regexSpans;
        this.regexCount = regexCount;
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

    private void mapToken(int i, int outBase, int from) {
        map.addSameLineMapping(line, outBase + (i - from) - outLineStart, sourceIndex, i - origLineStart);
    }

    /** Copies {@code [from, to)} (code, never starting inside a string, comment or template text) with mappings. */
    private void copy(int from, int to) {
        if (from >= to) {
            return;
        }
        int outBase = out.length();
        out.append(text, from, to);
        int i = from;
        while (i < to) {
            char c = src[i];
            switch (c) {
                case ' ', '\t' -> {
                    // indentation: runs of blanks
                    i++;
                    while (i < to && (src[i] == ' ' || src[i] == '\t')) {
                        i++;
                    }
                }
                case '\u000B', '\f', '\u00A0', '\uFEFF', '\u2028', '\u2029' -> i++;
                case '\n' -> {
                    i++;
                    lineBreak(i, outBase, from);
                }
                case '\r' -> {
                    i++;
                    if (i < length && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i, outBase, from);
                }
                case '/' -> {
                    char n = i + 1 < length ? src[i + 1] : '\0';
                    if (isRegexAt(i)) {
                        mapToken(i, outBase, from);
                        i = regexSpans[regexNext * 2 - 1];
                    } else if (n == '/') {
                        i = skipLineComment(i + 2);
                    } else if (n == '*') {
                        i = skipBlockComment(i + 2, outBase, from);
                    } else {
                        mapToken(i, outBase, from);
                        i += n == '=' ? 2 : 1;
                    }
                }
                case '\'', '"' -> {
                    mapToken(i, outBase, from);
                    i = skipString(i, c, outBase, from);
                }
                case '`' -> {
                    mapToken(i, outBase, from);
                    i = skipTemplate(i + 1, outBase, from);
                }
                case '{' -> {
                    mapToken(i, outBase, from);
                    braceDepth++;
                    i++;
                }
                case '}' -> {
                    mapToken(i, outBase, from);
                    if (templateCount > 0 && templateDepths[templateCount - 1] == braceDepth) {
                        templateCount--;
                        i = skipTemplate(i + 1, outBase, from);
                    } else {
                        braceDepth--;
                        i++;
                    }
                }
                case '(', ')', '[', ']', ';', ',', '~', ':', '@' -> {
                    mapToken(i, outBase, from);
                    i++;
                }
                default -> {
                    if (c > 0x7f && Character.isSpaceChar(c)) {
                        i++;
                        continue;
                    }
                    mapToken(i, outBase, from);
                    if (c >= '0' && c <= '9' || c == '.' && i + 1 < length && isDigit(src[i + 1])) {
                        i = skipNumber(i);
                    } else if (isIdentifierChar(c) || c == '#') {
                        i = skipIdentifier(i + 1);
                    } else {
                        i += punctuatorLength(i);
                    }
                }
            }
        }
        if (i != to) {
            throw new IllegalStateException("token scan overran an edit at offset " + to + " (reached " + i + ")");
        }
    }

    private void lineBreak(int next, int outBase, int from) {
        line++;
        origLineStart = next;
        outLineStart = outBase + (next - from);
    }

    private boolean isRegexAt(int i) {
        while (regexNext < regexCount && regexSpans[regexNext * 2] < i) {
            regexNext++;
        }
        if (regexNext < regexCount && regexSpans[regexNext * 2] == i) {
            regexNext++;
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII chars that continue an identifier (or a number's digits): letters, digits, $, _ and \\ (escapes). */
    private static final boolean[] ASCII_IDENTIFIER_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_IDENTIFIER_CHAR[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '$' || c == '_' || c == '\\';
        }
    }

    private static boolean isIdentifierChar(char c) {
        return c < 128 ? ASCII_IDENTIFIER_CHAR[c]
                : !(Character.isSpaceChar(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF');
    }

    private int skipIdentifier(int i) {
        char[] src = this.src;
        int length = this.length;
        while (i < length) {
            char c = src[i];
            if (c < 128 && c != '\\') {
                if (!ASCII_IDENTIFIER_CHAR[c]) {
                    return i;
                }
                i++;
            } else if (c == '\\') {
                // \\uXXXX or \\u{X...}
                i += 2;
                if (i < length && src[i] == '{') {
                    while (i < length && src[i] != '}') {
                        i++;
                    }
                    i++;
                }
            } else if (isIdentifierChar(c)) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private int skipNumber(int i) {
        char c = src[i];
        if (c == '0' && i + 1 < length && "xXoObB".indexOf(src[i + 1]) >= 0) {
            i += 2;
            while (i < length && (isIdentifierChar(src[i]) && src[i] != '\\')) {
                i++;
            }
            return i;
        }
        while (i < length && (isDigit(src[i]) || src[i] == '_')) {
            i++;
        }
        if (i < length && src[i] == '.') {
            i++;
            while (i < length && (isDigit(src[i]) || src[i] == '_')) {
                i++;
            }
        }
        if (i < length && (src[i] == 'e' || src[i] == 'E')) {
            i++;
            if (i < length && (src[i] == '+' || src[i] == '-')) {
                i++;
            }
            while (i < length && (isDigit(src[i]) || src[i] == '_')) {
                i++;
            }
        }
        if (i < length && src[i] == 'n') {
            i++;
        }
        return i;
    }

    private int skipLineComment(int i) {
        while (i < length) {
            char c = src[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
            i++;
        }
        return i;
    }

    private int skipBlockComment(int i, int outBase, int from) {
        while (i < length) {
            char c = src[i];
            if (c == '*' && i + 1 < length && src[i + 1] == '/') {
                return i + 2;
            }
            i++;
            if (c == '\n') {
                lineBreak(i, outBase, from);
            } else if (c == '\r') {
                if (i < length && src[i] == '\n') {
                    i++;
                }
                lineBreak(i, outBase, from);
            }
        }
        return i;
    }

    private int skipString(int i, char quote, int outBase, int from) {
        i++;
        while (i < length) {
            char c = src[i++];
            if (c == quote) {
                return i;
            }
            if (c == '\\' && i < length) {
                char e = src[i++];
                if (e == '\n') {
                    lineBreak(i, outBase, from);
                } else if (e == '\r') {
                    if (i < length && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i, outBase, from);
                }
            }
        }
        return i;
    }

    /** Scans template text from {@code i} up to and including the closing backtick or {@code ${}. */
    private int skipTemplate(int i, int outBase, int from) {
        while (i < length) {
            char c = src[i++];
            switch (c) {
                case '`' -> {
                    return i;
                }
                case '\\' -> {
                    if (i < length) {
                        char e = src[i++];
                        if (e == '\n') {
                            lineBreak(i, outBase, from);
                        } else if (e == '\r') {
                            if (i < length && src[i] == '\n') {
                                i++;
                            }
                            lineBreak(i, outBase, from);
                        }
                    }
                }
                case '$' -> {
                    if (i < length && src[i] == '{') {
                        if (templateCount == templateDepths.length) {
                            templateDepths = java.util.Arrays.copyOf(templateDepths, templateCount * 2);
                        }
                        templateDepths[templateCount++] = braceDepth;
                        return i + 1;
                    }
                }
                case '\n' -> lineBreak(i, outBase, from);
                case '\r' -> {
                    if (i < length && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i, outBase, from);
                }
                default -> {
                }
            }
        }
        return i;
    }

    /** Length of the punctuator at {@code i} by longest match. */
    private int punctuatorLength(int i) {
        char c = src[i];
        char n = i + 1 < length ? src[i + 1] : '\0';
        char n2 = i + 2 < length ? src[i + 2] : '\0';
        switch (c) {
            case '.':
                return n == '.' && n2 == '.' ? 3 : 1;
            case '?':
                if (n == '?') {
                    return n2 == '=' ? 3 : 2;
                }
                return n == '.' && !isDigit(n2) ? 2 : 1;
            case '=':
                if (n == '>') {
                    return 2;
                }
                if (n == '=') {
                    return n2 == '=' ? 3 : 2;
                }
                return 1;
            case '!':
                if (n == '=') {
                    return n2 == '=' ? 3 : 2;
                }
                return 1;
            case '<':
                if (n == '<') {
                    return n2 == '=' ? 3 : 2;
                }
                return n == '=' ? 2 : 1;
            case '>':
                if (n == '>') {
                    if (n2 == '>') {
                        return i + 3 < length && src[i + 3] == '=' ? 4 : 3;
                    }
                    return n2 == '=' ? 3 : 2;
                }
                return n == '=' ? 2 : 1;
            case '*':
                if (n == '*') {
                    return n2 == '=' ? 3 : 2;
                }
                return n == '=' ? 2 : 1;
            case '&':
            case '|':
                if (n == c) {
                    return n2 == '=' ? 3 : 2;
                }
                return n == '=' ? 2 : 1;
            case '+':
            case '-':
                return n == c || n == '=' ? 2 : 1;
            case '%':
            case '^':
                return n == '=' ? 2 : 1;
            default:
                return 1;
        }
    }
}
