package dev.hmrc.runtime.link;

import org.graalvm.polyglot.Value;

/**
 * The JS half of hot updates in one runtime, as the update engine calls it: the event bus
 * of {@code import.meta.hot.on/off/send} and the built-in events, the instances'
 * {@code import.meta.hot} objects, and handler batches run in one JS call. The only Java
 * code that names the hot functions of runtime-support.js. Loop thread only.
 */
final class HotBus {
    private final RuntimeSupport support;
    private final Value bus;
    private final Value hotContext;
    private final Value emit;
    private final Value listening;
    private final Value removeOwner;
    private final Value runBatches;
    private final Value batch;
    private final Value one;
    private final Value plainObject;
    private final Value undefined;
    private final Value ownsResources;
    private final Value release;
    private final Value beginUpdate;
    private final Value endUpdate;

    HotBus(RuntimeSupport support) {
        this.support = support;
        this.bus = support.function("hotBus").execute();
        this.hotContext = support.function("hotContext");
        this.emit = support.function("hotEmit");
        this.listening = support.function("hotListening");
        this.removeOwner = support.function("hotBusRemoveOwner");
        this.runBatches = support.function("hotRunBatches");
        this.batch = support.function("hotBatch");
        this.one = support.function("hotOne");
        this.plainObject = support.function("plainObject");
        this.undefined = support.function("hotUndefined").execute();
        this.ownsResources = support.function("hotOwnsResources");
        this.release = support.function("hotRelease");
        this.beginUpdate = support.function("hotBeginUpdate");
        this.endUpdate = support.function("hotEndUpdate");
    }

    /** A new instance's {@code import.meta.hot} with {@code data}, resolving and invalidating through the Java callbacks. */
    HotState newHotState(Value data, Object resolveDependency, Object invalidate, String api, Object ownNamespace) {
        return new HotState(hotContext.execute(bus, data, resolveDependency, invalidate, api, ownNamespace));
    }

    /**
     * Emits a built-in event under every prefix; the promise settles with {@code [event, error]} of
     * the first listener that threw, or undefined.
     */
    Value emit(String event, Value payload) {
        return emit.execute(bus, event, payload);
    }

    /** Whether a built-in event has a listener under any prefix (else emitting it does nothing). */
    boolean listening(String event) {
        return listening.execute(bus, event).asBoolean();
    }

    /** Drops the listeners of an instance (it was replaced or pruned). */
    void removeListeners(HotState owner) {
        removeOwner.execute(bus, owner.listenerOwner());
    }

    /** Whether the instance owns timers or servers (made by its body or by callbacks it scheduled). */
    boolean ownsResources(ModuleInstance instance) {
        Value owner = instance.resourceOwner();
        return owner != null && ownsResources.execute(owner).asBoolean();
    }

    /**
     * Clears the timers of a disposed instance and closes its servers, except the servers its
     * dispose handlers put in {@code data} (null: none): those belong to the instance that
     * starts with {@code data}. During an update a closed server keeps its socket until
     * {@link #endUpdate}, for a {@code serve()} on the same host and port to adopt.
     */
    void release(ModuleInstance instance, Value data) {
        Value owner = instance.resourceOwner();
        if (owner != null) {
            release.execute(owner, data);
        }
    }

    /** An update starts: servers closed from now on keep their socket until {@link #endUpdate}. */
    void beginUpdate() {
        beginUpdate.executeVoid();
    }

    /** The update ended: the servers closed during it that no {@code serve()} adopted stop listening. */
    void endUpdate() {
        endUpdate.executeVoid();
    }

    /** A JS object with no members (an event payload, a {@code data} object). */
    Value plainObject() {
        return plainObject.execute();
    }

    /** JS {@code undefined}. */
    Value undefined() {
        return undefined;
    }

    /** One batch for {@link #runBatches}: the handlers of a JS array, each called with {@code argument}. */
    Value batch(Value handlers, Value argument) {
        return batch.execute(handlers, argument);
    }

    /** One batch of one handler called with {@code argument}. */
    Value batchOfOne(Value handler, Value argument) {
        return one.execute(handler, argument);
    }

    /**
     * Runs the batches (a JS array) in order, each handler awaited: the promise fulfils when all
     * ran, or rejects with {@code {at, error}} at the first that threw (see {@link #failedBatch}).
     */
    Value runBatches(Value batches) {
        return runBatches.execute(batches);
    }

    /** Which batch of a {@link #runBatches} rejection threw. */
    static int failedBatch(Value rejection) {
        return rejection.getMember("at").asInt();
    }

    /** What the batch of a {@link #runBatches} rejection threw. */
    static Value failedBatchError(Value rejection) {
        return rejection.getMember("error");
    }

    /** A JS array of nothing yet. */
    Value array() {
        return support.emptyArray();
    }
}
