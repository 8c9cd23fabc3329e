package dev.hmrc.runtime.commonjs;

import dev.hmrc.runtime.resolve.ModuleFormat;
import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.NodeBuiltins;
import dev.hmrc.runtime.resolve.SpecifierResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ES module that stands for a CommonJS file or a built-in when an ES module imports it, as
 * Node's CommonJS translator makes one: its {@code default} export is {@code module.exports},
 * and its named exports are the names Node's static detection ({@link CommonJsExportNames}, with
 * re-exports followed through {@code require}'s resolution) finds, each with the value of that own
 * property of {@code module.exports} once the module ran ({@code undefined} when it is not one).
 * The CommonJS module runs when the facade is evaluated, in the importer's evaluation order.
 *
 * <p>Both linkers load the facade in place of the file (GraalJS's through
 * {@code BareSpecifierFileSystem}, hmrc's through {@code ModuleSources}); the facade's text carries
 * a hash of the file's, so a changed file gives a changed facade, which re-runs the file.
 */
public final class CommonJsFacade {

    /** The first characters of every facade (so the loader can tell one from the file it stands for). */
    public static final String MARKER = "/* hmrc: CommonJS facade */";

    private static final SpecifierResolver RESOLVER = new SpecifierResolver();

    private CommonJsFacade() {
    }

    /**
     * The facade of the CommonJS file at {@code path} whose text is {@code text}.
     *
     * @param path the file (absolute, real)
     * @param text its text
     * @return the facade's source
     */
    public static String forFile(Path path, String text) {
        Set<String> names = new LinkedHashSet<>();
        collectNames(path, text, names, new HashSet<>());
        String call = "$cjs.importFile(" + quote(path.toString()) + ", " + quote(Integer.toHexString(text.hashCode())
                + ":" + text.length()) + ")";
        return facade(call, names);
    }

    /**
     * The facade of a built-in whose {@code module.exports} has the own enumerable keys {@code names}.
     *
     * @param name  the built-in's name ({@code fs})
     * @param names its export names
     * @return the facade's source
     */
    public static String forBuiltin(String name, List<String> names) {
        return facade("$cjs.requireBuiltin(" + quote(name) + ")", new LinkedHashSet<>(names));
    }

    /** The facade of a built-in hmrc does not provide: evaluating it throws ERR_UNKNOWN_BUILTIN_MODULE. */
    public static String forUnavailableBuiltin(String name) {
        return MARKER + " globalThis[Symbol.for(\"hmrc.commonjs\")].requireBuiltin(" + quote(name) + ");\n";
    }

    /**
     * The module Node makes of a required ES module with a {@code default} export (its
     * {@code createRequiredModuleFacade}): every export of the module, its default, and
     * {@code __esModule: true}, so that code compiled from ES modules to CommonJS finds the default.
     *
     * @param specifier how the facade imports the module (an absolute path)
     * @return the facade's source
     */
    public static String forRequiredModule(String specifier) {
        String quoted = quote(specifier);
        return MARKER + " export * from " + quoted + "; export { default } from " + quoted
                + "; export const __esModule = true;\n";
    }

    private static String facade(String call, Set<String> names) {
        names.remove("default");
        StringBuilder out = new StringBuilder(MARKER);
        out.append(" const $cjs = globalThis[Symbol.for(\"hmrc.commonjs\")]; const $m = ").append(call)
                .append("; export default $m;");
        if (!names.isEmpty()) {
            out.append(" const $v = $cjs.namedValues($m, [");
            int i = 0;
            for (String name : names) {
                out.append(i++ == 0 ? "" : ", ").append(quote(name));
            }
            out.append("]);");
            StringBuilder list = new StringBuilder();
            i = 0;
            for (String name : names) {
                out.append(i == 0 ? " const " : ", ").append("$").append(i).append(" = $v[").append(i).append("]");
                list.append(i == 0 ? "" : ", ").append("$").append(i).append(" as ").append(quote(name));
                i++;
            }
            out.append("; export { ").append(list).append(" };");
        }
        return out.append('\n').toString();
    }

    /** The lexer's names of {@code path} plus those of its re-exports (CommonJS files only, each once). */
    private static void collectNames(Path path, String text, Set<String> names, Set<Path> seen) {
        if (!seen.add(path)) {
            return;
        }
        CommonJsExportNames.Detected detected = CommonJsExportNames.shared().detect(text);
        names.addAll(detected.exports());
        for (String reexport : detected.reexports()) {
            if (NodeBuiltins.nameOf(reexport) != null) {
                continue;
            }
            Path target;
            try {
                target = RESOLVER.resolveRequire(reexport, path, path.getParent());
            } catch (ModuleResolutionError notFound) {
                continue; // the require itself reports it when the module runs
            }
            if (ModuleFormat.of(target) != ModuleFormat.COMMONJS) {
                continue;
            }
            try {
                collectNames(target, Files.readString(target, StandardCharsets.UTF_8), names, seen);
            } catch (IOException unreadable) {
                // as for a missing module
            }
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@return the names, as a list (for tests)} */
    static List<String> names(Path path, String text) {
        Set<String> names = new LinkedHashSet<>();
        collectNames(path, text, names, new HashSet<>());
        names.remove("default");
        return new ArrayList<>(names);
    }
}
