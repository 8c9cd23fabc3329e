package dev.hmrc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code examples/ssr-pool/run} after {@code package} (failsafe): pages rendered by a pool of
 * runtimes through a JS renderer that calls a Java service from a Java-backed module; an edit
 * of the renderer's layout under load reaches every runtime with no failed request, a
 * Java-side replacement of {@code siteName} is rendered, and the Java counter carries on.
 */
class SsrPoolExampleIT {

    @TempDir
    Path temp;

    private static final Pattern PAGE_NUMBER = Pattern.compile("<footer>page (\\d+)</footer>");

    @Test
    void anEditUnderLoadReachesEveryRuntimeAndNoRequestFails() throws Exception {
        Path repo = Path.of(System.getProperty("hmrc.repo", "..")).toRealPath();
        Path script = repo.resolve("examples/ssr-pool/run");
        assertTrue(Files.isExecutable(script), script + " missing or not executable");
        Path js = Files.createDirectories(temp.resolve("js"));
        for (String name : new String[] {"render.mjs", "layout.mjs"}) {
            Files.copy(repo.resolve("examples/ssr-pool/js").resolve(name), js.resolve(name));
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path out = temp.resolve("stdout");
        Path err = temp.resolve("stderr");
        Process process = new ProcessBuilder(script.toString(), js.toString(), Integer.toString(port), "4")
                .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();
        Set<String> failureSamples = ConcurrentHashMap.newKeySet();
        try {
            waitFor(out, "ssr-pool listening on http://127.0.0.1:" + port + "/ with 4 runtimes", process, err);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String first = get(client, port, "/shop");
            assertTrue(first.contains("<h1>Welcome to hmrc shop</h1>"), first);
            assertTrue(first.contains("<li>Green tea: 4.50</li>"), "the Java service rendered: " + first);

            for (int c = 0; c < 4; c++) {
                Thread thread = Thread.ofVirtual().start(() -> {
                    while (loading.get()) {
                        try {
                            get(client, port, "/load");
                            pages.incrementAndGet();
                        } catch (Throwable failed) {
                            failures.incrementAndGet();
                            failureSamples.add(String.valueOf(failed));
                        }
                    }
                });
                clients.add(thread);
            }
            Thread.sleep(500);
            Files.writeString(js.resolve("layout.mjs"), Files.readString(js.resolve("layout.mjs"))
                    .replace("<h1>Welcome to ${title}</h1>", "<h1>Edited: ${title}</h1>"));
            // Every runtime applies the edit: 4 consecutive pages (round robin over 4) with the new heading.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int editedInARow = 0;
            while (editedInARow < 8 && System.nanoTime() < deadline) {
                String page = get(client, port, "/shop");
                editedInARow = page.contains("<h1>Edited: hmrc shop</h1>") ? editedInARow + 1 : 0;
            }
            assertEquals(8, editedInARow, "every runtime serves the edit");
            waitForCount(out, "a runtime applied an update (1 new module)", 4, process, err);

            assertEquals("siteName is now tea house\n", get(client, port, "/site-name?value=tea%20house"));
            for (int i = 0; i < 4; i++) {
                String page = get(client, port, "/shop");
                assertTrue(page.contains("<h1>Edited: tea house</h1>"), "the Java value replaced: " + page);
            }
            loading.set(false);
            for (Thread thread : clients) {
                thread.join(15_000);
            }
            assertEquals(0, failures.get(), "failed requests: " + failureSamples);
            assertTrue(pages.get() > 0, "the load ran");
            String last = get(client, port, "/shop");
            Matcher number = PAGE_NUMBER.matcher(last);
            assertTrue(number.find(), last);
            assertTrue(Integer.parseInt(number.group(1)) > pages.get(), "the Java counter carried on: " + last);
            assertTrue(get(client, port, "/stats").startsWith("served "));
        } finally {
            loading.set(false);
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write("quit\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException ended) {
                // the process is gone already; its output says why
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example did not stop on quit");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), stdout + Files.readString(err, StandardCharsets.UTF_8));
        assertTrue(stdout.endsWith("closed\n"), stdout);
    }

    private static String get(HttpClient client, int port, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void waitFor(Path file, String line, Process process, Path err) throws Exception {
        waitForCount(file, line, 1, process, err);
    }

    private static void waitForCount(Path file, String line, int count, Process process, Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int seen = 0;
                for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
                    seen++;
                }
                if (seen >= count) {
                    return;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the example ended: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " lines '" + line + "' expected from the example");
    }
}
