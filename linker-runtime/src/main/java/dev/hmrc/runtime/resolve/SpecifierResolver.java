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
 * Turns a module specifier and the file that imports (or requires) it into the absolute,
 * real path of the file, as Node's two algorithms do
 * (<a href="https://nodejs.org/api/esm.html#resolution-algorithm-specification">ESM_RESOLVE</a> for
 * {@code import}, <a href="https://nodejs.org/api/modules.html#all-together">require</a> for
 * {@code require}); the callers answer built-in names ({@link NodeBuiltins}) before asking:
 *
 * <ol>
 *   <li>{@code ./x}, {@code ../x}, {@code /x}: a path relative to the importer's folder or absolute
 *       ({@code require} also tries the extensions {@code .js}, {@code .json}, then the folder's
 *       {@code package.json} {@code main} and {@code index.js});</li>
 *   <li>{@code file:} URLs (import only);</li>
 *   <li>{@code #name}: the {@code imports} of the nearest {@code package.json} (PACKAGE_IMPORTS_RESOLVE);</li>
 *   <li>anything else is a bare specifier {@code name[/subpath]} or {@code @scope/name[/subpath]}:
 *       the package itself when its nearest {@code package.json} has that name and {@code exports}
 *       (PACKAGE_SELF_RESOLVE), else the nearest {@code node_modules/name} walking up from the
 *       importer's folder, then its {@code package.json} {@code exports} (conditions
 *       {@link #IMPORT_CONDITIONS} or {@link #REQUIRE_CONDITIONS}, in the object's key order;
 *       subpath keys and {@code *} patterns), else {@code main} (with Node's legacy extension and
 *       {@code index.js} search) and, for a subpath, a file inside the package.</li>
 * </ol>
 *
 * ESM paths are not completed with extensions (as in Node's ESM), with one exception, TypeScript's:
 * a {@code .js} file that does not exist resolves to the {@code .ts} file beside it
 * ({@link #typeScriptSourceIfMissing}). Stateless and thread-safe.
 */
public final class SpecifierResolver {

    /** A resolver (it keeps no state). */
    public SpecifierResolver() {
    }

    /**
     * The {@code exports}/{@code imports} conditions of {@code import}, as Node's default ones
     * ({@code module-sync}: a build that {@code require} can load too, since Node 20.19 and 22.12).
     */
    public static final List<String> IMPORT_CONDITIONS = List.of("node", "import", "module-sync", "default");

    /** The {@code exports}/{@code imports} conditions of {@code require} (with {@code module-sync}, as Node's). */
    public static final List<String> REQUIRE_CONDITIONS = List.of("node", "require", "module-sync", "default");

    /** What LOAD_AS_FILE tries after the name itself, and LOAD_INDEX after {@code index}. */
    private static final List<String> REQUIRE_EXTENSIONS = List.of(".js", ".json", ".node");

    /** Which of Node's two algorithms a resolution follows. */
    private enum Mode { IMPORT, REQUIRE }

    /**
     * Resolves {@code specifier} imported from {@code referrer} (a file; null: resolve from
     * {@code baseFolder}, as for the entry module and {@code --import}) with Node's ESM resolution.
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
        if (isRelative(specifier)) {
            candidate = from.resolve(specifier);
        } else if (specifier.startsWith("/")) {
            candidate = Path.of(specifier);
        } else if (specifier.startsWith("file:")) {
            candidate = fileUrlPath(specifier, referrer);
        } else if (hasUrlScheme(specifier)) {
            throw notFound(specifier, referrer, "only file: URLs are supported");
        } else if (specifier.startsWith("#")) {
            candidate = resolveImports(specifier, from, referrer, Mode.IMPORT);
        } else {
            candidate = resolveBare(specifier, from, referrer, Mode.IMPORT);
        }
        return existingFile(candidate.normalize(), specifier, referrer);
    }

    /**
     * Resolves {@code specifier} as {@code require(specifier)} in {@code referrer} does (null:
     * from {@code baseFolder}), with Node's CommonJS algorithm.
     *
     * @param specifier the specifier
     * @param referrer the requiring file, or null
     * @param baseFolder where a specifier without a referrer starts
     * @return the real path of the file
     * @throws ModuleResolutionError when nothing matches (Node's "Cannot find module" words)
     */
    public Path resolveRequire(String specifier, Path referrer, Path baseFolder) throws ModuleResolutionError {
        Path from = referrer == null ? baseFolder.toAbsolutePath() : referrer.getParent();
        Path found;
        if (isRelative(specifier) || specifier.startsWith("/")) {
            Path target = (specifier.startsWith("/") ? Path.of(specifier) : from.resolve(specifier)).normalize();
            found = loadAsFileOrDirectory(target, specifier.endsWith("/"));
        } else if (specifier.startsWith("#")) {
            found = resolveImports(specifier, from, referrer, Mode.REQUIRE);
        } else {
            found = resolveBare(specifier, from, referrer, Mode.REQUIRE);
        }
        if (found == null || !Files.isRegularFile(found)) {
            throw new ModuleResolutionError("Cannot find module '" + specifier + "'"
                    + (referrer == null ? "" : "\nRequire stack:\n- " + referrer));
        }
        try {
            return found.normalize().toRealPath();
        } catch (IOException unreadable) {
            throw notFound(specifier, referrer, unreadable.toString());
        }
    }

    private static boolean isRelative(String specifier) {
        return specifier.startsWith("./") || specifier.startsWith("../") || specifier.equals(".") || specifier.equals("..");
    }

    /** LOAD_AS_FILE(X) then LOAD_AS_DIRECTORY(X) of the require algorithm; null when neither finds a file. */
    private static Path loadAsFileOrDirectory(Path target, boolean onlyDirectory) throws ModuleResolutionError {
        if (!onlyDirectory) {
            Path file = loadAsFile(target);
            if (file != null) {
                return file;
            }
        }
        return loadAsDirectory(target);
    }

    /** LOAD_AS_FILE: X, X.js, X.json, X.node. */
    private static Path loadAsFile(Path target) {
        if (Files.isRegularFile(target)) {
            return target;
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        for (String extension : REQUIRE_EXTENSIONS) {
            Path withExtension = target.resolveSibling(name + extension);
            if (Files.isRegularFile(withExtension)) {
                return withExtension;
            }
        }
        return null;
    }

    /** LOAD_INDEX: X/index.js, X/index.json, X/index.node. */
    private static Path loadIndex(Path folder) {
        for (String extension : REQUIRE_EXTENSIONS) {
            Path index = folder.resolve("index" + extension);
            if (Files.isRegularFile(index)) {
                return index;
            }
        }
        return null;
    }

    /** LOAD_AS_DIRECTORY: {@code main} (as a file, then its index), else the folder's index. */
    private static Path loadAsDirectory(Path folder) throws ModuleResolutionError {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        Map<String, Object> manifest = readManifest(folder);
        if (manifest.get("main") instanceof String main && !main.isEmpty()) {
            Path target = folder.resolve(main).normalize();
            Path found = loadAsFile(target);
            if (found == null) {
                found = loadIndex(target);
            }
            if (found != null) {
                return found;
            }
        }
        return loadIndex(folder);
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

    /** PACKAGE_IMPORTS_RESOLVE: {@code #name} through the {@code imports} of the nearest package.json. */
    private Path resolveImports(String specifier, Path from, Path referrer, Mode mode) throws ModuleResolutionError {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (!Files.isRegularFile(dir.resolve("package.json"))) {
                continue;
            }
            Map<String, Object> manifest = readManifest(dir, specifier, referrer);
            if (manifest.get("imports") instanceof Map<?, ?> imports) {
                String target = resolveSubpathMap(imports, specifier, conditions(mode), true);
                if (target != null) {
                    if (target.startsWith("./")) {
                        return dir.resolve(target);
                    }
                    // A bare target is a package the importing package depends on.
                    return resolveBare(target, dir, referrer, mode);
                }
            }
            throw notFound(specifier, referrer, "package.json \"imports\" of " + dir + " does not define \""
                    + specifier + "\"");
        }
        throw notFound(specifier, referrer, "no package.json above " + from + " to define it in \"imports\"");
    }

    private static List<String> conditions(Mode mode) {
        return mode == Mode.IMPORT ? IMPORT_CONDITIONS : REQUIRE_CONDITIONS;
    }

    private Path resolveBare(String specifier, Path from, Path referrer, Mode mode) throws ModuleResolutionError {
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
        Path self = resolveSelf(packageName, subpath, from, specifier, referrer, mode);
        if (self != null) {
            return self;
        }
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
                continue; // NODE_MODULES_PATHS skips node_modules/node_modules
            }
            Path packageDir = dir.resolve("node_modules").resolve(packageName);
            if (Files.isDirectory(packageDir)) {
                Path found = resolveInPackage(packageDir, subpath, specifier, referrer, mode);
                if (found != null) {
                    return found;
                }
            }
        }
        throw notFound(specifier, referrer, "no node_modules/" + packageName + " above " + from);
    }

    /** PACKAGE_SELF_RESOLVE: a package importing itself by name through its own {@code exports}. */
    private Path resolveSelf(String packageName, String subpath, Path from, String specifier, Path referrer, Mode mode)
            throws ModuleResolutionError {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("package.json"))) {
                Map<String, Object> manifest = readManifest(dir, specifier, referrer);
                if (packageName.equals(manifest.get("name")) && manifest.get("exports") != null) {
                    return exported(dir, manifest.get("exports"), subpath, specifier, referrer, mode);
                }
                return null;
            }
        }
        return null;
    }

    private Path exported(Path packageDir, Object exports, String subpath, String specifier, Path referrer, Mode mode)
            throws ModuleResolutionError {
        String target = resolveExports(exports, subpath, conditions(mode));
        if (target == null) {
            throw notFound(specifier, referrer, "package.json \"exports\" of " + packageDir
                    + " does not export \"" + subpath + "\" for conditions " + conditions(mode));
        }
        return packageDir.resolve(target);
    }

    /** The package's file for {@code subpath}; null (require only) when LOAD_AS_FILE/DIRECTORY find nothing. */
    private Path resolveInPackage(Path packageDir, String subpath, String specifier, Path referrer, Mode mode)
            throws ModuleResolutionError {
        Map<String, Object> manifest = readManifest(packageDir, specifier, referrer);
        Object exports = manifest.get("exports");
        if (exports != null) {
            return exported(packageDir, exports, subpath, specifier, referrer, mode);
        }
        if (mode == Mode.REQUIRE) {
            return loadAsFileOrDirectory(packageDir.resolve(subpath).normalize(), subpath.endsWith("/"));
        }
        if (!subpath.equals(".")) {
            return packageDir.resolve(subpath);
        }
        return legacyMainResolve(packageDir, manifest);
    }

    /** LEGACY_MAIN_RESOLVE: {@code main} as it is, with .js/.json/.node, its index.*, then the package's index.*. */
    private static Path legacyMainResolve(Path packageDir, Map<String, Object> manifest) {
        if (manifest.get("main") instanceof String main && !main.isEmpty()) {
            Path target = packageDir.resolve(main).normalize();
            Path found = loadAsFile(target);
            if (found == null) {
                found = loadIndex(target);
            }
            if (found != null) {
                return found;
            }
        }
        Path index = loadIndex(packageDir);
        return index != null ? index : packageDir.resolve("index.js");
    }

    private static Map<String, Object> readManifest(Path packageDir) throws ModuleResolutionError {
        return readManifest(packageDir, packageDir.toString(), null);
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

    /** {@link #resolveExports(Object, String, List)} with the conditions of {@code import}. */
    static String resolveExports(Object exports, String subpath) {
        return resolveExports(exports, subpath, IMPORT_CONDITIONS);
    }

    /**
     * PACKAGE_EXPORTS_RESOLVE: {@code exports} is a target (string, array, conditions) for ".",
     * or an object whose keys all start with "." mapping subpaths (with at most one {@code *}).
     * Returns the target relative to the package folder, or null when not exported.
     */
    static String resolveExports(Object exports, String subpath, List<String> conditions) {
        if (exports instanceof Map<?, ?> map && !map.isEmpty()
                && map.keySet().iterator().next().toString().startsWith(".")) {
            return resolveSubpathMap(map, subpath, conditions, false);
        }
        return subpath.equals(".") ? resolveTarget(exports, null, conditions, false) : null;
    }

    /** PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key, else the pattern with the longest prefix before "*". */
    private static String resolveSubpathMap(Map<?, ?> map, String key, List<String> conditions, boolean imports) {
        if (map.containsKey(key) && !key.contains("*")) {
            return resolveTarget(map.get(key), null, conditions, imports);
        }
        // Patterns: the longest prefix before "*" wins (PATTERN_KEY_COMPARE).
        String bestKey = null;
        String bestMatch = null;
        for (Object keyObject : map.keySet()) {
            String pattern = keyObject.toString();
            int star = pattern.indexOf('*');
            if (star < 0) {
                continue;
            }
            String prefix = pattern.substring(0, star);
            String suffix = pattern.substring(star + 1);
            if (key.startsWith(prefix) && key.endsWith(suffix)
                    && key.length() >= pattern.length()
                    && (bestKey == null || prefix.length() > bestKey.indexOf('*'))) {
                bestKey = pattern;
                bestMatch = key.substring(prefix.length(), key.length() - suffix.length());
            }
        }
        return bestKey == null ? null : resolveTarget(map.get(bestKey), bestMatch, conditions, imports);
    }

    /**
     * PACKAGE_TARGET_RESOLVE for a string, an array (first that resolves) or a conditions object;
     * in {@code imports} a string target may also be a bare specifier (a dependency).
     */
    private static String resolveTarget(Object target, String patternMatch, List<String> conditions, boolean imports) {
        if (target instanceof String path) {
            if (!path.startsWith("./") && !(imports && !path.startsWith("../") && !path.startsWith("/")
                    && !path.contains(":"))) {
                return null;
            }
            return patternMatch == null ? path : path.replace("*", patternMatch);
        }
        if (target instanceof List<?> alternatives) {
            for (Object alternative : alternatives) {
                String resolved = resolveTarget(alternative, patternMatch, conditions, imports);
                if (resolved != null) {
                    return resolved;
                }
            }
            return null;
        }
        if (target instanceof Map<?, ?> conditionMap) {
            // Object key order decides, not the order of the conditions list.
            for (Map.Entry<?, ?> e : conditionMap.entrySet()) {
                if (conditions.contains(e.getKey().toString())) {
                    String resolved = resolveTarget(e.getValue(), patternMatch, conditions, imports);
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
