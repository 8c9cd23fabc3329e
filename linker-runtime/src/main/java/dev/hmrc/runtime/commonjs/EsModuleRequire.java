package dev.hmrc.runtime.commonjs;

import org.graalvm.polyglot.Value;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code require()} of an ES module, as Node does it since 20.19 and 22.12 ({@code require(esm)}):
 * the module's graph is loaded, linked and evaluated synchronously by the linker the program runs
 * on, so that {@code require} and {@code import} give the same module record. A graph with
 * top-level await fails with {@code ERR_REQUIRE_ASYNC_MODULE} before anything in it runs; a
 * require that reaches a module still evaluating, or a CommonJS module still loading, fails with
 * {@code ERR_REQUIRE_CYCLE_MODULE}. What {@code require} returns of the namespace (its
 * {@code "module.exports"} export, the namespace, or Node's facade with {@code __esModule}) is
 * {@code commonjs.js}'s to decide. One implementation per linker.
 */
public interface EsModuleRequire {

    /**
     * What one {@code require(esm)} gave: the module's {@code namespace}, or a value its graph
     * {@code thrown} (a resolution, syntax, link or evaluation error, as {@code import} rejects with),
     * or one of Node's errors ({@code code}, {@code message}).
     */
    record Outcome(Value namespace, Value thrown, String code, String message) {
        /** The namespace of the evaluated module. */
        public static Outcome of(Value namespace) {
            return new Outcome(namespace, null, null, null);
        }

        /** A value to throw as it is. */
        public static Outcome thrown(Value error) {
            return new Outcome(null, error, null, null);
        }

        /** Node's {@code ERR_REQUIRE_ASYNC_MODULE} for {@code file} required from {@code parent} (or null). */
        public static Outcome asyncGraph(Path file, String parent) {
            return new Outcome(null, null, "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with"
                    + " top-level await. Use import() instead. To see where the top-level await comes from, use"
                    + " --experimental-print-required-tla." + (parent == null ? "" : "\n  From " + parent + " ")
                    + "\n  Requiring " + file + " ");
        }

        /** Node's {@code ERR_REQUIRE_CYCLE_MODULE} when the required module itself is still evaluating. */
        public static Outcome requiredInCycle(Path file, String parent) {
            return new Outcome(null, null, "ERR_REQUIRE_CYCLE_MODULE", "Cannot require() ES Module " + file
                    + " in a cycle." + (parent == null ? "" : " (from " + parent + ")") + " A cycle involving"
                    + " require(esm) is not allowed to maintain invariants mandated by the ECMAScript specification."
                    + " Try making at least part of the dependency in the graph lazily loaded.");
        }

        /**
         * Node's {@code ERR_REQUIRE_CYCLE_MODULE} when the required graph imports ({@code specifier},
         * from {@code importer}) a module still evaluating, or a CommonJS one still loading.
         */
        public static Outcome importedInCycle(boolean commonJs, String specifier, Path importer) {
            return new Outcome(null, null, "ERR_REQUIRE_CYCLE_MODULE", "Cannot import " + (commonJs ? "CommonJS " : "")
                    + "Module " + specifier + " in a cycle. (from " + importer + ")");
        }
    }

    /** Where a CommonJS file is in {@code commonjs.js}'s cache: loaded or absent, or loading and by whom. */
    enum CommonJsState {
        /** Not loading (absent, or loaded). */
        IDLE,
        /** Loading, started by {@code require} (or the program's entry): Node's "import CommonJS in a cycle". */
        LOADING_BY_REQUIRE,
        /** Loading, started by an ES module's import (its facade is evaluating, and so are its importers). */
        LOADING_BY_IMPORT;

        /** The state {@code commonjs.js} names ({@code "idle"}, {@code "require"}, {@code "import"}). */
        public static CommonJsState of(String name) {
            return switch (name) {
                case "require" -> LOADING_BY_REQUIRE;
                case "import" -> LOADING_BY_IMPORT;
                default -> IDLE;
            };
        }
    }

    /**
     * Loads, links and evaluates {@code file} (an ES module) and its graph synchronously.
     *
     * @param file     the module, an absolute real path
     * @param parent   the requiring module's filename, or null
     * @param commonJs the state of a CommonJS file in the require cache
     * @return the namespace, or what to throw
     */
    Outcome require(Path file, String parent, Function<Path, CommonJsState> commonJs);

    /**
     * The namespace Node returns for a required module that has a {@code default} export and no
     * {@code __esModule} one: every export of the (evaluated) module plus {@code __esModule: true},
     * from a module of its own ({@link CommonJsFacade#forRequiredModule}).
     *
     * @param file the required module, already evaluated by {@link #require}
     * @return its facade's namespace, or what to throw
     */
    Outcome facade(Path file);
}
