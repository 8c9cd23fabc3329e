package dev.hmrc.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bin/hmrc} end to end, after {@code package} (failsafe): the launcher finds a
 * JDK, runs the built jar, and keeps stdout for program output only.
 */
class LauncherIT {

    private static final String ENGINE_LINE = "engine: GraalJS \\d+\\.\\d+\\.\\d+, .+ \\((JIT|interpreter)\\)";

    private static Path repo;

    @TempDir
    Path temp;

    @BeforeAll
    static void findRepo() throws IOException {
        repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        assertTrue(Files.isExecutable(repo.resolve("bin/hmrc")), "bin/hmrc missing or not executable in " + repo);
    }

    record Result(int exit, String out, String err) {
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(repo.resolve("bin/hmrc").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        builder.environment().remove("HMRC_NO_JIT");
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = temp.resolve("stdout-" + System.nanoTime());
        Path err = temp.resolve("stderr-" + System.nanoTime());
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "bin/hmrc did not finish");
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        assertFalse(result.err().contains("hmrc: building"), "the jar built by `package` should be used as is:\n" + result.err());
        return result;
    }

    private static boolean jitJarsPresent() throws IOException {
        Path jvmci = repo.resolve("cli/target/jvmci");
        if (!Files.isDirectory(jvmci)) {
            return false;
        }
        try (Stream<Path> jars = Files.list(jvmci)) {
            return jars.anyMatch(jar -> jar.getFileName().toString().startsWith("compiler-"));
        }
    }

    @Test
    void versionNamesTheEngineAndRunsTheJitWhenItsJarsAreThere() throws Exception {
        Result result = launch(Map.of(), "--version");

        assertEquals(0, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), "stdout:\n" + result.out());
        assertTrue(lines.get(0).matches("hmrc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines.get(0));
        assertTrue(lines.get(1).matches(ENGINE_LINE), lines.get(1));
        if (jitJarsPresent()) {
            assertTrue(lines.get(1).endsWith("(JIT)"), "cli/target/jvmci has the Graal compiler, expected the JIT:\n"
                    + result.out() + result.err());
            assertEquals("", result.err(), "nothing on stderr: no JVM or engine warnings");
        } else {
            assertTrue(lines.get(1).endsWith("(interpreter)"), result.out());
        }
    }

    @Test
    void whenTheJvmCannotRunTheJitItSaysSoOnceAndRunsInterpreted() throws Exception {
        // A JDK whose java refuses JVMCI: the launcher's probe fails, it falls back.
        Path realJava = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path fakeJdk = temp.resolve("no-jvmci-jdk");
        Files.createDirectories(fakeJdk.resolve("bin"));
        Files.writeString(fakeJdk.resolve("release"), "JAVA_VERSION=\"25\"\nJAVA_RUNTIME_VERSION=\"25-no-jvmci-" + System.nanoTime() + "\"\n");
        Path java = fakeJdk.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                for arg in "$@"; do
                  if [ "$arg" = -XX:+EnableJVMCI ]; then echo "Error: JVMCI is not supported here" >&2; exit 1; fi
                done
                exec "%s" "$@"
                """.formatted(realJava));
        assertTrue(java.toFile().setExecutable(true));

        Result result = launch(Map.of("HMRC_JAVA_HOME", fakeJdk.toString()), "--version");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().lines().toList().get(1).matches("engine: GraalJS .+ \\(interpreter\\)"), result.out());
        assertEquals(List.of("hmrc: Graal JIT unavailable on " + java + "; running interpreted (slower)"),
                result.err().lines().toList(), "exactly one line on stderr, no engine warning");
    }

    @Test
    void hmrcNoJitRunsInterpretedAndSaysWhy() throws Exception {
        Result result = launch(Map.of("HMRC_NO_JIT", "1"), "--version");

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().lines().toList().get(1).matches("engine: GraalJS .+ \\(interpreter\\)"), result.out());
        assertEquals(List.of("hmrc: Graal JIT turned off (HMRC_NO_JIT); running interpreted (slower)"),
                result.err().lines().toList());
    }

    @Test
    void transformsTheDemoWithOnlyTheSummaryOnStderr() throws Exception {
        Path out = temp.resolve("demo-out");

        Result result = launch(Map.of(), "transform", "examples/transform-demo", out.toString());

        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().strip().matches(
                "transformed 4 files \\(.+\\) in [0-9.]+ s, [0-9.]+ MB/s; 0 failed, 0 up to date"), result.err());
        assertTrue(Files.readString(out.resolve("lib/counter.mjs")).endsWith("//# sourceMappingURL=counter.mjs.map\n"));
        assertTrue(Files.exists(out.resolve("main.mjs.map")));
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Result result = launch(Map.of(), "transform", "--frobnicate", "a", "b");
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Unknown option: '--frobnicate'"), result.err());
    }
}
