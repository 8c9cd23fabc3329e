package dev.hmrc.runtime.host;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ModuleRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code hmr:http} built-in through the Java API, in both linkers: what a handler
 * receives and may answer, errors (500), the body limit (413), the handler timeout (503),
 * malformed requests, stalled and vanishing clients, closing, and no thread left behind.
 * The surefire configuration sets {@code sun.net.httpserver.maxReqTime} to 2 s so that a
 * stalled client is cut off quickly here.
 */
class HttpServeTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    /** A runtime over {@code temp} whose main.mjs is {@code source}; main.mjs exports {@code port}. */
    private ModuleRuntime start(Linker linker, String source) throws Exception {
        Files.writeString(temp.resolve("main.mjs"), source);
        ModuleRuntime runtime = ModuleRuntime.builder(temp.toRealPath()).linker(linker).err(err).build();
        await(runtime.importModule("./main.mjs"));
        return runtime;
    }

    /** A member of main.mjs's namespace, read on the loop. */
    private static <T> T member(ModuleRuntime runtime, String name, java.util.function.Function<org.graalvm.polyglot.Value, T> convert)
            throws Exception {
        org.graalvm.polyglot.Value main = await(runtime.importModule("./main.mjs"));
        return await(runtime.submit(() -> convert.apply(main.getMember(name))));
    }

    private int port(ModuleRuntime runtime) throws Exception {
        return member(runtime, "port", v -> v.asInt());
    }

    private HttpResponse<String> send(int port, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static final String ROUTES = """
            import { serve, json } from "hmr:http";
            let count = 0;
            export const server = serve({ port: 0 }, async (req) => {
              count++;
              switch (req.path) {
                case "/text": return "hello " + count;
                case "/json": return json({ method: req.method, query: req.query, agent: req.headers.get("x-agent"), url: req.url });
                case "/echo": { const text = await req.text(); return { status: 201, headers: { "x-length": text.length, "x-twice": ["a", "b"] }, body: text }; }
                case "/parse": { const value = await req.json(); return { body: { sum: value.a + value.b } }; }
                case "/bytes": return { headers: [["content-type", "application/x-test"]], body: (await req.bytes()).reverse() };
                case "/none": return undefined;
                case "/later": return new Promise((resolve) => setTimeout(() => resolve("later " + count), 20));
                case "/object": return { list: [1, 2] };
                default: return { status: 404, body: "no " + req.path };
              }
            });
            export const port = server.port;
            """;

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aHandlerGetsTheRequestAndItsAnswerIsSent(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, ROUTES)) {
            int port = port(runtime);
            HttpResponse<String> text = send(port, "GET", "/text", null);
            assertEquals(200, text.statusCode());
            assertEquals("hello 1", text.body());
            assertEquals("text/plain; charset=utf-8", text.headers().firstValue("content-type").orElseThrow());

            HttpResponse<String> json = send(port, "GET", "/json?a=1&b=two+words&a=2&c=%C3%A9", null, "x-agent", "test");
            assertEquals(200, json.statusCode());
            assertEquals("{\"method\":\"GET\",\"query\":{\"a\":\"1\",\"b\":\"two words\",\"c\":\"é\"},\"agent\":\"test\","
                    + "\"url\":\"http://127.0.0.1:" + port + "/json?a=1&b=two+words&a=2&c=%C3%A9\"}", json.body());
            assertEquals("application/json; charset=utf-8", json.headers().firstValue("content-type").orElseThrow());

            HttpResponse<String> echo = send(port, "POST", "/echo", "grüße");
            assertEquals(201, echo.statusCode());
            assertEquals("grüße", echo.body());
            assertEquals("5", echo.headers().firstValue("x-length").orElseThrow());
            assertEquals(List.of("a", "b"), echo.headers().allValues("x-twice"));

            assertEquals("{\"sum\":5}", send(port, "PUT", "/parse", "{\"a\":2,\"b\":3}").body());

            HttpResponse<byte[]> bytes = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bytes"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, (byte) 0xff})).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertArrayEquals(new byte[] {(byte) 0xff, 2, 1}, bytes.body());
            assertEquals("application/x-test", bytes.headers().firstValue("content-type").orElseThrow());

            assertEquals(204, send(port, "GET", "/none", null).statusCode());
            assertEquals("later 7", send(port, "GET", "/later", null).body());
            assertEquals("{\"list\":[1,2]}", send(port, "GET", "/object", null).body());
            HttpResponse<String> missing = send(port, "DELETE", "/nowhere", null);
            assertEquals(404, missing.statusCode());
            assertEquals("no /nowhere", missing.body());
            assertEquals("", stderr());
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aThrowingHandlerGivesA500WithTheErrorOnStderrAndTheServerGoesOn(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, """
                import { serve } from "hmr:http";
                export const server = serve({ port: 0 }, (req) => {
                  if (req.path === "/throw") throw new TypeError("no such thing");
                  if (req.path === "/reject") return Promise.reject(new RangeError("too far"));
                  if (req.path === "/status") return { status: 42 };
                  if (req.path === "/name") return { headers: { "bad name": "x" }, body: "no" };
                  if (req.path === "/value") return { headers: { "x-split": "a\\r\\nInjected: yes" }, body: "no" };
                  return "fine";
                });
                export const port = server.port;
                """)) {
            int port = port(runtime);
            HttpResponse<String> thrown = send(port, "GET", "/throw", null);
            assertEquals(500, thrown.statusCode());
            assertEquals("Internal Server Error\n", thrown.body(), "the message stays on the server");
            assertEquals(500, send(port, "GET", "/reject", null).statusCode());
            assertEquals(500, send(port, "GET", "/status", null).statusCode());
            HttpResponse<String> badName = send(port, "GET", "/name", null);
            assertEquals(500, badName.statusCode());
            assertTrue(badName.headers().firstValue("bad name").isEmpty());
            HttpResponse<String> badValue = send(port, "GET", "/value", null);
            assertEquals(500, badValue.statusCode());
            assertTrue(badValue.headers().firstValue("injected").isEmpty(), "no header injection");
            assertEquals("fine", send(port, "GET", "/", null).body());
            String stderr = stderr();
            assertTrue(stderr.contains("[http] GET /throw -> 500: TypeError: no such thing\n"), stderr);
            assertTrue(stderr.contains("main.mjs:3:"), "the stack gives the handler's original line: " + stderr);
            assertTrue(stderr.contains("[http] GET /reject -> 500: RangeError: too far"), stderr);
            assertTrue(stderr.contains("[http] GET /status -> 500: RangeError: the answer's status must be an integer"
                    + " from 100 to 599, got 42"), stderr);
            assertTrue(stderr.contains("[http] GET /name -> 500: the answer has an invalid header: name \"bad name\""), stderr);
            assertTrue(stderr.contains("[http] GET /value -> 500: the answer has an invalid header: "), stderr);
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aBodyOverTheLimitGetsA413AndTheServerGoesOn(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, """
                import { serve } from "hmr:http";
                export const server = serve({ port: 0, maxBodyBytes: 1000 }, async (req) => "got " + (await req.text()).length);
                export const port = server.port;
                """)) {
            int port = port(runtime);
            assertEquals("got 1000", send(port, "POST", "/", "x".repeat(1000)).body());
            // A declared length over the limit is answered from the headers alone, before any of
            // the body is sent. (Over HttpClient, sending the 5 MB body races the server's close
            // after its 413: a reset can drop the answer before the client reads it.)
            try (Socket declared = new Socket("127.0.0.1", port)) {
                declared.setSoTimeout(20_000);
                declared.getOutputStream().write(("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                declared.getOutputStream().flush();
                String answer = readAllQuietly(declared.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
                assertTrue(answer.endsWith("Payload Too Large: the body is limited to 1000 bytes\n"), answer);
            }
            // A chunked body (no length given) is cut off when it passes the limit.
            HttpResponse<String> chunked = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(new byte[1001])))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode());
            assertEquals("got 3", send(port, "POST", "/", "abc").body());
        }
    }

    private static final String STANDARD_ROUTES = """
            import { serve } from "hmr:http";
            export let aborted = 0;
            const ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
            const routes = async (request, server) => {
              switch (request.path) {
                case "/request": return Response.json({
                  method: request.method, url: request.url, isRequest: request instanceof Request,
                  headers: request.headers instanceof Headers, agent: request.headers.get("X-Agent"),
                  body: await request.text(), used: request.bodyUsed, server: server.port === port });
                case "/form": {
                  const form = await request.formData();
                  return new Response([...form].map(([k, v]) => k + "=" + v).join("&"), { status: 202, statusText: "Taken" });
                }
                case "/headers": {
                  const headers = new Headers({ "content-type": "text/x-test" });
                  headers.append("set-cookie", "a=1");
                  headers.append("set-cookie", "b=2");
                  return new Response("with headers", { headers });
                }
                case "/bytes": return new Response(new Uint8Array([0, 255, 10]));
                case "/blob": return new Response(new Blob(["blob ", "body"], { type: "text/x-blob" }));
                case "/redirect": return Response.redirect(new URL("/request", request.url), 307);
                case "/empty": return new Response(null, { status: 204 });
                case "/stream": {
                  let i = 0;
                  return new Response(new ReadableStream({
                    async pull(controller) {
                      await new Promise((resolve) => setTimeout(resolve, 5));
                      if (i < 3) controller.enqueue(ascii("part " + i++ + "\\n"));
                      else controller.close();
                    },
                  }), { headers: { "content-type": "text/plain" } });
                }
                case "/endless": {
                  request.signal.addEventListener("abort", () => { aborted++; });
                  return new Response(new ReadableStream({
                    async pull(controller) {
                      await new Promise((resolve) => setTimeout(resolve, 5));
                      controller.enqueue(new Uint8Array(16384));
                    },
                  }));
                }
                case "/aborted": return String(aborted);
                case "/error": return Response.error();
                case "/broken": return new Response(new ReadableStream({
                  start(controller) { controller.enqueue(ascii("half")); },
                  pull(controller) { controller.error(new RangeError("the source broke")); },
                }));
                default: return new Response("no " + request.path, { status: 404 });
              }
            };
            export const server = FORM;
            export const port = server.port;
            """;

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aStandardHandlerGetsARequestAndAnswersAResponse(Linker linker) throws Exception {
        for (String form : List.of("serve({ port: 0 }, routes)", "serve({ port: 0, fetch: routes })")) {
            err.reset();
            try (ModuleRuntime runtime = start(linker, STANDARD_ROUTES.replace("FORM", form))) {
                int port = port(runtime);
                HttpResponse<String> request = send(port, "POST", "/request?x=%20y", "grüße", "x-agent", "test");
                assertEquals(200, request.statusCode(), form);
                assertEquals("{\"method\":\"POST\",\"url\":\"http://127.0.0.1:" + port + "/request?x=%20y\",\"isRequest\":true,"
                        + "\"headers\":true,\"agent\":\"test\",\"body\":\"grüße\",\"used\":true,\"server\":true}", request.body());
                assertEquals("application/json", request.headers().firstValue("content-type").orElseThrow());

                HttpResponse<String> form1 = send(port, "POST", "/form", "a=1&b=two+words&a=%C3%A9",
                        "content-type", "application/x-www-form-urlencoded");
                assertEquals(202, form1.statusCode());
                assertEquals("a=1&b=two words&a=é", form1.body());

                HttpResponse<String> headers = send(port, "GET", "/headers", null);
                assertEquals("text/x-test", headers.headers().firstValue("content-type").orElseThrow());
                assertEquals(List.of("a=1", "b=2"), headers.headers().allValues("set-cookie"));

                HttpResponse<byte[]> bytes = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/bytes")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertArrayEquals(new byte[] {0, (byte) 255, 10}, bytes.body());
                HttpResponse<String> blob = send(port, "GET", "/blob", null);
                assertEquals("blob body", blob.body());
                assertEquals("text/x-blob", blob.headers().firstValue("content-type").orElseThrow());

                HttpResponse<String> redirect = send(port, "GET", "/redirect", null);
                assertEquals(307, redirect.statusCode());
                assertEquals("http://127.0.0.1:" + port + "/request", redirect.headers().firstValue("location").orElseThrow());
                assertEquals(204, send(port, "GET", "/empty", null).statusCode());

                HttpResponse<String> stream = send(port, "GET", "/stream", null);
                assertEquals("part 0\npart 1\npart 2\n", stream.body());
                assertEquals("chunked", stream.headers().firstValue("transfer-encoding").orElseThrow().toLowerCase());

                HttpResponse<String> missing = send(port, "GET", "/nowhere", null);
                assertEquals(404, missing.statusCode());
                assertEquals("no /nowhere", missing.body());
                assertEquals("", stderr(), form);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void aClientThatLeavesAStreamingAnswerAbortsTheRequestSignal(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, STANDARD_ROUTES.replace("FORM", "serve({ port: 0 }, routes)"))) {
            int port = port(runtime);
            try (Socket leaving = new Socket("127.0.0.1", port)) {
                leaving.setSoTimeout(10_000);
                leaving.getOutputStream().write("GET /endless HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                leaving.getOutputStream().flush();
                assertTrue(leaving.getInputStream().readNBytes(40000).length == 40000, "the stream flows");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String aborted = "0";
            while (aborted.equals("0") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                aborted = send(port, "GET", "/aborted", null).body();
            }
            assertEquals("1", aborted, "request.signal fired once the client had gone");
        }
    }

    /**
     * close() while a handler still awaits: its client gets the 503 and its request.signal
     * aborts (with the JDK's server this is what hmrc can see; a client that leaves before a
     * non-streaming answer cannot be seen, see the README).
     */
    @ParameterizedTest
    @EnumSource(Linker.class)
    void closingTheServerAbortsTheSignalsOfTheRequestsItWillNotAnswer(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, """
                import { serve } from "hmr:http";
                export let waiting = 0;
                export let aborted = "";
                export const server = serve({ port: 0 }, (request) => {
                  waiting++;
                  request.signal.addEventListener("abort", () => { aborted += request.signal.reason.name; });
                  return new Promise(() => {});
                });
                export const port = server.port;
                export const close = () => { server.close(); };
                """)) {
            int port = port(runtime);
            CompletableFuture<HttpResponse<String>> answer = client.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/wait")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (member(runtime, "waiting", v -> v.asInt()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(Integer.valueOf(1), member(runtime, "waiting", v -> v.asInt()), "the handler is awaiting");
            assertEquals("", member(runtime, "aborted", v -> v.asString()), "nothing aborted it yet");
            org.graalvm.polyglot.Value main = await(runtime.importModule("./main.mjs"));
            await(runtime.submit(() -> main.getMember("close").execute()));
            assertEquals(503, await(answer).statusCode());
            String aborted = "";
            while (aborted.isEmpty() && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(10)) {
                Thread.sleep(20);
                aborted = member(runtime, "aborted", v -> v.asString());
            }
            assertEquals("AbortError", aborted, "request.signal aborted once, with the default reason");
        }
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void anErrorResponseOrABrokenStreamIsReported(Linker linker) throws Exception {
        try (ModuleRuntime runtime = start(linker, STANDARD_ROUTES.replace("FORM", "serve({ port: 0 }, routes)"))) {
            int port = port(runtime);
            assertEquals(500, send(port, "GET", "/error", null).statusCode());
            try {
                HttpResponse<String> broken = send(port, "GET", "/broken", null);
                assertTrue(broken.body().startsWith("half"), broken.body());
            } catch (IOException cutShort) {
                // the chunked body ended early: the client may see that as an error
            }
            assertEquals("no /", send(port, "GET", "/", null).body());
            String stderr = stderr();
            assertTrue(stderr.contains("[http] GET /error -> 500: TypeError: the handler answered Response.error()"), stderr);
            assertTrue(stderr.contains("[http] GET /broken -> the response body failed: RangeError: the source broke"), stderr);
        }
    }

    @Test
    void bunsFormKeepsTheLimitsTheErrorsAndItsSocketAcrossUpdates() throws Exception {
        String version = """
                import { serve } from "hmr:http";
                let hits = import.meta.hot.data.hits ?? 0;
                const fetch = async (request) => {
                  if (request.path === "/never") return new Promise(() => {});
                  if (request.path === "/throw") throw new TypeError("standard form");
                  return new Response("VERSION " + (++hits) + " " + (await request.text()).length);
                };
                const server = import.meta.hot.data.server ?? serve({ port: 0, maxBodyBytes: 10, timeout: 300, fetch });
                server.handler = fetch;
                import.meta.hot.dispose((data) => { data.server = server; data.hits = hits; });
                import.meta.hot.accept();
                export const port = server.port;
                """;
        Files.writeString(temp.resolve("main.mjs"), version.replace("VERSION", "one"));
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp.toRealPath()).hot(HotOptions.parse("silent"))
                .hotListener(lines::add).err(err).build()) {
            await(runtime.importModule("./main.mjs"));
            int port = port(runtime);
            assertEquals("one 1 3", send(port, "POST", "/", "abc").body());
            assertEquals(413, send(port, "POST", "/", "x".repeat(11)).statusCode());
            assertEquals(503, send(port, "GET", "/never", null).statusCode());
            assertEquals(500, send(port, "GET", "/throw", null).statusCode());
            assertTrue(stderr().contains("[http] GET /throw -> 500: TypeError: standard form"), stderr());
            assertTrue(stderr().contains("[http] GET /never -> 503: the handler did not answer within 300 ms"), stderr());
            Files.writeString(temp.resolve("main.mjs"), version.replace("VERSION", "two"));
            String line = lines.poll(30, TimeUnit.SECONDS);
            assertNotNull(line);
            assertTrue(line.startsWith("[hot] Loaded 1 new module"), line);
            assertEquals("two 2 0", send(port, "GET", "/", null).body(), "same socket, new code, state kept");
            assertEquals(port, port(runtime));
        }
    }

    @Test
    void aHandlerThatNeverAnswersTimesOutWith503() throws Exception {
        try (ModuleRuntime runtime = start(Linker.HMRC, """
                import { serve } from "hmr:http";
                export const server = serve({ port: 0, timeout: 300 }, (req) =>
                  req.path === "/never" ? new Promise(() => {}) : "quick");
                export const port = server.port;
                """)) {
            int port = port(runtime);
            long started = System.nanoTime();
            HttpResponse<String> never = send(port, "GET", "/never", null);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(503, never.statusCode());
            assertTrue(tookMs >= 290, "answered after " + tookMs + " ms, before the timeout");
            assertEquals("quick", send(port, "GET", "/", null).body());
            assertTrue(stderr().contains("[http] GET /never -> 503: the handler did not answer within 300 ms"), stderr());
        }
    }

    @Test
    void malformedStalledAndVanishingClientsDoNotStopTheServer() throws Exception {
        try (ModuleRuntime runtime = start(Linker.HMRC, """
                import { serve } from "hmr:http";
                let slowAnswered = 0;
                export const server = serve({ port: 0 }, (req) => req.path === "/slow"
                  ? new Promise((resolve) => setTimeout(() => { slowAnswered++; resolve("slow"); }, 200))
                  : "ok " + slowAnswered);
                export const port = server.port;
                """)) {
            int port = port(runtime);
            // Garbage instead of a request line: the JDK's server answers 400 or drops it.
            try (Socket garbage = new Socket("127.0.0.1", port)) {
                garbage.setSoTimeout(10_000);
                garbage.getOutputStream().write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String answer = readAll(garbage.getInputStream());
                assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer);
            }
            // A header line longer than the server allows.
            try (Socket huge = new Socket("127.0.0.1", port)) {
                huge.setSoTimeout(10_000);
                OutputStream out = huge.getOutputStream();
                out.write(("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(500_000) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = readAllQuietly(huge.getInputStream());
                assertTrue(!answer.startsWith("HTTP/1.1 200"), answer);
            } catch (IOException reset) {
                // the server may close the connection while the client still writes
            }
            // A client that stalls half way through its headers is cut off (maxReqTime, 2 s here)
            // and holds no one up meanwhile.
            try (Socket stalled = new Socket("127.0.0.1", port)) {
                stalled.setSoTimeout(20_000);
                stalled.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Half".getBytes(StandardCharsets.US_ASCII));
                stalled.getOutputStream().flush();
                assertEquals("ok 0", send(port, "GET", "/", null).body());
                long started = System.nanoTime();
                String answer = readAllQuietly(stalled.getInputStream());
                long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertTrue(!answer.startsWith("HTTP/1.1 200"), answer);
                assertTrue(waitedMs < 15_000, "the stalled connection stayed open " + waitedMs + " ms");
            }
            // A client that leaves before its answer is ready: the answer goes nowhere, quietly.
            try (Socket leaving = new Socket("127.0.0.1", port)) {
                leaving.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                leaving.getOutputStream().flush();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            String after = "";
            while (!after.equals("ok 1") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                after = send(port, "GET", "/", null).body();
            }
            assertEquals("ok 1", after, "the handler of the vanished client ran and the server still answers");
            assertEquals("", stderr());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static String readAllQuietly(InputStream in) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            in.transferTo(read);
        } catch (IOException reset) {
            // a reset ends the answer as well as a close does
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @EnumSource(Linker.class)
    void anOpenServerKeepsAProgramRunningUntilItIsClosed(Linker linker) throws Exception {
        Files.writeString(temp.resolve("main.mjs"), """
                import { serve } from "hmr:http";
                const server = serve({ port: 0 }, (req) => {
                  setTimeout(() => server.close().then(() => console.log("closed")), 10);
                  return "bye";
                });
                console.log("port " + server.port);
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> ModuleRuntime.builder(temp)
                .linker(linker).out(out).err(err).runProgram(List.of("./main.mjs")));
        int bound = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (bound < 0 && System.nanoTime() < deadline) {
            String printed = out.toString(StandardCharsets.UTF_8);
            if (printed.startsWith("port ") && printed.contains("\n")) {
                bound = Integer.parseInt(printed.substring(5, printed.indexOf('\n')));
            } else {
                Thread.sleep(20);
            }
        }
        assertTrue(bound > 0, "no port printed: " + out + stderr());
        Thread.sleep(300);
        assertTrue(!status.isDone(), "the program ended while its server was open");
        assertEquals("bye", send(bound, "GET", "/", null).body());
        assertEquals(0, status.get(30, TimeUnit.SECONDS), stderr());
        assertEquals("port " + bound + "\nclosed\n", out.toString(StandardCharsets.UTF_8));
        int closedPort = bound;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", closedPort).close());
    }

    @Test
    void listeningOnATakenPortIsAnErrorTheModuleCanCatch() throws Exception {
        try (ModuleRuntime runtime = start(Linker.HMRC, """
                import { serve } from "hmr:http";
                export const first = serve({ port: 0 }, () => "first");
                export const port = first.port;
                let message;
                try { serve({ port: first.port }, () => "second"); } catch (e) { message = e.constructor.name + ": " + e.message; }
                export { message };
                let bad;
                try { serve({ port: -1 }, () => ""); } catch (e) { bad = e.constructor.name + ": " + e.message; }
                export { bad };
                """)) {
            int port = port(runtime);
            String message = member(runtime, "message", v -> v.asString());
            assertTrue(message.startsWith("Error: serve(): cannot listen on 127.0.0.1:" + port + ": "), message);
            assertEquals("RangeError: serve(): option \"port\" must be an integer from 0 to 65535, got -1",
                    member(runtime, "bad", v -> v.asString()));
            assertEquals("first", send(port, "GET", "/", null).body());
        }
    }

    @Test
    void closingTheRuntimeStopsItsServersAndLeavesNoThread() throws Exception {
        Set<String> before = threadNames();
        int port;
        try (ModuleRuntime runtime = start(Linker.HMRC, """
                import { serve } from "hmr:http";
                export const server = serve({ port: 0 }, (req) => req.path === "/never" ? new Promise(() => {}) : "up");
                export const port = server.port;
                """)) {
            port = port(runtime);
            assertEquals("up", send(port, "GET", "/", null).body());
            // One request is still waiting for its handler when the runtime closes: it gets a 503.
            try (Socket waiting = new Socket("127.0.0.1", port)) {
                waiting.setSoTimeout(20_000);
                waiting.getOutputStream().write("GET /never HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                waiting.getOutputStream().flush();
                Thread.sleep(300);
                runtime.close();
                String answer = readAllQuietly(waiting.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
            }
        }
        int closedPort = port;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", closedPort).close());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Set<String> left = Set.of();
        while (System.nanoTime() < deadline) {
            left = threadNames().stream().filter(name -> !before.contains(name))
                    .filter(name -> !name.startsWith("HttpClient"))
                    .collect(Collectors.toSet());
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(Set.of(), left, "threads left behind");
    }

    /**
     * The live platform threads but the JDK's virtual-thread scheduler's own: its carrier threads
     * (which outlive the virtual threads they ran by up to 30 s) and its timer thread (started on
     * the first timed park, once per JVM) belong to the JVM, not to the runtime.
     */
    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(thread -> !thread.getClass().getName().equals("jdk.internal.misc.CarrierThread"))
                .map(Thread::getName)
                .filter(name -> !(name.startsWith("ForkJoinPool-") && name.endsWith("-delayScheduler")))
                .collect(Collectors.toSet());
    }

    @Test
    void aSelfAcceptingServerModuleKeepsItsSocketAcrossUpdates() throws Exception {
        String version = """
                import { serve } from "hmr:http";
                const server = import.meta.hot.data.server ?? serve({ port: 0 }, () => "");
                let hits = import.meta.hot.data.hits ?? 0;
                server.handler = () => "VERSION " + (++hits);
                import.meta.hot.dispose((data) => { data.server = server; data.hits = hits; });
                import.meta.hot.accept();
                export const port = server.port;
                """;
        Files.writeString(temp.resolve("main.mjs"), version.replace("VERSION", "one"));
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ModuleRuntime runtime = ModuleRuntime.builder(temp.toRealPath()).hot(HotOptions.parse("silent"))
                .hotListener(lines::add).err(err).build()) {
            await(runtime.importModule("./main.mjs"));
            int port = port(runtime);
            assertEquals("one 1", send(port, "GET", "/", null).body());
            Files.writeString(temp.resolve("main.mjs"), version.replace("VERSION", "two"));
            String line = lines.poll(30, TimeUnit.SECONDS);
            assertNotNull(line);
            assertTrue(line.startsWith("[hot] Loaded 1 new module"), line);
            assertEquals("two 2", send(port, "GET", "/", null).body(), "same socket, new code, state kept");
            assertEquals(port, port(runtime));
        }
    }
}
