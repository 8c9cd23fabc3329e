package dev.hmrc.transformer;

import com.oracle.js.parser.ir.ClassNode;
import com.oracle.js.parser.ir.ExportNode;
import com.oracle.js.parser.ir.Expression;
import com.oracle.js.parser.ir.FunctionNode;
import com.oracle.js.parser.ir.ImportNode;
import com.oracle.js.parser.ir.Module;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Edits for the module's import and export statements: imports and
 * {@code export ... from} / {@code export {...}} are blanked (an empty statement
 * {@code ;} keeps statement boundaries as ASI saw them, line terminators stay);
 * {@code export} before a declaration is dropped; {@code export default} becomes a
 * declaration of the default binding. Statement ends are found with a tiny token
 * reader over the source (the parser's finish offsets of these nodes are not exact).
 */
final class ModuleStatements {
    private final String src;
    private final String prefix;
    private final List<Edit> edits;
    private final ModuleAnalysis analysis;

    /** The default export is an anonymous function declaration: its name must be set to "default". */
    boolean anonymousDefaultFunction;

    ModuleStatements(String src, String prefix, List<Edit> edits, ModuleAnalysis analysis) {
        this.src = src;
        this.prefix = prefix;
        this.edits = edits;
        this.analysis = analysis;
    }

    void addEdits(Module module) {
        Set<Integer> done = new HashSet<>();
        for (ImportNode node : module.getImports()) {
            int start = node.getStart();
            if (done.add(start)) {
                expectKeyword(start, "import");
                blank(start, importEnd(start + 6));
            }
        }
        for (ExportNode node : module.getExports()) {
            int start = node.getStart();
            if (!done.add(start)) {
                continue;
            }
            expectKeyword(start, "export");
            if (node.isDefault()) {
                exportDefault(node, start);
            } else if (node.getNamedExports() != null || node.getModuleSpecifier() != null
                    || node.getVar() == null && node.getExpression() == null) {
                blank(start, exportEnd(start + 6, node.getModuleSpecifier() != null));
            } else {
                // export var/let/const/function/class/async function: keep the declaration.
                blank(start, skipTrivia(start + 6));
            }
        }
    }

    private void exportDefault(ExportNode node, int start) {
        int afterExport = skipTrivia(start + 6);
        expectKeyword(afterExport, "default");
        int body = skipTrivia(afterExport + 7);
        Expression expression = node.getExpression();
        String declaration = declarationKeyword(body);
        if (declaration != null && expression instanceof FunctionNode function) {
            blank(start, body);
            if (function.isAnonymous() || function.getIdent() == null) {
                anonymousDefaultFunction = true;
                int paren = body;
                while (src.charAt(paren) != '(') {
                    paren = skipTrivia(tokenEnd(paren));
                }
                String name = prefix + "default";
                boolean needsSpace = paren > 0 && Character.isJavaIdentifierPart(src.charAt(paren - 1));
                edits.add(new Edit(paren, paren, needsSpace ? " " + name : name, Edit.UNMAPPED, null, -1,
                        analysis.nextSequence()));
            }
            return;
        }
        if (declaration != null && expression instanceof ClassNode cls) {
            if (cls.getIdent() != null) {
                blank(start, body);
            } else {
                int end = cls.getFinish();
                if (src.charAt(end - 1) != '}') {
                    throw new IllegalStateException("class declaration does not end with } at offset " + end);
                }
                blank(start, body, ";const " + prefix + "default = {default: ");
                edits.add(new Edit(end, end, "}.default;", Edit.UNMAPPED, null, -1, analysis.nextSequence()));
            }
            return;
        }
        boolean anonymous = expression instanceof FunctionNode f && (f.isAnonymous() || f.getIdent() == null)
                || expression instanceof ClassNode c && c.getIdent() == null;
        if (!anonymous) {
            blank(start, body, ";const " + prefix + "default = ");
            return;
        }
        // Anonymous function, arrow or class expression, maybe parenthesised: name it "default".
        int opens = 0;
        for (int p = body; p < expression.getStart(); p = skipTrivia(p + 1)) {
            if (src.charAt(p) != '(') {
                throw new IllegalStateException("unexpected token before default export at offset " + p);
            }
            opens++;
        }
        int end = expression.getFinish();
        for (int k = 0; k < opens; k++) {
            int p = skipTrivia(end);
            if (p >= src.length() || src.charAt(p) != ')') {
                throw new IllegalStateException("missing ) after default export at offset " + p);
            }
            end = p + 1;
        }
        blank(start, body, ";const " + prefix + "default = {default: ");
        edits.add(new Edit(end, end, "}.default", Edit.UNMAPPED, null, -1, analysis.nextSequence()));
    }

    /** "function", "class" or "async" (followed by function on the same line) at {@code p}, else null. */
    private String declarationKeyword(int p) {
        if (isWord(p, "function")) {
            return "function";
        }
        if (isWord(p, "class")) {
            return "class";
        }
        if (isWord(p, "async")) {
            int q = p + 5;
            int r = skipTrivia(q);
            for (int i = q; i < r; i++) {
                char c = src.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    return null;
                }
            }
            return isWord(r, "function") ? "async" : null;
        }
        return null;
    }

    private boolean isWord(int p, String word) {
        int end = p + word.length();
        return src.startsWith(word, p) && (end >= src.length() || !isIdentifierPart(src.charAt(end)));
    }

    private void expectKeyword(int p, String keyword) {
        if (!isWord(p, keyword)) {
            throw new IllegalStateException("expected '" + keyword + "' at offset " + p);
        }
    }

    private void blank(int start, int end) {
        blank(start, end, ";");
    }

    private void blank(int start, int end, String text) {
        edits.add(new Edit(start, end, text, Edit.BLANK, null, -1, analysis.nextSequence()));
    }

    /** End of an import declaration whose clause starts at {@code p}. */
    private int importEnd(int p) {
        p = skipTrivia(p);
        if (src.charAt(p) == '"' || src.charAt(p) == '\'') {
            return afterSpecifier(tokenEnd(p));
        }
        boolean afterFrom = false;
        int depth = 0;
        while (p < src.length()) {
            char c = src.charAt(p);
            int end = tokenEnd(p);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && afterFrom && (c == '"' || c == '\'')) {
                return afterSpecifier(end);
            }
            afterFrom = depth == 0 && end - p == 4 && src.startsWith("from", p);
            p = skipTrivia(end);
        }
        throw new IllegalStateException("unterminated import declaration");
    }

    /** End of an {@code export {...}} / {@code export * ...} statement whose clause starts at {@code p}. */
    private int exportEnd(int p, boolean hasFrom) {
        if (hasFrom) {
            return importEnd(p);
        }
        return optionalSemicolon(braceGroupEnd(skipTrivia(p), "export declaration"));
    }

    /** The offset after the balanced {@code {...}} group that starts at the token at {@code p}. */
    private int braceGroupEnd(int p, String what) {
        int depth = 0;
        while (p < src.length()) {
            char c = src.charAt(p);
            int end = tokenEnd(p);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return end;
            }
            p = skipTrivia(end);
        }
        throw new IllegalStateException("unterminated " + what);
    }

    /** After the module specifier: optional {@code with {...}} (or {@code assert {...}}), optional {@code ;}. */
    private int afterSpecifier(int p) {
        int q = skipTrivia(p);
        if (isWord(q, "with") || isWord(q, "assert")) {
            return optionalSemicolon(braceGroupEnd(skipTrivia(tokenEnd(q)), "import attributes"));
        }
        return optionalSemicolon(p);
    }

    private int optionalSemicolon(int p) {
        int q = skipTrivia(p);
        return q < src.length() && src.charAt(q) == ';' ? q + 1 : p;
    }

    /** Next offset at or after {@code p} that is not whitespace, a line terminator or a comment. */
    int skipTrivia(int p) {
        int n = src.length();
        while (p < n) {
            char c = src.charAt(p);
            if (c == '/' && p + 1 < n && src.charAt(p + 1) == '/') {
                p += 2;
                while (p < n && src.charAt(p) != '\n' && src.charAt(p) != '\r' && src.charAt(p) != '\u2028'
                        && src.charAt(p) != '\u2029') {
                    p++;
                }
            } else if (c == '/' && p + 1 < n && src.charAt(p + 1) == '*') {
                int close = src.indexOf("*/", p + 2);
                p = close < 0 ? n : close + 2;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f'
                    || c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029'
                    || c > 0x7f && Character.isSpaceChar(c)) {
                p++;
            } else {
                return p;
            }
        }
        return p;
    }

    /** End of the (import/export statement) token at {@code p}: a string, a name, or one punctuator char. */
    int tokenEnd(int p) {
        char c = src.charAt(p);
        if (c == '"' || c == '\'') {
            int i = p + 1;
            while (i < src.length()) {
                char d = src.charAt(i++);
                if (d == c) {
                    return i;
                }
                if (d == '\\') {
                    i++;
                }
            }
            return i;
        }
        if (isIdentifierPart(c) || c == '\\') {
            int i = p + 1;
            while (i < src.length() && (isIdentifierPart(src.charAt(i)) || src.charAt(i) == '\\')) {
                i++;
            }
            return i;
        }
        return p + 1;
    }

    private static boolean isIdentifierPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '$' || c == '_'
                || c > 0x7f && Character.isUnicodeIdentifierPart(c);
    }
}
