package dev.hmrc.golden;

import com.oracle.js.parser.ErrorManager;
import com.oracle.js.parser.Parser;
import com.oracle.js.parser.ParserException;
import com.oracle.js.parser.ScriptEnvironment;
import com.oracle.js.parser.Source;

/**
 * Independent syntax checks with the GraalJS parser itself (the engine the
 * transformer's output runs on): the output must parse as a script, an input
 * as a module.
 */
final class ScriptSyntax {

    private ScriptSyntax() {
    }

    /** A parse failure: 1-based line, 0-based column (as the GraalJS parser reports them) and message. */
    record ParseFailure(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    private static ScriptEnvironment environment() {
        return ScriptEnvironment.builder()
                .ecmaScriptVersion(ScriptEnvironment.ES_STAGING)
                .classFields(true)
                .importAttributes(true)
                .privateFieldsIn(true)
                .topLevelAwait(true)
                .allowBigInt(true)
                .shebang(true)
                .annexB(true)
                .build();
    }

    /** Parses {@code code} as a (sloppy) script; returns the failure, or null when it parses. */
    static ParseFailure parseScript(String code, String name) {
        try {
            new Parser(environment(), Source.sourceFor(name, code), new ErrorManager.ThrowErrorManager()).parse();
            return null;
        } catch (ParserException e) {
            return new ParseFailure(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
    }

    /** Parses {@code code} as a module; returns the failure, or null when it parses. */
    static ParseFailure parseModule(String code, String name) {
        try {
            new Parser(environment(), Source.sourceFor(name, code), new ErrorManager.ThrowErrorManager())
                    .parseModule(name);
            return null;
        } catch (ParserException e) {
            return new ParseFailure(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
    }
}
