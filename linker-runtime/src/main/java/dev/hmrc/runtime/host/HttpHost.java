package dev.hmrc.runtime.host;

import dev.hmrc.runtime.UncaughtError;
import dev.hmrc.runtime.link.RuntimeSupport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The Java half of the {@code hmr:http} built-in module: {@code serve({port, hostname,
 * maxBodyBytes, timeout}, handler)} on Netty's HTTP/1.1 codec and NIO transport.
 *
 * <p>Each server has its own two Netty I/O threads (daemon, stopped with the server). A
 * request is read there (the body up to {@code maxBodyBytes}, else 413), handed to the event
 * loop, where the JS handler runs and its answer (or its promise's) is converted, and written
 * back from the I/O thread: a slow client never holds the loop. A handler that throws or
 * rejects gives a 500 and one {@code [http]} line with the error and its mapped stack on
 * stderr; one that does not answer within {@code timeout} ms gives a 503. Netty reads every
 * connection all along, so a client that closes its connection before its answer is written is
 * seen at once and its request's {@code signal} aborts. An open server keeps the loop alive
 * ({@link EventLoop#keepAlive}) until its {@code close()}; {@link #closeAll} stops every server
 * when the runtime ends. The JS half is {@code http-support.js}.
 *
 * <p>Slow or stalled clients (the JDK server's property names, kept): a request whose headers
 * and body take longer than {@code sun.net.httpserver.maxReqTime} seconds (default 30) to
 * arrive, an answer not written within {@code sun.net.httpserver.maxRspTime} (default 300) of
 * its request, and a kept-alive connection idle for {@code sun.net.httpserver.idleInterval}
 * (default 30) are closed. Malformed requests are answered 400 (414, 431 for a request line or
 * headers over 16 KiB / 64 KiB) and the connection closed.
 *
 * <p>Mutable state: the set of open servers, each server's connections and pending answers are
 * shared between the loop, the I/O threads and the closing thread (concurrent collections); a
 * connection's own state is touched on its I/O thread only; JS values only on the loop thread.
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

    private static final int IO_THREADS = 2;
    private static final int MAX_INITIAL_LINE = 16 * 1024;
    private static final int MAX_HEADER_SIZE = 64 * 1024;
    private static final long MAX_REQUEST_SECONDS = Long.getLong("sun.net.httpserver.maxReqTime", 30);
    private static final long MAX_RESPONSE_SECONDS = Long.getLong("sun.net.httpserver.maxRspTime", 300);
    private static final long IDLE_SECONDS = Long.getLong("sun.net.httpserver.idleInterval", 30);

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
        Server server = new Server(dispatch, maxBodyBytes, timeoutMs);
        Throwable failed = server.bind(address);
        if (failed != null) {
            String message = failed.getMessage() != null ? failed.getMessage()
                    : failed instanceof BindException ? "address in use" : failed.toString();
            throw jsError("Error", "serve(): cannot listen on " + hostname + ":" + port + ": " + message);
        }
        servers.add(server);
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
        return ProxyArray.fromArray(server.port(), close);
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

    /** One open server: its listening channel, its I/O threads, its connections and the answers it waits for. */
    private final class Server {
        final Value dispatch;
        final int maxBodyBytes;
        final long timeoutMs;
        /** Netty's I/O threads (daemon): accept, read and write; the handler runs on the runtime's loop. */
        final EventLoopGroup io = new MultiThreadIoEventLoopGroup(IO_THREADS,
                new DefaultThreadFactory("hmrc-http", true), NioIoHandler.newFactory());
        final Set<Connection> connections = ConcurrentHashMap.newKeySet();
        /** The answers not given yet, each with its request.signal's abort (set on the loop when the handler has run). */
        final Map<CompletableFuture<Answer>, Value[]> pending = new ConcurrentHashMap<>();
        final Set<CompletableFuture<byte[]>> pendingChunks = ConcurrentHashMap.newKeySet();
        final AtomicBoolean stopped = new AtomicBoolean();
        Channel listener;
        Runnable release;

        Server(Value dispatch, int maxBodyBytes, long timeoutMs) {
            this.dispatch = dispatch;
            this.maxBodyBytes = maxBodyBytes;
            this.timeoutMs = timeoutMs;
        }

        /** Listens on {@code address}; the failure, or null. */
        Throwable bind(InetSocketAddress address) {
            ServerBootstrap bootstrap = new ServerBootstrap().group(io).channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 512)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            Connection connection = new Connection(Server.this, channel);
                            channel.pipeline().addLast(connection.bytes,
                                    new HttpServerCodec(MAX_INITIAL_LINE, MAX_HEADER_SIZE, 8192), connection);
                        }
                    });
            ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
            if (!bound.isSuccess()) {
                io.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
                return bound.cause();
            }
            listener = bound.channel();
            release = loop.keepAlive();
            return null;
        }

        int port() {
            return ((InetSocketAddress) listener.localAddress()).getPort();
        }

        void stop(int delaySeconds) {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            try {
                listener.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
                // Requests still waiting for the loop are answered 503 first, and their handlers'
                // request.signal aborted (on the loop, when it still runs: not when the runtime ends);
                // then (up to delaySeconds) the connections finish the answers they write and close.
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
                for (Connection connection : List.copyOf(connections)) {
                    connection.closeWhenIdle();
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(delaySeconds);
                while (!connections.isEmpty() && System.nanoTime() < deadline) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                for (Connection connection : List.copyOf(connections)) {
                    connection.channel.close();
                }
            } finally {
                io.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
                servers.remove(this);
                release.run();
            }
        }

        /** Runs a task on the loop; false when the runtime has ended. */
        boolean onLoop(Runnable task) {
            try {
                loop.execute(task);
                return true;
            } catch (RejectedExecutionException ended) {
                return false;
            }
        }

        Answer tooLarge() {
            return Answer.plain(413, "Payload Too Large: the body is limited to " + maxBodyBytes + " bytes\n");
        }

        /** On the loop: runs the JS handler; its answer completes {@code answer}. */
        void dispatchOnLoop(String method, String url, String target, List<String> headerList, byte[] body,
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

        /** The stream's next chunk, read on the loop; completes with null at its end, exceptionally when it failed or the server stopped. */
        CompletableFuture<byte[]> nextChunk(Value stream, String method, String target) {
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
            next.whenComplete((chunk, failure) -> pendingChunks.remove(next));
            if (stopped.get() || !onLoop(() -> stream.invokeMember("pull", deliver))) {
                next.completeExceptionally(new IOException("the server stopped"));
            }
            return next;
        }
    }

    /** One request on a connection: read on the connection's I/O thread, answered by the loop. */
    private static final class Exchange {
        final String method;
        final String target;
        final HttpHeaders headers;
        final boolean keepAlive;
        final boolean http10;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final CompletableFuture<Answer> answer = new CompletableFuture<>();
        final Value[] abort = new Value[1];
        /** Set when the body passed the limit: the rest of the request is discarded. */
        boolean tooLarge;
        /** The whole request has been read (its last content). */
        boolean read;
        /** The answer is being written as a stream. */
        Answer streaming;

        Exchange(HttpRequest request) {
            this.method = request.method().name();
            this.target = request.uri();
            this.headers = request.headers();
            this.keepAlive = HttpUtil.isKeepAlive(request);
            this.http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
        }
    }

    /**
     * One client connection: its request timers and the exchange it reads or answers. Every field
     * is touched on the connection's I/O thread only ({@link #closeWhenIdle} hops there). Netty
     * reads the connection all along, so a client that leaves is seen at once ({@link
     * #channelInactive}): the exchange's request.signal aborts.
     */
    private final class Connection extends ChannelInboundHandlerAdapter {
        final Server server;
        final SocketChannel channel;
        /** In front of the HTTP codec: the first bytes of a request start its deadline. */
        final ChannelInboundHandlerAdapter bytes = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (current == null && !discarding && requestDeadline == null) {
                    cancel(idleDeadline);
                    idleDeadline = null;
                    requestDeadline = channel.eventLoop().schedule(() -> {
                        channel.close(); // the request took longer than maxReqTime to arrive
                    }, MAX_REQUEST_SECONDS, TimeUnit.SECONDS);
                }
                ctx.fireChannelRead(message);
            }
        };
        final ArrayDeque<HttpObject> backlog = new ArrayDeque<>();
        Exchange current;
        /** After a refused request (413, 400): its input is dropped until the connection closes. */
        boolean discarding;
        boolean closeAfterAnswer;
        boolean gone;
        ScheduledFuture<?> idleDeadline;
        ScheduledFuture<?> requestDeadline;
        ScheduledFuture<?> answerDeadline;
        ScheduledFuture<?> handlerTimeout;

        Connection(Server server, SocketChannel channel) {
            this.server = server;
            this.channel = channel;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            server.connections.add(this);
            if (server.stopped.get()) {
                channel.close();
                return;
            }
            startIdle();
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            gone = true;
            server.connections.remove(this);
            cancelTimers();
            for (HttpObject queued : backlog) {
                ReferenceCountUtil.release(queued);
            }
            backlog.clear();
            Exchange exchange = current;
            current = null;
            if (exchange != null && exchange.read && (!exchange.answer.isDone() || exchange.streaming != null)) {
                // The client left before its answer was (fully) written: its request.signal aborts,
                // and the stream being written is cancelled.
                Answer streaming = exchange.streaming;
                server.onLoop(() -> {
                    if (streaming != null) {
                        streaming.stream().invokeMember("cancel");
                    }
                    if (exchange.abort[0] != null) {
                        exchange.abort[0].executeVoid();
                    }
                });
            }
            ctx.fireChannelInactive();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            channel.close(); // a reset or a broken connection: nobody to answer
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (!(message instanceof HttpObject object)) {
                ReferenceCountUtil.release(message);
                return;
            }
            if (discarding || gone) {
                ReferenceCountUtil.release(object);
                return;
            }
            if (current != null && current.read) {
                backlog.add(object); // pipelined: answered in turn
                if (backlog.size() > 64) {
                    channel.config().setAutoRead(false);
                }
                return;
            }
            take(object);
        }

        /** A decoded request part, for the exchange being read (or a new one). */
        private void take(HttpObject object) {
            try {
                if (object instanceof HttpRequest request) {
                    begin(request);
                }
                if (object instanceof HttpContent content && current != null && !current.read && !discarding) {
                    if (content.decoderResult().isFailure()) {
                        refuse(Answer.plain(400, "Bad Request\n"));
                        return;
                    }
                    Exchange exchange = current;
                    ByteBuf data = content.content();
                    if (exchange.body.size() + data.readableBytes() > server.maxBodyBytes) {
                        refuse(server.tooLarge());
                        return;
                    }
                    data.readBytes(exchange.body, data.readableBytes());
                    if (content instanceof LastHttpContent) {
                        exchange.read = true;
                        cancel(requestDeadline);
                        requestDeadline = null;
                        answerDeadline = channel.eventLoop().schedule(() -> {
                            channel.close(); // the answer took longer than maxRspTime
                        }, MAX_RESPONSE_SECONDS, TimeUnit.SECONDS);
                        dispatch(exchange);
                    }
                }
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            } finally {
                ReferenceCountUtil.release(object);
            }
        }

        private void begin(HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                Throwable cause = request.decoderResult().cause();
                int status = cause instanceof TooLongHttpHeaderException ? 431
                        : cause instanceof TooLongHttpLineException ? 414 : 400;
                current = null;
                refuse(Answer.plain(status, HttpResponseStatus.valueOf(status).reasonPhrase() + "\n"));
                return;
            }
            current = new Exchange(request);
            long declared = declaredLength(request.headers());
            if (declared > server.maxBodyBytes) {
                refuse(server.tooLarge());
                return;
            }
            if (HttpUtil.is100ContinueExpected(request)) {
                channel.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                        Unpooled.EMPTY_BUFFER));
            }
        }

        /** Answers a request that will not reach the handler, then closes (its input dropped meanwhile). */
        private void refuse(Answer answer) {
            discarding = true;
            cancelTimers();
            Exchange exchange = current;
            current = null;
            String method = exchange == null ? "GET" : exchange.method;
            FullHttpResponse response = fullResponse(answer, method, "close");
            channel.writeAndFlush(response).addListener(written -> {
                // The client may still be sending: shut the output, keep reading (and dropping)
                // for a moment, so that a reset does not cut off the answer before it is read.
                channel.shutdownOutput();
                channel.eventLoop().schedule(() -> {
                    channel.close();
                }, 2, TimeUnit.SECONDS);
            });
        }

        /** Hands a whole request to the loop; its answer is written when the loop completes it. */
        private void dispatch(Exchange exchange) {
            CompletableFuture<Answer> answer = exchange.answer;
            if (server.stopped.get()) {
                answer.complete(Answer.plain(503, "Service Unavailable: the server is shutting down\n"));
            } else {
                List<String> headerList = new ArrayList<>(exchange.headers.size() * 2);
                for (Map.Entry<String, String> header : exchange.headers) {
                    headerList.add(header.getKey().toLowerCase(Locale.ROOT));
                    headerList.add(header.getValue());
                }
                String url = absoluteUrl(exchange.headers.get(HttpHeaderNames.HOST),
                        (InetSocketAddress) channel.localAddress(), exchange.target);
                byte[] body = exchange.body.toByteArray();
                server.pending.put(answer, exchange.abort);
                try {
                    loop.execute(() -> server.dispatchOnLoop(exchange.method, url, exchange.target, headerList, body,
                            answer, exchange.abort));
                    handlerTimeout = channel.eventLoop().schedule(() -> {
                        if (answer.complete(Answer.plain(503, "Service Unavailable: the handler did not answer in time\n"))) {
                            err.println("[http] " + exchange.method + " " + exchange.target
                                    + " -> 503: the handler did not answer within " + server.timeoutMs + " ms");
                            server.onLoop(() -> {
                                if (exchange.abort[0] != null) {
                                    exchange.abort[0].executeVoid();
                                }
                            });
                        }
                    }, server.timeoutMs, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException ended) {
                    answer.complete(Answer.plain(503, "Service Unavailable: the runtime has stopped\n"));
                }
            }
            answer.whenComplete((given, impossible) -> {
                server.pending.remove(answer);
                try {
                    channel.eventLoop().execute(() -> respond(exchange, given));
                } catch (RejectedExecutionException closed) {
                    cancelStream(given); // the server's I/O threads have stopped
                }
            });
        }

        private void cancelStream(Answer given) {
            if (given.stream() != null) {
                server.onLoop(() -> given.stream().invokeMember("cancel"));
            }
        }

        /** On the I/O thread: writes the answer (whole, or its stream's first chunk and on). */
        private void respond(Exchange exchange, Answer answer) {
            cancel(handlerTimeout);
            handlerTimeout = null;
            if (gone || current != exchange) {
                cancelStream(answer); // the client left: the answer goes nowhere
                return;
            }
            if (!exchange.keepAlive || server.stopped.get() || hasToken(answer, "connection", "close")) {
                closeAfterAnswer = true;
            }
            boolean noBody = noBody(exchange.method, answer.status());
            if (answer.stream() == null || noBody) {
                cancelStream(answer);
                FullHttpResponse response;
                try {
                    response = fullResponse(answer, exchange.method, closeAfterAnswer ? "close"
                            : exchange.http10 ? "keep-alive" : null);
                } catch (IllegalArgumentException badHeader) {
                    err.println("[http] " + exchange.method + " " + exchange.target
                            + " -> 500: the answer has an invalid header: " + badHeader.getMessage());
                    response = fullResponse(Answer.plain(500, "Internal Server Error\n"), exchange.method,
                            closeAfterAnswer ? "close" : null);
                }
                channel.writeAndFlush(response).addListener(written -> finish(exchange, written.isSuccess()));
                return;
            }
            HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()));
            try {
                addHeaders(head.headers(), answer);
            } catch (IllegalArgumentException badHeader) {
                err.println("[http] " + exchange.method + " " + exchange.target
                        + " -> 500: the answer has an invalid header: " + badHeader.getMessage());
                cancelStream(answer);
                channel.writeAndFlush(fullResponse(Answer.plain(500, "Internal Server Error\n"), exchange.method,
                        closeAfterAnswer ? "close" : null))
                        .addListener(written -> finish(exchange, written.isSuccess()));
                return;
            }
            if (exchange.http10) {
                closeAfterAnswer = true; // no chunked encoding in HTTP/1.0: the body ends with the connection
            } else {
                HttpUtil.setTransferEncodingChunked(head, true);
            }
            if (closeAfterAnswer) {
                head.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            }
            exchange.streaming = answer;
            channel.writeAndFlush(head);
            pull(exchange, answer);
        }

        /** Asks the loop for the stream's next chunk and writes it; the write's end asks for the next. */
        private void pull(Exchange exchange, Answer answer) {
            server.nextChunk(answer.stream(), exchange.method, exchange.target).whenComplete((chunk, failed) -> {
                try {
                    channel.eventLoop().execute(() -> {
                        if (gone || current != exchange) {
                            return; // channelInactive cancelled the stream
                        }
                        if (failed != null) {
                            exchange.streaming = null;
                            channel.close(); // cut short: the client sees the chunked body end early
                            return;
                        }
                        if (chunk == null) {
                            exchange.streaming = null;
                            channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT)
                                    .addListener(written -> finish(exchange, written.isSuccess()));
                            return;
                        }
                        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(chunk))).addListener(written -> {
                            if (written.isSuccess()) {
                                pull(exchange, answer);
                            } else {
                                channel.close(); // the client left: channelInactive aborts and cancels
                            }
                        });
                    });
                } catch (RejectedExecutionException closed) {
                    server.onLoop(() -> answer.stream().invokeMember("cancel"));
                }
            });
        }

        /** The exchange's answer is written: the next request (queued or to come), or the close. */
        private void finish(Exchange exchange, boolean written) {
            if (current != exchange) {
                return;
            }
            current = null;
            cancel(answerDeadline);
            answerDeadline = null;
            if (!written || closeAfterAnswer || gone) {
                channel.close();
                return;
            }
            startIdle();
            while (current == null && !backlog.isEmpty() && !discarding) {
                take(backlog.poll());
                while (current != null && !current.read && !backlog.isEmpty() && !discarding) {
                    take(backlog.poll());
                }
            }
            if (current != null && !current.read && requestDeadline == null && !discarding) {
                // a queued request still arriving: it has maxReqTime, as one read afresh has
                requestDeadline = channel.eventLoop().schedule(() -> {
                    channel.close();
                }, MAX_REQUEST_SECONDS, TimeUnit.SECONDS);
            }
            if (backlog.size() <= 64) {
                channel.config().setAutoRead(true);
            }
        }

        /** Closes the connection now when it neither reads nor answers a request, else after its answer. Any thread. */
        void closeWhenIdle() {
            try {
                channel.eventLoop().execute(() -> {
                    if (current == null && requestDeadline == null) {
                        channel.close();
                    } else {
                        closeAfterAnswer = true;
                    }
                });
            } catch (RejectedExecutionException stopped) {
                channel.close();
            }
        }

        private void startIdle() {
            cancel(idleDeadline);
            idleDeadline = channel.eventLoop().schedule(() -> {
                if (current == null) {
                    channel.close(); // a kept-alive connection unused for idleInterval
                }
            }, IDLE_SECONDS, TimeUnit.SECONDS);
            cancel(requestDeadline);
            requestDeadline = null;
        }

        private void cancelTimers() {
            cancel(idleDeadline);
            cancel(requestDeadline);
            cancel(answerDeadline);
            cancel(handlerTimeout);
            idleDeadline = null;
            requestDeadline = null;
            answerDeadline = null;
            handlerTimeout = null;
        }
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private static boolean noBody(String method, int status) {
        return method.equals("HEAD") || status == 204 || status == 304 || status < 200;
    }

    private static boolean hasToken(Answer answer, String name, String token) {
        for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
            if (answer.headers().get(i).equalsIgnoreCase(name)
                    && answer.headers().get(i + 1).toLowerCase(Locale.ROOT).contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A whole answer: its headers, its length, its body (none for HEAD, 1xx, 204, 304), and a
     * {@code connection} header when {@code connection} is not null. IllegalArgumentException: a bad header.
     */
    private static FullHttpResponse fullResponse(Answer answer, String method, String connection) {
        boolean noBody = noBody(method, answer.status());
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(answer.status()),
                noBody || answer.body().length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(answer.body()));
        addHeaders(response.headers(), answer);
        if (answer.status() >= 200 && answer.status() != 204 && answer.status() != 304) {
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, answer.stream() == null ? answer.body().length : 0);
        }
        if (connection != null) {
            response.headers().set(HttpHeaderNames.CONNECTION, connection);
        }
        return response;
    }

    /** Adds the answer's headers and a Date (IllegalArgumentException: a name or value HTTP refuses). */
    private static void addHeaders(HttpHeaders headers, Answer answer) {
        headers.set(HttpHeaderNames.DATE, DateFormatter.format(new Date()));
        for (int i = 0; i + 1 < answer.headers().size(); i += 2) {
            String name = answer.headers().get(i);
            String value = answer.headers().get(i + 1);
            if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                throw new IllegalArgumentException("name " + quoted(name));
            }
            if (!value.chars().allMatch(c -> c == '\t' || (c >= 32 && c < 256 && c != 127))) {
                throw new IllegalArgumentException("value " + quoted(value) + " of " + name);
            }
            if (name.equalsIgnoreCase("content-length") || name.equalsIgnoreCase("transfer-encoding")) {
                continue; // the server frames the body itself
            }
            headers.add(name, value);
        }
    }

    private static long declaredLength(HttpHeaders headers) {
        String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException malformed) {
            return -1; // the codec has rejected it already
        }
    }

    /**
     * The request's absolute URL: {@code http://} and the {@code Host} header (else the address
     * it came to), then the target (already absolute when the client sent the absolute form).
     */
    private static String absoluteUrl(String host, InetSocketAddress local, String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return target;
        }
        if (host == null || host.isEmpty() || !host.chars().allMatch(c -> c > 32 && c < 127 && "/?#@\\\"<>`{}|^".indexOf(c) < 0)) {
            String address = local.getAddress().getHostAddress();
            host = (address.contains(":") ? "[" + address + "]" : address) + ":" + local.getPort();
        }
        return "http://" + host.toLowerCase(Locale.ROOT) + (target.startsWith("/") ? target : "/" + target);
    }

    /** The stack without the frames of hmrc's own JS (http-support.js calling the handler). */
    static String withoutHostFrames(String stack) {
        return stack.lines().filter(line -> !line.contains("hmrc:http-support.js"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
