package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CPU time a benchmark process reports through its shell wrapper ({@code times}). */
class ProgramRunTest {

    @Test
    void theTimesReportIsReadAndCutFromStderr() {
        ProgramRun.TimedStderr timed = ProgramRun.TimedStderr.of(
                "hmrc: a warning\nhmrc-bench-times\n0m0.002s 0m0.001s\n1m10.510s 0m0.540s\n");
        assertEquals("hmrc: a warning\n", timed.stderr());
        assertEquals(71_050_000_000L, timed.cpuNanos());
    }

    @Test
    void withoutAReportTheCpuTimeIsUnknown() {
        ProgramRun.TimedStderr timed = ProgramRun.TimedStderr.of("Uncaught Error: x\n");
        assertEquals("Uncaught Error: x\n", timed.stderr());
        assertEquals(-1, timed.cpuNanos());
    }
}
