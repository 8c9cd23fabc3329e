package dev.hmrc.transformer;

import java.util.Collection;

/**
 * The token scanner, run once over the whole source before anything is written: finds the start of every
 * token that gets a mapping (identifiers, keywords, punctuators, numbers, strings, template pieces, regular
 * expressions; comments and whitespace get none), the start of every line, and the identifiers whose name is
 * one the scope pass looks at (an import's local name, {@code arguments}, {@code import}) so that pass only
 * visits the parts of the tree that hold one. Regular expression literals are taken from the parser's spans,
 * so the scanner never has to tell a division from a regex.
 *
 * <p>Line terminators are LF, CR and CR LF (as the source-map consumers and the engine's stack traces count
 * them); U+2028/U+2029 do not start a line.
 */
final class TokenScan {
    private final String text;
    private final char[] src;
    /**
     * No CR, U+2028 or U+2029 in the text: comments end at the next LF or star-slash, found with
     * String.indexOf (vectorised by the JDK) instead of a char loop.
     */
    private final boolean onlyLineFeeds;
    private final int length;
    private final int[] regexSpans;
    private final int regexCount;
    private final NameTable names;
    private int regexNext;

    /** Brace depths at which an open template literal continues ({@code ${ ... }}). */
    private int[] templateDepths = new int[8];
    private int templateCount;
    private int braceDepth;
    /** The previous token was {@code .} or {@code ?.}: an identifier now is a property name. */
    private boolean afterDot;

    /** Start offsets of the mapped tokens, ascending. */
    int[] tokens;
    int tokenCount;
    /** Offsets just after each line terminator, ascending. */
    int[] lineStarts = new int[64];
    int lineCount;
    /** Start offsets of identifiers with a name of interest (or with an escape), ascending. */
    int[] candidates = new int[16];
    int candidateCount;

    /**
     * @param source     the text
     * @param src        the text as chars
     * @param regexSpans regular expression literal spans, sorted (start, end pairs)
     * @param regexCount number of spans
     * @param names      the identifier names to report as candidates, or null for none
     */
    TokenScan(String source, char[] src, int[] regexSpans, int regexCount, Collection<String> names) {
        this.text = source;
        this.src = src;
        this.onlyLineFeeds = source.indexOf('\r') < 0 && source.indexOf('\u2028') < 0 && source.indexOf('\u2029') < 0;
        this.length = source.length();
        this.regexSpans = regexSpans;
        this.regexCount = regexCount;
        this.names = names == null ? null : new NameTable(names);
        this.tokens = new int[Math.max(16, length / 4)];
    }

