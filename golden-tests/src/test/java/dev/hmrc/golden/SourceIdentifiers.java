package dev.hmrc.golden;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the identifier tokens of an ES module's text with their positions,
 * independently of the transformer: a small lexer (comments, strings, nested
 * templates, regex literals by the usual previous-token rule, private names,
 * shebang) followed by one pass that drops the tokens of import and
 * export-list declarations, which the transform blanks. Reserved words are not
 * identifiers; contextual words (of, get, set, async, as, from, ...) are.
 */
final class SourceIdentifiers {

    /** An identifier occurrence: 0-based line, 0-based UTF-16 column, its text. */
    record Identifier(int line, int column, String name) {
        @Override
        public String toString() {
            return (line + 1) + ":" + column + " " + name;
        }
    }

    private enum Kind { IDENT, PUNCT, STRING, NUMBER, REGEX, TEMPLATE, PRIVATE }

    private record Token(Kind kind, String text, int line, int column, int depth) {
        boolean is(String s) {
            return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
        }
    }

    private static final Set<String> RESERVED = Set.of(
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
            "else", "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof",
            "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while",
            "with", "yield", "await", "null", "true", "false", "enum",
            // reserved in strict code, which module code always is
            "let", "static", "implements", "interface", "package", "private", "protected", "public");

    /** Words after which a slash starts a regex rather than a division. */
    private static final Set<String> REGEX_AFTER_WORD = Set.of(
            "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "yield",
            "await", "instanceof", "export", "default");

    private final String src;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;
    private final List<Token> tokens = new ArrayList<>();
    /** Brace depths at which an open template substitution resumes its template. */
    private final Deque<Integer> templateResume = new ArrayDeque<>();

    private SourceIdentifiers(String src) {
        this.src = src;
    }

    /** The identifiers of {@code source} that the transformed output must map back. */
    static List<Identifier> of(String source) {
        SourceIdentifiers lexer = new SourceIdentifiers(source);
        lexer.lex();
        return lexer.keptIdentifiers();
    }

