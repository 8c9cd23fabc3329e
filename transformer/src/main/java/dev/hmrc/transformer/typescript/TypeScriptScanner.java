package dev.hmrc.transformer.typescript;

/**
 * The tokens of a TypeScript module, scanned on demand for {@link TypeStripper}. The parser
 * decides what a {@code /} or a {@code }} means: the scanner always reads {@code /} as an
 * operator and {@code }} as a brace, and the parser asks for {@link #rescanRegex()} or
 * {@link #continueTemplate()} where it expects an operand or a template's next part. A
 * {@code >} is always one token (so {@code Array<Array<T>>} closes twice); the parser joins
 * {@code >>}, {@code >=}, ... where it reads an operator.
 *
 * <p>Mutable: one instance per strip, owned by its {@link TypeStripper}.
 */
final class TypeScriptScanner {
    static final int EOF = 0;
    static final int NAME = 1;
    static final int PRIVATE_NAME = 2;
    static final int STRING = 3;
    static final int NUMBER = 4;
    /** A template without substitutions, {@code `...`}. */
    static final int TEMPLATE_FULL = 5;
    /** {@code `...${} */
    static final int TEMPLATE_HEAD = 6;
    /** {@code }...${} */
    static final int TEMPLATE_MIDDLE = 7;
    /** {@code }...`} */
    static final int TEMPLATE_TAIL = 8;
    static final int REGEX = 9;
    static final int PUNCT = 10;

    final String source;
    private final int length;

    /** Where the next token's scan starts. */
    private int position;
    /** The current token's kind. */
    int kind;
    /** The current token's first char. */
    int start;
    /** Just after the current token's last char. */
    int end;
    /** Whether a line terminator comes between the previous token and this one. */
    boolean newlineBefore;
    /** The punctuator's text (a constant) when {@link #kind} is {@link #PUNCT}. */
    String punct;

    TypeScriptScanner(String source) {
        this.source = source;
        this.length = source.length();
        int first = 0;
        if (source.startsWith("#!")) {
            while (first < length && !isLineTerminator(source.charAt(first))) {
                first++;
            }
        }
        position = first;
    }

    /** The scanner's whole state, to come back to after a speculative parse. */
    record Mark(int position, int kind, int start, int end, boolean newlineBefore, String punct) {
    }

    Mark mark() {
        return new Mark(position, kind, start, end, newlineBefore, punct);
    }

    void reset(Mark mark) {
        position = mark.position;
        kind = mark.kind;
        start = mark.start;
        end = mark.end;
        newlineBefore = mark.newlineBefore;
        punct = mark.punct;
    }

