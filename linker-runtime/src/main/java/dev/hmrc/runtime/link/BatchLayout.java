package dev.hmrc.runtime.link;

/**
 * The layouts of the batched Java → JS calls ({@code startModules}, {@code linkModules},
 * {@code runBodies} in runtime-support.js, "Whole phases in one call"): one flat list per
 * phase, a fixed number of items per module. runtime-support.js defines the same names
 * with the same values ({@code BatchLayoutTest} checks); docs/runtime.md shows them.
 */
final class BatchLayout {
    private BatchLayout() {
    }

    /** {@code startModules}: per module {@code execute, meta, dynamicImport, async, report}. */
    static final int START_STRIDE = 5;
    /** {@code runBodies}: per body {@code gen, async, onFulfilled, onRejected, owner} (owner: its hot state's resources, or null). */
    static final int BODY_STRIDE = 5;
    /** {@code linkModules}: per module {@code gen} (null: return the holder), {@code report}, the slot count... */
    static final int LINK_HEADER = 3;
    /** ... then per holder slot {@code kind, a, b}. */
    static final int SLOT_STRIDE = 3;

    /** Slot kind: {@code a[b]}, the exporter's accessor {@code b} ({@code a} its accessors object). */
    static final int SLOT_ACCESSOR = 0;
    /** Slot kind: {@code () => a} (a constant, e.g. a namespace). */
    static final int SLOT_CONSTANT = 1;
    /** Slot kind: {@code () => undefined} (a namespace member that does not resolve). */
    static final int SLOT_UNDEFINED = 2;
    /** Slot kind: the namespace {@code a()} makes, made on first read (GetModuleNamespace). */
    static final int SLOT_LAZY_NAMESPACE = 3;
}
