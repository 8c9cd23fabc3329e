package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/java-embed/run} after {@code package} (failsafe): the example embedding
 * the runtime through its public API compiles against the built jars and prints what its
 * README says.
 */
class JavaEmbedExampleIT {

    @TempDir
    Path temp;

    @Test
    void theExampleCompilesRunsAndPrintsWhatItsReadmeSays() throws Exception {
        Path repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        Path script = repo.resolve("examples/java-embed/run");
        assertTrue(Files.isExecutable(script), script + " missing or not executable");
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        // From another working directory: the script must not depend on it.
        Process process = new ProcessBuilder(script.toString()).directory(temp.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "examples/java-embed/run did not finish");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stderr);
        String expected = """
                after import: 1 started by ada
                after a call: 2 started by ada, from Java
                after a post: 3 started by ada, from Java, posted
                the promise says: timer recorded, count is now 4
                after the timer: 4 started by ada, from Java, posted, timer
                refused: RangeError: ada may record 4 events, not "one too many"
                after set(limit, 5): 5 started by ada, from Java, posted, timer, one more
                closed
                """;
        assertEquals(expected, Files.readString(out, StandardCharsets.UTF_8), stderr);
        String readme = Files.readString(repo.resolve("examples/java-embed/README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(expected), "examples/java-embed/README.md shows another output");
        assertEquals("", stderr, "nothing on stderr (no build: `package` built the jars)");
    }
}
