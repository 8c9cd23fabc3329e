package dev.hmrc.golden.typescript;

import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.typescript.TypeStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * hmrc's type stripping against Node's, differentially: every {@code .ts}/{@code .mts}/{@code .cts}
 * file (not {@code .d.ts}) of npm packages that ship their TypeScript sources (fetched, pinned, by
 * {@code scripts/fetch-corpora.sh}), and the golden cases, is stripped by {@link TypeStripper} and
 * by amaro ({@code transformSync(code, { mode: "strip-only" })}, run by Node): the outputs must be
 * equal byte for byte, and a file one of them refuses the other must refuse too, except files with
 * enums or parameter properties (amaro refuses them; hmrc emits them, keeping lines, and what it
 * emits must parse) and the differences listed in {@link #EXPECTED_DIFFERENCES}. Needs node and npm.
 */
class TypeScriptCorpusTest {

    /** The packages, each a folder under .corpora/node_modules (its own nested node_modules left out). */
    static final List<String> PACKAGES = List.of("rxjs", "effect", "zod", "@tanstack/query-core",
            "@tanstack/router-core", "@tanstack/db", "@tanstack/form-core", "immer", "mobx", "@trpc/server",
            "@reduxjs/toolkit", "@tiptap/core");

    /** Files where hmrc and amaro differ on purpose, and why. */
    static final Map<String, String> EXPECTED_DIFFERENCES = Map.of(
            "golden/108-legacy-decorator/input.ts",
            "amaro passes decorators through; GraalJS runs none, so hmrc refuses them with the @'s position");

    /** Files with an enum or parameter property whose JavaScript GraalJS's parser cannot read, for another reason. */
    static final Map<String, String> GRAALJS_CANNOT_PARSE = Map.of(
            "@trpc/server/src/unstable-core-do-not-import/stream/jsonl.ts",
            "uses 'await using' (explicit resource management), which GraalJS 25's parser does not read");

    @Test
    void everyTypeScriptFileStripsAsAmaroStripsIt(@TempDir Path out) throws Exception {
        Path root = repositoryRoot();
        run(List.of("node", "--version"), root, 60);
        run(List.of("bash", root.resolve("scripts/fetch-corpora.sh").toString()), root, 900);
        Path modules = root.resolve(".corpora/node_modules");

        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path base = modules.resolve(pkg);
            assertTrue(Files.isDirectory(base), "corpus package missing after fetch: " + base);
            for (Path file : typeScriptFiles(base)) {
                files.add(file);
                names.add(pkg + "/" + base.relativize(file).toString().replace('\\', '/'));
            }
        }
        int corpusFiles = files.size();
        Path golden = TypeScriptGoldenTest.ROOT.toAbsolutePath();
        for (Path file : typeScriptFiles(golden)) {
            files.add(file);
            names.add("golden/" + golden.relativize(file).toString().replace('\\', '/'));
        }
        assertTrue(corpusFiles >= 2000, "the corpus should hold at least 2,000 files, it holds " + corpusFiles);

        Path list = out.resolve("files.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path results = Files.createDirectories(out.resolve("amaro"));
        Path script = Path.of("src/test/resources/typescript-corpus/amaro-strip.cjs").toAbsolutePath();
        String report = run(List.of("node", script.toString(), modules.resolve("amaro").toString(), list.toString(),
                results.toString()), out, 600);
        assertTrue(report.contains("STRIPPED " + files.size() + " "), "amaro did not finish: " + report);

        int same = 0;
        int refusedByBoth = 0;
        int transformedBeyondAmaro = 0;
        long bytes = 0;
        long nanos = 0;
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < files.size(); n++) {
            String source = Files.readString(files.get(n), StandardCharsets.UTF_8);
            bytes += source.getBytes(StandardCharsets.UTF_8).length;
            String expected = Files.readString(results.resolve(n + ".js"), StandardCharsets.UTF_8);
            boolean amaroRefuses = expected.startsWith("\0ERROR ");
            String ours;
            long started = System.nanoTime();
            try {
                ours = TypeStripper.strip(source, names.get(n));
            } catch (ModuleSyntaxError refused) {
                ours = null;
                if (amaroRefuses) {
                    refusedByBoth++;
                    continue;
                }
                if (!EXPECTED_DIFFERENCES.containsKey(names.get(n))) {
                    problems.add(names.get(n) + ": hmrc refuses what amaro strips: " + refused.getMessage().lines().findFirst().orElse(""));
                }
                continue;
            } finally {
                nanos += System.nanoTime() - started;
            }
            if (amaroRefuses && (expected.contains("TypeScript enum is not supported")
                    || expected.contains("TypeScript parameter property is not supported"))) {
                transformedBeyondAmaro++; // hmrc emits these, keeping lines; what it writes must still parse
                try {
                    dev.hmrc.transformer.ModuleTransformer.parseOnly(ours, names.get(n));
                } catch (ModuleSyntaxError broken) {
                    if (GRAALJS_CANNOT_PARSE.containsKey(names.get(n))) {
                        continue;
                    }
                    problems.add(names.get(n) + ": the enum or parameter property hmrc emits does not parse: "
                            + broken.getMessage().lines().findFirst().orElse(""));
                }
            } else if (amaroRefuses) {
                problems.add(names.get(n) + ": amaro refuses what hmrc strips: " + expected.substring(7));
            } else if (ours.equals(expected)) {
                same++;
            } else if (!EXPECTED_DIFFERENCES.containsKey(names.get(n))) {
                problems.add(names.get(n) + ": outputs differ from line " + firstDifferentLine(expected, ours));
            }
        }
        String summary = String.format("TypeScript corpus: %d files (%d from %d packages, %d golden), %,d bytes;"
                        + " %d identical to amaro's, %d refused by both, %d with enums or parameter properties"
                        + " (amaro refuses them, hmrc emits them), %d listed differences;"
                        + " hmrc %.0f ms (first run, cold), amaro %s%n", files.size(), corpusFiles, PACKAGES.size(),
                files.size() - corpusFiles, bytes, same, refusedByBoth, transformedBeyondAmaro,
                EXPECTED_DIFFERENCES.size(), nanos / 1e6,
                report.strip());
        System.out.print(summary);
        if (!problems.isEmpty()) {
            fail(problems.size() + " difference(s) from amaro\n" + summary
                    + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
        }
        assertEquals(files.size(), same + refusedByBoth + transformedBeyondAmaro + EXPECTED_DIFFERENCES.size(), summary);
    }

    private static List<Path> typeScriptFiles(Path base) throws IOException {
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> TypeStripper.isTypeScriptFile(p.getFileName().toString()))
                    .filter(p -> !base.relativize(p).toString().contains("node_modules"))
                    .sorted().toList();
        }
    }

    private static int firstDifferentLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return i + 1;
            }
        }
        return Math.min(x.length, y.length) + 1;
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/fetch-corpora.sh"))) {
                return dir;
            }
        }
        throw new AssertionError("no scripts/fetch-corpora.sh above " + Path.of("").toAbsolutePath());
    }

    private static String run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
        Path log = Files.createTempFile("hmrc-run", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
            } catch (IOException missing) {
                throw new AssertionError(command.get(0) + " is required for the TypeScript corpus test"
                        + " (install Node.js 18+ with npm; CI has them)", missing);
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            String output = Files.readString(log);
            if (p.exitValue() != 0) {
                fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output);
            }
            return output;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
