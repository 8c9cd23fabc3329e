package dev.hmrc.runtime;

import dev.hmrc.transformer.JsLanguage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a module graph's {@code main.mjs} as {@code hmrc run} does (in-process) and renders
 * the outcome in the {@code expected.txt} format: stdout, then the {@code Uncaught ...}
 * line from stderr if there is one, then {@code exit <status>}.
 *
 * <p>Shared through the linker-runtime test jar: {@code GraphDifferentialTest} here and
 * golden-tests' {@code ConformanceHotTest} both run their cases with it.
 *
 * @param stdout     what the program printed on stdout
 * @param stderr     what it printed on stderr
 * @param exitStatus its exit status
 */
public record ProgramRun(String stdout, String stderr, int exitStatus) {

    /** Runs the case with its own engine. */
    public static ProgramRun run(Path caseFolder, Linker linker) {
        return run(caseFolder, linker, null);
    }

    /**
     * Runs the case on a shared engine (null: the context's own), so that a suite of many
     * small programs does not pay for a new engine each time.
     */
    public static ProgramRun run(Path caseFolder, Linker linker, JsEngine engine) {
        return run(caseFolder, linker, engine, JsLanguage.STABLE);
    }

    /** {@link #run(Path, Linker, JsEngine)} with the program written in {@code language} ({@code --js-staging}). */
    public static ProgramRun run(Path caseFolder, Linker linker, JsEngine engine, JsLanguage language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(caseFolder)
                .linker(linker)
                .engine(engine)
                .language(language)
                .out(out)
                .err(err)
                .runProgram(List.of("./main.mjs"));
        return new ProgramRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** The transcript in the {@code expected.txt} format, ending with a newline. */
    public String transcript() {
        StringBuilder text = new StringBuilder(stdout);
        if (!stdout.isEmpty() && !stdout.endsWith("\n")) {
            text.append('\n');
        }
        stderr.lines().filter(line -> line.startsWith("Uncaught ")).findFirst()
                .ifPresent(line -> text.append(line).append('\n'));
        return text.append("exit ").append(exitStatus).append('\n').toString();
    }
}