    /** White space that is not a line terminator (ECMA-262 WhiteSpace). */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\u000b' || c == '\u000c' || c == '\u00a0' || c == '\ufeff'
                || c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** A {@code <<} where a type's {@code <} is expected: becomes {@code <}, the second one scanned next. */
    void splitLessThan() {
        if (kind == PUNCT && punct == "<<") {
            punct = "<";
            end = start + 1;
            position = end;
        }
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Reads the next token. */
    void next() {
        newlineBefore = skipTrivia();
        start = position;
        if (position >= length) {
            kind = EOF;
            end = position;
            return;
        }
        char c = source.charAt(position);
        if (c < 128 ? IDENTIFIER_START[c] : c == '\\' || isIdentifierStartAbove(position)) {
            scanName();
            kind = NAME;
        } else if (c == '\\') {
            scanName();
            kind = NAME;
        } else if (c >= '0' && c <= '9' || c == '.' && position + 1 < length && isDigit(source.charAt(position + 1))) {
            scanNumber();
            kind = NUMBER;
        } else if (c == '"' || c == '\'') {
            scanString(c);
            kind = STRING;
        } else if (c == '`') {
            position++;
            kind = scanTemplateChars() ? TEMPLATE_HEAD : TEMPLATE_FULL;
        } else if (c == '#' && position + 1 < length && isNameStartAt(position + 1)) {
            position++;
            scanName();
            kind = PRIVATE_NAME;
        } else {
            punct = scanPunctuator(c);
            kind = PUNCT;
        }
        end = position;
    }

    /** The current {@code /} or {@code /=} is the start of a regular expression: reads it whole. */
    void rescanRegex() {
        int p = start + 1;
        boolean inClass = false;
        while (p < length) {
            char c = source.charAt(p);
            if (c == '\\') {
                p += 2;
                continue;
            }
            if (isLineTerminator(c)) {
                break;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                p++;
                break;
            }
            p++;
        }
        while (p < length && isNamePartAt(p)) {
            p++;
        }
        position = Math.min(p, length);
        end = position;
        kind = REGEX;
    }

    /** The current {@code }} closes a template substitution: reads the template's next part. */
    void continueTemplate() {
        position = start + 1;
        kind = scanTemplateChars() ? TEMPLATE_MIDDLE : TEMPLATE_TAIL;
        end = position;
    }

    /** Whether the current token is the name {@code word} (a keyword or an identifier). */
    boolean isName(String word) {
        return kind == NAME && end - start == word.length() && source.startsWith(word, start);
    }

    /** Whether the current token is the punctuator {@code p}. */
    boolean isPunct(String p) {
        return kind == PUNCT && punct == p;
    }

    String text() {
        return source.substring(start, end);
    }

    /** Skips whitespace and comments; returns whether a line terminator was among them. */
    private boolean skipTrivia() {
        boolean newline = false;
        while (position < length) {
            char c = source.charAt(position);
            if (c == ' ' || c == '\t') {
                position++;
            } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                newline = true;
                position++;
            } else if (c == '/' && position + 1 < length) {
                char d = source.charAt(position + 1);
                if (d == '/') {
                    position += 2;
                    while (position < length && !isLineTerminator(source.charAt(position))) {
                        position++;
                    }
                } else if (d == '*') {
                    int close = source.indexOf("*/", position + 2);
                    int stop = close < 0 ? length : close + 2;
                    for (int i = position + 2; i < stop && !newline; i++) {
                        newline = isLineTerminator(source.charAt(i));
                    }
                    position = stop;
                } else {
                    return newline;
                }
            } else if (c == '\u000b' || c == '\u000c' || c == '\u00a0' || c == '\ufeff'
                    || c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR) {
                position++;
            } else {
                return newline;
            }
        }
        return newline;
    }

    private static final boolean[] IDENTIFIER_START = new boolean[128];
    private static final boolean[] IDENTIFIER_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            IDENTIFIER_START[c] = Character.isLetter(c) || c == '$' || c == '_';
            IDENTIFIER_PART[c] = IDENTIFIER_START[c] || isDigit(c);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isIdentifierStartAbove(int at) {
        int cp = source.codePointAt(at);
        return Character.isUnicodeIdentifierStart(cp);
    }

    private boolean isNameStartAt(int at) {
        char c = source.charAt(at);
        return c < 128 ? IDENTIFIER_START[c] || c == '\\' : isIdentifierStartAbove(at);
    }

    private boolean isNamePartAt(int at) {
        char c = source.charAt(at);
        if (c < 128) {
            return IDENTIFIER_PART[c] || c == '\\';
        }
        int cp = source.codePointAt(at);
        return Character.isUnicodeIdentifierPart(cp) || cp == 0x200c || cp == 0x200d;
    }

    private void scanName() {
        while (position < length) {
            char c = source.charAt(position);
            if (c < 128) {
                if (IDENTIFIER_PART[c]) {
                    position++;
                } else if (c == '\\') {
                    position += 2; // \\uXXXX or \\u{...}
                    if (position < length && source.charAt(position) == '{') {
                        int close = source.indexOf('}', position);
                        position = close < 0 ? length : close + 1;
                    } else {
                        position = Math.min(length, position + 4);
                    }
                } else {
                    return;
                }
            } else if (isNamePartAt(position)) {
                position += Character.charCount(source.codePointAt(position));
            } else {
                return;
            }
        }
    }

