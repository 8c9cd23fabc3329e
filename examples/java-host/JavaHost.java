import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.JsError;
import dev.hmrc.runtime.ModuleRuntime;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyObject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Java program that owns an HTTP server and its state, and answers every request through
 * a JS handler that hot-reloads: edit {@code js/handler.mjs} or {@code js/greeting.mjs}
 * while it runs, and the next request runs the new code while the Java state (visit counts
 * per path, requests served) and the listening socket stay as they are.
 *
 * <p>It uses hmrc's public API only: a {@link ModuleRuntime} with hot updates on, and
 * {@link ModuleRuntime#callExport}, which calls the handler's current version on the event
 * loop and converts the answer there. Arguments: the folder of JS modules and the port.
 * It stops on a line {@code quit} (or the end of its input). Run it with
 * {@code examples/java-host/run} (see README.md there).
 */
public final class JavaHost {

    /** What the JS handler answered, converted on the loop thread. */
    record Reply(int status, String body) {
        static Reply of(Value answer) {
            if (answer.isString()) {
                return new Reply(200, answer.asString());
            }
            int status = answer.hasMember("status") ? answer.getMember("status").asInt() : 200;
            return new Reply(status, answer.getMember("body").asString());
        }
    }

    public static void main(String[] args) throws Exception {
        Path modules = Path.of(args.length > 0 ? args[0] : "examples/java-host/js");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8081;

        // The Java side's own state: it lives as long as this program, whatever the JS does.
        Map<String, LongAdder> visits = new ConcurrentHashMap<>();
        AtomicLong served = new AtomicLong();

        try (ModuleRuntime runtime = ModuleRuntime.builder(modules).hot(HotOptions.defaults()).build()) {
            // Load the handler once up front, so that a broken module fails the start, not a request.
            runtime.importModule("./handler.mjs").get(60, TimeUnit.SECONDS);

            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> answer(exchange, runtime, visits, served));
            server.start();
            System.out.println("java-host listening on http://127.0.0.1:" + server.getAddress().getPort() + "/");

            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = input.readLine()) != null && !line.trim().equals("quit"); ) {
                // any other line: keep serving
            }
            server.stop(1);
            System.out.println("served " + served.get() + " requests; visits " + new java.util.TreeMap<>(
                    visits.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                            e -> e.getValue().sum()))));
        }
        System.out.println("closed");
    }

    private static void answer(HttpExchange exchange, ModuleRuntime runtime, Map<String, LongAdder> visits,
                               AtomicLong served) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            LongAdder count = visits.computeIfAbsent(path, p -> new LongAdder());
            count.increment();
            // Plain data for the handler: a polyglot proxy over a Java map.
            ProxyObject request = ProxyObject.fromMap(Map.of(
                    "method", exchange.getRequestMethod(),
                    "path", path,
                    "visits", count.sum(),
                    "served", served.incrementAndGet()));
            Reply reply;
            try {
                reply = runtime.callExport("./handler.mjs", "handle", Reply::of, request).get(5, TimeUnit.SECONDS);
            } catch (ExecutionException failed) {
                String why = failed.getCause() instanceof JsError js ? js.error().report() : String.valueOf(failed.getCause());
                System.err.println("java-host: " + path + ": " + why);
                reply = new Reply(500, "the JS handler failed\n");
            } catch (TimeoutException | InterruptedException late) {
                reply = new Reply(503, "the JS handler did not answer in time\n");
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
