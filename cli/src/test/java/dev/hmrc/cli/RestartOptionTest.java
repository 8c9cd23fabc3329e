package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code hmr/register?reload=restart}: an update that reaches the entry unaccepted ends the
 * program's JVM and {@code hmrc run} starts the program again in a fresh one, on the same
 * terminal (the same stdout and stderr), like {@code node --watch}.
 */
class RestartOptionTest {

    @TempDir
    Path temp;

    @Test
    void unacceptedUpdateRunsTheProgramAgainInAFreshJvm() throws Exception {
        Path root = temp.toRealPath();
        Files.writeString(root.resolve("dep.mjs"), "export const value = 1;\n");
        Files.writeString(root.resolve("main.mjs"), """
                import { value } from './dep.mjs';
                console.log('main runs with ' + value);
                setInterval(() => {}, 1000);
                """);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Hmrc.class.getName(),
                "run", "--import", "hmr/register?reload=restart", root.resolve("main.mjs").toString()))
                .directory(root.toFile()).redirectErrorStream(true);
        builder.environment().remove(RunCommand.RESTARTED_CHILD);
        Process supervisor = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(supervisor.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertEquals("main runs with 1", nextProgramLine(lines));
            long firstJvm = onlyChild(supervisor);
            Thread.sleep(300); // past the watcher's start
            Files.writeString(root.resolve("dep.mjs"), "export const value = 2;\n");
            assertEquals("[hot] dep.mjs -> main.mjs (entry): no module on the way accepts it; add import.meta.hot.accept()"
                    + " to dep.mjs or name it in boundaries; restarting the program", nextProgramLine(lines));
            assertEquals("main runs with 2", nextProgramLine(lines));
            long secondJvm = onlyChild(supervisor);
            assertNotEquals(firstJvm, secondJvm, "the program runs in a fresh JVM");
            assertTrue(supervisor.isAlive(), "hmrc run keeps the terminal");
        } finally {
            supervisor.descendants().forEach(ProcessHandle::destroy);
            supervisor.destroy();
            supervisor.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The next line of the program's output or a {@code [hot]} line (the JVM's own warnings skipped). */
    private static String nextProgramLine(BlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertNotNull(line, "no output within 60 s");
            if (line.startsWith("main ") || line.startsWith("[hot]")) {
                return line;
            }
        }
    }

    private static long onlyChild(Process supervisor) {
        List<ProcessHandle> children = supervisor.children().filter(ProcessHandle::isAlive).toList();
        assertEquals(1, children.size(), "one JVM runs the program: " + children);
        return children.getFirst().pid();
    }
}
