package dev.hmrc.runtime.web;

import dev.hmrc.runtime.JsEngine;
import dev.hmrc.runtime.Linker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WPT's encoding/ tests ({@code src/test/resources/wpt/encoding}, evaluated as classic scripts
 * on run-encoding-tests.mjs's small harness) against {@code TextDecoder}/{@code TextEncoder},
 * in both modes. The only failures allowed are those of ISO-8859-10 and ISO-8859-14, which the
 * JDK has no charset for (their labels give a RangeError).
 */
class WptEncodingTest {

    /** The files in the order they run, with the location.search each runs under. */
    private static final List<String[]> FILES = List.of(
            new String[] {"resources/encodings.js", ""},
            new String[] {"textdecoder-labels.any.js", ""},
            new String[] {"api-invalid-label.any.js", ""},
            new String[] {"api-replacement-encodings.any.js", ""},
            new String[] {"textencoder-constructor-non-utf.any.js", ""},
            new String[] {"textdecoder-streaming.any.js", ""},
            new String[] {"textdecoder-eof.any.js", ""},
            new String[] {"textdecoder-fatal-single-byte.any.js", ""},
            new String[] {"encodeInto.any.js", ""},
            new String[] {"single-byte-decoder.any.js", "?TextDecoder"});

    private static JsEngine engine;

    @TempDir
    Path program;

    @BeforeAll
    static void engine() {
        engine = JsEngine.create();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void wptsEncodingTestsPassButForTheTwoEncodingsTheJdkLacks(Linker linker) throws IOException, URISyntaxException {
        Path wpt = Path.of(WptEncodingTest.class.getResource("/wpt/encoding/run-encoding-tests.mjs").toURI()).getParent();
        Files.copy(wpt.resolve("run-encoding-tests.mjs"), program.resolve("run-encoding-tests.mjs"));
        StringBuilder scripts = new StringBuilder("export const scripts = [\n");
        for (String[] file : FILES) {
            String source = Files.readString(wpt.resolve(file[0]), StandardCharsets.UTF_8);
            scripts.append("  [").append(jsString(file[0])).append(", ").append(jsString(source)).append(", ")
                    .append(jsString(file[1])).append("],\n");
        }
        Files.writeString(program.resolve("wpt-scripts.mjs"), scripts.append("];\n"), StandardCharsets.UTF_8);

        WptRun run = WptRun.run(program, "./run-encoding-tests.mjs", linker, engine);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("resources/encodings.js", 0);
        expected.put("textdecoder-labels.any.js", 201);
        expected.put("api-invalid-label.any.js", 3241);
        expected.put("api-replacement-encodings.any.js", 5);
        expected.put("textencoder-constructor-non-utf.any.js", 77);
        expected.put("textdecoder-streaming.any.js", 64);
        expected.put("textdecoder-eof.any.js", 2);
        expected.put("textdecoder-fatal-single-byte.any.js", 6656);
        expected.put("encodeInto.any.js", 14);
        expected.put("single-byte-decoder.any.js?TextDecoder", 157);
        assertEquals(expected, run.passed(), run.output());
        run.failures().forEach((suite, failed) -> failed.forEach(line -> {
            String lower = line.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("iso-8859-10") || lower.contains("iso-8859-14")
                    || lower.contains("latin6") || lower.contains("l6 =>") || lower.contains("iso-ir-157")
                    || lower.contains("iso885910") || lower.contains("iso8859-10") || lower.contains("iso885914")
                    || lower.contains("iso8859-14") || lower.contains("csisolatin6"), suite + ": " + line);
        }));
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
