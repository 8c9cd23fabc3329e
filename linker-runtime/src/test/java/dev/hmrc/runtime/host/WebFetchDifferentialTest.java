package dev.hmrc.runtime.host;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmrc.runtime.Linker;
import dev.hmrc.runtime.ProgramRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Fetch globals against Node: each program in {@code src/test/resources/web-fetch/}
 * (Headers, Blob/File, FormData, Request/Response, streams, fetch) is run by {@code node} and by
 * hmrc in both linkers, and the three outputs must be the same. {@code fetch.mjs} talks to a
 * loopback server this test starts (echo, redirects, streaming, gzip, slow answers); its address
 * goes to the program as {@code ./server.mjs}.
 */
class WebFetchDifferentialTest {

    private static final Path CASES = Path.of("src/test/resources/web-fetch");
    private static final Map<String, String> NODE_OUTPUT = new ConcurrentHashMap<>();
    private static HttpServer server;

    @TempDir
    Path program;

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".mjs")).sorted().toList()) {
                for (Linker linker : Linker.values()) {
                    all.add(Arguments.of(file.getFileName().toString(), linker));
                }
            }
        }
        return all.stream();
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", WebFetchDifferentialTest::answer);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void printsWhatNodePrints(String name, Linker linker) throws Exception {
        Files.copy(CASES.resolve(name), program.resolve("main.mjs"));
        Files.writeString(program.resolve("server.mjs"),
                "export const base = \"http://127.0.0.1:" + server.getAddress().getPort() + "\";\n");
        String node = NODE_OUTPUT.computeIfAbsent(name, ignored -> runNode(program));
        ProgramRun run = ProgramRun.run(program, linker);
        assertEquals(node, run.stdout() + "exit " + run.exitStatus() + "\n", name + " under " + linker + "\n" + run.stderr());
    }

    private static String runNode(Path folder) {
        try {
            Process node = new ProcessBuilder("node", "main.mjs").directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = node.getInputStream().readAllBytes();
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), "node did not finish");
            return new String(out, StandardCharsets.UTF_8) + "exit " + node.exitValue() + "\n";
        } catch (IOException e) {
            throw new AssertionError("node (Node.js 18 or newer) must be on the PATH for this test", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The loopback server's routes (the same answers for Node's fetch and hmrc's). */
    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/redirect/")) {
                int left = Integer.parseInt(path.substring("/redirect/".length()));
                redirect(exchange, 302, left <= 1 ? "/echo?from=redirect" : "/redirect/" + (left - 1));
            } else if (path.equals("/see-other")) {
                redirect(exchange, 303, "/echo");
            } else if (path.equals("/found")) {
                redirect(exchange, 302, "/echo");
            } else if (path.equals("/temporary")) {
                redirect(exchange, 307, "/echo");
            } else if (path.startsWith("/status/")) {
                int status = Integer.parseInt(path.substring("/status/".length()));
                if (status == 204) {
                    exchange.sendResponseHeaders(204, -1);
                } else {
                    send(exchange, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8));
                }
            } else if (path.equals("/cookies")) {
                exchange.getResponseHeaders().add("Set-Cookie", "a=1; Path=/");
                exchange.getResponseHeaders().add("Set-Cookie", "b=2");
                send(exchange, 200, "text/plain", new byte[0]);
            } else if (path.equals("/gzip")) {
                ByteArrayOutputStream zipped = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                    gzip.write("unzipped text ".repeat(20).getBytes(StandardCharsets.UTF_8));
                }
                exchange.getResponseHeaders().add("Content-Encoding", "gzip");
                send(exchange, 200, "text/plain", zipped.toByteArray());
            } else if (path.equals("/bytes")) {
                byte[] bytes = new byte[300_000];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (i * 7);
                }
                send(exchange, 200, "application/octet-stream", bytes);
            } else if (path.equals("/stream") || path.equals("/slow-body")) {
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                int parts = path.equals("/stream") ? 5 : 100;
                try {
                    for (int i = 0; i < parts; i++) {
                        out.write(("part " + i + "\n").getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        Thread.sleep(path.equals("/stream") ? 5 : 100);
                    }
                    out.close();
                } catch (InterruptedException | IOException gone) {
                    // the client went away (an aborted or cancelled body)
                }
            } else if (path.equals("/slow")) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
            } else {
                // echo: what the client sent, with the headers both clients send alike
                Map<String, String> headers = new TreeMap<>();
                for (String name : List.of("content-type", "x-test", "accept", "authorization")) {
                    String value = exchange.getRequestHeaders().getFirst(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                }
                // The JDK's client sends "Content-Length: 0" for a DELETE or OPTIONS without a body,
                // where Node sends none: both say "no body", so both show as "none".
                String length = exchange.getRequestHeaders().getFirst("content-length");
                if ("0".equals(length)) {
                    length = null;
                }
                String chunked = exchange.getRequestHeaders().getFirst("transfer-encoding");
                String json = "{\"method\":" + quote(method) + ",\"url\":" + quote(path + (query == null ? "" : "?" + query))
                        + ",\"type\":" + quote(headers.getOrDefault("content-type", ""))
                        + ",\"headers\":" + quote(headers.toString())
                        + ",\"framing\":" + quote(length != null ? "length " + length : chunked != null ? chunked.toLowerCase(Locale.ROOT) : "none")
                        + ",\"body\":" + quote(new String(body, StandardCharsets.UTF_8)) + "}";
                send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
