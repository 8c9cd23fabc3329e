package dev.hmrc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code hmrc} command: entry point of {@code bin/hmrc} and of the cli jar.
 *
 * <p>Exit status: 0 success, 1 a command failed (e.g. a file did not transform),
 * 2 usage error (picocli's message on stderr). Only program output goes to stdout.
 */
@Command(name = "hmrc",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        subcommands = {TransformCommand.class, RunCommand.class},
        description = "Hot module replacement for JavaScript ES modules on the JVM (GraalJS).")
public final class Hmrc implements Runnable {

    /** The top-level command (picocli instantiates it). */
    public Hmrc() {
    }

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand (try: hmrc run ENTRY, hmrc transform SRC OUT)");
    }

    /** {@return the configured command line, for {@link #main} and for tests that run it in-process} */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Hmrc());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Everything after ENTRY belongs to the program, options included.
        commandLine.getSubcommands().get("run").setStopAtPositional(true);
        return commandLine;
    }

    /**
     * Runs {@code hmrc} and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
