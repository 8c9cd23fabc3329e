package dev.hmrc.runtime.link;

import dev.hmrc.transformer.ModuleRecord;
import org.graalvm.polyglot.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One loaded module and all of its mutable state: the fields of a Cyclic Module Record
 * (ECMA-262 16.2.1.5, Table 45) plus the JS side of the transformed module (its
 * generator, accessors and namespace). Every field is written only on the event-loop
 * thread, by {@link ModuleLoader} (the identity and JS parts) and {@link ModuleLinker}
 * (the spec fields).
 */
public final class ModuleInstance {

    /** The absolute real path of the file. */
    final Path path;
    /** {@code import.meta.url}: the file URL. */
    final String url;
    /** The module type ({@code "javascript"} or {@code "json"}). */
    final String type;
    /** Imports, exports and flags, read from the transformer's output. */
    final ModuleRecord record;
    /** The registry key, {@code type:path}: the same for every version of this module. */
    final String key;
    /** The module's {@code execute} function (its code, parsed once per version); called again to re-run it. */
    Value execute;

    /** [[RequestedModules]] resolved: {@code requested[k]} is the module for {@code record.requests().get(k)}. */
    ModuleInstance[] requested;

    // Cyclic Module Record fields.
    ModuleStatus status = ModuleStatus.UNLINKED;
    /** [[EvaluationError]]: the thrown value, valid when {@link #hasEvaluationError}. */
    Value evaluationError;
    boolean hasEvaluationError;
    int dfsIndex = -1;
    int dfsAncestorIndex = -1;
    ModuleInstance cycleRoot;
    /** [[HasTLA]]. */
    final boolean hasTLA;
    /** [[AsyncEvaluation]]: set when the module became async; {@link #asyncEvaluationOrder} orders them. */
    boolean asyncEvaluation;
    long asyncEvaluationOrder;
    /** [[TopLevelCapability]]: a {promise, resolve, reject} object, or null. */
    Value topLevelCapability;
    final List<ModuleInstance> asyncParentModules = new ArrayList<>();
    int pendingAsyncDependencies;

    // The transformed module (docs/module-format.md, "Protocol").
    /** The generator returned by {@code execute(meta, dynamicImport)}. */
    Value generator;
    /** The module's {@code relink(holder)} function, from the generator's first yield. */
    Value relink;
    /**
     * The {@code import.meta.hot} registrations of this instance ({@link HotState}, over the
     * control object of {@code hotContext} in runtime-support.js), or null when hot updates
     * are off for it.
     */
    HotState hot;
    /** Hot updates are on: what the instance's body makes (timers, servers) is tracked, to be released when it is disposed. */
    boolean tracksResources;
    /** Export name → accessor function; null until the generator's first yield arrived. */
    Value accessors;
    /**
     * For an async module: the promise of its protocol step still in flight (the first
     * {@code next()} that delivers the accessors, or the {@code next(holder)} that relinks),
     * null when none is. Anyone who links or evaluates the module waits for it.
     */
    Value pendingStep;
    /** [[Namespace]]: created once by GetModuleNamespace. */
    Value namespace;
    /**
     * The namespace object {@code require()} handed to CommonJS for this module: the first
     * version's, rebound to each later version's bindings by hot updates (while its export names
     * stay the same), so that what CommonJS holds stays live; null when nothing required it.
     */
    Value requiredNamespace;
    /** [[DeferredNamespace]] (import defer): created once by GetModuleNamespace(module, defer). */
    Value deferredNamespace;

    ModuleInstance(Path path, String url, String type, ModuleRecord record) {
        this.path = path;
        this.url = url;
        this.type = type;
        this.record = record;
        this.hasTLA = record.async();
        this.key = type + ":" + (path != null ? path.toString() : url);
    }

    /** {@return the file this module was loaded from} */
    public Path path() {
        return path;
    }

    /** {@return the module's {@code [[Status]]}} */
    public ModuleStatus status() {
        return status;
    }

    /** The module type: {@code "javascript"} or {@code "json"}. */
    public String type() {
        return type;
    }

    /** {@return the module's namespace object, or null when nothing asked for it yet} */
    public Value namespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return url;
    }

    /**
     * What owns the timers and servers this instance's body (and the callbacks it scheduled)
     * makes, as runtime-support.js tracks them: its hot state, or its generator for a module
     * without {@code import.meta.hot}; null when hot updates are off.
     */
    Value resourceOwner() {
        if (!tracksResources) {
            return null;
        }
        return hot != null ? hot.resourceOwner() : generator;
    }
}
