package dev.hmrc.runtime.host;

import dev.hmrc.runtime.HotOptions;
import dev.hmrc.runtime.ModuleRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server program with no HMR code at all: {@code main.mjs} calls {@code serve()} with an
 * inline handler that calls a route module. Under load, the handler in {@code main.mjs} and
 * the route module are edited 50 times, some saves broken (a syntax error, a throwing body):
 * each edit reaches the entry, so the default fallback runs the program again in place; its
 * {@code serve()} adopts the old server's socket. No connection may be refused or dropped,
 * every answer is 2xx, and every answer comes from versions that were valid at the time (per
 * client, versions never go back, and a broken save's version never answers).
 */
class HttpWithoutHotCodeTest {

    private static final int SAVES = Integer.getInteger("hmrc.test.httpSaves", 50);
    private static final Pattern ANSWER = Pattern.compile("main (\\d+) route (\\d+)");

    @TempDir
    Path temp;

    private static String main(int port, int version, String kind) {
        return "import { serve } from 'hmr:http';\n"
                + "import { route } from './routes/user.mjs';\n"
                + "serve({ port: " + port + " }, (request) => 'main " + version + " ' + route());\n"
                + switch (kind) {
                    case "syntax" -> "export const = ;\n";
                    case "throws" -> "throw new Error('broken main " + version + "');\n";
                    default -> "";
                };
    }

    private static String route(int version, String kind) {
        return switch (kind) {
            case "syntax" -> "export function route( {\n";
            case "throws" -> "throw new Error('broken route " + version + "');\nexport function route() { return 'route " + version + "'; }\n";
            default -> "export function route() { return 'route " + version + "'; }\n";
        };
    }

    /** Save k (1-based): odd saves edit main.mjs, even ones the route; some of each kind broken. */
    private static String kindOf(int save) {
        return switch (save % 10) {
            case 5, 6 -> "syntax";
            case 9, 0 -> "throws";
            default -> "good";
        };
    }

    @Test
    void editsUnderLoadNeverRefuseAConnectionNorAnswerFromAnInvalidVersion() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path root = temp.toRealPath();
        Files.createDirectories(root.resolve("routes"));
        Files.writeString(root.resolve("main.mjs"), main(port, 0, "good"));
        Files.writeString(root.resolve("routes/user.mjs"), route(0, "good"));
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<Integer> brokenMain = ConcurrentHashMap.newKeySet();
        Set<Integer> brokenRoute = ConcurrentHashMap.newKeySet();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<String> applied = ConcurrentHashMap.newKeySet();
        applied.add("main 0 route 0");
        try (ModuleRuntime runtime = ModuleRuntime.builder(root).hot(HotOptions.defaults())
                .hotListener(lines::add).err(err).build()) {
            runtime.importModule("./main.mjs").get(60, TimeUnit.SECONDS);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                clients.add(Thread.ofPlatform().daemon().start(() -> {
                    int lastMain = 0;
                    int lastRoute = 0;
                    while (!stop.get()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(20)).build();
                        try {
                            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                            requests.incrementAndGet();
                            Matcher m = ANSWER.matcher(answer.body());
                            if (answer.statusCode() / 100 != 2 || !m.matches()) {
                                failures.add(answer.statusCode() + " " + answer.body());
                                continue;
                            }
                            int mainVersion = Integer.parseInt(m.group(1));
                            int routeVersion = Integer.parseInt(m.group(2));
                            if (mainVersion < lastMain || routeVersion < lastRoute
                                    || brokenMain.contains(mainVersion) || brokenRoute.contains(routeVersion)) {
                                failures.add("invalid version: " + answer.body() + " after main " + lastMain
                                        + " route " + lastRoute);
                            }
                            lastMain = mainVersion;
                            lastRoute = routeVersion;
                            seen.add(answer.body());
                        } catch (IOException refusedOrDropped) {
                            failures.add("connection error: " + refusedOrDropped);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }));
            }
            Thread.sleep(200);
            // The versions that run, and the last good save of each file (what runs once an update applies).
            int goodMain = 0;
            int goodRoute = 0;
            int savedMain = 0;
            int savedRoute = 0;
            // A save whose body throws stays staged (the next update tries it again) until the file is saved again.
            boolean mainThrows = false;
            boolean routeThrows = false;
            for (int save = 1; save <= SAVES; save++) {
                String kind = kindOf(save);
                boolean editsMain = save % 2 == 1;
                if (!kind.equals("good")) {
                    (editsMain ? brokenMain : brokenRoute).add(save);
                }
                if (editsMain) {
                    mainThrows = kind.equals("throws");
                    savedMain = kind.equals("good") ? save : savedMain;
                } else {
                    routeThrows = kind.equals("throws");
                    savedRoute = kind.equals("good") ? save : savedRoute;
                }
                Files.writeString(root.resolve(editsMain ? "main.mjs" : "routes/user.mjs"),
                        editsMain ? main(port, save, kind) : route(save, kind));
                String outcome = awaitOutcome(lines);
                boolean applies = kind.equals("good") && !mainThrows && !routeThrows;
                assertEquals(applies, outcome.startsWith("[hot] Loaded"), "save " + save + " (" + kind + "): " + outcome);
                if (applies) {
                    goodMain = savedMain;
                    goodRoute = savedRoute;
                    applied.add("main " + goodMain + " route " + goodRoute);
                }
                Thread.sleep(20); // let the clients meet this version
            }
            Thread.sleep(200);
            stop.set(true);
            for (Thread client1 : clients) {
                client1.join(30_000);
            }
            HttpResponse<String> last = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("main " + goodMain + " route " + goodRoute, last.body(), "the last good versions answer");
        }
        assertTrue(requests.get() > SAVES, "the clients sent requests throughout: " + requests.get());
        Set<String> neverApplied = new java.util.TreeSet<>(seen);
        neverApplied.removeAll(applied);
        assertEquals(Set.of(), neverApplied, "answers from versions that never ran");
        assertEquals(List.of(), failures, "refused or dropped connections, non-2xx answers or invalid versions ("
                + requests.get() + " requests)");
    }

    /**
     * Cleanup of servers: a self-accepting module that serves on a free port (port 0: nothing
     * to adopt) and has no dispose handler. By default its old server is closed when the update
     * disposes it (the old port refuses connections); with {@code cleanup=off} it goes on
     * answering with the old version, as before cleanup existed.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "cleanup=off"})
    void aReplacedModulesServerIsClosedUnlessCleanupIsOff(String options) throws Exception {
        Path root = temp.toRealPath();
        String version = """
                import { serve } from 'hmr:http';
                const server = serve({ port: 0 }, () => 'VERSION');
                export const ports = [...(globalThis.ports ?? []), server.port];
                globalThis.ports = ports;
                import.meta.hot.accept();
                """;
        Files.writeString(root.resolve("main.mjs"), version.replace("VERSION", "one"));
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ModuleRuntime runtime = ModuleRuntime.builder(root).hot(HotOptions.parse(options + "&silent"))
                .hotListener(lines::add).err(new ByteArrayOutputStream()).build()) {
            runtime.importModule("./main.mjs").get(60, TimeUnit.SECONDS);
            Files.writeString(root.resolve("main.mjs"), version.replace("VERSION", "two"));
            assertTrue(awaitOutcome(lines).startsWith("[hot] Loaded"));
            org.graalvm.polyglot.Value main = runtime.importModule("./main.mjs").get(60, TimeUnit.SECONDS);
            List<Integer> ports = runtime.submit(() -> {
                org.graalvm.polyglot.Value list = main.getMember("ports");
                return List.of(list.getArrayElement(0).asInt(), list.getArrayElement(1).asInt());
            }).get(30, TimeUnit.SECONDS);
            HttpRequest toNew = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(1) + "/")).build();
            assertEquals("two", client.send(toNew, HttpResponse.BodyHandlers.ofString()).body());
            HttpRequest toOld = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(0) + "/"))
                    .timeout(Duration.ofSeconds(10)).build();
            if (options.isEmpty()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                boolean refused = false;
                while (!refused && System.nanoTime() < deadline) { // the close completes on its own thread
                    try {
                        client.send(toOld, HttpResponse.BodyHandlers.ofString());
                        Thread.sleep(50);
                    } catch (java.net.ConnectException closed) {
                        refused = true;
                    }
                }
                assertTrue(refused, "the replaced instance's server was closed");
            } else {
                assertEquals("one", client.send(toOld, HttpResponse.BodyHandlers.ofString()).body(),
                        "with cleanup=off the old server goes on");
            }
        }
    }

    /** The line that ends an update: applied, or rejected (syntax error, rolled back). */
    private static String awaitOutcome(LinkedBlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertNotNull(line, "no [hot] outcome within 60 s");
            if (line.startsWith("[hot] Loaded") || line.startsWith("[hot] SyntaxError") || line.startsWith("[hot] Error evaluating")) {
                return line;
            }
        }
    }
}
