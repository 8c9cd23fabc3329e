package dev.hmrc.runtime.host;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmrc.runtime.UncaughtError;
import dev.hmrc.runtime.link.RuntimeSupport;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The Java half of the {@code hmr:http} built-in module: {@code serve({port, hostname,
 * maxBodyBytes, timeout}, handler)} on the JDK's HTTP server ({@code jdk.httpserver}).
 *
 * <p>Each request is read on its own virtual thread (the body up to {@code maxBodyBytes},
 * else 413), handed to the event loop, where the JS handler runs and its answer (or its
 * promise's) is converted, and written back from the virtual thread: a slow client never
 * holds the loop. A handler that throws or rejects gives a 500 and one {@code [http]} line
 * with the error and its mapped stack on stderr; one that does not answer within
 * {@code timeout} ms gives a 503. An open server keeps the loop alive ({@link
 * EventLoop#keepAlive}) until its {@code close()}; {@link #closeAll} stops every server
 * when the runtime ends. The JS half is {@code http-support.js}.
 *
 * <p>Slow or stalled clients: unless set otherwise, {@code sun.net.httpserver.maxReqTime}
 * (time to receive a request's headers and body) is set to 30 s and
 * {@code sun.net.httpserver.maxRspTime} (from the end of the request to the end of the
 * response) to 300 s before the first server starts; connections past them are closed.
 * Malformed requests are answered (400) or dropped by the JDK's server itself.
 *
 * <p>Mutable state: the set of open servers and each server's pending answers are shared
 * between the loop and the request threads (concurrent collections); JS values are touched
 * only on the loop thread.
 */
public final class HttpHost {

    /** The specifier and URL of the built-in module. */
    public static final String URL = "hmr:http";

    /** The global (a registered symbol's description) under which the built-in's exports are reached. */
    public static final String GLOBAL_KEY = "hmrc.builtin.hmr:http";

    /** The built-in module's source text: the same in both linkers. */
    public static final String SOURCE = """
            const http = globalThis[Symbol.for("hmrc.builtin.hmr:http")];
            export const serve = http.serve;
            export const json = http.json;
            export default http;
            """;

    static {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "30");
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", "300");
        }
    }

    private final Context context;
    private final RuntimeSupport support;
    private final EventLoop loop;
    private final PrintStream err;
    private final Function<Value, UncaughtError> describe;
    private final FetchHost fetch;
    private final Set<Server> servers = ConcurrentHashMap.newKeySet();
    private Value exports;

    /**
     * The host of one runtime (on its loop thread).
     *
     * @param context  the runtime's context
     * @param support  the runtime's JS support functions
     * @param loop     the loop that owns the context
     * @param err      where handler errors are reported
     * @param describe how a thrown JS value reads (original positions)
     * @param fetch    the Fetch globals (the handler's Request, its answer's Response)
     */
    public HttpHost(Context context, RuntimeSupport support, EventLoop loop, PrintStream err,
                    Function<Value, UncaughtError> describe, FetchHost fetch) {
        this.context = context;
        this.support = support;
        this.loop = loop;
        this.err = err;
        this.describe = describe;
        this.fetch = fetch;
    }

    /**
     * Defines the hidden global the built-in's source reads (a non-enumerable property under
     * {@code Symbol.for(GLOBAL_KEY)}); the JS half is evaluated on first use.
     */
    public void install() {
        ProxyExecutable load = args -> exports();
        context.eval(Source.create("js", "(load) => { let value; Object.defineProperty(globalThis, Symbol.for("
                + "\"" + GLOBAL_KEY + "\"), { get: () => value === undefined ? (value = load()) : value,"
                + " enumerable: false, configurable: false }); }")).executeVoid(load);
    }

    private Value exports() {
        if (exports == null) {
            try (InputStream in = HttpHost.class.getResourceAsStream("/dev/hmrc/runtime/host/http-support.js")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Value factory = context.eval(Source.newBuilder("js", text, "hmrc:http-support.js").internal(true).buildLiteral());
                exports = factory.execute((ProxyExecutable) this::open, fetch.internals());
            } catch (IOException e) {
                throw new UncheckedIOException("hmrc: http-support.js missing from the class path", e);
            }
        }
        return exports;
    }

    /** Stops every open server (the runtime ends): waiting requests get a 503, written within 1 s. Any thread. */
    public void closeAll() {
        for (Server server : List.copyOf(servers)) {
            server.stop(1);
        }
    }

    /** JS: open(port, hostname, maxBodyBytes, timeoutMs, dispatch) -> [boundPort, close(resolve)]. */
    private Object open(Value... args) {
        int port = args[0].asInt();
        String hostname = args[1].asString();
        int maxBodyBytes = args[2].asInt();
        long timeoutMs = args[3].asLong();
        Value dispatch = args[4];
        InetSocketAddress address;
        try {
            address = new InetSocketAddress(InetAddress.getByName(hostname), port);
        } catch (UnknownHostException unknown) {
            throw jsError("Error", "serve(): unknown hostname " + hostname);
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 512);
        } catch (BindException inUse) {
            throw jsError("Error", "serve(): cannot listen on " + hostname + ":" + port + ": "
                    + (inUse.getMessage() == null ? "address in use" : inUse.getMessage()));
        } catch (IOException failed) {
            throw jsError("Error", "serve(): cannot listen on " + hostname + ":" + port + ": " + failed.getMessage());
        }
        Server server = new Server(http, dispatch, maxBodyBytes, timeoutMs);
        servers.add(server);
        http.createContext("/", server::exchange);
        http.setExecutor(server.executor);
        http.start();
        ProxyExecutable close = closeArgs -> {
            Value resolve = closeArgs[0];
            Runnable untilResolved = loop.keepAlive(); // the loop must live to settle close()'s promise
            Thread.ofPlatform().name("hmrc-http-close").daemon().start(() -> {
                server.stop(1);
                try {
                    loop.execute(() -> {
                        try {
                            resolve.executeVoid();
                        } finally {
                            untilResolved.run();
                        }
                    });
                } catch (RejectedExecutionException ended) {
                    untilResolved.run(); // the runtime ended meanwhile: nobody waits for the promise
                }
            });
            return null;
        };
        return ProxyArray.fromArray(http.getAddress().getPort(), close);
    }

    private RuntimeException jsError(String type, String message) {
        support.function("throwValue").execute(support.newError(type, message));
        return new IllegalStateException("throwValue returned");
    }

    /**
     * What the loop hands back for one request: the whole body, or {@code stream} (a JS
     * {@code { pull(deliver), cancel(reason) }} over a Response's ReadableStream) when it is
     * streamed; {@code abort} aborts the handler's {@code request.signal}.
     */
    private record Answer(int status, List<String> headers, byte[] body, Value stream, Value abort) {
        static Answer plain(int status, String text) {
            return new Answer(status, List.of("content-type", "text/plain; charset=utf-8"),
                    text.getBytes(StandardCharsets.UTF_8), null, null);
        }
    }

    /** One open server: the JDK server, its request threads and the answers it waits for. */
    private final class Server {
        final HttpServer http;
        final Value dispatch;
        final int maxBodyBytes;
        final long timeoutMs;
        final ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("hmrc-http-", 0).factory());
        /** The answers not given yet, each with its request.signal's abort (set on the loop when the handler has run). */
        final Map<CompletableFuture<Answer>, Value[]> pending = new ConcurrentHashMap<>();
        final Set<CompletableFuture<byte[]>> pendingChunks = ConcurrentHashMap.newKeySet();
        final AtomicBoolean stopped = new AtomicBoolean();
        final Runnable release;

        Server(HttpServer http, Value dispatch, int maxBodyBytes, long timeoutMs) {
            this.http = http;
            this.dispatch = dispatch;
            this.maxBodyBytes = maxBodyBytes;
            this.timeoutMs = timeoutMs;
            this.release = loop.keepAlive();
        }

        void stop(int delaySeconds) {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            // Requests still waiting for the loop are answered 503 first, and their handlers'
            // request.signal aborted (on the loop, when it still runs: not when the runtime ends);
            // stop() then waits (up to delaySeconds) for their exchanges to write the 503 before it
            // closes the connections.
            for (Map.Entry<CompletableFuture<Answer>, Value[]> waiting : List.copyOf(pending.entrySet())) {
                if (waiting.getKey().complete(Answer.plain(503, "Service Unavailable: the server is shutting down\n"))) {
                    Value[] abort = waiting.getValue();
                    onLoop(() -> {
                        if (abort[0] != null) {
                            abort[0].executeVoid();
                        }
                    });
                }
            }
            for (CompletableFuture<byte[]> streaming : List.copyOf(pendingChunks)) {
                streaming.completeExceptionally(new IOException("the server is shutting down"));
            }
            try {
                http.stop(delaySeconds);
            } finally {
                executor.shutdown();
                servers.remove(this);
                release.run();
            }
        }

        /** One request, on its own virtual thread. */
        void exchange(HttpExchange exchange) {
            String method = exchange.getRequestMethod();
            String target = exchange.getRequestURI().toString();
            try (exchange) {
                Answer answer = answer(exchange, method, target);
                try {
                    setHeaders(exchange, answer);
                } catch (IllegalArgumentException badHeader) {
                    err.println("[http] " + method + " " + target + " -> 500: the answer has an invalid header: "
                            + badHeader.getMessage());
                    exchange.getResponseHeaders().clear();
                    answer = Answer.plain(500, "Internal Server Error\n");
                    setHeaders(exchange, answer);
                }
                send(exchange, method, target, answer);
            } catch (IOException clientGone) {
                // the client closed the connection or sent a broken body: nobody to answer
            }
        }

        /** Writes the answer: whole, or chunk by chunk as the loop reads its stream. */
        private void send(HttpExchange exchange, String method, String target, Answer answer) throws IOException {
            int status = answer.status();
            boolean noBody = method.equals("HEAD") || status == 204 || status == 304 || status < 200;
            if (answer.stream() == null) {
                HttpHost.send(exchange, noBody, answer);
                return;
            }
            if (noBody) {
                onLoop(() -> answer.stream().invokeMember("cancel"));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, 0);
            OutputStream out = exchange.getResponseBody();
            for (;;) {
                byte[] chunk;
                try {
                    chunk = nextChunk(answer.stream(), method, target);
                } catch (IOException streamFailed) {
                    exchange.close(); // cut short: the client sees the chunked body end early
                    throw streamFailed;
                }
                if (chunk == null) {
                    out.close();
                    return;
                }
                try {
                    out.write(chunk);
                    out.flush();
                } catch (IOException clientGone) {
                    onLoop(() -> {
                        answer.stream().invokeMember("cancel");
                        if (answer.abort() != null) {
                            answer.abort().executeVoid();
                        }
                    });
                    throw clientGone;
                }
            }
        }

        /** The stream's next chunk, read on the loop; null at its end. IOException: it errored or the server stopped. */
        private byte[] nextChunk(Value stream, String method, String target) throws IOException {
            CompletableFuture<byte[]> next = new CompletableFuture<>();
            ProxyExecutable deliver = args -> {
                if (!args[1].isNull()) {
                    UncaughtError error = describe.apply(args[1]);
                    String stack = withoutHostFrames(error.stack());
                    err.println("[http] " + method + " " + target + " -> the response body failed: " + error.headline()
                            + (stack.isEmpty() ? "" : "\n" + stack));
                    next.completeExceptionally(new IOException("the response body failed"));
                } else {
                    next.complete(args[0].isNull() ? null : args[0].asString().getBytes(StandardCharsets.ISO_8859_1));
                }
                return null;
            };
            pendingChunks.add(next);
            try {
                if (stopped.get() || !onLoop(() -> stream.invokeMember("pull", deliver))) {
                    throw new IOException("the server stopped");
                }
                return next.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            } catch (ExecutionException failed) {
                throw new IOException(failed.getCause());
            } finally {
                pendingChunks.remove(next);
            }
        }

        /** Runs a task on the loop; false when the runtime has ended. */
        private boolean onLoop(Runnable task) {
            try {
                loop.execute(task);
                return true;
            } catch (RejectedExecutionException ended) {
                return false;
            }
        }

        private Answer answer(HttpExchange exchange, String method, String target) throws IOException {
            long declared = declaredLength(exchange.getRequestHeaders());
            if (declared > maxBodyBytes) {
                exchange.getResponseHeaders().add("connection", "close");
                return tooLarge();
            }
            byte[] body = readAtMost(exchange.getRequestBody(), maxBodyBytes);
            if (body == null) {
                exchange.getResponseHeaders().add("connection", "close");
                return tooLarge();
            }
            List<String> headerList = new ArrayList<>();
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                for (String value : header.getValue()) {
                    headerList.add(header.getKey().toLowerCase(Locale.ROOT));
                    headerList.add(value);
                }
            }
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            Value[] abort = new Value[1];
            pending.put(answer, abort);
            try {
                if (stopped.get()) {
                    return Answer.plain(503, "Service Unavailable: the server is shutting down\n");
                }
                String url = absoluteUrl(exchange, target);
                try {
                    loop.execute(() -> dispatchOnLoop(method, url, target, headerList, body, answer, abort));
                } catch (RejectedExecutionException ended) {
                    return Answer.plain(503, "Service Unavailable: the runtime has stopped\n");
                }
                try {
                    return answer.get(timeoutMs, TimeUnit.MILLISECONDS);
                } catch (TimeoutException late) {
                    err.println("[http] " + method + " " + target + " -> 503: the handler did not answer within "
                            + timeoutMs + " ms");
                    onLoop(() -> {
                        if (abort[0] != null) {
                            abort[0].executeVoid();
                        }
                    });
                    return Answer.plain(503, "Service Unavailable: the handler did not answer in time\n");
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Answer.plain(503, "Service Unavailable\n");
                } catch (ExecutionException impossible) {
                    return Answer.plain(500, "Internal Server Error\n");
                }
            } finally {
                pending.remove(answer);
            }
        }

        private Answer tooLarge() {
            return Answer.plain(413, "Payload Too Large: the body is limited to " + maxBodyBytes + " bytes\n");
        }

        /** On the loop: runs the JS handler; its answer completes {@code answer}. */
        private void dispatchOnLoop(String method, String url, String target, List<String> headerList, byte[] body,
                                    CompletableFuture<Answer> answer, Value[] abort) {
            if (answer.isDone()) {
                return; // timed out or shut down while queued
            }
            ProxyExecutable done = args -> {
                abort[0] = args[2];
                if (args[1].isNull()) {
                    Answer converted = convert(args[0], args[2]);
                    if (!answer.complete(converted) && converted.stream() != null) {
                        converted.stream().invokeMember("cancel"); // too late: the 503 is out
                    }
                } else {
                    UncaughtError error = describe.apply(args[1]);
                    String stack = withoutHostFrames(error.stack());
                    err.println("[http] " + method + " " + target + " -> 500: " + error.headline()
                            + (stack.isEmpty() ? "" : "\n" + stack));
                    answer.complete(Answer.plain(500, "Internal Server Error\n"));
                }
                return null;
            };
            try {
                Value returned = dispatch.execute(method, url, ProxyArray.fromList(new ArrayList<Object>(headerList)),
                        new String(body, StandardCharsets.ISO_8859_1), done);
                if (abort[0] == null) {
                    abort[0] = returned;
                }
            } catch (RuntimeException failed) {
                err.println("[http] " + method + " " + target + " -> 500: " + failed.getMessage());
                answer.complete(Answer.plain(500, "Internal Server Error\n"));
            }
        }

        private Answer convert(Value answer, Value abort) {
            int status = answer.getArrayElement(0).asInt();
            Value headers = answer.getArrayElement(1);
            List<String> list = new ArrayList<>((int) headers.getArraySize());
            for (long i = 0; i < headers.getArraySize(); i++) {
                list.add(headers.getArrayElement(i).asString());
            }
            String payload = answer.getArrayElement(2).asString();
            boolean bytes = answer.getArrayElement(3).asBoolean();
            Value stream = answer.getArrayElement(4);
            return new Answer(status, list, payload.getBytes(bytes ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8),
                    stream.isNull() ? null : stream, abort);
        }
    }

    /** The stack without the frames of hmrc's own JS (http-support.js calling the handler). */
    static String withoutHostFrames(String stack) {
        return stack.lines().filter(line -> !line.contains("hmrc:http-support.js"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static long declaredLength(Headers headers) {
        String value = headers.getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException malformed) {
            return -1; // the JDK's server has rejected it already
        }
    }

    /** The whole body, or null when it is longer than {@code limit}. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit);
        if (in.read() != -1) {
            return null;
        }
        return body;
    }

    /** Adds the answer's headers (IllegalArgumentException: a name or value the JDK refuses). */
    private static void setHeaders(HttpExchange exchange, Answer answer) {
        Headers headers = exchange.getResponseHeaders();
        for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
            String name = answer.headers().get(i);
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                throw new IllegalArgumentException("name " + quoted(name));
            }
            headers.add(name, answer.headers().get(i + 1));
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    /**
     * The request's absolute URL: {@code http://} and the {@code Host} header (else the address
     * it came to), then the target (already absolute when the client sent the absolute form).
     */
    private static String absoluteUrl(HttpExchange exchange, String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return target;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || host.isEmpty() || !host.chars().allMatch(c -> c > 32 && c < 127 && "/?#@\\\"<>`{}|^".indexOf(c) < 0)) {
            InetSocketAddress local = exchange.getLocalAddress();
            String address = local.getAddress().getHostAddress();
            host = (address.contains(":") ? "[" + address + "]" : address) + ":" + local.getPort();
        }
        return "http://" + host.toLowerCase(Locale.ROOT) + (target.startsWith("/") ? target : "/" + target);
    }

    private static void send(HttpExchange exchange, boolean noBody, Answer answer) throws IOException {
        int status = answer.status();
        if (noBody || answer.body().length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }
}
