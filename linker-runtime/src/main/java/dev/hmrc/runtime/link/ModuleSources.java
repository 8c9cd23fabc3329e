package dev.hmrc.runtime.link;

import dev.hmrc.runtime.commonjs.CommonJsFacade;
import dev.hmrc.runtime.resolve.ModuleFormat;

import dev.hmrc.runtime.resolve.ModuleResolutionError;
import dev.hmrc.runtime.resolve.SpecifierResolver;
import dev.hmrc.sourcemaps.SourceMapBuilder;
import dev.hmrc.transformer.ModuleRecord;
import dev.hmrc.transformer.ModuleRecord.ModuleRequest;
import dev.hmrc.transformer.ModuleSyntaxError;
import dev.hmrc.transformer.JsLanguage;
import dev.hmrc.transformer.ModuleTransformer;
import dev.hmrc.transformer.TransformOptions;
import dev.hmrc.transformer.TransformResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Module files read and transformed, for the {@link ModuleLoader}: one file at a time with
 * {@link #transform} (thread-safe, for any caller), and during a graph load ahead of the
 * loader on a small pool of threads. Both go through the {@link TransformCache} when there
 * is one.
 *
 * <p>Read-ahead: between {@link #beginGraph()} and {@link #endGraph()}, every module the
 * loader {@linkplain #take takes} has its requests resolved and queued, and each queued
 * module, once transformed on the pool, queues its own requests in turn, so the pool works
 * down the graph while the loop thread evaluates what is ready. The queue is last in, first
 * out, which is the depth-first order in which the loader asks for modules; a module the
 * loader asks for before the pool has started it is transformed right away on the loader's
 * thread. Read-ahead only prepares text: the loader still resolves, registers, evaluates
 * and instantiates every module on its own thread in exactly the order it did before, and a
 * read-ahead failure (unresolvable request, unreadable file, syntax error) surfaces only if
 * and when the loader itself asks for that module. What was read ahead and not taken is
 * dropped at {@link #endGraph()}, so a later load reads the file again.
 */
public final class ModuleSources implements AutoCloseable {

    /**
     * The pool size when none is given: the system property {@code hmrc.transform.threads} if
     * set, else one thread less than the machine has cores, 1 to 3.
     */
    public static final int DEFAULT_THREADS = Math.max(0, Integer.getInteger("hmrc.transform.threads",
            Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors() - 1))));

    private final SpecifierResolver resolver;
    private final Path baseFolder;
    private final TransformCache cache;
    private final ModuleTransformer transformer;
    private final ThreadPoolExecutor pool;
    /** Writes the cache entries of hot updates (null until the first one). */
    private java.util.concurrent.ExecutorService writer;

    /** Read-ahead tasks not yet taken, by registry key ({@code type:path}); guarded by {@code this} for writes. */
    private final Map<String, FutureTask<TransformedModule>> readAhead = new ConcurrentHashMap<>();
    /** Keys the loader took: loaded already, never read ahead again. */
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    /** Open {@link #beginGraph()} calls (loader thread only). */
    private int graphDepth;
    /** Changes at each {@link #endGraph()}: tasks of an earlier graph queue nothing. */
    private volatile int generation;

    /**
     * @param resolver   resolves the requests of read-ahead modules (as the loader will)
     * @param baseFolder what the resolver needs for specifiers without an importer
     * @param cache      where transforms are stored between runs, or null for none
     * @param threads    read-ahead threads; 0 reads nothing ahead (everything on the caller's thread)
     */
    public ModuleSources(SpecifierResolver resolver, Path baseFolder, TransformCache cache, int threads) {
        this(resolver, baseFolder, cache, threads, JsLanguage.STABLE);
    }

    /**
     * @param resolver   resolves the requests of read-ahead modules (as the loader will)
     * @param baseFolder what the resolver needs for specifiers without an importer
     * @param cache      where transforms are stored between runs, or null for none
     * @param threads    read-ahead threads; 0 reads nothing ahead (everything on the caller's thread)
     * @param language   the ECMAScript the modules are parsed as (the context's {@code js.ecmascript-version})
     */
    public ModuleSources(SpecifierResolver resolver, Path baseFolder, TransformCache cache, int threads,
                         JsLanguage language) {
        this.transformer = new ModuleTransformer(TransformOptions.defaults(), language);
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0: " + threads);
        }
        this.resolver = resolver;
        this.baseFolder = baseFolder;
        this.cache = cache;
        if (threads == 0) {
            this.pool = null;
        } else {
            AtomicInteger count = new AtomicInteger();
            this.pool = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.SECONDS, new LastInFirstOut(), task -> {
                Thread thread = new Thread(task, "hmrc-transform-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            this.pool.allowCoreThreadTimeOut(true);
        }
    }

    /** {@return the ECMAScript the modules are parsed as} */
    public JsLanguage language() {
        return transformer.language();
    }

    /** The cache in use, or null. */
    public TransformCache cache() {
        return cache;
    }

    /**
     * Transforms one module's text ({@code type} {@code "javascript"} or {@code "json"}), from
     * the cache when it holds this exact input, else with the transformer (and then stores
     * it). Thread-safe; the path names the module in the map and in errors.
     *
     * @throws ModuleSyntaxError when the text is not a valid module of that type
     */
    public TransformedModule transform(Path path, String text, String type) throws ModuleSyntaxError {
        return transform(path, text, type, false);
    }

    /**
     * {@link #transform} for a hot update on the event loop: a new cache entry is written
     * by a background thread, so the update does not wait for the disk ({@link #close}
     * waits for the writes still queued).
     */
    public TransformedModule transformWritingLater(Path path, String text, String type) throws ModuleSyntaxError {
        return transform(path, text, type, true);
    }

    /** Transforms of changed files made off the loop by {@link #prepare}, by {@code type:path}. */
    private final java.util.concurrent.ConcurrentHashMap<String, TransformedModule> prepared =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Transforms changed files ahead of a hot update, on the calling thread (the watcher's),
     * so that the update on the event loop only compiles the result: {@link
     * #transformWritingLater} takes a prepared transform when the text it is given is still
     * the one prepared. A file that does not read or parse is left to the update, which
     * reports it. The type is guessed from the name ({@code .json} or JavaScript); a module of
     * another type simply finds nothing prepared. A file whose text is still the one prepared
     * (at the first event of its burst, during the watcher's quiet window) is not transformed again.
     *
     * @param paths the changed files
     */
    public void prepare(java.util.Collection<Path> paths) {
        for (Path path : paths) {
            String type = path.getFileName().toString().endsWith(".json") ? "json" : "javascript";
            String text;
            try {
                text = type.equals("json") ? Files.readString(path, StandardCharsets.UTF_8) : moduleText(path);
            } catch (IOException | RuntimeException unreadable) {
                prepared.remove(type + ":" + path);
                continue;
            }
            TransformedModule ready = prepared.get(type + ":" + path);
            if (ready != null && ready.text().equals(text)) {
                continue;
            }
            try {
                prepared.put(type + ":" + path, transform(path, text, type, true));
            } catch (ModuleSyntaxError | RuntimeException broken) {
                prepared.remove(type + ":" + path);
            }
        }
    }

    /**
     * For a pool of runtimes over one folder: transforms changed files once, on the calling
     * thread, and returns the transforms (nothing is kept here) for each runtime's sources to
     * {@link #adopt}. A file that does not read or parse is left out (each update reports it).
     *
     * @param paths the changed files
     * @return the transforms made
     */
    public List<TransformedModule> transformAhead(java.util.Collection<Path> paths) {
        List<TransformedModule> made = new java.util.ArrayList<>();
        for (Path path : paths) {
            String type = path.getFileName().toString().endsWith(".json") ? "json" : "javascript";
            try {
                made.add(transform(path, Files.readString(path, StandardCharsets.UTF_8), type, true));
            } catch (IOException | ModuleSyntaxError | RuntimeException skipped) {
                // left to the update, which reports it
            }
        }
        return made;
    }

    /**
     * Takes transforms another {@link ModuleSources} made ({@link #transformAhead}) as if
     * {@link #prepare} had made them here: the next update takes each whose text is still the file's.
     *
     * @param transforms the shared transforms
     */
    public void adopt(java.util.Collection<TransformedModule> transforms) {
        for (TransformedModule transform : transforms) {
            prepared.put(transform.type() + ":" + transform.path(), transform);
        }
    }

    /** {@return how many times this instance ran the transformer (cache hits and prepared transforms not counted)} */
    public int transformsRun() {
        return transformsRun.get();
    }

    private final java.util.concurrent.atomic.AtomicInteger transformsRun = new java.util.concurrent.atomic.AtomicInteger();

    /** {@return how many prepared transforms wait to be taken} (for tests) */
    int preparedCount() {
        return prepared.size();
    }

    private TransformedModule transform(Path path, String text, String type, boolean writeLater)
            throws ModuleSyntaxError {
        if (writeLater && !prepared.isEmpty()) {
            TransformedModule ready = prepared.remove(type + ":" + path);
            if (ready != null && ready.text().equals(text)) {
                return ready;
            }
        }
        String name = path.toString();
        String key = null;
        if (cache != null) {
            key = TransformCache.key(Fingerprint.VALUE + ":" + transformer.language(), type, name, text.getBytes(StandardCharsets.UTF_8));
            TransformCache.Entry entry = cache.get(key);
            if (entry != null) {
                TransformedModule hit = fromEntry(path, type, text, entry);
                if (hit != null) {
                    return hit;
                }
            }
        }
        transformsRun.incrementAndGet();
        TransformResult result = type.equals("json")
                ? transformer.transformJson(text, name)
                : transformer.transform(text, name);
        if (key != null) {
            String entryKey = key;
            Runnable write = () -> cache.put(entryKey,
                    new TransformCache.Entry(result.code(), result.map().toJson(), result.record().toJson()));
            if (writeLater) {
                writer().execute(write);
            } else if (holdWrites) {
                heldWrites.add(write);
            } else {
                write.run();
            }
        }
        return TransformedModule.transformed(path, type, text, result);
    }

    private static TransformedModule fromEntry(Path path, String type, String text, TransformCache.Entry entry) {
        ModuleRecord record;
        try {
            record = ModuleRecord.fromJson(entry.recordJson());
        } catch (IllegalArgumentException corrupt) {
            return null; // passed the checksum but is not ours: transform again and overwrite it
        }
        return TransformedModule.cached(path, type, text, entry.code(), record, entry.mapJson());
    }

    /** Reads a file (UTF-8) and {@linkplain #transform transforms} it. */
    public TransformedModule read(Path path, String type) throws IOException, ModuleSyntaxError {
        return transform(path, type.equals("json") ? Files.readString(path, StandardCharsets.UTF_8) : moduleText(path), type);
    }

    /**
     * The ES module text of a JavaScript file: the file's own, or for a CommonJS file (by Node's
     * rules, {@link ModuleFormat}) the facade that stands for it ({@link CommonJsFacade}).
     *
     * @param path the file
     * @return the module text
     * @throws IOException when the file cannot be read
     */
    public static String moduleText(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return ModuleFormat.of(path) == ModuleFormat.COMMONJS ? CommonJsFacade.forFile(path, text) : text;
    }

    /**
     * The module at {@code path} of {@code type} for the loader: what was read ahead for it,
     * else {@linkplain #read read} now. Inside a graph load its requests are then queued for
     * read-ahead. Loader thread only.
     *
     * @throws IOException       the file could not be read
     * @throws ModuleSyntaxError the file is not a valid module
     */
    public TransformedModule take(Path path, String type) throws IOException, ModuleSyntaxError {
        String key = type + ":" + path;
        taken.add(key);
        FutureTask<TransformedModule> task = readAhead.remove(key);
        if (task == null) {
            TransformedModule module = read(path, type);
            if (graphDepth > 0) {
                queueRequests(module, generation);
            }
            return module;
        }
        task.run(); // does nothing when a pool thread has started it already
        try {
            return task.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + path, interrupted);
        } catch (CancellationException cancelled) {
            return read(path, type);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ModuleSyntaxError syntax) {
                throw syntax;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Starts a graph load: modules taken from now on have their requests read ahead. Loader thread only. */
    public void beginGraph() {
        graphDepth++;
    }

    /** Ends a graph load: what was read ahead and not taken is dropped. Loader thread only. */
    public void endGraph() {
        if (--graphDepth > 0) {
            return;
        }
        synchronized (this) {
            generation++;
            for (FutureTask<TransformedModule> task : readAhead.values()) {
                task.cancel(false);
            }
            readAhead.clear();
        }
    }

    /** How many read-ahead tasks are waiting or running (for tests). */
    int readAheadCount() {
        return readAhead.size();
    }

    /**
     * Queues the requests of {@code module} that the loader would resolve to a module it has
     * not taken yet, first request on top. Requests the loader will reject are skipped: it
     * reports them itself.
     */
    private void queueRequests(TransformedModule module, int graph) {
        if (pool == null) {
            return;
        }
        List<ModuleRequest> requests = module.record().requests();
        for (int k = requests.size() - 1; k >= 0; k--) {
            ModuleRequest request = requests.get(k);
            Map<String, String> attributes = request.attributes();
            String type = attributes.getOrDefault("type", "javascript");
            if (attributes.size() > (attributes.containsKey("type") ? 1 : 0)
                    || !(type.equals("javascript") || type.equals("json"))) {
                continue;
            }
            Path path;
            try {
                path = resolver.resolve(request.specifier(), module.path(), baseFolder);
            } catch (ModuleResolutionError | RuntimeException unresolved) {
                continue;
            }
            if (type.equals("javascript") && path.getFileName().toString().endsWith(".json")) {
                continue;
            }
            String key = type + ":" + path;
            if (taken.contains(key) || readAhead.containsKey(key)) {
                continue;
            }
            FutureTask<TransformedModule> task = new FutureTask<>(() -> {
                TransformedModule read = read(path, type);
                queueRequests(read, graph);
                return read;
            });
            synchronized (this) {
                if (generation != graph || readAhead.putIfAbsent(key, task) != null) {
                    continue;
                }
            }
            pool.execute(task);
        }
    }

    /** Stops the read-ahead threads (they also end by themselves when idle). */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        flushWrites();
        java.util.concurrent.ExecutorService queued;
        synchronized (this) {
            queued = writer;
        }
        if (queued != null) {
            queued.shutdown();
            try {
                queued.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Cache writes held back by {@link #holdWrites} until {@link #flushWrites}. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> heldWrites =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean holdWrites;

    /**
     * Holds back the cache writes of transforms made from now on (a program's start-up) until
     * {@link #flushWrites}, which hands them to the background writer: nobody waits for
     * them while the program loads. {@link #close} flushes what is still held.
     */
    public void holdWrites() {
        holdWrites = true;
    }

    /**
     * Hands the held cache writes to the background writer and stops holding new ones (the
     * program's imports have settled). Any thread; idempotent.
     */
    public void flushWrites() {
        holdWrites = false;
        if (heldWrites.isEmpty()) {
            return;
        }
        java.util.concurrent.ExecutorService background = writer();
        for (Runnable write; (write = heldWrites.poll()) != null; ) {
            try {
                background.execute(write);
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                write.run();
            }
        }
    }

    /** The thread that writes cache entries for {@link #transformWritingLater}, started on first use. */
    private synchronized java.util.concurrent.ExecutorService writer() {
        if (writer == null) {
            writer = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "hmrc-transform-cache-writer");
                thread.setDaemon(true);
                return thread;
            });
        }
        return writer;
    }

    /** A work queue that hands out the most recently queued task first. */
    private static final class LastInFirstOut extends LinkedBlockingDeque<Runnable> {
        @Override
        public boolean offer(Runnable task) {
            return offerFirst(task);
        }

        @Override
        public boolean add(Runnable task) {
            return offerFirst(task);
        }

        @Override
        public void put(Runnable task) throws InterruptedException {
            putFirst(task);
        }
    }

    /**
     * What, besides a module's own input, its transform depends on: the code of the
     * transformer and of the source-map writer (their jars' or class folders' bytes), the
     * GraalJS parser's jar (name and size, which carry its version) and the options. Any
     * rebuild of hmrc thus starts with fresh cache keys.
     */
    static final class Fingerprint {
        static final String VALUE = compute();

        private Fingerprint() {
        }

        private static String compute() {
            MessageDigest digest = TransformCache.sha256();
            digest.update("transform-options:defaults\n".getBytes(StandardCharsets.UTF_8));
            for (Class<?> type : List.of(ModuleTransformer.class, SourceMapBuilder.class)) {
                hashCodeSource(digest, type, true);
            }
            try {
                // The parser comes with GraalJS; named by string, as the runtime never parses JS itself.
                hashCodeSource(digest, Class.forName("com.oracle.js.parser.Parser", false,
                        ModuleTransformer.class.getClassLoader()), false);
            } catch (ClassNotFoundException | LinkageError absent) {
                digest.update("no-parser-class".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private static void hashCodeSource(MessageDigest digest, Class<?> type, boolean contents) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            Path location;
            try {
                location = source == null ? null : Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException | SecurityException unknown) {
                location = null;
            }
            if (location == null) {
                // Unknown origin: a key that no other run shares, so nothing stale is ever read.
                digest.update(("unknown:" + type.getName() + ":" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            try {
                digest.update(location.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isDirectory(location)) {
                    try (Stream<Path> files = Files.walk(location)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                            try (InputStream in = Files.newInputStream(file)) {
                                digest.update(in.readAllBytes());
                            }
                        }
                    }
                } else if (contents) {
                    try (InputStream in = Files.newInputStream(location)) {
                        digest.update(in.readAllBytes());
                    }
                } else {
                    digest.update(Long.toString(Files.size(location)).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | UncheckedIOException unreadable) {
                digest.update(("unreadable:" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
