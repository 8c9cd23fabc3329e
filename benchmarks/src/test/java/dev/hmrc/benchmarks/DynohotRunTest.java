package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DynohotRunTest {

    @Test
    void readsTheNodeScriptsOutput() {
        String output = """
                info\tdynohot\t1.2.1
                info\tnode\tv20.20.2
                info\tsink\t123
                corpus\tthree\t2\t1000
                corpus\trxjs\t1\t500
                round\t0\tthree\t10\t9
                round\t0\trxjs\t20\t19
                round\t1\tthree\t30\t29
                round\t1\trxjs\t40\t39
                failure\t/x/y.js\tUnexpected token (1:2)
                """;
        DynohotRun run = DynohotRun.parse(output, 2);
        assertEquals("1.2.1", run.dynohotVersion());
        assertEquals("v20.20.2", run.nodeVersion());
        assertEquals(Map.of("three", 1000L, "rxjs", 500L), run.corpusBytes());
        assertArrayEquals(new long[] {10, 30}, run.wallByCorpus().get("three"));
        assertArrayEquals(new long[] {9, 29}, run.cpuByCorpus().get("three"));
        assertArrayEquals(new long[] {30, 70}, DynohotRun.totalNanos(run.wallByCorpus()));
        assertArrayEquals(new long[] {28, 68}, DynohotRun.totalNanos(run.cpuByCorpus()));
        assertEquals(1500, run.totalBytes());
        assertEquals(Map.of("/x/y.js", "Unexpected token (1:2)"), run.failures());
    }

    @Test
    void outputWithoutRoundsIsAnError() {
        assertThrows(UncheckedIOException.class, () -> DynohotRun.parse("info\tnode\tv20\n", 3));
    }

    @Test
    void unknownLinesAreAnError() {
        assertThrows(UncheckedIOException.class, () -> DynohotRun.parse("round\t0\tthree\t1\t1\nbogus\n", 1));
    }
}
