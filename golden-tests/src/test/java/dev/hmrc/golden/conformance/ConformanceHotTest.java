package dev.hmrc.golden.conformance;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ProgramRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hot side of the differential module-linking suite: every case under
 * {@code src/test/resources/conformance} is run through hmrc's linker, as
 * {@code hmrc run --import hmr/register} runs a program ({@link ProgramRun}, shared
 * with the runtime's own {@code GraphDifferentialTest}), and must print
 * {@link ConformanceCase#hotTranscript()}: the native transcript, or the spec's where
 * GraalJS departs from ECMA-262, or {@code expected-hot.txt} where hmrc's host differs
 * from GraalJS's on purpose.
 *
 * <p>All runs share one engine, so the whole suite takes seconds, not minutes.
 */
class ConformanceHotTest {

    private static JsEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = JsEngine.create();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseRunsThroughHmrcLinkerAsExpected() {
        List<ConformanceCase> cases = ConformanceCase.all(ConformanceCase.ROOT);
        assertTrue(cases.size() >= 150, "expected at least 150 conformance cases, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.folder().toUri(), () -> check(c)));
    }

    private static void check(ConformanceCase c) {
        if (c.file(ConformanceCase.EXPECTED_HOT) != null) {
            assertNotNull(c.file(ConformanceCase.NOTE),
                    c.name() + ": expected-hot.txt needs NOTE.md saying why hmrc's host differs from GraalJS's");
            assertNotEquals(c.specTranscript(), c.file(ConformanceCase.EXPECTED_HOT),
                    c.name() + ": expected-hot.txt equals the native/spec transcript, so it overrides nothing");
        }
        ProgramRun run = ProgramRun.run(c.folder(), Linker.HMRC, engine, c.language());
        assertEquals(c.hotTranscript(), run.transcript(),
                c.name() + ": hmrc's linker printed a different transcript; its stderr was:\n" + run.stderr());
    }
}
