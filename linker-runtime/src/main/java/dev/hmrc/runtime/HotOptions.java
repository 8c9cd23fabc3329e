package dev.hmrc.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Options of hot updates (what {@code --import hmr/register?OPTIONS} sets).
 *
 * @param ignore     files whose path matches get no {@code import.meta.hot}, are not watched
 *                   and never re-run on their own (default {@code node_modules})
 * @param silent     the {@code [hot]} lines go only to the {@code hmr:message} event, not to stderr
 * @param fullReload an update that no module accepts re-runs the whole program in the same
 *                   JVM instead of waiting ({@code reload=full})
 * @param manual     updates on the host's terms: the watcher stages changes (their transforms
 *                   are made off the loop) and nothing runs until the host calls
 *                   {@link ModuleRuntime#applyUpdates()} (Java API only)
 */
public record HotOptions(Pattern ignore, boolean silent, boolean fullReload, boolean manual) {

    /** The default ignore pattern. */
    public static final String DEFAULT_IGNORE = "node_modules";

    /** @throws NullPointerException when {@code ignore} is null */
    public HotOptions {
        Objects.requireNonNull(ignore, "ignore");
    }

    /**
     * Options that apply every change as it is saved (not {@linkplain #manual manual}).
     *
     * @param ignore     see {@link #ignore()}
     * @param silent     see {@link #silent()}
     * @param fullReload see {@link #fullReload()}
     */
    public HotOptions(Pattern ignore, boolean silent, boolean fullReload) {
        this(ignore, silent, fullReload, false);
    }

    /**
     * {@return these options with updates applied only when the host calls {@link
     * ModuleRuntime#applyUpdates()} ({@code true}), or as files are saved ({@code false})}
     *
     * @param value whether updates wait for {@link ModuleRuntime#applyUpdates()}
     */
    public HotOptions manual(boolean value) {
        return new HotOptions(ignore, silent, fullReload, value);
    }

    /** Hot updates with the defaults: {@code node_modules} ignored, lines on stderr, no full reload. */
    public static HotOptions defaults() {
        return new HotOptions(Pattern.compile(DEFAULT_IGNORE), false, false);
    }

    /**
     * The options of a query string such as {@code ignore=REGEX&silent&reload=full}
     * (URL-decoded; empty: the defaults).
     *
     * @throws IllegalArgumentException for an unknown option or a bad value, with a message naming it
     */
    public static HotOptions parse(String query) {
        HotOptions options = defaults();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? null : decode(part.substring(eq + 1));
            switch (name) {
                case "ignore" -> {
                    if (value == null) {
                        throw new IllegalArgumentException("hmr/register: ignore needs a value (ignore=REGEX)");
                    }
                    try {
                        options = new HotOptions(Pattern.compile(value), options.silent, options.fullReload);
                    } catch (PatternSyntaxException bad) {
                        throw new IllegalArgumentException("hmr/register: ignore is not a valid regular expression: "
                                + bad.getDescription() + " in " + value);
                    }
                }
                case "silent" -> options = new HotOptions(options.ignore, value == null || !value.equals("false"),
                        options.fullReload);
                case "reload" -> {
                    if (!"full".equals(value) && !"none".equals(value)) {
                        throw new IllegalArgumentException("hmr/register: reload must be full or none, not " + value);
                    }
                    options = new HotOptions(options.ignore, options.silent, value.equals("full"));
                }
                default -> throw new IllegalArgumentException("hmr/register: unknown option '" + name
                        + "' (known: ignore=REGEX, silent, reload=full)");
            }
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
