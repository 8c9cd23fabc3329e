package dev.hmrc.runtime.resolve;

import dev.hmrc.sourcemaps.JsonReader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns a module specifier and the file that imports it into the absolute, real
 * path of the imported file, the way both {@code hmrc run} modes resolve
 * (a subset of Node's ESM resolution):
 *
 * <ol>
 *   <li>{@code ./x}, {@code ../x}, {@code /x}: a path relative to the importer's folder or absolute;</li>
 *   <li>{@code file:} URLs;</li>
 *   <li>anything else is a bare specifier {@code name[/subpath]} or {@code @scope/name[/subpath]}:
 *       the nearest {@code node_modules/name} walking up from the importer's folder, then in its
 *       {@code package.json}: {@code exports} (conditions {@code import}, then {@code default};
 *       subpath keys and {@code *} patterns), else for the root {@code module}, {@code main},
 *       {@code index.js}; without {@code exports} a subpath is a file inside the package.</li>
 * </ol>
 *
 * Paths are not completed with extensions (as in Node's ESM), with one exception, TypeScript's:
 * a {@code .js} file that does not exist resolves to the {@code .ts} file beside it
 * ({@link #typeScriptSourceIfMissing}). Stateless and thread-safe.
 */
public final class SpecifierResolver {

    /** A resolver (it keeps no state). */
    public SpecifierResolver() {
    }

    /** The {@code exports} conditions this resolver matches, in the order it prefers them. */
    public static final List<String> CONDITIONS = List.of("import", "default");

    /**
     * Resolves {@code specifier} imported from {@code referrer} (a file; null: resolve from
     * {@code baseFolder}, as for the entry module and {@code --import}).
     *
     * @param specifier the specifier
     * @param referrer the importing file, or null
     * @param baseFolder where a specifier without an importer starts
     * @return the real path of the module's file
     * @throws ModuleResolutionError when nothing matches; the message names both
     */
    public Path resolve(String specifier, Path referrer, Path baseFolder) throws ModuleResolutionError {
        Path from = referrer == null ? baseFolder.toAbsolutePath() : referrer.getParent();
        Path candidate;
        if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.equals(".") || specifier.equals("..")) {
            candidate = from.resolve(specifier);
        } else if (specifier.startsWith("/")) {
            candidate = Path.of(specifier);
        } else if (specifier.startsWith("file:")) {
            candidate = fileUrlPath(specifier, referrer);
        } else if (hasUrlScheme(specifier)) {
            throw notFound(specifier, referrer, "only file: URLs are supported");
        } else {
            candidate = resolveBare(specifier, from, referrer);
        }
        return existingFile(candidate.normalize(), specifier, referrer);
    }

    private static Path fileUrlPath(String specifier, Path referrer) throws ModuleResolutionError {
        try {
            URI uri = new URI(specifier);
            return Path.of(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null));
        } catch (URISyntaxException | IllegalArgumentException bad) {
            throw notFound(specifier, referrer, "not a valid file: URL");
        }
    }

    private static boolean hasUrlScheme(String specifier) {
        int colon = specifier.indexOf(':');
        if (colon < 2) {
            return false; // a Windows drive letter or no scheme
        }
        for (int i = 0; i < colon; i++) {
            char c = specifier.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private Path resolveBare(String specifier, Path from, Path referrer) throws ModuleResolutionError {
        // Split "name/sub" or "@scope/name/sub" into the package name and "./sub" (or ".").
        int slash = specifier.indexOf('/');
        if (specifier.startsWith("@")) {
            if (slash < 0) {
                throw notFound(specifier, referrer, "invalid package name");
            }
            slash = specifier.indexOf('/', slash + 1);
        }
        String packageName = slash < 0 ? specifier : specifier.substring(0, slash);
        String subpath = slash < 0 ? "." : "." + specifier.substring(slash);
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path packageDir = dir.resolve("node_modules").resolve(packageName);
            if (Files.isDirectory(packageDir)) {
                return resolveInPackage(packageDir, subpath, specifier, referrer);
            }
        }
        throw notFound(specifier, referrer, "no node_modules/" + packageName + " above " + from);
    }

    private Path resolveInPackage(Path packageDir, String subpath, String specifier, Path referrer)
            throws ModuleResolutionError {
        Map<String, Object> manifest = readManifest(packageDir, specifier, referrer);
        Object exports = manifest.get("exports");
        if (exports != null) {
            String target = resolveExports(exports, subpath);
            if (target == null) {
                throw notFound(specifier, referrer, "package.json \"exports\" of " + packageDir
                        + " does not export \"" + subpath + "\" for conditions " + CONDITIONS);
            }
            return packageDir.resolve(target);
        }
        if (!subpath.equals(".")) {
            return packageDir.resolve(subpath);
        }
        for (String field : List.of("module", "main")) {
            if (manifest.get(field) instanceof String main && !main.isEmpty()) {
                return packageDir.resolve(main);
            }
        }
        return packageDir.resolve("index.js");
    }

    private static Map<String, Object> readManifest(Path packageDir, String specifier, Path referrer)
            throws ModuleResolutionError {
        Path manifest = packageDir.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return Map.of();
        }
        try {
            return JsonReader.parseObject(Files.readString(manifest));
        } catch (IOException | RuntimeException unreadable) {
            throw notFound(specifier, referrer, "cannot read " + manifest + ": " + unreadable.getMessage());
        }
    }

    /**
     * PACKAGE_EXPORTS_RESOLVE: {@code exports} is a target (string, array, conditions) for ".",
     * or an object whose keys all start with "." mapping subpaths (with at most one {@code *}).
     * Returns the target relative to the package folder, or null when not exported.
     */
    static String resolveExports(Object exports, String subpath) {
        if (exports instanceof Map<?, ?> map && !map.isEmpty()
                && map.keySet().iterator().next().toString().startsWith(".")) {
            if (map.containsKey(subpath) && !subpath.contains("*")) {
                return resolveTarget(map.get(subpath), null);
            }
            // Patterns: the longest prefix before "*" wins (PATTERN_KEY_COMPARE).
            String bestKey = null;
            String bestMatch = null;
            for (Object keyObject : map.keySet()) {
                String key = keyObject.toString();
                int star = key.indexOf('*');
                if (star < 0) {
                    continue;
                }
                String prefix = key.substring(0, star);
                String suffix = key.substring(star + 1);
                if (subpath.startsWith(prefix) && subpath.endsWith(suffix)
                        && subpath.length() >= key.length()
                        && (bestKey == null || prefix.length() > bestKey.indexOf('*'))) {
                    bestKey = key;
                    bestMatch = subpath.substring(prefix.length(), subpath.length() - suffix.length());
                }
            }
            return bestKey == null ? null : resolveTarget(map.get(bestKey), bestMatch);
        }
        return subpath.equals(".") ? resolveTarget(exports, null) : null;
    }

    /** PACKAGE_TARGET_RESOLVE for a string, an array (first that resolves) or a conditions object. */
    private static String resolveTarget(Object target, String patternMatch) {
        if (target instanceof String path) {
            if (!path.startsWith("./")) {
                return null;
            }
            return patternMatch == null ? path : path.replace("*", patternMatch);
        }
        if (target instanceof List<?> alternatives) {
            for (Object alternative : alternatives) {
                String resolved = resolveTarget(alternative, patternMatch);
                if (resolved != null) {
                    return resolved;
                }
            }
            return null;
        }
        if (target instanceof Map<?, ?> conditions) {
            // Object key order decides, not the order of CONDITIONS.
            for (Map.Entry<?, ?> e : conditions.entrySet()) {
                if (CONDITIONS.contains(e.getKey().toString())) {
                    String resolved = resolveTarget(e.getValue(), patternMatch);
                    if (resolved != null) {
                        return resolved;
                    }
                }
            }
        }
        return null;
    }

    /**
     * TypeScript's {@code nodenext} convention: {@code ./x.js} names {@code ./x.ts} when there is no
     * {@code x.js} ({@code .mjs}: {@code .mts}, {@code .cjs}: {@code .cts}).
     *
     * @param candidate a path that may not exist
     * @return the TypeScript file it stands for, or {@code candidate} itself
     */
    public static Path typeScriptSourceIfMissing(Path candidate) {
        Path name = candidate.getFileName();
        if (name == null || Files.exists(candidate)) {
            return candidate;
        }
        String text = name.toString();
        String typeScript = text.endsWith(".js") ? text.substring(0, text.length() - 3) + ".ts"
                : text.endsWith(".mjs") ? text.substring(0, text.length() - 4) + ".mts"
                : text.endsWith(".cjs") ? text.substring(0, text.length() - 4) + ".cts" : null;
        if (typeScript == null) {
            return candidate;
        }
        Path sibling = candidate.resolveSibling(typeScript);
        return Files.isRegularFile(sibling) ? sibling : candidate;
    }

    private static Path existingFile(Path candidate, String specifier, Path referrer) throws ModuleResolutionError {
        candidate = typeScriptSourceIfMissing(candidate);
        if (!Files.isRegularFile(candidate)) {
            throw notFound(specifier, referrer, Files.isDirectory(candidate)
                    ? candidate + " is a folder (directory imports are not supported)"
                    : "no file " + candidate);
        }
        try {
            return candidate.toRealPath();
        } catch (IOException unreadable) {
            throw notFound(specifier, referrer, unreadable.toString());
        }
    }

    private static ModuleResolutionError notFound(String specifier, Path referrer, String why) {
        return new ModuleResolutionError("Cannot find module '" + specifier + "'"
                + (referrer == null ? "" : " imported from " + referrer) + " (" + why + ")");
    }
}
