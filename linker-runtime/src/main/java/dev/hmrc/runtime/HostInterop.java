package dev.hmrc.runtime;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a {@link ModuleRuntime}'s JS may reach of Java, as its builder set it (issue 15's
 * "Calling Java"): the host access policy, which classes {@code Java.type} finds, globals,
 * further context options, and the Java-backed modules' exports. One per builder; it
 * configures each context the runtime builds and installs its globals.
 */
final class HostInterop {
    /** The context settings a runtime owns, by the {@code Context.Builder} field that holds them, and what to use instead. */
    private static final Map<String, String> OWNED_FIELDS = Map.ofEntries(
            Map.entry("sharedEngine", "engine(...): ModuleRuntime.Builder.engine(JsEngine)"),
            Map.entry("out", "out(...): ModuleRuntime.Builder.out"),
            Map.entry("err", "err(...): ModuleRuntime.Builder.err"),
            Map.entry("in", "in(...): the runtime has no stdin"),
            Map.entry("allowIO", "allowIO(...): the runtime owns the file system (its module loading)"),
            Map.entry("ioAccess", "allowIO(...): the runtime owns the file system (its module loading)"),
            Map.entry("customFileSystem", "fileSystem(...): the runtime owns the file system (its module loading)"),
            Map.entry("allowAllAccess", "allowAllAccess(...): use ModuleRuntime.Builder.hostAccess and allowHostClassLookup"),
            Map.entry("hostAccess", "allowHostAccess(...): use ModuleRuntime.Builder.hostAccess"),
            Map.entry("allowHostAccess", "allowHostAccess(...): use ModuleRuntime.Builder.hostAccess"),
            Map.entry("hostClassFilter", "allowHostClassLookup(...): use ModuleRuntime.Builder.allowHostClassLookup"));

    /** Context options the runtime sets itself. */
    private static final Set<String> OWNED_OPTIONS = Set.of("js.unhandled-rejections", "engine.WarnInterpreterOnly",
            "js.mle-mode", "js.ecmascript-version");

    HostAccess hostAccess = HostAccess.NONE;
    Predicate<String> classLookup;
    final Map<String, Object> globals = new LinkedHashMap<>();
    final List<Consumer<Context.Builder>> contextOptions = new ArrayList<>();
    final Map<String, Map<String, ?>> javaModules = new LinkedHashMap<>();

    /**
     * Applies the host's {@code contextOptions} to a fresh builder, then refuses any that set what
     * the runtime owns (the settings are compared before and after; where reflection on the
     * polyglot builder is not permitted, the runtime's own settings, applied afterwards, win).
     *
     * @throws IllegalArgumentException naming the setting and what to use instead
     */
    void applyContextOptions(Context.Builder builder) {
        if (contextOptions.isEmpty()) {
            return;
        }
        Map<String, Object> before = snapshot(builder);
        for (Consumer<Context.Builder> options : contextOptions) {
            options.accept(builder);
        }
        Map<String, Object> after = snapshot(builder);
        if (before == null || after == null) {
            return;
        }
        for (Map.Entry<String, String> owned : OWNED_FIELDS.entrySet()) {
            if (!Objects.equals(before.get(owned.getKey()), after.get(owned.getKey()))) {
                throw new IllegalArgumentException("contextOptions: Context.Builder." + owned.getValue()
                        + " (ModuleRuntime sets it itself)");
            }
        }
        Object options = after.get("options");
        if (options instanceof Map<?, ?> set) {
            for (Object key : set.keySet()) {
                if (OWNED_OPTIONS.contains(String.valueOf(key))) {
                    throw new IllegalArgumentException("contextOptions: the option " + key
                            + " is set by ModuleRuntime itself and cannot be changed"
                            + (String.valueOf(key).equals("js.ecmascript-version") ? " (use ModuleRuntime.Builder.language)" : ""));
                }
            }
        }
    }

    /** The owned fields' values and a copy of the option map, or null when the builder cannot be read. */
    private static Map<String, Object> snapshot(Context.Builder builder) {
        Map<String, Object> values = new LinkedHashMap<>();
        try {
            for (String name : OWNED_FIELDS.keySet()) {
                Field field = Context.Builder.class.getDeclaredField(name);
                field.setAccessible(true);
                values.put(name, field.get(builder));
            }
            Field options = Context.Builder.class.getDeclaredField("options");
            options.setAccessible(true);
            Object map = options.get(builder);
            values.put("options", map instanceof Map<?, ?> m ? new LinkedHashMap<>(m) : null);
        } catch (ReflectiveOperationException | RuntimeException notReadable) {
            return null;
        }
        return values;
    }

    /** Host access and class lookup (after the runtime's own settings). */
    void applyAccess(Context.Builder builder) {
        // The user's policy, plus what the web platform's host object needs whatever it is.
        builder.allowHostAccess(dev.hmrc.runtime.web.WebPlatform.hostAccess(hostAccess));
        if (classLookup != null) {
            builder.allowHostClassLookup(classLookup);
        }
    }

    /** The globals, after the runtime's own (loop thread, before any module runs). */
    void installGlobals(Context context) {
        Value bindings = context.getBindings("js");
        globals.forEach(bindings::putMember);
    }

    /** A fresh handle per Java-backed module for one runtime, by specifier. */
    Map<String, JavaModule> newJavaModules() {
        Map<String, JavaModule> modules = new LinkedHashMap<>();
        javaModules.forEach((specifier, exports) -> modules.put(specifier, new JavaModule(specifier, exports)));
        return modules;
    }
}
