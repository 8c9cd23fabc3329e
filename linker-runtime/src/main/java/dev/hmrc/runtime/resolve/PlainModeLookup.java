package dev.hmrc.runtime.resolve;

import dev.hmrc.runtime.hooks.LoaderHooks;
import dev.hmrc.runtime.hooks.ResolveContext;
import dev.hmrc.runtime.hooks.ResolveResult;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Bare-specifier resolution for the plain mode (GraalJS's own module loader), from the
 * importing module as in hmrc's linker: {@link SpecifierResolver} walks up from the
 * importer's folder through nested {@code node_modules} and applies {@code exports}.
 *
 * <p>GraalJS's file system interface sees a bare specifier without its importer, so this
 * uses the engine's ES module lookup callback instead ({@code MLE.registerESMLookup}, which
 * the context option {@code js.mle-mode} provides; GraalJS calls it with the importer's
 * path and the specifier instead of its own resolution, and needs a path back). The
 * {@code MLE} global is deleted again before any module runs. Bare specifiers resolve
 * through {@link SpecifierResolver}; every other specifier (and a bare specifier that names
 * no module) becomes the path GraalJS's own resolution would have taken, so that GraalJS
 * still reports missing modules in its own words. {@code node:module} fails with an error
 * that says loader hooks need {@code --import hmr/register}; {@code hmr:http} becomes the
 * virtual file {@link BareSpecifierFileSystem} serves its source under.
 *
 * <p>Java resolve hooks ({@link LoaderHooks}) run here too: the chain ends in the resolution
 * above, and its URL must be a {@code file:} URL (GraalJS's loader reads files; load hooks
 * cannot run in the plain mode).
 *
 * <p>{@code js.mle-mode} is marked "non-API" by GraalJS 25; the differential suite's
 * nested-{@code node_modules} case fails if a later GraalJS changes it.
 */
public final class PlainModeLookup {

    /** The context option that provides the lookup callback. */
    public static final String OPTION = "js.mle-mode";

    /** What importing {@code node:module} in the plain mode says. */
    public static final String NODE_MODULE_MESSAGE = "Cannot import 'node:module' without --import hmr/register:"
            + " loader hooks (registerHooks) need hmrc's linker, GraalJS's own module loader cannot run them";

    private final SpecifierResolver resolver = new SpecifierResolver();
    private final Path baseFolder;
    private final LoaderHooks hooks;
    private Value fail;
    /** Host modules' specifiers (Java-backed modules), served by {@link BareSpecifierFileSystem}. */
    private final java.util.Set<String> hostModules;

    private PlainModeLookup(Path baseFolder, LoaderHooks hooks, java.util.Set<String> hostModules) {
        this.baseFolder = baseFolder;
        this.hooks = hooks;
        this.hostModules = hostModules;
    }

    /**
     * Registers the lookup in {@code context} (built with {@link #OPTION} {@code true}), on the
     * thread that owns it, before any module is loaded.
     *
     * @param context    the plain-mode context
     * @param baseFolder where bare specifiers without an importer resolve from
     * @param hooks      resolve hooks to run first (only resolve hooks; may be empty)
     */
    public static void install(Context context, Path baseFolder, LoaderHooks hooks) {
        install(context, baseFolder, hooks, java.util.Set.of());
    }

    /**
     * {@link #install(Context, Path, LoaderHooks)} with host modules: each specifier of
     * {@code hostModules} becomes the virtual file {@link BareSpecifierFileSystem#hostModulePath}.
     *
     * @param context     the plain-mode context
     * @param baseFolder  where bare specifiers without an importer resolve from
     * @param hooks       resolve hooks to run first (only resolve hooks; may be empty)
     * @param hostModules the host modules' specifiers
     */
    public static void install(Context context, Path baseFolder, LoaderHooks hooks, java.util.Set<String> hostModules) {
        PlainModeLookup lookup = new PlainModeLookup(baseFolder.toAbsolutePath(), hooks, java.util.Set.copyOf(hostModules));
        Value parts = context.eval("js", "(() => { const register = MLE.registerESMLookup; delete globalThis.MLE;"
                + " return [register, (message) => { throw new Error(message); }]; })()");
        lookup.fail = parts.getArrayElement(1);
        parts.getArrayElement(0).executeVoid((ProxyExecutable) args -> lookup.lookup(
                args[0].isNull() ? null : args[0].asString(), args[1].asString()));
    }

