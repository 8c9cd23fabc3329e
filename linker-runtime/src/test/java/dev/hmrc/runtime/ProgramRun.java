package dev.hmrc.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a module graph's {@code main.mjs} as {@code hmrc run} does (in-process) and renders
 * the outcome in the {@code expected.txt} format: stdout, then the {@code Uncaught ...}
 * line from stderr if there is one, then {@code exit <status>}.
 *
 * @param stdout     what the program printed on stdout
 * @param stderr     what it printed on stderr
 * @param exitStatus its exit status
 */
record ProgramRun(String stdout, String stderr, int exitStatus) {

    static ProgramRun run(Path caseFolder, Linker linker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ModuleRuntime.builder(caseFolder)
                .linker(linker)
                .out(out)
                .err(err)
                .runProgram(List.of("./main.mjs"));
        return new ProgramRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }

    /** The transcript in the {@code expected.txt} format, ending with a newline. */
    String transcript() {
        StringBuilder text = new StringBuilder(stdout);
        if (!stdout.isEmpty() && !stdout.endsWith("\n")) {
            text.append('\n');
        }
        stderr.lines().filter(line -> line.startsWith("Uncaught ")).findFirst()
                .ifPresent(line -> text.append(line).append('\n'));
        return text.append("exit ").append(exitStatus).append('\n').toString();
    }
}
