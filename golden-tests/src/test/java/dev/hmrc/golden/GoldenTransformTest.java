package dev.hmrc.golden;

import dev.hmrc.sourcemaps.Mapping;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.ModuleTransformer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden transform cases under {@code src/test/resources/golden}: for each
 * case folder, the transform's code, decoded map and record (or its syntax
 * error) must equal the files beside the input, and the output must pass
 * checks that do not depend on those files (it parses as a script, keeps every
 * line, maps every identifier back, is deterministic).
 *
 * <p>Regenerate the expected files with {@code -Dgolden.update=true} (see
 * golden-tests/README.md), then review them as a git diff.
 */
class GoldenTransformTest {

    private static final Path CASES = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final ModuleTransformer TRANSFORMER = new ModuleTransformer();
    private static final List<String> ALL_FILES =
            List.of(GoldenCase.OUTPUT, GoldenCase.MAPPINGS, GoldenCase.RECORD, GoldenCase.ERROR);

    @TestFactory
    Stream<DynamicContainer> goldenCases() {
        List<GoldenCase> cases = GoldenCase.all(CASES);
        assertTrue(cases.size() >= 60, "expected at least 60 golden cases in " + CASES.toAbsolutePath());
        return cases.stream().map(c -> DynamicContainer.dynamicContainer(c.name(), c.folder().toUri(), Stream.of(
                DynamicTest.dynamicTest("matches the expected files", () -> matchesExpectedFiles(c)),
                DynamicTest.dynamicTest("output is well-formed, independent of the expected files",
                        () -> isWellFormed(c)))));
    }

    private static void matchesExpectedFiles(GoldenCase c) {
        TransformOutcome outcome = TransformOutcome.of(TRANSFORMER, c.inputText(), c.sourceName(), c.isJson());
        Map<String, String> actual = outcome.goldenFiles(c.sourceName());
        if (UPDATE) {
            for (String file : ALL_FILES) {
                if (actual.containsKey(file)) {
                    c.writeExpected(file, actual.get(file));
                } else {
                    c.deleteExpected(file);
                }
            }
            return;
        }
        List<String> differences = new ArrayList<>();
        for (String file : ALL_FILES) {
            String expected = c.expected(file);
            String got = actual.get(file);
            if (expected == null && got != null) {
                differences.add(file + ": no expected file, but the transform produced:\n" + clip(got));
            } else if (expected != null && got == null) {
                differences.add(file + ": expected, but the transform "
                        + (outcome.error() != null ? "failed: " + outcome.error().getMessage() : "succeeded"));
            } else if (expected != null) {
                String diff = LineDiff.firstDifference(file, expected, got);
                if (diff != null) {
                    differences.add(diff);
                }
            }
        }
        if (!differences.isEmpty()) {
            fail("golden case " + c.name() + " differs:\n" + String.join("\n", differences));
        }
    }

    private static void isWellFormed(GoldenCase c) {
        String input = c.inputText();
        TransformOutcome outcome = TransformOutcome.of(TRANSFORMER, input, c.sourceName(), c.isJson());
        if (outcome.error() != null) {
            isAnAccurateSyntaxError(c, input, outcome.error());
            return;
        }
        if (!c.isJson()) {
            ScriptSyntax.ParseFailure inputFailure = ScriptSyntax.parseModule(input, c.sourceName());
            assertEquals(null, inputFailure, "the case's input must be a valid module (GraalJS says otherwise)");
        }
        String code = outcome.result().code();
        ScriptSyntax.ParseFailure failure = ScriptSyntax.parseScript(code, "output.js");
        if (failure != null) {
            fail("output does not parse as a script at " + failure + "\n  output line: "
                    + lineOf(code, failure.line() - 1));
        }
        assertEquals(lineCount(input) + 2, lineCount(withoutFinalNewline(code)),
                "output must have the input's lines plus the two suffix lines (`}}).execute` and the record)");
        List<String> outOfRange = new ArrayList<>();
        String[] inputLines = input.split("\r\n|\r|\n", -1);
        for (Mapping m : outcome.mappings()) {
            if (m.hasSource() && (m.originalLine() >= inputLines.length
                    || m.originalColumn() > inputLines[m.originalLine()].length())) {
                outOfRange.add(m.toString());
            }
        }
        assertTrue(outOfRange.isEmpty(), "mappings point outside the input: " + outOfRange);
        List<String> problems = MapBack.problems(input, code, outcome.mappings());
        assertTrue(problems.isEmpty(), "identifiers that do not map back:\n  " + String.join("\n  ", problems));

        TransformOutcome again = TransformOutcome.of(new ModuleTransformer(), input, c.sourceName(), c.isJson());
        assertEquals(code, again.result().code(), "transforming twice must give the same code");
        assertEquals(outcome.result().map().toJson(), again.result().map().toJson(),
                "transforming twice must give the same map");
        assertEquals(outcome.result().record().toJson(), again.result().record().toJson(),
                "transforming twice must give the same record");
    }

    /** The transform's error must agree with the GraalJS parser's own position (columns 1-based vs 0-based). */
    private static void isAnAccurateSyntaxError(GoldenCase c, String input, ModuleSyntaxError error) {
        String[] lines = input.split("\r\n|\r|\n", -1);
        assertTrue(error.line() >= 1 && error.line() <= lines.length, "error line out of range: " + error.line());
        assertTrue(error.column() >= 1 && error.column() <= lines[error.line() - 1].length() + 1,
                "error column out of range: " + error.column());
        assertTrue(error.getMessage().contains(error.reason()), "the message must state the reason");
        String offendingLine = lines[error.line() - 1].strip();
        assertTrue(error.codeFrame().contains(offendingLine),
                "the code frame must show the offending line `" + offendingLine + "`:\n" + error.codeFrame());
        if (!c.isJson()) {
            ScriptSyntax.ParseFailure parser = ScriptSyntax.parseModule(input, c.sourceName());
            if (parser == null) {
                fail("the transform rejected a module the GraalJS parser accepts: " + error.getMessage());
            }
            assertEquals(parser.line() + ":" + (parser.column() + 1), error.line() + ":" + error.column(),
                    "the error position must be the parser's (" + parser + ")");
        }
    }

    private static int lineCount(String text) {
        return text.split("\r\n|\r|\n", -1).length;
    }

    private static String withoutFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static String lineOf(String text, int index) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return index >= 0 && index < lines.length ? lines[index] : "<none>";
    }

    private static String clip(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "\n..." : text;
    }
}
