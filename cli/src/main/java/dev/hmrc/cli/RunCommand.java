package dev.hmrc.cli;

import dev.hmrc.runtime.HotOptions;
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

    @Option(names = "--js-staging",
            description = "Accept GraalJS's staging ECMAScript proposals (e.g. import defer) in both modes; "
                    + "default: the latest ECMAScript edition.")
    private boolean jsStaging;

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
        // ENTRY is a path, as for node: "app/main.mjs" is not a package name.
        modules.add(Path.of(entry).toAbsolutePath().normalize().toString());
        Path workingFolder = Path.of("").toAbsolutePath();
        try (JsEngine engine = JsEngine.create()) {
            return ModuleRuntime.builder(workingFolder)
                    .linker(linker)
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
