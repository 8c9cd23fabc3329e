package dev.hmrc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import dev.hmrc.transformer.JsLanguage;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code hmrc transform SRC OUT}: writes the transformed form of every {@code .js}
 * and {@code .mjs} file under SRC to the same relative path under OUT (a TypeScript file, its types
 * stripped, to the {@code .js}/{@code .mjs}/{@code .cjs} path beside), with its
 * source map. Diagnostics, progress and the summary go to stderr; stdout stays empty.
 */
@Command(name = "transform",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        description = {
                "Transforms every .js and .mjs file (and .ts, .mts, .cts: types stripped, written as .js, .mjs, .cjs) under SRC into hmrc's re-executable module format, "
                        + "written to the same relative path under OUT with a source map.",
                "Files whose outputs are newer than them are skipped (unless --force). Links leading out of SRC "
                        + "are not followed. Messages and the summary go to stderr.",
                "Exit status: 0 all transformed, 1 some file failed (each is reported with line:column), 2 usage error."})
public final class TransformCommand implements Callable<Integer> {

    /** The {@code transform} subcommand (picocli sets its options). */
    public TransformCommand() {
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "Folder of ES module sources.")
    private Path src;

    @Parameters(index = "1", paramLabel = "OUT", description = "Output folder (created if missing; must not be SRC or contain it).")
    private Path out;

    @Option(names = "--source-maps", paramLabel = "MODE", defaultValue = "file",
            description = "file: NAME.map beside each output and a sourceMappingURL comment (default); "
                    + "inline: a data: URL comment; none: no map.")
    private SourceMapMode sourceMaps;

    @Option(names = "--force", description = "Transform every file, even when its outputs are up to date.")
    private boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files transformed in parallel (default: the number of processors, here ${DEFAULT-VALUE}).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Also transform .json files, as JSON modules (same name, with a map).")
    private boolean json;

    @Option(names = "--js-staging",
            description = "Parse GraalJS's staging ECMAScript proposals too (e.g. import defer), as hmrc run --js-staging.")
    private boolean jsStaging;

    @Override
    public Integer call() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = Boolean.getBoolean("hmrc.stderr.tty");
        TreeTransform run = new TreeTransform(
                new TreeTransform.Request(src, out, sourceMaps, force, jobs, json, terminal,
                        jsStaging ? JsLanguage.STAGING : JsLanguage.STABLE), err);
        try {
            TransformReport report = run.run();
            err.println(report.summary());
            err.flush();
            return report.exitCode();
        } catch (TreeTransform.InvalidTreeException invalid) {
            throw new ParameterException(spec.commandLine(), invalid.getMessage());
        } catch (IOException ioError) {
            err.println("hmrc transform: " + ioError);
            err.flush();
            return 1;
        }
    }
}
