package dev.hmrc.golden.test262;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import dev.hmrc.sourcemaps.JsonText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs test262 module tests the way {@code hmrc run} runs a program, in either mode: the
 * harness ({@code assert.js}, {@code sta.js}, {@code doneprintHandle.js} for async tests, then
 * the test's includes) is a preloaded module that evaluates the harness scripts in the global
 * scope, and the test file is the entry (INTERPRETING.md: module tests run as module code,
 * negative ones must end with their error type, async ones print
 * {@code Test262:AsyncTestComplete}). Both modes share one engine.
 */
public final class Test262Runner implements AutoCloseable {

    /** The folders whose module tests the suite runs, below test262's {@code test/}. */
    public static final List<String> FOLDERS = List.of("language/module-code", "language/import", "language/export",
            "language/expressions/import.meta", "language/expressions/dynamic-import");

    private final Path testRoot;
    private final Path harnessRoot;
    private final Path preloads;
    private final JsEngine engine = JsEngine.create();
    private final Map<List<String>, Path> preloadByIncludes = new HashMap<>();

    /** What one run of one test gave. */
    public record Outcome(boolean passed, String detail) {
    }

    /**
     * @param test262 a test262 checkout (or the pinned copy): its {@code harness/} and {@code test/}
     */
    public Test262Runner(Path test262) {
        this.testRoot = test262.resolve("test").toAbsolutePath().normalize();
        this.harnessRoot = test262.resolve("harness").toAbsolutePath().normalize();
        try {
            this.preloads = Files.createTempDirectory("hmrc-test262-harness-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return every module test (flags: [module]) of {@link #FOLDERS}, in path order} */
    public List<Test262File> moduleTests() {
        List<Test262File> tests = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = testRoot.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().contains("_FIXTURE"))
                        .sorted()
                        .map(p -> Test262File.read(p, testRoot))
                        .filter(Test262File::isModule)
                        .forEach(tests::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tests;
    }

    /** Runs {@code test} with {@code linker} (GraalJS's own loader, or hmrc's as {@code --import hmr/register}). */
    public Outcome run(Test262File test, Linker linker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            status = ModuleRuntime.builder(test.path().getParent())
                    .linker(linker)
                    .engine(engine)
                    .language(test.language())
                    .transformCache(null)
                    .out(out)
                    .err(err)
                    .runProgram(List.of(preloadFor(test).toString(), test.path().toAbsolutePath().toString()));
        } catch (RuntimeException broken) {
            return new Outcome(false, "the runtime threw " + broken);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        String uncaught = stderr.lines().filter(l -> l.startsWith("Uncaught ")).findFirst().orElse(null);
        if (test.negativePhase() != null) {
            String type = uncaught == null ? null : errorType(uncaught);
            boolean passed = status == 1 && test.negativeType().equals(type);
            return new Outcome(passed, passed ? "" : "expected " + test.negativePhase() + " " + test.negativeType()
                    + ", got " + (uncaught != null ? uncaught : "exit " + status));
        }
        if (test.isAsync()) {
            boolean passed = stdout.contains("Test262:AsyncTestComplete") && !stdout.contains("Test262:AsyncTestFailure");
            return new Outcome(passed, passed ? "" : firstLine(stdout.lines().filter(l -> l.startsWith("Test262:"))
                    .findFirst().orElse(uncaught != null ? uncaught : "no $DONE, exit " + status)));
        }
        boolean passed = status == 0 && uncaught == null;
        return new Outcome(passed, passed ? "" : uncaught != null ? firstLine(uncaught) : "exit " + status);
    }

    /** {@code Uncaught TypeError: ...} → {@code TypeError}. */
    static String errorType(String uncaughtLine) {
        String rest = uncaughtLine.substring("Uncaught ".length());
        int colon = rest.indexOf(':');
        return (colon < 0 ? rest : rest.substring(0, colon)).strip();
    }

    private static String firstLine(String text) {
        int n = text.indexOf('\n');
        String line = n < 0 ? text : text.substring(0, n);
        return line.length() > 240 ? line.substring(0, 240) + "..." : line;
    }

    /** The preload module that evaluates the test's harness files as global code (one per include list). */
    private Path preloadFor(Test262File test) {
        List<String> files = new ArrayList<>(List.of("assert.js", "sta.js"));
        if (test.isAsync()) {
            files.add("doneprintHandle.js");
        }
        for (String include : test.includes()) {
            if (!files.contains(include)) {
                files.add(include);
            }
        }
        return preloadByIncludes.computeIfAbsent(files, list -> {
            StringBuilder harness = new StringBuilder();
            for (String file : list) {
                try {
                    harness.append(Files.readString(harnessRoot.resolve(file), StandardCharsets.UTF_8)).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException("test262 harness file " + file, e);
                }
            }
            StringBuilder module = new StringBuilder("// test262 harness: ").append(list).append('\n')
                    .append("(0, eval)(");
            JsonText.quote(module, harness.toString());
            module.append(");\n");
            Path preload = preloads.resolve("harness-" + preloadByIncludes.size() + ".mjs");
            try {
                Files.writeString(preload, module.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return preload;
        });
    }

    @Override
    public void close() {
        engine.close();
        try (Stream<Path> files = Files.walk(preloads)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