    private void lex() {
        if (src.startsWith("#!")) {
            while (pos < src.length() && !isLineEnd(src.charAt(pos))) {
                pos++;
            }
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isLineEnd(c)) {
                newline();
            } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\ufeff' || c == '\u000b' || c == '\f') {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && !isLineEnd(src.charAt(pos))) {
                    pos++;
                }
            } else if (src.startsWith("/*", pos)) {
                int end = src.indexOf("*/", pos + 2);
                end = end < 0 ? src.length() : end + 2;
                while (pos < end) {
                    if (isLineEnd(src.charAt(pos))) {
                        newline();
                    } else {
                        pos++;
                    }
                }
            } else if (c == '"' || c == '\'') {
                lexString(c);
            } else if (c == '`') {
                pos++;
                lexTemplateRest();
            } else if (c == '}' && !templateResume.isEmpty() && templateResume.peek() == depth) {
                templateResume.pop();
                pos++;
                lexTemplateRest();
            } else if (c == '#' ) {
                int start = pos;
                pos++;
                skipIdentifierParts();
                add(Kind.PRIVATE, start);
            } else if (isIdentifierStart(src.codePointAt(pos))) {
                int start = pos;
                skipIdentifierParts();
                add(Kind.IDENT, start);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                        || src.charAt(pos) == '_')) {
                    pos++;
                }
                add(Kind.NUMBER, start);
            } else if (c == '/' && regexAllowed()) {
                lexRegex();
            } else {
                int start = pos;
                pos++;
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ')' || c == ']') {
                    depth--;
                }
                add(Kind.PUNCT, start);
            }
        }
    }

    private void lexString(char quote) {
        int start = pos;
        pos++;
        while (pos < src.length() && src.charAt(pos) != quote) {
            if (src.charAt(pos) == '\\') {
                pos++;
                if (pos < src.length() && isLineEnd(src.charAt(pos))) {
                    newline();
                    continue;
                }
            }
            pos++;
        }
        pos++;
        add(Kind.STRING, start);
    }

    /** Lexes template characters after a backtick or a closing substitution brace. */
    private void lexTemplateRest() {
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '`') {
                pos++;
                add(Kind.TEMPLATE, start);
                return;
            } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                pos += 2;
                add(Kind.TEMPLATE, start);
                templateResume.push(depth);
                return;
            } else if (isLineEnd(c)) {
                newline();
            } else {
                pos++;
            }
        }
    }

    private void lexRegex() {
        int start = pos;
        pos++;
        boolean inClass = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            pos++;
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
        }
        skipIdentifierParts();
        add(Kind.REGEX, start);
    }

    private boolean regexAllowed() {
        if (tokens.isEmpty()) {
            return true;
        }
        Token last = tokens.get(tokens.size() - 1);
        return switch (last.kind()) {
            case IDENT -> REGEX_AFTER_WORD.contains(last.text());
            case PUNCT -> !(last.is(")") || last.is("]") || last.is("}"));
            case TEMPLATE -> last.text().endsWith("${");
            default -> false;
        };
    }

    private void skipIdentifierParts() {
        while (pos < src.length()) {
            int cp = src.codePointAt(pos);
            if (cp == '$' || cp == '_' || cp == 0x200c || cp == 0x200d || Character.isUnicodeIdentifierPart(cp)
                    && !Character.isIdentifierIgnorable(cp)) {
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '$' || cp == '_' || cp == '\\' || Character.isUnicodeIdentifierStart(cp);
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void add(Kind kind, int start) {
        // Tokens that span lines (templates, block strings) report their start position;
        // only identifiers matter and they never span lines.
        int column = start - lineStart;
        tokens.add(new Token(kind, src.substring(start, Math.min(pos, src.length())), line, column, depth));
    }

    /** Drops blanked declarations, then keeps the non-reserved identifier tokens. */
    private List<Identifier> keptIdentifiers() {
        List<Identifier> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth() == 0 && t.kind() == Kind.IDENT && isStatementStart(i)) {
                int end = blankedDeclarationEnd(i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            boolean importMeta = i >= 2 && t.is("meta") && tokens.get(i - 1).is(".") && tokens.get(i - 2).is("import");
            if (t.kind() == Kind.IDENT && !RESERVED.contains(t.text()) && !importMeta) {
                kept.add(new Identifier(t.line(), t.column(), t.text()));
            }
        }
        return kept;
    }

    private boolean isStatementStart(int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        return previous.is(";") || previous.is("}") || previous.line() < tokens.get(i).line();
    }

    /** The index of the module specifier string after the next {@code from} at or after token i. */
    private int specifierAfterFrom(int i) {
        int j = i;
        while (j + 1 < tokens.size() && !(tokens.get(j).is("from") && tokens.get(j + 1).kind() == Kind.STRING)) {
            j++;
        }
        return j + 1;
    }

    /**
     * If token i starts an import declaration or an export that the transform
     * blanks entirely ({@code export {..}}, {@code export * ...}), the index of its
     * last token; otherwise i.
     */
    private int blankedDeclarationEnd(int i) {
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (next == null) {
            return i;
        }
        int j;
        if (t.is("import") && !next.is("(") && !next.is(".")) {
            j = next.kind() == Kind.STRING ? i + 1 : specifierAfterFrom(i + 1);
        } else if (t.is("export") && next.is("{")) {
            j = i + 1;
            while (j < tokens.size() && !tokens.get(j).is("}")) {
                j++;
            }
            if (j + 1 < tokens.size() && tokens.get(j + 1).is("from")) {
                j += 2;
            }
        } else if (t.is("export") && next.is("*")) {
            j = specifierAfterFrom(i + 1);
        } else {
            return i;
        }
        // Optional attributes clause, then an optional semicolon.
        if (j + 2 < tokens.size() && tokens.get(j + 1).is("with") && tokens.get(j + 2).is("{")) {
            j += 2;
            while (j < tokens.size() && !tokens.get(j).is("}")) {
                j++;
            }
        }
        if (j + 1 < tokens.size() && tokens.get(j + 1).is(";")) {
            j++;
        }
        return Math.min(j, tokens.size() - 1);
    }
}
