package dev.hmrc.transformer.typescript;

import dev.hmrc.transformer.ModuleSyntaxError;

import static dev.hmrc.transformer.typescript.TypeScriptScanner.EOF;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.NAME;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.NUMBER;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.PRIVATE_NAME;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.PUNCT;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.STRING;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.TEMPLATE_FULL;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.TEMPLATE_HEAD;
import static dev.hmrc.transformer.typescript.TypeScriptScanner.TEMPLATE_TAIL;

/**
 * TypeScript to JavaScript by type stripping, the way Node's {@code --experimental-strip-types}
 * (amaro, swc's strip-only mode) does it: every char of erasable TypeScript syntax (annotations,
 * interfaces, type aliases, type parameters and arguments, {@code as}, {@code satisfies}, {@code !},
 * {@code declare}, overloads, {@code abstract} members, {@code this} parameters, {@code implements},
 * type-only imports and exports, access modifiers) becomes a space, line terminators stay, so
 * every line and column of the JavaScript that remains is where it was in the {@code .ts} file.
 * Two constructs with run-time behaviour are emitted as TypeScript emits them, on their own lines
 * (so lines stay, columns after them on those lines move): {@code enum} (an object built by a
 * function) and constructor parameter properties ({@code this.x = x;}). The others that are not
 * erasable ({@code namespace} with values, {@code import x = require()}, {@code export =},
 * decorators, {@code <T>x} assertions, {@code module M {}}) are refused with a
 * {@link ModuleSyntaxError} naming the construct and its position; nothing is dropped silently.
 *
 * <p>One recursive-descent pass over the tokens ({@link TypeScriptScanner}) that knows where types
 * are and records the ranges to blank; it checks no more of the JavaScript than it needs to find
 * them (the JavaScript parser that runs next reports the rest). Ambiguities are decided as
 * TypeScript's parser decides them (arrow heads and type arguments by a speculative parse).
 */
public final class TypeStripper {
    private final TypeScriptScanner s;
    private final String sourceName;
    /** Pairs of [start, end) char ranges to blank. */
    private int[] erasures = new int[64];
    private int erasureCount;
    /** Pairs of (position, char) written after blanking: a moved {@code )}, an inserted {@code ;}. */
    private int[] writes = new int[8];
    private int writeCount;
    /** Text written in place of a range (its line terminators kept after it): enums, parameter properties. */
    private final java.util.List<Replacement> replacements = new java.util.ArrayList<>();
    /** Whether the class being parsed has an {@code extends} clause (its constructor calls super first). */
    private boolean classExtends;
    /** End of the last consumed token. */
    private int previousEnd;
    /** Inside a {@code for} head: {@code in} is not a binary operator. */
    private boolean noIn;
    /** Inside the {@code extends} type of a conditional type. */
    private boolean noConditionalTypes;
    /** Whether the last consumed token is a {@code ;} (statement-level ASI hazards). */
    private boolean previousIsSemicolon;
    /** Inside {@code declare}: nothing runs, so nothing is refused. */
    private boolean ambient;

    private TypeStripper(String source, String sourceName) {
        this.s = new TypeScriptScanner(source);
        this.sourceName = sourceName;
    }

    /**
     * Strips the types of a TypeScript module.
     *
     * @param source     the module's TypeScript text
     * @param sourceName the file's name for messages
     * @return the JavaScript: of the same length, with the same line terminators at the same offsets
     *         (with an enum or a parameter property: the same lines)
     * @throws ModuleSyntaxError for a construct that cannot be stripped, or text this pass cannot read
     */
    public static String strip(String source, String sourceName) throws ModuleSyntaxError {
        TypeStripper stripper = new TypeStripper(source, sourceName);
        try {
            stripper.parseModule();
        } catch (Failure failure) {
            throw new ModuleSyntaxError(sourceName, failure.getMessage(), source, failure.offset);
        } catch (StackOverflowError deep) {
            throw new ModuleSyntaxError(sourceName, "TypeScript: nesting too deep to strip", source, 0);
        }
        return stripper.output(source);
    }

    /**
     * Whether a file of this name is TypeScript that {@link #strip} reads: {@code .ts}, {@code .mts},
     * {@code .cts}, not a declaration file ({@code .d.ts}).
     *
     * @param fileName a file name or path
     * @return whether it is a TypeScript module
     */
    public static boolean isTypeScriptFile(String fileName) {
        return (fileName.endsWith(".ts") || fileName.endsWith(".mts") || fileName.endsWith(".cts"))
                && !fileName.endsWith(".d.ts") && !fileName.endsWith(".d.mts") && !fileName.endsWith(".d.cts");
    }

    private String output(String source) {
        char[] out = source.toCharArray();
        for (int k = 0; k < erasureCount; k += 2) {
            for (int i = erasures[k]; i < erasures[k + 1]; i++) {
                if (!TypeScriptScanner.isLineTerminator(out[i]) && !TypeScriptScanner.isWhitespace(out[i])) {
                    out[i] = ' ';
                }
            }
        }
        for (int k = 0; k < writeCount; k += 2) {
            out[writes[k]] = (char) writes[k + 1];
        }
        if (replacements.isEmpty()) {
            return new String(out);
        }
        replacements.sort(java.util.Comparator.comparingInt(Replacement::start));
        StringBuilder text = new StringBuilder(out.length + 256);
        int copied = 0;
        for (Replacement r : replacements) {
            text.append(out, copied, r.start() - copied).append(r.text());
            for (int i = r.start(); i < r.end(); i++) {
                if (TypeScriptScanner.isLineTerminator(out[i])) {
                    text.append(out[i]);
                }
            }
            copied = r.end();
        }
        return text.append(out, copied, out.length - copied).toString();
    }

    // ---- failures and speculation ----

    /** A parse failure at an offset; cheap (no stack trace), also used to end a speculative parse. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        Failure(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private Failure unexpected() {
        String what = s.kind == EOF ? "end of input" : "'" + s.text() + "'";
        return new Failure("Unexpected " + what + " (TypeScript)", s.start);
    }

    private Failure unsupported(String construct, int offset) {
        return new Failure("TypeScript " + construct + " is not supported: hmrc runs TypeScript by stripping types, "
                + "and this construct is not erasable", offset);
    }

    /** The parser's whole state, to come back to. */
    private record State(TypeScriptScanner.Mark scanner, int previousEnd, int erasureCount, int writeCount,
                         int replacementCount) {
    }

    private State save() {
        return new State(s.mark(), previousEnd, erasureCount, writeCount, replacements.size());
    }

    private void restore(State state) {
        s.reset(state.scanner);
        previousEnd = state.previousEnd;
        erasureCount = state.erasureCount;
        writeCount = state.writeCount;
        replacements.subList(state.replacementCount, replacements.size()).clear();
    }

    private void erase(int from, int to) {
        if (to <= from) {
            return;
        }
        if (erasureCount == erasures.length) {
            erasures = java.util.Arrays.copyOf(erasures, erasures.length * 2);
        }
        erasures[erasureCount++] = from;
        erasures[erasureCount++] = to;
    }

    /** {@code text} in place of [start, end); the range's line terminators follow it, so lines stay. */
    private record Replacement(int start, int end, String text) {
    }

    private void replace(int start, int end, String text) {
        if (!ambient) {
            replacements.add(new Replacement(start, end, text));
        }
    }

    private void write(int position, char c) {
        if (ambient) {
            return; // all of it is erased
        }
        if (writeCount == writes.length) {
            writes = java.util.Arrays.copyOf(writes, writes.length * 2);
        }
        writes[writeCount++] = position;
        writes[writeCount++] = c;
    }

    // ---- tokens ----

    private void next() {
        previousEnd = s.end;
        previousIsSemicolon = s.isPunct(";");
        s.next();
    }

