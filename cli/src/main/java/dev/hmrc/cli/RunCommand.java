package dev.hmrc.cli;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.InspectOptions;
import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import dev.hmrc.transformer.JsLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code hmrc run [--import SPEC]... ENTRY [ARGS...]}: runs an ES module program until
 * nothing is pending, like {@code node}. {@code --import hmr/register} (options after
 * {@code ?} in its query string) selects hmrc's linker over transformed modules; without
 * it GraalJS's own module loader runs the files as they are (the plain mode). Every other
 * {@code --import} is a module imported before ENTRY, in order. stdout carries only the
 * program's output; an uncaught error is printed on stderr and exits 1.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
                "Runs the ES module ENTRY (and the modules it imports) until nothing is pending.",
                "With --import hmr/register hmrc's linker runs the transformed modules; without it, "
                        + "GraalJS's own module loader runs them unchanged.",
                "ARGS are the program's global `arguments` array.",
                "Exit status: 0 done, 1 uncaught error, 2 usage error."})
public final class RunCommand implements Callable<Integer> {

    /** The {@code run} subcommand (picocli sets its options). */
    public RunCommand() {
    }

    /** The {@code --import} module that selects hmrc's linker. */
    static final String REGISTER = "hmr/register";

    @Option(names = "--import", paramLabel = "SPEC",
            description = "A module to import before ENTRY (repeatable, in order); hmr/register[?options] "
                    + "selects hmrc's linker instead.")
    private List<String> imports = new ArrayList<>();

    @Option(names = "--inspect", arity = "0..1", fallbackValue = "", paramLabel = "[HOST:]PORT",
            description = "Serve a debugger (Chrome DevTools, VS Code) on HOST:PORT (default 127.0.0.1:9229), "
                    + "as node --inspect.")
    private String inspect;

    @Option(names = "--inspect-brk", arity = "0..1", fallbackValue = "", paramLabel = "[HOST:]PORT",
            description = "As --inspect, but wait for a debugger and pause before the first statement.")
    private String inspectBrk;

    @Option(names = "--inspect-wait", arity = "0..1", fallbackValue = "", paramLabel = "[HOST:]PORT",
            description = "As --inspect, but wait for a debugger to attach before running.")
    private String inspectWait;

    @Option(names = "--js-staging",
            description = "Accept GraalJS's staging ECMAScript proposals (e.g. import defer) in both modes; "
                    + "default: the latest ECMAScript edition.")
    private boolean jsStaging;

    @Option(names = "--java", paramLabel = "PATTERN", split = ",",
            description = "Gives the program Java.type for the classes these patterns name (java.util.* style: "
                    + "* within a package, ** across packages, else an exact class name) and access to their "
                    + "public members; off by default. A class no pattern names fails with a TypeError naming it.")
    private List<String> javaPatterns = new ArrayList<>();

    @Option(names = "--class-path", paramLabel = "PATH",
            description = "Where Java.type looks for classes besides hmrc's own (jars and folders, separated by "
                    + "the platform's path separator); needs --java.")
    private String classPath;

    @Parameters(index = "0", paramLabel = "ENTRY", description = "The entry module (a path: .mjs, .js, or TypeScript: .ts, .mts, .cts).")
    private String entry;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    private List<String> arguments = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private OutputStream out = System.out;
    private OutputStream err = System.err;

    /** For in-process tests: where the program's stdout and stderr go. */
    void redirect(OutputStream programOut, OutputStream programErr) {
        this.out = programOut;
        this.err = programErr;
    }

    /** The debugger server the three {@code --inspect} flags ask for (at most one of them), or null. */
    private InspectOptions inspectOptions() {
        int given = (inspect != null ? 1 : 0) + (inspectBrk != null ? 1 : 0) + (inspectWait != null ? 1 : 0);
        if (given > 1) {
            throw new ParameterException(spec.commandLine(), "use only one of --inspect, --inspect-brk, --inspect-wait");
        }
        try {
            if (inspectBrk != null) {
                return InspectOptions.parse(inspectBrk, InspectOptions.Start.PAUSE_AT_FIRST_STATEMENT);
            }
            if (inspectWait != null) {
                return InspectOptions.parse(inspectWait, InspectOptions.Start.WAIT_FOR_DEBUGGER);
            }
            return inspect != null ? InspectOptions.parse(inspect, InspectOptions.Start.NOW) : null;
        } catch (IllegalArgumentException bad) {
            throw new ParameterException(spec.commandLine(), bad.getMessage());
        }
    }

