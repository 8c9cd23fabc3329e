package dev.hmrc.runtime.host;

import dev.hmrc.runtime.link.RuntimeSupport;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The Java half of the Fetch Standard's globals ({@code fetch}, {@code Request}, {@code Response},
 * {@code Headers}, {@code Blob}, {@code File}, {@code FormData}, the streams and
 * {@code TextEncoderStream}/{@code TextDecoderStream}); the JS half is {@code web-fetch.js},
 * the streams are web-streams-polyfill's ponyfill (a WebJar on the class path).
 *
 * <p>{@link #install} defines the globals as accessors that load both scripts on first use,
 * so a program that never touches them pays nothing at start-up.
 *
 * <p>{@code fetch} runs on the JDK's {@code java.net.http.HttpClient} (HTTP/1.1 for
 * {@code http:}, HTTP/2 where {@code https:} offers it; redirects are followed by the JS half, as
 * the standard says, so the client follows none). Nothing here blocks the loop thread: a request
 * is sent asynchronously, its response body is read on a virtual thread one chunk per pull of its
 * stream, and a streamed request body is handed to the client one chunk at a time, the next chunk
 * only after the client took the one before. An exchange in flight (waiting for its response, or
 * for a chunk someone is reading) keeps the loop alive; {@link #closeAll} cancels all of them.
 *
 * <p>Mutable state: the exchanges in flight by id (a concurrent map shared by the loop, the
 * client's threads and the body readers); JS values are touched only on the loop thread.
 */
public final class FetchHost {

    /** Where the WebJar keeps the streams ponyfill (its version is the one in the parent pom). */
    static final String STREAMS_RESOURCE = "/META-INF/resources/webjars/web-streams-polyfill/3.3.3/dist/ponyfill.es2018.js";

    /** The globals {@link #install} defines. */
    static final List<String> GLOBALS = List.of("Blob", "File", "FormData", "Headers", "Request", "Response", "fetch",
            "TextEncoderStream", "TextDecoderStream", "ReadableStream", "WritableStream", "TransformStream",
            "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "ReadableStreamBYOBRequest",
            "ReadableByteStreamController", "ReadableStreamDefaultController", "TransformStreamDefaultController",
            "WritableStreamDefaultWriter", "WritableStreamDefaultController", "ByteLengthQueuingStrategy",
            "CountQueuingStrategy");

    /** The request headers the JDK's client sets itself and refuses from a caller. */
    private static final Set<String> CLIENT_OWNED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "keep-alive", "transfer-encoding", "te", "trailer");

    private static final int CHUNK_BYTES = 64 * 1024;

    private final Context context;
    private final EventLoop loop;
    private final Map<Long, Exchange> exchanges = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService readers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("hmrc-fetch-", 0).factory());
    private HttpClient client;
    private Value loaded;

    /**
     * The host of one runtime (on its loop thread).
     *
     * @param context the runtime's context
     * @param support the runtime's JS support functions
     * @param loop    the loop that owns the context
     */
    public FetchHost(Context context, RuntimeSupport support, EventLoop loop) {
        this.context = context;
        this.loop = loop;
    }

    /** Defines the globals as accessors that load the JS half on first use (a write replaces one). */
    public void install() {
        ProxyExecutable load = args -> globals();
        context.eval(Source.create("js", """
                (load, names) => {
                    const define = (name, value) => Object.defineProperty(globalThis, name,
                        { value, writable: true, enumerable: false, configurable: true });
                    for (const name of names) {
                        Object.defineProperty(globalThis, name, {
                            get() { const all = load(); for (const n of names) if (Object.getOwnPropertyDescriptor(globalThis, n).get !== undefined) define(n, all[n]); return globalThis[name]; },
                            set(value) { define(name, value); },
                            enumerable: false, configurable: true,
                        });
                    }
                }""")).executeVoid(load, ProxyArray.fromList(new ArrayList<Object>(GLOBALS)));
    }

    private Value globals() {
        return exports().getMember("globals");
    }

    /** The JS half's internals that hmr:http uses (serverRequest, responseAnswer, ...); loads it. */
    Value internals() {
        return exports().getMember("internals");
    }

    private Value exports() {
        if (loaded == null) {
            Value streams = context.eval(Source.newBuilder("js",
                    "(function () { const exports = {}, module = { exports };\n" + resource(STREAMS_RESOURCE)
                            + "\nreturn exports; })()", "hmrc:web-streams-polyfill.js").buildLiteral());
            Value factory = context.eval(Source.newBuilder("js", resource("/dev/hmrc/runtime/host/web-fetch.js"),
                    "hmrc:web-fetch.js").buildLiteral());
            loaded = factory.execute(hostFunctions(), streams);
        }
        return loaded;
    }

    private static String resource(String path) {
        try (InputStream in = FetchHost.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("hmrc: " + path + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProxyObject hostFunctions() {
        return ProxyObject.fromMap(Map.of(
                "send", (ProxyExecutable) this::send,
                "readBody", (ProxyExecutable) this::readBody,
                "writeChunk", (ProxyExecutable) this::writeChunk,
                "endChunks", (ProxyExecutable) args -> { exchange(args[0]).ifPresent(e -> e.requestBody.end(null)); return null; },
                "failChunks", (ProxyExecutable) args -> {
                    exchange(args[0]).ifPresent(e -> e.requestBody.end(new IOException(args[1].asString())));
                    return null;
                },
                "cancel", (ProxyExecutable) args -> { cancel(args[0].asLong()); return null; },
                "utf8Encode", (ProxyExecutable) args -> new String(args[0].asString().getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1),
                "utf8Decode", (ProxyExecutable) args -> new String(args[0].asString().getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8)));
    }

    private java.util.Optional<Exchange> exchange(Value id) {
        return java.util.Optional.ofNullable(exchanges.get(id.asLong()));
    }

    /** Cancels every exchange in flight (the runtime ends). Any thread. */
    public void closeAll() {
        for (Long id : List.copyOf(exchanges.keySet())) {
            cancel(id);
        }
        readers.shutdownNow();
        if (client != null) {
            client.shutdownNow();
        }
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(30))
                    .executor(readers)
                    .build();
        }
        return client;
    }

    /** One request in flight: its response future, its body once there, its streamed request body. */
    private final class Exchange {
        final long id;
        final Runnable release; // the loop stays alive while the response is awaited
        final ChunkPipe requestBody;
        volatile CompletableFuture<HttpResponse<InputStream>> response;
        volatile InputStream body;
        volatile boolean cancelled;
        boolean released;

        Exchange(long id, ChunkPipe requestBody) {
            this.id = id;
            this.requestBody = requestBody;
            this.release = loop.keepAlive();
        }

        synchronized void releaseLoop() {
            if (!released) {
                released = true;
                release.run();
            }
        }
    }

    /** JS: send(method, url, headerList, bodyKind, latin1Body, onResponse, onError) -> id. On the loop. */
    private Object send(Value... args) {
        String method = args[0].asString();
        String url = args[1].asString();
        Value headerList = args[2];
        int bodyKind = args[3].asInt();
        Value onResponse = args[5];
        Value onError = args[6];
        long id = ids.incrementAndGet();
        ChunkPipe pipe = bodyKind == 2 ? new ChunkPipe() : null;
        Exchange exchange = new Exchange(id, pipe);
        exchanges.put(id, exchange);
        HttpRequest request;
        try {
            URI uri = URI.create(url);
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
            if (uri.getScheme().equals("http")) {
                builder.version(HttpClient.Version.HTTP_1_1);
            }
            for (long i = 0; i + 1 < headerList.getArraySize(); i += 2) {
                String name = headerList.getArrayElement(i).asString();
                if (!CLIENT_OWNED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    builder.header(name, headerList.getArrayElement(i + 1).asString());
                }
            }
            switch (bodyKind) {
                case 0 -> {
                    // GET and HEAD without a publisher: the client then sends no Content-Length (as Node)
                    if (method.equals("GET")) {
                        builder.GET();
                    } else if (method.equals("HEAD")) {
                        builder.HEAD();
                    } else {
                        builder.method(method, HttpRequest.BodyPublishers.noBody());
                    }
                }
                case 1 -> builder.method(method, HttpRequest.BodyPublishers.ofByteArray(
                        args[4].asString().getBytes(StandardCharsets.ISO_8859_1)));
                default -> builder.method(method, HttpRequest.BodyPublishers.ofInputStream(() -> pipe));
            }
            request = builder.build();
        } catch (IllegalArgumentException invalid) {
            finish(exchange);
            loop.execute(() -> onError.executeVoid(invalid.getMessage()));
            return id;
        }
        exchange.response = client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        exchange.response.whenComplete((response, failure) -> {
            post(exchange, () -> {
                exchange.releaseLoop();
                if (exchange.cancelled) {
                    if (response != null) {
                        closeQuietly(response.body());
                    }
                    finish(exchange);
                    return;
                }
                if (failure != null) {
                    finish(exchange);
                    onError.executeVoid(describe(failure));
                    return;
                }
                exchange.body = decoded(response);
                onResponse.executeVoid(id, response.statusCode(), "", headerArray(response.headers()));
            });
        });
        return id;
    }

    /** Posts to the loop; a runtime that ended meanwhile just drops the exchange. */
    private void post(Exchange exchange, Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException ended) {
            exchange.releaseLoop();
            exchanges.remove(exchange.id);
        }
    }

    private static ProxyArray headerArray(HttpHeaders headers) {
        List<Object> list = new ArrayList<>();
        for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(":")) {
                continue; // HTTP/2 pseudo-headers
            }
            for (String value : header.getValue()) {
                list.add(name);
                list.add(value);
            }
        }
        return ProxyArray.fromList(list);
    }

    /** The body with gzip or deflate content coding undone (as fetch does). */
    private static InputStream decoded(HttpResponse<InputStream> response) {
        String coding = response.headers().firstValue("content-encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        try {
            return switch (coding) {
                case "gzip", "x-gzip" -> new GZIPInputStream(response.body(), CHUNK_BYTES);
                case "deflate" -> new InflaterInputStream(response.body(), new Inflater());
                default -> response.body();
            };
        } catch (IOException broken) {
            return response.body();
        }
    }

    /** JS: readBody(id, onChunk(latin1 | null), onError(message)); reads one chunk on a virtual thread. */
    private Object readBody(Value... args) {
        long id = args[0].asLong();
        Value onChunk = args[1];
        Value onError = args[2];
        Exchange exchange = exchanges.get(id);
        if (exchange == null || exchange.body == null) {
            onError.executeVoid("the response body was cancelled");
            return null;
        }
        Runnable release = loop.keepAlive();
        readers.execute(() -> {
            byte[] chunk;
            IOException failure = null;
            try {
                byte[] buffer = new byte[CHUNK_BYTES];
                int n = exchange.body.read(buffer);
                chunk = n < 0 ? null : java.util.Arrays.copyOf(buffer, n);
            } catch (IOException e) {
                chunk = null;
                failure = e;
            }
            byte[] read = chunk;
            IOException failed = failure;
            try {
                loop.execute(() -> {
                    try {
                        if (failed != null) {
                            finish(exchange);
                            onError.executeVoid(exchange.cancelled ? "aborted" : describe(failed));
                        } else if (read == null) {
                            finish(exchange);
                            onChunk.executeVoid((Object) null);
                        } else {
                            onChunk.executeVoid(new String(read, StandardCharsets.ISO_8859_1));
                        }
                    } finally {
                        release.run();
                    }
                });
            } catch (RejectedExecutionException ended) {
                release.run();
            }
        });
        return null;
    }

    /** JS: writeChunk(id, latin1, onConsumed): queues one chunk of a streamed request body. */
    private Object writeChunk(Value... args) {
        Exchange exchange = exchanges.get(args[0].asLong());
        if (exchange == null || exchange.requestBody == null) {
            return null;
        }
        Value onConsumed = args[2];
        Runnable release = loop.keepAlive();
        exchange.requestBody.put(args[1].asString().getBytes(StandardCharsets.ISO_8859_1), () -> {
            try {
                loop.execute(() -> {
                    try {
                        onConsumed.executeVoid();
                    } finally {
                        release.run();
                    }
                });
            } catch (RejectedExecutionException ended) {
                release.run();
            }
        }, release);
        return null;
    }

    private void cancel(long id) {
        Exchange exchange = exchanges.get(id);
        if (exchange == null) {
            return;
        }
        exchange.cancelled = true;
        if (exchange.requestBody != null) {
            exchange.requestBody.end(new IOException("aborted"));
        }
        CompletableFuture<HttpResponse<InputStream>> response = exchange.response;
        if (response != null && !response.isDone()) {
            response.cancel(true);
        }
        InputStream body = exchange.body;
        if (body != null) {
            closeQuietly(body);
            finish(exchange);
        }
    }

    private void finish(Exchange exchange) {
        exchanges.remove(exchange.id);
        exchange.releaseLoop();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing a body nobody reads any more
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
