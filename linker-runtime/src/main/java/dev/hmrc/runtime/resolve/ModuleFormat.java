package dev.hmrc.runtime.resolve;

import dev.hmrc.sourcemaps.JsonReader;
import dev.hmrc.transformer.ModuleTransformer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * How Node runs a file, decided as Node decides it: {@code .mjs} is an ES module, {@code .cjs}
 * CommonJS, {@code .json} JSON; a {@code .js} file (or one of another extension) follows the
 * {@code type} of the nearest {@code package.json} ({@code "module"} or {@code "commonjs"}), and
 * without one Node's syntax detection ({@link ModuleTransformer#hasModuleSyntax}) decides.
 * Outside {@code node_modules}, a file without module syntax that names none of CommonJS's
 * variables ({@code require}, {@code module}, {@code exports}, {@code __filename},
 * {@code __dirname}) stays an ES module: both run it alike, and as a module it is hot-updatable.
 */
public enum ModuleFormat {
    /** An ES module. */
    MODULE,
    /** A CommonJS module. */
    COMMONJS,
    /** A JSON file. */
    JSON;

    private static final java.util.regex.Pattern COMMONJS_NAMES =
            java.util.regex.Pattern.compile("\\b(require|module|exports|__filename|__dirname)\\b");

    /**
     * The format of the file at {@code path}.
     *
     * @param path an absolute path
     * @return its format
     */
    public static ModuleFormat of(Path path) {
        return of(path, false);
    }

    /**
     * The format of the file at {@code path} as {@code require} loads it: as {@link #of}, except that
     * a file no {@code type} decides is CommonJS whenever it has no module syntax (as in Node).
     *
     * @param path an absolute path
     * @return its format
     */
    public static ModuleFormat ofRequired(Path path) {
        return of(path, true);
    }

    private static ModuleFormat of(Path path, boolean required) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.endsWith(".mjs") || name.endsWith(".mts")) {
            return MODULE;
        }
        if (name.endsWith(".cjs")) {
            return COMMONJS;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (!name.endsWith(".js")) {
            return MODULE; // .ts, .cts, .jsx, ...: what the loader makes of them (TypeScript runs as ES modules)
        }
        String type = packageType(path.getParent());
        if (type.equals("module")) {
            return MODULE;
        }
        if (type.equals("commonjs")) {
            return COMMONJS;
        }
        String text;
        try {
            text = Files.readString(path);
        } catch (IOException | RuntimeException unreadable) {
            return MODULE; // the loader reports the unreadable file in its own words
        }
        return detect(path, text, required);
    }

    /** Node's syntax detection for a file no {@code type} decides. */
    static ModuleFormat detect(Path path, String text, boolean required) {
        if (ModuleTransformer.hasModuleSyntax(text)) {
            return MODULE;
        }
        if (required) {
            return COMMONJS;
        }
        boolean inPackage = path.toString().contains("/node_modules/");
        return inPackage || COMMONJS_NAMES.matcher(text).find() ? COMMONJS : MODULE;
    }

    /** The {@code type} of the nearest package.json (LOOKUP_PACKAGE_SCOPE), or "" without one. */
    private static String packageType(Path folder) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve("package.json");
            if (Files.isRegularFile(manifest)) {
                try {
                    Map<String, Object> json = JsonReader.parseObject(Files.readString(manifest));
                    return json.get("type") instanceof String type ? type : "";
                } catch (IOException | RuntimeException unreadable) {
                    return "";
                }
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
                return "";
            }
        }
        return "";
    }
}
