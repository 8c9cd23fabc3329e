package dev.hmrc.transformer;

import com.oracle.js.parser.ErrorManager;
import com.oracle.js.parser.Lexer;
import com.oracle.js.parser.Parser;
import com.oracle.js.parser.ParserException;
import com.oracle.js.parser.ScriptEnvironment;
import com.oracle.js.parser.Source;
import com.oracle.js.parser.ir.FunctionNode;

/**
 * The GraalJS parser with the one configuration the transform uses; parser errors become {@link ModuleSyntaxError}.
 * The parser also reports where its regular expression literals are (the token scanner needs them to tell a
 * regex from a division), so no pass over the tree has to look for them.
 */
final class ModuleParser {
    /**
     * The parsed module and its regular expression literal spans, in parse order.
     *
     * @param program    the module's function node
     * @param regexSpans start and end offsets, two per literal ({@code regexCount} pairs)
     * @param regexCount number of literals
     */
    record Parsed(FunctionNode program, int[] regexSpans, int regexCount) {
    }

    /** A parser that records each regular expression literal as the parser creates its node. */
    private static final class RegexRecordingParser extends Parser {
        int[] spans = new int[16];
        int count;

        RegexRecordingParser(ScriptEnvironment environment, Source source, ErrorManager errors) {
            super(environment, source, errors);
        }

        /**
         * Called by the parser for a literal whose value is a lexer token (a regular expression) right after it
         * stepped past the token: {@code finish} is the literal's end. ({@code previousToken} is not always the
         * literal: a line break after it is a token of its own.) The literal is {@code /body/flags} with body
         * and flags as written, so its start is its length before the end.
         */
        @Override
        protected void validateLexerToken(Lexer.LexerToken lexerToken) {
            super.validateLexerToken(lexerToken);
            if (lexerToken instanceof Lexer.RegexToken regex) {
                if (count * 2 + 2 > spans.length) {
                    spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                }
                spans[count * 2] = finish - 2 - regex.getExpression().length() - regex.getOptions().length();
                spans[count * 2 + 1] = finish;
                count++;
            }
        }
    }

    /** The parser's configuration for each language (the options GraalJS's own module parser uses). */
    private static final java.util.Map<JsLanguage, ScriptEnvironment> ENVIRONMENTS = environments();

    private static java.util.Map<JsLanguage, ScriptEnvironment> environments() {
        java.util.Map<JsLanguage, ScriptEnvironment> byLanguage = new java.util.EnumMap<>(JsLanguage.class);
        for (JsLanguage language : JsLanguage.values()) {
            byLanguage.put(language, ScriptEnvironment.builder()
                    .ecmaScriptVersion(language.parserVersion())
                    .strict(true)
                    .classFields(true)
                    .importAttributes(true)
                    .topLevelAwait(true)
                    .privateFieldsIn(true)
                    .allowBigInt(true)
                    .annexB(false)
                    .shebang(true)
                    // Off: Nashorn's syntax extensions read "new Map()\n{ let i = 0 }" as an anonymous
                    // subclass body (then fail on "let i"), where ECMAScript ends the statement.
                    .syntaxExtensions(false)
                    .build());
        }
        return byLanguage;
    }

    /** A sloppy-mode script with Annex B, as Node compiles a CommonJS module's body. */
    private static final ScriptEnvironment SCRIPT = ScriptEnvironment.builder()
            .ecmaScriptVersion(ScriptEnvironment.ES_STAGING)
            .strict(false)
            .classFields(true)
            .importAttributes(true)
            .privateFieldsIn(true)
            .allowBigInt(true)
            .annexB(true)
            .shebang(true)
            .syntaxExtensions(false)
            .build();

    private ModuleParser() {
    }

    /** Parses {@code source} as Node compiles a CommonJS module: a sloppy function body. */
    static void parseCommonJsBody(String source, String sourceName) throws ModuleSyntaxError {
        String wrapped = "(function(){" + withoutShebang(source) + "\n})";
        try {
            new Parser(SCRIPT, Source.sourceFor(sourceName, wrapped), new ErrorManager.ThrowErrorManager()).parse();
        } catch (ParserException e) {
            String reason = e.getRawMessage() != null ? e.getRawMessage() : e.getMessage();
            throw new ModuleSyntaxError(sourceName, reason, source, Math.max(0, Math.min(source.length(), e.getPosition() - 12)));
        } catch (StackOverflowError e) {
            throw new ModuleSyntaxError(sourceName, "the module is nested too deeply to be parsed", source, 0);
        }
    }

