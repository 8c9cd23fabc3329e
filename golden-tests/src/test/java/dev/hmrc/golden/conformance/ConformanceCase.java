package dev.hmrc.golden.conformance;

import dev.hmrc.transformer.JsLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One module-graph case of the differential conformance suite: a folder under
 * {@code src/test/resources/conformance} holding {@code main.mjs} (the entry),
 * the modules it imports, {@code expected.txt} (the native GraalJS transcript)
 * and, where GraalJS departs from ECMA-262, {@code NOTE.md} and
 * {@code expected-spec.txt} (what the spec requires); where hmrc's host
 * deliberately differs from GraalJS's host (not a linking matter, e.g. the keys
 * of {@code import.meta}), {@code NOTE.md} and {@code expected-hot.txt}, read
 * only by the hot-mode suite. A case written in GraalJS's staging ECMAScript (e.g.
 * {@code import defer}) has a {@code language.txt} that says {@code staging}: both suites
 * then run it with {@link JsLanguage#STAGING}, as {@code hmrc run --js-staging} does.
 */
public record ConformanceCase(String name, Path folder) {

    /** The folder holding every case, relative to the golden-tests module. */
    public static final Path ROOT = Path.of("src/test/resources/conformance");
    public static final String ENTRY = "main.mjs";
    public static final String EXPECTED = "expected.txt";
    public static final String EXPECTED_SPEC = "expected-spec.txt";
    public static final String EXPECTED_HOT = "expected-hot.txt";
    public static final String NOTE = "NOTE.md";
    public static final String LANGUAGE = "language.txt";

    /** The ECMAScript the case is written in: {@code language.txt}'s word, else the stable edition. */
    public JsLanguage language() {
        String chosen = file(LANGUAGE);
        if (chosen == null) {
            return JsLanguage.STABLE;
        }
        return switch (chosen.strip()) {
            case "staging" -> JsLanguage.STAGING;
            case "stable" -> JsLanguage.STABLE;
            default -> throw new IllegalArgumentException(name + ": language.txt must say staging or stable");
        };
    }

    /** Every case folder under the root, in name order. */
    public static List<ConformanceCase> all(Path root) {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> Files.exists(p.resolve(ENTRY)))
                    .sorted()
                    .map(p -> new ConformanceCase(p.getFileName().toString(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file of the case, or null when it does not exist. */
    public String file(String fileName) {
        Path file = folder.resolve(fileName);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the runtime under test must print: the spec transcript where GraalJS departs, else the native one. */
    public String specTranscript() {
        String spec = file(EXPECTED_SPEC);
        return spec != null ? spec : file(EXPECTED);
    }

    /**
     * What hmrc's linker must print: {@code expected-hot.txt} where hmrc's host differs
     * from GraalJS's on purpose (explained in {@code NOTE.md}), else {@link #specTranscript()}.
     */
    public String hotTranscript() {
        String hot = file(EXPECTED_HOT);
        return hot != null ? hot : specTranscript();
    }

    void write(String fileName, String text) {
        try {
            Files.writeString(folder.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
