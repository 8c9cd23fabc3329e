package dev.hmrc.maven;

import dev.hmrc.cli.SourceMapMode;
import dev.hmrc.cli.TransformReport;
import dev.hmrc.cli.TreeTransform;
import dev.hmrc.transformer.JsLanguage;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * {@code hmrc:transform}: what {@code bin/hmrc transform SRC OUT} does, in a Maven build, so
 * that a Java program can ship pre-transformed modules and their source maps (e.g. in its
 * jar, from {@code target/classes}). Every {@code .js} and {@code .mjs} file under
 * {@link #sourceDirectory} is written in hmrc's module format to the same relative path under
 * {@link #outputDirectory}, with its map. A file that does not transform (a syntax error) is
 * logged with its {@code file:line:column} and fails the build; so does a tree the
 * command refuses (a missing source folder, the output folder being or containing it).
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.hmrc</groupId>
 *   <artifactId>hmrc-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>transform</goal></goals></execution></executions>
 *   <configuration><sourceMaps>inline</sourceMaps></configuration>
 * </plugin>
 * }</pre>
 */
@Mojo(name = "transform", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class TransformMojo extends AbstractMojo {

    /** The ES module sources ({@code SRC}). */
    @Parameter(property = "hmrc.sourceDirectory", defaultValue = "${project.basedir}/src/main/js", required = true)
    File sourceDirectory;

    /** Where the transformed modules go ({@code OUT}; created if missing; must not be or contain the sources). */
    @Parameter(property = "hmrc.outputDirectory", defaultValue = "${project.build.outputDirectory}/js", required = true)
    File outputDirectory;

    /** {@code file} (a {@code .map} beside each output, the default), {@code inline} or {@code none} ({@code --source-maps}). */
    @Parameter(property = "hmrc.sourceMaps", defaultValue = "file")
    String sourceMaps;

    /** Transform every file, even when its outputs are up to date ({@code --force}). */
    @Parameter(property = "hmrc.force", defaultValue = "false")
    boolean force;

    /** Files transformed in parallel ({@code --jobs}; 0: the number of processors). */
    @Parameter(property = "hmrc.jobs", defaultValue = "0")
    int jobs;

    /** Also transform {@code .json} files, as JSON modules ({@code --json}). */
    @Parameter(property = "hmrc.json", defaultValue = "false")
    boolean json;

    /** Parse GraalJS's staging ECMAScript proposals too, e.g. {@code import defer} ({@code --js-staging}). */
    @Parameter(property = "hmrc.jsStaging", defaultValue = "false")
    boolean jsStaging;

    /** Skip the goal. */
    @Parameter(property = "hmrc.skip", defaultValue = "false")
    boolean skip;

    /** The goal, configured by Maven from its parameters. */
    public TransformMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("hmrc:transform skipped");
            return;
        }
        SourceMapMode mode;
        try {
            mode = SourceMapMode.valueOf(sourceMaps.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new MojoExecutionException("hmrc:transform: sourceMaps must be file, inline or none, not " + sourceMaps);
        }
        if (jobs < 0) {
            throw new MojoExecutionException("hmrc:transform: jobs must be at least 1 (or 0 for one per processor), was " + jobs);
        }
        int threads = jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
        StringWriter messages = new StringWriter();
        TransformReport report;
        try (PrintWriter err = new PrintWriter(messages)) {
            TreeTransform transform = new TreeTransform(new TreeTransform.Request(sourceDirectory.toPath(),
                    outputDirectory.toPath(), mode, force, threads, json, false,
                    jsStaging ? JsLanguage.STAGING : JsLanguage.STABLE), err);
            report = transform.run();
        } catch (TreeTransform.InvalidTreeException invalid) {
            throw new MojoExecutionException("hmrc:transform: " + invalid.getMessage());
        } catch (IOException ioError) {
            throw new MojoExecutionException("hmrc:transform: " + ioError, ioError);
        }
        String errors = messages.toString().strip();
        if (!errors.isEmpty()) {
            for (String line : errors.split("\\R")) {
                if (report.exitCode() != 0) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        if (report.exitCode() != 0) {
            throw new MojoFailureException("hmrc:transform: " + report.summary()
                    + (errors.isEmpty() ? "" : "\n" + errors));
        }
        getLog().info(report.summary());
    }
}