    /**
     * Where a CommonJS module's text calls {@code import()}: the offset of each call's {@code import}
     * keyword, ascending (the parser's tokens: never a string, comment, template or regex). Empty when
     * the text has none or does not parse (GraalJS then reports the syntax error when it compiles it).
     */
    static int[] commonJsImportCalls(String source) {
        if (!source.contains("import")) {
            return new int[0];
        }
        String prefix = "(function(){";
        FunctionNode program;
        try {
            program = new Parser(SCRIPT, Source.sourceFor("import calls", prefix + withoutShebang(source) + "\n})"),
                    new ErrorManager.ThrowErrorManager()).parse();
        } catch (ParserException | StackOverflowError notParsed) {
            return new int[0];
        }
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        program.accept(new com.oracle.js.parser.ir.visitor.NodeVisitor<>(new com.oracle.js.parser.ir.LexicalContext()) {
            @Override
            public boolean enterCallNode(com.oracle.js.parser.ir.CallNode call) {
                if (call.getFunction() instanceof com.oracle.js.parser.ir.IdentNode id && id.getName().equals("import")
                        && id.getStart() >= prefix.length()) {
                    starts.add(id.getStart() - prefix.length());
                }
                return true;
            }
        });
        return starts.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** A {@code #!} first line as a comment (Node's CommonJS loader and hashbang grammar allow it there only). */
    private static String withoutShebang(String source) {
        return source.startsWith("#!") ? "//" + source.substring(2) : source;
    }

    /**
     * Node's module syntax detection for a {@code .js} file whose package names no {@code type}:
     * true when the text does not parse as a script (what a CommonJS body is) but does as a module,
     * i.e. it has {@code import}/{@code export} declarations, {@code import.meta} or top-level
     * {@code await}.
     */
    static boolean hasModuleSyntax(String source) {
        if (!source.contains("import") && !source.contains("export") && !source.contains("await")) {
            return false;
        }
        try {
            new Parser(SCRIPT, Source.sourceFor("detect", "(function(){" + withoutShebang(source) + "\n})"),
                    new ErrorManager.ThrowErrorManager()).parse();
            return false;
        } catch (ParserException | StackOverflowError notAScript) {
            // falls through
        }
        try {
            parse(source, "detect");
            return true;
        } catch (ModuleSyntaxError neither) {
            return false;
        }
    }

    /** {@link #parse(String, String, JsLanguage)} in {@link JsLanguage#STABLE}. */
    static Parsed parse(String source, String sourceName) throws ModuleSyntaxError {
        return parse(source, sourceName, JsLanguage.STABLE);
    }

    static Parsed parse(String source, String sourceName, JsLanguage language) throws ModuleSyntaxError {
        try {
            RegexRecordingParser parser = new RegexRecordingParser(ENVIRONMENTS.get(language), Source.sourceFor(sourceName, source),
                    new ErrorManager.ThrowErrorManager());
            FunctionNode module = parser.parseModule(sourceName);
            if (module == null) {
                throw new ModuleSyntaxError(sourceName, "the module could not be parsed", source, 0);
            }
            return new Parsed(module, parser.spans, parser.count);
        } catch (ParserException e) {
            int position = e.getPosition();
            String reason = e.getRawMessage() != null ? e.getRawMessage() : e.getMessage();
            if (position < 0 || position > source.length()) {
                position = offsetOf(source, e.getLineNumber(), e.getColumnNumber());
            }
            throw new ModuleSyntaxError(sourceName, reason, source, position);
        } catch (StackOverflowError e) {
            throw new ModuleSyntaxError(sourceName, "the module is nested too deeply to be parsed", source, 0);
        }
    }

    private static int offsetOf(String source, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < source.length(); offset++) {
            if (source.charAt(offset) == '\n') {
                l++;
            }
        }
        return Math.min(source.length(), offset + Math.max(0, column));
    }
}
