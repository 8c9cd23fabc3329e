package dev.hmrc.golden;

import dev.hmrc.transformer.ModuleTransformer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Transforms every ES module of real packages (three's sources, lodash-es,
 * date-fns, rxjs's ESM build), fetched by {@code scripts/fetch-corpora.sh}:
 * each must transform without an exception and its output must compile as a
 * script under Node (the parse {@code node --check} does). Needs node and npm.
 */
class RealCorporaTest {

    /**
     * A corpus: its name, the folder under node_modules holding its ES modules
     * (every {@code .js} file below it), and a pattern for file names that are
     * not modules (date-fns ships its {@code cdn.js} bundles, classic IIFE
     * scripts, beside its ESM {@code .js} files and CommonJS {@code .cjs} ones).
     */
    private record Corpus(String name, String folder, String notModules) {
    }

    private static final List<Corpus> CORPORA = List.of(
            new Corpus("three", "three/src", "$^"),
            new Corpus("lodash-es", "lodash-es", "$^"),
            new Corpus("date-fns", "date-fns", "cdn(\\.min)?\\.js"),
            new Corpus("rxjs", "rxjs/dist/esm", "$^"));

    @Test
    void everyModuleOfTheRealCorporaTransformsToAScriptNodeAccepts(@TempDir Path out) throws Exception {
        Path root = repositoryRoot();
        requireTool("node", "--version");
        requireTool("npm", "--version");
        run(List.of("bash", root.resolve("scripts/fetch-corpora.sh").toString()), root, 900);
        Path modules = root.resolve(".corpora/node_modules");

        ModuleTransformer transformer = new ModuleTransformer();
        Map<String, String> transformFailures = new ConcurrentHashMap<>();
        List<Path> written = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong bytes = new AtomicLong();
        StringBuilder summary = new StringBuilder();
        long started = System.nanoTime();
        for (Corpus corpus : CORPORA) {
            Path base = modules.resolve(corpus.folder());
            assertTrue(Files.isDirectory(base), "corpus folder missing after fetch: " + base);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(base)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".js"))
                        .filter(p -> !p.getFileName().toString().matches(corpus.notModules()))
                        .filter(p -> !base.relativize(p).toString().contains("node_modules"))
                        .sorted().toList();
            }
            assertTrue(files.size() > 50, corpus.name() + ": expected many modules, found " + files.size());
            long corpusBytes = files.parallelStream().mapToLong(file -> {
                String source = read(file);
                String name = corpus.name() + "/" + base.relativize(file);
                try {
                    String code = transformer.transform(source, name).code();
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, code, StandardCharsets.UTF_8);
                    written.add(target);
                } catch (Exception | StackOverflowError e) {
                    transformFailures.put(name, String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
                }
                return source.getBytes(StandardCharsets.UTF_8).length;
            }).sum();
            bytes.addAndGet(corpusBytes);
            summary.append(String.format("  %-10s %5d files %,12d bytes%n", corpus.name(), files.size(), corpusBytes));
        }
        double transformSeconds = (System.nanoTime() - started) / 1e9;

        // Outputs are scripts: make Node read the temp folder as CommonJS whatever its parents say.
        Files.writeString(out.resolve("package.json"), "{\"type\": \"commonjs\"}\n");
        Path list = out.resolve("files.txt");
        Files.write(list, written.stream().map(Path::toString).sorted().toList(), StandardCharsets.UTF_8);
        Path checker = Path.of("src/test/resources/corpora/check-scripts.cjs").toAbsolutePath();
        long checkStarted = System.nanoTime();
        String report = run(List.of("node", checker.toString(), list.toString()), out, 600);
        double checkSeconds = (System.nanoTime() - checkStarted) / 1e9;

        String counts = String.format("real corpora: %d files, %,d bytes; transform %.2f s (%.1f MB/s), node check %.2f s%n%s",
                written.size() + transformFailures.size(), bytes.get(), transformSeconds,
                bytes.get() / 1e6 / transformSeconds, checkSeconds, summary);
        System.out.print(counts);

        List<String> problems = new ArrayList<>();
        transformFailures.forEach((name, message) -> problems.add("transform failed: " + name + ": " + message));
        report.lines().filter(l -> l.startsWith("FAIL\t"))
                .forEach(l -> problems.add("node rejects output: " + l.substring(5).replace(out + "/", "")));
        if (!problems.isEmpty()) {
            problems.sort(null);
            fail(problems.size() + " problem(s)\n" + counts + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
        }
        assertTrue(report.contains("CHECKED " + written.size() + " FAILED 0"), "node checker did not finish: " + report);
        assertEquals(0, transformFailures.size());
    }

    /** The folder holding scripts/fetch-corpora.sh, found by walking up from the working directory. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/fetch-corpora.sh"))) {
                return dir;
            }
        }
        throw new AssertionError("no scripts/fetch-corpora.sh above " + Path.of("").toAbsolutePath());
    }

    private static void requireTool(String tool, String arg) {
        try {
            Process p = new ProcessBuilder(tool, arg).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            // reported below
        }
        fail(tool + " is required for the real-corpus test (install Node.js 18+ with npm; CI has them)");
    }

    private static String run(List<String> command, Path dir, int timeoutSeconds) throws Exception {
        Path log = Files.createTempFile("hmrc-run", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " timed out after " + timeoutSeconds + " s");
            }
            String output = Files.readString(log);
            if (p.exitValue() != 0) {
                fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
