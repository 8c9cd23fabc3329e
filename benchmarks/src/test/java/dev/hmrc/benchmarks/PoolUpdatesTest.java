package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smoke run of the pool benchmark at a tiny size: it finishes and prints its three figures. */
class PoolUpdatesTest {

    @TempDir
    Path temp;

    @Test
    void smokeRunPrintsLatencyAndHeapFigures() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PoolUpdates.main(new String[] {"--folder", temp.toString(), "--runtimes", "2", "--updates", "2", "--modules", "2"});
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("update latency, 1 runtime:"), out);
        assertTrue(out.matches("(?s).*pool of 2 \\(all\\): p50 [0-9.]+ ms.*"), out);
        assertTrue(out.matches("(?s).*heap with the program loaded: pool of 2 -?[0-9.]+ MB, 2 separate runtimes [0-9.]+ MB.*"), out);
    }
}
