package dev.hmrc.golden.test262;

import dev.hmrc.runtime.Linker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The test262 module tests ({@link Test262Runner#FOLDERS}), run under GraalJS's own loader
 * and under hmrc's linker ({@code --import hmr/register}), each in the language it needs
 * (stable, or staging for {@code import defer}): every test that passes under GraalJS must
 * pass under hmrc's linker, except those {@code known-differences.txt} lists with the reason.
 * A listed test must still pass natively and fail hot, so the list stays true.
 *
 * <p>By default the pinned copy in {@code src/test/resources/test262} runs (test262's BSD
 * license is its {@code LICENSE}); {@code -Dtest262.root=DIR} runs a whole test262 checkout
 * instead ({@code scripts/test262-modules.sh}). The counts go to
 * {@code target/test262-summary.txt}.
 */
class Test262ModulesTest {

    static final Path PINNED = Path.of("src/test/resources/test262");
    private static final Path ROOT = Path.of(System.getProperty("test262.root", PINNED.toString()));

    private static Test262Runner runner;
    private static Map<String, String> known;
    private static final List<String> summary = new ArrayList<>();
    private static final int[] counts = new int[4]; // both pass, native only, hot only, neither

    @BeforeAll
    static void start() {
        runner = new Test262Runner(ROOT);
        known = knownDifferences(PINNED.resolve("known-differences.txt"));
    }

    @AfterAll
    static void finish() throws IOException {
        runner.close();
        List<String> text = new ArrayList<>();
        text.add("test262 module tests under " + ROOT);
        text.add("both pass: " + counts[0] + ", GraalJS only: " + counts[1] + ", hmrc only: " + counts[2]
                + ", neither: " + counts[3]);
        text.addAll(summary);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/test262-summary.txt"), text, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyModuleTestGraalJsPassesPassesUnderHmrcLinker() {
        List<Test262File> tests = runner.moduleTests();
        assertTrue(tests.size() >= 700, "expected the test262 module tests, found " + tests.size() + " under " + ROOT);
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.name(), t.path().toUri(), () -> check(t)));
    }

    private static void check(Test262File test) {
        Test262Runner.Outcome graal = runner.run(test, Linker.GRAALJS);
        Test262Runner.Outcome hot = runner.run(test, Linker.HMRC);
        String reason = known.get(test.name());
        int kind = graal.passed() ? (hot.passed() ? 0 : 1) : (hot.passed() ? 2 : 3);
        synchronized (counts) {
            counts[kind]++;
            if (kind == 1) {
                summary.add("GraalJS only: " + test.name() + " (" + test.language() + "): hot " + hot.detail()
                        + (reason != null ? " [known: " + reason + "]" : ""));
            } else if (kind == 2) {
                summary.add("hmrc only: " + test.name() + " (" + test.language() + "): GraalJS " + graal.detail());
            } else if (kind == 3) {
                summary.add("neither: " + test.name() + " (" + test.language() + "): GraalJS " + graal.detail()
                        + "; hot " + hot.detail());
            }
        }
        if (reason != null) {
            assertTrue(graal.passed() && !hot.passed(), test.name() + " is listed in known-differences.txt ("
                    + reason + ") but GraalJS " + (graal.passed() ? "passes" : "fails: " + graal.detail())
                    + " and hmrc " + (hot.passed() ? "passes" : "fails") + ": drop the line");
            return;
        }
        if (graal.passed() && !hot.passed()) {
            fail(test.name() + " passes under GraalJS's loader but not under hmrc's linker: " + hot.detail());
        }
        assertFalse(graal.passed() && !hot.passed());
    }

    /** {@code name<TAB>reason} lines; {@code #} starts a comment. */
    static Map<String, String> knownDifferences(Path file) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return map;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                map.put(tab < 0 ? line.strip() : line.substring(0, tab).strip(),
                        tab < 0 ? "(no reason given)" : line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