    private void scanNumber() {
        char c = source.charAt(position);
        if (c == '0' && position + 1 < length && "xXoObB".indexOf(source.charAt(position + 1)) >= 0) {
            position += 2;
            while (position < length && (Character.isLetterOrDigit(source.charAt(position))
                    || source.charAt(position) == '_')) {
                position++;
            }
            return;
        }
        while (position < length && (isDigit(source.charAt(position)) || source.charAt(position) == '_')) {
            position++;
        }
        if (position < length && source.charAt(position) == '.') {
            position++;
            while (position < length && (isDigit(source.charAt(position)) || source.charAt(position) == '_')) {
                position++;
            }
        }
        if (position < length && (source.charAt(position) == 'e' || source.charAt(position) == 'E')) {
            position++;
            if (position < length && (source.charAt(position) == '+' || source.charAt(position) == '-')) {
                position++;
            }
            while (position < length && (isDigit(source.charAt(position)) || source.charAt(position) == '_')) {
                position++;
            }
        }
        if (position < length && source.charAt(position) == 'n') {
            position++;
        }
    }

    private void scanString(char quote) {
        position++;
        while (position < length) {
            char c = source.charAt(position);
            if (c == quote) {
                position++;
                return;
            }
            if (c == '\\') {
                position += 2;
                continue;
            }
            if (c == '\n' || c == '\r') {
                return;
            }
            position++;
        }
        position = length;
    }

    /** Scans template characters after a {@code `} or {@code }}: true when a {@code ${} ends them. */
    private boolean scanTemplateChars() {
        while (position < length) {
            char c = source.charAt(position);
            if (c == '`') {
                position++;
                return false;
            }
            if (c == '\\') {
                position += 2;
                continue;
            }
            if (c == '$' && position + 1 < length && source.charAt(position + 1) == '{') {
                position += 2;
                return true;
            }
            position++;
        }
        position = length;
        return false;
    }

    private boolean at(int offset, char c) {
        return position + offset < length && source.charAt(position + offset) == c;
    }

    private String scanPunctuator(char c) {
        switch (c) {
            case '{': position++; return "{";
            case '}': position++; return "}";
            case '(': position++; return "(";
            case ')': position++; return ")";
            case '[': position++; return "[";
            case ']': position++; return "]";
            case ';': position++; return ";";
            case ',': position++; return ",";
            case '~': position++; return "~";
            case '@': position++; return "@";
            case ':': position++; return ":";
            case '>': position++; return ">";
            case '.':
                if (at(1, '.') && at(2, '.')) {
                    position += 3;
                    return "...";
                }
                position++;
                return ".";
            case '?':
                if (at(1, '?')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "??=";
                    }
                    position += 2;
                    return "??";
                }
                if (at(1, '.') && !(position + 2 < length && isDigit(source.charAt(position + 2)))) {
                    position += 2;
                    return "?.";
                }
                position++;
                return "?";
            case '=':
                if (at(1, '>')) {
                    position += 2;
                    return "=>";
                }
                if (at(1, '=')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "===";
                    }
                    position += 2;
                    return "==";
                }
                position++;
                return "=";
            case '!':
                if (at(1, '=')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "!==";
                    }
                    position += 2;
                    return "!=";
                }
                position++;
                return "!";
            case '+':
                if (at(1, '+')) {
                    position += 2;
                    return "++";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "+=";
                }
                position++;
                return "+";
            case '-':
                if (at(1, '-')) {
                    position += 2;
                    return "--";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "-=";
                }
                position++;
                return "-";
            case '*':
                if (at(1, '*')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "**=";
                    }
                    position += 2;
                    return "**";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "*=";
                }
                position++;
                return "*";
            case '/':
                if (at(1, '=')) {
                    position += 2;
                    return "/=";
                }
                position++;
                return "/";
            case '%':
                if (at(1, '=')) {
                    position += 2;
                    return "%=";
                }
                position++;
                return "%";
            case '<':
                if (at(1, '<')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "<<=";
                    }
                    position += 2;
                    return "<<";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "<=";
                }
                position++;
                return "<";
            case '&':
                if (at(1, '&')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "&&=";
                    }
                    position += 2;
                    return "&&";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "&=";
                }
                position++;
                return "&";
            case '|':
                if (at(1, '|')) {
                    if (at(2, '=')) {
                        position += 3;
                        return "||=";
                    }
                    position += 2;
                    return "||";
                }
                if (at(1, '=')) {
                    position += 2;
                    return "|=";
                }
                position++;
                return "|";
            case '^':
                if (at(1, '=')) {
                    position += 2;
                    return "^=";
                }
                position++;
                return "^";
            case '#':
                position++;
                return "#";
            default:
                position += Character.charCount(source.codePointAt(position));
                return "?unknown";
        }
    }
}
