package dev.hmrc.runtime.web;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Differential tests of the web-platform globals: each program in
 * {@code src/test/resources/web-platform/} prints the same stdout under Node and under hmrc, in
 * both modes (GraalJS's loader and hmrc's linker), and exits 0. (Node's own departures from the
 * standards are left out of these programs; {@code WebPlatformSpecTest} covers those parts.)
 * Skipped when {@code node} is not on the PATH.
 */
class WebPlatformDifferentialTest {

    private static JsEngine engine;

    @BeforeAll
    static void engine() {
        engine = JsEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatNodePrints() throws IOException, URISyntaxException {
        Path folder = Path.of(WebPlatformDifferentialTest.class.getResource("/web-platform/events.mjs").toURI()).getParent();
        List<Path> programs;
        try (Stream<Path> files = Files.list(folder)) {
            programs = files.filter(p -> p.toString().endsWith(".mjs")).sorted().toList();
        }
        assertTrue(programs.size() >= 6, "programs in " + folder);
        return programs.stream().flatMap(program -> Stream.of(Linker.GRAALJS, Linker.HMRC).map(linker ->
                DynamicTest.dynamicTest(program.getFileName() + " " + linker, () -> {
                    String node = node(program);
                    assertEquals(node, hmrc(folder, program, linker), program.getFileName() + " under " + linker);
                })));
    }

    private static final java.util.Map<Path, String> NODE_OUTPUT = new java.util.concurrent.ConcurrentHashMap<>();

    /** What Node prints for the program (asserting it exits 0), once per program. */
    private static String node(Path program) {
        return NODE_OUTPUT.computeIfAbsent(program, p -> {
            try {
                Process node = new ProcessBuilder("node", p.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] out = node.getInputStream().readAllBytes();
                assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node timed out on " + p);
                assertEquals(0, node.exitValue(), "node exit status for " + p);
                return new String(out, StandardCharsets.UTF_8);
            } catch (IOException notInstalled) {
                assumeTrue(false, "node is not on the PATH: " + notInstalled.getMessage());
                throw new UncheckedIOException(notInstalled);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        });
    }

    private static String hmrc(Path folder, Path program, Linker linker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(folder).linker(linker).engine(engine).out(out).err(err).transformCache(null)
                .runProgram(List.of("./" + program.getFileName()));
        assertEquals(0, status, program.getFileName() + " under " + linker + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
