package dev.hmrc.golden.hot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The TypeScript declarations of {@code import.meta.hot} ({@code types/hmr.d.ts} at the
 * repository root): the samples {@code types/check/usage.ts} and {@code http-usage.ts} (the
 * {@code hmr:http} module of {@code types/http.d.ts}) type-check with {@code tsc}
 * (its {@code @ts-expect-error} lines must be errors, so misuse is rejected too), and the
 * declared events are exactly the ones the update engine emits, under its prefixes.
 */
class HotTypesTest {

    /** The TypeScript package npx runs. */
    private static final String TYPESCRIPT = "typescript@5";
    private static final long NPX_TIMEOUT_SECONDS = 300;

    private static final Path REPO = Path.of("").toAbsolutePath().getParent();
    private static final Path TYPES = REPO.resolve("types");

    /** Exit status and combined output of a finished command; null when it could not run or timed out. */
    private record Outcome(int exit, String output) {
    }

    @Test
    void sampleUsageTypeChecksAgainstTheDeclarations() throws Exception {
        assertTrue(Files.isRegularFile(TYPES.resolve("hmr.d.ts")), "missing " + TYPES.resolve("hmr.d.ts"));
        Outcome version = run(List.of("npx", "-y", "-p", TYPESCRIPT, "tsc", "--version"));
        assumeTrue(version != null && version.exit() == 0 && version.output().contains("Version"),
                () -> "skipped: TypeScript (" + TYPESCRIPT + ") is not available through npx/npm here"
                        + (version == null ? " (npx missing or timed out)" : ":\n" + version.output()));
        Outcome check = run(List.of("npx", "-y", "-p", TYPESCRIPT, "tsc", "--noEmit", "-p", "check"));
        assertTrue(check != null, "tsc did not finish");
        assertEquals(0, check.exit(), "tsc --noEmit -p types/check reports:\n" + check.output());
    }

    @Test
    void declaredEventsAreTheOnesTheEngineEmits() throws IOException {
        String declarations = Files.readString(TYPES.resolve("hmr.d.ts"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("interface HotEventPayloads \\{(.*?)\\n}", Pattern.DOTALL).matcher(declarations);
        assertTrue(block.find(), "hmr.d.ts declares HotEventPayloads");
        TreeSet<String> declared = new TreeSet<>(all(Pattern.compile("(?m)^\\s+(\\w+): "), block.group(1)));

        Path runtime = REPO.resolve("linker-runtime/src/main/java/dev/hmrc/runtime");
        String engine = Files.readString(runtime.resolve("link/UpdateEngine.java"), StandardCharsets.UTF_8)
                + Files.readString(runtime.resolve("ModuleRuntime.java"), StandardCharsets.UTF_8);
        TreeSet<String> emitted = new TreeSet<>(all(Pattern.compile("\\bemit(?:Then)?\\(\"(\\w+)\""), engine));
        assertFalse(emitted.isEmpty(), "found no emit(\"...\") calls in the engine");
        assertEquals(emitted, declared, "events in HotEventPayloads vs events the engine emits");

        String support = Files.readString(REPO.resolve(
                "linker-runtime/src/main/resources/dev/hmrc/runtime/runtime-support.js"), StandardCharsets.UTF_8);
        Matcher prefixes = Pattern.compile("eventPrefixes = \\[([^\\]]*)]").matcher(support);
        assertTrue(prefixes.find(), "runtime-support.js names its event prefixes");
        Matcher declaredPrefixes = Pattern.compile("type HotEventPrefix = ([^;]*);").matcher(declarations);
        assertTrue(declaredPrefixes.find(), "hmr.d.ts declares HotEventPrefix");
        Pattern quoted = Pattern.compile("\"([^\"]+)\"");
        assertEquals(all(quoted, prefixes.group(1)), all(quoted, declaredPrefixes.group(1)), "event prefixes");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Outcome run(List<String> command) throws InterruptedException, IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(TYPES.toFile()).redirectErrorStream(true).start();
        } catch (IOException cannotStart) {
            return null;
        }
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the output is only for the message
            }
        });
        reader.start();
        if (!process.waitFor(NPX_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return null;
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return new Outcome(process.exitValue(), output.toString());
    }
}
