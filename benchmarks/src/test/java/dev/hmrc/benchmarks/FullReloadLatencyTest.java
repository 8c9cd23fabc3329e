package dev.hmrc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The full-reload benchmark's graph: every module is reached once, and the entry prints its token and the sum. */
class FullReloadLatencyTest {

    @TempDir
    Path temp;

    @Test
    void entryOfTheGraphPrintsItsTokenAndTheModuleCount() throws Exception {
        FullReloadLatency.writeGraph(temp, 100);
        FullReloadLatency.writeEntry(temp, 7);
        assertEquals(101, Files.list(temp).filter(p -> p.toString().endsWith(".mjs")).count());
        // node runs the graph as it is (the entry keeps running: its first line is what matters)
        Process node = new ProcessBuilder("node", "-e",
                "import('" + temp.resolve("m0.mjs").toUri() + "').then((m) => console.log(m.value))")
                .redirectErrorStream(true).start();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS));
        assertEquals("100", new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip(),
                "each module adds one: the sum is the module count");
        assertTrue(Files.readString(temp.resolve("main.mjs")).contains("'ready 7 '"));
    }
}