    /** The path GraalJS loads for {@code specifier} imported from {@code referrer} (a path; null: none). */
    private String lookup(String referrer, String specifier) {
        String builtin = NodeBuiltins.nameOf(specifier);
        if (builtin != null) {
            return builtinPath(builtin);
        }
        if (specifier.equals(BareSpecifierFileSystem.HTTP_BUILTIN_SPECIFIER)) {
            return BareSpecifierFileSystem.HTTP_BUILTIN_PATH; // a file only BareSpecifierFileSystem has
        }
        if (hostModules.contains(specifier)) {
            return BareSpecifierFileSystem.hostModulePath(specifier);
        }
        if (hooks.isEmpty()) {
            return ownLookup(referrer, specifier);
        }
        ResolveResult resolved;
        try {
            resolved = hooks.resolve(specifier,
                    new ResolveContext(referrer == null ? null : Path.of(referrer).toUri().toString(), Map.of()),
                    (nextSpecifier, context) -> {
                        Path parent = context.parentUrl() == null ? null : filePath(context.parentUrl());
                        return new ResolveResult(Path.of(ownLookup(parent == null ? null : parent.toString(),
                                nextSpecifier)).toAbsolutePath().toUri().toString(), null);
                    });
        } catch (PolyglotException fromJs) {
            throw fromJs;
        } catch (RuntimeException fromJava) {
            fail.execute(String.valueOf(fromJava.getMessage()));
            throw fromJava;
        }
        Path path = filePath(resolved.url());
        if (path == null) {
            fail.execute("Cannot load '" + resolved.url() + "' (resolved from '" + specifier
                    + "'): without --import hmr/register only file: URLs load");
        }
        return commonJsFacadeOrSelf(realPathIfExists(path));
    }

    /** Where the plain mode finds the facade of the built-in {@code name} ({@link BareSpecifierFileSystem} serves it). */
    public static String builtinPath(String name) {
        return BareSpecifierFileSystem.VIRTUAL_PREFIX + "node/" + name + ".mjs";
    }

    /** Where the plain mode finds the facade of the CommonJS file {@code path}. */
    public static String commonJsPath(String path) {
        return BareSpecifierFileSystem.VIRTUAL_PREFIX + "commonjs" + path;
    }

    /** Where the plain mode finds Node's facade of the required ES module {@code path} ({@code require(esm)}). */
    public static String requiredModuleFacadePath(String path) {
        return BareSpecifierFileSystem.VIRTUAL_PREFIX + "require-esm" + path;
    }

    /** The required ES module a {@link #requiredModuleFacadePath} stands for, or null. */
    public static String requiredModuleFile(String virtualPath) {
        String prefix = BareSpecifierFileSystem.VIRTUAL_PREFIX + "require-esm";
        return virtualPath.startsWith(prefix) ? virtualPath.substring(prefix.length()) : null;
    }

    /** The CommonJS file a {@link #commonJsPath} stands for, or null. */
    public static String commonJsFile(String virtualPath) {
        String prefix = BareSpecifierFileSystem.VIRTUAL_PREFIX + "commonjs";
        return virtualPath.startsWith(prefix) ? virtualPath.substring(prefix.length()) : null;
    }

    /** The built-in a {@link #builtinPath} stands for, or null. */
    public static String builtinName(String virtualPath) {
        String prefix = BareSpecifierFileSystem.VIRTUAL_PREFIX + "node/";
        return virtualPath.startsWith(prefix) && virtualPath.endsWith(".mjs")
                ? virtualPath.substring(prefix.length(), virtualPath.length() - 4) : null;
    }

    /** A CommonJS file's facade path, any other path as it is. */
    public static String commonJsFacadeOrSelf(String path) {
        if (path.startsWith(BareSpecifierFileSystem.VIRTUAL_PREFIX) || !path.startsWith("/")) {
            return path;
        }
        Path file = Path.of(path);
        return java.nio.file.Files.isRegularFile(file) && ModuleFormat.of(file) == ModuleFormat.COMMONJS
                ? commonJsPath(path) : path;
    }

    private static Path filePath(String url) {
        try {
            return url.startsWith("file:") ? Path.of(URI.create(url)) : null;
        } catch (IllegalArgumentException notAPath) {
            return null;
        }
    }

    private String ownLookup(String referrer, String specifier) {
        if (isBare(specifier)) {
            try {
                return commonJsFacadeOrSelf(resolver.resolve(specifier,
                        referrer == null ? null : Path.of(referrer), baseFolder).toString());
            } catch (ModuleResolutionError | RuntimeException notFound) {
                return specifier; // GraalJS then looks the name up as a path and reports it missing
            }
        }
        // What GraalJS's DefaultESModuleLoader does without a lookup: file: URLs as paths,
        // other specifiers as siblings of the importer (or as they are without one).
        Path path;
        try {
            path = specifier.startsWith("file:") ? Path.of(URI.create(specifier))
                    : referrer == null ? Path.of(specifier) : Path.of(referrer).resolveSibling(specifier);
        } catch (IllegalArgumentException notAPath) {
            return specifier;
        }
        return commonJsFacadeOrSelf(realPathIfExists(SpecifierResolver.typeScriptSourceIfMissing(path)));
    }

    /**
     * GraalJS keys its module map by the string the lookup returns: the real path, as it would
     * have canonicalised itself, so that two spellings of one file are one module.
     */
    private static String realPathIfExists(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException | SecurityException missing) {
            return path.toString();
        }
    }

    static boolean isBare(String specifier) {
        return !specifier.isEmpty() && !specifier.startsWith("/") && !specifier.startsWith("./")
                && !specifier.startsWith("../") && !specifier.equals(".") && !specifier.equals("..")
                && !specifier.contains(":");
    }
}
