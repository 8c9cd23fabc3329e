package dev.hmrc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.graalvm.polyglot.Value;

/**
 * N runtimes over the same folder, for a host that serves requests from several threads
 * (a render pool): each runtime has its own context and event-loop thread, but they share
 * one GraalJS engine (compiled code, memory) and, with hot updates, one file watcher that
 * transforms each changed file once and hands it to every runtime, which applies the update
 * on its own loop: one {@link UpdateOutcome} per runtime.
 *
 * <pre>{@code
 * try (ModuleRuntimePool pool = ModuleRuntimePool.create(8, ModuleRuntime.builder(root)
 *         .hot(HotOptions.defaults()).javaModule("java:service", Map.of("prices", prices)))) {
 *     String html = pool.next().callExport("./render.mjs", "render", Value::asString, path).get();
 * }
 * }</pre>
 *
 * <p>The builder's settings apply to every runtime (its {@link ModuleRuntime.Builder#updateListener}
 * hears the outcomes of all of them). Without an {@link ModuleRuntime.Builder#engine engine}
 * the pool creates one and closes it with the pool.
 */
public final class ModuleRuntimePool implements AutoCloseable {
    private final List<ModuleRuntime> runtimes;
    private final SharedWatch watch;
    private final JsEngine ownEngine;
    private final AtomicInteger turn = new AtomicInteger();

    private ModuleRuntimePool(List<ModuleRuntime> runtimes, SharedWatch watch, JsEngine ownEngine) {
        this.runtimes = List.copyOf(runtimes);
        this.watch = watch;
        this.ownEngine = ownEngine;
    }

    /**
     * Builds {@code size} runtimes from {@code builder} (which the pool configures with its
     * shared engine and watcher while it builds them).
     *
     * @param size    how many runtimes (at least 1)
     * @param builder the settings of every runtime
     * @return the running pool
     */
    public static ModuleRuntimePool create(int size, ModuleRuntime.Builder builder) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one runtime, not " + size);
        }
        Objects.requireNonNull(builder, "builder");
        JsEngine ownEngine = null;
        if (builder.sharedEngine() == null) {
            ownEngine = JsEngine.create();
            builder.engine(ownEngine);
        }
        SharedWatch watch = builder.hotOptions() == null ? null
                : new SharedWatch(builder.rootFolder(), builder.watchOptionsOrDefault(), builder.languageChosen());
        List<ModuleRuntime> built = new ArrayList<>();
        builder.sharedWatch = watch;
        try {
            for (int i = 0; i < size; i++) {
                built.add(builder.build());
            }
        } catch (RuntimeException failed) {
            built.forEach(ModuleRuntime::close);
            if (watch != null) {
                watch.close();
            }
            if (ownEngine != null) {
                ownEngine.close();
            }
            throw failed;
        } finally {
            builder.sharedWatch = null;
            if (ownEngine != null) {
                builder.engine(null);
            }
        }
        return new ModuleRuntimePool(built, watch, ownEngine);
    }

    /** {@return how many runtimes the pool has} */
    public int size() {
        return runtimes.size();
    }

    /**
     * {@return runtime number {@code index}}
     *
     * @param index from 0 to {@link #size()} - 1
     */
    public ModuleRuntime get(int index) {
        return runtimes.get(index);
    }

    /** {@return the runtimes, in order} */
    public List<ModuleRuntime> runtimes() {
        return runtimes;
    }

    /** {@return the runtimes in turn (round robin), for spreading requests; any thread} */
    public ModuleRuntime next() {
        return runtimes.get(Math.floorMod(turn.getAndIncrement(), runtimes.size()));
    }

    /**
     * {@link ModuleRuntime#callExport} on the {@linkplain #next() next} runtime.
     *
     * @param <T>        what {@code convert} makes
     * @param specifier  the module
     * @param exportName the exported function
     * @param convert    turns the result into a Java value, on that runtime's loop
     * @param arguments  the call's arguments
     * @return completes with the converted result
     */
    public <T> CompletableFuture<T> callExport(String specifier, String exportName, Function<Value, T> convert,
                                               Object... arguments) {
        return next().callExport(specifier, exportName, convert, arguments);
    }

    /**
     * {@link ModuleRuntime#applyUpdates()} on every runtime (each on its own loop).
     *
     * @return completes with one outcome per runtime, in order
     */
    public CompletableFuture<List<UpdateOutcome>> applyUpdates() {
        List<CompletableFuture<UpdateOutcome>> each = new ArrayList<>();
        for (ModuleRuntime runtime : runtimes) {
            each.add(runtime.applyUpdates());
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> each.stream().map(CompletableFuture::join).toList());
    }

    /**
     * {@link JavaModule#set} in every runtime.
     *
     * @param specifier the Java-backed module
     * @param name      the export
     * @param value     its new value
     * @return completes once every runtime's importers hold it and their accept callbacks settled
     */
    public CompletableFuture<Void> setJavaExport(String specifier, String name, Object value) {
        List<CompletableFuture<Void>> each = new ArrayList<>();
        for (ModuleRuntime runtime : runtimes) {
            each.add(runtime.javaModule(specifier).set(name, value));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new));
    }

    /** {@return how many times the shared watcher ran the transformer (0 without hot updates)} For tests. */
    int sharedTransforms() {
        return watch == null ? 0 : watch.transformsRun();
    }

    /** Closes every runtime, the shared watcher and the engine the pool created; waits for their threads. */
    @Override
    public void close() {
        for (ModuleRuntime runtime : runtimes) {
            runtime.close();
        }
        if (watch != null) {
            watch.close();
        }
        if (ownEngine != null) {
            ownEngine.close();
        }
    }
}
