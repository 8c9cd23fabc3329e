package dev.hmrc.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Options of hot updates (what {@code --import hmr/register?OPTIONS} sets).
 *
 * @param ignore files whose path matches get no {@code import.meta.hot}, are not watched
 *               and never re-run on their own (default {@code node_modules})
 * @param silent the {@code [hot]} lines go only to the {@code hmr:message} event, not to stderr
 * @param reload what an update that reaches the entry with no accepting module on the way
 *               does ({@code reload=full|none|restart}; default {@link Reload#FULL})
 * @param cleanup the timers, intervals and servers a module instance made (at its top level or
 *               in callbacks it scheduled) are cleared or closed when it is disposed or pruned
 *               without handing them over (default; {@code cleanup=off} turns it off)
 * @param boundaries globs of modules accepted as if they called {@code import.meta.hot.accept()}
 *               ({@code boundaries=GLOB[,GLOB...]}; more come from the entry's {@code package.json}),
 *               relative to the entry's package root
 * @param api        whose {@code import.meta.hot} rules apply ({@code api=vite|esm-hmr|bun}; default {@link Api#VITE})
 * @param manual     updates on the host's terms: the watcher stages changes (their transforms
 *                   are made off the loop) and nothing runs until the host calls
 *                   {@link ModuleRuntime#applyUpdates()} (Java API only)
 */
public record HotOptions(Pattern ignore, boolean silent, Reload reload, boolean cleanup, List<String> boundaries,
                         Api api, boolean manual) {

    /** The default ignore pattern. */
    public static final String DEFAULT_IGNORE = "node_modules";

    /** What an update that no module accepts does. */
    public enum Reload {
        /** Nothing runs; the change waits, staged, for an update that accepts it ({@code reload=none}). */
        NONE,
        /** The whole program runs again in the same JVM, the old run disposed first ({@code reload=full}, the default). */
        FULL,
        /** The program ends and runs again in a fresh JVM, like {@code node --watch} ({@code reload=restart}). */
        RESTART
    }

    /** Whose {@code import.meta.hot} rules apply. */
    public enum Api {
        /** Vite's (and dynohot's): callbacks get the new namespace(s). */
        VITE,
        /** The ESM-HMR spec's: {@code accept(({ module }) => ...)}, {@code accept(deps, ({ deps, module }) => ...)}. */
        ESM_HMR,
        /** Bun's: assigning {@code import.meta.hot.data} accepts the module, data carries over, dispose callbacks run in parallel. */
        BUN
    }

    /** @throws NullPointerException when {@code ignore}, {@code reload} or {@code api} is null */
    public HotOptions {
        Objects.requireNonNull(ignore, "ignore");
        Objects.requireNonNull(reload, "reload");
        boundaries = List.copyOf(boundaries);
        Objects.requireNonNull(api, "api");
    }

    /**
     * Options that apply every change as it is saved (not {@linkplain #manual manual}).
     *
     * @param ignore     see {@link #ignore()}
     * @param silent     see {@link #silent()}
     * @param reload     see {@link #reload()}
     * @param cleanup    see {@link #cleanup()}
     * @param boundaries see {@link #boundaries()}
     * @param api        see {@link #api()}
     */
    public HotOptions(Pattern ignore, boolean silent, Reload reload, boolean cleanup, List<String> boundaries, Api api) {
        this(ignore, silent, reload, cleanup, boundaries, api, false);
    }

    /**
     * The options of earlier releases: {@code fullReload} false waits for an accepting update
     * ({@link Reload#NONE}), true re-runs the program ({@link Reload#FULL}); cleanup on, Vite's API.
     *
     * @param ignore     see {@link #ignore()}
     * @param silent     see {@link #silent()}
     * @param fullReload whether an unaccepted update re-runs the whole program in the same JVM
     */
    public HotOptions(Pattern ignore, boolean silent, boolean fullReload) {
        this(ignore, silent, fullReload ? Reload.FULL : Reload.NONE, true, List.of(), Api.VITE, false);
    }

    /**
     * {@return these options with updates applied only when the host calls {@link
     * ModuleRuntime#applyUpdates()} ({@code true}), or as files are saved ({@code false})}
     *
     * @param value whether updates wait for {@link ModuleRuntime#applyUpdates()}
     */
    public HotOptions manual(boolean value) {
        return new HotOptions(ignore, silent, reload, cleanup, boundaries, api, value);
    }

    /** Hot updates with the defaults: {@code node_modules} ignored, lines on stderr, full reload when unaccepted, cleanup on. */
    public static HotOptions defaults() {
        return new HotOptions(Pattern.compile(DEFAULT_IGNORE), false, Reload.FULL, true, List.of(), Api.VITE);
    }

    /** {@return whether an unaccepted update re-runs the whole program in the same JVM} */
    public boolean fullReload() {
        return reload == Reload.FULL;
    }

    /** {@return these options with {@code value} as the reload mode} */
    public HotOptions withReload(Reload value) {
        return new HotOptions(ignore, silent, value, cleanup, boundaries, api, manual);
    }

    /**
     * The options of a query string such as {@code ignore=REGEX&silent&reload=none}
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
                        options = new HotOptions(Pattern.compile(value), options.silent, options.reload, options.cleanup,
                                options.boundaries, options.api);
                    } catch (PatternSyntaxException bad) {
                        throw new IllegalArgumentException("hmr/register: ignore is not a valid regular expression: "
                                + bad.getDescription() + " in " + value);
                    }
                }
                case "silent" -> options = new HotOptions(options.ignore, value == null || !value.equals("false"),
                        options.reload, options.cleanup, options.boundaries, options.api);
                case "cleanup" -> {
                    if (!"off".equals(value) && !"on".equals(value)) {
                        throw new IllegalArgumentException("hmr/register: cleanup must be on or off, not " + value);
                    }
                    options = new HotOptions(options.ignore, options.silent, options.reload, value.equals("on"),
                            options.boundaries, options.api);
                }
                case "boundaries" -> {
                    if (value == null || value.isBlank()) {
                        throw new IllegalArgumentException("hmr/register: boundaries needs globs (boundaries=GLOB[,GLOB...])");
                    }
                    List<String> globs = new ArrayList<>(options.boundaries);
                    for (String glob : value.split(",")) {
                        String trimmed = glob.strip();
                        if (trimmed.isEmpty()) {
                            continue;
                        }
                        try {
                            FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
                        } catch (IllegalArgumentException bad) {
                            throw new IllegalArgumentException("hmr/register: boundaries: not a valid glob: " + trimmed
                                    + " (" + bad.getMessage() + ")");
                        }
                        globs.add(trimmed);
                    }
                    options = new HotOptions(options.ignore, options.silent, options.reload, options.cleanup, globs,
                            options.api);
                }
                case "api" -> {
                    Api api = switch (value == null ? "" : value) {
                        case "vite" -> Api.VITE;
                        case "esm-hmr" -> Api.ESM_HMR;
                        case "bun" -> Api.BUN;
                        default -> throw new IllegalArgumentException(
                                "hmr/register: api must be vite, esm-hmr or bun, not " + value);
                    };
                    options = new HotOptions(options.ignore, options.silent, options.reload, options.cleanup,
                            options.boundaries, api);
                }
                case "reload" -> {
                    Reload reload = switch (value == null ? "" : value) {
                        case "full" -> Reload.FULL;
                        case "none" -> Reload.NONE;
                        case "restart" -> Reload.RESTART;
                        default -> throw new IllegalArgumentException(
                                "hmr/register: reload must be full, none or restart, not " + value);
                    };
                    options = options.withReload(reload);
                }
                default -> throw new IllegalArgumentException("hmr/register: unknown option '" + name
                        + "' (known: ignore=REGEX, silent, reload=full|none|restart, cleanup=off, boundaries=GLOB[,GLOB...], api=vite|esm-hmr|bun)");
            }
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
