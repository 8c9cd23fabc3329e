package dev.hmrc.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A Java-backed module ({@link ModuleRuntime.Builder#javaModule}): an ES module, imported
 * by its specifier (e.g. {@code import { user, limit } from 'java:config'}), whose named
 * exports are Java values. {@link #set} replaces one from Java: importers hold live bindings,
 * so they read the new value at their next access without running again, and (with hot
 * updates on, hmrc's linker) the modules that {@code import.meta.hot.accept('java:config', cb)}
 * get their callback with the module's namespace.
 *
 * <p>Values cross into JS as GraalJS maps them ({@link Value#execute} rules): strings,
 * numbers and booleans become JS primitives, polyglot proxies ({@link ProxyObject#fromMap},
 * {@link ProxyExecutable}) behave as JS objects and functions whatever the host access, and
 * other Java objects are host objects whose members JS reaches only as {@link
 * ModuleRuntime.Builder#hostAccess} allows.
 *
 * <p>The export names are fixed when the runtime is built; {@link #set} of another name
 * throws. Thread-safe: {@link #set} may be called from any thread.
 */
public final class JavaModule {
    /** The global (a registered symbol's description) the modules' source reaches their Java side through. */
    static final String GLOBAL_KEY = "hmrc.javaModule";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final String specifier;
    private final List<String> names;
    private final Map<String, Object> values = new ConcurrentHashMap<>();
    /** Where a set goes: the runtime's loop (live bindings, then accept callbacks); gets the name and a completion. */
    private volatile BiConsumer<String, Runnable> changed;
    /** Loop thread only: each evaluated instance's binding setter ({@code (name, value) => ...}). */
    private final List<Value> binders = new ArrayList<>();

    JavaModule(String specifier, Map<String, ?> exports) {
        this.specifier = Objects.requireNonNull(specifier, "specifier");
        if (specifier.isEmpty() || specifier.startsWith(".") || specifier.startsWith("/")) {
            throw new IllegalArgumentException("javaModule: '" + specifier + "' is a path; a Java-backed module needs"
                    + " a specifier no file has, such as java:config");
        }
        List<String> exportNames = new ArrayList<>();
        for (Map.Entry<String, ?> export : new LinkedHashMap<>(exports).entrySet()) {
            String name = export.getKey();
            if (!name.equals("default") && !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("javaModule " + specifier + ": export name '" + name
                        + "' is not a JS identifier (or default)");
            }
            exportNames.add(name);
            values.put(name, export.getValue() == null ? NULL : export.getValue());
        }
        this.names = List.copyOf(exportNames);
    }

    /** Stands for a null value in the concurrent map. */
    private static final Object NULL = new Object();

    /** {@return the specifier importers write, e.g. {@code java:config}} */
    public String specifier() {
        return specifier;
    }

    /** {@return the export names, in the order they were given} */
    public List<String> exportNames() {
        return names;
    }

    /**
     * {@return the value an export holds now}
     *
     * @param name an export name
     * @throws IllegalArgumentException when the module has no such export
     */
    public Object get(String name) {
        Object value = values.get(checked(name));
        return value == NULL ? null : value;
    }

    /**
     * Replaces the value of export {@code name}. On the runtime's loop: every instance's
     * binding is assigned (importers see it at their next read, nothing runs again), then the
     * accept callbacks of the importers that accept this module run.
     *
     * @param name  an export name given when the runtime was built
     * @param value the new value (null: JS null)
     * @return completes once the importers' bindings hold it and the accept callbacks settled
     * @throws IllegalArgumentException when the module has no such export
     */
    public CompletableFuture<Void> set(String name, Object value) {
        values.put(checked(name), value == null ? NULL : value);
        CompletableFuture<Void> done = new CompletableFuture<>();
        BiConsumer<String, Runnable> target = changed;
        if (target == null) {
            done.complete(null); // not connected: the value is what the module starts with
        } else {
            target.accept(name, () -> done.complete(null));
        }
        return done;
    }

    private String checked(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("javaModule " + specifier + " has no export '" + name
                    + "' (its exports: " + String.join(", ", names) + ")");
        }
        return name;
    }

    /** Connects the module to its runtime; {@code onChange} is called with the export's name and a completion. */
    void connect(BiConsumer<String, Runnable> onChange) {
        this.changed = onChange;
    }

    /** Assigns export {@code name}'s binding in every evaluated instance its current value (loop thread). */
    void assignBinding(String name) {
        Object value = get(name);
        for (Value binder : binders) {
            binder.executeVoid(name, value);
        }
    }

    /**
     * The module's source: it reads the current values and registers a setter of its local
     * bindings; {@code export { local as name }} makes them live bindings of the importers.
     */
    String source() {
        StringBuilder text = new StringBuilder("const host = globalThis[Symbol.for(\"" + GLOBAL_KEY + "\")]("
                + quote(specifier) + ");\n");
        StringBuilder cases = new StringBuilder();
        StringBuilder exports = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String local = "value" + i;
            text.append("let ").append(local).append(" = host.read(").append(quote(names.get(i))).append(");\n");
            cases.append("    case ").append(quote(names.get(i))).append(": ").append(local).append(" = value; break;\n");
            exports.append(i == 0 ? "" : ", ").append(local).append(" as ").append(names.get(i));
        }
        text.append("host.bind((name, value) => {\n  switch (name) {\n").append(cases).append("  }\n});\n");
        if (!names.isEmpty()) {
            text.append("export { ").append(exports).append(" };\n");
        }
        return text.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Installs the function the modules' source calls, {@code globalThis[Symbol.for(GLOBAL_KEY)]},
     * not enumerable (loop thread, before any module runs).
     */
    static void installAll(Context context, Map<String, JavaModule> modules) {
        ProxyExecutable lookup = args -> {
            JavaModule module = modules.get(args[0].asString());
            return module.hostSide();
        };
        context.eval("js", "(f) => Object.defineProperty(globalThis, Symbol.for(\"" + GLOBAL_KEY
                + "\"), {value: f, configurable: true, enumerable: false, writable: false})").executeVoid(lookup);
    }

    /** What one instance of the module's source talks to: {@code read(name)} and {@code bind(setter)}. */
    private ProxyObject hostSide() {
        ProxyExecutable read = args -> get(args[0].asString());
        ProxyExecutable bind = args -> {
            binders.add(args[0]);
            return null;
        };
        return ProxyObject.fromMap(Map.of("read", read, "bind", bind));
    }

}
