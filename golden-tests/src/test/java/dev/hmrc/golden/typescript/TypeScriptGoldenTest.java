package dev.hmrc.golden.typescript;

import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.typescript.TypeStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden TypeScript cases ({@code src/test/resources/typescript}, one folder per construct):
 * {@code input.ts} strips to {@code output.js} exactly (amaro's output, see the folder's README),
 * with the same length and the same line terminators at the same offsets (the {@code 2xx} cases,
 * enums and parameter properties, which amaro refuses: the same lines), and the result parses
 * and transforms as a module; or stripping fails with {@code error.txt}'s message and position.
 * {@code -Dhmrc.typescript.record=true} writes hmrc's results instead (and fails).
 */
class TypeScriptGoldenTest {
    static final Path ROOT = Path.of("src/test/resources/typescript");
    private static final boolean RECORD = Boolean.getBoolean("hmrc.typescript.record");

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> folders = Files.list(ROOT)) {
            cases = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 25, "golden TypeScript cases missing: " + cases.size());
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    }

    private static void check(Path folder) throws Exception {
        String input = Files.readString(folder.resolve("input.ts"), StandardCharsets.UTF_8);
        String stripped;
        String error;
        try {
            stripped = TypeStripper.strip(input, "input.ts");
            error = null;
        } catch (ModuleSyntaxError e) {
            stripped = null;
            error = e.getMessage() + "\n";
        }
        Path outputFile = folder.resolve("output.js");
        Path errorFile = folder.resolve("error.txt");
        if (RECORD) {
            Files.deleteIfExists(stripped != null ? errorFile : outputFile);
            Files.writeString(stripped != null ? outputFile : errorFile, stripped != null ? stripped : error,
                    StandardCharsets.UTF_8);
            fail("recorded " + folder);
        }
        assertTrue(Files.exists(outputFile) != Files.exists(errorFile), folder + ": exactly one of output.js and error.txt");
        String first = input.lines().findFirst().orElse("");
        assertTrue(first.startsWith("//"), folder + ": the first line of input.ts says what the case shows");
        if (Files.exists(errorFile)) {
            assertEquals(Files.readString(errorFile, StandardCharsets.UTF_8), error == null ? "(stripped without error)" : error);
            return;
        }
        assertEquals(Files.readString(outputFile, StandardCharsets.UTF_8), stripped == null ? error : stripped);
        if (folder.getFileName().toString().startsWith("2")) {
            // 2xx: enums and parameter properties, transformed: lines kept, columns after the construct move
            assertEquals(input.lines().count(), stripped.lines().count(), "same lines");
        } else {
            assertEquals(input.length(), stripped.length(), "same length");
            for (int i = 0; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    assertEquals(c, stripped.charAt(i), "line terminator kept at offset " + i);
                }
            }
        }
        ModuleTransformer.parseOnly(stripped, "output.js"); // what is left is JavaScript
        new ModuleTransformer().transform(input, folder.getFileName() + "/input.ts");
    }
}
