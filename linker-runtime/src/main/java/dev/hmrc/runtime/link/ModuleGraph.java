package dev.hmrc.runtime.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one owner of every module's versions and of the edges between modules, by registry
 * key ({@code type:path}). Each module has, at most one of each:
 *
 * <ul>
 * <li>{@code current}: the instance that runs, what imports and Java reach;</li>
 * <li>{@code pending}: the new instance the update in progress made, not current yet (the
 *     update's loading and linking see it before {@code current});</li>
 * <li>{@code previous}: the instance the update in progress replaces (still {@code current}
 *     until the update commits; its last good version if the update fails);</li>
 * <li>{@code staged}: compiled new code waiting for an update that accepts it;</li>
 * </ul>
 *
 * and the keys of the modules that import it statically (the importers of their current
 * instances) and with {@code import()}. {@link ModuleLoader} adds what loads; the update
 * engine stages, builds pending instances and commits them. Loop thread only.
 */
final class ModuleGraph {

    /** A version compiled from changed text, not yet running ({@code textHash}: of that text). */
    record Staged(ModuleLoader.Compiled compiled, int textHash) {
    }

    /** One module's versions and edges. */
    private static final class Module {
        ModuleInstance current;
        ModuleInstance pending;
        ModuleInstance previous;
        Staged staged;
        final Set<String> importers = new LinkedHashSet<>();
        final Set<String> dynamicImporters = new LinkedHashSet<>();
    }

    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** The keys with a pending instance, in the order they were made; null when no update is building. */
    private Set<String> pendingKeys;
    /** The keys with a staged version, in the order they were first staged. */
    private final Set<String> stagedKeys = new LinkedHashSet<>();
    /** The keys with a previous instance (the update in progress replaces them). */
    private final Set<String> previousKeys = new LinkedHashSet<>();

    private Module module(String key) {
        return modules.computeIfAbsent(key, k -> new Module());
    }

    // ---------------------------------------------------------------- current

    /** The current instance of {@code key}, or null. */
    ModuleInstance current(String key) {
        Module m = modules.get(key);
        return m == null ? null : m.current;
    }

    /** The current instances, in the order their modules first loaded. */
    List<ModuleInstance> currentInstances() {
        List<ModuleInstance> all = new ArrayList<>(modules.size());
        for (Module m : modules.values()) {
            if (m.current != null) {
                all.add(m.current);
            }
        }
        return all;
    }

    /**
     * What loading {@code key} finds: its pending instance while an update builds, else its
     * current one; null when it is not loaded.
     */
    ModuleInstance loaded(String key) {
        Module m = modules.get(key);
        if (m == null) {
            return null;
        }
        return pendingKeys != null && m.pending != null ? m.pending : m.current;
    }

    /** A module loaded for the first time: pending while an update builds, else current right away. */
    void addLoaded(ModuleInstance instance) {
        if (pendingKeys != null) {
            addPending(instance);
        } else {
            module(instance.key).current = instance;
        }
    }

    /** Records the static edges of a current instance whose {@code requested} were just resolved. */
    void recordImports(ModuleInstance instance) {
        if (pendingKeys != null) {
            return; // a pending instance's edges count from its commit
        }
        for (ModuleInstance imported : instance.requested) {
            module(imported.key).importers.add(instance.key);
        }
    }

    /** Drops a module (its current instance was pruned): its versions, and its edges in both directions. */
    void remove(ModuleInstance instance) {
        modules.remove(instance.key);
        stagedKeys.remove(instance.key);
        if (instance.requested != null) {
            for (ModuleInstance imported : instance.requested) {
                Module m = modules.get(imported.key);
                if (m != null) {
                    m.importers.remove(instance.key);
                }
            }
        }
        for (Module m : modules.values()) {
            m.dynamicImporters.remove(instance.key);
        }
    }

    // ---------------------------------------------------------------- edges

    /** The keys of the modules that import {@code key} statically (a live view; do not change it). */
    Set<String> importersOf(String key) {
        Module m = modules.get(key);
        return m == null ? Set.of() : m.importers;
    }

    /** The keys of the modules that imported {@code key} with {@code import()}. */
    Set<String> dynamicImportersOf(String key) {
        Module m = modules.get(key);
        return m == null ? Set.of() : m.dynamicImporters;
    }

    /** {@code importer} imported {@code key} with {@code import()}. */
    void addDynamicImporter(String key, String importer) {
        module(key).dynamicImporters.add(importer);
    }

    // ---------------------------------------------------------------- staged

    /** The staged new version of {@code key}, or null. */
    Staged staged(String key) {
        Module m = modules.get(key);
        return m == null ? null : m.staged;
    }

    void stage(String key, Staged version) {
        module(key).staged = version;
        stagedKeys.add(key);
    }

    void unstage(String key) {
        Module m = modules.get(key);
        if (m != null) {
            m.staged = null;
        }
        stagedKeys.remove(key);
    }

    /** The keys with a staged version, in the order they were first staged. */
    List<String> stagedKeys() {
        return List.copyOf(stagedKeys);
    }

    // ---------------------------------------------------------------- an update's versions

    /** An update starts building: instances loaded from now on are pending. */
    void beginPending() {
        pendingKeys = new LinkedHashSet<>();
    }

    /** Whether an update is building its pending instances. */
    boolean buildingPending() {
        return pendingKeys != null;
    }

    /** Makes {@code fresh} the pending instance of its key; {@code previous} (null for a new file) is what it replaces. */
    void addPending(ModuleInstance fresh, ModuleInstance previous) {
        Module m = module(fresh.key);
        m.previous = previous;
        if (previous != null) {
            previousKeys.add(fresh.key);
        }
        addPending(fresh);
    }

    private void addPending(ModuleInstance fresh) {
        module(fresh.key).pending = fresh;
        pendingKeys.add(fresh.key);
    }

    /** The pending instances, in the order they were made. */
    Collection<ModuleInstance> pendingInstances() {
        List<ModuleInstance> all = new ArrayList<>(pendingKeys.size());
        for (String key : pendingKeys) {
            all.add(modules.get(key).pending);
        }
        return all;
    }

    /** The instance the update in progress replaces for {@code key}, or null. */
    ModuleInstance previous(String key) {
        Module m = modules.get(key);
        return m == null ? null : m.previous;
    }

    /**
     * Commits one pending instance: it becomes current, and the static edges of the instance
     * it replaces give way to its own.
     */
    void makeCurrent(ModuleInstance fresh) {
        Module m = module(fresh.key);
        ModuleInstance old = m.current;
        if (old != null && old.requested != null) {
            for (ModuleInstance dependency : old.requested) {
                Module d = modules.get(dependency.key);
                if (d != null) {
                    d.importers.remove(fresh.key);
                }
            }
        }
        m.current = fresh;
        if (fresh.requested != null) {
            for (ModuleInstance dependency : fresh.requested) {
                module(dependency.key).importers.add(fresh.key);
            }
        }
    }

    /**
     * The update's pending instances were committed or dropped: loading sees current
     * instances again. The previous instances stay known until {@link #endUpdate}.
     */
    void endPending() {
        if (pendingKeys == null) {
            return;
        }
        for (String key : pendingKeys) {
            Module m = modules.get(key);
            if (m != null) {
                m.pending = null;
            }
        }
        pendingKeys = null;
    }

    /** The update is over (applied, or rolled back and restored): no previous instance is kept. */
    void endUpdate() {
        endPending();
        for (String key : previousKeys) {
            Module m = modules.get(key);
            if (m != null) {
                m.previous = null;
            }
        }
        previousKeys.clear();
    }
}
