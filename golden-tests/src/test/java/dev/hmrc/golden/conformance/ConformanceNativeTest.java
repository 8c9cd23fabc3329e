package dev.hmrc.golden.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The native side of the differential module-linking suite: every case under
 * {@code src/test/resources/conformance} is run by GraalJS's own module loader
 * ({@link NativeModuleRun}) and its transcript must equal {@code expected.txt}.
 * This fixes the oracle the hmrc runtime is compared against.
 *
 * <p>Regenerate with {@code -Dconformance.update=true} (see golden-tests/README.md)
 * and review the change as a git diff.
 */
class ConformanceNativeTest {

    private static final boolean UPDATE = Boolean.getBoolean("conformance.update");

    @TestFactory
    Stream<DynamicTest> everyCaseRunsNativelyAsExpected() {
        List<ConformanceCase> cases = ConformanceCase.all(ConformanceCase.ROOT);
        assertTrue(cases.size() >= 150, "expected at least 150 conformance cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.folder().toUri(), () -> check(c)));
    }

    private static void check(ConformanceCase c) {
        String main = c.file(ConformanceCase.ENTRY);
        assertTrue(main.startsWith("//"), c.name() + ": the first line of main.mjs must be a comment saying what the case checks");
        if (c.file(ConformanceCase.NOTE) != null) {
            assertTrue(c.file(ConformanceCase.EXPECTED_SPEC) != null || c.file(ConformanceCase.EXPECTED_HOT) != null,
                    c.name() + ": a case with NOTE.md (a GraalJS departure or an intended hmrc host difference)"
                            + " needs expected-spec.txt or expected-hot.txt");
        }
        String actual = NativeModuleRun.run(c.folder(), c.language()).transcript();
        if (UPDATE) {
            c.write(ConformanceCase.EXPECTED, actual);
            return;
        }
        String expected = c.file(ConformanceCase.EXPECTED);
        assertNotNull(expected, c.name() + ": no expected.txt; run with -Dconformance.update=true");
        assertEquals(expected, actual, c.name() + ": the native transcript differs from expected.txt");
        if (c.file(ConformanceCase.EXPECTED_SPEC) != null) {
            assertNotEquals(expected, c.file(ConformanceCase.EXPECTED_SPEC),
                    c.name() + ": expected-spec.txt equals expected.txt, so NOTE.md describes no departure");
        }
    }

    @Test
    void everyCaseFolderHasAnEntryModule() {
        try (Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(ConformanceCase.ROOT)) {
            List<String> without = dirs.filter(java.nio.file.Files::isDirectory)
                    .filter(d -> !java.nio.file.Files.exists(d.resolve(ConformanceCase.ENTRY)))
                    .map(d -> d.getFileName().toString())
                    .toList();
            assertEquals(List.of(), without, "case folders without main.mjs");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