    /** ASCII chars that continue an identifier (or a number's digits): letters, digits, $, _ and \\ (escapes). */
    private static final boolean[] ASCII_IDENTIFIER_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_IDENTIFIER_CHAR[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '$' || c == '_' || c == '\\';
        }
    }

    /** What an ASCII char starts, for the scanner's dispatch (one table lookup, then a dense switch). */
    private static final byte BLANK = 0;
    private static final byte OTHER_SPACE = 1;
    private static final byte LF = 2;
    private static final byte CR = 3;
    private static final byte SLASH = 4;
    private static final byte QUOTE = 5;
    private static final byte BACKTICK = 6;
    private static final byte OPEN_BRACE = 7;
    private static final byte CLOSE_BRACE = 8;
    private static final byte SINGLE = 9;
    private static final byte DIGIT = 10;
    private static final byte NAME = 11;
    private static final byte DOT = 12;
    private static final byte OPERATOR = 13;
    private static final byte[] KIND = new byte[128];

    static {
        java.util.Arrays.fill(KIND, OPERATOR);
        KIND[' '] = BLANK;
        KIND['\t'] = BLANK;
        KIND[0x0B] = OTHER_SPACE;
        KIND['\f'] = OTHER_SPACE;
        KIND['\n'] = LF;
        KIND['\r'] = CR;
        KIND['/'] = SLASH;
        KIND['\''] = QUOTE;
        KIND['"'] = QUOTE;
        KIND['`'] = BACKTICK;
        KIND['{'] = OPEN_BRACE;
        KIND['}'] = CLOSE_BRACE;
        for (char c : "()[];,~:@".toCharArray()) {
            KIND[c] = SINGLE;
        }
        for (char c = '0'; c <= '9'; c++) {
            KIND[c] = DIGIT;
        }
        for (char c = 0; c < 128; c++) {
            if (ASCII_IDENTIFIER_CHAR[c] && KIND[c] != DIGIT || c == '#') {
                KIND[c] = NAME;
            }
        }
        KIND['.'] = DOT;
    }

    /** The kind of a char above ASCII: white space, or part of a name. */
    private static byte kindAboveAscii(char c) {
        return c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || Character.isSpaceChar(c)
                ? OTHER_SPACE : NAME;
    }

    /** Scans {@code [from, length)}; {@code from} is 0 or the end of a {@code #!} line. */
    TokenScan scan(int from) {
        char[] src = this.src;
        int to = length;
        int i = from;
        while (i < to) {
            char c = src[i];
            byte kind = c < 128 ? KIND[c] : kindAboveAscii(c);
            switch (kind) {
                case BLANK -> {
                    // indentation: runs of blanks
                    i++;
                    while (i < to && (src[i] == ' ' || src[i] == '\t')) {
                        i++;
                    }
                }
                case OTHER_SPACE -> i++;
                case LF -> {
                    i++;
                    lineBreak(i);
                }
                case CR -> {
                    i++;
                    if (i < to && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i);
                }
                case SLASH -> {
                    char n = i + 1 < to ? src[i + 1] : '\0';
                    if (isRegexAt(i)) {
                        addToken(i);
                        i = regexSpans[regexNext * 2 - 1];
                    } else if (n == '/') {
                        i = skipLineComment(i + 2);
                    } else if (n == '*') {
                        i = skipBlockComment(i + 2);
                    } else {
                        addToken(i);
                        i += n == '=' ? 2 : 1;
                    }
                }
                case QUOTE -> {
                    addToken(i);
                    i = skipString(i, c);
                }
                case BACKTICK -> {
                    addToken(i);
                    i = skipTemplate(i + 1);
                }
                case OPEN_BRACE -> {
                    addToken(i);
                    braceDepth++;
                    i++;
                }
                case CLOSE_BRACE -> {
                    addToken(i);
                    if (templateCount > 0 && templateDepths[templateCount - 1] == braceDepth) {
                        templateCount--;
                        i = skipTemplate(i + 1);
                    } else {
                        braceDepth--;
                        i++;
                    }
                }
                case SINGLE -> {
                    addToken(i);
                    i++;
                }
                case DIGIT -> {
                    addToken(i);
                    i = skipNumber(i);
                }
                case NAME -> {
                    boolean propertyName = afterDot;
                    addToken(i);
                    int end = skipIdentifier(i + 1);
                    if (!propertyName && names != null && (escaped || c == '\\' || names.matches(src, i, end))) {
                        addCandidate(i);
                    }
                    i = end;
                }
                case DOT -> {
                    addToken(i);
                    if (i + 1 < to && isDigit(src[i + 1])) {
                        i = skipNumber(i);
                    } else {
                        int n = punctuatorLength(i);
                        afterDot = n == 1; // a name after . (or ?.) is a property name, never a reference
                        i += n;
                    }
                }
                default -> {
                    addToken(i);
                    int n = punctuatorLength(i);
                    afterDot = c == '?' && n == 2 && src[i + 1] == '.';
                    i += n;
                }
            }
        }
        return this;
    }

    private void addToken(int i) {
        if (tokenCount == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, tokenCount + (tokenCount >> 1) + 16);
        }
        tokens[tokenCount++] = i;
        afterDot = false;
    }

    private void addCandidate(int i) {
        if (candidateCount == candidates.length) {
            candidates = java.util.Arrays.copyOf(candidates, candidateCount * 2);
        }
        candidates[candidateCount++] = i;
    }

    private void lineBreak(int next) {
        if (lineCount == lineStarts.length) {
            lineStarts = java.util.Arrays.copyOf(lineStarts, lineCount * 2);
        }
        lineStarts[lineCount++] = next;
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

    private static boolean isIdentifierChar(char c) {
        return c < 128 ? ASCII_IDENTIFIER_CHAR[c]
                : !(Character.isSpaceChar(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF');
    }

    /** Set by {@link #skipIdentifier}: the identifier has a backslash (an escape) after its first char. */
    private boolean escaped;

    private int skipIdentifier(int i) {
        char[] src = this.src;
        int length = this.length;
        escaped = false;
        while (i < length) {
            char c = src[i];
            if (c < 128 && c != '\\') {
                if (!ASCII_IDENTIFIER_CHAR[c]) {
                    return i;
                }
                i++;
            } else if (c == '\\') {
                // \\uXXXX or \\u{X...}
                escaped = true;
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
        if (onlyLineFeeds) {
            int end = text.indexOf('\n', i);
            return end < 0 ? length : end;
        }
        while (i < length) {
            char c = src[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
            i++;
        }
        return i;
    }

    private int skipBlockComment(int i) {
        if (onlyLineFeeds) {
            int close = text.indexOf("*/", i);
            int end = close < 0 ? length : close;
            for (int lf = text.indexOf('\n', i); lf >= 0 && lf < end; lf = text.indexOf('\n', lf + 1)) {
                lineBreak(lf + 1);
            }
            return close < 0 ? length : close + 2;
        }
        while (i < length) {
            char c = src[i];
            if (c == '*' && i + 1 < length && src[i + 1] == '/') {
                return i + 2;
            }
            i++;
            if (c == '\n') {
                lineBreak(i);
            } else if (c == '\r') {
                if (i < length && src[i] == '\n') {
                    i++;
                }
                lineBreak(i);
            }
        }
        return i;
    }

    private int skipString(int i, char quote) {
        i++;
        while (i < length) {
            char c = src[i++];
            if (c == quote) {
                return i;
            }
            if (c == '\\' && i < length) {
                char e = src[i++];
                if (e == '\n') {
                    lineBreak(i);
                } else if (e == '\r') {
                    if (i < length && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i);
                }
            }
        }
        return i;
    }

    /** Scans template text from {@code i} up to and including the closing backtick or {@code ${}. */
    private int skipTemplate(int i) {
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
                            lineBreak(i);
                        } else if (e == '\r') {
                            if (i < length && src[i] == '\n') {
                                i++;
                            }
                            lineBreak(i);
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
                case '\n' -> lineBreak(i);
                case '\r' -> {
                    if (i < length && src[i] == '\n') {
                        i++;
                    }
                    lineBreak(i);
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

    /**
     * A small open-addressing set of names, probed with the identifier's chars in place (the hash is
     * {@link String#hashCode()}'s, computed over the chars) so no String is made per identifier.
     * (An identifier with an escape is a candidate whatever it spells: the scanner does not decode it.)
     */
    static final class NameTable {
        private final String[] keys;
        private final int[] hashes;
        private final int mask;
        private final int minLength;
        private final int maxLength;
        /** Bit c set: some name starts with the ASCII char c (names starting with other chars always pass). */
        private final long[] firstChars = new long[2];

        NameTable(Collection<String> names) {
            int capacity = Integer.highestOneBit(Math.max(4, names.size() * 3)) * 2;
            keys = new String[capacity];
            hashes = new int[capacity];
            mask = capacity - 1;
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (String name : names) {
                int h = name.hashCode();
                int slot = spread(h) & mask;
                while (keys[slot] != null && !keys[slot].equals(name)) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = name;
                hashes[slot] = h;
                char first = name.isEmpty() ? 0 : name.charAt(0);
                if (first < 128) {
                    firstChars[first >> 6] |= 1L << first;
                } else {
                    firstChars[0] = -1;
                    firstChars[1] = -1;
                }
                min = Math.min(min, name.length());
                max = Math.max(max, name.length());
            }
            minLength = min;
            maxLength = max;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }

        boolean matches(char[] src, int start, int end) {
            int n = end - start;
            if (n < minLength || n > maxLength) {
                return false;
            }
            char first = src[start];
            if (first < 128 && (firstChars[first >> 6] & (1L << first)) == 0) {
                return false;
            }
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + src[i];
            }
            for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == h && keys[slot].length() == n) {
                    String key = keys[slot];
                    int k = 0;
                    while (k < n && key.charAt(k) == src[start + k]) {
                        k++;
                    }
                    if (k == n) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