    /** Set in the environment of the child JVM that {@code reload=restart} runs the program in. */
    static final String RESTARTED_CHILD = "HMRC_RESTART_CHILD";

    /**
     * {@code reload=restart}: this JVM only starts the program in a child JVM (same JVM options,
     * class path and arguments; the terminal inherited) and starts it again each time it ends
     * asking for a restart ({@link ModuleRuntime#RESTART_REQUESTED}), like {@code node --watch}.
     *
     * @return the child's exit status when it ends for another reason
     */
    private int superviseRestarts() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Hmrc.class.getName());
        command.addAll(spec.root().commandLine().getParseResult().originalArgs());
        ProcessBuilder child = new ProcessBuilder(command).inheritIO();
        child.environment().put(RESTARTED_CHILD, "1");
        java.util.concurrent.atomic.AtomicReference<Process> running = new java.util.concurrent.atomic.AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process last = running.get();
            if (last != null) {
                last.destroy();
            }
        }));
        while (true) {
            int status;
            try {
                running.set(child.start());
                status = running.get().waitFor();
            } catch (java.io.IOException cannotStart) {
                System.err.println("hmrc: cannot start the program's JVM: " + cannotStart.getMessage());
                return 1;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 1;
            }
            if (status != ModuleRuntime.RESTART_REQUESTED) {
                return status;
            }
        }
    }

    @Override
    public Integer call() {
        Linker linker = Linker.GRAALJS;
        HotOptions hot = null;
        List<String> modules = new ArrayList<>();
        for (String specifier : imports) {
            if (specifier.equals(REGISTER) || specifier.startsWith(REGISTER + "?")) {
                linker = Linker.HMRC;
                try {
                    hot = HotOptions.parse(specifier.length() > REGISTER.length()
                            ? specifier.substring(REGISTER.length() + 1) : "");
                } catch (IllegalArgumentException badOption) {
                    throw new ParameterException(spec.commandLine(), badOption.getMessage());
                }
            } else {
                modules.add(specifier);
            }
        }
        if (hot != null && hot.reload() == HotOptions.Reload.RESTART && System.getenv(RESTARTED_CHILD) == null
                && out == System.out) {
            return superviseRestarts();
        }
        // ENTRY is a path, as for node: "app/main.mjs" is not a package name.
        modules.add(Path.of(entry).toAbsolutePath().normalize().toString());
        Path workingFolder = Path.of("").toAbsolutePath();
        if (classPath != null && javaPatterns.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--class-path needs --java=PATTERN (which classes JS may use)");
        }
        InspectOptions inspector = inspectOptions();
        // The inspector is an engine option: an inspected program runs on the context's own engine.
        try (JsEngine engine = inspector == null ? JsEngine.create() : null) {
            ModuleRuntime.Builder builder = ModuleRuntime.builder(workingFolder);
            if (!javaPatterns.isEmpty()) {
                JavaClassPatterns patterns;
                try {
                    patterns = JavaClassPatterns.parse(javaPatterns);
                } catch (IllegalArgumentException bad) {
                    throw new ParameterException(spec.commandLine(), bad.getMessage());
                }
                builder.hostAccess(org.graalvm.polyglot.HostAccess.ALL).allowHostClassLookup(patterns::matches);
                if (classPath != null) {
                    ClassLoader loader;
                    try {
                        loader = JavaClassPatterns.classLoader(classPath, RunCommand.class.getClassLoader());
                    } catch (IllegalArgumentException bad) {
                        throw new ParameterException(spec.commandLine(), bad.getMessage());
                    }
                    builder.contextOptions(context -> context.hostClassLoader(loader));
                }
            }
            return builder
                    .linker(linker)
                    .inspect(inspector)
                    .language(jsStaging ? JsLanguage.STAGING : JsLanguage.STABLE)
                    .hot(hot)
                    .engine(engine)
                    .arguments(arguments)
                    // From a shell a program gets what node gives it: every file, the environment.
                    .allowAllFiles()
                    .environment(System.getenv())
                    .out(out)
                    .err(err)
                    .runProgram(modules);
        }
    }
}
