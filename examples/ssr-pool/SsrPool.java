import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.JsError;
import dev.hmrc.runtime.ModuleRuntime;
import dev.hmrc.runtime.ModuleRuntimePool;
import dev.hmrc.runtime.UpdateOutcome;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-side rendering from a pool of runtimes: a Java HTTP server renders every page through
 * a JS renderer ({@code js/render.mjs}) on the next runtime of a {@link ModuleRuntimePool};
 * the renderer reads products from a Java service it imports from a Java-backed module
 * ({@code import { catalog, siteName } from 'java:shop'}), which it may call because the
 * service's methods are annotated {@link HostAccess.Export} (the pool's host access is
 * {@link HostAccess#EXPLICIT}). Edit {@code js/render.mjs} or {@code js/layout.mjs} while it
 * serves: the pool's one watcher transforms the file once and every runtime applies the
 * update on its own loop; the sockets, the service and the request counter stay as they are.
 * {@code /site-name?value=...} replaces the {@code siteName} export from Java in every runtime
 * (the renderer reads it through its live binding). {@code /stats} is answered by Java.
 *
 * <p>Arguments: the folder of JS modules, the port, the pool size. It stops on a line
 * {@code quit} (or the end of its input). Run it with {@code examples/ssr-pool/run}.
 */
public final class SsrPool {

    /** A product of the catalog. */
    public record Product(String id, String name, int cents) {
    }

    /** The Java service the renderer calls: only the {@code @HostAccess.Export} methods are visible to JS. */
    public static final class Catalog {
        private final List<Product> products = List.of(
                new Product("tea", "Green tea", 450), new Product("cake", "Lemon cake", 320),
                new Product("soup", "Miso soup", 600));
        private final AtomicLong lookups = new AtomicLong();

        @HostAccess.Export
        public int size() {
            return products.size();
        }

        @HostAccess.Export
        public String name(int index) {
            lookups.incrementAndGet();
            return products.get(index).name();
        }

        @HostAccess.Export
        public String price(int index) {
            return String.format("%d.%02d", products.get(index).cents() / 100, products.get(index).cents() % 100);
        }

        /** Not exported: JS cannot call it. */
        public long lookups() {
            return lookups.get();
        }
    }

    public static void main(String[] args) throws Exception {
        Path modules = Path.of(args.length > 0 ? args[0] : "examples/ssr-pool/js");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8082;
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 4;

        Catalog catalog = new Catalog();
        AtomicLong served = new AtomicLong();
        ModuleRuntime.Builder builder = ModuleRuntime.builder(modules)
                .hot(HotOptions.defaults())
                .hostAccess(HostAccess.EXPLICIT)
                .javaModule("java:shop", Map.of("catalog", catalog, "siteName", "hmrc shop"))
                .updateListener(outcome -> {
                    if (outcome instanceof UpdateOutcome.Applied applied) {
                        System.out.println("a runtime applied an update (" + applied.loaded() + " new module)");
                    }
                });
        try (ModuleRuntimePool pool = ModuleRuntimePool.create(size, builder)) {
            // Load the renderer in every runtime up front: a broken module fails the start, not a request.
            for (ModuleRuntime runtime : pool.runtimes()) {
                runtime.importModule("./render.mjs").get(60, TimeUnit.SECONDS);
            }
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> answer(exchange, pool, catalog, served));
            server.start();
            System.out.println("ssr-pool listening on http://127.0.0.1:" + server.getAddress().getPort()
                    + "/ with " + pool.size() + " runtimes");

            BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = input.readLine()) != null && !line.trim().equals("quit"); ) {
                // any other line: keep serving
            }
            server.stop(1);
            System.out.println("served " + served.get() + " pages; " + catalog.lookups() + " catalog lookups");
        }
        System.out.println("closed");
    }

    private static void answer(HttpExchange exchange, ModuleRuntimePool pool, Catalog catalog, AtomicLong served)
            throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int status = 200;
            String type = "text/html; charset=utf-8";
            String body;
            if (path.equals("/stats")) {
                type = "text/plain; charset=utf-8";
                body = "served " + served.get() + " pages, " + catalog.lookups() + " catalog lookups\n";
            } else if (path.equals("/site-name")) {
                String query = exchange.getRequestURI().getRawQuery();
                String value = query != null && query.startsWith("value=")
                        ? URLDecoder.decode(query.substring(6), StandardCharsets.UTF_8) : "hmrc shop";
                try {
                    pool.setJavaExport("java:shop", "siteName", value).get(10, TimeUnit.SECONDS);
                    type = "text/plain; charset=utf-8";
                    body = "siteName is now " + value + "\n";
                } catch (ExecutionException | TimeoutException | InterruptedException failed) {
                    status = 500;
                    body = "could not set siteName: " + failed + "\n";
                }
            } else {
                long number = served.incrementAndGet();
                try {
                    body = pool.callExport("./render.mjs", "render", Value::asString, path, number)
                            .get(10, TimeUnit.SECONDS);
                } catch (ExecutionException failed) {
                    String why = failed.getCause() instanceof JsError js ? js.error().report() : String.valueOf(failed.getCause());
                    System.err.println("ssr-pool: " + path + ": " + why);
                    status = 500;
                    body = "the renderer failed\n";
                } catch (TimeoutException | InterruptedException late) {
                    status = 503;
                    body = "the renderer did not answer in time\n";
                }
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", type);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
