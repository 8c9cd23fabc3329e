package dev.hmrc.runtime;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The differential suite: every case folder ({@code main.mjs}, its modules,
 * {@code expected.txt}) runs twice, with GraalJS's own module loader and with hmrc's
 * linker, and each run must print {@code expected.txt}; where GraalJS departs from
 * ECMA-262 the folder has {@code expected-spec.txt}, which the hmrc run must print instead,
 * and where hmrc's host differs from GraalJS's on purpose, {@code expected-hot.txt}.
 *
 * <p>Cases: {@code src/test/resources/graphs/}, plus the folders under each path in the
 * system property {@code hmrc.graphs} (path-separator separated), e.g. the conformance cases.
 */
class GraphDifferentialTest {

    @TestFactory
    Stream<DynamicTest> graalJsLoaderPrintsExpected() {
        return cases().stream().map(folder -> DynamicTest.dynamicTest("graaljs " + folder.getFileName(), () ->
                assertEquals(read(folder.resolve("expected.txt")),
                        ProgramRun.run(folder, Linker.GRAALJS).transcript(), folder.toString())));
    }

    @TestFactory
    Stream<DynamicTest> hmrcLinkerPrintsExpected() {
        return cases().stream().map(folder -> DynamicTest.dynamicTest("hmrc " + folder.getFileName(), () -> {
            Path hot = folder.resolve("expected-hot.txt");
            Path spec = folder.resolve("expected-spec.txt");
            Path expected = Files.exists(hot) ? hot : Files.exists(spec) ? spec : folder.resolve("expected.txt");
            assertEquals(read(expected), ProgramRun.run(folder, Linker.HMRC).transcript(), folder.toString());
        }));
    }

    static List<Path> cases() {
        List<Path> roots = new ArrayList<>();
        try {
            roots.add(Path.of(GraphDifferentialTest.class.getResource("/graphs").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String extra = System.getProperty("hmrc.graphs", "");
        for (String root : extra.split(java.io.File.pathSeparator)) {
            if (!root.isBlank()) {
                roots.add(Path.of(root));
            }
        }
        List<Path> folders = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> children = Files.list(root)) {
                children.filter(f -> Files.exists(f.resolve("main.mjs"))).sorted().forEach(folders::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertFalse(folders.isEmpty(), "no case folders under " + roots);
        return folders;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Prints both transcripts of the case folders given (for writing and reviewing expected.txt). */
    public static void main(String[] args) {
        for (String arg : args) {
            Path folder = Path.of(arg);
            System.out.println("=== " + folder.getFileName() + " (graaljs)");
            ProgramRun graal = ProgramRun.run(folder, Linker.GRAALJS);
            System.out.print(graal.transcript());
            System.out.println("=== " + folder.getFileName() + " (hmrc)");
            ProgramRun hmrc = ProgramRun.run(folder, Linker.HMRC);
            System.out.print(hmrc.transcript());
            if (!hmrc.stderr().isEmpty()) {
                System.out.println("--- hmrc stderr\n" + hmrc.stderr());
            }
        }
    }
}
