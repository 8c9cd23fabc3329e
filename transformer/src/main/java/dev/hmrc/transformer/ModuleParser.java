package dev.hmrc.transformer;

import com.oracle.js.parser.ErrorManager;
import com.oracle.js.parser.Parser;
import com.oracle.js.parser.ParserException;
import com.oracle.js.parser.ScriptEnvironment;
import com.oracle.js.parser.Source;
import com.oracle.js.parser.ir.FunctionNode;

/** The GraalJS parser with the one configuration the transform uses; parser errors become {@link ModuleSyntaxError}. */
final class ModuleParser {
    private static final ScriptEnvironment ENVIRONMENT = ScriptEnvironment.builder()
            .ecmaScriptVersion(ScriptEnvironment.ES_STAGING)
            .strict(true)
            .classFields(true)
            .importAttributes(true)
            .topLevelAwait(true)
            .privateFieldsIn(true)
            .allowBigInt(true)
            .annexB(false)
            .shebang(true)
            .build();

    private ModuleParser() {
    }

    static FunctionNode parse(String source, String sourceName) throws ModuleSyntaxError {
        try {
            Parser parser = new Parser(ENVIRONMENT, Source.sourceFor(sourceName, source),
                    new ErrorManager.ThrowErrorManager());
            FunctionNode module = parser.parseModule(sourceName);
            if (module == null) {
                throw new ModuleSyntaxError(sourceName, "the module could not be parsed", source, 0);
            }
            return module;
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