    private boolean eat(String punct) {
        if (s.isPunct(punct)) {
            next();
            return true;
        }
        return false;
    }

    private void expect(String punct) {
        if (!s.isPunct(punct)) {
            throw unexpected();
        }
        next();
    }

    private boolean eatName(String word) {
        if (s.isName(word)) {
            next();
            return true;
        }
        return false;
    }

    private void expectName() {
        if (s.kind != NAME) {
            throw unexpected();
        }
        next();
    }

    /** The kind of token after the current one and whether a line break precedes it; nothing consumed. */
    private int peekKind() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        int kind = s.kind;
        s.reset(mark);
        return kind;
    }

    private boolean peekIsPunct(String punct) {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.isPunct(punct);
        s.reset(mark);
        return result;
    }

    private boolean peekIsName(String word) {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.isName(word);
        s.reset(mark);
        return result;
    }

    /** Whether the next token is a name (or, with {@code orString}, a string) on the same line. */
    private boolean peekNameOnSameLine(boolean orString) {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = !s.newlineBefore && (s.kind == NAME || orString && s.kind == STRING);
        s.reset(mark);
        return result;
    }

    private void semicolon() {
        eat(";");
    }

    // ---- statements ----

    private void parseModule() {
        next();
        while (s.kind != EOF) {
            parseStatement();
        }
    }

    private void parseBlock() {
        expect("{");
        while (!s.isPunct("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            parseStatement();
        }
        next();
    }

    private void parseStatement() {
        int start = s.start;
        boolean afterSemicolonOrNothing = previousIsSemicolon || previousEnd == 0;
        parseStatementItself();
        if (erasesWholeStatement(start) && s.newlineBefore && !afterSemicolonOrNothing && startsAsiHazard()) {
            write(start, ';'); // "a\ntype T = 1\n(b)": without the type alias, "(b)" would call a
        }
    }

    /** Whether the statement just parsed from {@code start} is erased whole. */
    private boolean erasesWholeStatement(int start) {
        return erasureCount > 0 && erasures[erasureCount - 2] <= start && erasures[erasureCount - 1] == previousEnd
                && previousEnd > start;
    }

    /** A token that would continue the previous line's expression if the line between them went away. */
    private boolean startsAsiHazard() {
        return s.isPunct("(") || s.isPunct("[") || s.kind == TEMPLATE_FULL || s.kind == TEMPLATE_HEAD
                || s.isPunct("+") || s.isPunct("-") || s.isPunct("/") || s.isPunct("/=");
    }

    private void parseStatementItself() {
        int start = s.start;
        if (s.kind == PUNCT) {
            switch (s.punct) {
                case "{" -> {
                    parseBlock();
                    return;
                }
                case ";" -> {
                    next();
                    return;
                }
                case "@" -> throw unsupported("decorator syntax (legacy experimentalDecorators)", s.start);
                default -> {
                }
            }
        }
        if (s.kind == NAME) {
            switch (s.text()) {
                case "var", "const" -> {
                    if (s.isName("const") && peekIsName("enum")) {
                        parseEnum();
                        return;
                    }
                    parseVariableDeclarations();
                    semicolon();
                    return;
                }
                case "let" -> {
                    if (startsBindingAfterLet()) {
                        parseVariableDeclarations();
                        semicolon();
                        return;
                    }
                }
                case "using" -> {
                    if (peekNameOnSameLine(false) && !peekIsName("in") && !peekIsName("instanceof")) {
                        parseVariableDeclarations();
                        semicolon();
                        return;
                    }
                }
                case "await" -> {
                    if (peekIsName("using")) {
                        next();
                        parseVariableDeclarations();
                        semicolon();
                        return;
                    }
                }
                case "function" -> {
                    parseFunction(start, true);
                    return;
                }
                case "async" -> {
                    if (peekIsName("function") && peekNameOnSameLine(false)) {
                        parseFunction(start, true);
                        return;
                    }
                }
                case "class" -> {
                    parseClass();
                    return;
                }
                case "if" -> {
                    next();
                    parseParenthesized();
                    parseStatement();
                    if (eatName("else")) {
                        parseStatement();
                    }
                    return;
                }
                case "for" -> {
                    parseFor();
                    return;
                }
                case "while", "with" -> {
                    next();
                    parseParenthesized();
                    parseStatement();
                    return;
                }
                case "do" -> {
                    next();
                    parseStatement();
                    if (!eatName("while")) {
                        throw unexpected();
                    }
                    parseParenthesized();
                    semicolon();
                    return;
                }
                case "switch" -> {
                    parseSwitch();
                    return;
                }
                case "try" -> {
                    parseTry();
                    return;
                }
                case "return", "throw" -> {
                    next();
                    if (!s.newlineBefore && s.kind != EOF && !s.isPunct(";") && !s.isPunct("}")) {
                        parseExpression();
                    }
                    semicolon();
                    return;
                }
                case "break", "continue" -> {
                    next();
                    if (s.kind == NAME && !s.newlineBefore) {
                        next();
                    }
                    semicolon();
                    return;
                }
                case "debugger" -> {
                    next();
                    semicolon();
                    return;
                }
                case "import" -> {
                    if (!peekIsPunct("(") && !peekIsPunct(".")) {
                        parseImport(start);
                        return;
                    }
                }
                case "export" -> {
                    parseExport(start);
                    return;
                }
                case "interface" -> {
                    if (peekNameOnSameLine(false)) {
                        parseInterface(start);
                        return;
                    }
                }
                case "type" -> {
                    if (peekNameOnSameLine(false)) {
                        parseTypeAlias(start);
                        return;
                    }
                }
                case "declare" -> {
                    if (peekNameOnSameLine(false)) {
                        parseDeclare(start);
                        return;
                    }
                }
                case "abstract" -> {
                    if (peekIsName("class") && peekNameOnSameLine(false)) {
                        erase(s.start, s.end);
                        next();
                        parseClass();
                        return;
                    }
                }
                case "enum" -> {
                    parseEnum();
                    return;
                }
                case "namespace", "module" -> {
                    if (peekNameOnSameLine(true)) {
                        parseNamespace(start);
                        return;
                    }
                }
                default -> {
                }
            }
            if (peekIsPunct(":") && !isReservedWord()) { // a label
                next();
                next();
                parseStatement();
                return;
            }
        }
        parseExpression();
        semicolon();
    }

    private boolean isReservedWord() {
        return switch (s.text()) {
            case "true", "false", "null", "this", "super", "new", "typeof", "void", "delete", "function", "class" -> true;
            default -> false;
        };
    }

    private boolean startsBindingAfterLet() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.kind == NAME && !s.isName("in") && !s.isName("instanceof") && !s.isName("of")
                || s.isPunct("[") || s.isPunct("{");
        s.reset(mark);
        return result;
    }

    private void parseParenthesized() {
        expect("(");
        parseExpression();
        expect(")");
    }

    private void parseFor() {
        next();
        eatName("await");
        expect("(");
        boolean outerNoIn = noIn;
        noIn = true;
        try {
            if (s.isPunct(";")) {
                // no init
            } else if (s.isName("var") || s.isName("const") || s.isName("let") && startsBindingAfterLet()
                    || s.isName("using") && peekNameOnSameLine(false) && !peekIsName("of") && !peekIsName("in")
                    || s.isName("await") && peekIsName("using")) {
                eatName("await");
                parseVariableDeclarations();
            } else {
                parseExpression();
            }
        } finally {
            noIn = outerNoIn;
        }
        if (eatName("of") || eatName("in")) {
            parseExpression();
            expect(")");
        } else {
            expect(";");
            if (!s.isPunct(";")) {
                parseExpression();
            }
            expect(";");
            if (!s.isPunct(")")) {
                parseExpression();
            }
            expect(")");
        }
        parseStatement();
    }

    private void parseSwitch() {
        next();
        parseParenthesized();
        expect("{");
        while (!eat("}")) {
            if (eatName("case")) {
                parseExpression();
                expect(":");
            } else if (eatName("default")) {
                expect(":");
            } else if (s.kind == EOF) {
                throw unexpected();
            } else {
                parseStatement();
            }
        }
    }

    private void parseTry() {
        next();
        parseBlock();
        if (eatName("catch")) {
            if (eat("(")) {
                parseBindingTarget();
                parseOptionalTypeAnnotation();
                expect(")");
            }
            parseBlock();
        }
        if (eatName("finally")) {
            parseBlock();
        }
    }

    /** {@code var|let|const|using} declarators, with their {@code !} and type annotations. */
    private void parseVariableDeclarations() {
        next();
        do {
            parseBindingTarget();
            if (s.isPunct("!") && !s.newlineBefore) {
                erase(s.start, s.end);
                next();
            }
            parseOptionalTypeAnnotation();
            if (eat("=")) {
                parseAssignment();
            }
        } while (eat(","));
    }

    private void parseOptionalTypeAnnotation() {
        if (s.isPunct(":")) {
            int colon = s.start;
            next();
            parseType();
            erase(colon, previousEnd);
        }
    }

    private void parseBindingTarget() {
        if (s.kind == NAME) {
            next();
        } else if (eat("[")) {
            while (!eat("]")) {
                if (eat(",")) {
                    continue;
                }
                eat("...");
                parseBindingTarget();
                if (eat("=")) {
                    parseAssignment();
                }
                if (!s.isPunct("]")) {
                    expect(",");
                }
            }
        } else if (eat("{")) {
            while (!eat("}")) {
                if (eat("...")) {
                    parseBindingTarget();
                } else {
                    boolean shorthand = s.kind == NAME;
                    parsePropertyName();
                    if (eat(":")) {
                        parseBindingTarget();
                    } else if (!shorthand) {
                        throw unexpected();
                    }
                    if (eat("=")) {
                        parseAssignment();
                    }
                }
                if (!s.isPunct("}")) {
                    expect(",");
                }
            }
        } else {
            throw unexpected();
        }
    }

    private void parsePropertyName() {
        if (s.kind == NAME || s.kind == STRING || s.kind == NUMBER || s.kind == PRIVATE_NAME) {
            next();
        } else if (eat("[")) {
            parseAssignment();
            expect("]");
        } else {
            throw unexpected();
        }
    }

    private boolean startsPropertyName() {
        return s.kind == NAME || s.kind == STRING || s.kind == NUMBER || s.kind == PRIVATE_NAME || s.isPunct("[");
    }

    /** Whether the token after a modifier can be what it modifies: a property name, {@code *}, {@code {}. */
    private boolean nextCanFollowModifier(boolean sameLine) {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = (!sameLine || !s.newlineBefore)
                && (startsPropertyName() || s.isPunct("*") || s.isPunct("{") || s.isPunct("#"));
        s.reset(mark);
        return result;
    }

    /**
     * {@code [async] function [*] [name] [<T>] (params) [: R] body}; without a body (an overload
     * signature, or an ambient declaration) everything from {@code eraseStart} is erased.
     */
    private void parseFunction(int eraseStart, boolean declaration) {
        eatName("async");
        next(); // function
        eat("*");
        if (s.kind == NAME) {
            next();
        }
        parseFunctionRest(eraseStart, false);
    }

    /** From the type parameters of a function or method on: parameters, return type, body. */
    private void parseFunctionRest(int eraseStart, boolean constructor) {
        parseOptionalTypeParameters();
        java.util.List<String> properties = parseParameters(constructor);
        parseOptionalReturnType();
        if (s.isPunct("{") && !properties.isEmpty()) {
            parseConstructorBody(properties);
        } else if (s.isPunct("{")) {
            parseBlock();
        } else {
            semicolon();
            erase(eraseStart, previousEnd);
        }
    }

    private void parseOptionalTypeParameters() {
        if (s.isPunct("<")) {
            int open = s.start;
            parseTypeParameters();
            erase(open, previousEnd);
        }
    }

    private void parseOptionalReturnType() {
        if (s.isPunct(":")) {
            int colon = s.start;
            next();
            parseReturnType();
            erase(colon, previousEnd);
        }
    }

    /**
     * A constructor body that assigns parameter properties: {@code this.x = x;} is written just
     * after the {@code {} (or, in a class with {@code extends}, after the top-level {@code super(...)}
     * statement), on that line, as TypeScript emits it.
     */
    private void parseConstructorBody(java.util.List<String> properties) {
        StringBuilder assignments = new StringBuilder();
        for (String name : properties) {
            assignments.append(" this.").append(name).append(" = ").append(name).append(';');
        }
        int open = s.start;
        expect("{");
        int insertAt = classExtends ? -1 : open + 1;
        boolean afterSemicolon = true;
        while (!s.isPunct("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            boolean superCall = insertAt < 0 && s.isName("super") && peekIsPunct("(");
            parseStatement();
            if (superCall) {
                insertAt = previousEnd;
                afterSemicolon = previousIsSemicolon;
            }
        }
        if (insertAt < 0) {
            throw new Failure("TypeScript parameter properties in a derived class need a super(...) call at the top "
                    + "of the constructor", open);
        }
        replace(insertAt, insertAt, (afterSemicolon ? "" : ";") + assignments);
        next();
    }

    /**
     * {@code (params)}: {@code this} parameters, {@code ?} and annotations erased.
     *
     * @return the names of a constructor's parameter properties ({@code public x}, {@code private readonly y}), in order
     */
    private java.util.List<String> parseParameters(boolean constructor) {
        java.util.List<String> properties = java.util.List.of();
        expect("(");
        boolean first = true;
        while (!s.isPunct(")")) {
            int start = s.start;
            if (s.isPunct("@")) {
                throw unsupported("parameter decorator (legacy experimentalDecorators)", s.start);
            }
            if (first && s.isName("this") && (peekIsPunct(":") || peekIsPunct(")") || peekIsPunct(","))) {
                next();
                parseOptionalTypeAnnotation();
                eat(",");
                erase(start, previousEnd);
                first = false;
                continue;
            }
            first = false;
            if (constructor && s.kind == NAME && isParameterModifier() && nextIsBindingStart()) {
                while (s.kind == NAME && isParameterModifier() && nextIsBindingStart()) {
                    erase(s.start, s.end);
                    next();
                }
                if (s.kind != NAME) {
                    throw new Failure("A TypeScript parameter property must be a name, not a pattern", s.start);
                }
                if (properties.isEmpty()) {
                    properties = new java.util.ArrayList<>();
                }
                properties.add(s.text());
            }
            eat("...");
            parseBindingTarget();
            if (s.isPunct("?")) {
                erase(s.start, s.end);
                next();
            }
            parseOptionalTypeAnnotation();
            if (eat("=")) {
                parseAssignment();
            }
            if (!eat(",")) {
                break;
            }
        }
        expect(")");
        return properties;
    }

    private boolean isParameterModifier() {
        return switch (s.text()) {
            case "public", "private", "protected", "readonly", "override" -> true;
            default -> false;
        };
    }

    private boolean nextIsBindingStart() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.kind == NAME || s.isPunct("{") || s.isPunct("[") || s.isPunct("...");
        s.reset(mark);
        return result;
    }

    // ---- classes ----

    private void parseClass() {
        boolean outerExtends = classExtends;
        try {
            parseClassItself();
        } finally {
            classExtends = outerExtends;
        }
    }

    private void parseClassItself() {
        classExtends = false;
        next(); // class
        if (s.kind == NAME && !s.isName("extends") && !s.isName("implements")) {
            next();
        }
        parseOptionalTypeParameters();
        if (eatName("extends")) {
            parsePostfix();
            classExtends = true;
            if (s.isPunct("<")) {
                int open = s.start;
                parseTypeArguments();
                erase(open, previousEnd);
            }
        }
        if (s.isName("implements")) {
            int start = s.start;
            next();
            do {
                parseType();
            } while (eat(","));
            erase(start, previousEnd);
        }
        expect("{");
        while (!eat("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            if (!eat(";")) {
                parseClassMember();
            }
        }
    }

    private void parseClassMember() {
        int start = s.start;
        if (s.isPunct("@")) {
            throw unsupported("decorator syntax (legacy experimentalDecorators)", s.start);
        }
        if (s.isName("static") && peekIsPunct("{")) {
            next();
            parseBlock();
            return;
        }
        boolean wholeMemberErased = false;
        boolean startsWithErasedModifier = false;
        while (s.kind == NAME) {
            String word = s.text();
            boolean typeScriptModifier = switch (word) {
                case "public", "private", "protected", "readonly", "override", "declare", "abstract" -> true;
                default -> false;
            };
            boolean javaScriptModifier = switch (word) {
                case "static", "get", "set" -> true;
                default -> false;
            };
            boolean sameLineModifier = typeScriptModifier || word.equals("async") || word.equals("accessor");
            if (!(typeScriptModifier || javaScriptModifier || sameLineModifier) || !nextCanFollowModifier(sameLineModifier)) {
                break;
            }
            startsWithErasedModifier |= typeScriptModifier && s.start == start;
            if (typeScriptModifier) {
                erase(s.start, s.end);
                wholeMemberErased |= word.equals("declare") || word.equals("abstract");
            }
            next();
        }
        if (startsWithErasedModifier && !wholeMemberErased && (s.isPunct("[") || s.isPunct("*"))) {
            write(start, ';'); // "x = 1\n private [k] = 2": without the modifier, "[k]" would index the 1
        }
        eat("*");
        if (s.isPunct("[") && isIndexSignature()) {
            parseIndexSignature();
            semicolon();
            erase(start, previousEnd);
            return;
        }
        boolean constructor = s.isName("constructor") || s.kind == STRING && s.text().equals("\"constructor\"");
        boolean modifierLikeName = s.kind == NAME && switch (s.text()) {
            case "get", "set", "static", "async", "accessor" -> true;
            default -> false;
        };
        parsePropertyName();
        if ((s.isPunct("?") || s.isPunct("!")) && !s.newlineBefore) {
            erase(s.start, s.end);
            next();
        }
        if (s.isPunct("(") || s.isPunct("<")) {
            parseFunctionRest(start, constructor);
        } else {
            int annotation = s.isPunct(":") ? s.start : -1;
            parseOptionalTypeAnnotation();
            if (eat("=")) {
                parseAssignment();
            } else if (modifierLikeName && annotation >= 0 && !s.isPunct(";")) {
                write(annotation, ';'); // "get: T\n x()": without the type, "get x()" would be a getter
            }
            semicolon();
        }
        if (wholeMemberErased) {
            erase(start, previousEnd);
        }
    }

    /** At {@code [}: whether {@code [name:} follows (an index signature, not a computed name). */
    private boolean isIndexSignature() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = false;
        if (s.kind == NAME) {
            s.next();
            result = s.isPunct(":");
        }
        s.reset(mark);
        return result;
    }

    private void parseIndexSignature() {
        expect("[");
        expectName();
        expect(":");
        parseType();
        expect("]");
        if (s.isPunct("?")) {
            next();
        }
        if (eat(":")) {
            parseType();
        }
    }

    // ---- TypeScript declarations ----

    private void parseInterface(int start) {
        next(); // interface
        expectName();
        if (s.isPunct("<")) {
            parseTypeParameters();
        }
        if (eatName("extends")) {
            do {
                parseType();
            } while (eat(","));
        }
        parseObjectType();
        erase(start, previousEnd);
    }

    private void parseTypeAlias(int start) {
        next(); // type
        expectName();
        if (s.isPunct("<")) {
            parseTypeParameters();
        }
        expect("=");
        parseType();
        semicolon();
        erase(start, previousEnd);
    }

    /** {@code declare ...}: the whole declaration is erased. */
    private void parseDeclare(int start) {
        boolean outerAmbient = ambient;
        ambient = true;
        try {
            parseDeclaration();
        } finally {
            ambient = outerAmbient;
        }
        erase(start, previousEnd);
    }

    private void parseDeclaration() {
        next(); // declare
        switch (s.text()) {
            case "global" -> {
                next();
                parseAmbientBlock();
            }
            case "namespace", "module" -> {
                next();
                if (s.kind == STRING) {
                    next();
                } else {
                    parseEntityName();
                }
                if (s.isPunct("{")) {
                    parseAmbientBlock();
                } else {
                    semicolon();
                }
            }
            case "enum" -> parseEnumBody();
            case "const" -> {
                if (peekIsName("enum")) {
                    next();
                    parseEnumBody();
                } else {
                    parseVariableDeclarations();
                    semicolon();
                }
            }
            case "abstract" -> {
                next();
                parseClass();
            }
            default -> parseStatement();
        }
    }

    private void parseAmbientBlock() {
        expect("{");
        while (!eat("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            parseStatement();
        }
    }

    private void parseEntityName() {
        expectName();
        while (eat(".")) {
            expectName();
        }
    }

    /** {@code enum E { ... }} (not declare): refused, it has run-time behaviour. */
    private void parseEnum() {
        if (ambient) {
            parseEnumBody();
            return;
        }
        // enum E { A, B = "b", C = A | 4 } → var E; (function (E, set) { let A, B, C; A = set(E, "A", 0); ... })(E || (E = {}));
        int keyword = s.start;
        eatName("const");
        next(); // enum
        if (s.kind != NAME) {
            throw unexpected();
        }
        String name = s.text();
        next();
        int open = s.start;
        expect("{");
        StringBuilder bindings = new StringBuilder();
        String previous = null;
        String helper = "$hmrc$enumMember";
        while (!s.isPunct("}")) {
            int memberStart = s.start;
            String member;
            if (s.kind == NAME) {
                member = s.text();
                if (!member.equals(name)) { // a member named like its enum: the name stays the enum's
                    bindings.append(bindings.length() > 0 ? ", " : "").append(member);
                }
            } else if (s.kind == STRING) {
                member = null;
            } else {
                throw unexpected();
            }
            String key = s.kind == NAME ? "\"" + member + "\"" : s.text();
            next();
            String target = (member != null && !member.equals(name) ? member + " = " : "") + helper + "(" + name
                    + ", " + key + ", ";
            if (s.isPunct("=")) {
                next();
                replace(memberStart, s.start, target);
                parseAssignment();
                replace(previousEnd, previousEnd, ");");
            } else {
                replace(memberStart, previousEnd, target + (previous == null ? "0" : previous + " + 1") + ");");
            }
            previous = member != null && !member.equals(name) ? member : name + "[" + key + "]";
            if (s.isPunct(",")) {
                erase(s.start, s.end);
                next();
            } else {
                break;
            }
        }
        if (!s.isPunct("}")) {
            throw unexpected();
        }
        replace(keyword, open + 1, "var " + name + "; (function (" + name + ", " + helper + ") {"
                + (bindings.length() > 0 ? " let " + bindings + ";" : ""));
        replace(s.start, s.end, "})(" + name + " || (" + name + " = {}), (e, k, v) => { e[k] = v;"
                + " if (typeof v !== \"string\") e[v] = k; return v; });");
        next();
    }

    /** {@code enum E { members }} after {@code enum}, in an ambient context. */
    private void parseEnumBody() {
        next(); // enum
        expectName();
        expect("{");
        while (!eat("}")) {
            parsePropertyName();
            if (eat("=")) {
                parseAssignment();
            }
            if (!s.isPunct("}")) {
                expect(",");
            }
        }
    }

    /** {@code namespace A.B { ... }}: erased when it declares only types, refused otherwise. */
    private void parseNamespace(int start) {
        if (s.isName("module") && !ambient) {
            throw unsupported("'module' keyword for a namespace (the old spelling of 'namespace')", s.start);
        }
        int keyword = s.start;
        next(); // namespace | module
        if (s.kind == STRING) {
            next();
        } else {
            parseEntityName();
        }
        expect("{");
        while (!eat("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            int statement = s.start;
            boolean empty = s.isPunct(";");
            parseStatement();
            boolean typeOnly = empty || erasesWholeStatement(statement);
            if (!typeOnly && !ambient) {
                throw unsupported("namespace with values", keyword);
            }
        }
        erase(start, previousEnd);
    }

    // ---- imports and exports ----

    private void parseImport(int start) {
        next(); // import
        if (s.kind == STRING) {
            next();
            parseImportAttributes();
            semicolon();
            return;
        }
        if (s.isName("type") && isTypeOnlyClause()) {
            next();
            if (s.kind == NAME && peekIsPunct("=")) {
                next();
                next();
                parseModuleReference();
            } else {
                parseImportClause();
            }
            semicolon();
            erase(start, previousEnd);
            return;
        }
        if (s.kind == NAME && peekIsPunct("=")) {
            if (!ambient) {
                throw unsupported("'import ... = ' (import equals declaration)", start);
            }
            next();
            next();
            parseModuleReference();
            semicolon();
            return;
        }
        parseImportClause();
        semicolon();
    }

    /** At {@code type} after {@code import}: whether it makes the import type-only. */
    private boolean isTypeOnlyClause() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result;
        if (s.isPunct("{") || s.isPunct("*")) {
            result = true;
        } else if (s.isName("from")) {
            s.next();
            result = !(s.kind == STRING);
        } else {
            result = s.kind == NAME;
        }
        s.reset(mark);
        return result;
    }

    private void parseModuleReference() {
        if (s.isName("require") && peekIsPunct("(")) {
            next();
            next();
            next();
            expect(")");
        } else {
            parseEntityName();
        }
    }

    private void parseImportClause() {
        if (s.kind == NAME && !s.isName("from")) {
            next();
            eat(",");
        } else if (s.isName("from") && peekIsName("from")) {
            next();
        }
        if (eat("*")) {
            if (!eatName("as")) {
                throw unexpected();
            }
            expectName();
        } else if (s.isPunct("{")) {
            parseSpecifiers();
        }
        if (!eatName("from")) {
            throw unexpected();
        }
        if (s.kind != STRING) {
            throw unexpected();
        }
        next();
        parseImportAttributes();
    }

    private void parseImportAttributes() {
        if ((s.isName("with") || s.isName("assert") && !s.newlineBefore) && peekIsPunct("{")) {
            next();
            expect("{");
            while (!eat("}")) {
                if (s.kind == EOF) {
                    throw unexpected();
                }
                next();
            }
        }
    }

    /** {@code { a, type b, c as d }} of an import or export: type-only specifiers (and their comma) erased. */
    private void parseSpecifiers() {
        expect("{");
        while (!s.isPunct("}")) {
            int start = s.start;
            boolean typeOnly = s.isName("type") && isTypeOnlySpecifier();
            if (typeOnly) {
                next();
            }
            if (s.kind != NAME && s.kind != STRING) {
                throw unexpected();
            }
            next();
            if (eatName("as")) {
                if (s.kind != NAME && s.kind != STRING) {
                    throw unexpected();
                }
                next();
            }
            boolean comma = eat(",");
            if (typeOnly) {
                erase(start, previousEnd);
            }
            if (!comma) {
                break;
            }
        }
        expect("}");
    }

    /** At {@code type} in a specifier list: whether it marks the specifier type-only. */
    private boolean isTypeOnlySpecifier() {
        TypeScriptScanner.Mark mark = s.mark();
        try {
            s.next();
            if (s.isPunct(",") || s.isPunct("}")) {
                return false; // { type }
            }
            if (s.isName("as")) {
                s.next();
                if (s.isPunct(",") || s.isPunct("}")) {
                    return true; // { type as }: the name 'as', type-only
                }
                if (s.kind == NAME || s.kind == STRING) {
                    s.next();
                    return s.kind == NAME || s.kind == STRING; // { type as as x } vs { type as x }
                }
                return false;
            }
            return s.kind == NAME || s.kind == STRING;
        } finally {
            s.reset(mark);
        }
    }

    private void parseExport(int start) {
        next(); // export
        if (s.isName("type") && (peekIsPunct("{") || peekIsPunct("*"))) {
            next();
            if (s.isPunct("{")) {
                parseSpecifiers();
                if (eatName("from")) {
                    next();
                    parseImportAttributes();
                }
            } else {
                parseExportStar();
            }
            semicolon();
            erase(start, previousEnd);
            return;
        }
        if (s.isPunct("=")) {
            if (!ambient) {
                throw unsupported("'export =' (export assignment)", start);
            }
            next();
            parseAssignment();
            semicolon();
            return;
        }
        if (s.isName("as") && peekIsName("namespace")) {
            next();
            next();
            expectName();
            semicolon();
            erase(start, previousEnd);
            return;
        }
        if (s.kind == NAME) {
            switch (s.text()) {
                case "type" -> {
                    if (peekNameOnSameLine(false)) {
                        parseTypeAlias(start);
                        return;
                    }
                }
                case "interface" -> {
                    parseInterface(start);
                    return;
                }
                case "declare" -> {
                    parseDeclare(start);
                    return;
                }
                case "namespace", "module" -> {
                    parseNamespace(start);
                    return;
                }
                case "enum" -> {
                    parseEnum();
                    return;
                }
                case "import" -> {
                    if (!ambient || !peekNameOnSameLine(false)) {
                        throw unsupported("'export import ... =' (import equals declaration)", start);
                    }
                    parseImport(start);
                    return;
                }
                case "abstract" -> {
                    erase(s.start, s.end);
                    next();
                    parseClass();
                    return;
                }
                case "function", "async" -> {
                    parseFunction(start, true);
                    return;
                }
                case "const" -> {
                    if (peekIsName("enum")) {
                        parseEnum();
                        return;
                    }
                }
                case "default" -> {
                    next();
                    parseExportDefault(start);
                    return;
                }
                default -> {
                }
            }
            parseStatement();
            return;
        }
        if (s.isPunct("{")) {
            parseSpecifiers();
            if (eatName("from")) {
                next();
                parseImportAttributes();
            }
            semicolon();
            return;
        }
        if (s.isPunct("*")) {
            parseExportStar();
            semicolon();
            return;
        }
        parseStatement();
    }

    private void parseExportStar() {
        expect("*");
        if (eatName("as")) {
            next();
        }
        if (!eatName("from")) {
            throw unexpected();
        }
        next();
        parseImportAttributes();
    }

    private void parseExportDefault(int start) {
        if (s.isName("interface") && peekNameOnSameLine(false)) {
            parseInterface(start);
            return;
        }
        if (s.isName("abstract") && peekIsName("class")) {
            erase(s.start, s.end);
            next();
            parseClass();
            return;
        }
        if (s.isName("function") || s.isName("async") && peekIsName("function")) {
            parseFunction(start, true);
            return;
        }
        if (s.isName("class")) {
            parseClass();
            return;
        }
        parseAssignment();
        semicolon();
    }

    // ---- expressions ----

    private void parseExpression() {
        parseAssignment();
        while (eat(",")) {
            parseAssignment();
        }
    }

    private void parseAssignment() {
        if (tryArrowFunction()) {
            return;
        }
        if (s.isName("yield")) {
            next();
            if (eat("*") || !s.newlineBefore && startsExpression()) {
                parseAssignment();
            }
            return;
        }
        parseConditional();
        if (s.kind == PUNCT && isAssignmentOperator(s.punct)) {
            next();
            parseAssignment();
        } else if (s.isPunct(">") && isJoinedAssignment()) {
            while (!s.isPunct("=")) {
                next();
            }
            next();
            parseAssignment();
        }
    }

    /** At {@code >}: whether {@code >>=} or {@code >>>=} (scanned as single chars) starts here. */
    private boolean isJoinedAssignment() {
        TypeScriptScanner.Mark mark = s.mark();
        int expected = s.end;
        int count = 1;
        s.next();
        while (s.isPunct(">") && s.start == expected) {
            expected = s.end;
            count++;
            s.next();
        }
        boolean result = count >= 2 && s.isPunct("=") && s.start == expected;
        s.reset(mark);
        return result;
    }

    private static boolean isAssignmentOperator(String p) {
        return switch (p) {
            case "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", "&=", "|=", "^=", "&&=", "||=", "??=" -> true;
            default -> false;
        };
    }

    /** Arrow functions, with their type parameters, parameter and return types. */
    private boolean tryArrowFunction() {
        if (s.kind == NAME) {
            boolean async = s.isName("async");
            if (!async || !peekNameOnSameLine(false)) {
                if (async && (peekIsPunct("(") || peekIsPunct("<")) && !nextIsOnNewLine()) {
                    return tryParenthesizedArrow();
                }
                if (isArrowAfterName()) {
                    next();
                    next(); // =>
                    parseArrowBody();
                    return true;
                }
                return false;
            }
            // async x => ...
            State state = save();
            next();
            next();
            if (s.isPunct("=>") && !s.newlineBefore) {
                next();
                parseArrowBody();
                return true;
            }
            restore(state);
            return false;
        }
        if (s.isPunct("(") || s.isPunct("<")) {
            return tryParenthesizedArrow();
        }
        return false;
    }

    private boolean nextIsOnNewLine() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.newlineBefore;
        s.reset(mark);
        return result;
    }

    private boolean isArrowAfterName() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.isPunct("=>") && !s.newlineBefore;
        s.reset(mark);
        return result;
    }

    private boolean tryParenthesizedArrow() {
        State state = save();
        int closeParen;
        try {
            boolean async = eatName("async");
            int open = s.start;
            parseOptionalTypeParameters();
            if (async && open != s.start && containsLineTerminator(open, previousEnd)) {
                // keep "(" on the line of "async": it moves to the "<"
                write(open, '(');
                erase(s.start, s.start + 1);
            }
            parseParameters(false);
            closeParen = previousEnd - 1;
            if (s.isPunct(":")) {
                int colon = s.start;
                next();
                parseReturnType();
                erase(colon, previousEnd);
                if (containsLineTerminator(closeParen, previousEnd)) {
                    // keep "=>" on the line of ")": the ")" moves to the annotation's last char
                    erase(closeParen, closeParen + 1);
                    write(previousEnd - 1, ')');
                }
            }
            if (!s.isPunct("=>") || s.newlineBefore) {
                restore(state);
                return false;
            }
        } catch (Failure failure) {
            restore(state);
            return false;
        }
        next();
        parseArrowBody();
        return true;
    }

    private boolean containsLineTerminator(int from, int to) {
        for (int i = from; i < to; i++) {
            if (TypeScriptScanner.isLineTerminator(s.source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void parseArrowBody() {
        if (s.isPunct("{")) {
            parseBlock();
        } else {
            boolean outerNoIn = noIn;
            parseAssignment();
            noIn = outerNoIn;
        }
    }

    private void parseConditional() {
        parseBinary();
        if (s.isPunct("?")) {
            next();
            boolean outerNoIn = noIn;
            noIn = false;
            parseAssignment();
            noIn = outerNoIn;
            expect(":");
            parseAssignment();
        }
    }

    private void parseBinary() {
        parseUnary();
        while (true) {
            if (s.kind == PUNCT && isBinaryOperator(s.punct)) {
                if (s.isPunct(">")) {
                    if (isJoinedAssignment()) {
                        return;
                    }
                    next();
                    while ((s.isPunct(">") || s.isPunct("=") || s.isPunct("==")) && s.start == previousEnd) {
                        next(); // >>, >>>, >=
                    }
                } else {
                    next();
                }
                parseUnary();
            } else if (s.kind == NAME && (s.isName("instanceof") || s.isName("in") && !noIn)) {
                next();
                parseUnary();
            } else if (s.kind == NAME && (s.isName("as") || s.isName("satisfies")) && !s.newlineBefore) {
                int start = s.start;
                next();
                parseType();
                erase(start, previousEnd);
                if (s.newlineBefore && (s.isPunct("(") || s.isPunct("[") || s.kind == TEMPLATE_FULL
                        || s.kind == TEMPLATE_HEAD)) {
                    write(start, ';'); // "x as T\n(y)" is two statements; without the type it would be a call
                }
            } else {
                return;
            }
        }
    }

    private static boolean isBinaryOperator(String p) {
        return switch (p) {
            case "+", "-", "*", "/", "%", "**", "<", "<=", "<<", ">", "==", "!=", "===", "!==", "&", "|", "^",
                 "&&", "||", "??" -> true;
            default -> false;
        };
    }

    private void parseUnary() {
        if (s.kind == PUNCT) {
            switch (s.punct) {
                case "!", "~", "+", "-", "++", "--" -> {
                    next();
                    parseUnary();
                    return;
                }
                case "<" -> throw new Failure("The angle-bracket syntax for type assertions, `<T>expr`, is not supported "
                        + "when types are stripped; use `expr as T`", s.start);
                default -> {
                }
            }
        } else if (s.kind == NAME) {
            switch (s.text()) {
                case "typeof", "void", "delete" -> {
                    next();
                    parseUnary();
                    return;
                }
                case "await" -> {
                    if (peekStartsExpressionOnSameLineOrParen()) {
                        next();
                        parseUnary();
                        return;
                    }
                }
                default -> {
                }
            }
        }
        parsePostfix();
        if ((s.isPunct("++") || s.isPunct("--")) && !s.newlineBefore) {
            next();
        }
    }

    private boolean peekStartsExpressionOnSameLineOrParen() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = startsExpression() && !(s.kind == NAME && (s.isName("in") || s.isName("of")
                || s.isName("instanceof") || s.isName("as") || s.isName("satisfies")));
        s.reset(mark);
        return result;
    }

    private boolean startsExpression() {
        if (s.kind == EOF) {
            return false;
        }
        if (s.kind != PUNCT) {
            return true;
        }
        return switch (s.punct) {
            case "(", "[", "{", "/", "/=", "!", "~", "+", "-", "++", "--", "<", "...", "#", "@" -> true;
            default -> false;
        };
    }

    /** A call, member, optional chain, tagged template, non-null or type-argument chain. */
    private void parsePostfix() {
        parsePrimary();
        parseCallTail();
    }

    private void parseCallTail() {
        while (true) {
            if (s.kind == PUNCT) {
                switch (s.punct) {
                    case "." -> {
                        next();
                        if (s.kind != NAME && s.kind != PRIVATE_NAME) {
                            throw unexpected();
                        }
                        next();
                        continue;
                    }
                    case "?." -> {
                        next();
                        if (s.isPunct("(")) {
                            parseArguments();
                        } else if (eat("[")) {
                            parseExpression();
                            expect("]");
                        } else if (s.isPunct("<")) {
                            int open = s.start;
                            parseTypeArguments();
                            erase(open, previousEnd);
                            parseArguments();
                        } else if (s.kind == NAME || s.kind == PRIVATE_NAME) {
                            next();
                        } else {
                            throw unexpected();
                        }
                        continue;
                    }
                    case "[" -> {
                        next();
                        boolean outerNoIn = noIn;
                        noIn = false;
                        parseExpression();
                        noIn = outerNoIn;
                        expect("]");
                        continue;
                    }
                    case "(" -> {
                        parseArguments();
                        continue;
                    }
                    case "!" -> {
                        if (!s.newlineBefore) {
                            erase(s.start, s.end);
                            next();
                            continue;
                        }
                        return;
                    }
                    case "<" -> {
                        if (tryTypeArgumentsInExpression()) {
                            continue;
                        }
                        return;
                    }
                    default -> {
                        return;
                    }
                }
            }
            if (s.kind == TEMPLATE_FULL) {
                next();
                continue;
            }
            if (s.kind == TEMPLATE_HEAD) {
                parseTemplate(false);
                continue;
            }
            return;
        }
    }

    /** {@code f<T>(...)}, {@code f<T>`...`}, {@code f<T>} (an instantiation expression), decided as TypeScript does. */
    private boolean tryTypeArgumentsInExpression() {
        State state = save();
        int open = s.start;
        try {
            parseTypeArguments();
        } catch (Failure failure) {
            restore(state);
            return false;
        }
        if (!canFollowTypeArguments()) {
            restore(state);
            return false;
        }
        erase(open, previousEnd);
        return true;
    }

    private boolean canFollowTypeArguments() {
        if (s.isPunct("(") || s.kind == TEMPLATE_FULL || s.kind == TEMPLATE_HEAD) {
            return true;
        }
        if (s.isPunct("<") || s.isPunct(">") || s.isPunct("+") || s.isPunct("-")) {
            return false;
        }
        if (s.newlineBefore) {
            return true;
        }
        if (s.kind == PUNCT && isBinaryOperator(s.punct)
                || s.kind == NAME && (s.isName("instanceof") || s.isName("in") || s.isName("as") || s.isName("satisfies"))) {
            return true;
        }
        return !startsExpression();
    }

    private void parseArguments() {
        expect("(");
        boolean outerNoIn = noIn;
        noIn = false;
        while (!s.isPunct(")")) {
            eat("...");
            parseAssignment();
            if (!eat(",")) {
                break;
            }
        }
        noIn = outerNoIn;
        expect(")");
    }

    private void parseTemplate(boolean types) {
        // at a TEMPLATE_HEAD
        next();
        while (true) {
            if (types) {
                parseType();
            } else {
                boolean outerNoIn = noIn;
                noIn = false;
                parseExpression();
                noIn = outerNoIn;
            }
            if (!s.isPunct("}")) {
                throw unexpected();
            }
            s.continueTemplate();
            boolean tail = s.kind == TEMPLATE_TAIL;
            next();
            if (tail) {
                return;
            }
        }
    }

    private void parsePrimary() {
        switch (s.kind) {
            case NAME -> {
                switch (s.text()) {
                    case "function" -> {
                        parseFunction(s.start, false);
                        return;
                    }
                    case "async" -> {
                        if (peekIsName("function") && !nextIsOnNewLine()) {
                            parseFunction(s.start, false);
                            return;
                        }
                    }
                    case "class" -> {
                        parseClass();
                        return;
                    }
                    case "new" -> {
                        parseNew();
                        return;
                    }
                    default -> {
                    }
                }
                next();
            }
            case STRING, NUMBER, PRIVATE_NAME, TEMPLATE_FULL, TypeScriptScanner.REGEX -> next();
            case TEMPLATE_HEAD -> parseTemplate(false);
            case PUNCT -> {
                switch (s.punct) {
                    case "(" -> {
                        next();
                        boolean outerNoIn = noIn;
                        noIn = false;
                        parseExpression();
                        noIn = outerNoIn;
                        expect(")");
                    }
                    case "[" -> parseArrayLiteral();
                    case "{" -> parseObjectLiteral();
                    case "/", "/=" -> {
                        s.rescanRegex();
                        next();
                    }
                    case "@" -> throw unsupported("decorator syntax (legacy experimentalDecorators)", s.start);
                    default -> throw unexpected();
                }
            }
            default -> throw unexpected();
        }
    }

    private void parseNew() {
        next(); // new
        if (eat(".")) {
            expectName();
            return;
        }
        if (s.isName("new")) {
            parseNew();
        } else {
            parsePrimary();
        }
        // member accesses, then type arguments, then the arguments
        while (true) {
            if (eat(".")) {
                if (s.kind != NAME && s.kind != PRIVATE_NAME) {
                    throw unexpected();
                }
                next();
            } else if (s.isPunct("[")) {
                next();
                parseExpression();
                expect("]");
            } else if (s.kind == TEMPLATE_FULL) {
                next();
            } else if (s.kind == TEMPLATE_HEAD) {
                parseTemplate(false);
            } else {
                break;
            }
        }
        if (s.isPunct("<")) {
            int open = s.start;
            State state = save();
            try {
                parseTypeArguments();
                erase(open, previousEnd);
            } catch (Failure failure) {
                restore(state);
            }
        }
        if (s.isPunct("(")) {
            parseArguments();
        }
    }

    private void parseArrayLiteral() {
        expect("[");
        boolean outerNoIn = noIn;
        noIn = false;
        while (!eat("]")) {
            if (eat(",")) {
                continue;
            }
            eat("...");
            parseAssignment();
            if (!s.isPunct("]")) {
                expect(",");
            }
        }
        noIn = outerNoIn;
    }

    private void parseObjectLiteral() {
        expect("{");
        boolean outerNoIn = noIn;
        noIn = false;
        while (!eat("}")) {
            if (eat("...")) {
                parseAssignment();
            } else {
                parsePropertyDefinition();
            }
            if (!s.isPunct("}")) {
                expect(",");
            }
        }
        noIn = outerNoIn;
    }

    private void parsePropertyDefinition() {
        int start = s.start;
        if (eat("*")) {
            parsePropertyName();
            parseFunctionRest(start, false);
            return;
        }
        if ((s.isName("get") || s.isName("set")) && nextCanFollowModifier(false)
                || s.isName("async") && nextCanFollowModifier(true)) {
            next();
            eat("*");
        }
        parsePropertyName();
        if (s.isPunct("(") || s.isPunct("<")) {
            parseFunctionRest(start, false);
        } else if (eat(":") || eat("=")) {
            parseAssignment();
        }
    }

    // ---- types ----

    private void parseTypeParameters() {
        expect("<");
        while (!s.isPunct(">")) {
            while ((s.isName("const") || s.isName("in") || s.isName("out")) && peekKind() == NAME) {
                next();
            }
            expectName();
            if (eatName("extends")) {
                parseType();
            }
            if (eat("=")) {
                parseType();
            }
            if (!eat(",")) {
                break;
            }
        }
        expect(">");
    }

    private void parseTypeArguments() {
        s.splitLessThan();
        expect("<");
        while (!s.isPunct(">")) {
            parseType();
            if (!eat(",")) {
                break;
            }
        }
        expect(">");
    }

    private void parseReturnType() {
        if (s.isName("asserts") && peekNameOnSameLine(false)) {
            next();
            next();
            if (eatName("is")) {
                parseType();
            }
            return;
        }
        if (s.kind == NAME && peekIsName("is") && !nextIsOnNewLine()) {
            next();
            next();
            parseType();
            return;
        }
        parseType();
    }

    private void parseType() {
        parseTypeWithConditionals(false);
    }

    /** A type; {@code disallowed}: directly in the {@code extends} of a conditional type, where none may start. */
    private void parseTypeWithConditionals(boolean disallowed) {
        boolean outer = noConditionalTypes;
        noConditionalTypes = disallowed;
        try {
            if (isStartOfFunctionType()) {
                parseFunctionType();
                return;
            }
            parseUnionType();
            if (!disallowed && s.isName("extends") && !s.newlineBefore) {
                next();
                parseTypeWithConditionals(true);
                expect("?");
                parseType();
                expect(":");
                parseType();
            }
        } finally {
            noConditionalTypes = outer;
        }
    }

    private boolean isStartOfFunctionType() {
        if (s.isPunct("<") || s.isName("new")) {
            return true;
        }
        if (s.isName("abstract") && peekIsName("new")) {
            return true;
        }
        if (!s.isPunct("(")) {
            return false;
        }
        State state = save();
        try {
            parseParameters(false);
            return s.isPunct("=>");
        } catch (Failure failure) {
            return false;
        } finally {
            restore(state);
        }
    }

    private void parseFunctionType() {
        eatName("abstract");
        eatName("new");
        if (s.isPunct("<")) {
            parseTypeParameters();
        }
        parseParameters(false);
        expect("=>");
        parseReturnType();
    }

    private void parseUnionType() {
        eat("|");
        parseIntersectionType();
        while (eat("|")) {
            parseIntersectionType();
        }
    }

    private void parseIntersectionType() {
        eat("&");
        parseTypeOperator();
        while (eat("&")) {
            parseTypeOperator();
        }
    }

    private void parseTypeOperator() {
        if ((s.isName("keyof") || s.isName("unique") || s.isName("readonly")) && peekStartsType()) {
            next();
            parseTypeOperator();
            return;
        }
        if (s.isName("infer") && peekKind() == NAME) {
            next();
            next();
            if (s.isName("extends") && !s.newlineBefore) {
                State state = save();
                next();
                parseTypeWithConditionals(true);
                if (!noConditionalTypes && s.isPunct("?")) {
                    restore(state); // that extends starts a conditional type: "infer U extends X ? A : B"
                }
            }
            return;
        }
        parsePostfixType();
    }

    private boolean peekStartsType() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        boolean result = s.kind != EOF && !(s.kind == PUNCT && switch (s.punct) {
            case ",", ")", "]", ">", "=", ";", "}", "|", "&", "?", ":" -> true;
            default -> false;
        });
        s.reset(mark);
        return result;
    }

    private void parsePostfixType() {
        parsePrimaryType();
        while (s.isPunct("[") && !s.newlineBefore) {
            next();
            if (!s.isPunct("]")) {
                parseType();
            }
            expect("]");
        }
    }

    private void parsePrimaryType() {
        switch (s.kind) {
            case NAME -> {
                if (s.isName("typeof")) {
                    next();
                    if (s.isName("import")) {
                        parseImportType();
                    } else {
                        expectName();
                        while (eat(".")) {
                            if (s.kind != NAME && s.kind != PRIVATE_NAME) {
                                throw unexpected();
                            }
                            next();
                        }
                    }
                    parseOptionalTypeArgumentsOnSameLine();
                    return;
                }
                if (s.isName("import") && peekIsPunct("(")) {
                    parseImportType();
                    parseOptionalTypeArgumentsOnSameLine();
                    return;
                }
                next();
                while (s.isPunct(".")) {
                    next();
                    expectName();
                }
                parseOptionalTypeArgumentsOnSameLine();
            }
            case STRING, NUMBER, TEMPLATE_FULL -> next();
            case TEMPLATE_HEAD -> parseTemplate(true);
            case PUNCT -> {
                switch (s.punct) {
                    case "-" -> {
                        next();
                        if (s.kind != NUMBER) {
                            throw unexpected();
                        }
                        next();
                    }
                    case "{" -> {
                        if (isMappedType()) {
                            parseMappedType();
                        } else {
                            parseObjectType();
                        }
                    }
                    case "[" -> parseTupleType();
                    case "(" -> {
                        next();
                        parseType();
                        expect(")");
                    }
                    default -> throw unexpected();
                }
            }
            default -> throw unexpected();
        }
    }

    private void parseOptionalTypeArgumentsOnSameLine() {
        if ((s.isPunct("<") || s.isPunct("<<")) && !s.newlineBefore) {
            parseTypeArguments();
        }
    }

    private void parseImportType() {
        next(); // import
        expect("(");
        parseType();
        if (eat(",")) {
            if (!s.isPunct(")")) {
                parseObjectLiteralSkip();
                eat(",");
            }
        }
        expect(")");
        while (eat(".")) {
            expectName();
        }
    }

    /** An object literal inside a type ({@code import("x", { with: ... })}): braces matched. */
    private void parseObjectLiteralSkip() {
        expect("{");
        int depth = 1;
        while (depth > 0) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            if (s.isPunct("{")) {
                depth++;
            } else if (s.isPunct("}")) {
                depth--;
            }
            next();
        }
    }

    private boolean isMappedType() {
        TypeScriptScanner.Mark mark = s.mark();
        try {
            s.next();
            if (s.isPunct("+") || s.isPunct("-")) {
                s.next();
                if (!s.isName("readonly")) {
                    return false;
                }
                s.next();
            } else if (s.isName("readonly")) {
                s.next();
            }
            if (!s.isPunct("[")) {
                return false;
            }
            s.next();
            if (s.kind != NAME) {
                return false;
            }
            s.next();
            return s.isName("in");
        } finally {
            s.reset(mark);
        }
    }

    private void parseMappedType() {
        expect("{");
        if (!eat("+")) {
            eat("-");
        }
        eatName("readonly");
        expect("[");
        expectName();
        if (!eatName("in")) {
            throw unexpected();
        }
        parseType();
        if (eatName("as")) {
            parseType();
        }
        expect("]");
        if (!eat("+")) {
            eat("-");
        }
        eat("?");
        if (eat(":")) {
            parseType();
        }
        if (!eat(";")) {
            eat(",");
        }
        expect("}");
    }

    private void parseTupleType() {
        expect("[");
        while (!s.isPunct("]")) {
            eat("...");
            if (s.kind == NAME && (peekIsPunct(":") || peekIsPunct("?") && isNamedOptionalTupleMember())) {
                next();
                eat("?");
                expect(":");
                eat("...");
            }
            parseType();
            eat("?");
            if (!eat(",")) {
                break;
            }
        }
        expect("]");
    }

    private boolean isNamedOptionalTupleMember() {
        TypeScriptScanner.Mark mark = s.mark();
        s.next();
        s.next();
        boolean result = s.isPunct(":");
        s.reset(mark);
        return result;
    }

    /** {@code { members }} of an interface or a type literal. */
    private void parseObjectType() {
        expect("{");
        while (!s.isPunct("}")) {
            if (s.kind == EOF) {
                throw unexpected();
            }
            parseTypeMember();
            if (!eat(";")) {
                eat(",");
            }
        }
        next();
    }

    private void parseTypeMember() {
        if (s.isPunct("(") || s.isPunct("<")) {
            parseSignatureRest();
            return;
        }
        if (s.isName("new") && (peekIsPunct("(") || peekIsPunct("<"))) {
            next();
            parseSignatureRest();
            return;
        }
        while ((s.isName("readonly") || s.isName("get") || s.isName("set")) && nextCanFollowModifier(false)) {
            next();
        }
        if (s.isPunct("[") && isIndexSignature()) {
            parseIndexSignature();
            return;
        }
        parsePropertyName();
        eat("?");
        if (s.isPunct("(") || s.isPunct("<")) {
            parseSignatureRest();
        } else if (eat(":")) {
            parseType();
        }
    }

    private void parseSignatureRest() {
        if (s.isPunct("<")) {
            parseTypeParameters();
        }
        parseParameters(false);
        if (eat(":")) {
            parseReturnType();
        }
    }
}
