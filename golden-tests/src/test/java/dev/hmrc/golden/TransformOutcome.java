package dev.hmrc.golden;

import dev.hmrc.sourcemaps.DecodedSourceMap;
import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What transforming one input gave: either a result or a syntax error, and the
 * golden files that describe it.
 *
 * @param result   the transform result, or null on a syntax error
 * @param error    the syntax error, or null on success
 * @param mappings the decoded mappings of the result (empty on error)
 */
record TransformOutcome(TransformResult result, ModuleSyntaxError error, List<Mapping> mappings) {

    /** Transforms {@code source} as a module, or as a JSON module when {@code json}. */
    static TransformOutcome of(ModuleTransformer transformer, String source, String sourceName, boolean json) {
        TransformResult result;
        try {
            result = json ? transformer.transformJson(source, sourceName) : transformer.transform(source, sourceName);
        } catch (Exception e) {
            if (e instanceof ModuleSyntaxError syntaxError) {
                return new TransformOutcome(null, syntaxError, List.of());
            }
            throw new AssertionError("transform of " + sourceName + " threw " + e, e);
        }
        return new TransformOutcome(result, null, DecodedSourceMap.decode(result.map()).mappings());
    }

    /** The golden files for this outcome, by file name, in the order they are compared. */
    Map<String, String> goldenFiles(String sourceName) {
        Map<String, String> files = new LinkedHashMap<>();
        if (error != null) {
            files.put(GoldenCase.ERROR, errorText(error));
        } else {
            files.put(GoldenCase.OUTPUT, result.code());
            files.put(GoldenCase.MAPPINGS, MappingListing.render(mappings, result.code(), sourceName));
            files.put(GoldenCase.RECORD, PrettyJson.format(result.record().toJson()));
        }
        return files;
    }

    /** The error as {@code error.txt} holds it: its position from the accessors, then the exact message. */
    static String errorText(ModuleSyntaxError error) {
        String text = "# line " + error.line() + ", column " + error.column() + ": " + error.reason() + "\n"
                + error.getMessage();
        if (!error.getMessage().contains(error.codeFrame())) {
            text += "\n# code frame\n" + error.codeFrame();
        }
        return text.endsWith("\n") ? text : text + "\n";
    }
}
