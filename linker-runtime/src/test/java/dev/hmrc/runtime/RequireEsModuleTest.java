package dev.hmrc.runtime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code require()} of ES modules as Node 20.19+ / 22.12+ does it, differentially: the same program
 * printed by {@code node} (20.20 on the machine, where require(esm) is on by default) and by hmrc
 * under both linkers. The programs ({@code src/test/resources/node/require-esm/}) require modules
 * with a default and named exports (Node's facade with {@code __esModule}), named exports only
 * (the module's own live namespace), a {@code "module.exports"} export, an {@code __esModule}
 * export of their own, a {@code .js} module of a {@code "type": "module"} package that imports
 * CommonJS; top-level await in the module or its graph ({@code ERR_REQUIRE_ASYNC_MODULE}, before
 * anything runs); {@code require.cache} entries; the record {@code import} gives (same-record.mjs);
 * cycles through CommonJS and a module requiring itself ({@code ERR_REQUIRE_CYCLE_MODULE}), and Node's
 * evaluation order of modules a CommonJS module requires while they are imported beside it; and
 * {@code import()} inside CommonJS (dynamic-import.cjs/.mjs: relative, a package's {@code import}
 * condition, JSON with attributes, a CommonJS file, a missing file, the instance {@code import} gives,
 * {@code import(} in strings, templates and comments left alone).
 */
class RequireEsModuleTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/node/require-esm").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {"main.cjs", "same-record.mjs", "cycle.mjs", "cycle-main.cjs", "self.mjs",
            "dynamic-import.cjs", "dynamic-import.mjs"})
    void requireOfAnEsModulePrintsWhatNodePrintsInBothModes(String entry) throws Exception {
        String expected = expected(entry);
        assertEquals(expected, NodeCompatibilityTest.hmrc(PROGRAMS, Linker.GRAALJS, entry), "GraalJS's loader");
        assertEquals(expected, NodeCompatibilityTest.hmrc(PROGRAMS, Linker.HMRC, entry), "hmrc's linker");
    }

    /**
     * A module whose evaluation throws: require throws its error, the same one each time, and no
     * cache entry stays. In the plain mode GraalJS also reports its module's rejected evaluation
     * promise, which hmrc cannot reach, as unhandled once the program's turn ends (a documented departure).
     */
    @Test
    void anEvaluationErrorIsThrownByRequireAsInNode() throws Exception {
        String expected = expected("throws.cjs");
        assertEquals(expected, NodeCompatibilityTest.hmrc(PROGRAMS, Linker.HMRC, "throws.cjs"), "hmrc's linker");
        String plain = NodeCompatibilityTest.hmrc(PROGRAMS, Linker.GRAALJS, "throws.cjs");
        String printed = expected.substring(0, expected.lastIndexOf("exit 0\n"));
        assertEquals(printed + "Uncaught Error: module failed\nexit 1\n", plain, "GraalJS's loader");
    }

    private static String expected(String entry) throws Exception {
        String expected = NodeCompatibilityTest.node(PROGRAMS, entry);
        assertTrue(expected.endsWith("exit 0\n") && expected.lines().count() > 1, "node itself failed:\n" + expected);
        return expected;
    }
}
