package dev.hmrc.runtime.link;

import dev.hmrc.sourcemaps.JsonReader;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hot-hook's boundaries: modules named by glob that are accepted as if they had called
 * {@code import.meta.hot.accept()}. The globs come from {@code hmr/register?boundaries=...}
 * and from the entry's {@code package.json} ({@code "hmrc": {"boundaries": [...]}} and
 * hot-hook's {@code "hotHook": {"boundaries": [...]}}); they are relative to the entry's
 * package root (the nearest folder up from the entry with a {@code package.json}; else the
 * runtime's root folder). {@code **} crosses folders, {@code *} does not; as in hot-hook's
 * globs (picomatch), {@code **}{@code /} also matches no folder at all ({@code routes/**}{@code /*.mjs}
 * matches {@code routes/user.mjs}).
 */
public final class Boundaries {

    /** No boundaries. */
    public static final Boundaries NONE = new Boundaries(Path.of(""), List.of());

    private final Path packageRoot;
    private final List<String> globs;
    /** The globs' matchers, with the variants where a {@code **}{@code /} matches no folder. */
    private final List<PathMatcher> matchers = new ArrayList<>();

    /**
     * @param packageRoot the folder the globs are relative to
     * @param globs       the globs, as written
     * @throws IllegalArgumentException for a glob that is not valid
     */
    public Boundaries(Path packageRoot, List<String> globs) {
        this.packageRoot = packageRoot;
        this.globs = List.copyOf(globs);
        for (String glob : this.globs) {
            String normalized = glob.startsWith("./") ? glob.substring(2) : glob;
            java.util.Set<String> variants = new java.util.LinkedHashSet<>();
            variants.add(normalized);
            String noFolder = normalized;
            while (noFolder.contains("/**/")) {
                noFolder = noFolder.replace("/**/", "/");
                variants.add(noFolder);
            }
            for (String variant : List.copyOf(variants)) {
                if (variant.startsWith("**/")) {
                    variants.add(variant.substring(3));
                }
            }
            for (String variant : variants) {
                matchers.add(matcher(variant));
            }
        }
    }

    /** {@return the folder the globs are relative to} */
    public Path packageRoot() {
        return packageRoot;
    }

    /** {@return the globs, as written} */
    public List<String> globs() {
        return globs;
    }

    /**
     * The boundaries for the program whose entry is {@code entry}: {@code fromOptions} and
     * those of the entry's {@code package.json}.
     *
     * @param fallbackRoot the folder the globs are relative to when no {@code package.json} is found
     */
    public static Boundaries forEntry(Path entry, List<String> fromOptions, Path fallbackRoot) {
        Path packageRoot = null;
        for (Path folder = entry.toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("package.json"))) {
                packageRoot = folder;
                break;
            }
        }
        List<String> globs = new ArrayList<>(fromOptions);
        if (packageRoot != null) {
            try {
                Map<String, Object> manifest = JsonReader.parseObject(Files.readString(packageRoot.resolve("package.json")));
                for (String section : List.of("hmrc", "hotHook")) {
                    if (manifest.get(section) instanceof Map<?, ?> config && config.get("boundaries") instanceof List<?> list) {
                        for (Object glob : list) {
                            if (glob instanceof String text && !text.isEmpty()) {
                                globs.add(text);
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                // an unreadable package.json names no boundaries (the resolver reports it when it matters)
            }
        }
        return new Boundaries(packageRoot != null ? packageRoot : fallbackRoot, globs);
    }

    /** {@return whether the module file {@code path} is a boundary} */
    public boolean matches(Path path) {
        if (globs.isEmpty() || !path.startsWith(packageRoot)) {
            return false;
        }
        Path relative = packageRoot.relativize(path);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    /** @throws IllegalArgumentException for a glob that is not valid */
    static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException("not a valid glob: " + glob + " (" + bad.getMessage() + ")");
        }
    }
}
