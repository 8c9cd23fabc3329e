package dev.hmrc.golden.test262;

import dev.hmrc.transformer.JsLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test262 test file and what its front matter ({@code /*--- ... ---*\/}, see test262's
 * INTERPRETING.md) says about running it: its flags, harness includes, features and, for a
 * negative test, the phase and the error type it must end with.
 *
 * @param path          the test file
 * @param name          its path below test262's {@code test/} folder (what the reports print)
 * @param flags         {@code module}, {@code async}, {@code raw}, ...
 * @param includes      harness files to load before it, after {@code assert.js} and {@code sta.js}
 * @param features      the features it needs
 * @param negativePhase {@code parse}, {@code resolution} or {@code runtime} for a negative test, else null
 * @param negativeType  the error constructor's name a negative test must end with, else null
 */
public record Test262File(Path path, String name, List<String> flags, List<String> includes, List<String> features,
                          String negativePhase, String negativeType) {

    /**
     * Proposals GraalJS 25.0.2 implements only with {@code js.ecmascript-version=staging} (or not
     * at all): a test that needs one runs in {@link JsLanguage#STAGING}, as a program using
     * them would run with {@code hmrc run --js-staging}.
     */
    static final Set<String> STAGING_FEATURES = Set.of("import-defer", "source-phase-imports",
            "source-phase-imports-module-source", "import-text", "import-bytes", "immutable-arraybuffer");

    private static final Pattern FRONT_MATTER = Pattern.compile("/\\*---(.*?)---\\*/", Pattern.DOTALL);

    /** Reads {@code file}; {@code testRoot} is test262's {@code test/} folder. */
    public static Test262File read(Path file, Path testRoot) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = FRONT_MATTER.matcher(text);
        String yaml = m.find() ? m.group(1) : "";
        String negative = block(yaml, "negative");
        return new Test262File(file, testRoot.relativize(file).toString().replace('\\', '/'),
                list(yaml, "flags"), list(yaml, "includes"), list(yaml, "features"),
                negative == null ? null : scalar(negative, "phase"), negative == null ? null : scalar(negative, "type"));
    }

    /** {@return whether the test runs as a module ({@code flags: [module]})} */
    public boolean isModule() {
        return flags.contains("module");
    }

    /** {@return whether the test reports through {@code $DONE} ({@code flags: [async]})} */
    public boolean isAsync() {
        return flags.contains("async");
    }

    /** {@return the language the test is run in: staging when it needs a staging proposal} */
    public JsLanguage language() {
        return features.stream().anyMatch(STAGING_FEATURES::contains) ? JsLanguage.STAGING : JsLanguage.STABLE;
    }

    /** A YAML list written {@code key: [a, b]} or as {@code key:} followed by {@code - a} lines. */
    private static List<String> list(String yaml, String key) {
        List<String> values = new ArrayList<>();
        Matcher inline = Pattern.compile("(?m)^" + key + ":\\s*\\[(.*?)]").matcher(yaml);
        if (inline.find()) {
            for (String v : inline.group(1).split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            return values;
        }
        Matcher block = Pattern.compile("(?m)^" + key + ":\\s*\\n((?:\\s+-\\s*.+\\n?)+)").matcher(yaml);
        if (block.find()) {
            for (String line : block.group(1).split("\n")) {
                String v = line.strip();
                if (v.startsWith("-")) {
                    values.add(v.substring(1).strip());
                }
            }
        }
        return values;
    }

    /** The indented lines under {@code key:}, or null. */
    private static String block(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*\\n((?:[ \\t]+.*\\n?)+)").matcher(yaml);
        return m.find() ? m.group(1) : null;
    }

    private static String scalar(String block, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ":\\s*(\\S+)").matcher(block);
        return m.find() ? m.group(1) : null;
    }
}
