package dev.hmrc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One finished {@code bin/hmrc run} process: its exit status, output, and wall time from
 * just before the process was started to its exit. {@code startMillis} is the epoch time
 * taken right before the start, so that a time the program prints ({@code Date.now()}) can
 * be turned into "since JVM start". {@code cpuNanos} is the CPU time (user + system, all
 * threads) of the launcher and its JVM, as the shell that starts them reports it
 * ({@code times}), or -1 when it could not be read.
 */
public record ProgramRun(int exitStatus, String stdout, String stderr, long startMillis, long wallNanos,
                         long cpuNanos) {

    /** The shell wrapper: runs the command, then prints the CPU times of its children on stderr. */
    private static final String TIMED = "\"$@\"; status=$?; echo hmrc-bench-times >&2; times >&2; exit $status";
    private static final java.util.regex.Pattern TIMES = java.util.regex.Pattern.compile(
            "hmrc-bench-times\\n[^\\n]*\\n(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\n?$");

    /** hmrc's linker over transformed modules ({@code --import hmr/register}) or GraalJS's own loader. */
    public enum Mode {
        NATIVE, HOT;

        /** The name used in the reports. */
        public String label() {
            return this == NATIVE ? "native" : "hot";
        }
    }

    /**
     * Runs {@code launcher run [--import hmr/register] entry arguments...} in {@code workingFolder}
     * and waits for it; stdout and stderr go to temporary files (no pipe to drain while timing).
     */
    public static ProgramRun start(Path launcher, Mode mode, Path workingFolder, Path entry, List<String> arguments)
            throws IOException, InterruptedException {
        return start(launcher, mode, workingFolder, entry, arguments, java.util.Map.of());
    }

    /** {@link #start(Path, Mode, Path, Path, List)} with extra environment variables. */
    public static ProgramRun start(Path launcher, Mode mode, Path workingFolder, Path entry, List<String> arguments,
                                   java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", TIMED, "hmrc-bench", launcher.toString(), "run"));
        if (mode == Mode.HOT) {
            command.addAll(List.of("--import", "hmr/register"));
        }
        command.add(entry.toString());
        command.addAll(arguments);
        Path out = Files.createTempFile("hmrc-bench-", ".out");
        Path err = Files.createTempFile("hmrc-bench-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingFolder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            long startMillis = System.currentTimeMillis();
            long start = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            long wall = System.nanoTime() - start;
            TimedStderr timed = TimedStderr.of(Files.readString(err, StandardCharsets.UTF_8));
            return new ProgramRun(status, Files.readString(out, StandardCharsets.UTF_8), timed.stderr(), startMillis,
                    wall, timed.cpuNanos());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Throws with the command's stderr when the program did not exit 0. */
    public ProgramRun requireSuccess(String what) {
        if (exitStatus != 0) {
            throw new IllegalStateException(what + " exited " + exitStatus + "; stderr:\n" + stderr);
        }
        return this;
    }

    /** The stdout lines that start with {@code prefix + " "}, split on spaces. */
    public List<String[]> lines(String prefix) {
        List<String[]> result = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (line.startsWith(prefix + " ")) {
                result.add(line.trim().split(" +"));
            }
        }
        return result;
    }

    /** The machine's load average (1, 5, 15 minutes) as /proc/loadavg gives it, or "?". */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "?";
        }
    }

    /**
     * The program's stderr without the wrapper's {@code times} report, and the CPU time
     * (user + system) of the wrapper's children from it, -1 when the report is missing.
     */
    record TimedStderr(String stderr, long cpuNanos) {
        static TimedStderr of(String stderr) {
            java.util.regex.Matcher times = TIMES.matcher(stderr);
            if (!times.find()) {
                return new TimedStderr(stderr, -1);
            }
            long cpu = Math.round((Long.parseLong(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                    + Long.parseLong(times.group(3)) * 60 + Double.parseDouble(times.group(4))) * 1e9);
            return new TimedStderr(stderr.substring(0, times.start()), cpu);
        }
    }
}
